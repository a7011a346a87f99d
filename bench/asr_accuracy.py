"""Word error rate on the shared real-speech clips: callqa vs bare faster-whisper defaults.

Both use the same bundled Whisper base model (int8) and are told the language;
"bare" is WhisperModel.transcribe with its default options (beam 5, no VAD,
conditioning on previous text), channels mixed to mono unless the clip is one
channel of a stereo file; "no tail" is callqa with AsrOptions.recover_tail_s off.
Run: python bench/asr_accuracy.py
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from _common import SPEECH, speech_manifest, wer  # noqa: E402

from callqa.asr import ModelSpec, get_model, transcribe_file  # noqa: E402
from callqa.config import load_settings  # noqa: E402
from callqa.records import AsrOptions  # noqa: E402


def main() -> None:
    settings = load_settings()
    spec = ModelSpec(cache_dir=settings.model_cache, cpu_threads=os.cpu_count() or 2)
    model = get_model(spec)
    from faster_whisper.audio import decode_audio

    rows = []
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for clip in speech_manifest():
        path = str(SPEECH / clip["path"])
        lang, channel = clip["language"], clip.get("channel")
        layout = "left" if channel else "mono"
        t = transcribe_file(path, spec, AsrOptions(), language=lang, operator_channel=layout)
        t_off = transcribe_file(path, spec, AsrOptions(recover_tail_s=None), language=lang, operator_channel=layout)
        if channel:
            speaker = "operator" if channel == "left" else "client"
            ours = " ".join(u.text for u in t.utterances if u.speaker == speaker)
            off = " ".join(u.text for u in t_off.utterances if u.speaker == speaker)
            left, right = decode_audio(path, split_stereo=True)
            samples = left if channel == "left" else right
        else:
            ours, off = t.text, t_off.text
            samples = decode_audio(path)
        segs, _ = model.transcribe(samples, language=lang)
        bare = " ".join(s.text for s in segs)
        e_ours, n = wer(clip["reference"], ours)
        e_bare, _ = wer(clip["reference"], bare)
        e_off, _ = wer(clip["reference"], off)
        group = "ru-phone" if "tel8k" in clip["id"] else lang
        for key, e in (("callqa", e_ours), ("bare", e_bare), ("no tail", e_off)):
            totals[(group, key)][0] += e
            totals[(group, key)][1] += n
            totals[("all", key)][0] += e
            totals[("all", key)][1] += n
        rows.append((clip["id"], n, e_ours / n, e_bare / n, e_off / n))
    print(f"{'clip':34} {'words':>5} {'callqa':>7} {'bare':>7} {'no tail':>7}")
    for cid, n, a, b, c in rows:
        print(f"{cid:34} {n:5d} {a:7.1%} {b:7.1%} {c:7.1%}")
    print()
    print(f"{'group':12} {'callqa WER':>10} {'bare WER':>9} {'no tail':>8}")
    for group in sorted({g for g, _ in totals}):
        a = totals[(group, "callqa")]
        b = totals[(group, "bare")]
        c = totals[(group, "no tail")]
        print(f"{group:12} {a[0] / a[1]:10.1%} {b[0] / b[1]:9.1%} {c[0] / c[1]:8.1%}")


if __name__ == "__main__":
    main()
