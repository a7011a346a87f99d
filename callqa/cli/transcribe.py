"""`callqa transcribe FILE...`"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from callqa.cli import app
from callqa.cli.common import Arg, ConfigOpt, ModelOpt, Opt, QuietOpt, VerboseOpt, error_line, settings, setup_logging, stderr
from callqa.errors import CallqaError
from callqa.records import Transcript, transcript_to_dict


def format_text(t: Transcript) -> str:
    lines = [f"# {t.source}  ({t.language}, {t.duration:.1f} s, {t.model})"]
    if not t.utterances:
        lines.append("(no speech)")
    for u in t.utterances:
        lines.append(f"[{_clock(u.start)}–{_clock(u.end)}] {u.speaker:>8}: {u.text}")
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    m, s = divmod(seconds, 60)
    return f"{int(m):02d}:{s:04.1f}"


@app.command()
def transcribe(
    files: List[Path] = Arg(..., help="Audio files (WAV, MP3, OGG/Opus, FLAC, M4A; mono or stereo)."),
    as_json: bool = Opt(False, "--json", "-j", help="Print a JSON array, one transcript per file."),
    language: Optional[str] = Opt(None, "--language", "-l", help="Force the language (ru, en, …); default: detect."),
    model: Optional[str] = ModelOpt,
    operator_channel: Optional[str] = Opt(None, "--operator-channel", help="Stereo: which channel is the operator (left|right), or mono to mix."),
    device: Optional[str] = Opt(None, "--device", help="auto, cpu or cuda."),
    compute_type: Optional[str] = Opt(None, "--compute-type", help="CTranslate2 compute type (int8, float16, …)."),
    words: bool = Opt(False, "--words", help="Include word timestamps in the JSON."),
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Transcribe recordings with speakers and timestamps.

    Example: callqa transcribe call.wav --json --language ru
    """
    from callqa.asr import options_from_settings, spec_from_settings, transcribe_file

    setup_logging(verbose, quiet)
    if operator_channel not in (None, "left", "right", "mono"):
        raise CallqaError(f"--operator-channel must be left, right or mono, not '{operator_channel}'")
    cfg = settings(config, model=model, device=device, compute_type=compute_type, language=language,
                   operator_channel=operator_channel if operator_channel != "mono" else None)
    spec, opts = spec_from_settings(cfg), options_from_settings(cfg)
    channel = operator_channel or cfg.operator_channel
    results: list[Transcript] = []
    failed = 0
    show = len(files) > 1 and not quiet
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=stderr, disable=not show, transient=True) as progress:
        task = progress.add_task("transcribing", total=len(files))
        for path in files:
            progress.update(task, description=f"transcribing {path.name}")
            try:
                t = transcribe_file(path, spec, opts, language=cfg.language, operator_channel=channel)
            except CallqaError as exc:
                failed += 1
                if exc.path is None:
                    raise  # a setup problem (model, config): every file would fail the same way
                error_line(str(exc))
            else:
                results.append(t)
                if not as_json:
                    typer.echo(format_text(t))
            progress.advance(task)
    if as_json:
        typer.echo(json.dumps([transcript_to_dict(t, words=words) for t in results], ensure_ascii=False, indent=1))
    if failed:
        raise typer.Exit(1)
