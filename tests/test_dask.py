"""`callqa run --scheduler` on a real Dask LocalCluster (loopback) stores what a local run stores."""

from __future__ import annotations

import shutil

import pytest

from test_pipeline import DATA, SCRIPTS, cli_env, dump_db, make_transcript_folder, run_cli

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'callqa[cluster]')")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # worker processes (not threads): like a real cluster, each loads its own model
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, worker_dashboard_address=None) as c:
        yield c


def test_dask_run_equals_local_run(tmp_path, cluster):
    rec = make_transcript_folder(tmp_path / "rec", 4)
    shutil.copy(DATA / "en_mono.wav", rec / "2026-11-07_op2_audio.wav")
    shutil.copy(DATA / "bad_text.wav", rec / "corrupt.wav")
    common = ["--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"]
    local_url, dask_url = f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'dask.db'}"

    via_dask = run_cli([str(rec), "--db", dask_url, "--scheduler", cluster.scheduler_address, *common], tmp_path)
    assert via_dask.returncode == 1, via_dask.stderr  # the corrupt file
    assert "dask x2" in via_dask.stderr
    assert sum(line.startswith("Error:") and "corrupt.wav" in line for line in via_dask.stderr.splitlines()) == 1

    local = run_cli([str(rec), "--db", local_url, *common], tmp_path)
    assert local.returncode == 1, local.stderr

    a, b = dump_db(local_url), dump_db(dask_url)
    assert len(a["transcripts"]) == 5 and len(a["analyses"]) == 5
    assert b == a


def test_unreachable_scheduler_is_one_clear_error(tmp_path):
    rec = make_transcript_folder(tmp_path / "rec", 1)
    shutil.copy(DATA / "en_mono.wav", rec / "a.wav")
    proc = run_cli([str(rec), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--scheduler", "tcp://127.0.0.1:9",
                    "--scripts-dir", str(SCRIPTS), "--script", "en-saas-demo", "--no-report"], tmp_path,
                   env=cli_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s"))
    assert proc.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr and "Traceback" not in proc.stderr
