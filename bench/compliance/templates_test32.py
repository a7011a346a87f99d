"""Sentence templates for the "test32" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a dry-cleaning and laundry management platform (order
tickets and garment tags, pickup lockers, courier pickup and delivery slots,
stain and damage photos at intake, a deposit for leather and fur items,
corporate uniform contracts) to dry-cleaning chains and self-service
laundries. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test31.py, and
verbs, introducing words and sentence shapes that differ from every template
of all earlier parts (the chain's only technologist who decides whether a
stain is worth taking on, the courier who knows the office pickup slots and
let his number be passed on, a washing machine repairman saved in the phone
just as "drum", the production manager who gets the alerts about damaged item
complaints, the main number printed on every garment cover; intake photos of
stains for the technologist who uses them against unhappy customers, the
monthly uniform summary copied to the corporate contracts manager, the mailbox
a self-service laundry gets machine error alerts in; the card solvent and
detergent are bought on, a card kept under a pile of tickets in the till
drawer, the card held by the chain's other owner; the only person who may
change leather and fur prices, the one who plans pickups of dirty workwear
from a meat plant, a receptionist distracted by a customer with a fur coat;
distractors with a wedding dress ticket number, the seal number on a hotel's
linen bag, a new locker going live by a business centre, a laundry of the
client's size set up last month, the price of a litre of solvent and the cash
collection from a self-service laundry; discounts framed as a locker in the
client's lobby opened to other cleaners' couriers, paying by bank transfer so
the company saves the card processing charge, signing up between seasons
before the puffer jackets, unattended self-service laundries billed lower,
deliveries handed to the company's partner courier, the first invoice made
lighter on top of a free customer base transfer, a concession for speaking at
a dry-cleaning trade show, corporate uniform tags priced under retail ones and
a network rate for moving every drop off point at once; half price as the
leather and fur deposit module for shops that take furs only in winter and
courier slots for a weekly corporate uniform run; non-offers about the deposit
on leather and fur, the share of items with undeclared stains, order growth of
chains with lockers, the locker operator's charge per pickup, a chemicals
supplier's volume discount, tax on self-service takings, a rush cleaning
surcharge and items collected late; a single self-service laundry with six
machines asking for a cut; personal channels as a rep who turns out to come
from the client's home town, a rep whose own phone lies by his pillow for
lockers jammed at night, a competitor's price list forwarded to the rep's own
inbox to be beaten from home, a rep whose company bans messengers on work
phones so he is on one from his own handset, a rep leaving for another firm
and taking his clients along, a work phone shared with a colleague swapped for
the rep's own and a rep reachable on his own handset on saturdays when the
office is shut; company channels as the platform's bot telling customers an
order is ready, the company's duty line with its technicians, the sales
department's shared address for uniform contract requests and the company's
official channel where technologists go through tricky stains; polite closings
as waiting out the puffer jacket season, letting the counter staff try the
tags first and parking the rep's e-mail until the client has time).

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
    ("ферапонт", "крахмалов", "ерастович"),
    ("евфимия", "утюгова", "мартьяновна"),
    ("агапит", "пятнов", "фаддеевич"),
    ("радмила", "мыльникова", "галактионовна"),
    ("евлампий", "щелоков", "пантелеймонович"),
    ("фотинья", "синькова", "прокловна"),
    ("каллистрат", "сукнов", "филаретович"),
    ("наина", "прачкина", "ермиловна"),
    ("лукьян", "гладилин", "созонтович"),
    ("марьяна", "полоскова", "агаповна"),
]
EN_NAMES = [
    ("quintus", "presswood"),
    ("benedikta", "tidwell"),
    ("erasmus", "buttonwood"),
    ("apollonia", "lathom"),
    ("zebedee", "washburn"),
    ("ermengarde", "silkwood"),
    ("aurelian", "fulham"),
    ("ludovica", "clearwater"),
    ("ulric", "ironside"),
    ("gisela", "mangleworth"),
]
RU_LAT = {"ферапонт": "ferapont", "крахмалов": "krakhmalov", "евфимия": "evfimiya", "утюгова": "utyugova",
          "агапит": "agapit", "пятнов": "pyatnov", "радмила": "radmila", "мыльникова": "mylnikova",
          "евлампий": "evlampiy", "щелоков": "shchelokov", "фотинья": "fotinya", "синькова": "sinkova",
          "каллистрат": "kallistrat", "сукнов": "suknov", "наина": "naina", "прачкина": "prachkina",
          "лукьян": "lukyan", "гладилин": "gladilin", "марьяна": "maryana", "полоскова": "poloskova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "технолог у нас одна на всю сеть, она и решает, браться за пятно или нет, про фото при приемке спросите у нее самой, {PHONE}",
        "курьер, который возит нам заказы из офисов, сам знает, в какие окна там удобно забирать, он разрешил дать его номер, {PHONE}",
        "мастер по стиральным машинам у меня в телефоне записан просто как барабан, сейчас найду, ага, {PHONE}",
        "уведомления о претензиях по испорченным вещам пусть уходят заведующей производством, {PHONE}, все жалобы разбирает она",
        "наш общий номер напечатан на каждом чехле, в котором мы отдаем одежду после чистки, {CPHONE}, по нему клиенты и вызывают курьера",
        # e-mail
        "снимки пятен и потертостей, которые делают при приемке, выгружайте нашему технологу на {EMAIL}, с ними она потом отбивается от недовольных клиентов",
        "ежемесячную сводку по униформе для завода дублируйте нашему менеджеру по корпоративным договорам, он у нас сидит на {EMAIL}",
        "{EMAIL}, проверьте, все ли буквы совпали, именно сюда наша прачечная самообслуживания получает сигналы, когда одна из машин встает с ошибкой",
        # card
        "за подписку пусть снимают деньги с той карты, что у нас для закупки растворителя и моющих средств, номер длинный, поехали, {CARD}",
        "карточка у меня в кассовом ящике под стопкой квитанций, минутку, нашла, {CARD}",
        "оплату проведите по карте, оформленной на {NAME}, это второй владелец сети, номер у меня перед глазами, {CARD}",
        # name
        "менять цены на чистку кожи и меха в системе может только {NAME}, приемщикам оставьте один просмотр",
        "график вывоза грязной спецодежды с мясокомбината составляет {NAME}, остальные в него не вмешиваются",
        "{FIRST}, вы еще на линии? у меня тут клиентка с шубой на приемке, я отвлеклась, что вы говорили про ячейки?",
    ],
    "en": [
        # phone
        "there's one technologist for the whole chain and she alone decides whether a stain is worth taking on, ask her about the intake photos yourself, {PHONE}",
        "the courier who brings us orders from offices knows which slots work best there, he's happy for me to give out his number, {PHONE}",
        "the washing machine repairman is saved in my phone just as drum, let me find him, yep, {PHONE}",
        "alerts about complaints over damaged items go straight to our production manager, {PHONE}, every complaint lands on her desk",
        "our main number is printed on every garment cover we hand clothes back in, {CPHONE}, people book their courier through it",
        # e-mail
        "send the stain and wear photos taken at intake to our technologist at {EMAIL}, she uses them to fend off unhappy customers later",
        "copy the monthly uniform summary for the factory to our corporate contracts manager, he sits at {EMAIL}",
        "{EMAIL}, make sure every letter matches, that's exactly where our self service laundry gets alerts whenever one of the machines stops with an error",
        # card
        "bill the subscription to the card we order solvent and detergent on, it's a long one, here goes, {CARD}",
        "i keep the card in the till drawer under a pile of tickets, one moment, found it, {CARD}",
        "put the payment on the card held by {NAME}, the chain's other owner, i'm reading the number off it now, {CARD}",
        # name
        "only {NAME} can change the leather and fur cleaning prices in the system, leave the counter staff view only",
        "{NAME} plans the pickups of dirty workwear from the meat plant, nobody else meddles with that schedule",
        "{FIRST}, hold on a second, a lady's just come in with a fur coat and i lost the thread, what was that about the lockers?",
    ],
}
NOPII_T = {
    "ru": [
        "номер квитанции на свадебное платье {BADCARD}, по нему невеста заберет его из ячейки",
        "номер пломбы на мешке с бельем из гостиницы {BADCARD}, его сверяют, когда мешок возвращается",
        "новый постамат у бизнес центра запускаем {DATE}, первые заказы курьер заложит {TIME}",
        "в прошлом месяце подключали прачечную, где {QTY}, так они уже через неделю работали без бумажных квитанций",
        "за литр растворителя поставщик теперь просит {PRICE}, а уходит его у нас прилично",
        "выручку из прачечной самообслуживания инкассируют {DATE}, инкассаторы появляются {TIME}",
    ],
    "en": [
        "the ticket number for the wedding dress is {BADCARD}, the bride collects it from the locker with that",
        "the seal number on the hotel's linen bag is {BADCARD}, they check it when the bag comes back",
        "the new locker by the business centre goes live {DATE}, the courier loads the first orders {TIME}",
        "last month we set up a laundry with {QTY}, and within a week they'd dropped paper tickets altogether",
        "the supplier now wants {PRICE} for a litre of solvent, and the machines burn through plenty of it",
        "the self service laundry's takings are picked up {DATE}, the armoured van comes round {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если разрешите поставить наш постамат у вас в холле и пускать к нему курьеров других химчисток, абонентка подешевеет на {P}",
        "если будете платить нам переводом по реквизитам, а не картой, банк не возьмет с нас за эквайринг, и абонентка за это полегчает на {P}",
        "подключитесь сейчас, в межсезонье, пока не пошли пуховики, и я закреплю за вами цену ниже прайса на {P}",
        "для прачечных самообслуживания, где нет приемщика, а стоят одни машины, тариф считаем на {P} меньше",
        "отдайте доставку нашему партнерскому курьеру, и с модуля курьерских слотов я сниму {P}",
        "базу ваших постоянных клиентов перенесем сами, без доплаты, да еще и первый счет выставлю меньше на {P}",
        "выступите с нами на отраслевой выставке химчисток, расскажете, как работаете с системой, и получите от меня {PA} выгоду на весь год",
        "если заведете в систему и договор на униформу с заводом, каждую корпоративную бирку посчитаем на {P} дешевле розничной",
        "переведите на нас сразу все приемные пункты сети, а не по одному, и сетевой тариф сэкономит вам свыше {PG}",
    ],
    "en": [
        "if you let us put our locker in your lobby and open it to couriers from other cleaners, your subscription falls by {P}",
        "pay us by bank transfer against an invoice instead of by card, we skip the card processing charge, and i'll pare {P} off the subscription for that",
        "sign up now, between seasons, before the puffer jackets start coming in, and i'll hold your price {P} beneath the price list",
        "self service laundries with no attendant, just machines, are billed {P} lower on our plan",
        "hand your deliveries to our partner courier and i'll cut {P} from the courier slot module",
        "we'll move your regular customer base across ourselves, no extra charge, and your first invoice will be {P} smaller into the bargain",
        "come up on stage with us at the dry cleaning trade show and tell people how you use the system, and i'll bring your yearly bill down {P}",
        "bring the factory uniform contract into the system too, and every corporate tag is priced {P} under the retail one",
        "move every drop off point in the chain over at once rather than one by one, and the network rate saves you upwards of {P}",
    ],
}
HALF_T = {
    "ru": ["модуль залогов за кожу и мех для тех, кто берет шубы только зимой, идет у нас вполовину дешевле",
           "курьерские слоты, если вы возите только корпоративную униформу раз в неделю, обойдутся в половину обычной стоимости"],
    "en": ["the leather and fur deposit module, for shops that only take furs in winter, costs half as much",
           "courier slots, if you only run corporate uniforms once a week, cost half the usual"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за кожу и мех вы берете с клиента залог {P} от оценочной стоимости, система сама отметит его в квитанции",
        "по нашим данным {P} вещей приходят с пятнами, о которых клиент не предупредил, поэтому фото на приемке и нужны",
        "сети, которые поставили постаматы, за год выросли по числу заказов на {P}",
        "оператор постаматов берет {P} с каждой выдачи через ячейку, это его собственная ставка, отдельно от того, что вы платите нам",
        "поставщик химии делает вам {P} скидки за объем, но это его скидка, в системе она пройдет как обычная закупка",
        "с выручки прачечных самообслуживания у вас уходит {P} налога, программа сразу разнесет его в отчете",
        "за срочную чистку за сутки вы берете наценку {P}, и система сама добавит ее в квитанцию",
        "примерно {P} вещей клиенты забирают позже чем через месяц, система напомнит им сообщением",
    ],
    "en": [
        "for leather and fur you ask for a deposit of {P} of the appraised value, the system notes it on the ticket itself",
        "by our figures {P} of items come in with stains the customer never mentioned, that's exactly why the intake photos matter",
        "chains that installed lockers saw orders climb {P} within twelve months",
        "the locker operator charges {P} on every pickup from a cell, that's their own rate, separate from what you pay us",
        "the chemicals supplier knocks {P} off your bulk orders, but that's their discount, in the system it shows up as a regular purchase",
        "{P} of the self service laundries' takings goes on tax for you, the software splits it out in the report right away",
        "for a next day rush clean you add a {P} surcharge, and the ticket picks it up automatically",
        "roughly {P} of items get collected more than a month late, the system sends those customers a reminder",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна прачечная самообслуживания на шесть машин, приемщика даже нет, сбавьте нам {P}, а?",
            "нет, плата за точку у нас не обсуждается, да и с шестью машинами вы и так на самом младшем тарифе")],
    "en": [("we've got one self service laundry with six machines and no attendant, is there any way to trim {P} for a place like ours?",
            "no, i'm afraid the per location fee isn't up for discussion, and with six machines you'd be on the smallest plan anyway")],
}
CHANNEL_T = {
    "ru": [
        "мы с вами, выходит, земляки, так что давайте по простому, стучитесь ко мне в {MSG}, аккаунт там мой, не рабочий",
        "если ночью ячейку в постамате заклинит, в компанию звонить без толку, набирайте сразу мой сотовый, {PPHONE}, он у меня лежит у подушки",
        "прайс конкурента, который вам прислали, перекиньте мне, только не на рабочий, а на мой адрес, {PEMAIL}, дома вечером сравню и предложу условия получше",
        "на служебные телефоны нам мессенджеры ставить запрещают, так что в {MSG} я сижу со своего собственного, туда и пишите, если что срочное",
        "я скоро ухожу в другую фирму и клиентов уведу за собой, поэтому с этого дня пишите мне на мой адрес, {PEMAIL}, до него компания не дотянется",
        "рабочий телефон у нас один на двоих с напарником, так что если нужен именно я, звоните на мой собственный, {PPHONE}",
        "по субботам у химчисток самый наплыв, а офис у нас закрыт, но я выхожу на связь со своего мобильного, {PPHONE}, набирайте без стеснения",
    ],
    "en": [
        "turns out we're from the same town, so let's keep it friendly, just write on {MSG}, the account there is mine, not the office's",
        "if a locker cell jams at night, ringing the company gets you nowhere, call me on my own phone instead, {PPHONE}, it sits by my pillow",
        "that competitor's price list you got, pass it along to me, not at work but to the inbox i keep for myself, {PEMAIL}, i'll compare it at home this evening and come back with better terms",
        "we're not allowed messengers on the work phones, so i'm on {MSG} from my own handset, write to me there if anything's urgent",
        "i'm leaving for another firm soon and my clients are coming with me, so from today use {PEMAIL}, which is mine, the company has no access to it",
        "my partner and i share one work phone, so if you want me specifically, call my own, {PPHONE}",
        "saturdays are the cleaners' busiest day and our office is shut, but i'm reachable on my personal handset, {PPHONE}, don't be shy to ring",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "когда заказ готов, клиент получает сообщение в {MSG} от бота нашей платформы, там номер квитанции и код ячейки, это рассылка компании",
        "если постамат не открывает ячейку, наберите дежурную линию компании, {CPHONE}, на ней сидят наши техники",
        "для корпоративных договоров по униформе у компании отведен общий адрес отдела продаж, {CEMAIL}, письма оттуда расходятся по менеджерам",
        "подпишитесь в {MSG} на официальный канал нашей компании, технологи там разбирают сложные пятна, а мы пишем о новинках платформы",
    ],
    "en": [
        "when an order's ready, the customer gets a {MSG} message from our platform's bot with the ticket number and the locker code, that's the company's own mailing",
        "if a locker won't open a cell, dial the company's duty line, {CPHONE}, our technicians are on it",
        "for corporate uniform contracts the company keeps a shared sales address, {CEMAIL}, messages there get passed on to the managers",
        "subscribe to the official channel our company runs on {MSG}, our technologists go through tricky stains there and we post platform news",
    ],
}
NOT_PRESSURE = {
    "ru": ["переживите сначала сезон пуховиков, а к разговору вернемся весной, я подожду",
           "пусть ваши приемщицы пару смен поработают с бирками, послушайте, что они скажут, и тогда уже решите сами",
           "если вам сейчас некогда, отложите мое письмо, оно никуда не убежит, ответите, как появится настроение"],
    "en": ["get through the puffer jacket season first and let's talk again in spring, i can wait",
           "have your counter staff use the tags for a couple of shifts, hear them out, and only then decide, on your own terms",
           "if you've got your hands full right now, just park my email, it won't run away, reply whenever you're in the mood"],
}
