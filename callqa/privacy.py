"""Client-data redaction: phone numbers, e-mail addresses, card numbers, names.

Works on ASR text, so numbers may be digits ("8 916 123-45-67"), words said
digit by digit or in groups ("восемь девятьсот шестнадцать сто двадцать три
сорок пять шестьдесят семь", "plus one two one two five five five ..."), or a
mix of both; e-mail addresses may be spoken ("ivan dot petrov at gmail dot
com", "иван точка петров собака яндекс точка ру").

Spoken numbers are parsed here rather than with `callqa.nlp.numbers_to_digits`
because redaction needs the character span of every digit in the original
text, which a text-to-text conversion does not keep.

Names: Russian uses pymorphy3's `Name`/`Surn`/`Patr` grammemes on the most
likely parse of each word; English uses the shipped first-name list
`callqa/data/names_en.txt` (a name that is also a common word, such as "will"
or "grace", only counts when capitalised) plus the capitalised word after it
as a surname.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz

from callqa.records import Flag, Transcript, Utterance, Word

PLACEHOLDERS = {"phone": "[PHONE]", "email": "[EMAIL]", "card": "[CARD]", "name": "[NAME]"}
KINDS: tuple[str, ...] = tuple(PLACEHOLDERS)


@dataclass(frozen=True)
class Redaction:
    """One redacted span: its type and character offsets in the original text.

    The original text is deliberately not kept, so a redaction list can be
    stored or shown wherever the redacted text can.
    """

    kind: str  # phone | email | card | name
    start: int
    end: int

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


# --------------------------------------------------------------------------- tokens
_TOKEN = re.compile(r"[^\W_]+|\S", re.UNICODE)


@dataclass(frozen=True)
class _Tok:
    text: str  # lowercased, ё -> е
    raw: str
    start: int
    end: int


# a number with "M" glued into it: the recogniser's "seven" as the English voice says it
# ("2M6404261M215805" for "two seven six four, oh four two six, one seven two one, …"); read as one
# number, or its digits would stay in clear beside a card or phone word
_DIGITS_AND_M = re.compile(r"[\dm]+")
# a length in millimetres, an area or a volume ("12000mm", "25000m2", "1500m3"): no seven
_MEASURE = re.compile(r"[\dm]*mm|\d+m[23]")


def _token_text(raw: str) -> str:
    text = raw.lower().replace("ё", "е")
    # "m" first: nearly every token is a word without one, and this runs on every token
    if "m" in text and _DIGITS_AND_M.fullmatch(text) and not _MEASURE.fullmatch(text) \
            and sum(ch.isdigit() for ch in text) >= max(5, text.count("m")):
        return text.replace("m", "7")
    return text


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(_token_text(m.group()), m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# --------------------------------------------------------------------------- number words
def _forms(pairs: dict[int, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value, words in pairs.items():
        for w in words.split():
            out[w] = value
    return out


_RU_UNITS = _forms({
    0: "ноль нуль ноля нуля ныль",   # "ныль": "ноль" as the recogniser writes it
    1: "один одна одно одного одной одному одним",
    2: "два две двух двум двумя",
    3: "три трех трем тремя",
    4: "четыре четырех четырем четырьмя",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи семью",
    8: "восемь восьми восемью",
    9: "девять девяти девятью",
})
_RU_TEENS = _forms({
    10: "десять десяти десятью", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
    13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати",
})
_RU_TENS = _forms({
    20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока",
    50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти", 90: "девяносто девяноста",
})
_RU_HUNDREDS = _forms({
    100: "сто ста", 200: "двести двухсот", 300: "триста трехсот", 400: "четыреста четырехсот",
    500: "пятьсот пятисот", 600: "шестьсот шестисот", 700: "семьсот семисот",
    800: "восемьсот восьмисот", 900: "девятьсот девятисот",
})
_EN_UNITS = _forms({
    0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine",
})
_EN_TEENS = _forms({
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
    16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
})
_EN_TENS = _forms({
    20: "twenty", 30: "thirty", 40: "forty fourty", 50: "fifty", 60: "sixty", 70: "seventy",
    80: "eighty", 90: "ninety",
})
# "oh" is zero only inside a run that is already a number ("five five five oh one")
_EN_INNER_ZERO = {"oh", "o"}
_EN_REPEAT = {"double": 2, "triple": 3}

UNITS = {**_RU_UNITS, **_EN_UNITS}
TEENS = {**_RU_TEENS, **_EN_TEENS}
TENS = {**_RU_TENS, **_EN_TENS}
HUNDREDS = dict(_RU_HUNDREDS)
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(HUNDREDS) | {"hundred"}


@dataclass
class _Group:
    """A number said as one group ("сто двадцать три" -> 123) and its span."""

    start: int
    end: int
    hundreds: int = 0
    tens: int = 0
    units: int | None = None
    zero: bool = False
    repeat: int = 1  # "double five"

    def value(self) -> int:
        return self.hundreds + self.tens + (self.units or 0)

    def digits(self) -> str:
        if self.zero:
            return "0" * self.repeat
        return str(self.value()) * self.repeat


def parse_number_words(toks: list[_Tok], i: int, inner: bool = False) -> tuple[list[_Group], int]:
    """Parse consecutive number words from toks[i]; return groups and next index.

    A new group starts where a word cannot extend the current one: "сорок пять
    шестьдесят семь" is two groups (45, 67), "five five" two groups (5, 5).
    """
    groups: list[_Group] = []
    cur: _Group | None = None
    repeat, repeat_from = 1, -1
    j = i
    while j < len(toks):
        w = toks[j].text
        t = toks[j]
        if w in _EN_REPEAT and j + 1 < len(toks) and (
            toks[j + 1].text in UNITS or len(toks[j + 1].text) == 1 and toks[j + 1].text.isdigit()
        ):
            if cur is not None:
                groups.append(cur)
                cur = None
            nxt = toks[j + 1]
            if nxt.text.isdigit():  # "double 7" once numbers became digits
                groups.append(_Group(t.start, nxt.end, units=int(nxt.text), zero=nxt.text == "0",
                                     repeat=_EN_REPEAT[w]))
                j += 2
                continue
            repeat, repeat_from = _EN_REPEAT[w], t.start
            j += 1
            continue
        if w in _EN_INNER_ZERO and (inner or cur is not None or groups):
            w = "zero"
        if w == "a" and j + 1 < len(toks) and toks[j + 1].text == "hundred":
            if cur is not None:
                groups.append(cur)
            cur = _Group(t.start, t.end, units=1)
            j += 1
            continue
        if w == "hundred" and cur is not None and cur.units and not cur.tens and not cur.hundreds:
            cur.hundreds, cur.units, cur.end = cur.units * 100, None, t.end
        elif w in UNITS and UNITS[w] == 0:
            if cur is not None:
                groups.append(cur)
            groups.append(_Group(repeat_from if repeat > 1 else t.start, t.end, zero=True, repeat=repeat))
            cur = None
        elif w in UNITS:
            if cur is not None and cur.units is None and cur.repeat == 1 and repeat == 1:
                cur.units, cur.end = UNITS[w], t.end
            else:
                if cur is not None:
                    groups.append(cur)
                cur = _Group(repeat_from if repeat > 1 else t.start, t.end, units=UNITS[w], repeat=repeat)
        elif w in TEENS:
            if cur is not None and cur.units is None and not cur.tens:
                cur.units, cur.end = TEENS[w], t.end
            else:
                if cur is not None:
                    groups.append(cur)
                cur = _Group(t.start, t.end, units=TEENS[w])
        elif w in TENS:
            if cur is not None and cur.units is None and not cur.tens and cur.hundreds:
                cur.tens, cur.end = TENS[w], t.end
            else:
                if cur is not None:
                    groups.append(cur)
                cur = _Group(t.start, t.end, tens=TENS[w])
        elif w in HUNDREDS:
            if cur is not None:
                groups.append(cur)
            cur = _Group(t.start, t.end, hundreds=HUNDREDS[w])
        elif w == "-" and cur is not None and j + 1 < len(toks) and toks[j + 1].text in UNITS:
            # "twenty-three": the hyphen joins, it does not separate
            j += 1
            continue
        else:
            break
        repeat = 1
        j += 1
    if cur is not None:
        groups.append(cur)
    return groups, j


# --------------------------------------------------------------------------- numbers in text
@dataclass(frozen=True)
class _Chunk:
    start: int
    end: int
    digits: str


# "." is handled apart (dates); "/" joins dates, never phone numbers
_RUN_SEPARATORS = {"-", "(", ")", ",", "–", "—"}
_PLUS = {"+", "плюс", "plus"}
# a mobile named in any case the recogniser writes it ("впишите именно его сотовой, 8, 9, …")
_MOBILE_FORMS = {"мобильный", "мобильного", "мобильному", "мобильном", "мобильным", "мобильной", "сотовый",
                 "сотового", "сотовому", "сотовом", "сотовым", "сотовой"}
# cues that name a telephone, not just "a number" (a contract or order number is also a "номер")
_STRONG_PHONE_CUES = _MOBILE_FORMS | {"телефон", "телефона", "телефону", "телефоне",
                                      "звоните", "позвоните", "звонить", "наберите", "набирайте", "перезвоните",
                                      "набрать", "набирать", "набери", "трубка", "трубку", "трубке", "phone", "call",
                                      "called", "cell", "mobile", "dial", "reach", "landline", "ring", "rings"}
# every word that introduces a phone number: the strong cues (a number after "трубка" is read on
# across a misheard "ноль" as one after "номер" is) and the weaker ones
_PHONE_CUES = _STRONG_PHONE_CUES | {
    "номер", "номеру", "номера", "ватсап", "вотсап", "вацап",
    "телеграм", "телеграмм", "вайбер", "text", "number", "whatsapp", "telegram", "viber",
    # the other ways a number is introduced on a phone call (general vocabulary, both languages)
    "номерок", "мобильник", "позвонить", "звякните", "связаться", "контактный", "рабочий", "добавочный", "смс",
    "эсэмэс", "напишите", "пишите", "перезвонить",
    "numbers", "cellphone", "extension", "ext", "contact", "texts", "sms", "message", "callback", "calling",
    # a company's number is its line ("our main line is", "горячая линия")
    "line", "hotline", "линия", "линии", "линию",
    # a number being written down or read out on a call ("секунду, записываю …", "let me read that back")
    "записываю", "запишите", "записывайте", "записал", "записала", "диктую", "продиктую", "диктуйте",
    "read", "write", "jot",
}
# a payment card named just before a run of digits; the stem covers "карта", "карту", "карты"
_CARD_CUE_STEMS = ("карт", "card", "visa", "виза", "mastercard", "мастеркард", "maestro", "маэстро")
# words that end a card or phone number said in pieces ("срок до", "expiry", "на имя")
_RUN_STOPS = {"срок", "до", "от", "на", "имя", "expiry", "expires", "exp", "valid", "under", "name", "and", "и",
              "а", "или", "or", "рублей", "руб", "dollars", "процентов", "percent", "года", "год"}
_RUN_GAP_STOPS = _RUN_STOPS - {"на", "and", "и"}


def _is_card_cue(word: str) -> bool:
    return word.startswith(_CARD_CUE_STEMS)


# a card that is no payment card: its number is an account's, like an order's
_NOT_PAYMENT_CARD = ("клубн", "членск", "бонусн", "скидочн", "дисконтн", "накопительн", "топливн", "подарочн",
                     "гарантийн", "медицинск", "прививочн", "membership", "member", "loyalty", "club", "gym", "fuel",
                     "gift", "bonus", "reward", "access", "warranty", "vaccination", "medical", "reminder", "appointment",
                     "напоминан")
# what a record card is of, after it ("карточки прививок", the recogniser's "карточки привык")
_NOT_PAYMENT_CARD_OF = ("привив", "привык", "пациент")
_OTHER_CARD = "loyaltycard"


def _other_cards(toks: list[_Tok]) -> list[_Tok]:
    """"номер клубной карты", "membership card number": the card word is read as a document word,
    unless a payment word follows it ("не топливная карта, а банковская …")."""
    return [dataclasses.replace(t, text=_OTHER_CARD)
            if _is_card_cue(t.text) and (k > 0 and toks[k - 1].text.startswith(_NOT_PAYMENT_CARD)
                                         or k + 1 < len(toks) and toks[k + 1].text.startswith(_NOT_PAYMENT_CARD_OF))
            and not any(_is_payment_cue(x.text) for x in toks[k + 1:k + 5]) else t
            for k, t in enumerate(toks)]


# "the number on the card" is the card's own
_INTO = ("в", "во", "in", "into")
_PHONE_WORDS = ("телефон", "phone", "мобильн", "сотов", "mobile", "cell")
_NUMBER_WORDS_FOR = ("номер", "number", "numbers", *_PHONE_WORDS)
_PERSONS = ("его", "ее", "её", "их", "his", "her", "their")
# verbs that put something into a record
_PUT_STEMS = ("занес", "внес", "впиш", "запиш", "пиш", "вбе", "вбив", "добав", "сохран", "put", "enter", "add", "write",
              "type", "save", "store")


# whose record a card is, before the card word ("the site card", "the clinic card")
_RECORD_OF = ("site", "client", "customer", "contact", "clinic", "patient", "guest")


def _record_cards(toks: list[_Tok]) -> list[_Tok]:
    """"внесите ее номер в карточку объекта, 8 9 …", "put her number in the site card": a card
    a number is put into is a record in the system, not a card paid with, and the number is
    what was put there (read by its shape, like any number with no cue)."""
    def filed(k: int) -> bool:
        j = k - 1
        while j >= 0 and toks[j].text in ("the", "a", "her", "his", "their", "its", "our", "your") + _RECORD_OF:
            j -= 1
        if j > 1 and toks[j].text in ("on", "onto"):
            # a person put on a card ("put her on the customer card, 9777 …"), or a number put on a
            # client's record card ("put it on the clinic card, 738 …"); not "the number on the card",
            # the card's own, nor "put it on the card", a charge to it
            put_what = toks[j - 1].text
            return toks[j - 2].text.startswith(_PUT_STEMS) and (
                put_what in _PERSONS or (put_what in ("it", "them") and toks[k - 1].text in _RECORD_OF))
        if j < 0 or toks[j].text not in _INTO:
            return False
        # and a person's number named after the card ("впишите в карточку хранения его номер, 8 9 …"),
        # not the card's own ("оплата в карту, номер 4556 …")
        # or the number, as a pronoun, put into it ("занесите его в карточку объекта, 8 8 7 …")
        return any(t.text.startswith(_NUMBER_WORDS_FOR) for t in toks[max(0, j - 3):j]) or j > 1 and (
            toks[j - 1].text in _PERSONS + ("it", "them") and toks[j - 2].text.startswith(_PUT_STEMS)) or any(
            t.text.startswith(_PHONE_WORDS) or t.text in ("номер", "number") and toks[x - 1].text in _PERSONS
            for x, t in enumerate(toks[k + 1:k + 7], k + 1))
    return [dataclasses.replace(t, text="record") if _is_card_cue(t.text) and filed(k) else t
            for k, t in enumerate(toks)]


# words common in a trade's talk that name a document only beside "номер"/"number" ("номер
# полиса", "the car policy number is …", "the claim number", but not "every policy we issue
# 1-8-0-0 …")
_NAMED_ONLY = ("полис", "policy", "policies", "claim", "article")


def _neighbours(toks: list[_Tok], k: int) -> tuple[str, str]:
    """The tokens just before and after `k` ("" at either end)."""
    return (toks[k - 1].text if k > 0 else ""), (toks[k + 1].text if k + 1 < len(toks) else "")


# "партия стекла пришла под номером 52 31 …", "the batch came in under number 23 19 …": a thing is
# filed under a number, a phone is called on one ("по номеру", "on the number"); but a contact is
# saved in a phone under its number ("he's saved in my phone under number 0 7 7 …")
_FILED_UNDER = {"номером": "под", "number": "under"}


def _named_documents(toks: list[_Tok]) -> list[_Tok]:
    def named(k: int) -> bool:
        before, after = _neighbours(toks, k)
        word = toks[k].text
        return word.startswith(_NAMED_ONLY) and (
            before.startswith("номер") or after in ("number", "numbers", "no", "номер")) or (
            _FILED_UNDER.get(word) == before and not any(
                t.text.startswith(_PHONE_WORDS) or t.text in _STRONG_PHONE_CUES for t in toks[max(0, k - 6):k - 1]))
    return [dataclasses.replace(t, text="docnumber") if named(k) else t for k, t in enumerate(toks)]


def _in_order(toks: list[_Tok]) -> list[_Tok]:
    """"reading it out in order. 26, 9, 5 …", "the lift is out of order", "so we don't slip up. 2, 1,
    3, 5 …": a sequence, a state or a mistake, not an order's or a slip's number."""
    def idiom(k: int) -> bool:
        before, after = _neighbours(toks, k)
        return toks[k].text == "order" and before in ("in", "of") or toks[k].text == "slip" and after == "up"
    return [dataclasses.replace(t, text="sequence") if idiom(k) else t for k, t in enumerate(toks)]


