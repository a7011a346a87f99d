"""Sentence templates for the "test51" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and delivery platform for bottled-water and
office-coffee suppliers (water subscriptions, cooler rental, delivery routes
and windows, empty bottle returns and bottle deposits, coffee machine
servicing) to the owners, dispatchers and route planners of water delivery
firms and office coffee services. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test50.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a
driver on the industrial estate run who knows which gate each office uses,
the descaling mechanic who wants service reminders on his own cell, the
storekeeper who counts the empties every evening and should hear of any
shortfall, a cooler technician on night call who lives a stone's throw from
the depot, the reorder number a recorded voice repeats while callers wait on
hold; delivery notes for the bookkeeper who ticks them off against empties
return slips, the route planner who redraws the routes every morning, the
owner who wants to see how many bottles are stuck at customers; a card read
out in the warehouse among pallets of bottles, the card the coffee roaster
gets paid from, a director named before the card who signs off every
payment; the only person who changes water prices in the price list, the
person without whose approval no van leaves the yard, a client asked by
first name whether bottles suit them before lunch; distractors with an empties return
slip number filled in by hand, a leased coffee machine's serial that its
cleaning log is kept under, a filter change in a customer's coolers, a volume
that fits one route a day, the price of a big bottle carried up to the cooler
and a tasting of new beans in a client's office; discounts framed as a cooler
and a year of free water for the vendor's own office in exchange for a cut, a
lower platform fee in the winter months when offices drink less, a green
programme for suppliers who recycle their written off plastic, weekends left
out of the bill because the vans stand in the garage, two half empty
industrial estate routes folded into one, a driver who also services coffee
machines counted as one seat, the platform's round anniversary, the client's
warehouse filmed for the vendor's advert and a pilot on two routes; half
price as offices with nothing but a leased coffee machine and summer drinking
water stalls on beaches and in parks; non-offers about a bottle deposit set
as a share of the first delivery, summer demand in offices, a bottling
plant's discount on big batches, empties that never come back, roasters
raising bean prices, the commission of a courier firm taking the far off
addresses, a late cooler return charge and the tax on cooler rental; a client
with one van and two drivers for a whole district asking for a cut; personal
channels as a rep who is a coffee lover advising on beans off the record in
his own messenger, a rep whose office is moving and whose landlines are not
connected yet, a rep whose work laptop has not been issued, a chat with the
client's drivers set up in the rep's own messenger instead of the platform, a
contract draft sent from the rep's own mailbox because the work mail wipes
everything after a month, a rep whose work phone is off at weekends giving
his home landline for a stalled coffee machine, and a rep whose work sim has
run out of minutes; company channels as the company's automatic messenger
mailing to customers with empties piling up, the company's service centre
line for coffee machine errors, the common address of the company's quality
control department for water test reports and the company's open broadcast
about closed streets on the routes; polite closings as seeing first how the
dispatcher gets on with the route map, starting with the coffee side alone,
and a deck left in the inbox for the client and a partner to look at).

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
    ("аристарх", "бидонов", "вениаминович"),
    ("алена", "кувшинова", "геннадьевна"),
    ("вячеслав", "графинов", "кириллович"),
    ("инга", "донышкина", "матвеевна"),
    ("геннадий", "водовозов", "леонидович"),
    ("майя", "арабикова", "владиславовна"),
    ("макар", "боченков", "иосифович"),
    ("камилла", "кофейникова", "михайловна"),
    ("лукиан", "криницын", "борисович"),
    ("ефим", "колодезников", "артемович"),
]
EN_NAMES = [
    ("alphege", "barraclough"),
    ("constance", "ewbank"),
    ("drystan", "fairhurst"),
    ("elowen", "kettlewell"),
    ("fintan", "coldbrook"),
    ("gwilym", "dearlove"),
    ("ishbel", "brookbank"),
    ("jonah", "elderkin"),
    ("kirsty", "ashwell"),
    ("lowri", "caffrey"),
]
RU_LAT = {"аристарх": "aristarkh", "бидонов": "bidonov", "алена": "alena", "кувшинова": "kuvshinova",
          "вячеслав": "vyacheslav", "графинов": "grafinov", "инга": "inga", "донышкина": "donyshkina",
          "геннадий": "gennadiy", "водовозов": "vodovozov", "майя": "mayya", "арабикова": "arabikova",
          "макар": "makar", "боченков": "bochenkov", "камилла": "kamilla", "кофейникова": "kofeynikova",
          "лукиан": "lukian", "криницын": "krinitsyn", "ефим": "efim", "колодезников": "kolodeznikov"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "водитель, который возит воду по промзоне, знает, через какие ворота заезжать в каждый офис, так что новые адреса согласуйте с ним, {PHONE}",
        "механик, что чистит наши кофемашины от накипи, попросил, чтобы напоминания о плановом обслуживании прилетали на его сотовый, {PHONE}",
        "пустую тару по вечерам пересчитывает кладовщица, если бутылей недостает, пусть система сразу пишет ей, {PHONE}",
        "на случай, если у клиента ночью потечет кулер, внесите дежурного техника, он живет в двух шагах от склада, {PHONE}",
        "пока клиент висит на линии, автоответчик повторяет наш номер для дозаказа, {CPHONE}, так что его знают все наши покупатели",
        # e-mail
        "накладные на воду и на кофе отправляйте бухгалтеру, {EMAIL}, она сводит их с листами возврата тары",
        "{EMAIL}, это логист, он каждое утро перекраивает маршруты, поэтому заявки на завтра должны падать к нему",
        "отчет по залогам за бутыли раз в месяц пересылайте хозяину, {EMAIL}, ему важно видеть, сколько тары застряло у клиентов",
        # card
        "я на складе, кругом поддоны с бутылями, карточку держу перед глазами, называю цифры не спеша, {CARD}",
        "к подписке привяжите карту, с которой уходят деньги обжарщику за зерно, {CARD}",
        "{NAME} у нас директор и подписывает все платежи, добро на списание дано, карта директорская, {CARD}",
        # name
        "цены на воду в прайсе меняет только {NAME}, всем прочим откройте его лишь на просмотр",
        "маршруты и окна доставки утверждает {NAME}, без этой визы ни одна машина за ворота не выезжает",
        "{FIRST}, я верно записал, что бутыли вам удобнее принимать до обеда, пока в офисе никого нет",
    ],
    "en": [
        # phone
        "the driver who does the industrial estate run knows which gate to use at every office, so run any new addresses past him, {PHONE}",
        "the mechanic who descales our coffee machines asked for the planned service reminders to land on his own cell, {PHONE}",
        "our storekeeper counts the empties every evening, if bottles come up short the system should message her straight away, {PHONE}",
        "in case a customer's cooler starts leaking at night, put in our technician on call, he lives a stone's throw from the depot, {PHONE}",
        "while callers wait on hold the recorded voice keeps repeating our reorder number, {CPHONE}, so every customer of ours knows it by heart",
        # e-mail
        "delivery notes for water and for coffee should reach our bookkeeper, {EMAIL}, she ticks them off against the empties return slips",
        "{EMAIL}, that's the route planner, he redraws the routes every morning, so tomorrow's orders need to reach him",
        "once a month forward the bottle deposit report to the owner, {EMAIL}, he wants to see how many bottles are stuck at customers",
        # card
        "i'm out in the warehouse surrounded by pallets of bottles, i've got the card right here, going slowly, {CARD}",
        "hook the subscription up to the card the coffee roaster gets paid from, {CARD}",
        "{NAME} is our director and signs off every payment, the charge is approved, it's the director's card, {CARD}",
        # name
        "only {NAME} changes the water prices in the price list, everybody else gets it as read only",
        "{NAME} approves the routes and the delivery windows, without that approval not one van leaves the yard",
        "{FIRST}, have i got this right, you'd rather take the bottles before lunch while the office is still empty",
    ],
}
NOPII_T = {
    "ru": [
        "номер листа возврата тары {BADCARD}, водитель вписал его от руки, сверьте с накладной",
        "заводской номер кофемашины, которую мы сдали в аренду бизнес центру, {BADCARD}, по нему ведется журнал чисток",
        "фильтры в кулерах у клиента меняем {DATE}, техник обещал подъехать {TIME}",
        "итого получается {QTY}, такой объем спокойно укладывается в один маршрут в день",
        "большая бутыль с подъемом до кулера обходится вашим покупателям в {PRICE}, а помпу вы отдаете бесплатно",
        "дегустацию нового зерна в офисе заказчика поставили {DATE}, бариста приедет {TIME}",
    ],
    "en": [
        "the number on the empties return slip reads {BADCARD}, the driver filled it in by hand, compare it with the delivery note",
        "the factory serial of the coffee machine we leased to the business centre is {BADCARD}, the cleaning log is kept under it",
        "the filters in the customer's coolers get changed {DATE}, the technician promised to swing by {TIME}",
        "all in all that makes {QTY}, a volume like that sits comfortably in one route a day",
        "a big bottle carried up to the cooler sets your buyers back {PRICE}, and you throw in the pump for free",
        "the tasting of the new beans at the client's office got booked {DATE}, the barista arrives {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "поставите в наш офис кулер и будете весь год возить нам воду бесплатно, а я за это уберу из вашего счета {P}",
        "с ноября по март офисы пьют меньше воды, поэтому на эти месяцы плату за платформу вам опускаем на {P}",
        "вы сдаете весь списанный пластик в переработку, а для таких фирм у нас действует экологическая программа, по ней тариф меньше на {P}",
        "по выходным ваши машины стоят в гараже, так что субботу и воскресенье я в счет не включаю, это минус {P}",
        "если сведете два полупустых маршрута по промзоне в один, машин в системе станет меньше, а счет за месяц сдуется на {P}",
        "водитель, который заодно обслуживает кофемашины, идет у нас одним местом, а не двумя, так что на таких сотрудниках вы сэкономите {P}",
        "нашей платформе в этом месяце исполняется круглая дата, и по такому случаю руководство раздает давним клиентам {PA} скидку на продление",
        "если позволите снять у вас на складе ролик для нашей рекламы, с погрузкой и водителями, следующие полгода отдаю вам платформу дешевле на {P}",
        "запустим пилот на двух ваших маршрутах, и на время пилота ваша выгода против прайса составит около {PG}",
    ],
    "en": [
        "put a cooler in our office and keep us in water free for a year, and your subscription loses {P} in exchange",
        "offices drink less water from november to march, so for those months we lower your platform fee by {P}",
        "you send all your written off plastic for recycling, and firms like that fall under our green programme, which makes the plan {P} lower",
        "your vans sit in the garage at weekends, so i leave saturdays and sundays out of the bill, that takes {P} off",
        "if you fold the two half empty industrial estate routes into one, there are fewer vans in the system and the monthly bill deflates {P}",
        "a driver who also services the coffee machines counts as one seat rather than two, so on people like that you save {P}",
        "our platform hits a round anniversary this month, and to mark it the management is handing long standing clients {P} off their renewal",
        "if you let us film an advert in your warehouse, with the loading and the drivers, for the next six months the platform costs you {P} less",
        "let's run a pilot on two of your routes, and for as long as the pilot lasts you save {P} against the price list",
    ],
}
HALF_T = {
    "ru": ["за офисы, где стоит одна только арендованная кофемашина без доставки воды, вы платите ровно половину от цены обычной точки",
           "летние точки с питьевой водой на пляжах и в парках пойдут у нас по половинному тарифу"],
    "en": ["for offices with nothing but a leased coffee machine and no water deliveries you pay exactly half what a normal site costs",
           "summer drinking water stalls on beaches and in parks go on our half rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "залог за бутыль вы берете в размере {P} от первой поставки, платформа сама вернет его клиенту, как только тара приедет назад",
        "летом спрос на воду в офисах подскакивает на {P}, и маршруты под это система перестроит без вашего участия",
        "завод, где вы разливаете воду, за крупные партии сбрасывает вам {P}, в закупках это отразится против каждой партии",
        "примерно {P} пустых бутылей к вам так и не возвращаются, в отчете будет видно, у каких клиентов тара оседает",
        "обжарщики подняли цены на зерно на {P}, так что свою цену за чашку вы, скорее всего, пересмотрите",
        "курьерская служба, которой вы отдаете дальние адреса, забирает себе {P} от суммы заказа, платформа вычтет это в отчете о марже",
        "за просрочку возврата кулера клиент по вашему договору доплачивает {P} от месячной аренды, счет на это система выставит сама",
        "налог с аренды кулеров у вас считается по ставке {P}, платформа подставит его во все счета",
    ],
    "en": [
        "the bottle deposit you charge equals {P} of the first delivery, the platform hands it back to the customer the moment the empty comes home",
        "in summer office demand for water jumps {P}, and the system reshapes the routes around that by itself",
        "the bottling plant knocks {P} off big batches for you, purchasing records that against each batch",
        "about {P} of empty bottles never find their way back to you, the report shows which customers the bottles settle with",
        "the roasters have put bean prices up {P}, so you'll probably want to revisit your own price per cup",
        "the courier firm you hand the far off addresses to takes a {P} commission on each order, the platform deducts that in the margin report",
        "under your contract a customer who returns a cooler late pays {P} of the monthly rent on top, the system raises that invoice itself",
        "your tax on cooler rental is worked out at {P}, the platform adds it to every invoice",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна газель и два водителя на весь район, подвиньтесь хотя бы на {P}, а?",
            "не получится, цена одинаковая и для одной машины, и для целого автопарка")],
    "en": [("we've got one van and two drivers for the whole district, can you at least shift {P} for us?",
            "that won't work, one van or a whole fleet, it's one price")],
}
CHANNEL_T = {
    "ru": [
        "я сам заядлый кофеман и по зерну могу подсказать от себя, не от компании, стукните мне в {MSG}, поболтаем без протокола",
        "мы на этой неделе переезжаем в новый офис, городские линии еще не подключили, так что пока ловите меня на личном мобильном, {PPHONE}",
        "ноутбук на работе мне еще не выдали, так что схему ваших маршрутов пока киньте на мою собственную почту, {PEMAIL}",
        "давайте я заведу в своем {MSG} чат с вашими водителями, туда и будем скидывать переносы окон, платформу для этого можно не открывать",
        "черновик договора на аренду кулеров пришлю со своего ящика, {PEMAIL}, служебная почта у нас через месяц все стирает, а нашу переписку я хочу сохранить",
        "по выходным служебный телефон у меня выключен, так что если у клиента встанет кофемашина, набирайте мне домой, на городской, {PPHONE}",
        "на служебной симке у меня на этот месяц кончились минуты, так что перезвоните мне на мою собственную симку, {PPHONE}",
    ],
    "en": [
        "i'm a proper coffee nut myself and can tip you off on beans personally, not for the company, find me on {MSG}, we'll chat off the record",
        "we're moving into a new office this week and the landlines aren't connected yet, so for now use my private cell, {PPHONE}",
        "they haven't issued me a work laptop yet, so for now fire the map of your routes over to my personal mail, {PEMAIL}",
        "let me set up a chat with your drivers on my own {MSG}, we'll drop the window changes in there, no need to open the platform for that",
        "i'll send the cooler rental contract draft from my own mailbox, {PEMAIL}, the work mail wipes everything after a month and i want to keep our thread",
        "my work phone is switched off at weekends, so if a customer's coffee machine packs up, ring me at home on the landline, {PPHONE}",
        "my work sim has run out of minutes for this month, so call me back on my own one, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "клиентам, у которых скопилась пустая тара, пишет автоматическая рассылка компании в {MSG}, живого человека за ней нет",
        "если кофемашина у клиента выдает ошибку, сервисный центр компании принимает заявки по номеру {CPHONE}, выезд назначат оттуда",
        "протоколы проверки воды собирает отдел контроля качества компании на свой общий адрес, {CEMAIL}, письма там разбирают всей лабораторией",
        "в {MSG} компания ведет открытую рассылку о перекрытых улицах на маршрутах, подписаться может любой водитель",
    ],
    "en": [
        "customers with empties piling up get an automatic message from the company's {MSG} account, there's no live person behind it",
        "if a customer's coffee machine throws an error, the company's service centre takes requests on {CPHONE}, the visit gets booked from there",
        "water test reports are collected by the company's quality control department at its common address, {CEMAIL}, the whole lab goes through what lands there",
        "on {MSG} the company runs an open broadcast about closed streets along the routes, any driver can subscribe",
    ],
}
NOT_PRESSURE = {
    "ru": ["проверьте сначала, как ваш диспетчер уживется с картой маршрутов, тестовый доступ у вас никто не отнимет, торопиться некуда",
           "если кофейная часть вам сейчас важнее воды, начните с нее одной, а остальное потом, если вообще понадобится",
           "решать вам с компаньоном, я просто оставлю презентацию у вас в почте, а вы посмотрите, когда выдастся минута"],
    "en": ["see first how your dispatcher gets on with the route map, nobody's taking the test login away, there's no hurry",
           "if the coffee side matters more to you right now, start with that alone and leave the rest for later, if ever",
           "talk it over with your business partner, i'll just leave the deck in your inbox, open it if and when you feel like it"],
}
