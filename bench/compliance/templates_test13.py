"""Sentence templates for the "test13" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling membership-management and class-booking software to
gyms, yoga studios and swimming pools. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test12.py, and verbs, introducing words and sentence shapes that
differ from every template of all eleven (the head swim coach who keeps the
pool timetable, a client calling from a second handset, the yoga studio
manager who decides on software, the technician who services the turnstiles,
one company line on the registration papers that any studio answers; the
club accountant's inbox for membership statements, a short address with a
warning about the separator, the owner's login set up on an address; a trial
month charged to a card before switching to bank transfer, a card fished out
of a jacket pocket, a card in the director's name; the implementation lead at
the front desk, the person who countersigns for the club, a question about
calling after the evening classes; distractors with a gym membership card
number tapped at the turnstile, a turnstile's factory serial, a practice shift
for the front desk, a subscription priced for a headcount, locker wristbands
delivered and a starter plan outgrown; discounts framed as peeling a share off
every studio brought across, a separate price grid for youth sports schools, a
compensation line while members are migrated, an off season rate while the
pool is half empty, a second hall in the same building, a referral that makes
the client's own plan shed a share, money left in the pocket of clubs paying
upfront, a cheaper access module until the turnstiles are connected and a
pilot site for a new timetable; half price as a pool closed for summer
maintenance and a trainer login at half an admin login; non-offers about
class no shows, membership renewals, a payment provider's cut, a rent
increase, trainers' share of personal sessions, prepayment kept after the
turnstiles are installed, a neighbouring gym's cut-price annual memberships
and a first instalment; a client asking for a cut for putting five gyms on at
once; personal channels as the rep's own mobile answered on holiday, the rep's
own messenger account outside the office system, a non-work phone when the
office does not pick up, a private inbox because the company mailbox strips
attachments, the rep's number instead of the support chat, a home address for
the contract and a messenger call the rep's boss need not know about; company
channels as the onboarding team's common mailbox, the company's bot sending
booking confirmations, the round the clock company line for turnstile faults
and the client account on the company portal).

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
    ("ираклий", "голицын", "трофимович"),
    ("прасковья", "бахметьева", "никаноровна"),
    ("евстафий", "курбатов", "прохорович"),
    ("аполлинария", "ртищева", "нестеровна"),
    ("архип", "щербатов", "фролович"),
    ("евдокия", "тучкова", "анисимовна"),
    ("варлаам", "репнин", "сидорович"),
    ("феврония", "нарышкина", "мироновна"),
    ("порфирий", "лопухин", "евсеевич"),
    ("лукерья", "головкина", "афанасьевна"),
]
EN_NAMES = [
    ("alaric", "thibodeaux"),
    ("cressida", "vukovic"),
    ("bartholomew", "fenwick"),
    ("ottoline", "szymanski"),
    ("lucian", "haverford"),
    ("isadora", "oduya"),
    ("florian", "lockridge"),
    ("marguerite", "carrick"),
    ("dashiell", "pellegrino"),
    ("gwendolyn", "montgomery"),
]
RU_LAT = {"ираклий": "irakliy", "голицын": "golitsyn", "прасковья": "praskovya", "бахметьева": "bakhmeteva",
          "евстафий": "evstafiy", "курбатов": "kurbatov", "аполлинария": "apollinariya", "ртищева": "rtishcheva",
          "архип": "arkhip", "щербатов": "shcherbatov", "евдокия": "evdokiya", "тучкова": "tuchkova",
          "варлаам": "varlaam", "репнин": "repnin", "феврония": "fevroniya", "нарышкина": "naryshkina",
          "порфирий": "porfiriy", "лопухин": "lopukhin", "лукерья": "lukerya", "головкина": "golovkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "это старший тренер по плаванию, {PHONE}, расписание бассейна она составляет сама",
        "я сейчас с другого аппарата, а основной у меня {PHONE}, на него и перезванивайте",
        "программу у нас выбирает управляющая йога студией, ее можно застать по номеру {PHONE}",
        "{PHONE}, это мастер, который обслуживает наши турникеты, с ним и обсудите подключение",
        "в учредительных бумагах указан один общий {CPHONE}, по нему ответит любая из трех студий",
        # e-mail
        "выписку по проданным абонементам пришлите на {EMAIL}, это ящик бухгалтера клуба",
        "адрес коротенький, {EMAIL}, только разделитель не перепутайте",
        "{EMAIL}, вот на этот адрес заведите учетку владельца, остальным права раздадим потом",
        # card
        "пробный месяц спишите вот с этой карты, {CARD}, а дальше перейдем на оплату по счету",
        "секунду, карта в кармане куртки, так, нашла, {CARD}",
        "{CARD}, карта оформлена на {NAME}, это наш директор, про оплату он знает",
        # name
        "ответственным за внедрение запишите {NAME}, это наш старший администратор ресепшена",
        "со стороны клуба договор завизирует {NAME}, подготовьте экземпляр на это имя",
        "{FIRST}, вам удобнее созвониться утром или уже после вечерних тренировок?",
    ],
    "en": [
        # phone
        "that's our head swim coach, {PHONE}, she puts the pool timetable together herself",
        "i'm on a different handset right now, my main one is {PHONE}, call me back on that",
        "the yoga studio manager is the one who picks the software, you can catch her on {PHONE}",
        "{PHONE}, that's the technician who looks after our turnstiles, talk the hookup through with him",
        "the one number on our registration papers is {CPHONE}, any of the three studios will answer it",
        # e-mail
        "send the statement of memberships sold to {EMAIL}, that's the club accountant's inbox",
        "it's a short one, {EMAIL}, just don't mix up the separator",
        "{EMAIL}, set the owner's login up on that address, everyone else gets access later",
        # card
        "put the trial month on this card, {CARD}, after that we'll move to paying by invoice",
        "one second, the card's in my jacket pocket, right, got it, {CARD}",
        "{CARD}, the card is in the name of {NAME}, our director, who knows about the payment",
        # name
        "put {NAME} down as the implementation lead, that's our senior front desk administrator",
        "{NAME} will countersign on the club's side, so prepare a copy made out in that name",
        "{FIRST}, would a call suit you better in the morning or after the evening classes?",
    ],
}
NOPII_T = {
    "ru": [
        "номер клубной карты {BADCARD}, ее клиент прикладывает к турникету на входе",
        "заводской номер турникета {BADCARD}, он выбит на табличке сбоку",
        "учебную смену для ваших администраторов назначим {DATE}, собираемся {TIME}",
        "если у вас {QTY}, подписка выйдет в {PRICE} ежемесячно",
        "браслеты для шкафчиков доставят {DATE}, монтажник позвонит накануне",
        "стартовый пакет сделан под {QTY}, когда перерастете его, перейдете на следующий",
    ],
    "en": [
        "the membership card number is {BADCARD}, that's what members tap at the turnstile",
        "the turnstile's factory serial is {BADCARD}, it's stamped on the plate at the side",
        "we've set a practice shift for your front desk staff {DATE}, everyone gathers {TIME}",
        "if you've got {QTY}, the subscription works out at {PRICE} a month",
        "the locker wristbands get delivered {DATE}, the installer phones the day before",
        "the starter plan is built around {QTY}, once you outgrow it you step up a tier",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "переводите к нам все три студии, и с абонентской платы каждой я срежу по {P}",
        "для детских спортивных школ у нас отдельная сетка, в ней все позиции на {P} ниже",
        "пока вы переносите базу клиентов со старой системы, впишу в счет строку компенсации, минус {P}",
        "в межсезонье, пока бассейн полупустой, посчитаем вам подписку за вычетом {PG}",
        "второй зал у вас в том же здании, так что на него оформлю {PA} скидку",
        "за каждую студию, которую вы нам порекомендуете, ваш собственный тариф полегчает на {P}",
        "клубам, которые платят за год вперед, мы оставляем {P} в кармане",
        "пока турникеты не подключены, модуль контроля доступа будет стоить вам на {P} меньше",
        "станьте пилотной площадкой для нового расписания, и весь первый год заплатите минус {P}",
    ],
    "en": [
        "bring every studio across and i'll peel {P} off each location's monthly bill",
        "youth sports schools sit on a separate price grid, everything on it is {P} below the standard sheet",
        "while you're migrating members off the old system, i'll add a compensation line to the invoice, minus {P}",
        "in the off season, with the pool half empty, we'll bill your subscription {P} under the usual",
        "your second hall is in the same building, so i'll bring that one in at {P} less",
        "for every studio you refer our way, your own plan sheds {P}",
        "clubs that pay the year upfront keep {P} in their pocket with us",
        "until the turnstiles are hooked up, the access control module runs you {P} cheaper",
        "agree to be our pilot site for the new timetable and the whole first year costs you {P} less",
    ],
}
HALF_T = {
    "ru": ["пока бассейн закрыт на летнюю профилактику, счет за него урежем наполовину",
           "учетная запись тренера стоит у нас ровно половину от учетки администратора"],
    "en": ["while the pool is shut for summer maintenance, you pay half of the usual for it",
           "a trainer login costs exactly half of what an admin login does"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "когда запускается онлайн запись, неявки на групповые занятия обычно сокращаются на {P}",
        "у клубов на нашей системе продления абонементов выросли на {P}",
        "при оплате абонемента в приложении платежный сервис оставляет себе {P}, это не наша комиссия",
        "вы говорили, что аренда зала подорожала на {P}, это мы тоже заложим в расчет окупаемости",
        "тренерам по договору идет {P} от проданных персональных тренировок, программа считает это сама",
        "если откажетесь уже после монтажа турникетов, мы удержим {P} предоплаты",
        "сеть по соседству продавала годовые абонементы со скидкой {P}, вот почему у вас был отток в январе",
        "первый взнос по договору составляет {P}, счет на него выставим сразу после подписания",
    ],
    "en": [
        "once online booking goes live, class no shows usually fall by about {P}",
        "membership renewals at clubs running our system went up {P}",
        "pay for a membership in the app and the payment provider keeps {P}, that's their cut, not ours",
        "you mentioned the rent on your hall went up {P}, we'll work that into the payback maths too",
        "trainers on your contracts get {P} of every personal session sold, and the system tallies it for you",
        "pull out after the turnstiles are installed and we hold on to {P} of the prepayment",
        "the gym next door was selling annual memberships at {P} off, that's why you lost people in january",
        "the first instalment under the contract is {P}, and we invoice it right after signing",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если мы сразу заведем все пять залов, подвинетесь на {P}?",
            "нет, каждый зал стоит одинаково, объем на цену у нас не влияет")],
    "en": [("if we put all five gyms on it from day one, would you come down {P}?",
            "no, every gym is priced the same, volume doesn't move our rate")],
}
CHANNEL_T = {
    "ru": [
        "это мой собственный мобильный, {PPHONE}, по нему я на связи даже в отпуске",
        "я напишу вам со своего аккаунта в {MSG}, и дальше переписываемся там, мимо офиса",
        "если в офисе не возьмут трубку, набирайте сразу меня, {PPHONE}, это не рабочий",
        "макеты расписания кидайте мне на {PEMAIL}, корпоративный ящик режет вложения",
        "пишите мне в {MSG} на мой номер, а не в общий чат поддержки, там я отвечу быстрее",
        "договор могу прислать со своей домашней почты, {PEMAIL}, и ответьте туда же",
        "шефу про нашу договоренность знать не обязательно, так что созвонимся в {MSG} напрямую",
    ],
    "en": [
        "this number rings in my own pocket, {PPHONE}, i pick up on it even when i'm on holiday",
        "i'll message you from my own {MSG} account and we'll carry on there, outside the office system",
        "if nobody at the office answers, just dial me, {PPHONE}, that's not a work phone",
        "send the timetable mockups to {PEMAIL}, the company mailbox strips attachments",
        "message my number on {MSG} instead of the support chat, i answer quicker there",
        "i can send the contract over from my home address, {PEMAIL}, so reply to that one",
        "my boss doesn't need to hear about our arrangement, so let's just talk on {MSG} directly",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "заявки на подключение новых залов разбирает отдел внедрения, пишите им на {CEMAIL}",
        "служебный бот компании в {MSG} сам рассылает вашим клиентам подтверждения записи, настраивать ничего не нужно",
        "если турникет перестал пускать, звоните на круглосуточную линию компании, {CPHONE}",
        "все договоренности мы фиксируем в кабинете клиента на нашем портале, любой менеджер видит историю целиком",
    ],
    "en": [
        "requests to connect new gyms go to the onboarding team's common mailbox, {CEMAIL}",
        "the company's own bot on {MSG} sends your members their booking confirmations, nothing to set up",
        "if a turnstile stops letting people through, ring the company's round the clock line, {CPHONE}",
        "everything we agree gets logged in your client account on our portal, so any manager can see the whole history",
    ],
}
NOT_PRESSURE = {
    "ru": ["дайте тренерам поиграть с демо версией, а решение примете, когда вам будет удобно",
           "я вас нисколько не подгоняю, сравните нас с другими системами без спешки",
           "если сейчас не до того, вернемся к разговору после сезона, я только за"],
    "en": ["let your trainers play around with the demo, and decide whenever it suits you",
           "i'm not hurrying you at all, compare us with other systems at your leisure",
           "if now isn't the moment, we can pick this up after the season, that's fine by me"],
}