# the adjectives a licence is heard after when the recogniser cuts the word short
_LICENCE_KINDS = ("education", "educational", "образовательной", "медицинской", "фармацевтической")


def _official_papers(toks: list[_Tok]) -> list[_Tok]:
    """Papers an inspector asks for, as the recogniser hears them: "номер нашей образовательной
    лице, и 53 21 …" and "the number on our education life …" are a licence's; "номер санитарного
    заключения …" an official finding's ("в заключение" is "finally")."""
    def paper(k: int) -> str | None:
        # the word before is looked at only for the few words that may be a paper
        word = toks[k].text
        if word in ("лице", "life"):
            return "licence" if k > 0 and toks[k - 1].text in _LICENCE_KINDS else None
        if word.startswith("заключени"):
            return None if k > 0 and toks[k - 1].text in ("в", "во") else "licence"
        return None
    return [dataclasses.replace(t, text=p) if (p := paper(k)) else t for k, t in enumerate(toks)]


# "number", as the words after a document's name say it
_NUMBER_NAMES = ("number", "numbers", "no")
# what is done with a key to a door or a safe
_KEY_HANDLING = frozenset({"find", "found", "grab", "fetch", "turn", "turned", "lost", "lose", "dropped", "drop"})
# words before "key" that make it the verb
_KEY_VERB_BEFORE = frozenset({"to", "please", "then", "just", "i", "you", "we", "should", "will", "must", "can",
                              "could", "would", "ll"})
# what is stamped on a machine before its number ("на шильдике выбит номер …", "на табличке выбит код …")
_STAMPED_WHAT = ("номер", "код", "серийн", "заводск", "идентификатор")


def _document_words_in_context(toks: list[_Tok]) -> list[_Tok]:
    """Words that name a document only in some company: "направление" is a referral's ("номер
    направления на томографию 2 2 4 0 …", "на всех бланках направлений"), not a line of business
    ("менеджер по направлению 8 9 1 6 …"); "выбит" is a serial number stamped on a machine when
    the number or its name follows ("выбит номер 41-82-…"), not when where it is stamped does
    ("телефон выбит на табличке у входа: 8 9 1 6 …"). "way will number" is a waybill's, as the
    recogniser splits the word. "key in" is a verb ("key in the number
    989848451"), no licence key."""
    def paper(k: int) -> str | None:
        word = toks[k].text
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if word == "key" and k > 1 and (toks[k - 1].text in _KEY_HANDLING or toks[k - 2].text in _KEY_HANDLING
                                        and toks[k - 1].text in ("the", "a", "my", "his", "her", "our", "that")):
            # a key one finds or turns is a door's or a safe's ("let me find the key, right, it's open,
            # 2 2 1 8 …": the card read out of the safe), no licence key
            return "lock"
        if word == "way" and after in ("will", "bill") and k + 2 < len(toks) and toks[k + 2].text in _NUMBER_NAMES:
            # "the distributor's waybill number", as the recogniser splits it ("way will number"); its
            # second half is no modal
            return "waybill"
        if word in ("will", "bill") and k > 0 and toks[k - 1].text == "way" and after in _NUMBER_NAMES:
            return ","
        if word in ("key", "keys") and after in ("in", "it", "them") and (
                k == 0 or not toks[k - 1].text.isalnum() or toks[k - 1].text in _KEY_VERB_BEFORE):
            # where a verb stands ("to key in …", "please key it …"), not after "your licence and"
            return "enter"
        if word.startswith("направлени"):
            before = toks[k - 1].text if k > 0 else ""
            return "referral" if after == "на" or before in ("номер", "номера") or before.startswith("бланк") else None
        if word.startswith("выбит"):
            return "serial" if after.isdigit() or after.startswith(_STAMPED_WHAT) else None
        return None
    return [dataclasses.replace(t, text=p) if (p := paper(k)) else t for k, t in enumerate(toks)]


# people named by a document word ("our corporate account manager, 4013245455")
_PEOPLE_AFTER = ("manager", "managers", "executive", "rep", "representative", "team", "director", "lead",
                 "owner", "holder",
                 # "the permit woman, 202 555 …", "our order guy": a person named by what she handles
                 "woman", "women", "lady", "ladies", "man", "men", "guy", "guys", "person", "people", "officer",
                 "clerk", "girl", "bloke", "chap")


def _people_for_documents(toks: list[_Tok]) -> list[_Tok]:
    """"account manager", "the order desk team": an English document word before a word for a
    person names the person, not the number's document."""
    return [dataclasses.replace(t, text="person") if k + 1 < len(toks) and toks[k + 1].text in _PEOPLE_AFTER
            and t.text[:1] < "а" and _is_doc_cue(t.text) else t
            for k, t in enumerate(toks)]


# what a message is about ("text about new orders", "сообщения о новых заказах")
_ABOUT = ("about", "про", "о", "об")
# "сообщение о каждой брони …", "a text for every booking …", "на всех бланках направлений": every
# document of a kind, not one
_EVERY = ("каждой", "каждом", "каждого", "каждый", "каждую", "каждая", "каждое", "каждому", "всех", "всем", "every",
          "each")


def _lines_for_documents(toks: list[_Tok]) -> list[_Tok]:
    """"наклейка с номером для заказов", "линия заказов", "the order line", "have the system text
    about new orders. 9-8-1-8 …", "сообщение о каждой брони …": a document word that names what a
    telephone line is for, or what the messages sent to it are about, is read as "line", not as
    the number's document. So is one printed on every document of a kind ("на обороте каждого
    подарочного сертификата 8-8-0-7 …"): each has a number of its own, and this one is shared."""
    def names_a_line(k: int) -> bool:
        before, after = _neighbours(toks, k)
        return (before in ("для", "for", "линия", "линию", "линии") or after in ("line", "lines", "hotline")
                or before in ("short", "короткий", "короткого", "короткому", "коротким")
                or before in _EVERY or k > 1 and toks[k - 2].text in _EVERY and before.isalpha()
                or about(k, before))

    def about(k: int, before: str) -> bool:
        # plural only: "calling about order 2750 7664" names that order
        return toks[k].text.endswith(("s", "ах", "ях")) and (
            before in _ABOUT or k > 1 and toks[k - 2].text in _ABOUT and before in ("new", "новых"))
    # the neighbours first: the document test is fuzzy, and most words have no "для" before them
    return [dataclasses.replace(t, text="line") if names_a_line(k) and _is_doc_cue(t.text) else t
            for k, t in enumerate(toks)]


# a card is what a payment is charged to ("run the payment through …", "списывайте с …")
_PAYMENT_STEMS = _CARD_CUE_STEMS + ("кошел", "wallet", "оплат", "списыв", "спиш", "платеж", "банк", "payment",
                                    "charge", "pay", "billing", "bank", "deposit")


# words that start like one and are none ("банкетной службы": a banquet's, not a bank's)
_NOT_PAYMENT = ("банкет",)


