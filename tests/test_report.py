"""HTML reports: audiences, empty and tiny databases, redaction, languages (no browser needed)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from callqa.cli import main
from callqa.config import load_settings
from callqa.errors import ReportError
from callqa.records import RecordingMeta, Transcript, Utterance
from callqa.report.i18n import fmt_num, fmt_pct
from callqa.report.render import call_page, operator_page, render_reports, script_page
from callqa.stats_synth import plan_call, save_call
from callqa.store import open_store

OPERATORS = ("ivanova", "petrov", "sidorenko")
PHONE = "+7 916 123 45 67"
T0 = datetime(2026, 11, 2, 10)


def _settings(tmp: Path, **kw):
    return load_settings(None, {"scripts": str(tmp / "no-scripts"), "recordings": str(tmp), **kw})


@pytest.fixture(scope="module")
def team_db(tmp_path_factory):
    """Three operators, 90 calls; price is weak; every transcript has a phone number and the operator's name."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('team') / 'db.sqlite'}")
    for i in range(90):
        op = OPERATORS[i % 3]
        stop = "price" if i % 2 == 0 else None
        a = plan_call(f"call-{i:03d}", stop=stop, success=stop is None,
                      missed=["needs"] if op == "sidorenko" and i % 6 == 2 else [],
                      flags=["personal_channel"] if i % 10 == 0 else [])
        utt = [Utterance("operator", s.start, s.end, f"{s.id}: меня зовут {op}, мой номер {PHONE}")
               for s in a.stages if s.start is not None]
        meta = RecordingMeta(call_id=a.call_id, operator=op, started_at=T0 + timedelta(days=i % 15),
                             client_segment="cold", client_id=f"client-{i % 20}")
        save_call(store, a, meta, Transcript("ru", 60.0, tuple(utt)), f"recordings/{a.call_id}.wav")
    yield store
    store.close()


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file())


def test_qa_bundle_has_every_page(team_db, tmp_path):
    out = tmp_path / "qa"
    r = render_reports(team_db, out, lang="en", settings=_settings(tmp_path))
    names = set(r.files)
    assert {"index.html", "operators.html", "runs.html", "stats.json", "stats.csv", script_page("synth", 1)} <= names
    assert {operator_page(op) for op in OPERATORS} <= names
    # call pages only for linked calls, all of which exist
    calls = {n for n in names if n.startswith("call-")}
    assert 0 < len(calls) < 90
    for page in out.glob("*.html"):
        for href in re.findall(r'href="([^"#]+)', page.read_text(encoding="utf-8")):
            assert (out / href).is_file(), f"{page.name} -> {href}"
    script = (out / script_page("synth", 1)).read_text(encoding="utf-8")
    assert "weak: stalls more than the rest of the script" in script
    assert "NaN" not in _all_text(out)
    # redacted by default (report_transcripts = redacted)
    assert PHONE not in _all_text(out) and "[PHONE]" in _all_text(out)


def test_trainer_bundle_contains_no_other_operator(team_db, tmp_path):
    out = tmp_path / "trainer"
    r = render_reports(team_db, out, lang="ru", audience="trainer", operators=("petrov",), settings=_settings(tmp_path))
    text = _all_text(out)
    assert "petrov" in text
    for other in ("ivanova", "sidorenko"):
        assert other not in text, f"{other} leaked into the trainer bundle"
        assert not any(other in n for n in r.files)
    assert operator_page("petrov") in r.files and "runs.html" not in r.files and "stats.json" not in r.files
    assert any(n.startswith("call-") for n in r.files)


def test_script_author_bundle_is_aggregates_and_redacted_excerpts(team_db, tmp_path):
    out = tmp_path / "author"
    r = render_reports(team_db, out, lang="en", audience="script-author",
                       settings=_settings(tmp_path, report_transcripts="raw"))
    assert sorted(n for n in r.files if n.endswith(".html")) == ["index.html", script_page("synth", 1)]
    text = _all_text(out)
    for op in OPERATORS:
        assert op not in text
    assert "call-" not in text  # no call ids, no links to call pages
    assert PHONE not in text and "[PHONE]" in text  # excerpts are redacted even when QA sees raw text


def test_rerender_for_another_audience_removes_the_old_pages(team_db, tmp_path):
    out = tmp_path / "same"
    render_reports(team_db, out, settings=_settings(tmp_path))
    assert (out / operator_page("ivanova")).is_file()
    render_reports(team_db, out, audience="trainer", operators=("petrov",), settings=_settings(tmp_path))
    assert not (out / operator_page("ivanova")).exists()
    assert "ivanova" not in _all_text(out)


