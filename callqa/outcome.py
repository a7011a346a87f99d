"""Outcome cues: the end of the call read word by word, when no outcome phrase matched.

`align._outcome` matches the script's outcome phrases fuzzily; a short or garbled
answer ("no thanks", "не надо", "sounds good" after the demo proposal) often
clears no phrase threshold. This module reads the last few utterances (anyone
speaking, the client's weighted most, the latest most) for plain cue words kept
as data in `callqa/data/outcome_cues_<lang>.yaml`:

- refusal / callback / meeting / sale cues name the class directly;
- an agreement cue ("да, давайте", "sounds good") counts for the next step the
  operator's closing proposal offered (meeting or sale, from `closing_hints`),
  and only when the client (or, in mono, anyone) says it after that proposal;
  a day or time ("Tuesday afternoon") agrees only to a proposed meeting; such a yes
  weighs less than a word that names a class outright (AGREE_WEIGHT);
- a cue right after a negation word is not counted ("not sure" is no "sure");
- `none` cues ("sorry, I have to run") mark a call cut short: they compete like a class;
- no cue, or too little weight: `none` (the call simply ended).

`goodbye` words ("bye", "до свидания") are no outcome: `says_goodbye` finds the operator's
goodbye, after which the client's "okay, speak later" is a goodbye too (align).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import yaml
from rapidfuzz.distance import Levenshtein

from callqa.records import Utterance

TAIL_UTTERANCES = 6          # how far back from the end of the call to look
CLIENT_WEIGHT = 1.5          # the client's own words weigh more than the operator's
OPERATOR_WEIGHT = 1.0
UNKNOWN_WEIGHT = 1.2         # mono: either side
STEP_DECAY = 0.12            # each utterance back from the last weighs this much less
# a yes (or a day) names its class only by way of the proposal: a word that names a class
# outright, such as the operator's "I'll call you then" after it, weighs more
AGREE_WEIGHT = 0.6
MIN_CUE_WEIGHT = 0.5         # below this, the call ended with no decision
CLASSES = ("refusal", "callback", "meeting", "sale")
# cue families read from the data: the classes, `none` (a call cut short), `agree` (a yes
# to the closing proposal) and `when` (a day or time: a yes only to a proposed meeting)
FAMILIES = (*CLASSES, "none", "agree", "when", "goodbye")

_WORD = re.compile(r"[\w']+")


def norm(text: str) -> str:
    """Lowercase words joined by single spaces, ё as е, curly apostrophes straight."""
    text = text.lower().replace("ё", "е").replace("\u2019", "'")
    return " ".join(_WORD.findall(text))


# Whisper mishears long words by a letter ("созводимся", "calender"): a cue word (or stem)
# this long matches a heard word one edit away that begins alike ("looked" is no "booked");
# shorter ones must match exactly
FUZZY_MIN_LEN = 6


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    prefix: bool  # the last word is a stem: any ending matches


@dataclass(frozen=True)
class Cues:
    negations: frozenset[str]
    families: dict[str, tuple[Cue, ...]]       # class (and "agree", "none") → cues
    closing_hints: dict[str, tuple[str, ...]]  # outcome class → substrings of the closing proposal


def _cues(items: Sequence[str]) -> tuple[Cue, ...]:
    out = []
    for c in items:
        prefix = str(c).endswith("*")
        words = tuple(norm(str(c).rstrip("*")).split())
        if words:
            out.append(Cue(words, prefix))
    return tuple(out)


@lru_cache(maxsize=None)
def load_cues(lang: str) -> Cues | None:
    """The cue data for a language (None when callqa ships none for it)."""
    res = resources.files("callqa.data") / f"outcome_cues_{lang}.yaml"
    if not res.is_file():
        return None
    data = yaml.safe_load(res.read_text(encoding="utf-8")) or {}
    families = {k: c for k in FAMILIES if (c := _cues(data.get(k) or ()))}
    hints = {k: tuple(norm(h) + ("*" if str(h).endswith("*") else "") for h in v)
             for k, v in (data.get("closing_hints") or {}).items()}
    return Cues(frozenset(norm(n) for n in data.get("negations") or ()), families, hints)


@lru_cache(maxsize=1 << 16)
def _word_matches(cue: str, word: str, prefix: bool) -> bool:
    if word[:2] != cue[:2]:
        return False
    if prefix:
        if word.startswith(cue):
            return True
        return len(cue) >= FUZZY_MIN_LEN and len(word) >= len(cue) and Levenshtein.distance(cue, word[:len(cue)]) <= 1
    if word == cue:
        return True
    return len(cue) >= FUZZY_MIN_LEN and abs(len(word) - len(cue)) <= 1 and Levenshtein.distance(cue, word) <= 1


_STARTS: dict[tuple[int, str], tuple[Cue, ...]] = {}


def _starting(cues: Sequence[Cue], word: str) -> tuple[Cue, ...]:
    """The cues whose first word matches `word` (memoised: call transcripts repeat their words)."""
    key = (id(cues), word)
    hit = _STARTS.get(key)
    if hit is None:
        hit = tuple(c for c in cues if _word_matches(c.words[0], word, c.prefix and len(c.words) == 1))
        if len(_STARTS) > 200_000:
            _STARTS.clear()
        _STARTS[key] = hit
    return hit


def _last_hit(cues: Sequence[Cue] | None, words: Sequence[str], negations: frozenset[str], negatable: bool) -> int:
    """The word index where the last counted cue of a family starts (-1 when none)."""
    return _last_span(cues, words, negations, negatable)[0]


def _last_span(cues: Sequence[Cue] | None, words: Sequence[str], negations: frozenset[str],
               negatable: bool) -> tuple[int, int]:
    """(start, end) word indices of the last counted cue of a family ((-1, -1) when none)."""
    if not cues:
        return -1, -1
    for i in range(len(words) - 1, -1, -1):
        for cue in _starting(cues, words[i]):
            n = len(cue.words)
            if i + n > len(words) or not all(_word_matches(c, w, cue.prefix and k == n - 1)
                                             for k, (c, w) in enumerate(zip(cue.words[1:], words[i + 1:i + n]), 1)):
                continue
            if negatable and i > 0 and words[i - 1] in negations:
                continue
            return i, i + n
    return -1, -1


def closing_class(cues: Cues, closing_text: str | None) -> str | None:
    """The next step a closing proposal offered, from its words (None when it says none)."""
    if not closing_text:
        return None
    # whole words ("link" is no hint in "linked"); a hint ending in * is a stem
    text = f" {norm(closing_text)} "
    for cls, hints in cues.closing_hints.items():
        if any((f" {h[:-1]}" if h.endswith("*") else f" {h} ") in text for h in hints):
            return cls
    return None


def _utterance_class(cues: Cues, words: Sequence[str]) -> str | None:
    """The class one utterance's cue words name (or "none" for a call cut short), None when none."""
    if _last_hit(cues.families.get("refusal"), words, cues.negations, False) >= 0:
        return "refusal"   # "no thanks, don't call back" is a refusal, not a callback
    # mono joins a question and its answer: the cue that ends last in the utterance speaks for
    # it, the longer one where two end together ("время покажет" is no "покажете", a meeting)
    spans = {c: _last_span(cues.families.get(c), words, cues.negations, True) for c in (*CLASSES[1:], "none")}
    found = max(spans, key=lambda c: (spans[c][1], -spans[c][0]))
    at = spans[found][0]
    # "перезвоните в пятницу, надо с компаньоном обсудить": a callback with a day, however it goes on
    if found == "none" and spans["callback"][0] >= 0 \
            and _last_hit(cues.families.get("when"), words, cues.negations, True) >= 0:
        return "callback"
    return found if at >= 0 else None


