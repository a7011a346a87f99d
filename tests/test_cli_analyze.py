"""`callqa analyze`: transcript JSON and audio in, analysis JSON or a table out; bad inputs one line each."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callqa.cli import app
from callqa.scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "scripts_library"
DATA = ROOT / "tests" / "data"

GOOD = {
    "language": "ru",
    "utterances": [
        {"speaker": "operator", "start": 0.2, "end": 3.0, "text": "Добрый день, меня зовут Анна, компания ТехноСклад."},
        {"speaker": "client", "start": 3.4, "end": 4.5, "text": "Здравствуйте."},
        {"speaker": "operator", "start": 5.0, "end": 7.0, "text": "Вам удобно сейчас говорить пару минут?"},
        {"speaker": "client", "start": 7.5, "end": 9.8, "text": "Нет, нам это не интересно, не звоните больше."},
    ],
}


def run(*args):
    return CliRunner().invoke(app, ["analyze", *args, "--scripts-dir", str(LIBRARY)])


def write(tmp_path: Path, name: str, data) -> Path:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_json_output_follows_the_interface(tmp_path):
    f = write(tmp_path, "call-1.json", GOOD)
    res = run(str(f), "--script", "ru-b2b-cold", "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert len(out) == 1
    a = out[0]
    version = load_script(LIBRARY / "ru-b2b-cold.yaml").version
    assert a["call_id"] == "call-1" and a["script"] == {"id": "ru-b2b-cold", "version": version}
    st = {s["id"]: s for s in a["stages"]}
    assert st["greeting"]["status"] == "hit" and st["greeting"]["start"] == 0.2
    assert "ТехноСклад" in st["greeting"]["evidence"]
    assert st["needs"]["status"] == "not_reached" and st["needs"]["evidence"] is None
    assert a["outcome"] == "refusal" and a["stalled_at"] == "permission" and a["furthest_stage"] == "permission"
    assert a["options"]["threshold"] == 64.0
    assert a["talk"]["operator"] == pytest.approx(4.8)


def test_table_output_and_script_by_path(tmp_path):
    f = write(tmp_path, "c.json", GOOD)
    res = CliRunner().invoke(app, ["analyze", str(f), "--script", str(LIBRARY / "ru-b2b-cold.yaml")])
    assert res.exit_code == 0, res.output
    assert "greeting" in res.stdout and "hit" in res.stdout and "stalled at: permission" in res.stdout
    assert "outcome: refusal" in res.stdout


def test_bad_inputs_one_line_each_and_the_rest_goes_on(tmp_path):
    good = write(tmp_path, "good.json", GOOD)
    empty = write(tmp_path, "empty.json", "")
    broken = write(tmp_path, "broken.json", "{not json")
    client_only = write(tmp_path, "client.json", {"language": "ru", "utterances": [
        {"speaker": "client", "start": 0, "end": 1, "text": "Алло"}]})
    missing = tmp_path / "missing.json"
    res = run(str(empty), str(good), str(broken), str(client_only), str(missing), "--script", "ru-b2b-cold", "--json")
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert [a["call_id"] for a in out] == ["good"]
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 4
    assert any(str(empty) in e and "empty" in e for e in errors)
    assert any(str(broken) in e and "not valid JSON" in e for e in errors)
    assert any(str(client_only) in e and "no operator speech" in e for e in errors)
    assert any(str(missing) in e and "not found" in e for e in errors)
    assert "Traceback" not in res.output


def main_exit(capsys, *args):
    """Run the real entry point, which turns a CallqaError into one `Error:` line."""
    from callqa.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["analyze", *args, "--scripts-dir", str(LIBRARY)])
    cap = capsys.readouterr()
    return exc.value.code, cap.err


def test_unknown_script_and_invalid_script_are_one_error(tmp_path, capsys):
    f = write(tmp_path, "c.json", GOOD)
    code, err = main_exit(capsys, str(f), "--script", "no-such-script")
    assert code == 1 and err.startswith("Error: unknown script 'no-such-script'") and "ru-b2b-cold" in err
    assert "Traceback" not in err
    bad = write(tmp_path, "bad.yaml", "id: bad\nversion: 1\nlanguage: ru\nstages:\n  - id: a\n    phrasez: [x]\n")
    code, err = main_exit(capsys, str(f), "--script", str(bad))
    assert code == 1 and "bad.yaml:6: stages.0.phrasez" in err


@pytest.mark.slow
def test_audio_is_transcribed_then_analysed(tmp_path):
    # the project's own synthetic call: operator greets and asks for two minutes (tests/data/README.md)
    audio = tmp_path / "ru_call.wav"
    shutil.copy(DATA / "ru_stereo.wav", audio)
    res = run(str(audio), "--script", "ru-b2b-cold", "--json")
    assert res.exit_code == 0, res.output
    a = json.loads(res.stdout)[0]
    st = {s["id"]: s["status"] for s in a["stages"]}
    assert st["greeting"] == "hit" and st["permission"] == "hit"
    assert a["furthest_stage"] == "permission"
    assert a["talk"]["operator"] > 0 and a["talk"]["client"] > 0
