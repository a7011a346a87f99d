"""The nightly batch: discover -> store recordings -> transcribe -> analyse -> store -> report.

Stage-major, so one speech model is in memory at a time and each stage can be
re-run alone: transcription only touches audio that lacks a transcript for
the current (model, decoding options); analysis touches every transcript that
lacks an analysis for the current script version and alignment options.

Crash safety comes from the store: each result is its own transaction and
every key is unique, so the next run simply finds the missing work. Failures
are recorded per (path, content hash) and skipped until the content changes
or `retry_failed` is set.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from callqa.errors import CallqaError, ScriptError, TranscriptFormatError
from callqa.executors import AnalyzeJob, Executor, TaskResult, TranscribeJob, analyze_task, make_executor, \
    threads_per_worker, transcribe_task
from callqa.ingest import Discovery, discover
from callqa.records import AlignOptions, Recording, Script
from callqa.store import Heartbeat, LockHeld, Store, open_store

log = logging.getLogger("callqa")


class ProgressSink(Protocol):
    def stage(self, name: str, files: int, seconds: float) -> None: ...
    def advance(self, files: int = 1, seconds: float = 0.0) -> None: ...
    def problem(self, message: str) -> None: ...


class NullProgress:
    def stage(self, name: str, files: int, seconds: float) -> None:
        pass

    def advance(self, files: int = 1, seconds: float = 0.0) -> None:
        pass

    def problem(self, message: str) -> None:
        log.error("%s", message)


@dataclass(frozen=True)
class BatchOptions:
    recordings: str
    scripts_dir: str = "scripts_library"
    script: str | None = None  # default script id or path for calls whose manifest names none
    retry_failed: bool = False
    workers: int = 1
    scheduler: str | None = None
    align: AlignOptions = field(default_factory=AlignOptions)
    # "module:function"; tests inject a stand-in, production uses callqa.align.analyze
    analyzer: str = "callqa.align:analyze"
    stale_lock_seconds: float = 300.0
    heartbeat_seconds: float = 30.0


@dataclass
class BatchSummary:
    run_id: int = 0
    files_seen: int = 0
    files_new: int = 0  # files that got a new transcript (or were imported as one)
    files_skipped: int = 0  # files with nothing left to do
    files_failed: int = 0  # failures found in this run
    known_failures: int = 0  # failed in an earlier run, unchanged, skipped
    transcribed: int = 0
    analysed: int = 0
    audio_seconds: float = 0.0  # audio transcribed in this run
    transcribe_seconds: float = 0.0
    wall_seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    executor: str = "inline"
    workers: int = 1
    took_over_from: int | None = None
    reports_dir: str | None = None
    report_error: str | None = None
    redacted_transcripts: int = 0  # store_transcripts = redacted: rows redacted in this run
    redacted_analyses: int = 0
    # peak resident memory (MiB) of each process that ran tasks, by "host:pid"
    worker_peak_rss_mb: dict[str, float] = field(default_factory=dict)

    @property
    def real_time_factor(self) -> float | None:
        """Transcription time / audio time (0.25 means four times faster than real time)."""
        return self.transcribe_seconds / self.audio_seconds if self.audio_seconds > 0 else None


# --------------------------------------------------------------------------- helpers
def probe_seconds(path: str) -> float:
    """Duration from the container header (cheap), for the progress bar's audio total; 0 when unknown."""
    try:
        import av

        with av.open(path, metadata_errors="ignore") as c:
            return (c.duration or 0) / 1_000_000
    except Exception:  # noqa: BLE001 - a corrupt file fails properly later, in transcription
        return 0.0