def _is_payment_cue(word: str) -> bool:
    return word.startswith(_PAYMENT_STEMS) and not word.startswith(_NOT_PAYMENT)


# "на каждой нашей банке", "в литровую банку": a jar, in forms "банка" shares with "банк"; a jar
# after "на" or after a word agreeing with the feminine "банка" (no bank is "нашей")
_JAR_FORMS = frozenset({"банка", "банки", "банке", "банку", "банкой", "банок", "банкам", "банками", "банках"})
_JAR_ONLY = frozenset({"банкой", "банок"})
_FEMININE_ENDINGS = ("ой", "ей", "ую", "ая")


def _jars(toks: list[_Tok]) -> list[_Tok]:
    return [dataclasses.replace(t, text="jar") if t.text in _JAR_FORMS and (
        t.text in _JAR_ONLY or k > 0 and (toks[k - 1].text == "на" or len(toks[k - 1].text) > 3
                                          and toks[k - 1].text.endswith(_FEMININE_ENDINGS))) else t
        for k, t in enumerate(toks)]


# a number named for a document is that document's ("договор номер …", "order 2750 7664 …"),
# also as the recogniser spells the word ("договер"); so is one a rating plate carries, and the one
# things are insured under ("the belongings are insured under the number …": a policy's)
_DOC_CUES = ("договор", "заказ", "предзаказ", "заявк", "счет", "щет", "гарантийн", "талон", "накладн", "артикул", "квитанц",
             "тикет", "отправк", "посылк", "трек", "лиценз", "ключ", "серийн", "contract", "order", "invoice",
             "account", "reference", "ticket", "tracking", "parcel", "shipment", "license", "licence", "key",
             "serial", "warranty", "пломб", "идентификатор", "соглашени", "заводск", "seal", "identifier",
             "agreement", "factory", "confirmation", "подтвержден", "брон", "booking", "reservation",
             "инвентар", "inventory", "парти", "шильд", "nameplate", "справк", "сертификат", "certificate", "рама", "рамы",
             "раме", "раму", "frame", "штрих", "barcode", "ваучер", "voucher", "диплом", "деплом", "diploma", "апостил",
             "apostille", "реестр", "registry", "register", "slip", "абонемент", "part", "бирк", "tag", "маркировк", "marking",
             "referral", "plate", "застрахован", "insured", "waybill", "consignment", _OTHER_CARD, "docnumber",
             # a lock cylinder's number, stamped on its body ("на корпусе цилиндра выбит номер 5683 …", heard
             # "цилиндровый бед номер"; "the number stamped on the cylinder body is …")
             "цилиндр", "cylinder",
             # an official permit's number ("the subsoil permit number is 2494 …"); English only: the
             # Russian "разрешение" is as often "с вашего разрешения", with your leave
             "permit")


# an English modal before the verb that sends the document somewhere ("bookings should pop up on
# 2-914-…"); not one before a verb that reads the document's own number out ("the order will show 2750 …")
_EN_MODALS = frozenset({"should", "will", "must", "can", "could", "would", "shall", "ll"})   # "ll": of "I'll"
_EN_NAMING_VERBS = ("be", "have", "has", "read", "reads", "show", "shows", "say", "says", "carry", "bear",
                    "list", "display", "include", "contain", "start", "end", "look")
# Russian verbs that say a document bears the number, not that something else is done with it, when
# "номер" follows ("на сертификате партии стоит номер 22 53 …", "в договоре значится номер …"; not
# "в заявке стоит 8 9 1 6 …", a phone written in it)
_RU_NAMING_VERBS = frozenset({"стоит", "стоят", "значится", "значатся", "указывается", "пишется", "числится"})


def _en_verb_between(between: list[str]) -> bool:
    """Whether the words between a document word and its number (nearest first, as `_words_back`
    gives them) hold an English modal and the verb after it, one that is not a naming verb."""
    return any(w in _EN_MODALS and k > 0 and between[k - 1] not in _EN_NAMING_VERBS
               for k, w in enumerate(between))


@functools.lru_cache(maxsize=20000)
def _is_verb(word: str) -> bool:
    """A Russian finite verb ("закрывает", "звоните"), as pymorphy3 parses it most likely."""
    if len(word) < 4 or not re.fullmatch(r"[а-я]+", word):
        return False
    return bool({"VERB", "INFN"} & _morph().parse(word)[0].tag.grammemes)


# people, not papers, whose names start like a document word ("старший смены на складе заказчика")
_NOT_DOC = ("заказчик",)


@functools.lru_cache(maxsize=20000)
def _is_doc_cue(word: str) -> bool:
    # a verb that starts like a document word names no document ("договоритесь сами, его номер 8 …");
    # misspellings are looked for in Russian only: the English recogniser writes real words, and
    # fuzzy matching read "rider" as "order" and "catch" as "batch"
    if word[:1] < "а":
        # English has few endings: a cue is the word or its plural, not "keyed" or "accountant"; and not
        # "plates", no one plate's number ("can't hear a phone in the plates room? 6, 6, 7, …")
        return (word in _DOC_CUES or word.endswith("s") and word[:-1] in _DOC_CUES and word != "plates"
                or word.endswith("ies") and word[:-3] + "y" in _DOC_CUES)
    return (word.startswith(_DOC_CUES) or len(word) >= 5 and any(
        fuzz.ratio(word[:len(c) + 1], c) >= 80 for c in _DOC_CUES if len(c) >= 5)) and not (
        word.startswith(_NOT_DOC) or _is_verb(word))


def _number_runs(toks: list[_Tok]) -> list[tuple[int, list[_Chunk], int, int]]:
    """Runs of adjacent numbers: (first token index, chunks, plus-sign start or -1, index after the run)."""
    runs: list[tuple[int, list[_Chunk], int, int]] = []
    i = 0
    while i < len(toks):
        plus = -1
        k = i
        if toks[k].text in _PLUS and k + 1 < len(toks):
            plus, k = toks[k].start, k + 1
            if toks[k].text == "с" and k + 1 < len(toks) and toks[k + 1].text.isdigit():
                # the country code's "семь" cut to its first sound ("плюс с 1940-2001-1998-1993")
                k += 1
        if not (toks[k].text.isdigit() or toks[k].text in NUMBER_WORDS
                or toks[k].text in _EN_REPEAT or toks[k].text == "a"
                and k + 1 < len(toks) and toks[k + 1].text == "hundred"):
            i += 1
            continue
        first = k
        chunks: list[_Chunk] = []
        while k < len(toks):
            t = toks[k]
            if t.text.isdigit():
                chunks.append(_Chunk(t.start, t.end, t.text))
                k += 1
            elif t.text in NUMBER_WORDS or t.text in _EN_REPEAT or (chunks and t.text in _EN_INNER_ZERO):
                groups, nxt = parse_number_words(toks, k, inner=bool(chunks))
                if nxt == k:
                    break
                chunks.extend(_Chunk(g.start, g.end, g.digits()) for g in groups)
                k = nxt
            elif t.text == "." and chunks and k + 1 < len(toks) and toks[k + 1].text.isdigit() and not (
                _date_ahead([c.digits for c in chunks], toks[k + 1].text)
            ):
                # Whisper writes dictated digits as "5.5.3.0.5", "24.849.995.10.20", "848.14.67" or
                # "28.30.61.83"; "15.12.2026" is a date
                k += 1
            elif t.text in _RUN_SEPARATORS and chunks and k + 1 < len(toks) and (
                toks[k + 1].text.isdigit() or toks[k + 1].text in NUMBER_WORDS
                or toks[k + 1].text in _EN_INNER_ZERO or toks[k + 1].text in _EN_REPEAT
            ):
                k += 1
            else:
                break
        if chunks:
            runs.append((first, chunks, plus, k))
        i = max(k, i + 1)
    return runs


# the prefixes of toll-free lines ("1-800 …", "8 800 …"): what a company prints for calling it
_TOLL_FREE = ("1800", "1888", "1877", "1866", "1855", "1844", "1833", "8800")


def _phone_shaped(lead: str, n: int) -> bool:
    """Whether a number of `n` digits starting with `lead` (its first four digits or more) is a
    phone whatever document word came before it: a toll-free line ("our order number, 1-8-0-0-8-3-1
    …": the line to order on) or a whole Russian mobile ("впишите для подтверждения броней
    8,9,8,6,3,1,4,2,1,1,6")."""
    return 10 <= n <= 12 and lead.startswith(_TOLL_FREE) or n == 11 and _mobile_start(lead)


def _date_ahead(chunks: list[str], nxt: str) -> bool:
    """Whether the dotted groups so far and the next one read as a date: a day, then a month, then
    a year ("15.12.2026"). A date starts the run; it does not end a long one."""
    if len(chunks) >= 3 or len(chunks[0]) > 2 or len(chunks[-1]) != 2 or len(nxt) not in (2, 4):
        return False
    if len(chunks) == 1 and len(nxt) == 4:
        # the month and year of "15.12.2026", its day already split off
        return 1 <= int(chunks[0]) <= 12 and nxt[:2] in ("19", "20")
    day, month = int(chunks[0]), int(chunks[1] if len(chunks) == 2 else nxt)
    return 1 <= day <= 31 and 1 <= month <= 12


def _is_word(toks: list[_Tok], k: int) -> bool:
    """Commas and the pieces of "she's" are no words, so they do not use up a cue's window, which
    a number read out in pieces fills with them."""
    return toks[k].text.isalnum() and not (k > 0 and toks[k - 1].text in _APOSTROPHES)


def _word_indices_back(toks: list[_Tok], first: int) -> Iterator[int]:
    """The indices of the words before `first`, nearest first (see _is_word)."""
    return (k for k in range(first - 1, -1, -1) if _is_word(toks, k))


def _words_back(toks: list[_Tok], first: int) -> Iterator[str]:
    """The words before `first`, nearest first (see _is_word)."""
    return (toks[k].text for k in _word_indices_back(toks, first))


def _sentence_end_between(toks: list[_Tok], first: int, near: int, far: int) -> bool:
    """Whether a sentence ends between the `near`-th and the `far`-th word before `first`
    (distances as _cue_before gives them)."""
    d = 0
    for k in range(first - 1, -1, -1):
        if _is_word(toks, k):
            d += 1
            if d >= far:
                return False
        elif d >= near and toks[k].text in (".", "!", "?"):
            return True
    return False


_DOC_TIME_OR_PLACE = frozenset({"до", "перед", "посреди", "внизу", "вверху", "сверху", "снизу", "обороте",
                                "before", "during"})
_ON_A_PAPER = frozenset({"foot", "bottom", "top", "back", "head", "corner"})
# writing a number down somewhere ("черкнул его на накладной", "jotted it on the invoice"; also glued
# to the pronoun before it, "ячеркнул")
_WRITTEN_STEMS = ("черкн", "записа", "записыв", "написа", "нацарап", "wrote", "written", "jotted", "scribbled")
# putting a number in a document ("post it in the visit confirmation email"), its article or a
# possessive before the document word
_PUT_VERBS = frozenset({"put", "post", "add", "enter", "type", "key", "paste", "stick", "include", "write", "pop"})
_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their"})
# where a card draws from ("с того счета", "off that account")
_DRAWN_FROM = frozenset({"с", "со", "from", "off"})
_ARTICLES = _DETERMINERS | {"his", "her"}


