"""The batch: incremental, script-version aware, failures recorded once, lock between runs.

Most tests feed transcript JSON files (no speech model); the acceptance test
runs the real model on a few seconds of tests/data audio through the CLI.
The helpers here (`make_transcript_folder`, `dump_db`, `run_cli`) are reused
by test_crash.py and test_dask.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from callqa.config import load_settings
from callqa.pipeline import BatchOptions, run_batch
from callqa.store import (AnalysisRow, FailureRow, FlagRow, ObjectionRow, RecordingRow, StageResultRow, TranscriptRow,
                          open_store)
from pg import pg_server, pg_url  # noqa: F401  (fixtures)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SCRIPTS = REPO / "scripts_library"

# (speaker, text) turns of an English call that follows en-saas-demo, cut at different stages
EN_TURNS = [
    ("operator", "Hi, this is Anna from ShiftPilot."),
    ("operator", "Do you have a couple of minutes to talk?"),
    ("client", "Sure, go ahead."),
    ("operator", "How do you schedule your shifts at the moment?"),
    ("client", "We use spreadsheets, it takes hours every week."),
    ("operator", "ShiftPilot builds your rotas automatically from availability."),
    ("operator", "It is four dollars per employee per month."),
    ("client", "That sounds too expensive for us."),
    ("operator", "Shall we book a thirty minute demo on Thursday?"),
    ("client", "Yes, Thursday works."),
    ("operator", "Thank you for your time, have a great day."),
]


def transcript_json(turns: list[tuple[str, str]], language: str = "en") -> dict:
    utts, t = [], 0.0
    for speaker, text in turns:
        utts.append({"speaker": speaker, "start": round(t, 2), "end": round(t + 2.5, 2), "text": text})
        t += 3.0
    return {"language": language, "duration": t, "utterances": utts}


def make_transcript_folder(root: Path, n: int = 4, *, start: int = 0) -> Path:
    """n transcript JSON files named by the default filename pattern, cut after different turns."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        keep = 4 + (i * 3) % (len(EN_TURNS) - 3)
        turns = EN_TURNS[:keep] + [("client", f"Call number {i}.")]
        day = 1 + i % 28
        (root / f"2026-11-{day:02d}_op{i % 3}_call{i:03d}.json").write_text(
            json.dumps(transcript_json(turns)), encoding="utf-8")
    return root


def settings_for(db_url: str, **extra):
    return load_settings(None, dict(db=db_url, scripts=str(SCRIPTS), default_script="en-saas-demo", **extra),
                         environ={})


def batch(recordings: Path, scripts: Path = SCRIPTS, **kw) -> BatchOptions:
    return BatchOptions(recordings=str(recordings), scripts_dir=str(scripts), script="en-saas-demo",
                        stale_lock_seconds=60, **kw)


def dump_db(url: str) -> dict[str, list[tuple]]:
    """Everything a run stores, keyed by content (no ids, run ids or timestamps), sorted."""
    st = open_store(url, migrate=False)
    try:
        with st.session() as s:
            rec_sha = dict(s.execute(select(RecordingRow.id, RecordingRow.sha256)).all())
            tr_key = {t.id: (t.audio_sha256, t.model, t.options_key) for t in s.scalars(select(TranscriptRow))}
            an_key = {a.id: (tr_key[a.transcript_id], a.script_id, a.script_version, a.options_key)
                      for a in s.scalars(select(AnalysisRow))}
            out = {
                "recordings": sorted((r.sha256, Path(r.path).name, r.size, r.kind, r.call_id, r.operator,
                                      str(r.started_at), r.script, r.client_segment, r.crm_outcome,
                                      r.operator_channel, r.client_id, r.duration)
                                     for r in s.scalars(select(RecordingRow))),
                "transcripts": sorted((rec_sha[t.recording_id], *tr_key[t.id], t.language, round(t.duration, 3),
                                       json.dumps(t.utterances, sort_keys=True))
                                      for t in s.scalars(select(TranscriptRow))),
                "analyses": sorted((an_key[a.id], a.call_id, a.outcome, a.crm_outcome, a.furthest_stage,
                                    a.stalled_at, a.adherence, json.dumps(a.talk, sort_keys=True))
                                   for a in s.scalars(select(AnalysisRow))),
                "stage_results": sorted((an_key[r.analysis_id], r.position, r.stage_id, r.status, r.score, r.start,
                                         r.end, r.evidence) for r in s.scalars(select(StageResultRow))),
                "objections": sorted((an_key[o.analysis_id], o.position, o.cls, o.start, o.evidence, o.stage or "")
                                     for o in s.scalars(select(ObjectionRow))),
                "flags": sorted((an_key[f.analysis_id], f.position, f.rule, f.start, f.end or -1, f.evidence,
                                 f.amount or 0) for f in s.scalars(select(FlagRow))),
                "failures": sorted((Path(f.path).name, f.sha256, f.stage) for f in s.scalars(select(FailureRow))),
            }
        return out
    finally:
        st.close()


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLQA_")}
    env.update(CALLQA_CPU_THREADS="1", **extra)
    return env


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300,
            ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "callqa", "run", *args], cwd=cwd, env=env or cli_env(),
                          capture_output=True, text=True, timeout=timeout)


