"""Sentence templates for the "test65" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and delivery platform for building-materials
yards (sand, gravel and cement by the tonne, timber and plasterboard,
crane-truck and tipper deliveries to building sites, pallets returned for a
deposit, trade accounts for builders, weighbridge tickets) to yard owners,
yard managers, weighbridge operators, storekeepers and dispatchers. Everything
here is new: names that appear neither in generate.py's train and test lists
nor in templates_test2.py to templates_test64.py (ru first names, surnames and
patronymics from А to М, en first names and surnames from A to L), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a weighbridge operator in the hut by the gate who only answers
when nothing stands on the scales, so drivers get through to him between
weighings, a crane-truck driver who picks his own unloading spot on site and
wants the access plan ahead, a storekeeper who wants a text whenever a builder
brings deposit pallets back, a buyer's second phone on the dashboard of his
van that gets the login codes, the yard's dispatch office that a driver facing
a locked site gate rings instead of the foreman; weighbridge tickets left to
pile up in the mailbox of the bookkeeper for pick-up orders, cement
certificates and gravel test reports for the site inspector who turns trucks
away without paperwork, timber orders answered back to the site manager's own
address; the one card the tippers' diesel is paid with and the platform is to
go on too, a card read out slowly while the bookkeeper checks it against the
bank statement, a card issued in the chief engineer's name whose digits come
over the yard radio; the only person allowed to cancel a shipment after
weighing, the person whose confirmation releases a pallet deposit, a caller
whose signal dies among the steel by the weighbridge; distractors with a
weighbridge ticket number the gate lets a truck out on, a batch code on a
plasterboard stack tag, a quarry stopping gravel loading, the size of the
client's business, what a crane-truck run inside the city costs the yard's
clients (a pallet deposit in en) and pallets collected from a site; discounts
framed as scales that already send their weight to a computer so no interface
box is needed, the exchange with the client's accounting software run once a
night instead of after every weighing, a tonnage band that lowers the price of
every weighed load, a year paid while building sites stand on their winter
break, the quarry next door joining on the client's recommendation, the
delivery platform taken as a second product by a client already keeping stock
in the vendor's warehouse software, a reduction written into the renewal
contract after a pilot month without a glitch, a simple scheme for trade
accounts of crews that order rarely and a rate that falls with the tonnes
weighed in a season; half price as a yard that only takes pallets back costing
half the main yard's price and a halved fee for a night-shift weighbridge
login in season; non-offers about a deposit builders leave for brick pallets,
value added tax carried by every tonne sold, fewer short-weight disputes at
yards that weigh every truck, a cement works' price for a full truckload that
the system turns into the cost of each bag in stock, late interest on
trade-account credit, the moisture of sand after rain, timber shipments grown
last season and the share of orders builders place from their phones at night;
a small yard with one weighbridge asking for a lower price; personal channels
as the rep's own messenger handed to tipper drivers for when the app loses
signal on the road, a rep's own number beside the office one in his e-mail
signature that forwards to whoever is free, a pallet reconciliation sent to
the personal address always open on his phone, a site's location pin sent to
his personal messenger account so he plots the crane truck's way in himself, a
second yard priced at his own rates outside the company, a rep meeting the
first shipments at the yard himself who is to be rung on his personal mobile
in the mornings, and an in-season second phone only his wife and a couple of
clients know; company channels as the company's automatic notice to the
builder with the weight once a truck leaves the yard, the company's technical
service, on its number nights and weekends too, for scales that stop sending
data, the counterparty check department's shared mailbox with no single owner
for trade account papers and a weekly roundup of cement and gravel prices for
subscribers of the company's official channel; polite closings as test
weighings left to the weighbridge operator's judgement, waiting until after
the yard's stocktake, and staying with paper tickets for as long as they do
the job).

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
    ("агап", "балластов", "милиевич"),
    ("витослава", "карьерова", "ларионовна"),
    ("кассиан", "клинцов", "минаевич"),
    ("идалия", "кирпичникова", "кировна"),
    ("диодор", "гальченко", "владленович"),
    ("донара", "известнякова", "ефремовна"),
    ("ларион", "ватолин", "мефодиевич"),
    ("мстислава", "доломитова", "валентиновна"),
    ("кир", "дресвянкин", "корнилиевич"),
    ("гелла", "лопатина", "авксентьевна"),
]
EN_NAMES = [
    ("clement", "haverstock"),
    ("bryony", "claybourne"),
    ("jerome", "flintoff"),
    ("leonora", "greatorex"),
    ("gregor", "ballantyne"),
    ("ismay", "dunkerley"),
    ("faramond", "birtwistle"),
    ("carys", "holroyd"),
    ("ludo", "ellerby"),
    ("adelind", "keighley"),
]
RU_LAT = {"агап": "agap", "балластов": "ballastov", "витослава": "vitoslava", "карьерова": "karerova",
          "кассиан": "kassian", "клинцов": "klintsov", "идалия": "idaliya", "кирпичникова": "kirpichnikova",
          "диодор": "diodor", "гальченко": "galchenko", "донара": "donara", "известнякова": "izvestnyakova",
          "ларион": "larion", "ватолин": "vatolin", "мстислава": "mstislava", "доломитова": "dolomitova",
          "кир": "kir", "дресвянкин": "dresvyankin", "гелла": "gella", "лопатина": "lopatina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "весовщик сидит в будке у въезда и отвечает, только когда на весах никого нет, так что пусть водители дозваниваются ему между взвешиваниями, {PHONE}",
        "водитель манипулятора сам выбирает, где встать на объекте под разгрузку, и любит, когда схему подъезда ему присылают заранее, вот его мобильный, {PHONE}",
        "кладовщица у нас ведет возвратные поддоны и хочет получать эсэмэску всякий раз, когда строители везут поддоны обратно, ставьте ее номер, {PHONE}",
        "у нашего снабженца второй телефон лежит на панели в машине, на него и должны падать все коды для входа, продиктую, {PHONE}",
        "если водитель упрется в закрытые ворота стройки, пусть звонит не прорабу, а в нашу диспетчерскую, {CPHONE}, там всегда кто нибудь из смены на месте",
        # e-mail
        "пусть весовые талоны по каждому рейсу копятся на {EMAIL}, это бухгалтер по самовывозу, она сводит тонны с оплатами",
        "сертификаты на цемент и протоколы испытаний щебня отправляйте инженеру технадзора заказчика, {EMAIL}, без бумаг он машину на объект не пустит",
        "заявки на пиломатериалы у нас пишет начальник участка, и отвечать ему надо туда же, откуда пришло, {EMAIL}",
        # card
        "солярку для самосвалов я оплачиваю одной картой, пусть и платформа идет с нее же, записывайте, {CARD}",
        "диктую медленно, рядом бухгалтер сверяет с банковской выпиской, чтобы не ошибиться, {CARD}",
        "карта для этого платежа на имя главного инженера, {NAME}, цифры мне сейчас передают по рации с дальнего конца площадки, повторяю за ними, {CARD}",
        # name
        "отменять отгрузку, когда машина уже взвешена, разрешите одному человеку, {NAME}, у всех остальных эту кнопку спрячьте",
        "залог за поддоны возвращается, только когда возврат подтвердит {NAME}, так что этой учетной записи дайте право на возвраты",
        "{FIRST}, секунду, я у весовой, тут кругом железо и связь глохнет, перейду к воротам и продолжим",
    ],
    "en": [
        # phone
        "the weighbridge operator sits in the hut by the gate and only answers when there's nothing on the scales, so drivers should get through to him between weighings, {PHONE}",
        "the crane truck driver picks his own spot on site for unloading and likes to get the access plan ahead of time, here's his mobile, {PHONE}",
        "our storekeeper looks after the deposit pallets and wants a text every time builders bring pallets back, put her number down, {PHONE}",
        "our buyer keeps a second phone on the dashboard of his van, that's where all the login codes should land, i'll read it out, {PHONE}",
        "if a driver comes up against a locked site gate, he rings our dispatch office rather than the foreman, {CPHONE}, someone from the shift is always sitting there",
        # e-mail
        "let the weighbridge tickets for every run pile up in {EMAIL}, that's the bookkeeper for pick up orders, she matches the tonnes to the payments",
        "send the cement certificates and the gravel test reports to the client's site inspector, {EMAIL}, he won't let a truck onto site without the paperwork",
        "our site manager writes the timber orders, and the replies have to go back where they came from, {EMAIL}",
        # card
        "i pay for the tippers' diesel with one card, let the platform go on that same one, write it down, {CARD}",
        "i'll read it slowly, our bookkeeper's beside me checking it against the bank statement so we don't slip up, {CARD}",
        "the card for this payment is in our chief engineer's name, {NAME}, the digits are coming to me over the radio from the far end of the yard, i'm repeating them, {CARD}",
        # name
        "let just one person cancel a shipment once the truck's been weighed, {NAME}, hide that button from everyone else",
        "the pallet deposit only goes back once {NAME} has confirmed the return, so give that login the refund rights",
        "{FIRST}, one sec, i'm by the weighbridge, all this steel kills the signal, i'll move over to the gate and carry on",
    ],
}
NOPII_T = {
    "ru": [
        "номер весового талона {BADCARD}, по нему охрана и выпустит машину с территории",
        "на бирке пачки гипсокартона код партии {BADCARD}, завод спросит его, если листы приедут битые",
        "карьер останавливает отгрузку щебня {DATE}, последний самосвал уйдет {TIME}",
        "вы говорили, у вас {QTY}, настройку под такой размер мы делаем за пару дней",
        "рейс манипулятора по городу обходится вашим клиентам в {PRICE}, а за городом уже идет по километрам",
        "поддоны с прошлой отгрузки водитель заберет {DATE}, пусть кто нибудь ждет его на объекте {TIME}",
    ],
    "en": [
        "the weighbridge ticket number is {BADCARD}, security lets the truck off the yard against it",
        "the batch code on the plasterboard stack tag is {BADCARD}, the mill will ask for it if the sheets turn up broken",
        "the quarry stops loading gravel {DATE}, the last tipper leaves {TIME}",
        "you said you've got {QTY}, we set up a business that size in a couple of days",
        "a pallet deposit at your yard is {PRICE}, builders get it back when the pallet comes home",
        "the driver picks up the pallets from the last delivery {DATE}, have someone waiting for him on site {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "ваши весы уже сами умеют отдавать вес в компьютер, так что наш блок сопряжения вам не нужен, и подключение обойдется на {P} дешевле",
        "обмен с вашей бухгалтерской программой можем гонять раз в сутки, ночью, а не после каждого взвешивания, нагрузки на нас меньше, и тариф выйдет ниже на {P}",
        "по тоннажу вы перешли на следующую ступень, поэтому каждый взвешенный рейс будет стоить вам на {P} меньше прежнего",
        "оплатите год, пока стройки стоят на зимней паузе, и я скину с этой суммы {P}",
        "если соседний карьер, где вы берете щебень, придет к нам по вашей рекомендации, с их первого платежа ваш тариф поедет вниз на {P}",
        "вы уже ведете остатки в нашей складской программе, так что платформу доставки оформлю как второй продукт, а второй продукт у нас идет дешевле на {P}",
        "если весы на пилоте месяц проработают без единого сбоя, я впишу вам в договор продления {PA} скидку",
        "торговые счета мелких бригад, которые заказывают пару раз в месяц, заведу по упрощенной схеме, она легче по цене на {P}",
        "чем больше тонн пройдет через ваши весы за сезон, тем ниже ставка, и к осени снижение может дойти до {PG}",
    ],
    "en": [
        "your scales can already send the weight straight to a computer, so you don't need our interface box, and hooking you up comes in {P} cheaper",
        "we can run the exchange with your accounting software once a day, overnight, rather than after every weighing, it's lighter on our servers, and the plan comes out {P} lower",
        "your tonnage has moved you up a band, so every weighed load will cost you {P} less than before",
        "settle the year up front while the sites are on their winter break, and i'll take that sum down {P}",
        "if the quarry next door you buy your gravel from joins us on your recommendation, your plan slides down {P} from their first payment",
        "you already keep your stock in our warehouse software, so the delivery platform goes down as a second product, and a second product is priced {P} lower with us",
        "if the scales get through a pilot month without a single glitch, i'll write a {P} reduction into your renewal contract",
        "trade accounts for small crews who only order a couple of times a month i'll set up on the simple scheme, it's {P} lighter on price",
        "the more tonnes go over your weighbridge in a season, the lower the rate, and by autumn the reduction can reach {P}",
    ],
}
HALF_T = {
    "ru": ["площадка, где вы только принимаете назад поддоны и ничего не отгружаете, обойдется вам в половину цены основной базы",
           "ночная смена на весовой, которая работает у вас только в сезон, пойдет с уполовиненной абонентской платой"],
    "en": ["the yard where you only take pallets back and don't ship anything will cost you half of what the main yard does",
           "the night shift weighbridge login that only runs in season comes with a halved monthly fee"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "строитель, который забирает кирпич на поддонах, оставляет за них залог, {P} сверху к цене кирпича, и эти деньги висят на его торговом счете, пока поддоны не вернутся",
        "в каждой тонне щебня, что вы продаете, сидит ндс, {P}, и в весовом талоне система покажет его отдельной суммой",
        "у баз, которые взвешивают каждую машину на въезде и на выезде, споров о недовесе на {P} меньше, это по нашим клиентам",
        "цементный завод за полную фуру отдает вам мешки на {P} дешевле, и себестоимость мешка на складе система пересчитает сама",
        "бригады, которые берут материал в долг по торговому счету, при просрочке платят пени {P} годовых, и напоминания им система рассылает сама",
        "влажность песка после дождя доходит до {P}, и при взвешивании система может делать на нее поправку",
        "судя по вашему же отчету, отгрузки пиломатериалов за прошлый сезон выросли на {P}, так что навес под доску стоит расширить",
        "примерно {P} заказов строители теперь оформляют ночью с телефона, и утром машины уже стоят под погрузкой",
    ],
    "en": [
        "a builder who takes bricks away on pallets leaves a deposit for them, {P} on top of the brick price, and that money sits on his trade account until the pallets come back",
        "every tonne of gravel you sell carries vat at {P}, and the system shows it on the weighbridge ticket as a separate sum",
        "yards that weigh every truck in and out get {P} fewer short weight disputes, that's across our clients",
        "the cement works lets you have bags {P} cheaper for a full truckload, and the system recalculates the cost of each bag in stock by itself",
        "crews that buy on credit through a trade account pay {P} a year in late interest if they run over, and the system sends them the reminders itself",
        "after rain the moisture in sand can reach {P}, and the system can correct for it at weighing",
        "your own report says timber shipments were up {P} last season, so the timber shed is worth extending",
        "builders now place about {P} of orders from their phones at night, and by morning the trucks are lined up for loading",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы ведь база маленькая, одни весы да два погрузчика, не заводской же склад, срежьте нам {P} с цены, а?",
            "нет, цена останется прежней, весы подключаются одинаково, хоть у вас одна площадка, хоть целая сеть баз")],
    "en": [("we're only a small yard, one weighbridge and a couple of forklifts, not some factory depot, any chance of {P} less for us?",
            "no, the price stays, connecting a weighbridge is priced identically for one yard and for a whole chain of them")],
}
CHANNEL_T = {
    "ru": [
        "раздайте водителям самосвалов мой контакт в {MSG}, он личный, к компании отношения не имеет, пусть пишут мне напрямую, когда приложение на трассе не ловит, дозваниваться в поддержку им некогда",
        "номер в подписи моего письма офисный, он переадресуется на кого попало, а мой собственный вот, {PPHONE}, по нему отвечаю только я",
        "акт сверки по поддонам пришлите не на корпоративный адрес, а на тот, что у меня всегда открыт в телефоне, он личный, {PEMAIL}",
        "киньте мне геометку объекта в {MSG}, на мой личный аккаунт, я сам проложу манипулятору заезд, через диспетчерскую это растянется на день",
        "подключение второй базы я посчитаю по своим расценкам, не через компанию, так что план площадки пришлите на мою личную почту, {PEMAIL}",
        "первые отгрузки через систему я буду встречать у вас на базе сам, так что с утра звоните мне прямо на личный мобильный, {PPHONE}, не через общий номер",
        "в сезон рабочий телефон у меня раскален, вам не пробиться, поэтому вот второй, для своих, {PPHONE}, его знают только жена да пара клиентов",
    ],
    "en": [
        "hand my {MSG} contact out to your tipper drivers, it's my own, not the company's, let them message me direct when the app loses signal out on the road, they've no time to ring support",
        "the number in my email signature is the office one, it forwards to whoever's free, my own is {PPHONE}, only i answer that",
        "send the pallet reconciliation not to the corporate address but to the one that's always open on my phone, it's personal, {PEMAIL}",
        "drop me the site's location pin on {MSG}, my personal account, i'll plot the crane truck's way in myself, through dispatch it drags on for a day",
        "i'll price the second yard's setup at my own rates, not through the company, so send the site plan to my personal email, {PEMAIL}",
        "i'll be at your yard myself for the first shipments through the system, so in the mornings ring my personal mobile direct, {PPHONE}, not the general number",
        "in season my work phone never stops, you'll never get through, so here's the other one, for people i know, {PPHONE}, only my wife and a couple of clients have it",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "как только машина выехала с базы, строителю в {MSG} падает уведомление с весом и номером талона, его отправляет автоматика компании, а не менеджер",
        "если весы перестали передавать данные, техническая служба компании и ночью, и в выходные сидит на номере {CPHONE}, инженер подключится удаленно",
        "документы на открытие торгового счета строительные фирмы присылают в отдел проверки контрагентов компании, {CEMAIL}, у этого ящика нет одного хозяина, его смотрит вся смена",
        "еженедельную сводку цен на цемент и щебень компания рассылает подписчикам своего официального канала, найдете его в {MSG}",
    ],
    "en": [
        "as soon as a truck leaves the yard, the builder gets a notice on {MSG} with the weight and the ticket number, the company's automation sends it, not a manager",
        "if the scales stop sending data, the company's technical service is on {CPHONE} nights and weekends too, an engineer connects remotely",
        "building firms send the papers for opening a trade account to the company's counterparty check department, {CEMAIL}, that mailbox has no single owner, the whole shift looks at it",
        "the company sends a weekly roundup of cement and gravel prices to subscribers of its official channel, you'll find it on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваш весовщик сначала погоняет тестовые взвешивания и посмотрит, не врет ли система, а дальше решите без меня",
           "на следующей неделе у вас инвентаризация на складе, вам не до того, так что созвонимся, когда пересчитаете остатки, как вам будет удобно",
           "если старые бумажные талоны вас пока устраивают, оставайтесь на них, никто вас не гонит"],
    "en": ["let your weighbridge operator run some test weighings first and see whether the system's honest, then decide without me",
           "you've got the stocktake in the yard next week and no time for this, so we'll talk once you've counted everything, whenever suits you",
           "if the old paper tickets still do the job for you, stay with them, nobody's chasing you"],
}
