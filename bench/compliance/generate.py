"""Build the labelled compliance set: PII items and rule cases, ru and en, ASR-like.

    /work/venv/bin/python bench/compliance/generate.py

writes bench/compliance/pii.jsonl and bench/compliance/rules.jsonl. Every
template list is split in two: even positions are `train`, odd positions
`test`, so test sentences are worded differently from anything tuned on;
test also draws names from a separate list and uses another random seed.

Text is made ASR-like: mostly lowercase, numbers as Whisper writes them
(digits in several formats, or words said digit by digit / in groups),
spoken e-mail addresses, fillers, and occasional misheard context words
(one character dropped, doubled or swapped). The values themselves are not
corrupted here; the TTS part (tts.py) shows what real recognition does.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import spoken  # noqa: E402

HERE = Path(__file__).parent

# --------------------------------------------------------------------------- values
RU_NAMES = {
    "train": [("иван", "петров", "иванович"), ("анна", "смирнова", "сергеевна"), ("сергей", "кузнецов", "павлович"),
              ("ольга", "соколова", "андреевна"), ("дмитрий", "попов", "олегович"), ("мария", "лебедева", "игоревна"),
              ("алексей", "козлов", "николаевич"), ("елена", "новикова", "викторовна"), ("павел", "морозов", "иванович"),
              ("татьяна", "волкова", "петровна")],
    "test": [("андрей", "васильев", "михайлович"), ("наталья", "федорова", "алексеевна"), ("михаил", "зайцев", "юрьевич"),
             ("ирина", "павлова", "дмитриевна"), ("николай", "семенов", "сергеевич"), ("светлана", "голубева", "олеговна"),
             ("владимир", "виноградов", "петрович"), ("екатерина", "богданова", "ивановна"), ("артем", "орлов", "андреевич"),
             ("юлия", "медведева", "романовна")],
}
EN_NAMES = {
    "train": [("john", "smith"), ("sarah", "johnson"), ("michael", "brown"), ("emily", "davis"), ("david", "miller"),
              ("jessica", "wilson"), ("james", "taylor"), ("laura", "anderson"), ("robert", "thomas"), ("karen", "moore")],
    "test": [("brian", "walker"), ("megan", "hall"), ("kevin", "young"), ("rachel", "king"), ("marcus", "wright"),
             ("brianna", "lopez"), ("tyler", "hill"), ("natalie", "scott"), ("derek", "green"), ("chloe", "adams")],
}
RU_LAT = {"иван": "ivan", "петров": "petrov", "анна": "anna", "смирнова": "smirnova", "сергей": "sergey",
          "кузнецов": "kuznetsov", "ольга": "olga", "соколова": "sokolova", "дмитрий": "dmitry", "попов": "popov",
          "мария": "maria", "лебедева": "lebedeva", "алексей": "alexey", "козлов": "kozlov", "елена": "elena",
          "новикова": "novikova", "павел": "pavel", "морозов": "morozov", "татьяна": "tatiana", "волкова": "volkova",
          "андрей": "andrey", "васильев": "vasiliev", "наталья": "natalia", "федорова": "fedorova",
          "михаил": "mikhail", "зайцев": "zaitsev", "ирина": "irina", "павлова": "pavlova", "николай": "nikolay",
          "семенов": "semenov", "светлана": "svetlana", "голубева": "golubeva", "владимир": "vladimir",
          "виноградов": "vinogradov", "екатерина": "ekaterina", "богданова": "bogdanova", "артем": "artem",
          "орлов": "orlov", "юлия": "yulia", "медведева": "medvedeva"}
PERSONAL_DOMAINS = {"ru": [["gmail", "com"], ["mail", "ru"], ["yandex", "ru"]],
                    "en": [["gmail", "com"], ["yahoo", "com"], ["outlook", "com"], ["hotmail", "com"]]}
COMPANY_DOMAINS = {"ru": [["technosklad", "ru"], ["skladonline", "ru"]], "en": [["shiftpilot", "com"], ["shiftpilot", "io"]]}
MESSENGERS = {"ru": ["ватсап", "вотсап", "вацап", "телеграм", "телеграмм", "телегу", "вайбер", "whatsapp"],
              "en": ["whatsapp", "telegram", "viber", "whats app", "signal"]}
FILLERS = {"ru": ["ну", "э", "вот", "так", "эм"], "en": ["um", "uh", "so", "like", "you know"]}


def distractor(kind: str, lang: str, rng: random.Random) -> str:
    """Numbers that are not client data: prices, dates, times, quantities, a non-card 16 digits."""
    if kind == "PRICE":
        n = rng.choice([1900, 2900, 4500, 12000, 35000]) if lang == "ru" else rng.choice([4, 6, 8, 49, 99, 120])
        if lang == "ru":
            return rng.choice([f"{n} рублей", f"{n:,}".replace(",", " ") + " рублей",
                               "две тысячи девятьсот рублей", "четыре с половиной тысячи"])
        return rng.choice([f"${n}", f"{n} dollars", f"{spoken.words(n, 'en')} dollars"])
    if kind == "DATE":
        if lang == "ru":
            return rng.choice(["25 ноября", "двадцать пятого ноября", "3 декабря", "первого марта 2027 года",
                               "15.12.2026", "во вторник"])
        return rng.choice(["march 3rd", "the 25th of november", "december 15, 2026", "next tuesday", "12/15/2026"])
    if kind == "TIME":
        if lang == "ru":
            return rng.choice(["10:30", "в десять тридцать", "14 00", "в два часа"])
        return rng.choice(["10:30", "ten thirty", "2 pm", "three o'clock"])
    if kind == "QTY":
        if lang == "ru":
            return rng.choice(["1500 позиций", "три склада", "двенадцать человек", "250 накладных в день"])
        return rng.choice(["45 people", "three locations", "twelve managers", "120 shifts a week"])
    if kind == "BADCARD":
        return spoken.render_card(spoken.card(rng, valid=False), lang, rng) if rng.random() < 0.5 else \
            " ".join(re.findall(r"\d{4}", spoken.card(rng, valid=False)))
    raise KeyError(kind)


def pii_value(kind: str, lang: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(rendered text, gold type) for one slot."""
    if kind in ("PHONE", "PPHONE"):
        d = spoken.ru_phone(rng) if lang == "ru" else spoken.en_phone(rng)
        return spoken.render_phone(d, lang, rng), "phone"
    if kind == "CPHONE":  # the company's own line: still a phone number in a transcript
        d = ("8800" + "".join(rng.choice("0123456789") for _ in range(7))) if lang == "ru" else \
            ("1800" + "".join(rng.choice("0123456789") for _ in range(7)))
        return spoken.render_phone(d, lang, rng), "phone"
    if kind == "CARD":
        return spoken.render_card(spoken.card(rng), lang, rng), "card"
    if kind in ("EMAIL", "PEMAIL", "CEMAIL"):
        if kind == "CEMAIL":
            local, sep = [rng.choice(["info", "sales", "support", "hello"])], "."
            domain = rng.choice(COMPANY_DOMAINS[lang])
        else:
            if lang == "ru":
                first, last, _ = rng.choice(RU_NAMES[split])
                local = [RU_LAT[first], RU_LAT[last]]
            else:
                local = list(rng.choice(EN_NAMES[split]))
            if rng.random() < 0.3:
                local = [local[0][0], local[1]] if rng.random() < 0.5 else [local[1] + str(rng.randint(10, 99))]
            sep = rng.choice([".", ".", "_", "-"])
            pool = PERSONAL_DOMAINS[lang] + ([] if kind == "PEMAIL" else COMPANY_DOMAINS[lang])
            domain = rng.choice(pool)
        return spoken.render_email(local, sep, domain, lang, rng), "email"
    if kind in ("NAME", "FIRST"):
        if lang == "ru":
            first, last, patr = rng.choice(RU_NAMES[split])
            if kind == "FIRST":
                return first, "name"
            return rng.choice([f"{first} {last}", f"{first} {patr}", f"{last} {first}"]), "name"
        first, last = rng.choice(EN_NAMES[split])
        return (first if kind == "FIRST" else f"{first} {last}"), "name"
    raise KeyError(kind)


