"""The records of callqa.stats: its options, input facts and results, and the period keys.

Plain frozen dataclasses (Facts is mutable while it is being filled), so the
JSON/CSV export and the report templates read them without knowing how they
were computed.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Literal

from callqa.stats_math import Forecast

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
