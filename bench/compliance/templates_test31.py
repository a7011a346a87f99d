"""Sentence templates for the "test31" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a driving school management platform (lesson
booking with instructors, instructor and car schedules, theory test practice,
exam registration with the traffic police, fuel cards for the training cars,
tuition paid in instalments) to private driving schools and to instructors
who teach on their own. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test30.py, and verbs, introducing words and sentence shapes that
differ from every template of all earlier parts (an instructor on the
training ground who grabs the phone only between runs, the methodologist who
knows which learners sit the internal theory exam, a mechanic's number jotted
on the reverse of a waybill, a teenage learner whose lesson change texts go
to his mother, the school's number stuck on the rear door of every training
car; waybills and fuel use for the garage manager who matches them against
the fuel cards, instalment schedules copied to the cashier who rings late
payers on wednesdays, the teaching office address the traffic police confirm
exam bookings to; the card the car wash bills go on, a card tucked behind the
sun visor, the card of a fellow instructor who splits costs down the middle;
the only person who edits the exam question bank, the person who must hear
first when the traffic police move an exam, an instructor whose learner
stalls on a hill start mid call; distractors with a learner's medical
certificate number, a driving simulator's serial number, a group's exam at
the traffic police with the time to be at the ground, a size the starter
pack covers, the price of filling a training car and the start of a new
theory stream; discounts framed as booking a whole group onto the exam in one
batch, a district town coefficient where exams are held once a month, two
instructors sharing one car on alternate days, the app's code stuck on the
roof triangles of the training cars, filling up on the company partner's fuel
cards, licence holders taking refresher lessons counted cheaper, a
pensioner's rate for a retired instructor, anonymised exam results lent to
the company's annual report and a returning client's old terms restored; half
price as a theory only learner and an exam retake booking; non-offers about
first time pass rates at the traffic police, the training cars' insurance
going up, points returned by the filling station chain on fuel cards, petrol
getting dearer, driving hours credited to learners who transfer from another
school, the share of the course paid before the first drive, learners
dropping out after theory and the job centre paying part of the tuition; a
sole instructor with a single car asking for a cut; personal channels as a
rep with a mate in the exam department offering earlier slots over his own
messenger, a work sim with no signal in the district towns swapped for the
rep's own number, learners' passport scans sent to the rep's personal mail,
dashcam clips of unmarked lessons sent to the rep's personal number, the
rep's private address used while the company audits work mailboxes, a rep
beating a competitor's offer on his personal mobile without his bosses and a
rep on sick leave giving his home number; company channels as the
platform's official bot sending lesson marks to learners, the company
hotline unblocking fuel cards, the exam department's shared mailbox for exam
booking documents and the company's official channel on exam question
changes).

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
    ("капитон", "рулев", "зосимович"),
    ("раиса", "баранкина", "северьяновна"),
    ("климент", "кучеров", "аполлонович"),
    ("тамара", "возницына", "ермолаевна"),
    ("игнатий", "верстов", "гордианович"),
    ("вера", "проселкова", "лаврентьевна"),
    ("дементий", "путилин", "ксенофонтович"),
    ("валерия", "колесова", "никодимовна"),
    ("вакула", "ездоков", "иларионович"),
    ("анастасия", "пробкина", "елисеевна"),
]
EN_NAMES = [
    ("augustus", "wheelwright"),
    ("clarice", "brakespear"),
    ("octavius", "carrington"),
    ("mildred", "roadnight"),
    ("jeremiah", "steerforth"),
    ("florence", "milestone"),
    ("marius", "overton"),
    ("bathsheba", "clutterbuck"),
    ("sebastian", "wagstaff"),
    ("cornelia", "parkinson"),
]
RU_LAT = {"капитон": "kapiton", "рулев": "rulev", "раиса": "raisa", "баранкина": "barankina",
          "климент": "kliment", "кучеров": "kucherov", "тамара": "tamara", "возницына": "voznitsyna",
          "игнатий": "ignatiy", "верстов": "verstov", "вера": "vera", "проселкова": "proselkova",
          "дементий": "dementiy", "путилин": "putilin", "валерия": "valeriya", "колесова": "kolesova",
          "вакула": "vakula", "ездоков": "ezdokov", "анастасия": "anastasiya", "пробкина": "probkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наш инструктор по площадке весь день гоняет курсантов по автодрому, трубку хватает только между заездами, номер у него такой, {PHONE}",
        "кто из курсантов идет на внутренний экзамен по теории, лучше всех знает наша методистка, уточните у нее напрямую, {PHONE}",
        "механик, который чинит наши учебные машины, у меня записан на обороте путевого листа, сейчас переверну, ага, {PHONE}",
        "курсант у нас несовершеннолетний, поэтому смс о переносе вождения пусть приходят его маме, {PHONE}",
        "на задней двери каждой учебной машины наклеен номер автошколы, {CPHONE}, по нему люди и записываются на первое занятие",
        # e-mail
        "путевые листы и расход бензина по каждой машине выгружайте нашему завгару на {EMAIL}, он потом сверяет их с топливными картами",
        "к графикам платежей по рассрочке добавьте в копию адрес {EMAIL}, наша кассирша по средам обзванивает тех, кто затянул с оплатой",
        "{EMAIL}, это адрес учебной части, туда же госавтоинспекция присылает подтверждения записи на экзамен",
        # card
        "абонентку пусть списывают с карты, через которую у нас идет оплата мойки учебных машин, на лицевой стороне вот что, {CARD}",
        "карточка у меня за солнцезащитным козырьком, секунду, вытащу, ага, {CARD}",
        "рассчитаемся картой моего напарника, он тоже частный инструктор, {NAME}, номер у меня в заметках, {CARD}, мы с ним все расходы делим пополам",
        # name
        "банк экзаменационных билетов правит исключительно {NAME}, преподавателям теории мы его даже не показываем",
        "если госавтоинспекция сдвинет экзамен, первым об этом должен узнать {NAME}, этот человек у нас перекраивает график площадки",
        "{FIRST}, подождите минутку, у меня курсант заглох на подъеме, сзади сигналят, что вы там говорили про расписание?",
    ],
    "en": [
        # phone
        "our instructor on the training ground drives learners round the track all day and only grabs the phone between runs, his number's {PHONE}",
        "our methodologist knows best which learners are sitting the internal theory exam, check with her directly, {PHONE}",
        "i've got the mechanic who fixes our training cars jotted down on a waybill, hang on, it's on the reverse, yep, {PHONE}",
        "the learner is under eighteen, so the texts about moved driving lessons should go to his mum, {PHONE}",
        "the rear door of every training car has the school's number stuck on it, {CPHONE}, that's how people sign up for a first lesson",
        # e-mail
        "export the waybills and the petrol use for each car to our garage manager at {EMAIL}, he matches them against the fuel cards afterwards",
        "add {EMAIL} as a copy on the instalment schedules, our cashier rings round whoever has fallen behind on wednesdays",
        "{EMAIL}, that's the teaching office address, the traffic police send their exam booking confirmations there as well",
        # card
        "let the subscription come off the card our car wash bills go on, the front of it reads {CARD}",
        "the card's behind my sun visor, one second, let me slide it out, yep, {CARD}",
        "we'll pay with my partner's card, he's a private instructor too, {NAME}, i've got the number in my notes, {CARD}, we split every expense down the middle",
        # name
        "the exam question bank is edited by {NAME} and nobody else, our theory teachers never even see it",
        "if the traffic police move an exam, {NAME} has to hear about it first, that person rebuilds the training ground schedule",
        "{FIRST}, give me a minute, my learner just stalled on a hill start and there's honking behind us, what were you saying about the timetable?",
    ],
}
NOPII_T = {
    "ru": [
        "номер медицинской справки курсанта {BADCARD}, его переписывают в личное дело перед экзаменом",
        "серийник автосимулятора {BADCARD}, гарантия на него заканчивается весной",
        "у группы экзамен в госавтоинспекции {DATE}, на площадку подъехать нужно {TIME}",
        "записал себе, {QTY}, под такой масштаб подойдет стартовый пакет",
        "полный бак учебной машины обходится нам сейчас в {PRICE}, а заправляемся мы через день",
        "следующий поток по теории стартует {DATE}, первое занятие начинается {TIME}",
    ],
    "en": [
        "the learner's medical certificate carries the number {BADCARD}, which goes into the personal file before the exam",
        "the driving simulator's serial is {BADCARD}, its warranty runs out in spring",
        "the group's exam with the traffic police is {DATE}, they need to be at the ground {TIME}",
        "noted, {QTY}, the starter pack fits something that size",
        "filling one training car to the brim comes to {PRICE} now, and we fill up every other day",
        "the next theory stream kicks off {DATE}, the first class begins {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если будете записывать на экзамен сразу всю группу одной пачкой, а не каждого курсанта по отдельности, каждая заявка выйдет на {P} дешевле",
        "для автошкол в районных городах, где госавтоинспекция принимает экзамен раз в месяц, у нас действует районный коэффициент, он снимает с тарифа {P}",
        "если вы с напарником ездите на одной машине через день, машину посчитаем один раз, и каждый из вас заплатит на {P} меньше",
        "разрешите налепить код нашего приложения на треугольники на крышах ваших учебных машин, и за это лицензия подешевеет на {P}",
        "заправляйте учебные машины по топливным картам нашего партнера, и абонентскую плату я вам опущу на {P}",
        "тех, кто уже с правами и берет пару занятий, чтобы вспомнить руль, в подписке посчитаю на {P} дешевле обычных курсантов",
        "вы сами инструктор на пенсии, таким клиентам мы даем {PA} льготу, оформлю ее сегодня же",
        "разрешите включить ваши результаты экзаменов, без фамилий, в наш годовой отчет по автошколам региона, и за это абонентка станет меньше на {P}",
        "вы от нас уходили, а теперь возвращаетесь, так что верну вам прежние условия, это выгода около {PG}",
    ],
    "en": [
        "book the whole group onto the exam in one batch rather than learner by learner, and every application works out {P} cheaper",
        "driving schools in district towns where the traffic police only hold exams once a month get a lowering coefficient from us, that's {P} off the plan",
        "if you and your partner drive the same car on alternate days, we'll count the car once and each of you pays {P} less",
        "let us stick our app's code on the roof triangles of your training cars, and in return the licence gets {P} cheaper",
        "fill up the training cars on our partner's fuel cards and i'll lower your monthly fee by {P}",
        "people who already hold a licence and just take a couple of lessons to get their nerve back i'll count {P} cheaper than regular learners",
        "you're a retired instructor yourself, and for clients like that we keep a pensioner's rate, {P} under standard, i'll set it up today",
        "let us put your exam results, without surnames, into our annual report on the region's driving schools, and your subscription comes to {P} less",
        "you left us and now you're coming back, so i'll restore your old terms, that's a gain of nearly {P}",
    ],
}
HALF_T = {
    "ru": ["курсант, который берет у вас только теорию, без вождения, в подписке считается за половину обычного",
           "повторная запись на экзамен, если курсант завалил первый, через систему стоит вдвое дешевле первой"],
    "en": ["a learner who only takes theory with you, no driving, counts as half a regular one in the subscription",
           "booking a retake through the system, when a learner has failed the first exam, is charged at half what the first booking was"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по статистике госавтоинспекции город с первого раза сдают только {P} курсантов",
        "страховка на учебные машины в этом году подросла на {P}, программа напомнит, когда продлевать полис",
        "сеть заправок по вашим топливным картам возвращает {P} баллами, в отчете по машине это видно отдельной графой",
        "бензин за год прибавил в цене {P}, так что час вождения вам, наверное, придется поднимать",
        "курсантам, которые переходят к вам из другой автошколы, обычно уже засчитано {P} часов вождения, система перенесет их в карточку",
        "по вашим правилам курсант до первого вождения вносит {P} стоимости курса, остальное в рассрочку, а система следит за каждым платежом",
        "примерно {P} курсантов бросают учебу после теории, так и не сев за руль",
        "центр занятости оплачивает {P} обучения тем, кого направляет к вам на курсы, эти деньги приходят отдельным платежом",
    ],
    "en": [
        "according to the traffic police figures only {P} of learners pass the city route first time",
        "insurance on training cars has crept up {P} this year, the program reminds you when the policy is due",
        "the filling station chain gives {P} back in points on your fuel cards, the car report shows it as a column of its own",
        "petrol is {P} dearer than a year ago, so you'll probably have to raise the price of a driving hour",
        "learners who move to you from another driving school usually have {P} of their driving hours already credited, the system carries them onto the record",
        "under your rules a learner pays {P} of the course before the first drive and the rest in instalments, and the system keeps an eye on every payment",
        "roughly {P} of learners quit after the theory part without ever getting behind the wheel",
        "the job centre pays {P} of the tuition for the people it sends to your courses, that money arrives as a separate payment",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я инструктор одиночка, у меня одна машина и с десяток курсантов, может, сделаете мне на {P} подешевле?",
            "нет, стоимость кабинета для всех одинаковая, хоть у вас одна машина, хоть целый автопарк")],
    "en": [("i'm a lone instructor with one car and a dozen learners, is there any room to go {P} lower for me?",
            "no, every account is priced alike, a single car or a whole fleet makes no difference")],
}
CHANNEL_T = {
    "ru": [
        "у меня приятель в экзаменационном отделе, если нужен слот пораньше, пишите мне в {MSG} лично, через компанию такие вопросы не решаются",
        "рабочая симка у меня в районах не ловит, а я всю неделю мотаюсь по автошколам области, поэтому запишите мою собственную трубку, {PPHONE}, она берет везде",
        "сканы паспортов курсантов для записи на экзамен перешлите на мой личный ящик, {PEMAIL}, я сам подам их в госавтоинспекцию, так быстрее",
        "если приложение не отметило урок, пусть инструктор скинет запись с регистратора в {MSG} прямо мне, номер там личный, я поправлю вручную",
        "пока у нас в компании проверяют рабочие ящики, пишите на мой частный адрес, {PEMAIL}, так ничего не потеряется",
        "если вам позвонят конкуренты со своим предложением, сразу набирайте мне на личный мобильный, {PPHONE}, перебью их цену без начальства",
        "я сейчас на больничном, рабочий телефон сдал, поэтому записывайте мой домашний, {PPHONE}, звоните спокойно",
    ],
    "en": [
        "i've got a mate in the exam department, if you need an earlier slot message me on {MSG} personally, that kind of thing doesn't get sorted through the company",
        "my work sim gets no signal out in the districts and i spend all week driving round the region's schools, so ring my own number, {PPHONE}",
        "send the learners' passport scans for the exam booking straight to me at {PEMAIL}, it's my personal mail, i'll hand them in to the traffic police myself, it's quicker",
        "if the app didn't mark a lesson, have the instructor send the dashcam clip to me on {MSG}, to my personal number, and i'll fix it by hand",
        "while the company is auditing our work mailboxes, use {PEMAIL}, an address i set up for myself, so nothing goes missing",
        "if a competitor rings you with an offer, get on the phone to me at once, on my personal mobile, {PPHONE}, and i'll beat their price without going to my bosses",
        "i'm off sick at the moment and i've handed in the work phone, so take down my home number, {PPHONE}, call whenever you like",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "оценку за каждый урок курсант получает от официального бота платформы в {MSG}, инструктору ничего пересылать не нужно",
        "заблокированную топливную карту разблокирует горячая линия компании, {CPHONE}, там дежурят круглые сутки",
        "документы для записи курсантов на экзамен принимает общий ящик экзаменационного отдела компании, {CEMAIL}, его разбирают несколько сотрудников",
        "что поменялось в экзаменационных билетах, компания разбирает на официальном канале, он есть в {MSG}",
    ],
    "en": [
        "learners' marks for each lesson are sent out by the official {MSG} bot of our platform, the instructor doesn't have to forward anything",
        "a blocked fuel card gets unblocked by the company hotline, {CPHONE}, it's manned day and night",
        "documents for booking learners onto exams go to {CEMAIL}, the company exam department's shared mailbox, several staff work through it",
        "every change to the exam questions gets broken down on the official company channel we run on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца летнего потока, когда курсантов станет поменьше, тогда спокойно и попробуете",
           "поговорите с курсантами, удобно ли им записываться через телефон, а решать будете сами, когда сочтете нужным",
           "сначала разберитесь с продлением лицензии на образовательную деятельность, хлопот с ней хватает, а платформа подождет"],
    "en": ["wait till the summer stream is over and there are fewer learners, then give it a go without any rush",
           "ask your learners whether booking from their phones would suit them, and decide yourself whenever you see fit",
           "sort out renewing your teaching licence first, that's enough hassle on its own, the platform can wait"],
}