# --------------------------------------------------------------------------- ASR-like noise
def mishear(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1:]
    if op == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


NOISE = True  # tts.py turns it off: there the recogniser makes the errors


def noisy(text: str, lang: str, rng: random.Random) -> str:
    if not NOISE:
        return text
    out = []
    for i, w in enumerate(text.split()):
        # fillers go between words, never glued to a value or inside "N percent"
        if i > 0 and rng.random() < 0.05 and not w.startswith(("процент", "percent", "%")):
            out.append(rng.choice(FILLERS[lang]))
        out.append(mishear(w, rng) if rng.random() < 0.06 else w)
    return " ".join(out)


SLOT = re.compile(r"\{([A-Z]+)\}")
PII_SLOTS = {"PHONE", "PPHONE", "CPHONE", "CARD", "EMAIL", "PEMAIL", "CEMAIL", "NAME", "FIRST"}


def fill(template: str, lang: str, split: str, rng: random.Random, *, pii: bool = True
         ) -> tuple[str, list[dict]]:
    """Render a template; context gets ASR noise, slots become values with gold spans."""
    lower = rng.random() < 0.75
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in SLOT.finditer(template):
        pieces.append((template[pos:m.start()], None))
        kind = m.group(1)
        if kind in PII_SLOTS:
            value, gold = pii_value(kind, lang, split, rng)
            if not lower and gold == "name":
                value = " ".join(w.capitalize() for w in value.split())
            pieces.append((value, gold if pii else ""))
        else:
            pieces.append((distractor(kind, lang, rng), ""))
        pos = m.end()
    pieces.append((template[pos:], None))
    text, items = "", []
    for chunk, gold in pieces:
        if gold is None:
            core = noisy(chunk.strip(), lang, rng) if chunk.strip() else ""
            lead = " " if chunk[:1].isspace() else ""
            trail = " " if chunk[-1:].isspace() else ""
            text += (lead + core + trail) if core else (" " if chunk else "")
        else:
            if gold:  # "" marks a value that is not labelled: kept as is, no noise
                items.append({"type": gold, "start": len(text), "end": len(text) + len(chunk)})
            text += chunk
    shift = len(text) - len(text.lstrip())
    text = text.strip()
    items = [{"type": it["type"], "start": it["start"] - shift, "end": it["end"] - shift} for it in items]
    # str.lower keeps lengths for the letters used here, so spans stay valid
    text = text.lower() if lower else text[:1].upper() + text[1:]
    return text, items


