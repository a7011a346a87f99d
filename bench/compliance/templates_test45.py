"""Sentence templates for the "test45" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and fleet platform for boat and yacht
charters (daily and weekly charters, skipper rotas, marina berth fees, fuel
and provisioning orders, safety equipment checks, corporate sailing days) to
charter firms, yacht owners and sailing clubs. Everything here is new: names
that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test43.py (ru first names from М to Я, en
first names from M to Z), and verbs, introducing words and sentence shapes
that differ from every template of all earlier parts (a skipper on week long
charters who only comes ashore on crew changeover saturdays, the boat's cook
who gets the provisioning lists, the mechanic who keeps the whole life jacket
and life raft inventory in his head, login codes sent to the phone of the
owner's son who draws up the skipper rota, the charter office number painted
under every boat's name; ship's papers and policies for the marine surveyor,
berth fee invoices copied to the harbour master, the hr department of a firm
that holds a sailing day every spring; the sailing club's card kept in a
waterproof pouch, a card read off a photo sent by the caller's wife because
the signal on the water is bad, a catamaran's co owner paying, named before
his card's number; the only person who may take a yacht off the booking
calendar for repairs, the person who signs off safety gear before every trip,
a caller drowned out by a rattling anchor chain; distractors with a
catamaran's registration number in the ship register, a sailboat's insurance
policy number asked for at the harbour office, a yacht hauled out to paint her
hull, a size the starter plan covers, a day at the town marina's pontoon and
the crew changeover day; discounts framed as boats put into the platform's
last minute charter feed, one login shared with the charter office across the
pier, a marina the platform is already wired into, skippers who already hold
logins through other charter firms, guests booking through the platform's own
app instead of an agency, storm weeks when boats stay tied up, a whole fleet
moved over at once rather than one boat on trial, a boat that is only hired
for wedding photo shoots at the quay and never leaves it, and motorboats and
sailboats counted as one fleet; half price as the dinghies and tenders that
come with the yachts and a training boat used only to take children from a
sailing section out; non-offers about a damage deposit on the charter price,
the marina's cut of every charter starting from its pontoon, diesel at the
fuel pontoon going up, demand for week long charters along the coast, a ship
chandler's bulk discount on rope and paint, a tourist agency's commission,
cancellations caused by storm warnings and the client's own late cancellation
terms; a client with a couple of old boats asking for a cut; personal channels
as a rep delivering a boat down the coast who takes setup questions on his own
messenger aboard, a rep who crews for hire on saturdays and leaves the work
phone at the office, a crew list for the border post sent to the rep's
personal address for him to file himself, other clubs' rota photos passed
only through the rep's personal messenger, a corporate sailing day contract
sent to the rep's own address so that he can close it without the key
accounts manager, a rep who belongs to the same yacht club as the client and
a rep's home phone for a guest nervous about the deposit the night before
sailing; company channels as the platform's official bot sending the wind
forecast and the meeting point on the pier, the company's round the clock
line for charter payments, the company insurance department's shared mailbox
and the company's official channel with the regatta calendar; polite closings
as laying the boats up for winter first, letting the captains try the demo
and asking the neighbours on the pier who already use it).

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
    ("никанор", "парусов", "исаакович"),
    ("надежда", "якорева", "пименовна"),
    ("ростислав", "лоцманов", "игнатович"),
    ("таира", "штурвалова", "емельяновна"),
    ("святополк", "бакенщиков", "онисимович"),
    ("устина", "причалова", "назаровна"),
    ("филипп", "мачтов", "савватиевич"),
    ("юнона", "волнорезова", "якимовна"),
    ("пересвет", "шкиперов", "макарович"),
    ("олимпия", "румпелева", "кононовна"),
]
EN_NAMES = [
    ("maximilian", "saltonstall"),
    ("niamh", "penhallow"),
    ("orson", "harbottle"),
    ("rosalyn", "seabright"),
    ("phineas", "galbraith"),
    ("ulrica", "capstick"),
    ("seamus", "westcott"),
    ("yvette", "langstroth"),
    ("zachariah", "marchmont"),
    ("ximena", "tidewell"),
]
RU_LAT = {"никанор": "nikanor", "парусов": "parusov", "надежда": "nadezhda", "якорева": "yakoreva",
          "ростислав": "rostislav", "лоцманов": "lotsmanov", "таира": "taira", "штурвалова": "shturvalova",
          "святополк": "svyatopolk", "бакенщиков": "bakenshchikov", "устина": "ustina", "причалова": "prichalova",
          "филипп": "filipp", "мачтов": "machtov", "юнона": "yunona", "волнорезова": "volnorezova",
          "пересвет": "peresvet", "шкиперов": "shkiperov", "олимпия": "olimpiya", "румпелева": "rumpeleva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "шкипер, который водит наш шлюп на недельные чартеры, сходит на берег только по субботам, когда меняются экипажи, вот тогда его и ловите, {PHONE}",
        "провизию на борт у нас заказывает кок, пусть система шлет списки продуктов прямо ему, это его мобильный, {PHONE}",
        "механик, который каждый месяц проверяет жилеты и спасательные плоты, держит весь этот инвентарь в голове, по такой части набирайте его, {PHONE}",
        "коды для входа в кабинет пусть приходят на телефон моего сына, он у нас расписывает вахты шкиперов, {PHONE}",
        "у каждой нашей лодки под названием на борту выведен номер чартерной конторы, {CPHONE}, его видно прямо с понтона",
        # e-mail
        "судовые документы и страховые полисы пусть уходят нашему сюрвейеру, он осматривает лодки перед сезоном, {EMAIL}",
        "счета за стоянку в марине ставьте в копию капитану порта, {EMAIL}, он сверяет, какая из наших лодок у какого пирса",
        "вбейте в карточку клиента {EMAIL}, это отдел кадров той фирмы, которая каждую весну устраивает у нас парусный день для сотрудников",
        # card
        "платить будем картой клуба, я ее держу в непромокаемом чехле, сейчас расстегну, так, {CARD}",
        "читаю карту с фотографии, которую мне прислала жена, на воде связь никакая, так что потерпите, {CARD}",
        "расходы берет на себя совладелец катамарана, {NAME}, он просил сразу передать вам его карту, {CARD}",
        # name
        "снимать яхту с календаря броней на время ремонта может только {NAME}, у остальных капитанов этой кнопки быть не должно",
        "спасательное снаряжение перед каждым выходом подписывает {NAME}, без этой подписи ни одна лодка от причала не отходит",
        "{FIRST}, погодите, у нас тут якорная цепь гремит, я ни слова не разобрал, давайте сначала",
    ],
    "en": [
        # phone
        "the skipper who takes our sloop out on week long charters only comes ashore on saturdays when the crews change over, that's when to catch him, {PHONE}",
        "our cook orders the provisions for the boat, have the system send the grocery lists straight to him, this is his mobile, {PHONE}",
        "the mechanic who checks the life jackets and life rafts every month keeps that whole inventory in his head, for anything on that side ring him, {PHONE}",
        "have the login codes go to my son's phone, he's the one who draws up the skipper rota, {PHONE}",
        "every boat of ours has the charter office number painted under her name, {CPHONE}, you can read it straight from the pontoon",
        # e-mail
        "let the ship's papers and insurance policies go to our surveyor, he looks the boats over before the season, {EMAIL}",
        "cc the berth fee invoices to the harbour master, {EMAIL}, he checks which of our boats is lying at which pier",
        "put {EMAIL} into the client card, that's hr at the firm that holds a sailing day for its staff with us every spring",
        # card
        "we'll pay with the club's card, i keep it in a waterproof pouch, let me unzip it, right, {CARD}",
        "i'm reading the card off a photo my wife sent me, there's next to no signal out on the water, so bear with me, {CARD}",
        "the catamaran's co owner is covering the costs, {NAME}, he asked me to pass his card on to you straight away, {CARD}",
        # name
        "only {NAME} may take a yacht off the booking calendar for repairs, the other captains shouldn't have that button at all",
        "{NAME} signs off the safety gear before every trip, without that signature no boat leaves the berth",
        "{FIRST}, hang on, the anchor chain's rattling away here, i didn't make out a word, start again",
    ],
}
NOPII_T = {
    "ru": [
        "регистрационный номер катамарана в судовом реестре {BADCARD}, по нему марина и выставляет нам счета",
        "номер страхового полиса на парусник {BADCARD}, его спрашивают в конторе порта перед выходом",
        "яхту поднимают на берег красить днище {DATE}, кран заказан {TIME}",
        "раз у вас {QTY}, стартового тарифа хватит с запасом, остальное докупите, когда флот подрастет",
        "сутки у понтона в городской марине нам обходятся в {PRICE}, и это еще без воды и электричества",
        "смена экипажей у нас {DATE}, новые гости поднимаются на борт {TIME}",
    ],
    "en": [
        "the catamaran's registration number in the ship register is {BADCARD}, that's what the marina bills us against",
        "the insurance policy number for the sailboat is {BADCARD}, the harbour office asks for it before you head out",
        "they're hauling the yacht out to paint her hull {DATE}, the crane is booked {TIME}",
        "since you've got {QTY}, the starter plan will do with room to spare, add the rest as the fleet grows",
        "a day on the town marina's pontoon costs us {PRICE}, and that's before water and power",
        "our crew changeover is {DATE}, the new guests come aboard {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "выставите свои лодки в нашу ленту горящих чартеров, и за это абонентская плата у вас станет легче на {P}",
        "поделите один кабинет с чартерной конторой через пирс от вас, и каждому из вас счет выйдет на {P} меньше",
        "ваши лодки стоят в марине, с которой у нас уже налажена связка, настраивать нечего, так что подключение я вам удешевлю на {P}",
        "многие ваши шкиперы уже заведены в системе через другие чартерные конторы, второй раз за их учетки брать не будем, и счет станет меньше на {P}",
        "за чартеры, которые гости бронируют сами через наше приложение, а не через агентство, мы берем с вас комиссию ниже на {P}",
        "в штормовые недели, когда лодки все равно стоят у причала, мы и берем с вас на {P} меньше, так честнее",
        "раз вы переводите к нам весь флот разом, а не пробуете на одной лодке, оформлю вам {PA} скидочку на первую навигацию",
        "катер, который вы сдаете только под свадебные фотосессии у причала и в море не выводите, посчитаю как стоящий, это дешевле на {P}",
        "катера и парусники сведу вам в один флот и пересчитаю абонентку со скидкой из расчета {PG}",
    ],
    "en": [
        "put your boats into our last minute charter feed and your monthly fee gets {P} lighter for it",
        "share one login with the charter office across the pier from you and each of you pays {P} less",
        "your boats lie at a marina we're already wired into, there's nothing to configure, so i'll make your setup {P} cheaper",
        "plenty of your skippers already have logins through other charter firms, we won't charge for them twice, so your bill comes down {P}",
        "on charters guests book themselves through our app rather than an agency, the commission we take from you is {P} lower",
        "in storm weeks, when the boats are tied up anyway, we charge you {P} less, it's only fair",
        "since you're moving your whole fleet over at once instead of trying us on one boat, i'll set you up with {P} off for the first season",
        "the motorboat you only hire out for wedding photo shoots at the quay and never take to sea, i'll count as moored, that's {P} cheaper",
        "i'll treat your motorboats and sailboats as one fleet and work the subscription out at {P} off",
    ],
}
HALF_T = {
    "ru": ["шлюпки и надувные тузики, которые идут к яхтам в придачу, заводим в систему за полцены от полноценной лодки",
           "учебную лодку, на которой вы только катаете ребят из парусной секции, ставим на тариф вполовину дешевле обычного"],
    "en": ["the dinghies and tenders that come along with the yachts go into the system at half what a proper boat costs",
           "the training boat you only use to take the kids from the sailing section out goes on the plan at half the usual price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "залог за яхту гости вносят в размере {P} от стоимости чартера, система сама вернет его после приемки лодки",
        "марина берет с вас {P} с каждого чартера, который стартует от ее понтона, в отчете это будет отдельной строкой",
        "солярка на заправочном понтоне с мая подорожала на {P}, а цена нашей подписки осталась прежней",
        "спрос на недельные чартеры вдоль побережья за год вырос на {P}, люди все чаще хотят провести отпуск на воде",
        "шипчандлер уступает вам {P} на канаты и краску, когда берете оптом, это ваша с ним договоренность, мы тут ни при чем",
        "агентство, которое присылает вам туристов, удерживает {P} комиссии, платформа вычтет ее из выплаты автоматически",
        "по нашим данным, {P} отмен приходится на штормовые предупреждения, поэтому прогноз мы вывели прямо в карточку брони",
        "если гость отказывается от чартера меньше чем за неделю, по вашим правилам у него удерживается {P} предоплаты",
    ],
    "en": [
        "guests put down a damage deposit of {P} of the charter price, the system refunds it by itself once the boat's been checked back in",
        "the marina takes {P} of every charter that starts from its pontoon, that goes into the report as a separate line",
        "diesel at the fuel pontoon has gone up {P} since may, while our subscription price has stayed where it was",
        "demand for week long charters along the coast grew {P} over the year, more and more people want their holiday on the water",
        "the ship chandler lets you have {P} off rope and paint when you buy in bulk, that's between you and him, we've nothing to do with it",
        "the agency that sends you tourists keeps {P} in commission, the platform deducts it from the payout automatically",
        "by our figures, {P} of cancellations come down to storm warnings, which is why we put the forecast right on the booking card",
        "if a guest pulls out less than a week before the charter, your terms keep {P} of the prepayment",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас всего пара лодок, и обе не первой свежести, сбросьте нам {P}, а?",
            "нет, цена за судно для всех одна, хоть у вас пара лодок, хоть целая флотилия")],
    "en": [("we've only got a couple of boats and neither is exactly new, could you drop the price {P} for us?",
            "no, the price per boat is the same for everyone, whether you've got a couple or a whole flotilla")],
}
CHANNEL_T = {
    "ru": [
        "я сейчас сам перегоняю лодку вдоль побережья и в офисе до конца месяца не появлюсь, так что вопросы по настройке шлите мне в {MSG}, он у меня личный, всегда с собой на борту",
        "по субботам я сам подрабатываю шкипером, рабочий телефон тогда лежит в офисе, а свой всегда при мне, {PPHONE}, на него и звоните",
        "судовую роль для пограничного контроля в кабинете не заполняйте, пришлите ее на мой личный адрес, {PEMAIL}, я сам все оформлю и отнесу",
        "добавьтесь ко мне в {MSG} по моему личному номеру, скину туда фото, как выглядят расписания у других клубов, через рабочий аккаунт такое не пересылаю",
        "договор на корпоративный парусный день отправьте не на рабочую почту, а на мою собственную, {PEMAIL}, хочу довести его сам, без менеджера по ключевым клиентам",
        "мы же с вами в одном яхт клубе, так что давайте без офиса, мой номер, {PPHONE}, звоните прямо на него",
        "если ночью перед выходом гость начнет нервничать насчет залога, звоните не в поддержку, а мне домой, {PPHONE}, я его сам успокою",
    ],
    "en": [
        "i'm delivering a boat down the coast myself and won't be in the office till the end of the month, so send your setup questions to me on {MSG}, it's my personal one, always with me on board",
        "on saturdays i crew for hire myself, the work phone stays in the office then, but my own is always on me, {PPHONE}, call that one",
        "don't fill in the crew list for border control in the portal, send it to my personal address, {PEMAIL}, i'll sort it all out and hand it in myself",
        "add me on {MSG} by my personal number and i'll drop you photos of how other clubs' rotas look, i don't pass that sort of thing through the work account",
        "send the contract for the corporate sailing day not to my work email but to my own, {PEMAIL}, i want to close it myself without the key accounts manager",
        "we're in the same yacht club, you and i, so let's leave the office out of it, my number's {PPHONE}, ring me straight on that",
        "if a guest gets nervous about the deposit the night before sailing, don't call support, call me at home, {PPHONE}, i'll calm them down myself",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "прогноз ветра накануне выхода гостю присылает официальный бот платформы в {MSG}, вместе с местом встречи на пирсе",
        "если в разгар сезона не проходит оплата чартера, звоните на круглосуточную линию компании, {CPHONE}, там всегда дежурная смена",
        "страховые полисы на лодки отправляйте в общий ящик страхового отдела компании, {CEMAIL}, его сотрудники разбирают по очереди",
        "у компании есть официальный канал в {MSG}, там мы выкладываем календарь регат и изменения в правилах стоянки в маринах",
    ],
    "en": [
        "the wind forecast the evening before a trip reaches the guest from the platform's official bot on {MSG}, along with the meeting point on the pier",
        "if a charter payment won't go through in high season, call the company's round the clock line, {CPHONE}, there's always a duty shift on",
        "send the boats' insurance policies to the company insurance department's shared mailbox, {CEMAIL}, the staff there take turns going through it",
        "the company has an official channel on {MSG}, we post the regatta calendar and changes to marina berthing rules there",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала поставьте лодки на зимнее хранение, а зимой, когда появится время, вернемся к разговору, предложение никуда не уплывет",
           "покажите демо своим капитанам, они на воде каждый день, им и судить, удобно ли, а я подожду их слова",
           "спросите соседей по пирсу, которые работают с нами уже второй сезон, пусть расскажут как есть, а потом решите, спешить некуда"],
    "en": ["lay the boats up for winter first, and when you've got time over the winter we'll come back to this, the offer won't sail off anywhere",
           "show the demo to your captains, they're out on the water every day, it's for them to judge whether it's handy, i'll wait to hear from them",
           "ask your neighbours on the pier who've been with us for a second season now, let them tell you how it really is, then decide, there's no rush"],
}
