"""Throughput and accuracy of callqa's decoding settings vs faster-whisper defaults on a 5-minute call.

The call is built at run time from the shared real Russian phone-line clips
(../shared/data/speech/ru/festvox_nsh/tel8k_ulaw): clips alternate between the
operator (left) and client (right) channel with 0.4-1.2 s gaps, and a minute
of hold silence (low noise) sits in the middle. Defaults = beam 5, no VAD,
channels mixed to mono. Runs alternate A/B/A/B in one process so the ratio is
fair on a noisy shared machine. Run: python bench/asr_throughput.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import wave

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from _common import SPEECH, speech_manifest, wer  # noqa: E402

from callqa.asr import ModelSpec, get_model, transcribe  # noqa: E402
from callqa.audio import decode  # noqa: E402
from callqa.config import load_settings  # noqa: E402
from callqa.records import AsrOptions  # noqa: E402

RATE = 16000


def build_call(seed: int = 7) -> tuple[np.ndarray, str, float]:
    """Stereo int16 samples, reference text in time order, duration."""
    rng = random.Random(seed)
    clips = [c for c in speech_manifest() if "tel8k" in c["id"]]
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    refs: list[str] = []
    noise = np.random.default_rng(seed)

    def pad(n: int) -> np.ndarray:
        return (noise.standard_normal(n) * 0.0005).astype(np.float32)

    for i, clip in enumerate(clips):
        samples = decode(SPEECH / clip["path"]).channels[0]
        gap = pad(int(rng.uniform(0.4, 1.2) * RATE))
        speech_ch, quiet_ch = (left, right) if i % 2 == 0 else (right, left)
        speech_ch.extend([gap, samples])
        quiet_ch.extend([gap, pad(samples.size)])
        refs.append(clip["reference"])
        if i == len(clips) // 2:  # the client is put on hold
            hold = pad(60 * RATE)
            left.append(hold)
            right.append(hold.copy())
    lch, rch = np.concatenate(left), np.concatenate(right)
    stereo = np.stack([lch, rch], axis=1)
    return (np.clip(stereo, -1, 1) * 32767).astype(np.int16), " ".join(refs), lch.size / RATE


def write_wav(path: str, stereo: np.ndarray) -> None:
    with wave.open(path, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(stereo.tobytes())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    stereo, reference, duration = build_call()
    tmp = tempfile.mkdtemp(prefix="callqa-bench-")
    path = os.path.join(tmp, "call.wav")
    write_wav(path, stereo)
    threads = os.cpu_count() or 2
    spec = ModelSpec(cache_dir=load_settings().model_cache, cpu_threads=threads)
    model = get_model(spec)
    audio = decode(path)
    mono = np.mean(np.stack(audio.channels), axis=0)

    def run_defaults() -> str:
        segs, _ = model.transcribe(mono, language="ru")
        return " ".join(s.text for s in segs)

    def run_callqa(opts: AsrOptions):
        def go() -> str:
            t = transcribe(audio, spec, opts, language="ru", operator_channel="left")
            return t.text
        return go

    candidates = {
        "defaults (beam 5, no VAD, mono)": run_defaults,
        "callqa (per channel, VAD, beam 1)": run_callqa(AsrOptions(beam_size=1)),
        "callqa (per channel, VAD, beam 5)": run_callqa(AsrOptions(beam_size=5)),
        "callqa batched 8 (VAD, beam 1)": run_callqa(AsrOptions(beam_size=1, batch_size=8)),
        "callqa batched 8 (VAD, beam 5)": run_callqa(AsrOptions(beam_size=5, batch_size=8)),
        "batched 8, beam 5, no tail recovery": run_callqa(AsrOptions(beam_size=5, batch_size=8, recover_tail_s=None)),
    }
    times: dict[str, list[float]] = {k: [] for k in candidates}
    errors: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, fn in candidates.items():
            t0 = time.perf_counter()
            text = fn()
            times[name].append(time.perf_counter() - t0)
            e, n = wer(reference, text)
            errors[name] = e / n
    # peak memory of the real command on this call, in a fresh process
    peak_cmd = [sys.executable, os.path.join(os.path.dirname(__file__), "_peak.py"), "-m", "callqa", "transcribe",
                path, "--language", "ru", "--json", "-q"]
    proc = subprocess.run(peak_cmd, capture_output=True, text=True)
    peak = next((line.split("=")[1] for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_MIB=")), "?")
    base = min(times["defaults (beam 5, no VAD, mono)"])
    print(f"call: {duration:.0f} s stereo (real Russian phone speech, 60 s hold), {threads} threads, "
          f"best of {args.rounds} alternating rounds")
    print(f"{'settings':38} {'seconds':>8} {'x real time':>11} {'speed-up':>9} {'WER':>6}")
    for name in candidates:
        best = min(times[name])
        print(f"{name:38} {best:8.1f} {duration / best:11.1f} {base / best:9.2f} {errors[name]:6.1%}")
    print(f"peak memory of `callqa transcribe` (default settings) on this call: {peak} MiB")


if __name__ == "__main__":
    main()