def _document_named(toks: list[_Tok], first: int, window: int) -> int | None:
    """Distance to the document word that names the number at `first`, if one does: not one in
    an earlier sentence when a number word starts the number's own ("…из заявки. Вот ее номер,
    8 9 2 5 …", "… out of an order. Here's the number 8156 …")."""
    doc = _cue_before(toks, first, window, _is_doc_cue)
    if doc is None:
        return None
    k, *before = itertools.islice(_word_indices_back(toks, first), doc - 1, doc + 7)
    words = [toks[j].text for j in before] + [""] * 7
    b1, b2, b3, b4 = words[:4]
    # the two English words before the document word's article, if it has one
    article = b1 in _DETERMINERS
    e1, e2, e3 = (b2, b3, b4) if article else (b1, b2, b3)
    if b1 in ("в", "во") and toks[k].text.endswith(("у", "ю")) or e1 == "into":
        # what is put into the document ("оставила номер, вбить его в заявку 8-4-3-4 …", "punch it
        # into the order 8 4 3 …"), not its name
        return None
    if _put_in(words):
        # "so post it in the visit confirmation email, 4 1 2 7 …": put into it as well
        return None
    if b1 in _DOC_TIME_OR_PLACE or e1 == "of" and e2 in _ON_A_PAPER:
        # a time or a place the document marks ("звонят на нашу линию, до заказа 8, 8, 0, …", "внизу
        # накладной", "printed at the foot of the invoice, 8 4 9 5 …"): what is there is not the
        # document's number
        return None
    if (b1 == "на" or e1 == "on") and any(st in w for w in (b2, b3, e3) for st in _WRITTEN_STEMS):
        # where a number was jotted down ("номер карты мне продиктовали, я черкнул его на накладной,
        # 2 3 8 1 …", "wrote it on the invoice"), not the document's own number
        return None
    if (b1 in _DRAWN_FROM or b2 in _DRAWN_FROM) and _cue_before(toks, k, 8, _is_card_cue) is not None and not any(
            t.text in ("номер", "number") for t in toks[k + 1:first]):
        # the account a card was given off ("и карту для оплаты нам дали с того счета, 4 3 8 6 …",
        # "the card we were given is off that account, 2 4 1 3 …"): the number is the card's, unless
        # the account's own is named ("… переведите со счета номер 4 0 7 …")
        return None
    if b1 in ("с", "со") and b2 == "вместе" or e1 == "with" and e2 in ("along", "together"):
        # what comes along with the document ("коробок кладем на стол вместе со счетом 8-8-0-8 …",
        # "left on the table along with the bill, 8 8 0 …"), not its number
        return None
    number = _cue_before(toks, first, doc - 1, lambda w: w in _PHONE_CUES) if doc > 1 else None
    if number is not None and _sentence_end_between(toks, first, number, doc):
        return None
    if doc > 4 and _sentence_end_between(toks, first, 0, doc):
        # "… confirmation should go to the admin at the rental point. 9-9-3-4-022-28": a document
        # word a sentence back and far names no number ("Номер заказа. 2256 …" still does)
        return None
    return doc


def _put_in(before: list[str]) -> bool:
    """Whether the English words before a document word (nearest first) put something in it: "in"
    after a verb of putting, with an article and one more word allowed between ("post it in the
    visit confirmation email", "put his cell in the confirmation")."""
    i = 1 if before[0] not in _ARTICLES and before[1] in _ARTICLES else 0
    i += before[i] in _ARTICLES
    return before[i] == "in" and any(w in _PUT_VERBS for w in before[i + 1:i + 4])


def _names_its_number(toks: list[_Tok], first: int, doc: int) -> bool:
    """Whether the document word `doc` words before `first` is followed by "номер"/"number": "заводской
    номер нашего дизельного генератора 2, 1, 3 …", "the serial number of our generator …" name the
    number from farther back than a document word alone does."""
    k = next(itertools.islice(_word_indices_back(toks, first), doc - 1, None), len(toks)) + 1
    return k < len(toks) and toks[k].text in ("номер", "number")


def _hangs_a_clause(between: list[str]) -> bool:
    """Whether the words between a document word and its number hold a clause hung on the document
    ("артикул насоса, который мы ставим чаще всего 4897 …", "the pump which we fit most …")."""
    return any(w.startswith("котор") or w == "which" for w in between)


def _named_at_length(between: list[str]) -> bool:
    """Whether "номер"/"number" after a document word names the number across the words `between`
    them (nearest first): a clause ("заводской номер аппарата, который отправляем в ремонт, 4 8 …")
    or a copula right before the number ("the tracking number of the parcel … is 1 4 …")."""
    return bool(between) and (between[0] in ("is", "was", "это") or _hangs_a_clause(between))


def _numbered(between: list[str]) -> bool:
    """Whether the document word is the subject of "is number" right before the number ("the seal on
    the thermal box is number 4 2 1 6 …"): its own number, whatever is said of it between."""
    return between[:2] in (["number", "is"], ["number", "was"])


def _cue_before(toks: list[_Tok], first: int, window: int, test) -> int | None:
    """Distance in words from the nearest cue (within `window` words before `first`) to `first`."""
    for d, text in enumerate(itertools.islice(_words_back(toks, first), window), 1):
        if test(text):
            return d
    return None


def _merge_runs(toks: list[_Tok], runs: list[tuple[int, list[_Chunk], int, int]]
                ) -> list[tuple[int, list[_Chunk], int, int]]:
    """Join pieces of one card or phone number that the recogniser split with a stray word or two.

    Only after a card or phone cue ("карта 2350, 335 and 3450, 332", "номер 8-8-0-5 на 7-7-1-2-9"),
    only over at most two words that do not end a number ("срок до", "expiry", "на имя"), and only
    while the joined run stays card- or phone-sized. After a "плюс" the pieces are joined however
    short ("плюс 7,465 ноль на листье 8,9", two "ноль" misheard): a country code starts a phone number.
    """
    out: list[tuple[int, list[_Chunk], int, int]] = []
    for run in runs:
        if out:
            first, chunks, plus, end = out[-1]
            gap = toks[end:run[0] - (1 if run[2] >= 0 else 0)]
            words = [t for t in gap if t.text.isalnum()]
            zeros = _zeros_heard(words)
            n_have = sum(len(c.digits) for c in chunks)
            # two "ноль" misheard in a row are two of the number's digits ("8,9,1,2,6 на лесе, на лесе 7,4")
            n_new = n_have + sum(len(c.digits) for c in run[1]) + zeros
            # a card word farther back still names a run read out across a misheard "ноль" ("… карты
            # на имя управляющего … Номер вот. 5, 6, 2, 9, 7, 6, на ледин. 0, 5, 6, 6 …")
            card = _cue_before(toks, first, 20 if zeros else 6, _is_card_cue) is not None
            # a run that starts as a Russian mobile ("восемь девять, три шесть, на лес семь девять …",
            # a "ноль" misheard) is a phone being read out, whatever introduced it
            mobile = n_have >= 3 and _mobile_start("".join(c.digits for c in chunks))
            # an English zero heard as a word ("for 804 Nero 73566") joins a number read out, whatever
            # word introduced it, after a piece of three digits or more (not "a seal numbered 5-6 Nero 6 …")
            phone = (_cue_before(toks, first, 8, lambda w: w in _PHONE_CUES) is not None
                     or _phone_word_after(toks, run[3]) or plus >= 0 or mobile and 10 <= n_new <= 11
                     or n_have >= 3 and zeros == 1 and len(words) == 1)
            # "или" between the two halves of a mobile, or inside a card read out, is a "ноль" misheard
            # ("восемь девять семь восемь один или один девять три восемь пять", "карту выроню, ага,
            # вот, 54 или 4, 54, 89 …"), not a choice between two numbers
            zero_or = (mobile and 10 <= n_new <= 11 or card and n_new <= 19) and [t.text for t in words] == ["или"]
            if ((len(words) <= 2 and len(gap) <= 4 or zeros == 2 and len(gap) <= 6)
                    and (zero_or or not any(t.text in _RUN_GAP_STOPS for t in words))
                    and run[2] < 0
                    and ((card and n_have < 13 and n_new <= 20)
                         or (phone and not card and n_have < 9 and (9 <= n_new or plus >= 0) and n_new <= 12))):
                out[-1] = (first, chunks + run[1], plus, run[3])
                continue
        out.append(run)
    return out


# "zero" as the recogniser hears it in English ("8156 Nero 4 Nero 688", "one eight double mirror six")
_EN_ZEROS_HEARD = frozenset({"nero", "niro", "mirror"})


def _zeros_heard(words: list[_Tok]) -> int:
    """How many "ноль" the words between two digit runs are, as the recogniser writes it there
    ("на лес", "на листье", "на ледин", "nero", "mirror"); 0 when they are anything else."""
    if len(words) == 1 and words[0].text in _EN_ZEROS_HEARD:
        return 1
    if len(words) not in (2, 4):
        return 0
    pairs = [words[k:k + 2] for k in range(0, len(words), 2)]
    if all(a.text == "на" and b.text.startswith(("ле", "ли")) for a, b in pairs):
        return len(pairs)
    return 0


def luhn_ok(digits: str) -> bool:
    """True when `digits` passes the Luhn checksum every payment card carries."""
    if not digits.isdigit():
        return False
    total = 0
    for pos, ch in enumerate(reversed(digits)):
        d = int(ch)
        if pos % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _mobile_start(digits: str) -> bool:
    """A Russian mobile's start, "8 9…" or "7 9…"."""
    return digits[:2] in ("79", "89")


def _starts_like_phone(digits: str) -> bool:
    """No payment card starts with 0, 7, 8 or 9; a 1 is a toll-free number's only as 1 8.."""
    return digits[:1] in ("0", "7", "8", "9") or digits.startswith("18")


def _phone_past_card(digits: str, has_plus: bool, card_cue: int) -> bool:
    """A phone number said a few words after a card that is not being paid with ("какие двери ему
    открываются по карте, ловите его ближе к ночи, 8 9 9 4 …", "a little card with the front desk
    number, 1 800 …"): a country code, or a phone's length and start, with the card word not
    right before it ("wrong card, this is the right one, 2564 …" is a card)."""
    return has_plus or card_cue >= 3 and len(digits) <= 12 and _starts_like_phone(digits) and (
        _phone_score(digits, has_plus) >= 3)


def _phone_score(digits: str, has_plus: bool) -> int:
    n = len(digits)
    if n == 11 and digits[0] in "78":
        return 5
    if n == 11 and digits[0] == "1":
        return 5
    if has_plus and 11 <= n <= 13:
        return 4
    if n == 10:
        return 3
    if 11 <= n <= 13:
        return 1
    return -1


# what follows a card number read out: its holder or its expiry ("… на имя", "… under the name", "… срок до")
_CARD_TAILS = (("на", "имя"), ("under", "the", "name"), ("срок",), ("expiry",), ("expires",), ("valid",),
               ("держатель",), ("держателя",), ("владелец",), ("card", "holder"), ("cardholder",),
               ("card", "in", "the", "name"), ("card", "is", "in", "the", "name"), ("карта", "оформлена"),
               ("карта", "на", "имя"))


def _card_tail_after(toks: list[_Tok], end: int) -> bool:
    words = [t.text for t in toks[end:end + 8] if t.text not in _SEPARATORS]
    if words[:1] in (["a"], ["the"], ["and"], ["а"], ["и"]):
        words = words[1:]   # "…, a card holder's name is …"
    return any(tuple(words[:len(tail)]) == tail for tail in _CARD_TAILS) or _card_named_after(words)


def _card_named_after(words: list[str]) -> bool:
    """"…, это карта для предоплаты", "…, that's the company card": the number just read out was
    named a card right after it."""
    words = [w for w in words if w.isalnum()]   # "that's" is "that", "'", "s"
    lead = 1 if words[:1] == ["это"] else 2 if words[:2] in (["that", "is"], ["it", "is"], ["that", "s"],
                                                             ["it", "s"]) else 0
    rest = words[lead:lead + 3] if lead else []
    # not a loyalty or gift card's ("это номер бонусной карты"): that number is an account's
    return any(_is_card_cue(w) for w in rest) and not any(w.startswith(_NOT_PAYMENT_CARD) for w in rest)


def _phone_word_after(toks: list[_Tok], end: int) -> bool:
    """A telephone word among the four words after a number ("…, это мой сотовый", "…, that's my cell")."""
    words = [t.text for t in toks[end:end + 8] if t.text.isalnum()][:4]
    return any(w in _STRONG_PHONE_CUES or w == "рабочий" for w in words)


def _ascending(values: list[int]) -> bool:
    """"plans at 49, 99, 149, 199 and 299", "990, 1490, 2990": a list of prices or sizes goes up."""
    return len(values) >= 4 and min(values) >= 10 and values == sorted(set(values))


