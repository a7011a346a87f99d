"""Sentence templates for the "test73" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for private dental
clinics (check-up and hygiene appointments, treatment plans run in stages,
x-ray referrals and implant and crown orders sent to labs, reminders for the
six-month check-up, instalment plans for treatment) to clinic owners, clinical
directors, practice managers, receptionists, dentists and hygienists.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test72.py (ru first names,
surnames and patronymics from А to М, en first names and surnames from A to
L), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (a hygienist who works alone on fridays and
should be pinged about patients late for a cleaning, the radiographer who
wants warning of every cone beam referral, an implant surgeon who comes in two
days a week and agrees surgical guide deliveries with the lab himself, the
treatment coordinator whose mobile is printed at the foot of every instalment
agreement, the clinic's booking line on the back of the appointment card for
the next check-up; cone beam reports forwarded to the periodontist who maps
out the treatment stages, the weekly no-show report for hygiene visits
dropped into the practice manager's inbox, the buyer's address that orders
impression material, offered to be spelled again; a card opened for burs and
impression material that can carry the subscription too, a caller peeling off
gloves because the card slips out of her fingers, the practice partner named
before the card she left on the desk; the administrator who chases patients
who missed a treatment stage, the dentist patients book half a year ahead put
at the top of the doctors list, a caller breaking up inside a lead-lined
x-ray room; distractors with a cone beam referral number, the number stamped
on a dental chair unit's plate for service, stitches out after an implant, a
sizing of the chairs, the price of a clean with polishing and a closing day
for deep disinfection; discounts framed as patients booking hygiene through
the site widget instead of reception typing it in, six-month reminders sent
as app pushes instead of paid texts, a hygiene-only chair counted as a partial
one, a saving handed on because the client's imaging centre is already
connected, tours of prospective clinics round the client's practice once a
quarter, the braces module dropped because orthodontics is sent out, a
concession on both addresses once a second one opens across the river,
patients' instalments arranged through the vendor's partner bank and staff
trained by the client's own senior receptionist from video lessons; half
price as an x-ray room with no chair and a visiting periodontist's login;
non-offers about the tax deduction patients claim back on treatment, a deposit
left on a crown stage, anaesthetics going up at the distributor, patients who
skip the check-up without a reminder, the bank's acquiring fee at reception,
more patients reaching the final stage of a staged plan, a milling lab's
volume discount and dentists paid a share of completed stages; a two-chair
practice with a part-time hygienist asking for a cut; personal channels as
the rep's personal messenger profile, hidden from management, for the
client's licence instalments, the rep's personal mobile because his work phone
goes to voicemail after seven just when dentists are free, rollout plan
drafts written at weekends and sent from the rep's home e-mail, saturday
schedule glitches sent to the number only the rep's friends and clients have,
a licence instalment agreement sent from the rep's personal address without
going through sales operations, group pricing talked over only on a cell the
company did not issue, and a rep who goes to the same gym as the dentist
giving his personal number; company channels as the company's verified bot
confirming hygiene bookings, the company hotline with a support shift on duty
for a frozen calendar, the integrations team's shared address for connecting
a new lab and the company's official channel with a monthly feature roundup
for dental clinics; polite closings as one full treatment plan taken through
the system before deciding, waiting until the dentists are back from holiday,
and a co-founder free to be unconvinced).

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
    ("витольд", "боровиков", "мамантович"),
    ("амалия", "ласточкина", "аполлосовна"),
    ("клавдий", "мальцев", "кодратович"),
    ("глория", "груздева", "каллиниковна"),
    ("лазарь", "ермолин", "людвигович"),
    ("иоланта", "болдырева", "илиодоровна"),
    ("арсентий", "жигалов", "логгинович"),
    ("дария", "игумнова", "аксеновна"),
    ("епифан", "кочергин", "антонинович"),
    ("авелина", "долгушина", "мартиниановна"),
]
EN_NAMES = [
    ("agatha", "illingworth"),
    ("hereward", "abernethy"),
    ("carlotta", "brocklehurst"),
    ("jowan", "cattermole"),
    ("freya", "dalrymple"),
    ("egbert", "lumsden"),
    ("annika", "haworth"),
    ("inigo", "eddington"),
    ("helga", "jepson"),
    ("bevis", "lambourne"),
]
RU_LAT = {"витольд": "vitold", "боровиков": "borovikov", "амалия": "amaliya", "ласточкина": "lastochkina",
          "клавдий": "klavdiy", "мальцев": "maltsev", "глория": "gloriya", "груздева": "gruzdeva",
          "лазарь": "lazar", "ермолин": "ermolin", "иоланта": "iolanta", "болдырева": "boldyreva",
          "арсентий": "arsentiy", "жигалов": "zhigalov", "дария": "dariya", "игумнова": "igumnova",
          "епифан": "epifan", "кочергин": "kochergin", "авелина": "avelina", "долгушина": "dolgushina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "гигиенистка по пятницам принимает одна, без ассистента, и если пациент опаздывает на чистку, пусть система сигналит ей, вбейте вот этот мобильный, {PHONE}",
        "рентгенлаборант, который снимает у нас панорамы, хочет заранее знать о каждом направлении на томографию, он в кабинете с утра и до двух, {PHONE}",
        "хирург, который ставит импланты, приезжает к нам лишь по вторникам и четвергам, сроки хирургических шаблонов лаборатория пусть согласует с ним самим, набейте, {PHONE}",
        "графики платежей по рассрочке пациентам растолковывает наш координатор лечения, пусть ее мобильный печатается внизу каждого договора, {PHONE}",
        "на обороте каждой карточки с датой следующего осмотра напечатана линия записи клиники, {CPHONE}, по ней пациенты и переносят визиты",
        # e-mail
        "заключения по томографии вместе со снимками пересылайте нашему пародонтологу на {EMAIL}, он по ним расписывает этапы лечения",
        "отчет по неявкам на гигиену раз в неделю пусть падает управляющей, {EMAIL}, она решает, кого из пациентов возвращать",
        "{EMAIL}, если надо, по буквам повторю, это почта нашего закупщика, с нее уходят заявки на слепочные массы",
        # card
        "карточка, которую мы заводили под закупку боров и слепочной массы, пусть и подписку тянет, цифры такие, {CARD}",
        "сейчас перчатки стяну, а то карта из пальцев выскальзывает, так, зачитываю, {CARD}",
        "платить будет моя компаньонка по клинике, {NAME}, она оставила карту у меня на столе, перепишите, {CARD}",
        # name
        "пациентов, которые пропустили этап лечения, у нас обзванивает {NAME}, так что выгрузку пропусков настройте на этого администратора",
        "в расписании первым в списке врачей пусть стоит {NAME}, к этому доктору пациенты записываются на полгода вперед",
        "{FIRST}, связь рвется, я зашла в рентгенкабинет, а тут стены со свинцом, дайте выйду в коридор",
    ],
    "en": [
        # phone
        "our hygienist works alone on fridays with no assistant, so if a patient's running late for a cleaning the system should ping her, key in this mobile, {PHONE}",
        "the radiographer who takes our panoramic x rays wants a heads up about every cone beam referral, he's in the room from the morning till two, {PHONE}",
        "the surgeon who places our implants only operates here tuesdays and thursdays, the lab should agree surgical guide deliveries with him in person, tap it in, {PHONE}",
        "our treatment coordinator is the one who walks patients through their instalment schedules, so her mobile belongs in the small print of each agreement, {PHONE}",
        "the clinic's booking line sits on the reverse of each reminder card with the next check up date, {CPHONE}, patients ring it to move their visits",
        # e-mail
        "forward the cone beam reports along with the scans to our periodontist at {EMAIL}, he maps out the treatment stages from them",
        "the weekly report on missed hygiene visits should drop into our practice manager's inbox, {EMAIL}, she decides which patients to win back",
        "{EMAIL}, happy to go letter by letter if that was too fast, it's our buyer's mail, the impression material orders leave from it",
        # card
        "there's a card we keep purely for burs and impression material, let it carry the subscription as well, the digits go, {CARD}",
        "let me peel these gloves off, the card keeps slipping out of my fingers, okay, reading it off, {CARD}",
        "my partner in the practice is covering it, {NAME}, she left her card on my desk, copy this down, {CARD}",
        # name
        "patients who've missed a treatment stage get chased by {NAME}, so point the missed stage export at that administrator",
        "put {NAME} first in the list of doctors on the schedule, patients book that dentist half a year ahead",
        "{FIRST}, i'm losing you, i've walked into the x ray room and there's lead in these walls, let me get back out to the hallway",
    ],
}
NOPII_T = {
    "ru": [
        "номер направления на компьютерную томографию {BADCARD}, рентгенцентр отыщет снимок только по нему",
        "на шильдике стоматологической установки выбит номер {BADCARD}, сервис спрашивает его, когда принимает заявку на ремонт",
        "швы после имплантации пациенту снимают {DATE}, хирург освобождается {TIME}",
        "раз у вас {QTY}, расписание на все кресла уместится в базовой версии",
        "профессиональная чистка с полировкой обходится у вас пациенту в {PRICE}, в соседней клинике выходит дороже",
        "клиника закрывается на генеральную санобработку {DATE}, первые пациенты после нее записаны {TIME}",
    ],
    "en": [
        "the referral number for the cone beam scan is {BADCARD}, the imaging centre can only track down the scan by that",
        "the dental chair unit's rating plate carries {BADCARD}, service wants that whenever they log a repair",
        "the patient's stitches come out after the implant {DATE}, the surgeon is free {TIME}",
        "with {QTY} every chair's schedule will fit into the basic version",
        "a professional clean with polishing costs your patients {PRICE}, the clinic next door charges more",
        "the clinic shuts for a full deep disinfection {DATE}, the first patients afterwards are booked {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если пациенты станут сами записываться на гигиену через виджет на сайте, а ваш администратор перестанет вбивать записи вручную, я опущу вам цену на {P}",
        "напоминания о полугодовом осмотре пустим пушами через приложение пациента, а не платными смс, и по этому пакету я срежу вам счет на {P}",
        "кресло, за которым работает только гигиенист, посчитаю как неполное, оно обойдется на {P} дешевле врачебного",
        "рентгенцентр, куда вы направляете пациентов, уже подключен к нам, обмен снимками настраивать не нужно, и эту экономию я отдаю вам, {P} с абонентки",
        "если раз в квартал разрешите приводить к вам на экскурсию клиники, которые к нам присматриваются, прайс для вашей клиники я подвину на {P} ниже",
        "ортодонтию вы отдаете на сторону, так что модуль брекет систем уберем, и счет полегчает на {P}",
        "как только откроете второй адрес на том берегу, оба адреса я переведу на {PA} уступку",
        "рассрочки пациентам оформляйте через банк, с которым мы сотрудничаем, и ежемесячное списание у вас будет на {P} скромнее",
        "персонал обучит ваш же старший администратор по нашим видеоурокам, без выезда нашего тренера, и внедрение подешевеет в пределах {PG}",
    ],
    "en": [
        "if patients book their hygiene visits through the widget on your site and reception stops typing them in by hand, i'll trim your rate by {P}",
        "we'll send the six month check up reminders as pushes in the patient app rather than paid texts, and i'll shave {P} off that package",
        "a chair that only your hygienist works at i'll count as a partial one, billed at {P} under a dentist's chair",
        "the imaging centre you refer patients to is already hooked up to us, there's no scan exchange to set up, and i'm passing that saving on, {P} off your monthly fee",
        "if once a quarter you let us walk clinics that are considering us around your practice, your price list drops {P}",
        "you send orthodontics out elsewhere, so we'll drop the braces module and the bill gets {P} lighter",
        "as soon as your second address opens across the river, i'll move both addresses onto a {P} concession",
        "arrange patients' instalments through the bank we partner with, and your monthly debit sits {P} lower",
        "your own senior receptionist trains the staff from our video lessons, no trainer on site from us, and setup comes in up to {P} cheaper",
    ],
}
HALF_T = {
    "ru": ["рентгенкабинет без кресла, где только делают снимки, добавляется в расписание вполовину дешевле обычного кабинета",
           "приглашенному пародонтологу, который консультирует у вас раз в неделю, доступ откроем по половинной цене врачебного"],
    "en": ["an x ray room with no chair, where scans are all that happens, is put on the schedule for half of an ordinary surgery's fee",
           "a visiting periodontist who consults with you one day a week gets a login billed at half of what a dentist seat runs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за лечение зубов пациент может вернуть через налоговый вычет {P} от потраченного, справку для налоговой программа соберет сама",
        "перед установкой коронок пациент вносит задаток {P} от стоимости этапа, и платформа сама привяжет его к этому этапу",
        "анестетики у дистрибьютора подорожали на {P}, поэтому себестоимость каждого приема система пересчитает по новым закупочным ценам",
        "по нашим данным, {P} пациентов без напоминания пропускают полугодовой осмотр",
        "за каждую оплату картой на ресепшене эквайринг съедает {P}, кассовый отчет покажет эту комиссию отдельной строкой",
        "в клиниках, которые ведут планы лечения поэтапно, до последнего этапа доходит на {P} больше пациентов",
        "фрезерный центр, который делает вам коронки, за большой объем уступает вам {P}, и платформа учтет это в себестоимости каждой работы",
        "врачи у вас получают {P} от выручки по закрытым этапам, и зарплатную ведомость платформа соберет по этим цифрам",
    ],
    "en": [
        "patients get {P} of their dental spend returned through a tax deduction, the software assembles the certificate for the tax office by itself",
        "before the crowns go on, the patient puts {P} of that stage down as a deposit, and the platform attaches it to that stage automatically",
        "anaesthetics have gone up {P} at the distributor, so the system reprices every visit's cost from the new purchase prices",
        "our figures show {P} of patients skip their six month check up unless they're reminded",
        "acquiring eats {P} of each card payment taken at reception, the till report lists that fee on its own line",
        "clinics that run treatment plans in stages see {P} more patients make it to the final stage",
        "the milling centre that makes your crowns charges you {P} under list for volume, and the platform reflects it in each case's cost",
        "your dentists are paid {P} of the revenue from completed stages, and the platform builds the payroll sheet from those figures",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас кабинет на два кресла и гигиенистка на полставки, не сделаете нам цену на {P} пониже?",
            "к сожалению, нет, прайс у нас единый, и от размера кабинета он не меняется")],
    "en": [("it's just a two chair practice with a part time hygienist, is {P} lower something you could do for us?",
            "sorry, no, we have a single price list and the size of the practice doesn't change it")],
}
CHANNEL_T = {
    "ru": [
        "давайте так, чат поддержки оставим для мелочей, а про рассрочку по вашим лицензиям переписываться будем с моего личного аккаунта, о котором начальство не знает, ищите меня в {MSG}",
        "рабочий телефон у меня после семи уходит на автоответчик, а врачи как раз вечером и освобождаются, так что запишите мой личный мобильный, {PPHONE}",
        "план внедрения я пишу по выходным, поэтому черновики отправляю с домашней почты, туда и присылайте замечания, {PEMAIL}",
        "субботние сбои в расписании ловить некому, офис закрыт, поэтому скрины отправляйте в {MSG} мне самому, номер у меня там свой, его кроме родни и пары клиентов никто не знает",
        "договор рассрочки на нашу лицензию я составлю в обход отдела продаж и вышлю вам с почты, которую завел для себя, {PEMAIL}, так быстрее обернемся",
        "цену для всей вашей сети я обсуждаю только с глазу на глаз, наберите меня на сотовый, который мне не компания выдавала, {PPHONE}",
        "доктор, мы ведь ходим в один спортзал, зачем нам официальные письма, держите мой личный, {PPHONE}, набирайте, когда удобно",
    ],
    "en": [
        "let's do it like this, the support chat is for small stuff, and for the instalments on your licences we'll write to each other from a personal account of mine my bosses don't know about, over on {MSG}",
        "my work phone goes to voicemail after seven, and that's exactly when your dentists are free, so take down my personal mobile, {PPHONE}",
        "i write the rollout plans at weekends, so the drafts go out from my home email, send your comments back there too, {PEMAIL}",
        "nobody's around to catch saturday schedule glitches, the office is shut, so fire the screenshots at me on {MSG}, that number is mine alone, only relatives and a few clients know it",
        "i'll put together the instalment agreement for our licence without going through sales ops and mail it to you off my personal address, {PEMAIL}, it's quicker that way",
        "pricing for your whole group i only talk through one on one, ring me on the cell the company didn't give me, {PPHONE}",
        "doctor, we go to the same gym, let's drop the formal letters, here's my personal number, {PPHONE}, ring it whenever suits you",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "подтверждение записи на гигиену пациенту приходит в {MSG} от бота компании с галочкой верификации, ответить да или нет можно там же",
        "если в день приема зависнет календарь, набирайте горячую линию компании, {CPHONE}, трубку снимает дежурная смена поддержки",
        "заявки на подключение новой лаборатории отдел интеграций компании собирает в общем ящике, {CEMAIL}, инженеры берут их в работу по кругу",
        "раз в месяц компания публикует для стоматологий обзор новых функций, канал официальный, найти его можно в {MSG}",
    ],
    "en": [
        "patients get their hygiene booking confirmation from the company's verified bot on {MSG}, they can answer yes or no right there",
        "if the calendar freezes on a clinic day, dial the company hotline, {CPHONE}, the support shift on duty picks up",
        "requests to connect a new lab land in the company integrations team's common inbox, {CEMAIL}, and the engineers pick them up in rotation",
        "the company posts a monthly roundup of new features for dental clinics to its official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваш главврач сначала проведет через нашу систему хотя бы один полный план лечения, от консультации до коронки, и по нему уже решите, спешки никакой",
           "у вас сейчас сезон отпусков, половины врачей нет, давайте созвонимся, когда все вернутся, тогда и посмотрим",
           "посоветуйтесь с соучредителем, покажите ему расчет, не убедит его, значит, не убедит, обижаться не стану"],
    "en": ["let your clinical director take at least one full treatment plan through our system, from consultation to crown, and decide on that, there's no rush",
           "it's holiday season and half your dentists are away, let's talk once everyone's back and look at it then",
           "run it past your business partner, show him the numbers, and if they don't win him over, fair enough, no hard feelings"],
}
