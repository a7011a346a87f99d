"""Sentence templates for the "test57" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a practice and order platform for optician chains
(eye test appointments, prescriptions, frame and lens orders sent to the lens
lab, fittings and collection of finished glasses, contact lens subscriptions,
repairs under guarantee) to owners of optician chains, branch managers,
optometrists, fitters and buyers. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test56.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (an
optometrist in the back room who only glances at her phone between patients
and should see rescheduled eye tests pop up there, the technician who edges
lenses in the workshop and wants warning of every tricky prescription, the
courier of contact lens boxes whose number goes on every delivery notice, the
branch manager who tells customers that frames are back from the maker's
guarantee repair, the chain's number stamped inside every glasses case;
prescriptions from the clinic's eye doctor scanned for the senior optometrist
who double checks them before the workshop, the owner copied on the monthly
summary of uncollected glasses so she can chase forgetful customers, the
buyer's easy address for lens suppliers' invoices; the card the lens lab is
paid with, kept in the drawer under the till, a caller who has to put her
glasses on to read her own card, the owner's husband named before the card he
read out in the morning; the only person allowed to correct prescriptions, the
fitter who bends frames to the face and hands over finished glasses, a caller
stepping away to a customer collecting her glasses; distractors with a
barcode on a contact lens box, an autorefractor's serial for the service
engineer, a new frame collection arriving, the size of the chain, daily lenses
on the price list and an on site eye test day at a business centre; discounts
framed as lens orders sent to the lab through the platform instead of read
out over the phone, a cut down licence for branches without an eye test room,
the vendor's logo printed on the customer's prescription slip, old patient
cards moved over by the client's own front desk, a lower commission on
contact lens subscriptions paid a year ahead, the repairs section left off
because the frame maker fixes guarantee repairs itself, a pilot chain for a
virtual frame try on that sends feedback, a cheaper rate for existing
branches once a new shopping centre branch goes on, and the online contact
lens shop brought in with the bill redone by as much as a given share; half
price as a licence for a weekend-only optometrist and a sunglasses kiosk at the
airport; non-offers about a prepayment for lenses made to order, the lab's
surcharge for rush orders, the share of schoolchildren whose sight worsens
within a year, a frame maker's reduction for buying a collection before the
season, fewer empty slots since online booking, the share of the cost of
glasses paid back under voluntary health insurance, glasses buyers who go on
to order contact lenses and the lab's remakes of complex lenses; a two-shop
client in the suburbs asking for a cut; personal channels as frame photos for
the catalogue sent to the rep's own messenger account while he is at an optics
trade fair, a rep who has his own glasses made at the client's and gives his
personal phone, a branch list sent to the rep's personal mailbox because the
work one is full, a rep on holiday reachable only in his messenger under his
personal number, a contract with special terms drafted at home and sent from
the rep's private e-mail, franchise terms discussed on the rep's personal cell
because the office line is recorded, and a rep moving to another department
who wants the chain to call his own number; company channels as the company's
official bot reminding customers to change their contact lenses, the
company's account support service for an order stuck between branch and lab,
the legal department's shared address for reconciliation statements and the
company's official channel for optician owners about medical licensing;
polite closings as a week of trial booking left to the optometrists'
judgement, waiting until the back to school rush is over, and comparing
offers with a fresh head).

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
    ("илларион", "линзин", "всеволодович"),
    ("леокадия", "дужкина", "меркурьевна"),
    ("антип", "зеницын", "арефьевич"),
    ("аурелия", "лорнетова", "капитоновна"),
    ("влас", "моноклев", "маврикиевич"),
    ("констанция", "диоптриева", "мартыновна"),
    ("давыд", "бифокалов", "захарович"),
    ("гелена", "бликова", "изотовна"),
    ("клим", "ахроматов", "любомирович"),
    ("миланья", "зрачкова", "ипатовна"),
]
EN_NAMES = [
    ("cosimo", "glazebrook"),
    ("hedda", "lenthall"),
    ("elias", "blinkhorn"),
    ("kezia", "framley"),
    ("kaspar", "eyton"),
    ("iolanthe", "dimmock"),
    ("eamon", "clearsby"),
    ("flavia", "hindmarsh"),
    ("bastian", "applegarth"),
    ("liesel", "keenleyside"),
]
RU_LAT = {"илларион": "illarion", "линзин": "linzin", "леокадия": "leokadiya", "дужкина": "duzhkina",
          "антип": "antip", "зеницын": "zenitsyn", "аурелия": "aureliya", "лорнетова": "lornetova",
          "влас": "vlas", "моноклев": "monoklev", "констанция": "konstantsiya", "диоптриева": "dioptrieva",
          "давыд": "davyd", "бифокалов": "bifokalov", "гелена": "gelena", "бликова": "blikova",
          "клим": "klim", "ахроматов": "akhromatov", "миланья": "milanya", "зрачкова": "zrachkova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "оптометристка принимает в дальнем кабинете и в телефон заглядывает только между пациентами, так что переносы записей на проверку зрения пусть высвечиваются у нее, {PHONE}",
        "мастер, что обтачивает линзы у нас в мастерской, просил, чтобы о каждом заказе со сложным рецептом ему сообщали заранее, его номер, {PHONE}",
        "коробки с контактными линзами по подписке развозит наш курьер, его телефон, {PHONE}, пусть стоит в каждом уведомлении о доставке, чтобы клиенты договаривались с ним напрямую",
        "оправы из гарантийного ремонта производитель возвращает в центральный салон, и первой об этом должна узнать заведующая, она сама сообщает клиентам, что можно забирать, {PHONE}",
        "номер нашей сети оттиснут на внутренней стороне каждого футляра для очков, {CPHONE}, туда клиенты и звонят узнать, готов ли заказ",
        # e-mail
        "сканы рецептов, которые клиенты приносят от окулиста из поликлиники, отправляйте старшему оптометристу, {EMAIL}, он перепроверяет каждый рецепт, прежде чем заказ уйдет в мастерскую",
        "ежемесячную сводку по очкам, которые так и лежат невыкупленными, ставьте в копию владелице сети, адрес у нее такой, {EMAIL}, забывчивых клиентов она обзванивает сама",
        "у закупщика адрес простой, {EMAIL}, на него пусть и ложатся счета от поставщиков линз, заодно он следит, сколько упаковок контактных линз осталось на полке",
        # card
        "подписку привяжите к карте, которой мы платим лаборатории за линзы, она хранится в кассовом ящике, {CARD}",
        "секунду, надену очки, без них цифры на карте расплываются, смешно для оптики, да, так, {CARD}",
        "за сеть платит муж хозяйки, {NAME}, утром он продиктовал мне цифры, записывайте, {CARD}",
        # name
        "исправлять рецепты в карточках пациентов может только {NAME}, консультантам в зале оставьте лишь просмотр",
        "подгонкой оправ по лицу и выдачей готовых очков занимается {NAME}, так что уведомление о готовности заказа пусть первым получает этот мастер",
        "{FIRST}, подождите минутку, клиентка пришла за очками, я ей дужки подогну и сразу вернусь к вам",
    ],
    "en": [
        # phone
        "our optometrist sees patients in the back room and only glances at her phone between them, so rescheduled eye test bookings should pop up on hers, {PHONE}",
        "the technician who edges the lenses in our workshop asked to be warned ahead of time about every order with a tricky prescription, his number is {PHONE}",
        "our courier drops off the contact lens subscription boxes, put his phone, {PHONE}, on every delivery notice so customers can sort things out with him directly",
        "frames coming back from the maker's guarantee repair arrive at our main branch, and the branch manager should hear first, she's the one who tells customers they can collect, {PHONE}",
        "our chain's number is stamped inside every glasses case, {CPHONE}, that's how customers check whether their order is ready",
        # e-mail
        "scans of the prescriptions customers bring from the eye doctor at the clinic go to our senior optometrist, {EMAIL}, he double checks each one before the order heads to the workshop",
        "copy the chain's owner on the monthly summary of glasses still waiting to be collected, her address is {EMAIL}, she chases the forgetful customers herself",
        "our buyer's address is an easy one, {EMAIL}, the lens suppliers' invoices can land there, he also keeps an eye on how many boxes of contacts are left on the shelf",
        # card
        "hook the plan up to the card that settles our lens lab bills, i keep it in the cash desk drawer, {CARD}",
        "one second, let me put my glasses on, without them the numbers just swim, funny for an optician's, i know, right, {CARD}",
        "the owner's husband pays for the chain, {NAME}, he read me his card number this morning, here it is, {CARD}",
        # name
        "only {NAME} can correct prescriptions on patient cards, leave the floor staff with view only",
        "{NAME} does the frame fittings and hands over the finished glasses, so that fitter hears first whenever an order is ready",
        "{FIRST}, hold that thought, a customer's come in for her glasses, i'll just bend the arms to fit her and i'm right back with you",
    ],
}
NOPII_T = {
    "ru": [
        "штрихкод на коробке с контактными линзами {BADCARD}, по нему склад и списывает упаковку",
        "серийный номер авторефрактометра {BADCARD}, сервисный инженер спросит его первым делом",
        "новую коллекцию оправ привозят {DATE}, витрины начнем переставлять {TIME}",
        "если сложить все ваши салоны, выходит {QTY}, для такого масштаба достаточно стандартного пакета",
        "однодневные линзы у вас в прайсе идут по {PRICE} за упаковку",
        "выездную проверку зрения для сотрудников бизнес центра вы проводите {DATE}, оптометрист выезжает {TIME}",
    ],
    "en": [
        "the barcode on the contact lens box reads {BADCARD}, the stockroom writes the pack off against it",
        "the autorefractor's serial number is {BADCARD}, the service engineer will ask for it first thing",
        "the new frame collection arrives {DATE}, we start rearranging the displays {TIME}",
        "add up all your branches and it comes to {QTY}, the standard package covers that",
        "daily lenses are on your price list at {PRICE} a pack",
        "you're running the on site eye tests for the business centre staff {DATE}, the optometrist heads out {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если ваша мастерская будет отправлять заказы линз в лабораторию через нашу платформу, а не диктовать их по телефону, плата за модуль заказов для вас убавится на {P}",
        "салоны, где нет кабинета проверки зрения и продаются только солнцезащитные очки, я оформлю по урезанной лицензии, она обходится на {P} дешевле полной",
        "разрешите печатать наш логотип внизу бланка рецепта, который уносит клиент, и я сниму с ежемесячной оплаты {P}",
        "если старые карточки пациентов с рецептами ваши администраторы перенесут сами по нашему шаблону, за внедрение выставлю вам сумму, меньшую на {P}",
        "гарантийные ремонты оправ вам чинит сам производитель, так что раздел ремонтов можно не подключать, и абонентская плата сожмется на {P}",
        "подписки на контактные линзы, которые клиенты оплачивают сразу на год, пойдут у вас с комиссией ниже обычной на {P}",
        "станьте пилотной сетью для нашей виртуальной примерки оправ, присылайте отзывы раз в месяц, а я взамен дам вашей сети {PA} скидку, и действовать она будет весь первый год",
        "заведите в систему и новый салон в торговом центре, тот, что еще на отделке, тогда по действующим точкам поставлю вам ставку дешевле на {P}",
        "подтяните к нам и свой интернет магазин контактных линз, и я пересчитаю общий счет вниз, вплоть до {PG}",
    ],
    "en": [
        "if your workshop sends lens orders to the lab through our platform instead of reading them out over the phone, the orders module will cost {P} less on your invoice",
        "branches with no eye test room that only sell sunglasses i'll put on a cut down licence, priced {P} below the full one",
        "let us print our logo along the foot of the prescription slip the customer takes home, and i'll take {P} off the monthly payment",
        "if your front desk staff move the old patient cards over themselves using our template, the setup invoice goes down by {P}",
        "your frame maker handles guarantee repairs itself, so we can leave the repairs section off, and the subscription shrinks by {P}",
        "contact lens subscriptions that customers pay for a year ahead will carry a commission {P} below our usual one",
        "be our pilot chain for the virtual frame try on, send feedback monthly, and in return i'll grant you a {P} reduction across the whole first year",
        "put the new branch in the shopping centre on the system as well, the one still being fitted out, and i'll move your existing branches to a rate {P} cheaper",
        "connect your online contact lens shop as well and i'll redo the whole bill downwards, by up to {P}",
    ],
}
HALF_T = {
    "ru": ["лицензия для оптометриста, который ведет прием лишь по выходным, стоит вдвое дешевле обычной",
           "киоск с солнцезащитными очками в аэропорту подключим за половину того, во что обходится обычный салон"],
    "en": ["a licence for an optometrist who only sees patients at weekends costs half what a regular one does",
           "the sunglasses kiosk at the airport we'll connect for half a regular branch's price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за линзы, которые делают под заказ, клиент вносит предоплату {P}, остаток платформа возьмет с него при выдаче очков",
        "за срочное изготовление лаборатория берет надбавку {P}, в карточке заказа это пойдет отдельной строкой",
        "по статистике, {P} школьников, которые приходят на проверку, за год начинают видеть хуже, поэтому система сама напомнит родителям о повторном визите",
        "производитель оправ отдает вам коллекцию на {P} дешевле, если выкупаете ее до начала сезона, в закупочной цене это отразится само",
        "с тех пор как заработала онлайн запись, пустых окон в расписании оптометристов стало меньше на {P}",
        "по полису добровольного страхования клиенту возмещают {P} стоимости очков, справку для страховой система печатает сама",
        "по нашим наблюдениям, {P} покупателей очков потом заказывают у вас и контактные линзы",
        "лаборатория переделывает примерно {P} линз со сложной оптикой, и такие переделки система считает отдельно",
    ],
    "en": [
        "for lenses made to order the customer puts down a {P} prepayment, the platform takes the rest when the glasses are collected",
        "the lab adds a {P} surcharge for rush orders, the order card lists it separately",
        "going by the figures, {P} of the schoolchildren who come in for a test see worse within a year, so the system reminds parents about a follow up visit on its own",
        "the frame maker lets you have the collection {P} cheaper if you buy it out before the season starts, the purchase price reflects that automatically",
        "since online booking went live, the empty slots in your optometrists' diaries are down {P}",
        "under voluntary health insurance the customer gets {P} of the cost of glasses back, the system prints the certificate for the insurer itself",
        "as far as we can tell, {P} of people who buy glasses from you go on to order contact lenses too",
        "the lab remakes about {P} of lenses with complex optics, and the system counts those remakes separately",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня всего два салона, и оба в спальном районе, может, скинете нам {P}?",
            "нет, скидывать не стану, кабинет проверки зрения стоит одинаково, что в сети на сотню салонов, что у вас")],
    "en": [("we've only got two shops and both are out in the suburbs, would {P} off be possible for us?",
            "no, i won't, an eye test room costs the same whether it's a chain of a hundred branches or just yours")],
}
CHANNEL_T = {
    "ru": [
        "на этой неделе я на выставке оптики и в офис не попадаю, так что фотографии оправ для каталога отправляйте в {MSG} прямо мне, там я сижу под своим собственным именем, а не от компании, оттуда я их сам загружу",
        "я ведь и сам у вас очки заказываю, так что давайте без офисной линии, вот мой личный телефон, {PPHONE}, звоните и по выходным",
        "мой рабочий ящик забит под завязку, поэтому список салонов с адресами и часами работы отправьте на мою запасную почту, она личная, {PEMAIL}",
        "в отпуске я все равно на связи, только не в корпоративном чате, а в {MSG}, где я зарегистрирован на свой личный номер, пишите, если лаборатория вдруг не примет заказ",
        "договор с особыми условиями для вашей сети я набросаю вечером дома и пришлю со своей частной почты, {PEMAIL}, правки отвечайте прямо туда",
        "условия франшизы лучше обговорим один на один, на мой личный сотовый, {PPHONE}, на офисной линии все разговоры записываются",
        "со следующего месяца я работаю в другом подразделении, но ваше подключение закончу лично, поэтому занесите к себе мой собственный номер, {PPHONE}, звоните по нему и после перехода",
    ],
    "en": [
        "i'm at the optics trade fair this week and won't make it into the office, so the frame photos for the catalogue go to me on {MSG}, my private profile, not a company one, and i'll upload them myself",
        "i get my own glasses made at your place, so let's skip the office line, here's my personal phone, {PPHONE}, call it at weekends too",
        "my work inbox is full to bursting, so send the list of branches with addresses and opening hours to my spare email, it's a personal one, {PEMAIL}",
        "i'm still reachable on holiday, just not in the company chat, on {MSG} under my personal number, message me there if the lab suddenly rejects an order",
        "i'll draft the agreement with your chain's special terms tonight at home and mail it from my private address, {PEMAIL}, put your edits in the reply",
        "let's go over the franchise terms one to one, on my personal cell, {PPHONE}, every call on the office line gets recorded",
        "they're transferring me to a different team next month, yet your chain is my project to finish, so keep my own number, {PPHONE}, and use it once i've switched",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание, что пора менять контактные линзы, клиенту присылает официальный бот, который компания держит в {MSG}, а в подписи стоит ваш салон",
        "если заказ завис между салоном и лабораторией, звоните в службу сопровождения компании, {CPHONE}, там заявку доведут до конца",
        "акты сверки и допсоглашения присылает юридический отдел компании со своего общего адреса, {CEMAIL}, письма там разбирает вся команда юристов",
        "для владельцев оптик в {MSG} работает официальный канал компании, там публикуют разборы новых требований к медицинским лицензиям",
    ],
    "en": [
        "the reminder that it's time to change contact lenses reaches the customer from the official {MSG} bot the company operates, signed with your branch's name",
        "should an order hang between a branch and the lab, call the company's account support service, {CPHONE}, they'll see the request through",
        "reconciliation statements and contract addenda come from the company legal department's shared address, {CEMAIL}, every lawyer on the team reads that mailbox",
        "optician owners can subscribe to the company's own official channel for them, it's on {MSG}, and the breakdowns of new medical licensing requirements come out there",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваши оптометристы неделю поработают с записью в пробном режиме, а дальше им виднее, я подожду",
           "у вас сейчас самая горячая пора, школьники перед учебным годом, так что вернемся к разговору осенью, когда поток схлынет",
           "положите наше предложение рядом с тем, что вам присылали другие, сравните на свежую голову, выбор целиком за вами"],
    "en": ["let your optometrists run the booking in trial mode for a week, after that they'll see better than i can, i'll wait",
           "this is your busiest stretch, schoolkids before the school year, so let's pick this up in the autumn once the rush dies down",
           "lay our offer next to what the others sent you and compare them with a fresh head, the choice is entirely yours"],
}
