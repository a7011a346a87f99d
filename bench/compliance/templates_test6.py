"""Sentence templates for the "test6" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test5.py, and verbs, introducing words and
sentence shapes that differ from every template of all five (a client giving
a number from memory and checking it, an office landline with the area code,
a number that replaces an old one still listed on the website, a colleague's
contact passed on, an e-mail called "мыло" or said as one word in Latin
letters, a card read out while settling an invoice or given in full instead of
the last four, a bad line; distractors with part numbers, payment order
references, a street address and a founding year said in words; discounts
framed as the company absorbing or eating part of the cost, a compliment or
welcome gift, a concession written into the contract, a credit back or a
recalculation in the client's favour; non-offers about tax rates, revenue,
exchange rates, conversion and an explicit refusal of a competitor's discount;
personal channels as "в личке", a messenger account tied to one's own mobile,
a flat work phone battery).

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
    ("игнат", "воронцов", "савельевич"),
    ("антонина", "беляева", "захаровна"),
    ("матвей", "ершов", "тимурович"),
    ("злата", "никифорова", "вадимовна"),
    ("родион", "субботин", "елисеевич"),
    ("кира", "абрамова", "артемовна"),
    ("савелий", "кондратьев", "гордеевич"),
    ("василиса", "юдина", "платоновна"),
    ("платон", "ширяев", "родионович"),
    ("дарина", "блинова", "игнатьевна"),
]
EN_NAMES = [
    ("nathan", "caldwell"),
    ("priya", "sharma"),
    ("oliver", "whitaker"),
    ("gloria", "mendoza"),
    ("dwight", "pearson"),
    ("yvonne", "carver"),
    ("leonard", "baxter"),
    ("bridget", "lambert"),
    ("rodney", "chandler"),
    ("felicia", "underwood"),
]
RU_LAT = {"игнат": "ignat", "воронцов": "vorontsov", "антонина": "antonina", "беляева": "belyaeva",
          "матвей": "matvey", "ершов": "ershov", "злата": "zlata", "никифорова": "nikiforova",
          "родион": "rodion", "субботин": "subbotin", "кира": "kira", "абрамова": "abramova",
          "савелий": "savely", "кондратьев": "kondratyev", "василиса": "vasilisa", "юдина": "yudina",
          "платон": "platon", "ширяев": "shiryaev", "дарина": "darina", "блинова": "blinova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наизусть не помню, сейчас в контактах гляну, ага, вот он, {PHONE}",
        "это стационарный в офисе, вместе с кодом города получается {PHONE}",
        "на сайте у нас висит старый номер, актуальный теперь {PHONE}",
        "передаю контакт коллеги, {NAME}, записывайте, {PHONE}, все вопросы по поставкам теперь туда",
        "у нас круглые сутки дежурит диспетчерская, вот ее телефон, {CPHONE}",
        # e-mail
        "прайс бросьте мне на мыло, {EMAIL}, вечером гляну",
        "пишется латиницей, одним словом, без пробелов, {EMAIL}",
        "спецификацию пусть получит наш снабженец, его адрес {EMAIL}, меня в копию не ставьте",
        # card
        "оплачиваю ваш счет прямо сейчас, реквизиты карты такие, {CARD}",
        "вам не последние четыре цифры, а весь номер нужен? хорошо, {CARD}",
        "карта выпущена на {NAME}, цифры с лицевой стороны {CARD}",
        # name
        "алло, это снова {NAME}, я вчера оставлял заявку на обратный звонок",
        "позовите, пожалуйста, {NAME}, там в курсе, по какому я вопросу",
        "{FIRST}, вы меня слышите? у вас связь прерывается",
    ],
    "en": [
        # phone
        "from memory, so bear with me, {PHONE}, hang on, yeah, that's it",
        "that's the office landline, area code included, {PHONE}",
        "the website still lists an old number, the current one is {PHONE}",
        "passing along my colleague's contact, {NAME}, on {PHONE}, delivery questions go there now",
        "our dispatch desk is manned day and night, the number's {CPHONE}",
        # e-mail
        "flick the price list across to {EMAIL}, i'll look at it tonight",
        "it's all one word, no spaces, {EMAIL}",
        "the spec sheet should go to our buyer, {EMAIL}, no need to copy me in",
        # card
        "i'm settling your invoice as we speak, the card details are {CARD}",
        "you need the whole number, not just the last four? fine, {CARD}",
        "the card is issued to {NAME}, the digits on the front are {CARD}",
        # name
        "hi, it's {NAME} again, i left a callback request yesterday",
        "can you grab {NAME} for me, they know what it's about",
        "{FIRST}, can you hear me? you keep cutting out",
    ],
}
NOPII_T = {
    "ru": [
        "артикул того сканера, про который вы спрашивали, {BADCARD}, он есть в наличии",
        "номер платежного поручения {BADCARD}, наша бухгалтерия отправила его утром",
        "на объем в {QTY} коробочное решение стоит {PRICE} разово",
        "вебинар по обновлению пройдет {DATE}, ссылку пришлем заранее, стартуем {TIME}",
        "наш склад на промышленной улице, дом сорок два, строение три, заезд с торца",
        "мы на рынке с две тысячи девятого года, у одного из клиентов {QTY}",
    ],
    "en": [
        "the part number for that scanner you asked about is {BADCARD}, it's in stock",
        "the remittance reference is {BADCARD}, our accounts team sent it this morning",
        "at a volume of {QTY}, the one off package comes to {PRICE}",
        "the release webinar is {DATE}, we'll send the link ahead, going live {TIME}",
        "our depot is at forty two industrial way, unit three, pull in round the back",
        "we've been around since two thousand nine, one of our clients has {QTY}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "{P} от стоимости компания возьмет на себя, вам останется оплатить остальное",
        "в качестве комплимента от компании подарим вам {P} с первого счета",
        "могу скостить в пределах {PG}, больше мне уже не позволят",
        "пропишем в договоре {PA} скидку, и она сохранится до конца срока",
        "пересчитаю ваше предложение с поправкой в {P} в вашу пользу",
        "за отзыв на сайте компенсируем {P} стоимости первого месяца",
        "вы попадаете под весеннюю акцию, а это {P} долой с цены",
    ],
    "en": [
        "we'll absorb {P} of the cost on our side, you just cover the rest",
        "call it a welcome gift from us, your opening invoice comes in {P} lighter",
        "i'll write a {P} concession into the contract for the whole term",
        "tell you what, i'll eat {P} of the licence fee myself",
        "leave us a review and we'll credit back {P} of your first month",
        "you qualify for the spring promo, which takes {P} straight off the sticker price",
        "i'll rework the quote with a {P} adjustment in your favour",
    ],
}
HALF_T = {
    "ru": ["за первый квартал выставим вам только половинку от обычного счета",
           "цену за второй склад делим на два, так будет честно"],
    "en": ["we'll split the first quarter's bill down the middle with you",
           "for your other location, just take the usual price and divide it by two"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "ставка налога на прибыль сейчас {P}, бухгалтерия учтет это в смете",
        "за прошлый год наша выручка прибавила {P}",
        "курс за год скакнул на {P}, поэтому оборудование подорожало",
        "из пробного периода в платную версию у нас переходят {P} клиентов",
        "судя по вашему отчету, {P} товара лежит без движения больше полугода",
        "скидки в {P}, как у конкурентов, у нас не бывает, цены фиксированные",
        "из {PRICE} за лицензию примерно {P} уходит на серверы и хранение",
    ],
    "en": [
        "corporate tax here is {P}, so finance will factor that into the budget",
        "our revenue climbed {P} year over year",
        "the exchange rate moved {P} against us, so the hardware costs more now",
        "trial to paid conversion sits at about {P} for us",
        "going by your report, {P} of your shifts get swapped at the last minute",
        "a {P} discount like the other vendor's isn't something we do, our prices are fixed",
        "of the {PRICE} per licence, roughly {P} goes on hosting and storage",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а по старой дружбе {P} не уберете с цены?",
            "рад бы, но у меня нет полномочий трогать цену")],
    "en": [("for old times' sake, could you lop {P} off?",
            "i'd love to, but i'm not allowed to touch the price")],
}
CHANNEL_T = {
    "ru": [
        "давайте я вас в личке наберу через {MSG}, так спокойнее",
        "мой личный аккаунт в {MSG} привязан к этому мобильному, стучитесь туда в любое время",
        "я вечером из дома вам в {MSG} отпишусь, там обсудим без лишних ушей",
        "сохраните себе мой личный, {PPHONE}, по нему я и в отпуске отвечаю",
        "рабочий у меня вечно разряжен, так что звоните на мою личную трубку, {PPHONE}",
        "черновик договора бросьте мне на личный адрес, {PEMAIL}, рабочий читает юрист",
        "удобнее всего ловить меня в {MSG} на моем номере, а не через офис",
    ],
    "en": [
        "give me a shout on my own {MSG}, i check it more than work email",
        "my personal {MSG} is tied to this mobile, hit me up there anytime",
        "i'll get back to you from home over {MSG} tonight, easier to talk there",
        "save my private number, {PPHONE}, i answer it even on holiday",
        "my work phone's always dead, so use my personal one, {PPHONE}",
        "send the redlined contract to my personal address, {PEMAIL}, legal reads the work inbox",
        "the easiest way to catch me is {MSG} on my personal mobile, not through the office",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "по выходным работает общий номер компании, {CPHONE}, ответит кто нибудь из смены",
        "отзывы о работе менеджера принимает руководство по адресу {CEMAIL}",
        "все наши договоренности я зафиксирую письмом с корпоративного адреса, копия уйдет в систему",
        "линия поддержки в {MSG} у нас заведена на номер компании, а не на сотрудника",
    ],
    "en": [
        "on weekends the shared company number is staffed, {CPHONE}, someone on shift will pick up",
        "feedback about your account manager goes to management at {CEMAIL}",
        "i'll confirm what we agreed in an email from my company address, and it gets logged",
        "our {MSG} support line runs on the company number, not on anyone's own phone",
    ],
}
NOT_PRESSURE = {
    "ru": ["мне важнее, чтобы вы остались довольны, так что сроки выбирайте сами",
           "захотите вернуться к разговору через полгода, это тоже нормально",
           "посоветуйтесь с собственником, а я перезвоню, только если вы сами попросите"],
    "en": ["what matters is that you're happy, so you set the timeline",
           "if you'd rather circle back in six months, that's fine too",
           "check with the owner, and i'll only call back if you ask me to"],
}
