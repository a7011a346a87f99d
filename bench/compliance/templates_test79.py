"""Sentence templates for the "test79" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a scheduling and billing platform for language
schools for adults (group courses by level, placement tests, corporate classes
held at the client company's office, exam preparation, teacher substitutions
and make-up lessons) to school owners, directors of studies, administrators,
teachers and corporate training managers. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test78.py (ru first names, surnames and patronymics from А to М,
en first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a
teacher who drives between client offices for corporate classes all day and
should get substitution alerts on the road, the substitution coordinator who
still finds a stand in at ten at night, an evening administrator's number read
off the staff room whiteboard, the lead exam teacher who wants a call when an
exam student misses a second lesson in a row and arranges the make-up herself,
the reception number printed at the foot of every course certificate; marked
placement test sheets scanned for the head of the academic office who sorts
people into levels, monthly statements for corporate groups copied to the
corporate accounts manager who checks them against contracts, an address
everyone gets wrong spelt out for attendance reports; the card that pays the
publisher for coursebooks, a virtual card brought up on a phone because the
plastic is not at hand, the school director named before the card she let the
caller read out; the only person allowed to move a student to another level,
the curator of corporate groups whose name goes on the off site timetable, a
caller whose beginners next door are conjugating verbs in chorus; distractors
with an education licence number quoted in every student contract, an
interactive whiteboard's inventory number, a mock exam for the exam group, the
size of the school, the price of a weekend intensive and a corporate group's
lessons moved to a new start; discounts framed as placement tests marked by
the system instead of the vendor's methodologist, teachers logging make-up
lessons themselves, the room booking module left off for a school that only
teaches at clients' offices, a contract signed before the autumn enrolment
rush, a partner school recommended, exam groups that run only a few months
billed lower, a couple of academic years written into the contract at once for
a reduction over that whole stretch, corporate groups invoiced with a lowering
coefficient, and a second branch opened by spring with the tariff redone by
around a given share; half price as an account for a teacher who only runs the
summer intensive and a free speaking club for the school's own students;
non-offers about tax on coursebooks resold to students, a deposit paid on
enrolling, the share of adults who drop out in the first month, a corporate
client's late cancellation charge, a rise in first time exam passes after mock
tests, a publisher's reduction on coursebooks, teachers' extra pay for
covering a colleague and a landlord raising the rent for classrooms; a school
with one classroom and visiting teachers asking for a cut; personal channels
as the rep who teaches an evening group elsewhere and wants substitution
questions on his own messenger account, a rep who once studied at the client's
school and gives his own number to skip the office, placement test results
sent to the address the rep reads at home to sort overnight, a launch chat
opened from the rep's own number without colleagues or his manager, a draft
corporate contract sent from the mailbox the rep keeps for private matters to
avoid a week of internal approvals, a no show teacher at a corporate class
reported straight to a phone the rep pays for himself instead of support, and
a rep about to leave the company who wants to take the school with him on his
own number; company channels as the company's official bot reminding students
of make-up lessons in the school's name, the company's hotline with an
engineer on duty, the accounts department's shared mailbox for invoices and
closing documents and the company's official community for language school
directors; polite closings as waiting for the spring intake to finish, a month
of teachers trying attendance marking in the trial and staying with the paper
register being the school's own call).

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
    ("альберт", "глаголев", "брониславович"),
    ("ада", "горчакова", "ильдаровна"),
    ("дамир", "варенцов", "константинович"),
    ("лия", "белкина", "дамировна"),
    ("бронислав", "измайлов", "анисьевич"),
    ("карина", "абрикосова", "кимовна"),
    ("марат", "ветров", "измаилович"),
    ("мила", "евдокимова", "альбертовна"),
    ("антон", "базаров", "маратович"),
    ("аида", "мещерская", "брониславовна"),
]
EN_NAMES = [
    ("coralie", "fazakerley"),
    ("esmond", "gilchrist"),
    ("ida", "kightley"),
    ("gareth", "aldersey"),
    ("ines", "bamforth"),
    ("kieran", "hebblethwaite"),
    ("francesca", "duckworth"),
    ("joachim", "eastwick"),
    ("anouk", "jowett"),
    ("bram", "ingleby"),
]
RU_LAT = {"альберт": "albert", "глаголев": "glagolev", "ада": "ada", "горчакова": "gorchakova",
          "дамир": "damir", "варенцов": "varentsov", "лия": "liya", "белкина": "belkina",
          "бронислав": "bronislav", "измайлов": "izmaylov", "карина": "karina", "абрикосова": "abrikosova",
          "марат": "marat", "ветров": "vetrov", "мила": "mila", "евдокимова": "evdokimova",
          "антон": "anton", "базаров": "bazarov", "аида": "aida", "мещерская": "meshcherskaya"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "преподаватель, который ведет корпоративные группы, с утра до вечера мотается по офисам клиентов, так что сообщения о заменах пускай прилетают прямо ему в телефон, {PHONE}",
        "замены у нас подбирает координатор, она и в десять вечера умудряется найти, кем заменить заболевшего, поэтому для срочных замен главным отметьте ее номер, {PHONE}",
        "номер у нас маркером выведен на доске в учительской, сейчас гляну, {PHONE}, это администратор вечерней смены",
        "когда слушатель из экзаменационной группы пропускает второе занятие подряд, пусть система тут же звонит нашей ведущей преподавательнице, {PHONE}, отработку она назначает сама",
        "номер ресепшена, {CPHONE}, стоит внизу каждого сертификата об окончании курса, так выпускники находят, куда звонить насчет следующего уровня",
        # e-mail
        "проверенные бланки вступительного теста сканируйте и пересылайте руководителю учебной части, {EMAIL}, она решает, кого в какой уровень определить",
        "ежемесячные акты по корпоративным группам дублируйте менеджеру, который ведет компании клиентов, {EMAIL}, перед отправкой он сверяет каждый акт с договором",
        "этот адрес все путают, поэтому продиктую медленно, {EMAIL}, отчеты по посещаемости отправляйте именно сюда",
        # card
        "подписку повесьте на ту же карту, что у нас уходит на учебники от издательства, {CARD}",
        "пластика при мне нет, только цифровая карта в телефоне, дайте разверну реквизиты, вот, {CARD}",
        "рассчитываться будем картой директора школы, {NAME}, она сама дала добро продиктовать номер, {CARD}",
        # name
        "право переводить слушателя на другой уровень или в другую группу оставьте одному человеку, {NAME}, всем прочим эту кнопку уберите",
        "корпоративные группы курирует {NAME}, так что расписание выездных занятий оформляйте на это имя",
        "{FIRST}, извините, у меня за стенкой начинающие хором спрягают глаголы, сейчас прикрою дверь, и продолжим",
    ],
    "en": [
        # phone
        "the teacher who runs our corporate groups spends all day driving between client offices, so the substitution alerts should ping his phone, {PHONE}",
        "our cover coordinator finds a stand in even at ten at night, so mark her number as the main one for urgent substitutions, {PHONE}",
        "the number's written in marker on the staff room whiteboard, let me look, {PHONE}, that's the evening shift administrator",
        "whenever someone in the exam group misses a second lesson in a row, have the system ring our lead teacher straight away, {PHONE}, she books the make up lesson herself",
        "the reception number, {CPHONE}, appears along the bottom edge of each course certificate, so graduates know where to ring about the next level",
        # e-mail
        "scan the marked placement test sheets and forward them to our academic director, {EMAIL}, she decides from them who goes into which level",
        "the monthly statements for corporate groups should be copied to the manager who looks after our client companies, {EMAIL}, he checks each one against the contract before it goes out",
        "everybody gets this address wrong, so i'll say it slowly, {EMAIL}, attendance reports go there and nowhere else",
        # card
        "hang the subscription on the same card that pays the publisher for our coursebooks, {CARD}",
        "i haven't got the plastic on me, just the virtual one on my phone, let me bring up the details, here, {CARD}",
        "we'll settle with the card belonging to our school director, {NAME}, she's fine with me reading it out, {CARD}",
        # name
        "moving a student up a level or into another group should be left to one person, {NAME}, nobody else should even see that option",
        "{NAME} looks after the corporate groups, so put the off site class timetable under that name",
        "{FIRST}, excuse me, the beginners next door are conjugating verbs in chorus, let me close the door on them, then we can pick up where we were",
    ],
}
NOPII_T = {
    "ru": [
        "у школы лицензия на образовательную деятельность за номером {BADCARD}, ссылка на нее стоит в каждом договоре со слушателем",
        "инвентарный номер интерактивной доски из большой аудитории {BADCARD}, по нему мастер из сервиса находит ее в своей базе",
        "пробный экзамен для подготовительной группы проходит {DATE}, слушатели рассаживаются по местам {TIME}",
        "при ваших масштабах, а это {QTY}, базового пакета достаточно, модуль филиалов не понадобится",
        "интенсив выходного дня стоит у вас для слушателя {PRICE}, и учебные материалы уже внутри этой суммы",
        "корпоративной группе в банке сдвинули старт, первое занятие теперь выпадает {DATE}, начало {TIME}",
    ],
    "en": [
        "the school's education licence carries the number {BADCARD}, every student contract quotes it",
        "the interactive whiteboard in the big classroom is logged as {BADCARD}, the service people look it up by that",
        "the mock exam for the prep group runs {DATE}, students take their seats {TIME}",
        "at your size, which is {QTY}, the basic package does the job, the branches module won't be needed",
        "your weekend intensive costs a student {PRICE}, and the course materials are already inside that",
        "the corporate group at the bank had its start pushed back, the first lesson now falls {DATE}, kicking off {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "пусть вступительные тесты проверяет сама система, без нашего методиста, и ваша ежемесячная плата похудеет на {P}",
        "если отработки пропущенных занятий преподаватели будут отмечать сами, а не через нашу поддержку, я поправлю счет в вашу пользу на {P}",
        "у вас ведь нет своих аудиторий, вы все преподаете в офисах клиентов, значит, бронирование кабинетов вам без надобности, и без него подписка выйдет на {P} скромнее",
        "подпишем договор до осеннего набора, пока у меня окно в графике внедрений, и цену для вас я заморожу на {P} ниже прайса",
        "порекомендуете нас знакомой школе, и как только она подключится, из вашего следующего счета я уберу {P}",
        "экзаменационные группы у вас живут всего несколько месяцев, поэтому счет за каждого слушателя в них будет у вас на {P} легче",
        "пропишем в договоре сразу пару учебных лет, и к нему я приложу {PA} скидку на весь этот срок",
        "счета за корпоративные группы я выставлю вам с понижающим коэффициентом, так что итог окажется на {P} ниже",
        "откроете к весне второй филиал, и тариф за оба я пересчитаю с уменьшением в районе {PG}",
    ],
    "en": [
        "let the system mark the placement tests itself, no methodologist on our side, and what you pay each month gets trimmed by {P}",
        "if your teachers log the make up lessons themselves rather than going through our support, i'll adjust the bill in your favour by {P}",
        "you don't own any classrooms, you teach it all on clients' premises, so room booking is dead weight for you, and dropping it trims {P} off the subscription",
        "sign before the autumn enrolment rush while i've got a gap in the rollout calendar, and i'll freeze a price {P} beneath the list",
        "point a school you know our way, and the moment they're connected your next invoice arrives {P} smaller",
        "your exam groups only last a few months, so each student in them is priced {P} below one in a regular group",
        "write a couple of academic years into the contract at once, and i'll attach a {P} reduction covering that whole stretch",
        "i'll invoice your corporate groups with a lowering coefficient, so the total comes in {P} below where it would be",
        "open a second branch by spring and i'll redo the tariff for both with roughly {P} taken off",
    ],
}
HALF_T = {
    "ru": ["учетная запись для преподавателя, который у вас ведет только летний интенсив, будет стоить вдвое меньше обычной",
           "клуб разговорной практики вы проводите для своих слушателей бесплатно, поэтому его мы посчитаем вам по половинной ставке"],
    "en": ["an account for a teacher who only runs your summer intensive will cost half what a standard seat does",
           "you run the speaking club for your own students free of charge, so we'll bill it to you at a half rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "учебники, которые вы перепродаете слушателям, облагаются налогом {P}, а сами курсы нет, и система разнесет это по разным строкам",
        "при записи на курс слушатель оставляет в залог {P} стоимости, а оставшееся система спишет с него перед стартом группы",
        "по нашим школам выходит, что примерно {P} взрослых слушателей бросают курс в первый же месяц, и система заранее подсвечивает тех, кто начал пропадать",
        "если корпоративный клиент снимает занятие позже чем накануне, ваш договор обязывает его оплатить {P} стоимости урока",
        "с тех пор как вы ввели регулярные пробные тесты, сдавших экзамен с первой попытки у вас стало больше на {P}",
        "издательство отпускает вам учебники на {P} дешевле розницы, в закупках эта цифра подтянется автоматически",
        "преподаватель, который выходит на замену коллеги, получает у вас надбавку {P} к ставке, и в расчет зарплаты она попадет без ручного ввода",
        "арендодатель с осени поднимает плату за аудитории на {P}, это ваши расходы, к нашей подписке они отношения не имеют",
    ],
    "en": [
        "the coursebooks you resell to students carry {P} tax, the courses themselves don't, and the system splits that into separate lines",
        "students who enrol hand over {P} of the course price as security, and the system collects what's left before the group starts",
        "across our schools, roughly {P} of adult students drop out in the very first month, and the system flags the ones who start going missing early",
        "if a corporate client cancels a lesson with less than a day's notice, your contract has them pay {P} of the lesson price",
        "since you brought in regular mock tests, first time exam passes at your school climbed {P}",
        "you buy coursebooks from the publisher {P} under retail, that figure flows into purchasing automatically",
        "a teacher who covers for a colleague gets a {P} supplement on their rate with you, and it goes into payroll without anyone typing it in",
        "your landlord is raising the classroom rent {P} from the autumn, that's your cost and it sits outside our subscription",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна аудитория, а преподаватели все приходящие, вы нам {P} не уступите?",
            "нет, уступать не стану, мы берем плату за слушателей, а сколько у вас аудиторий, в расчет не входит")],
    "en": [("we've got one classroom and all our teachers are freelancers, surely that's worth {P} off?",
            "no, i'm not going to, we bill per student, and how many classrooms you have doesn't enter into it")],
}
CHANNEL_T = {
    "ru": [
        "по вечерам я сам веду группу в другой школе и рабочий телефон туда не беру, так что про замены пишите в {MSG} на мою собственную страничку, рабочей у меня там нет",
        "я ведь в свое время сам учился у вас на курсах, так что давайте без церемоний, записывайте мой личный, {PPHONE}, и звоните напрямую, минуя офис",
        "таблицу с результатами вступительных тестов скиньте на адрес, который я читаю дома, {PEMAIL}, я ночью ее разберу, а утром пришлю вам готовые группы",
        "подготовку к запуску давайте вести в {MSG}, я заведу чат со своего личного номера, без коллег и без руководителя",
        "черновик договора на корпоративные курсы я отправлю вам из ящика, который у меня для личных дел, {PEMAIL}, через рабочую почту он бы неделю ходил по согласованиям",
        "если преподаватель не приедет на корпоративное занятие, в поддержку не обращайтесь, сразу звоните лично мне, {PPHONE}, номер этот я оплачиваю сам, и замену найду быстрее",
        "я скоро ухожу из компании и вашу школу хочу увести с собой, так что сохраните мой номер, {PPHONE}, он останется при мне",
    ],
    "en": [
        "in the evenings i teach a group at another school myself and i don't carry the work phone there, so substitution questions should reach me on {MSG}, on the profile i use as a private person",
        "i actually took a course at your school once, so let's drop the formal tone, jot down my private line, {PPHONE}, and bypass the office altogether",
        "send the placement test results spreadsheet to my home address, {PEMAIL}, i'll sort through it at home overnight and send you the finished groups in the morning",
        "let's run the launch prep on {MSG}, i'll open a chat from my personal number, no colleagues and no manager in it",
        "i'll send you the draft corporate training contract from my own non company address, {PEMAIL}, through the work one it would spend a week going round approvals",
        "if a teacher doesn't show up for a corporate class, skip support and ring me, {PPHONE}, the bill for that sim is in my own name, and i'll sort cover quicker",
        "i'm about to quit the company and i'd like your school to come along with me, so save my number, {PPHONE}, it stays with me",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о назначенной отработке слушателю напоминает в {MSG} официальный бот компании, а подписью в сообщении стоит ваша школа",
        "если система не дает поставить замену преподавателя, горячая линия компании, {CPHONE}, работает круглосуточно, и инженер со смены зайдет в ваш аккаунт",
        "счета вместе с актами отправляет бухгалтерия компании с ящика, который у них на весь отдел, {CEMAIL}, на письма там отвечают по очереди",
        "для директоров языковых школ компания ведет официальное сообщество в {MSG}, туда выкладывают записи вебинаров о том, как продавать курсы",
    ],
    "en": [
        "make up lesson reminders reach students via the official company bot in {MSG}, carrying your school's name",
        "if the system won't let you assign a substitute teacher, ring the company's hotline, {CPHONE}, the engineer on shift will get into your account",
        "the company's accounts department mails out the billing paperwork from a shared address, {CEMAIL}, and replies go out in turn",
        "language school directors have a community of their own on {MSG}, which the company officially runs, and recordings of the webinars on selling courses get posted there",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца весеннего потока, посмотрите, как пройдет набор, и тогда созвонимся, подгонять вас не стану",
           "пусть ваши преподаватели месяц поотмечают посещаемость в пробной версии, их мнение тут весит больше моего",
           "а захотите и дальше вести бумажный журнал, я пойму, школа ваша, и порядки в ней ваши"],
    "en": ["wait till the spring intake is done, see how enrolment goes, and we'll speak then, i won't nag",
           "let your teachers mark attendance in the trial for a month, they'll be using it every day, so their verdict matters more than any pitch of mine",
           "and if the paper register suits you better, fair enough, it's your school and your rules"],
}
