"""How numbers, phones, e-mails and cards come out of Whisper, ru and en.

Used by generate.py to render labelled values the ways ASR writes them:
digits with several formats, words said digit by digit or in groups, and
spoken e-mail addresses.
"""

from __future__ import annotations

import random

RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
               "восемьсот", "девятьсот"]
RU_GEN = {5: "пяти", 7: "семи", 10: "десяти", 12: "двенадцати", 15: "пятнадцати", 20: "двадцати",
          25: "двадцати пяти", 30: "тридцати", 35: "тридцати пяти", 40: "сорока", 50: "пятидесяти"}
RU_ADJ = {5: "пятипроцентную", 7: "семипроцентную", 10: "десятипроцентную", 15: "пятнадцатипроцентную",
          20: "двадцатипроцентную", 25: "двадцатипятипроцентную", 30: "тридцатипроцентную",
          40: "сорокапроцентную", 50: "пятидесятипроцентную"}

EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int, lang: str) -> str:
    """0..999 in words, nominative ("сто двадцать три", "one hundred twenty-three")."""
    if lang == "ru":
        parts = []
        h, rest = divmod(n, 100)
        if h:
            parts.append(RU_HUNDREDS[h])
        if 10 <= rest < 20:
            parts.append(RU_TEENS[rest - 10])
        else:
            t, u = divmod(rest, 10)
            if t:
                parts.append(RU_TENS[t])
            if u or not parts:
                parts.append(RU_UNITS[u])
        return " ".join(parts)
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(EN_UNITS[h] + " hundred")
    if 10 <= rest < 20:
        parts.append(EN_TEENS[rest - 10])
    else:
        t, u = divmod(rest, 10)
        if t and u:
            parts.append(EN_TENS[t] + "-" + EN_UNITS[u])
        elif t:
            parts.append(EN_TENS[t])
        elif u or not parts:
            parts.append(EN_UNITS[u])
    return " ".join(parts)


def group_words(group: str, lang: str, rng: random.Random | None = None) -> str:
    """A digit group as said in dictation: "045" -> "ноль сорок пять"."""
    out = []
    while group.startswith("0") and len(group) > 1:
        out.append(RU_UNITS[0] if lang == "ru" else (rng.choice(["zero", "oh"]) if rng else "zero"))
        group = group[1:]
    out.append(words(int(group), lang))
    return " ".join(out)


def digit_words(digits: str, lang: str, rng: random.Random) -> str:
    out = []
    i = 0
    while i < len(digits):
        d = int(digits[i])
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == digits[i] and rng.random() < 0.3:
            out.append("double " + EN_UNITS[d])
            i += 2
            continue
        if lang == "en" and d == 0 and rng.random() < 0.4:
            out.append("oh")
        else:
            out.append((RU_UNITS if lang == "ru" else EN_UNITS)[d])
        i += 1
    return " ".join(out)


# --------------------------------------------------------------------------- phones
def ru_phone(rng: random.Random) -> str:
    return "8" + rng.choice(["9", "9", "9", "4", "8"]) + "".join(rng.choice("0123456789") for _ in range(9))


def en_phone(rng: random.Random) -> str:
    area = str(rng.randint(201, 989))
    return area + str(rng.randint(200, 999)) + "".join(rng.choice("0123456789") for _ in range(4))