def _grouped_like_amounts(chunks: list[_Chunk], run: list[_Tok]) -> bool:
    """"1,500,000", "2026 14 00": groups apart by spaces or commas, as amounts, years and times are
    written; Whisper writes a number read out as one block or with dashes or dots. Commas group an
    amount in threes: "8,8,2968978" is a number read out."""
    marks = [t.text for t in run if not t.text.isdigit()]
    return (len(chunks) > 1 and all(m == "," for m in marks)
            and (not marks or all(len(c.digits) == 3 for c in chunks[1:])))


def _amount_after(toks: list[_Tok], end: int) -> bool:
    """A unit right after a number makes it an amount ("… 1500000 рублей", "… 2500000 dollars")."""
    words = [t.text for t in toks[end:end + 3] if t.text not in _SEPARATORS]
    return bool(words) and words[0].startswith(_AMOUNT_UNITS)


_HOW = "byphone"
_HOW_WORDS = ("телефону", "телефоне", "phone", "call")
_CALLING = ("звон", "позвон", "набер", "набир", "call", "ring", "dial")


def _by_phone(toks: list[_Tok], k: int) -> bool:
    """"по телефону", "by phone", "over the phone", "фото в телефоне", "a photo on my phone", "read
    out to me on a call": how or where something was said or kept, not what it is."""
    t = toks[k].text
    if t not in _HOW_WORDS:
        return False
    before = [x.text for x in toks[max(0, k - 2):k]]
    if t == "call":
        return len(before) == 2 and before[0] in ("on", "over", "during") and before[1] in ("a", "the", "this")
    if any(x.text.startswith(_CALLING) for x in toks[max(0, k - 3):k]):
        return False   # "что вы звонили в телефоне 1980 …": the phone is what was called
    if t == "телефону":
        return before[-1:] == ["по"]
    if t == "телефоне":
        return before[-1:] in (["в"], ["на"])
    if t == "phone":
        return before[-1:] == ["by"] or len(before) == 2 and before[0] in ("over", "on", "in") and before[1] in (
            "the", "a", "my")
    return False


# "let me reach over", "reach into the glove box": a hand reaching, no number to reach someone on
_REACH_BY_HAND = ("over", "for", "into", "across", "behind", "under", "down", "round", "around")


def _reaching_by_hand(toks: list[_Tok]) -> list[_Tok]:
    return [dataclasses.replace(t, text="reaching") if t.text == "reach" and k + 1 < len(toks)
            and toks[k + 1].text in _REACH_BY_HAND else t for k, t in enumerate(toks)]


def _by_phone_read_as_how(toks: list[_Tok]) -> list[_Tok]:
    """"номер мне продиктовали по телефону, 5639 …" (a card): the phone there is how the number
    came, not what it is; every detector reads it as a word of no kind."""
    if not any(t.text in _HOW_WORDS for t in toks):
        return toks
    return [dataclasses.replace(t, text=_HOW) if _by_phone(toks, k) else t for k, t in enumerate(toks)]


def _numbers(toks: list[_Tok]) -> list[Redaction]:
    out: list[Redaction] = []
    doc_end = -1   # where the last run a document word named ended
    for first, chunks, plus, end in _merge_runs(toks, _number_runs(toks)):
        lead = first - (1 if plus >= 0 else 0)   # cues are looked for before the "плюс"
        if plus < 0 and doc_end >= 0 and _zeros_heard([t for t in toks[doc_end:first] if t.text.isalnum()]):
            # the same number read on across a zero the recogniser heard as a word ("seal number
            # 5-6-3-9, Nero 2-9-5, Nero 6-3-2 …"): still the document's
            doc_end = end
            continue
        card_cue = _cue_before(toks, lead, 6, _is_card_cue)
        phone_cue = _cue_before(toks, lead, 8, lambda w: w in _PHONE_CUES)
        if phone_cue is None and _phone_word_after(toks, end):
            # "на 8,440 к 7,185 0,4, это рабочий сотовый": the number first, then what it is
            # (a cue after the number counts as farther away than any cue before it)
            phone_cue = 9
        whole = "".join(c.digits for c in chunks)
        n = len(whole)
        start = plus if plus >= 0 else chunks[0].start
        strong_cue = _cue_before(toks, lead, 8, lambda w: w in _STRONG_PHONE_CUES)
        # the nearest document word within 15 words; within 4 (6 when "номер" follows it) it names the
        # number whatever its length, unless the number is read with its country code ("плюс 7 …",
        # "plus 1 …"): that is a phone whatever document it is printed on ("на обороте каждого
        # подарочного сертификата плюс 7 8 …", "a booking number on its reverse side, plus 1 18 …"),
        # and a toll-free line or a whole Russian mobile
        doc_far = _document_named(toks, first, 15)
        between = list(itertools.islice(_words_back(toks, first), doc_far - 1)) if doc_far else []
        doc_cue = doc_far if doc_far is not None and not (plus >= 0 or _phone_shaped(whole, n)) and (
            doc_far <= 4 or doc_far <= 9 and (_names_its_number(toks, first, doc_far)
                                              and (doc_far <= 6 or _named_at_length(between)) or _numbered(between))) else None
        # "…, он все ремонтные заявки закрывает 840-637-1052": a verb between the document word
        # and the number; the number is not that document's. A verb in a clause hung on the
        # document still leaves the number to it
        verb_between = ((any(_is_verb(w) and not (w in _RU_NAMING_VERBS and k and between[k - 1] == "номер")
                             for k, w in enumerate(between))
                         or _en_verb_between(between))
                        and not _hangs_a_clause(between))
        if verb_between:
            doc_cue = None
        # a list of prices goes up ("49, 99, 149 and 299"); groups joined by dashes after a card word
        # are the card read out, however they grow ("she snapped her card …, reading off it now.
        # 48-263-8204-81419")
        far_card = _cue_before(toks, lead, 25, _is_card_cue)
        hyphened = far_card is not None and all(t.text == "-" for t in toks[first:end] if not t.text.isdigit())
        if (_ascending([int(c.digits) for c in chunks]) and not hyphened and card_cue is None
                and phone_cue is None and plus < 0 and not luhn_ok(whole)):
            continue
        if doc_cue is not None and card_cue is None and (strong_cue is None or doc_cue < strong_cue):
            doc_end = end
            continue
        # written out in full ("4556 7375 8689 9856", "4556737586899856")
        complete = n in (15, 16) and (len(chunks) == 1 or all(len(c.digits) == 4 for c in chunks[:-1]))
        if (card_cue is not None and (strong_cue is None or card_cue <= strong_cue) and 10 <= n <= 24
                and not _phone_past_card(whole, plus >= 0, card_cue)):
            # "номер карты 5, 5, 6, 0, 7, 9 ...": after a card cue a card-sized run is the card
            # even when the recogniser lost, doubled, merged or changed a digit and Luhn fails
            # (the cue makes a non-card there unlikely; without a cue Luhn is required)
            out.append(Redaction("card", start, chunks[-1].end))
            continue
        if far_card is not None and strong_cue is None and 13 <= n <= 19 and (not complete or n == 16):
            # "держатель карты Иван Петров, а сам номер 55-17-40-2-72 …": the card word, then its
            # holder, then the digits; a dictated card-sized run is the card, also when where the
            # card lies and who photographed it come between ("Карты у нас на всю типографию одна,
            # лежит в ящике …, она мне ее как раз фотографировала, читаю с экрана 47-12-25-…")
            out.append(Redaction("card", start, chunks[-1].end))
            continue
        if (complete and n == 16 and len(chunks) == 4 and strong_cue is None and doc_far is None
                and _cue_before(toks, lead, 40, _is_card_cue) is not None):
            # sixteen digits written in fours, the card word a few sentences back ("we keep the
            # firm's card pinned to the workshop wall …, let me get over there and I'll read it
            # through the plastic. 1865-1936-1931-8390"): the card, though a digit misheard fails Luhn
            out.append(Redaction("card", start, chunks[-1].end))
            continue
        if (card_cue is not None and card_cue <= 3 and (strong_cue is None or card_cue <= strong_cue)
                and 7 <= n < 10 and plus < 0):
            # "by card number 5-5-6-0-7-9-9 …" with the rest lost: what is left is part of the
            # card, not a phone
            out.append(Redaction("card", start, chunks[-1].end))
            continue
        if plus >= 0 and 7 <= n:
            # "plus 1-8-3-3-8-8-7-3": a country code, the rest of the number garbled or lost (or
            # repeated: "plus 1-1-8-0-0-1-7-0-5-9-0-5-9-8-8-8-8 …"; no card is read with a "plus",
            # also where a card word is near: "впишите ее в карточку площадки, плюс 98,633,5239")
            out.append(Redaction("phone", start, chunks[-1].end))
            continue
        if card_cue is None and 13 <= n <= 19 and plus < 0 and _card_tail_after(toks, end):
            # "читаю с экрана телефона 5,5,6,7,5,1,9,7,5,8,2,1,3,8,1, это карта для предоплаты": a
            # card-sized number its holder, expiry or the card itself follows is the card, whatever
            # screen it was read from
            out.append(Redaction("card", start, chunks[-1].end))
            continue
        if phone_cue is not None and card_cue is None:
            dictated = len(chunks) >= 3
            strong = strong_cue is not None
            if (7 <= n <= 9 or (n == 6 and (plus >= 0 or strong) and (dictated or plus >= 0))
                    or (n == 5 and plus >= 0 and dictated)
                    or (strong and n == 16 and not luhn_ok(whole))):
                # a phone number with a lost (or, at 16, a doubled) digit group: all of it, so
                # no tail is left in clear ("плюс 7,8,384,92,33", "call number 3-8-1-0-3-5"; "номер
                # мастерской, плюс 7,8,060 от 20", a "тридцать" heard "от")
                out.append(Redaction("phone", start, chunks[-1].end))
                continue
        if (7 <= n <= 9 and card_cue is None and not _amount_after(toks, end)
                and not _grouped_like_amounts(chunks, toks[first:end])
                and (doc_far is None or verb_between)):
            # "It's 846129103", "I'm on 788-428-464": seven to nine digits in a row, not an
            # amount ("1,500,000 рублей", "… 1500000 рублей") and not a document's, are a number
            # to call, whatever word introduced them ("заявки … пусть уходят ей в 8,4,1,6,2,1,0,0,0":
            # the requests go to that number)
            out.append(Redaction("phone", start, chunks[-1].end))
            continue
        if 15 <= len(whole) <= 19 and all(len(c.digits) in (1, 2, 4) for c in chunks):
            # said like a card (digit by digit or in fours): a card only if the
            # checksum holds, or if its holder or expiry follows (the card word was lost,
            # "5, 6, 2, 4, … 8, 4, 4. На имя …"); otherwise not a phone number either. A document
            # word before it with no card word names it, checksum or not (one number in ten passes
            # by chance: "номер пломбы на дверях контейнера 5-1-1-5-8-8-6-8-4-2-0-4-0-1-5")
            if (luhn_ok(whole) and whole[0] in "23456" and (doc_far is None or doc_far > 6 or far_card is not None)
                    or _card_tail_after(toks, end)):
                out.append(Redaction("card", chunks[0].start, chunks[-1].end))
            continue
        if (doc_far is not None and not verb_between and card_cue is None and phone_cue is None
                and n > 11 and not (n <= 19 and luhn_ok(whole) and whole[0] in "23456")):
            # longer than a phone and named by a document word farther back, with no card or phone
            # word since ("артикул насоса, который мы ставим чаще всего 2-1-8-1-5-3-9-8 …"): the
            # document's number, not a phone with a digit doubled, nor cards and phones back to
            # back. A number that passes as a card stays one ("the invoice is settled, I'll pay
            # now, the digits are 4556 …"): a card left in clear costs more than a code hidden
            continue
        if 10 <= len(whole) <= 15 and not (13 <= len(whole) and luhn_ok(whole) and whole[0] in "23456"):
            # one phone number, however it was grouped; leaving a tail would leak digits
            out.append(Redaction("phone", plus if plus >= 0 else chunks[0].start, chunks[-1].end))
            continue
        i = 0
        while i < len(chunks):
            cards: list[int] = []
            phones: list[tuple[int, int]] = []
            digits = ""
            for j in range(i, len(chunks)):
                digits += chunks[j].digits
                n = len(digits)
                if n > 19:
                    break
                if 13 <= n <= 19 and digits[0] in "23456" and luhn_ok(digits):
                    cards.append(j)
                score = _phone_score(digits, plus >= 0 and i == 0)
                if score < 0 and phone_cue is not None and 7 <= n <= 9:
                    score = 0
                if score >= 0:
                    phones.append((score, -j))
            if cards:
                best: tuple[int, str] | None = (cards[-1], "card")
            elif phones:
                best = (-max(phones)[1], "phone")
            else:
                best = None
            if best is None:
                i += 1
                continue
            j, kind = best
            start = plus if (plus >= 0 and i == 0) else chunks[i].start
            out.append(Redaction(kind, start, chunks[j].end))
            i = j + 1
    return out


