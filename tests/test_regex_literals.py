"""The literal filter in front of the rules' phrase patterns: what it needs, and that it never
hides a match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from callqa import rules
from callqa.regex_literals import may_match, required_literals

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("pattern", "needs"), [
    # the longest word every match holds, not the alternation before it
    (r"(?<!\w)(?:звон|набир|пиш|стуч)\w*\s+мне\s+(?:\w+\s+){0,2}?лично(?!\w)", ("лично",)),
    # every branch needs a word of its own: any of them will do
    (r"(?:номер|телефон)\w*\b.{0,80}?у\s+меня\s+(?:у\s+подушки|под\s+подушкой)", ("подушки", "подушкой")),
    (r"my\s+(?:own\s+|private\s+)?personal\s+(?:number|phone)(?!\w)", ("personal",)),
    # an optional part needs nothing; the part after it does
    (r"(?:whatsapp\s+)?my\s+cell", ("cell",)),
    (r"(?:abcdef)?xyz", ("xyz",)),
    (r"(?:abc){2,}", ("abc",)),
])
def test_required_literals(pattern, needs):
    assert required_literals(pattern) == needs


@pytest.mark.parametrize("pattern", [
    r"ab?c",            # no run of three letters is certain
    r"x|yz",            # one branch needs only a letter
    r"(?:abc|)def?",    # an empty branch: the group needs nothing
    r"(?i)personal",    # a letter may be spelled either way
    r"(?i:personal)",
    r"[abc]+def?",
    r"(?:personal)?",
])
def test_no_filter_where_nothing_is_certain(pattern):
    assert required_literals(pattern) == ()
    assert may_match("nothing like it", required_literals(pattern))


def _texts() -> list[tuple[str, str]]:
    out = []
    for name in ("rules.jsonl", "tts_rules.jsonl"):
        for line in (ROOT / "bench" / "compliance" / name).open(encoding="utf-8"):
            case = json.loads(line)
            out += [(case["lang"], u["text"].lower().replace("ё", "е")) for u in case["utterances"]]
    return out


def test_the_filter_never_hides_a_match_of_the_packaged_patterns():
    """Every utterance of the labelled set that a packaged phrase or channel pattern matches
    passes that pattern's filter, and the filter keeps most utterances from the search."""
    texts = _texts()
    matched = skipped = checked = 0
    for lang in ("ru", "en"):
        conf = rules.load_rules(lang).personal_channel
        said = [rules._prepare(rules.Utterance("operator", 0.0, 1.0, t), lang, rules.load_rules(lang)).digits
                for lg, t in texts if lg == lang and t.strip()]
        for pattern in conf.phrases + conf.channels:
            needs = required_literals(pattern)
            for text in said:
                checked += 1
                if re.search(pattern, text):
                    matched += 1
                    assert may_match(text, needs), (pattern, text)
                elif not may_match(text, needs):
                    skipped += 1
    assert matched > 500
    assert skipped > 0.8 * checked