def halves(items: list) -> dict[str, list]:
    return {"train": items[0::2], "test": items[1::2]}


def templates(name: str, lang: str, split: str) -> list:
    """The templates of list `name` for one split: train and test are the two halves of the
    lists here; a TTS part held out later (test2, test3) has its own wording in
    templates_<split>.py, written without seeing the detectors."""
    if split in ("train", "test"):
        return halves(globals()[name][lang])[split]
    return getattr(_held_out(split), name)[lang]


def _held_out(split: str):
    module = importlib.import_module(f"templates_{split}")
    RU_NAMES.setdefault(split, module.RU_NAMES)
    EN_NAMES.setdefault(split, module.EN_NAMES)
    for ru, lat in module.RU_LAT.items():
        RU_LAT.setdefault(ru, lat)
    return module


# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        "запишите мой номер {PHONE} это мобильный",
        "да конечно мой телефон {PHONE}",
        "перезвоните мне по номеру {PHONE} после обеда",
        "можете набрать {PHONE} спросить {NAME}",
        "наш общий номер {CPHONE} звоните в рабочее время",
        "секунду записываю {PHONE} правильно",
        "почта {EMAIL} туда и присылайте договор",
        "пишите на {EMAIL}, я посмотрю",
        "отправьте счет на {EMAIL} пожалуйста",
        "адрес {EMAIL} записали?",
        "у меня почта {EMAIL}, а номер {PHONE}",
        "оплачу картой, номер {CARD}",
        "номер карты {CARD}, срок до двадцать седьмого",
        "продиктую карту {CARD}",
        "меня зовут {NAME}, компания техносклад",
        "добрый день это {NAME} вам удобно говорить",
        "соедините меня с {NAME} пожалуйста",
        "да, {FIRST} слушаю",
        "я передам {NAME} что вы звонили, телефон {PHONE}",
        "контактное лицо {NAME}, почта {EMAIL}",
        "карта {CARD}, на имя {NAME}",
        "звоните {PHONE} или пишите {EMAIL}",
        "это {FIRST} из отдела закупок",
        "с вами говорит {NAME}, компания складонлайн",
    ],
    "en": [
        "sure my number is {PHONE} that's my cell",
        "you can reach me at {PHONE} after lunch",
        "call me back on {PHONE} please",
        "ask for {NAME} at {PHONE}",
        "our main line is {CPHONE} during office hours",
        "let me read that back {PHONE} right",
        "my email is {EMAIL} send the contract there",
        "just send it to {EMAIL} thanks",
        "send the invoice to {EMAIL}",
        "did you get that {EMAIL}",
        "email is {EMAIL} and phone is {PHONE}",
        "i'll pay by card the number is {CARD}",
        "card number {CARD} expiry twelve twenty seven",
        "okay the card is {CARD}",
        "hi my name is {NAME} from shiftpilot",
        "hello this is {NAME} is now a good time",
        "could you put me through to {NAME}",
        "yes {FIRST} speaking",
        "i'll tell {NAME} you called, number {PHONE}",
        "the contact is {NAME}, email {EMAIL}",
        "card {CARD} under the name {NAME}",
        "call {PHONE} or email {EMAIL}",
        "this is {FIRST} from purchasing",
        "you're speaking with {NAME} at shiftpilot",
    ],
}
NOPII_T = {
    "ru": [
        "стоимость {PRICE} в месяц за одну точку",
        "давайте созвонимся {DATE} {TIME}",
        "у нас на складе {QTY}, ведем учет в excel",
        "номер заявки {BADCARD} сохраните пожалуйста",
        "тариф {PRICE}, первый месяц бесплатно",
        "демонстрация {DATE} в {TIME} вам удобно",
        "договор номер {BADCARD} от {DATE}",
        "работает {QTY}, смена с восьми до пяти",
        "в прошлом году выросли на двадцать процентов, сейчас {QTY}",
        "счет на {PRICE} выставим {DATE}",
    ],
    "en": [
        "it's {PRICE} per user per month",
        "let's talk again on {DATE} at {TIME}",
        "we have {QTY} and do it all in spreadsheets",
        "reference number {BADCARD} keep that handy",
        "pricing is {PRICE} with the first month free",
        "the demo is {DATE} at {TIME} does that work",
        "order {BADCARD} was placed {DATE}",
        "we run {QTY}, shifts from eight to five",
        "we grew twenty percent last year, now {QTY}",
        "the invoice for {PRICE} goes out {DATE}",
    ],
}


