"""Sentence templates for the "test5" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py, templates_test3.py or templates_test4.py, and verbs,
introducing words and sentence shapes that differ from every template of all
four (a client leaving a relative's or a spare SIM's number, a number given
in two chunks, an operator reading a card back, the e-mail of a bookkeeper,
a typo in an address corrected, discounts framed as a loyalty bonus, a price
match or striking an amount off the total).

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
    ("федор", "макаров", "львович"),
    ("таисия", "горбунова", "никитична"),
    ("ярослав", "шестаков", "богданович"),
    ("маргарита", "суханова", "владимировна"),
    ("всеволод", "тарасов", "глебович"),
    ("евгения", "панова", "максимовна"),
    ("руслан", "гришин", "валерьевич"),
    ("ульяна", "соловьева", "семеновна"),
    ("прохор", "лаптев", "маркович"),
    ("эльвира", "дорофеева", "ринатовна"),
]
EN_NAMES = [
    ("gordon", "fletcher"),
    ("wendy", "chambers"),
    ("curtis", "holland"),
    ("joanne", "webster"),
    ("stanley", "burke"),
    ("lorraine", "dixon"),
    ("malcolm", "fleming"),
    ("beverly", "hudson"),
    ("terrence", "walsh"),
    ("colleen", "barrett"),
]
RU_LAT = {"федор": "fedor", "макаров": "makarov", "таисия": "taisia", "горбунова": "gorbunova",
          "ярослав": "yaroslav", "шестаков": "shestakov", "маргарита": "margarita", "суханова": "sukhanova",
          "всеволод": "vsevolod", "тарасов": "tarasov", "евгения": "evgenia", "панова": "panova",
          "руслан": "ruslan", "гришин": "grishin", "ульяна": "ulyana", "соловьева": "solovyeva",
          "прохор": "prokhor", "лаптев": "laptev", "эльвира": "elvira", "дорофеева": "dorofeeva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "запишите на всякий случай телефон жены, {PHONE}, если я не возьму трубку",
        "диктую номер частями, не перебивайте, {PHONE}, вот и весь",
        "есть еще запасная симка, ее номер {PHONE}, там связь всегда ловит",
        "{NAME} на проводе, мой прямой {PHONE}, добавочный набирать не нужно",
        "для клиентов работает бесплатный многоканальный {CPHONE}, там все подскажут",
        # e-mail
        "счета отправляйте нашей бухгалтерше, ее ящик {EMAIL}",
        "записывайте электронку, {EMAIL}, коммерческое предложение жду туда",
        "нет, в адресе опечатка, правильный вариант {EMAIL}",
        # card
        "повторяю карту за вами, {CARD}, все сходится?",
        "списание пусть идет с корпоративной карты, {CARD}, лимита там хватит",
        "оплачивать будет {NAME}, номер карты {CARD}, спишите сразу за год",
        # name
        "здравствуйте, {NAME} беспокоит, мы с вами на выставке общались",
        "{FIRST}, а вы получили мое письмо с расчетом?",
        "в договоре впишите представителя с нашей стороны, {NAME}",
    ],
    "en": [
        # phone
        "if i don't pick up, my wife's phone is {PHONE}, she'll pass it on",
        "i'll read it out in two chunks, ready? okay, it's {PHONE}",
        "i keep a spare sim for travel, that number's {PHONE}",
        "{NAME} here, my direct dial is {PHONE}, skip the extension",
        "the free helpline, {CPHONE}, can walk you through the setup",
        # e-mail
        "bills go to our bookkeeper, her inbox is {EMAIL}",
        "write this down for the proposal, {EMAIL}, that's where i read things",
        "no, there's a typo in that address, the correct one is {EMAIL}",
        # card
        "reading your card back to you, {CARD}, all matching?",
        "charge the corporate card, {CARD}, it has enough headroom",
        "{NAME} will be paying, the card number is {CARD}, bill the full year",
        # name
        "good afternoon, {NAME} calling, we met at the trade show",
        "{FIRST}, did my email with the numbers ever reach you?",
        "put down {NAME} as our representative on the contract",
    ],
}
NOPII_T = {
    "ru": [
        "гарантийный талон оформлен под номером {BADCARD}, храните его",
        "трек номер посылки {BADCARD}, отслеживайте на сайте перевозчика",
        "раз у вас {QTY}, выгоднее брать пакет за {PRICE}",
        "созвон с техническим специалистом назначен {DATE}, ориентировочно {TIME}",
        "лицензия истекает {DATE}, продление обойдется в {PRICE}",
    ],
    "en": [
        "the warranty card is registered under {BADCARD}, keep it safe",
        "your parcel tracking number is {BADCARD}, check it on the courier's site",
        "since you have {QTY}, the bundle priced {PRICE} makes more sense",
        "the call with our engineer is set for {DATE}, roughly {TIME}",
        "the licence expires {DATE}, and renewing it costs {PRICE}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "как постоянному клиенту начислим бонус лояльности, минус {P} к счету",
        "покажите предложение конкурента, и мы подвинем цену вниз на {P}",
        "подпишем сегодня, и я вычеркну {P} из итоговой суммы",
        "закреплю за вашей компанией {PA} скидку бессрочно",
        "прайс для вас будет ниже стандартного на {P}, я уже согласовал",
        "ваш счет уменьшится на {P}, если приведете к нам коллег",
        "отдадим лицензии по цене на {P} ниже прайсовой",
    ],
    "en": [
        "as a loyalty bonus for staying with us, your renewal drops {P}",
        "show me the competitor's quote and i'll beat it by shaving {P} off",
        "sign this week and i'll strike {P} off the final total",
        "we'll extend our partner discount of {P} to your account",
        "your rate will sit {P} below our standard pricing, already approved",
        "refer another store and your bill shrinks by {P}",
        "i'll price the licences {P} cheaper than what's on the website",
    ],
}
HALF_T = {
    "ru": ["на период пилота берем с вас только половину абонентской платы",
           "пакет обучения достанется вам за половину его обычной стоимости"],
    "en": ["during the pilot you only pay half the subscription",
           "the training package comes at half its usual cost"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "штраф за просрочку платежа составляет {P} от суммы долга",
        "по статистике {P} пользователей заходят в систему с телефона",
        "с нашим сервисом возвраты товара падают примерно на {P}",
        "{DATE} поставщик серверов поднимает цены на {P}, нас это тоже коснется",
        "при оплате из за рубежа банк добавит около {P} к сумме {PRICE}",
        "в прошлом квартале мы расширили штат поддержки на {P}",
        "средняя загрузка складов у наших клиентов выросла на {P}",
    ],
    "en": [
        "late payments carry a {P} penalty on the overdue amount",
        "about {P} of users open the app on their phones",
        "with our tool, missed shifts drop by about {P}",
        "{DATE} our hosting provider raises prices {P}, which affects us too",
        "paying from abroad, your bank may add around {P} to the {PRICE}",
        "last quarter we grew the support team by {P}",
        "average labour cost per shift fell {P} for our clients",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если мы найдем у других дешевле на {P}, подвинетесь?",
            "нет, к сожалению, под чужие цены мы не подстраиваемся")],
    "en": [("if we find it {P} cheaper elsewhere, will you match it?",
            "sorry, we don't match other vendors, the price stays as quoted")],
}
CHANNEL_T = {
    "ru": [
        "найдите меня в {MSG} по этому номеру, там и продолжим",
        "скриншоты удобнее слать мне прямо в {MSG}, не через поддержку",
        "я создам чат в {MSG}, только вы и я, без начальства",
        "это мой домашний, {PPHONE}, вечером точно застанете",
        "держите мой собственный мобильник, {PPHONE}, в обход коммутатора",
        "пишите мне на домашнюю почту, {PEMAIL}, так надежнее",
    ],
    "en": [
        "look me up on {MSG} with this number, we'll carry on there",
        "screenshots are easier to send me on {MSG}, skip the helpdesk",
        "i'll set up a {MSG} chat, just you and me, no managers",
        "this is my home number, {PPHONE}, you'll catch me evenings",
        "take my own mobile, {PPHONE}, it bypasses the switchboard",
        "write to my home email, {PEMAIL}, it's more reliable",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "если сломается терминал, звоните в сервисный центр, {CPHONE}",
        "коммерческие запросы обрабатывает общий ящик отдела продаж, {CEMAIL}",
        "новости об обновлениях публикует официальный канал компании в {MSG}",
        "все документы по сделке пойдут через систему электронного документооборота",
    ],
    "en": [
        "if a terminal breaks, ring the service centre on {CPHONE}",
        "sales enquiries are handled by the shared inbox, {CEMAIL}",
        "product news is posted on our company's official {MSG} channel",
        "all deal documents will go through our document signing platform",
    ],
}
NOT_PRESSURE = {
    "ru": ["торопиться некуда, обсудите с коллегами и дайте знать",
           "можем вернуться к вопросу после вашего бюджетного планирования",
           "я пришлю расчет, а вы уж сами смотрите, нужно ли"],
    "en": ["no rush at all, talk it over with your colleagues first",
           "we can revisit this after your budget planning",
           "i'll send the numbers, and you judge if it's worth it"],
}
