"""Sentence templates for the "test8" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test7.py, and verbs, introducing words and
sentence shapes that differ from every template of all seven (a client
reading a number off a sticky note, a number dictated with a "got that?"
check in the middle, an old number on a form crossed out for a new one, an
office line shared with the fax plus an internal extension, a nationwide
number; a team mailbox "on our corporate domain", an address made of first
and last name, an e-mail for the sysadmin who creates logins; a card for a
trial that turns paid, the chief accountant's corporate card, a card whose
holder sits next to the caller; a name on a visitor pass, "you're ..., right?",
putting someone on speaker; distractors with a pallet barcode, a compliance
certificate, a pilot price, a site audit, warranty terms and a maintenance
window; discounts framed as a partner price under retail, a smaller first
invoice, a promo code price below the website, a discount factor, cashback,
conceding an amount for an extra module, a reduction budgeted for the whole
chain, an account credit, a contract total that "slims down", paying half
through "fifty cents on the dollar" or sharing the cost evenly; non-offers
about conversion, returns or overtime share, VAT or sales tax included, a
card surcharge, interest on overdue invoices, annual indexation, staff
trained and a discount reserved for public tenders; personal channels as
writing to one's messenger instead of the shared inbox, an SMS from one's own
cell, chatting after hours, mail from a personal address, a number nobody in
the office knows, an address security does not read; company channels as a
verified business messenger account, the ticket portal, the company's
announcement channel and the accounts department).

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
    ("аркадий", "лыков", "саввич"),
    ("эмилия", "рожкова", "генриховна"),
    ("фома", "гуляев", "никанорович"),
    ("снежана", "вишнякова", "стефановна"),
    ("ипполит", "сазонов", "венедиктович"),
    ("милана", "капустина", "робертовна"),
    ("гордей", "носков", "ильдарович"),
    ("ярослава", "кулешова", "арсеньевна"),
    ("евсей", "шаповалов", "нестерович"),
    ("луиза", "галиева", "маратовна"),
]
EN_NAMES = [
    ("horace", "lindqvist"),
    ("marisol", "ferreira"),
    ("quentin", "ashby"),
    ("petra", "novak"),
    ("alvin", "kowalski"),
    ("odette", "marlowe"),
    ("rupert", "sinclair"),
    ("tamsin", "okafor"),
    ("cedric", "holloway"),
    ("greta", "lindgren"),
]
RU_LAT = {"аркадий": "arkady", "лыков": "lykov", "эмилия": "emilia", "рожкова": "rozhkova",
          "фома": "foma", "гуляев": "gulyaev", "снежана": "snezhana", "вишнякова": "vishnyakova",
          "ипполит": "ippolit", "сазонов": "sazonov", "милана": "milana", "капустина": "kapustina",
          "гордей": "gordey", "носков": "noskov", "ярослава": "yaroslava", "кулешова": "kuleshova",
          "евсей": "evsey", "шаповалов": "shapovalov", "луиза": "luiza", "галиева": "galieva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "он у меня на стикере на мониторе, сейчас разберу почерк, {PHONE}",
        "готовы? {PHONE}, записали? если будет занято, наберите через минутку",
        "в анкете у вас старый, его зачеркните, теперь звоните на {PHONE}",
        "это офисный, он же факс, {PHONE}, после сигнала наберите внутренний двадцать один",
        "единый номер нашей сети по всей стране {CPHONE}, с мобильных тоже ничего не стоит",
        # e-mail
        "ящик нашей команды на корпоративном домене, {CEMAIL}, подписанные сканы присылайте туда",
        "адрес у меня собран из имени и фамилии, {EMAIL}, только латинскими буквами",
        "доступы в систему высылайте нашему сисадмину, {EMAIL}, он сам заведет пользователей",
        # card
        "для пробного периода карта нужна? хорошо, {CARD}, только напомните, прежде чем пойдут списания",
        "это корпоративная карта главного бухгалтера, она разрешила, {CARD}",
        "{CARD}, карточка оформлена на {NAME}, владелец сейчас рядом и подтвердит",
        # name
        "пропуск я закажу на ваше имя, а встречать на проходной будет {NAME}",
        "вы ведь {NAME}? мне дали ваш контакт в отделе закупок",
        "{FIRST}, я вас на громкую поставлю, рядом коллеги со склада, хорошо?",
    ],
    "en": [
        # phone
        "it's on a sticky note on my monitor, let me squint at it, {PHONE}",
        "ready? {PHONE}, got all that? if it's busy, try again in a minute",
        "cross out the old one on your form, from now on dial {PHONE}",
        "our office line doubles as the fax, {PHONE}, after the tone punch in internal line twenty one",
        "one nationwide number covers all our branches, {CPHONE}, no charge from mobiles either",
        # e-mail
        "the team mailbox on our corporate domain is {CEMAIL}, send the signed scans there",
        "my address is just my first and last name, {EMAIL}, nothing fancy",
        "send the logins to our sysadmin, {EMAIL}, he'll create the user accounts himself",
        # card
        "a card for the trial, really? okay, {CARD}, just warn me before it switches to paid",
        "this is our chief accountant's corporate card, she's fine with it, {CARD}",
        "{CARD}, the card's in the name of {NAME}, who's sitting right next to me to confirm",
        # name
        "i'll put you on the visitor list, and {NAME} will meet you at the gate",
        "you're {NAME}, right? purchasing passed me your details",
        "{FIRST}, i'm putting you on speaker, two people from operations just joined me, okay?",
    ],
}
NOPII_T = {
    "ru": [
        "штрихкод на паллете {BADCARD}, отсканируйте его при приемке",
        "номер сертификата соответствия {BADCARD}, копию приложим к поставке",
        "пилотный проект под {QTY} стоит {PRICE} за весь срок",
        "аудит склада проведем {DATE}, специалист подъедет {TIME}",
        "гарантия на сканеры три года, на аккумуляторы один год, дальше по сервисному договору",
        "{DATE} ночью серверы уходят на плановые работы, доступ вернется примерно {TIME}",
    ],
    "en": [
        "the barcode on the pallet is {BADCARD}, scan it when the delivery comes in",
        "the certificate of conformity reads {BADCARD}, a copy ships with the order",
        "a pilot sized for {QTY} comes in at {PRICE} start to finish",
        "the site audit is {DATE}, our specialist gets there {TIME}",
        "scanners carry a three year warranty, batteries one year, after that it's the service contract",
        "{DATE} overnight the servers go down for planned work, access is back around {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "партнерская цена у вас получится ниже розничной на {P}",
        "первый счет уменьшу вам на {P}, такое мне по силам",
        "с промокодом ваша цена окажется меньше сайтовой на {P}",
        "оформим по скидочному коэффициенту, и {P} от итога вы просто не платите",
        "кэшбэком на расчетный счет вернется {P} годового платежа",
        "уступим {P}, если возьмете в придачу модуль маркировки",
        "закладываю в расчет {PA} скидку для всей вашей сети магазинов",
        "скидка у вас выйдет около {PG}, точнее посчитаю в письме",
        "подпишем до пятницы, и сумма договора похудеет на {P}",
    ],
    "en": [
        "you'd get partner pricing, which works out {P} below retail",
        "the first invoice will come through {P} smaller, that's within my authority",
        "with the promo code your price ends up {P} under what the website shows",
        "we'll book it with a discount factor applied, so the total just loses {P}",
        "cashback worth {P} lands in your account after the annual payment",
        "we can give up {P} provided you take the mobile module as well",
        "i'm budgeting {P} less per seat across all your locations",
        "you'll get {P} back as account credit once the first payment clears",
        "if the paperwork's done by friday, the contract total slims down {P}",
    ],
}
HALF_T = {
    "ru": ["со второго месяца и по декабрь включительно платите вдвое меньше",
           "расходы на внедрение поделим с вами поровну, вы платите только свою половину"],
    "en": ["you'd pay fifty cents on the dollar for the wall terminals",
           "we'll share the implementation cost evenly, you only cover your half"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "конверсия в заказы после внедрения подрастает в среднем на {P}",
        "доля возвратов у вас сейчас доходит до {PG}, это выше, чем в среднем по рынку",
        "все цены в прайсе указаны с учетом ндс, он у нас {P}",
        "если платить картой через сайт, платежный агрегатор добавит сбор {P}",
        "на просроченные счета начисляются пени, до {PG} годовых",
        "по договору цена ежегодно индексируется, в этот раз вышло {P}",
        "к концу первой недели обучение прошли уже {P} ваших кладовщиков",
        "скидку {P} дают только госзаказчикам по тендеру, на коммерческие компании она не распространяется",
    ],
    "en": [
        "after go live, the rate of open shifts that get filled climbs roughly {P}",
        "right now overtime makes up {P} of all hours worked, that's above the industry norm",
        "every price on the sheet already includes sales tax, which is {P} in your state",
        "card payments through the website attract a {P} processing surcharge",
        "overdue invoices accrue interest at {P} per annum",
        "the contract indexes prices every year, this time it came out at {P}",
        "one week in, training was already completed by {P} of supervisors",
        "that {P} discount is reserved for public sector tenders, private companies don't qualify",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а кэшбэк хотя бы {P} вы не возвращаете?",
            "нет, никаких возвратов и бонусов наш прайс не предусматривает")],
    "en": [("could you throw in {P} as credit if we renew early?",
            "no, renewals are billed at the standard rate, with no credits")],
}
CHANNEL_T = {
    "ru": [
        "вопросы отправляйте лично мне через {MSG}, общий ящик читает весь отдел",
        "скину вам смс со своего, {PPHONE}, сохраните и дальше звоните только туда",
        "давайте вне работы в {MSG} будем переписываться, там без формальностей",
        "кину вам письмо с личной почты, {PEMAIL}, отвечайте туда же",
        "запомните, {PPHONE}, это лично мой сотовый, в офисе о нем не знают",
        "по вечерам я в {MSG} отвечаю сам, пишите туда мне, а не менеджеру на линии",
        "корпоративную почту не используйте, там все читает служба безопасности, вот моя, {PEMAIL}",
    ],
    "en": [
        "use {MSG} and message me directly, not the group mailbox, the whole team reads that one",
        "expect a text off my personal cell, {PPHONE}, save it and use only that",
        "after hours let's just keep talking over {MSG}, no formalities",
        "my reply will come from my private account, {PEMAIL}, answer there too",
        "memorise this one, {PPHONE}, it's mine alone, nobody in the office has it",
        "in the evenings i answer {MSG} myself, so drop your questions there instead of with whoever's on the phones",
        "don't use the company address, security reads everything, use mine, {PEMAIL}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "у компании есть подтвержденный бизнес профиль, он в {MSG}, отвечает там по очереди весь отдел продаж",
        "любые обращения заводите через систему заявок на портале, так ни одно не потеряется",
        "анонсы релизов компания публикует в новостном канале в {MSG}, ссылка на подписку есть в приветственном письме",
        "акты сверки бухгалтерия компании принимает на {CEMAIL}, а статус оплаты подскажут по номеру {CPHONE}",
    ],
    "en": [
        "there's a verified {MSG} business account for the company, and the whole sales desk answers it in turn",
        "please log every request in the ticket portal so nothing falls through the cracks",
        "release announcements are posted to our {MSG} news channel, the subscribe link is in your welcome email",
        "our accounts department takes reconciliations at {CEMAIL}, and {CPHONE} gives you payment status",
    ],
}
NOT_PRESSURE = {
    "ru": ["я не тороплю, пусть ваш финансист все пересчитает, потом созвонимся снова",
           "если за это время найдете вариант лучше, скажите честно, я не обижусь",
           "буду ждать сигнала от вас, сам напоминать не стану"],
    "en": ["i'm not rushing you, let your finance lead check the figures, and we'll pick it up after",
           "if you find something better in the meantime, just tell me straight, no hard feelings",
           "the next move is yours, i won't chase"],
}
