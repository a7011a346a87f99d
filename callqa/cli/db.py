"""`callqa db upgrade|revision`: schema migrations (also applied by `callqa run`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from callqa.cli import app
from callqa.cli.common import ConfigOpt, DbOpt, QuietOpt, VerboseOpt, settings, setup_logging

db_app = typer.Typer(help="Database schema: upgrade to the latest version, show the version.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_cmd(
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Create the database or migrate it to the schema of this callqa version.

    Example: callqa db upgrade --db sqlite:///callqa.db
    """
    from callqa.store import current_revision, make_engine, upgrade

    setup_logging(verbose, quiet)
    cfg = settings(config, db=db)
    engine = make_engine(cfg.db)
    try:
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    if not quiet:
        typer.echo(f"schema {before or 'empty'} -> {after}" if before != after else f"schema already at {after}")


@db_app.command("revision")
def revision_cmd(
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Print the database's schema revision and the latest one this callqa knows.

    Example: callqa db revision --db postgresql+psycopg://qa@dbhost/callqa
    """
    from callqa.store import current_revision, head_revision, make_engine

    cfg = settings(config, db=db)
    engine = make_engine(cfg.db)
    try:
        cur = current_revision(engine)
    finally:
        engine.dispose()
    typer.echo(f"database: {cur or 'empty'}\nlatest:   {head_revision()}")
