"""Calls for the call pages and excerpts: analysis, metadata and transcript, loaded in chunks."""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from callqa.records import CallAnalysis, RecordingMeta, Transcript

log = logging.getLogger("callqa")


@dataclass(frozen=True)
class CallData:
    call_id: str
    analysis: CallAnalysis
    meta: RecordingMeta
    path: str
    kind: str
    transcript: Transcript | None
    duration: float


def load_calls(store, call_ids: Sequence[str]) -> list[CallData]:
    """The counted analysis of each call id (see stats_db), with its recording and transcript."""
    from callqa.stats_db import StatsFilter, _current
    from callqa.store import AnalysisRow, TranscriptRow, analysis_from_row, meta_from_row, transcript_from_row

    if not call_ids:
        return []
    cur = _current(StatsFilter(), call_ids)
    out: list[CallData] = []
    with store.session() as s:
        rows = s.scalars(
            select(AnalysisRow).join(cur, cur.c.aid == AnalysisRow.id)
            .where(AnalysisRow.call_id.in_(list(call_ids)))
            .options(selectinload(AnalysisRow.stages), selectinload(AnalysisRow.flags),
                     selectinload(AnalysisRow.objections), joinedload(AnalysisRow.recording))
            .order_by(AnalysisRow.call_id, AnalysisRow.script_version.desc())
        ).all()
        tids = [r.transcript_id for r in rows]
        transcripts = {
            tr.id: transcript_from_row(tr) for tr in s.scalars(
                select(TranscriptRow).where(TranscriptRow.id.in_(tids)).options(joinedload(TranscriptRow.recording)))
        } if tids else {}
        seen: set[str] = set()
        for r in rows:
            if r.call_id in seen:
                continue
            seen.add(r.call_id)
            tr = transcripts.get(r.transcript_id)
            duration = (tr.duration if tr else None) or r.recording.duration or 0.0
            out.append(CallData(r.call_id, analysis_from_row(r), meta_from_row(r.recording), r.recording.path,
                                r.recording.kind, tr, float(duration)))
    return out


class Redactor:
    """Applies `callqa.privacy` when the bundle shows redacted text, and removes the names of
    operators who must not appear in this bundle (colleagues named in a call, or everyone for a
    script author), which the language tools cannot know are names."""

    def __init__(self, on: bool, scrub: Sequence[str] = ()):
        self.on = on
        names = sorted({n for n in scrub if len(n) >= 3 and n != "unknown"}, key=len, reverse=True)
        self._scrub = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.I) if names else None

    def _names(self, value: str) -> str:
        return self._scrub.sub("[NAME]", value) if self._scrub is not None else value

    def text(self, value: str | None, lang: str) -> str | None:
        if not value:
            return value
        if self.on:
            from callqa.privacy import redact_text

            value = redact_text(value, lang)[0]
        return self._names(value)

    def transcript(self, tr: Transcript) -> Transcript:
        if self.on:
            from callqa.privacy import redact_transcript

            tr = redact_transcript(tr)
        if self._scrub is None:
            return tr
        return dataclasses.replace(tr, utterances=tuple(
            dataclasses.replace(u, text=self._names(u.text)) for u in tr.utterances))


def redactor(always: bool, scrub: Sequence[str] = ()) -> Redactor:
    return Redactor(always, scrub)


def excerpt(tr: Transcript | None, second: float, redact: Redactor, *, before: float = 2.0, after: float = 30.0,
            max_lines: int = 4) -> list[dict]:
    """A few utterances from just before `second`, redacted as the bundle requires."""
    if tr is None:
        return []
    lines = []
    for u in tr.utterances:
        if u.end < second - before:
            continue
        if u.start > second + after or len(lines) >= max_lines:
            break
        lines.append({"speaker": u.speaker, "text": redact.text(u.text, tr.language)})
    if not lines:  # the call ended before that second: its last words
        lines = [{"speaker": u.speaker, "text": redact.text(u.text, tr.language)} for u in tr.utterances[-max_lines:]]
    return lines
