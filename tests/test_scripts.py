"""The script library: the shipped scripts load; broken ones are reported line by line."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from callqa.cli import app
from callqa.errors import ScriptError
from callqa.scripts import (ScriptValidationError, fill_variables, load_library, load_script, parse_script,
                            resolve_script)

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "scripts_library"

BAD = """\
id: broken
version: 1
language: ru
stages:
  - id: greeting
    phrases: [Добрый день]
  - id: greeting
    phrases: [Здравствуйте]
  - id: needs
    phrasses: [Как вы ведёте учёт]
  - id: price
    phrases: []
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_scripts_load_with_the_agreed_stage_ids():
    lib = load_library(LIBRARY)
    assert set(lib) >= {"ru-b2b-cold", "en-saas-demo"}
    ru, en = lib["ru-b2b-cold"], lib["en-saas-demo"]
    assert [s.id for s in ru.stages] == ["greeting", "permission", "decision_maker", "needs", "presentation",
                                        "case", "price", "closing", "farewell"]
    assert [s.id for s in en.stages] == ["greeting", "permission", "discovery", "presentation", "social_proof",
                                        "pricing", "closing", "farewell"]
    assert ru.stage("case").required is False and ru.stage("farewell").progress is False
    assert en.stage("social_proof").required is False and en.stage("farewell").progress is False
    assert ru.offers.max_discount_percent == 10 and en.offers.max_discount_percent == 15
    for s in (ru, en):
        assert s.success_outcomes == ("sale", "meeting", "callback")
        assert [name for name, _ in s.outcomes] == ["sale", "meeting", "callback", "refusal"]
        assert {name for name, _ in s.objections} == {"price", "timing", "competitor", "no_need"}
        assert {f.id for f in s.forbidden} == {"personal_contact", "pressure"}
        assert all(3 <= len(st.phrases) <= 8 for st in s.stages)


def test_typo_duplicate_id_and_empty_phrases_are_all_named_with_lines(tmp_path):
    path = write(tmp_path, "broken.yaml", BAD)
    script, problems = parse_script(path)
    assert script is None
    text = [str(p) for p in problems]
    assert any(p.line == 7 and p.field == "stages.1.id" and "duplicate stage id 'greeting'" in p.message
               for p in problems), text
    assert any(p.line == 10 and p.field == "stages.2.phrasses" and "unknown key 'phrasses'" in p.message
               and "did you mean 'phrases'" in p.message for p in problems), text
    assert any(p.line == 12 and p.field == "stages.3.phrases" and "at least one phrase" in p.message
               for p in problems), text
    assert all(str(path) in t for t in text)


def test_ranges_variables_and_outcome_names_are_checked(tmp_path):
    path = write(tmp_path, "s.yaml", """\
id: s
version: 1
language: en
variables: {company: Acme}
success_outcomes: [sale, meetin]
stages:
  - id: greeting
    threshold: 120
    required: maybe
    phrases: ["Hi, {operator} from {company} about {produkt}"]
outcomes:
  sale: [we buy]
  meeting: [let's meet]
""")
    _, problems = parse_script(path)
    by_field = {p.field: p for p in problems}
    assert by_field["success_outcomes.1"].line == 5 and "unknown outcome 'meetin'" in by_field["success_outcomes.1"].message
    assert by_field["stages.0.threshold"].line == 8 and "0..100" in by_field["stages.0.threshold"].message
    assert by_field["stages.0.required"].line == 9 and "true or false" in by_field["stages.0.required"].message
    assert by_field["stages.0.phrases.0"].line == 10 and "'{produkt}'" in by_field["stages.0.phrases.0"].message
    assert len(problems) == 4


