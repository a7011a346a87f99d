"""The compliance benchmark's legibility measure: what a reader of a redacted transcript could learn."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_compliance as ec  # noqa: E402


@pytest.mark.parametrize("spoken, lang, words", [
    ("email is emily underscore davis at shiftpilot dot io and phone is", "en", ["emily", "davis"]),
    ("my email is j.taylor at hotmail.com send the contract there", "en", ["taylor"]),
    ("почта павел морозов собака техносклад точка ру туда и присылайте договор", "ru", ["павел", "морозов"]),
    ("отправьте счет на ольга-соколова собака яндекс точка ру", "ru", ["ольга", "соколова"]),
    # an "at" before the address is not the address's; the local part starts after the comma
    ("slowly now, one letter at a time, rosalind_hargreaves at shiftpilot.com, stop me", "en",
     ["rosalind", "hargreaves"]),
    ("send it at once, s dot dunleavy at hotmail dot com", "en", ["dunleavy"]),
])
def test_the_local_part_of_a_spoken_address(spoken, lang, words):
    assert ec._local_words(spoken, lang) == words


PHONE = {"lang": "en", "spoken": "call me on five five five zero one three four four seven two please"}
CARD = {"lang": "en", "spoken": "card four one one one one one one one one one one one one one one one"}


@pytest.mark.parametrize("row, kind, text, legible", [
    (PHONE, "phone", "call me on 555-013-4472 please", True),
    (PHONE, "phone", "call me on [PHONE] please", False),
    (PHONE, "phone", "call me on 555, I'm 1, time please", False),      # 4 digits in order: not a number
    (PHONE, "phone", "call me on 555 0134 time please", True),          # 7: a local number
    (CARD, "card", "card 4111 1111 11", False),                         # 10 digits: what a receipt shows
    (CARD, "card", "card 4111 1111 111", True),
    ({"lang": "en", "spoken": "my email is megan.hall at outlook.com"}, "email", "my email is Megan Hal at", True),
    ({"lang": "en", "spoken": "my email is megan.hall at outlook.com"}, "email", "my email is [NAME] at", False),
])
def test_legible_values(row, kind, text, legible):
    assert ec._legible(kind, row, text) is legible


def test_a_leak_is_counted_only_where_redaction_left_the_value():
    rows = [{**PHONE, "id": "a", "text": "call me on 555-013-4472 please", "items": [{"type": "phone"}]},
            {**PHONE, "id": "b", "text": "call me on uh I'm 60", "items": [{"type": "phone"}]}]
    errors: list[str] = []
    assert ec.eval_leaks(rows, errors)["phone"] == [2, 1, 0]
    assert errors == []


def _compliance_tts():
    # loaded by its path: the alignment corpus has a tts module of its own
    spec = importlib.util.spec_from_file_location("compliance_tts", ROOT / "bench" / "compliance" / "tts.py")
    tts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tts)
    return tts


def test_the_labelled_set_has_what_the_issue_asks_for():
    # >= 200 PII items and >= 100 rule cases across ru and en; each held-out part is scored on its own
    def load(name):
        return [json.loads(line) for line in (ROOT / "bench" / "compliance" / name).open(encoding="utf-8")]
    pii, rules = load("pii.jsonl") + load("tts_pii.jsonl"), load("rules.jsonl") + load("tts_rules.jsonl")
    assert sum(len(r["items"]) for r in pii) >= 200 and len(rules) >= 100
    # every part tts.py knows, so that a part registered there without its data fails here
    tts_parts = [p for p in _compliance_tts().PARTS if p != "train"]
    assert len(tts_parts) >= 41
    for source, split in (("synthetic", "test"), *(("tts", p) for p in tts_parts)):
        part = [r for r in pii if (r["source"], r["split"]) == (source, split)]
        cases = [c for c in rules if (c["source"], c["split"]) == (source, split)]
        assert sum(len(r["items"]) for r in part) >= 150 and len(cases) >= 100, (source, split)
        assert {r["lang"] for r in part} == {r["lang"] for r in cases} == {"ru", "en"}


def _offer(lang: str, text: str, amount: float) -> dict:
    return {"lang": lang, "amount": amount, "utterances": [{"speaker": "operator", "text": text}]}


@pytest.mark.parametrize("row, reached", [
    (_offer("ru", "сделаем вам скидку двадцать пять процентов", 25), True),
    (_offer("ru", "отдадим вам за полцены", 50), True),                      # a half is an amount of 50
    (_offer("en", "and for the end keeper on your renewal", 15), False),     # "fifteen percent cheaper", lost
    (_offer("en", "we take 20% off your renewal", 25), False),               # another amount reached, not this
    ({**_offer("en", "25% off", 25), "utterances": [{"speaker": "client", "text": "25% off?"}]}, False),
])
def test_an_offer_reached_the_transcript_when_its_amount_is_readable_in_operator_speech(row, reached):
    assert ec.amount_reached(row) is reached


def test_an_address_initial_is_named_for_the_russian_voice():
    # festival's Russian voice writes an empty file for "E.кудряшова"; tts.py says it again this way
    tts = _compliance_tts()

    assert tts.ru_letters("E.кудряшова собака складонлайн точка ру") == "и точка кудряшова собака складонлайн точка ру"
    assert tts.ru_letters("f_сорокоумова собака") == "эф нижнее подчеркивание сорокоумова собака"
    assert tts.ru_letters("почта нашего завхоза") == "почта нашего завхоза"


def test_the_benchmark_reads_another_folder_when_told(tmp_path):
    # rehear.py writes a part heard again into its own folder; the stored set stays as it is
    row = {"id": "tts-x-000", "lang": "en", "split": "test88", "source": "tts", **PHONE,
           "text": "call me on 555-013-4472 please", "items": [{"type": "phone"}]}
    (tmp_path / "tts_pii.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    import subprocess
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_compliance.py"), "--data", str(tmp_path),
                          "--split", "test88"], capture_output=True, text=True, check=True).stdout
    assert "Redaction, test88, tts (1 texts)" in out
    phone = next(line.split() for line in out.splitlines() if line.strip().startswith("phone"))
    assert phone[1:3] == ["1", "1.000"]
