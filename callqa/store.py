"""The database: SQLAlchemy 2 schema and the few queries the batch and the reports need.

Keys make re-runs idempotent: a recording is its content hash; a transcript is
(audio hash, model, decoding options); an analysis is (transcript, script id,
script version, alignment options). Every recording's result is written in
its own short transaction, so a run killed at any moment leaves either the
whole result or nothing, and the next run completes the rest.

SQLite (default, WAL, foreign keys on) and PostgreSQL (`postgresql+psycopg://…`)
share this schema; migrations live in `callqa/migrations` (Alembic) and are
applied by `open_store(url, migrate=True)`.

Reading the schema (for stats/reports): one row in `analyses` per (transcript,
script id, script version, align options). A recording can hold several
analyses (older script versions, other options); `current_analyses()` returns
the one per recording and script that reports should count: the highest
script version, newest first.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from callqa.errors import StoreError
from callqa.records import (
    AlignOptions,
    AsrOptions,
    CallAnalysis,
    Flag,
    Objection,
    Recording,
    RecordingMeta,
    StageResult,
    Transcript,
    Utterance,
    Word,
)

log = logging.getLogger("callqa")

DEFAULT_URL = "sqlite:///callqa.db"
# transcripts fed as JSON files carry no decoding options of ours
EXTERNAL_OPTIONS_KEY = "external"


from callqa.store_schema import (  # noqa: F401  (re-exported: stats and reports import them from here)
    CRM_EVENT_KINDS,
    AnalysisRow,
    Base,
    BatchLock,
    CrmEventRow,
    FailureRow,
    FlagRow,
    ObjectionRow,
    RecordingRow,
    RunRow,
    StageResultRow,
    TranscriptRow,
    _utcnow,
    crm_event_key,
)


# --------------------------------------------------------------------------- engine
def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # NORMAL in WAL mode still never corrupts on a crash; it may lose the last
    # commit on power loss only, which the next run redoes
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"folder {parent} does not exist; create it or change --db")
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        raise StoreError(f"use postgresql+psycopg://… (psycopg 3), not '{url.split('://')[0]}://'")
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ImportError, SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"cannot use database URL ({exc}); expected sqlite:///FILE or "
                         "postgresql+psycopg://USER@HOST/DB (pip install 'callqa[postgres]')") from exc


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}" if ":" in creds else url
    return url


# --------------------------------------------------------------------------- migrations
def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; a database made by an older callqa keeps its rows."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


# --------------------------------------------------------------------------- conversions
def _transcript_options_key(t: Transcript) -> str:
    return t.options.key() if t.options is not None else EXTERNAL_OPTIONS_KEY


def utterances_to_json(t: Transcript) -> list[dict[str, Any]]:
    return [
        {"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text,
         "words": [[w.start, w.end, w.text, w.probability] for w in u.words]}
        for u in t.utterances
    ]


def transcript_from_row(row: TranscriptRow) -> Transcript:
    utterances = tuple(
        Utterance(speaker=u["speaker"], start=u["start"], end=u["end"], text=u["text"],
                  words=tuple(Word(*w) for w in u.get("words", ())))
        for u in row.utterances
    )
    options = None
    if row.options:
        options = AsrOptions.from_stored(row.options)
    return Transcript(language=row.language, duration=row.duration, utterances=utterances,
                      model=row.model, options=options, source=row.recording.path if row.recording else None)


def meta_from_row(row: RecordingRow) -> RecordingMeta:
    return RecordingMeta(
        call_id=row.call_id, operator=row.operator, started_at=row.started_at, script=row.script,
        client_segment=row.client_segment, outcome=row.crm_outcome,  # type: ignore[arg-type]
        operator_channel=row.operator_channel, client_id=row.client_id, language=row.language,  # type: ignore[arg-type]
    )


def analysis_from_row(row: AnalysisRow) -> CallAnalysis:
    opts = dict(row.options or {})
    if "stage_overrides" in opts:
        opts["stage_overrides"] = tuple(tuple(x) for x in opts["stage_overrides"])
    if "rules_files" in opts:
        opts["rules_files"] = tuple(opts["rules_files"])
    return CallAnalysis(
        call_id=row.call_id, script_id=row.script_id, script_version=row.script_version,
        stages=tuple(StageResult(s.stage_id, s.status, s.score, s.start, s.end, s.evidence)  # type: ignore[arg-type]
                     for s in row.stages),
        furthest_stage=row.furthest_stage, stalled_at=row.stalled_at, outcome=row.outcome,
        crm_outcome=row.crm_outcome, adherence=row.adherence,
        objections=tuple(Objection(o.cls, o.start, o.evidence, o.stage) for o in row.objections),
        flags=tuple(Flag(f.rule, f.start, f.evidence, f.end, f.amount) for f in row.flags),
        options=AlignOptions(**{k: v for k, v in opts.items() if k in AlignOptions.__dataclass_fields__}),
        talk=tuple(sorted((row.talk or {}).items())),
    )


# --------------------------------------------------------------------------- the store
@dataclass(frozen=True)
class PendingAnalysis:
    transcript_id: int
    recording_id: int
    sha256: str
    path: str
    meta: RecordingMeta


class LockHeld(StoreError):
    """Another `callqa run` holds the database."""


class Store:
    """An open database: a session factory plus the queries the batch needs."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self.Session = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        with self.Session() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    # ----------------------------------------------------------------- runs
    def start_run(self, recordings_dir: str | None = None) -> int:
        with self.session() as s:
            run = RunRow(pid=os.getpid(), host=socket.gethostname(), recordings_dir=recordings_dir)
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, status: str, **counts: Any) -> None:
        with self.session() as s:
            s.execute(update(RunRow).where(RunRow.id == run_id)
                      .values(status=status, finished_at=_utcnow(), heartbeat=_utcnow(), **counts))

    def heartbeat(self, run_id: int) -> None:
        now = _utcnow()
        with self.session() as s:
            s.execute(update(RunRow).where(RunRow.id == run_id).values(heartbeat=now))
            s.execute(update(BatchLock).where(BatchLock.id == 1, BatchLock.run_id == run_id).values(heartbeat=now))

    # ----------------------------------------------------------------- lock
    def acquire_lock(self, run_id: int, stale_after: float = 300.0) -> int | None:
        """Take the batch lock for `run_id`; LockHeld if a live run has it.

        Returns the run id of a dead holder whose lock was taken over, else None.
        The holder is dead when it ran on this host and its pid is gone, or when
        its heartbeat is older than `stale_after` seconds (another host).
        """
        me_host, me_pid = socket.gethostname(), os.getpid()
        for _ in range(5):
            try:
                with self.session() as s:
                    s.add(BatchLock(id=1, run_id=run_id, pid=me_pid, host=me_host))
                self._reap_dead_runs(run_id, stale_after)
                return None
            except IntegrityError:
                pass
            with self.session() as s:
                held = s.get(BatchLock, 1)
                if held is None:
                    continue
                if not _holder_dead(held.host, held.pid, held.heartbeat, stale_after):
                    raise LockHeld(
                        f"another callqa run (run {held.run_id}, pid {held.pid} on {held.host}, started "
                        f"{held.acquired_at:%Y-%m-%d %H:%M:%S} UTC) is using this database; wait for it to "
                        "finish, or use another --db"
                    )
                dead_run, dead_pid, dead_host = held.run_id, held.pid, held.host
                # compare-and-swap: only one of several waiting runs wins the takeover
                res = s.execute(
                    update(BatchLock)
                    .where(BatchLock.id == 1, BatchLock.run_id == dead_run, BatchLock.pid == dead_pid)
                    .values(run_id=run_id, pid=me_pid, host=me_host, acquired_at=_utcnow(), heartbeat=_utcnow())
                    .execution_options(synchronize_session=False)
                )
                if res.rowcount == 1:
                    s.execute(update(RunRow).where(RunRow.id == dead_run, RunRow.status == "running")
                              .values(status="crashed", finished_at=_utcnow()))
                    log.warning("run %d (pid %d on %s) died without finishing; taking over its lock",
                                dead_run, dead_pid, dead_host)
            if res.rowcount == 1:
                self._reap_dead_runs(run_id, stale_after)
                return dead_run
        raise LockHeld("could not take the batch lock (another run keeps taking it); try again")

    def _reap_dead_runs(self, run_id: int, stale_after: float) -> None:
        """Mark runs killed before they even took the lock as crashed, so `runs` tells the truth."""
        with self.session() as s:
            for run in s.scalars(select(RunRow).where(RunRow.status == "running", RunRow.id != run_id)):
                if _holder_dead(run.host, run.pid, run.heartbeat, stale_after):
                    run.status, run.finished_at = "crashed", _utcnow()

    def release_lock(self, run_id: int) -> None:
        with self.session() as s:
            s.execute(delete(BatchLock).where(BatchLock.id == 1, BatchLock.run_id == run_id))

    # ----------------------------------------------------------------- recordings
    def upsert_recordings(self, recordings: Iterable[Recording], run_id: int | None) -> tuple[int, int]:
        """Insert new recordings, refresh path and metadata of known ones; returns (new, known)."""
        new = known = 0
        recs = list(recordings)
        with self.session() as s:
            existing = {
                r.sha256: r for r in s.scalars(
                    select(RecordingRow).where(RecordingRow.sha256.in_([r.sha256 for r in recs]))
                ) if recs
            } if recs else {}
            for rec in recs:
                values = _recording_values(rec)
                row = existing.get(rec.sha256)
                if row is None:
                    row = RecordingRow(sha256=rec.sha256, first_run_id=run_id, last_run_id=run_id, **values)
                    s.add(row)
                    existing[rec.sha256] = row
                    new += 1
                else:
                    for k, v in values.items():
                        if k == "language" and v is None:
                            continue  # learnt from the transcript; the folder does not know it
                        if getattr(row, k) != v:
                            setattr(row, k, v)
                    row.last_run_id = run_id
                    known += 1
        return new, known

    def recording_ids(self, shas: Iterable[str]) -> dict[str, int]:
        shas = list(shas)
        if not shas:
            return {}
        with self.session() as s:
            return dict(s.execute(select(RecordingRow.sha256, RecordingRow.id)
                                  .where(RecordingRow.sha256.in_(shas))).all())

    # ----------------------------------------------------------------- transcripts
    def transcribed_shas(self, model: str, options_key: str) -> set[str]:
        """Audio hashes that already have a transcript for (model, options)."""
        with self.session() as s:
            return set(s.scalars(select(TranscriptRow.audio_sha256).where(
                TranscriptRow.model == model, TranscriptRow.options_key == options_key)))

    def shas_with_any_transcript(self) -> set[str]:
        with self.session() as s:
            return set(s.scalars(select(TranscriptRow.audio_sha256)))

    def save_transcript(self, recording: Recording, transcript: Transcript, run_id: int | None) -> int:
        """Store one transcript (own transaction); a transcript already stored under its key is kept."""
        okey = _transcript_options_key(transcript)
        with self.session() as s:
            rec_id = s.scalar(select(RecordingRow.id).where(RecordingRow.sha256 == recording.sha256))
            if rec_id is None:
                row = RecordingRow(sha256=recording.sha256, first_run_id=run_id, last_run_id=run_id,
                                   **_recording_values(recording))
                s.add(row)
                s.flush()
                rec_id = row.id
            existing = s.scalar(select(TranscriptRow.id).where(
                TranscriptRow.audio_sha256 == recording.sha256, TranscriptRow.model == transcript.model,
                TranscriptRow.options_key == okey))
            if existing is not None:
                return existing
            row_t = TranscriptRow(
                recording_id=rec_id, audio_sha256=recording.sha256, model=transcript.model, options_key=okey,
                options=None if transcript.options is None else _json_safe(dataclasses.asdict(transcript.options)),
                language=transcript.language, duration=transcript.duration,
                utterances=utterances_to_json(transcript), run_id=run_id,
            )
            s.add(row_t)
            s.execute(update(RecordingRow).where(RecordingRow.id == rec_id).values(
                duration=transcript.duration,
                language=func.coalesce(RecordingRow.language, transcript.language)))
            s.execute(delete(FailureRow).where(FailureRow.sha256 == recording.sha256))
            s.flush()
            return row_t.id

    def transcripts_for_analysis(self, model: str, options_key: str) -> list[PendingAnalysis]:
        """The transcript each recording is analysed from: the one made with the current model
        and options when there is one (else its external or newest transcript)."""
        with self.session() as s:
            rows = s.execute(
                select(TranscriptRow.id, TranscriptRow.model, TranscriptRow.options_key, TranscriptRow.created_at,
                       TranscriptRow.language, RecordingRow)
                .join(RecordingRow, TranscriptRow.recording_id == RecordingRow.id)
            ).all()
        best: dict[int, tuple[tuple, PendingAnalysis]] = {}
        for tid, tmodel, tkey, created, tlang, rec in rows:
            rank = (tmodel == model and tkey == options_key, created, tid)
            meta = meta_from_row(rec)
            if meta.language is None:  # the transcript knows the language the folder did not tell
                meta = dataclasses.replace(meta, language=tlang)
            item = PendingAnalysis(tid, rec.id, rec.sha256, rec.path, meta)
            if rec.id not in best or rank > best[rec.id][0]:
                best[rec.id] = (rank, item)
        return [item for _, item in sorted(best.values(), key=lambda x: x[1].path)]

    def load_transcript(self, transcript_id: int) -> Transcript:
        with self.session() as s:
            row = s.get(TranscriptRow, transcript_id)
            if row is None:
                raise StoreError(f"transcript {transcript_id} not found")
            return transcript_from_row(row)

    # ----------------------------------------------------------------- analyses
    def analysed_keys(self) -> set[tuple[int, str, int, str]]:
        """(transcript id, script id, script version, options key) of every stored analysis."""
        with self.session() as s:
            return {tuple(r) for r in s.execute(select(  # type: ignore[misc]
                AnalysisRow.transcript_id, AnalysisRow.script_id, AnalysisRow.script_version,
                AnalysisRow.options_key)).all()}

    def save_analysis(self, transcript_id: int, analysis: CallAnalysis, run_id: int | None) -> int:
        """Store an analysis with its stage results, objections and flags in one transaction."""
        with self.session() as s:
            return self._add_analysis(s, transcript_id, analysis, run_id)[0]

    def save_analyses(self, items: Iterable[tuple[int, CallAnalysis]], run_id: int | None) -> int:
        """Several analyses in one transaction (bulk imports, benchmarks); returns how many were new."""
        n = 0
        with self.session() as s:
            for tid, a in items:
                n += self._add_analysis(s, tid, a, run_id)[1]
        return n

    def _add_analysis(self, s: Session, transcript_id: int, a: CallAnalysis, run_id: int | None) -> tuple[int, bool]:
        okey = a.options.key()
        # one round trip: the transcript's recording and, if stored already, the analysis under this key
        found = s.execute(
            select(TranscriptRow.recording_id, AnalysisRow.id)
            .outerjoin(AnalysisRow, (AnalysisRow.transcript_id == TranscriptRow.id)
                       & (AnalysisRow.script_id == a.script_id) & (AnalysisRow.script_version == a.script_version)
                       & (AnalysisRow.options_key == okey))
            .where(TranscriptRow.id == transcript_id)
        ).first()
        if found is None:
            raise StoreError(f"transcript {transcript_id} not found; cannot store its analysis")
        rec_id, existing = found
        if existing is not None:
            return existing, False
        # Core inserts (not ORM objects): the unit of work costs more than the SQL here, and a batch
        # of 10 000 calls is stored one transaction each
        aid = s.execute(insert(AnalysisRow.__table__).values(
            transcript_id=transcript_id, recording_id=rec_id, script_id=a.script_id,
            script_version=a.script_version, options_key=okey, options=_json_safe(dataclasses.asdict(a.options)),
            call_id=a.call_id, outcome=a.outcome, crm_outcome=a.crm_outcome, furthest_stage=a.furthest_stage,
            stalled_at=a.stalled_at, adherence=a.adherence, talk=dict(a.talk), run_id=run_id, created_at=_utcnow(),
        ).returning(AnalysisRow.__table__.c.id)).scalar_one()
        if a.stages:
            s.execute(insert(StageResultRow.__table__), [
                dict(analysis_id=aid, position=i, stage_id=st.id, status=st.status, score=st.score, start=st.start,
                     end=st.end, evidence=st.evidence) for i, st in enumerate(a.stages)])
        if a.objections:
            s.execute(insert(ObjectionRow.__table__), [
                dict(analysis_id=aid, position=i, cls=o.cls, start=o.start, evidence=o.evidence, stage=o.stage)
                for i, o in enumerate(a.objections)])
        if a.flags:
            s.execute(insert(FlagRow.__table__), [
                dict(analysis_id=aid, position=i, rule=f.rule, start=f.start, end=f.end, evidence=f.evidence,
                     amount=f.amount) for i, f in enumerate(a.flags)])
        return aid, True

    # ----------------------------------------------------------------- failures
    def failure_keys(self) -> set[tuple[str, str]]:
        with self.session() as s:
            return {(p, h) for p, h in s.execute(select(FailureRow.path, FailureRow.sha256)).all()}

    def failed_shas(self) -> set[str]:
        with self.session() as s:
            return {h for h in s.scalars(select(FailureRow.sha256)) if h}

    def record_failure(self, path: str, sha256: str, stage: str, error: str, run_id: int | None) -> None:
        with self.session() as s:
            row = s.scalar(select(FailureRow).where(FailureRow.path == path, FailureRow.sha256 == sha256))
            if row is None:
                s.add(FailureRow(path=path, sha256=sha256, stage=stage, error=error, run_id=run_id))
            else:
                row.stage, row.error, row.run_id = stage, error, run_id
                row.attempts += 1
                row.created_at = _utcnow()

    def clear_failure(self, path: str, sha256: str) -> None:
        with self.session() as s:
            s.execute(delete(FailureRow).where(FailureRow.path == path, FailureRow.sha256 == sha256))

    # ----------------------------------------------------------------- CRM
    def save_crm_events(self, events: Iterable[Mapping[str, Any]], source: str | None = None) -> tuple[int, int]:
        """Insert CRM events (dicts with operator, date, kind, amount, call_id, client_id);
        returns (inserted, already there). One transaction for the whole import."""
        inserted = dup = 0
        with self.session() as s:
            seen = set(s.scalars(select(CrmEventRow.natural_key)))
            for ev in events:
                fields = {k: ev.get(k) for k in ("operator", "date", "kind", "amount", "call_id", "client_id")}
                if fields["kind"] not in CRM_EVENT_KINDS:
                    raise StoreError(f"CRM event kind must be one of {', '.join(CRM_EVENT_KINDS)}, not {fields['kind']!r}")
                key = crm_event_key(**fields)
                if key in seen:
                    dup += 1
                    continue
                seen.add(key)
                s.add(CrmEventRow(natural_key=key, source=source, **fields))
                inserted += 1
        return inserted, dup

    # ----------------------------------------------------------------- reading
    def counts(self) -> dict[str, int]:
        tables = {"runs": RunRow, "recordings": RecordingRow, "transcripts": TranscriptRow,
                  "analyses": AnalysisRow, "stage_results": StageResultRow, "objections": ObjectionRow,
                  "flags": FlagRow, "failures": FailureRow, "crm_events": CrmEventRow}
        with self.session() as s:
            return {name: s.scalar(select(func.count()).select_from(t)) or 0 for name, t in tables.items()}

    def current_analyses(self, script_id: str | None = None) -> list[CallAnalysis]:
        """The analysis reports count: per recording and script, the highest script version (newest row)."""
        with self.session() as s:
            q = select(AnalysisRow).order_by(AnalysisRow.recording_id, AnalysisRow.script_id,
                                              AnalysisRow.script_version.desc(), AnalysisRow.id.desc())
            if script_id is not None:
                q = q.where(AnalysisRow.script_id == script_id)
            out: list[CallAnalysis] = []
            seen: set[tuple[int, str]] = set()
            for row in s.scalars(q):
                key = (row.recording_id, row.script_id)
                if key not in seen:
                    seen.add(key)
                    out.append(analysis_from_row(row))
            return out


