"""Sentence templates for the "test50" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a dispatch and billing platform for home repair
services (call outs and visit windows, technicians on the road, parts and
fittings drawn from the store, warranty revisits on finished work, customer
ratings of technicians, bills for labour and parts) to the owners and
dispatchers of handyman services and plumbing and electrical repair firms.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test47.py (ru first names
and surnames from Р to Я, en first names and surnames from Q to Z), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (the one plumber who takes every burst pipe after midnight and
is to be woken by the platform, a customer with a leaking boiler whose number
is punched into the job, the storeman who hands out parts and fittings in the
morning and should hear of every write off, the senior technician who hands
out warranty revisits, the number on the fridge magnets the technicians
leave behind, where repeat call outs pour in; signed job sheets filed in the
bookkeeper's mailbox, ratings dumped every friday to a quality lead who rings
everyone who gave a low mark, a buyer of taps and fittings whose login is
tied to his address; a card read out in a van from the glove box next to the
mileage logs, a worn card whose last digits can barely be made out, a co
owner, named before the card's number, who is fine with it being charged; the
person whose signature goes on every warranty slip and who answers for
redos, the person who deals with complaints about technicians, a caller down
in a customer's basement who keeps losing the line; distractors with a
warranty slip number read off the form, the part number of the pump fitted
most often, a technician's visit window, a setup noted down by the rep, the
price of a call out to the house and a meter check round through the flats;
discounts framed as idle technicians lent through the company's exchange to
other firms' urgent jobs, technicians on probation, a returning customer who
left a couple of years back, billing by closed call outs instead of by
headcount, customers' money taken through payment in the app, technicians
already paid for through another firm, a reward for a bug report on warranty
periods, only the dispatch side taken while billing stays in the client's
accounts, and unpaid warranty revisits not counted as call outs; half price
as a summer dispatch desk for air conditioner installs and a login for a
building manager who only sends residents' requests; non-offers about a
boiler maker reimbursing warranty repairs, customers not opening the door, a
late technician losing part of his fee, a holiday surcharge, money set aside
for warranty redos, the share of customers who rate a visit, extra work sold
on the spot and electrical work's share of revenue; two brothers, a tiler and
an electrician, asking for a cut; personal channels as a rep whose own tap
drips and who would be a customer too, a rep who went to trade school with
the client's senior technician, old job sheet scans too heavy for the work
mail, a trial job sent from the rep's own messenger with the chat carried on
there, a training invite from the inbox the rep's calendar runs on,
technicians told to skip support in their first week and ring the rep's
private mobile, and a rep asking to be rung at once so that his own number
pops up; company channels as the tracking link sent from the client's own
business account, a red button in the technician's app that puts him
through to the company's engineers, the one address the company sends plan
change notices from, and the company's help service that returns wiring
diagrams for a boiler model; polite closings as letting a couple of
technicians try the app on real call outs, counting the call outs lost in a
month, and a rep who will not keep chasing).

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
    ("рувим", "смесителев", "дорофеевич"),
    ("рената", "стремянкина", "амвросиевна"),
    ("устин", "хомутов", "акинфиевич"),
    ("флора", "шпаклевкина", "ферапонтовна"),
    ("фотий", "розеткин", "ананьевич"),
    ("эрика", "фитингова", "геронтьевна"),
    ("эмиль", "саморезов", "рафаилович"),
    ("юлиана", "цоколева", "агапитовна"),
    ("тарас", "сифонов", "лупович"),
    ("чеслава", "щеколдина", "елпидифоровна"),
]
EN_NAMES = [
    ("quinton", "trowell"),
    ("romilly", "rivett"),
    ("sabrina", "sumpter"),
    ("tamar", "threadgold"),
    ("ulrich", "tapscott"),
    ("vivienne", "spurling"),
    ("warwick", "quilliam"),
    ("xander", "ventham"),
    ("yasmin", "sealey"),
    ("zara", "ticehurst"),
]
RU_LAT = {"рувим": "ruvim", "смесителев": "smesitelev", "рената": "renata", "стремянкина": "stremyankina",
          "устин": "ustin", "хомутов": "khomutov", "флора": "flora", "шпаклевкина": "shpaklevkina",
          "фотий": "fotiy", "розеткин": "rozetkin", "эрика": "erika", "фитингова": "fitingova",
          "эмиль": "emil", "саморезов": "samorezov", "юлиана": "yuliana", "цоколева": "tsokoleva",
          "тарас": "taras", "сифонов": "sifonov", "чеслава": "cheslava", "щеколдина": "shchekoldina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "прорванные трубы после полуночи у нас все уходят одному сантехнику, так что ночные вызовы пусть платформа будит его, {PHONE}",
        "хозяйка, у которой потек бойлер, оставила номер, вбейте его в заявку, {PHONE}, просила позвонить до обеда",
        "по утрам запчасти и фурнитуру мастерам выдает наш кладовщик, оповещения о списании пусть приходят ему, номер такой, {PHONE}",
        "гарантийные выезды у нас раздает старший мастер, все, что касается протечек после ремонта, решайте с ним, {PHONE}",
        "на магнитиках, которые мастера оставляют клиентам на холодильнике, напечатан {CPHONE}, туда и сыплются повторные вызовы",
        # e-mail
        "акты с подписью клиента складывайте в ящик нашего бухгалтера, {EMAIL}, она по ним закрывает месяц",
        "оценки мастеров по пятницам сбрасывайте вот сюда, {EMAIL}, это наш контроль качества, она обзванивает всех, кто поставил тройку",
        "смесители и фитинги у нас закупает снабженец, его логин привяжите к {EMAIL}",
        # card
        "я сижу в фургоне, карта в бардачке вместе с путевыми листами, зачитываю с нее, {CARD}",
        "карта совсем затерлась, последние цифры еле различаю, попробую, {CARD}",
        "{NAME}, совладелец нашей фирмы, в курсе, что спишем с этой карты, цифры такие, {CARD}",
        # name
        "под каждым гарантийным талоном будет стоять подпись {NAME}, переделки у нас на этом сотруднике",
        "жалобами клиентов на мастеров занимается {NAME}, каждую оценку ниже четверки пересылайте сразу на это имя",
        "алло, {FIRST}, вы пропадаете, я в подвале у клиента, тут связь ловит через раз",
    ],
    "en": [
        # phone
        "burst pipes after midnight all go to one plumber of ours, so have the platform wake him for the night call outs, {PHONE}",
        "the lady whose boiler started leaking left her number, punch it into the job, {PHONE}, she wants a call before lunch",
        "our storeman hands the parts and fittings out to the techs every morning, so whenever parts get written off he should hear about it, {PHONE}",
        "the senior tech hands out the warranty revisits, anything about leaks after a repair, settle it with him, {PHONE}",
        "the fridge magnets our techs leave with customers have {CPHONE} printed on them, that's where the repeat call outs pour in",
        # e-mail
        "file the job sheets with the customer's signature in our bookkeeper's mailbox, {EMAIL}, she closes the month off them",
        "every friday dump the tech ratings here, {EMAIL}, that's our quality lead, she rings everyone who gave a three",
        "our buyer orders the taps and fittings, tie his login to {EMAIL}",
        # card
        "i'm sat in the van, the card's tucked in the glove box with the mileage logs, reading it off now, {CARD}",
        "the card's worn right down, i can barely make out the last digits, let me try, {CARD}",
        "{NAME}, who co owns the business, is fine with us charging this card, reading out the digits, {CARD}",
        # name
        "every warranty slip will carry the signature of {NAME}, that's who answers for redos here",
        "{NAME} deals with customer complaints about the techs, send every rating under four stars that way",
        "hello, {FIRST}, you're breaking up, i'm down in a customer's basement and i keep losing you",
    ],
}
NOPII_T = {
    "ru": [
        "номер гарантийного талона {BADCARD}, клиент продиктовал его с бланка, сверьте по базе",
        "артикул насоса, который мы ставим чаще всего, {BADCARD}, заведите его в справочник запчастей",
        "мастер будет у клиентки {DATE}, окно визита открывается {TIME}",
        "пометил себе, {QTY}, под такое хозяйство хватит базовой конфигурации",
        "выезд мастера на дом у вас стоит {PRICE}, а работа идет по прайсу отдельно",
        "обход квартир с проверкой счетчиков назначен {DATE}, первая бригада выходит {TIME}",
    ],
    "en": [
        "the warranty slip number is {BADCARD}, the customer read it off the form, look it up in the database",
        "the pump we fit most often has the part number {BADCARD}, put it into the parts list",
        "the tech will be at the customer's {DATE}, the visit window opens {TIME}",
        "noted, {QTY}, a setup that size runs fine on the basic configuration",
        "a call out to the house costs {PRICE} with you, and labour is priced separately off the list",
        "the meter check round through the flats happens {DATE}, our first crew heads off {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если разрешите нашей бирже отдавать ваших простаивающих мастеров на чужие срочные заявки, тариф у вас станет легче на {P}",
        "мастеров на испытательном сроке первые два месяца я вам по полной считать не буду, место за каждого выйдет дешевле на {P}",
        "вы от нас уже уходили пару лет назад, и раз вернулись, то как вернувшемуся клиенту я сбавлю вам {P}",
        "давайте я пересчитаю вас не по головам мастеров, а по закрытым вызовам, при вашем потоке это выйдет выгоднее на {P}",
        "если деньги от заказчиков мастера будут принимать через оплату в нашем приложении, абонентку я вам ужму на {P}",
        "мастеров, которые у нас уже заведены через другую фирму, вы второй раз не оплачиваете, это минус {P} от вашего счета",
        "вы сами нашли у нас ошибку в расчете гарантийных сроков и прислали подробный разбор, так что руководство выписало вам на год вперед {PA} скидку",
        "счета заказчикам вы как и раньше будете выставлять из своей бухгалтерии, значит, берете у нас одну диспетчерскую часть, и цена за мастера опускается на {P}",
        "гарантийные выезды, за которые заказчик вам не платит, в подсчет вызовов не пойдут, при вашей доле переделок это сбережет около {PG}",
    ],
    "en": [
        "if you let our exchange hand your idle techs to other firms' urgent jobs, your monthly plan shrinks by {P}",
        "techs on probation i won't bill at the full rate for their first two months, each of their seats is {P} cheaper",
        "you left us a couple of years back, and since you've come back, i'm bringing your price down {P} as a returning customer",
        "let me recalculate you by closed call outs rather than by headcount, with your volume that works out {P} better",
        "if your techs take the customers' money through payment in our app, i'll pare the subscription down by {P}",
        "techs already set up with us through another firm you don't pay for twice, that's {P} off your invoice",
        "you found a bug in how we count warranty periods and sent us a full write up, so my manager has okayed {P} off your next year",
        "you'll keep billing customers out of your own accounts, so you're only taking the dispatch side from us, and the price per tech comes down {P}",
        "warranty revisits your customer doesn't pay for won't count as call outs, with your share of redos that saves you about {P}",
    ],
}
HALF_T = {
    "ru": ["вторую диспетчерскую, которую вы открываете на лето под монтаж кондиционеров, будете оплачивать ровно наполовину",
           "вход для управляющей компании, которая только отправляет вам заявки от жильцов, стоит половину обычного места"],
    "en": ["the second dispatch desk you open in summer for air conditioner installs, you'd pay just half for it",
           "a login for the building manager who only sends you residents' requests costs half a normal seat"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "производитель котлов компенсирует вам {P} стоимости гарантийного ремонта, платформа выставит ему эту часть отдельным счетом",
        "клиенты не открывают дверь мастеру примерно в {P} случаев, поэтому напоминание накануне визита лучше включить",
        "мастер, опоздавший к окну визита, по вашим же правилам теряет {P} от оплаты за вызов, платформа проставит это в его ведомости",
        "за вызов в праздничные дни клиент у вас доплачивает {P} сверху, в квитанции это будет отдельной строчкой",
        "на гарантийные переделки вы по привычке откладываете {P} выручки, в отчете этот резерв будет виден целиком",
        "после визита мастера оценивают {P} ваших заказчиков, остальные просто закрывают сообщение",
        "примерно в {P} визитов ваши мастера продают на месте еще какую нибудь работу, по каждому это видно в отчете",
        "по отчету за прошлый год электрика дает вам {P} всей выручки, остальное сантехника и мелкий ремонт",
    ],
    "en": [
        "the boiler manufacturer reimburses {P} of a warranty repair's cost to you, the platform bills that part to them separately",
        "customers don't open the door to the tech in about {P} of cases, so the reminder the night before is worth turning on",
        "a tech who misses his visit window loses {P} of the call out fee under your own rules, the platform marks it on his pay sheet",
        "for a call out on a public holiday your customer pays {P} on top, the receipt lists it as a separate item",
        "you habitually set aside {P} of revenue for warranty redos, the report shows that reserve in full",
        "{P} of your customers leave the tech a rating after the visit, the rest just close the message",
        "in roughly {P} of visits your techs sell some extra job on the spot, the report shows it for each of them",
        "going by last year's report, electrical work brings in {P} of your revenue, the rest is plumbing and small repairs",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы вдвоем с братом, он плиточник, я электрик, откуда у нас такие деньги, скиньте {P}?",
            "не могу, прайс один на всех, но вам двоим с лихвой хватит самого младшего пакета")],
    "en": [("it's just me and my brother, he does tiling and i do the wiring, where would we find that kind of money, could you come off {P}?",
            "i can't, the price list is the same for everyone, but the smallest package is plenty for the two of you")],
}
CHANNEL_T = {
    "ru": [
        "у меня самого дома вечно что то подтекает, так что я вам еще и заказчиком пригожусь, напишите мне в {MSG}, аккаунт у меня там на личной симке, там и про внедрение спишемся",
        "мы с вашим старшим мастером вместе учились в техникуме, так что звоните мне запросто, на мобильный, {PPHONE}, без всяких заявок",
        "сканы старых актов весят много, рабочая почта их не пропускает, так что отправьте их на мою личную почту, {PEMAIL}",
        "давайте проверим вживую, я со своего личного {MSG} закину вам пробную заявку, а дальше переписывайтесь со мной там, как с обычным заказчиком",
        "приглашение на обучение пришлю со своего ящика, {PEMAIL}, к нему привязан мой календарь, рабочим я почти не пользуюсь",
        "первую неделю мастерам будет непривычно, так что пусть звонят мимо поддержки прямо мне, мобильный у меня личный, {PPHONE}, я каждому растолкую, какую кнопку жать",
        "{PPHONE}, наберите прямо сейчас, пусть мой личный у вас высветится, по нему и договоримся про условия",
    ],
    "en": [
        "things are always dripping at my place, so i'll come in handy as a customer too, message me on {MSG}, the account's on my personal sim, we'll talk about the rollout there as well",
        "your senior tech and i went to trade school together, so just call me on my mobile, {PPHONE}, no tickets needed",
        "the scans of your old job sheets are heavy and the work mail won't take them, so mail them to my personal address instead, {PEMAIL}",
        "let's test it live, i'll drop you a trial job from my own {MSG}, and from then on chat with me there like any customer would",
        "i'll send the training invite from my own inbox, {PEMAIL}, my calendar runs off it, i barely touch the work one",
        "the first week your techs will find it strange, so have them skip support and ring my private mobile, {PPHONE}, i'll tell each of them which button to press",
        "{PPHONE}, ring it right now so my personal number pops up on your screen, we'll agree the terms on that",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "ссылку, где видно, как мастер едет по карте, заказчик получает в {MSG} с вашего же делового аккаунта, который мы привяжем к платформе",
        "в приложении у мастера есть красная кнопка, она сразу соединяет с инженерами компании, {CPHONE}, если у клиента что то пошло не так",
        "уведомления о смене тарифов компания присылает только с адреса {CEMAIL}, письма от нашего имени с других адресов смело удаляйте",
        "у компании в {MSG} работает справочная для мастеров, пишешь туда модель котла и получаешь схему подключения",
    ],
    "en": [
        "the link that shows the tech driving across the map lands in the customer's {MSG} from your own business account, which we hook up to the platform",
        "the tech's app has a red button that puts the tech straight through to the company's engineers, {CPHONE}, in case something goes wrong at a customer's",
        "the company only ever sends notices of plan changes from {CEMAIL}, anything in our name from other addresses you can safely delete",
        "the company runs a help service for technicians on {MSG}, you type in the boiler model and get the wiring diagram back",
    ],
}
NOT_PRESSURE = {
    "ru": ["дайте паре мастеров походить с приложением на настоящие вызовы, а потом спросите их мнения, я бы без них не решал",
           "посчитайте сами, сколько вызовов у вас теряется за месяц, если выйдет мелочь, то и тратиться незачем",
           "если надумаете, наберите нас сами, названивать я вам не стану"],
    "en": ["let a couple of your techs carry the app on real call outs, then ask what they think, i wouldn't decide without them",
           "work out for yourself how many call outs slip through the cracks in a month, if it's a handful, there's no point spending on this",
           "if it ever feels right, give us a ring, i won't keep chasing you"],
}
