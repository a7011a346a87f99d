"""The generated reports in a real headless Chromium, opened from file://.

Needs the `playwright` Python package (its bundled driver, no browser download)
and a Chromium binary (Debian: /usr/bin/chromium). Skips with a message when
either is missing. Screenshots of the dashboard, a script page and an operator
page go to docs/ for the README.
"""

from __future__ import annotations

import math
import os
import struct
import wave
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from callqa.config import load_settings
from callqa.records import RecordingMeta, Transcript, Utterance
from callqa.report.render import call_page, operator_page, render_reports, script_page
from callqa.stats_synth import plan_call, save_call
from callqa.store import open_store

CHROMIUM = os.environ.get("CALLQA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DOCS = Path(__file__).resolve().parent.parent / "docs"
EVIL_SCRIPT = "<script>window.__pwned = 1</script> hello"
EVIL_IMG = '<img src=x onerror="window.__pwned = 2"> price?'

pytestmark = pytest.mark.slow


def _wav(path: Path, seconds: float = 40.0, rate: int = 8000) -> None:
    """A quiet tone: real media the player can load and seek in."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = bytearray()
        for i in range(int(seconds * rate)):
            frames += struct.pack("<h", int(2000 * math.sin(2 * math.pi * 440 * i / rate)))
        w.writeframes(bytes(frames))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    wav = tmp / "audio" / "evil call.wav"
    wav.parent.mkdir()
    _wav(wav)
    store = open_store(f"sqlite:///{tmp / 'callqa.db'}")
    t0 = datetime(2026, 11, 2, 10)
    # the team: 120 calls, price stalls often (a weak stage), "skipper" misses needs
    for i in range(120):
        op = ("anna", "boris", "skipper")[i % 3]
        stop = "price" if i % 2 == 0 else ("greeting" if i % 7 == 0 else None)
        if op == "skipper" and stop is None:
            stop = "price"  # skipping the needs stage costs the sale
        missed = ["needs"] if op == "skipper" and stop != "greeting" else []
        a = plan_call(f"call{i:03d}", stop=stop, success=stop is None, missed=missed)
        meta = RecordingMeta(call_id=a.call_id, operator=op, started_at=t0 + timedelta(days=i % 20, hours=i % 5),
                             client_segment=("cold", "warm", "hot")[i % 3], client_id=f"cl{i % 40}")
        tr = Transcript("en", 40.0, tuple(Utterance("operator" if k % 2 == 0 else "client", 1 + 10 * k, 4 + 10 * k,
                                                    f"{s.id} words") for k, s in enumerate(a.stages) if s.start))
        save_call(store, a, meta, tr, str(tmp / "audio" / f"missing-{i}.wav"))
    # the call with hostile text and real audio: stage "needs" starts at 12 s
    a = plan_call("evil", stop="price", success=False)
    utt = (Utterance("operator", 1.0, 4.0, "greeting words"), Utterance("client", 5.0, 9.0, EVIL_SCRIPT),
           Utterance("operator", 12.0, 15.0, "needs words"), Utterance("client", 16.0, 19.0, EVIL_IMG))
    stages = tuple(s if s.id != "needs" else type(s)(s.id, s.status, s.score, 12.0, 15.0, s.evidence) for s in a.stages)
    a = type(a)(**{**a.__dict__, "stages": stages})
    save_call(store, a, RecordingMeta(call_id="evil", operator="anna", started_at=t0 + timedelta(days=25)),
              Transcript("en", 40.0, utt), str(wav))
    out = tmp / "reports"
    cfg = load_settings(None, {"scripts": str(tmp / "no-scripts"), "report_audio": "link",
                               "report_transcripts": "raw", "recordings": str(tmp)})
    # a fixed "generated" time keeps the screenshots in docs/ identical from run to run
    render_reports(store, out, lang="en", settings=cfg, operators=(), all_calls=True, now=datetime(2026, 11, 29, 6, 0))
    store.close()
    return out


@pytest.fixture(scope="module")
def browser():
    pw_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the driver is bundled)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CALLQA_CHROMIUM)")
    with pw_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def test_pages_render_without_errors_and_links_resolve(bundle: Path, browser):
    pages = [bundle / "index.html", bundle / script_page("synth", 1), bundle / operator_page("skipper"),
             bundle / "operators.html", bundle / "runs.html", bundle / call_page("evil")]
    checked = 0
    for path in pages:
        assert path.is_file(), path
        page, errors = _open(browser, path)
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        for href in hrefs:
            target = Path(unquote(urlparse(href).path))
            assert target.is_file(), f"{path.name} links to missing {target}"
            checked += 1
        assert errors == [], f"{path.name}: {errors}"
        page.close()
    assert checked > 10


def test_weak_stage_and_skipper_are_shown(bundle: Path, browser):
    page, _ = _open(browser, bundle / script_page("synth", 1))
    row = page.locator("#stage-price")
    assert "weak" in row.inner_text()
    page.close()
    page, _ = _open(browser, bundle / operator_page("skipper"))
    text = page.inner_text("main")
    assert "needs" in text and "significantly worse" in text
    assert page.locator("a.moment").count() >= 1
    page.close()


def test_clicking_a_stage_seeks_the_player(bundle: Path, browser):
    page, errors = _open(browser, bundle / call_page("evil"))
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=10000)
    page.click("#stage-needs")
    page.wait_for_function("Math.abs(document.getElementById('player').currentTime - 12) < 0.2", timeout=5000)
    assert abs(page.evaluate("document.getElementById('player').currentTime") - 12.0) < 0.2
    # a deep link from an operator page lands on the right second too
    page.goto(bundle.joinpath(call_page("evil")).as_uri() + "#t=16")
    page.wait_for_function("Math.abs(document.getElementById('player').currentTime - 16) < 0.2", timeout=10000)
    assert errors == []
    page.close()


def test_hostile_transcript_is_text_and_runs_nothing(bundle: Path, browser):
    page, errors = _open(browser, bundle / call_page("evil"))
    text = page.inner_text("#transcript")
    assert "<script>window.__pwned = 1</script>" in text
    assert 'onerror="window.__pwned = 2"' in text
    page.wait_for_timeout(300)  # give an injected onerror a chance to fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#transcript img").count() == 0 and page.locator("#transcript script").count() == 0
    assert errors == []
    page.close()


def test_screenshots_for_the_docs(bundle: Path, browser):
    DOCS.mkdir(exist_ok=True)
    shots = {"report-dashboard.png": bundle / "index.html",
             "report-script.png": bundle / script_page("synth", 1),
             "report-operator.png": bundle / operator_page("skipper"),
             "report-call.png": bundle / call_page("evil")}
    for name, path in shots.items():
        page, _ = _open(browser, path)
        page.screenshot(path=str(DOCS / name), full_page=True)
        page.close()
        assert (DOCS / name).stat().st_size > 10_000
