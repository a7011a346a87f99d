"""Options and helpers every command shares."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from callqa.config import Settings, load_settings

Arg = typer.Argument
Opt = typer.Option

ConfigOpt = Opt(None, "--config", "-c", help="Settings file (default: ./callqa.toml if present).")
VerboseOpt = Opt(False, "--verbose", "-v", help="Log what happens (stderr).")
QuietOpt = Opt(False, "--quiet", "-q", help="Only errors on stderr; no progress bar (for cron).")
ModelOpt = Opt(None, "--model", "-m", help="'bundled-base' (default), a CTranslate2 model folder, or a faster-whisper model name.")
DbOpt = Opt(None, "--db", help="Database URL (default sqlite:///callqa.db; postgresql+psycopg://… for teams).")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def setup_logging(verbose: bool, quiet: bool) -> None:
    level = logging.WARNING
    if verbose:
        level = logging.INFO
    if quiet:
        level = logging.ERROR
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("callqa").setLevel(level)
    # faster-whisper logs each VAD pass at INFO; keep it for --verbose only
    logging.getLogger("faster_whisper").setLevel(level if verbose else logging.WARNING)


def settings(config: Optional[Path], **overrides: Any) -> Settings:
    return load_settings(config, overrides)


def error_line(message: str) -> None:
    """One clean error line on stderr (the batch goes on)."""
    stderr.print(f"Error: {message}", markup=False)
