"""`callqa import-crm FILE.csv`: meetings, invoices and payments from the CRM."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from callqa.cli import app
from callqa.cli.common import Arg, ConfigOpt, DbOpt, QuietOpt, VerboseOpt, error_line, settings, setup_logging


@app.command("import-crm")
def import_crm_cmd(
    files: List[Path] = Arg(..., help="CSV files: operator,date,kind(meeting|invoice|payment),amount,call_id,client_id."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Import CRM events so KPIs show calls → meetings → invoices → payments. Re-importing is harmless.

    Example: callqa import-crm crm_export.csv
    """
    from callqa.crm import import_crm
    from callqa.store import open_store

    setup_logging(verbose, quiet)
    cfg = settings(config, db=db)
    store = open_store(cfg.db)
    bad = 0
    try:
        for path in files:
            result = import_crm(store, path)
            for line in result.errors:
                error_line(line)
            bad += len(result.errors)
            if not quiet:
                typer.echo(f"{path}: {result.inserted} new events, {result.duplicates} already imported, "
                           f"{len(result.errors)} bad rows", err=True)
    finally:
        store.close()
    if bad:
        raise typer.Exit(1)
