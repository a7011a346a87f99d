"""Sentence templates for the "test52" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and ticketing platform for guided city
tours (tour slots and departure points, guides and the languages they lead
in, group sizes, audio guide headsets and language tracks, tickets scanned
at the meeting point, agent and hotel concierge commissions) to the owners
and managers of city tour bureaus, river boat trip operators and excursion
firms. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test50.py (ru
first names, surnames and patronymics from Н to Я, en first names and
surnames from M to Z), and verbs, introducing words and sentence shapes that
differ from every template of all earlier parts (the only guide who leads in
italian, to be messaged the moment an italian group books, a student handing
out audio guide headsets at the fountain who is first to hear when a group
runs short of sets, a riverside hotel concierge set up as an agent whose
commission is tied to his phone, a coach driver waiting at the station for
the out of town trips, the bureau's main number painted on the flag a guide
holds over his head that stragglers ring to find their group; boarding lists
landing with the head guide who splits people into groups, a hotel manager
who wants the concierge commission statements, visitors' reviews forwarded
to the tour writer who reworks the scripts; the card hooked up to the till
of the souvenir stall on the pier, a card held with both hands in the wind
on a bridge, the payer named before the card by a co owner who has talked
the charge over; the person who decides which guide with which language
lands in which slot, the person who counts agent and concierge payouts over
again before they go out, a caller up a bell tower with a group when the
bells start; distractors with a cruise line's group booking reference
checked at the gangway, a batch number stamped on a box of audio guide
transmitters, a boat pulling away from the pier, a figure put into the
questionnaire, cathedral entry per head and a lantern festival closing the
streets; discounts framed as rain cover sold at the ticket checkout with the
vendor taking a share of each policy, tickets switched to non refundable so
no money is shuffled back, audio guides rented from the vendor instead of an
outside outfit, the bureau's audio guide recordings resold to bureaus in
other cities, the vendor's own anniversary month, signing before the river
navigation season opens, the vendor's sales team taken over the rooftops
instead of an office party in exchange, concierge ticket sales run through
the agent dashboard, and a route that works for wheelchair users promoted
by the vendor; half price as the fee held back on children's tickets and a
second audio guide language when the bureau brings the recording; non-offers
about concierges' own cut of each ticket, a museum raising its entry price,
growth in foreign visitors from the tourism board, the refund left after a
late cancellation, visitors' tips to guides, the share of english speaking
groups, a coach company's reduction for regular orders and corporate groups'
prepayment; a bureau that only runs tours at weekends asking for a cut;
personal channels as a rep who will be in the client's city with his family
on saturday and wants to join a walk and talk terms on his own messenger, a
rep to be woken on his own number when a guide oversleeps before the office
opens, tour scripts sent to the rep's own address because he proofreads them
as a hobby, guides from elsewhere writing in their own language to the rep's
personal account with automatic translation instead of support, a rep
working from his cottage where the office mail will not open, guides whose
hands are full with a flag and a microphone told to ring the rep's personal
phone, and the rep's personal number stuck on the lid of every scanner;
company channels as electronic tickets sent from the platform's official
account, the company's weekend duty line handed to tour support,
reconciliation statements from the accounts department's address and the
official channel warning of maintenance and outages; polite closings as
asking the concierges whether they would use the agent dashboard at all,
buying a ticket to one's own walk through the widget, and asking other
bureaus what they sell through).

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
    ("нафанаил", "пешеходов", "ромуальдович"),
    ("нора", "набережнова", "тертиевна"),
    ("палладий", "парапетов", "ювентинович"),
    ("ольвия", "ротондова", "ноевна"),
    ("симеон", "фонтанов", "разумникович"),
    ("радослава", "экскурсова", "феодуловна"),
    ("януарий", "тротуаров", "пигасиевич"),
    ("эсфирь", "шпилева", "уаровна"),
    ("тимон", "ратушин", "рогволодович"),
    ("юдифь", "панорамова", "святогоровна"),
]
EN_NAMES = [
    ("mathilda", "walkden"),
    ("neville", "stonehouse"),
    ("olwen", "tredinnick"),
    ("phoebe", "wrayburn"),
    ("rollo", "pilgrim"),
    ("sylvie", "mapplebeck"),
    ("tybalt", "nethercott"),
    ("una", "ruddlesden"),
    ("wilmot", "scrivenor"),
    ("zinnia", "trelawney"),
]
RU_LAT = {"нафанаил": "nafanail", "пешеходов": "peshekhodov", "нора": "nora", "набережнова": "naberezhnova",
          "палладий": "palladiy", "парапетов": "parapetov", "ольвия": "olviya", "ротондова": "rotondova",
          "симеон": "simeon", "фонтанов": "fontanov", "радослава": "radoslava", "экскурсова": "ekskursova",
          "януарий": "yanuariy", "тротуаров": "trotuarov", "эсфирь": "esfir", "шпилева": "shpileva",
          "тимон": "timon", "ратушин": "ratushin", "юдифь": "yudif", "панорамова": "panoramova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "по итальянски у нас водит один единственный гид, так что как только бронируют итальянскую группу, пусть платформа сразу шлет ему сообщение, {PHONE}",
        "наушники для аудиогидов на точке сбора у фонтана выдает наш студент, если на группу гарнитур не хватит, первым узнает он, заведите его номер, {PHONE}",
        "консьерж из гостиницы на набережной присылает нам добрую половину гостей, оформите его агентом, а комиссию привяжем к его телефону, {PHONE}",
        "водитель автобуса на загородные выезды с раннего утра дежурит у вокзала, если место посадки поменяется, черкните ему, {PHONE}",
        "на флажке, который гид держит над головой, крупно выведен общий номер бюро, {CPHONE}, по нему отставшие туристы выясняют, куда ушла группа",
        # e-mail
        "посадочные списки на следующий день пусть с утра падают старшему гиду, {EMAIL}, он по ним раскидывает людей по группам",
        "сверку по комиссиям консьержей гостиница просит отправлять своей управляющей, адрес у нее {EMAIL}",
        "отзывы туристов после прогулок перенаправьте на {EMAIL}, этот ящик ведет наша методистка, она по ним переписывает тексты экскурсий",
        # card
        "подписку спишите с той карты, что привязана к кассе нашей сувенирной лавки на пристани, {CARD}",
        "на мосту такой ветер, что карту держу двумя руками, диктую медленно, {CARD}",
        "плательщиком запишите {NAME}, бюро мы держим на пару, списание обговорено, диктую карту, {CARD}",
        # name
        "{NAME} решает, какому гиду с каким языком достанется какой слот, так что право переносить экскурсии дайте только этому человеку",
        "деньги агентам и консьержам уходят только после того, как их пересчитает {NAME}, так что экран выплат откройте одному этому сотруднику",
        "{FIRST}, простите, я с группой на колокольне, тут как раз зазвонили, дайте минуту, спущусь и договорим",
    ],
    "en": [
        # phone
        "only one of our guides leads in italian, so the moment an italian group books, have the platform message him straight away, {PHONE}",
        "a student of ours hands out the audio guide headsets at the meeting point by the fountain, if a group runs short of sets he's the first to know, save his number, {PHONE}",
        "the concierge at the riverside hotel sends us a good half of our guests, set him up as an agent and we'll tie his commission to his phone, {PHONE}",
        "the driver for the out of town trips waits by the station from early morning, if the pickup spot moves, drop him a line, {PHONE}",
        "the flag our guides hold up over their heads carries the bureau's main number in big letters, {CPHONE}, stragglers ring it to find out where their group has got to",
        # e-mail
        "have the boarding lists for the next day land with our head guide first thing, {EMAIL}, he splits people into groups from them",
        "the hotel wants the concierge commission statements to go to their manager, her address is {EMAIL}",
        "forward visitors' reviews after the walks to {EMAIL}, our tour writer runs that inbox and she reworks the scripts from them",
        # card
        "take the subscription off the card hooked up to our souvenir stall's till on the pier, {CARD}",
        "the wind on this bridge is so strong i'm holding the card with both hands, reading it out slowly, {CARD}",
        "{NAME} is the payer here, we own the bureau half and half and we've talked the charge over, reading the card out, {CARD}",
        # name
        "which guide with which language lands in which slot is decided by {NAME}, so give the right to move tours to nobody else",
        "agent and concierge payouts only go out once {NAME} has counted them over again, so open the payouts screen to that one person",
        "{FIRST}, sorry, i'm up the bell tower with a group and the bells have just started, give me a minute, i'll come down and we'll finish",
    ],
}
NOPII_T = {
    "ru": [
        "номер групповой брони от круизной компании {BADCARD}, по нему у трапа сверяют пассажиров перед выходом в город",
        "на коробке с передатчиками для аудиогидов выбит номер партии {BADCARD}, внесите его в карточку оборудования",
        "теплоход с нашей группой отходит от причала {DATE}, посадку закрывают {TIME}",
        "{QTY}, так и вношу в анкету, остальное заполним после показа",
        "входной билет в собор, который включен в ваш маршрут, обходится в {PRICE} с человека",
        "фестиваль фонарей на набережной открывается {DATE}, улицы в центре перекроют {TIME}, так что вечерние маршруты придется сдвинуть",
    ],
    "en": [
        "the cruise line gave us a group booking reference, {BADCARD}, passengers are checked against it at the gangway before they go ashore",
        "the box of audio guide transmitters has batch number {BADCARD} stamped on it, put that in the equipment record",
        "the boat with our group pulls away from the pier {DATE}, boarding closes {TIME}",
        "{QTY}, i'm putting that in the questionnaire, we'll fill in the rest after the demo",
        "entry to the cathedral that's on your route comes to {PRICE} a head",
        "the lantern festival on the embankment opens {DATE}, the streets in the centre close {TIME}, so the evening routes will have to move",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "добавите в оформление билета нашу страховку от дождя, с каждого полиса нам капает своя доля, и за это сбор с билета я вам подрежу на {P}",
        "переведите билеты на невозвратный тариф, нам не придется гонять деньги туда и обратно, и сбор за обработку платежей у вас убавится на {P}",
        "аудиогиды берите в аренду у нас, а не у сторонней конторы, и сама платформа вам тогда обойдется на {P} дешевле",
        "разрешите нам перепродавать записи ваших аудиогидов другим бюро, в других городах, и абонентка у вас усохнет на {P}",
        "у нашей компании в этом месяце юбилей, и всем, кто подпишется до его конца, я ставлю годовую абонентку с вычетом {P}",
        "успеете подписаться до того, как на реке откроют навигацию, первый сезон у вас пойдет за вычетом {P}",
        "проведете наш отдел продаж по крышам вместо корпоратива, а я взамен выбью вам {PA} скидку на первый год",
        "билеты, которые продают консьержи, проводите через наш агентский кабинет, и наша доля с этих продаж срежется на {P}",
        "если у вас появится маршрут, доступный для колясочников, мы такие продвигаем особо, и абонентку я вам снижу вплоть до {PG}",
    ],
    "en": [
        "add our rain cover to the ticket checkout, we get a share of every policy sold, and for that i'll trim the fee on each ticket by {P}",
        "switch your tickets to non refundable, we stop shuffling money back and forth, and your payment handling fee goes down {P}",
        "rent your audio guides from us rather than from an outside outfit and the platform itself will cost you {P} less",
        "let us sell your audio guide recordings on to bureaus in other cities and i'll peel {P} off your subscription",
        "our company is celebrating its anniversary this month, and anyone who signs up before it's over gets the yearly plan with {P} deducted",
        "sign before the river navigation season opens and your first season goes through with {P} taken off",
        "take our sales team over the rooftops instead of an office party, and in exchange i'll get you {P} off the first year",
        "run the tickets your concierges sell through our agent dashboard and our cut on those sales shrinks by {P}",
        "once you've got a route that works for wheelchair users, we push those ones especially, and your plan drops by as much as {P}",
    ],
}
HALF_T = {
    "ru": ["с детских билетов мы удерживаем ровно вдвое меньше, чем со взрослых",
           "второй язык в аудиогиде, если запись вы принесете готовую, обойдется вам ровно в половину стоимости первого"],
    "en": ["on children's tickets our fee is cut clean in half compared with adult ones",
           "a second language on the audio guide, if you bring the recording ready made, is billed at half the first language's charge"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "консьержи в гостиницах оставляют себе {P} с каждого проданного ими билета, платформа удержит это сама, когда будет считать выплаты",
        "музей на холме с весны поднял цену входного на {P}, так что стоимость маршрута, куда он входит, нужно пересчитать",
        "по данным городского туристического комитета, иностранных гостей за лето приехало больше на {P}",
        "если турист отменяет прогулку меньше чем за сутки, по вашим правилам ему возвращается только {P}, это и пропишем в условиях билета",
        "чаевых туристы оставляют гиду в среднем {P} от цены билета, это деньги самих гидов, платформа их только передает",
        "{P} ваших броней приходится на англоязычные группы, так что на выходные гидов с английским стоит держать побольше",
        "за постоянные заказы автобусный перевозчик уступает вам {P}, и себестоимость загородного маршрута платформа покажет уже с этой уступкой",
        "корпоративные группы у вас вносят {P} предоплаты при бронировании, остаток в день экскурсии, оба платежа платформа разнесет сама",
    ],
    "en": [
        "hotel concierges keep {P} of every ticket they sell, the platform holds that back on its own when it works out the payouts",
        "the museum on the hill put its entry price up {P} this spring, so the route that includes it needs repricing",
        "going by the city tourism board, {P} more foreign visitors came this summer",
        "when a visitor cancels less than a day ahead, your rules give back only {P}, we'll write that into the ticket terms",
        "on average visitors tip the guide {P} of the ticket price, that money belongs to the guides, the platform only passes it on",
        "{P} of your bookings are english speaking groups, so it's worth keeping more english speaking guides on at weekends",
        "the coach company knocks {P} off for your regular orders, and the platform shows the out of town route's cost with that already taken into account",
        "corporate groups put down {P} when they book and the rest on the day of the tour, the platform books both payments itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы водим только по выходным, в будни у нас тишина, неужели не срежете {P}?",
            "нет, тут я вам не помогу, тариф не привязан к числу рабочих дней, и торговаться по нему я не уполномочен")],
    "en": [("we only run tours at weekends, weekdays are dead for us, surely you can shave {P} off?",
            "no, i can't help you there, the plan isn't tied to how many days you work, and i'm not authorised to haggle over it")],
}
CHANNEL_T = {
    "ru": [
        "в субботу я как раз буду у вас в городе с семьей, маякните мне в {MSG}, аккаунт мой личный, я присоединюсь к вашей прогулке, а про условия поговорим там же",
        "если гид проспал и группа мерзнет у фонтана, а офис еще закрыт, будите меня, {PPHONE}, номер мой собственный, я все равно встаю раньше всех",
        "тексты экскурсий я по вечерам вычитываю для души, шлите их мне не на работу, а вот на этот адрес, {PEMAIL}, английские версии приглажу сам",
        "гиды у вас приезжие, по русски пишут с трудом, пусть пишут мне в {MSG} на своем родном языке, у меня в личном аккаунте включен автоперевод, обойдемся без поддержки",
        "я сейчас работаю с дачи, а рабочая почта без защищенного подключения там не открывается, так что скан подписанного договора пришлите на мой личный ящик, {PEMAIL}",
        "у ваших гидов на маршруте руки заняты флажком и микрофоном, строчить в поддержку им некогда, пусть просто звонят мне на личный, {PPHONE}, разберусь на ходу",
        "на крышку каждого сканера, который мы вам привезем, я наклею свой личный номер, {PPHONE}, пусть гиды с любой заминкой звонят прямо мне",
    ],
    "en": [
        "i'll actually be in your city with my family on saturday, drop me a line on {MSG}, it's my personal account, i'll tag along on your walk and we can talk terms there",
        "if a guide oversleeps and the group is freezing by the fountain before the office opens, wake me up, {PPHONE}, that number's my own, i'm up before everyone anyway",
        "i proofread tour scripts in the evenings as a hobby, so don't send them to work, use {PEMAIL}, i'll smooth out the english versions myself",
        "a lot of your guides aren't from here and struggle with english, so let them write to me on {MSG} in their own language, my personal account translates automatically, we'll manage without support",
        "i'm working from my cottage this week and the office mail needs a secure connection i haven't got out here, so send the signed contract scan to my private inbox, {PEMAIL}",
        "out on the route your guides have a flag in one hand and a microphone in the other, no time to type to support, so let them just call my personal phone, {PPHONE}, i'll sort it on the go",
        "i'll stick my personal number on the lid of every scanner we bring you, {PPHONE}, so your guides can ring me direct about any hiccup",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "сразу после оплаты туристу прилетает электронный билет с картой точки сбора, его отправляет платформа со своего официального аккаунта в {MSG}",
        "дежурная линия компании, {CPHONE}, по выходным отдана отделу сопровождения экскурсий, так что с билетами, которые не сканируются, гиды идут туда",
        "акты сверки по агентским комиссиям бухгалтерия компании рассылает с адреса {CEMAIL}, и ответы на него читают все ее сотрудники",
        "компания заранее предупреждает о плановых работах и сбоях платформы через официальный канал в {MSG}, подписаться может любой ваш гид",
    ],
    "en": [
        "right after payment the visitor gets an electronic ticket with a map of the meeting point, sent by the platform from its own official {MSG} account",
        "at weekends the company's duty line, {CPHONE}, is handed over to the tour support team, so that's where guides turn with tickets that refuse to scan",
        "the company's accounts department sends out reconciliation statements for agent commissions from {CEMAIL}, and everyone in that department reads the replies",
        "the company warns ahead of planned maintenance and outages through its official {MSG} channel, and any of your guides can subscribe",
    ],
}
NOT_PRESSURE = {
    "ru": ["спросите своих консьержей, станут ли они вообще пользоваться агентским кабинетом, если нет, то и подключаться вам смысла нет",
           "купите сами себе билет на собственную прогулку через наш виджет, и если покажется неудобно, значит, мы вам не подходим, и это нормально",
           "поспрашивайте у знакомых бюро, кто на чем продает билеты, и выбирайте сами, уговаривать я не стану"],
    "en": ["ask your concierges whether they'd even use the agent dashboard, and if they wouldn't, there's no sense in you signing up",
           "buy yourself a ticket to one of your own walks through our widget, and if it feels clumsy, then we're not right for you, and that's fine",
           "ask the bureaus you know what they sell their tickets through and pick for yourselves, i won't try to talk you round"],
}
