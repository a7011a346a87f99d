"""Storing 10 000 analyses: time per analysis on SQLite and on PostgreSQL.

Each analysis is saved the way `callqa run` saves it: its own transaction with
its stage results, objections and flags (crash safety costs one commit per
call). The bulk path (`Store.save_analyses`, one transaction) is measured too.
PostgreSQL runs on a throw-away local server (tests/pg.py) with its default,
durable settings (fsync on).

    nice -n 10 /work/venv/bin/python bench/bench_store.py [--n 10000] [--skip-pg]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from callqa.records import AlignOptions, AsrOptions, CallAnalysis, Flag, Objection, StageResult  # noqa: E402
from callqa.store import RecordingRow, TranscriptRow, open_store  # noqa: E402

STAGES = ("greeting", "permission", "discovery", "presentation", "social_proof", "pricing", "closing", "farewell")


def analysis(i: int) -> CallAnalysis:
    reached = 2 + i % 6
    stages = tuple(
        StageResult(sid, "hit" if k < reached else "not_reached", 90.0 - k if k < reached else 20.0,
                    k * 10.0 if k < reached else None, k * 10.0 + 4 if k < reached else None,
                    f"evidence words for {sid} in call {i}" if k < reached else None)
        for k, sid in enumerate(STAGES))
    return CallAnalysis(
        call_id=f"call{i:06d}", script_id="en-saas-demo", script_version=1, stages=stages,
        furthest_stage=STAGES[reached - 1], stalled_at=STAGES[reached - 1], outcome="refusal", crm_outcome=None,
        adherence=0.75, objections=(Objection("price", 55.0, "too expensive", "pricing"),) if i % 3 == 0 else (),
        flags=(Flag("discount", 60.0, "thirty percent off", 62.0, 30.0),) if i % 10 == 0 else (),
        options=AlignOptions(), talk=(("client", 40.0), ("operator", 80.0)),
    )


def seed_transcripts(store, n: int) -> list[int]:
    """n recordings with a transcript each, inserted in bulk (not timed)."""
    utts = [{"speaker": "operator", "start": 0.0, "end": 2.0, "text": "hello", "words": []}]
    opts = AsrOptions()
    with store.session() as s:
        recs = [RecordingRow(sha256=f"{i:064x}", path=f"/calls/{i}.wav", size=1, kind="audio", call_id=f"call{i:06d}",
                             operator=f"op{i % 12}") for i in range(n)]
        s.add_all(recs)
        s.flush()
        trs = [TranscriptRow(recording_id=r.id, audio_sha256=r.sha256, model="bench", options_key=opts.key(),
                             options=None, language="en", duration=120.0, utterances=utts) for r in recs]
        s.add_all(trs)
        s.flush()
        return [t.id for t in trs]


def measure(url: str, n: int, n_bulk: int) -> dict[str, float]:
    store = open_store(url)
    try:
        tids = seed_transcripts(store, n + n_bulk)
        items = [analysis(i) for i in range(n + n_bulk)]
        t0 = time.perf_counter()
        for tid, a in zip(tids[:n], items[:n]):
            store.save_analysis(tid, a, None)
        per_txn = (time.perf_counter() - t0) / n
        t0 = time.perf_counter()
        store.save_analyses(zip(tids[n:], items[n:]), None)
        bulk = (time.perf_counter() - t0) / max(1, n_bulk)
        counts = store.counts()
        assert counts["analyses"] == n + n_bulk and counts["stage_results"] == (n + n_bulk) * len(STAGES)
        # the incremental check a second run makes: which analyses exist (one query)
        t0 = time.perf_counter()
        keys = store.analysed_keys()
        lookup = time.perf_counter() - t0
        assert len(keys) == n + n_bulk
        return {"per_txn_ms": per_txn * 1000, "bulk_ms": bulk * 1000, "lookup_s": lookup}
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="analyses saved one transaction each (as callqa run does)")
    ap.add_argument("--n-bulk", type=int, default=2_000, help="analyses saved in one transaction")
    ap.add_argument("--skip-pg", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="callqa-bench-store-"))
    results: dict[str, dict[str, float]] = {}
    try:
        results["SQLite (WAL, synchronous=NORMAL)"] = measure(f"sqlite:///{tmp / 'bench.db'}", args.n, args.n_bulk)
        if not args.skip_pg:
            from pg import find_pg_bin, start_server, stop_server

            if find_pg_bin() is None:
                print("PostgreSQL binaries not found; skipping PostgreSQL", file=sys.stderr)
            else:
                # its own temp folder: the server may run as the postgres user, which cannot enter `tmp`
                pg_base = Path(tempfile.mkdtemp(prefix="callqa-bench-pg-"))
                server, preexec = start_server(pg_base, durable=True)
                try:
                    results["PostgreSQL (local, fsync on)"] = measure(server.url(), args.n, args.n_bulk)
                finally:
                    stop_server(server, preexec)
                    shutil.rmtree(pg_base, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"storing {args.n} analyses one transaction each + {args.n_bulk} in one transaction "
          f"(8 stage results each, objections/flags on some); load average {os.getloadavg()[0]:.1f}:")
    for name, r in results.items():
        print(f"  {name:34s} {r['per_txn_ms']:6.2f} ms/analysis (own transaction)   "
              f"{r['bulk_ms']:6.2f} ms/analysis (one transaction)   "
              f"existing-keys query over {args.n + args.n_bulk}: {r['lookup_s'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
