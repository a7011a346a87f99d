"""The `store_transcripts = "redacted"` policy, applied to what the store holds.

The batch stores raw transcripts and analyses them first: the rules need the
raw words (a personal phone number is the evidence of a personal-channel
flag), and a placeholder can hide a stage phrase. After the analysis stage it
calls `redact_stored`, which replaces PII in every transcript and every
evidence text not yet redacted. Each transcript (with its analyses) is one
transaction, so a crash or kill leaves rows either raw or redacted, never
half done, and the next run finishes the rest. Calls analysed again later
(a new script version) are analysed from the redacted text.
"""

from __future__ import annotations


from sqlalchemy import or_, select

from callqa.privacy import redact_text, redact_transcript
from callqa.store import Store, transcript_from_row, utterances_to_json
from callqa.store_schema import AnalysisRow, TranscriptRow


def _lang(language: str | None) -> str:
    return (language or "en").split("-")[0]


def _redact_analysis(row: AnalysisRow, lang: str) -> None:
    for st in row.stages:
        if st.evidence:
            st.evidence = redact_text(st.evidence, lang)[0]
    for ob in row.objections:
        ob.evidence = redact_text(ob.evidence, lang)[0]
    for fl in row.flags:
        fl.evidence = redact_text(fl.evidence, lang)[0]
    row.redacted = True


def redact_stored(store: Store) -> tuple[int, int]:
    """Redact every raw transcript and raw analysis in the store; returns (transcripts, analyses) changed."""
    with store.session() as s:
        todo = sorted(set(s.scalars(
            select(TranscriptRow.id)
            .outerjoin(AnalysisRow, AnalysisRow.transcript_id == TranscriptRow.id)
            .where(or_(TranscriptRow.redacted.is_(False), AnalysisRow.redacted.is_(False))))))
    n_t = n_a = 0
    for tid in todo:
        with store.session() as s:
            row = s.get(TranscriptRow, tid)
            if row is None:  # deleted since the query
                continue
            lang = _lang(row.language)
            if not row.redacted:
                t = transcript_from_row(row)
                row.utterances = utterances_to_json(redact_transcript(t))
                row.redacted = True
                n_t += 1
            for a in s.scalars(select(AnalysisRow).where(AnalysisRow.transcript_id == tid,
                                                         AnalysisRow.redacted.is_(False))):
                _redact_analysis(a, lang)
                n_a += 1
    return n_t, n_a


__all__ = ["redact_stored"]
