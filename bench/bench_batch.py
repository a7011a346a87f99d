"""Batch benchmarks: incremental re-run cost, and local worker processes vs threads.

rerun:   50 distinct recordings (~10 s each, made from tests/data clips with
         different silence padding); time of the first `run_batch` vs a second
         one on the unchanged folder (target: second <= 2 % of first). Also the
         CLI's wall time for the second run, which adds interpreter start-up.
workers: four ~1.5-minute demo calls (`--long`: four ~5-minute calls made by
         joining demo calls) transcribed by `--workers 1` with 2 CPU
         threads vs `--workers 2` with 1 thread each (target >= 1.4x), with
         each worker process's peak memory, and whether transcripts agree.

    nice -n 10 /work/venv/bin/python bench/bench_batch.py [rerun|workers|all] [--long]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DEMO = REPO / "recordings" / "demo"
SCRIPTS = REPO / "scripts_library"


def _settings(db_url: str, **extra):
    from callqa.config import load_settings

    return load_settings(None, dict(db=db_url, scripts=str(SCRIPTS), **extra), environ={})


def _write_wav(path: Path, channels: tuple[np.ndarray, ...], rate: int) -> None:
    data = np.stack(channels, axis=1) if len(channels) > 1 else channels[0][:, None]
    pcm = (np.clip(data, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def make_recordings(folder: Path, n: int = 50) -> float:
    """n distinct WAV calls from the tests/data clips; returns their total duration."""
    from callqa.audio import decode

    folder.mkdir(parents=True)
    sources = [decode(DATA / name) for name in ("en_mono.wav", "en_stereo.wav", "ru_stereo.wav")]
    rows = ["file,call_id,operator,script"]
    total = 0.0
    for i in range(n):
        src = sources[i % len(sources)]
        pad = np.zeros(int(src.sample_rate * (0.05 * (i + 1))), dtype=np.float32)  # distinct content per file
        chans = tuple(np.concatenate([c, pad]) for c in src.channels)
        name = f"call{i:03d}.wav"
        _write_wav(folder / name, chans, src.sample_rate)
        total += len(chans[0]) / src.sample_rate
        script = "ru-b2b-cold" if i % len(sources) == 2 else "en-saas-demo"
        rows.append(f"{name},C{i:03d},op{i % 5},{script}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return total


def bench_rerun(tmp: Path) -> None:
    from callqa.pipeline import BatchOptions, run_batch

    rec = tmp / "rec50"
    audio = make_recordings(rec)
    url = f"sqlite:///{tmp / 'rerun.db'}"
    opts = BatchOptions(recordings=str(rec), scripts_dir=str(SCRIPTS))
    t0 = time.perf_counter()
    first = run_batch(_settings(url), opts)
    t_first = time.perf_counter() - t0
    assert first.transcribed == 50 and first.files_failed == 0, first.failures
    t0 = time.perf_counter()
    second = run_batch(_settings(url), opts)
    t_second = time.perf_counter() - t0
    assert second.transcribed == 0 and second.analysed == 0 and second.files_skipped == 50
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLQA_")}
    t0 = time.perf_counter()
    cli = subprocess.run([sys.executable, "-m", "callqa", "run", str(rec), "--db", url, "--scripts-dir",
                          str(SCRIPTS), "--no-report", "-q"], env=env, capture_output=True, text=True)
    t_cli = time.perf_counter() - t0
    assert cli.returncode == 0, cli.stderr
    print(f"rerun: 50 recordings, {audio / 60:.1f} min of audio")
    print(f"  first run            {t_first:8.2f} s  (real-time factor {first.real_time_factor:.3f})")
    print(f"  second run (library) {t_second:8.2f} s  = {100 * t_second / t_first:.2f} % of the first (target <= 2 %)")
    print(f"  second run (CLI)     {t_cli:8.2f} s  = {100 * t_cli / t_first:.2f} % of the first, "
          "including Python start-up and imports")


def make_long_calls(folder: Path, minutes: float = 5.0) -> list[Path]:
    """Four ~`minutes`-long mono calls, each some demo calls of one language played back to back."""
    from callqa.audio import decode

    folder.mkdir()
    out = []
    for k, lang in enumerate(("ru", "en", "ru", "en")):
        parts, total = [], 0.0
        for p in sorted(DEMO.glob(f"*_demo-{lang}-*.*"))[k // 2::2]:
            a = decode(p, mono=True)  # one channel: stereo and mono demo calls can be joined
            parts.append(a.channels[0])
            total += a.duration
            if total >= minutes * 60:
                break
        path = folder / f"long_{lang}_{k}.wav"
        _write_wav(path, (np.concatenate(parts),), 16000)
        out.append(path)
    script = {"ru": "ru-b2b-cold", "en": "en-saas-demo"}
    (folder / "manifest.csv").write_text("file,script\n" + "".join(
        f"{p.name},{script[p.name.split('_')[1]]}\n" for p in out), encoding="utf-8")
    return out


def bench_workers(tmp: Path, long: bool = False) -> None:
    from callqa.pipeline import BatchOptions, run_batch
    from callqa.store import open_store

    rec = tmp / "four"
    if long:
        calls = make_long_calls(rec)
    else:
        calls = sorted(DEMO.glob("*_demo-*.*"), key=lambda p: p.stat().st_size)[-4:]
        if len(calls) < 4:
            sys.exit(f"need the demo calls in {DEMO}")
        rec.mkdir()
        for p in calls:
            shutil.copy(p, rec / p.name)
    if not long and (DEMO / "manifest.csv").is_file():
        lines = (DEMO / "manifest.csv").read_text(encoding="utf-8").splitlines()
        keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[0] in {p.name for p in calls}]
        (rec / "manifest.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    results = {}
    for label, workers, threads in (("--workers 1, 2 threads", 1, 2), ("--workers 2, 1 thread each", 2, 1)):
        url = f"sqlite:///{tmp / f'w{workers}.db'}"
        s = run_batch(_settings(url, workers=workers, cpu_threads=threads),
                      BatchOptions(recordings=str(rec), scripts_dir=str(SCRIPTS), workers=workers))
        assert s.transcribed == 4, s.failures
        st = open_store(url)
        with st.session() as sess:
            from sqlalchemy import select

            from callqa.store import TranscriptRow

            texts = sorted((t.audio_sha256, " ".join(u["text"] for u in t.utterances))
                           for t in sess.scalars(select(TranscriptRow)))
        st.close()
        results[label] = (s, texts)
        print(f"  {label:28s} {s.audio_seconds / 60:5.2f} min audio in {s.transcribe_seconds:7.1f} s -> "
              f"{s.audio_seconds / s.transcribe_seconds:5.2f} s audio/s; peak memory per worker: "
              + ", ".join(f"{v:.0f} MiB" for v in sorted(s.worker_peak_rss_mb.values())))
    (one, t1), (two, t2) = results.values()
    ratio = one.transcribe_seconds / two.transcribe_seconds
    same = sum(a == b for a, b in zip(t1, t2))
    print(f"workers: 2 single-thread processes / 1 two-thread process throughput = {ratio:.2f}x (target >= 1.4x); "
          f"identical transcripts: {same}/{len(t1)}; calls: {', '.join(p.name for p in calls)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", nargs="?", default="all", choices=("rerun", "workers", "all"))
    ap.add_argument("--long", action="store_true", help="workers: four ~5-minute calls made from the demo calls")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="callqa-bench-batch-"))
    print(f"cpu cores: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}")
    try:
        if args.part in ("rerun", "all"):
            bench_rerun(tmp)
        if args.part in ("workers", "all"):
            bench_workers(tmp, args.long)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