# --------------------------------------------------------------------------- e-mail
_AT = {"@", "at", "собака", "собаку", "собачка", "собачку", "эт", "собаке"}
_DOT = {".", "dot", "точка", "дот", "точку"}
_JOIN = {"_", "-", "underscore", "dash", "hyphen", "подчеркивание", "подчеркиванием", "подчеркивания",
         "нижнее", "нижние", "дефис", "тире", "+"}
TLDS = {
    "com", "ru", "net", "org", "io", "co", "uk", "de", "info", "biz", "me", "us", "рф", "su",
    "ком", "ру", "нет", "орг", "ио", "eu", "by", "kz", "ua", "app", "dev", "ai",
}


def _is_part(t: _Tok) -> bool:
    return t.text.isalnum() and t.text not in _AT and t.text not in _DOT


def _domain_end(toks: list[_Tok], j: int) -> int | None:
    """Index of the top-level-domain token of a domain starting at token j, or None."""
    end_tok = None
    if j < len(toks) and _is_part(toks[j]):
        j += 1
        while j + 1 < len(toks) and toks[j].text in (_DOT | {"-"}) and _is_part(toks[j + 1]):
            if toks[j + 1].text in TLDS and toks[j].text != "-":
                end_tok = j + 1
            j += 2
    return end_tok


# ---- e-mail addresses as a recogniser garbles them ("собака Янда Косточка", "джемилком",
# "Karen Moore and Outlook.com"): accepted only next to an "@" word or an e-mail cue
_MAIL_CUES = {"почта", "почту", "почты", "почте", "адрес", "адреса", "ящик", "электронку", "email", "mail",
              "емейл", "имейл", "мейл"}
# and "собака" heard as "ассабако", "с обаками", "в стабак и"
_AT_STEMS = ("собак", "собач", "сабак", "обак", "стабак")
_MAIL_PROVIDERS = {"gmail", "outlook", "hotmail", "yahoo", "icloud", "yandex", "mail", "rambler", "proton",
                   "protonmail", "aol"}
_RU_TLD_TAILS = ("ком", "ру", "ru", "com")
# a mail provider's name as the recogniser writes it in Russian ("джимейл", "жемил", "мейл", "яндекс")
_RU_PROVIDER_HEARD = re.compile(r"ж[еиэа]м[еи]й?л|м[еэ]йл|яндекс|mail|yandex")
# ".ру" as the recogniser writes it on its own after the domain ("собакой Яндакас Ро")
_RU_TLD_HEARD = ("ро",)
_LOCAL_STOPS = _MAIL_CUES | {"на", "мне", "мой", "моя", "у", "меня", "а", "и", "счет", "отправьте", "пишите",
                             "is", "to", "me", "my", "at", "e", "the", "send", "write", "and", "it",
                             "invoice", "contract", "in"}
_TAIL_STOPS = {"туда", "пожалуйста", "вот", "и", "а", "спасибо", "на", "имя", "номер", "and", "send", "please",
               "thanks", "the", "there", "phone", "number", "a"}


# what every address _emails finds has: an "at" word ("at", "собака", "эт", "@" also inside a
# word), an "собачка" glued to a syllable, or a written domain ("outlook.com")
_ADDRESS_HINT = re.compile("|".join([
    "@", r"\w\.\w", *(re.escape(stem) for stem in _AT_STEMS),
    *(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(_AT - {"@"}))]))


def may_hold_address(text: str) -> bool:
    """False when `text` (lowercase) cannot hold an e-mail address `find_pii` would find: a cheap
    test for callers that look at many utterances."""
    return _ADDRESS_HINT.search(text) is not None


def _fuzzy_at(t: _Tok, lang: str) -> bool:
    # Whisper glues the "собачка" to the syllable before it ("шувал авсобачка тихо на склад")
    return any(stem in t.text for stem in _AT_STEMS) if lang == "ru" else t.text in ("at", "@")


def _local_start(toks: list[_Tok], k: int, limit: int = 3) -> int:
    """First token of the local part that ends just before token k (at most `limit` words)."""
    s, words = k, 0
    while s - 1 >= 0 and words < limit:
        t = toks[s - 1]
        if t.text in _LOCAL_STOPS and t.text not in (_DOT | _JOIN):
            break
        if t.text.isalnum():
            words += 1
        elif t.text not in (_DOT | _JOIN | {","}):
            break
        s -= 1
    while s < k and not toks[s].text.isalnum():
        s += 1
    return s


# the providers whose name glued to a local part still reads as the address's domain ("mail" is too
# common a word's end: "voicemail", "email")
_GLUED_PROVIDERS = ("hotmail", "gmail", "yahoo", "icloud", "yandex", "protonmail")
# "outlook" ends websites' names too ("energyoutlook.com"): glued, it keeps the "at" heard before it
_GLUED_OUTLOOK = re.compile(r"\w+(?:at|et|ad|and|f)outlook")


def _glued_provider(label: str, dotted: bool) -> bool:
    """Whether a written domain's label is a mail provider's name with the address's local part
    glued before it; `dotted` when labels came before it ("plain.insertoutlook.com": a first name
    and a dot, no website's)."""
    return (any(label.endswith(p) and len(label) >= len(p) + 1 for p in _GLUED_PROVIDERS)
            or _GLUED_OUTLOOK.fullmatch(label) is not None
            or dotted and label.endswith("outlook") and len(label) >= len("outlook") + 2)


def _ru_heard_glued(word: str) -> bool:
    """".ру" glued to the domain, reduced as it is unstressed ("собакой Янда Косро", "собака складен
    линдро", "техно-склотро"): a word ending in "ро" that no dictionary knows ("метро", "быстро",
    "бюро" are words)."""
    return len(word) >= 5 and word.endswith("ро") and not _morph().word_is_known(word)


def _garbled_emails(toks: list[_Tok], lang: str) -> list[Redaction]:
    out: list[Redaction] = []
    for k, t in enumerate(toks):
        if not _fuzzy_at(t, lang) or k == 0:
            continue
        cue = any(x.text in _MAIL_CUES for x in toks[max(0, k - 8):k])
        end = None
        words = 0
        for j in range(k + 1, min(len(toks), k + 9)):
            w = toks[j].text
            if w in ("и", "а", "на") and any("точк" in x.text or x.text in TLDS or x.text.endswith(_RU_TLD_TAILS)
                                      and len(x.text) > 3 for x in toks[j + 1:j + 4]):
                continue   # "собака, складанный и точка ру", "собак и Янда Косру", "собак и миил.ру": a misheard syllable
                # ("тихо на склад точка ру" for "техносклад.ру")
            if w in _TAIL_STOPS:
                break
            if not w.isalnum():
                if w in (_DOT | _JOIN | {","}):
                    continue
                break
            words += 1
            if words > 4:
                break
            # an English top-level domain comes after a dot: "at your place. Tell me" ends on no ".me"
            if w in TLDS and (lang == "ru" or toks[j - 1].text in _DOT) \
                    or (lang == "ru" and (w.endswith(_RU_TLD_TAILS) and len(w) > 3 or "точк" in w
                                          or w in _RU_TLD_HEARD or _ru_heard_glued(w))):
                end = j
        if end is None and cue and lang == "ru":
            # "почта ... собака, Тихна Склата": the domain is lost, the address still is one
            n_words = 0
            for j in range(k + 1, min(len(toks), k + 6)):
                w = toks[j].text
                if w in _TAIL_STOPS or not (w.isalnum() or w in (_DOT | _JOIN | {","})):
                    break
                if w.isalnum():
                    n_words += 1
                    end = j
                    if n_words == 2:
                        break
        if end is None:
            continue
        # "…собачка янда Косточка Ру. Вот на этот адрес заведите …": the mail word after the address
        cue = cue or any(x.text in _MAIL_CUES for x in toks[end + 1:end + 7])
        s = _local_start(toks, k)
        if s == k and k >= 2 and toks[k - 1].text in ("на", "и", "а"):
            # "русфина точка ладыги на собаком ел точка ру": a syllable misheard before the "at";
            # a local part with a dot or an underscore in it is still an address's, and so is
            # one a mail word names, and one before a domain said with its dot ("пусть сыплются на
            # устим парилкин собака техносклад точка ру", heard "наустим парилки, на собака тех нас
            # клаточка ру")
            s2 = _local_start(toks, k - 1)
            dotted = any("точк" in toks[x].text or toks[x].text in _DOT for x in range(k + 1, end))
            # or a mail provider's domain as the recogniser writes it ("вистокатки на собак
            # отжемилком": "веста-кадкина собака джимейл ком")
            provider = any(_RU_PROVIDER_HEARD.search(toks[x].text) for x in range(k + 1, end + 1))
            if cue or dotted or provider or any(toks[x].text in (_DOT | _JOIN) for x in range(s2, k - 1)):
                s = s2
        if s == k and not cue:
            continue
        out.append(Redaction("email", toks[s].start, toks[end].end))
    # a written domain ("Outlook.com", "chit.blog.com") after an e-mail cue: the "@" was lost
    for j, t in enumerate(toks):
        if t.text not in TLDS or j < 2 or toks[j - 1].text != "." or toks[j - 1].start != toks[j - 2].end \
                or toks[j].start != toks[j - 1].end or not toks[j - 2].text.isalnum():
            continue
        d = j - 2
        while d - 2 >= 0 and toks[d - 1].text in (".", "-", "_") and toks[d - 1].start == toks[d - 2].end \
                and toks[d].start == toks[d - 1].end and toks[d - 2].text.isalnum():
            d -= 2
        # "mortimer.pannington.outlook.com": labels before a mail provider's domain are a person's
        # address, no website, even with no e-mail word before it
        # ("apollonia.latham.chist.dot.com": a spoken "dot" written as a label is an address dictated)
        mailbox = d < j - 2 and (toks[j - 2].text in _MAIL_PROVIDERS or toks[j - 2].text in ("dot", "точка"))
        # "rocco.weeleratoutlook.com", "elmardolinfgmail.com": the "at" and the provider glued to the
        # local part, a mailbox whatever came before it
        mailbox = mailbox or _glued_provider(toks[j - 2].text, dotted=d < j - 2)
        if not mailbox and not any(x.text in _MAIL_CUES for x in toks[max(0, d - 8):d]):
            continue
        s = d
        # the "at" before it as the recogniser left it ("and", "собачка" glued to a syllable)
        if d > 0 and (toks[d - 1].text == "and" or _fuzzy_at(toks[d - 1], "ru") or _fuzzy_at(toks[d - 1], "en")):
            s = _local_start(toks, d - 1)
        out.append(Redaction("email", toks[s].start, toks[j].end))
    return out