def load_scripts(opts: BatchOptions) -> tuple[dict[str, Script], Script | None]:
    """The script library and the default script (`--script`, or the library's only script)."""
    from callqa.scripts import load_library, load_script

    library = dict(load_library(opts.scripts_dir)) if Path(opts.scripts_dir).is_dir() else {}
    default: Script | None = None
    if opts.script:
        if opts.script in library:
            default = library[opts.script]
        elif Path(opts.script).is_file():
            default = load_script(opts.script)
            library.setdefault(default.id, default)
        else:
            known = ", ".join(sorted(library)) or "none"
            raise ScriptError(f"script '{opts.script}' is neither a script id in {opts.scripts_dir} "
                              f"(known: {known}) nor a file; fix --script or default_script")
    elif len(library) == 1:
        default = next(iter(library.values()))
    if not library:
        raise ScriptError(f"no sales scripts found in {opts.scripts_dir}; pass --scripts-dir with the YAML scripts")
    return library, default


def script_for(meta_script: str | None, library: dict[str, Script], default: Script | None,
               language: str | None = None) -> Script:
    """The manifest's script, else the default, else the library's only script in the call's language."""
    if meta_script:
        if meta_script in library:
            return library[meta_script]
        raise ScriptError(f"manifest names script '{meta_script}', which is not in the library "
                          f"(known: {', '.join(sorted(library))}); fix the manifest or add the script")
    if default is not None:
        return default
    # a call without metadata (a PBX export) still gets analysed when its language settles the script
    same_language = [sc for sc in library.values() if language and sc.language == language]
    if len(same_language) == 1:
        return same_language[0]
    raise ScriptError("no script for this call: add a 'script' column to manifest.csv or pass --script "
                      f"(library has {', '.join(sorted(library))}"
                      + (f"; {len(same_language)} in language '{language}'" if language else "") + ")")


