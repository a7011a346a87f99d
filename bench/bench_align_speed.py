"""Alignment speed: one long call, and throughput on many typical calls (one core).

    python bench/bench_align_speed.py                 # both figures
    python bench/bench_align_speed.py --repeat 5

1. A 10-minute call against a 10-stage script, after the script is loaded and
   prepared: the call is stitched from the evaluation corpus transcripts
   (real ASR text) until it lasts 600 s; the script is ru-b2b-cold plus one
   more stage. Reported: the first analysis (word caches cold) and the median
   of the following ones.
2. Calls per second per core: every transcript of bench/eval/calls analysed
   in turn, several passes, BLAS limited to one thread; with and without the
   compliance rules (callqa.rules), which run inside every analysis.

Both are given by wall clock and by the process's CPU time: on a shared
machine the CPU time is what one core costs.
"""

from __future__ import annotations

import os

# one core: keep numpy's BLAS from spreading a matrix product over every CPU
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import callqa.align as align  # noqa: E402
from callqa.records import Stage, Transcript, Utterance  # noqa: E402
from callqa.scripts import load_library  # noqa: E402
from callqa.transcript_json import load_transcripts  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from eval_alignment import UNSCORED  # noqa: E402

CALLS = ROOT / "bench" / "eval" / "calls"


def corpus(lang: str | None = None) -> list[Transcript]:
    """The corpus transcripts, less the splits not scored yet (timing them would analyse them)."""
    out = []
    for p in sorted(CALLS.glob("*.json")):
        if p.name.endswith(".truth.json") or (lang and not p.name.startswith(lang)):
            continue
        truth = p.with_name(p.name[:-len(".json")] + ".truth.json")
        if truth.exists() and json.loads(truth.read_text(encoding="utf-8")).get("split") in UNSCORED:
            continue
        out += load_transcripts(p)
    if not out:
        sys.exit(f"no transcripts in {CALLS}; build the corpus first (bench/eval/README.md)")
    return out


def long_call(parts: list[Transcript], seconds: float = 600.0) -> Transcript:
    utts: list[Utterance] = []
    offset = 0.0
    i = 0
    while offset < seconds:
        t = parts[i % len(parts)]
        for u in t.utterances:
            utts.append(dataclasses.replace(u, start=u.start + offset, end=u.end + offset, words=()))
        offset += max(t.duration, max((u.end for u in t.utterances), default=0.0)) + 1.0
        i += 1
    return Transcript("ru", offset, tuple(utts), source="long-call")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus for the throughput figure")
    args = ap.parse_args()

    lib = load_library(ROOT / "scripts_library")
    ru = lib["ru-b2b-cold"]
    extra = Stage(id="objection_handling", title="Работа с возражениями", phrases=(
        "Понимаю вас, многие клиенты сначала тоже так думали",
        "Давайте я объясню, почему это окупается за первый месяц",
        "Это частый вопрос, поэтому у нас есть бесплатный пробный период"))
    stages = list(ru.stages)
    stages.insert(stages.index(ru.stage("closing")), extra)
    script10 = dataclasses.replace(ru, id="ru-b2b-cold-10", stages=tuple(stages))
    assert len(script10.stages) == 10

    call = long_call(corpus("ru"))
    align.prepare(script10)  # "after the script is loaded"
    for label, patch in (("with compliance rules", None), ("alignment only", lambda t, s, *rest: ())):
        saved = align._flags
        if patch is not None:
            align._flags = patch
        try:
            times, cpu = [], []
            for _ in range(11):
                t0, c0 = time.perf_counter(), time.process_time()
                align.analyze(call, script10, call_id="long")
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
        finally:
            align._flags = saved
        print(f"10-minute call ({call.duration:.0f} s, {len(call.utterances)} utterances) vs 10-stage script, "
              f"{label}: first {times[0] * 1000:.1f} ms, then median {statistics.median(times[1:]) * 1000:.1f} ms "
              f"wall, {statistics.median(cpu[1:]) * 1000:.1f} ms CPU")

    calls = corpus()
    scripts = {t.source: lib["ru-b2b-cold" if Path(t.source).name.startswith("ru") else "en-saas-demo"] for t in calls}
    mean_utts = sum(len(t.utterances) for t in calls) / len(calls)
    mean_dur = sum(t.duration for t in calls) / len(calls)
    for label, patch in (("with compliance rules", None), ("alignment only", lambda t, s, *rest: ())):
        saved = align._flags
        if patch is not None:
            align._flags = patch
        try:
            for t in calls:  # warm the per-script caches once, as a batch run would
                align.analyze(t, scripts[t.source], call_id="warm")
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(args.repeat):
                for t in calls:
                    align.analyze(t, scripts[t.source], call_id="x")
            elapsed = time.perf_counter() - t0
            cpu = time.process_time() - c0
        finally:
            align._flags = saved
        n = len(calls) * args.repeat
        print(f"{n} analyses of {len(calls)} corpus calls (mean {mean_dur:.0f} s, {mean_utts:.0f} utterances), "
              f"{label}: {n / cpu:.0f} calls/s per core by CPU time ({cpu / n * 1000:.2f} ms each), "
              f"{n / elapsed:.0f} by wall clock")


if __name__ == "__main__":
    main()
