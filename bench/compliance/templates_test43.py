"""Sentence templates for the "test43" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for campsites and
glamping parks (tent and cabin booking, pitch maps, firewood and equipment
rental, check-in at the gate, seasonal staff rotas, group bookings for summer
camps) to campsite and glamping owners. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test41.py, and verbs, introducing words and sentence shapes that
differ from every template of all earlier parts (a site warden out on his
rounds by the lake who only has signal up on the hill, the caretaker who hands
out firewood and barbecues from eight in the morning, booking confirmations
pouring in as texts to the owner's wife who runs the cabins, the woman who
leads the counsellors of a summer camp renting the meadow, the booking number
burnt into the wooden sign at the turn off the highway; cabin photos held by a
photographer living on the next farm, occupancy reports copied to the
management company's bookkeeper, the address parents write to for a summer
camp session; the card that buys gas bottles, a card found in the glovebox of
a quad bike, the landowner the park stands on paying, named before the card's
number; the person with the last word on double bookings,
the person checking guests in at the barrier in the evening, a client losing
signal and walking down the hill; distractors with a summer camp booking
number for wristbands at the entrance, a diesel generator's serial number, a
canoe group arriving and the barrier lifted, a size the basic package covers,
a cubic metre of birch firewood delivered to the gate and the season's
opening day; discounts framed as a whole season settled while snow still lies
on the meadow, a pitch map drawn from the client's own drone shot so that no
mapper drives down the dirt road, the tent meadow priced as one plot instead
of peg by peg, the platform's photographer shooting bell tents at sunrise for
its adverts, kayak hire at the jetty run through the same till, summer camp
sessions taking the whole meadow on a group rate, a pioneer's discount for the
first glamping park in the area on the platform's map, a one minute video
review by the campfire and a per booking charge that falls the longer guests
stay; half price as motorhome pitches with only water and a socket and
pitches where guests bring their own tent; non-offers about a hired kit
deposit kept back for damage, the forestry office's share of takings for the
leased woodland, growth in nights spent in bell tents, a sawmill's discount
on a full truck of firewood, a hiking club's commission per group, guests
extending their stay from a phone, electricity for motorhome pitches going up
and booked tent pitches whose guests never turned up; a site open three
months a year asking for a cut; personal channels as a voice message to the
rep's messenger from a meadow with no proper internet, a saturday queue at the
barrier and the rep's own mobile instead of the hotline, last year's bookings
sent to the mailbox the rep reads at home in the evening, a rep's messenger
found by his personal number getting the pitch map before the portal does, an
offer for the neighbour across the lake sent to the rep personally so that he
keeps that client as his own without the sales department, the park
manager's bonus talked over off the record phone to phone and a number for
a frozen till at the gate that the rep pays for out of his own pocket; company
channels as the company's official booking bot sending the
route and the barrier code, the company's night duty dispatcher for barriers
that will not lift, the company's contracts desk with a shared address for
summer camp group contracts and the company's official group with holiday
occupancy forecasts; polite closings as getting through the season and
talking again once the cabins are shut up for winter, talking it over with a
business partner who holds the park half and half, and just watching a demo
on some rainy day with nothing to switch on).

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
    ("наркисс", "палаткин", "аникитович"),
    ("мариамна", "кострова", "аверкиевна"),
    ("ольгерд", "полянский", "фалеевич"),
    ("поликсена", "шалашова", "ионовна"),
    ("чеслав", "привалов", "анфимович"),
    ("ярина", "опушкина", "евлогиевна"),
    ("эразм", "хворостов", "пимонович"),
    ("цветана", "сосновская", "дорофеевна"),
    ("флавиан", "березкин", "аввакумович"),
    ("станимира", "ручьева", "досифеевна"),
]
EN_NAMES = [
    ("mordecai", "fernsby"),
    ("noelle", "tarrant"),
    ("osmond", "heathcote"),
    ("saffron", "kettleby"),
    ("rafferty", "dunsford"),
    ("tilly", "okoye"),
    ("winthrop", "ashgrove"),
    ("xenia", "birchall"),
    ("yorick", "ravenhill"),
    ("zillah", "ardsley"),
]
RU_LAT = {"наркисс": "narkiss", "палаткин": "palatkin", "мариамна": "mariamna", "кострова": "kostrova",
          "ольгерд": "olgerd", "полянский": "polyanskiy", "поликсена": "poliksena", "шалашова": "shalashova",
          "чеслав": "cheslav", "привалов": "privalov", "ярина": "yarina", "опушкина": "opushkina",
          "эразм": "erazm", "хворостов": "khvorostov", "цветана": "tsvetana", "сосновская": "sosnovskaya",
          "флавиан": "flavian", "березкин": "berezkin", "станимира": "stanimira", "ручьева": "rucheva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "смотритель у нас целыми днями обходит берег озера, сеть у него ловит только на пригорке, так что дозванивайтесь до него настойчиво, {PHONE}",
        "дрова и мангалы гостям выдает наш завхоз, по прокату инвентаря все к нему, он на ногах с восьми утра, {PHONE}",
        "подтверждения броней пусть сыплются эсэмэсками жене, домики целиком на ней, черкните себе ее номер, {PHONE}",
        "вожатыми детского лагеря, который снимает у нас поляну в июле, командует одна женщина, занесите ее в контакты, {PHONE}, она ждет вашего звонка",
        "на деревянном указателе у поворота с трассы выжжен наш номер для бронирования, {CPHONE}, гости набирают прямо с дороги",
        # e-mail
        "снимки домиков для сайта возьмите у нашего фотографа, он живет на соседнем хуторе, ящик у него такой, {EMAIL}",
        "отчеты по заполняемости ставьте в копию бухгалтеру управляющей компании, {EMAIL}, она раз в квартал сводит их в одну таблицу",
        "{EMAIL}, отметьте у себя, на этот адрес родители присылают заявки в летнюю смену, ответы тоже пусть уходят оттуда",
        # card
        "абонентку тяните с той карточки, что у нас под газовые баллоны, цифры на ней вот какие, {CARD}",
        "карточка валяется в бардачке квадроцикла, сейчас дотянусь, ага, нащупал, {CARD}",
        "оплату берет на себя хозяин земли, на которой стоит парк, {NAME}, карта такая, {CARD}",
        # name
        "если домик забронировали дважды, последнее слово всегда за {NAME}, такие накладки отправляйте прямиком туда",
        "вечером гостей у шлагбаума заселяет {NAME}, там же в будке висят ключи от всех домиков",
        "{FIRST}, алло, у меня тут связь пропадает, сейчас спущусь с холма, скажите еще разок",
    ],
    "en": [
        # phone
        "our warden spends all day walking the lake shore and only gets signal up on the hill, so keep trying him, {PHONE}",
        "our caretaker hands out the firewood and the barbecues, anything about kit hire goes to him, he's up and about from eight, {PHONE}",
        "let the booking confirmations pour in as texts to my wife, the cabins are all hers, jot down her number, {PHONE}",
        "one woman runs the counsellors for the kids' camp that rents our meadow in july, save her in your contacts, {PHONE}, she's expecting your call",
        "our booking number is burnt into the wooden sign at the turn off the highway, {CPHONE}, people dial it straight from the road",
        # e-mail
        "grab the cabin photos for the website from our photographer, he lives on the next farm over, his inbox is {EMAIL}",
        "cc the occupancy reports to the management company's bookkeeper, {EMAIL}, once a quarter she rolls them into one spreadsheet",
        "{EMAIL}, scribble that down, that's where parents send their applications for the summer session, let the replies go out from there too",
        # card
        "bill it to the card that pays for our gas bottles, reading the numbers off now, {CARD}",
        "the card's rolling around in the glovebox of the quad bike, let me reach over, yep, got hold of it, {CARD}",
        "the landowner our park sits on is covering this, {NAME}, the card goes {CARD}",
        # name
        "when a cabin gets booked twice, {NAME} always has the last word, send those mix ups straight over there",
        "in the evening {NAME} checks the guests in at the barrier, the keys to every cabin hang in the hut there too",
        "{FIRST}, hello, my signal keeps cutting out, i'm walking down off the hill, tell me that once more",
    ],
}
NOPII_T = {
    "ru": [
        "номер брони летнего лагеря {BADCARD}, по нему вожатым на въезде выдадут браслеты на всю смену",
        "заводской номер нашего дизельного генератора {BADCARD}, его тоже хотим видеть в учете инвентаря",
        "группа байдарочников заезжает {DATE}, шлагбаум для них поднимем {TIME}",
        "{QTY}, говорите, тогда вам за глаза хватит базового пакета, а карту стоянок вы нарисуете сами",
        "за куб березовых дров с доставкой до ворот мы отдаем {PRICE}, а гости жгут их охапками",
        "сезон у нас открывается {DATE}, первых гостей ждем {TIME}",
    ],
    "en": [
        "the summer camp's booking number is {BADCARD}, the counsellors get wristbands for the whole session against it at the entrance",
        "our diesel generator's serial number is {BADCARD}, we want that in the equipment register too",
        "the canoe group arrives {DATE}, the barrier goes up for them {TIME}",
        "{QTY}, you say, then the basic package will do you fine, and you can draw the pitch map yourselves",
        "a cubic metre of birch firewood delivered to the gate costs us {PRICE}, and the guests burn it by the armful",
        "our season opens {DATE}, we're expecting the first guests {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "рассчитаетесь за весь сезон, пока на поляне еще лежит снег, и я убавлю сумму за него на {P}",
        "карту стоянок соберете сами по снимку со своего квадрокоптера, нашему картографу не придется трястись к вам по грунтовке, и подключение подешевеет на {P}",
        "палаточную поляну мы тарифицируем не по колышкам, а одним участком, и при вашей раскладке абонентская плата ужмется на {P}",
        "пустите нашего фотографа поснимать ваши шатры на рассвете для рекламы платформы, а мы взамен урежем годовой счет на {P}",
        "прокат байдарок у причала тоже проведите через нашу кассу, и с общего платежа слетит {P}",
        "смены детских лагерей, которые берут у вас поляну целиком, пойдут по групповой ставке, она мягче поштучной на {P}",
        "вы первый глэмпинг в округе, который появится на нашей карте, так что за роль первопроходца выпишу вам {PA} скидку",
        "запишите нам минутный видеоотзыв у костра, и я вычту из вашего счета {P}",
        "чем дольше гости у вас в среднем живут, тем меньше мы берем с каждой брони, для недельных заездов сбавка выходит в районе {PG}",
    ],
    "en": [
        "settle the whole season while there's still snow on the meadow and i'll bring the figure for it down {P}",
        "put the pitch map together yourselves from your own drone shot, our mapper won't have to rattle down your dirt road, and setup comes in {P} cheaper",
        "we price the tent meadow as one plot rather than peg by peg, and with your layout the monthly fee squeezes down {P}",
        "let our photographer shoot your bell tents at sunrise for the platform's adverts and in exchange we'll cut your annual bill by {P}",
        "put the kayak hire at the jetty through our till as well and {P} falls off your overall payment",
        "summer camp sessions that take the whole meadow go on the group rate, which is {P} gentler than booking pitch by pitch",
        "you're the first glamping park round here to go on our map, so for blazing the trail you get a {P} pioneer's discount from me",
        "record us a one minute video review by the campfire and {P} comes out of your bill",
        "the longer your guests stay on average, the less we take per booking, for week long stays the cut comes to somewhere near {P}",
    ],
}
HALF_T = {
    "ru": ["стоянки под автодома, где вы даете только воду и розетку, заводим в систему за половину цены обычного места",
           "места, куда гости ставят свои палатки, а не берут ваши в прокат, идут у нас в тарифе за полцены"],
    "en": ["motorhome pitches where all you supply is water and a socket are billed at half a regular pitch's rate",
           "pitches where guests put up their own tents instead of hiring yours go on the plan at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за порванную палатку или сломанный мангал из проката вы удерживаете из залога {P}, система сама посчитает, сколько вернуть гостю",
        "лесхоз за аренду участка забирает у вас {P} выручки, в отчете эта сумма пойдет отдельной графой",
        "число ночевок в шатрах по стране за прошлый год прибавило {P}, семьи все чаще выбираются за город на выходные",
        "лесопилка уступает вам {P} на дровах, когда берете сразу целую машину, это можно заложить в закупочную цену",
        "за каждую группу, которую к вам приводит турклуб, вы отдаете ему {P} комиссионных, система начислит их сама",
        "судя по нашей статистике, {P} гостей продлевают проживание прямо на месте, если это можно сделать с телефона",
        "электричество для стоянок автодомов за сезон выросло на {P}, так что плату за подключение к розетке вы, наверное, поднимете сами",
        "в прошлом сезоне {P} гостей, забронировавших палаточные места, так и не доехали, и поляна стояла полупустой",
    ],
    "en": [
        "for a torn tent or a broken barbecue from the hire shed you keep {P} of the deposit, the system works out what goes back to the guest",
        "the forestry office takes {P} of your takings for leasing the woodland, that amount gets its own column in the report",
        "nights spent in bell tents across the country rose {P} last year, families head out of town for the weekend more and more",
        "the sawmill lets you have firewood at {P} off if you take a whole truckload, that can go into your purchase price",
        "for every group the hiking club brings you, you hand it {P} in commission, the system credits it on its own",
        "judging by our data, {P} of guests extend their stay without leaving the site if they can do it from a phone",
        "electricity for the motorhome pitches went up {P} over the season, so you'll probably raise the hook up charge yourselves",
        "last season {P} of the booked tent pitches never saw their guests turn up, and the meadow stood half empty",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы же работаем только летом, три месяца в году, урежьте нам {P}, а?",
            "нет, все площадки платят одинаково, хоть сезонные, хоть круглогодичные")],
    "en": [("we're only open in summer, three months a year, could you trim {P} for us?",
            "no, every site pays the same, whether it's seasonal or open all year round")],
}
CHANNEL_T = {
    "ru": [
        "интернет на поляне у вас только через телефон, так что кабинет не мучайте, надиктуйте мне голосовое в {MSG}, карту стоянок я заведу сам",
        "когда в субботу утром у шлагбаума выстроится очередь, с горячей линией не связывайтесь, мой сотовый вот, {PPHONE}, разрулю быстрее",
        "таблицу с прошлогодними бронями отправьте на почту, которую я проверяю из дома по вечерам, {PEMAIL}, перенесу ее сам, не дожидаясь отдела внедрения",
        "в {MSG} найдите меня по личному номеру, туда я скину вам готовую карту стоянок раньше, чем она появится в кабинете",
        "предложение для вашего соседа по озеру перешлите мне лично, {PEMAIL}, этот клиент пусть будет моим, без отдела продаж",
        "про премию управляющему вашим парком поговорим не под запись, перезвоните мне с личного на личный, {PPHONE}",
        "на случай, если касса на воротах вдруг зависнет, запишите {PPHONE}, этот номер я оплачиваю из своего кармана, он не служебный",
    ],
    "en": [
        "the only internet you've got on the meadow is through a phone, so don't fight the portal, just leave me a voice message on {MSG} and i'll set up the pitch map myself",
        "when the barrier queue snakes back to the road on a saturday morning, forget the hotline, my mobile's {PPHONE}, i'll untangle it quicker",
        "email last year's bookings spreadsheet to the address i read at home after dinner, {PEMAIL}, i'll bring it across myself without waiting for onboarding",
        "find me on {MSG} by my personal number, the finished pitch map lands there before it ever shows up in the portal",
        "forward the offer for your neighbour across the lake to an address of mine, {PEMAIL}, that one i'd like to keep as my own client, the sales department can stay out of it",
        "about the bonus for your park manager, let's keep that off the record, call me back personal phone to personal phone, {PPHONE}",
        "in case the till at the gate freezes up, jot down {PPHONE}, i pay for that line out of my own pocket, it isn't a work phone",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "после оплаты брони официальный бот платформы присылает гостю в {MSG} схему проезда и код от шлагбаума",
        "если ночью не поднимается шлагбаум, звоните на дежурный номер компании, {CPHONE}, там до утра сидит диспетчер",
        "договоры на групповые заезды летних лагерей принимает договорной отдел компании, адрес у них общий, {CEMAIL}",
        "в официальной группе компании в {MSG} мы выкладываем прогноз загрузки на праздники и рассказываем о новых функциях",
    ],
    "en": [
        "once a booking is paid, the company's official booking bot on {MSG} sends the guest the route and the barrier code",
        "if the barrier won't lift in the night, call the company's duty number, {CPHONE}, there's a dispatcher on until morning",
        "contracts for summer camp group stays go to the company's contracts desk, a shared address, {CEMAIL}",
        "the company keeps an official {MSG} group where we post holiday occupancy forecasts and feature news",
    ],
}
NOT_PRESSURE = {
    "ru": ["переживите сначала сезон, а осенью, когда законсервируете домики, вернемся к этому разговору",
           "посоветуйтесь с компаньоном, вы же парк на двоих держите, а я подожду, время терпит",
           "можете пока вообще ничего не подключать, просто гляньте демо в дождливый день, когда гостей поменьше"],
    "en": ["see the season out first, and when the cabins are boarded up for winter, we can talk again",
           "run it by your business partner, the park's half theirs after all, i'm happy to wait however long",
           "you don't have to switch anything on for now, just watch the demo on some rainy day when there are fewer guests"],
}
