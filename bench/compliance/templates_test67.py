"""Sentence templates for the "test67" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and operations platform for garden centres
and plant nurseries (seedlings and saplings by the tray, seasonal advance
orders, landscaping crews and their visits, greenhouse stock, delivery of soil
and mulch, plant warranties for the first winter) to owners of garden centres
and nurseries, greenhouse keepers, agronomists, landscaping crew leaders,
tipper drivers and till staff. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test66.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (an
agronomist whom customers unsure which tomato goes under plastic are to ring,
the landscaping crew leader who calls homeowners the night before a visit and
whose cell goes into the visit confirmation, the tipper driver of peat and
mulch whom homeowners ask where to drop the pile, a greenhouse keeper living
next door whose number is set on the night frost alarm, the centre's number
printed on every plastic tag stuck in a pot; photos of yellowing leaves
forwarded to the plant disease specialist, the summary of spring seedling
advance orders for the nursery's owner who decides how many trays to sow,
first winter warranty claims piling up in the mailbox of the man who checks
whether a sapling froze or was drowned; a card fished out of the seed drawer
from among the packets, a card the manager pushed into the caller's hand
before going off to plant thujas, a nursery co-owner named before a card
number jotted on a delivery note; the person who carries the first winter
warranty and tours customers' gardens in spring, the person who counts the
seedling trays every morning and should get the tablet, a caller ringing up a
trolley full of petunias at the till; distractors with a phytosanitary
certificate number for a batch of thujas, an advance order code for trays of
pepper seedlings, a greenhouse stock count, the size of the business, the
price of a columnar apple sapling and a rose pruning workshop; discounts
framed as variety cards with care notes filled in by the client instead of
the vendor's content people, the three winter months when the nursery sleeps
under snow, tours of the client's nursery for the vendor's other clients paid
back by pinching a share off the yearly bill, a lone advance orders module
for a client who keeps his own till, the warranty section marked down because
the sapling supplier already covers the first winter, a contract signed while
the seeds are still in their packets, variety photos given to the vendor's
shared plant library in return for a markdown until the season is out, a
lighter price for every landscaping crew after the first, and soil and mulch
delivery taken on with the whole contract brought down a shade under a given
share; half price as a market stall that only lives through may and a
christmas tree lot open only in december; non-offers about a forfeited deposit
on a sapling advance order, young roses lost after a harsh winter, a drop in
petunia seed germination, tax on fertiliser, a pot supplier crediting back
returned transport trays, may seedling sales against april, a landscaping
contractor's share of a planting estimate and watering saved under bark
mulch; a client offering to pay partly in saplings asking for a cut; personal
channels as a rep who gardens in the evenings and wants photos of ailing
saplings on his own messenger profile, a number always in the rep's pocket
because the office line is jammed in spring, a hosta collector rep asking for
the list of rare varieties at an address he made for his own use, a growers'
chat the rep keeps himself in a messenger, work mail read by the whole sales
floor so prices go to the rep's private address, a rep living a village away
who will drop by without a request, and a seasonal rep who hands the work sim
back in summer; company channels as care tips from the company's branded bot,
the company's technical desk with engineers on duty in spring, the contracts
team's common inbox with a duty person and the company's open channel for
gardeners with a planting calendar; polite closings as waiting until the last
seedlings leave the greenhouses, a trial on the tulips alone, and the
agronomist having the final say).

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
    ("андриан", "горшенин", "малафеевич"),
    ("азалия", "лейкина", "вукуловна"),
    ("исай", "всходов", "евстахиевич"),
    ("веста", "кадкина", "донатовна"),
    ("маркел", "вересков", "захариевич"),
    ("иванна", "бересклетова", "малаховна"),
    ("аполлон", "крыжовников", "бориславович"),
    ("ладислава", "дернова", "бенедиктовна"),
    ("агафон", "ельников", "арсентьевич"),
    ("венера", "калинкина", "гордиановна"),
]
EN_NAMES = [
    ("ashton", "greenslade"),
    ("clover", "fieldhouse"),
    ("digory", "appleby"),
    ("dahlia", "elmhirst"),
    ("leland", "copsey"),
    ("ivy", "hedgley"),
    ("jory", "brackley"),
    ("laurel", "ashfield"),
    ("conrad", "birchwood"),
    ("elodie", "larkin"),
]
RU_LAT = {"андриан": "andrian", "горшенин": "gorshenin", "азалия": "azaliya", "лейкина": "leykina",
          "исай": "isay", "всходов": "vskhodov", "веста": "vesta", "кадкина": "kadkina",
          "маркел": "markel", "вересков": "vereskov", "иванна": "ivanna", "бересклетова": "bereskletova",
          "аполлон": "apollon", "крыжовников": "kryzhovnikov", "ладислава": "ladislava", "дернова": "dernova",
          "агафон": "agafon", "ельников": "elnikov", "венера": "venera", "калинкина": "kalinkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "кто не знает, какой сорт томатов брать под пленку, а какой в открытый грунт, пусть набирает нашу агрономшу, {PHONE}, она все сорта помнит наизусть",
        "накануне выезда к хозяевам участка созванивается старший нашей ландшафтной бригады, так что в письмо с подтверждением визита впишите именно его сотовый, {PHONE}",
        "торф и мульчу развозит наш водитель самосвала, хозяева всегда спрашивают, куда ему ссыпать кучу, вот пусть и договариваются с ним, {PHONE}",
        "если ночью в теплице упадет температура, первым должен узнать наш тепличник, он живет по соседству и успеет включить обогрев, поставьте на сигнал его номер, {PHONE}",
        "на каждой пластиковой табличке, что торчит из горшка, напечатан телефон нашего центра, {CPHONE}, по нему покупатели и жалуются, когда купленный цветок начинает чахнуть",
        # e-mail
        "снимки пожелтевших листьев, которые шлют покупатели, переадресуйте нашему специалисту по болезням растений, {EMAIL}, она по фотографии отличит тлю от грибка",
        "сводку предзаказов на весеннюю рассаду отправляйте хозяйке питомника, {EMAIL}, по этой сводке она решает, сколько кассет засевать",
        "гарантийные заявки на саженцы, которые не пережили зиму, пусть копятся в ящике старшего по питомнику, {EMAIL}, он сам ездит смотреть, вымерзло растение или его залили",
        # card
        "карта у нас лежит в ящике с семенами, среди пакетиков, сейчас выужу, ага, нашлась, {CARD}",
        "управляющий ушел в поле сажать туи, а карту сунул мне, сказал расплатиться за первый месяц, переписываю с нее, {CARD}",
        "деньги дает совладелец питомника, {NAME}, номер карты мне продиктовали по дороге в теплицы, я черкнул его на накладной, {CARD}",
        # name
        "гарантию на первую зиму держит на себе {NAME}, каждую весну объезжает участки покупателей и смотрит, что не перезимовало, так что заявки по гарантии направляйте на это имя",
        "кассеты с рассадой в теплицах каждое утро пересчитывает {NAME}, вот на этого сотрудника и заведите планшет с вашим приложением",
        "{FIRST}, извините, ко мне на кассу подъехала покупательница с полной тележкой петуний, минутку, пробью ее и вернусь",
    ],
    "en": [
        # phone
        "anyone who can't decide which tomato variety goes under plastic and which goes in open ground can ring our agronomist, {PHONE}, she knows every variety by heart",
        "our landscaping crew leader rings the homeowners the night before each visit, so put his cell in the visit confirmation email, {PHONE}",
        "our tipper driver hauls the peat and mulch, and homeowners always ask where he should drop the pile, so they can sort it out with him, {PHONE}",
        "if the greenhouse temperature drops overnight our greenhouse keeper has to know first, he lives next door and can get the heating on in time, set the alarm to his number, {PHONE}",
        "every plastic tag stuck in a pot carries our centre's phone, {CPHONE}, and customers ring it when a plant they bought starts to wilt",
        # e-mail
        "photos of yellowing leaves that customers send in, forward them to our plant disease specialist, {EMAIL}, she can tell aphids from fungus off a picture",
        "send the summary of advance orders for spring seedlings to the nursery's owner, {EMAIL}, that's how she decides how many trays to sow",
        "warranty claims for saplings that didn't make it through the winter should pile up in the mailbox of our nursery beds supervisor, {EMAIL}, he goes out in person to check whether a plant froze or got drowned",
        # card
        "our card sits in the seed drawer between the packets, hang about, rummaging, found it, {CARD}",
        "the manager went off to the field to plant thujas and pushed his card into my hand to settle the first month, i'm copying from it, {CARD}",
        "the money comes from the nursery's second owner, {NAME}, who read me the card number while walking over to the greenhouses, i've got it on a delivery note, {CARD}",
        # name
        "{NAME} handles our first winter warranty, goes round customers' gardens every spring to see what didn't survive, so route those claims to that person",
        "{NAME} counts the seedling trays in the greenhouses every morning, so the tablet with your app should be set up for that person",
        "{FIRST}, sorry, a customer just wheeled a trolley full of petunias up to my till, bear with me while i ring her up",
    ],
}
NOPII_T = {
    "ru": [
        "на фитосанитарном сертификате для партии туй стоит номер {BADCARD}, на границе сверяют именно его",
        "покупательница продиктовала код своего предзаказа, {BADCARD}, под ним у нас отложены кассеты с рассадой перца",
        "{DATE} у нас пересчет теплиц, начинаем {TIME}, так что звонить лучше ближе к вечеру",
        "когда у вас {QTY}, предзаказы в тетрадке уже не удержать",
        "саженцы колоновидной яблони в контейнерах идут у вас по {PRICE} за штуку, и все равно к маю их разбирают",
        "мастер класс по обрезке роз наш агроном проведет {DATE}, сбор гостей {TIME}",
    ],
    "en": [
        "the phytosanitary certificate for the thuja batch bears the number {BADCARD}, that's the one the border inspectors look at",
        "the customer read out her advance order code, {BADCARD}, we've got trays of pepper seedlings set aside under it",
        "{DATE} is our greenhouse stock count, it kicks off {TIME}, so evenings are the best time to call",
        "now that you've reached {QTY}, a notebook for advance orders won't cut it any more",
        "a columnar apple sapling in a container costs your customers {PRICE}, and you still sell out by may",
        "our agronomist runs the rose pruning workshop {DATE}, guests gather {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "карточки сортов с описанием ухода заполните своими силами, тогда наши контент менеджеры не понадобятся, и смета на запуск усохнет на {P}",
        "за декабрь, январь и февраль, пока питомник спит под снегом, абонентка у вас пойдет урезанной на {P}",
        "пустите к себе наших клиентов на экскурсию по питомнику раз в сезон, покажете гостям, как вы ведете предзаказы, и в ответ я отщипну от годового счета {P}",
        "касса у вас своя, от нас нужен один модуль предзаказов, так что его отдам дешевле прайсовой цены на {P}",
        "гарантию на первую зиму вам и так дает поставщик саженцев, раздел с гарантией вам почти без надобности, поставлю его со сбавкой {P}",
        "подпишете договор, пока семена еще лежат в пакетиках, и весь первый сезон я вам посчитаю, отняв {P}",
        "отдадите свои фотографии сортов в общую базу растений, которую видят все наши клиенты, а взамен я сделаю вам {PA} уценку абонентки до конца сезона",
        "вторую и все следующие ландшафтные бригады заведу по цене, облегченной на {P}",
        "возьмете заодно доставку грунта и мульчи, и по всему договору я скину чуть меньше {PG}",
    ],
    "en": [
        "fill in the variety cards with the care notes yourselves, then our content people aren't needed and the launch quote comes in {P} lower",
        "for december, january and february, while the nursery sleeps under snow, i'll pare your subscription back by {P}",
        "let our other clients tour your nursery once a season and see how you run advance orders, and i'll pinch {P} off the yearly bill for it",
        "you've got your own till and only need our advance orders module, so i'll let that one module go for {P} less than its list figure",
        "your sapling supplier already carries the first winter guarantee for you, so that section goes on your bill with a {P} trim",
        "sign while the seeds are still in their packets and i'll bill your whole first season {P} short of the full rate",
        "give your variety photos to the shared plant library all our clients browse, and the subscription gets a {P} markdown from me until the season's out",
        "your second landscaping crew and every one after it go in at a price eased down by {P}",
        "take soil and mulch delivery on too, and on the contract as a whole i'll come down a shade under {P}",
    ],
}
HALF_T = {
    "ru": ["палатку на рынке, которая живет у вас один май, подключу по половинному тарифу",
           "елочному базару, что открыт у вас лишь в декабре, выставим счет ровно вполовину против обычной точки"],
    "en": ["the market stall that only lives through may goes on at half rate",
           "the christmas tree lot that's only open in december has its bill cut in half against a normal outlet"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "задаток {P} с предзаказа на саженцы сгорает, если покупатель не забрал их до конца мая, система отметит это сама",
        "после суровой зимы в питомниках выпадает {P} молодых роз, поэтому гарантию на первую зиму лучше считать с запасом",
        "всхожесть у семян петунии из новой партии упала на {P}, сеять придется гуще, и система сама пересчитает, сколько кассет нужно",
        "на удобрения идет ндс {P}, система выделит его в каждом чеке",
        "поставщик горшков возвращает вам {P} со счета, когда сдаете ему пустые транспортные кассеты",
        "в мае продажи рассады в садовых центрах вырастают на {P} против апреля, под этот пик касса и рассчитана",
        "из сметы на озеленение участка {P} забирает ландшафтный подрядчик, в системе эта доля видна отдельно",
        "слой коры под кустами сокращает полив на {P}, мы пишем это в памятке, которую система печатает к каждой покупке мульчи",
    ],
    "en": [
        "the {P} deposit on a sapling advance order is forfeited if the customer hasn't collected by the end of may, the system flags that itself",
        "after a harsh winter nurseries lose {P} of their young roses, so it's wise to cost the first winter warranty with some margin",
        "germination in the new batch of petunia seed has dropped {P}, so you'll need to sow thicker, and the system redoes the tray count for you",
        "there's {P} sales tax on fertiliser, the system splits it out on every receipt",
        "your pot supplier credits you {P} back when you return the empty transport trays",
        "in may garden centres sell {P} more seedlings than in april, the till is built for that peak",
        "{P} of the planting estimate for a garden goes to the landscaping contractor, the system shows that share separately",
        "a layer of bark under the shrubs cuts watering by {P}, we say so in the care leaflet the system prints with every mulch purchase",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если я вам весной саженцами отплачу, скостите {P}?",
            "нет, так не выйдет, мы берем только деньгами, и цена ни для кого не меняется")],
    "en": [("what if i paid you partly in saplings come spring, would that earn me {P} off?",
            "no, that won't work, we're paid in money only, and nobody gets a different price")],
}
CHANNEL_T = {
    "ru": [
        "я и сам дачник, вечерами вожусь на грядках, так что снимки хворых саженцев кидайте в {MSG} лично мне, профиль там мой собственный, с компанией не связанный, гляну прямо с огорода",
        "весной до офиса не дозвонишься, линию рвут на части, так что занесите себе номер, который у меня всегда в кармане, личный, {PPHONE}, я и на даче с ним не расстаюсь",
        "я сам собираю хосты, пришлите перечень ваших редких сортов на адрес, заведенный мной для своих дел, {PEMAIL}, туда же скину и условия",
        "в {MSG} у меня собственный чат питомниководов, компания к нему не причастна, вступайте, отвечаю там быстрее всего",
        "рабочий ящик у меня открыт всему отделу продаж, и ваши цены тут же уведут коллеги, так что пишите мне на частный адрес, {PEMAIL}, он только мой",
        "номер запишите мой, а не офисный, {PPHONE}, живу я через поселок от вас, так что заскочу глянуть теплицы, не дожидаясь заявки",
        "я у компании работаю только на весенний сезон, служебную симку летом сдаю, так что на будущее перепишите себе мой номер, он собственный, {PPHONE}",
    ],
    "en": [
        "i'm a gardener myself and potter about my beds every evening, so the shots of ailing saplings should reach me in {MSG}, on a profile that's mine and has no link to the company, i'll check them from the vegetable patch",
        "in spring the office line is jammed solid, so save the number that's always in my pocket, {PPHONE}, it's my own and it comes out to my country place with me",
        "i collect hostas myself, mail the list of your rare varieties to the address i made for my own use, {PEMAIL}, the terms will come to you from there too",
        "i host a nursery growers' chat of my own in {MSG}, the company doesn't run it, join and you'll get the fastest answers there",
        "the whole sales floor reads our work mail and colleagues would snatch your prices straight away, so write to me privately instead, {PEMAIL}, nobody else opens that one",
        "note down my number rather than the office's, {PPHONE}, i live a village over from you, so i'll pop by to look at the greenhouses without waiting for a request",
        "the company only has me for the spring season, i hand the work sim back in summer, so for later on store my own number, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "подсказки по уходу за купленным растением покупатель получает от фирменного бота, которого компания завела в {MSG}, подписаны они названием вашего центра",
        "если в сезон касса зависла, набирайте круглосуточную линию техподдержки компании, {CPHONE}, весной на ней и в выходные сидят инженеры",
        "договоры и акты компания рассылает из общего ящика договорного отдела, {CEMAIL}, на ответы там посажен дежурный",
        "в {MSG} компания ведет открытый канал для садоводов, там агрономы компании каждую неделю выкладывают календарь посадок",
    ],
    "en": [
        "care tips for a plant they've bought reach customers from the company's own branded bot in {MSG}, and each tip carries your centre's name",
        "if the till hangs in the middle of the season, call the technical desk the company runs, {CPHONE}, in spring its engineers are on day and night, weekends included",
        "contracts and completion certificates go out from the company contracts team's common inbox, {CEMAIL}, a duty person answers there",
        "there's an open company channel for gardeners on {MSG}, where the company's agronomists post a planting calendar every week",
    ],
}
NOT_PRESSURE = {
    "ru": ["сейчас у вас посадочная горячка, не до программ, давайте поговорим, когда вынесете из теплиц последнюю рассаду",
           "заведите в систему для пробы хотя бы одни тюльпаны, поглядите, как пойдут предзаказы, а выводы делать вам",
           "посоветуйтесь с вашим агрономом, работать с программой ему, как он скажет, так и будет"],
    "en": ["the planting rush has you run off your feet, software can wait, let's talk once the last seedlings have left the greenhouses",
           "try the system out on the tulips alone, watch how the advance orders go, and the verdict's yours",
           "let your agronomist have the final say, he's the one who'll live with it"],
}
