"""Sentence templates for the "test71" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and membership platform for dance studios
(group classes by style and level, trial lessons, monthly class passes,
private lessons with teachers, rehearsal hall hire, recital tickets and
costume orders) to studio owners, administrators, choreographers, teachers and
the parents of young dancers. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test70.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a
choreographer of the evening contemporary groups who only looks at her phone
while sipping water between classes and should get a short text when a group
is called off for too few sign ups, the seamstress of the recital costumes
who wants the girls' sizes as soon as parents enter them, a guest tango
teacher whose number sits on the private lesson card, the lady on the front
door who hands out the rehearsal hall keys and lets nobody in without a
booking, the studio's number printed in small type along the bottom of every
recital ticket; parents' rehearsal videos passed on to the stager who reworks
the formations, ballroom competition entries gathered by a couple's mum who
also drives the children to away events, the sound engineer's address for the
routines' backing tracks; the card the hall rent is tied to, a card dug out
from under ballet flats in a shoe bag, a dance partner and co-founder named
before a card she photographed and sent; the only person allowed to move
classes in the timetable grid, the person through whom costumes go out of the
store and come back, a caller drowned out by salsa at full blast in the next
hall; distractors with a rehearsal hall booking code said to the door keeper,
a delivery number stuck on a box of factory costumes, the recital and its
dress rehearsal, the size of the studio from its form, the price of an hour
of rehearsal in the hall and hip hop trial lessons; discounts framed as
stamped cardboard passes given up for electronic ones, billing by dance style
instead of by group, a cut on the timetable because the vendor already earns
on the recital tickets sold through it, a kids' studio price grid for a
children-only studio, a daytime rate for silver age groups dancing while the
halls stand empty, a questionnaire on the timetable filled in with the
teachers, a present for the studio's anniversary, a price rounded down to fit
the season's budget and a saving for taking the costume ordering module with
the timetable; half price as a summer dance floor in the park and an
accompanist's account that only shows the ballet timetable; non-offers about a
costume factory's down payment, a landlord raising the hall rent, trial
students who buy a pass after a reminder, recital seats sold ahead, tax on
ticket sales, a dance shoe shop's reduction for the studio's students, evening
groups filling up and the studio's share of each private lesson; a studio
with one basement hall shared with a yoga class asking for a cut; personal
channels as an open lesson video sent to the rep's messenger chat where he
talks to friends and family, a rep who takes tango classes with his wife at
the client's and gives the number his family rings him on, parents'
complaints forwarded to the mailbox the rep reads over dinner at home so his
manager does not hear of them, a rep backstage at the recital reachable only
on the number his family and friends have, a hall hire agreement draft sent
from an address the rep set up at university and not to be passed to his
colleagues, special terms discussed in the evening on a cell his employer
knows nothing about, and a number that is not the company's saved because the
call centre would put the client through to anyone else; company channels as
the company's official bot sending trial lesson reminders signed as the
studio, the company's support engineers taking calls when the ticket scanner
fails on show night, weekends included, the onboarding department's shared
address for contract templates and the company's official channel for studio
owners; polite closings as getting through the recital first, talking it over
with the teachers who will use it every evening, and staying on the paper
register while it still does the job).

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
    ("богдан", "вальсов", "ерофеевич"),
    ("лина", "менуэтова", "валерьевна"),
    ("евгений", "кадрилев", "игоревич"),
    ("виктория", "мазуркина", "артемьевна"),
    ("леон", "котильонов", "климентьевич"),
    ("ирма", "галопова", "ждановна"),
    ("артемий", "батманов", "леонтьевич"),
    ("анжела", "арабескова", "богдановна"),
    ("кирьян", "лезгинкин", "даниилович"),
    ("берта", "кастаньетова", "леоновна"),
]
EN_NAMES = [
    ("felix", "dancey"),
    ("anthea", "galliard"),
    ("dominic", "hopwood"),
    ("carmela", "caperton"),
    ("harvey", "jiggins"),
    ("katrina", "lightfoot"),
    ("jules", "cotillard"),
    ("gemma", "allemand"),
    ("laszlo", "heelan"),
    ("ilse", "bransby"),
]
RU_LAT = {"богдан": "bogdan", "вальсов": "valsov", "лина": "lina", "менуэтова": "menuetova",
          "евгений": "evgeniy", "кадрилев": "kadrilev", "виктория": "viktoriya", "мазуркина": "mazurkina",
          "леон": "leon", "котильонов": "kotilonov", "ирма": "irma", "галопова": "galopova",
          "артемий": "artemiy", "батманов": "batmanov", "анжела": "anzhela", "арабескова": "arabeskova",
          "кирьян": "kiryan", "лезгинкин": "lezginkin", "берта": "berta", "кастаньетова": "kastanetova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "хореограф, которая ведет вечерние группы по контемпорари, в телефон смотрит, только когда пьет воду между занятиями, так что если группу отменяем из за недобора, черкните ей коротко, {PHONE}",
        "швея, которая шьет нам костюмы к отчетному концерту, хочет видеть размеры девочек сразу, как только родители их внесут, ее номер, {PHONE}",
        "частные уроки по танго у нас берет приглашенный педагог, пары договариваются с ним сами, так что пусть в карточке урока висит его номер, {PHONE}",
        "ключи от репетиционного зала арендаторам выдает вахтерша на первом этаже, без брони она никого не пустит, поэтому вечерние брони пусть сразу приходят ей, {PHONE}",
        "телефон студии мы печатаем мелким шрифтом внизу каждого билета на отчетный концерт, {CPHONE}, туда зрители и звонят, если запутались со своими местами",
        # e-mail
        "видео с прогонов, которые снимают родители, пересылайте нашему постановщику, {EMAIL}, он по этим записям переставляет рисунок номера",
        "заявки на турниры по бальным танцам у нас собирает мама одной из пар, она же возит детей на выезды, вот ее почта, {EMAIL}, все письма о регистрации пусть идут к ней",
        "{EMAIL}, туда присылайте фонограммы к номерам, это адрес нашего звукорежиссера, он сводит музыку для концерта",
        # card
        "деньги пусть уходят с карты, на которую у нас завязана аренда залов, {CARD}",
        "карта где то в сумке с туфлями, секундочку, ага, вот она, под чешками лежала, {CARD}",
        "платит моя партнерша по паркету, студию мы открывали вдвоем, {NAME}, карту она мне сфотографировала и прислала, вот цифры, {CARD}",
        # name
        "переносить занятия в сетке расписания может один человек, {NAME}, а остальные педагоги пусть расписание только смотрят, иначе начнут двигать группы под себя",
        "костюмы со склада выдает и принимает обратно {NAME}, так что список, кто в каком номере танцует, отправляйте этому человеку",
        "{FIRST}, секунду, в соседнем зале врубили сальсу на полную, дайте дверь прикрою, так, говорите",
    ],
    "en": [
        # phone
        "the choreographer who takes the evening contemporary groups only checks her phone while she's sipping water between classes, so if we call a group off for too few sign ups, drop her a short text, {PHONE}",
        "the seamstress who sews our recital costumes wants to see the girls' sizes the moment the parents enter them, her number, {PHONE}",
        "private tango lessons go to our guest teacher, couples sort them out with him themselves, so let his number sit on the lesson card, {PHONE}",
        "the lady on the front door downstairs hands the rehearsal hall keys to whoever hires it and won't let anyone in without a booking, so evening bookings should land with her at once, {PHONE}",
        "we print the studio's number in small type along the bottom of every recital ticket, {CPHONE}, that's where the audience rings when they get muddled about their seats",
        # e-mail
        "the rehearsal videos the parents film, pass them on to our stager, {EMAIL}, he reworks the formations from those recordings",
        "entries for the ballroom competitions are gathered by one of our couples' mums, she drives the kids to the away events as well, here's her address, {EMAIL}, let all the registration letters go to her",
        "{EMAIL}, the backing tracks for the routines belong there, it's our sound engineer's address, he mixes the music for the show",
        # card
        "take the money off the same card the hall rent goes out from, {CARD}",
        "the card's somewhere in my shoe bag, one sec, aha, there it is, it was under the ballet flats, {CARD}",
        "my dance partner pays, we started the studio as a pair, {NAME}, she snapped her card and sent me the photo, reading off it now, {CARD}",
        # name
        "only one person may move classes around the timetable grid, {NAME}, the other teachers only view it, or they'll start shifting groups to suit themselves",
        "costumes go out of the store and come back in through {NAME}, so send that person the list of who dances in which number",
        "{FIRST}, a second, they've cranked the salsa up full in the next hall, let me pull the door to, right, go ahead",
    ],
}
NOPII_T = {
    "ru": [
        "код брони репетиционного зала {BADCARD}, назовите его вахтерше, и она выдаст ключ",
        "на коробке с костюмами с фабрики наклеен номер поставки {BADCARD}, если пришел не тот размер, ищут как раз по нему",
        "отчетный концерт у нас {DATE}, генеральный прогон на сцене начинается {TIME}",
        "судя по вашей анкете, {QTY}, так что тарифа на одну студию вам хватит",
        "час репетиции в зале по вашему прайсу {PRICE}, свет и колонки уже в цене",
        "пробные уроки по хип хопу вы проводите {DATE}, первая группа заходит в зал {TIME}",
    ],
    "en": [
        "the rehearsal hall booking code is {BADCARD}, the lady on the door hands the key over once she hears it",
        "the box of costumes from the factory has a delivery number stuck on it, {BADCARD}, if a wrong size turns up, that's the one they search by",
        "our recital is {DATE}, the dress rehearsal on stage starts {TIME}",
        "going by your form, {QTY}, so the single studio plan will be enough for you",
        "renting the hall for a rehearsal sets you back {PRICE} an hour, lights and speakers already included",
        "you hold the hip hop trial lessons {DATE}, the first group gets going {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если перестанете ставить штампики на картонных абонементах и переведете учеников на электронные, ежемесячный платеж у вас ужмется на {P}",
        "считать вас буду не по группам, а по направлениям, а направлений у вас немного, и цена от этого сползет на {P}",
        "раз вы продаете билеты на отчетный концерт через нас и мы на них и так зарабатываем, за расписание сбавлю вам {P}",
        "раз у вас одни детские группы, проведу вас по сетке для детских студий, там ценник на {P} скромнее стандартного",
        "группы серебряного возраста, которые танцуют днем, пока залы пустуют, посчитаю по дневной ставке, она легче вечерней на {P}",
        "заполните с педагогами нашу анкету, что неудобно в расписании и чего бы хотелось добавить, и следующий платеж выйдет скромнее на {P}",
        "к юбилею вашей студии преподношу {PA} скидку на следующий сезон целиком, решение мое",
        "чтобы вы уложились в бюджет до конца сезона, я округлю вашу цену вниз, срежу с нее {P}",
        "возьмете к расписанию еще и модуль заказа костюмов, тогда за оба заплатите с экономией в районе {PG}",
    ],
    "en": [
        "if you stop stamping cardboard passes and move your students onto electronic ones, your monthly charge drops back {P}",
        "i'll count you by dance style rather than by group, and you don't run many styles, so that lands {P} lower",
        "since you sell your recital tickets through us and we earn on those anyway, i'll price the timetable {P} lower for you",
        "since you only run children's groups, i'll bill you on the kids' studio grid, which is pitched {P} below standard",
        "the silver age groups that dance in the daytime while the halls stand empty i'll charge at the daytime rate, {P} lighter than the evening one",
        "fill in our questionnaire with your teachers, what's awkward in the timetable and what you'd add, and your next payment comes out {P} smaller",
        "your studio has an anniversary coming, so as my present next season's bill shrinks by {P}, that one's my own decision",
        "so that you stay within budget until the season ends, i'll round your price down and shave {P} off it",
        "take the costume ordering module along with the timetable, and you'll pay for the pair with a saving of around {P}",
    ],
}
HALF_T = {
    "ru": ["танцплощадку в парке, где вы летом даете открытые уроки, подключим как отдельную площадку, и стоить она будет половину обычного зала",
           "учетная запись для аккомпаниатора, которому нужно видеть только расписание балетных классов, обойдется ровно в половину педагогской"],
    "en": ["the park dance floor where you give open lessons in summer gets its own spot in the system and costs you half as much as a regular hall",
           "an accompanist's account that only needs to show the ballet class timetable comes to half of a teacher's"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "фабрика берет за пошив партии костюмов задаток {P}, и система покажет, сколько еще осталось доплатить",
        "арендодатель с осени поднял плату за залы на {P}, это вы заложите в цену абонемента сами, к цене нашей подписки это отношения не имеет",
        "в среднем по нашим студиям {P} учеников после пробного урока покупают месячный абонемент, если им напомнить на следующий день",
        "на отчетный концерт заранее обычно расходится {P} мест в зале, и в системе видно, какие ряды еще свободны",
        "билеты на концерт облагаются налогом, {P}, в отчете он выведен отдельной графой",
        "магазин танцевальной обуви дает вашим ученикам {P} скидки по коду студии, это их договоренность, а не наша",
        "вечерние группы за этот год наполнились на {P}, и заслуга тут прежде всего пробных уроков, по графику посещаемости это хорошо заметно",
        "со всех частных уроков студия оставляет себе {P}, остальное уходит педагогу, и система сама разнесет это по ведомости",
    ],
    "en": [
        "the factory takes a {P} down payment for sewing a batch of costumes, and the system tracks how much is still owed",
        "your landlord put the hall rent up {P} from the autumn, you'll build that into the pass price yourselves, it makes no difference to what our subscription costs",
        "on average across the studios we work with, {P} of students who come to a trial lesson buy a monthly pass if they get a reminder the next day",
        "for the recital roughly {P} of the seats usually go ahead of time, and the system marks which rows are still free",
        "the tax on recital ticket sales comes to {P}, the report lists it apart from the rest",
        "the dance shoe shop gives your students {P} off with the studio's code, that's their arrangement, not ours",
        "the evening groups have filled up by {P} this year, largely down to the trial lessons, the attendance chart makes that plain",
        "out of each private lesson {P} stays with the studio and the rest is the teacher's, the system divides it in the pay sheet itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы крошечная студия, один зал в подвале, и тот делим с йогой, подвиньтесь на {P}, а?",
            "нет, цену двигать не буду, за зал у нас платят все одинаково, хоть он в подвале, хоть во дворце культуры")],
    "en": [("our studio is tiny, one basement hall, and even that we share with a yoga class, would {P} off be a stretch for you?",
            "no, the price isn't budging, a hall is a hall to us, be it a basement or a palace of culture")],
}
CHANNEL_T = {
    "ru": [
        "ролик с вашего открытого урока для страницы студии перекиньте мне в {MSG}, в личку, где я общаюсь с друзьями и родней, смонтирую сам, через портал такие тяжелые файлы не пролезут",
        "мы с женой сами ходим к вашему педагогу по танго, так что к чему нам коммутатор, вот номер моей собственной трубки, {PPHONE}",
        "жалобы родителей на новое расписание перекиньте на ящик, куда я заглядываю дома за ужином, {PEMAIL}, пусть руководитель о них не узнает, пока я все не улажу",
        "в вечер концерта я стою у вас за кулисами, так что стучитесь в {MSG}, на номер, который есть лишь у моей родни и друзей, служебный чат я там открывать не стану",
        "черновик договора аренды зала с моими правками вылетит к вам с адреса, заведенного еще в институте, {PEMAIL}, коллегам в компании его пока лучше не пересылать",
        "про особые условия для вашей школы звоните вечером мне лично, на сотовый, который не рабочий, {PPHONE}, днем я сижу на общих созвонах",
        "вбейте себе в контакты номер, который у меня не от компании, {PPHONE}, через колл центр вас все равно соединят с кем угодно, только не со мной",
    ],
    "en": [
        "drop the video of your open lesson for the studio page into my {MSG}, the one i use with friends and family, i'll cut the clip myself, files that heavy just get stuck in the portal",
        "my wife and i take classes with your tango teacher ourselves, so why bother with the switchboard, here's the number my family rings me on, {PPHONE}",
        "forward the parents' complaints about the new timetable to the mailbox i look at over dinner at home, {PEMAIL}, i'd prefer my manager not hear of them until i've smoothed things over",
        "on the night of the recital i'm backstage with you, so knock on my {MSG}, the number only my family and friends have, i won't be opening the work chat there",
        "the draft hall hire agreement with my edits will reach you from the address i set up back at university, {PEMAIL}, best not pass it to my colleagues for now",
        "about a special deal for your school, ring me in the evening on the cell my employer knows nothing about, {PPHONE}, during the day i'm stuck on team calls",
        "put my own number into your contacts, {PPHONE}, the call centre would put you through to anyone but me anyway",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание о пробном уроке ученику в {MSG} присылает официальный бот компании, подписываясь вашей студией, сотрудники в эту переписку не заходят",
        "если в вечер концерта сканер на входе перестанет читать билеты, набирайте техподдержку компании, {CPHONE}, инженеры на этой линии работают и в выходные",
        "шаблоны договоров для родителей присылает отдел внедрения компании, адрес у отдела общий, {CEMAIL}, почту с него читает весь отдел",
        "у владельцев танцевальных студий есть свой официальный канал от компании, найдете его в {MSG}, новые правила продажи абонементов объявляют там",
    ],
    "en": [
        "the trial lesson reminder is sent to the student on {MSG} by the company's official bot, signed as your studio, no one on staff joins that chat",
        "if the scanner at the door stops reading tickets on show night, the company's support engineers take calls on {CPHONE}, weekends included",
        "the company's onboarding department sends out the contract templates for parents from its shared address, {CEMAIL}, everyone there keeps an eye on it",
        "studio owners can follow the company's official channel in {MSG}, new rules for selling class passes are announced in it",
    ],
}
NOT_PRESSURE = {
    "ru": ["переживите сначала отчетный концерт, а после него спокойно вернемся к расписанию, сейчас вам точно не до меня",
           "посоветуйтесь с педагогами, им же с этим работать каждый вечер, а с ответом можно не торопиться",
           "если бумажный журнал пока вас устраивает, оставайтесь на нем, навязывать ничего не буду"],
    "en": ["get through your recital first, and afterwards we can pick up the timetable at leisure, right now your head's elsewhere",
           "have a word with your teachers, it's them who'll be using it every evening, and there's no rush with an answer",
           "if the paper register still does the job, keep it, i won't push anything on you"],
}
