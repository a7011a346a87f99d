"""The database schema (SQLAlchemy 2 ORM), shared by the store, the migrations, stats and reports.

Keys that make re-runs idempotent: a recording is its content hash; a
transcript is (audio hash, model, decoding options); an analysis is
(transcript, script id, script version, alignment options). `callqa.store`
re-exports every name here; change this file only together with a new
migration in callqa/migrations/versions.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.sql import false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# --------------------------------------------------------------------------- schema
class RunRow(Base):
    """One `callqa run`: what it did and whether it finished."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|ok|failed|crashed|error
    pid: Mapped[int] = mapped_column(Integer)
    host: Mapped[str] = mapped_column(String(255))
    heartbeat: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)
    recordings_dir: Mapped[str | None] = mapped_column(Text)
    files_seen: Mapped[int] = mapped_column(Integer, default=0)
    files_new: Mapped[int] = mapped_column(Integer, default=0)
    files_skipped: Mapped[int] = mapped_column(Integer, default=0)
    files_failed: Mapped[int] = mapped_column(Integer, default=0)
    transcribed: Mapped[int] = mapped_column(Integer, default=0)
    analysed: Mapped[int] = mapped_column(Integer, default=0)
    audio_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text)


class BatchLock(Base):
    """At most one row (id 1): the run that holds the database.

    A compare-and-swap on this row (not a file lock) works the same on SQLite
    and PostgreSQL and across hosts; the holder's pid and heartbeat let a later
    run take over after a SIGKILL.
    """

    __tablename__ = "batch_lock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(Integer)
    pid: Mapped[int] = mapped_column(Integer)
    host: Mapped[str] = mapped_column(String(255))
    acquired_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)
    heartbeat: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)


class RecordingRow(Base):
    __tablename__ = "recordings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # audio|transcript
    call_id: Mapped[str] = mapped_column(String(255), index=True)
    operator: Mapped[str] = mapped_column(String(255), default="unknown", index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    script: Mapped[str | None] = mapped_column(String(255))
    client_segment: Mapped[str | None] = mapped_column(String(16))
    crm_outcome: Mapped[str | None] = mapped_column(String(64))
    operator_channel: Mapped[str] = mapped_column(String(8), default="left")
    client_id: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(16))
    duration: Mapped[float | None] = mapped_column(Float)
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    transcripts: Mapped[list[TranscriptRow]] = relationship(back_populates="recording")


class TranscriptRow(Base):
    __tablename__ = "transcripts"
    __table_args__ = (UniqueConstraint("audio_sha256", "model", "options_key", name="uq_transcript_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    audio_sha256: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(255))
    options_key: Mapped[str] = mapped_column(String(32))
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(16))
    duration: Mapped[float] = mapped_column(Float)
    utterances: Mapped[list[Any]] = mapped_column(JSON)
    # PII replaced by placeholders (setting store_transcripts = "redacted"); never turned back
    redacted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)
    recording: Mapped[RecordingRow] = relationship(back_populates="transcripts")


class AnalysisRow(Base):
    __tablename__ = "analyses"
    __table_args__ = (
        UniqueConstraint("transcript_id", "script_id", "script_version", "options_key", name="uq_analysis_key"),
        Index("ix_analyses_script", "script_id", "script_version"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    script_id: Mapped[str] = mapped_column(String(255))
    script_version: Mapped[int] = mapped_column(Integer)
    options_key: Mapped[str] = mapped_column(String(32))
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    call_id: Mapped[str] = mapped_column(String(255), index=True)
    outcome: Mapped[str] = mapped_column(String(64))
    crm_outcome: Mapped[str | None] = mapped_column(String(64))
    furthest_stage: Mapped[str | None] = mapped_column(String(255))
    stalled_at: Mapped[str | None] = mapped_column(String(255))
    adherence: Mapped[float | None] = mapped_column(Float)
    talk: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    redacted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # evidence texts
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)
    stages: Mapped[list[StageResultRow]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan", order_by="StageResultRow.position")
    objections: Mapped[list[ObjectionRow]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan", order_by="ObjectionRow.position")
    flags: Mapped[list[FlagRow]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan", order_by="FlagRow.position")
    recording: Mapped[RecordingRow] = relationship()


class StageResultRow(Base):
    __tablename__ = "stage_results"
    __table_args__ = (UniqueConstraint("analysis_id", "stage_id", name="uq_stage_result"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order of the stage in the script
    stage_id: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16))  # hit|missed|out_of_order|not_reached
    score: Mapped[float] = mapped_column(Float)
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[AnalysisRow] = relationship(back_populates="stages")


class ObjectionRow(Base):
    __tablename__ = "objections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    cls: Mapped[str] = mapped_column(String(255))
    start: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(255))
    analysis: Mapped[AnalysisRow] = relationship(back_populates="objections")


class FlagRow(Base):
    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(255), index=True)
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text)
    amount: Mapped[float | None] = mapped_column(Float)
    analysis: Mapped[AnalysisRow] = relationship(back_populates="flags")


class FailureRow(Base):
    """A file that could not be processed; retried when its content changes or with --retry-failed."""

    __tablename__ = "failures"
    __table_args__ = (UniqueConstraint("path", "sha256", name="uq_failure_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))  # "" when the file does not exist
    stage: Mapped[str] = mapped_column(String(32))  # discover|manifest|transcribe|analyze|script
    error: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)


class CrmEventRow(Base):
    """A CRM fact (meeting held, invoice, payment) joined to calls by call_id/client_id/operator.

    `natural_key` (see `crm_event_key`) makes re-importing the same export a no-op.
    """

    __tablename__ = "crm_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    natural_key: Mapped[str] = mapped_column(String(64), unique=True)
    operator: Mapped[str | None] = mapped_column(String(255), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # meeting|invoice|payment
    amount: Mapped[float | None] = mapped_column(Float)
    call_id: Mapped[str | None] = mapped_column(String(255), index=True)
    client_id: Mapped[str | None] = mapped_column(String(255), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=_utcnow)


CRM_EVENT_KINDS = ("meeting", "invoice", "payment")


def crm_event_key(*, operator: str | None, date: date, kind: str, amount: float | None,
                  call_id: str | None, client_id: str | None) -> str:
    """Hash of the fields that identify a CRM event (NULLs never collide in SQL UNIQUE, so hash them)."""
    parts = [operator or "", date.isoformat(), kind, "" if amount is None else f"{float(amount):.2f}",
             call_id or "", client_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
