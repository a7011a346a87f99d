"""The statistical tests and intervals the reports rely on.

Kept apart from the aggregation so each figure can be checked on numbers where
the answer is known. Everything returns plain floats (never NaN): callers show
"too few calls to tell" instead of an undefined number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from scipy import stats as _st

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials; (0, 1) when n == 0.

    Wilson rather than the normal approximation because stall rates near 0
    or 1 on small samples are common and the normal interval leaves [0, 1].
    """
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def fisher_greater(k1: int, n1: int, k2: int, n2: int) -> float:
    """One-sided Fisher exact p-value that rate k1/n1 is higher than k2/n2."""
    if n1 <= 0 or n2 <= 0:
        return 1.0
    table = [[k1, n1 - k1], [k2, n2 - k2]]
    return float(_st.fisher_exact(table, alternative="greater").pvalue)


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """BH-adjusted p-values (q-values), in the input order."""
    m = len(pvalues)
    if m == 0:
        return []
    order = sorted(range(m), key=lambda i: pvalues[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        adjusted[i] = min(1.0, running)
    return adjusted


def fisher_min_p(n1: int, n2: int, events: int) -> float:
    """The smallest one-sided Fisher p-value these margins allow: all `events` in group 1.

    Fisher's test is discrete: with few events in total even the most extreme
    table cannot reach a small p-value (a stage nobody ever missed has 1.0).
    """
    if n1 <= 0 or n2 <= 0 or events <= 0:
        return 1.0
    top = min(events, n1)
    return float(_st.hypergeom.sf(top - 1, n1 + n2, events, n1))


def bh_discrete(pvalues: Sequence[float], min_pvalues: Sequence[float], alpha: float) -> list[float]:
    """Benjamini–Hochberg over the tests that could reach `alpha` at all.

    Tests whose smallest achievable p-value exceeds `alpha` cannot be
    discoveries, so they are left out of the count of tests (Tarone's screening
    for discrete tests, used with BH by Gilbert 2005); they get q = 1. Without
    it, every stage nobody ever skipped would dilute the one an operator
    always skips.
    """
    keep = [i for i, m in enumerate(min_pvalues) if m <= alpha]
    q = [1.0] * len(pvalues)
    for i, v in zip(keep, benjamini_hochberg([pvalues[i] for i in keep])):
        q[i] = v
    return q


@dataclass(frozen=True)
class Forecast:
    """The next period's expected value with a 95 % prediction interval."""

    value: float
    low: float
    high: float
    method: str  # "linear-trend" or "poisson-mean"
    periods_used: int


def forecast_next(counts: Sequence[float], *, window: int = 8) -> Forecast | None:
    """Forecast the period after the last of `counts` (oldest first).

    With four or more periods: an ordinary least-squares linear trend over the
    last `window` periods with its 95 % prediction interval (Student t), so a
    growing or shrinking team shows in the plan. With one to three periods a
    trend is noise, so the mean is used with a Poisson 95 % interval.
    Negative bounds are clipped at zero (counts cannot be negative).
    """
    ys = [float(c) for c in counts][-window:]
    n = len(ys)
    if n == 0:
        return None
    if n < 4:
        mean = sum(ys) / n
        low = float(_st.poisson.ppf(0.025, mean)) if mean > 0 else 0.0
        high = float(_st.poisson.ppf(0.975, mean)) if mean > 0 else 0.0
        return Forecast(mean, low, high, "poisson-mean", n)
    xs = list(range(n))
    xbar = sum(xs) / n
    ybar = sum(ys) / n
    sxx = sum((x - xbar) ** 2 for x in xs)
    slope = sum((x - xbar) * (y - ybar) for x, y in zip(xs, ys)) / sxx
    intercept = ybar - slope * xbar
    resid = [y - (intercept + slope * x) for x, y in zip(xs, ys)]
    s = math.sqrt(sum(r * r for r in resid) / (n - 2))
    x0 = n
    pred = intercept + slope * x0
    se = s * math.sqrt(1 + 1 / n + (x0 - xbar) ** 2 / sxx)
    t = float(_st.t.ppf(0.975, n - 2))
    return Forecast(max(0.0, pred), max(0.0, pred - t * se), max(0.0, pred + t * se), "linear-trend", n)


def safe_rate(k: float, n: float) -> float | None:
    """k / n, or None when n is zero (shown as "no calls", never NaN)."""
    return None if not n else k / n