def make_pii(split: str, seed: int, per_template: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for lang in ("ru", "en"):
        for kind in ("PII_T", "NOPII_T"):
            for t in templates(kind, lang, split):
                for _ in range(per_template):
                    text, items = fill(t, lang, split, rng)
                    rows.append({"id": f"pii-{split}-{len(rows):04d}", "lang": lang, "split": split,
                                 "source": "synthetic", "text": text, "items": items})
    return rows


# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": ["могу предложить скидку {P}", "только для вас скидка {P} на первый год",
           "если оплатите сегодня сделаем минус {P}", "давайте я вам дам скидочку {P}",
           "дадим {P} скидки на годовой тариф", "сейчас акция, {P} от цены",
           "по промокоду будет дешевле на {P}", "сброшу вам {P} с тарифа",
           "тариф обойдется на {P} дешевле", "я согласую вам скидку {P}",
           "скидка в размере {PG} на годовой", "скидку до {PG} можем сделать",
           "дам вам {PA} скидку", "оформим с дисконтом {P}"],
    "en": ["i can give you {P} off", "we'll do a {P} discount on the annual plan",
           "let me knock {P} off the price", "you'd get {P} off for the first year",
           "i can offer a discount of {P}", "if you sign today it's {P} cheaper",
           "we have a promo right now, {P} off", "i'll take {P} off your first invoice",
           "how about a {P} reduction on the license", "use this coupon for {P} off",
           "i can do {P} off if you commit", "there's a {P} discount for new customers"],
}
HALF_T = {"ru": ["отдадим вам за полцены", "для вас будет полцены на первый год"],
          "en": ["that's half price for you", "i can get you half off the first year"]}
