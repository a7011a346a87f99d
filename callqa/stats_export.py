"""`callqa stats` output: the JSON of spec/interfaces.md (plus fields) and a long CSV for BI tools."""

from __future__ import annotations

import csv
import dataclasses
import io
from typing import Any

from callqa.stats import Stats
from callqa.stats_math import Forecast

STATS_JSON_VERSION = 1


def _r(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(float(x), nd)


def _forecast(f: Forecast | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"value": _r(f.value, 2), "low": _r(f.low, 2), "high": _r(f.high, 2), "method": f.method,
            "periods_used": f.periods_used, "interval": 0.95}


def stats_to_dict(s: Stats) -> dict[str, Any]:
    return {
        "version": STATS_JSON_VERSION,
        "by": s.by,
        "calls": s.calls,
        "options": dataclasses.asdict(s.options),
        "scripts": [{
            "id": sc.id, "version": sc.version, "calls": sc.calls, "successes": sc.successes,
            "stalled_before_first_stage": sc.stalled_before_first,
            "stages": [{
                "id": st.id, "title": st.title, "progress": st.progress, "reached": st.reached, "hit": st.hit,
                "missed": st.missed, "out_of_order": st.out_of_order, "stalled": st.stalled,
                "stall_rate": _r(st.stall_rate), "ci95": [_r(st.ci_low), _r(st.ci_high)],
                "rest_stall_rate": _r(st.rest_rate), "weak": st.weak, "verdict": st.verdict,
                "p_value": _r(st.p_value, 6), "q_value": _r(st.q_value, 6),
                "objections": dict(st.objections),
                "examples": [{"call_id": m.call_id, "second": _r(m.second, 1)} for m in st.examples],
            } for st in sc.stages],
        } for sc in s.scripts],
        "operators": [{
            "id": op.id, "calls": op.calls, "adherence": _r(op.adherence), "successes": op.successes,
            "conversion": _r(op.conversion), "missed": op.missed, "out_of_order": op.out_of_order,
            "flags": op.flags, "objections": op.objections, "outcomes": op.outcomes,
            "worse_than_team": [{
                "script": c.script_id, "version": c.script_version, "stage": c.stage, "kind": c.kind,
                "count": c.count, "reached": c.reached, "rate": _r(c.rate), "team_rate": _r(c.team_rate),
                "p_value": _r(c.p_value, 6), "q_value": _r(c.q_value, 6),
            } for c in op.worse],
            "training_plan": [{
                "script": t.script_id, "version": t.script_version, "stage": t.stage, "missed": t.missed,
                "out_of_order": t.out_of_order, "excess_calls": _r(t.excess, 2),
                "estimated_successes_lost": _r(t.cost, 2), "significant": t.significant,
                "examples": [{"call_id": m.call_id, "second": _r(m.second, 1)} for m in t.examples],
            } for t in op.training],
            "clients": dataclasses.asdict(op.clients),
        } for op in s.operators],
        "periods": [_period(p) for p in s.periods],
        "operator_periods": [{"operator": op, **_period(p)} for op, p in s.operator_periods],
        "forecast": {"period": s.forecast_period, **{k: _forecast(v) for k, v in s.forecast.items()}},
    }


def _period(p) -> dict[str, Any]:
    return {"period": p.period, "calls": p.calls, **p.outcomes, "successes": p.successes,
            "conversion": _r(p.conversion), "by_segment": p.by_segment, "crm": p.crm}


CSV_COLUMNS = ("section", "script", "version", "operator", "period", "segment", "stage", "metric", "value")


def stats_to_csv(s: Stats) -> str:
    """Long ("tidy") CSV: one number per row, which BI tools pivot as they like."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)

    def row(section, metric, value, script="", version="", operator="", period="", segment="", stage=""):
        if value is None:
            return
        w.writerow((section, script, version, operator, period, segment, stage, metric,
                    round(value, 6) if isinstance(value, float) else value))

    for sc in s.scripts:
        row("script", "calls", sc.calls, sc.id, sc.version)
        for st in sc.stages:
            for m in ("reached", "hit", "missed", "out_of_order", "stalled", "stall_rate", "ci_low", "ci_high",
                      "p_value", "q_value"):
                row("stage", m, getattr(st, m), sc.id, sc.version, stage=st.id)
            row("stage", "weak", int(st.weak), sc.id, sc.version, stage=st.id)
    for op in s.operators:
        row("operator", "calls", op.calls, operator=op.id)
        row("operator", "adherence", op.adherence, operator=op.id)
        row("operator", "conversion", op.conversion, operator=op.id)
        for stage, n in op.missed.items():
            row("operator", "missed", n, operator=op.id, stage=stage)
        for stage, n in op.out_of_order.items():
            row("operator", "out_of_order", n, operator=op.id, stage=stage)
        for rule, n in op.flags.items():
            row("operator", f"flag:{rule}", n, operator=op.id)
    for section, items in (("period", [("", p) for p in s.periods]), ("operator_period", s.operator_periods)):
        for op, p in items:
            row(section, "calls", p.calls, operator=op, period=p.period)
            for o, n in p.outcomes.items():
                row(section, o, n, operator=op, period=p.period)
            row(section, "conversion", p.conversion, operator=op, period=p.period)
            for k, v in p.crm.items():
                row(section, f"crm_{k}", v, operator=op, period=p.period)
            for seg, counts in p.by_segment.items():
                for k, v in counts.items():
                    row(section, k, v, operator=op, period=p.period, segment=seg)
    return buf.getvalue()
