"""Client-data policy in the store (store_transcripts = redacted) and company rules in the batch (rules_file)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from callqa.config import load_settings
from callqa.errors import ConfigError
from callqa.pipeline import run_batch
from callqa.records import AlignOptions
from callqa.store import open_store
from test_pipeline import EN_TURNS, REPO, SCRIPTS, batch, cli_env, dump_db, transcript_json

PHONE_WORDS = ("415", "555", "0134")
EMAIL = "john.smith@gmail.com"
LEAKY_TURNS = EN_TURNS[:4] + [
    ("operator", "Just text me on WhatsApp, my personal number is 415 555 0134."),
    ("client", f"Sure, and my email is {EMAIL}."),
] + EN_TURNS[4:]


def leaky_folder(root: Path, n: int = 3) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"2026-11-0{i + 1}_op{i}_call{i:03d}.json").write_text(
            json.dumps(transcript_json(LEAKY_TURNS + [("client", f"Call number {i}.")])), encoding="utf-8")
    return root


def settings(url: str, **extra):
    return load_settings(None, dict(db=url, scripts=str(SCRIPTS), default_script="en-saas-demo", **extra),
                         environ={})


def db_text(db_file: Path) -> str:
    """Every value of every table, as one string: what someone with the database file can read."""
    con = sqlite3.connect(db_file)
    try:
        out = []
        for (table,) in con.execute("select name from sqlite_master where type='table'"):
            out.extend(repr(row) for row in con.execute(f"select * from {table}"))
        return "\n".join(out)
    finally:
        con.close()


def test_redacted_policy_analyses_raw_words_but_stores_no_client_data(tmp_path):
    rec, db_file = leaky_folder(tmp_path / "rec"), tmp_path / "db.sqlite"
    url = f"sqlite:///{db_file}"
    s = run_batch(settings(url, store_transcripts="redacted"), batch(rec))
    assert (s.analysed, s.files_failed, s.redacted_transcripts, s.redacted_analyses) == (3, 0, 3, 3)
    stored = db_text(db_file)
    assert EMAIL not in stored and "415 555" not in stored
    assert "[PHONE]" in stored and "[EMAIL]" in stored
    st = open_store(url)
    try:
        for a in st.current_analyses():
            channel = [f for f in a.flags if f.rule == "personal_channel"]
            assert channel, "the flag found on the raw words is kept"
            assert "[PHONE]" in channel[0].evidence and not any(w in channel[0].evidence for w in PHONE_WORDS)
    finally:
        st.close()
    # nothing left to redact, nothing stored twice
    before = dump_db(url)
    again = run_batch(settings(url, store_transcripts="redacted"), batch(rec))
    assert (again.analysed, again.redacted_transcripts, again.redacted_analyses) == (0, 0, 0)
    assert dump_db(url) == before


def test_raw_policy_keeps_the_words(tmp_path):
    rec, db_file = leaky_folder(tmp_path / "rec", 1), tmp_path / "db.sqlite"
    s = run_batch(settings(f"sqlite:///{db_file}"), batch(rec))
    assert (s.analysed, s.redacted_transcripts) == (1, 0)
    assert EMAIL in db_text(db_file)


def test_a_run_killed_before_redaction_is_finished_by_the_next_run(tmp_path, monkeypatch):
    """Rows a crash left raw are redacted by the next run, and nothing is analysed twice."""
    rec, db_file = leaky_folder(tmp_path / "rec"), tmp_path / "db.sqlite"
    url = f"sqlite:///{db_file}"
    import callqa.store_redaction as sr

    def killed(store):
        raise KeyboardInterrupt

    monkeypatch.setattr(sr, "redact_stored", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch(settings(url, store_transcripts="redacted"), batch(rec))
    assert EMAIL in db_text(db_file)  # analysed, not yet redacted
    monkeypatch.undo()
    s = run_batch(settings(url, store_transcripts="redacted"), batch(rec))
    assert (s.analysed, s.redacted_transcripts, s.redacted_analyses) == (0, 3, 3)
    stored = db_text(db_file)
    assert EMAIL not in stored and "415 555" not in stored
    st = open_store(url)
    try:
        counts = st.counts()
    finally:
        st.close()
    assert counts["analyses"] == 3 and counts["transcripts"] == 3


def test_db_redact_command_redacts_calls_stored_before_the_policy(tmp_path):
    rec, db_file = leaky_folder(tmp_path / "rec", 2), tmp_path / "db.sqlite"
    url = f"sqlite:///{db_file}"
    run_batch(settings(url), batch(rec))
    assert EMAIL in db_text(db_file)
    out = subprocess.run([sys.executable, "-m", "callqa", "db", "redact", "--db", url], cwd=tmp_path,
                         env=cli_env(), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "redacted 2 transcripts and 2 analyses" in out.stdout
    assert EMAIL not in db_text(db_file)


# --------------------------------------------------------------------------- rules_file
def test_rules_file_setting_reaches_the_batch_and_a_changed_file_reanalyses(tmp_path):
    rules = tmp_path / "our_rules.yaml"
    rules.write_text("language: en\npersonal_channel:\n  channels: ['line app']\n", encoding="utf-8")
    rec = tmp_path / "rec"
    rec.mkdir()
    (rec / "2026-11-01_op1_call001.json").write_text(json.dumps(transcript_json(
        EN_TURNS[:4] + [("operator", "Message me on line app tonight, it is easier.")] + EN_TURNS[4:])))
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"

    def flags(cfg) -> list[str]:
        s = run_batch(cfg, batch(rec, align=cfg.align_options()))
        st = open_store(url)
        try:
            rows = [f.rule for a in st.current_analyses() for f in a.flags]
        finally:
            st.close()
        return [s.analysed, *rows]

    assert flags(settings(url)) == [1]
    cfg = load_settings(None, dict(db=url, scripts=str(SCRIPTS), default_script="en-saas-demo"),
                        environ={"CALLQA_RULES_FILE": str(rules)})
    assert cfg.align_options().rules_files == (str(rules.resolve()),)
    assert flags(cfg) == [1, "personal_channel"]       # new options key: analysed again, with the company rule
    assert flags(cfg)[0] == 0                           # unchanged file: nothing to do
    rules.write_text("language: en\npersonal_channel:\n  channels: ['kakao']\n", encoding="utf-8")
    assert flags(cfg) == [1]                            # edited file: analysed again, the old rule gone


def test_a_missing_rules_file_is_one_clear_error(tmp_path):
    cfg = load_settings(None, {"rules_file": str(tmp_path / "nope.yaml")}, environ={})
    with pytest.raises(ConfigError, match=r"nope\.yaml: rules file not found; fix the setting rules_file"):
        cfg.align_options()
    # and from the command line: one line, exit 1, nothing started
    out = subprocess.run([sys.executable, "-m", "callqa", "run", str(tmp_path)], cwd=tmp_path,
                         env=cli_env(CALLQA_RULES_FILE=str(tmp_path / "nope.yaml")), capture_output=True,
                         text=True, timeout=120)
    assert out.returncode != 0
    assert "nope.yaml: rules file not found" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_options_key_follows_settings_and_matching_method(monkeypatch):
    """Options without rules files keep the key scheme they had before the rules_files field existed.

    "6effba36ca03e4fb" is the key of the defaults of then (first matching method, stage
    threshold 70). A new matching method (records.ALIGN_METHOD) changes every key, so stored
    analyses are redone once, without re-transcribing; so does a changed default threshold.
    """
    monkeypatch.setattr("callqa.records.ALIGN_METHOD", 1)
    assert AlignOptions(threshold=70.0).key() == "6effba36ca03e4fb"
    monkeypatch.undo()
    assert AlignOptions(threshold=70.0).key() != "6effba36ca03e4fb"
    assert AlignOptions().key() != AlignOptions(threshold=70.0).key()
    assert AlignOptions().key() != AlignOptions(rules_files=(str(REPO / "README.md"),)).key()