NOT_DISCOUNT_T = {
    "ru": ["инвентаризация проходит на {P} быстрее", "мы на сто процентов гарантируем сохранность данных",
           "ошибок становится меньше на {P}", "клиенты сократили недостачи на {P}",
           "{P} наших клиентов продлевают подписку", "предоплата {P}, остальное по факту",
           "ндс {P} уже включен", "я на сто процентов уверен что вам подойдет",
           "стоимость {PRICE} в месяц", "давайте созвонимся {DATE} {TIME}",
           "скидка десять процентов и на {P} быстрее приемка", "наш номер {CPHONE}",
           "до конца месяца скидка десять процентов на годовой тариф", "у нас {QTY}, и выросли на {P}"],
    "en": ["scheduling takes {P} less time", "we guarantee 100% uptime", "{P} of our customers renew",
           "it cuts overtime by {P}", "managers are {P} faster at building rotas",
           "i'm a hundred percent sure it fits", "it's {PRICE} per user per month",
           "the demo is {DATE} at {TIME}", "sales tax of {P} applies", "our support line is {CPHONE}",
           "there's a fifteen percent discount this month and it's {P} faster", "no-shows dropped by {P}"],
}
CLIENT_ASK_T = {"ru": [("а скидку {P} дадите?", "нет, максимум десять процентов"),
                       ("у конкурентов скидка {P}", "понимаю, у нас цена фиксированная")],
                "en": [("can you do {P} off?", "the most i can do is fifteen percent"),
                       ("the other vendor gives {P} off", "i understand, our price is fixed")]}
CHANNEL_T = {
    "ru": ["напишите мне в {MSG}, так быстрее", "давайте я вам скину всё в {MSG} лично",
           "добавьте меня в {MSG}, я там отвечу", "лучше свяжитесь со мной напрямую в {MSG}",
           "запишите мой мобильный {PPHONE}", "вот мой личный номер {PPHONE}",
           "звоните мне напрямую на {PPHONE}", "пишите мне на личную почту {PEMAIL}",
           "мой адрес {PEMAIL}, пишите туда", "спишемся в {MSG}, я вам напишу вечером",
           "мой сотовый {PPHONE}, звоните в любое время", "кидайте мне в {MSG} фото накладных"],
    "en": ["text me on {MSG}, it's quicker", "add me on {MSG} and we'll sort it out",
           "let's move this to {MSG}, message me there", "here's my cell, {PPHONE}",
           "call me directly on my mobile {PPHONE}", "my personal email is {PEMAIL}",
           "just email me at {PEMAIL}", "ping me on {MSG} tonight",
           "reach me on my personal number {PPHONE}", "send me a message on {MSG} when you decide",
           "my own number is {PPHONE}, call me anytime", "write to me at {PEMAIL} instead"],
}
NOT_CHANNEL_T = {
    "ru": ["уведомления о поступлениях приходят в {MSG}", "у нас есть бот в телеграме для отчетов",
           "наш номер горячей линии {CPHONE}", "напишите нам на {CEMAIL}",
           "договор отправим на вашу рабочую почту", "отчеты можно выгружать и пересылать коллегам",
           "служба поддержки {CPHONE}, звоните в любое время", "счет придет с адреса {CEMAIL}"],
    "en": ["shift reminders go out by {MSG} or sms", "our support line is {CPHONE}",
           "send it to {CEMAIL}", "the app integrates with telegram for alerts",
           "we'll email the contract to your work address", "managers can export rotas and share them",
           "the office number is {CPHONE}", "invoices come from {CEMAIL}"],
}
CLIENT_CHANNEL_T = {"ru": [("можно я вам в {MSG} напишу?", "лучше на почту компании, там всё фиксируется")],
                    "en": [("can i just text you on {MSG}?", "please use our support email so it's tracked")]}
