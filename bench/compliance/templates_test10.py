"""Sentence templates for the "test10" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new,
and the setting moves from warehouses and shift rotas to a fleet tracking
and logistics subscription sold to small transport firms (trucks, drivers,
routes, depots, trailers, fuel cards). Names appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test9.py. The
wording differs from all nine: a dispatcher on shift, a driver out on a run
who picks up between loadings, a number painted on the side of every truck,
the mechanic at the yard who arranges tracker fitting, a client complaining
that the company's own line took three tries; trip sheets for the fleet
manager, an e-mail given as the login for the customer portal, a weekly fuel
overspend report; a bank card set apart from the fuel card, a card dug out
of a wallet in the cab, a card photographed by a colleague on a route; the
lead driver who must see every route, a caller referred by a nearby fleet, a
client who sounds as if calling from the cab; distractors with a tracker
id stamped under the lid, a trailer seal number, trucks parked for fitting,
things to track besides trucks, a one off tracker price and the diesel cost
of a run; discounts framed as moving to a small fleet tier, carving a share
out of the rep's own allowance, redoing the final figure on the quote, part
of the first payment banked as credit, a concession "call it ..." on the fuel
card module, a lower fee per truck for connecting the whole fleet, a seasonal
offer for hauliers, a cut for every truck past the tenth and a share of each
tracker's cost carried by the company; half price as trailers tracked at half
the truck rate and the fee halved while a truck is in the shop; non-offers
about fuel savings measured at other fleets, empty running, road tax, sim
card price rises, a former sensor supplier's discount, a leasing markup,
growth in fleets signed and a shipper's late unloading penalty; personal
channels as the rep's own messenger account because the laptop is at the
office, skipping the web form, "not the office number, mine", the rep's
mobile at weekends, a mailbox management never looks at, a group started
from the rep's own phone with the client's dispatcher; company channels as
the company bot sending speeding alerts, the onboarding team's shared
mailbox, the company's round the clock line and the account record in the
company system).

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); no preposition right before `{DATE}` or `{TIME}`,
whose values may carry their own; every template is a single natural utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("добрыня", "крапивин", "ермилович"),
    ("анфиса", "полозова", "трофимовна"),
    ("лука", "шелепин", "харитонович"),
    ("глафира", "веретенникова", "остаповна"),
    ("илья", "жаров", "панкратович"),
    ("варвара", "садовникова", "модестовна"),
    ("добромир", "ракитин", "северинович"),
    ("клавдия", "бортникова", "лукьяновна"),
    ("любомир", "овчинников", "феликсович"),
    ("инна", "тимирязева", "азатовна"),
]
EN_NAMES = [
    ("alistair", "whitcombe"),
    ("bernadette", "kowalczyk"),
    ("cornelius", "abernathy"),
    ("delphine", "marchetti"),
    ("edmund", "ashworth"),
    ("fiona", "gallagher"),
    ("gideon", "oyelaran"),
    ("hazel", "pritchard"),
    ("jasper", "thornbury"),
    ("lorna", "mcallister"),
]
RU_LAT = {"добрыня": "dobrynya", "крапивин": "krapivin", "анфиса": "anfisa", "полозова": "polozova",
          "лука": "luka", "шелепин": "shelepin", "глафира": "glafira", "веретенникова": "veretennikova",
          "илья": "ilya", "жаров": "zharov", "варвара": "varvara", "садовникова": "sadovnikova",
          "добромир": "dobromir", "ракитин": "rakitin", "клавдия": "klavdia", "бортникова": "bortnikova",
          "любомир": "lyubomir", "овчинников": "ovchinnikov", "инна": "inna", "тимирязева": "timiryazeva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "по маршрутам все решает наш диспетчер, он на смене до восьми, номер {PHONE}",
        "водитель сейчас в рейсе, но трубку берет, звоните ему, {PHONE}, только не во время погрузки",
        "у нас на тентах всех машин написан номер, {PHONE}, это мой мобильный, так что смело звоните",
        "с механиком на базе про установку трекеров договоритесь сами, его номер {PHONE}",
        "на вашем сайте указан {CPHONE}, я по нему дозвонился только с третьего раза",
        # e-mail
        "путевые листы и отчеты по пробегу отправляйте завгару, {EMAIL}, он их сводит",
        "личный кабинет оформите на меня, логином будет почта, {EMAIL}",
        "отчет о перерасходе топлива пусть каждую пятницу приходит на {EMAIL}",
        # card
        "только не перепутайте, это не топливная карта, а банковская, {CARD}",
        "кошелек у меня в кабине, секунду, так, {CARD}, срок действия тоже сказать?",
        "плательщик у нас {NAME}, карту мне прислали фотографией, диктую с экрана, {CARD}",
        # name
        "старший водитель у нас {NAME}, все маршруты в системе должны быть видны с этой учетной записи",
        "звоню по рекомендации, в соседнем автопарке сказали, что у вас трекерами занимается {NAME}",
        "{FIRST}, у вас там что то гудит, вы из кабины говорите?",
    ],
    "en": [
        # phone
        "our dispatcher handles the routes and he's on shift till eight, reach him at {PHONE}",
        "the driver's out on a run but he picks up, try {PHONE}, just not while he's loading",
        "it's painted on the side of every truck we own, {PHONE}, that's my cell so go ahead",
        "sort the tracker install out with our mechanic at the yard, his number is {PHONE}",
        "your website lists {CPHONE}, and it took me three tries to get through on it",
        # e-mail
        "trip sheets and mileage reports go to our fleet manager, {EMAIL}, he pulls them together",
        "set the portal account up under me, the login will be my email, {EMAIL}",
        "have the fuel overspend report land in {EMAIL} every friday",
        # card
        "don't mix it up, that's not the fuel card, it's the bank card, {CARD}",
        "my wallet's in the cab, hold on, right, {CARD}, do you need the expiry too?",
        "{NAME} is paying, they're out on a route and texted me a photo of the card, so reading it off my screen, {CARD}",
        # name
        "our lead driver is {NAME}, that account has to see every route in the system",
        "i'm calling on a referral, the fleet down the road said {NAME} handles trackers at your end",
        "{FIRST}, there's a lot of rumbling on your end, are you calling from the cab?",
    ],
}
NOPII_T = {
    "ru": [
        "идентификатор трекера {BADCARD}, он выбит на корпусе под крышкой",
        "номер пломбы на прицепе {BADCARD}, сверьте его, когда будете принимать груз",
        "машины должны стоять на базе {DATE}, ставить трекеры начнем {TIME}",
        "кроме машин у нас еще {QTY}, их тоже придется как то учитывать",
        "один трекер вместе с установкой стоит {PRICE}, платится разово",
        "последний рейс {DATE} обошелся нам в {PRICE} только на солярку",
    ],
    "en": [
        "the tracker id is {BADCARD}, it's stamped on the casing under the lid",
        "the seal on the trailer reads {BADCARD}, check it when you take the load",
        "have the trucks parked at the yard {DATE}, we start fitting trackers {TIME}",
        "besides the trucks we've also got {QTY} to keep track of somehow",
        "one tracker including the install is {PRICE}, and that's a one off",
        "the last run {DATE} cost us {PRICE} in diesel alone",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "я вас переведу на тариф для малых автопарков, там абонентка на {P} ниже",
        "выкрою для вас {P} из своего лимита, больше у меня просто нет",
        "давайте так, в коммерческом я поправлю итоговую цифру, станет меньше на {P}",
        "{P} от первого платежа мы вернем вам на лицевой счет, ими можно гасить следующие месяцы",
        "сделаю вам {PA} поблажку на модуль топливных карт",
        "если подключите все машины, а не часть, с каждой я сниму {P} абонентской платы",
        "к зиме у нас сезонное предложение для перевозчиков, трекинг дешевле на {P}, и я вас туда впишу",
        "по машинам сверх десятой ставку уменьшу, экономия получится не меньше {PG}",
        "{P} стоимости каждого трекера в первый год я с вас не возьму",
    ],
    "en": [
        "i'll move you onto our small fleet tier, the monthly fee there is {P} lower",
        "i can carve {P} out of my own allowance, that's everything i've got",
        "here's what i'll do, i'll redo the final figure on the quote so it comes out {P} smaller",
        "we'll bank {P} of your first payment as credit on your account, to spend on any month after",
        "i'll cut you some slack on the fuel card module, call it {P}",
        "hook up all your trucks, not just some, and each truck's monthly fee goes down {P}",
        "we've got a winter offer for hauliers, tracking at {P} less, and i'll put you on it",
        "for every truck past the tenth i'll bill you {P} under the standard rate",
        "for the whole first year, {P} of each tracker's cost is on us",
    ],
}
HALF_T = {
    "ru": ["абонентка за прицепы у вас будет наполовину меньше, чем за тягачи",
           "пока машина стоит в ремонте, абонентку за нее уполовиним"],
    "en": ["trailers get tracked at half the truck rate",
           "while a truck's laid up in the shop, we halve its monthly fee"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по нашим замерам после установки трекеров расход топлива у перевозчиков падает в среднем на {P}",
        "холостой пробег у ваших машин сейчас составляет {P}, это видно по путевым листам",
        "транспортный налог в вашем регионе подняли на {P}, к нам это отношения не имеет",
        "оператор связи с осени поднимает цену сим карт в трекерах на {P}, это уже прописано в договоре",
        "ваш прежний поставщик датчиков, насколько я знаю, давал скидку {P}, но он уже ушел с рынка",
        "если брать трекеры в лизинг, удорожание составит {P} за весь срок",
        "за год мы подключили на {P} больше автопарков, чем годом раньше",
        "при опоздании к выгрузке заказчик может удержать с вас {P} ставки рейса, трекер как раз поможет это оспорить",
    ],
    "en": [
        "from what we've measured, fuel use at fleets running our trackers falls {P} on average",
        "going by your trip sheets, empty running is {P} of your mileage right now",
        "road tax in your state went up {P} this year, that has nothing to do with us",
        "the mobile carrier is raising the price of the sim cards in the trackers by {P} this fall, it's already in the contract",
        "your old sensor supplier gave you {P} off, i know, but they've left the market",
        "if you lease the hardware, the leasing markup comes to {P} over the term",
        "we signed up {P} more fleets this year than the year before",
        "show up late to unload and the shipper can hold back {P} of the freight rate, the tracker helps you dispute that",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если подключим весь парк, цена за машину будет ниже на {P}?",
            "нет, цена за машину одна, сколько бы машин у вас ни было")],
    "en": [("if we bring the whole fleet over, will the per truck price come down {P}?",
            "no, it's one price per truck however many you run")],
}
CHANNEL_T = {
    "ru": [
        "рабочий ноутбук у меня остался в офисе, так что схему маршрутов присылайте мне в {MSG}, на мой собственный аккаунт",
        "давайте без заявок через сайт, пишите мне в {MSG}, я там всегда онлайн",
        "запишите номер, только не офисный, а мой, {PPHONE}, по нему быстрее",
        "в выходные офис закрыт, а я на связи, набирайте на мой мобильный, {PPHONE}",
        "продублируйте всё мне на {PEMAIL}, туда начальство не заглядывает",
        "я со своего телефона создам группу в {MSG}, вы, я и ваш диспетчер, и все вопросы будем решать там",
        "если в офис дозвониться не выйдет, вот мой личный, {PPHONE}, берите сразу его",
    ],
    "en": [
        "my work laptop's back at the office, so send the route map to my own {MSG} account",
        "let's skip the web form, just message me on {MSG}, i'm always on there",
        "take down a number, not the office one, mine, {PPHONE}, it's quicker",
        "the office is shut at weekends but i'm around, ring my mobile, {PPHONE}",
        "copy everything to me at {PEMAIL}, management never looks in there",
        "i'll start a {MSG} group from my own phone, you, me and your dispatcher, and we'll handle everything there",
        "if you can't get through to the office, here's my personal one, {PPHONE}, go straight to that",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "сигналы о превышении скорости присылает в {MSG} бот компании, он же принимает команды от диспетчера",
        "заявки на подключение новых машин принимает отдел внедрения на {CEMAIL}, этот ящик смотрят несколько человек",
        "если трекер перестал выходить на связь, звоните на круглосуточную линию компании, {CPHONE}, дежурный инженер посмотрит удаленно",
        "все, о чем мы сейчас договорились, я внесу в карточку клиента в нашей системе, ответы будут приходить от компании",
    ],
    "en": [
        "speeding alerts are pushed to {MSG} by the company bot, and it takes commands from your dispatcher too",
        "requests to add trucks go to the onboarding team at {CEMAIL}, several people watch that mailbox",
        "if a tracker stops reporting, call the company's twenty four hour line, {CPHONE}, the engineer on duty checks it remotely",
        "i'll log everything we agreed in the account record on our system, and the replies come from the company",
    ],
}
NOT_PRESSURE = {
    "ru": ["покатайте систему на паре машин сколько нужно, а решение примете, когда увидите результат",
           "понимаю, у вас сейчас горячий сезон, давайте вернемся к этому, когда разгрузитесь",
           "я отправлю расчет, а дальше смотрите сами, звонить и торопить не буду"],
    "en": ["run it on a couple of trucks for as long as you like, and decide once you've seen the numbers",
           "i know it's your busy season, let's come back to this when things calm down",
           "i'll send the figures over and leave it with you, i won't be chasing you"],
}
