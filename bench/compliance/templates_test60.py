"""Sentence templates for the "test60" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a wholesale ordering platform for bakeries that
supply cafés and shops (daily bread orders and late top up orders, early
morning delivery routes, returns of unsold and stale bread, crates and trays
going out and coming back, monthly invoices to the bakery's customers) to
bakery owners, night technologists, delivery drivers and the people who settle
up with the cafés and shops. Everything here is new: names that appear neither
in generate.py's train and test lists nor in templates_test2.py to
templates_test58.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
night technologist who mixes the dough from two o'clock and must hear the late
top up orders ring through, the storeman on the loading ramp whose number goes
at the foot of the returns note, the owner's son in law who drives the morning
route in his own van and wants the map of drops on his phone, a café manager's
number shown on the driver's route for the mornings the café is still shut,
the top up line the cafés have rung for years kept as the bakery's contact in
the app; reports on unsold bread sent back by the shops for an economist who
trims next week's bake, the owner's sister put in copy of the monthly invoices
because settling up with customers is on her, one mailbox where the shops'
complaints about short weight and burnt crusts gather, given in bits; a card
covered in flour with its digits worn off, a salary card used for the first
month while the business card is reissued, the owner's parent, in whose name
the accounts still are, named before the card; the person whose tick releases
the money for stale bread returned by a shop, the person who counts the trays
and crates stuck at the shops, a caller ringing back after the line dropped;
distractors with digits burnt into a tray's handle copied onto the returns
form, the plate on a rack oven read out to the repair man, the oven floor
relaid on a day without baking, the morning's dispatch still tallied in a
notebook, the price of a crate of hearth loaves and a trial run of a baguette
line; discounts framed as a weekly tray of croissants for the vendor's office
taken as part payment, routes counted only for the drops the van actually goes
to because half the cafés collect, the bakery's past returns given to the
vendor's forecasting module in exchange for a lower price, a transition price
for former customers of a bakery program the vendor bought out, a neighbouring
bakery's orders riding along in the client's van so one route is billed for
two, a standing order rate because the cafés order the same every day, a
concession for talking the cafés into paying the bakery's invoices online
through the platform, the monthly invoice settled at a reduction when paid in
the first three days, and a tiered reduction as shops and petrol stations are
brought in; half price as the little shop at the bakery itself, which needs no
route, and a relief driver whose seat price is split down the middle;
non-offers about the share of bread the shops send back, a mill's prepayment
on every load of flour, the share of a tray's value withheld from a shop that
keeps it, a retail chain's volume bonus, the dough hydration kept on a product
card, less stale bread written off, cafés' morning takings rising when bread
arrives before opening, and a yeast supplier's reduction for a quarter ordered
ahead; a bakery with one oven and one van asking the rep to move on price;
personal channels as a rep riding the morning route with the driver and taking
questions on his own messenger number from the cab, a rep who configured the
routes himself and wants wrong drop lists rung through to his mobile instead
of support, sample invoices of other bakeries kept in the rep's private inbox,
a rep who has become a regular customer of the bakery and wants business on
his own messenger number, recipe cards the client will not put in a shared
system sent to the rep's own address, the rep's personal number handed out to
the drivers for the first week, and prices for a shop chain discussed on the
rep's own phone because work calls are recorded; company channels as the
platform's service bot telling a café manager the bread van has left, the
company's hotline that opens at four in the morning for drivers whose tablets
will not load a route, monthly platform invoices from the company finance
team's shared address with the bakery's name in the subject, and the
company's official broadcast for bakeries with maintenance warnings; polite
closings as getting the easter baking done first, showing a trial invoice to a
couple of cafés, and waiting until a reluctant technologist and the whole team
come round).

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
    ("салават", "шаньгин", "рауфович"),
    ("ружена", "опарина", "тельмановна"),
    ("нариман", "сдобнов", "шакирович"),
    ("резеда", "ржанова", "ханифовна"),
    ("ришат", "пекарев", "ульфатович"),
    ("чулпан", "ситникова", "равилевна"),
    ("фарид", "сухарев", "эминович"),
    ("нурия", "просвирнина", "салиховна"),
    ("шавкат", "хлебников", "носирович"),
    ("ясмина", "ячменева", "рифатовна"),
]
EN_NAMES = [
    ("marlon", "oatley"),
    ("maisie", "sowerby"),
    ("otis", "rusk"),
    ("pippa", "wheaton"),
    ("quinn", "mealing"),
    ("rosetta", "treacher"),
    ("sterling", "pannell"),
    ("verna", "spelman"),
    ("wilmer", "oates"),
    ("zadie", "millward"),
]
RU_LAT = {"салават": "salavat", "шаньгин": "shangin", "ружена": "ruzhena", "опарина": "oparina",
          "нариман": "nariman", "сдобнов": "sdobnov", "резеда": "rezeda", "ржанова": "rzhanova",
          "ришат": "rishat", "пекарев": "pekarev", "чулпан": "chulpan", "ситникова": "sitnikova",
          "фарид": "farid", "сухарев": "sukharev", "нурия": "nuriya", "просвирнина": "prosvirnina",
          "шавкат": "shavkat", "хлебников": "khlebnikov", "ясмина": "yasmina", "ячменева": "yachmeneva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "ночной технолог замешивает тесто с двух часов, поэтому дозаказы, которые кофейни докидывают после полуночи, пусть звенят у него, {PHONE}, утром будет уже поздно",
        "черствый хлеб от магазинов принимает кладовщик на рампе, магазинам проще договариваться прямо с ним, так что пусть его номер печатается внизу накладной на возврат, {PHONE}",
        "утренний маршрут у нас возит мой зять на своем фургоне, карту с точками ему удобнее получать прямо в телефон, он продиктовал номер, {PHONE}",
        "бывает, водитель подъезжает к кафе в шесть, а там еще закрыто, на такой случай управляющая оставила свой сотовый, пусть он всплывает у водителя в маршруте, {PHONE}",
        "кофейни по старой памяти звонят на нашу линию дозаказа, {CPHONE}, ее мы менять не будем, пусть она и значится в приложении как контакт пекарни",
        # e-mail
        "отчеты о том, сколько нераспроданного хлеба вернули магазины, пускай уходят нашему экономисту, {EMAIL}, он по ним урезает выпечку на следующую неделю",
        "к ежемесячным счетам для кофеен добавляйте в копию мою сестру, {EMAIL}, взаиморасчеты с покупателями висят на ней",
        "жалобы магазинов на недовес и подгоревшие корки собираются в одном ящике, диктую по кусочкам, {EMAIL}",
        # card
        "карта вся в муке, цифры стерлись, читаю как могу, если что не сойдется, переспросите, {CARD}",
        "бизнес карту нам как раз перевыпускают, так что первый месяц оплачу со своей зарплатной, записывайте, {CARD}",
        "пекарню открывали еще мои родители, счета до сих пор записаны на одного из них, {NAME}, карта на то же имя, согласие есть, цифры такие, {CARD}",
        # name
        "подтверждать возвраты от магазинов будет {NAME}, пока не стоит эта отметка, деньги за черствый хлеб магазину не уходят",
        "{NAME} ведет учет лотков и ящиков, которые застревают у магазинов, тару в конце месяца сверяйте напрямую",
        "{FIRST}, это опять я, нас разъединило на самом интересном, вы как раз рассказывали, куда деваете черствый хлеб",
    ],
    "en": [
        # phone
        "the night technologist starts mixing the dough at two, so the top up orders the cafés throw in after midnight should ring through to him, {PHONE}, by morning it's too late",
        "stale bread coming back from the shops is taken in by the storeman on the loading ramp, the shops find it easier to deal with him directly, so have his number printed at the foot of the returns note, {PHONE}",
        "my son in law drives the morning route in his own van, he'd rather get the map of drops straight on his phone, he gave me the number, {PHONE}",
        "sometimes the driver pulls up at a café at six and it's still shut, for those mornings the manager left her cell, let it come up on the driver's route, {PHONE}",
        "the cafés have been ringing our top up line for years, {CPHONE}, we're not changing it, so let that be the bakery's contact in the app",
        # e-mail
        "the reports on how much unsold bread the shops sent back should find their way to our economist, {EMAIL}, he uses them to trim next week's bake",
        "on the monthly invoices to the cafés, add my sister in copy, {EMAIL}, settling up with the customers is on her",
        "the shops' complaints about short weight and burnt crusts all gather in one mailbox, i'll give it to you in bits, {EMAIL}",
        # card
        "the card's all floury and the digits are half worn away, i'll do what i can with them, interrupt me if a digit sounds wrong, {CARD}",
        "our business card is being reissued just now, so i'll pay the first month off my own salary card, take it down, {CARD}",
        "my parents started the bakery and the accounts are still in one of their names, {NAME}, the card's in that name too, we have the go ahead, the digits are {CARD}",
        # name
        "confirming returns from the shops will be down to {NAME}, until that tick is there the money for stale bread doesn't go back to the shop",
        "{NAME} keeps count of the trays and crates that get stuck at the shops, so square the empties up with them directly at the end of the month",
        "{FIRST}, it's me again, we got disconnected at the best bit, you were just telling me where the stale bread ends up",
    ],
}
NOPII_T = {
    "ru": [
        "на ручке каждого нашего лотка выжжены цифры, у этого {BADCARD}, магазин переписывает их в акт, когда сдает тару обратно",
        "на табличке у ротационной печи выбито {BADCARD}, мастер по ремонту просил сначала назвать ему это, а уж потом описывать поломку",
        "под в нашей печи перекладывают {DATE}, печник берется за работу {TIME}, так что в тот день выпечки не будет",
        "каждое утро у нас в отгрузке {QTY}, и все это пока сводится от руки в одной тетради",
        "ящик подового хлеба кофейням мы отдаем за {PRICE}, нарезные батоны считаются отдельно",
        "багетную линию пробно включим {DATE}, технолог просил всех собраться у печи {TIME}",
    ],
    "en": [
        "every one of our trays has digits burnt into the handle, this one's {BADCARD}, the shop copies them onto the form when it hands the empties back",
        "the plate on the rack oven says {BADCARD}, the repair man wants that read out first, before anyone describes the fault",
        "the floor of our oven is being relaid {DATE}, the oven builder gets going {TIME}, so there's no baking that day",
        "every morning we've got {QTY} going out, and it's all still tallied by hand in one notebook",
        "a crate of hearth loaves goes to the cafés for {PRICE}, sliced loaves are counted separately",
        "we give the baguette line a trial run {DATE}, the technologist wants everyone gathered by the oven {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "давайте так, раз в неделю ваш водитель завозит к нам в офис лоток круассанов, а я за это скидываю с абонентки {P}",
        "половина ваших кофеен забирает хлеб сама, так что маршруты посчитаю только по тем точкам, куда реально едет машина, и выйдет у вас легче на {P}",
        "разрешите нашему модулю прогноза учиться на ваших возвратах за прошлый год, эти данные нам дороги, и за них я сбавлю вам цену на {P}",
        "вы же сидели на той программе для пекарен, которую наша компания в прошлом году выкупила, для ее бывших клиентов действует переходная цена, на {P} ниже обычной",
        "пустите в свой фургон попутно заказы соседней пекарни, что тоже работает у нас, маршрут тогда тарифицируем один на двоих, и ваша доля выйдет меньше на {P}",
        "у ваших кофеен заказ изо дня в день почти один и тот же, система его просто повторяет, так что посчитаю вас по ставке для постоянных заказов, а она легче обычной на {P}",
        "уговорите свои кофейни оплачивать ваши счета онлайн через платформу, нам с этих платежей кое что капает, и за это я выпишу вам {PA} уступку по абонентке",
        "ежемесячный счет платформы, оплаченный в первые три дня, я закрываю со скидкой {P}, так что платить пораньше вам прямая выгода",
        "подключите к заказам не только кафе, но и магазины с заправками, которые берут у вас выпечку, и ступенчатая скидка на таком объеме дойдет до {PG}",
    ],
    "en": [
        "here's the deal, once a week your driver drops a tray of croissants at our office, and in exchange i knock {P} off your subscription",
        "half your cafés collect the bread themselves, so i'll only count routes for the drops the van actually goes to, and that makes it {P} lighter for you",
        "let our forecasting module learn from your returns for last year, that data is worth a lot to us, and for it i'll bring your price down {P}",
        "you were on that bakery software our company bought out last year, and its former customers get a transition price, {P} below our usual one",
        "let the orders of the bakery next door, which is on our platform too, ride along in your van, then we bill that route once for the two of you and your share comes out {P} lower",
        "your cafés order pretty much the same thing every day, the system just repeats it, so i'll put you on the standing order rate, and that one is {P} easier than the normal rate",
        "talk your cafés into paying your invoices online through the platform, we get a little something from those payments, and for that i'll write you {P} off the subscription",
        "a monthly platform invoice paid in the first three days i settle at {P} off, so paying early is money in your pocket",
        "bring in not just the cafés but the shops and petrol stations that take your pastries, and on that volume the tiered reduction climbs to {P}",
    ],
}
HALF_T = {
    "ru": ["ваш магазинчик при самой пекарне заведем отдельной точкой, но раз машина туда не ездит и маршрута нет, он обойдется вам вполовину дешевле остальных",
           "для сменщика, который садится за руль, только когда основной водитель в отпуске, цену места делим пополам"],
    "en": ["the little shop at the bakery itself goes in as a drop of its own, but since no van goes there and there's no route, it costs you half of what the others do",
           "for the relief driver who only goes out on the route when the regular one is on holiday, we split the seat price down the middle"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "магазины в среднем возвращают вам {P} хлеба, который не успели продать, и платформа подскажет, кому из них урезать заказ",
        "мельница берет с вас предоплату, {P} от стоимости каждой машины муки, в учете этот платеж пойдет сам по себе",
        "за невозвращенный лоток вы по договору удерживаете с магазина {P} его стоимости, это правило можно зашить прямо в счета",
        "сеть магазинов выторговала у вас бонус за объем, {P} от месячной закупки, система вычтет его из суммы счета и покажет расшифровку",
        "влажность теста в вашем багете {P}, платформа это число просто хранит в карточке изделия, на цену оно не влияет",
        "пекарни, которые работают у нас больше года, списывают черствого хлеба на {P} меньше",
        "по нашим наблюдениям, утренняя выручка у кофеен растет на {P}, когда свежий хлеб приезжает до открытия",
        "поставщик дрожжей уступает вам {P}, если заказываете на квартал вперед, это уже сидит в вашей закупочной цене",
    ],
    "en": [
        "on average the shops send back {P} of your bread unsold, and the platform will tell you which of them to cut back",
        "the mill takes {P} of the price of every load of flour from you up front, in the books that payment stands on its own",
        "under your contract you hold back {P} of a tray's value from a shop that doesn't return it, that rule can be built straight into the invoices",
        "the retail chain has bargained a volume bonus out of you, {P} of the monthly purchase, the system takes it off the invoice total and shows the breakdown",
        "your baguette dough runs at {P} hydration, the platform just keeps that figure on the product card, it has nothing to do with price",
        "bakeries that have been with us over a year write off {P} less stale bread",
        "from what we've seen, cafés' morning takings go up {P} when fresh bread arrives before opening",
        "the yeast supplier takes {P} off its price for you if you order a quarter ahead, that's already sitting in your purchase price",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна печь и одна машина, неужели не подвинетесь на {P}?",
            "не подвинусь, платите вы за точки доставки, а сколько у вас печей, на цену никак не влияет")],
    "en": [("we've got one oven and one van, surely you can move {P} on it?",
            "i can't move on it, you pay for the drops you deliver to, and how many ovens you've got makes no difference to the price")],
}
CHANNEL_T = {
    "ru": [
        "завтра с утра я еду с вашим водителем по всему маршруту, посмотрю, как приложение ведет себя в дороге, так что пока я трясусь в кабине, кидайте вопросы в {MSG}, прямо на мой личный номер",
        "маршруты вам настраивал лично я, так что если утром водитель получит не тот список точек, в поддержку не звоните, набирайте мой мобильный, {PPHONE}, разберусь быстрее них",
        "образцы счетов других пекарен лежат у меня в личном ящике, {PEMAIL}, из рабочей системы я их выслать не могу, черкните мне туда, и я отвечу всей пачкой",
        "я теперь ваш постоянный покупатель, буду заходить за багетом по дороге домой, а по делу пишите мне в {MSG} на мой номер, это проще, чем дергать офис",
        "технологические карты, раз вы не хотите светить их в общей системе, пришлите лично мне, на {PEMAIL}, адрес мой, не служебный, погляжу и скажу, какие поля под них заводить",
        "в первую неделю раздайте водителям мой личный номер, {PPHONE}, пусть звонят прямо с маршрута, если приложение заглючит, на горячую линию их не гоняйте",
        "на рабочем номере у нас пишутся все разговоры, а про ваши цены для сети магазинов лучше без записи, так что наберите меня вечером на мой собственный, {PPHONE}",
    ],
    "en": [
        "tomorrow morning i'm riding the whole route with your driver to see how the app behaves on the road, so while i'm bumping along in the cab, throw your questions at me on {MSG}, straight to my personal number",
        "i configured your routes personally, so if a driver gets the wrong list of drops in the morning, don't call support, dial my mobile, {PPHONE}, i'll sort it quicker than they would",
        "i keep the sample invoices from other bakeries in my personal inbox, {PEMAIL}, i can't send them out of the work system, drop me a line there and i'll reply with the lot",
        "i'm a regular of yours now, i'll be popping in for a baguette on my way home, and for business send me a message on {MSG} at my own number, that's easier than bothering the office",
        "the recipe cards, since you'd rather not have them sitting in a shared system, send them to me personally at {PEMAIL}, the address is mine, not a work one, i'll look them over and tell you which fields to set up for them",
        "for the first week hand out my personal number to the drivers, {PPHONE}, let them ring me right from the route if the app plays up, don't send them chasing the hotline",
        "every call on the work number gets recorded, and your prices for the shop chain are better kept off the tape, so ring me this evening on my own phone, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "когда машина с хлебом выезжает к кофейне, управляющей пишет в {MSG} служебный бот платформы, его ведет компания, а не кто то из менеджеров",
        "если у водителя планшет не грузит маршрут, пусть звонит на горячую линию компании, {CPHONE}, она открывается в четыре утра, ровно к вашим первым рейсам",
        "счет за платформу каждый месяц приходит из финансового отдела компании, адрес у них общий, {CEMAIL}, в теме письма всегда стоит название вашей пекарни",
        "компания ведет в {MSG} официальную рассылку для пекарен, туда заранее приходят предупреждения о плановых работах, подпишите на нее технолога",
    ],
    "en": [
        "when the bread van sets off for a café, the manager gets a message on {MSG} from the platform's service bot, the company runs it, not any of the account managers",
        "if a driver's tablet won't load the route, have him call the company's hotline, {CPHONE}, it opens at four in the morning, just in time for your first runs",
        "the platform invoice leaves the company finance team's shared mailbox every month, {CEMAIL}, the subject line always carries your bakery's name",
        "there's an official broadcast for bakeries that the company keeps on {MSG}, warnings about planned maintenance go out there ahead of time, get your technologist subscribed",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала отпеките куличи, вам перед пасхой не до новых программ, а после праздника вернемся к разговору, я подожду",
           "покажите пробный счет паре своих кофеен, пусть скажут, понятен ли он им, от их ответа и будем отталкиваться, спешки никакой",
           "раз ваш технолог пока против перемен, не ломайте его, созреете всей командой, тогда и созвонимся"],
    "en": ["get the easter baking out of the way first, you've no time for new software before the holiday, we'll come back to it afterwards, i'll wait",
           "show a trial invoice to a couple of your cafés, let them say whether it makes sense to them, we'll go from their answer, no hurry at all",
           "if your technologist is against changes for now, don't force him, once the whole team comes round, we'll talk again"],
}