NEUTRAL = {"ru": ["добрый день компания техносклад", "вам удобно сейчас говорить", "как вы сейчас ведете учет на складе",
                  "понял вас спасибо", "давайте покажу программу"],
           "en": ["hi this is shiftpilot", "is now a good time", "how do you schedule shifts today",
                  "got it thanks", "let me show you the product"]}
NOT_PRESSURE = {"ru": ["решите когда будет удобно, не торопитесь", "предложение действует до конца месяца",
                       "если решите сейчас, подключим уже завтра", "цена может измениться в следующем году",
                       "подумайте спокойно и перезвоните", "вы сами решите, подходит или нет"],
                "en": ["take your time to decide", "the offer runs until the end of the month",
                       "if you decide now we can set it up tomorrow", "prices may change next year",
                       "think it over and call me back", "it's entirely your decision"]}
RULES = ("discount", "personal_channel", "forbidden:personal_contact", "forbidden:pressure")
LIMIT = {"ru": 10, "en": 15}
SCRIPTS = {"ru": "ru-b2b-cold", "en": "en-saas-demo"}
FORBIDDEN = {
    "ru": {"personal_contact": ["Напишите мне в ватсап", "Запишите мой личный номер",
                                "Давайте лучше в телеграм напрямую мне"],
           "pressure": ["Вы должны решить прямо сейчас, иначе потеряете скидку",
                        "Такое предложение только сегодня, решайте сейчас",
                        "Если не согласитесь сейчас, цена вырастет"]},
    "en": {"personal_contact": ["Text me on my personal number", "Message me on WhatsApp directly",
                                "Here is my personal cell"],
           "pressure": ["You have to decide right now or you lose the deal",
                        "This offer is only good today, you must sign now",
                        "If you don't commit now the price goes up"]},
}
PREFIX = {"ru": ["слушайте", "честно говоря", "короче", "смотрите", "ну"], "en": ["look", "honestly", "okay so", "listen", "well"]}
SUFFIX = {"ru": ["хорошо?", "договорились?", "ладно", "понимаете"], "en": ["okay?", "alright", "you know", "deal?"]}


def render_rule_text(t: str, lang: str, split: str, rng: random.Random, amount: int | None) -> str:
    t = t.replace("{MSG}", rng.choice(MESSENGERS[lang]))
    if amount is not None:
        t = t.replace("{PG}", spoken.render_percent(amount, lang, rng, "gen"))
        t = t.replace("{PA}", spoken.RU_ADJ.get(amount, f"{amount}-процентную"))
        t = t.replace("{P}", spoken.render_percent(amount, lang, rng))
    text, _ = fill(t, lang, split, rng, pii=False)
    return text


