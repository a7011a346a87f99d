"""Overhead of `callqa transcribe` over bare WhisperModel.transcribe, same model and options.

Both run as fresh processes on the same files (the 20 real Russian phone-line
clips from ../shared), in A-B-B-A order over several rounds in one run (so a
machine getting busier or quieter during the run favours neither side); the
figure is the ratio of median wall times, plus each side's peak memory, and a
check that both produced the same words. Tail recovery (AsrOptions.recover_tail_s) is a
second decoding bare faster-whisper does not do, so it is off on the callqa side here
(CALLQA_RECOVER_TAILS=false); asr_accuracy.py and asr_throughput.py measure it.
Run: python bench/asr_overhead.py [--rounds 4]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _common import ROOT, SPEECH, speech_manifest  # noqa: E402


def timed(cmd: list[str]) -> tuple[float, float, str]:
    t0 = time.perf_counter()
    env = {**os.environ, "CALLQA_RECOVER_TAILS": "false"}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:5])} failed: {proc.stderr[-600:]}")
    peak = next(float(line.split("=")[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_MIB="))
    return wall, peak, proc.stdout


def words(name: str, stdout: str) -> list[list[str]]:
    items = json.loads(stdout)
    if name == "callqa":
        return [" ".join(u["text"] for u in t["utterances"]).split() for t in items]
    return [" ".join(s["text"] for s in t["segments"]).split() for t in items]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    files = [str(SPEECH / c["path"]) for c in speech_manifest() if "tel8k" in c["id"]]
    peak_py = [sys.executable, str(ROOT / "bench" / "_peak.py")]
    ours = peak_py + ["-m", "callqa", "transcribe", "--json", "--quiet", "--language", "ru", *files]
    bare = peak_py + [str(ROOT / "bench" / "_bare_transcribe.py"), "ru", *files]
    timed(ours)  # warm the file cache and the assembled model once
    walls: dict[str, list[float]] = {"callqa": [], "bare": []}
    peaks: dict[str, float] = {"callqa": 0.0, "bare": 0.0}
    outputs: dict[str, list[list[str]]] = {}
    pair = [("callqa", ours), ("bare", bare)]
    for i in range(args.rounds):
        for name, cmd in (pair if i % 2 == 0 else pair[::-1]):
            wall, peak, out = timed(cmd)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], peak)
            outputs[name] = words(name, out)
    a, b = statistics.median(walls["callqa"]), statistics.median(walls["bare"])
    print(f"{len(files)} files, {args.rounds} rounds in A-B-B-A order, whole processes (model load included)")
    print(f"callqa transcribe: median {a:.1f} s, peak {peaks['callqa']:.0f} MiB")
    print(f"bare faster-whisper: median {b:.1f} s, peak {peaks['bare']:.0f} MiB")
    same = sum(x == y for x, y in zip(outputs["callqa"], outputs["bare"]))
    print(f"same words as bare on {same} of {len(files)} files")
    print(f"overhead ratio callqa/bare: {a / b:.3f}")


if __name__ == "__main__":
    main()
