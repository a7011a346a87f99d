"""Overhead of `callqa transcribe` over bare WhisperModel.transcribe, same model and options.

Both run as fresh processes on the same files (the 20 real Russian phone-line
clips from ../shared), alternating A/B for several rounds in one run; the
figure is the ratio of median wall times, plus each side's peak memory.
Run: python bench/asr_overhead.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _common import ROOT, SPEECH, speech_manifest  # noqa: E402


def timed(cmd: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:5])} failed: {proc.stderr[-600:]}")
    peak = next(float(line.split("=")[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_MIB="))
    return wall, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    files = [str(SPEECH / c["path"]) for c in speech_manifest() if "tel8k" in c["id"]]
    peak_py = [sys.executable, str(ROOT / "bench" / "_peak.py")]
    ours = peak_py + ["-m", "callqa", "transcribe", "--json", "--quiet", "--language", "ru", *files]
    bare = peak_py + [str(ROOT / "bench" / "_bare_transcribe.py"), "ru", *files]
    timed(ours)  # warm the file cache and the assembled model once
    walls: dict[str, list[float]] = {"callqa": [], "bare": []}
    peaks: dict[str, float] = {"callqa": 0.0, "bare": 0.0}
    for _ in range(args.rounds):
        for name, cmd in (("callqa", ours), ("bare", bare)):
            wall, peak = timed(cmd)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    a, b = statistics.median(walls["callqa"]), statistics.median(walls["bare"])
    print(f"{len(files)} files, {args.rounds} alternating rounds, whole processes (model load included)")
    print(f"callqa transcribe: median {a:.1f} s, peak {peaks['callqa']:.0f} MiB")
    print(f"bare faster-whisper: median {b:.1f} s, peak {peaks['bare']:.0f} MiB")
    print(f"overhead ratio callqa/bare: {a / b:.3f}")


if __name__ == "__main__":
    main()
