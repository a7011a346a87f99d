"""Sentence templates for the "test7" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test6.py, and verbs, introducing words and
sentence shapes that differ from every template of all six (a client
dictating a number while driving and offering to repeat the end, a reception
number with an extension, a client confirming the start the operator read and
giving the number in full, a spouse's phone as a backup; an e-mail "as on my
business card", an address in a named department, an address corrected letter
by letter; a card read out for a deposit or for auto renewal, a card given in
two attempts after reading the wrong one; distractors with a support ticket,
an asset tag, an engineer's arrival window and opening hours; discounts framed
as a loyalty rate under the public price, coming out cheaper than the price
list, an anniversary write off, a bonus counted against the first payment,
quietly dropping an amount from the estimate, a switch-over reduction, a
written benefit, a limit the operator may go to alone, the first month at
half; non-offers about market share, churn "under" a percentage, leasing
interest, next year's price rise, a delivery penalty, time saved, an agent's
fee and a promotion that has already ended; personal channels as carrying on
in a messenger instead of the work inbox, an account under one's own name, a
private e-mail, a personal mobile while driving, photos sent to a personal
account; company channels as the official support chat, the newsletter, an
automated service account and the reception desk).

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
    ("лев", "кудрин", "аристархович"),
    ("фаина", "гончарова", "марковна"),
    ("остап", "журавлев", "назарович"),
    ("серафима", "ефремова", "давидовна"),
    ("мирон", "рябов", "фомич"),
    ("агата", "котова", "ильинична"),
    ("демид", "селиверстов", "афанасьевич"),
    ("ангелина", "пахомова", "тихоновна"),
    ("емельян", "зимин", "прокопьевич"),
    ("регина", "хабибуллина", "ренатовна"),
]
EN_NAMES = [
    ("warren", "prescott"),
    ("imogen", "hartley"),
    ("desmond", "mccarthy"),
    ("ramona", "delgado"),
    ("clifford", "norris"),
    ("lucinda", "booker"),
    ("everett", "garrison"),
    ("harriet", "vaughn"),
    ("byron", "stafford"),
    ("noreen", "whitfield"),
]
RU_LAT = {"лев": "lev", "кудрин": "kudrin", "фаина": "faina", "гончарова": "goncharova",
          "остап": "ostap", "журавлев": "zhuravlev", "серафима": "serafima", "ефремова": "efremova",
          "мирон": "miron", "рябов": "ryabov", "агата": "agata", "котова": "kotova",
          "демид": "demid", "селиверстов": "seliverstov", "ангелина": "angelina", "пахомова": "pakhomova",
          "емельян": "emelyan", "зимин": "zimin", "регина": "regina", "хабибуллина": "khabibullina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "секунду, я за рулем, диктую на ходу, {PHONE}, последние цифры еще раз повторить?",
        "набирайте приемную, {PHONE}, и просите соединить по добавочному сто двенадцать",
        "начало вы прочитали верно, но давайте я продублирую целиком, {PHONE}",
        "если я вдруг пропаду со связи, супруг всегда с телефоном, {PHONE}",
        "звонок на федеральный номер компании бесплатный, {CPHONE}, там переключат на нужный отдел",
        # e-mail
        "адрес точно такой же, как на визитке, {EMAIL}, всё с маленькой буквы",
        "это мой ящик в отделе снабжения, {EMAIL}, в теме пометьте, что для меня",
        "стоп, там не дэ, а тэ, давайте заново и медленно, {EMAIL}",
        # card
        "залог внесу картой, вот она, {CARD}, чек потом пришлите",
        "для автопродления привяжите вот эту, {CARD}, старая уже просрочена",
        "{CARD}, ой, нет, я сбилась, это другая, правильная вот, {CARD}",
        # name
        "вас беспокоит {NAME}, мы созванивались в прошлом месяце насчет терминалов",
        "в карточке клиента ответственным от нас укажите {NAME}",
        "{FIRST}, я наберу через пять минут, тут как раз курьер приехал",
    ],
    "en": [
        # phone
        "hang on, i'm driving, here goes, {PHONE}, want me to say the last bit again?",
        "try reception on {PHONE} and ask them for extension two fourteen",
        "you had the start right, but let me give you the full thing, {PHONE}",
        "if i drop off the map, my husband always has his phone on him, {PHONE}",
        "calling our national number is free, {CPHONE}, they'll transfer you to the right team",
        # e-mail
        "it's exactly as it appears on my business card, {EMAIL}, all lower case",
        "that's my mailbox in the procurement department, {EMAIL}, mark it for my attention",
        "hold on, that's a t, not a d, let me spell the whole thing again, {EMAIL}",
        # card
        "i'll put the deposit on a card, here it is, {CARD}, email me the receipt",
        "for the auto renewal use this one, {CARD}, the old card has expired",
        "{CARD}, oh, no, sorry, wrong card, this is the right one, {CARD}",
        # name
        "remember me? {NAME}, we spoke last month about the time clocks",
        "for your crm, the person responsible at our end is {NAME}",
        "{FIRST}, i'll ring you in five minutes, a courier just showed up",
    ],
}
NOPII_T = {
    "ru": [
        "номер обращения в поддержку {BADCARD}, назовите его, если будете звонить повторно",
        "инвентарный номер ноутбука {BADCARD}, бухгалтерия поставит его на баланс",
        "при ваших объемах, а это {QTY}, годовое обслуживание тянет на {PRICE}",
        "выезд инженера согласовали {DATE}, окно прибытия {TIME} плюс минус час",
        "офис работает с девяти до шести, по субботам только до обеда",
        "у клиента из соседнего города {QTY}, и ему хватило базового тарифа за {PRICE}",
    ],
    "en": [
        "your support ticket is {BADCARD}, quote it if you call us again",
        "the asset tag on the laptop is {BADCARD}, finance will log it",
        "with {QTY}, yearly maintenance runs you {PRICE}",
        "the engineer visit is booked {DATE}, arrival window {TIME} give or take an hour",
        "the office is open nine to six, saturdays only until lunch",
        "a client in the next town over has {QTY}, and the basic plan at {PRICE} covered them",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "для давних партнеров у нас своя ставка лояльности, по ней вы платите прайс минус {P}",
        "выйдем дешевле прайса на {P} при условии, что сделку закроем в этом месяце",
        "в честь юбилея компании спишем {P} с суммы договора",
        "начислим бонусом {P} суммы, они сразу пойдут в оплату первого счета",
        "так и быть, уберу из сметы {P}, только не говорите моему начальнику",
        "тем, кто переходит от конкурентов, мы дисконтируем первый год на {P}",
        "выпишу вам {PA} льготу на обслуживание до конца года",
        "скинуть вплоть до {PG} я могу сам, без согласования с директором",
    ],
    "en": [
        "you'd be on our loyalty rate, which sits {P} under the public price",
        "we'll waive {P} on both setup and subscription for you",
        "i'll bring it down {P}, that's as low as i can go",
        "it's our tenth anniversary, so every contract signed this month gets {P} knocked off",
        "a bonus equal to {P} on your order goes straight against the opening bill",
        "fine, i'll quietly trim {P} out of the estimate, just don't tell my boss",
        "for teams switching from a competitor, year one is discounted by {P}",
        "i can go as far as {P} off without running it by my director",
    ],
}
HALF_T = {
    "ru": ["первый месяц у вас пойдет за полстоимости, дальше по обычному тарифу",
           "по юбилейной акции годовой счет на следующий срок режем пополам"],
    "en": ["first month at half, then the regular rate kicks in",
           "with the anniversary promo, your training package goes for half what it normally runs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по нашей оценке, мы занимаем около {PG} рынка складских программ в регионе",
        "отток у нас держится ниже {PG} в год, клиенты остаются надолго",
        "лизинговая компания оформит оборудование под {P} годовых",
        "с января весь прайс поднимется на {P} по решению производителя",
        "если поставка сорвется по нашей вине, неустойка составит {P} цены партии",
        "на пересчетах кладовщики выигрывают до {PG} времени",
        "агент, который вас к нам привел, получит вознаграждение {P}, на вашу цену это никак не влияет",
        "весной у нас шла акция минус {P}, но она уже закончилась, сейчас цена обычная",
    ],
    "en": [
        "our share of the regional scheduling software market is around {P}",
        "our churn stays under {P} annually, people tend to stick around",
        "the leasing partner finances the hardware at {P} interest",
        "come january the whole price list goes up {P}, that's the manufacturer's call",
        "a late delivery on our end triggers a penalty equal to {P} of batch value",
        "supervisors save up to {P} of their week on timesheets",
        "the agent who referred you gets a {P} fee from us, it doesn't change your price",
        "back in spring we ran a {P} off promo, but that's over and pricing is back to normal",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а лояльным клиентам разве не полагается {P}?",
            "нет, для всех одна цена, исключений я не делаю")],
    "en": [("don't long time customers get a {P} break?",
            "no, everyone pays the same rate, i don't make exceptions")],
}
CHANNEL_T = {
    "ru": [
        "пишите лучше в {MSG}, рабочую почту я почти не смотрю",
        "сохраните меня под именем и фамилией и стучитесь в {MSG} напрямую, минуя отдел",
        "частный имейл у меня такой, {PEMAIL}, а рабочий завален спамом",
        "я сейчас в дороге, запишите мою личную мобилку, {PPHONE}, по ней меня проще поймать",
        "свой личный сотовый оставлю вам, {PPHONE}, звоните хоть ночью",
        "давайте переползем в {MSG}, черкну вам оттуда сам со своего номера",
        "фотографии склада присылайте в {MSG}, прямо на личную симку, рабочую не трогайте",
    ],
    "en": [
        "let's carry on over {MSG}, i rarely open my work email",
        "i'm listed on {MSG} under my real name, find me and we'll chat privately",
        "here's my non work email, {PEMAIL}, since my corporate inbox is buried in spam",
        "i'm on the road right now, so take down my private cell, {PPHONE}, i always pick that one up",
        "i'll leave you the number of my private phone, {PPHONE}, ring it even late at night",
        "let's hop onto {MSG}, i'll ping you from my personal line",
        "snap a few pictures of the stockroom and fire them via {MSG} to me privately, not the team account",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "с вопросами пишите в {MSG}, в официальный чат поддержки компании, там отвечают дежурные инженеры, а не отдельный менеджер",
        "ежемесячная рассылка компании приходит от {CEMAIL}, отписаться можно одной кнопкой",
        "статусы заказов в {MSG} будет присылать автоматический помощник со служебной учетной записи компании",
        "если меня не будет на месте, звоните в приемную, {CPHONE}, секретарь переключит на дежурного",
    ],
    "en": [
        "the official {MSG} support chat is run by our engineers on duty, not by any one rep",
        "once a month the company newsletter goes out from {CEMAIL}, one click unsubscribes you",
        "order updates come from an automated assistant, a service account of ours on {MSG}",
        "if i'm away from my desk, call reception at {CPHONE} and they'll route you to whoever's on duty",
    ],
}
NOT_PRESSURE = {
    "ru": ["спасибо за уделенное время, я пришлю материалы, а дальше как решите",
           "если понадобится пауза на месяц или два, я пойму и не буду названивать",
           "в любой момент можете сказать нет, и мы расстанемся друзьями"],
    "en": ["thanks for your time, the materials will be in your inbox today, and it's your call from there",
           "if you need a month or two to mull it over, i get it and i won't keep calling",
           "you can say no at any point and we'll part on good terms"],
}
