"""Sentence templates for the "test33" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a kids party and amusement-centre booking platform
(birthday party packages, trampoline park time slots, party hosts' and
animators' schedules, cake and catering orders, entry wristbands, deposits for
party rooms) to family entertainment centres and party agencies. Everything
here is new: names that appear neither in generate.py's train and test lists
nor in templates_test2.py to templates_test32.py, and verbs, introducing words
and sentence shapes that differ from every template of all earlier parts (a
head host who spends every weekend in a pirate costume and cannot pick up in
its gloves, the baker of custom cakes who wants to hear about children's
allergies by voice, a helium supplier's number written in marker on a balloon
above the desk, new party room bookings texted to the duty manager who opens
the trampoline arena first, the centre's number printed on every entry
wristband; party photos for the photographer who puts the parents' albums
together, the monthly hosts' schedule copied to the coordinator who splits
shifts among students, the mailbox that collects parents' feedback after each
party; the card party hats, poppers and balloons are bought on, a card fished
out of a box of wristbands, the owner's card left with the speaker for the
holidays; the only person allowed to move hosts in the schedule so one clown is
never booked at two parties, the person who handles cake and catering orders,
a whole floor singing to a birthday child mid call; distractors with a
trampoline arena booking number, a cotton candy machine's factory number, a
primary school's end of year party, a size one front desk tablet covers, the
hire of a unicorn mascot costume and helium cylinders unloaded while the hall
is shut; discounts framed as a trampoline park and a play room in the same
mall under one licence, prospective clients brought to the client's front
desk to watch the system live, agencies with no venue whose hosts only go out
to homes, a renewal concession for being with the company since launch, the
company's logo printed on the entry wristbands, the mall management signing up
all its kids' zones, two agencies sharing one subscription and one hosts'
schedule, the first months made smaller while the old system's contract still
runs, and the company's own staff new year party for children hosted at the
client's centre in exchange; half price as hosts' schedules for hosts who only
work weekends and a wristband till for an outdoor area open in summer only;
non-offers about the party room deposit kept from parents, a bakery's markup
for sugar paste figures, the share of parties booked in the last days, the
client's own second child reduction, a wholesale balloon and helium dealer's
concession, tax on every wristband sold, a weekend entry surcharge and saturday
occupancy growing; a two host agency with one mascot costume asking for a cut;
personal channels as till glitches sent to the rep's personal messenger so they
never reach the support statistics, a company line that answers with a robot
menu swapped for the rep's own mobile, an unofficial trial extension requested
at the rep's own address, the rep's own cell without the queue in the december
party rush, a rep in the same school parents' chat as the client, a rep whose
work laptop is in for repair taking contracts at his own mailbox and a rep with
a stake in a trampoline park who talks owner to owner on his own number;
company channels as booking confirmations from the platform's official bot, the
company's hardware line whose engineers reset wristband readers remotely, the
production department's shared address for wristband print orders and the
company's official community for centre owners; polite closings as comparing
other systems at the client's own pace, keeping the paper booking book side by
side and talking it over with the co owner once the new year parties die down).

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
    ("фрол", "хлопушкин", "ксанфович"),
    ("забава", "карамелькина", "онуфриевна"),
    ("кондрат", "батутов", "евтихиевич"),
    ("веселина", "конфеткина", "зосимовна"),
    ("ермолай", "праздников", "трифонович"),
    ("всеслава", "серпантинова", "исидоровна"),
    ("фалалей", "тортиков", "варлаамович"),
    ("доброслава", "леденцова", "прохоровна"),
    ("демьян", "гирляндов", "сильвестрович"),
    ("милослава", "карусельщикова", "мокиевна"),
]
EN_NAMES = [
    ("absalom", "bunting"),
    ("hepzibah", "cakebread"),
    ("jedidiah", "merriweather"),
    ("keziah", "popplewell"),
    ("tobiah", "jellicoe"),
    ("hortensia", "sweeting"),
    ("zephaniah", "honeycutt"),
    ("wendeline", "jolliffe"),
    ("ephraim", "trundle"),
    ("sabina", "candlewick"),
]
RU_LAT = {"фрол": "frol", "хлопушкин": "khlopushkin", "забава": "zabava", "карамелькина": "karamelkina",
          "кондрат": "kondrat", "батутов": "batutov", "веселина": "veselina", "конфеткина": "konfetkina",
          "ермолай": "ermolay", "праздников": "prazdnikov", "всеслава": "vseslava", "серпантинова": "serpantinova",
          "фалалей": "falaley", "тортиков": "tortikov", "доброслава": "dobroslava", "леденцова": "ledentsova",
          "демьян": "demyan", "гирляндов": "girlyandov", "милослава": "miloslava",
          "карусельщикова": "karuselshchikova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старшая аниматорша все выходные ходит в костюме пиратки, в этих перчатках трубку не возьмет, так что набирать ее лучше в будни, {PHONE}",
        "кондитер, которая печет нам торты на заказ, про аллергии у детей хочет слышать голосом, а не вычитывать из заявки, вот ее номер, {PHONE}",
        "номер поставщика гелия у меня маркером написан прямо на шарике над столом, смешно, зато не теряется, {PHONE}",
        "смски о новых бронях праздничных комнат пусть падают дежурному администратору батутной арены, {PHONE}, он приходит открывать зал раньше всех",
        "номер центра напечатан на каждом браслете, который детям надевают на входе, {CPHONE}, по нему родители и заказывают праздники",
        # e-mail
        "снимки с праздников, которые делает наш фотограф, выгружайте ему на {EMAIL}, он потом сам собирает альбомы для родителей",
        "график аниматоров на месяц копируйте нашему координатору на {EMAIL}, она раскидывает смены между студентами",
        "диктую адрес по буквам, готовы? {EMAIL}, туда у нас складываются отзывы родителей после каждого праздника",
        # card
        "абонентку снимайте с той карточки, что у нас на колпаки, хлопушки и шарики, номер такой, {CARD}",
        "карточка завалилась в коробку с браслетами, еле выудила, вот, {CARD}",
        "платите с карты владельца центра, {NAME}, карту мне оставили на время отпуска, цифры такие, {CARD}",
        # name
        "передвигать аниматоров в расписании может только {NAME}, иначе у нас один клоун окажется на двух праздниках сразу",
        "заказы тортов и кейтеринга ведет {NAME}, вот и обсудите напрямую, как заявка будет уходить в кондитерскую",
        "{FIRST}, секундочку, тут весь этаж хором поздравляет именинника, я выйду в коридор, так, теперь слышу, продолжайте",
    ],
    "en": [
        # phone
        "our head host spends every weekend in a pirate costume and can't pick up in those gloves, so catch her on weekdays, {PHONE}",
        "the baker who does our custom cakes wants to hear about the kids' allergies by voice, not dig them out of an order, here's her number, {PHONE}",
        "i keep the helium supplier's number scrawled in felt tip on a balloon above my desk, silly, but it never gets lost, {PHONE}",
        "texts about new party room bookings should land with the duty manager at the trampoline arena, {PHONE}, he's the first one in to open the hall",
        "every wristband the kids get at the door carries the centre's number, {CPHONE}, that's how parents book their parties",
        # e-mail
        "upload the party photos our photographer takes to him at {EMAIL}, he puts the albums together for the parents himself",
        "copy the monthly hosts' schedule to our coordinator at {EMAIL}, she splits the shifts among the students",
        "i'll spell the address out, ready? {EMAIL}, that's where the parents' feedback piles up after every party",
        # card
        "the subscription can come out of the card that pays for party hats, poppers and balloons, here it comes, {CARD}",
        "the card slipped into the box of wristbands, took me a while to fish it out, here, {CARD}",
        "charge it to the card of the centre's owner, {NAME}, it was left with me for the holidays, the digits are {CARD}",
        # name
        "nobody but {NAME} moves hosts around the schedule, otherwise we end up with one clown booked at two parties at once",
        "{NAME} handles the cake and catering orders, so sort out with them directly how the request will reach the bakery",
        "{FIRST}, one second, the whole floor is singing to the birthday girl, let me step into the corridor, right, i can hear you now, go on",
    ],
}
NOPII_T = {
    "ru": [
        "номер брони на батутную арену {BADCARD}, назовите его на ресепшене, и детям выдадут браслеты",
        "заводской номер аппарата для сахарной ваты {BADCARD}, он у нас еще на гарантии",
        "выпускной у начальной школы гуляем {DATE}, дети заходят на площадку {TIME}",
        "{QTY} у вас, говорите? тогда одного планшета на ресепшене за глаза хватит",
        "ростовую куклу единорога на один праздник берем в прокат за {PRICE}, и это с доставкой",
        "баллоны с гелием поставщик привозит {DATE}, разгружают их {TIME}, пока зал закрыт",
    ],
    "en": [
        "the trampoline arena booking is under {BADCARD}, say it at the front desk and the kids get their wristbands",
        "the serial stamped on the cotton candy machine reads {BADCARD}, it's still under warranty",
        "the primary school's end of year party is {DATE}, the kids come onto the floor {TIME}",
        "{QTY}, you said? then one tablet at the front desk is plenty",
        "we rent a unicorn mascot costume for one party at {PRICE}, delivery included",
        "the supplier brings the helium cylinders {DATE}, they get unloaded {TIME} while the hall is shut",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "ваш батутный парк и игровая комната этажом ниже в том же торговом центре пойдут по одной лицензии, и вторая площадка встанет вам на {P} дешевле",
        "если разрешите водить к вам на ресепшен наших будущих клиентов, чтобы они посмотрели систему вживую, цена для вас опустится на {P}",
        "агентствам, у которых нет своей площадки и аниматоры только выезжают на дом, мы урезаем тариф на {P}",
        "напечатаете наш логотип мелко на входных браслетах, и за такую рекламу мы снимем с абонентки {P}",
        "если управляющая компания торгового центра, где вы арендуете, подключит через нас все свои детские зоны, ваша часть счета уменьшится на {P}",
        "возьмите с соседним агентством одну подписку на двоих и ведите общий график аниматоров, и каждый из вас сэкономит {P}",
        "вы с нами с самого запуска, поэтому на продление выпишу вам {PA} поблажку",
        "мы как раз ищем, где устроить новогодний праздник для детей наших сотрудников, проведете его у себя, и я зачту это как минус {P} с годового счета",
        "пока у вас не кончился договор со старой системой, платить дважды вы не будете, первые месяцы счет у нас будет меньше порядка {PG}",
    ],
    "en": [
        "your trampoline park and the play room one floor down in the same mall go under one licence, and you pay {P} under the normal price for the second site",
        "allow us to bring prospective clients to your front desk to see the system working live, and your price drops {P}",
        "agencies with no venue of their own, whose hosts only go out to homes, get the plan trimmed by {P}",
        "print our logo small on your entry wristbands and we'll count that advertising as {P} off your fee",
        "if the mall management you lease from signs up all its kids' zones through us, your part of the bill gets {P} smaller",
        "take one subscription with the agency next door and share a single hosts' schedule, and each of you saves {P}",
        "you've been with us since launch, so your renewal gets a {P} break from me",
        "we're looking for somewhere to hold the new year party for our staff's kids, host it at yours and i'll count it as {P} off your annual bill",
        "while your contract with the old system is still running you won't pay twice, for the first months our bill comes in around {P} smaller",
    ],
}
HALF_T = {
    "ru": ["если аниматоры работают у вас только по выходным, их расписание в системе стоит ровно половину будничного тарифа",
           "кассу с браслетами для летней уличной площадки, которая открыта три месяца в году, отдаем вам за половину"],
    "en": ["if your hosts only work weekends, their schedule in the system costs exactly half the weekday rate",
           "the wristband till for your outdoor summer area, open three months a year, we let you have for half"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за праздничную комнату вы удерживаете с родителей депозит {P}, и если праздник отменили заранее, система вернет его сама",
        "кондитерская берет {P} сверху за фигурки из мастики на торте, это их наценка, к нашей подписке она отношения не имеет",
        "из всех праздников, что идут через систему, {P} бронируют в последние три дня перед датой, поэтому онлайн запись и нужна",
        "на второго ребенка из одной семьи вы сами делаете {P} скидки на вход, касса посчитает ее без администратора",
        "оптовик с шарами и гелием дает вам уступку {P}, в закупках она просто уменьшит сумму накладной",
        "налог с каждого проданного браслета у вас {P}, касса уже закладывает его в чек",
        "в субботу и воскресенье вход у вас на {P} дороже, прайс в системе переключится сам в пятницу вечером",
        "загрузка батутных арен по субботам у наших клиентов выросла против прошлого года на {P}",
    ],
    "en": [
        "you hold back a {P} deposit from parents for the party room, and if the party is cancelled in good time the system refunds it by itself",
        "the bakery adds {P} for sugar paste figures on a cake, that's their markup and it's separate from our subscription",
        "of all the parties booked through the system, {P} come in during the last three days before the date, which is why online booking matters",
        "you give families {P} off entry for a second child yourselves, the till works it out without an admin",
        "the balloon and helium wholesaler gives you a {P} concession, in purchasing it just lowers the delivery note total",
        "the tax on each wristband you sell is {P}, the till already builds it into the receipt",
        "entry costs {P} more at yours on saturdays and sundays, the price list in the system switches over by itself on friday evening",
        "saturday occupancy at our clients' trampoline arenas is up {P} on last year",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы агентство из двух аниматоров и одного костюма ростовой куклы, не скостите нам {P}?",
            "нет, цена у нас зависит от числа броней, а не от размера агентства, так что снимать тут нечего")],
    "en": [("we're two hosts and one mascot costume, that's the whole agency, could you let us have {P} off?",
            "no, the price goes by the number of bookings, not by how big the agency is, so there's nothing to take off")],
}
CHANNEL_T = {
    "ru": [
        "если касса с браслетами зависнет, в поддержку не пишите, там каждая жалоба идет в статистику, перешлите сообщение об ошибке прямо в мой собственный профиль в {MSG}, я тихо поправлю",
        "на рабочий номер у нас сначала отвечает робот с меню, пока пробьетесь, праздник закончится, звоните мне сразу на мой собственный, {PPHONE}",
        "пробный период продлю вам неофициально, на пару недель сверху, только просьбу киньте не в офис, а на ящик, про который начальство не знает, {PEMAIL}",
        "мы же с вами в одном родительском чате класса, так что найдите меня в {MSG} и пишите туда, я там со своего номера, а не от компании",
        "рабочий ноутбук у меня еще недели три в ремонте, так что договор и акты шлите на почту, которой я пользуюсь дома, {PEMAIL}",
        "в декабре, когда елки у вас идут одна за другой, на линии поддержки очередь по часу, а на мой собственный сотовый, {PPHONE}, очереди нет, он у меня в кармане",
        "у меня самого доля в батутном парке, так что давайте как владелец с владельцем, созвонимся по моей личной трубке, {PPHONE}, без офиса",
    ],
    "en": [
        "if the wristband till hangs, don't write to support, every complaint there goes into the stats, forward the error straight to my private profile on {MSG} and i'll sort it quietly",
        "our work number answers with a robot menu first, by the time you get through the party's over, so dial my own number instead, {PPHONE}",
        "i'll stretch your trial unofficially by a couple of weeks, just send the request to the address i keep for private mail, not the office one, {PEMAIL}",
        "we're in the same class parents' chat anyway, so just find me on {MSG} and write there, i'm on it from my own number, not a company one",
        "my work laptop is in for repair for the next few weeks, so send the contract and the signed papers to the mailbox i use at home, {PEMAIL}",
        "in december, with new year parties back to back, the support queue runs an hour, but my private cell, {PPHONE}, skips the queue, it lives in my pocket",
        "i've got a stake in a trampoline park myself, so let's talk owner to owner, on my private line, {PPHONE}, leaving the office out of it",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "подтверждение брони и схему проезда родители получают в {MSG} от официального бота нашей платформы, вручную их никто не пишет",
        "если считыватель на турникете перестал видеть браслеты, звоните на аппаратную линию компании, {CPHONE}, инженеры на смене перезапустят его удаленно",
        "заказы на печать браслетов с вашим логотипом принимает отдел производства компании на общий адрес, {CEMAIL}, там по очереди отвечают несколько менеджеров",
        "официальное сообщество нашей компании в {MSG} собирает владельцев детских центров, там мы разбираем, как поднять загрузку в будни",
    ],
    "en": [
        "parents get the booking confirmation and directions on {MSG} from our platform's official bot, nobody types those by hand",
        "if the turnstile reader stops seeing wristbands, call the company's hardware line, {CPHONE}, the engineers on shift will restart it remotely",
        "print orders for wristbands with your logo go to the company's production department at the shared address, {CEMAIL}, several managers answer there in turn",
        "our company's official community on {MSG} brings kids' centre owners together, that's where we go over how to fill the weekdays",
    ],
}
NOT_PRESSURE = {
    "ru": ["сравните нас спокойно с другими системами, хоть с тремя, а потом, если захотите, созвонимся",
           "бумажный журнал броней пока не выбрасывайте, ведите оба параллельно, пока сами не убедитесь",
           "обсудите с совладелицей, когда схлынут новогодние елки, подгонять вас я не стану"],
    "en": ["line us up against other systems, three of them if you like, and only then, if you feel like it, give me a ring",
           "no need to throw out the paper booking book yet, keep both side by side until you're convinced yourself",
           "once the new year parties die down, go through it with your co owner, you won't hear me nagging in the meantime"],
}
