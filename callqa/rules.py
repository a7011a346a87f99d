"""Compliance rules: forbidden phrases, discounts beyond policy, personal channels.

`check(transcript, script)` runs inside every analysis and returns `Flag`
records (rule id, time, evidence, discount amount); it has no side effects.
What counts as a discount cue, a messenger or a personal e-mail domain is data
in `callqa/data/rules_<lang>.yaml`; a company adds its own words in a YAML
file with the same keys, named by `load_rules(extra_files=...)` or by the
environment variable CALLQA_RULES_FILE (several files separated by os.pathsep).

Rules read operator speech; when the recording gives no speakers (mono,
`unknown`) they read everything said, since there is no way to tell.
"""

from __future__ import annotations

import bisect
import functools
import logging
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from rapidfuzz import fuzz, process

from callqa import channel_model, offer_model, privacy
from callqa.errors import RulesError
from callqa.regex_literals import may_match, required_literals
from callqa.records import Flag, Script, Transcript, Utterance
from callqa.sentence_model import SentenceModel

log = logging.getLogger("callqa")

RULES_ENV = "CALLQA_RULES_FILE"


# --------------------------------------------------------------------------- rules as data
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ForbiddenConf(_Strict):
    threshold: float = 80.0
    # a phrase of `long_words` words or more carries more evidence than a short one: a lower
    # ratio still reads it ("look, this author is only God's name, you must hide now")
    long_words: int = 8
    long_threshold: float = 80.0


class DiscountConf(_Strict):
    window: int = 6
    amount_patterns: tuple[str, ...] = ()
    compound_pattern: str | None = None
    compound_stems: dict[str, float] = {}
    discount_cues: tuple[str, ...] = ()
    not_discount_cues: tuple[str, ...] = ()
    # a reduction said without a discount word ("you pay 50% less", "на 15% ниже стандартной
    # цены"): a reduction word and a price word both near the amount, and no non-discount cue
    reduction_cues: tuple[str, ...] = ()
    price_cues: tuple[str, ...] = ()
    # a half said without a number ("половинку абонентки", "we halve its fee"): an amount of 50
    # that is its own reduction word, so a price word near it is enough
    half_patterns: tuple[str, ...] = ()
    # the speaker saying the discount is not on offer ("we simply don't", "на коммерческие компании
    # не распространяется"): anywhere in the utterance, no amount in it is an offer
    refusal_cues: tuple[str, ...] = ()
    # an amount that is a share of something ("30% of the team", "25% of your budget"): matched
    # right after the amount; with no price word within `window` words after it, the offer model
    # is not asked ("30% of the final total" still is)
    share_patterns: tuple[str, ...] = ()
    # someone else giving the discount ("оптовик с шарами дает вам уступку 20%", "a chemicals
    # supplier knocks 25% off your bulk orders", "вы сами делаете 20% скидки на вход"): an amount
    # within `window` words after a match is theirs, neither flagged nor left to the model
    other_party_patterns: tuple[str, ...] = ()
    # a count that went down, told as news ("the empty slots in your diary are down to 25%",
    # "уехавших без оплаты стало меньше на 25%"): an amount within `window` words after a match is
    # a statistic, neither flagged nor left to the model
    change_patterns: tuple[str, ...] = ()
    # the client's purchasing named after an amount ("… уступает вам 20%, это можно заложить в
    # закупочную цену", "… knocks 20% off big batches, purchasing records that"): the amount is a
    # supplier's terms on what the client buys, whoever was named giving it; an amount within
    # `purchase_window` words before a match is neither flagged nor left to the model
    purchase_patterns: tuple[str, ...] = ()
    purchase_window: int = 15
    # the operator speaking for the company in the first person ("we", "мы"): one of these between
    # someone else's terms and an amount makes the amount the operator's own offer ("if your insurer
    # pays late, we'll knock 25% off"), no longer excused by the other party
    speaker_words: tuple[str, ...] = ()
    # ask the learned offer model (callqa/offer_model.py) about a sentence whose amount is beyond
    # policy when the cues found no discount there
    model: bool = True