# --------------------------------------------------------------------------- library-level tests
def test_second_run_on_an_unchanged_folder_does_nothing(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 5)
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = run_batch(settings_for(url), batch(rec))
    assert (first.files_seen, first.files_new, first.analysed, first.files_failed) == (5, 5, 5, 0)
    before = dump_db(url)
    second = run_batch(settings_for(url), batch(rec))
    assert (second.files_new, second.transcribed, second.analysed, second.files_skipped) == (0, 0, 0, 5)
    assert dump_db(url) == before
    # one more file: only it is imported and analysed
    make_transcript_folder(rec, 1, start=5)
    third = run_batch(settings_for(url), batch(rec))
    assert (third.files_new, third.analysed, third.files_skipped) == (1, 1, 5)


def test_bumping_a_script_version_reanalyses_without_retranscribing(tmp_path):
    lib = tmp_path / "scripts"
    shutil.copytree(SCRIPTS, lib)
    rec = make_transcript_folder(tmp_path / "rec", 3)
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    run_batch(settings_for(url), batch(rec, lib))
    path = lib / "en-saas-demo.yaml"
    text = path.read_text(encoding="utf-8")
    old = int(re.search(r"\nversion: (\d+)\n", text).group(1))
    path.write_text(text.replace(f"\nversion: {old}\n", f"\nversion: {old + 1}\n"), encoding="utf-8")
    again = run_batch(settings_for(url), batch(rec, lib))
    assert (again.transcribed, again.files_new, again.analysed) == (0, 0, 3)
    st = open_store(url)
    try:
        counts = st.counts()
        assert (counts["transcripts"], counts["analyses"]) == (3, 6)
        assert {a.script_version for a in st.current_analyses()} == {old + 1}
    finally:
        st.close()


def test_a_new_matching_method_reanalyses_once_without_retranscribing(tmp_path, monkeypatch):
    """A release that changes the matching itself (records.ALIGN_METHOD) redoes stored analyses once."""
    import callqa.records

    rec = make_transcript_folder(tmp_path / "rec", 3)
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    run_batch(settings_for(url), batch(rec))
    monkeypatch.setattr(callqa.records, "ALIGN_METHOD", callqa.records.ALIGN_METHOD + 1)
    again = run_batch(settings_for(url), batch(rec))
    assert (again.transcribed, again.files_new, again.analysed) == (0, 0, 3)
    third = run_batch(settings_for(url), batch(rec))
    assert third.analysed == 0
    st = open_store(url)
    try:
        assert (st.counts()["transcripts"], st.counts()["analyses"]) == (3, 6)
    finally:
        st.close()