# --------------------------------------------------------------------------- the batch
class Batch:
    def __init__(self, store: Store, settings: Any, opts: BatchOptions, progress: ProgressSink,
                 executor_factory: Callable[[], Executor] | None = None):
        from callqa.asr import model_label, options_from_settings, spec_from_settings

        self.store, self.settings, self.opts, self.progress = store, settings, opts, progress
        spec = spec_from_settings(settings)
        if not opts.scheduler:
            # local workers share this machine's cores; Dask workers use what their host has
            spec = replace(spec, cpu_threads=threads_per_worker(opts.workers, settings.cpu_threads))
        self.spec = spec
        self.asr_options = options_from_settings(settings)
        self.model_label = model_label(spec)
        self.executor_factory = executor_factory or (lambda: make_executor(opts.workers, opts.scheduler))
        self.summary = BatchSummary()
        self._executor: Executor | None = None

    @property
    def executor(self) -> Executor:
        if self._executor is None:
            self._executor = self.executor_factory()
            self.summary.executor, self.summary.workers = self._executor.name, self._executor.workers
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()

    def _note_worker(self, res: TaskResult) -> None:
        peaks = self.summary.worker_peak_rss_mb
        peaks[res.worker] = max(peaks.get(res.worker, 0.0), res.peak_rss_mb)

    # ----------------------------------------------------------------- failures
    def _fail(self, path: str, sha: str, stage: str, error: str, known: set[tuple[str, str]]) -> None:
        """Record a failure; report it unless it is an unchanged earlier failure."""
        run_id = self.summary.run_id
        if (path, sha) in known and not self.opts.retry_failed:
            self.summary.known_failures += 1
            return
        # a file that vanished after discovery (moved, being rewritten) is not a property of its
        # content: report it, but let the next run try again without --retry-failed
        if not sha or Path(path).exists():
            self.store.record_failure(path, sha, stage, error, run_id)
            known.add((path, sha))
        self.summary.files_failed += 1
        self.summary.failures.append(error)
        self.progress.problem(error)

    # ----------------------------------------------------------------- stages
    def run(self) -> BatchSummary:
        opts, s = self.opts, self.summary
        found: Discovery = discover(opts.recordings, self.settings.filename_pattern, self.settings.operator_channel)
        library, default = load_scripts(opts)
        s.files_seen = len(found.recordings)
        known = self.store.failure_keys()
        for p in found.problems:
            self._fail(p.path, p.sha256, p.stage, p.error, known)
        # a manifest row fixed since the last run: its file is discovered again, clean
        for rec in found.recordings:
            if (rec.path, "") in known:
                self.store.clear_failure(rec.path, "")
        self.store.upsert_recordings(found.recordings, s.run_id)
        failed_shas = {h for _, h in known if h} if not opts.retry_failed else set()
        s.known_failures += sum(1 for r in found.recordings if r.sha256 in failed_shas)
        new_shas = self._transcribe(found.recordings, library, default, known, failed_shas)
        s.files_new = len(new_shas)
        touched = self._analyse(library, default, known, failed_shas)
        if self.settings.store_transcripts == "redacted":
            # after the analysis, which needs the raw words (module docstring of store_redaction)
            from callqa.store_redaction import redact_stored

            s.redacted_transcripts, s.redacted_analyses = redact_stored(self.store)
        s.files_skipped = sum(1 for r in found.recordings
                              if r.sha256 not in new_shas and r.sha256 not in touched and r.sha256 not in failed_shas
                              and (r.path, r.sha256) not in known)
        return s

    def _language(self, rec: Recording, library: dict[str, Script], default: Script | None) -> str | None:
        try:
            return script_for(rec.meta.script, library, default).language
        except ScriptError:
            return self.settings.language

    def _transcribe(self, recordings: tuple[Recording, ...], library, default, known, failed_shas) -> set[str]:
        s = self.summary
        okey = self.asr_options.key()
        done = self.store.transcribed_shas(self.model_label, okey)
        any_done = self.store.shas_with_any_transcript()
        new: set[str] = set()
        # transcript JSON files: parsed here, they need no model
        for rec in recordings:
            if rec.kind != "transcript" or rec.sha256 in any_done or rec.sha256 in failed_shas:
                continue
            try:
                transcript = _single_transcript(rec.path)
            except CallqaError as exc:
                self._fail(rec.path, rec.sha256, "transcribe", str(exc), known)
                continue
            self.store.save_transcript(rec, transcript, s.run_id)
            new.add(rec.sha256)
        pending = [r for r in recordings
                   if r.kind == "audio" and r.sha256 not in done and r.sha256 not in failed_shas]
        if not pending:
            return new
        by_sha = {r.sha256: r for r in pending}
        durations = {r.sha256: probe_seconds(r.path) for r in pending}
        self.progress.stage("transcribing", len(pending), sum(durations.values()))
        jobs = [TranscribeJob(r.sha256, r.path, self.spec, self.asr_options, self._language(r, library, default),
                              r.meta.operator_channel) for r in pending]
        t0 = time.perf_counter()
        for res in self.executor.map_unordered(transcribe_task, jobs):
            self._note_worker(res)
            rec = by_sha[res.key]
            if res.ok:
                self.store.save_transcript(rec, res.value, s.run_id)
                s.transcribed += 1
                s.audio_seconds += res.value.duration
                new.add(rec.sha256)
            else:
                self._fail(rec.path, rec.sha256, "transcribe", res.error or "unknown error", known)
            self.progress.advance(1, durations.get(res.key, 0.0))
        s.transcribe_seconds += time.perf_counter() - t0
        return new

    def _analyse(self, library, default, known, failed_shas) -> set[str]:
        s = self.summary
        done = self.store.analysed_keys()
        akey = self.opts.align.key()
        jobs: list[AnalyzeJob] = []
        where: dict[Any, tuple[str, str]] = {}
        for item in self.store.transcripts_for_analysis(self.model_label, self.asr_options.key()):
            if item.sha256 in failed_shas:
                continue
            try:
                script = script_for(item.meta.script, library, default, item.meta.language)
            except ScriptError as exc:
                self._fail(item.path, item.sha256, "script", f"{item.path}: {exc}", known)
                continue
            key = (item.transcript_id, script.id, script.version, akey)
            if key in done:
                continue
            where[key] = (item.path, item.sha256)
            jobs.append(AnalyzeJob(key, self.store.load_transcript(item.transcript_id), script, self.opts.align,
                                   item.meta.call_id or item.sha256[:16], item.meta.outcome, self.opts.analyzer))
        touched: set[str] = set()
        if not jobs:
            return touched
        self.progress.stage("analysing", len(jobs), 0.0)
        for res in self.executor.map_unordered(analyze_task, jobs):
            self._note_worker(res)
            path, sha = where[res.key]
            if res.ok:
                self.store.save_analysis(res.key[0], res.value, s.run_id)
                if (path, sha) in known:  # an earlier analysis failure, retried and now fine
                    self.store.clear_failure(path, sha)
                    known.discard((path, sha))
                s.analysed += 1
                touched.add(sha)
            else:
                err = res.error or "unknown error"
                self._fail(path, sha, "analyze", err if path in err else f"{path}: {err}", known)
            self.progress.advance(1, 0.0)
        return touched


