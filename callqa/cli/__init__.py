"""The `callqa` command line: thin typer commands over the library.

Data goes to stdout, logs and progress to stderr. A CallqaError becomes one
`Error: …` line and exit status 1, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from callqa.errors import CallqaError

app = typer.Typer(
    name="callqa",
    help="Quality assurance for sales calls: transcribe, check against the script, report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        from callqa import __version__

        typer.echo(f"callqa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Quality assurance for sales calls: transcribe, check against the script, report."""


# one module per command (or command group); each registers itself on `app`
_COMMAND_MODULES = ("transcribe", "db", "run", "analyze", "scripts", "stats", "report", "import_crm")

for _name in _COMMAND_MODULES:
    importlib.import_module(f"callqa.cli.{_name}")


def main(argv: list[str] | None = None) -> None:
    try:
        app(args=argv, prog_name="callqa", standalone_mode=True)
    except CallqaError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)
