"""Statistics on hand-built analyses where the right answer is known."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

import pytest

from callqa.cli import main
from callqa.records import RecordingMeta
from callqa.stats import compute, facts_from_analyses, period_key
from callqa.stats_db import StatsFilter, facts_from_store
from callqa.stats_export import stats_to_csv, stats_to_dict
from callqa.stats_math import benjamini_hochberg, fisher_greater, forecast_next, wilson
from callqa.stats_synth import PROGRESS, bulk_insert, plan_call, synthetic_calls
from callqa.store import open_store
from pg import pg_server, pg_url  # noqa: F401  (pytest fixtures)

T0 = datetime(2026, 11, 2, 9)


def _calls(stalls: dict[str, int], successes: int, *, operator: str = "op", prefix: str = "c",
           missed: dict[str, int] | None = None):
    """Calls stalling `stalls[stage]` times at each stage, then `successes` successful ones."""
    items = []
    i = 0
    for stage, n in stalls.items():
        for _ in range(n):
            items.append((stage, False))
    items += [(None, True)] * successes
    out = []
    miss_left = dict(missed or {})
    for stop, ok in items:
        reach = PROGRESS.index(stop) if stop else len(PROGRESS)
        skip = [s for s in PROGRESS[1:reach] if miss_left.get(s, 0) > 0][:1]
        for s in skip:
            miss_left[s] -= 1
        a = plan_call(f"{prefix}{i}", stop=stop, success=ok, missed=skip)
        out.append((a, RecordingMeta(call_id=a.call_id, operator=operator, started_at=T0 + timedelta(hours=i))))
        i += 1
    return out


def _stage(stats, sid):
    return next(s for s in stats.scripts[0].stages if s.id == sid)


def test_wilson_and_bh_and_fisher_known_values():
    lo, hi = wilson(10, 100)
    assert lo == pytest.approx(0.0552, abs=1e-3) and hi == pytest.approx(0.1744, abs=1e-3)
    assert wilson(0, 0) == (0.0, 1.0)
    # BH on the textbook example: sorted p * m / rank, made monotone
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.0533333, 0.0533333, 0.5])
    assert fisher_greater(30, 100, 10, 100) < 0.001
    assert fisher_greater(10, 100, 30, 100) > 0.99


def test_planted_high_stall_rate_is_flagged():
    # 10 % stall at every stage, 40 % at price
    facts = facts_from_analyses(_calls({"greeting": 60, "needs": 54, "presentation": 49, "price": 175, "closing": 26},
                                       236))
    stats = compute(facts)
    price = _stage(stats, "price")
    assert price.verdict == "weak" and price.weak
    assert price.q_value < 0.001 and price.stall_rate == pytest.approx(175 / 437)
    assert price.ci_low < price.stall_rate < price.ci_high
    assert [s.id for s in stats.scripts[0].weak_stages] == ["price"]
    assert _stage(stats, "farewell").verdict == "not_applicable"  # never a furthest stage: not progress
    assert len(price.examples) == 3 and all(m.second > 0 for m in price.examples)


def test_same_rate_on_too_few_calls_is_not_flagged():
    few = compute(facts_from_analyses(_calls({"price": 3}, 4)))
    price = _stage(few, "price")
    assert price.stall_rate == pytest.approx(3 / 7) and price.reached < few.options.min_calls
    assert price.verdict == "too_few" and price.p_value is None
    assert not few.scripts[0].weak_stages
    # the same proportions on six times the calls are enough
    many = compute(facts_from_analyses(_calls({"price": 18}, 24)))
    assert _stage(many, "price").stall_rate == pytest.approx(3 / 7) and _stage(many, "price").verdict == "weak"


def test_nothing_flagged_when_all_stages_stall_equally():
    n, stalls = 1000, {}
    for sid in PROGRESS:
        stalls[sid] = round(n * 0.1)
        n -= stalls[sid]
    stats = compute(facts_from_analyses(_calls(stalls, n)))
    rates = [s.stall_rate for s in stats.scripts[0].stages if s.progress]
    assert max(rates) - min(rates) < 0.005
    assert all(s.verdict == "fine" for s in stats.scripts[0].stages if s.progress)


def test_operator_missing_a_stage_is_flagged_with_a_training_plan():
    team = []
    for k, op in enumerate(("anna", "boris", "vera")):
        team += _calls({"price": 20, "closing": 10}, 30, operator=op, prefix=f"{op}-")
    # the skipper misses "needs" in 30 of 40 calls; those calls fail at price
    skipper = _calls({"price": 30}, 10, operator="skipper", prefix="sk-", missed={"needs": 30})
    stats = compute(facts_from_analyses(team + skipper))
    sk = next(o for o in stats.operators if o.id == "skipper")
    assert [(c.stage, c.kind) for c in sk.worse] == [("needs", "missed")]
    assert sk.missed == {"needs": 30}
    assert sk.training and sk.training[0].stage == "needs" and sk.training[0].cost > 0
    ex = sk.training[0].examples
    assert ex and all(m.call_id.startswith("sk-") for m in ex)
    # a missed stage is heard where the operator jumped ahead: the next stage's time
    assert all(m.second > 1.0 for m in ex)
    anna = next(o for o in stats.operators if o.id == "anna")
    assert not anna.worse and not anna.training


def test_operator_with_one_call_and_empty_input():
    stats = compute(facts_from_analyses(_calls({"price": 1}, 0, operator="solo")))
    solo = stats.operators[0]
    assert solo.calls == 1 and not solo.worse and solo.conversion == 0.0
    empty = compute(facts_from_analyses([]))
    d = stats_to_dict(empty)
    assert d["calls"] == 0 and d["scripts"] == [] and d["operators"] == [] and d["periods"] == []
    assert "NaN" not in json.dumps(d)


def test_periods_and_forecast():
    assert period_key(datetime(2026, 11, 29), "week") == "2026-W48"
    assert period_key(datetime(2027, 1, 1), "week") == "2026-W53"
    assert period_key(datetime(2026, 11, 29), "quarter") == "2026-Q4"
    assert period_key(datetime(2026, 2, 3), "month") == "2026-02"
    f = forecast_next([10, 12, 14, 16, 18])
    assert f.method == "linear-trend" and f.value == pytest.approx(20) and f.low == pytest.approx(20)
    f = forecast_next([10, 12])
    assert f.method == "poisson-mean" and f.low < 11 < f.high
    assert forecast_next([]) is None


def test_running_period_is_forecast_not_used():
    items = []
    for d in range(30):  # 2026-11-02 (Mon) .. 2026-12-01 (Tue): the last week has 2 days of data
        for k in range(d + 1):
            a = plan_call(f"d{d}-{k}", stop=None, success=True)
            items.append((a, RecordingMeta(call_id=a.call_id, operator="x", started_at=T0 + timedelta(days=d),
                                           client_segment="warm")))
    stats = compute(facts_from_analyses(items), by="week")
    assert stats.periods[-1].period == "2026-W49" and stats.forecast_period == "2026-W49"
    assert stats.forecast["calls"].periods_used == 4  # W45..W48, not the running W49
    assert stats.periods[0].by_segment["warm"]["calls"] == stats.periods[0].calls


@pytest.mark.slow
def test_database_path_matches_memory_path(tmp_path):
    items = synthetic_calls(900, operators=8, seed=3)
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    bulk_insert(store, items)
    mem = stats_to_dict(compute(facts_from_analyses(items), by="month"))
    db = stats_to_dict(compute(facts_from_store(store), by="month"))
    assert db["scripts"] == mem["scripts"]
    assert db["operators"] == mem["operators"]
    assert db["periods"] == mem["periods"]
    weak = [s["id"] for s in db["scripts"][0]["stages"] if s["weak"]]
    assert "price" in weak
    flt = facts_from_store(store, StatsFilter(operators=("op000",), until=datetime(2026, 9, 30).date()))
    assert flt.calls and all(c.operator == "op000" and c.started_at < datetime(2026, 10, 1) for c in flt.calls)
    store.close()


def test_stats_cli_json_csv_and_errors(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    store = open_store(url)
    bulk_insert(store, synthetic_calls(400, operators=5, seed=1))
    store.close()
    with pytest.raises(SystemExit) as e:
        main(["stats", "--json", "--db", url, "--by", "month"])
    assert e.value.code == 0
    d = json.loads(capsys.readouterr().out)
    sc = d["scripts"][0]
    assert {"id", "version", "calls", "stages"} <= set(sc)
    assert {"id", "reached", "stalled", "stall_rate", "weak", "p_value"} <= set(sc["stages"][0])
    assert {"id", "calls", "adherence", "missed", "out_of_order", "flags"} <= set(d["operators"][0])
    assert {"period", "calls", "sale", "meeting", "callback"} <= set(d["periods"][0])
    assert sum(p["calls"] for p in d["periods"]) == 400
    with pytest.raises(SystemExit):
        main(["stats", "--csv", "--db", url, "--operator", "op001"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["operator"] for r in rows if r["section"] == "operator"} == {"op001"}
    with pytest.raises(SystemExit) as e:
        main(["stats", "--db", url, "--since", "yesterday"])
    assert e.value.code == 1
    assert "--since 'yesterday' is not a date" in capsys.readouterr().err


def test_stats_on_empty_database(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    with pytest.raises(SystemExit) as e:
        main(["stats", "--db", url])
    assert e.value.code == 0
    assert "No analysed calls" in capsys.readouterr().out


def test_export_csv_is_long_format():
    stats = compute(facts_from_analyses(_calls({"price": 5}, 5)))
    rows = list(csv.reader(io.StringIO(stats_to_csv(stats))))
    assert rows[0] == ["section", "script", "version", "operator", "period", "segment", "stage", "metric", "value"]
    assert ["stage", "synth", "1", "", "", "", "price", "stalled", "5"] in rows


@pytest.mark.slow
def test_postgresql_matches_sqlite(tmp_path, pg_url):
    items = synthetic_calls(600, operators=6, seed=5)
    lite = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    pg = open_store(pg_url)
    for s in (lite, pg):
        bulk_insert(s, items)
    a = stats_to_dict(compute(facts_from_store(lite)))
    b = stats_to_dict(compute(facts_from_store(pg)))
    lite.close()
    pg.close()
    assert a == b



def test_only_the_newest_analysis_of_a_recording_counts(tmp_path):
    from callqa.records import Transcript, Utterance
    from callqa.stats_synth import save_call

    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    tr = Transcript("en", 30.0, (Utterance("operator", 1.0, 2.0, "hi"),))
    for i in range(3):
        meta = RecordingMeta(call_id=f"r{i}", operator="o", started_at=T0)
        save_call(store, plan_call(f"r{i}", stop="price", success=False, version=1), meta, tr, f"r{i}.wav")
        if i < 2:  # re-analysed against version 2 of the script
            save_call(store, plan_call(f"r{i}", stop=None, success=True, version=2), meta, tr, f"r{i}.wav")
    stats = compute(facts_from_store(store))
    by_version = {s.version: s.calls for s in stats.scripts}
    assert by_version == {1: 1, 2: 2} and stats.calls == 3
    store.close()


def test_bh_leaves_out_tests_that_cannot_reach_significance():
    from callqa.stats_math import bh_discrete, fisher_min_p

    # 4 of 5 calls skip a stage nobody else skips: significant on its own
    assert fisher_min_p(5, 10, 4) == pytest.approx(11 / 3003)
    assert fisher_min_p(5, 10, 0) == 1.0
    # with 13 impossible tests in the family plain BH would lose it; the discrete screening keeps it
    p, others = 11 / 3003, [1.0] * 13
    assert benjamini_hochberg([p] + others)[0] > 0.05
    q = bh_discrete([p] + others, [p] + [fisher_min_p(5, 10, 1)] * 13, 0.05)
    assert q[0] == pytest.approx(p) and q[1:] == [1.0] * 13


def test_operator_always_skipping_a_stage_on_five_calls_is_flagged():
    team = []
    for op in ("a", "b"):
        team += _calls({"price": 3}, 2, operator=op, prefix=f"{op}-")
    skipper = _calls({"price": 3}, 2, operator="s", prefix="s-", missed={"needs": 4})
    stats = compute(facts_from_analyses(team + skipper))
    s = next(o for o in stats.operators if o.id == "s")
    assert [(c.stage, c.count, c.reached) for c in s.worse] == [("needs", 4, 5)]