def case(lang: str, split: str, rng: random.Random, key: str, gold: dict, *, amount=None,
         client_first: str | None = None, mono_ok: bool = True) -> dict:
    mono = mono_ok and client_first is None and rng.random() < 0.2
    utts = []
    t = 0.0
    for line in rng.sample(NEUTRAL[lang], 2):
        utts.append(("operator", line))
        if rng.random() < 0.5:
            utts.append(("client", rng.choice(["да", "угу", "слушаю"] if lang == "ru" else ["yes", "sure", "mhm"])))
    if client_first is not None:
        utts.append(("client", client_first))
    utts.append(("operator", key))
    out = []
    for spk, text in utts:
        dur = 0.35 * len(text.split()) + 0.5
        out.append({"speaker": "unknown" if mono else spk, "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        t += dur + 0.3
    full = {r: False for r in RULES}
    full.update(gold)
    return {"lang": lang, "split": split, "source": "synthetic", "script": SCRIPTS[lang], "utterances": out,
            "gold": full, "amount": amount}


def make_rules(split: str, seed: int, reps: int) -> list[dict]:
    rng = random.Random(seed)
    rows: list[dict] = []
    for lang in ("ru", "en"):
        lim = LIMIT[lang]
        above = [15, 20, 25, 30, 40, 50] if lang == "ru" else [20, 25, 30, 40, 50]
        for _ in range(reps):
            for t in templates("DISCOUNT_T", lang, split):
                a = rng.choice(above)
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, a), {"discount": True}, amount=a))
                b = rng.choice([lim, lim, 5, 7] if lang == "ru" else [lim, lim, 5, 10])
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, b), {"discount": False}, amount=b))
            for t in templates("HALF_T", lang, split):
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, None), {"discount": True}, amount=50))
            for t in templates("NOT_DISCOUNT_T", lang, split):
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, rng.choice([20, 25, 30])), {}))
            for client, op in templates("CLIENT_ASK_T", lang, split) or CLIENT_ASK_T[lang][:1]:
                rows.append(case(lang, split, rng, render_rule_text(op, lang, split, rng, None), {},
                                 client_first=render_rule_text(client, lang, split, rng, rng.choice(above))))
            for t in templates("CHANNEL_T", lang, split):
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, None),
                                 {"personal_channel": True, "forbidden:personal_contact": None}))
            for t in templates("NOT_CHANNEL_T", lang, split):
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, None), {}))
            for client, op in CLIENT_CHANNEL_T[lang]:
                rows.append(case(lang, split, rng, render_rule_text(op, lang, split, rng, None), {},
                                 client_first=render_rule_text(client, lang, split, rng, None)))
            for rule, phrases in FORBIDDEN[lang].items():
                for phrase in phrases:
                    text = phrase.lower().replace(",", "")
                    if rng.random() < 0.5:
                        text = rng.choice(PREFIX[lang]) + " " + text
                    if rng.random() < 0.5:
                        text = text + " " + rng.choice(SUFFIX[lang])
                    text = noisy(text, lang, rng)
                    gold = {f"forbidden:{rule}": True}
                    if rule == "personal_contact":
                        gold["personal_channel"] = True
                    rows.append(case(lang, split, rng, text, gold))
            for t in templates("NOT_PRESSURE", lang, split):
                rows.append(case(lang, split, rng, render_rule_text(t, lang, split, rng, None), {}))
    for i, r in enumerate(rows):
        r["id"] = f"rule-{split}-{i:04d}"
    return rows


def main() -> None:
    pii = make_pii("train", 11, 10) + make_pii("test", 23, 10)
    rules = make_rules("train", 11, 2) + make_rules("test", 23, 2)
    for name, rows in (("pii.jsonl", pii), ("rules.jsonl", rules)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_items = {s: sum(len(r["items"]) for r in pii if r["split"] == s) for s in ("train", "test")}
    n_cases = {s: sum(1 for r in rules if r["split"] == s) for s in ("train", "test")}
    print(f"pii.jsonl: {len(pii)} texts, PII items {n_items}; rules.jsonl: cases {n_cases}")


if __name__ == "__main__":
    main()