def says_goodbye(text: str, lang: str) -> bool:
    """Whether the text has a goodbye word of the language's cue data."""
    cues = load_cues(lang)
    return cues is not None and _last_hit(cues.families.get("goodbye"), norm(text).split(), frozenset(), False) >= 0


def names_outcome(text: str, lang: str) -> bool:
    """Whether a cue word of some outcome class (or of a call cut short) is in the text."""
    cues = load_cues(lang)
    return cues is not None and _utterance_class(cues, norm(text).split()) is not None


def cue_outcome(utts: Sequence[Utterance], lang: str, *, skip: Sequence[bool] = (),
                closing_at: int | None = None, closing_text: str | None = None,
                classes: Sequence[str] = CLASSES) -> tuple[str, float]:
    """The outcome the last utterances' cue words point to, or 'none', with its weight.

    skip[i] marks utterances not to read (the operator saying a script stage: a
    proposal is not an answer); closing_at is the index of the operator's closing
    proposal, closing_text its words; an agreement counts only after it.
    """
    cues = load_cues(lang)
    if cues is None:
        return "none", 0.0
    proposed = closing_class(cues, closing_text) if closing_at is not None else None
    # the utterances that may carry an answer: spoken, and not a script stage said by the operator
    spoken = [i for i, u in enumerate(utts) if u.text.strip() and not (i < len(skip) and skip[i])]
    tail = spoken[-TAIL_UTTERANCES:]
    weight: dict[str, float] = {}
    for rank, i in enumerate(reversed(tail)):
        u = utts[i]
        w = {"client": CLIENT_WEIGHT, "operator": OPERATOR_WEIGHT}.get(u.speaker, UNKNOWN_WEIGHT)
        w *= max(0.0, 1.0 - STEP_DECAY * rank)
        text = norm(u.text).split()
        found = _utterance_class(cues, text)
        if found is None and proposed and closing_at is not None and i > closing_at \
                and u.speaker != "operator" \
                and (_last_hit(cues.families.get("agree"), text, cues.negations, True) >= 0
                     or proposed == "meeting"
                     and _last_hit(cues.families.get("when"), text, cues.negations, True) >= 0):
            found = proposed
            w *= AGREE_WEIGHT
        if found is not None and (found in classes or found == "none"):
            weight[found] = weight.get(found, 0.0) + w
    if not weight:
        return "none", 0.0
    best = max(weight, key=lambda c: weight[c])
    return (best, weight[best]) if weight[best] >= MIN_CUE_WEIGHT else ("none", 0.0)
