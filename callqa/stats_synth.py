"""Synthetic analysed calls with known properties, for tests and the report benchmark.

`plan_call` builds one CallAnalysis that follows the DESIGN.md definitions
exactly (statuses, furthest stage, stalled-at, adherence), so statistics
tests can plant an effect and check that it is found. `bulk_insert` writes
many of them with Core executemany (the ORM path is for the batch, one call
at a time).
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from callqa.records import CallAnalysis, Flag, Objection, RecordingMeta, StageResult

STAGES = ("greeting", "needs", "presentation", "price", "closing", "farewell")
PROGRESS = ("greeting", "needs", "presentation", "price", "closing")
REQUIRED = PROGRESS


def plan_call(call_id: str, *, stop: str | None, success: bool, missed: Sequence[str] = (),
              out_of_order: Sequence[str] = (), script: str = "synth", version: int = 1,
              stages: Sequence[str] = STAGES, progress: Sequence[str] = PROGRESS, outcome: str | None = None,
              objections: Sequence[tuple[str, str]] = (), flags: Sequence[str] = (), step: float = 10.0
              ) -> CallAnalysis:
    """One call. `stop`: the furthest progress stage the call reached (None: none); a successful
    call goes through every stage. Missed stages must lie before `stop`."""
    last = len(stages) - 1 if success else (stages.index(stop) if stop else -1)
    results = []
    t = 1.0
    for i, sid in enumerate(stages):
        if i > last and sid in progress:
            results.append(StageResult(sid, "not_reached", 20.0))
            continue
        if sid in missed:
            results.append(StageResult(sid, "missed", 35.0))
            continue
        status = "out_of_order" if sid in out_of_order else "hit"
        results.append(StageResult(sid, status, 88.0, t, t + 3.0, f"{sid} words"))
        t += step
    hit_stages = [r.id for r in results if r.status in ("hit", "out_of_order") and r.id in progress]
    furthest = hit_stages[-1] if hit_stages else None
    required_due = [r for r in results if r.id in REQUIRED and r.status != "not_reached"]
    adherence = (sum(1 for r in required_due if r.status != "missed") / len(required_due)) if required_due else None
    out = outcome or ("sale" if success else "refusal")
    objs = tuple(Objection(cls, t + 1.0, f"{cls}!", stage) for cls, stage in objections)
    fl = tuple(Flag(rule, 5.0, "said it") for rule in flags)
    return CallAnalysis(call_id, script, version, tuple(results), furthest, None if success else furthest,
                        out, None, adherence, objs, fl)


def synthetic_calls(n: int, operators: int = 200, *, seed: int = 7, start: datetime = datetime(2026, 9, 1),
                    days: int = 90, weak_stage: str = "price", skipper: str = "op000",
                    skipped_stage: str = "needs") -> list[tuple[CallAnalysis, RecordingMeta]]:
    """n calls over `days` days: `weak_stage` stalls three times as often as the others,
    operator `skipper` misses `skipped_stage` in half their calls."""
    rng = random.Random(seed)
    out = []
    segments = ("cold", "warm", "hot")
    for i in range(n):
        op = f"op{rng.randrange(operators):03d}"
        # each progress stage loses a share of the calls that reach it; the planted weak stage
        # loses three times as many; skipping a stage halves the chance to close at the end
        stop = None
        missed = []
        for k, sid in enumerate(PROGRESS):
            if k and rng.random() < (0.5 if (op == skipper and sid == skipped_stage) else 0.04):
                missed.append(sid)
            p = 0.30 if sid == weak_stage else 0.10
            if sid == PROGRESS[-1]:
                p = 0.10 if not missed else 0.30
            if rng.random() < p:
                stop = sid
                break
        success = stop is None
        if stop is not None:
            missed = [m for m in missed if m != stop]
        outcome = rng.choice(("sale", "meeting", "callback")) if success else rng.choice(("refusal", "none"))
        objs = [("price", stop)] if stop == weak_stage and rng.random() < 0.6 else []
        flags = ["personal_channel"] if rng.random() < 0.01 else []
        a = plan_call(f"c{i:06d}", stop=stop, success=success, missed=missed, outcome=outcome,
                      objections=objs, flags=flags)
        meta = RecordingMeta(call_id=a.call_id, operator=op,
                             started_at=start + timedelta(days=rng.randrange(days), seconds=rng.randrange(36000)),
                             script="synth", client_segment=rng.choice(segments),
                             outcome=None, client_id=f"cl{rng.randrange(max(1, n // 3)):06d}")
        out.append((a, meta))
    return out


def bulk_insert(store, items: Iterable[tuple[CallAnalysis, RecordingMeta]], *, chunk: int = 5000) -> int:
    """Recordings, one tiny transcript each and analyses with their children, by executemany."""
    from sqlalchemy import func, insert, select

    from callqa.store import AnalysisRow, FlagRow, ObjectionRow, RecordingRow, StageResultRow, TranscriptRow

    items = list(items)
    with store.session() as s:
        base = (s.scalar(select(func.max(RecordingRow.id))) or 0) + 1
        tbase = (s.scalar(select(func.max(TranscriptRow.id))) or 0) + 1
        abase = (s.scalar(select(func.max(AnalysisRow.id))) or 0) + 1
    for off in range(0, len(items), chunk):
        part = items[off:off + chunk]
        recs, trs, ans, sts, objs, fls = [], [], [], [], [], []
        for j, (a, m) in enumerate(part):
            rid, tid, aid = base + off + j, tbase + off + j, abase + off + j
            sha = hashlib.sha256(f"{a.call_id}-{rid}".encode()).hexdigest()
            recs.append(dict(id=rid, sha256=sha, path=f"recordings/{a.call_id}.wav", size=1, kind="audio",
                             call_id=a.call_id, operator=m.operator, started_at=m.started_at, script=a.script_id,
                             client_segment=m.client_segment, crm_outcome=m.outcome, operator_channel="left",
                             client_id=m.client_id, language="en", duration=60.0))
            utt = [{"speaker": "operator" if k % 2 == 0 else "client", "start": st.start, "end": st.end,
                    "text": st.evidence, "words": []}
                   for k, st in enumerate(a.stages) if st.start is not None]
            trs.append(dict(id=tid, recording_id=rid, audio_sha256=sha, model="synthetic", options_key="external",
                            options=None, language="en", duration=60.0, utterances=utt))
            ans.append(dict(id=aid, transcript_id=tid, recording_id=rid, script_id=a.script_id,
                            script_version=a.script_version, options_key=a.options.key(), options=None,
                            call_id=a.call_id, outcome=a.outcome, crm_outcome=a.crm_outcome,
                            furthest_stage=a.furthest_stage, stalled_at=a.stalled_at, adherence=a.adherence,
                            talk={}))
            sts += [dict(analysis_id=aid, position=k, stage_id=st.id, status=st.status, score=st.score,
                         start=st.start, end=st.end, evidence=st.evidence) for k, st in enumerate(a.stages)]
            objs += [dict(analysis_id=aid, position=k, cls=o.cls, start=o.start, evidence=o.evidence, stage=o.stage)
                     for k, o in enumerate(a.objections)]
            fls += [dict(analysis_id=aid, position=k, rule=f.rule, start=f.start, end=f.end, evidence=f.evidence,
                         amount=f.amount) for k, f in enumerate(a.flags)]
        with store.session() as s:
            for table, rows in ((RecordingRow, recs), (TranscriptRow, trs), (AnalysisRow, ans),
                                (StageResultRow, sts), (ObjectionRow, objs), (FlagRow, fls)):
                if rows:
                    s.execute(insert(table), rows)
    return len(items)


def save_call(store, analysis: CallAnalysis, meta: RecordingMeta, transcript, path: str, *, kind: str = "audio") -> int:
    """One call through the store's own API (recording, transcript, analysis), as the batch writes it."""
    from callqa.records import Recording

    sha = hashlib.sha256(f"{analysis.call_id}|{path}".encode()).hexdigest()
    rec = Recording(path=path, sha256=sha, size=1, kind=kind, meta=meta)  # type: ignore[arg-type]
    store.upsert_recordings([rec], None)
    tid = store.save_transcript(rec, transcript, None)
    return store.save_analysis(tid, analysis, None)
