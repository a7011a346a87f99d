"""Sentence templates for the "test78" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and stable-management platform for
horse-riding stables (riding lessons booked by rider level, trail rides at
weekends, horse livery and boarding for private owners, hay and bedding
deliveries, farrier and vet visits logged on each horse's card) to stable
owners, head grooms, riding instructors, trail guides, front desk staff and
livery clients. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test76.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
farrier who keeps his own list of horses due for reshoeing and should get the
reminders, the head groom out in the paddocks who only reads texts about
cancelled lessons, the dressage instructor whose beginners' parents need to
reach her, a freelance vet whose mobile belongs on every horse's card, the
riding club's number on the board at the gates next to the trail ride
timetable; hay and shavings invoices for the bookkeeper who checks the tonnage
against what was unloaded at the hay barn, the monthly feed and turnout report
for livery owners copied to the owner, the show jumping coach's inbox for show
entries; the card that pays the farrier and the vet, a caller pulling off
grooming gloves before reading a card, the club owner's card left in the tack
room; the only person allowed to move horses between stalls and change their
feed, the guide who leads weekend trail rides through the woods, a caller
holding a mare that is barging out of her stall; distractors with the number
on a hay delivery note, a gelding's microchip, the vet's vaccination round,
the size of the yard, an hour with a coach on the price list and a show
jumping competition with the riders' warm up; discounts framed as riders
booking weekend trail rides from the client's own site with the vendor's
booking button instead of ringing the front desk, the indoor arena timetable
dropped for a yard with only an outdoor arena, a short film about the yard for
the vendor's website, the head groom moving vaccination and shoeing records
over from the notebook, a reduced rate for privately owned livery horses, one
more yard brought in from the riding federation, a concession locked in for
signing before the summer trail season, a lower commission on hay and bedding
orders and the children's pony club added with the whole bill sharpened by a
given share; half price as lead rein ponies for children and a visiting
vaulting coach on sundays; non-offers about a deposit that holds a trail ride
booking, the bank's card fee on online lesson payments, hay going up since
last spring, a shavings supplier's reduction for a full lorry load, trial
lesson riders who buy a lesson pass, a late livery payment penalty, lameness
from overdue shoeing and insurance priced on a horse's valuation; a family
yard asking for a cut; personal channels as a rep who rides himself and keeps
a horse at a club nearby and is on his personal messenger profile at weekends,
a rep's own mobile for arranging a trail ride together, horse photos sent to
the address where the rep keeps all the mail about his own horse, an urgent
cancellation of every booking when a horse goes lame sent to the rep's
messenger account registered on his own number, a livery offer sent from the
rep's private e-mail so management cannot turn it down, help with the
federation export done privately on the rep's cell, and finding a buyer for an
old gelding through the rep's acquaintances on his personal number; company
channels as booking confirmations from the company's verified business account
in a messenger, the company's engineers on call for a weekend morning when the
ride timetable will not load, the support team's common inbox for vet
certificates and the company's official messenger community for stable owners;
polite closings as waiting for the summer season to wind down, letting the
head groom try logging feeds, and talking it over with the co-owner over an
evening cup of tea).

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
    ("никифор", "подковин", "филиппович"),
    ("февронья", "уздечкина", "оникиевна"),
    ("панкратий", "стремянников", "христофорович"),
    ("соломонида", "тарпанова", "хрисогоновна"),
    ("серапион", "рысаков", "фрументьевич"),
    ("ульяния", "попонова", "осиевна"),
    ("федот", "шорников", "януарьевич"),
    ("олимпиодора", "чепракова", "нифонтьевна"),
    ("урван", "першеронов", "сисоевич"),
    ("томаида", "шенкелева", "шамильевна"),
]
EN_NAMES = [
    ("zephyr", "palfrey"),
    ("myfanwy", "stableford"),
    ("warrick", "shoesmith"),
    ("solveig", "trotman"),
    ("murdo", "strawbridge"),
    ("pomona", "rideout"),
    ("reinhold", "marefield"),
    ("ninette", "wrangham"),
    ("thorsten", "ponsonby"),
    ("yseult", "stallworth"),
]
RU_LAT = {"никифор": "nikifor", "подковин": "podkovin", "февронья": "fevronya", "уздечкина": "uzdechkina",
          "панкратий": "pankratiy", "стремянников": "stremyannikov", "соломонида": "solomonida",
          "тарпанова": "tarpanova", "серапион": "serapion", "рысаков": "rysakov", "ульяния": "ulyaniya",
          "попонова": "poponova", "федот": "fedot", "шорников": "shornikov", "олимпиодора": "olimpiodora",
          "чепракова": "cheprakova", "урван": "urvan", "першеронов": "persheronov", "томаида": "tomaida",
          "шенкелева": "shenkeleva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "коваль у нас сам ведет список лошадей, которым подходит срок перековки, так что напоминания из системы пусть летят прямо ему, вот его трубка, {PHONE}",
        "старший конюх весь день то на леваде, то в денниках, до компьютера он не доходит, поэтому про отмененные занятия ему надо слать эсэмэски, {PHONE}",
        "тренер по выездке, которая по субботам ведет новичков, просила, чтобы родители учеников могли до нее дозвониться, сейчас прочитаю, {PHONE}",
        "ветеринар к нам ездит частный, не из клиники, так что его мобильный стоит сразу вбить в карточку каждой лошади, {PHONE}",
        "на воротах конного клуба прибит щит с расписанием прогулок и номером клуба, {CPHONE}, по нему всадники и записываются на маршруты выходного дня",
        # e-mail
        "счета за сено и опилки поставщик пусть отправляет нашему бухгалтеру, {EMAIL}, она сверяет тонны с тем, что на самом деле сгрузили у сенника",
        "ежемесячный отчет по кормам и выгулу, который уходит владельцам лошадей на постое, ставьте в копию мне, {EMAIL}, мне важно видеть, что им отправили",
        "{EMAIL}, это ящик нашего тренера по конкуру, на него пусть сыплются заявки на старты и протоколы с результатами учеников",
        # card
        "абонентскую плату списывайте с карты, что у нас идет на расчеты с ковалем и ветеринаром, переворачиваю, читаю, {CARD}",
        "обождите, я еще в перчатках для чистки, стяну их, а то карту выроню, ага, вот, {CARD}",
        "рассчитываться будет хозяйка клуба, {NAME}, свою карту она оставила мне в амуничнике, диктую с лицевой стороны, {CARD}",
        # name
        "право переводить лошадей из денника в денник и менять им рацион в программе будет только у одного человека, это {NAME}, остальные пусть просто смотрят",
        "прогулки по лесу на выходных водит {NAME}, поэтому список записавшихся на маршрут пусть уходит этому проводнику еще с вечера",
        "{FIRST}, секундочку, кобыла ломится из денника, придержу ее за недоуздок, и продолжим, только не отключайтесь",
    ],
    "en": [
        # phone
        "our farrier keeps his own list of horses coming due for reshoeing, so the system's reminders ought to go right to his mobile, {PHONE}",
        "the head groom is out in the paddocks or mucking out stalls all day and never gets near a computer, so cancelled lessons have to land on his phone as texts, {PHONE}",
        "the dressage instructor who takes the beginners on saturdays asked that her pupils' parents be able to get through to her, let me read it off, {PHONE}",
        "our vet is freelance, not from a practice, so his mobile is worth keying into every horse's card right away, {PHONE}",
        "there's a board nailed to the riding club gates with the trail ride timetable and the club's number, {CPHONE}, that's how riders sign up for the weekend routes",
        # e-mail
        "the supplier should send the hay and shavings invoices over to the lady who does our accounts, {EMAIL}, she weighs the tonnage up against what actually came off the lorry at the hay barn",
        "the monthly feed and turnout report that goes to the livery owners, copy me in on it, {EMAIL}, i like to see what they've been sent",
        "{EMAIL}, that's our show jumping coach's inbox, let the show entries and the result sheets for the pupils pour in there",
        # card
        "bill the platform to the card we settle up with the farrier and the vet on, i'm flipping it over, there we are, {CARD}",
        "hold on, i've still got my grooming gloves on, let me tug them off or i'll drop the card, okay, here, {CARD}",
        "the club's owner is settling this, {NAME}, her card got left with me in the tack room, here goes, {CARD}",
        # name
        "moving horses from stall to stall and changing their feed in the program should be left to {NAME} alone, everyone else gets view only",
        "{NAME} leads the trail rides through the woods at weekends, so the list of riders signed up for a route should reach that guide the evening before",
        "{FIRST}, sorry, hang fire, the mare's shoving her way out of the stall, let me grab her by the headcollar and we'll carry on, don't ring off",
    ],
}
NOPII_T = {
    "ru": [
        "накладная на сено от поставщика идет под номером {BADCARD}, по ней при разгрузке пересчитывают тюки",
        "номер чипа у нашего мерина {BADCARD}, ветеринар сверяет его перед каждой прививкой",
        "ветеринар приедет на плановую вакцинацию {DATE}, лошадей попросил завести в денники {TIME}",
        "если я верно записал, у вас {QTY}, под это с лихвой подойдет начальный пакет",
        "час занятия один на один с тренером в вашем прайсе значится как {PRICE}, такую цену и поставим в расписание",
        "соревнования клуба по конкуру пройдут {DATE}, разминка всадников начнется {TIME}",
    ],
    "en": [
        "the hay supplier's delivery note goes under number {BADCARD}, the bales get counted against it at unloading",
        "our gelding's microchip number is {BADCARD}, the vet checks it before every jab",
        "the vet is coming out for the routine vaccinations {DATE}, he asked for the horses to be brought into their stalls {TIME}",
        "if i've got it down right, you have {QTY}, the starter package will cover that size",
        "a one to one hour with a coach is listed by you at {PRICE}, we'll carry that figure straight into the timetable",
        "the club's show jumping competition takes place {DATE}, the riders' warm up kicks off {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если всадники начнут сами записываться на прогулки выходного дня с вашего сайта, через нашу кнопку брони, а не названивать администратору, ежемесячный платеж поджму на {P}",
        "у вас ведь только открытый плац, крытого манежа нет, значит расписание манежа вам без надобности, уберу его из пакета и сбавлю цену на {P}",
        "разрешите нашей команде снять у вас на конюшне короткий ролик для нашего сайта, как вы работаете в системе, а я за это подрежу годовой счет на {P}",
        "если карточки лошадей с прививками и ковкой ваш старший конюх перенесет из тетради сам, подключение станет дешевле на {P}",
        "лошадей частных владельцев, которые стоят у вас на постое, пропишу по льготной ставке, за каждую такую голову заплатите на {P} меньше против прокатной",
        "соседний клуб уже работает с нами, приведите еще одну конюшню из вашей федерации, и каждому из вас ставка опустится на {P}",
        "подпишете договор до открытия летнего сезона прогулок, и я закреплю за вашим клубом {PA} уступку по абонентской плате на весь сезон",
        "заказы сена и подстилки через нашу площадку идут с комиссией, так вот для вашей конюшни я ее убавлю на {P}",
        "заведите в систему заодно и детский пони клуб, тогда я урежу весь счет в пределах {PG}",
    ],
    "en": [
        "if riders start booking the weekend trail rides off your own site with our booking button instead of phoning the front desk, i'll pinch {P} off your monthly charge",
        "you've only got an outdoor arena, no indoor school, so why pay for the indoor timetable, i'll lift it out of the package and the price drops {P}",
        "let our team film a short clip at your yard for our website about how you run things on the system, and in return i'll shave the yearly invoice by {P}",
        "if your head groom moves the horses' vaccination and shoeing records over from the notebook himself, the connection fee falls {P}",
        "the privately owned horses on livery with you i'll put on a concession rate, each of those heads comes in {P} under a riding school horse",
        "the club down the road already works with us, bring in one more yard from your riding federation and the rate for each of you goes down {P}",
        "sign before the summer trail season opens and i'll hold your club's subscription {P} below list for the whole season",
        "hay and bedding orders through our marketplace carry a commission, and for your yard i'll pare it back by {P}",
        "bring the children's pony club onto the system too, and i'll sharpen the whole bill, taking up to {P} off it",
    ],
}
HALF_T = {
    "ru": ["пони, на которых детей водят в поводу по кругу, мы посчитаем вдвое дешевле, чем рабочую лошадь",
           "лицензию для приходящего тренера, который ведет у вас одну вольтижировку по воскресеньям, отдам за половину полной стоимости"],
    "en": ["the ponies the kids get led round on are charged at half a working horse's rate on the system",
           "a licence for the visiting coach who only runs vaulting for you on sundays i'll let go for half the full price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "чтобы бронь на конную прогулку держалась, клиент вносит задаток {P}, остальное администратор примет уже на конюшне",
        "комиссия банка за онлайн оплату занятий картой составляет {P}, ее удерживает банк, а не мы",
        "с прошлой весны сено в вашем районе подорожало на {P}, и платформа сама пересчитает стоимость постоя по новым закупкам",
        "поставщик опилок уступает вам {P} за целую фуру, в закупках система проведет это отдельной строкой",
        "по нашим клубам примерно {P} тех, кто пришел на пробное занятие, потом покупают абонемент на езду",
        "владелец, который задержал оплату постоя, по вашему договору платит пени {P} за каждую неделю просрочки",
        "по данным ветеринаров, {P} случаев хромоты связаны с просроченной ковкой, поэтому напоминания о ковке включены с первого дня",
        "страховка лошади на выездах обходится владельцу в {P} от ее оценочной стоимости за год, полис можно прикрепить к карточке",
    ],
    "en": [
        "to hold a trail ride booking a rider leaves a {P} deposit, the rest gets paid at the yard",
        "the bank's fee for taking lesson payments by card online is {P}, the bank keeps that, not us",
        "hay prices in your area have climbed {P} since last spring, and livery costs get recalculated from the new purchases automatically",
        "the shavings supplier knocks {P} off for a full lorry load, the system books that as its own line under purchases",
        "across our clubs roughly {P} of people who come for a trial lesson go on to buy a riding pass",
        "an owner who falls behind on livery payments owes a {P} penalty for each week overdue under your contract",
        "according to the vets, {P} of lameness cases come down to overdue shoeing, which is why farrier reminders are switched on from day one",
        "insuring a horse for away shows costs the owner {P} of its valuation a year, the policy can be attached to the horse's card",
    ],
}
CLIENT_ASK_T = {
    "ru": [("конюшня у нас семейная, лошадей всего ничего, может, сбросите нам {P}?",
            "не получится, тариф считается за каждую лошадь в системе, и для семейной конюшни он такой же, как для большого клуба")],
    "en": [("we're a family yard with just a handful of horses, is there any give on the price, say {P}?",
            "that won't fly, every horse on the system is billed the same, a family yard pays what a big club pays")],
}
CHANNEL_T = {
    "ru": [
        "я и сам езжу верхом, у меня своя лошадь стоит в клубе неподалеку от вас, так что по выходным ищите меня не в офисе, а в {MSG}, профиль у меня там личный",
        "а давайте как нибудь вместе проедем ваш лесной маршрут, сами посмотрите, как гид отмечает всадников в приложении, день согласуем по моему личному, {PPHONE}",
        "фотографии лошадей для карточек, с мастью и отметинами, кидайте на адрес, где у меня вся переписка про мою собственную лошадь, {PEMAIL}, на выходных сам все разберу",
        "если лошадь захромала и всю запись на прогулки надо срочно снять, поддержку не ждите, стучите мне в {MSG}, аккаунт привязан к моему собственному номеру, отменю хоть из дома",
        "предложение по постою с особыми ценами я вам отправлю не с рабочего адреса, а со своего, {PEMAIL}, чтобы руководство его не завернуло",
        "если хотите, чтобы я лично помог настроить выгрузку в федерацию конного спорта, звоните на мой сотовый, {PPHONE}, это я делаю уже от себя, не через компанию",
        "насчет того, чтобы найти покупателя на вашего старого мерина через моих знакомых, давайте по моему личному номеру, {PPHONE}, к компании это отношения не имеет",
    ],
    "en": [
        "i ride myself, my own horse is stabled at a club not far from you, so at weekends i'm at the yard, not the office, find me on {MSG}, under my own personal profile",
        "why don't we ride your woodland route together some time, you'll see how the guide checks riders in on the app, we'd fix a date over my personal mobile, {PPHONE}",
        "the horse photos for the cards, with colour and markings, drop them into the email i set up for my own horse's affairs, {PEMAIL}, at the weekend i'll sort through them myself",
        "if a horse goes lame and you need every trail booking pulled in a hurry, don't wait on support, ping me on {MSG}, i signed up there with my own sim, and i'll cancel from my sofa if need be",
        "i'll send you the livery offer with the special prices off my private email, {PEMAIL}, not the office one, so management doesn't knock it back",
        "if you'd like me to help set up the export to the equestrian federation personally, ring my cell, {PPHONE}, that's something i do on my own account, not through the company",
        "as for finding a buyer for your old gelding through people i know, let's keep that to my personal number, {PPHONE}, the company isn't involved in that",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "подтверждение брони на прогулку клиент получает в {MSG} от официального аккаунта нашей компании, вашему администратору ничего не нужно делать руками",
        "если в выходной с утра расписание прогулок не грузится, звоните дежурным инженерам компании, {CPHONE}, они на месте и по воскресеньям",
        "ветеринарные справки для соревнований можно присылать на общий адрес службы поддержки компании, {CEMAIL}, их разбирает любой свободный специалист",
        "владельцев конюшен компания собрала в официальном сообществе в {MSG}, там появляются инструкции по новым функциям и записи вебинаров",
    ],
    "en": [
        "the booking confirmation reaches the rider on {MSG} through the company's verified business account, your front desk doesn't lift a finger",
        "if the ride timetable won't load on a weekend morning, phone the company's engineers on call, {CPHONE}, they're on even on sundays",
        "vet certificates for competitions can be sent to the company support team's common inbox, {CEMAIL}, whichever specialist is free picks them up",
        "the company keeps stable owners together in its official {MSG} community, guides to new features and webinar recordings appear there",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь, пока закончится летний сезон и схлынут прогулки, а потом спокойно решите, нужна ли вам система вообще",
           "дайте старшему конюху попробовать отмечать кормления в приложении, не приживется у него, значит не судьба, я не обижусь",
           "обсудите с совладельцем за вечерним чаем, а ответ дадите, когда созреете, хоть через месяц"],
    "en": ["wait until the summer season winds down and the trail rides thin out, then decide calmly whether you need the system at all",
           "let your head groom have a go at logging feeds in the app, if it doesn't take with him, then it wasn't meant to be, no hard feelings",
           "sit down with your fellow owner over an evening cup of tea, weigh it up, and ring me whenever you've settled it, even if it takes a month"],
}
