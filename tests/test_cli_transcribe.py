"""`callqa transcribe` as a user runs it: exit codes, JSON on stdout, one error line per bad file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from callqa.cli import app

runner = CliRunner()


def _callqa(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "callqa", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_every_command_has_help_with_an_example():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert "transcribe" in commands
    for name in commands:
        out = runner.invoke(app, [name, "--help"])
        assert out.exit_code == 0, name
        assert "Example" in out.output, f"{name} --help has no example"


@pytest.mark.slow
def test_bad_files_get_one_line_each_and_the_good_one_is_still_transcribed(data_dir, tmp_path):
    bad = ["bad_empty.wav", "bad_text.wav", "bad_truncated.mp3", "bad_zero_samples.wav"]
    args = [str(data_dir / b) for b in bad] + [str(data_dir / "en_mono.wav"), str(tmp_path / "missing.wav")]
    proc = _callqa("transcribe", "--json", "--language", "en", *args)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 5, proc.stderr
    for name in bad + ["missing.wav"]:
        assert sum(name in e for e in errors) == 1
    assert "Traceback" not in proc.stderr
    (only,) = json.loads(proc.stdout)
    assert only["file"].endswith("en_mono.wav")
    assert "good morning" in " ".join(u["text"] for u in only["utterances"]).lower()


@pytest.mark.slow
def test_text_output_and_exit_zero(data_dir):
    proc = _callqa("transcribe", str(data_dir / "ru_stereo.wav"), "--language", "ru")
    assert proc.returncode == 0, proc.stderr
    assert "operator:" in proc.stdout and "client:" in proc.stdout


def test_bad_option_values_are_one_clean_line(data_dir):
    proc = _callqa("transcribe", str(data_dir / "en_mono.wav"), "--operator-channel", "middle")
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error: --operator-channel")
    proc = _callqa("transcribe", str(data_dir / "en_mono.wav"), "--model", "/no/such/model")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Error: model folder not found: /no/such/model; check the --model path"


def test_version():
    proc = _callqa("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("callqa ")