def _single_transcript(path: str):
    from callqa.transcript_json import load_transcripts

    items = load_transcripts(path)
    if len(items) != 1:
        raise TranscriptFormatError(f"holds {len(items)} transcripts; the batch needs one call per file "
                                    "(split the JSON array into files)", path=path)
    return items[0]


def render_if_available(store: Store, out_dir: str, settings: Any) -> str | None:
    """Render the reports when the report module is installed; a report failure never loses the batch."""
    try:
        from callqa.report.render import render_reports
    except ImportError:
        log.info("reports module not available; skipping reports")
        return None
    render_reports(store, out_dir, settings=settings)
    return out_dir


def run_batch(settings: Any, opts: BatchOptions, *, progress: ProgressSink | None = None,
              report_dir: str | None = None, store: Store | None = None,
              executor_factory: Callable[[], Executor] | None = None) -> BatchSummary:
    """Run the whole batch once; raises LockHeld when another run holds the database."""
    progress = progress or NullProgress()
    t0 = time.perf_counter()
    own_store = store is None
    store = store or open_store(settings.db)
    run_id = store.start_run(str(Path(opts.recordings).resolve()))
    try:
        took_over = store.acquire_lock(run_id, opts.stale_lock_seconds)
    except LockHeld as exc:
        store.finish_run(run_id, "refused", error=str(exc))
        if own_store:
            store.close()
        raise
    batch = Batch(store, settings, opts, progress, executor_factory)
    batch.summary.run_id, batch.summary.took_over_from = run_id, took_over
    status, error = "error", None
    try:
        with Heartbeat(store, run_id, opts.heartbeat_seconds):
            summary = batch.run()
            if report_dir:
                try:
                    summary.reports_dir = render_if_available(store, report_dir, settings)
                except CallqaError as exc:
                    # the results are stored; only the reports are missing, and `callqa report` redoes them
                    summary.report_error = str(exc)
                    progress.problem(f"reports not written: {exc}")
        status = "failed" if summary.files_failed else "ok"
        return summary
    except (KeyboardInterrupt, SystemExit) as exc:
        status, error = "interrupted", f"stopped by {type(exc).__name__}"
        raise
    except BaseException as exc:
        error = str(exc) or type(exc).__name__
        raise
    finally:
        batch.close()
        s = batch.summary
        s.wall_seconds = time.perf_counter() - t0
        try:
            store.finish_run(run_id, status, error=error, files_seen=s.files_seen, files_new=s.files_new,
                             files_skipped=s.files_skipped, files_failed=s.files_failed, transcribed=s.transcribed,
                             analysed=s.analysed, audio_seconds=s.audio_seconds)
            store.release_lock(run_id)
        finally:
            if own_store:
                store.close()


__all__ = ["BatchOptions", "BatchSummary", "ProgressSink", "run_batch"]