class ChannelConf(_Strict):
    window: int = 6
    channels: tuple[str, ...] = ()
    move_cues: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    personal_phone_cues: tuple[str, ...] = ()
    company_phone_cues: tuple[str, ...] = ()
    # a messenger the company runs ("уведомления придут в телеграм", "our support bot on whatsapp")
    company_channel_cues: tuple[str, ...] = ()
    # the cues that make the channel the speaker's own ("мне", "my", "лично"), moves as well: only
    # these stand against a company cue farther away; an action ("отправит вам", "message") does
    # not ("уведомления корпоративный бот компании отправит вам в вотсап")
    own_cues: tuple[str, ...] = ()
    # a company channel said to fail ("наш корпоративный чат вечно виснет", "the company chat keeps
    # freezing"): within four words after a company cue, the cue points away from it
    failing_cues: tuple[str, ...] = ()
    personal_email_domains: tuple[str, ...] = ()
    # ask the learned channel model (callqa/channel_model.py) about a sentence where the words
    # above found no personal channel; off unless a company turns it on (see that module for why)
    model: bool = False


class RuleSet(_Strict):
    """The rules for one language, merged from the packaged file and company files."""

    language: str
    fillers: tuple[str, ...] = ()
    # regular expression -> replacement, applied to lowercase speech before anything else:
    # how the recogniser splits or respells cue words ("вот сап" -> "вотсап")
    rewrites: dict[str, str] = {}
    forbidden: ForbiddenConf = ForbiddenConf()
    discount: DiscountConf = DiscountConf()
    personal_channel: ChannelConf = ChannelConf()


