"""`callqa stats`: aggregates from the database as text, JSON or CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from callqa.cli import app
from callqa.cli.common import ConfigOpt, DbOpt, Opt, QuietOpt, VerboseOpt, settings, setup_logging
from callqa.errors import CallqaError


@app.command()
def stats(
    as_json: bool = Opt(False, "--json", "-j", help="JSON as in spec/interfaces.md."),
    as_csv: bool = Opt(False, "--csv", help="Long CSV (section, script, version, operator, period, segment, stage, metric, value) for BI tools."),
    script: Optional[str] = Opt(None, "--script", "-s", help="Only this script id (or id@version)."),
    since: Optional[str] = Opt(None, "--since", help="First day (YYYY-MM-DD), inclusive."),
    until: Optional[str] = Opt(None, "--until", help="Last day (YYYY-MM-DD), inclusive."),
    by: str = Opt("week", "--by", "-b", help="Period: day, week, month or quarter."),
    operator: Optional[List[str]] = Opt(None, "--operator", "-o", help="Only these operators (repeat the option)."),
    min_calls: int = Opt(10, "--min-calls", help="Below this many calls reaching a stage: 'too few calls to tell'."),
    min_operator_calls: int = Opt(5, "--min-operator-calls", help="The same for an operator's stage against the team."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Stage funnels and weak stages, operators against the team, KPIs by period.

    Example: callqa stats --json --by month --since 2026-10-01
    """
    from callqa.stats import PERIODS, StatsOptions, compute
    from callqa.stats_db import StatsFilter, facts_from_store, library_or_empty, parse_day
    from callqa.stats_export import stats_to_csv, stats_to_dict
    from callqa.store import open_store

    setup_logging(verbose, quiet)
    if by not in PERIODS:
        raise CallqaError(f"--by '{by}' is not a period; use one of {', '.join(PERIODS)}")
    if as_json and as_csv:
        raise CallqaError("choose one of --json and --csv")
    if min_calls < 1 or min_operator_calls < 1:
        raise CallqaError("--min-calls and --min-operator-calls must be at least 1")
    cfg = settings(config, db=db)
    flt = StatsFilter(script, parse_day(since, "--since"), parse_day(until, "--until"), tuple(operator or ()))
    store = open_store(cfg.db)
    try:
        facts = facts_from_store(store, flt, scripts=library_or_empty(cfg.scripts))
        result = compute(facts, by=by, options=StatsOptions(min_calls=min_calls,
                                                            min_operator_calls=min_operator_calls))
    finally:
        store.close()
    if as_json:
        # compact: 100 000 calls make megabytes of JSON; pipe through `jq .` to read it
        typer.echo(json.dumps(stats_to_dict(result), ensure_ascii=False, separators=(",", ":")))
    elif as_csv:
        typer.echo(stats_to_csv(result), nl=False)
    else:
        typer.echo(format_text(result))


def format_text(s) -> str:
    if not s.calls:
        return "No analysed calls in the database for these filters (run `callqa run` first)."
    lines = [f"{s.calls} calls"]
    for sc in s.scripts:
        lines.append(f"\nscript {sc.id} v{sc.version}: {sc.calls} calls, {sc.successes} successful")
        lines.append(f"  {'stage':<22}{'reached':>8}{'stalled':>8}{'rate':>8}  verdict")
        for st in sc.stages:
            rate = "—" if st.stall_rate is None else f"{st.stall_rate:.1%}"
            q = "" if st.q_value is None else f" (q={st.q_value:.2g})"
            lines.append(f"  {st.id:<22}{st.reached:>8}{st.stalled:>8}{rate:>8}  {st.verdict.replace('_', ' ')}{q}")
    worse = [(op, c) for op in s.operators for c in op.worse]
    if worse:
        lines.append("\noperators significantly worse than the team:")
        for op, c in worse:
            lines.append(f"  {op.id}: {c.kind.replace('_', ' ')} '{c.stage}' in {c.count}/{c.reached} calls "
                         f"({c.rate:.0%} vs team {c.team_rate:.0%}, q={c.q_value:.2g})")
    lines.append(f"\n{'period':<12}{'calls':>8}{'meeting':>9}{'callback':>9}{'sale':>7}{'conv.':>8}")
    for p in s.periods:
        conv = "—" if p.conversion is None else f"{p.conversion:.1%}"
        lines.append(f"{p.period:<12}{p.calls:>8}{p.outcomes.get('meeting', 0):>9}{p.outcomes.get('callback', 0):>9}"
                     f"{p.outcomes.get('sale', 0):>7}{conv:>8}")
    f = s.forecast.get("calls")
    if f is not None:
        lines.append(f"next period: ~{f.value:.0f} calls (95 % {f.low:.0f}–{f.high:.0f}, {f.method})")
    return "\n".join(lines)
