"""Sentence templates for the "test88" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a repair-ticket, parts and client-notification
platform to watch and clock repair workshops and jewellery engraving studios
(mechanical watch servicing, battery and strap changes, antique wall and
mantel clocks collected from homes, engraving of rings and trophies, parts
ordered from abroad and held at customs, valuations for insurance, items left
for months uncollected) to workshop owners, watchmakers at the bench, an
engraver, a courier who collects grandfather clocks, an appraiser, collectors,
an antique dealer and an outside bookkeeper. No earlier part is set in this
trade. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test86.py (rare ru
calendar first names, ru surnames built on watch and clock words, rare ru
patronymics, en first names of Scottish Gaelic stock, en surnames built on
watch and clock words), and verbs, introducing words and sentence shapes that
differ from earlier parts (the courier with a soft walled van who agrees the
goods lift with each client before he takes a grandfather clock away, an
appraiser who leaves for the auction rooms after lunch and can only be caught
in the morning, the last retired master in town who still takes on chiming and
repeater watches and never reads messages, a collector who must get a call
before any case is opened when a repair runs over the estimate, the workshop's
number embroidered in gold thread on the velvet pouch finished watches go home
in; an antique dealer who takes pieces left uncollected for half a year on
commission and wants their list monthly, a bookkeeper whose own firm keeps the
books of ten other workshops and needs the workshop's name in the subject of
customs papers, an address put first as the engraver's who checks every
letter before the graver touches metal; a card read out with a loupe still in
the eye and clock oil on the fingers, a card kept in the safe with the
clients' watches behind a time lock, a collector named before his own card
because he talked the workshop into the software; the one person who decides
what happens to pieces past their storage term, the person who tracks parts
parcels through customs, a caller who must ring back because thirty clocks on
the workshop wall are about to strike noon; distractors with a movement's
calibre number for a balance staff, a parcel tracking number stuck at
customs, a grandfather clock collected once the client has taken off the
pendulum and weights, the size of the workshop for choosing a plan, the price
of a battery change with a water resistance test and an appraiser's visit to
a collection of mantel clocks; discounts framed as the workshop's repair price
list used as the sample for new workshops, ordering foreign parts through the
company's delivery partner, paying a year ahead in the quiet february after
the holiday rush, trying a photo at intake module that the client signs under,
letting support trainees watch a real watchmaker at work, a short story about
the workshop's restorations in the company's news, bringing both shopping
centre counters along with the workshop, talking the master the owner
learned the craft from into trying the software, and an introduction to the
engraving studio next door, with the cut put as a price set below the
published one, a fee whittled down, a share of the sum simply not charged,
moving on price, money left in the client's pocket, a plan marked down, an
adjustment in the client's favour written into the contract, a clean amount
off the top and being let off part of the payment; half price as a courier's login that only
moves clocks and a seat for an engraver who comes in on saturdays; non-offers
about customs duty on swiss parts going up, the market value of a model
rising for an insurance valuation, a deposit taken before an antique clock
leaves a client's home, the share of watches left uncollected, balance
amplitude after a service, a supplier's charge for rush shipping, the antique
dealer's commission and warranty returns caused by moisture after battery
changes; a workshop whose shelves are full of unpaid, uncollected repairs
asking for a cut and told the price stays while reminders will help; personal
channels as a recording of a watch ticking sent to the rep's personal
messenger for his watchmaker father to hear, a friend who brings straps and
crystals in a suitcase discussed on the rep's mobile, photos of uncollected
watches sent to the rep's own mailbox because he collects pocket watches, a
special contract term kept off the recorded line, an insurance policy scan
sent to the rep's private address for an appraiser he knows, a rep leaving to
start his own business, and a cousin's price list for engraving tools sent in
a private chat; company channels as repair status messages from the company's
verified account with a button to approve the estimate, the company's free
support line tied to the contract, the migration team's shared address for
photos of old ledger pages and the company's official channel for watch
workshops about parts import rules; polite closings as a month's trial on
batteries and straps alone, talking it over with the engraver and the
bookkeeper, and picking it up in the second half of january after the gift
engraving rush).

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
    ("диомид", "циферблатов", "анемподистович"),
    ("агафоклия", "маятникова", "авраамиевна"),
    ("мартиниан", "анкеров", "варипсавович"),
    ("ксанфиппа", "курантова", "гордиевна"),
    ("селиверст", "шестеренкин", "дасиевич"),
    ("калисфения", "ремешкова", "софрониевна"),
    ("каллист", "хронометров", "исаакиевич"),
    ("лампадия", "гравировкина", "феопистовна"),
    ("сосипатр", "балансиров", "фрументиевич"),
    ("кикилия", "будильникова", "иувеналиевна"),
]
EN_NAMES = [
    ("calum", "clockwright"),
    ("eilidh", "pendulby"),
    ("struan", "dialsworth"),
    ("morag", "escapley"),
    ("ruaridh", "bezelton"),
    ("seonaid", "chimewell"),
    ("somerled", "tickerton"),
    ("catriona", "winderby"),
    ("alasdair", "crownley"),
    ("ailsa", "cogsley"),
]
RU_LAT = {"диомид": "diomid", "циферблатов": "tsiferblatov", "агафоклия": "agafokliya",
          "маятникова": "mayatnikova", "мартиниан": "martinian", "анкеров": "ankerov",
          "ксанфиппа": "ksanfippa", "курантова": "kurantova", "селиверст": "seliverst",
          "шестеренкин": "shesterenkin", "калисфения": "kalisfeniya", "ремешкова": "remeshkova",
          "каллист": "kallist", "хронометров": "khronometrov", "лампадия": "lampadiya",
          "гравировкина": "gravirovkina", "сосипатр": "sosipatr", "балансиров": "balansirov",
          "кикилия": "kikiliya", "будильникова": "budilnikova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "напольные часы из квартир у нас забирает один курьер, у него фургон с мягкими стенками и ремни, клиенты сами договариваются с ним про грузовой лифт, так что в уведомление о вывозе подставляйте его мобильный, {PHONE}",
        "оценщик, который пишет нам заключения для страховых, после обеда уезжает на торги, ловить его надо до полудня, вот его трубка, {PHONE}",
        "в городе остался один мастер, который еще берется за часы с боем и репетиром, он на пенсии, сообщений не читает, только голос, так что заказы ему передаем звонком, {PHONE}",
        "коллекционер, у которого у нас на обслуживании два десятка карманных часов, поставил условие, если ремонт выходит дороже сметы, сначала звонок ему, и только потом вскрываем корпус, телефон у него {PHONE}",
        "на бархатном мешочке, в котором мы отдаем готовые часы, золотой ниткой вышит общий номер мастерской, {CPHONE}, по нему клиенты и звонят, когда через год часы начинают отставать",
        # e-mail
        "антиквар, которому мы сдаем на комиссию часы, пролежавшие у нас невостребованными больше полугода, раз в месяц хочет получать их список с фотографиями, шлите ему на {EMAIL}",
        "бухгалтер у нас не своя, ее фирма ведет еще десяток мастерских, поэтому инвойсы от заграничных поставщиков и таможенные декларации отправляйте ей с нашим названием в теме письма, адрес {EMAIL}",
        "{EMAIL}, это почта нашего гравера, туда пусть уходят тексты надписей для колец и кубков, он сверяет каждую букву, прежде чем резец коснется металла",
        # card
        "секунду, у меня лупа в глазу и пальцы в часовом масле, дайте механизм под колпак накрою и руки вытру, так, карта, диктую, {CARD}",
        "карта мастерской лежит в сейфе вместе с часами клиентов, а сейф у нас открывается с задержкой в пару минут, подождите, ага, щелкнул, записывайте, {CARD}",
        "оплату берет на себя {NAME}, это коллекционер, который нас и уговорил перейти на вашу программу, сказал, пусть списывают с моей, вот его карта, {CARD}",
        # name
        "решать, что делать с часами, которые никто не забрал после срока хранения, у нас может только {NAME}, так что напоминания о невостребованных пусть система шлет одному этому человеку",
        "посылки с запчастями из за границы у нас отслеживает {NAME}, впишите это имя ответственным за поставки, чтобы трек номера и письма с таможни шли туда",
        "{FIRST}, простите, перезвоню минут через пять, у нас на стене мастерской три десятка часов сейчас разом начнут бить полдень, я вас просто не услышу",
    ],
    "en": [
        # phone
        "grandfather clocks get collected from people's flats by one courier of ours, he's got a van with padded sides and straps, and clients sort out the goods lift with him themselves, so put his mobile on the collection notice, {PHONE}",
        "the appraiser who writes our valuations for the insurers goes off to the auction rooms after lunch, you have to catch him before noon, this is his phone, {PHONE}",
        "there's one master left in town who still takes on chiming and repeater watches, he's retired, he never reads messages, voice only, so jobs get passed to him with a call, {PHONE}",
        "a collector who has a couple of dozen pocket watches in service with us made it a condition that if a repair runs over the estimate he gets a call first, and only then do we open the case, his phone's {PHONE}",
        "the velvet pouch we send finished watches home in has the workshop's main number embroidered on it in gold thread, {CPHONE}, that's what clients ring when a watch starts losing time a year later",
        # e-mail
        "the antique dealer who takes the watches left uncollected with us for over half a year on commission wants a monthly list of them with photos, send it over to him at {EMAIL}",
        "our bookkeeper isn't one of ours, her firm keeps the books for ten other workshops, so send her the invoices from the foreign suppliers and the customs declarations with our name in the subject line, the address is {EMAIL}",
        "{EMAIL}, that's our engraver's mail, the wording for rings and trophies should go there, he checks every letter before the graver touches the metal",
        # card
        "one second, i've got a loupe in my eye and clock oil on my fingers, let me put the movement under its dome and wipe my hands, right, the card, here goes, {CARD}",
        "the workshop card lives in the safe with the clients' watches, and the safe's on a time lock of a couple of minutes, hang on, there, it's clicked, take this down, {CARD}",
        "{NAME} is covering the payment, that's the collector who talked us into your software in the first place, he said put it on mine, so here's his card, {CARD}",
        # name
        "deciding what happens to watches nobody picks up after the storage term is up to {NAME} alone, so have the system send the uncollected reminders to that one person only",
        "parcels of parts from abroad are tracked here by {NAME}, enter that name as the one responsible for deliveries so the tracking numbers and the letters from customs go there",
        "{FIRST}, sorry, i'll ring you back in five minutes, there's thirty clocks on the workshop wall about to strike noon all at once and i won't hear a word you say",
    ],
}
NOPII_T = {
    "ru": [
        "на платине под циферблатом выбит номер калибра {BADCARD}, по нему поставщик подбирает новую ось баланса",
        "посылка с запчастями из германии идет под номером отслеживания {BADCARD}, по нему видно, что она третий день стоит на таможне",
        "курьер заберет у клиентки напольные часы {DATE}, подъедет {TIME}, маятник и гири она снимет заранее, мы ей объяснили как",
        "раз у вас {QTY}, то на первый год вам с головой хватит самого простого тарифа",
        "замена батарейки с проверкой на влагозащиту у вас стоит {PRICE}, эту услугу поставим в прайсе первой, ее берут чаще всего",
        "оценщик приедет описывать коллекцию каминных часов {DATE}, начнет {TIME}, к этому времени витрины лучше уже открыть",
    ],
    "en": [
        "the calibre number {BADCARD} is stamped on the plate under the dial, the supplier matches a new balance staff against it",
        "the parcel of parts from germany is travelling under tracking number {BADCARD}, and you can see from it that it's been sitting at customs for three days",
        "the courier is picking up the client's grandfather clock {DATE}, he'll be there {TIME}, she'll take the pendulum and the weights off beforehand, we've shown her how",
        "since you've got {QTY}, the simplest plan will do you more than enough for the first year",
        "a battery change with a water resistance test costs {PRICE} at yours, we'll put that service first on the price list, it's what people ask for most",
        "the appraiser is coming to list the collection of mantel clocks {DATE}, he'll start {TIME}, best have the display cases unlocked by then",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "дайте нам ваш прайс на ремонт как образец, который мы будем показывать новым мастерским, и я поставлю вам цену на {P} ниже той, что в прайсе у нас",
        "если запчасти из за границы будете заказывать через нашего партнера по доставке, а не через знакомых, вашу абонентскую плату я подрежу на {P}",
        "оплатите год вперед в феврале, когда после праздничных батареек и гравировок у вас затишье, и {P} от этой суммы я с вас просто не возьму",
        "возьмите на пробу наш новый модуль фотофиксации при приеме, где клиент сам расписывается под снимком царапин на корпусе, присылайте замечания, и я подвинусь вам по цене на {P}",
        "пустите пару раз в месяц к себе в мастерскую стажеров из нашей поддержки, пусть посмотрят, как настоящий часовщик работает в программе, и {P} от вашего счета останется у вас в кармане",
        "разрешите нам рассказать в новостях компании про ваши реставрации старинных часов, с фотографиями и вашим именем, и я приспущу вам тариф на {P}",
        "раз вы заводите к нам не только мастерскую, но и обе точки приема в торговых центрах, я пропишу вам в договоре {PA} поправку к прайсу в вашу пользу",
        "а если уговорите мастера, у которого вы сами учились ремеслу, попробовать нашу программу, я срежу с вашего тарифа ровно {P}",
        "сведете нас с вашей граверной мастерской по соседству, с которой вы делите клиентов, и если они подключатся, я освобожу вас от {PG} оплаты до конца года",
    ],
    "en": [
        "give us your repair price list as the sample we show new workshops, and i'll put you on a price {P} below the one we publish",
        "if you order your parts from abroad through our delivery partner rather than through people you know, i'll whittle your monthly fee down by {P}",
        "pay a year ahead in february, when things go quiet after the holiday batteries and engravings, and {P} of that sum i simply won't charge you",
        "take our new photo at intake module for a trial, where the client signs under a picture of the scratches on the case, send us your comments, and i'll move on price by {P} for you",
        "let a couple of trainees from our support team into your workshop twice a month to watch a real watchmaker use the software, and {P} of your bill stays in your pocket",
        "let us tell the story of your antique clock restorations in the company news, with photos and your name, and i'll mark your plan down {P}",
        "since you're bringing both counters in the shopping centres on board as well as the workshop, i'll write a {P} adjustment in your favour into the contract",
        "and if you talk the master you learned the trade from into trying our software, i'll take a clean {P} off the top of your plan",
        "put us in touch with the engraving studio next door that you share clients with, and if they sign up, i'll let you off {P} of the payment until the end of the year",
    ],
}
HALF_T = {
    "ru": ["учетная запись курьера, который только возит напольные часы и в квитанциях ничего не правит, будет стоить ровно половину обычной",
           "место гравера, который сидит у вас только по субботам, мы посчитаем за полцены"],
    "en": ["a login for the courier who only moves grandfather clocks about and never touches a ticket will cost exactly half a normal one",
           "the seat for the engraver who only comes in on saturdays we'll charge at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "пошлина на запчасти из швейцарии с этого месяца выросла на {P}, и программа сама пересчитает клиенту смету ремонта",
        "за год рынок поднял цену этой модели на {P}, поэтому оценщик обновит сумму в страховом заключении, а система напомнит клиенту переоформить полис",
        "за антикварные часы, которые ваш курьер везет из дома клиента, вы берете задаток {P} от сметы, и программа не даст закрыть квитанцию без отметки о нем",
        "{P} сданных часов у вас лежат невостребованными дольше полугода, и система будет сама раз в месяц напоминать этим людям",
        "после чистки и смазки амплитуда баланса обычно вырастает на {P}, и мастер заносит замер до и после в карточку часов",
        "поставщик из швейцарии добавляет {P} за срочную отправку, и клиент увидит в уведомлении, почему срок короче, а ремонт дороже",
        "антиквар оставляет себе {P} с каждой проданной им невостребованной вещи, а отчет посчитает, сколько из этого пришло мастерской",
        "{P} гарантийных возвратов после замены батарейки случаются из за влаги под стеклом, поэтому в квитанции есть отметка о проверке герметичности",
    ],
    "en": [
        "the duty on parts from switzerland has gone up {P} from this month, and the software recalculates the repair estimate for the client by itself",
        "the market has pushed the price of this model up {P} over the year, so the appraiser will update the sum in the insurance valuation and the system will remind the client to amend the policy",
        "for antique clocks your courier brings in from a client's home you take a deposit of {P} of the estimate, and the software won't let a ticket close without it being marked",
        "{P} of the watches handed in to you sit uncollected for more than half a year, and the system will remind those people once a month on its own",
        "after a clean and oil the balance amplitude usually goes up {P}, and the watchmaker logs the reading before and after on the watch's card",
        "the swiss supplier adds {P} for rush shipping, and the client sees in the notice why it's quicker and why the repair costs more",
        "the antique dealer keeps {P} of every uncollected piece he sells, and the report works out how much of it came back to the workshop",
        "{P} of warranty returns after a battery change come down to moisture under the crystal, which is why the ticket has a box for the water resistance test",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня половина полок забита часами, которые месяцами никто не забирает, а за ремонт мне еще не заплатили, может, подвинетесь для меня на {P}?",
            "понимаю вас, но цену я трогать не стану, зато как раз программа с напоминаниями поможет этих клиентов наконец дозваться")],
    "en": [("half my shelves are full of watches nobody's collected for months and i haven't been paid for those repairs yet, could you come down {P} for me?",
            "i understand, but i'm not touching the price, though the reminders in the software are exactly what'll finally get those clients through the door")],
}
CHANNEL_T = {
    "ru": [
        "у меня отец часовщик, запишите на телефон, как тикают ваши часы, и скиньте мне в {MSG}, на мой личный, он по звуку хода скажет, что с анкером, только это уже не от компании",
        "у меня приятель возит ремешки и стекла из италии прямо в чемодане, выходит вдвое дешевле вашего поставщика, но это мимо компании, наберите меня вечером на мобильный, {PPHONE}, там и поговорим",
        "фотографии невостребованных часов, которые хотите продать, пришлите мне лично на мой ящик, {PEMAIL}, я сам собираю карманные часы и, может, возьму пару штук, только в компании об этом знать не нужно",
        "про особые условия по договору давайте не по этой линии, тут все разговоры пишутся, наберите меня после шести на мой личный, {PPHONE}",
        "скан страхового полиса и паспорт часов для оценки пришлите не в систему, а мне на мою личную почту, {PEMAIL}, я передам знакомому оценщику напрямую, так выйдет быстрее",
        "я в конце месяца ухожу из компании, открываю свое дело и не хочу вас потерять, давайте дальше переписываться в {MSG}, на моем личном номере",
        "поставщик граверных резцов мой двоюродный брат, напишите мне в {MSG} в личку, я скину вам его прайс, через рабочую переписку такое не пропустят",
    ],
    "en": [
        "my father's a watchmaker, record your watch ticking on your phone and send it to me on {MSG}, my personal one, he'll tell from the sound of the beat what's up with the escapement, only that's not from the company",
        "a friend of mine brings straps and crystals back from italy in his suitcase, it comes out at half your supplier's price, but that's going round the company, ring me this evening on my mobile, {PPHONE}, and we'll talk there",
        "the photos of the uncollected watches you want to sell, send them to me personally at my own inbox, {PEMAIL}, i collect pocket watches myself and i might take a couple, only the company doesn't need to know",
        "let's not do the special contract terms on this line, every call here gets recorded, ring me after six on my personal phone, {PPHONE}",
        "send the insurance policy scan and the watch's papers for the valuation to my personal email, {PEMAIL}, not into the system, i'll pass them straight to an appraiser i know, it'll be quicker",
        "i'm leaving the company at the end of the month to start my own business and i don't want to lose you, so let's keep writing on {MSG}, on my personal number",
        "the man who supplies engraving tools is my cousin, message me on {MSG} in private and i'll send you his price list, it'd never get through on the work chat",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "клиент, сдавший часы, получает в {MSG} сообщения от подтвержденного аккаунта нашей компании, с галочкой, там статус ремонта и кнопка, чтобы согласовать смету",
        "если у приемщицы в субботу не печатаются квитанции, пусть звонит на линию поддержки компании, {CPHONE}, номер бесплатный, и разговор сразу привязывается к вашему договору",
        "старые квитанции из амбарных книг переносит отдел миграции нашей компании, фото страниц шлите на их общий адрес, {CEMAIL}, ответит тот, кто ведет ваш перенос",
        "про новые правила ввоза запчастей и обновления программы компания рассказывает в {MSG}, в своем официальном канале для часовых мастерских, подпишитесь, там без рекламы",
    ],
    "en": [
        "a client who's handed in a watch gets messages on {MSG} from our company's verified account, the one with the tick, showing the repair status and a button to approve the estimate",
        "if the counter assistant can't print tickets on a saturday, she rings the company's support line, {CPHONE}, it's a free number and the call gets tied to your contract straight away",
        "old tickets from the ledgers are moved over by our company's migration team, send photos of the pages to their shared address, {CEMAIL}, whoever's handling your move will answer",
        "the company posts new rules on importing parts and software updates on {MSG}, in its official channel for watch workshops, do subscribe, there's no advertising in it",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваш мастер месяц поработает в пробной версии, на одних батарейках и ремешках, а решать будете потом, я вас ни к чему не подталкиваю",
           "обсудите это с гравером и с бухгалтером, им тоже в программе жить, а как надумаете, позвоните, я подожду",
           "перед новым годом у вас завал с подарочными гравировками и батарейками, так что давайте вернемся к разговору во второй половине января, если интерес не пропадет"],
    "en": ["let your watchmaker work in the trial for a month, just batteries and straps, and decide afterwards, i'm not nudging you into anything",
           "talk it over with the engraver and the bookkeeper, they'll be living in the software too, and when you've made up your mind give me a ring, i'll wait",
           "before new year you're snowed under with gift engravings and batteries, so let's come back to this in the second half of january, if you're still interested"],
}
