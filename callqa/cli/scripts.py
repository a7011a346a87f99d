"""`callqa scripts validate [PATH...]`"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from callqa.cli import app
from callqa.cli.common import Arg, stderr

scripts_app = typer.Typer(name="scripts", help="Work with the sales-script library.", no_args_is_help=True)
app.add_typer(scripts_app, name="scripts")


@scripts_app.command("validate")
def validate(
    paths: Optional[List[Path]] = Arg(None, help="Script files or folders (default: scripts_library/)."),
) -> None:
    """Check scripts: unknown keys, duplicate ids, empty phrase lists, thresholds, variables, outcomes.

    Prints every problem as FILE:LINE: FIELD: message, and exits 1 if there is any.

    Example: callqa scripts validate scripts_library/ru-b2b-cold.yaml
    """
    from callqa.scripts import script_files, validate_paths

    targets = list(paths) if paths else [Path("scripts_library")]
    missing = [p for p in targets if not p.exists()]
    for p in missing:
        stderr.print(f"Error: {p}: no such file or folder", markup=False)
    present = [p for p in targets if p.exists()]
    if not script_files(present) and not missing:
        stderr.print(f"Error: no *.yaml scripts in {', '.join(map(str, present))}", markup=False)
        raise typer.Exit(1)
    scripts, problems = validate_paths(present)
    for s in scripts:
        typer.echo(f"ok  {s.path}  ({s.id} v{s.version}, {s.language}, {len(s.stages)} stages)")
    for prob in problems:
        stderr.print(f"Error: {prob}", markup=False)
    if problems or missing:
        stderr.print(f"{len(problems) + len(missing)} problem(s)", markup=False)
        raise typer.Exit(1)
