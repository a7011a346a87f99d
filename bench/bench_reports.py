"""Scale benchmark for statistics and reports.

Builds N synthetic analysed calls (default 100 000, 200 operators, 90 days;
a planted weak stage and one operator who skips a stage) in SQLite, then
times the real commands as a user runs them:

    callqa stats --json --db URL          (target ≤ 10 s)
    callqa report --db URL --out DIR      (target ≤ 60 s)

and reports the bundle's size and page count. `--pg` does the same on a
throw-away PostgreSQL server (tests/pg.py starts it; needs the PostgreSQL
binaries). Prints one JSON object; `--keep DIR` keeps the databases there.

    python bench/bench_reports.py [--calls 100000] [--operators 200] [--pg]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from callqa.stats_synth import bulk_insert, synthetic_calls  # noqa: E402
from callqa.store import open_store  # noqa: E402

CALLQA = [sys.executable, "-m", "callqa"]


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and CPU seconds (user + system) of one command.

    Both, because the machine is shared: wall time grows with other people's
    load, CPU time shows what the command itself costs.
    """
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return dt, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), proc


def _size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.iterdir() if p.is_file()]
    calls = sum(1 for p in files if p.name.startswith("call-"))
    return len(files), sum(p.stat().st_size for p in files), calls


def run_one(url: str, work: Path, items, label: str) -> dict:
    store = open_store(url)
    t0 = time.perf_counter()
    bulk_insert(store, items)
    load_s = time.perf_counter() - t0
    store.close()
    out: dict = {"database": label, "calls": len(items), "load_s": round(load_s, 1)}
    stats_s, stats_cpu, proc = _timed(CALLQA + ["stats", "--json", "--db", url, "-q"], work)
    data = json.loads(proc.stdout)
    weak = [s["id"] for s in data["scripts"][0]["stages"] if s["weak"]]
    skipper = next(o for o in data["operators"] if o["id"] == "op000")
    out.update(stats_json_s=round(stats_s, 2), stats_json_cpu_s=round(stats_cpu, 2), stats_json_bytes=len(proc.stdout), weak_stages=weak,
               skipper_flagged=[w["stage"] for w in skipper["worse_than_team"]])
    report_dir = work / f"reports-{label}"
    report_s, report_cpu, _ = _timed(CALLQA + ["report", "--db", url, "--out", str(report_dir), "-q"], work)
    files, size, calls = _size(report_dir)
    out.update(report_s=round(report_s, 2), report_cpu_s=round(report_cpu, 2), report_files=files, report_call_pages=calls,
               report_mb=round(size / 1e6, 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--operators", type=int, default=200)
    ap.add_argument("--pg", action="store_true", help="also on a temporary PostgreSQL server")
    ap.add_argument("--keep", type=Path, help="keep databases and reports in this folder")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="callqa-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    # an empty scripts folder keeps the run independent of the shipped scripts
    (work / "scripts_library").mkdir(exist_ok=True)
    t0 = time.perf_counter()
    items = synthetic_calls(args.calls, args.operators)
    results = {"generate_s": round(time.perf_counter() - t0, 1), "cpu_count": os.cpu_count(),
               "load_average_at_start": os.getloadavg()[0], "runs": []}
    db = work / "bench.sqlite"
    if db.exists():
        db.unlink()
    results["runs"].append(run_one(f"sqlite:///{db}", work, items, "sqlite"))
    if args.pg:
        from pg import start_server, stop_server

        server, preexec = start_server(work / "pg")
        try:
            results["runs"].append(run_one(server.url("postgres"), work, items, "postgresql"))
        finally:
            stop_server(server, preexec)
    print(json.dumps(results, indent=1))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
