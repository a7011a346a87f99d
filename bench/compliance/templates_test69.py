"""Sentence templates for the "test69" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for coworking
spaces and meeting-room rentals (hot desks and fixed desks by the month,
meeting rooms by the hour, day passes, mail handling and a legal address for
tenants, guest passes at reception, coffee and printing credits) to owners of
coworking spaces, community managers, receptionists, facility managers,
bookkeepers and the tenants themselves. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test68.py (ru first names, surnames and patronymics from А to М,
en first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
girl at the front desk who writes out guest passes and wants a text about
every visitor before he is at the door, the caretaker one floor down who fixes
a dead projector in a meeting room himself, the security guard on the ground
floor who takes in tenants' letters and parcels and sorts them into the
pigeonholes, the community manager who spends half the day in the kitchen
with tenants and should get the login codes, the coworking's number printed
on the back of every guest badge; fixed desk leases for the lawyer who checks
the legal address clause, the bookkeeper who bills tenants for printing and
coffee and gets the credit reconciliations, the partner who decides from the
monthly meeting room occupancy whether to rent another floor; the card that
pays for the coffee machines' beans, read out in fours, a card kept under the
keyboard at the caller's own fixed desk, a partner named before the card he
left in an envelope at the front desk; the only person allowed to change
day pass and meeting room prices, the person who handles legal addresses and
tax office letters, a caller whose open space neighbour switches on the
coffee grinder; distractors with a lost access pass to block at the
turnstile, the coffee machine's serial for the service engineer, the big
meeting room booked for a whole day, the size of the space, a day pass with
coffee included and a deep clean of the open space; discounts framed as
tenants booking rooms themselves in the app so the paper log goes, the
coffee module struck off because coffee is free for everyone, the vendor's
own client meetings held in the client's big meeting room once a month,
floors under renovation left out of the first bill, round the clock access
switched off, a lower cut of every hourly room booking for a space with many
rooms, a stand at the tenants' fair paid for with a discount written into an
addendum, a cut down reception module for a space with few guests, and the
coffee and printing credits brought over for a discount of about a given
share; half price as a login for the night guard who only checks guests in
and a phone booth booked by the half hour; non-offers about a tenant's
security deposit, the landlord indexing the rent per square metre, meeting
rooms standing idle after lunch, the simplified tax on rental takings, a
coffee roaster's reduction for big sacks, day pass visitors who later take a
fixed desk, the commission paid to estate agents who bring tenants, and the
coworking's takings growing; a one-floor space above a bakery asking for a
cut; personal channels as a rep who rents a hot desk at the client's himself
and wants setup questions in his private messenger chat, a work number that
forwards to a call centre so the rep gives his own, a tenants export sent to
the rep's personal mailbox so he can prepare the migration at home on his own
laptop, a rep handing in his work laptop before a move and reachable only in
his messenger on his own sim, a contract with the discount sent from a mailbox
he keeps for himself instead of the system, a referral fee for recommending
the vendor to a neighbouring space discussed on the rep's own number, and a
number only his friends and a couple of his clients know; company channels as
the company's official bot telling a tenant a parcel has come to the legal
address, the company's hotline whose engineer on duty opens the turnstile
remotely, the launch team's shared address for connecting new spaces, and
the company's official community of coworking owners; polite closings as a
poll among tenants deciding it, receptionists trying the demo for a week, and
the offer still standing in half a year if the shared spreadsheet copes).

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
    ("азарий", "конторкин", "всеславович"),
    ("мариетта", "креслова", "вонифатьевна"),
    ("анисим", "бейджиков", "дионисьевич"),
    ("ева", "доскина", "кирьяновна"),
    ("вонифатий", "абажуров", "касьянович"),
    ("земфира", "визиткина", "мстиславовна"),
    ("мелетий", "ключников", "жданович"),
    ("гортензия", "бронникова", "любимовна"),
    ("дионисий", "маркеров", "евстратович"),
    ("аделия", "кофемолкина", "игнатовна"),
]
EN_NAMES = [
    ("anders", "bookbinder"),
    ("calla", "hotchkiss"),
    ("blaise", "inkster"),
    ("delphina", "copeland"),
    ("cormac", "cubitt"),
    ("elsbeth", "dayman"),
    ("edric", "lettsome"),
    ("fenna", "lobley"),
    ("garrick", "boardman"),
    ("juno", "faxon"),
]
RU_LAT = {"азарий": "azariy", "конторкин": "kontorkin", "мариетта": "marietta", "креслова": "kreslova",
          "анисим": "anisim", "бейджиков": "beydzhikov", "ева": "eva", "доскина": "doskina",
          "вонифатий": "vonifatiy", "абажуров": "abazhurov", "земфира": "zemfira", "визиткина": "vizitkina",
          "мелетий": "meletiy", "ключников": "klyuchnikov", "гортензия": "gortenziya", "бронникова": "bronnikova",
          "дионисий": "dionisiy", "маркеров": "markerov", "аделия": "adeliya", "кофемолкина": "kofemolkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "гостевые пропуска у нас выписывает девушка на стойке, она просила, чтобы про каждого гостя ей прилетала эсэмэска еще до того, как человек покажется в дверях, {PHONE}",
        "если в переговорке опять не включится проектор, звонить надо нашему завхозу, он сидит этажом ниже и все чинит сам, внесите его в список дежурных, {PHONE}",
        "письма и посылки резидентов принимает охранник на первом этаже, извещения о каждом конверте должны уходить ему, {PHONE}, а он уже раскладывает все по ячейкам",
        "коды подтверждения для админки привязывайте к телефону нашего комьюнити менеджера, полдня она сидит с резидентами на кухне, но трубка всегда при ней, {PHONE}",
        "номер коворкинга отпечатан на обороте каждого гостевого бейджа, {CPHONE}, гости звонят туда спросить, как найти нужную переговорку",
        # e-mail
        "договоры на закрепленные места пересылайте нашей юристке, {EMAIL}, она следит, чтобы в каждом был пункт про юридический адрес",
        "{EMAIL}, это почта бухгалтера, который выставляет резидентам счета за печать и кофе, на нее же пусть падают сверки по кредитам",
        "месячную загрузку переговорных ставьте в копию моему партнеру, адрес у него такой, {EMAIL}, по этой таблице он прикидывает, не пора ли снимать еще один этаж",
        # card
        "оплату сервиса привяжите к карте, с которой у нас уходят деньги за кофейное зерно, называю по четыре цифры, {CARD}",
        "карточку я держу под клавиатурой, сам ведь сижу тут же за закрепленным столом, вот, вытащил, {CARD}",
        "счет закроет мой компаньон, {NAME}, он оставил свою карту на стойке в конверте, вскрываю, читаю, {CARD}",
        # name
        "цены на дневные пропуска и на часы в переговорках меняет только {NAME}, остальным администраторам хватит права бронировать",
        "все, что касается юридических адресов резидентов, включая письма из налоговой, у нас лежит на {NAME}, так что запросы по регистрации компаний направляйте туда",
        "{FIRST}, одну секунду, сосед по опенспейсу включил кофемолку, я выйду в коридор, а вы повторите, пожалуйста, про почасовую бронь",
    ],
    "en": [
        # phone
        "the girl on the front desk writes out our guest passes, she asked for a text about every visitor before they even show up at the door, {PHONE}",
        "if the projector in the meeting room won't come on again, the one to ring is our caretaker, he's one floor down and mends everything himself, put him on the call list, {PHONE}",
        "the security guard on the ground floor takes in the tenants' letters and parcels, the notice for every envelope should reach him, {PHONE}, and he sorts it all into the pigeonholes",
        "tie the admin login codes to our community manager's phone, she spends half the day in the kitchen with the tenants but her mobile never leaves her side, {PHONE}",
        "flip any guest badge over and there's the coworking's number, {CPHONE}, visitors call it when they can't find their meeting room",
        # e-mail
        "forward the fixed desk agreements to our lawyer, {EMAIL}, she makes sure every one has the legal address clause in it",
        "{EMAIL}, that's the inbox of the bookkeeper who bills tenants for printing and coffee, the credit reconciliations can drop in there too",
        "copy my partner on the monthly meeting room occupancy, his address is {EMAIL}, he goes by that sheet to judge whether it's time to lease another floor",
        # card
        "charge the service to the card our coffee bean orders go on, i'll read it in fours, {CARD}",
        "i keep the card under my keyboard, i sit at a fixed desk right here myself, there, pulled it out, {CARD}",
        "my business partner is settling the bill, {NAME}, he left his card at the front desk in an envelope, i'm opening it, reading it off, {CARD}",
        # name
        "only {NAME} changes the prices of day passes and meeting room hours, the other receptionists can get by with booking rights",
        "everything about the tenants' legal addresses, tax office letters included, sits with {NAME}, so send the company registration queries that way",
        "{FIRST}, one second, my open space neighbour just switched on the coffee grinder, i'll step into the corridor, could you go through the hourly booking again",
    ],
}
NOPII_T = {
    "ru": [
        "пропуск, который резидент обронил в лифте, имеет номер {BADCARD}, его нужно заблокировать на турникете",
        "на табличке под поддоном кофемашины выбит серийник {BADCARD}, мастер из сервиса без него заявку не примет",
        "большую переговорную сняли целиком {DATE}, гости хотят заехать {TIME} и просидеть до вечера",
        "если сложить опенспейс и кабинеты, у нас получается {QTY}, и по будням свободного почти не остается",
        "дневной пропуск в опенспейс у нас стоит {PRICE}, кофе без ограничений в эту цену уже входит",
        "генеральную уборку опенспейса наметили {DATE}, клининг появится {TIME}, резидентов предупредим заранее",
    ],
    "en": [
        "the pass a tenant dropped in the lift carries the number {BADCARD}, it needs blocking at the turnstile",
        "the plate under the coffee machine's drip tray has the serial {BADCARD} on it, the service engineer won't log a call without it",
        "the big meeting room is taken for the whole day {DATE}, the guests want to arrive {TIME} and stay till the evening",
        "put the open space and the private offices together and we come to {QTY}, and on weekdays there's hardly anything free",
        "a day pass to the open space costs {PRICE} here, unlimited coffee is already in that",
        "we've booked the deep clean of the open space {DATE}, the cleaners get here {TIME}, we'll warn the tenants ahead of time",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если резиденты начнут сами бронировать переговорки в приложении и ваш администратор бросит вести бумажный журнал, лицензию для стойки администратора посчитаю вам на {P} скромнее",
        "кофе у вас для всех бесплатный, так что кофейный модуль вам ни к чему, вычеркиваю его, и ежемесячный платеж просядет на {P}",
        "пускайте нас раз в месяц проводить встречи с нашими клиентами в вашей большой переговорке, а я за это отниму от подписки {P}",
        "этажи, которые у вас пока стоят на ремонте, в расчет не беру, пока там нет столов, поэтому первый счет выйдет на {P} легче",
        "ночью резиденты к вам все равно не ходят, круглосуточный доступ отключаю, и тариф опустится на {P}",
        "с каждой почасовой брони переговорки мы берем свою долю, и раз комнат у вас так много, эту долю я для вас подвину вниз на {P}",
        "пустите наш стенд на вашу ярмарку резидентов, и в допсоглашении я пропишу вам {PA} скидку на полгода",
        "гости у вас бывают редко, так что модуль ресепшена отдам в облегченном виде, он идет на {P} ниже полного",
        "заберете к нам заодно учет кофе и печати для резидентов, и за весь пакет я уступлю вам в районе {PG}",
    ],
    "en": [
        "if the tenants start booking the meeting rooms in the app themselves and your receptionist drops the paper log, i'll price the front desk seat {P} leaner",
        "coffee is free for everyone at your place, so the coffee module is surplus for you, i'm crossing it out and the monthly payment sags by {P}",
        "let us hold our own client meetings in your big meeting room once a month, and for that the subscription loses {P}",
        "the floors you've still got under renovation i'm leaving out of the count while there are no desks on them, so the first bill comes out {P} lighter",
        "nobody comes in at night anyway, so i'm switching off the round the clock access, and the plan eases down by {P}",
        "we keep a cut of every hourly meeting room booking, and since you've got so many rooms i'll nudge your share of that down by {P}",
        "find our stand a spot at your tenants' fair and the addendum will give you {P} off for six months",
        "you don't get many guests, so i'll hand you the reception module in its light version, it runs {P} under the full version's price",
        "move the coffee and printing credits onto our platform too, and the whole bundle goes for something like {P} less",
    ],
}
HALF_T = {
    "ru": ["вход для ночного охранника, который только отмечает гостей на проходной, стоить вам будет вполцены обычного места",
           "кабинку для звонков, которую бронируют по полчаса, заведем отдельной позицией, и стоит она вдвое меньше переговорки"],
    "en": ["a login for the night guard who only signs guests in at the door will cost you exactly half an ordinary seat",
           "we'll list the phone booth that people book by the half hour as its own item, priced at half a meeting room"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "арендатор закрепленного места вносит страховой депозит, {P} от месячной платы, и при выезде платформа возвращает его без вашего участия",
        "собственник здания с января индексирует ставку за квадратный метр на {P}, это ваш расход, к нашему тарифу он отношения не имеет",
        "после обеда переговорки у вас простаивают примерно {P} времени, в отчете по загрузке это видно сразу",
        "с выручки от аренды мест вы по упрощенке отдаете {P}, и декларацию для бухгалтера платформа соберет сама",
        "обжарщик, у которого вы берете зерно, делает вам минус {P} за большие мешки, в расходах на кофе это отразится само",
        "из тех, кто начинал у вас с дневного пропуска, {P} потом переходят на закрепленное место",
        "агентствам недвижимости, которые приводят арендаторов в кабинеты, вы платите комиссию {P} от первого месяца, в отчете она стоит отдельно",
        "за прошлый год выручка вашего коворкинга подросла на {P}, и больше всего за счет переговорных",
    ],
    "en": [
        "a fixed desk tenant leaves a security deposit equal to {P} of what they pay monthly, and when they move out the platform refunds it by itself",
        "the building's owner is indexing the rent per square metre by {P} from january, that's your cost, our tariff stays out of it",
        "after lunch your meeting rooms sit idle about {P} of the time, the occupancy report shows it straight away",
        "on the takings from desk rentals you hand over {P} under the simplified tax, and the platform puts the return together for your bookkeeper",
        "the roaster you buy beans from gives you {P} off on the big sacks, the coffee costs will reflect that on their own",
        "of the people who started with you on a day pass, {P} later move up to a fixed desk",
        "the estate agents who bring tenants into your offices get a {P} commission on the first month, the report keeps it on a separate line",
        "over last year your coworking's takings went up {P}, mostly thanks to the meeting rooms",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас крошечный коворкинг, один этаж над булочной, может, пойдете навстречу и сделаете нам {P}?",
            "нет, навстречу тут пойти не выйдет, лицензия считается за площадку, а не за число столов")],
    "en": [("we're a tiny coworking, one floor above a bakery, could you meet us with {P} off?",
            "no, i can't stretch on that one, the licence is counted per space, not per desk")],
}
CHANNEL_T = {
    "ru": [
        "я ведь сам по вторникам снимаю у вас место в опенспейсе, поэтому с настройкой дергайте меня в {MSG}, чат там частный, к работе он не относится, отвечу, не вставая с кресла",
        "мой корпоративный номер переадресуется в колл центр, до меня через него не дозвонитесь, поэтому вот вам мой собственный, {PPHONE}, звоните в любой день",
        "выгрузку резидентов с контактами прикрепите к письму и отправьте на ящик, заведенный мной лично, {PEMAIL}, миграцию я готовлю по вечерам дома со своего ноутбука",
        "в субботу я переезжаю и рабочий ноутбук сдаю, так что насчет запуска брони ловите меня в {MSG}, профиль там привязан к симке, которую я оплачиваю сам",
        "проект договора с вашей скидкой отправлю мимо системы, с почты, которую держу для себя, {PEMAIL}, подпишете и вернете туда же",
        "насчет вознаграждения за то, что вы посоветуете нас соседнему коворкингу, созвонимся по номеру, который принадлежит мне, а не фирме, {PPHONE}, служебный для такого не годится",
        "вот номер, который знают только мои друзья и пара моих клиентов, {PPHONE}, в компании он нигде не записан, набирайте по нему когда угодно",
    ],
    "en": [
        "i actually rent a hot desk at your place on tuesdays myself, so fire any setup questions my way on {MSG}, the chat there is private, work never sees it, i'll answer without getting out of my chair",
        "my company number forwards to a call centre, you'll never get through to me on it, so have my own one instead, {PPHONE}, ring it any day",
        "attach the tenants export with their contacts to a message for my private inbox, {PEMAIL}, i'm prepping the migration evenings at home on a laptop that belongs to me",
        "i'm moving house on saturday and handing in my work laptop, so about launching the bookings find me on {MSG}, that profile runs on a sim i pay for myself",
        "i'll send the draft contract with your discount outside the system, from a mailbox nobody but me uses, {PEMAIL}, sign it and send it back the same way",
        "about a reward for recommending us to the coworking next door, let's talk on my own number, {PPHONE}, the work line isn't for that sort of thing",
        "here's a number only my friends and a couple of my clients know, {PPHONE}, the company hasn't got it written down anywhere, dial it whenever you like",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "когда на юридический адрес пришла посылка, резидент получает в {MSG} уведомление, его отправляет официальный бот нашей компании, прямо с фотографией конверта",
        "если турникет не пускает резидента, набирайте круглосуточную линию компании, {CPHONE}, инженер на смене разблокирует его удаленно",
        "о каждой новой площадке, которую хотите подключить, пишите на общий адрес отдела запуска, {CEMAIL}, его по очереди читают все менеджеры отдела",
        "в {MSG} компания ведет официальное сообщество для владельцев коворкингов, туда мы выкладываем обновления и сводки загрузки по городам",
    ],
    "en": [
        "a tenant hears about a parcel at the legal address from our company's official {MSG} bot, photo of the envelope included",
        "if the turnstile won't let a tenant through, call the company hotline, {CPHONE}, whoever's on shift there unlocks it remotely",
        "requests to connect new spaces land in the launch team's common mailbox, {CEMAIL}, the managers there pick them up in turn",
        "for coworking owners there's an official community on {MSG} that the company moderates, updates and occupancy summaries by city come out there",
    ],
}
NOT_PRESSURE = {
    "ru": ["устройте среди резидентов опрос, хотят ли они бронировать столы через приложение, и по его итогам решите сами, сроков у меня тут никаких",
           "пусть администраторы на стойке неделю посидят в демо, мнение тех, кто встречает гостей, для меня важнее любого дедлайна",
           "если общая таблица пока вмещает все ваши брони, оставьте как есть, мое предложение будет в силе и через полгода"],
    "en": ["run a poll among your tenants on whether they'd book desks through an app, and let the result decide it, there's no deadline on my side",
           "let the receptionists sit with the demo for a week, the view of the people who greet your guests matters more to me than any date",
           "if the shared spreadsheet still holds all your bookings, leave it as it is, my offer will still stand half a year from now"],
}