def test_empty_database_says_so(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    out = tmp_path / "empty"
    render_reports(store, out, lang="en", settings=_settings(tmp_path))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "No analysed calls yet" in index and "No batch run recorded yet" in index
    assert "NaN" not in _all_text(out)
    out_ru = tmp_path / "empty-ru"
    render_reports(store, out_ru, lang="ru", settings=_settings(tmp_path))
    assert "Проанализированных звонков пока нет" in (out_ru / "index.html").read_text(encoding="utf-8")
    store.close()


def test_script_without_calls_and_operator_with_one_call(tmp_path):
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "s.yaml").write_text(
        "id: lonely\nversion: 2\nlanguage: en\ntitle: Nobody calls\nstages:\n"
        "  - id: hello\n    title: Hello\n    phrases: [hello there]\n", encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    a = plan_call("only", stop="price", success=False)
    save_call(store, a, RecordingMeta(call_id="only", operator="solo", started_at=T0),
              Transcript("en", 30.0, (Utterance("operator", 1.0, 2.0, "hi"),)), "x.wav")
    out = tmp_path / "out"
    cfg = load_settings(None, {"scripts": str(scripts), "recordings": str(tmp_path)})
    render_reports(store, out, lang="en", settings=cfg)
    lonely = (out / script_page("lonely", 2)).read_text(encoding="utf-8")
    assert "No calls were analysed against this script yet." in lonely
    solo = (out / operator_page("solo")).read_text(encoding="utf-8")
    assert "Only one call so far" in solo and "NaN" not in solo
    call = (out / call_page("only")).read_text(encoding="utf-8")
    assert "The recording file is not available here." in call and "<audio" not in call
    store.close()


def test_audio_policy_none_and_embed(tmp_path):
    wav = tmp_path / "a.wav"
    wav.write_bytes(b"RIFF0000WAVEfmt ")  # content is not decoded here, only linked or embedded
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    a = plan_call("c1", stop="needs", success=False)
    save_call(store, a, RecordingMeta(call_id="c1", operator="o", started_at=T0),
              Transcript("en", 30.0, (Utterance("operator", 1.0, 2.0, "hi"),)), str(wav))
    for policy, expect in (("none", "Audio is not included"), ("embed", 'src="data:audio/'), ("link", 'src="../a.wav"')):
        out = tmp_path / policy
        render_reports(store, out, settings=_settings(tmp_path, report_audio=policy), all_calls=True)
        assert expect in (out / call_page("c1")).read_text(encoding="utf-8"), policy
    store.close()


def test_bad_options(team_db, tmp_path):
    with pytest.raises(ReportError, match="--operator"):
        render_reports(team_db, tmp_path / "t", audience="trainer", settings=_settings(tmp_path))
    with pytest.raises(ReportError, match="audience"):
        render_reports(team_db, tmp_path / "t", audience="boss", settings=_settings(tmp_path))
    with pytest.raises(ReportError, match="lang"):
        render_reports(team_db, tmp_path / "t", lang="de", settings=_settings(tmp_path))


def test_report_cli(team_db, tmp_path, capsys):
    url = team_db.url
    with pytest.raises(SystemExit) as e:
        main(["report", "--db", url, "--audience", "trainer", "--out", str(tmp_path / "x")])
    assert e.value.code == 1 and "needs the operators" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["report", "--db", url, "--out", str(tmp_path / "ok"), "--lang", "ru", "--by", "month"])
    assert e.value.code in (0, None)
    assert (tmp_path / "ok" / "index.html").is_file()


def test_numbers_per_language():
    assert fmt_num(1234567.5, "en", 1) == "1,234,567.5"
    assert fmt_num(1234567.5, "ru", 1) == "1\u00a0234\u00a0567,5"
    assert fmt_pct(0.125, "ru") == "12,5\u00a0%" and fmt_pct(0.125, "en") == "12.5%"
    assert fmt_pct(None, "en") == "—" and fmt_num(float("nan"), "en") == "—"


def test_run_log_shows_runs_and_failures(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    rid = store.start_run("recordings")
    store.record_failure("recordings/broken.mp3", "abc", "transcribe", "not audio: <b>bad header</b>", rid)
    store.finish_run(rid, "ok", files_seen=7, files_new=3, files_failed=1, audio_seconds=5400.0)
    out = tmp_path / "out"
    render_reports(store, out, lang="en", settings=_settings(tmp_path))
    runs = (out / "runs.html").read_text(encoding="utf-8")
    assert "recordings/broken.mp3" in runs and "not audio: &lt;b&gt;bad header&lt;/b&gt;" in runs
    index = (out / "index.html").read_text(encoding="utf-8")
    assert ">7<" in index and ">1.5<" in index  # files seen, audio hours
    store.close()
