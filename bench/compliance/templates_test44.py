"""Sentence templates for the "test44" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a management platform for private music schools and
rehearsal studios (lesson scheduling with teachers, rehearsal room booking by
the hour, instrument rental, recital and exam calendars, parent payments,
sheet music orders) to music school and studio owners. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test43.py (ru first names from А to Л, en
first names from A to L), and verbs, introducing words and sentence shapes
that differ from every template of all earlier parts (a piano tuner who comes
on thursdays and settles the grand piano himself, a sound engineer at the
rehearsal base who sleeps till noon after night sessions, the mother of a
senior violinist who heads the parents' committee and collects the fees, the
deputy head who rings round parents after missed lessons, the studio's number
printed on every poster for the end of year concert; invoices for sheet music
sent to the school's librarian, videos of assessment concerts reviewed by the
head of method before the panel, the administrator's address that all
instrument rental goes through, spelled out letter by letter; the card that
buys strings and rosin, a card tucked in a cello case, a patron who has long
helped the school paying, named before the card's number; the one person who
agrees any moved lesson, the evening watchman at the rehearsal base handing
out room keys against the log book, a caller shutting the door on a drummer
warming up next door; distractors with a publisher's delivery note number for
a box of scores, a rental violin's inventory number, a specialty exam with the
first pupil on stage, a school size that needs no bigger package, an hour in
the big room with the drum kit and the junior recital with parents let into
the hall; discounts framed as parents paying in the app instead of cash in
envelopes, rehearsal rooms standing empty in the mornings left out of the
count, the platform's logo on the poster of the spring concert, teachers with
a couple of hours a week on an hourly rate, scores bought through the
platform's shop instead of outside publishers, summer months struck out for a
school year that runs from september to may, a partner's reduction for the
first school with a brass band on the platform, a recommended neighbouring
studio taking something off each time and rental and sheet music taken as one
bundle; half price as the july summer intensive and rooms with only an upright
piano and no gear; non-offers about a deposit parents leave for a rental
cello, the tax a private school pays on lesson fees, growth in children at
private music schools, a publisher's discount for a whole class order, the
bank's fee for taking parents' payments, pupils who stop missing lessons after
a reminder, a teacher's share of every lesson and the rent on the premises
going up; a tiny basement school with one piano asking for a cut; personal
channels as a rep who teaches guitar in the evenings taking schedule questions
on his personal messenger, a ticket sale freezing at the recital and the rep's
own number dialled from the hall, the subscriptions spreadsheet sent to the
address the rep has had since his student days, a rep's own messenger page
where he posts his saxophone playing, a special price billed from the rep's
own address outside the system, teachers' bonuses for switching talked over
on the rep's mobile rather than on a recorded line and rental troubles kept
between the client and the rep without the company; company channels as the
platform's official bot reminding parents of tomorrow's lesson on the school's
behalf, the company's technical support manning weekends in exam season, the
legal department's shared mailbox for instrument rental contracts and the
company's official channel with poster templates and the competition
calendar; polite closings as getting past the exams and talking in the summer
when the classrooms empty, letting the teachers judge at a staff meeting, and
a trial access left open to look at between lessons).

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); no preposition right before `{DATE}` or `{TIME}`,
whose values may carry their own; every template is a single natural
utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("алипий", "скрипников", "серафимович"),
    ("аделаида", "бубнова", "феофилактовна"),
    ("афанасий", "трубников", "гедеонович"),
    ("акилина", "гуслякова", "аристарховна"),
    ("борислав", "литаврин", "самсонович"),
    ("жозефина", "дудочкина", "пантелеймоновна"),
    ("викентий", "камертонов", "ардалионович"),
    ("илария", "свирелкина", "евсеевна"),
    ("корнилий", "струнин", "елизарович"),
    ("дамира", "клавирова", "иеронимовна"),
]
EN_NAMES = [
    ("abelard", "harpham"),
    ("calpurnia", "tabor"),
    ("damaris", "lutterworth"),
    ("emeric", "bellringer"),
    ("faustina", "pipkin"),
    ("gervase", "reedman"),
    ("horatia", "fiddick"),
    ("isidore", "chorley"),
    ("josiah", "drumgoole"),
    ("kingsley", "cantrell"),
]
RU_LAT = {"алипий": "alipiy", "скрипников": "skripnikov", "аделаида": "adelaida", "бубнова": "bubnova",
          "афанасий": "afanasiy", "трубников": "trubnikov", "акилина": "akilina", "гуслякова": "guslyakova",
          "борислав": "borislav", "литаврин": "litavrin", "жозефина": "zhozefina", "дудочкина": "dudochkina",
          "викентий": "vikentiy", "камертонов": "kamertonov", "илария": "ilariya", "свирелкина": "svirelkina",
          "корнилий": "korniliy", "струнин": "strunin", "дамира": "damira", "клавирова": "klavirova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "настройщик приходит к нам по четвергам, про рояль в большом классе договаривайтесь с ним самим, {PHONE}",
        "звукорежиссер на репетиционной базе после ночных смен отсыпается до обеда, так что утром его не дергайте, {PHONE}",
        "родительский комитет у нас возглавляет мама скрипачки из старшей группы, она и собирает взносы, продиктую, {PHONE}",
        "оповещения о пропущенных уроках пусть падают завучу на сотовый, {PHONE}, она потом сама обзванивает родителей",
        "номер студии напечатан на каждой афише отчетного концерта, {CPHONE}, по нему к нам и записываются новенькие",
        # e-mail
        "ноты из издательства заказывает наша библиотекарь, счета за них отправляйте прямо ей, {EMAIL}",
        "видео с академических концертов складывайте на {EMAIL}, их отсматривает методист до того, как соберется комиссия",
        "так, диктую по буквам, готовы, {EMAIL}, это почта администратора, через нее у нас проходит весь прокат инструментов",
        # card
        "для абонентки берите карту, которой мы расплачиваемся за струны и канифоль, она у меня перед глазами, {CARD}",
        "карточка где-то в чехле от виолончели, минутку, ага, вот она, {CARD}",
        "платить за школу будет наш попечитель, {NAME}, он давно нам помогает, карта у него вот какая, {CARD}",
        # name
        "любой перенос урока в расписании согласует только {NAME}, так заведено с первого дня работы школы",
        "по вечерам на вахте у репетиционной базы сидит {NAME}, ключи от комнат выдаются только под запись в журнал",
        "погодите, {FIRST}, дверь прикрою, в соседнем классе ударник разыгрывается, вот, теперь говорите",
    ],
    "en": [
        # phone
        "the piano tuner comes in on thursdays, sort out the grand in the big classroom with him yourself, {PHONE}",
        "the sound engineer at the rehearsal base sleeps till noon after his night sessions, so leave him be in the morning, {PHONE}",
        "the parents' committee is run by the mum of a violinist in the senior group, she collects the fees too, here you go, {PHONE}",
        "have the missed lesson alerts land on the deputy head's cell, {PHONE}, she rings round the parents herself afterwards",
        "the studio number is printed on every poster for the end of year concert, {CPHONE}, that's how new pupils sign up with us",
        # e-mail
        "our librarian orders the scores from the publisher, so send the invoices for them straight to her, {EMAIL}",
        "drop the videos of the assessment concerts into {EMAIL}, the head of method watches them before the panel sits",
        "right, i'll spell it out letter by letter, ready, {EMAIL}, that's the administrator's address, all the instrument rental runs through it",
        # card
        "the strings and rosin card is the one for this, it's right in front of me, {CARD}",
        "the card's tucked somewhere in the cello case, one moment, ah, there it is, {CARD}",
        "our patron is paying for the school, {NAME}, he's helped us for years, his card reads {CARD}",
        # name
        "any moved lesson on the timetable gets agreed by {NAME} and nobody else, that's been the rule since the school opened",
        "in the evenings {NAME} is on the desk at the rehearsal base, room keys only go out against a signature in the log book",
        "hang on, {FIRST}, let me shut the door, the drummer next door is warming up, there, go ahead now",
    ],
}
NOPII_T = {
    "ru": [
        "номер накладной на коробку нот от издательства {BADCARD}, сверьте его, когда курьер привезет",
        "инвентарный номер прокатной скрипки {BADCARD}, она сейчас на руках у одной семьи",
        "экзамен по специальности у выпускников назначен {DATE}, первый ученик выходит на сцену {TIME}",
        "{QTY} для молодой школы вполне обычно, переплачивать за расширенный пакет вам незачем",
        "час в большой комнате с барабанной установкой мы сдаем за {PRICE}, и по выходным она расписана наперед",
        "отчетный концерт младших классов играем {DATE}, родителей в зал запускаем {TIME}",
    ],
    "en": [
        "the delivery note number on the box of scores from the publisher is {BADCARD}, have it handy when the courier brings the box",
        "the rental violin's inventory number is {BADCARD}, a family has it at the moment",
        "the graduating pupils' specialty exam is {DATE}, the first one walks on stage {TIME}",
        "{QTY} is quite normal for a young school, there's no reason to pay extra for the expanded package",
        "an hour in the big room with the drum kit goes for {PRICE}, and it's booked solid weeks ahead at weekends",
        "the junior classes play their recital {DATE}, we let the parents into the hall {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "переведете родителей на оплату уроков через приложение, чтобы никто больше не носил наличные в конвертах, и ваш ежемесячный платеж полегчает на {P}",
        "репетиционные комнаты, которые у вас по утрам стоят пустые, мы в тариф не засчитываем, и при вашей загрузке это выходит дешевле на {P}",
        "поставите наш логотип на афишу весеннего концерта, а я в ответ поправлю ваш счет на {P} в вашу пользу",
        "педагогов, которые ведут у вас пару часов в неделю, заведем по почасовой ставке, она скромнее полной на {P}",
        "если ноты будете заказывать через наш магазин, а не у сторонних издательств, годовую подписку я облегчу вам на {P}",
        "учебный год у вас с сентября по май, так что летние месяцы я из расчета выбрасываю, и годовая сумма опускается на {P}",
        "вы станете первой школой с духовым оркестром на нашей платформе, поэтому как партнеру по пилоту оформлю вам {PA} уступку",
        "за каждую соседнюю студию, которую вы к нам приведете, я убираю из вашей абонентки {P}",
        "возьмете прокат инструментов и ноты одним пакетом, и выйдет послабление в цене порядка {PG}",
    ],
    "en": [
        "move the parents over to paying for lessons in the app, so nobody carries cash in envelopes any more, and i'll lighten your monthly fee by {P}",
        "the rehearsal rooms that sit empty in your mornings don't count towards the plan, and with your bookings that works out {P} cheaper",
        "if our logo goes on your spring concert poster, i'll return the favour and trim your bill by {P}",
        "teachers who only do a couple of hours a week with you go on the hourly rate, which is {P} more modest than the full one",
        "if you order your scores through our shop rather than from outside publishers, your yearly subscription slims down by {P}",
        "your school year runs from september to may, so i'm leaving the summer months out of the sum, and the annual total drops {P}",
        "you'll be the first school with a brass band on our platform, so as our pilot partner i'll write you up a {P} concession",
        "for every neighbouring studio you bring along to us, i take {P} out of your subscription",
        "take instrument rental and sheet music as one bundle and the price eases off by somewhere in the region of {P}",
    ],
}
HALF_T = {
    "ru": ["летний интенсив, который вы проводите в июле, пропустим через систему вдвое дешевле обычного месяца",
           "комнаты, где стоит одно пианино и нет никакой аппаратуры, идут в бронирование по половинной цене"],
    "en": ["the summer intensive you hold in july can run through the system at half what an ordinary month costs",
           "rooms with just an upright piano and no gear at all go into booking at half the price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за прокатную виолончель родители оставляют залог в {P} от ее стоимости, платформа вернет его, когда инструмент сдадут обратно",
        "с оплаты уроков вы как частная школа отчисляете налог {P}, программа сама вынесет его в отчет",
        "детей в частных музыкальных школах по стране за год прибавилось на {P}, родители все чаще ищут педагога поближе к дому",
        "издательство отпускает вам ноты на {P} дешевле, когда заказываете сразу на целый класс, и эту разницу вы учитываете в цене для родителей",
        "банк удерживает {P} за прием платежей от родителей, мы на эту комиссию никак не влияем, она просто видна в выписке",
        "по нашим наблюдениям, {P} учеников перестают прогуливать, если накануне урока им приходит напоминание",
        "педагогу по договору вы отдаете {P} с каждого проведенного урока, ведомость по зарплате посчитает это без вас",
        "аренда помещения у вас, говорите, поднялась на {P}, тем важнее, чтобы комнаты по вечерам не простаивали",
    ],
    "en": [
        "parents put down {P} of a rental cello's value as a deposit, the platform refunds it once the instrument comes back",
        "as a private school you pay {P} tax on lesson fees, the software pulls it out into the report by itself",
        "the number of children at private music schools nationwide grew {P} in a year, parents keep looking for a teacher closer to home",
        "the publisher lets you have scores {P} cheaper when you order for a whole class at once, and you factor that into the price for parents",
        "the bank keeps {P} for taking payments from parents, we have no say over that fee, it just shows up on the statement",
        "we notice that {P} of pupils stop skipping lessons when a reminder reaches them the evening before",
        "under the contract a teacher gets {P} of every lesson taught, the payroll sheet works that out without you",
        "your rent on the premises went up {P}, you were saying, which makes it all the more important the rooms aren't idle in the evenings",
    ],
}
CLIENT_ASK_T = {
    "ru": [("школа у нас крохотная, два класса в подвале да один рояль, можно нам на {P} подешевле?",
            "нет, тариф считается по числу педагогов, а не по метражу, так что уступить тут не получится")],
    "en": [("we're a tiny school, two rooms in a basement and one piano, could we have it {P} cheaper?",
            "no, what you pay depends on how many teachers you have, not how big the rooms are, so there's no room to move on it")],
}
CHANNEL_T = {
    "ru": [
        "по вечерам я и сам преподаю гитару, в рабочий кабинет почти не захожу, поэтому с расписанием стучитесь ко мне лично, в {MSG}, там я отвечаю даже между учениками",
        "если на отчетном концерте встанет продажа билетов, не ждите поддержку, вот мой собственный номер, {PPHONE}, набирайте прямо из зала",
        "таблицу с абонементами отправьте мне не в кабинет, а на адрес, который у меня еще со студенческих времен, {PEMAIL}, так она точно не затеряется",
        "в {MSG} есть моя страничка, там я выкладываю записи со своим саксофоном, пишите прямо туда, отвечу быстрее, чем со служебной почты",
        "счет с особой ценой для вашей школы я выставлю не из системы, а со своего адреса, {PEMAIL}, и подтверждение оплаты кидайте туда же",
        "сколько получат ваши педагоги за переход, давайте обсудим не на записанной линии, наберите мне вечерком на мобильный, {PPHONE}",
        "даю вам свой номер напрямую, {PPHONE}, если что не так с прокатом инструментов, звоните мне, компанию сюда лучше не впутывать",
    ],
    "en": [
        "evenings i'm teaching guitar myself and barely open the work dashboard, so bring timetable questions to me privately, on {MSG}, i answer there even between pupils",
        "if ticket sales stall at the recital, don't wait on support, here's my very own number, {PPHONE}, ring it straight from the hall",
        "don't put the subscriptions spreadsheet in the portal, send it to the address i've had since my student days, {PEMAIL}, that way it won't go astray",
        "there's a page of mine on {MSG}, i put up clips of me playing the saxophone on it, message me through that, it's quicker than the work inbox",
        "the special price for your school won't come out of the system, i'll bill it myself from my own address, {PEMAIL}, so confirm the payment over there",
        "what your teachers get for switching over is something we'd better discuss off the recorded line, give my mobile a ring this evening, {PPHONE}",
        "i'm giving you my number directly, {PPHONE}, if anything goes wrong with the instrument rental, call me, best to keep the company out of it",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания родителям о завтрашнем уроке рассылает в {MSG} официальный бот платформы, от имени вашей школы",
        "если в день экзамена не открывается расписание, набирайте техническую поддержку компании, {CPHONE}, в экзаменационный сезон там дежурят и по выходным",
        "договоры на прокат инструментов компания принимает на общий ящик юридического отдела, {CEMAIL}, его разбирают сразу несколько юристов",
        "календарь конкурсов на сезон и шаблоны афиш компания постит у себя в официальном канале, ищите его в {MSG}",
    ],
    "en": [
        "the platform's official bot sends parents the reminders about tomorrow's lesson on {MSG}, in your school's name",
        "if the timetable won't open on exam day, ring technical support at the company, {CPHONE}, during exam season someone's on even at weekends",
        "the company takes instrument rental contracts at the legal department's shared mailbox, {CEMAIL}, several lawyers go through it",
        "the company puts up poster templates and the season's competition calendar in its official channel, it's there on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца экзаменов, выдохните, а летом, когда классы опустеют, созвонимся и спокойно все обсудим",
           "покажите платформу педагогам на педсовете, если им покажется неудобно, значит, не судьба, и это нормально",
           "никаких сроков нет, пробный доступ так и останется открытым, загляните, когда выдастся минутка между уроками"],
    "en": ["get through the exams, catch your breath, and in the summer when the classrooms empty out we'll talk it over calmly",
           "show the platform to your teachers at a staff meeting, if they find it awkward then it's not meant to be, and that's fine",
           "there's no deadline, the trial access just stays open, have a look whenever you get a minute between lessons"],
}
