"""Sentence templates for the "test39" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for car washes and
detailing studios (wash bay booking, detailing packages, fleet wash
subscriptions for taxi firms, queue screens in the waiting room, chemicals and
towels stock, loyalty visits, ceramic coating warranties) to car wash owners.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test37.py (ru first names
from М to Я, en first names from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a number
read off the sticker the pressure washer's repairman left on the machine, a
taxi firm's dispatcher who sends cars over in batches and wants the booking
confirmations, the senior detailer who has been there since opening day, the
owner who opens a third bay when the queue alert reaches him, the chain's
shared line that rings at whichever of three washes is free; clean towel
shortage alerts for the caretaker who also takes the dirty microfibre to the
laundry, ceramic warranty certificates copied to the lawyer who handles
coating complaints, an address spelt letter by letter for the detailing
centre's accounts; the card with cashback on car chemicals, a card read off a
photo the administrator took at the till, an investor named as the payer
before his card; the person whose name greets clients on the queue screen, the
one employee trained by the coating manufacturer, a client answering a voice
message about the queue screen; distractors with a ceramic warranty
certificate number, a queue screen's serial, a warranty inspection of a
coating, a size the starter package covers, a canister of touchless wash
concentrate and a taxi firm's interior cleaning day; discounts framed as the
client's own waiting room screen used instead of ours, a taxi fleet signed up
to a wash subscription, a seasonal correction for dry months, self service
bays where no washer works, a small badge with the vendor's name on the queue
screen, a warranty module needed for viewing only, a concession for road
testing booking through a navigation app, a second wash on the same street
registered as a branch and towels and chemicals ordered from partners inside
the system; half price as a vacuum only bay and a second queue screen that
shows plate numbers only; non-offers about recycled water, microfibre written
off, an online booking aggregator's commission, warranty claims from cars that
skipped upkeep, a towel supplier's price rise, winter road salt traffic, a no
show's lost deposit and the regulars' share of revenue; a four bay self
service wash by the highway asking for a cut; personal channels as a rep who
may leave the company but wants to finish the launch on a messenger signed in
from his own number, a work phone drowned in chats, reconciliations with taxi
firms sent to the rep's old address from student days without the bosses
copied, voice notes kept away from quality control, a loyalty spreadsheet sent
to the inbox that holds the rep's subscriptions and private letters, a deal
started on the rep's own phone so the bonus is not lost to another manager,
and a rep who lives two blocks away and drops in to set the screen up; company
channels as the platform's branded account sending coating upkeep reminders,
the company's billing centre, the training centre's shared address and the
company's community for wash owners run by its product managers; polite
closings as a trial on one bay, letting the detailers have their say, and
working out first what missed bookings cost, with no argument if the figure is
small).

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
    ("мартин", "пенкин", "вуколович"),
    ("нелли", "глянцева", "венедиктовна"),
    ("орест", "воскобойников", "гермогенович"),
    ("стелла", "щеткина", "дормидонтовна"),
    ("спартак", "тряпицын", "ипатьевич"),
    ("эльмира", "блескова", "ксенофонтовна"),
    ("рюрик", "полировщиков", "аверкиевич"),
    ("милена", "мочалкина", "климентьевна"),
    ("эрнест", "губкин", "фокеевич"),
    ("тереза", "капотова", "варлаамовна"),
]
EN_NAMES = [
    ("mervyn", "suddaby"),
    ("orla", "buffery"),
    ("norbert", "washbrook"),
    ("petronella", "glossop"),
    ("vernon", "spotswood"),
    ("rhoda", "lathbury"),
    ("yusuf", "brightwell"),
    ("sigrid", "hosegood"),
    ("tobin", "cleverley"),
    ("xanthe", "dryhurst"),
]
RU_LAT = {"мартин": "martin", "пенкин": "penkin", "нелли": "nelli", "глянцева": "glyantseva",
          "орест": "orest", "воскобойников": "voskoboynikov", "стелла": "stella", "щеткина": "shchetkina",
          "спартак": "spartak", "тряпицын": "tryapitsyn", "эльмира": "elmira", "блескова": "bleskova",
          "рюрик": "ryurik", "полировщиков": "polirovshchikov", "милена": "milena", "мочалкина": "mochalkina",
          "эрнест": "ernest", "губкин": "gubkin", "тереза": "tereza", "капотова": "kapotova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "на аппарате высокого давления есть наклейка от сервисника, который его чинит, пусть заявки на ремонт система шлет прямо ему, номер с наклейки такой, {PHONE}",
        "диспетчер таксопарка, который гонит к нам машины целыми партиями, просил, чтобы подтверждения брони уходили лично ему, {PHONE}",
        "если нужен человек, который понимает в полировке и керамике, то это наш старший детейлер, он работает здесь со дня открытия, его номер продиктую, {PHONE}",
        "оповещения, что очередь на мойку растянулась, пусть падают мне как хозяину, {PHONE}, я тогда открываю третий пост",
        "на общую линию сети, {CPHONE}, отвечает любая из трех наших моек, какая свободнее, вот этот номер и ставьте в карточку компании",
        # e-mail
        "когда чистых полотенец на смену остается меньше нормы, извещение пусть получает наш завхоз, {EMAIL}, он же отвозит грязную микрофибру в прачечную",
        "гарантийные талоны на керамику пусть дублируются юристу, который разбирает претензии по покрытию, адрес такой, {EMAIL}",
        "почту скажу по буквам, медленно, {EMAIL}, это бухгалтерия детейлинг центра, оттуда уходят акты таксопаркам",
        # card
        "давайте не корпоративную, а ту, где кэшбэк на автохимию, сейчас найду, ага, вот она, {CARD}",
        "карта лежит в кассе на мойке, администратор мне ее сфотографировала, читаю прямо с фотографии, {CARD}",
        "плательщиком в договоре будет {NAME}, это наш инвестор, списывать будете с карты инвестора, записывайте, {CARD}",
        # name
        "когда будете настраивать экран очереди, пусть в приветствии на нем высвечивается {NAME}, этого администратора клиенты и так все знают в лицо",
        "если придет гарантийная претензия по керамике, пусть ее сразу получает {NAME}, обучение у производителя покрытия у нас проходил только этот человек",
        "{FIRST}, добрый день, это вы мне вчера оставили голосовое про экран очереди?",
    ],
    "en": [
        # phone
        "the pressure washer carries a label from the repairman who services it, let the system send repair requests straight to him, reading off the label, {PHONE}",
        "the dispatcher at the taxi firm who sends cars over to us in whole batches asked for the booking confirmations to go to him personally, {PHONE}",
        "if you need someone who understands polishing and ceramic, that's our senior detailer, he's worked here since opening day, i'll read you his number, {PHONE}",
        "let the alerts that the wash queue has stretched out land on me as the owner, {PHONE}, that's when i open the third bay",
        "whichever of our three washes is least busy answers the chain's shared line, {CPHONE}, so that's the number to put on the company profile",
        # e-mail
        "when clean towels for the shift drop below the norm, the notice should reach our caretaker, {EMAIL}, he's also the one who takes the dirty microfibre to the laundry",
        "have the ceramic warranty certificates duplicated to the lawyer who sorts out coating complaints, here's his address, {EMAIL}",
        "letter by letter, and slowly, {EMAIL}, that's the detailing centre's accounts, statements to taxi firms are sent from there",
        # card
        "not our business card, the one giving cashback on car chemicals, hang on, aha, found it, {CARD}",
        "the card stays in the till at the wash, our administrator snapped it for me, so i'm reading the digits off her picture, {CARD}",
        "the payer on the contract will be {NAME}, that's our investor, the payment comes off the investor's card, take this down, {CARD}",
        # name
        "when you set up the queue screen, have the welcome line on it show {NAME}, everyone who comes in knows that administrator by sight anyway",
        "if a ceramic warranty claim comes in, have the system write to {NAME} right away, they're the only one of us trained by the coating manufacturer",
        "{FIRST}, good afternoon, was it you who left me that voice note yesterday about the queue screen?",
    ],
}
NOPII_T = {
    "ru": [
        "номер гарантийного талона на керамику {BADCARD}, клиент приедет с ним на осмотр покрытия",
        "заводской номер экрана очереди {BADCARD}, привяжите его к залу ожидания на втором этаже",
        "плановый осмотр керамики клиенту назначен {DATE}, машину он обещал пригнать {TIME}",
        "вы говорите, {QTY}, под такой размер возьмите стартовый пакет, дорасти до большего успеете",
        "канистра концентрата для бесконтактной мойки стоит у вас {PRICE}, и, по вашим словам, уходит примерно за неделю",
        "химчистку салонов по абонементу таксопарка мы запланировали {DATE}, первые машины пригонят {TIME}",
    ],
    "en": [
        "the ceramic warranty certificate is numbered {BADCARD}, the client will show it at the coating inspection",
        "the queue screen has {BADCARD} stamped on its back, link it to the waiting room upstairs",
        "the client's scheduled coating check under warranty is {DATE}, he said he'd arrive {TIME}",
        "you're saying {QTY}, for that size take the starter package, there's time to grow into a bigger one later",
        "a canister of touchless wash concentrate runs to {PRICE} for you, and by your account it's gone in about a week",
        "the taxi firm's interior cleaning under their subscription falls {DATE}, the first cars arrive {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если для очереди оставите свой экран, тот, что уже висит у вас в зале ожидания, а наш брать не будете, из сметы на подключение уходит {P}",
        "с каждого таксопарка, который вы заведете на абонентскую мойку через нашу систему, ваша собственная подписка теряет {P}",
        "в засушливые месяцы, когда машин на мойку приезжает мало, счет пойдет с сезонной поправкой, ниже обычного на {P}",
        "посты самообслуживания, на которых ваши мойщики вообще не работают, в тарифе будут весить на {P} меньше обычных",
        "если разрешите поставить в углу экрана очереди маленькую плашку с нашим названием, ежемесячный платеж похудеет на {P}",
        "гарантийный модуль по керамике вам нужен только для просмотра, талоны вы все равно оформляете у производителя, поэтому за него беру на {P} меньше",
        "вы первые из наших клиентов согласились обкатывать запись через навигатор, так что за терпение к недоделкам оформлю вам {PA} уступку",
        "вашу вторую мойку на той же улице заведу как филиал первой, и подписка за нее выйдет скромнее на {P}",
        "будете заказывать полотенца и химию у наших партнеров прямо из системы, и тариф поползет вниз, вплоть до {PG}",
    ],
    "en": [
        "if you keep your own screen for the queue, the one already up in your waiting room, and don't take ours, the setup estimate gets {P} smaller",
        "for every taxi fleet you sign up to a wash subscription through our system, your own plan gets {P} trimmed off",
        "in the dry months, when hardly any cars come in for a wash, the bill carries a seasonal correction, {P} below normal",
        "self service bays where your washers never set foot weigh {P} less on the plan than the staffed ones",
        "let us put a small badge with our name in the corner of the queue screen and your monthly bill thins out by {P}",
        "you only need the ceramic warranty module for looking things up, you issue the certificates with the manufacturer anyway, so i'm pricing that module {P} under list",
        "you're the first of our clients to agree to road test booking through the navigation app, so for putting up with the rough edges i'll set you up a {P} concession",
        "your second wash on the same street i'll register as a branch of the first, and the second wash's fee works out {P} lower",
        "order your towels and chemicals from our partners straight from the system and the plan creeps down, by as much as {P}",
    ],
}
HALF_T = {
    "ru": ["пост, где только пылесосят салоны, без воды и химии, посчитаем как половину обычного бокса",
           "второй экран очереди, на котором видны только номера машин, без рекламы и таймеров, стоит половину основного"],
    "en": ["a bay that only vacuums interiors, no water and no chemicals, we'll put down at half a regular bay's price",
           "a second queue screen that shows just the plate numbers, no ads and no timers, is half the price of the main one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "ваша система оборотной воды пускает по кругу {P} воды, в отчете по расходам это будет отдельной цифрой",
        "микрофибры у моек за месяц в среднем списывается {P}, она рвется и теряется, поэтому система пересчитывает полотенца каждую смену",
        "агрегатор онлайн записи забирает с каждой брони {P}, а со своей записи через виджет на сайте вы никому ничего не отдаете",
        "примерно {P} гарантийных обращений по керамике, если судить по нашим клиентам, приходится на машины, которые пропустили плановый уход",
        "поставщик полотенец поднял цены на {P} с начала года, в себестоимость детейлинга это придется заложить",
        "зимой из за реагентов машин на мойку приезжает на {P} больше, так что очередь на экране будет длиннее",
        "клиент, который не приехал на забронированную полировку, теряет {P} задатка, так записано в ваших правилах, и система удержит эту часть сама",
        "постоянные клиенты приносят вашей мойке {P} выручки, это хорошо видно по визитам в программе лояльности",
    ],
    "en": [
        "your water recycling unit sends {P} of the water back round, the expenses report puts that figure separately",
        "car washes write off {P} of their microfibre a month on average, it tears and goes missing, so the system counts the towels every shift",
        "the online booking aggregator holds on to {P} from every booking, while with your own booking widget on the website you hand nothing to anyone",
        "judging by our clients, roughly {P} of ceramic warranty claims come from cars that skipped their scheduled upkeep",
        "the towel supplier has raised prices {P} since the start of the year, that'll have to go into the cost of detailing",
        "in winter the road salt brings {P} more cars in for a wash, so the queue on the screen will be longer",
        "a client who doesn't show up for a booked polish forfeits {P} of what they put down, your rules say so, and the system withholds that part on its own",
        "your regulars bring the wash {P} of its revenue, it's plain from the visits in the loyalty programme",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня мойка самообслуживания на четыре поста у трассы, персонала почти нет, может, сбавите {P}?",
            "сбавить не могу, пост стоит одинаково, есть на нем мойщик или нет")],
    "en": [("i've got a four bay self service wash out by the highway with barely any staff, could you ease the price {P} for me?",
            "i can't ease it, a bay has one price, with a washer on it or without")],
}
CHANNEL_T = {
    "ru": [
        "я, возможно, скоро уйду из компании, но ваш запуск хочу довести сам, так что давайте переписываться через {MSG}, где я сижу с личного номера, а не с рабочего",
        "в рабочем телефоне у меня сотни чатов, ваш там утонет, сохраните лучше мой второй номер, личный, {PPHONE}",
        "акты сверки с таксопарками, где видно, сколько машин помыли на самом деле, присылайте мне на старую почту, еще студенческую, {PEMAIL}, хочу посмотреть их спокойно, без начальства в копии",
        "голосовые лучше не в чат компании, там их слушает контроль качества, наговаривайте мне в {MSG}, в мой собственный аккаунт",
        "таблицу по бонусным визитам перешлите на почту, где у меня подписки и личная переписка, {PEMAIL}, я в выходные посижу над ней дома",
        "когда будете готовы подписывать, сначала наберите меня на мой, не рабочий, {PPHONE}, я оформлю сделку на себя, и премия за нее не уйдет другому менеджеру",
        "я живу в двух кварталах от вашей мойки, случись что, звякните мне, {PPHONE}, сотовый у меня собственный, забегу и сам настрою экран, без выезда от компании",
    ],
    "en": [
        "i might be leaving the company soon, but i want to see your launch through myself, so let's keep writing on {MSG}, where i log in from a sim i bought myself",
        "my work phone has hundreds of chats on it and yours would sink, better save my second number, the one that's mine personally, {PPHONE}",
        "the reconciliations with the taxi firms, the ones showing how many cars really got washed, send them to my old address from student days, {PEMAIL}, i want to look at them quietly without the bosses copied in",
        "voice notes are better kept out of the company chat, quality control listens to them there, record them for me on {MSG}, i'm signed in there privately, not through the firm",
        "drop the loyalty visits spreadsheet into the inbox where my subscriptions and personal letters go, {PEMAIL}, i'll sit down with it at home over the weekend",
        "when you're ready to sign, first phone the handset registered to me rather than the office one, {PPHONE}, i'll put the deal through under my name and the bonus won't go to another manager",
        "i live two blocks from your wash, should anything happen just ring, {PPHONE}, that's my own cell, i'll pop over and set the screen up myself, no visit from the company",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о плановом уходе за керамикой клиенту напомнит сама платформа, сообщением от ее фирменного аккаунта в {MSG}, вашим сотрудникам для этого ничего делать не надо",
        "по оплате абонементов таксопарками звоните в отдел расчетов компании, {CPHONE}, ответит любой свободный сотрудник",
        "заявки на обучение ваших детейлеров работе в системе пишите на адрес учебного центра компании, {CEMAIL}, его по очереди разбирают все тренеры",
        "владельцы моек сидят в общем сообществе компании в {MSG}, которое ведут наши продакт менеджеры, там и выкладывают обновления экрана очереди",
    ],
    "en": [
        "the platform itself reminds the client about scheduled ceramic upkeep, with a message from its branded account on {MSG}, your staff don't need to lift a finger",
        "for questions about taxi firms paying for their subscriptions call the company's billing centre, {CPHONE}, any free member of staff will answer",
        "requests to train your detailers on the system go to the company training centre's address, {CEMAIL}, all the trainers take turns going through it",
        "car wash owners sit in the company's community on {MSG}, run by our product managers, that's where the queue screen updates get posted",
    ],
}
NOT_PRESSURE = {
    "ru": ["погоняйте пробную запись на одном боксе пару недель, а дальше решайте сами, я не буду звонить и дергать вас",
           "поговорите с детейлерами и с администратором, им с этим экраном жить, а мне не горит",
           "сначала посчитайте, во что вам обходятся сорванные записи, если цифра выйдет маленькой, значит, мы вам и не нужны, спорить не стану"],
    "en": ["run the trial booking on one bay for a fortnight, after that it's your call alone, i won't be ringing and nagging you",
           "let the detailers and the administrator have their say first, they're the ones who'll live with that screen, and i'm in no rush",
           "first work out what the missed bookings actually cost you, and if the figure comes out small, then you don't need us, i won't argue"],
}
