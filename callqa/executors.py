"""Where the batch's task functions run: in the driver, in local processes, or on a Dask cluster.

The task functions are plain module-level functions from a frozen job record
to a frozen result record, so every executor runs exactly the same code and
results do not depend on where they were computed. Workers never touch the
database: they return records and the driver stores them.

A task never raises for a bad input: it returns a `TaskResult` with the error
text, so one corrupt file cannot take down a worker pool or a Dask graph.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from callqa.errors import CallqaError, ConfigError

log = logging.getLogger("callqa")


# --------------------------------------------------------------------------- jobs and results
@dataclass(frozen=True)
class TranscribeJob:
    key: str  # the recording's sha256
    path: str
    spec: Any  # callqa.asr.ModelSpec
    options: Any  # AsrOptions
    language: str | None
    operator_channel: str


@dataclass(frozen=True)
class AnalyzeJob:
    key: Any  # (transcript id, script id, script version, options key)
    transcript: Any  # Transcript
    script: Any  # Script
    options: Any  # AlignOptions
    call_id: str
    crm_outcome: str | None
    # "module:function" of the analysis function; a name (not the function) so it pickles the same everywhere
    analyzer: str = "callqa.align:analyze"


@dataclass(frozen=True)
class TaskResult:
    key: Any
    value: Any = None  # Transcript or CallAnalysis
    error: str | None = None
    seconds: float = 0.0
    worker: str = ""  # host:pid that computed it
    peak_rss_mb: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def _peak_rss_mb() -> float:
    try:
        import resource

        # ru_maxrss is KiB on Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    except (ImportError, OSError):
        return 0.0


def _worker_name() -> str:
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


def _error_text(exc: BaseException, path: str | None = None) -> str:
    if isinstance(exc, CallqaError):
        return str(exc)
    where = f"{path}: " if path else ""
    return f"{where}{type(exc).__name__}: {exc}"


def transcribe_task(job: TranscribeJob) -> TaskResult:
    """Transcribe one audio file (the model is loaded once per worker process and reused)."""
    from callqa.asr import transcribe_file

    t0 = time.perf_counter()
    try:
        value = transcribe_file(job.path, job.spec, job.options, language=job.language,
                                operator_channel=job.operator_channel)
        error = None
    except Exception as exc:  # noqa: BLE001 - any failure of one file is that file's failure
        value, error = None, _error_text(exc, job.path)
    return TaskResult(job.key, value, error, time.perf_counter() - t0, _worker_name(), _peak_rss_mb())


def resolve_callable(name: str) -> Callable[..., Any]:
    import importlib

    module, _, attr = name.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"analysis function '{name}' cannot be imported ({exc})") from exc


def analyze_task(job: AnalyzeJob) -> TaskResult:
    """Analyse one transcript against its script."""
    t0 = time.perf_counter()
    try:
        fn = resolve_callable(job.analyzer)
        value = fn(job.transcript, job.script, job.options, call_id=job.call_id, crm_outcome=job.crm_outcome)
        error = None
    except Exception as exc:  # noqa: BLE001
        value, error = None, _error_text(exc, job.transcript.source)
    return TaskResult(job.key, value, error, time.perf_counter() - t0, _worker_name(), _peak_rss_mb())


# --------------------------------------------------------------------------- executors
class Executor:
    """Runs `fn` over jobs and yields results as they finish (any order)."""

    name = "inline"
    workers = 1

    def map_unordered(self, fn: Callable[[Any], TaskResult], jobs: Iterable[Any]) -> Iterator[TaskResult]:
        for job in jobs:
            yield fn(job)

    def close(self) -> None:
        pass

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ProcessExecutor(Executor):
    """N local processes; each loads the speech model once (the model cache is per process)."""

    name = "processes"

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        # spawn, not fork: the driver holds database connections and a heartbeat thread
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def map_unordered(self, fn, jobs):
        from concurrent.futures import FIRST_COMPLETED, wait

        pending = set()
        it = iter(jobs)
        # keep only a few jobs in flight per worker so a crash loses little and memory stays flat
        for job in it:
            pending.add(self._pool.submit(fn, job))
            if len(pending) >= self.workers * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                for job in it:
                    pending.add(self._pool.submit(fn, job))
                    break
                yield fut.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(Executor):
    """Submit the same task functions to a Dask distributed scheduler (`tcp://host:8786`)."""

    name = "dask"

    def __init__(self, address: str, timeout: float | None = None):
        try:
            from distributed import Client
        except ImportError as exc:
            raise ConfigError("--scheduler needs Dask distributed; pip install 'callqa[cluster]'") from exc
        try:
            # timeout None: Dask's own setting (distributed.comm.timeouts.connect, 30 s unless configured)
            kwargs = {} if timeout is None else {"timeout": timeout}
            self._client = Client(address, set_as_default=False, **kwargs)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address} ({exc}); check --scheduler "
                              "and that `dask scheduler` is running") from exc
        info = self._client.scheduler_info()
        self.workers = max(1, len(info.get("workers", {})))

    def map_unordered(self, fn, jobs):
        from distributed import as_completed

        futures = [self._client.submit(fn, job, pure=False) for job in jobs]
        for fut in as_completed(futures, loop=self._client.loop):
            try:
                yield fut.result()
            finally:
                fut.release()

    def close(self) -> None:
        self._client.close()


def make_executor(workers: int = 1, scheduler: str | None = None) -> Executor:
    if scheduler:
        return DaskExecutor(scheduler)
    if workers > 1:
        return ProcessExecutor(workers)
    return Executor()


def threads_per_worker(workers: int, configured: int = 0) -> int:
    """CPU threads for each local worker's model: the cores split between workers unless set."""
    if configured:
        return configured
    return max(1, (os.cpu_count() or 1) // max(1, workers))
