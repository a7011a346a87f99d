"""Sentence templates for the "test42" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and delivery platform for florist shops
(bouquet orders from the shop's website, delivery time windows, fresh flower
stock in the cold room and write-offs, wedding and event decoration, weekly
office bouquet subscriptions, orders to greenhouse suppliers) to flower shop
owners. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test41.py (ru
first names from А to Л, en first names from A to L), and verbs, introducing
words and sentence shapes that differ from every template of all earlier parts
(the storekeeper who minds the cold room and is the first to see a rose going
bad, so the write-off alerts go to her, the decorator who puts up arches at
outdoor ceremonies and wants a text first on saturdays, a greenhouse
agronomist whose number the caller knows by heart, the owner who accepts
unconfirmed website orders from home, the shop's number read out in an ad on
local radio; handover photos copied to the senior florist who checks each
bouquet against the picture on the website, greenhouse orders sent to the farm
manager who schedules the morning cut from them, office subscription invoices
for a business centre's accounts team with a long address; a card kept only
for buying flowers, a caller with wet hands from trimming stems, a restaurant
that owes the shop for decorating its hall paying on its manager's card; the
only person who writes off wilted stock, the person who handles wedding
decoration estimates, a caller who has the rep on the loudspeaker because her
hands are tangled in wire while she finishes a wreath; distractors with a
phytosanitary certificate number for a rose batch, a lot number at the flower
auction, a greenhouse truck due at the loading bay, a volume that makes the
chain plan pointless, a bucket of dutch peonies before and in season and a
bridal bouquet collected by the bridesmaid; discounts framed as a green plan
for shops that wrap in kraft paper instead of plastic film, wide delivery
windows that make routing easier, florists filming a short bouquet video for
the platform's blog once a month, a teaching plan for a shop that runs a
floristry school, the rep's own office buying its weekly reception bouquets
from the client, a website built on the platform's site builder so no
integration is needed, being first to try anniversary and birthday reminders
while they are rough, the shop serving as a pickup point for other shops'
orders, and customer notifications sent as app pushes instead of text
messages; half price as a spring tulip stall by the metro and a login for a
florist brought in only before holidays; non-offers about the share of bought
stock thrown away, a greenhouse's prepayment for wedding orders, import duty
on dutch flowers, gladioli (carnations in en) going up before a holiday, the
client's own gift to brides who also book hall decoration, offices renewing
their bouquet subscriptions, cold room humidity and a greenhouse's truckload
discount for wholesalers; a kiosk in an underpass asking for a cut; personal
channels as a rep who commutes two hours on a train and wants launch questions
on his personal phone's messenger, a rep going on paternity leave who gives
his home mobile, write-off reports sent to the address the rep keeps for a
master's course, a personal messenger page where the rep posts his own
bouquets, greenhouse price lists forwarded to the rep's personal address
because his mother keeps a flower stall, a refrigeration technician the rep
knows offered on his own number without the company, and the rep calling back
from his personal phone because he would rather not talk such prices on the
work one; company channels as delivery notices with a doorstep photo sent by
the platform itself as its official broadcast, the company's support on its
holiday schedule with two shifts on holiday nights, the company content team's
common address for showcase photos and the company's official community for
flower shop owners with the greenhouse delivery calendar; polite closings as
getting through the big flower holiday first, letting the florists spend a
week in the demo, and waiting until website orders stop trickling).

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
    ("боян", "пионов", "модестович"),
    ("арина", "ромашкина", "маркиановна"),
    ("елизар", "тюльпанов", "мелетиевич"),
    ("дарена", "незабудкина", "савельевна"),
    ("игорь", "лютиков", "тарасович"),
    ("илона", "ирисова", "софроновна"),
    ("захар", "георгинов", "нифонтович"),
    ("лилиана", "сиренева", "серафимовна"),
    ("герман", "флоксов", "ростиславович"),
    ("ванесса", "астрина", "фроловна"),
]
EN_NAMES = [
    ("basil", "thistlethwaite"),
    ("adelaide", "ashenden"),
    ("corwin", "ashbury"),
    ("delia", "rosenthal"),
    ("emrys", "rookwood"),
    ("flora", "mayhew"),
    ("gulliver", "stroud"),
    ("iris", "goodenough"),
    ("jarvis", "featherington"),
    ("lilias", "dewhurst"),
]
RU_LAT = {"боян": "boyan", "пионов": "pionov", "арина": "arina", "ромашкина": "romashkina",
          "елизар": "elizar", "тюльпанов": "tyulpanov", "дарена": "darena", "незабудкина": "nezabudkina",
          "игорь": "igor", "лютиков": "lyutikov", "илона": "ilona", "ирисова": "irisova",
          "захар": "zakhar", "георгинов": "georginov", "лилиана": "liliana", "сиренева": "sireneva",
          "герман": "german", "флоксов": "floksov", "ванесса": "vanessa", "астрина": "astrina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "кладовщица, которая следит за холодильной камерой, первой видит, что роза пошла в брак, так что оповещения о списании заводите на нее, {PHONE}",
        "декоратор, который ставит арки на выездных регистрациях, по субботам с утра до ночи на площадке, ему сначала лучше эсэмэску, {PHONE}",
        "срез в теплице у нас принимает только их агроном, его номер я уже наизусть помню, {PHONE}",
        "если заказ с сайта никто в салоне не подтвердил, пусть система трезвонит хозяйке, она и из дома его примет, {PHONE}",
        "в рекламе на местном радио мы диктуем номер салона, {CPHONE}, на него и звонят те, кто не любит заказывать через сайт",
        # e-mail
        "фотографию с каждого вручения отправляйте копией нашей старшей флористке, {EMAIL}, она сверяет, похож ли букет на картинку с сайта",
        "заявки в теплицу пусть система собирает сама и шлет менеджеру хозяйства, {EMAIL}, он под них ставит нам утренний срез",
        "счета за еженедельные букеты для офиса выставляйте бухгалтерии бизнес центра, адрес у них длинный, не перепутайте, {EMAIL}",
        # card
        "у нас отдельная карта только под закупку цветов, на нее и повесим вашу подписку, {CARD}",
        "погодите, руки мокрые, я стебли подрезала, сейчас вытру и прочитаю, {CARD}",
        "за нас рассчитается ресторан, которому мы оформляли зал, они нам все равно должны, карта их управляющего, {NAME}, номер {CARD}",
        # name
        "увядший срез в системе списывает только {NAME}, остальным продавцам пусть будет виден один остаток",
        "свадебные сметы на оформление ведет {NAME}, любые правки по аркам и гирляндам только через этого человека",
        "{FIRST}, говорите погромче, вы у меня на динамике, руки заняты проволокой, венок доплетаю",
    ],
    "en": [
        # phone
        "the storekeeper who looks after the cold room is the first to see a rose going bad, so set the write off alerts to her, {PHONE}",
        "the decorator who puts up the arches at outdoor ceremonies is on site from morning till night on saturdays, text him first, {PHONE}",
        "the greenhouse only takes our cut flower orders through their agronomist, i know his number by heart by now, {PHONE}",
        "if nobody in the shop confirms a website order, have the system keep ringing the owner, she can accept it from home, {PHONE}",
        "in our ad on the local radio we read out the shop's number, {CPHONE}, that's what people call when they don't like ordering on the website",
        # e-mail
        "copy the photo from every handover to our senior florist, {EMAIL}, she checks the bouquet looks like the picture on the website",
        "let the system put the greenhouse orders together itself and send them to the farm manager, {EMAIL}, he schedules our morning cut off them",
        "bill the weekly office bouquets to the business centre's accounts team, their address is a long one and easy to get wrong, {EMAIL}",
        # card
        "we've got a separate card just for buying flowers, hang your subscription on that one, {CARD}",
        "hold on, my hands are wet, i've been trimming stems, let me wipe them and i'll tell you, {CARD}",
        "the restaurant we decorated the hall for will settle it for us, they owe us anyway, it's their manager's card, {NAME}, number {CARD}",
        # name
        "only {NAME} writes off wilted stock in the system, the rest of the sales staff should just see what's left",
        "{NAME} is in charge of our wedding decoration estimates, any change to the arches or garlands goes through that person only",
        "{FIRST}, speak up a bit, you're on the loudspeaker, my hands are tangled in wire, i'm finishing a wreath",
    ],
}
NOPII_T = {
    "ru": [
        "номер фитосанитарного сертификата на партию роз {BADCARD}, его надо вбить в карточку поставки",
        "наш лот на цветочном аукционе значится под номером {BADCARD}, по нему поставщик найдет нашу тележку",
        "фура с тепличным срезом придет {DATE}, водитель обещал встать под разгрузку {TIME}",
        "вы говорите, у вас {QTY}, значит, сетевой тариф вам просто ни к чему",
        "пионы голландские нынче по {PRICE} за ведро, а до сезона брали куда дешевле",
        "букет невесты заберут {DATE}, подружка обещала заехать за ним {TIME}",
    ],
    "en": [
        "the phytosanitary certificate number for the rose batch is {BADCARD}, key it into the delivery record",
        "our lot at the flower auction is listed as {BADCARD}, the supplier finds our trolley by it",
        "the truck with the greenhouse cut arrives {DATE}, the driver promised to be at the loading bay {TIME}",
        "you say you've got {QTY}, then the chain plan is simply no use to you",
        "dutch peonies are {PRICE} a bucket these days, before the season we got them a good deal cheaper",
        "the bridesmaid is collecting the bridal bouquet {DATE}, she said she'd swing round for it {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "салонам, которые отказались от пленки и заворачивают букеты в крафт, мы даем зеленый тариф, по нему выходит на {P} меньше обычного",
        "если окна доставки вы сделаете широкими, по три часа, а не по часу, маршруты собираются проще, и тариф я пересчитаю вниз на {P}",
        "если ваши флористы раз в месяц снимут для нашего блога короткое видео, как собирают букет, я опущу вам абонентку на {P}",
        "раз у вас при салоне своя школа флористики, заведу вас по учебному тарифу, он дешевле коммерческого на {P}",
        "наш офис и так каждую неделю заказывает букеты на ресепшн, будем брать их у вас, а я в ответ урежу вашу подписку на {P}",
        "сайт соберете на нашем конструкторе, свой подключать не придется, поэтому счет за внедрение я срежу на {P}",
        "{PA} уступку по подписке я вам оформлю, если согласитесь первыми опробовать напоминания покупателям о годовщинах и днях рождения, пока функция еще сырая",
        "если ваш салон станет пунктом выдачи для заказов других магазинов с платформы, абонентская плата у вас упадет на {P}",
        "если оповещения покупателям пустим не смсками, а пушами в приложении, я уберу с вашего тарифа порядка {PG}",
    ],
    "en": [
        "shops that have given up plastic film and wrap their bouquets in kraft paper go on our green plan, it undercuts the standard one by {P}",
        "if you make your delivery windows wide, three hours instead of one, the routes come together more easily and i'll recalculate your plan {P} lower",
        "if your florists film a short video on putting a bouquet together for our blog once a month, i'll bring your subscription down {P}",
        "since you run your own floristry school at the shop, i'll put you on the teaching plan, it costs {P} less than the commercial one",
        "our office orders bouquets for reception every week anyway, we'll get them from you, and for that you'll pay {P} less for the subscription",
        "you'll build the website on our site builder, no need to hook up your own, so i'll trim the setup invoice by {P}",
        "i'll write you in for {P} off the subscription provided you're the first to try anniversary and birthday reminders for customers while the feature is still rough",
        "if your shop becomes a pickup point for other shops' orders on the platform, your monthly fee drops {P}",
        "if customer notifications go out as app pushes rather than text messages, i'll take about {P} off your plan",
    ],
}
HALF_T = {
    "ru": ["сезонную точку у метро, где вы весной торгуете одними тюльпанами, подключим за полцены",
           "учетка для флориста, которого вы зовете только перед праздниками, стоит ровно половину обычной"],
    "en": ["the spring stall by the metro where you only sell tulips, we'll connect at half price",
           "a login for the florist you only bring in before holidays will cost you half of a regular one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "сейчас у вас в утиль уходит {P} закупленного среза, система покажет, на каких сортах вы теряете больше всего",
        "теплица под свадебные заказы просит предоплату {P}, в карточке заказа эта сумма будет видна отдельно",
        "на голландский срез сейчас действует пошлина {P}, она уже сидит в цене поставщика",
        "к первому сентября гладиолусы дорожают на {P}, а наша подписка от сезона не зависит",
        "невестам, которые берут у вас еще и оформление зала, вы сами дарите {P} на букет невесты, мы просто заведем эту акцию в систему",
        "после первого месяца примерно {P} офисов продлевают подписку на букеты, это по всем нашим салонам",
        "влажность в холодильной камере держите около {P}, датчик сам пришлет тревогу, если она упадет",
        "теплица дает оптовикам {P} при заказе от целой фуры, но это их условия, мы к ним отношения не имеем",
    ],
    "en": [
        "{P} of the cut flowers you buy currently go in the bin, the system will show which varieties lose you the most",
        "the greenhouse asks for a {P} prepayment on wedding orders, that amount shows separately on the order card",
        "dutch cut flowers currently carry a {P} import duty, it's already built into the supplier's price",
        "before mother's day carnations go up {P}, but our subscription doesn't depend on the season",
        "brides who also book the hall decoration with you get {P} off the bridal bouquet from you, we'll just set that promotion up in the system",
        "after the first month roughly {P} of offices renew their bouquet subscription, that's across all our shops",
        "keep the humidity in the cold room at around {P}, the sensor sends an alarm by itself if it drops",
        "the greenhouse gives wholesalers {P} off a full truckload, but that's their deal, not ours",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы ларек в подземном переходе, одна витрина, и за прилавком я сама, скинете нам {P}?",
            "нет, прайс у нас без исключений, что павильон, что сеть салонов, платят одинаково")],
    "en": [("we're a kiosk in an underpass, one display case and me behind the counter, could you go {P} lower for us?",
            "no, our price list has no exceptions, a kiosk and a chain of shops pay the same")],
}
CHANNEL_T = {
    "ru": [
        "я по два часа в день трясусь в электричке, рабочий ноутбук там не достать, так что вопросы по запуску пишите в {MSG}, он у меня стоит на своем телефоне",
        "я со следующей недели в отпуске по уходу за ребенком, но вас на полпути не оставлю, вот мой домашний мобильный, {PPHONE}",
        "отчеты по списаниям сбрасывайте на адрес, заведенный для учебы в магистратуре, {PEMAIL}, я по ним еще и диплом пишу",
        "в {MSG} есть моя личная страничка, куда я выкладываю свои букеты, пишите туда, рабочий аккаунт я почти не открываю",
        "прайсы ваших теплиц перешлите мне, только не на рабочую, а на свою почту, {PEMAIL}, у мамы цветочный ларек, посмотрю заодно и для нее",
        "если понадобится холодильщик для камеры, звоните мне, только на мою симку, а не на рабочую, {PPHONE}, у меня знакомый мастер, сведу вас без компании",
        "я вам перезвоню с личного, {PPHONE}, сохраните его, чтобы взяли трубку, с рабочего про такие цены говорить неудобно",
    ],
    "en": [
        "i spend two hours a day rattling along on a commuter train where i can't get the work laptop out, so put any launch questions to me on {MSG}, which runs on my own phone",
        "from next week i'm on paternity leave, but i'm not leaving you halfway, the mobile i keep at home is {PPHONE}, jot it down",
        "send the write off reports to the email i use for my master's course, {PEMAIL}, i'm writing my thesis on them as well",
        "i've got a personal page on {MSG} where i post my own bouquets, write to me there, i hardly ever open the work account",
        "forward your greenhouses' price lists to my private inbox rather than the work one, {PEMAIL}, my mum has a flower stall, i'll look at them for her too",
        "if you need a refrigeration man for the cold room, give me a bell on the phone that's mine, not the office's, {PPHONE}, i know a technician, i'll put you in touch without going through the company",
        "i'm going to ring you back from my non work mobile, {PPHONE}, store it so you answer, i'd rather not discuss prices like these at work",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "уведомление о вручении с фотографией у двери покупатель получает в {MSG} от имени самой платформы, это ее официальная рассылка",
        "если в ночь перед восьмым марта перестанут приниматься заказы, звоните в поддержку компании по праздничному графику, {CPHONE}, в такие ночи там сидят две смены",
        "фотографии букетов для витрины на сайте принимает общий ящик контент отдела компании, {CEMAIL}, там их обработают и загрузят",
        "для владельцев цветочных салонов компания держит в {MSG} официальное сообщество, там вывешивают календарь поставок из теплиц",
    ],
    "en": [
        "the customer gets the delivery notice with a doorstep photo on {MSG}, sent by the platform itself as its official broadcast",
        "if order taking freezes the night before valentine's day, ring company support on its holiday rota, {CPHONE}, there are two shifts on duty on nights like that",
        "bouquet photos for the website showcase are taken in at the company content team's common address, {CEMAIL}, they retouch and upload them",
        "flower shop owners have an official community the company keeps on {MSG}, the greenhouse delivery calendar gets posted there",
    ],
}
NOT_PRESSURE = {
    "ru": ["переживете восьмое марта, отоспитесь, а потом уже созвонимся, я подожду",
           "пусть ваши флористы недельку посидят в демо, им виднее, удобно или нет, а решать все равно вам",
           "если заказы через сайт у вас пока капают редко, может, и правда рано, поговорим, как только сайт раскрутится"],
    "en": ["get through valentine's day, catch your breath, and then we'll pick this back up, i can wait",
           "let your florists spend a week in the demo, they know best whether it's comfortable, but the choice stays with you",
           "if website orders are only trickling in for now, maybe it really is too early, let's talk again once the site takes off"],
}
