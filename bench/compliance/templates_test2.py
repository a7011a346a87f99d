"""Sentence templates for the "test2" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
different names from generate.py's train and test lists, and different verbs,
introducing words and sentence shapes from every generate.py template.

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); every template is a single natural utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("григорий", "тихонов", "ильич"),
    ("людмила", "калинина", "борисовна"),
    ("константин", "белов", "аркадьевич"),
    ("галина", "комарова", "степановна"),
    ("виктор", "захаров", "геннадьевич"),
    ("валентина", "максимова", "леонидовна"),
    ("борис", "гусев", "валентинович"),
    ("ксения", "титова", "евгеньевна"),
    ("денис", "крылов", "тимофеевич"),
    ("дарья", "жукова", "анатольевна"),
]
EN_NAMES = [
    ("gregory", "turner"),
    ("heather", "collins"),
    ("patrick", "morgan"),
    ("amanda", "bennett"),
    ("steven", "parker"),
    ("linda", "howard"),
    ("jason", "cooper"),
    ("melissa", "russell"),
    ("andrew", "bailey"),
    ("nicole", "foster"),
]
RU_LAT = {"григорий": "grigory", "тихонов": "tikhonov", "людмила": "lyudmila", "калинина": "kalinina",
          "константин": "konstantin", "белов": "belov", "галина": "galina", "комарова": "komarova",
          "виктор": "viktor", "захаров": "zakharov", "валентина": "valentina", "максимова": "maksimova",
          "борис": "boris", "гусев": "gusev", "ксения": "ksenia", "титова": "titova",
          "денис": "denis", "крылов": "krylov", "дарья": "daria", "жукова": "zhukova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "диктую мобильный, {PHONE}, набирайте лучше после шести",
        "записывайте, я всегда на связи по номеру {PHONE}",
        "прямой номер бухгалтерии {PHONE}, спросите там {NAME}",
        "мне удобнее на {PHONE}, это рабочий сотовый",
        "многоканальный номер офиса {CPHONE}, добавочный двести",
        # e-mail
        "электронка {EMAIL}, коммерческое предложение кидайте туда",
        "продублируйте предложение на ящик {EMAIL}, хорошо?",
        "копию счета направьте на {EMAIL}, бухгалтерия проверит",
        # card
        "спишите с карты {CARD}, она корпоративная",
        "данные карточки такие, {CARD}, владелец {NAME}",
        "оплату проведем с карточки {CARD} сегодня же",
        # name
        "на проводе {NAME}, я руковожу складом",
        "пригласите к трубке {NAME}, мы договаривались созвониться",
        "{FIRST}, приветствую, не отвлекаю от дел?",
    ],
    "en": [
        # phone
        "my direct line is {PHONE}, that rings straight through to me",
        "the best number to get me is {PHONE}, mornings mostly",
        "dial {PHONE} and have the front desk page {NAME}",
        "i'm on {PHONE} most afternoons if that helps",
        "the head office switchboard is {CPHONE}, extension four twelve",
        # e-mail
        "cc it to {EMAIL} so my manager sees it too",
        "the address for quotes is {EMAIL}, all lowercase",
        "forward the proposal over to {EMAIL} when you get a chance",
        # card
        "put it on my visa, {CARD}",
        "bill it to the company card, {CARD}, it's under {NAME}",
        "charge the setup fee to {CARD} if that's okay",
        # name
        "{NAME} here, i look after the rotas at our place",
        "could i speak with {NAME}, we talked last week",
        "morning {FIRST}, it's been a while, how are things",
    ],
}
NOPII_T = {
    "ru": [
        "трек номер отправки {BADCARD}, коробка с терминалами уже в пути",
        "пакет на {QTY} обойдется в {PRICE} ежемесячно",
        "внедрение стартует {DATE}, подключимся к вам {TIME}",
        "укажите в назначении платежа номер договора {BADCARD}",
        "продление стоит {PRICE}, напомним вам об этом {DATE}",
    ],
    "en": [
        "your tracking code is {BADCARD}, the welcome pack ships today",
        "for {QTY} the plan comes to {PRICE} a month",
        "onboarding kicks off {DATE}, i'll dial in at {TIME}",
        "quote ticket number {BADCARD} whenever you contact support",
        "renewal is {PRICE} and the reminder goes out {DATE}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "подвину цену на {P} вниз, если подпишем на этой неделе",
        "руководство одобрило вам снижение стоимости на {P}",
        "годовую подписку отдам с уступкой в {P}",
        "по партнерской программе цена для вас ниже на {P}",
        "вычтем {P} из суммы первого счета",
        "до {PG} могу уступить, если берете сразу на год",
        "оформим {PA} скидку на все модули сразу",
    ],
    "en": [
        "i can shave {P} off the monthly fee",
        "my manager approved {P} off for your account",
        "sign before friday and the price drops by {P}",
        "as a partner referral you'd pay {P} less",
        "we'll deduct {P} from your first bill",
        "i'm able to cut the annual price by {P}",
        "let me apply a {P} markdown to the whole package",
    ],
}
HALF_T = {
    "ru": ["годовую лицензию отдадим за половину стоимости",
           "вторую точку подключим вдвое дешевле обычного"],
    "en": ["i'll let you have the first year at half the cost",
           "we'll charge you only half for the second location"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "приемка товара ускоряется на {P} уже в первый месяц",
        "по статистике {P} заказов теряются из за пересортицы",
        "аванс {P} от суммы, остаток после запуска",
        "в стоимость уже заложен налог {P}",
        "время на сборку заказа сокращается на {P}",
        "скидок мы не делаем, но {P} клиентов окупают программу за квартал",
        "{DATE} пришлю отчет, где оборачиваемость выросла на {P}",
    ],
    "en": [
        "teams spend {P} less time swapping shifts by hand",
        "about {P} of managers still build rotas in spreadsheets",
        "we take a {P} deposit upfront and the rest at launch",
        "vat at {P} is added on top of the subscription",
        "late arrivals went down {P} at one of our clinics",
        "we don't do discounts, but {P} of clients earn it back within a quarter",
        "with {QTY} they cut payroll errors by {P}",
    ],
}
CLIENT_ASK_T = {
    "ru": [("уступите нам {P}, и подпишем хоть сегодня?", "к сожалению, такой уступки я сделать не могу")],
    "en": [("would you go down {P} if we sign this week?", "sorry, pricing is the same for everyone")],
}
CHANNEL_T = {
    "ru": [
        "черкните мне в {MSG}, я там чаще сижу",
        "скину вам презентацию в {MSG} со своего телефона",
        "давайте дальше общаться в {MSG}, без всяких официальных писем",
        "набирайте меня сразу на мобильный {PPHONE}, без коммутатора",
        "возьмите мой собственный номер {PPHONE}, так минуем офис",
        "документы кидайте на мой домашний ящик {PEMAIL}",
    ],
    "en": [
        "shoot me a message on {MSG}, i reply faster there",
        "i'll send the deck over {MSG} from my own phone",
        "let's take this off the work system and chat on {MSG}",
        "skip the switchboard and ring my mobile, {PPHONE}",
        "the quickest way to reach me is my own cell, {PPHONE}",
        "drop the paperwork in my private inbox, {PEMAIL}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания об оплате бот присылает в {MSG} от имени компании",
        "вопросы по договору направляйте на {CEMAIL}, там ответят юристы",
        "дежурный менеджер компании доступен по {CPHONE} в будние дни",
        "копию договора продублируем на вашу корпоративную почту",
    ],
    "en": [
        "our company bot posts shift alerts to your {MSG} group",
        "questions about billing go to {CEMAIL}",
        "our helpdesk number is {CPHONE}, weekdays eight to six",
        "i'll send the summary to your work inbox after the call",
    ],
}
NOT_PRESSURE = {
    "ru": ["не спешите, обсудите с коллегами и дайте знать",
           "никаких обязательств, попробуйте пробный период и решите сами",
           "если не подойдет, ничего страшного, будем рады позже"],
    "en": ["no rush at all, talk it over with your team",
           "there's no obligation, try the free trial first",
           "if it's not a fit, that's completely fine"],
}
