"""Per-language text normalisation for matching speech against script phrases.

ASR output and script phrases differ in ways that carry no meaning: case, ё/е,
punctuation, fillers ("ну", "um"), inflection ("складе"/"склад") and numbers
written as words or digits ("двадцать пять процентов" / "25%"). `normalize`
removes those differences so a fuzzy matcher sees only what was said.

Lemmas come from spaCy *blank* pipelines (no trained model, nothing to
download): Russian with the pymorphy3 lemmatizer, English with the lookup
tables of spacy-lookups-data. Both are built lazily, once per process.
Lemmatising whole utterances through the pipeline costs ~100 µs each, so the
pipeline lemmatises single words and the result is cached per word: call
vocabularies are small and repeat, which keeps analysis far below a
millisecond per utterance.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Callable

log = logging.getLogger("callqa")

# --------------------------------------------------------------------------- numbers
_RU_UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19,
}
_RU_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90,
}
_RU_HUNDREDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}
_RU_SCALES = {"тысяча": 1000, "миллион": 1_000_000, "миллиард": 1_000_000_000}
_RU_PERCENT = {"процент"}

_EN_UNITS = {
    "zero": 0, "oh": None, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_UNITS = {k: v for k, v in _EN_UNITS.items() if v is not None}
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_EN_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_EN_PERCENT = {"percent", "percents", "per cent", "pct"}

# (kind, value): kind is "unit" (0-19), "ten", "hundred" (ru words / en multiplier), "scale"
_Num = tuple[str, int]

# "half price" and "полцены" name a 50 % discount; the compliance rules parse it as one
_HALF_RE = {
    "en": re.compile(r"\b(?:at\s+)?half[\s-]+(?:price|off)\b", re.I),
    "ru": re.compile(r"\b(?:за\s+)?пол[\s-]?цены\b", re.I),
}
_HALF_TO = {"en": "50% off", "ru": "скидка 50%"}

# cheap pre-check: word starts that any number word (in any inflection) has
_MAYBE_NUMBER = {
    "ru": re.compile(r"\d|\b(?:нол|нул|од[ниа]|дв|тр[иеёо]|четыр|пят|шест|сем|восем|девят|девян|десят|сорок|сот|ст[оа]|тысяч|"
                     r"миллион|миллиард|пол)", re.I),
    "en": re.compile(r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|"
                     r"twenty|forty|fourty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half)", re.I),
}

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _morph():
    # the pymorphy3 analyser the spaCy ru lemmatizer wraps; reused for number words
    return _pipeline("ru").get_pipe("lemmatizer")._morph


@functools.lru_cache(maxsize=65536)
def _ru_number_word(word: str) -> _Num | None:
    w = word.lower().replace("ё", "е")
    if not w.isalpha() or len(w) < 3 and w not in ("два", "три"):
        return None
    lemma = _morph().parse(w)[0].normal_form.replace("ё", "е")
    if lemma in _RU_UNITS:
        return ("unit", _RU_UNITS[lemma])
    if lemma in _RU_TENS:
        return ("ten", _RU_TENS[lemma])
    if lemma in _RU_HUNDREDS:
        return ("hundred", _RU_HUNDREDS[lemma])
    if lemma in _RU_SCALES:
        return ("scale", _RU_SCALES[lemma])
    return None


def _en_number_word(word: str) -> _Num | None:
    w = word.lower()
    if w in _EN_UNITS:
        return ("unit", _EN_UNITS[w])
    if w in _EN_TENS:
        return ("ten", _EN_TENS[w])
    if w == "hundred" or w == "hundreds":
        return ("mult100", 100)
    if w in _EN_SCALES or w.rstrip("s") in _EN_SCALES:
        return ("scale", _EN_SCALES.get(w, _EN_SCALES.get(w.rstrip("s"), 0)))
    return None


def _is_percent(word: str, lang: str) -> bool:
    w = word.lower()
    if lang == "ru":
        return w.startswith("процент")
    return w in _EN_PERCENT


class _NumberBuilder:
    """Accumulates number words into one value, refusing sequences no number has.

    "двадцать пять" is 25, but "два три" is two numbers (a phone number read
    digit by digit), so each word must be allowed after the previous one.
    """

    def __init__(self) -> None:
        self.total = 0
        self.current = 0
        self.last: str | None = None
        self.words = 0

    def accepts(self, kind: str) -> bool:
        last = self.last
        if last is None:
            return True
        if kind == "scale":
            return last in ("unit", "ten", "hundred", "mult100", "digit")
        if kind == "mult100":
            return last in ("unit", "ten") and self.current < 100
        if kind == "hundred":
            return last == "scale"
        if kind == "ten":
            return last in ("hundred", "mult100", "scale")
        if kind == "unit":
            if last == "ten":
                return True
            return last in ("hundred", "mult100", "scale")
        return False

    def add(self, kind: str, value: int) -> None:
        if kind == "scale":
            self.total += max(self.current, 1) * value
            self.current = 0
        elif kind == "mult100":
            self.current = max(self.current, 1) * 100
        else:
            self.current += value
        self.last = kind
        self.words += 1

    @property
    def value(self) -> int:
        return self.total + self.current


def numbers_to_digits(text: str, lang: str) -> str:
    """Rewrite spoken numbers as digits and percentages as "N%".

    "двадцать пять процентов" → "25%", "thirty percent" → "30%",
    "две тысячи девятьсот рублей" → "2900 рублей", "2 900" → "2900",
    "half price" → "50% off". Everything else is left as it was (case too),
    so the result can be shown or parsed further (discount amounts).
    """
    lang = _lang(lang)
    quick = _MAYBE_NUMBER.get(lang)
    if quick is not None and not quick.search(text):
        return text  # most utterances hold no number: skip the word-by-word pass
    if lang in _HALF_RE:
        text = _HALF_RE[lang].sub(_HALF_TO[lang], text)
    word_of = _ru_number_word if lang == "ru" else _en_number_word
    tokens = list(_TOKEN_RE.finditer(text))
    out: list[str] = []
    pos = 0
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        word = tok.group()
        start = tok.start()
        builder: _NumberBuilder | None = None
        j = i
        decimal: str | None = None
        if word[0].isdigit():
            if "," in word or "." in word:
                decimal = word.replace(",", ".")
                j = i + 1
            else:
                digits = word
                j = i + 1
                # "2 900": digit groups of three written apart are one number
                while j < n and re.fullmatch(r"\d{3}", tokens[j].group()) and text[tokens[j - 1].end():tokens[j].start()] == " ":
                    digits += tokens[j].group()
                    j += 1
                builder = _NumberBuilder()
                builder.add("unit", int(digits))
                builder.last = "digit"
                if j < n and _joinable(text, tokens[j - 1], tokens[j], lang):
                    nxt = word_of(tokens[j].group())
                    if nxt is not None and nxt[0] in ("scale", "mult100") and builder.accepts(nxt[0]):
                        builder.add(*nxt)
                        j += 1
        else:
            num = word_of(word)
            if num is not None and not (lang == "en" and word.lower() == "one" and _followed_by_of(tokens, i)):
                builder = _NumberBuilder()
                builder.add(*num)
                j = i + 1
                while j < n and _joinable(text, tokens[j - 1], tokens[j], lang):
                    nxt_word = tokens[j].group()
                    if lang == "en" and nxt_word.lower() == "and" and j + 1 < n and builder.last in ("mult100", "scale"):
                        peek = word_of(tokens[j + 1].group())
                        if peek is not None and peek[0] in ("unit", "ten"):
                            j += 1
                            continue
                    nxt = word_of(nxt_word)
                    if nxt is None or not builder.accepts(nxt[0]):
                        break
                    builder.add(*nxt)
                    j += 1
        if builder is None and decimal is None:
            i += 1
            continue
        number = decimal if decimal is not None else str(builder.value)  # type: ignore[union-attr]
        end = tokens[j - 1].end()
        # a percent sign or word right after the number belongs to it
        rest = text[end:]
        m = re.match(r"\s*%", rest)
        if m:
            end += m.end()
            number += "%"
        elif j < n and _joinable(text, tokens[j - 1], tokens[j], lang) and _is_percent(tokens[j].group(), lang):
            end = tokens[j].end()
            number += "%"
            j += 1
        elif lang == "en" and j + 1 < n and tokens[j].group().lower() == "per" and tokens[j + 1].group().lower() == "cent":
            end = tokens[j + 1].end()
            number += "%"
            j += 2
        out.append(text[pos:start])
        out.append(number)
        pos = end
        i = j
    out.append(text[pos:])
    return "".join(out)


def _joinable(text: str, a: re.Match, b: re.Match, lang: str) -> bool:
    between = text[a.end():b.start()]
    return between.strip() in ("", "-")


def _followed_by_of(tokens: list[re.Match], i: int) -> bool:
    # "one of our customers" is not a quantity; keep it a word so it lemmatises like the script
    return i + 1 < len(tokens) and tokens[i + 1].group().lower() == "of"


# --------------------------------------------------------------------------- fillers
_FILLERS = {
    "ru": {"ну", "э", "ээ", "эээ", "эм", "эмм", "мм", "ммм", "хм", "вот", "типа", "короче", "значит", "а-а", "ой"},
    "en": {"um", "umm", "uh", "uhh", "uhm", "erm", "er", "ah", "eh", "hmm", "mm", "mhm", "like", "well", "basically",
           "actually", "literally"},
}
_MULTI_FILLERS = {
    "ru": re.compile(r"\b(?:как бы|так сказать|это самое|в общем-то|в общем|скажем так)\b"),
    "en": re.compile(r"\b(?:you know|i mean|sort of|kind of)\b"),
}

# symbols that carry meaning and would be lost with the punctuation
# ("$4" is said "four dollars": the currency moves after the amount)
_SYMBOLS = {
    "ru": [(re.compile(r"%"), " процент "), (re.compile(r"₽|\bруб\b\.?"), " рубль "),
           (re.compile(r"\$\s*(\d+(?:[.,]\d+)?)"), r" \1 доллар "), (re.compile(r"\$"), " доллар "),
           # Whisper writes a messenger's name in Latin in Russian speech as often as not
           # ("давайте в Telegram"): one spelling for the speech and the script's phrases
           (re.compile(r"\bwhats\s?app\w*"), "ватсап"), (re.compile(r"\btelegram\w*"), "телеграм"),
           (re.compile(r"\bviber\w*"), "вайбер")],
    "en": [(re.compile(r"%"), " percent "), (re.compile(r"\$\s*(\d+(?:[.,]\d+)?)"), r" \1 dollar "),
           (re.compile(r"\$"), " dollar "), (re.compile(r"€\s*(\d+(?:[.,]\d+)?)"), r" \1 euro "),
           (re.compile(r"£\s*(\d+(?:[.,]\d+)?)"), r" \1 pound "), (re.compile(r"&"), " and ")],
}


# --------------------------------------------------------------------------- lemmas
def _lang(lang: str) -> str:
    lang = (lang or "").lower().split("-")[0].split("_")[0]
    return lang


@functools.lru_cache(maxsize=None)
def _pipeline(lang: str):
    """A spaCy blank pipeline with a lemmatizer; built once per language, on first use."""
    import spacy

    if lang == "ru":
        nlp = spacy.blank("ru")
        nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    elif lang == "en":
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    else:
        return None
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data (installed, not downloaded)
    log.debug("built spaCy blank pipeline for %s", lang)
    return nlp


@functools.lru_cache(maxsize=1 << 17)
def lemma(word: str, lang: str) -> str:
    """The lemma of one lowercase word (cached: call vocabularies repeat)."""
    nlp = _pipeline(lang)
    if nlp is None or word.isdigit():
        return word
    doc = nlp(word)
    if len(doc) != 1:
        return word
    out = doc[0].lemma_.lower().replace("ё", "е")
    return out or word


def _lemmatizer(lang: str) -> Callable[[str], str]:
    if _pipeline(lang) is None:
        return lambda w: w
    return lambda w: lemma(w, lang)


# --------------------------------------------------------------------------- normalize
_WORD_RE = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+", re.UNICODE)


def tokens(text: str, lang: str) -> list[str]:
    """Normalised tokens: lowercase, ё→е, numbers as digits, no punctuation or fillers, lemmas."""
    lang = _lang(lang)
    t = text.lower().replace("ё", "е")
    t = numbers_to_digits(t, lang)
    for rx, repl in _SYMBOLS.get(lang, ()):
        t = rx.sub(repl, t)
    multi = _MULTI_FILLERS.get(lang)
    if multi is not None:
        t = multi.sub(" ", t)
    fillers = _FILLERS.get(lang, set())
    lem = _lemmatizer(lang)
    return [lem(w) for w in _WORD_RE.findall(t) if w not in fillers]


def normalize(text: str, lang: str) -> str:
    """Text reduced to what matters for matching, as space-separated lemmas.

    >>> normalize("Ну, скидка двадцать пять процентов!", "ru") == normalize("скидка 25%", "ru")
    True
    """
    return " ".join(tokens(text, lang))
