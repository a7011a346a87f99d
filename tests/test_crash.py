"""SIGKILL a running `callqa run` at several points; the next run completes with no duplicate and no lost row."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_pipeline import DATA, SCRIPTS, cli_env, dump_db, make_transcript_folder, run_cli

pytestmark = pytest.mark.slow


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1  # not created yet


def _run_and_kill(args: list[str], cwd: Path, db: Path, sql: str, at_least: int, timeout: float = 120) -> int:
    """Start `callqa run`, SIGKILL it once `sql` counts `at_least`; returns the count seen at the kill."""
    proc = subprocess.Popen([sys.executable, "-m", "callqa", "run", *args], cwd=cwd, env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            n = _count(db, sql)
            if n >= at_least:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return n
            if proc.poll() is not None:
                pytest.fail(f"run finished before the kill point ({sql} >= {at_least}): {proc.stderr.read()[-2000:]}")
            time.sleep(0.01)
        pytest.fail("kill point not reached in time")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return -1


def _check_consistent(url: str, db: Path) -> None:
    """Whatever a kill left must be whole: every analysis has all its stage rows, nothing is orphaned."""
    stages_per_analysis = _count(db, "select count(distinct n) from (select a.id, count(s.id) n from analyses a "
                                     "left join stage_results s on s.analysis_id = a.id group by a.id)")
    assert stages_per_analysis in (0, 1)  # en-saas-demo: every analysis has the same number of stage rows
    assert _count(db, "select count(*) from stage_results s left join analyses a on a.id = s.analysis_id "
                      "where a.id is null") == 0
    assert _count(db, "select count(*) from transcripts t left join recordings r on r.id = t.recording_id "
                      "where r.id is null") == 0
    assert _count(db, "select count(*) from (select audio_sha256, model, options_key from transcripts "
                      "group by 1, 2, 3 having count(*) > 1)") == 0


def test_sigkill_at_several_points_then_the_next_run_completes(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 20)
    for i, name in enumerate(("en_mono.wav", "en_stereo.wav")):
        shutil.copy(DATA / name, rec / f"2026-11-0{i + 1}_op{i}_audio{i}{Path(name).suffix}")
    common = ["--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"]

    db = tmp_path / "crash.db"
    url = f"sqlite:///{db}"
    args = [str(rec), "--db", url, *common]
    points = [
        ("run started, nothing stored", "select count(*) from runs", 1),
        ("transcript JSON imported, first audio transcribing", "select count(*) from transcripts", 20),
        ("between the two audio files", "select count(*) from transcripts", 21),
        ("during analysis", "select count(*) from analyses", 10),
    ]
    seen = []
    for label, sql, n in points:
        seen.append((label, _run_and_kill(args, tmp_path, db, sql, n)))
        _check_consistent(url, db)
    assert _count(db, "select count(*) from runs where status = 'running'") == 1  # the last one, killed
    final = run_cli(args + ["-q"], tmp_path)
    assert final.returncode == 0, final.stderr
    assert _count(db, "select count(*) from runs where status = 'crashed'") == len(points)
    assert _count(db, "select count(*) from runs where status = 'ok'") == 1
    assert _count(db, "select count(*) from batch_lock") == 0

    # the reference: one uninterrupted run (made last, so both use the same code of the analysis)
    ref_db = tmp_path / "reference.db"
    ref = run_cli([str(rec), "--db", f"sqlite:///{ref_db}", *common, "-q"], tmp_path)
    assert ref.returncode == 0, ref.stderr
    reference = dump_db(f"sqlite:///{ref_db}")
    assert len(reference["transcripts"]) == 22 and len(reference["analyses"]) == 22
    assert dump_db(url) == reference, seen


def test_sigterm_marks_the_run_interrupted_and_releases_the_lock(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 40)
    db = tmp_path / "term.db"
    args = [str(rec), "--db", f"sqlite:///{db}", "--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo",
            "--no-report"]
    proc = subprocess.Popen([sys.executable, "-m", "callqa", "run", *args], cwd=tmp_path, env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while _count(db, "select count(*) from analyses") < 3:
            assert proc.poll() is None and time.monotonic() < deadline, "run ended before the SIGTERM point"
            time.sleep(0.01)
        proc.terminate()
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in proc.stderr.read()
    assert _count(db, "select count(*) from runs where status = 'interrupted'") == 1
    assert _count(db, "select count(*) from batch_lock") == 0
    final = run_cli(args + ["-q"], tmp_path)
    assert final.returncode == 0, final.stderr
    assert _count(db, "select count(*) from analyses") == 40
