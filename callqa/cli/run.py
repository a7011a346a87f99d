"""`callqa run [RECORDINGS_DIR]`: the nightly batch."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from callqa.cli import app
from callqa.cli.common import Arg, ConfigOpt, DbOpt, ModelOpt, Opt, QuietOpt, VerboseOpt, error_line, settings, \
    setup_logging, stderr


class RichProgress:
    """Progress bar on stderr: files done / total, audio hours done / total, ETA."""

    def __init__(self, progress: Progress):
        self._p = progress
        self._task = None
        self._files = self._files_total = 0
        self._secs = self._secs_total = 0.0

    def stage(self, name: str, files: int, seconds: float) -> None:
        if self._task is not None:
            self._p.remove_task(self._task)
        self._files, self._files_total, self._secs, self._secs_total = 0, files, 0.0, seconds
        # the bar (and ETA) follows audio time when known: one long call is not one short call
        total = seconds if seconds > 0 else float(files)
        self._task = self._p.add_task(name, total=total, stats=self._stats())

    def _stats(self) -> str:
        text = f"{self._files}/{self._files_total} files"
        if self._secs_total > 0:
            text += f", {self._secs / 3600:.2f}/{self._secs_total / 3600:.2f} h audio"
        return text

    def advance(self, files: int = 1, seconds: float = 0.0) -> None:
        self._files += files
        self._secs += seconds
        step = seconds if self._secs_total > 0 else float(files)
        if self._task is not None:
            self._p.update(self._task, advance=step, stats=self._stats())

    def problem(self, message: str) -> None:
        self._p.console.print(f"Error: {message}", markup=False, highlight=False)


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _fmt_minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min"


def summary_lines(s) -> list[str]:
    lines = [
        f"files: {s.files_seen} found, {s.files_new} new, {s.files_skipped} unchanged, {s.files_failed} failed"
        + (f", {s.known_failures} failed earlier and unchanged (skipped; --retry-failed retries them)"
           if s.known_failures else ""),
        f"transcribed {s.transcribed} ({_fmt_minutes(s.audio_seconds)} of audio), analysed {s.analysed}",
    ]
    rtf = s.real_time_factor
    timing = f"time {s.wall_seconds:.1f} s"
    if rtf is not None:
        timing += f", real-time factor {rtf:.3f} ({1 / rtf:.1f}x real time)" if rtf > 0 else ""
    timing += f", {s.executor} x{s.workers}"
    lines.append(timing)
    if s.took_over_from:
        lines.append(f"run {s.took_over_from} had died without finishing; its work was completed")
    if s.reports_dir:
        lines.append(f"reports: {s.reports_dir}")
    return lines


@app.command()
def run(
    recordings: Optional[Path] = Arg(None, help="Folder with the recordings (default: the 'recordings' setting)."),
    db: Optional[str] = DbOpt,
    scripts_dir: Optional[Path] = Opt(None, "--scripts-dir", "-s", help="Folder with the sales scripts (YAML)."),
    script: Optional[str] = Opt(None, "--script", help="Script id or file for calls whose manifest names none."),
    model: Optional[str] = ModelOpt,
    workers: Optional[int] = Opt(None, "--workers", "-w", min=1, help="Local worker processes (each loads the model once)."),
    scheduler: Optional[str] = Opt(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    retry_failed: bool = Opt(False, "--retry-failed", help="Retry files that failed before even if unchanged."),
    no_report: bool = Opt(False, "--no-report", help="Do not render the HTML reports."),
    reports: Optional[Path] = Opt(None, "--reports", help="Folder for the reports (default: the 'reports' setting)."),
    analyzer: str = Opt("callqa.align:analyze", "--analyzer", hidden=True,
                        help="MODULE:FUNCTION that analyses a transcript (a plug-in point; tests use a stand-in)."),
    config: Optional[Path] = ConfigOpt,
    verbose: bool = VerboseOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Run the nightly batch: find new calls, transcribe, analyse, store, report.

    Incremental: a second run on an unchanged folder transcribes nothing. Exit
    status 1 when any file failed (each failure is printed once).

    Example: callqa run recordings/ --db sqlite:///callqa.db --workers 2
    """
    from callqa.pipeline import BatchOptions, run_batch

    setup_logging(verbose, quiet)
    # cron and systemd stop jobs with SIGTERM: unwind so the run is marked and the lock released
    signal.signal(signal.SIGTERM, _terminate)
    cfg = settings(config, db=db, model=model, workers=workers, scheduler=scheduler,
                   recordings=str(recordings) if recordings else None,
                   scripts=str(scripts_dir) if scripts_dir else None, default_script=script,
                   reports=str(reports) if reports else None)
    opts = BatchOptions(
        recordings=cfg.recordings, scripts_dir=cfg.scripts, script=cfg.default_script,
        retry_failed=retry_failed, workers=cfg.workers, scheduler=cfg.scheduler,
        align=cfg.align_options(), analyzer=analyzer,
    )
    show = not quiet and stderr.is_terminal
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[stats]}"),
                  TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=stderr,
                  disable=not show, transient=True) as progress:
        sink = RichProgress(progress)
        if not show:
            sink.problem = lambda message: error_line(message)  # type: ignore[method-assign]
        summary = run_batch(cfg, opts, progress=sink, report_dir=None if no_report else cfg.reports)
    if not quiet:
        for line in summary_lines(summary):
            stderr.print(line, markup=False, highlight=False)
    if summary.files_failed or summary.report_error:
        raise typer.Exit(1)
