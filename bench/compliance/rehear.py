"""Hear spoken parts of the labelled set again with tail recovery off and on, from one decode.

    /work/venv/bin/python bench/compliance/rehear.py --out /tmp/rehear test88 [test87 ...]
    /work/venv/bin/python bench/eval_compliance.py --data /tmp/rehear/off --split test88
    /work/venv/bin/python bench/eval_compliance.py --data /tmp/rehear/on --split test88

The stored parts (tts_pii.jsonl, tts_rules.jsonl) keep what the recogniser heard when each was
made, since the rules were tuned on those words. This speaks a part's sentences again exactly as
tts.py does (same draw, same voices, same phone band) and transcribes each clip with the shipped
settings twice: once with AsrOptions.recover_tail_s off and once on. The batched decode is shared
by the two (recovery only adds segments after it), so the pair differs by tail recovery alone, not
by run-to-run differences of the decoder (a clip decoded on another day, or machine, can differ).
Rows go to OUT/off/ and OUT/on/ in the stored files' format. About 20 minutes a part on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import tts  # noqa: E402

from callqa import asr, audio  # noqa: E402
from callqa.records import AsrOptions  # noqa: E402

MODES = {"off": AsrOptions(recover_tail_s=None), "on": AsrOptions()}


class _SharedDecode:
    """The batched pipeline, remembering its last result so the second mode reuses it."""

    last: tuple = (None, None)

    def __init__(self, pipeline):
        self.pipeline = pipeline

    def transcribe(self, samples, **kwargs):
        key = (hash(samples.tobytes()), len(samples), repr(sorted(kwargs.items())))
        if _SharedDecode.last[0] != key:
            segments, info = self.pipeline.transcribe(samples, **kwargs)
            _SharedDecode.last = (key, (list(segments), info))
        segments, info = _SharedDecode.last[1]
        return list(segments), info


def rehear(split: str, work: Path) -> dict[str, tuple[list[dict], list[dict]]]:
    spec = asr.ModelSpec()
    rows: dict[str, tuple[list[dict], list[dict]]] = {m: ([], []) for m in MODES}
    for i, job in enumerate(tts.jobs_of(split, 100, 50)):
        clip = audio.decode(tts.spoken_wav(job, work), mono=True)
        for mode, opts in MODES.items():
            t = asr.transcribe(clip, spec, opts, language=job[3], operator_channel="mono")
            heard = " ".join(u.text.strip() for u in t.utterances)
            rows[mode][0 if job[1] == "pii" else 1].append(tts.heard_row(split, i, job, heard))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+", choices=tts.SPLITS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--work", default="/tmp/callqa_tts", help="the audio cache tts.py uses")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    original = asr._batched
    asr._batched = lambda model: _SharedDecode(original(model))
    for split in args.splits:
        for mode, (pii, cases) in rehear(split, work).items():
            folder = args.out / mode
            folder.mkdir(parents=True, exist_ok=True)
            for name, rows in (("tts_pii.jsonl", pii), ("tts_rules.jsonl", cases)):
                with (folder / name).open("a", encoding="utf-8") as fh:
                    for r in rows:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{split}: heard again, off and on", flush=True)


if __name__ == "__main__":
    main()