def render_phone(digits: str, lang: str, rng: random.Random) -> str:
    if lang == "ru":
        first, code, a, b, c = digits[0], digits[1:4], digits[4:7], digits[7:9], digits[9:11]
        style = rng.randrange(9)
        if style == 0:
            return f"{first} {code} {a}-{b}-{c}"
        if style == 1:
            return f"+7 {code} {a}-{b}-{c}"
        if style == 2:
            return f"{first} ({code}) {a}-{b}-{c}"
        if style == 3:
            return digits
        if style == 4:
            return f"{first} {code} {a} {b} {c}"
        if style == 5:
            return " ".join(group_words(g, "ru", rng) for g in (first, code, a, b, c))
        if style == 6:
            return "плюс семь " + " ".join(group_words(g, "ru", rng) for g in (code, a, b, c))
        if style == 7:
            return digit_words(digits, "ru", rng)
        return f"{RU_UNITS[int(first)]} {code} {a} {b} {c}"
    area, mid, last = digits[:3], digits[3:6], digits[6:]
    style = rng.randrange(8)
    if style == 0:
        return f"({area}) {mid}-{last}"
    if style == 1:
        return f"{area}-{mid}-{last}"
    if style == 2:
        return f"+1 {area} {mid} {last}"
    if style == 3:
        return f"{area} {mid} {last}"
    if style == 4:
        return digit_words(digits, "en", rng)
    if style == 5:
        return "plus one " + digit_words(digits, "en", rng)
    if style == 6:
        return (digit_words(area + mid, "en", rng) + " "
                + group_words(last[:2], "en", rng) + " " + group_words(last[2:], "en", rng))
    return f"1-{area}-{mid}-{last}"


# --------------------------------------------------------------------------- cards
def luhn_complete(prefix: str) -> str:
    """Append the check digit that makes `prefix` pass Luhn.

    Written apart from `callqa.privacy.luhn_ok` on purpose: the labels must not
    come from the code they measure.
    """
    for d in "0123456789":
        cand = prefix + d
        total = 0
        for pos, ch in enumerate(reversed(cand)):
            v = int(ch)
            if pos % 2 == 1:
                v = v * 2 - 9 if v > 4 else v * 2
            total += v
        if total % 10 == 0:
            return cand
    raise AssertionError


def card(rng: random.Random, valid: bool = True) -> str:
    prefix = rng.choice(["4", "5", "2"]) + "".join(rng.choice("0123456789") for _ in range(14))
    good = luhn_complete(prefix)
    if valid:
        return good
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return bad


def render_card(digits: str, lang: str, rng: random.Random) -> str:
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    style = rng.randrange(5)
    if style == 0:
        return " ".join(groups)
    if style == 1:
        return digits
    if style == 2:
        return "-".join(groups)
    if style == 3:
        return ", ".join(digit_words(g, lang, rng) for g in groups)
    pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    return " ".join(group_words(p, lang, rng) for p in pairs)


# --------------------------------------------------------------------------- e-mail
RU_TRANSLIT = {"gmail": ["гмейл", "джимейл", "gmail"], "mail": ["мейл", "mail"], "yandex": ["яндекс", "yandex"],
               "com": ["ком", "com"], "ru": ["ру", "ru"]}


def render_email(local: list[str], sep: str, domain: list[str], lang: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return sep.join(local) + "@" + ".".join(domain)
    if style == 1:
        at = "собака" if lang == "ru" else "at"
        return sep.join(local) + f" {at} " + ".".join(domain)
    if lang == "ru":
        sep_w = {".": " точка ", "_": " нижнее подчеркивание ", "-": " дефис "}[sep]
        dom = [rng.choice(RU_TRANSLIT.get(d, [d])) for d in domain]
        at = rng.choice(["собака", "собачка"])
        if style == 3:
            return sep.join(local) + f" {at} " + " точка ".join(dom)
        return sep_w.join(local) + f" {at} " + " точка ".join(dom)
    sep_w = {".": " dot ", "_": " underscore ", "-": " dash "}[sep]
    if style == 3:
        return sep.join(local) + " at " + " dot ".join(domain)
    return sep_w.join(local) + " at " + " dot ".join(domain)


# --------------------------------------------------------------------------- percents
def ru_percent_word(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "процент"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "процента"
    return "процентов"


def render_percent(n: int, lang: str, rng: random.Random, case: str = "nom") -> str:
    if lang == "ru":
        if case == "gen":
            return rng.choice([f"{RU_GEN[n]} процентов", f"{n}%", f"{n} процентов"])
        return rng.choice([f"{words(n, 'ru')} {ru_percent_word(n)}", f"{n}%", f"{n} {ru_percent_word(n)}",
                           f"{words(n, 'ru')} {ru_percent_word(n)}"])
    return rng.choice([f"{words(n, 'en')} percent", f"{n}%", f"{n} percent", f"{words(n, 'en')} percent"])
