"""Sentence templates for the "test15" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a scheduling, payments and student-records platform
to private language schools and tutoring centres. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test14.py, and verbs, introducing words and
sentence shapes that differ from every template of all thirteen (the
methodologist who builds the group timetable, the head of studies when the
caller is out, a number dictated in pairs, the branch administrator who opens
the building on saturdays, the school website's single line for trial lesson
bookings; the bookkeeper who gets tuition invoices, an address with a dot in
the middle that goes to someone else without it, the director who will try
the demo in the evening; the school's card for after the free month, a card
fished out of a wallet, the founder paying with a card; the person who keeps
the timetable, a new director signing instead of the old one, a caller taken
by a second line; distractors with an account identifier, a reception tablet's
serial, a teachers' intro session, a plan chosen for a quantity, a yearly
subscription price and a new term loaded into the timetable; discounts framed
as a per branch cut for moving every branch, a lower fee over the summer
break, a review traded for money off, a community rate for nonprofit schools,
a concession won from the rep's manager, a deduction off the list for the
parent payments module, paying two terms ahead, credit back to the balance, a
tutoring centre plan under the catalogue and a platform fee waived on portal
payments; half price as a bill halved until the first term ends and half the
subscription over the quiet summer; non-offers about missed lessons after
online booking, the share of parents paying in the app, a bank's fee on
parent payments, a price rise for the new school year, a penalty for
cancelling mid term, a discount the previous supplier gave, an advance on
signing and enrolment growth; a nonprofit school asking for a cut; personal
channels as the rep's own messenger instead of the company system, the rep's
cell for urgent payment issues, student records sent to the rep's own inbox,
the rep messaging from a private number, weekends on the rep's own phone,
moving the talk to private messages and a home inbox for the contract copy;
company channels as the billing department's shared inbox, the company's
official support channel, the recorded support line and requests logged in
the customer portal).

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
    ("аверкий", "дуванов", "никонович"),
    ("ираида", "брусницына", "евстафьевна"),
    ("герасим", "овсянников", "зиновьевич"),
    ("мелания", "пестерева", "ардальоновна"),
    ("поликарп", "шемякин", "порфирьевич"),
    ("неонила", "чечулина", "нифонтовна"),
    ("ксенофонт", "булыгин", "ферапонтович"),
    ("октябрина", "курочкина", "спиридоновна"),
    ("исидор", "глинкин", "калистратович"),
    ("руфина", "ладыгина", "мартемьяновна"),
]
EN_NAMES = [
    ("ptolemy", "przybylski"),
    ("griselda", "villanueva"),
    ("cuthbert", "featherstone"),
    ("hortense", "thistlewood"),
    ("zebulon", "baptiste"),
    ("eulalia", "nwachukwu"),
    ("anselm", "galloway"),
    ("emmeline", "winterbottom"),
    ("oswin", "thorncroft"),
    ("philomena", "abiodun"),
]
RU_LAT = {"аверкий": "averky", "дуванов": "duvanov", "ираида": "iraida", "брусницына": "brusnitsyna",
          "герасим": "gerasim", "овсянников": "ovsyannikov", "мелания": "melania", "пестерева": "pestereva",
          "поликарп": "polikarp", "шемякин": "shemyakin", "неонила": "neonila", "чечулина": "chechulina",
          "ксенофонт": "ksenofont", "булыгин": "bulygin", "октябрина": "oktyabrina", "курочкина": "kurochkina",
          "исидор": "isidor", "глинкин": "glinkin", "руфина": "rufina", "ладыгина": "ladygina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "расписание групп составляет наш методист, вот его номер, {PHONE}",
        "если я вдруг не отвечу, набирайте завуча, {PHONE}, она в курсе нашего разговора",
        "цифры продиктую парами, мне так привычнее, {PHONE}",
        "администратор филиала на набережной открывает здание по субботам, ее телефон {PHONE}",
        "на сайте школы указан единый номер, {CPHONE}, через него записывают на пробный урок",
        # e-mail
        "счета за обучение пусть уходят нашему бухгалтеру, {EMAIL}",
        "там точка посередине, {EMAIL}, без точки письмо попадет совсем другому человеку",
        "доступ к демоверсии пришлите директору, {EMAIL}, вечером сама все посмотрит",
        # card
        "после бесплатного месяца списывайте с карты школы, {CARD}, раньше ничего не трогайте",
        "сейчас достану из кошелька, так, {CARD}, вроде бы все верно",
        "платить будет наш учредитель, {NAME}, диктую номер карты, {CARD}",
        # name
        "за расписание и замены преподавателей у нас отвечает {NAME}, все вопросы по группам туда",
        "договор теперь подписывает новый директор, {NAME}, прежний у нас больше не работает",
        "{FIRST}, побудьте секундочку на линии, мне звонят по второй",
    ],
    "en": [
        # phone
        "our methodologist builds the group timetable, you can get hold of him on {PHONE}",
        "if i happen not to pick up, try our head of studies, {PHONE}, she knows we've spoken",
        "i'll give it to you in pairs, that's how i remember it, {PHONE}",
        "the administrator at the riverside branch opens up on saturdays, her number's {PHONE}",
        "the school website lists one number, {CPHONE}, that's where parents book trial lessons",
        # e-mail
        "tuition invoices should go to our bookkeeper, {EMAIL}",
        "there's a dot in the middle, {EMAIL}, leave it out and it lands with somebody else",
        "send the demo login to our director, {EMAIL}, she'll have a look this evening",
        # card
        "once the free month is over, charge the school card, {CARD}, nothing before that",
        "hold on, getting it out of my wallet, right, {CARD}, i think that's it",
        "our founder is paying, that's {NAME}, i'm reading off the founder's card, {CARD}",
        # name
        "timetables and teacher cover are handled by {NAME}, so any group questions go there",
        "the contract is signed by our new director now, {NAME}, the previous one has left",
        "{FIRST}, stay on the line a second, i've got someone on the other one",
    ],
}
NOPII_T = {
    "ru": [
        "идентификатор вашей учетной записи {BADCARD}, назовите его, когда будете звонить в поддержку",
        "серийный номер планшета для ресепшена {BADCARD}, он нужен для гарантии",
        "вводное занятие для ваших преподавателей поставим {DATE}, начнем {TIME}",
        "раз у вас {QTY}, смотреть стоит на средний тариф",
        "при оплате сразу за год подписка обойдется в {PRICE}",
        "новый семестр загрузим в расписание {DATE}, родители получат уведомления заранее",
    ],
    "en": [
        "your account identifier is {BADCARD}, quote it whenever you call support",
        "the reception tablet's serial is {BADCARD}, you'll need it for the warranty",
        "we'll hold an intro session for your teachers {DATE}, starting {TIME}",
        "with {QTY}, the middle plan is the one to look at",
        "paid a year at a time, the subscription comes to {PRICE}",
        "the new term goes into the timetable {DATE}, parents get notified well ahead",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если переведете к нам все филиалы, цену за каждый я опущу на {P}",
        "на летние каникулы, пока групп меньше, абонентскую плату уменьшим на {P}",
        "напишете отзыв у нас на сайте, и мы срежем с годового счета {P}",
        "для некоммерческих школ есть социальный тариф, он дешевле обычного на {P}",
        "я выбил у руководства для вас {PA} уступку на первый учебный год",
        "модуль приема оплат от родителей отдадим вам с вычетом {PG} от прайса",
        "оплатите два семестра вперед, и итоговая сумма станет меньше на {P}",
        "{P} от стоимости подписки мы вернем вам на баланс после первого месяца",
        "для репетиторских центров я могу поставить тариф на {P} ниже, чем в каталоге",
    ],
    "en": [
        "move every branch over to us and i'll bring each one down by {P}",
        "over the summer break, while your groups are smaller, we'd drop the monthly fee by {P}",
        "leave us a review on our site and the annual bill goes down {P} as our thank you",
        "nonprofit schools get our community rate, which sits {P} under the standard one",
        "i went to bat with my manager and got you a {P} concession on the first academic year",
        "pay for two terms up front and the total comes down {P}",
        "we'll credit {P} of the subscription back onto your balance after the first month",
        "for tutoring centres i can put the plan in at {P} below the catalogue price",
        "whenever parents pay through our portal, we forgo {P} of the platform fee on those lessons",
    ],
}
HALF_T = {
    "ru": ["пока не закончится первый семестр, вы платите лишь половину обычного счета",
           "летом, когда занятий почти нет, выставляем вам только половину обычной абонентской платы"],
    "en": ["until your first term wraps up, the bill is cut in half",
           "in summer, when lessons thin out, we only charge you half the usual subscription"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "после перехода на онлайн запись пропусков занятий стало меньше на {P}",
        "у вас уже {P} родителей платят за уроки через приложение",
        "банк удерживает {P} с каждого платежа родителей, эта комиссия не наша",
        "к новому учебному году наши цены поднимутся на {P}, предупреждаю заранее",
        "если отказаться от подписки посреди семестра, неустойка составит {P} от остатка",
        "прежний поставщик, насколько я знаю, давал вам скидку {P}, но у нас цены устроены иначе",
        "при подписании вносится аванс {P}, остальное в конце месяца",
        "школы на нашей платформе за год в среднем набирают на {P} больше учеников",
    ],
    "en": [
        "since you switched to online booking, missed lessons have fallen by {P}",
        "already {P} of your parents pay for lessons through the app",
        "the bank keeps {P} of every parent payment, that fee isn't ours",
        "for the new school year our prices go up {P}, i'm telling you in advance",
        "cancel mid term and the penalty is {P} of whatever's left",
        "your previous supplier, as far as i know, gave you {P} off, but our pricing works differently",
        "there's an advance of {P} on signing, the rest at the end of the month",
        "schools on our platform enrol on average {P} more students a year",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы же некоммерческая школа, может, скостите нам {P}?",
            "к сожалению, тариф для всех один, снижать его я не буду")],
    "en": [("we're a small nonprofit school, could you take {P} off for us?",
            "sorry, the price is the same for everyone, i won't be lowering it")],
}
CHANNEL_T = {
    "ru": [
        "расписание групп кидайте мне лично в {MSG}, в корпоративной системе я его потеряю",
        "если что-то срочное с оплатами, звоните сразу на мой сотовый, {PPHONE}, мимо офиса",
        "выгрузку по ученикам отправьте на мою собственную почту, {PEMAIL}, там ее кроме меня никто не увидит",
        "я вам наберу в {MSG} со своего номера, сохраните меня просто по имени",
        "по выходным я на связи только по своему телефону, {PPHONE}, рабочий выключаю",
        "давайте дальше переписываться в {MSG}, в личной переписке мне удобнее",
        "копию договора продублируйте на {PEMAIL}, это мой домашний ящик",
    ],
    "en": [
        "just send the group timetable to me directly on {MSG}, i lose things in the company system",
        "anything urgent with payments, ring my cell straight away, {PPHONE}, skip the office",
        "email the student export to my own address, {PEMAIL}, nobody but me will see it there",
        "i'll message you on {MSG} from my own number, save me under my first name",
        "at weekends i'm only reachable on my own phone, {PPHONE}, the work one is off",
        "let's carry on over {MSG} in private messages, that's easier for me",
        "copy the contract to {PEMAIL} too, that's my home inbox",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "вопросы по счетам решает наш отдел расчетов, пишите на общий адрес, {CEMAIL}",
        "у компании есть официальный канал поддержки в {MSG}, там по очереди дежурят наши инженеры",
        "если система зависнет, звоните на линию поддержки, {CPHONE}, все разговоры там записываются",
        "любые вопросы по внедрению оставляйте в личном кабинете школы, в разделе обращений",
    ],
    "en": [
        "billing questions are handled by our accounts team, write to the shared address, {CEMAIL}",
        "the company runs an official support channel on {MSG}, our engineers take turns on it",
        "if the system freezes, call the support line, {CPHONE}, every call there is recorded",
        "log any onboarding questions in your school's account portal, under requests",
    ],
}
NOT_PRESSURE = {
    "ru": ["посоветуйтесь с преподавателями, спешить тут совершенно некуда",
           "пробный доступ открыт, пользуйтесь сколько понадобится, потом обсудим",
           "решение целиком за вами, я просто остаюсь на связи, если появятся вопросы"],
    "en": ["run it past your teachers, there's no rush whatsoever",
           "the trial stays open for as long as you need, we'll talk afterwards",
           "the decision is entirely yours, i'm simply around if questions come up"],
}
