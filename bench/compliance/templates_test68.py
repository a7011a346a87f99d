"""Sentence templates for the "test68" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and service platform for firewood, coal and
heating oil suppliers to country houses (split logs sold by the cubic metre
and coal by the tonne, heating oil pumped from a tanker into the household
tank, boiler servicing visits, seasonal supply contracts, storage sheds and
delivery slots on rural roads) to owners of fuel yards, dispatchers, drivers
of log trucks and tankers, boiler engineers, storekeepers and bookkeepers.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test66.py (ru first names,
surnames and patronymics from Н to Я, en first names and surnames from M to
Z), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (the log truck driver who is the only one who
knows the detours past the river when the gravel road is washed out and
should get the unloading points, the engineer who cleans boilers before the
heating season and wants his next day's visits the evening before, the
owner's son who drives the heating oil tanker and wants customers to ring
him just before he pumps, the storekeeper in charge of the dry wood sheds who
should hear when a stack runs low, the yard's number painted on the side of
every truck; coal mine waybills forwarded to the bookkeeper who checks tonnes
against the weighbridge, moisture readings of firewood for the man who
decides which batch is dry enough to sell, seasonal contracts sent to the
owner's wife who does the paperwork while he is out at the felling site; the
card that pays for the tractor's diesel, a card read out from the glovebox of
a truck cab, a partner who owns half the yard named before the card he sent a
photo of; the only person allowed to change the price per cubic metre, the
person who hands out boiler visits to the villages, a caller stepping away
from a log splitter; distractors with a seal number on a tanker's hatch, a
serial plate on the yard's weighbridge for the inspector, the first coal
truck of the winter waiting for the tractor to clear the road, the size of
the business, a tonne of graded coal tipped straight into the customer's shed
and a dacha boiler cleaned while the keys wait with a neighbour; discounts
framed as the spring months when heavy trucks are banned from thawing rural
roads, a couple of cubic metres for the rep's office stove traded against the
bill, old tankers without trackers counted at a lower rate, seasonal contracts
signed electronically through the platform, the weighbridge wired straight
into the coal module, full truckload orders carrying a smaller commission, a
neighbouring yard brought in on the client's word, a rep who recounts the
trucks because two are in for repair, and the boiler servicing crew moved
onto the same account; half price as bagged kindling sold at a petrol station
on the highway and a login for the tractor driver who only marks cleared
roads; non-offers about the moisture of seasoned firewood, the ash content of
a coal, heating oil going up at the depot, a prepayment on a seasonal
contract, coal lost in transit, a coal mine's reduction for whole railway
wagons, customers who order again the next winter and the bank's card
acquiring fee; a one-truck woodcutter asking for a cut; personal channels as
photos of gates and driveways sent to the rep's own messenger account so he
can draw the route himself, a work sim with no signal near the yard so the
rep gives his own number, a rep leaving the company who wants the yard to
write to his own address, a rep who takes only his own messenger to the
fishing lake at weekends, a contract draft sent from the rep's private mailbox
so his colleagues do not see it, a thank-you for a quick launch discussed on
the rep's personal phone, and a second number registered to the rep's
mother-in-law that the company knows nothing about; company channels as the
company's official bot telling customers the truck has left the yard, the
company's support line staffed through the night in the heating season, the
integrations team's shared mailbox for weighbridge questions and the company's
official group for fuel suppliers with frost forecasts; polite closings as
getting through this winter on the paper order book and talking again once
the roads dry, asking the son who drives the tanker whether the app suits him,
and a trial run on real orders that can simply be dropped).

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
    ("севастьян", "поленов", "ратмирович"),
    ("оливия", "растопкина", "тихомировна"),
    ("спиридон", "сажин", "устинович"),
    ("патриция", "печникова", "орестовна"),
    ("флегонт", "угольков", "селиванович"),
    ("рахиль", "щепкина", "ставровна"),
    ("самсон", "торфянов", "радомирович"),
    ("флорентина", "смолянинова", "перфильевна"),
    ("яков", "чурбаков", "ярополкович"),
    ("трифена", "ясенева", "патрикеевна"),
]
EN_NAMES = [
    ("myles", "stokeley"),
    ("nell", "peatling"),
    ("otto", "woodyard"),
    ("rhona", "sawtell"),
    ("rex", "tindall"),
    ("sylvia", "yarwood"),
    ("piran", "stackhouse"),
    ("thora", "ovenden"),
    ("wilf", "rickwood"),
    ("zelma", "warmington"),
]
RU_LAT = {"севастьян": "sevastyan", "поленов": "polenov", "оливия": "oliviya", "растопкина": "rastopkina",
          "спиридон": "spiridon", "сажин": "sazhin", "патриция": "patritsiya", "печникова": "pechnikova",
          "флегонт": "flegont", "угольков": "ugolkov", "рахиль": "rakhil", "щепкина": "shchepkina",
          "самсон": "samson", "торфянов": "torfyanov", "флорентина": "florentina", "смолянинова": "smolyaninova",
          "яков": "yakov", "чурбаков": "churbakov", "трифена": "trifena", "ясенева": "yaseneva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "объезды за рекой, когда грейдер размыло дождями, знает один водитель нашего лесовоза, так что точки разгрузки пусть приходят прямиком ему на трубку, {PHONE}",
        "мастер, который чистит котлы у дачников перед отопительным сезоном, хочет с вечера видеть, куда ему ехать назавтра, заведите ему оповещения, {PHONE}",
        "цистерну с печным топливом у нас гоняет мой сын, ему удобнее, когда хозяева звонят прямо перед сливом, так что в каждой заявке светите его мобильный, {PHONE}",
        "за навесами с сухими дровами смотрит наша кладовщица, как только штабель подходит к концу, сигнал должен падать ей, {PHONE}",
        "номер топливного двора выведен белой краской на борту каждой нашей машины, {CPHONE}, по нему дачники и заказывают подвоз",
        # e-mail
        "накладные с угольного разреза перекидывайте нашей бухгалтерше, {EMAIL}, она сводит тонны по бумагам с тем, что показали весы на воротах",
        "замеры влажности по каждой партии дров уходят нашему мастеру по сушке, почта у него вот какая, {EMAIL}, он и решает, что уже можно продавать",
        "сезонные договоры с хозяевами домов кидайте жене, {EMAIL}, всю бумажную часть тянет она, пока я пропадаю на делянке",
        # card
        "подписку вешайте на карту, с которой я беру солярку для трактора, читаю по порядку, {CARD}",
        "карта у меня в бардачке, я как раз сижу в кабине грузовика, тут фонарик тусклый, но цифры разберу, значит, {CARD}",
        "платите с карты компаньона, {NAME}, половина двора его, он мне вчера скинул фото своей карты, перепечатываю оттуда, {CARD}",
        # name
        "цену за кубометр колотых дров в прайсе правит только {NAME}, прочим хватит доступа к заказам",
        "выезды мастеров по деревням раскидывает {NAME}, поэтому заявки на обслуживание котлов первым делом должны попадать к этому человеку",
        "{FIRST}, секундочку, тут колун по чурбакам долбит, отойду за сарай, а то ни слова не слышно, что вы там сказали про доставку",
    ],
    "en": [
        # phone
        "only our log truck driver knows the detours past the river when the rain washes out the gravel road, so the unloading points should go straight to his phone, {PHONE}",
        "the engineer who cleans our customers' boilers before the heating season wants to see the evening before where he's headed next day, set his alerts up on {PHONE}",
        "my son drives the heating oil tanker, he'd rather the homeowners called him just before he pumps, so show his mobile on every order, {PHONE}",
        "the dry wood sheds are our storekeeper's job, the moment a stack is nearly gone the warning should reach her, {PHONE}",
        "the yard's number is painted in white across the doors of every truck of ours, {CPHONE}, that's how the cottage owners order a delivery",
        # e-mail
        "pass the coal mine's waybills on to the woman who keeps our books, {EMAIL}, she matches the tonnes on paper against what the weighbridge at the gate showed",
        "the moisture readings for every batch of firewood go to the man who runs our drying, his email's {EMAIL}, he's the one who says what's ready to sell",
        "forward the seasonal contracts with homeowners to my wife, {EMAIL}, she carries all the paperwork while i'm off at the felling site",
        # card
        "charge us on the card i fill the tractor up with diesel on, i've got it in my hand, {CARD}",
        "the card's in the glovebox, i'm sitting in the truck cab right now, the torch is dim but i can make out the digits, so, {CARD}",
        "pay from my partner's card, {NAME}, half the yard is his, yesterday he texted me a picture of it, i'm copying from that, {CARD}",
        # name
        "only {NAME} edits the price per cubic metre of split logs, everyone else gets orders and nothing more",
        "{NAME} hands out the engineers' visits around the villages, so boiler service requests should land with that person first",
        "{FIRST}, give me a second, the log splitter is hammering away here, i'll step behind the shed, i can't hear a word of what you said about delivery",
    ],
}
NOPII_T = {
    "ru": [
        "на горловине цистерны висит пломба, номер на ней {BADCARD}, водитель сверяет его с накладной перед сливом",
        "на весовой у ворот прикручена табличка с заводским номером {BADCARD}, поверитель перепишет его в свой акт",
        "первую машину угля на зиму ждем {DATE}, разгружаться начнем {TIME}, если трактор успеет расчистить подъезд",
        "если честно посчитать все хозяйство, у нас {QTY}, и зимой все это крутится без выходных",
        "тонна сортового угля, ссыпанная прямо хозяину в сарай, у нас выходит {PRICE}",
        "котел на даче у клиента чистим {DATE}, мастер обещал подъехать {TIME}, ключи хозяйка оставит у соседки",
    ],
    "en": [
        "there's a seal on the tanker's hatch numbered {BADCARD}, the driver checks it against the waybill before he pumps",
        "the weighbridge by the gate has a maker's plate bolted on with the number {BADCARD}, the inspector will copy it into his report",
        "we're expecting the first coal truck of the winter {DATE}, unloading starts {TIME}, provided the tractor clears the track in time",
        "if you honestly count the whole operation we've got {QTY}, and in winter all of it runs seven days a week",
        "a tonne of graded coal tipped straight into the owner's shed comes out at {PRICE} for us",
        "we clean the boiler at the customer's dacha {DATE}, the engineer promised to pull up {TIME}, the owner is leaving the keys with her neighbour",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "весной, пока на проселках висят знаки, что грузовикам проезд закрыт, и машины у вас стоят, плата за эти недели окажется ниже на {P}",
        "у нас в офисе печка, привезете пару кубов березовых на зиму, и я в ответ облегчу ваш счет на {P}",
        "старые цистерны, на которых нет трекеров, посчитаю вам отдельно, каждая обойдется дешевле машины с навигацией на {P}",
        "если сезонные договоры с хозяевами домов будете подписывать в электронном виде через платформу, плата за каждый договор опустится на {P}",
        "подключим ваши весы напрямую к угольному модулю, тонны будут падать в систему сами, и за этот модуль с вас пойдет на {P} меньше прайсовой цены",
        "с заказов на целую машину дров, когда лесовоз уходит полный, комиссию с вас будем брать на {P} меньше обычной",
        "уговорите соседний двор за лесом перейти к нам, и в день, когда они поставят подпись, получите от меня {PA} поблажку на весь будущий сезон",
        "я считал вас как пять машин, а две у вас, оказывается, стоят в ремонте, так что пересобираю расчет, и итог сползает вниз на {P}",
        "переведите бригаду, которая обслуживает котлы, на тот же аккаунт, что и доставку, и выезды мастеров я пересчитаю с понижением не меньше {PG}",
    ],
    "en": [
        "in spring, while the signs are up banning trucks from the thawing back roads and your vehicles sit idle, the subscription for those weeks comes in {P} lower",
        "we've got a wood stove in our office, bring us a couple of cubic metres of birch for the winter, and your bill gets {P} lighter in exchange",
        "the old tankers with no trackers on them i'll count separately, each one charged {P} below a truck with navigation",
        "if you sign the seasonal contracts with homeowners electronically through the platform, the charge per contract drops {P}",
        "we'll wire your weighbridge straight into the coal module so the tonnes land in the system by themselves, and that module goes on your invoice at {P} less than the catalogue price",
        "on orders for a whole truck of firewood, when the log truck leaves full, we'll take a commission {P} smaller than usual",
        "talk the yard on the other side of the forest into joining us, and once they've signed, your next season is billed {P} lower across the board",
        "i'd counted you as five trucks, but it turns out two are in for repair, so i'm redoing the sums and the new total lands {P} lower",
        "move the boiler servicing crew onto the same account as the deliveries, and i'll recalculate the engineers' visits at no less than {P} below what they are now",
    ],
}
HALF_T = {
    "ru": ["мешки с растопкой, которые вы продаете на заправке у трассы, заведем отдельной точкой, и платить за нее вы будете ровно половину от цены двора",
           "трактористу, который только чистит подъезды от снега и отмечает расчищенные дороги, дадим урезанный вход, он в два раза дешевле обычного"],
    "en": ["the bags of kindling you sell at the petrol station on the highway go in as a separate outlet, and you pay precisely half the yard's price for it",
           "the tractor driver who only ploughs the approach roads and marks them cleared gets a cut down login for half the cost of a normal one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "дрова, которые отлежали лето под навесом, держат влажность не выше {P}, платформа выведет это в карточку партии, чтобы покупатель видел",
        "зольность у этого угля {P}, клиентам с твердотопливными котлами лучше знать это до покупки",
        "на нефтебазе печное топливо с осени подскочило на {P}, так что литр для ваших клиентов придется переоценить, а наша подписка как была, так и осталась",
        "по сезонному договору хозяин дома вносит предоплату {P}, остальное списывается с каждой привезенной машины",
        "пока уголь трясется по проселку в открытом кузове, теряется до {P} веса, и система учитывает эти потери в накладной",
        "разрез отпускает вам уголь на {P} дешевле, когда берете целыми вагонами, в закупочной цене платформа покажет это сама",
        "по нашим данным, {P} дачников, которые брали у вас дрова прошлой зимой, заказывают снова",
        "банк за прием оплаты картой оставляет у себя {P} с любой оплаты, в отчете эта сумма стоит отдельно",
    ],
    "en": [
        "firewood that has spent the summer under a shed keeps its moisture at {P} or below, the platform shows that on the batch card so the buyer can see it",
        "this coal has an ash content of {P}, customers with solid fuel boilers had better know that before they buy",
        "heating oil at the depot has jumped {P} since autumn, so you'll have to reprice the litre for your customers, while our subscription stays exactly where it was",
        "under a seasonal contract the homeowner pays {P} in advance, and the rest comes off with every truck that's delivered",
        "while coal rattles down a dirt road in an open truck bed up to {P} of the weight gets lost, and the system books that loss on the waybill",
        "the coal mine sells to you {P} cheaper if the order is for whole railway wagons, your purchase price already includes that",
        "from what we can see, {P} of the cottage owners who bought firewood from you last winter order again",
        "the bank charges {P} on every card payment it processes, the report breaks that figure out for you",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я один работаю, грузовик да колун, может, сбавите мне {P}?",
            "нет, сбавлять не буду, цена одна, что у вас один грузовик, что целый автопарк")],
    "en": [("it's just me on my own, one truck and a splitting axe, could {P} come off for a one man outfit?",
            "no, i'm keeping it where it is, it's priced per truck, and a lone truck costs what each one in a big fleet does")],
}
CHANNEL_T = {
    "ru": [
        "фотографии ворот и подъездов к домам, где машины вечно застревают, сбрасывайте в {MSG} прямо на меня, номер там привязан мой собственный, а не служебный, маршрут я им нарисую сам, через поддержку это неделю будет тянуться",
        "рабочая симка у вашего двора не ловит совсем, поэтому записывайте номер моей собственной симки, {PPHONE}, там берет только она",
        "с конца месяца я из компании ухожу, но ваш двор хочу вести и дальше, поэтому пишите мне на собственный адрес, {PEMAIL}, туда и все заявки",
        "по выходным я на рыбалке, рабочую трубку оставляю дома, а свой {MSG} беру с собой, это моя личная переписка, так что пишите туда, если что срочное",
        "черновик договора на сезонные поставки отправлю вам со своего ящика, который заводил для себя, {PEMAIL}, не хочу, чтобы его раньше времени видели коллеги",
        "насчет того, как отблагодарить меня за быстрый запуск, созвонимся вечером, номер не служебный, мой, {PPHONE}, через офис такие вещи не обсуждают",
        "запишите еще один номер, {PPHONE}, симка оформлена на мою тещу, в компании про нее никто не знает, по нему заказывайте у меня напрямую",
    ],
    "en": [
        "photos of the gates and driveways where the trucks always get stuck, drop them straight to me in {MSG}, it's tied to my own sim card, not the company's, and i'll plot the route myself, through support it would drag on for a week",
        "the work sim is dead out by your yard, not a single bar, so here's my personal number instead, {PPHONE}, that's the only one that picks up there",
        "i'm quitting the company in a few weeks, but i'd like to go on handling your yard, so from now on write to me privately, {PEMAIL}, and send all the orders there as well",
        "at weekends i'm out fishing, i leave the work handset behind, but my own {MSG} comes with me, that chat's private, so anything urgent, write to me there",
        "i'll send the draft of the seasonal supply contract from a mailbox of mine the office never sees, {PEMAIL}, i don't want my colleagues seeing it before it's time",
        "as for how you might thank me for a quick launch, let's settle that on a number that's nobody's but mine, {PPHONE}, that sort of thing never goes through the office",
        "take down one more number, {PPHONE}, the sim's registered to my wife's mother, the company doesn't even know it exists, order from me directly on that",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "что машина с дровами выехала со двора, хозяин дома узнает в {MSG} из сообщения официального бота компании, там же номер машины и примерное время",
        "в отопительный сезон линия поддержки компании, {CPHONE}, работает и ночью, туда звоните, если платформа не принимает заказ",
        "вопросы по подключению весов пишите на общий адрес, который читают инженеры компании по интеграциям, {CEMAIL}, отвечают они по очереди",
        "официальная группа компании для поставщиков топлива есть в {MSG}, там выкладываем прогноз морозов и разборы сезонных цен",
    ],
    "en": [
        "once the firewood truck pulls out of the yard, the company's official bot pings the homeowner on {MSG} with the truck's number and a rough time",
        "in the heating season the company's support line, {CPHONE}, runs through the night too, call it if the platform won't take an order",
        "questions about hooking up the weighbridge go to the shared address the company's integration engineers read, {CEMAIL}, they answer in turn",
        "there's an official {MSG} group run by the company for fuel suppliers, we post frost forecasts and breakdowns of seasonal prices there",
    ],
}
NOT_PRESSURE = {
    "ru": ["доживите эту зиму на своей тетрадке с заказами, а весной, когда дороги просохнут, созвонимся, спешить тут некуда",
           "спросите сына, который у вас водит цистерну, удобно ли ему будет с приложением, а с ответом я не тороплю, сколько понадобится, столько и жду",
           "погоняйте пробный доступ пару недель на живых заказах, а не приглянется, так и забудьте про меня, обиды не будет"],
    "en": ["get through this winter on your paper order book, and in spring, once the roads dry out, we'll talk again, there's no rush here",
           "ask your son who drives the tanker whether the app would suit him, and i'll wait for your answer however long you need",
           "give the trial a couple of weeks on real orders, and if it doesn't take your fancy, just forget about me, no hard feelings"],
}
