"""Sentence templates for the "test4" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py or templates_test3.py, and verbs, introducing words and
sentence shapes that differ from every template of all three (a client
correcting a wrong digit, an assistant giving the boss's mobile, a client
reading a card off a banking app, an e-mail given for the draft contract,
price reductions mostly said as paying less, saving or a lower quote).

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
    ("георгий", "ковалев", "федорович"),
    ("алина", "киселева", "васильевна"),
    ("леонид", "карпов", "григорьевич"),
    ("полина", "воробьева", "филипповна"),
    ("арсений", "данилов", "витальевич"),
    ("алла", "зуева", "ярославовна"),
    ("степан", "лазарев", "матвеевич"),
    ("елизавета", "романова", "денисовна"),
    ("виталий", "шубин", "ефимович"),
    ("зоя", "миронова", "тарасовна"),
]
EN_NAMES = [
    ("raymond", "coleman"),
    ("diana", "patterson"),
    ("philip", "griffin"),
    ("theresa", "reynolds"),
    ("harold", "simmons"),
    ("monica", "ellis"),
    ("vincent", "harper"),
    ("tiffany", "graham"),
    ("douglas", "wallace"),
    ("crystal", "porter"),
]
RU_LAT = {"георгий": "georgy", "ковалев": "kovalev", "алина": "alina", "киселева": "kiseleva",
          "леонид": "leonid", "карпов": "karpov", "полина": "polina", "воробьева": "vorobyeva",
          "арсений": "arseny", "данилов": "danilov", "алла": "alla", "зуева": "zueva",
          "степан": "stepan", "лазарев": "lazarev", "елизавета": "elizaveta", "романова": "romanova",
          "виталий": "vitaly", "шубин": "shubin", "зоя": "zoya", "миронова": "mironova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "ой, я ошибся цифрой, правильно будет {PHONE}, проверьте еще раз",
        "я помощник директора, мобильный шефа {PHONE}, это {NAME}",
        "пометьте себе новый номер {PHONE}, старым я больше не пользуюсь",
        "если городской занят, пробуйте {PHONE}, это мой второй",
        "по любым вопросам обслуживания есть единая линия {CPHONE}, работает круглосуточно",
        # e-mail
        "проект договора пришлите нашему юристу, адрес {EMAIL}",
        "продиктую по буквам, {EMAIL}, без заглавных",
        "у меня сменился электронный адрес, новый {EMAIL}, старый не проверяю",
        # card
        "читаю с экрана телефона, {CARD}, это карта для предоплаты",
        "предоплату внесу картой, готовы записывать? {CARD}",
        "держатель карты {NAME}, а сам номер {CARD}",
        # name
        "меня {NAME} зовут, звоню по вашей заявке с сайта",
        "{FIRST}, простите, что опять беспокою насчет счета",
        "кто у вас решает по закупкам? ага, {NAME}, записал",
    ],
    "en": [
        # phone
        "sorry, scratch that, i gave you a wrong digit, it's {PHONE}",
        "i'm the assistant here, the boss's cell is {PHONE}, that's {NAME}",
        "save this new number, {PHONE}, the old one's been cut off",
        "if the landline's busy, try my second line, {PHONE}",
        "our customer care line, {CPHONE}, is staffed around the clock",
        # e-mail
        "the draft contract should go to our lawyer, {EMAIL}",
        "i'll spell it out, {EMAIL}, no capitals anywhere",
        "my email changed recently, the new one is {EMAIL}",
        # card
        "reading it off my banking app, {CARD}, does that look right?",
        "got a pen handy? the deposit goes on {CARD}",
        "the cardholder is {NAME}, and the number itself is {CARD}",
        # name
        "the name's {NAME}, i run payroll for the group",
        "{FIRST}, sorry to chase you again about that quote",
        "who signs off on software purchases? oh, {NAME}, got it, noted",
    ],
}
NOPII_T = {
    "ru": [
        "серийный номер сканера {BADCARD}, он указан на наклейке снизу",
        "в накладной стоит номер {BADCARD}, сверьте его со своим",
        "когда у вас {QTY}, подойдет тариф за {PRICE}",
        "монтаж оборудования запланирован {DATE}, мастер приедет {TIME}",
        "абонентская плата {PRICE}, следующее списание {DATE}",
    ],
    "en": [
        "the serial on your time clock is {BADCARD}, printed on the back",
        "the purchase order number is {BADCARD}, match it against yours",
        "if you've got {QTY}, the bill works out around {PRICE}",
        "the installer comes {DATE}, should be there around {TIME}",
        "the subscription is {PRICE}, and the next billing date is {DATE}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "директор разрешил мне урезать вам прайс на {P}",
        "если возьмете сразу три лицензии, заплатите на {P} меньше",
        "внесете оплату до конца квартала, сэкономите {P} от суммы",
        "выбью для вас {PA} скидку, руководство обычно идет навстречу",
        "со своей стороны готов уменьшить цену примерно на {P}",
        "могу дать вам скидку порядка {PG} на внедрение",
        "применим понижающий коэффициент, получится {P} экономии для вас",
    ],
    "en": [
        "my director signed off on {P} below list for your team",
        "pay upfront for the year and you'll save {P}",
        "i can get you a {P} price break if you add the second site",
        "we'll reduce your per user fee by {P} starting this month",
        "i'm authorised to slash {P} from the setup cost",
        "your quote will reflect a {P} discount for the multi year term",
        "let me sharpen the pencil, i'll come in {P} lower than that quote",
    ],
}
HALF_T = {
    "ru": ["весь первый квартал будете платить вполовину меньше",
           "половину стоимости обучения мы берем на себя"],
    "en": ["we'll cover half of the setup fee ourselves",
           "for the first quarter your bill is halved"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "при оплате в рассрочку банк берет {P} годовых",
        "с весны прайс подрастет на {P}, так решил производитель",
        "согласно опросу, {P} складов до сих пор считают остатки вручную",
        "банк эквайер удерживает комиссию {P} с каждого платежа",
        "залог за терминалы составляет {P} от их стоимости",
        "{DATE} покажу вам кейс, где выручка выросла на {P}",
        "сумма {PRICE} без налога, сверху еще {P} ндс",
    ],
    "en": [
        "financing through our partner runs at {P} a year",
        "just so you know, the renewal carries a {P} uplift next cycle",
        "a survey found {P} of shift workers swap shifts by text",
        "the payment processor keeps {P} of each transaction",
        "we hold {P} of the contract value as a security deposit",
        "{DATE} i'll show you a chain whose retention grew {P}",
        "the {PRICE} i quoted is before tax, expect roughly {P} more on the invoice",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а скинете {P}, если заберем сразу на два года?",
            "увы, тут я бессилен, цены утверждает центральный офис")],
    "en": [("is there any way to get {P} off if we add two more sites?",
            "afraid not, pricing is set by head office and i can't move it")],
}
CHANNEL_T = {
    "ru": [
        "кину вам голосовое в {MSG}, так быстрее объясню",
        "переедем в {MSG}, там без лишних глаз обо всем договоримся",
        "закину вам в {MSG} пару видео, как это работает",
        "запишите мой второй, личный телефон, {PPHONE}",
        "после шести рабочий я выключаю, звоните на {PPHONE}",
        "лучше на мою собственную почту, {PEMAIL}, корпоративную я редко открываю",
    ],
    "en": [
        "i'll send you a voice note on {MSG}, easier to explain that way",
        "jump over to {MSG} with me, we can iron out the details privately",
        "i'll drop a couple of demo videos into {MSG} for you",
        "jot down my second phone, the private one, {PPHONE}",
        "after six my work phone is off, so try me on {PPHONE}",
        "use my own address, {PEMAIL}, i barely check the company one",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "по вопросам оплаты звоните в наш расчетный центр, {CPHONE}",
        "жалобы и пожелания собирает отдел качества, пишите на {CEMAIL}",
        "системные уведомления корпоративный бот компании отправит вам в {MSG}",
        "отчеты мы высылаем только на служебную почту вашей компании",
    ],
    "en": [
        "for payments, call our billing centre on {CPHONE}",
        "complaints and suggestions go to our quality team at {CEMAIL}",
        "the company's verified {MSG} account sends release notes every month",
        "reports only ever go to your company's official email domain",
    ],
}
NOT_PRESSURE = {
    "ru": ["давайте без спешки, изучите договор, покажите юристу, потом решим",
           "можете сравнить нас с конкурентами, я подожду вашего ответа",
           "это просто информация для размышления, ни к чему не обязывает"],
    "en": ["there's no deadline on this, compare us with others first",
           "run it past your finance people, i'm happy to wait",
           "this is just for your information, nothing's binding"],
}