def _emails(toks: list[_Tok], lang: str = "en") -> list[Redaction]:
    out: list[Redaction] = []
    for k, t in enumerate(toks):
        if t.text not in _AT or k == 0 or not _is_part(toks[k - 1]):
            continue
        # domain: part ((dot|dash) part)+, ending on a known top-level domain
        end_tok = _domain_end(toks, k + 1)
        if end_tok is None:
            continue
        # local part: part ((join|dot) part)* and spoken digits after it
        s = k - 1
        while s >= 2 and toks[s - 1].text in (_JOIN | _DOT) and _is_part(toks[s - 2]):
            s -= 2
            if s >= 1 and toks[s].text in ("подчеркивание", "подчеркивания") and toks[s - 1].text in ("нижнее", "нижние"):
                s -= 1
        out.append(Redaction("email", toks[s].start, toks[end_tok].end))
    for r in _garbled_emails(toks, lang):
        if all(r.end <= o.start or r.start >= o.end for o in out):
            out.append(r)
    return out


# --------------------------------------------------------------------------- names
@functools.lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=1)
def _en_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, first names that are also common words, surnames)."""
    text = resources.files("callqa.data").joinpath("names_en.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    ambiguous: set[str] = set()
    surnames: set[str] = set()
    for line in text.splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.startswith("?"):
            ambiguous.add(line[1:])
        elif line.startswith("="):
            surnames.add(line[1:])
        else:
            names.add(line)
    return frozenset(names), frozenset(ambiguous), frozenset(surnames)


_EN_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister"}


_NAME_GRAMMEMES = {"Name", "Surn", "Patr"}
# frequent words whose most likely parse is a name or surname in lowercase ASR text
_RU_NOT_NAMES = {"тема", "роман", "вера", "слава", "мира", "лада", "ника", "дели", "мороз",
                 "дата", "гена", "сим", "том", "рита", "лиза", "ден", "алла", "вита", "мая",
                 "ян", "ли", "ким", "бор", "дан", "ева", "ли", "ара", "рома", "марка", "сбер",
                 "ясна", "гуля", "аля"}


@functools.lru_cache(maxsize=20000)
def _ru_is_name(word: str) -> bool:
    if len(word) < 3 or word in _RU_NOT_NAMES:
        return False
    parse = _morph().parse(word)[0]
    if not (_NAME_GRAMMEMES & parse.tag.grammemes) or parse.score < 0.25:
        return False
    # pymorphy guesses unknown words (often misheard ones) as surnames; trust a
    # guess only when it has a surname's ending
    return _morph().word_is_known(word) or word.endswith(_RU_SURNAME_ENDINGS)


@functools.lru_cache(maxsize=20000)
def _ru_is_first_name(word: str) -> bool:
    return _ru_is_name(word) and "Name" in _morph().parse(word)[0].tag


# "восемьсот" as the recogniser writes it after the synthetic and phone voices ("8 имистрот",
# "8-местрод", "8 и месрот", "8 и мистер от", "8 вы с имесот"): the hundreds of a number read out
_HUNDREDS_HEARD = re.compile(r"и?м[еи]ст?р?[оу][тдц](?:но|на|цы)?")


def _hundreds_misheard(toks: list[_Tok]) -> list[_Tok]:
    """Drop a misheard "восемьсот" (and the "и", "вы с" or "высе и" the recogniser put before it)
    after a digit, so that the digits on both sides are one number read out; the digits after it
    fill its tens and units ("плюс 7, 8 и мистер от 73, …" is +7 873 …)."""
    drop: set[int] = set()
    heard: set[int] = set()
    dash: dict[int, _Tok] = {}
    for k, t in enumerate(toks):
        width = 2 if t.text in ("мистер", "мистера") and k + 1 < len(toks) and toks[k + 1].text == "от" else (
            1 if _HUNDREDS_HEARD.fullmatch(t.text) else 0)
        if not width:
            continue
        j = k - 1
        # the syllables the recogniser put before it ("и", "вы с", "высе и", "выси и"; "три семьсот"
        # heard "рипс и месрот"): two short words at most
        while j >= 0 and k - j <= 2 and toks[j].text.isalpha() and len(toks[j].text) <= 4:
            j -= 1
        while j >= 0 and toks[j].text in _SEPARATORS:
            j -= 1
        if j >= 0 and (toks[j].text[-1:].isdigit() or toks[j].text in _RU_UNITS or j in heard):
            # after a digit word too ("восемь высе и месрот …"), and after another one heard so
            # ("восемь выся и месрот выся и месрот 27, 63 и 79" is 8 800 800 27 63 79), whose dash
            # stands for both
            chained = j in heard
            heard.add(k)
            drop.update(x for x in range(j + 1, k + width) if toks[x].text not in _SEPARATORS)
            if not chained and not (k + width < len(toks) and toks[k + width].text in _SEPARATORS) and (
                    toks[k - 1].text not in _SEPARATORS):
                # a dash where the word was: the pieces are a number read out, not amounts
                # grouped by spaces ("8 83 963957")
                dash[k] = dataclasses.replace(t, text="-")
    if not drop:
        return toks
    return [dash.get(k, t) for k, t in enumerate(toks) if k not in drop or k in dash]


def _surnames_not_documents(toks: list[_Tok]) -> list[_Tok]:
    """"по карте нашей совладелицы, Пахом Ключарев, цифры на ней …": a word right after a first
    name is a surname even when it starts like a document word ("ключ", a licence key), and it
    names no document for the number that follows."""
    return [dataclasses.replace(t, text="surname")
            if k > 0 and re.fullmatch(r"[а-я]+", toks[k - 1].text) and _ru_is_first_name(toks[k - 1].text)
            and _is_doc_cue(t.text) else t
            for k, t in enumerate(toks)]


_RU_SURNAME_ENDINGS = ("ов", "ев", "ин", "ова", "ева", "ина", "ский", "ская", "цкий", "цкая", "ович", "евич")


def _names(toks: list[_Tok], lang: str) -> list[Redaction]:
    out: list[Redaction] = []
    if lang == "ru":
        last = -2
        for k, t in enumerate(toks):
            if t.text.isalpha() and re.fullmatch(r"[а-я]+", t.text) and _ru_is_name(t.text):
                if k == last + 1:
                    # "Попов Дмитрий": one person, one placeholder
                    out[-1] = Redaction("name", out[-1].start, t.end)
                else:
                    out.append(Redaction("name", t.start, t.end))
                last = k
        return out
    names, ambiguous, surnames = _en_names()
    k = 0
    while k < len(toks):
        t = toks[k]
        capital = t.raw[:1].isupper() and not t.raw.isupper()
        titled = k > 0 and toks[k - 1].text in _EN_TITLES
        if (t.text in names or titled and t.text.isalpha()
                or (t.text in ambiguous and capital and k > 0 and toks[k - 1].text != ".")):
            end = t.end
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.raw.isalpha() and len(nxt.raw) > 1 and (
                nxt.text in surnames or nxt.raw[:1].isupper() and nxt.text not in names
            ):
                end, k = nxt.end, k + 1
            out.append(Redaction("name", t.start, end))
        k += 1
    return out


# --------------------------------------------------------------------------- public
_SEPARATORS = _RUN_SEPARATORS | {".", ":"}


def _digits_said(t: _Tok) -> int:
    """How many digits a token stands for when a number is dictated (0: not a number token)."""
    w = t.text
    if w.isdigit():
        return len(w)
    if w in UNITS or w in _EN_INNER_ZERO:
        return 1
    if w in TEENS or w in TENS:
        return 2
    if w in HUNDREDS:
        return 3
    return 0


def _dictated_phones(toks: list[_Tok]) -> list[Redaction]:
    """A phone number dictated after a phone word that the recogniser garbled past parsing.

    "number plus one time three time six time six oh": digits and number words with a
    misheard word between them. After a telephone word, a run of at least three number tokens
    standing for at least six digits, with no more than one other word between two of
    them, is taken for the number: a reader sees a dictated phone there, and leaving its
    digits in clear is the worse mistake.
    """
    # "договор номер ..." is no telephone
    return _dictated(toks, "phone", lambda w: w in _STRONG_PHONE_CUES, skip=3, min_tokens=3, min_digits=6)


def _dictated_cards(toks: list[_Tok]) -> list[Redaction]:
    """A card number dictated after a card word, garbled past parsing and past its checksum.

    "card 2, 3, 1, time, 4, 5, 7, 1, 6, 9, time, time, 2, 5, 7, time": as for phones, with
    at least four number tokens standing for at least ten digits, up to six words after
    the card word, and up to two misheard words in a row (the recogniser turns digits into
    words, several at a time, in a sixteen-digit dictation). At least one misheard word:
    a run the recogniser kept whole is a number _numbers has read, and Luhn has judged.
    """
    return _dictated(toks, "card", _is_card_cue, skip=6, min_tokens=4, min_digits=10, max_gap=2, misheard=1)


def _dictated(toks: list[_Tok], kind: str, cue, *, skip: int, min_tokens: int, min_digits: int,
              max_gap: int = 1, misheard: int = 0) -> list[Redaction]:
    """After a cue word (and at most `skip` other words), a run of number tokens with up to
    `max_gap` misheard words in a row between them, and at least `misheard` such words in all."""
    out: list[Redaction] = []
    i = 0
    while i < len(toks):
        if not cue(toks[i].text):
            i += 1
            continue
        j, skipped = i + 1, 0
        while j < len(toks) and skipped <= skip and not _digits_said(toks[j]) and toks[j].text not in _PLUS:
            if toks[j].text in _RUN_STOPS:
                break
            skipped += toks[j].text not in _SEPARATORS
            j += 1
        first = last = None
        count = digits = gap = inside = 0
        while j < len(toks):
            t = toks[j]
            d = _digits_said(t)
            if d or t.text in _PLUS:
                first = j if first is None else first
                inside += gap
                last, gap = j, 0
                count += bool(d)
                digits += d
            elif t.text in _SEPARATORS:
                pass
            elif t.text in _RUN_STOPS or gap >= max_gap or first is None:
                break
            else:
                gap += 1
            j += 1
        if first is not None and count >= min_tokens and digits >= min_digits and inside >= misheard:
            out.append(Redaction(kind, toks[first].start, toks[last].end))
            i = last + 1
        else:
            i += 1
    return out


# what a number is counted in when it is not an identifier ("… 60 тысяч рублей", "… 40 percent")
_AMOUNT_UNITS = ("руб", "доллар", "евро", "процент", "тысяч", "миллион", "штук", "минут", "час", "год", "лет",
                 "дн", "dollar", "percent", "thousand", "million", "bucks", "minute", "hour", "year",
                 "day", "%", "$", "€", "₽")


_APOSTROPHES = {"'", "’"}
# digits as the recogniser mishears them in a number read out ("six, time, time, six": nine;
# a zero: "nero", "niro", "mirror"; "free": three); counted only inside a run a real number began
_MISHEARD_DIGITS = {"time", "times", "free", "for"} | _EN_ZEROS_HEARD
# "nine" on a phone line comes out as "I'm", "I am" or "eye" ("8-6. I am 7. I am 7. 4."); the
# "am" and the "'m" after it are no words of their own
_MISHEARD_NINE = {"i", "eye"}


def _lead_digits(toks: list[_Tok], first: int, last: int, enough: int = 2) -> str:
    """The first digits of a number dictated in pieces ("восемь, девять, …" → "89"), enough to
    tell a phone's start from a card's (two), or a toll-free line's (four)."""
    out = ""
    repeat = 1
    for t in toks[first:last + 1]:
        w = t.text
        if w in _EN_REPEAT:
            repeat = _EN_REPEAT[w]   # "one eight double nero …" is 1 8 0 0
            continue
        if w.isdigit():
            piece = w
        elif w in UNITS or w in _EN_ZEROS_HEARD:
            piece = str(UNITS.get(w, 0))
        elif w in TEENS or w in TENS or w in HUNDREDS:
            piece = str(TEENS.get(w) or TENS.get(w) or HUNDREDS[w])
        else:
            continue
        out += piece * repeat if len(piece) == 1 else piece
        repeat = 1
        if len(out) >= enough:
            break
    return out