def current_analysis_ids(session: Session, script_id: str | None = None) -> list[int]:
    """Ids of the analyses `Store.current_analyses` returns, for SQL joins in stats."""
    q = select(AnalysisRow.id, AnalysisRow.recording_id, AnalysisRow.script_id).order_by(
        AnalysisRow.recording_id, AnalysisRow.script_id, AnalysisRow.script_version.desc(), AnalysisRow.id.desc())
    if script_id is not None:
        q = q.where(AnalysisRow.script_id == script_id)
    seen: set[tuple[int, str]] = set()
    ids: list[int] = []
    for aid, rid, sid in session.execute(q):
        if (rid, sid) not in seen:
            seen.add((rid, sid))
            ids.append(aid)
    return ids


def _recording_values(rec: Recording) -> dict[str, Any]:
    m = rec.meta
    return dict(path=rec.path, size=rec.size, kind=rec.kind, call_id=rec.call_id, operator=m.operator,
                started_at=m.started_at.replace(tzinfo=None) if m.started_at and m.started_at.tzinfo is None
                else (m.started_at.astimezone(timezone.utc).replace(tzinfo=None) if m.started_at else None),
                script=m.script, client_segment=m.client_segment, crm_outcome=m.outcome,
                operator_channel=m.operator_channel, client_id=m.client_id, language=m.language)


def _json_safe(d: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(d))


def _holder_dead(host: str, pid: int, heartbeat: datetime, stale_after: float) -> bool:
    if (_utcnow() - heartbeat).total_seconds() > stale_after:
        return True
    if host == socket.gethostname():
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False


class Heartbeat:
    """Background thread that keeps the run's heartbeat fresh while long files transcribe."""

    def __init__(self, store: Store, run_id: int, every: float = 30.0):
        self._store, self._run_id, self._every = store, run_id, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="callqa-heartbeat", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                self._store.heartbeat(self._run_id)
            except SQLAlchemyError as exc:  # a busy database must not kill the batch
                log.debug("heartbeat failed: %s", exc)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def open_store(url: str = DEFAULT_URL, *, migrate: bool = True) -> Store:
    """Open (and by default migrate to the latest schema) the database at `url`."""
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {_redact(url)} ({exc.orig}); check the --db URL and that the "
                         "server is running") from exc
    return Store(engine, url)
