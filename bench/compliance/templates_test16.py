"""Sentence templates for the "test16" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling farm-management software with machinery telematics
(tractor and combine trackers, field maps, grain-storage sensors, fuel logs)
to farms and agricultural cooperatives. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test15.py, and verbs, introducing words and sentence shapes that
differ from every template of all fourteen (the agronomist out checking crops
who still answers, the machinery foreman living at the grain yard during
harvest, the shift lab technician at the elevator, no signal in the combine
cab so call in the evening, the service number on a sticker on every tracker;
field records for the agronomist, a business card read out at the
weighbridge, the machinery engineer who gets the install guide; the farm card
for grain-bin sensors with the rest by bank transfer, a card kept in the seed
paperwork folder, the cooperative chairman's card; combine telemetry access
set up under the chief engineer, the person in charge of the seed stock
coming to the demo, a fertiliser truck arriving mid call; distractors with a
moisture sensor serial, a seed lot number, trackers fitted to combines, a
package sized for a quantity, a sensor set price and satellite images of the
fields; discounts framed as a lower combine fee for the length of harvest, a
cooperative price grid, a trade-in credit for old trackers, last season's
sensor stock sold cheaper, a seasonal allowance on the fertiliser module, a
seed partner's customers' reduction, an estimate rounded in the client's
favour, a cheaper renewal after a drought and winter billing while machines
sit in the shed; half price as a trial season on one farm division and a
second grain store fitted at half price; non-offers about seed overuse, grain
moisture in a silo, a leasing first instalment, the elevator's drying
deduction, a tracker price rise, a discount a neighbour's old integrator
gave, a penalty the company would pay and a state subsidy share; a client
asking for a cut until the harvest is sold; personal channels as drone shots
sent to the rep's own number, the rep's own cell in season, an estimate sent
from the rep's own e-mail to skip internal sign off, an off the record chat
under the rep's own number, the phone the rep carries about, sensor readings
forwarded to a private address and a video call on a personal number; company
channels as the company dispatch desk for mechanic call outs, the company bot
for grain-store alerts, the sales team's shared address and issues marked on
the map in the app).

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
    ("аглая", "бражникова", "филаретовна"),
    ("ананий", "голованов", "пафнутьевич"),
    ("велимир", "ивашкин", "тихомирович"),
    ("гаврила", "калачев", "мокеевич"),
    ("домна", "арефьева", "силантьевна"),
    ("евпраксия", "дягилева", "корнеевна"),
    ("зиновий", "бугров", "парамонович"),
    ("инесса", "жмакина", "эрастовна"),
    ("изяслав", "ветошкин", "мартьянович"),
    ("калерия", "карамышева", "феоктистовна"),
]
EN_NAMES = [
    ("algernon", "kilbride"),
    ("bettina", "hollingworth"),
    ("crispin", "ackroyd"),
    ("drusilla", "kinsella"),
    ("ezekiel", "brannigan"),
    ("fenella", "iwasaki"),
    ("godfrey", "hedlund"),
    ("honora", "gathercole"),
    ("ignacio", "jaramillo"),
    ("jemima", "cadwallader"),
]
RU_LAT = {"аглая": "aglaya", "бражникова": "brazhnikova", "ананий": "anany", "голованов": "golovanov",
          "велимир": "velimir", "ивашкин": "ivashkin", "гаврила": "gavrila", "калачев": "kalachev",
          "домна": "domna", "арефьева": "arefyeva", "евпраксия": "evpraksia", "дягилева": "dyagileva",
          "зиновий": "zinovy", "бугров": "bugrov", "инесса": "inessa", "жмакина": "zhmakina",
          "изяслав": "izyaslav", "ветошкин": "vetoshkin", "калерия": "kaleria", "карамышева": "karamysheva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "по картам полей все вопросы к нашему агроному, она с утра объезжает посевы, но трубку берет, {PHONE}",
        "в уборку бригадир механизаторов практически живет на току, ловите его по номеру {PHONE}",
        "на элеваторе приемкой зерна заведует сменный лаборант, его телефон {PHONE}, он скажет, когда можно ставить датчики",
        "в кабине комбайна связь пропадает, так что звоните вечером на {PHONE}, я уже буду на усадьбе",
        "на корпусе каждого трекера есть наклейка с номером сервиса, {CPHONE}, звонок по стране бесплатный",
        # e-mail
        "паспорта полей и схемы севооборота присылайте нашему агроному, {EMAIL}",
        "я сейчас на весовой, при себе только визитка, на ней такой адрес, {EMAIL}",
        "{EMAIL}, это почта нашего инженера по технике, ему и отправьте инструкцию по трекерам",
        # card
        "датчики для зернохранилища оплатим картой хозяйства, {CARD}, остальное пойдет безналом по договору",
        "подождите, карта лежит в папке с документами на семена, сейчас достану, вот, {CARD}",
        "карта принадлежит председателю кооператива, {NAME}, он разрешил, диктую, {CARD}",
        # name
        "доступ к телеметрии комбайнов заведите на {NAME}, это наш главный инженер",
        "на показ системы от нас приедет {NAME}, у нас этот человек заведует семенным фондом",
        "{FIRST}, извините, к конторе подъехала машина с удобрениями, перезвоню, как разгрузим",
    ],
    "en": [
        # phone
        "field maps are our agronomist's department, she's out checking the crops all morning but picks up, {PHONE}",
        "during harvest the machinery foreman practically lives at the grain yard, catch him on {PHONE}",
        "at the elevator the shift lab technician handles grain intake, his number is {PHONE}, he'll say when the sensors can go in",
        "there's no signal in the combine cab, so ring me this evening on {PHONE}, i'll be back at the farmhouse by then",
        "every tracker has a sticker on the casing with the service number, {CPHONE}, it's free to call nationwide",
        # e-mail
        "field records and crop rotation plans go to our agronomist, {EMAIL}",
        "i'm at the weighbridge with only a business card on me, and the address on it is {EMAIL}",
        "{EMAIL}, that's our machinery engineer, send the tracker install guide to him",
        # card
        "we'll pay for the grain bin sensors with the farm card, {CARD}, the rest goes by bank transfer under the contract",
        "hang on, the card's in the folder with the seed paperwork, let me dig it out, here, {CARD}",
        "the card belongs to the chairman of our cooperative, {NAME}, who's given the go ahead, so reading it out, {CARD}",
        # name
        "set up the combine telemetry access under {NAME}, our chief engineer",
        "coming to the demo from our side is {NAME}, the person in charge of our seed stock",
        "{FIRST}, sorry, the fertiliser truck just pulled up at the office, i'll call back once it's unloaded",
    ],
}
NOPII_T = {
    "ru": [
        "серийный номер датчика влажности {BADCARD}, он на бирке возле кабеля",
        "номер партии семян в сертификате {BADCARD}, его заносят в журнал посева",
        "трекеры на комбайны поставим {DATE}, пусть механики ждут нас {TIME}",
        "под {QTY} хватит базового пакета, карты полей в нем уже есть",
        "комплект датчиков для силоса обойдется в {PRICE}, монтаж входит в эту сумму",
        "свежие спутниковые снимки ваших полей появятся {DATE}, приложение пришлет уведомление",
    ],
    "en": [
        "the moisture sensor carries serial {BADCARD} on a little tag beside the cable",
        "the seed certificate gives lot {BADCARD}, and we log that against each sowing",
        "we'll fit the trackers to the combines {DATE}, have the mechanics expect us {TIME}",
        "for {QTY} the basic package is plenty, field maps already come with it",
        "a set of silo sensors comes to {PRICE}, and installation is included in that",
        "fresh satellite images of your fields arrive {DATE}, the app will send you a notification",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "на время уборочной абонентку за комбайны я уменьшу на {P}, пусть работают без оглядки на счет",
        "для сельхозкооперативов у нас своя сетка цен, она на {P} ниже той, по которой платят отдельные хозяйства",
        "старые трекеры сдадите нам при замене, и мы зачтем вам {P} стоимости новых",
        "остаток прошлогодней партии датчиков для силосов отдам вам на {P} дешевле",
        "{PA} сезонную льготу на модуль учета удобрений закреплю за вами до следующей весны",
        "клиентам нашего партнера по семенам положено снижение цены около {PG} на весь первый сезон",
        "смету округлю в вашу пользу, итог уменьшится на {P}, и на этом закроем вопрос",
        "войду в ваше положение после засухи, продление обойдется вам на {P} дешевле",
        "пока техника зимует в ангаре, абонентку по трекерам будем брать с понижением на {P}",
    ],
    "en": [
        "for the length of harvest i'll lower the monthly fee on the combines by {P}, run them flat out without worrying about the bill",
        "farming cooperatives sit on a price grid of their own, {P} below what single farms pay",
        "hand in your old trackers when we swap them out, and {P} of the new ones' price gets credited back to you",
        "i've got last season's batch of silo sensors left over, you can have them {P} cheaper",
        "i'll lock in a seasonal allowance of {P} on the fertiliser module for you until next spring",
        "customers of our seed partner get roughly {P} off for the whole first season",
        "i'll round the estimate in your favour, {P} off the total, and we'll call it settled",
        "i'll take the drought you've had into account and make your renewal {P} cheaper",
        "while the machines sit in the shed over winter, we'll bill the trackers at {P} under the usual rate",
    ],
}
HALF_T = {
    "ru": ["пробный сезон на одном отделении хозяйства обойдется вам в половину обычной подписки",
           "второе зернохранилище оснастим датчиками за половинную цену"],
    "en": ["a trial season on one division of the farm costs you half the regular subscription",
           "we'll kit out your second grain store with sensors at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по нашим данным, с картами полей перерасход семян у хозяйств падает примерно на {P}",
        "влажность зерна в третьем силосе поднялась до {PG}, датчик уже прислал тревогу",
        "лизинговая компания просит первый взнос {P} от стоимости комбайна, тут уж вопросы к ним",
        "элеватор удерживает за сушку и подработку {P} от веса партии, это его тариф, а не наш",
        "с нового сезона трекеры подорожают на {P}, модули связи у поставщика выросли в цене",
        "ваш сосед по району рассказывал, что прежний интегратор сделал ему скидку {P}, но мы с той фирмой никак не связаны",
        "если сорвем срок поставки датчиков, сами заплатим вам неустойку {P} от суммы заказа",
        "по программе субсидий государство возмещает {P} затрат на точное земледелие, заявку подаете вы сами",
    ],
    "en": [
        "from what we've seen, field maps cut seed overuse on farms by about {P}",
        "grain moisture in silo three has climbed to {P}, the sensor already sent an alert",
        "the leasing firm wants a first instalment of {P} of the combine's price, that's their call, not ours",
        "the elevator keeps {P} of the lot's weight for drying and cleaning, that's their tariff, not ours",
        "from next season trackers go up {P}, the comms modules we buy in got dearer",
        "your neighbour told me his old integrator gave him {P} off, but we've nothing to do with that firm",
        "if we miss the sensor delivery date, we pay you a penalty of {P} of the order value",
        "under the subsidy scheme the state covers {P} of precision farming costs, but you file the application yourselves",
    ],
}
CLIENT_ASK_T = {
    "ru": [("урожай мы еще не продали, может, опустите цену на {P}, пока с деньгами туго?",
            "понимаю, но цена от урожая не зависит, снижать ее я не буду")],
    "en": [("we haven't sold the harvest yet, could you drop {P} while money's tight?",
            "i understand, but the price doesn't hang on the harvest, so i can't go any lower")],
}
CHANNEL_T = {
    "ru": [
        "снимки полей с дрона шлите на мой номер в {MSG}, рабочий портал их грузит целую вечность",
        "в сезон я сам мотаюсь по полям, так что ловите меня на моем сотовом, {PPHONE}, офисный все равно молчит",
        "смету я вам лучше отправлю со своей почты, {PEMAIL}, через нашу систему она уйдет только после согласования",
        "давайте поговорим в {MSG} без протокола, я там под своим номером, а не под служебным",
        "вот номер, который я ношу с собой, не рабочий, {PPHONE}, насчет цены звоните лучше туда",
        "показания датчиков со склада пересылайте на {PEMAIL}, это мой частный адрес, так я их раньше увижу",
        "мне удобнее голосом, наберите меня по видеосвязи в {MSG}, по моему личному номеру, я его сейчас продиктую",
    ],
    "en": [
        "send me the drone shots of the fields on {MSG}, to my own number, they take forever to upload to the work portal",
        "in season i'm driving round the fields myself, so catch me on my own cell, {PPHONE}, the office line just rings out",
        "i'd rather send you the estimate from my own email, {PEMAIL}, through our system it only goes out after sign off",
        "let's talk off the record on {MSG}, i'm on there under my own number, not the work one",
        "here's the number i carry around with me, it's not the work phone, {PPHONE}, ring that one about the price",
        "forward the storage sensor readings to {PEMAIL}, that's my private address, i'll see them sooner",
        "i'd rather talk it through, so video call me on {MSG}, on my personal number, i'll read it out now",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "заявки на выезд механика принимает диспетчерская компании по номеру {CPHONE}, всю уборочную она работает без выходных",
        "тревоги с датчиков зернохранилища шлет бот компании в {MSG}, отвечать на них можно прямо в чате",
        "коммерческое предложение и договор пришлет отдел продаж с общего адреса, {CEMAIL}, копию получит ваш бухгалтер",
        "замечания по картам полей отмечайте прямо на карте в приложении, их увидит вся наша агрономическая служба",
    ],
    "en": [
        "mechanic call outs are booked through the company dispatch desk on {CPHONE}, it runs every day through harvest",
        "grain store alerts come to {MSG} from the company bot, you can reply to them right in the chat",
        "the proposal and contract will come from the sales team's shared address, {CEMAIL}, with your bookkeeper copied",
        "mark any field map issues right on the map in the app, our whole agronomy team sees them",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца уборки, а потом спокойно посмотрите, нужен ли вам такой учет, я не тороплю",
           "поставьте трекер на один трактор, понаблюдайте сезон, а решать будете уже после",
           "если кооператив на собрании проголосует против, ничего страшного, я все пойму"],
    "en": ["wait till the harvest is in, then have a calm look at whether you need it, i'm not rushing you",
           "put a tracker on one tractor, watch it for a season, and decide after that",
           "if the cooperative votes it down at the meeting, that's fine, i'll understand"],
}