def _m_and(toks: list[_Tok], j: int) -> bool:
    """"m and" for "nine" ("plus 1 time 0 m and 8 1 4"): an "m" that is no "I'm"'s, an "and" after it."""
    return (toks[j].text == "m" and j + 1 < len(toks) and toks[j + 1].text == "and"
            and (j == 0 or toks[j - 1].text not in _APOSTROPHES))


# "december 15, 2026 at three": a date, its time after it
_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                "декабр")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
# "15.12.2026 14 00", "12/15/2026 at 10:30": a date or a time of day, not a dictated number
# a date, a time ("15 . 12 . 2026", "10 : 30"), or a time said after its preposition ("28 . 11 в 10 . 30")
_DATE_OR_TIME = re.compile(r"\b\d{1,2} [./] \d{1,2} [./] (?:19|20)\d\d\b|\b\d{1,2} : \d\d\b"
                           r"|(?<!\w)(?:в|к|до|с|по|at|by|from|until|till|around) (?:[01]?\d|2[0-3]) [.:] [0-5]\d\b")


_LINE_WORDS = frozenset({"линия", "линии", "линию", "линией", "line", "hotline", "helpline"})


def _line_named(toks: list[_Tok], first: int, window: int) -> int | None:
    """Distance to the nearest word naming a telephone line within `window` words before `first`;
    "hold the line" and "on the line" are a caller waiting, not a line named."""
    idx = list(itertools.islice(_word_indices_back(toks, first), window + 2))
    for d, k in enumerate(idx[:window], 1):
        if toks[k].text in _LINE_WORDS and not (
                d + 1 < len(idx) and toks[idx[d]].text == "the" and toks[idx[d + 1]].text in ("hold", "on")):
            return d
    return None


def _dense_numbers(toks: list[_Tok]) -> list[Redaction]:
    """An identifier dictated in pieces, whatever introduced it.

    Prices, dates and quantities are said as one or two numbers with their unit; a run of
    five or more short number tokens standing for seven or more digits, with at most one
    other word between two of them, is someone reading out a phone or card number ("it's
    time, zero eight, time, one seven, zero three, oh nine", "8,8,060,65,79"), even when the
    word that introduced it was lost or is one no cue list has. Numbers named for a document
    are left alone, as in `_numbers`. It is a card after a card word, after a payment word
    when card-sized, or when too long for a phone.
    """
    out: list[Redaction] = []
    i = 0
    while i < len(toks):
        if not _digits_said(toks[i]):
            i += 1
            continue
        first = last = i
        count, digits, gap, j = 0, 0, 0, i
        units = False
        nines = 0
        prev = ""
        repeat = 1   # "double five" is two digits ("two double two, one double five …")
        while j < len(toks):
            t = toks[j]
            d = _digits_said(t) or int((t.text in _MISHEARD_DIGITS or t.text in _MISHEARD_NINE
                                        or _m_and(toks, j)) and j > i)
            if d:
                nines += t.text in _MISHEARD_NINE
                # "twenty eight", "восемьсот восемьдесят три": one group, not a digit per word
                inner = (prev in HUNDREDS and (t.text in TENS or t.text in TEENS or t.text in UNITS)
                         or prev in TENS and t.text in UNITS)
                last, gap, prev = j, 0, t.text
                count += 1
                digits += 0 if inner else d + (repeat - 1 if d == 1 else 0)
                repeat = 1
            elif t.text == "hundred" and prev in UNITS:
                last, digits, prev = j, digits + 2, ""   # "one eight hundred": 1 800
            elif t.text in _EN_REPEAT:
                repeat = _EN_REPEAT[t.text]
            elif (t.text in _PLUS or not t.text.isalnum()
                  or toks[j - 1].text in _APOSTROPHES or t.text == "am" and toks[j - 1].text == "i"
                  or t.text == "and" and _m_and(toks, j - 1)):
                pass   # punctuation, the tail of "I'm" or "I am", the "and" of "m and": no words of their own
            elif t.text.startswith(_AMOUNT_UNITS):
                units = True
                break
            elif (j - 2 >= i and toks[j - 1].text == "-"
                  and toks[j - 2].end == toks[j - 1].start == t.start - 1):
                prev = ""   # hyphened to the number before it: a piece of it misheard ("девять-срот-ривисто 45-61")
            elif gap >= 1 or t.text in _RUN_GAP_STOPS:
                break
            else:
                gap, prev, repeat = gap + 1, "", 1
            j += 1
        i = last + 1
        # "reading it now. I'm 1134, I'm 3392": a "nine" heard as "I'm" between two long groups
        # is a number read out as surely as five short pieces are
        if not ((count >= 5 and digits >= 7 or count >= 4 and digits >= 8
                 or nines and count >= 3 and digits >= 8) and (digits <= 3 * count or nines)
                and not units):
            continue
        said = " ".join(t.text for t in toks[first:last + 1])
        values = [int(t.text) for t in toks[first:last + 1] if t.text.isdigit()]
        if (_DATE_OR_TIME.search(said) or _ascending(values)
                or any(t.text in _MONTHS or t.text.startswith(_MONTH_STEMS)
                       for t in toks[max(0, first - 2):last + 1])):
            continue
        # a country code, also as the recogniser punctuates it ("Plus, one, seven, …"): a phone
        lead = first - 1 - (first > 1 and toks[first - 1].text == ",")
        plus = lead >= 0 and toks[lead].text in _PLUS
        # read with its country code, a toll-free line or a whole mobile: a phone whatever document
        # word came before it, as in `_numbers`
        lead_digits = _lead_digits(toks, first, last, 4)
        doc = None if plus or _phone_shaped(lead_digits, digits) else _document_named(toks, first, 15)
        strong = _cue_before(toks, first, 15, lambda w: w in _STRONG_PHONE_CUES)
        pay = _cue_before(toks, first, 20, _is_payment_cue)
        # "pay for the booking widget with a card, 2 …": a card or payment word nearer than the
        # document word names the number
        if doc is None or strong is not None and strong < doc or pay is not None and pay < doc:
            # after a payment word, or with a card's expiry or holder right after it ("…, срок
            # действия тоже сказать?"), or too long for a phone; but not a mobile's "8 9…" said
            # a few words after a card nobody pays with ("открываются по карте, ловите его …"),
            # nor a toll-free line's, nor a phone-sized number after a telephone line named nearer
            # than the payment word ("на каждой стойке оплаты стикер с круглосуточной линией
            # стоянки 8,8,0,6 …", "every pay station has a sticker with the car park's line,
            # 1-8-0-0-5 …"). Only such a start counts here: a run found by density often starts
            # mid-card
            line = _line_named(toks, first, 15)
            tail = _card_tail_after(toks, last + 1)
            card = (not plus and (strong is None or pay is not None and pay < strong)
                    and (pay is not None or digits >= 14 or tail)
                    and not (pay is not None and pay >= 3 and digits <= 12
                             and (_mobile_start(lead_digits) or _phone_shaped(lead_digits, digits)
                                  or line is not None and line < pay))
                    # named a card right after it, whatever screen it was read from (as in `_numbers`)
                    or not plus and 13 <= digits <= 19 and tail)
            start = toks[lead].start if plus else toks[first].start
            out.append(Redaction("card" if card else "phone", start, toks[last].end))
    return out


def find_pii(text: str, lang: str, kinds: tuple[str, ...] = KINDS) -> tuple[Redaction, ...]:
    """Every PII span in `text`, non-overlapping, in text order.

    Where spans overlap the earlier-found type wins: e-mail, then card and
    phone, then names (a name inside an e-mail address is part of the address).
    """
    toks = _reaching_by_hand(_by_phone_read_as_how(_people_for_documents(_lines_for_documents(_named_documents(
        _document_words_in_context(_official_papers(_in_order(_record_cards(_other_cards(_jars(_tokens(text))))))))))))
    # names are looked for in the words as said; numbers, with surnames no longer document words
    said, toks = toks, _hundreds_misheard(_surnames_not_documents(toks)) if lang == "ru" else toks
    found: list[Redaction] = []
    if "email" in kinds:
        found += _emails(toks, lang)
    if "phone" in kinds or "card" in kinds:
        for r in _numbers(toks):
            if r.kind in kinds:
                # "(916) 123-45-67": the bracket belongs to the number
                start = r.start - 1 if r.start > 0 and text[r.start - 1] == "(" else r.start
                found.append(Redaction(r.kind, start, r.end))
    dictated = (_dictated_cards(toks) if "card" in kinds else []) + \
        (_dictated_phones(toks) if "phone" in kinds else [])
    dense = [d for d in _dense_numbers(toks) if d.kind in kinds]
    for d, by_density in [(d, False) for d in dictated] + [(d, True) for d in dense]:
        # a garbled dictation the number parser stopped short in, or read as the other
        # kind: the union is the number, of the kind its cue word says (a run found by
        # density alone has no cue word: what the parser found there names it)
        near = [r for r in found if r.kind in ("phone", "card") and r.start < d.end and d.start < r.end]
        kind = near[0].kind if near and by_density and d.kind == "phone" else d.kind
        if kind == "phone" and any(r.kind == "card" for r in near):
            continue   # a card already covers it
        found = [r for r in found if r not in near]
        found.append(Redaction(kind, min([d.start, *(r.start for r in near)]),
                               max([d.end, *(r.end for r in near)])))
    if "name" in kinds:
        found += _names(said, lang)
    kept: list[Redaction] = []
    for r in found:
        if all(r.end <= k.start or r.start >= k.end for k in kept):
            kept.append(r)
    return tuple(sorted(kept, key=lambda r: r.start))


def apply_redactions(text: str, spans: tuple[Redaction, ...]) -> str:
    out, pos = [], 0
    for r in sorted(spans, key=lambda r: r.start):
        out.append(text[pos:r.start])
        out.append(r.placeholder)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def redact_text(text: str, lang: str, kinds: tuple[str, ...] = KINDS) -> tuple[str, tuple[Redaction, ...]]:
    """Replace PII in `text` with typed placeholders; return the text and the spans."""
    spans = find_pii(text, lang, kinds)
    return apply_redactions(text, spans), spans


def _redact_words(words: tuple[Word, ...], lang: str) -> tuple[Word, ...]:
    """Redact word timings: the words a span touches become one placeholder word.

    Words are searched joined, since a number or an address spans several.
    """
    if not words:
        return words
    offsets, pos = [], 0
    for w in words:
        piece = w.text.strip()
        offsets.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    spans = find_pii(" ".join(w.text.strip() for w in words), lang)
    if not spans:
        return words
    replaced: dict[int, Word | None] = {}  # word index -> placeholder word, or None to drop
    for span in spans:
        hit = [i for i, (a, b) in enumerate(offsets) if a < span.end and b > span.start]
        if not hit:
            continue
        first, last = words[hit[0]], words[hit[-1]]
        replaced.update(dict.fromkeys(hit[1:]))
        replaced[hit[0]] = Word(first.start, last.end, " " + span.placeholder,
                                min(words[i].probability for i in hit))
    out = [replaced[i] if i in replaced else w for i, w in enumerate(words)]
    return tuple(w for w in out if w is not None)


def redact_utterance(u: Utterance, lang: str) -> Utterance:
    text, _ = redact_text(u.text, lang)
    return dataclasses.replace(u, text=text, words=_redact_words(u.words, lang))


def redact_transcript(t: Transcript) -> Transcript:
    """The same transcript with PII replaced in every utterance and word list."""
    lang = (t.language or "en").split("-")[0]
    return dataclasses.replace(t, utterances=tuple(redact_utterance(u, lang) for u in t.utterances))


def apply_policy(t: Transcript, mode: str) -> Transcript:
    """`t` as the setting `store_transcripts` / `report_transcripts` (raw|redacted) wants it."""
    if mode == "raw":
        return t
    if mode == "redacted":
        return redact_transcript(t)
    raise ValueError(f"unknown transcript policy {mode!r}; expected raw or redacted")


def redact_flags(flags: tuple[Flag, ...], lang: str) -> tuple[Flag, ...]:
    """Flags with their evidence redacted, for a store or report that keeps no client data."""
    return tuple(dataclasses.replace(f, evidence=redact_text(f.evidence, lang)[0]) for f in flags)
