"""`callqa report`: render the HTML reports from the database."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from callqa.cli import app
from callqa.cli.common import ConfigOpt, DbOpt, Opt, QuietOpt, VerboseOpt, settings, setup_logging


@app.command()
def report(
    out: Optional[Path] = Opt(None, "--out", "-o", help="Folder for the bundle (default: the 'reports' setting; "
                                                        "reports/<audience> for script-author and trainer)."),
    lang: Optional[str] = Opt(None, "--lang", "-l", help="UI language: en or ru (default: the 'lang' setting)."),
    audience: str = Opt("qa", "--audience", "-a", help="qa (everything), script-author (aggregates and redacted "
                                                       "excerpts), trainer (only the --operator pages)."),
    operator: Optional[List[str]] = Opt(None, "--operator", help="Operator id for a trainer bundle (repeatable)."),
    all_calls: bool = Opt(False, "--all-calls", help="A page for every call, not only the ones other pages link to."),
    by: str = Opt("week", "--by", "-b", help="KPI period: day, week, month or quarter."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Write static HTML reports (dashboard, scripts, operators, calls, run log) that open from disk.

    Example: callqa report --audience trainer --operator ivanova --lang ru --out reports/ivanova
    """
    from callqa.errors import ReportError
    from callqa.report.render import render_reports
    from callqa.stats import PERIODS

    setup_logging(verbose, quiet)
    if by not in PERIODS:
        raise ReportError(f"--by '{by}' is not a period; use one of {', '.join(PERIODS)}")
    cfg = settings(config, db=db)
    if out is None:
        out = Path(cfg.reports) if audience == "qa" else Path(cfg.reports) / audience
    result = render_reports(cfg.db, out, lang=lang, audience=audience, operators=tuple(operator or ()),
                            all_calls=all_calls, settings=cfg, by=by)
    if not quiet:
        typer.echo(f"{len(result.files)} files, {result.bytes / 1e6:.1f} MB, {result.calls} call pages "
                   f"-> {result.out_dir / 'index.html'}", err=True)
