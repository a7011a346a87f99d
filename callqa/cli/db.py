"""`callqa db upgrade|revision|redact`: schema migrations (also applied by `callqa run`), PII redaction."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from callqa.cli import app
from callqa.cli.common import ConfigOpt, DbOpt, QuietOpt, VerboseOpt, settings, setup_logging

db_app = typer.Typer(help="Database schema: upgrade to the latest version, show the version; redact stored PII.",
                    no_args_is_help=True)
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


@db_app.command("redact")
def redact_cmd(
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Replace PII in every stored transcript and evidence text with placeholders, for good.

    What `callqa run` does after each batch when store_transcripts = "redacted"; run it once
    when switching that setting on, so the calls stored before are redacted too.

    Example: callqa db redact --db sqlite:///callqa.db
    """
    from callqa.store import LockHeld, open_store
    from callqa.store_redaction import redact_stored

    setup_logging(verbose, quiet)
    cfg = settings(config, db=db)
    store = open_store(cfg.db)
    try:
        # the batch lock: a run analysing raw text must not see it redacted halfway
        run_id = store.start_run(None)
        try:
            store.acquire_lock(run_id)
        except LockHeld as exc:
            store.finish_run(run_id, "refused", error=str(exc))
            raise
        try:
            n_t, n_a = redact_stored(store)
            store.finish_run(run_id, "ok")
        finally:
            store.release_lock(run_id)
    finally:
        store.close()
    if not quiet:
        typer.echo(f"redacted {n_t} transcripts and {n_a} analyses")
