"""Per-operator statistics: the operator against the rest of the team, training plan, clients."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from typing import Sequence

from callqa.stats_math import bh_discrete, fisher_greater, fisher_min_p, safe_rate
from callqa.stats_records import (
    CallRow,
    ClientStat,
    Facts,
    OperatorStat,
    StageCompare,
    StatsOptions,
    TrainingItem,
    period_key,
)


def operator_stats(facts: Facts, opt: StatsOptions, by: str) -> list[OperatorStat]:
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
    tested = [t for t in tests if t[6] is not None]
    qs = iter(bh_discrete([t[6] for t in tested], [fisher_min_p(t[3], t[5], t[2] + t[4]) for t in tested],
                          opt.alpha))
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
