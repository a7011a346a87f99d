"""Sentence templates for the "test19" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a route-planning and order-tracking app (delivery
slots, courier routes, live tracking for recipients) to small courier teams,
florists and cake shops. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test18.py, and verbs, introducing words and sentence shapes that
differ from every template of all seventeen (the senior courier on the early
wedding runs who is in the van from six, a recipient who wants a call before
arrival without spoiling the surprise, the florist who builds the window
displays after lunch, a deputy's phone set as the backup number for login
codes, the order line printed on a sticker on every cake box; route sheets
printed for the drivers, a recipient feedback export for the quality lead, the
address an online shop account is registered under; a company card paying for
delivery status texts, a card dug out of the bag with the day's takings, a
co-owner's card named before its number; the dispatcher who assigns orders to
couriers, the person who takes flowers in at the stockroom, a client put on
hold while a driver with a wedding cake calls on the other line; distractors
with a parcel tracking number, a batch number on cake box labels, a wedding
order pickup, a plan sized to the client's volume, the cost of one delivery
across town and courier training on the app; discounts framed as easing the
subscription through the rush before a flower holiday, weekend couriers
counted as part time seats, a reduction owed under a wholesale flower
market's agreement, the next bill slimming down if the routes save no fuel,
an adjustment to the price list held for the wedding season, a bundle priced
under its two modules apart, the rep covering the gap out of his own bonus,
last year's price list kept and three shops under one account; half price as
a bike courier's seat against a van courier's and the courier module while
most cakes go out as pickups; non-offers about shorter mileage, the share of
late bouquets, tax on delivery fees, growers raising rose prices, a share of
the annual sum paid on connection, a marketplace fine for a missed window, a
neighbouring cake shop's birthday promotion and growth of same day orders; a
client with two couriers and one van asking for a cut; personal channels as
the rep's own number because the work phone is handed in overnight, recipient
addresses sent to the rep's personal inbox instead of support, the rep's
messenger instead of the hotline, the rep's own messenger group for florists,
a personal sim for the holidays when the office is shut, an invoice with a
new price sent from the rep's own mailbox and the rep saved under a first
name on a non-work account; company channels as the company bot sending
delivery updates in the shop's name, company support rebuilding a route,
the onboarding team's shared mailbox and recipient complaints handled by the
company's quality team in the client account).

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
    ("ратмир", "баталов", "мефодьевич"),
    ("фекла", "сорокоумова", "викентьевна"),
    ("еремей", "жилин", "арсеньевич"),
    ("павлина", "рыбникова", "родионовна"),
    ("аникей", "кадомцев", "северьянович"),
    ("зинаида", "лыткина", "самуиловна"),
    ("фаддей", "толоконников", "харлампиевич"),
    ("есения", "сухорукова", "рустамовна"),
    ("онуфрий", "колокольцев", "вадимович"),
    ("гликерия", "шапошникова", "эмилевна"),
]
EN_NAMES = [
    ("octavia", "drummond"),
    ("caspian", "oyelowo"),
    ("leontyne", "whitlock"),
    ("lucius", "nakashima"),
    ("araminta", "kovalenko"),
    ("lachlan", "ferraro"),
    ("clemency", "tamura"),
    ("osric", "ellsworth"),
    ("euphemia", "crabtree"),
    ("benedict", "rourke"),
]
RU_LAT = {"ратмир": "ratmir", "баталов": "batalov", "фекла": "fekla", "сорокоумова": "sorokoumova",
          "еремей": "eremey", "жилин": "zhilin", "павлина": "pavlina", "рыбникова": "rybnikova",
          "аникей": "anikey", "кадомцев": "kadomtsev", "зинаида": "zinaida", "лыткина": "lytkina",
          "фаддей": "faddey", "толоконников": "tolokonnikov", "есения": "esenia", "сухорукова": "sukhorukova",
          "онуфрий": "onufriy", "колокольцев": "kolokoltsev", "гликерия": "glikeriya",
          "шапошникова": "shaposhnikova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "букеты к утренним свадьбам развозит наш старший курьер, он с шести уже в фургоне, набирайте его, {PHONE}",
        "получательница просила позвонить за полчаса до приезда, ее номер {PHONE}, только про сюрприз ни слова",
        "флористка, которая собирает композиции для витрины, выходит после обеда, ее мобильный {PHONE}",
        "в настройках у нас этот номер стоит запасным для кодов входа, {PHONE}, телефон моего заместителя",
        "на каждой коробке с тортом наклейка с номером для заказов, {CPHONE}, это общая линия кондитерской",
        # e-mail
        "маршрутные листы на завтра присылайте к вечеру на {EMAIL}, я их распечатываю для водителей",
        "выгрузку отзывов от получателей пусть отправляют на {EMAIL}, это наша ответственная за качество",
        "{EMAIL}, на этот адрес зарегистрирован наш аккаунт интернет магазина, к нему и привяжите",
        # card
        "смс получателям о статусе доставки оплачиваем корпоративной картой, вот она, {CARD}",
        "погодите, карта в сумке с сегодняшней выручкой, сейчас выужу, {CARD}, цифры вроде читаются",
        "платить будем картой моего компаньона, {NAME}, он не против, номер такой, {CARD}",
        # name
        "доступ диспетчера в приложении заведите на {NAME}, она раскидывает заказы по курьерам",
        "если курьер меня не застанет, цветы на складе примет {NAME}, я ее предупредила",
        "{FIRST}, минутку, на второй линии водитель, встал в пробке со свадебным тортом, не отключайтесь",
    ],
    "en": [
        # phone
        "our senior courier does the early wedding runs, he's in the van from six, try him on {PHONE}",
        "the recipient asked for a call half an hour before we arrive, her number is {PHONE}, just don't mention the surprise",
        "the florist who builds the window displays comes in after lunch, her mobile is {PHONE}",
        "in our settings that's the backup number for login codes, {PHONE}, it's my deputy's phone",
        "every cake box carries a sticker with the order line, {CPHONE}, that's the bakery's main number",
        # e-mail
        "send tomorrow's route sheets over by evening to {EMAIL}, i print them out for the drivers",
        "have the recipient feedback export go to {EMAIL}, she's our quality lead",
        "{EMAIL}, that's the address our online shop account is registered under, link it to that one",
        # card
        "the delivery status texts to recipients go on the company card, which is {CARD}",
        "wait, the card's in the bag with today's takings, let me fish it out, {CARD}, the digits look readable",
        "we'll pay on my business partner's card, {NAME}, he's fine with it, the number goes {CARD}",
        # name
        "set up the dispatcher login for {NAME}, she hands out the orders to the couriers",
        "if the courier misses me, {NAME} will take the flowers in at the stockroom, i've told her",
        "{FIRST}, one moment please, a driver's ringing on the other line stuck in traffic with a wedding cake, stay on",
    ],
}
NOPII_T = {
    "ru": [
        "трек номер посылки {BADCARD}, по нему получатель видит курьера на карте",
        "номер партии на этикетках коробок для тортов {BADCARD}, без него поставщик возврат не примет",
        "свадебный заказ забираем {DATE}, курьер подъедет {TIME}",
        "у вас, если я правильно записал, {QTY}, с такой нагрузкой базовый тариф справится",
        "одна доставка через весь город обходится вам примерно в {PRICE}, это вместе с бензином",
        "обучение курьеров работе в приложении назначим {DATE}, займет около часа",
    ],
    "en": [
        "the tracking code on the parcel is {BADCARD}, the recipient uses it to follow the courier on the map",
        "the batch number on the cake box labels is {BADCARD}, the supplier won't take a return without it",
        "the wedding order gets collected {DATE}, the courier pulls up {TIME}",
        "if i noted it right you've got {QTY}, the basic plan copes with that load",
        "one delivery right across town costs you about {PRICE}, fuel included",
        "we can run courier training on the app {DATE}, it takes about an hour",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "в неделю перед восьмым марта заказов у вас втрое больше, поэтому на весь март поубавлю подписку на {P}, чтобы пик не бил по карману",
        "курьеров, которые выходят только по выходным, посчитаю как неполные места, это на {P} меньше полной ставки",
        "вас к нам привел оптовый цветочный склад, у них с нами договор, и по нему вам положено минус {P} со всех счетов",
        "если за первый месяц маршруты не сберегут вам бензин, следующий счет похудеет на {P}, так и запишем",
        "{PA} поправку к прайсу закреплю за вами на весь свадебный сезон",
        "возьмете вместе с маршрутами модуль открыток, и за пакет я посчитаю на {P} меньше, чем за два модуля по отдельности",
        "разницу в {P} я закрою из своей премии, так что для вас цена выйдет ниже прайса",
        "оставлю вас на прошлогоднем прайсе, он на {P} ниже нынешнего, и перевыставлять не буду",
        "оформлю три ваших салона одним аккаунтом, и против трех отдельных вы сбережете до {PG}",
    ],
    "en": [
        "the week before valentine's your orders triple, so for all of february i'll ease the subscription down {P} so the rush doesn't sting",
        "couriers who only work weekends i'll count as part time seats, that's {P} less than a full seat",
        "the wholesale flower market sent you our way, they've got an agreement with us, and under it you're owed {P} off every invoice",
        "if the routes don't save you fuel in the first month, your next bill slims down by {P}, i'll put that in writing",
        "i'll hold a {P} adjustment on the price list for you through the whole wedding season",
        "take the greeting card module along with routing and i'll charge {P} less for the bundle than for the two bought separately",
        "i'll cover the {P} gap out of my own bonus, so the price you see comes in under list",
        "i'll keep you on last year's price list, it sits {P} below this year's, and i won't reissue it",
        "put all three of your shops under one account and, next to three separate ones, you'd save up to {P}",
    ],
}
HALF_T = {
    "ru": ["место для курьера на велосипеде стоит у нас вдвое дешевле, чем для курьера на машине",
           "пока торты у вас забирают в основном самовывозом, модуль курьеров пойдет за половину своей цены"],
    "en": ["a seat for a bike courier costs half what a van courier's seat does",
           "while most of your cakes go out as pickups, the courier module runs at half its price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "с выстроенными маршрутами курьеры в среднем наматывают на {P} меньше километров",
        "букетов с опозданием у вас сейчас {P}, это видно по отметкам о вручении в приложении",
        "курьеры на самозанятости платят налог {P} с выплат от компаний, приложение просто это учитывает",
        "к выпускным голландские поставщики поднимают цены на розы на {P}, нашу подписку это не затрагивает",
        "при подключении вносится {P} годовой суммы, остальное помесячно",
        "если курьер сдает заказ позже окна, маркетплейс штрафует вас на {P} от суммы заказа",
        "соседняя кондитерская дарит именинникам {P} на торты, это их акция, мы к ней отношения не имеем",
        "заказов с доставкой день в день у флористов за год стало больше на {P}",
    ],
    "en": [
        "with planned routes couriers drive about {P} fewer miles on average",
        "right now {P} of your bouquets arrive late, you can see it from the handover marks in the app",
        "in your state delivery fees carry {P} sales tax, the app just puts it on the receipt",
        "around graduation the dutch growers push rose prices up {P}, our subscription isn't touched by that",
        "{P} of the yearly total is due when you connect, the rest is spread over the months",
        "if a courier misses the window, the marketplace docks {P} from what that order earns you",
        "the cake shop next door gives birthday customers {P} off their cake, that's their promotion, we have nothing to do with it",
        "same day delivery orders at florists grew {P} over the year",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас всего два курьера и один фургон, сделаете нам на {P} дешевле?",
            "нет, место стоит одинаково, даже если курьеров всего двое")],
    "en": [("we've only got two couriers and one van, any chance of {P} cheaper for us?",
            "no, a seat costs the same even if you've only got two couriers")],
}
CHANNEL_T = {
    "ru": [
        "рабочую трубку я на ночь сдаю, а ночные заказы у вас бывают, так что держите мой собственный, {PPHONE}",
        "адреса получателей в поддержку не шлите, киньте мне на почту, которую я завел для себя, {PEMAIL}, я сам вобью их в маршрут",
        "в {MSG} я отвечаю даже стоя в пробке, так что стучитесь мне туда напрямую, мимо нашей горячей линии",
        "я веду в {MSG} свою группу для флористов, добавлю вас туда со своего телефона, там и будем все обсуждать",
        "в праздники офис закрыт, а у вас как раз запарка, поэтому держите номер моей личной симки, {PPHONE}",
        "счет с новой ценой я вышлю со своего ящика, {PEMAIL}, через отдел он застрянет на неделю",
        "сохраните меня в {MSG} просто по имени, это не служебный аккаунт, а мой, там и договоримся",
    ],
    "en": [
        "i hand the work phone in overnight and you do get night orders, so take my own number, {PPHONE}",
        "don't send recipient addresses to support, drop them in my personal inbox, {PEMAIL}, i'll key them into the route myself",
        "i answer on {MSG} even stuck in traffic, so message me there personally and skip our hotline",
        "i run my own {MSG} group for florists, i'll add you from my phone and we'll sort everything in there",
        "the office shuts over the holidays, which is exactly when you're slammed, so ring my personal sim, {PPHONE}",
        "i'll send the invoice with the new price from the mailbox i keep for myself, {PEMAIL}, through the department it'd sit there a week",
        "save me on {MSG} under just my first name, it's my own account, not the work one, we'll settle things there",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "статусы доставки вашим получателям рассылает бот компании в {MSG}, он пишет от имени вашего магазина",
        "если у курьера приложение не грузит маршрут, звоните в поддержку компании, {CPHONE}, дежурный оператор перестроит его вручную",
        "вопросы по подключению новых курьеров принимает общий ящик отдела внедрения, {CEMAIL}, ответ придет в течение дня",
        "жалобы получателей на курьеров вы увидите во вкладке обращений в кабинете, их разбирает служба качества компании",
    ],
    "en": [
        "the company's bot sends delivery updates to your recipients over {MSG}, signed with your shop's name",
        "if a courier's app won't load the route, ring company support on {CPHONE}, the operator on duty rebuilds it by hand",
        "write to the onboarding team's shared mailbox about adding couriers, {CEMAIL}, you'll hear back within a day",
        "recipient complaints about couriers show up under the requests tab in your account, the company's quality team works through them",
    ],
}
NOT_PRESSURE = {
    "ru": ["пустите сначала по маршрутам одного курьера на недельку, а там сами решите, стоит ли дальше",
           "у вас сейчас праздничная горячка, не до того, созвонимся, когда разгребете заказы",
           "если тетрадка с заказами вас пока устраивает, значит, так тому и быть, навязываться не буду"],
    "en": ["let one courier run the routes for a week first, then decide for yourself whether it's worth going further",
           "you're in the middle of the holiday crush, this can wait, we'll talk once the orders are cleared",
           "if the order notebook still does the job for you, then so be it, i won't keep pestering you"],
}