def test_a_failing_file_is_recorded_once_and_retried_only_when_changed_or_asked(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 2)
    bad = rec / "broken.json"
    bad.write_text('{"utterances": [{"start": 1, "end": 0, "text": "x"}]}', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = run_batch(settings_for(url), batch(rec))
    assert first.files_failed == 1 and "broken.json" in first.failures[0]
    second = run_batch(settings_for(url), batch(rec))
    assert (second.files_failed, second.known_failures) == (0, 1)
    retried = run_batch(settings_for(url), batch(rec, retry_failed=True))
    assert retried.files_failed == 1
    bad.write_text(json.dumps(transcript_json(EN_TURNS[:3])), encoding="utf-8")
    fixed = run_batch(settings_for(url), batch(rec))
    assert (fixed.files_failed, fixed.files_new, fixed.analysed) == (0, 1, 1)
    # the failure of the old content stays on record; the new content has none
    assert [f[0] for f in dump_db(url)["failures"]] == ["broken.json"]


def test_script_comes_from_the_manifest_and_an_unknown_one_is_a_failure(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 3)
    names = sorted(p.name for p in rec.glob("*.json"))
    (rec / "manifest.csv").write_text(
        f"file,operator,script\n{names[0]},ann,en-saas-demo\n{names[1]},bob,no-such-script\n", encoding="utf-8")
    german = rec / "anruf.json"  # no manifest row, and no script in the library speaks German
    german.write_text(json.dumps(transcript_json([("operator", "Guten Tag")], language="de")), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    s = run_batch(settings_for(url), BatchOptions(recordings=str(rec), scripts_dir=str(SCRIPTS)))
    # names[2] has no script in the manifest, but it is English and the library has one English script
    assert s.files_failed == 2 and s.analysed == 2
    assert any("no-such-script" in f and names[1] in f for f in s.failures)
    assert any("--script" in f and "anruf.json" in f for f in s.failures)
    # a later run still knows the language of names[2] (the folder does not tell it)
    again = run_batch(settings_for(url), BatchOptions(recordings=str(rec), scripts_dir=str(SCRIPTS)))
    assert (again.files_failed, again.analysed) == (0, 0)
    st = open_store(url)
    try:
        with st.session() as sess:
            assert sess.scalar(select(RecordingRow.language).where(RecordingRow.path.endswith(names[2]))) == "en"
    finally:
        st.close()


# --------------------------------------------------------------------------- CLI
@pytest.mark.slow
def test_acceptance_mixed_folder(tmp_path):
    """Good audio, transcript JSON, a corrupt file and a manifest row for a missing file."""
    rec = make_transcript_folder(tmp_path / "rec", 2)
    shutil.copy(DATA / "en_mono.wav", rec / "2026-11-05_op1_audio01.wav")
    shutil.copy(DATA / "ru_stereo.wav", rec / "ru_call.wav")
    shutil.copy(DATA / "bad_text.wav", rec / "corrupt.wav")
    (rec / "manifest.csv").write_text(
        "file,call_id,operator,script,client_segment,outcome\n"
        "ru_call.wav,RU-1,ivanova,ru-b2b-cold,cold,refusal\n"
        "gone.wav,G-1,petrov,,,\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'callqa.db'}"
    args = [str(rec), "--db", url, "--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"]
    proc = run_cli(args, tmp_path)
    assert proc.returncode == 1, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 2, proc.stderr
    assert sum("corrupt.wav" in e for e in errors) == 1 and sum("gone.wav" in e for e in errors) == 1
    assert "Traceback" not in proc.stderr
    assert "4 new" in proc.stderr and "2 failed" in proc.stderr
    db = dump_db(url)
    good = {"2026-11-05_op1_audio01.wav", "ru_call.wav"} | {p.name for p in rec.glob("*.json")}
    assert {r[1] for r in db["recordings"]} == good | {"corrupt.wav"}
    assert len(db["transcripts"]) == 4 and len(db["analyses"]) == 4
    assert {(f[0], f[2]) for f in db["failures"]} == {("corrupt.wav", "transcribe"), ("gone.wav", "discover")}
    ru = next(r for r in db["recordings"] if r[1] == "ru_call.wav")
    assert (ru[4], ru[5], ru[7], ru[8], ru[9]) == ("RU-1", "ivanova", "ru-b2b-cold", "cold", "refusal")
    ru_tr = next(t for t in db["transcripts"] if t[0] == ru[0])
    assert ru_tr[4] == "ru"  # language from the script, not detection
    assert {a[0][1] for a in db["analyses"]} == {"en-saas-demo", "ru-b2b-cold"}
    # the same folder again: nothing new, no failure reported again, exit 0
    again = run_cli(args + ["--quiet"], tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    assert dump_db(url) == db


@pytest.mark.slow
def test_a_second_run_while_one_holds_the_database_refuses(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 1)
    url = f"sqlite:///{tmp_path / 'callqa.db'}"
    st = open_store(url)
    try:
        holder = st.start_run()
        st.acquire_lock(holder)  # held by this (live) test process
        proc = run_cli([str(rec), "--db", url, "--scripts-dir", str(SCRIPTS), "--no-report"], tmp_path)
        assert proc.returncode == 1
        assert proc.stderr.startswith("Error: another callqa run") and "Traceback" not in proc.stderr
        assert st.counts()["analyses"] == 0
        st.release_lock(holder)
        st.finish_run(holder, "ok")
        proc = run_cli([str(rec), "--db", url, "--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo",
                        "--no-report", "-q"], tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert st.counts()["analyses"] == 1
    finally:
        st.close()


@pytest.mark.slow
def test_summary_and_quiet(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 2)
    url = f"sqlite:///{tmp_path / 'callqa.db'}"
    proc = run_cli([str(rec), "--db", url, "--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"],
                   tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "files: 2 found, 2 new, 0 unchanged, 0 failed" in proc.stderr
    assert "analysed 2" in proc.stderr
    assert proc.stdout == ""


@pytest.mark.slow
def test_two_worker_processes_store_what_one_process_stores(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 3)
    shutil.copy(DATA / "en_mono.wav", rec / "2026-11-05_op1_a.wav")
    shutil.copy(DATA / "en_stereo.wav", rec / "2026-11-06_op2_b.wav")
    common = ["--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"]
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    p1 = run_cli([str(rec), "--db", one, *common], tmp_path)
    p2 = run_cli([str(rec), "--db", two, "--workers", "2", *common], tmp_path)
    assert p1.returncode == 0 and p2.returncode == 0, p1.stderr + p2.stderr
    assert "processes x2" in p2.stderr and "inline x1" in p1.stderr
    assert dump_db(two) == dump_db(one)
    assert len(dump_db(one)["transcripts"]) == 5


def test_a_fixed_manifest_row_is_processed_and_its_failure_cleared(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 2)
    names = sorted(p.name for p in rec.glob("*.json"))
    manifest = rec / "manifest.csv"
    manifest.write_text(f"file,operator,client_segment\n{names[0]},ann,lukewarm\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = run_batch(settings_for(url), batch(rec))
    assert first.files_failed == 1 and "manifest.csv:2" in first.failures[0] and "cold, warm or hot" in first.failures[0]
    assert first.analysed == 1  # the other file went on
    manifest.write_text(f"file,operator,client_segment\n{names[0]},ann,warm\n", encoding="utf-8")
    fixed = run_batch(settings_for(url), batch(rec))
    assert (fixed.files_failed, fixed.files_new, fixed.analysed) == (0, 1, 1)
    db = dump_db(url)
    assert db["failures"] == []
    assert next(r for r in db["recordings"] if r[1] == names[0])[5:9] == ("ann", "None", None, "warm")


def test_db_upgrade_command(tmp_path):
    from typer.testing import CliRunner

    from callqa.cli import app

    url = f"sqlite:///{tmp_path / 'u.db'}"
    first = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert first.exit_code == 0 and "empty ->" in first.output
    again = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert again.exit_code == 0 and "already at" in again.output
    rev = CliRunner().invoke(app, ["db", "revision", "--db", url])
    latest = rev.output.split()[-1]
    assert rev.output.count(latest) == 2


def test_progress_bar_shows_files_audio_hours_and_problems():
    import io

    from rich.console import Console
    from rich.progress import Progress, TextColumn, TimeRemainingColumn

    from callqa.cli.run import RichProgress

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with Progress(TextColumn("{task.description}"), TextColumn("{task.fields[stats]}"), TimeRemainingColumn(),
                  console=console, auto_refresh=False) as progress:
        sink = RichProgress(progress)
        sink.stage("transcribing", 4, 7200.0)
        sink.advance(1, 3600.0)
        progress.refresh()
        sink.problem("x.wav: not audio")
    text = out.getvalue()
    assert "1/4 files, 1.00/2.00 h audio" in text
    assert "Error: x.wav: not audio" in text


def test_the_batch_on_postgresql_stores_what_it_stores_on_sqlite(tmp_path, pg_url):
    rec = make_transcript_folder(tmp_path / "rec", 4)
    (rec / "broken.json").write_text("{", encoding="utf-8")
    lite = f"sqlite:///{tmp_path / 'db.sqlite'}"
    a = run_batch(settings_for(lite), batch(rec))
    b = run_batch(settings_for(pg_url), batch(rec))
    assert (a.analysed, a.files_failed) == (b.analysed, b.files_failed) == (4, 1)
    assert dump_db(pg_url) == dump_db(lite)
    again = run_batch(settings_for(pg_url), batch(rec))
    assert (again.analysed, again.files_failed, again.known_failures) == (0, 0, 1)


def test_a_file_that_vanishes_mid_run_is_reported_but_retried_next_time(tmp_path):
    from callqa.executors import Executor

    rec = make_transcript_folder(tmp_path / "rec", 1)
    doomed = rec / "2026-11-03_op1_gone.wav"
    doomed.write_bytes(b"RIFF" + b"\0" * 64)

    class DeletingExecutor(Executor):
        def map_unordered(self, fn, jobs):
            for job in jobs:
                if getattr(job, "path", None) == str(doomed):
                    doomed.unlink()
                yield fn(job)

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    s = run_batch(settings_for(url), batch(rec), executor_factory=DeletingExecutor)
    assert s.files_failed == 1 and "file not found" in s.failures[0]
    assert dump_db(url)["failures"] == []  # not a property of the content: not skipped next time
