"""Sentence templates for the "test23" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a fleet and workshop service platform (vehicle
service history, spare parts ordering, tyre storage, mechanics' job cards,
roadside assistance dispatch) to car service stations, tyre shops and small
taxi or van fleets. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test22.py, and verbs, introducing words and sentence shapes that
differ from every template of all twenty one (the senior mechanic who spends
the day under a lift and can only be reached on a smoke break, the taxi
fleet's night dispatcher to wake if a tow truck is needed after midnight, the
storekeeper who holds the keys to the summer tyre store, the head of the van
column whose phone gets the drivers' breakdown alerts, the fleet's number
stuck on the side window of every cab for lost property; parts requests copied
to a buyer who checks part numbers before paying, service history sent monthly
to the leasing company, tyre storage receipts sent to the owner of the tyre
shop who settles with customers herself; the card the oil and filters are
bought with in bulk, a client calling from his car with the card in the
glovebox, the fleet owner who read out his card number for the payer; the only
person allowed to close job cards and bill customers, the person who draws up
the seasonal tyre changeover rota, a client interrupted by a driver rolling in
with a punctured wheel; distractors with an insurance policy number, an oil
batch number for a warranty claim, a whole fleet's roadworthiness test, a load
that the standard package covers, the cost of one tow across town and the day
the tyre store opens for pickups; discounts framed as electric cars that never
need an oil change, the dead season between tyre changeovers, parts ordered
through the company's supplier catalogue, beating a competitor's quote, three
workshops paying on one invoice from one company, an import of repair history
that was dragged out, the client's head mechanic training the staff instead of
the company's trainer, cars standing idle while they wait for parts and a
second tyre shop on the bypass brought onto the platform; half price as
courtesy cars lent to customers during repairs and tyres stored without rims;
non-offers about customers' advance for parts ordered in, the simplified tax
on income, mechanics' output in standard hours, the ride hailing aggregator's
cut of each trip, a battery supplier's wholesale price under retail, the share
of roadside breakdowns that are suspension faults, the share of a repair an
insurer covers and tread wear flagged past a threshold; a client with half a
dozen delivery vans asking for a cut; personal channels as a driver stuck on
the motorway while the dispatch line is busy told to write to the rep's own
messenger number, a rep who has his own car serviced at the client's garage
and wants calls on his own number rather than the call centre, waybills sent
to the address the rep checks from his phone at weekends, a rep inviting the
client into a van owners' club chat where his profile is his own, not the
company's, a contract sent from the rep's private address to skip approval in
the office, a rep who answers the drivers' night breakdowns on his own phone
and a number only the rep's family and a couple of old clients know; company
channels as the company's official bot showing repair status to the garage's
customers, the company's round the clock dispatch desk, the purchasing
department's shared mailbox for parts claims and the company's official
channel for workshops with manufacturers' recalls).

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
    ("потап", "ямщиков", "гурьевич"),
    ("улита", "шорникова", "фалалеевна"),
    ("сысой", "тормасов", "антипович"),
    ("мавра", "каретникова", "евтихиевна"),
    ("автоном", "кузовлев", "пименович"),
    ("фотина", "извозчикова", "маврикиевна"),
    ("гермоген", "лошкарев", "автономович"),
    ("соломония", "ступицына", "никандровна"),
    ("елпидифор", "шинкарев", "вонифатьевич"),
    ("нимфодора", "гужева", "титовна"),
]
EN_NAMES = [
    ("leofric", "gallimore"),
    ("ambrosine", "tregarthen"),
    ("hezekiah", "dunsworth"),
    ("clothilde", "mcgillivray"),
    ("osbert", "kingsolver"),
    ("jocasta", "pendleton"),
    ("ranulph", "okonjo"),
    ("marcella", "wainwright"),
    ("aldous", "cartwright"),
    ("rowena", "szczepanski"),
]
RU_LAT = {"потап": "potap", "ямщиков": "yamshchikov", "улита": "ulita", "шорникова": "shornikova",
          "сысой": "sysoy", "тормасов": "tormasov", "мавра": "mavra", "каретникова": "karetnikova",
          "автоном": "avtonom", "кузовлев": "kuzovlev", "фотина": "fotina", "извозчикова": "izvozchikova",
          "гермоген": "germogen", "лошкарев": "loshkarev", "соломония": "solomoniya", "ступицына": "stupitsyna",
          "елпидифор": "elpidifor", "шинкарев": "shinkarev", "нимфодора": "nimfodora", "гужева": "guzheva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старший механик весь день торчит под подъемником, поймать его можно разве что в перекур, {PHONE}",
        "ночью в диспетчерской таксопарка дежурит одна девушка, понадобится эвакуатор после полуночи, будите ее смело, {PHONE}",
        "ключи от склада с летней резиной только у кладовщика, насчет выдачи колес договаривайтесь с ним, {PHONE}",
        "тревожные сообщения от водителей фургонов пусть сыплются на телефон начальника колонны, {PHONE}, он разруливает поломки в пути",
        "на боковом стекле каждой нашей машины наклеен номер парка, {CPHONE}, по нему пассажиры разыскивают забытые вещи",
        # e-mail
        "заявки на запчасти ставьте в копию снабженцу, его ящик {EMAIL}, он перед оплатой проверяет каталожные номера",
        "раз в месяц историю обслуживания по каждой машине нужно выгружать лизинговой компании, принимают они ее на {EMAIL}",
        "квитанции за сезонное хранение пересылайте хозяйке шиномонтажа, {EMAIL}, расчеты с клиентами она ведет сама",
        # card
        "списывайте с той карты, которой мы оптом берем масло и фильтры, она у меня под рукой, {CARD}",
        "я из машины звоню, карта в бардачке, погодите, достаю, вот, {CARD}",
        "платит хозяин парка, {NAME}, он мне по телефону зачитал номер своей карты, передаю, {CARD}",
        # name
        "закрывать заказ наряды и выставлять клиенту счет у нас будет только {NAME}, остальным мастерам хватит просмотра",
        "график осенней переобувки у нас составляет {NAME}, вот к этому человеку и идите с датами обучения",
        "{FIRST}, секундочку, ко мне водитель с пробитым колесом заехал, приму машину и вернусь к разговору",
    ],
    "en": [
        # phone
        "our senior mechanic spends the whole day under a lift, the only time you'll catch him is on a smoke break, {PHONE}",
        "there's just one girl on the taxi fleet's dispatch desk at night, should you need a tow truck after midnight go ahead and wake her, {PHONE}",
        "only the storekeeper has the keys to the summer tyre store, sort out handing the wheels back with him, {PHONE}",
        "let the van drivers' breakdown alerts pour onto the column chief's phone, {PHONE}, he deals with anything that goes wrong on the road",
        "all our cabs have the fleet's number stuck on the side window, {CPHONE}, passengers use it to track down things they left behind",
        # e-mail
        "cc the parts requests to our buyer, his mailbox is {EMAIL}, he checks the part numbers before anything gets paid",
        "the service history for every vehicle has to go off to the leasing company monthly, they take it at {EMAIL}",
        "pass the seasonal storage receipts on to the lady who owns the tyre shop, {EMAIL}, she settles up with customers herself",
        # card
        "charge the card we buy oil and filters in bulk with, i've got it right here, {CARD}",
        "i'm calling from the car, my card is somewhere in the glovebox, hang on, pulling it out, there, {CARD}",
        "the fleet owner's paying, {NAME}, he read his card number out to me on a call, i'll pass it on, {CARD}",
        # name
        "closing job cards and billing the customer will be down to {NAME} alone, the other mechanics only need to view them",
        "{NAME} draws up our autumn tyre changeover rota, so that's the person to settle the training dates with",
        "{FIRST}, one second, a driver's just rolled in with a punctured wheel, let me check the car in and i'll be back with you",
    ],
}
NOPII_T = {
    "ru": [
        "номер страхового полиса на этот фургон {BADCARD}, прикрепите его к карточке машины",
        "на канистрах указан номер партии масла {BADCARD}, поставщик требует его в каждой рекламации",
        "техосмотр всего парка назначен {DATE}, машины выстроятся у ворот {TIME}",
        "в анкете вы указали {QTY}, под такую нагрузку вполне подойдет стандартный пакет",
        "одна эвакуация через весь город сейчас стоит нам {PRICE}, потому и хотим своего диспетчера техпомощи",
        "склад шин открываем {DATE}, выдача комплектов начнется {TIME}",
    ],
    "en": [
        "the insurance policy number on this van is {BADCARD}, attach it to the vehicle card",
        "the cans carry oil batch number {BADCARD}, and the supplier wants it on every warranty claim",
        "the whole fleet goes through its roadworthiness test {DATE}, the cars will line up at the gate {TIME}",
        "on the form you put down {QTY}, the standard package copes with a load like that just fine",
        "one tow from one end of town to the other costs us {PRICE} these days, that's why we want our own roadside dispatcher",
        "the tyre store opens {DATE}, handing out the sets starts {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "у половины вашего парка электромобили, масло и фильтры им менять не надо, так что за такие машины буду брать на {P} меньше",
        "в мертвый сезон между переобувками модуль хранения шин я вам посчитаю на {P} дешевле",
        "начнете заказывать запчасти через наш каталог поставщиков, и с лицензии каждого бокса я уберу {P}",
        "перешлите мне коммерческое, что вам прислали конкуренты, я его перебью и опущусь ниже их цены еще на {P}",
        "если все три ваших сервиса будут платить одним счетом с одного юрлица, стоимость каждого бокса просядет на {P}",
        "перенос истории ремонтов из вашей старой базы мы затянули, поэтому следующий счет выставлю с вычетом {P}",
        "учить механиков работе с заказ нарядами будет ваш старший мастер, а не наш тренер, так что в цену внедрения я внесу {PA} поправку в меньшую сторону",
        "за машины, которые неделями стоят на приколе в ожидании запчастей, скощу вам {P} с месячного платежа",
        "подключите к платформе и второй шиномонтаж на объездной, и я срежу с обоих счетов порядка {PG}",
    ],
    "en": [
        "half your fleet is electric, they never need an oil change, so those cars i'll bill {P} lower",
        "in the dead season between tyre changeovers i'll price the tyre storage module {P} cheaper",
        "start ordering parts through our supplier catalogue and i'll trim {P} from every bay's licence",
        "forward me the quote the competitors sent you, i'll beat it and go another {P} under their price",
        "if your three workshops pay on one invoice from one company, each bay's price sinks by {P}",
        "we dragged out moving your repair history from the old database, so the next invoice goes out with {P} deducted",
        "your head mechanic will train the staff on job cards instead of our trainer, so i'll adjust the onboarding price {P} downward",
        "cars standing idle for weeks waiting on parts i'll bill {P} under the normal monthly fee",
        "bring your second tyre shop on the bypass onto the platform too, and i'll cut roughly {P} from both bills",
    ],
}
HALF_T = {
    "ru": ["подменные машины, которые вы даете клиентам на время ремонта, обойдутся вам вполовину дешевле обычной карточки автомобиля",
           "колеса без дисков, которые вы принимаете на хранение, мы тарифицируем по половинной ставке"],
    "en": ["the courtesy cars you lend customers during repairs come in at half what a regular vehicle card costs",
           "tyres you take into storage without rims are billed at a halved rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "под запчасти на заказ клиенты вносят у вас {P} аванса, в заказ наряде для этого есть отдельная графа",
        "налог по упрощенке у вас {P} с доходов, отчет для бухгалтера программа соберет сама",
        "у наших клиентов выработка механиков в нормо часах за первый квартал подрастает на {P}",
        "агрегатор такси удерживает с каждой поездки ваших водителей {P}, мы эти цифры просто подтягиваем в отчет по машине",
        "у вашего поставщика аккумуляторов оптовая цена на {P} ниже розничной, программа покажет обе колонки рядом",
        "если верить нашей статистике, на ходовую приходится {P} поломок фургонов в пути",
        "страховая по каско покрывает вам только {P} стоимости ремонта, остальное доплачивает водитель",
        "если износ протектора перевалил за {P}, программа подсветит колесо красным при приемке",
    ],
    "en": [
        "your customers leave a {P} advance on parts ordered in, the job card has a separate box for it",
        "your simplified tax comes to {P} of income, the software puts the report together for your bookkeeper",
        "with our clients, mechanics' output in standard hours creeps up {P} during the first quarter",
        "the ride hailing aggregator holds back {P} on each trip your drivers make, we just pull those figures into the vehicle report",
        "your battery supplier's wholesale price sits {P} under retail, the software shows both columns side by side",
        "by our numbers, {P} of van breakdowns on the road come down to the suspension",
        "the comprehensive insurer only covers {P} of the repair bill, the driver tops up the rest",
        "once tread wear passes {P}, the software flags the wheel in red at check in",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас всего полдюжины фургонов доставки, мы же не таксопарк, войдите в положение, минус {P} можно?",
            "нет, от размера парка цена за машину не зависит, хоть одна у вас, хоть сотня")],
    "en": [("we've only got half a dozen delivery vans, we're no taxi firm, could you see your way to {P} less?",
            "no, what we charge per vehicle doesn't depend on fleet size, one car or a hundred")],
}
CHANNEL_T = {
    "ru": [
        "встанет водитель на трассе, а линия диспетчерской занята, сразу отбейте мне весточку в {MSG}, там у меня не служебный номер, а собственный, эвакуатор вызову сам",
        "я свою машину тоже у вас обслуживаю, так что по любым вопросам звоните мне на собственный номер, {PPHONE}, колл центр можно не дергать",
        "путевые листы за квартал перекиньте мне на адрес, который я по выходным проверяю с телефона, {PEMAIL}, он мой, а не офисный",
        "я состою в клубе владельцев фургонов, добавлю вас в наш чат в {MSG}, у меня там личный профиль, к компании он отношения не имеет, пишите мне туда напрямую",
        "договор с новой ценой прилетит вам с моего собственного адреса, {PEMAIL}, тогда он не зависнет на согласовании в отделе",
        "ночью, когда у ваших таксистов что то ломается, рабочая линия молчит, а я свой телефон не выключаю, {PPHONE}, набирайте не стесняясь",
        "этот номер, {PPHONE}, знает только моя семья да пара старых клиентов, теперь и вы, компании я его не даю",
    ],
    "en": [
        "if a driver breaks down on the motorway and the dispatch line's busy, send me word on {MSG} straight away, that account runs off my own sim card rather than a company one, i'll get the tow truck out myself",
        "i have my own car serviced at your place too, so for anything at all just ring me direct, {PPHONE}, that line's mine, no need to bother the call centre",
        "throw the quarter's waybills over to the inbox i check from my phone at weekends, {PEMAIL}, it's my private box, the office never sees it",
        "i'm in a van owners' club, i'll add you to our chat on {MSG}, my profile there is personal, the company isn't behind it, message me there directly",
        "the contract at the new price will land in your inbox from a private address of mine, {PEMAIL}, that way it skips sign off at the office",
        "at night when something breaks on your cabbies the work line goes dead, but i never switch my own phone off, {PPHONE}, dial it, don't be shy",
        "this number, {PPHONE}, only my family and a couple of old clients have it, and now you, the company doesn't have it",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "клиенты вашего сервиса могут следить за ремонтом в {MSG}, там работает официальный бот нашей компании, он показывает статус заказ наряда",
        "если эвакуатор не выехал по заявке, звоните в круглосуточную диспетчерскую компании, {CPHONE}, дежурный найдет машину на карте",
        "рекламации по запчастям из нашего каталога направляйте на общий адрес закупочного отдела компании, {CEMAIL}, письма разбирают в порядке очереди",
        "для автосервисов у нас в {MSG} заведен официальный канал компании, туда выкладываем отзывные кампании производителей",
    ],
    "en": [
        "there's an official bot our company runs on {MSG}, your garage's customers follow the repair through it and see the job card status",
        "if the tow truck hasn't set off on a request, call the dispatch desk at the company, it works round the clock, {CPHONE}, whoever's on duty will find the vehicle on the map",
        "claims on parts from our catalogue go to the purchasing department's shared mailbox at the company, {CEMAIL}, the emails are handled in turn",
        "for workshops we keep an official company channel on {MSG}, the manufacturers' recall campaigns get posted there",
    ],
}
NOT_PRESSURE = {
    "ru": ["переобуете всех клиентов, разгребете осенний наплыв, тогда и созвонимся, спешить мне некуда",
           "дайте вашим механикам недельку погонять пробную версию, пусть сами скажут, удобно ли, а последнее слово за вами",
           "если бумажные заказ наряды вас пока устраивают, ничего не меняйте, понадоблюсь, я на связи"],
    "en": ["get all your customers' tyres changed, clear the autumn rush, and we'll talk then, nothing's pressing on my side",
           "let your mechanics play with the trial for a week, they can tell you if it's handy, the final word is yours",
           "if paper job cards still work for you, change nothing, i'm around whenever you need me"],
}
