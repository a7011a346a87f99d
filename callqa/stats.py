"""Aggregates: stage funnels and weak stages, operator summaries, period KPIs.

The numbers mean exactly what DESIGN.md "Definitions" says. The input is a
`Facts` bundle (one compact row per call plus counted stage results, flags and
objections), built either from records in memory (`facts_from_analyses`, used
by tests and `callqa analyze`) or by grouped SQL queries (`callqa.stats_db`),
so 100 000 calls never become 100 000 Python objects with their stages.
Records live in `stats_records`, the operator part in `stats_operators`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from callqa.records import CallAnalysis, RecordingMeta
from callqa.stats_math import bh_discrete, fisher_greater, fisher_min_p, forecast_next, safe_rate, wilson
from callqa.stats_operators import operator_stats
from callqa.stats_records import (  # noqa: F401  (re-exported: callqa.stats is the public module)
    CRM_KINDS,
    DEFAULT_SUCCESS,
    KPI_OUTCOMES,
    PERIODS,
    SEGMENTS,
    CallRow,
    ClientStat,
    CrmEvent,
    Facts,
    Moment,
    MomentFinder,
    OperatorStat,
    Period,
    PeriodStat,
    ScriptKey,
    ScriptStat,
    StageCompare,
    StageStat,
    Stats,
    StatsOptions,
    TrainingItem,
    period_key,
)


# --------------------------------------------------------------------------- building facts
def facts_from_analyses(
    items: Iterable[tuple[CallAnalysis, RecordingMeta]],
    scripts: dict[str, object] | None = None,
    crm: Sequence[CrmEvent] = (),
    success_outcomes: Sequence[str] = DEFAULT_SUCCESS,
) -> Facts:
    """Facts from records in memory; `scripts` (id -> Script) adds titles and progress flags."""
    facts = Facts(calls=[], crm=list(crm))
    kept: list[tuple[CallAnalysis, RecordingMeta]] = []
    for a, meta in items:
        outcome = meta.outcome or a.crm_outcome or a.outcome
        row = CallRow(a.call_id, meta.operator, a.script_id, a.script_version, outcome, a.stalled_at,
                      a.furthest_stage, a.adherence, meta.started_at, meta.client_segment, meta.client_id)
        facts.calls.append(row)
        kept.append((a, meta))
        key = (a.script_id, a.script_version)
        facts.stage_order.setdefault(key, [s.id for s in a.stages])
        ok = outcome in success_outcomes
        for s in a.stages:
            facts.stage_counts[(a.script_id, a.script_version, meta.operator, s.id, s.status, ok)] += 1
        for f in a.flags:
            facts.flags[(meta.operator, f.rule)] += 1
        for o in a.objections:
            facts.objections[(a.script_id, a.script_version, o.stage, meta.operator, o.cls)] += 1
    for sid, script in (scripts or {}).items():
        key = (script.id, script.version)  # type: ignore[attr-defined]
        facts.stage_titles[key] = {s.id: s.title for s in script.stages}  # type: ignore[attr-defined]
        facts.progress_stages[key] = {s.id for s in script.stages if s.progress}  # type: ignore[attr-defined]
    facts.moments = _memory_moments(sorted(kept, key=lambda x: (x[1].started_at or datetime.min), reverse=True))
    return facts


def _memory_moments(items: list[tuple[CallAnalysis, RecordingMeta]]) -> MomentFinder:
    def find(script: str, version: int, stage: str, status: str, operator: str | None, limit: int) -> list[Moment]:
        out: list[Moment] = []
        for a, meta in items:
            if a.script_id != script or a.script_version != version:
                continue
            if operator is not None and meta.operator != operator:
                continue
            if status == "stalled":
                if a.stalled_at != stage:
                    continue
            elif not any(s.id == stage and s.status == status for s in a.stages):
                continue
            out.append(moment_in(a.call_id, a.stages, stage, status))
            if len(out) >= limit:
                break
        return out

    return find


def moment_in(call_id: str, stages: Sequence, stage: str, status: str) -> Moment:
    """Where to listen: the stage itself, or for a missed stage the next stage said instead."""
    ids = [s.id for s in stages]
    i = ids.index(stage) if stage in ids else 0
    if status != "missed" and i < len(stages) and stages[i].start is not None:
        return Moment(call_id, float(stages[i].start), stages[i].evidence)
    for s in stages[i + 1:]:
        if s.status in ("hit", "out_of_order") and s.start is not None:
            return Moment(call_id, float(s.start), s.evidence)
    return Moment(call_id, 0.0, None)


# --------------------------------------------------------------------------- scripts
def _script_stats(facts: Facts, opt: StatsOptions) -> list[ScriptStat]:
    per_script: dict[ScriptKey, list[CallRow]] = defaultdict(list)
    for c in facts.calls:
        per_script[(c.script_id, c.script_version)].append(c)
    # status counts per script stage, all operators
    status = Counter()
    for (sid, ver, _op, stage, st, _ok), n in facts.stage_counts.items():
        status[(sid, ver, stage, st)] += n
    out = []
    for key in sorted(set(per_script) | set(facts.stage_order)):
        calls = per_script.get(key, [])
        order = facts.stage_order.get(key, [])
        progress = facts.progress_stages.get(key) or _guess_progress(order, calls)
        titles = facts.stage_titles.get(key, {})
        stalled = Counter(c.stalled_at for c in calls if c.stalled_at)
        successes = sum(1 for c in calls if c.outcome in opt.success_outcomes)
        before_first = sum(1 for c in calls if not c.stalled_at and c.outcome not in opt.success_outcomes)
        rows = []
        for stage in order:
            hit = status[(*key, stage, "hit")]
            missed = status[(*key, stage, "missed")]
            ooo = status[(*key, stage, "out_of_order")]
            rows.append([stage, hit + missed + ooo, hit, missed, ooo, stalled.get(stage, 0)])
        stage_stats = _weak_stage_test(key, rows, progress, titles, facts, opt)
        out.append(ScriptStat(key[0], key[1], len(calls), successes, before_first, tuple(stage_stats)))
    return out


def _guess_progress(order: list[str], calls: list[CallRow]) -> set[str]:
    """Without the script file: stages up to the latest one any call had as its furthest stage
    (a farewell after it never marks progress, so it is left out of the test)."""
    furthest = {c.furthest_stage for c in calls if c.furthest_stage}
    last = max((i for i, s in enumerate(order) if s in furthest), default=len(order) - 1)
    return set(order[: last + 1])


def _weak_stage_test(key: ScriptKey, rows: list[list], progress: set[str], titles: dict[str, str],
                     facts: Facts, opt: StatsOptions) -> list[StageStat]:
    """Each progress stage's stall rate against the pooled rate of the script's other progress stages.

    One-sided Fisher exact test (is this stage worse?), Benjamini–Hochberg over
    the stages with enough calls. A call counts in every stage it reached, so
    the samples overlap; the pooled comparison is a screening test, which is
    why the report always shows the rate, n and q next to the verdict.
    """
    testable = [r for r in rows if r[0] in progress]
    total_reached = sum(r[1] for r in testable)
    total_stalled = sum(r[5] for r in testable)
    pvals: dict[str, float] = {}
    min_p: dict[str, float] = {}
    rest: dict[str, float | None] = {}
    for stage, reached, _h, _m, _o, stalled in testable:
        rn, rk = total_reached - reached, total_stalled - stalled
        rest[stage] = safe_rate(rk, rn)
        if reached >= opt.min_calls and rn >= opt.min_calls:
            pvals[stage] = fisher_greater(stalled, reached, rk, rn)
            min_p[stage] = fisher_min_p(reached, rn, total_stalled)
    qs = dict(zip(pvals, bh_discrete(list(pvals.values()), [min_p[s] for s in pvals], opt.alpha)))
    objections = Counter()
    for (sid, ver, stage, _op, cls), n in facts.objections.items():
        if (sid, ver) == key and stage is not None:
            objections[(stage, cls)] += n
    out = []
    for stage, reached, hit, missed, ooo, stalled in rows:
        is_progress = stage in progress
        rate = safe_rate(stalled, reached) if is_progress else None
        lo, hi = wilson(stalled, reached) if (is_progress and reached) else (None, None)
        if not is_progress:
            verdict = "not_applicable"
        elif stage not in pvals:
            verdict = "too_few"
        else:
            verdict = "weak" if qs[stage] <= opt.alpha and (rate or 0) > (rest[stage] or 0) else "fine"
        objs = tuple(sorted(((c, n) for (s, c), n in objections.items() if s == stage), key=lambda x: (-x[1], x[0])))
        examples: tuple[Moment, ...] = ()
        if verdict == "weak" and facts.moments is not None:
            examples = tuple(facts.moments(key[0], key[1], stage, "stalled", None, opt.examples))
        out.append(StageStat(stage, titles.get(stage, stage), is_progress, reached, hit, missed, ooo, stalled,
                             rate, lo, hi, rest.get(stage), pvals.get(stage), qs.get(stage), verdict, objs, examples))
    return out


# --------------------------------------------------------------------------- periods
def _period_rows(calls: Iterable[CallRow], crm: Iterable[CrmEvent], by: str, opt: StatsOptions) -> list[PeriodStat]:
    acc: dict[str, dict] = {}

    def slot(p: str) -> dict:
        got = acc.get(p)
        if got is None:
            got = acc[p] = {"calls": 0, "outcomes": Counter(), "seg": defaultdict(Counter), "crm": Counter()}
        return got

    for c in calls:
        if c.started_at is None:
            continue
        s = slot(period_key(c.started_at, by))
        s["calls"] += 1
        s["outcomes"][c.outcome] += 1
        seg = c.segment or "unknown"
        s["seg"][seg]["calls"] += 1
        s["seg"][seg][c.outcome] += 1
    for e in crm:
        s = slot(period_key(e.day, by))
        s["crm"][e.kind] += 1
        if e.amount is not None:
            s["crm"][f"{e.kind}_amount"] += e.amount
    out = []
    for p in sorted(acc):
        s = acc[p]
        succ = sum(s["outcomes"][o] for o in opt.success_outcomes)
        outcomes = {o: s["outcomes"].get(o, 0) for o in KPI_OUTCOMES} | dict(s["outcomes"])
        segs = {k: dict(v) for k, v in sorted(s["seg"].items())}
        crm_row = {k: s["crm"].get(k, 0) for k in ("meeting", "invoice", "payment", "invoice_amount", "payment_amount")}
        out.append(PeriodStat(p, s["calls"], outcomes, succ, safe_rate(succ, s["calls"]), segs, crm_row))
    return out


# --------------------------------------------------------------------------- entry point
def compute(facts: Facts, *, by: str = "week", options: StatsOptions | None = None) -> Stats:
    """Every aggregate the reports and `callqa stats` show."""
    if by not in PERIODS:
        raise ValueError(f"unknown period '{by}'; use day, week, month or quarter")
    opt = options or StatsOptions()
    periods = _period_rows(facts.calls, facts.crm, by, opt)
    per_op_calls: dict[str, list[CallRow]] = defaultdict(list)
    for c in facts.calls:
        per_op_calls[c.operator].append(c)
    per_op_crm: dict[str, list[CrmEvent]] = defaultdict(list)
    for e in facts.crm:
        per_op_crm[e.operator].append(e)
    op_periods = []
    for op in sorted(set(per_op_calls) | set(per_op_crm)):
        for row in _period_rows(per_op_calls[op], per_op_crm[op], by, opt):
            op_periods.append((op, row))
    complete, target = _complete_periods(periods, [c.started_at for c in facts.calls if c.started_at], by)
    forecast = {
        "calls": forecast_next([p.calls for p in complete]),
        "successes": forecast_next([p.successes for p in complete]),
        "sale": forecast_next([p.outcomes.get("sale", 0) for p in complete]),
    }
    return Stats(by, opt, len(facts.calls), tuple(_script_stats(facts, opt)), tuple(operator_stats(facts, opt, by)),
                 tuple(periods), tuple(op_periods), forecast, target)


def _complete_periods(periods: list[PeriodStat], days: list[datetime], by: str) -> tuple[list[PeriodStat], str | None]:
    """Periods to forecast from, and the period forecast.

    The latest period is usually still running (tonight's batch is mid-week),
    so it is left out when the data ends before the period does; the forecast
    is then for that running period, else for the next one.
    """
    if not periods or not days:
        return periods, None
    last = max(days).date()
    used = periods
    if period_key(last + timedelta(days=1), by) == periods[-1].period:
        used = periods[:-1]
        return used, periods[-1].period
    d = last
    while period_key(d, by) == periods[-1].period:
        d += timedelta(days=1)
    return used, period_key(d, by)
