"""`callqa analyze FILE... --script PATH_OR_ID`"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from callqa.cli import app
from callqa.cli.common import Arg, ConfigOpt, ModelOpt, Opt, QuietOpt, VerboseOpt, error_line, settings, setup_logging
from callqa.errors import CallqaError
from callqa.records import CallAnalysis, Script, analysis_to_dict

_TRANSCRIPT_SUFFIXES = (".json",)


def format_table(a: CallAnalysis, script: Script, source: str) -> str:
    """A readable per-stage verdict for one call."""
    marks = {"hit": "✔", "out_of_order": "↺", "missed": "✘", "not_reached": "·"}
    lines = [f"# {a.call_id}  ({source})  script {a.script_id} v{a.script_version}"]
    width = max(len(s.id) for s in script.stages)
    for r, st in zip(a.stages, script.stages):
        when = f"{r.start:6.1f}s" if r.start is not None else "       "
        opt = "" if st.required else " (optional)"
        ev = f"  «{_clip(r.evidence)}»" if r.evidence else ""
        lines.append(f"  {marks[r.status]} {r.id:<{width}}  {r.status:<12} {r.score:5.1f}  {when}{opt}{ev}")
    adherence = "n/a" if a.adherence is None else f"{a.adherence:.0%}"
    crm = ""
    if a.crm_outcome is not None:
        crm = f"  (CRM: {a.crm_outcome}{', disagrees' if a.outcome_disagrees else ''})"
    lines.append(f"  furthest: {a.furthest_stage or '-'}   stalled at: {a.stalled_at or '-'}   "
                 f"outcome: {a.outcome}{crm}   adherence: {adherence}")
    for o in a.objections:
        lines.append(f"  objection {o.cls} at {o.start:.1f}s (stage {o.stage or '-'}): «{_clip(o.evidence)}»")
    for f in a.flags:
        lines.append(f"  flag {f.rule} at {f.start:.1f}s: «{_clip(f.evidence)}»")
    return "\n".join(lines)


def _clip(text: str | None, n: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


@app.command()
def analyze(
    files: List[Path] = Arg(..., help="Audio files (transcribed first) or transcript JSON files."),
    script: str = Opt(..., "--script", "-s", help="Script file (.yaml) or script id in the library."),
    as_json: bool = Opt(False, "--json", "-j", help="Print a JSON array, one analysis per call."),
    scripts_dir: Optional[Path] = Opt(None, "--scripts-dir", help="Script library folder (default: scripts_library/)."),
    threshold: Optional[float] = Opt(None, "--threshold", "-t", min=0, max=100, help="Stage match threshold 0..100."),
    model: Optional[str] = ModelOpt,
    operator_channel: Optional[str] = Opt(None, "--operator-channel", help="Stereo audio: operator channel (left|right), or mono."),
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Check calls against a sales script, without touching the database.

    Example: callqa analyze call1.json call2.wav --script ru-b2b-cold --json
    """
    from callqa.align import analyze as analyze_call
    from callqa.scripts import resolve_script
    from callqa.transcript_json import load_transcripts

    setup_logging(verbose, quiet)
    if operator_channel not in (None, "left", "right", "mono"):
        raise CallqaError(f"--operator-channel must be left, right or mono, not '{operator_channel}'")
    cfg = settings(config, model=model, threshold=threshold,
                   operator_channel=operator_channel if operator_channel != "mono" else None)
    scr = resolve_script(script, scripts_dir or Path(cfg.scripts))
    opts = cfg.align_options()
    channel = operator_channel or cfg.operator_channel

    asr_setup = None
    results: list[CallAnalysis] = []
    failed = 0
    for path in files:
        try:
            if path.suffix.lower() in _TRANSCRIPT_SUFFIXES:
                transcripts = load_transcripts(path)
            else:
                from callqa.asr import options_from_settings, spec_from_settings, transcribe_file

                if asr_setup is None:
                    asr_setup = (spec_from_settings(cfg), options_from_settings(cfg))
                transcripts = [transcribe_file(path, *asr_setup, language=scr.language, operator_channel=channel)]
            for i, t in enumerate(transcripts):
                call_id = path.stem if len(transcripts) == 1 else f"{path.stem}#{i + 1}"
                a = analyze_call(t, scr, opts, call_id=call_id)
                results.append(a)
                if not as_json:
                    typer.echo(format_table(a, scr, str(path)))
        except CallqaError as exc:
            failed += 1
            if exc.path is None and not isinstance(exc, _per_file_errors()):
                raise  # a setup problem (model, config): every file would fail the same way
            error_line(str(exc) if exc.path else f"{path}: {exc}")
    if as_json:
        typer.echo(json.dumps([analysis_to_dict(a) for a in results], ensure_ascii=False, indent=1))
    if failed:
        raise typer.Exit(1)


def _per_file_errors() -> tuple[type, ...]:
    from callqa.errors import AnalysisError, AudioError, TranscriptFormatError

    return (AnalysisError, AudioError, TranscriptFormatError)
