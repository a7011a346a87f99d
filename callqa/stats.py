"""Aggregates: stage funnels and weak stages, operator summaries, period KPIs.

The numbers mean exactly what DESIGN.md "Definitions" says. The input is a
`Facts` bundle (one compact row per call plus counted stage results, flags and
objections), built either from records in memory (`facts_from_analyses`, used
by tests and `callqa analyze`) or by grouped SQL queries (`callqa.stats_db`),
so 100 000 calls never become 100 000 Python objects with their stages.
"""

from __future__ import annotations

import functools
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Iterable, Literal, Sequence

from callqa.records import CallAnalysis, RecordingMeta
from callqa.stats_math import Forecast, benjamini_hochberg, fisher_greater, forecast_next, safe_rate, wilson

Period = Literal["day", "week", "month", "quarter"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter")
SEGMENTS: tuple[str, ...] = ("cold", "warm", "hot")
DEFAULT_SUCCESS: tuple[str, ...] = ("sale", "meeting", "callback")
KPI_OUTCOMES: tuple[str, ...] = ("sale", "meeting", "callback", "refusal", "none")
CRM_KINDS: tuple[str, ...] = ("meeting", "invoice", "payment")
ScriptKey = tuple[str, int]


@dataclass(frozen=True)
class StatsOptions:
    """Thresholds of the tests; stored in the JSON so a verdict can be checked."""

    # below this many calls reaching a stage: "too few calls to tell". Fisher's test is exact, so
    # small samples give honest p-values; the floor keeps a handful of calls from being read as a
    # verdict. Operators are compared on fewer calls: a trainer sees a week at a time.
    min_calls: int = 10
    min_operator_calls: int = 5
    alpha: float = 0.05  # false discovery rate (Benjamini–Hochberg)
    training_items: int = 3
    examples: int = 3
    success_outcomes: tuple[str, ...] = DEFAULT_SUCCESS


# --------------------------------------------------------------------------- input
@dataclass(frozen=True)
class CallRow:
    """What the aggregates need of one analysed call (one database row)."""

    call_id: str
    operator: str
    script_id: str
    script_version: int
    outcome: str  # the CRM outcome when known, else the one detected in the call
    stalled_at: str | None = None
    furthest_stage: str | None = None
    adherence: float | None = None
    started_at: datetime | None = None
    segment: str | None = None
    client_id: str | None = None


@dataclass(frozen=True)
class CrmEvent:
    operator: str
    day: date
    kind: str  # meeting | invoice | payment
    amount: float | None = None
    call_id: str | None = None
    client_id: str | None = None


@dataclass(frozen=True)
class Moment:
    """A second in a call worth listening to."""

    call_id: str
    second: float
    evidence: str | None = None


# (script, version, stage, status, operator or None for everyone, limit) -> moments
MomentFinder = Callable[[str, int, str, str, "str | None", int], list[Moment]]


@dataclass
class Facts:
    calls: list[CallRow]
    # (script, version, operator, stage, status, success) -> calls
    stage_counts: Counter = field(default_factory=Counter)
    stage_order: dict[ScriptKey, list[str]] = field(default_factory=dict)
    stage_titles: dict[ScriptKey, dict[str, str]] = field(default_factory=dict)
    # stages that mark progress; a script missing here counts all its stages
    progress_stages: dict[ScriptKey, set[str]] = field(default_factory=dict)
    flags: Counter = field(default_factory=Counter)  # (operator, rule) -> n
    objections: Counter = field(default_factory=Counter)  # (script, version, stage|None, operator, class) -> n
    crm: list[CrmEvent] = field(default_factory=list)
    moments: MomentFinder | None = None


# --------------------------------------------------------------------------- output
@dataclass(frozen=True)
class StageStat:
    id: str
    title: str
    progress: bool
    reached: int
    hit: int
    missed: int
    out_of_order: int
    stalled: int
    stall_rate: float | None
    ci_low: float | None
    ci_high: float | None
    rest_rate: float | None  # stall rate of the script's other stages together
    p_value: float | None
    q_value: float | None  # Benjamini–Hochberg adjusted
    verdict: str  # weak | fine | too_few | not_applicable
    objections: tuple[tuple[str, int], ...] = ()
    examples: tuple[Moment, ...] = ()

    @property
    def weak(self) -> bool:
        return self.verdict == "weak"


@dataclass(frozen=True)
class ScriptStat:
    id: str
    version: int
    calls: int
    successes: int
    stalled_before_first: int  # unsuccessful calls that hit no progress stage
    stages: tuple[StageStat, ...]

    @property
    def weak_stages(self) -> tuple[StageStat, ...]:
        return tuple(s for s in self.stages if s.weak)


@dataclass(frozen=True)
class StageCompare:
    """One operator's rate of missing / reordering a stage against the rest of the team."""

    script_id: str
    script_version: int
    stage: str
    kind: str  # missed | out_of_order
    count: int
    reached: int
    rate: float | None
    team_rate: float | None
    p_value: float | None
    q_value: float | None
    worse: bool


@dataclass(frozen=True)
class TrainingItem:
    script_id: str
    script_version: int
    stage: str
    title: str
    missed: int
    out_of_order: int
    excess: float  # calls above the team's rate
    cost: float  # estimated successful calls lost
    significant: bool
    examples: tuple[Moment, ...] = ()


@dataclass(frozen=True)
class ClientStat:
    clients: int
    repeat_clients: int
    median_days_between: float | None
    not_called_back: int  # latest contact asked for a callback, no later call


@dataclass(frozen=True)
class OperatorStat:
    id: str
    calls: int
    successes: int
    conversion: float | None
    adherence: float | None
    missed: dict[str, int]
    out_of_order: dict[str, int]
    flags: dict[str, int]
    objections: dict[str, int]
    outcomes: dict[str, int]
    compare: tuple[StageCompare, ...]
    training: tuple[TrainingItem, ...]
    clients: ClientStat
    trend: tuple[tuple[str, int, float | None], ...] = ()  # (period, calls, adherence)

    @property
    def worse(self) -> tuple[StageCompare, ...]:
        return tuple(c for c in self.compare if c.worse)


@dataclass(frozen=True)
class PeriodStat:
    period: str
    calls: int
    outcomes: dict[str, int]
    successes: int
    conversion: float | None  # successful calls / calls
    by_segment: dict[str, dict[str, int]]
    crm: dict[str, float]  # meeting, invoice, payment counts; invoice_amount, payment_amount


@dataclass(frozen=True)
class Stats:
    by: str
    options: StatsOptions
    calls: int
    scripts: tuple[ScriptStat, ...]
    operators: tuple[OperatorStat, ...]
    periods: tuple[PeriodStat, ...]
    operator_periods: tuple[tuple[str, PeriodStat], ...]
    forecast: dict[str, Forecast | None]
    forecast_period: str | None = None


# --------------------------------------------------------------------------- periods
def period_key(when: date | datetime, by: str) -> str:
    return _period_of_day(when.date() if isinstance(when, datetime) else when, by)


@functools.lru_cache(maxsize=65536)
def _period_of_day(d: date, by: str) -> str:
    if by == "day":
        return d.isoformat()
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    if by == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    raise ValueError(f"unknown period '{by}'; use day, week, month or quarter")


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
    rest: dict[str, float | None] = {}
    for stage, reached, _h, _m, _o, stalled in testable:
        rn, rk = total_reached - reached, total_stalled - stalled
        rest[stage] = safe_rate(rk, rn)
        if reached >= opt.min_calls and rn >= opt.min_calls:
            pvals[stage] = fisher_greater(stalled, reached, rk, rn)
    qs = dict(zip(pvals, benjamini_hochberg(list(pvals.values()))))
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


# --------------------------------------------------------------------------- operators
def _operator_stats(facts: Facts, opt: StatsOptions, by: str) -> list[OperatorStat]:
    per_op: dict[str, list[CallRow]] = defaultdict(list)
    for c in facts.calls:
        per_op[c.operator].append(c)
    # (script, ver, stage) -> status -> [calls, successes]; team totals and per operator
    team: dict[tuple, Counter] = defaultdict(Counter)
    mine: dict[str, dict[tuple, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (sid, ver, op, stage, st, ok), n in facts.stage_counts.items():
        team[(sid, ver, stage)][st] += n
        team[(sid, ver, stage)][(st, "ok")] += n if ok else 0
        mine[op][(sid, ver, stage)][st] += n
    flags: dict[str, Counter] = defaultdict(Counter)
    for (op, rule), n in facts.flags.items():
        flags[op][rule] += n
    objections: dict[str, Counter] = defaultdict(Counter)
    for (_s, _v, _st, op, cls), n in facts.objections.items():
        objections[op][cls] += n
    out = []
    for op in sorted(per_op):
        calls = per_op[op]
        compare, training = _compare_operator(op, mine[op], team, facts, opt)
        adh = [c.adherence for c in calls if c.adherence is not None]
        successes = sum(1 for c in calls if c.outcome in opt.success_outcomes)
        missed, ooo = Counter(), Counter()
        for (_s, _v, stage), cnt in mine[op].items():
            if cnt["missed"]:
                missed[stage] += cnt["missed"]
            if cnt["out_of_order"]:
                ooo[stage] += cnt["out_of_order"]
        trend_rows: dict[str, list] = defaultdict(list)
        for c in calls:
            if c.started_at is not None:
                trend_rows[period_key(c.started_at, by)].append(c.adherence)
        trend = tuple((p, len(v), _mean([x for x in v if x is not None])) for p, v in sorted(trend_rows.items()))
        out.append(OperatorStat(
            op, len(calls), successes, safe_rate(successes, len(calls)), _mean(adh),
            dict(missed.most_common()), dict(ooo.most_common()), dict(flags[op].most_common()),
            dict(objections[op].most_common()), dict(Counter(c.outcome for c in calls).most_common()),
            tuple(compare), tuple(training), _client_stats(calls), trend))
    return out


def _compare_operator(op: str, mine: dict[tuple, Counter], team: dict[tuple, Counter], facts: Facts,
                      opt: StatsOptions) -> tuple[list[StageCompare], list[TrainingItem]]:
    tests: list[tuple] = []
    for key in sorted(mine):
        me = mine[key]
        reached = me["hit"] + me["missed"] + me["out_of_order"]
        all_ = team[key]
        team_reached = all_["hit"] + all_["missed"] + all_["out_of_order"]
        for kind in ("missed", "out_of_order"):
            k = me[kind]
            rk, rn = all_[kind] - k, team_reached - reached  # the rest of the team
            enough = reached >= opt.min_operator_calls and rn >= opt.min_operator_calls
            p = fisher_greater(k, reached, rk, rn) if enough else None
            tests.append((key, kind, k, reached, rk, rn, p))
    pvals = [t[6] for t in tests if t[6] is not None]
    qs = iter(benjamini_hochberg(pvals))
    compare = []
    for key, kind, k, n, rk, rn, p in tests:
        q = next(qs) if p is not None else None
        rate, team_rate = safe_rate(k, n), safe_rate(rk, rn)
        worse = q is not None and q <= opt.alpha and (rate or 0) > (team_rate or 0)
        if k or worse:
            compare.append(StageCompare(key[0], key[1], key[2], kind, k, n, rate, team_rate, p, q, worse))
    return compare, _training_plan(op, mine, team, compare, facts, opt)


def _training_plan(op: str, mine: dict[tuple, Counter], team: dict[tuple, Counter], compare: list[StageCompare],
                   facts: Facts, opt: StatsOptions) -> list[TrainingItem]:
    """Stages ranked by estimated successful calls lost.

    cost = Σ over missed / out-of-order: (operator's count − team rate × operator's
    calls reaching the stage, if positive) × (team success rate when the stage
    is hit − team success rate when it is missed / reordered, if positive).
    An association, not a proven effect; it orders what to train first.
    """
    significant = {(c.script_id, c.script_version, c.stage) for c in compare if c.worse}
    items = []
    for key, me in mine.items():
        reached = me["hit"] + me["missed"] + me["out_of_order"]
        all_ = team[key]
        team_reached = all_["hit"] + all_["missed"] + all_["out_of_order"]
        if not reached or not team_reached:
            continue
        hit_conv = safe_rate(all_[("hit", "ok")], all_["hit"]) or 0.0
        cost = excess_total = 0.0
        for kind in ("missed", "out_of_order"):
            excess = max(0.0, me[kind] - reached * all_[kind] / team_reached)
            conv = safe_rate(all_[(kind, "ok")], all_[kind])
            lift = max(0.0, hit_conv - conv) if conv is not None else 0.0
            cost += excess * lift
            excess_total += excess
        if cost <= 0:
            continue
        items.append((cost, key, me, excess_total))
    items.sort(key=lambda x: (-x[0], x[1]))
    out = []
    for cost, key, me, excess in items[: opt.training_items]:
        kind = "missed" if me["missed"] >= me["out_of_order"] else "out_of_order"
        examples = tuple(facts.moments(key[0], key[1], key[2], kind, op, opt.examples)) if facts.moments else ()
        title = facts.stage_titles.get((key[0], key[1]), {}).get(key[2], key[2])
        out.append(TrainingItem(key[0], key[1], key[2], title, me["missed"], me["out_of_order"], excess, cost,
                                key in significant, examples))
    return out


def _client_stats(calls: list[CallRow]) -> ClientStat:
    by_client: dict[str, list[CallRow]] = defaultdict(list)
    for c in calls:
        if c.client_id:
            by_client[c.client_id].append(c)
    gaps: list[float] = []
    not_back = 0
    for rows in by_client.values():
        dated = sorted((c for c in rows if c.started_at is not None), key=lambda c: c.started_at)
        for a, b in zip(dated, dated[1:]):
            gaps.append((b.started_at - a.started_at).total_seconds() / 86400)
        if dated and dated[-1].outcome == "callback":
            not_back += 1
    repeat = sum(1 for rows in by_client.values() if len(rows) > 1)
    return ClientStat(len(by_client), repeat, statistics.median(gaps) if gaps else None, not_back)


def _mean(xs: Sequence[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


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
    return Stats(by, opt, len(facts.calls), tuple(_script_stats(facts, opt)), tuple(_operator_stats(facts, opt, by)),
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