def _read_yaml(text: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise RulesError(f"not valid YAML ({exc}); fix the syntax", path=where) from exc
    if not isinstance(data, dict):
        raise RulesError("expected a mapping with keys language, forbidden, discount, personal_channel",
                         path=where)
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists are extended, mappings merged, scalars replaced: a company file adds words."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def _validate(data: dict[str, Any], where: str) -> RuleSet:
    try:
        rules = RuleSet(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        got = f" (got {err['input']!r})" if "input" in err else ""
        raise RulesError(f"field '{field}': {err['msg']}{got}; quote YAML words such as 'off' or "
                         "'no' and numbers; see callqa/data/rules_en.yaml for the keys",
                         path=where) from exc
    for group in (tuple(rules.rewrites), rules.discount.amount_patterns, rules.personal_channel.channels,
                  rules.personal_channel.phrases, rules.personal_channel.personal_email_domains,
                  (rules.discount.compound_pattern or "",)):
        for pattern in group:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RulesError(f"pattern {pattern!r} is not a valid regular expression ({exc})",
                                 path=where) from exc
    return rules


def _env_files() -> tuple[str, ...]:
    value = os.environ.get(RULES_ENV, "")
    return tuple(p for p in value.split(os.pathsep) if p)


@functools.lru_cache(maxsize=32)
def load_rules(lang: str, extra_files: tuple[str, ...] = ()) -> RuleSet:
    """The packaged rules for `lang` (en when there are none) plus company files."""
    lang = (lang or "en").lower().split("-")[0]
    name = f"rules_{lang}.yaml"
    pkg = resources.files("callqa.data")
    if not pkg.joinpath(name).is_file():
        log.warning("no compliance rules for language %r; using the English rules", lang)
        name = "rules_en.yaml"
    data = _read_yaml(pkg.joinpath(name).read_text(encoding="utf-8"), f"callqa/data/{name}")
    for extra in extra_files:
        path = Path(extra)
        if not path.is_file():
            raise RulesError(f"rules file not found; check {RULES_ENV} or the path given", path=str(path))
        more = _read_yaml(path.read_text(encoding="utf-8"), str(path))
        if more.get("language", data.get("language")) != data.get("language"):
            continue  # a company file for another language
        data = _merge(data, more)
    return _validate(data, ", ".join((f"callqa/data/{name}",) + tuple(extra_files)))


# --------------------------------------------------------------------------- text helpers
@dataclass(frozen=True)
class _Said:
    """Operator speech of one utterance in the two forms the rules read."""

    utt: Utterance
    digits: str  # lowercase, ё->е, numbers as digits (for discounts and channels)
    low: str  # lowercase, ё->е, numbers as said (for phone numbers and e-mail addresses)
    words: tuple[str, ...]  # normalised lemmas (for forbidden phrases)
    starts: tuple[int, ...]  # char offset of each whitespace word of `digits`


def _numbers_to_digits(text: str, lang: str) -> str:
    from callqa.nlp import numbers_to_digits

    return numbers_to_digits(text, lang)


def _normalize(text: str, lang: str) -> str:
    from callqa.nlp import normalize

    return normalize(text, lang)


def _prepare(utt: Utterance, lang: str, rules: RuleSet) -> _Said:
    low = re.sub(r"\s+", " ", utt.text.lower().replace("ё", "е")).strip()
    for pattern, repl in rules.rewrites.items():
        low = re.sub(pattern, repl, low)
    said = low
    if rules.fillers:
        # "15 ну процентов": a filler must not split an amount from its percent
        fillers = set(rules.fillers)
        low = " ".join(w for w in low.split() if w.strip(",.!?") not in fillers)
    digits = _numbers_to_digits(low, lang)
    starts = tuple(m.start() for m in re.finditer(r"\S+", digits))
    # lemmas of the speech as the rewrites read it, so that a forbidden "напишите мне в вотсап" is
    # found in "напишите мне вот заплатно" too
    return _Said(utt, digits, said, tuple(_normalize(said, lang).split()), starts)


def _word_at(said: _Said, pos: int) -> int:
    return max(0, bisect.bisect_right(said.starts, pos) - 1)


@functools.lru_cache(maxsize=256)
def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    # one scan for all cues: a lookahead reports every word start where any cue begins
    if not cues:
        return None
    # a cue is a word prefix; one ending in "$" is a whole word ("less$" is not "lessons")
    alts = (re.escape(c.lower()[:-1]) + r"(?!\w)" if c.endswith("$") else re.escape(c.lower()) for c in cues)
    return re.compile(r"(?<!\w)(?=(?:" + "|".join(alts) + "))")


def _cue_positions(text: str, cues: tuple[str, ...]) -> list[int]:
    """Char offsets where a cue begins at a word start (each offset once)."""
    rx = _cue_regex(tuple(cues))
    return [m.start() for m in rx.finditer(text)] if rx is not None else []


def _time_of(said: _Said, first_word: int, n_words: int, of: int | None = None) -> tuple[float, float]:
    """Start/end of a stretch of the utterance, from word times when there are any.

    `first_word` counts words of the digit-form text (or of `of` words, for
    lemmas); they map onto Whisper's words in proportion, which is close as
    the two differ by a few merged numbers or dropped fillers. Without word
    times the utterance's times are used.
    """
    u = said.utt
    words = u.words
    total = of if of is not None else len(said.starts)
    if not words or not total:
        return u.start, u.end
    scale = len(words) / total
    a = min(len(words) - 1, int(first_word * scale))
    b = min(len(words) - 1, max(a, int((first_word + n_words) * scale) - 1))
    return words[a].start, words[b].end


# --------------------------------------------------------------------------- forbidden
# negations as the normaliser leaves them ("don't" is "don", "t"; "can't" is "can", "t")
_NEGATIONS = frozenset({"не", "нет", "ни", "без", "not", "no", "never", "t", "without"})
# those that negate the words after them ("you don't | have | to decide …"), unlike "no, | you have to …"
_VERB_NEGATIONS = frozenset({"не", "not", "never", "t"})


@functools.lru_cache(maxsize=4096)
def _phrase_words(text: str, lang: str) -> tuple[str, ...]:
    # script phrases repeat in every call: normalised once
    return tuple(_normalize(text, lang).split())


def _forbidden(said: list[_Said], script: Script, rules: RuleSet) -> list[Flag]:
    """Forbidden phrases, fuzzy-matched on windows of the utterance's lemmas.

    A phrase of n words is compared with every window of n-1 to n+2 words (a
    recogniser adds and drops words); all windows of an utterance against all
    phrases in one rapidfuzz matrix.
    """
    if not script.forbidden or not said:
        return []
    lang = script.language
    variables = dict(script.variables)
    targets: list[str] = []
    negated: list[bool] = []
    need: list[float] = []
    lo: list[int] = []
    hi: list[int] = []
    owner: list[int] = []
    for r, rule in enumerate(script.forbidden):
        for x in rule.phrases:
            words = _phrase_words(re.sub(r"\{(\w+)\}", lambda m: variables.get(m.group(1), ""), x), lang)
            if words:
                targets.append(" ".join(words))
                negated.append(bool(_NEGATIONS.intersection(words)))
                need.append(rules.forbidden.long_threshold if len(words) >= rules.forbidden.long_words
                            else rules.forbidden.threshold)
                lo.append(max(1, len(words) - 1))
                hi.append(len(words) + 2)
                owner.append(r)
    if not targets:
        return []
    lo_a, hi_a, owner_a = np.array(lo)[:, None], np.array(hi)[:, None], np.array(owner)
    need_a = np.array(need, dtype=np.float32)[:, None]
    negated_a = np.array(negated)[:, None]
    sizes = range(min(lo), max(hi) + 1)
    flags: list[Flag] = []
    for s in said:
        windows: list[str] = []
        where: list[tuple[int, int]] = []
        for size in sizes:
            for i in range(0, max(1, len(s.words) - size + 1)):
                windows.append(" ".join(s.words[i:i + size]))
                where.append((i, size))
        size_a = np.array([w[1] for w in where])[None, :]
        scores = process.cdist(targets, windows, scorer=fuzz.ratio, dtype=np.float32)
        scores[(size_a < lo_a) | (size_a > hi_a)] = 0.0
        # "you don't have to decide right now" is the opposite of "you have to decide right now":
        # below the short phrases' threshold, a window that negates what its phrase does not, or
        # follows a negation, is no match (above it the recogniser's "you can't decide right now,
        # or you lose the deal" for "you have to decide …" still is one)
        weak = (scores < rules.forbidden.threshold) & (scores >= need_a)
        if weak.any():
            denies = np.array([bool(_NEGATIONS.intersection(s.words[i:i + n]))
                               or bool(_VERB_NEGATIONS.intersection(s.words[max(0, i - 2):i]))
                               for i, n in where])[None, :]
            scores[weak & denies & ~negated_a] = 0.0
        # how far each window clears its phrase's threshold
        scores -= need_a
        for r, rule in enumerate(script.forbidden):
            rows = scores[owner_a == r]
            if not len(rows) or rows.max() < 0:
                continue
            k = int(rows.max(axis=0).argmax())
            start, end = _time_of(s, where[k][0], where[k][1], of=len(s.words))
            flags.append(Flag(f"forbidden:{rule.id}", start, s.utt.text.strip(), end))
    return flags


# --------------------------------------------------------------------------- discounts
@dataclass(frozen=True)
class Discount:
    amount: float
    pos: int  # char offset in the digit-form text
    length: int


def discount_amounts(text: str, rules: RuleSet) -> list[tuple[float, int, int]]:
    """Every percent amount in one utterance (lowercase, numbers as digits): (value, start, end)."""
    conf = rules.discount
    amounts: list[tuple[float, int, int]] = []
    for pattern in conf.amount_patterns:
        for m in re.finditer(pattern, text):
            amounts.append((float(m.group("n").replace(",", ".")), m.start(), m.end()))
    if conf.compound_pattern:
        for m in re.finditer(conf.compound_pattern, text):
            stem = m.group("stem")
            value = conf.compound_stems.get(stem)
            if value is None:  # "двадцатипяти" may be spelled apart from its prefix
                value = next((v for k, v in conf.compound_stems.items() if stem.endswith(k)), None)
            if value is not None:
                amounts.append((float(value), m.start(), m.end()))
    return amounts


def half_amounts(text: str, rules: RuleSet, amounts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Halves said without a number (`half_patterns`), as amounts of 50 apart from `amounts`."""
    halves = [(50.0, m.start(), m.end()) for p in rules.discount.half_patterns for m in re.finditer(p, text)]
    return [h for h in halves if not any(h[1] < b and a < h[2] for _, a, b in amounts)]


def find_discounts(text: str, rules: RuleSet,
                   amounts: list[tuple[float, int, int]] | None = None) -> list[Discount]:
    """Discounts offered in one utterance (lowercase, numbers as digits); `amounts` are its
    `discount_amounts` when the caller has them already.

    An amount is a discount when a discount cue is within `window` words of
    it and no non-discount cue ("быстрее", "guarantee") is nearer: "скидка 10%
    и на 20% быстрее" offers 10, not 20. Without a discount cue, a reduction
    cue and a price cue both within `window` words, and no other non-discount
    cue there, make one too: "you pay 25% less", but not "тариф тот же, а
    ошибок на 30% меньше".
    """
    return read_discounts(text, rules, amounts)[0]


def read_discounts(text: str, rules: RuleSet, amounts: list[tuple[float, int, int]] | None = None
                    ) -> tuple[list[Discount], list[Discount]]:
    """`find_discounts`, and the other amounts below 100 that no non-discount cue explains
    (none is near, or a reduction word is nearer): what the offer model may still read as one.
    A half said without a number is never left to the model: "half the staff", "on behalf of"
    and "ошибок вдвое меньше" are no sentences it learned from."""
    conf = rules.discount
    if amounts is None:
        amounts = discount_amounts(text, rules)
    halves = half_amounts(text, rules, amounts)
    amounts = [*amounts, *halves]
    if not amounts or _cue_positions(text, conf.refusal_cues):
        return [], []
    tokens = list(re.finditer(r"\S+", text))
    starts = [m.start() for m in tokens]

    def word(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    cues = [word(p) for p in _cue_positions(text, conf.discount_cues)]
    reductions = {word(p) for p in _cue_positions(text, conf.reduction_cues)}
    prices = [word(p) for p in _cue_positions(text, conf.price_cues)]
    # a reduction word is also a non-discount cue ("на 20% меньше ошибок"); only the others count
    nots = [w for w in (word(p) for p in _cue_positions(text, conf.not_discount_cues)) if w not in reductions]
    out: list[Discount] = []
    open_: list[Discount] = []

    def share_of_no_price(b: int, w1: int) -> bool:
        # "25% of the team": a share, and no price word in the window after it
        return (any(re.match(p, text[b:]) for p in conf.share_patterns)
                and not any(w1 < w <= w1 + conf.window for w in prices))

    others = [word(m.end() - 1) for p in (*conf.other_party_patterns, *conf.change_patterns)
              for m in re.finditer(p, text)]

    def speaker_between(w: int, w0: int) -> bool:
        # the speaker's own offer after someone else's terms ("if your insurer pays late, we'll knock
        # 25% off", "если страховая снизит выплату, мы сделаем вам скидку 30%"): not excused by them
        return any(m.group().strip(",.;:!?") in conf.speaker_words for m in tokens[w + 1:w0])
    purchases = [word(m.start()) for p in conf.purchase_patterns for m in re.finditer(p, text)]
    for value, a, b in sorted(amounts, key=lambda x: x[1]):
        # 100 % and more is never a price reduction ("100% гарантия")
        if not 0 < value < 100 or any(a < d.pos + d.length and b > d.pos for d in out):
            continue
        w0, w1 = word(a), word(max(a, b - 1))
        if any(0 <= w0 - w <= conf.window and not speaker_between(w, w0) for w in others) or any(
                0 < w - w1 <= conf.purchase_window for w in purchases):
            continue

        def dist(ws: list[int]) -> int | None:
            d = [max(0, w0 - w, w - w1) for w in ws]
            return min(d) if d else None

        cue, neg, reduction = dist(cues), dist(nots), dist(list(reductions))
        half = (value, a, b) in halves
        near = conf.window
        if cue is not None and cue <= near and (neg is None or neg >= cue):
            out.append(Discount(value, a, b - a))
        # a half is its own reduction word (but not its own excuse from a non-discount word)
        elif all(d is not None and d <= near for d in (0 if half else reduction, dist(prices))) and (
                neg is None or neg > near or half and dist(prices) < neg):
            # a half is not excused by a non-discount word farther than its price word ("без вещей
            # клиентов, ведем в системе ровно за половину обычной абонентки")
            out.append(Discount(value, a, b - a))
        elif not half and (neg is None or neg > near or reduction is not None and reduction < neg) and (
                not share_of_no_price(b, w1)):
            # the model may read it unless a non-discount word is nearer than any reduction word
            # ("25% upfront": not asked; "…пилотного клиента, это на 40% ниже прайса": asked)
            open_.append(Discount(value, a, b - a))
    return out, open_


def offered_discounts(text: str, rules: RuleSet, limit: float,
                      model: SentenceModel | None) -> list[Discount]:
    """The discounts beyond `limit` one utterance (lowercase, numbers as digits) offers, one per
    amount: what the cues find, else, when `model` reads the sentence as an offer, the first
    amount beyond `limit` that no non-discount word explains. `bench/train_offer_model.py`
    scores its folds' models through this too."""
    cued, open_ = read_discounts(text, rules)
    found = [d for d in cued if d.amount > limit]
    if not found and model is not None:
        # no cue the rules know, an amount beyond policy that no non-discount word
        # ("предоплата", "upfront") explains: the model reads the sentence whole
        over = [d for d in open_ if d.amount > limit]
        if over and model.probability(text) >= offer_model.MIN_PROBABILITY:
            found = over[:1]
    # two wordings of one offer in a sentence ("split the cost evenly, you cover your half") are one flag
    unique: list[Discount] = []
    for d in found:
        if all(u.amount != d.amount for u in unique):
            unique.append(d)
    return unique


def _discounts(said: list[_Said], script: Script, rules: RuleSet) -> list[Flag]:
    limit = script.offers.max_discount_percent
    if limit is None:
        return []
    model = offer_model.packaged_model() if rules.discount.model else None
    flags: list[Flag] = []
    for s in said:
        for d in offered_discounts(s.digits, rules, limit, model):
            first = _word_at(s, d.pos)
            start, end = _time_of(s, max(0, first - 2), 4)
            flags.append(Flag("discount", start, s.utt.text.strip(), end, amount=d.amount))
    return flags


# --------------------------------------------------------------------------- personal channels
# what the company itself runs: "my" before one of these is the recogniser's "by"
_COMPANY_THINGS = ("platform", "company", "official", "verified", "corporate")


def find_personal_channel(text: str, lang: str, rules: RuleSet, said: str | None = None) -> int | None:
    """Char offset where the speaker moves the client to a personal channel, or None.

    `text` is lowercase with numbers as digits. Phone numbers and e-mail addresses are looked
    for in `said` (the same speech with numbers as said) when given, since turning numbers into
    digits reads a dictated "80,68" as a decimal; their offset is mapped back to the word of
    `text` at the same position (the two differ by a few fillers and merged numbers).
    """
    conf = rules.personal_channel
    for pattern in conf.phrases:
        # dozens of phrases, nearly all absent: a substring test skips most searches
        if not may_match(text, required_literals(pattern)):
            continue
        m = re.search(pattern, text)
        if m:
            return m.start()
    tokens = list(re.finditer(r"\S+", text))
    starts = [m.start() for m in tokens]

    def word(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    moves: list[int] | None = None
    company: list[int] = []
    for pattern in conf.channels:
        if not may_match(text, required_literals(pattern)):
            continue
        for m in re.finditer(r"(?<!\w)(?:" + pattern + ")", text):
            if moves is None:
                words = text.split()

                def by_heard_my(c: int) -> bool:
                    # "…on whatsapp and my platform's verified company account" (Whisper's "by"):
                    # "my" before the company's own platform or account moves nobody anywhere
                    return words[c] == "my" and c + 1 < len(words) and words[c + 1].startswith(_COMPANY_THINGS)
                named = {word(p) for p in _cue_positions(text, conf.company_channel_cues)}

                def company_own(c: int) -> bool:
                    # "на своем официальном канале", "my platform's …": the company's own channel
                    return by_heard_my(c) or c + 1 in named
                moves = [c for c in (word(p) for p in _cue_positions(text, conf.move_cues + conf.own_cues))
                         if not company_own(c)]
                own = [c for c in (word(p) for p in _cue_positions(text, conf.own_cues)) if not company_own(c)]
                # "только не в корпоративном чате, а в телеграме …", "not in the company chat but on
                # whatsapp": a company channel turned down, or said to fail, points away from it
                failing = [word(p) for p in _cue_positions(text, conf.failing_cues)]
                company = [c for c in sorted(named)
                           if not any(w in ("не", "not") or w.endswith("n't") for w in words[max(0, c - 3):c])
                           and not any(0 < f - c <= 4 for f in failing)]
            w = word(m.start())
            move = [abs(w - c) for c in moves if abs(w - c) <= conf.window and c != w]
            mine = [abs(w - c) for c in own if abs(w - c) <= conf.window and c != w]
            ours = [abs(w - c) for c in company if abs(w - c) <= conf.window]
            if move and not (ours and (not mine or min(ours) <= min(mine))):
                return m.start()
    # a phone needs a digit, an address an "at" or a written domain: most utterances have
    # neither, and looking for either costs more than the rest of the rules together
    if not (re.search(r"\d", text) or privacy.may_hold_address(said if said is not None else text)):
        return None
    text_starts = starts
    if said is not None:
        text = said
        tokens = list(re.finditer(r"\S+", text))
    starts = [m.start() for m in tokens]

    def back(pos: int) -> int:
        return text_starts[min(word(pos), len(text_starts) - 1)] if said is not None and text_starts else pos

    found = privacy.find_pii(text, lang, kinds=("email", "phone"))
    if not found:
        return None
    mine = [word(p) for p in _cue_positions(text, conf.personal_phone_cues)]
    ours = [word(p) for p in _cue_positions(text, conf.company_phone_cues)]
    for r in found:
        w = word(r.start)
        # "email me at ...": a recogniser that lost the local part leaves "me" as the first word
        low = 0 if r.kind == "email" else 1
        near_mine = [w - c for c in mine if low <= w - c <= conf.window]
        near_ours = [w - c for c in ours if low <= w - c <= conf.window]
        personal = bool(near_mine) and (not near_ours or min(near_mine) < min(near_ours))
        if r.kind == "email":
            address = text[r.start:r.end]
            # at a personal domain, or given as "mine" ("email me at ...") with no company cue nearer
            if any(re.search(d, address) for d in conf.personal_email_domains) or personal:
                return back(r.start)
        elif personal:
            return back(r.start)
    return None


def channel_at(digits: str, said: str, lang: str, rules: RuleSet, model: SentenceModel | None) -> int | None:
    """Char offset in `digits` where the sentence moves the client to a personal channel: where
    the words of the rule find one, else its start when `model` reads the sentence as one."""
    pos = find_personal_channel(digits, lang, rules, said)
    if pos is None and model is not None and model.probability(digits) >= channel_model.MIN_PROBABILITY:
        return 0
    return pos


def _channels(said: list[_Said], script: Script, rules: RuleSet) -> list[Flag]:
    model = channel_model.packaged_model() if rules.personal_channel.model else None
    flags: list[Flag] = []
    for s in said:
        pos = channel_at(s.digits, s.low, script.language, rules, model)
        if pos is not None:
            start, end = _time_of(s, _word_at(s, pos), 4)
            flags.append(Flag("personal_channel", start, s.utt.text.strip(), end))
    return flags


# --------------------------------------------------------------------------- entry point
def operator_speech(transcript: Transcript) -> list[Utterance]:
    """What the rules read: the operator's utterances, or everything when speakers are unknown."""
    if transcript.speakers_known:
        return [u for u in transcript.utterances if u.speaker == "operator"]
    return list(transcript.utterances)


def check(transcript: Transcript, script: Script, rules: RuleSet | None = None) -> tuple[Flag, ...]:
    """Compliance flags of one call, in time order."""
    lang = (script.language or transcript.language or "en").split("-")[0]
    if rules is None:
        rules = load_rules(lang, _env_files())
    said = [_prepare(u, lang, rules) for u in operator_speech(transcript) if u.text.strip()]
    flags = _forbidden(said, script, rules) + _discounts(said, script, rules) + _channels(said, script, rules)
    return tuple(sorted(flags, key=lambda f: (f.start, f.rule)))
