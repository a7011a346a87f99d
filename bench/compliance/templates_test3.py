"""Sentence templates for the "test3" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py, and verbs, introducing words and sentence shapes that
differ from every template of both (an operator reading a number or card back,
a client naming who signs or who to call, a client paying by card on the call,
price reductions mostly said without the word discount).

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); no preposition right before `{DATE}` or `{TIME}`,
whose values may carry their own; every template is a single natural utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("вадим", "егоров", "станиславович"),
    ("лариса", "фролова", "вячеславовна"),
    ("кирилл", "баранов", "эдуардович"),
    ("нина", "мельникова", "константиновна"),
    ("глеб", "щербаков", "германович"),
    ("вероника", "кудрявцева", "ростиславовна"),
    ("тимур", "осипов", "рустамович"),
    ("марина", "яковлева", "эдуардовна"),
    ("эдуард", "сорокин", "антонович"),
    ("оксана", "мартынова", "кирилловна"),
]
EN_NAMES = [
    ("daniel", "hayes"),
    ("stephanie", "hughes"),
    ("timothy", "brooks"),
    ("rebecca", "ward"),
    ("kenneth", "perry"),
    ("angela", "sanders"),
    ("gary", "jenkins"),
    ("victoria", "powell"),
    ("eric", "fisher"),
    ("samantha", "barnes"),
]
RU_LAT = {"вадим": "vadim", "егоров": "egorov", "лариса": "larisa", "фролова": "frolova",
          "кирилл": "kirill", "баранов": "baranov", "нина": "nina", "мельникова": "melnikova",
          "глеб": "gleb", "щербаков": "shcherbakov", "вероника": "veronika", "кудрявцева": "kudryavtseva",
          "тимур": "timur", "осипов": "osipov", "марина": "marina", "яковлева": "yakovleva",
          "эдуард": "eduard", "сорокин": "sorokin", "оксана": "oksana", "мартынова": "martynova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "повторю для проверки, {PHONE}, все цифры верно?",
        "если я на совещании, звоните заместителю на {PHONE}",
        "начальник склада {NAME}, сотовый для связи {PHONE}",
        "лучше звякните по {PHONE} до обеда, я отвечу",
        "это номер нашего колл центра {CPHONE}, звонок бесплатный",
        # e-mail
        "предложение шлите на электронный адрес {EMAIL}, я распечатаю директору",
        "уточню ваш ящик, {EMAIL}, я ничего не перепутал?",
        "закрывающие документы пусть приходят на {EMAIL}, это адрес главбуха",
        # card
        "готов оплатить прямо сейчас, цифры на карте такие, {CARD}",
        "сверим реквизиты оплаты, карта {CARD}, верно?",
        "списывайте с {CARD}, держатель {NAME}, это наш директор",
        # name
        "с вами на связи {NAME}, отвечаю за логистику",
        "подписывать договор будет {NAME}, наш генеральный",
        "{FIRST}, доброе утро, есть пара минут поговорить?",
    ],
    "en": [
        # phone
        "let me repeat that back, {PHONE}, did i get every digit?",
        "if i'm in a meeting try my assistant on {PHONE}",
        "our operations lead is {NAME}, best reached on {PHONE}",
        "give me a buzz on {PHONE} before noon tomorrow",
        "the toll free number for our support team is {CPHONE}",
        # e-mail
        "the paperwork can go to {EMAIL}, i'll print it for the owner",
        "just so i have it right, your address is {EMAIL}?",
        "receipts and invoices should land at {EMAIL}, that's accounts payable",
        # card
        "ready when you are, the long number on the card is {CARD}",
        "let me read the card back to you, {CARD}, correct?",
        "run the payment through on {CARD}, the cardholder is {NAME}",
        # name
        "you've got {NAME} on the line, i handle scheduling for both stores",
        "the person signing off on this will be {NAME}, our director",
        "{FIRST}, good to hear from you, got a couple of minutes?",
    ],
}
NOPII_T = {
    "ru": [
        "номер лицензионного ключа {BADCARD}, вводите его при первом запуске",
        "счет номер {BADCARD} оплатите, пожалуйста, до конца недели",
        "за {QTY} выйдет примерно {PRICE} в квартал",
        "обучение ваших кладовщиков назначим {DATE}, начало {TIME}",
        "первый платеж {PRICE} спишется {DATE}, дальше раз в месяц",
    ],
    "en": [
        "your licence key is {BADCARD}, enter it the first time you log in",
        "please pay invoice {BADCARD} by the end of the week",
        "covering {QTY} would run about {PRICE} a quarter",
        "we'll train your supervisors {DATE}, starting {TIME}",
        "the first charge of {PRICE} goes through {DATE}, then monthly after that",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "за годовую оплату срежем стоимость на {P}, это я вам гарантирую",
        "специально для вашего склада цену опустим на {P}",
        "если подключите оба склада, каждая лицензия подешевеет на {P}",
        "выставлю счет уже за вычетом {PG}, руководство в курсе",
        "оформлю вам персональную {PA} скидку как новому клиенту",
        "сбавлю вам {P} с прайсовой цены, если оплатите год вперед",
        "постоянным клиентам положена скидка {P} на продление",
    ],
    "en": [
        "i can bring the monthly rate down by {P} for you",
        "we'd lower the price by {P} if you commit to two years",
        "i'll take the licence cost down {P} as a goodwill gesture",
        "your renewal would come in {P} under list price",
        "i've got approval to give you a {P} discount on onboarding",
        "we could trim the per seat price by {P} for your team",
        "since you're a nonprofit we discount the whole bill by {P}",
    ],
}
HALF_T = {
    "ru": ["внедрение для вас обойдется в половину обычной цены",
           "за второй год подписки заплатите ровно половину от прайса"],
    "en": ["we'll cut your onboarding fee in half",
           "the add on modules would cost you half what everyone else pays"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "у наших клиентов пересорт уменьшается на {P} за полгода",
        "партнер, который привел клиента, получает комиссию {P} от сделки",
        "с нового года тарифы индексируются на {P}, как и у всех",
        "около {P} рабочего времени кладовщики тратят на поиск товара",
        "первым платежом вносите {P}, остальное после подписания акта",
        "оборот у наших клиентов растет на {P} уже за первый год",
        "из суммы {PRICE} на налоги приходится {P}",
    ],
    "en": [
        "absenteeism typically falls by {P} in the first quarter",
        "referral partners earn a {P} commission on every deal they bring",
        "from january our list prices go up by {P} across the board",
        "roughly {P} of a manager's week goes on building schedules",
        "{P} of the first year is payable on signing, the rest monthly",
        "overtime hours shrank {P} for a retailer with {QTY}",
        "on top of {PRICE} a month, your state adds {P} in tax",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если мы попросим сбросить {P}, пойдете навстречу?",
            "боюсь, не получится, прайс у нас единый для всех")],
    "en": [("any chance you'd come down {P} if we pay annually?",
            "i wish i could, but i have no room to move on price")],
}
CHANNEL_T = {
    "ru": [
        "давайте я вас добавлю себе в {MSG}, там удобнее переписываться",
        "прайс перекину вам в {MSG}, с личного аккаунта так проще",
        "остальное обсудим в {MSG}, напишите мне туда вечером",
        "в офис не звоните, лучше сразу мне на сотовый {PPHONE}",
        "мой номер помимо офиса {PPHONE}, набирайте хоть в выходные",
        "договор лучше пришлите мне лично на {PEMAIL}, минуя общую почту",
    ],
    "en": [
        "let me add you on {MSG}, it's easier to chat there",
        "send the photos of your rota straight to me on {MSG}",
        "we can hash out the rest on {MSG}, drop me a line tonight",
        "don't bother with the front desk, just ring me on {PPHONE}",
        "this is my number outside the office, {PPHONE}, weekends are fine",
        "send the contract to my own inbox, {PEMAIL}, not the work one",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "по техническим вопросам звоните в отдел сопровождения, {CPHONE}",
        "заявки на доработку принимаем на общий адрес {CEMAIL}",
        "наш бот будет слать остатки по складу в {MSG}, это сервис компании",
        "акт сверки придет вам на рабочую электронную почту, указанную в договоре",
    ],
    "en": [
        "for anything technical, the account team is on {CPHONE}",
        "feature requests go to our shared inbox, {CEMAIL}",
        "our official {MSG} bot will post the weekly rota to your staff",
        "i'll copy the proposal to your company email address after this call",
    ],
}
NOT_PRESSURE = {
    "ru": ["спокойно посмотрите материалы, вернемся к разговору когда вам будет удобно",
           "решение за вами, я на связи, если появятся вопросы",
           "если сейчас неактуально, ничего, просто держите нас в уме"],
    "en": ["have a look at the materials whenever suits you, i'm around",
           "whatever you decide is fine by me, just let me know",
           "if the timing isn't right, we can pick this up another quarter"],
}
