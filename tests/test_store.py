"""Storage on SQLite and on a real PostgreSQL server (tests/pg.py starts one)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from callqa.errors import StoreError
from callqa.records import (AlignOptions, AsrOptions, CallAnalysis, Flag, Objection, Recording, RecordingMeta,
                            StageResult, Transcript, Utterance, Word)
from callqa.store import (AnalysisRow, BatchLock, FlagRow, LockHeld, RecordingRow, StageResultRow, current_revision,
                          head_revision, make_engine, open_store, upgrade)
from pg import pg_server, pg_url  # noqa: F401  (fixtures)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'callqa.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url):
    st = open_store(db_url)
    yield st
    st.close()


def recording(n: int, **meta) -> Recording:
    return Recording(path=f"/calls/{n}.wav", sha256=f"{n:064x}", size=1000 + n,
                     meta=RecordingMeta(call_id=f"c{n}", operator="ivanova", **meta))


def transcript(n: int = 0) -> Transcript:
    return Transcript(
        language="ru", duration=12.5 + n,
        utterances=(
            Utterance("operator", 0.0, 2.0, "Добрый день", (Word(0.0, 0.9, " Добрый", 0.91), Word(1.0, 2.0, " день", 0.8))),
            Utterance("client", 2.5, 4.0, f"Это дорого {n}"),
        ),
        model="bundled-base/int8", options=AsrOptions(),
    )


def analysis(call_id: str = "c1", version: int = 1, flags=(Flag("discount", 3.0, "скидка 30%", 3.5, 30.0),)):
    return CallAnalysis(
        call_id=call_id, script_id="ru-b2b-cold", script_version=version,
        stages=(StageResult("greeting", "hit", 91.0, 0.0, 2.0, "добрый день"),
                StageResult("needs", "missed", 41.0),
                StageResult("price", "not_reached", 0.0)),
        furthest_stage="greeting", stalled_at="greeting", outcome="refusal", crm_outcome="refusal", adherence=0.5,
        objections=(Objection("price", 2.5, "это дорого", "greeting"),), flags=tuple(flags),
        options=AlignOptions(stage_overrides=(("needs", 60.0),)), talk=(("client", 1.5), ("operator", 2.0)),
    )


def test_schema_is_at_head_and_upgrade_is_idempotent(store):
    assert current_revision(store.engine) == head_revision()
    upgrade(store.engine)
    assert current_revision(store.engine) == head_revision()
    assert all(v == 0 for v in store.counts().values())


def test_transcript_and_analysis_round_trip_without_duplicates(store):
    rec = recording(1, started_at=datetime(2026, 11, 2, 14, 5), client_segment="warm", outcome="refusal")
    assert store.upsert_recordings([rec], None) == (1, 0)
    assert store.upsert_recordings([rec], None) == (0, 1)
    tid = store.save_transcript(rec, transcript(), None)
    assert store.save_transcript(rec, transcript(), None) == tid
    back = store.load_transcript(tid)
    assert back == dataclasses.replace(transcript(), source=rec.path)
    a = analysis()
    aid = store.save_analysis(tid, a, None)
    assert store.save_analysis(tid, a, None) == aid
    assert store.current_analyses() == [a]
    counts = store.counts()
    assert (counts["recordings"], counts["transcripts"], counts["analyses"]) == (1, 1, 1)
    assert (counts["stage_results"], counts["objections"], counts["flags"]) == (3, 1, 1)
    with store.session() as s:
        row = s.scalar(select(RecordingRow))
        assert (row.duration, row.language, row.client_segment) == (12.5, "ru", "warm")
        assert [r.stage_id for r in s.scalars(select(StageResultRow).order_by(StageResultRow.position))] == \
            ["greeting", "needs", "price"]


def test_analysis_is_stored_whole_or_not_at_all(store):
    rec = recording(2)
    tid = store.save_transcript(rec, transcript(2), None)
    broken = analysis(flags=(Flag("discount", 1.0, None),))  # evidence NOT NULL: the flag insert fails
    with pytest.raises(IntegrityError):
        store.save_analysis(tid, broken, None)
    counts = store.counts()
    assert (counts["analyses"], counts["stage_results"], counts["objections"], counts["flags"]) == (0, 0, 0, 0)
    store.save_analysis(tid, analysis(), None)
    assert store.counts()["analyses"] == 1


def test_unique_keys_are_enforced_by_the_database(store):
    rec = recording(3)
    tid = store.save_transcript(rec, transcript(3), None)
    store.save_analysis(tid, analysis(), None)
    with store.session() as s:
        row = s.scalar(select(AnalysisRow))
        values = {c.name: getattr(row, c.name) for c in AnalysisRow.__table__.columns if c.name != "id"}
    with pytest.raises(IntegrityError):
        with store.session() as s:
            s.execute(insert(AnalysisRow).values(**values))
    with pytest.raises(IntegrityError):
        with store.session() as s:
            s.add(RecordingRow(sha256=rec.sha256, path="/other.wav", size=1, kind="audio", call_id="x"))


def test_current_analysis_is_the_highest_script_version(store):
    rec = recording(4)
    tid = store.save_transcript(rec, transcript(4), None)
    store.save_analysis(tid, analysis("c4", version=2), None)
    store.save_analysis(tid, analysis("c4", version=1), None)
    current = store.current_analyses()
    assert [(a.call_id, a.script_version) for a in current] == [("c4", 2)]
    assert store.counts()["analyses"] == 2


def test_failures_are_keyed_by_path_and_content(store):
    run = store.start_run("/calls")
    store.record_failure("/calls/bad.wav", "ab" * 32, "transcribe", "not audio", run)
    store.record_failure("/calls/bad.wav", "ab" * 32, "transcribe", "still not audio", run)
    store.record_failure("/calls/bad.wav", "cd" * 32, "transcribe", "new content, new failure", run)
    assert store.failure_keys() == {("/calls/bad.wav", "ab" * 32), ("/calls/bad.wav", "cd" * 32)}
    store.clear_failure("/calls/bad.wav", "ab" * 32)
    assert store.failed_shas() == {"cd" * 32}


def test_crm_events_import_twice_is_a_no_op(store):
    events = [dict(operator="ivanova", date=date(2026, 11, 2), kind="meeting", amount=None, call_id="c1",
                   client_id=None),
              dict(operator="ivanova", date=date(2026, 11, 9), kind="payment", amount=12000.0, call_id=None,
                   client_id="K-17")]
    assert store.save_crm_events(events, "crm.csv") == (2, 0)
    assert store.save_crm_events(events, "crm.csv") == (0, 2)
    with pytest.raises(StoreError, match="meeting, invoice, payment"):
        store.save_crm_events([dict(events[0], kind="refund")])
    assert store.counts()["crm_events"] == 2


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_lock_refuses_a_live_holder_and_takes_over_a_dead_one(store):
    first = store.start_run()
    assert store.acquire_lock(first) is None
    second = store.start_run()
    with pytest.raises(LockHeld, match=f"run {first}"):
        store.acquire_lock(second)
    # the holder was SIGKILLed: its pid is gone
    with store.session() as s:
        s.execute(update(BatchLock).values(pid=_dead_pid()))
    assert store.acquire_lock(second) == first
    with store.session() as s:
        assert s.get(BatchLock, 1).run_id == second
        assert s.execute(text("select status from runs where id = :i"), {"i": first}).scalar() == "crashed"
    store.release_lock(second)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(BatchLock)) == 0


def test_lock_of_another_host_is_stale_only_after_its_heartbeat_stops(store):
    first, second = store.start_run(), store.start_run()
    store.acquire_lock(first)
    with store.session() as s:
        s.execute(update(BatchLock).values(host="elsewhere", pid=1))
    with pytest.raises(LockHeld):
        store.acquire_lock(second, stale_after=60)
    with store.session() as s:
        s.execute(update(BatchLock).values(heartbeat=datetime.utcnow() - timedelta(seconds=120)))
    assert store.acquire_lock(second, stale_after=60) == first


def test_database_of_the_first_schema_keeps_its_rows(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("insert into runs (started_at, status, pid, host, heartbeat, files_seen, files_new, "
                          "files_skipped, files_failed, transcribed, analysed, audio_seconds) values "
                          "(:t, 'ok', 1, 'h', :t, 1, 1, 0, 0, 1, 1, 12.5)"), {"t": datetime(2026, 1, 1)})
        conn.execute(text("insert into recordings (sha256, path, size, kind, call_id, operator, operator_channel) "
                          "values (:h, '/old.wav', 10, 'audio', 'old1', 'petrov', 'left')"), {"h": "e" * 64})
    engine.dispose()
    st = open_store(db_url)  # migrates to head
    try:
        assert current_revision(st.engine) == head_revision()
        assert st.counts()["runs"] == 1 and st.counts()["recordings"] == 1
        assert st.save_crm_events([dict(operator="petrov", date=date(2026, 1, 2), kind="invoice", amount=5.0,
                                        call_id="old1", client_id=None)]) == (1, 0)
        with st.session() as s:
            assert s.scalar(select(RecordingRow.operator)) == "petrov"
    finally:
        st.close()


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    st = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with st.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError):
            with st.session() as s:
                s.add(FlagRow(analysis_id=999, position=0, rule="x", start=0.0, evidence="e"))
    finally:
        st.close()


def test_bad_urls_name_the_fix(tmp_path):
    with pytest.raises(StoreError, match="postgresql\\+psycopg"):
        open_store("postgresql://u@h/db")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_migrations_create_exactly_the_schema_of_the_models(tmp_path):
    """A model changed without a new migration would make old databases miss the change."""
    from alembic import command
    from alembic.util.exc import AutogenerateDiffsDetected

    from callqa.store import alembic_config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_store(url).close()
    try:
        command.check(alembic_config(url))
    except AutogenerateDiffsDetected as exc:  # pragma: no cover - the failure message is the point
        pytest.fail(f"models and migrations differ; add a migration in callqa/migrations/versions: {exc}")