def test_yaml_syntax_error_and_duplicate_key_have_lines(tmp_path):
    _, problems = parse_script(write(tmp_path, "a.yaml", "id: a\nversion: 1\nstages: [\n  - id: x\n"))
    assert len(problems) == 1 and "not valid YAML" in problems[0].message and problems[0].line is not None
    _, problems = parse_script(write(tmp_path, "b.yaml", "id: b\nversion: 1\nlanguage: en\nlanguage: ru\n"
                                                        "stages:\n  - id: x\n    phrases: [hi]\n"))
    assert [(p.line, p.field) for p in problems] == [(4, "language")]
    assert "duplicate key (first at line 3)" in problems[0].message


def test_missing_required_fields_are_named(tmp_path):
    _, problems = parse_script(write(tmp_path, "m.yaml", "id: m\nstages:\n  - phrases: [hi]\n"))
    fields = {p.field for p in problems}
    assert {"version", "language", "stages.0.id"} <= fields


def test_load_script_raises_with_every_problem(tmp_path):
    with pytest.raises(ScriptValidationError) as exc:
        load_script(write(tmp_path, "broken.yaml", BAD))
    # the typo also leaves the stage without its phrases: reported too, at the stage
    assert sorted((p.line, p.field) for p in exc.value.problems) == [
        (7, "stages.1.id"), (9, "stages.2.phrases"), (10, "stages.2.phrasses"), (12, "stages.3.phrases")]
    assert "broken.yaml:7" in str(exc.value) and "broken.yaml:10" in str(exc.value)


def test_resolve_by_id_and_by_path(tmp_path):
    assert resolve_script("en-saas-demo", LIBRARY).language == "en"
    assert resolve_script(str(LIBRARY / "ru-b2b-cold.yaml"), tmp_path).id == "ru-b2b-cold"
    with pytest.raises(ScriptError, match="unknown script 'nope'.*en-saas-demo"):
        resolve_script("nope", LIBRARY)


def test_a_broken_script_does_not_block_a_good_one(tmp_path):
    write(tmp_path, "broken.yaml", BAD)
    (tmp_path / "ru.yaml").write_text((LIBRARY / "ru-b2b-cold.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert resolve_script("ru-b2b-cold", tmp_path).id == "ru-b2b-cold"
    with pytest.raises(ScriptValidationError):
        load_library(tmp_path)
    with pytest.raises(ScriptValidationError):
        resolve_script("broken", tmp_path)  # file named after the id: its own problems are the answer


def test_duplicate_script_ids_in_a_library(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text((LIBRARY / "en-saas-demo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ScriptValidationError, match="also used by"):
        load_library(tmp_path)


def test_variables_are_filled_and_call_variables_dropped():
    s = load_script(LIBRARY / "ru-b2b-cold.yaml")
    assert fill_variables("Добрый день, меня зовут {operator}, компания {company}", s) == \
        "Добрый день, меня зовут , компания ТехноСклад"
    assert "Анна" in fill_variables("меня зовут {operator}", s, {"operator": "Анна"})


def test_cli_validate_passes_on_the_library_and_lists_every_error(tmp_path, monkeypatch):
    runner = CliRunner()
    ok = runner.invoke(app, ["scripts", "validate", str(LIBRARY)])
    assert ok.exit_code == 0, ok.output
    assert "ru-b2b-cold" in ok.output and "en-saas-demo" in ok.output
    monkeypatch.chdir(ROOT)
    default = runner.invoke(app, ["scripts", "validate"])
    assert default.exit_code == 0
    bad = write(tmp_path, "broken.yaml", BAD)
    res = runner.invoke(app, ["scripts", "validate", str(bad), str(LIBRARY / "en-saas-demo.yaml")])
    assert res.exit_code == 1
    out = res.output
    assert f"{bad}:7: stages.1.id" in out
    assert f"{bad}:10: stages.2.phrasses" in out
    assert f"{bad}:12: stages.3.phrases" in out
    assert "ok  " in out and "en-saas-demo" in out  # the good file is still checked


def test_cli_validate_missing_path(tmp_path):
    res = CliRunner().invoke(app, ["scripts", "validate", str(tmp_path / "nope.yaml")])
    assert res.exit_code == 1 and "no such file" in res.output
