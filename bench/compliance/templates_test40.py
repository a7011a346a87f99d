"""Sentence templates for the "test40" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and production platform for made-to-measure
kitchen and furniture workshops (measurement visits, design renders, the
production queue, facade colours and hardware stock, installation crews,
deposits and staged payments, warranty repairs) to furniture makers.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test39.py, and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (the town's only measurer who goes flat to flat all day with his
tape and agrees visit times himself, the painter who handles enamel and wrap
film and is told when an order reaches the paint shop, the senior fitter who
wants tomorrow's addresses the evening before, the repair man who goes out on
warranty to sagging doors and jammed drawers, the workshop's number on a label
stuck inside the door under every sink; renders awaiting approval sent to a
designer who draws from home, a facade factory's colour confirmations for the
technologist who checks each shade against the contract, the owner's wife
who runs the staged payments; the card the customers send their kitchen
deposits to, a card with worn digits lying in the dust of the shop, the card
of the partner whose money bought the panel saw named before its number; the
person who decides whose order is cut first, the person who signs renders off
before a sheet is cut, a client who breaks off to hand a showroom customer the
facade catalogue; distractors with a production order number, a part number
for full extension runners, a customer's measuring visit, a size the basic
plan covers, a sheet of board with cutting and edging and a kitchen install
on the schedule; discounts framed as a customer taking his own measurements
with step by step prompts instead of a measurer's trip, renders queued for
the night while the servers are idle, a rep one contract short of his monthly
target, small items like a vanity unit billed at a small job rate, a measurer
and a designer on different days sharing one login, the same terms the
workshop across the road got last month, the rep handing over his own
commission on the deal, a year without a warranty call out caused by the shop
and months paid without delay making the next one cheaper; half price as rough
renders without shadows or reflections and display kitchens built for the
workshop's own showroom; non-offers about a second instalment due when the
facades are back from painting, painted facades rejected, offcuts eating a
sheet, fitters' driving time, a hardware wholesaler's price by the box, the
margin on built in appliances, growth in island kitchens and a consumer
credit lender's cut; a garage workshop of two asking for a cut; personal
channels as defect photos sent to the rep's messenger under his own name
rather than the company's, a work phone handed to the security desk at six, a
work mailbox that chops off heavy drawings, a special price settled in the
rep's private chat away from management, a setup invoice sent from the rep's
own mailbox to skip the company's accounts, a rep on holiday at his country
cottage who will not drop the launch, and a direct line on a sim the rep pays
for himself instead of the call centre; company channels as measuring visit
confirmations from the platform's verified company account, the company's round the
clock tech support for fitters, the company lawyers' shared address for
staged payment contracts and the platform's service bot telling customers
their kitchen's stage; polite closings as finishing the kitchens already in
the queue, letting the measurer and the makers decide, and a single trial
order with no hard feelings).

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
    ("ратибор", "комодов", "акиндинович"),
    ("василина", "петлина", "андроновна"),
    ("прокопий", "рубанков", "кирович"),
    ("владислава", "буфетова", "сократовна"),
    ("стоян", "стамескин", "флорович"),
    ("бажена", "шпонова", "гедеоновна"),
    ("лучезар", "лобзиков", "дементьевич"),
    ("горислава", "замерова", "аггеевна"),
    ("остромир", "фрезеров", "луппович"),
    ("лада", "фасадова", "витовна"),
]
EN_NAMES = [
    ("ivor", "hepplewhite"),
    ("magdalena", "chippendale"),
    ("oswald", "benchley"),
    ("ernestine", "woodroffe"),
    ("dorian", "joynes"),
    ("hilda", "timberlake"),
    ("barclay", "hingston"),
    ("sabine", "sheraton"),
    ("winslow", "mortlake"),
    ("ingrid", "bevington"),
]
RU_LAT = {"ратибор": "ratibor", "комодов": "komodov", "василина": "vasilina", "петлина": "petlina",
          "прокопий": "prokopiy", "рубанков": "rubankov", "владислава": "vladislava", "буфетова": "bufetova",
          "стоян": "stoyan", "стамескин": "stameskin", "бажена": "bazhena", "шпонова": "shponova",
          "лучезар": "luchezar", "лобзиков": "lobzikov", "горислава": "gorislava", "замерова": "zamerova",
          "остромир": "ostromir", "фрезеров": "frezerov", "лада": "lada", "фасадова": "fasadova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "на весь город замерщик у нас единственный, целый день мотается по квартирам с рулеткой, так что время замера пусть система согласует прямо с ним, {PHONE}",
        "когда заказ доходит до покраски фасадов, сообщение пусть получает наш маляр, он ведет всю эмаль и пленку, {PHONE}",
        "старший монтажник хочет, чтобы адреса на завтра прилетали ему с вечера, черкните себе его номер, {PHONE}",
        "если у заказчика перекосило дверцу или заело ящик, на гарантию выезжает наш мастер по ремонтам, заявки пускайте на его телефон, {PHONE}",
        "в каждой кухне, которую мы ставим, на дверце под мойкой изнутри клеим наклейку с номером мастерской, {CPHONE}, по нему заказчики и звонят",
        # e-mail
        "визуализации, пока заказчик их не утвердил, пусть падают нашему дизайнеру, она рисует проекты из дома, {EMAIL}",
        "подтверждения от фабрики фасадов по цветам пусть приходят технологу, он сверяет каждый оттенок с договором, его адрес {EMAIL}",
        "{EMAIL}, это жена хозяина, она у нас ведет поэтапные оплаты и сводит все квитанции от заказчиков",
        # card
        "абонентку снимайте с карты, на которую заказчики кидают предоплату за кухни, она все равно оформлена на меня, {CARD}",
        "цифры на карте затерлись, она у меня в цеху лежит, в пыли, разбираю, что осталось, {CARD}, если не пройдет, перезвоните",
        "первый платеж пойдет с карты компаньона, на чьи деньги мы купили форматно раскроечный станок, записывайте, {NAME}, карта {CARD}",
        # name
        "в карточке цеха ответственным за очередь на производство поставьте {NAME}, только этот человек решает, чей заказ пилить первым",
        "рендеры перед запуском в цех подписывает {NAME}, без этой подписи мы ни одного листа не пилим",
        "{FIRST}, минуточку, в салон зашла покупательница выбирать цвет фасадов, дам ей каталог образцов, и я снова с вами",
    ],
    "en": [
        # phone
        "there's a single measurer for the whole town, he's out all day going flat to flat with his tape, so let the system agree measuring times with him directly, {PHONE}",
        "when an order reaches facade painting, have the message go to our painter, he handles all the enamel and the wrap film, {PHONE}",
        "our senior fitter wants tomorrow's addresses to reach him the evening before, jot his number down, {PHONE}",
        "if a customer's door sags or a drawer jams, our repair man goes out on warranty, send the requests to his phone, {PHONE}",
        "in every kitchen we put in, we stick a label with the workshop's number on the inside of the door under the sink, {CPHONE}, that's what the customers ring",
        # e-mail
        "until the customer approves the renders, let them land with our designer, she draws the projects from home, {EMAIL}",
        "the facade factory's colour confirmations should reach our technologist, he checks each shade against the contract, his address is {EMAIL}",
        "{EMAIL}, the owner's wife reads that one, she runs the staged payments and pulls together all the customers' receipts",
        # card
        "charge the card the customers send their kitchen deposits to, it's in my name anyway, {CARD}",
        "the numbers have half rubbed off this card, it lives in the shop in all the dust, i'm reading what i can make out, {CARD}, if it doesn't go through, call me back",
        "the first payment will be drawn from the card of my partner, whose money bought our panel saw, take it down, {NAME}, card {CARD}",
        # name
        "on the shop profile put {NAME} in charge of the production queue, that's the only person who decides whose order gets cut first",
        "{NAME} signs off the renders before anything goes to the shop floor, without that signature we don't cut a single sheet",
        "{FIRST}, one moment, a customer's just walked into the showroom to pick a facade colour, i'll hand her the catalogue and come straight back to you",
    ],
}
NOPII_T = {
    "ru": [
        "номер заказа в производстве {BADCARD}, по нему цех и найдет вашу кухню в очереди",
        "артикул направляющих полного выдвижения {BADCARD}, закажите их сразу на все ящики",
        "замер у заказчицы стоит {DATE}, замерщик подъедет {TIME}",
        "если у вас и правда {QTY}, берите базовый тариф, места докупите, когда понадобятся",
        "лист плиты с раскроем и кромкой обходится вам в {PRICE}, если я верно понял ваши цифры",
        "монтаж кухни стоит в графике {DATE}, бригада выезжает со склада {TIME}",
    ],
    "en": [
        "the production order number is {BADCARD}, that's how the shop finds your kitchen in the queue",
        "the part number for the full extension runners is {BADCARD}, order them for all the drawers at once",
        "the customer's measuring visit is booked {DATE}, the measurer pulls up {TIME}",
        "since you've got {QTY}, start on the basic plan and add seats when you need them",
        "a sheet of board with cutting and edging comes to {PRICE} for you, if i followed your figures",
        "the kitchen install is on the schedule {DATE}, the crew leaves the warehouse {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если замер снимает сам заказчик по нашей пошаговой подсказке в телефоне и ваш замерщик никуда не едет, такой заказ обходится вам в системе на {P} дешевле",
        "рендеры, которые вы ставите в очередь на ночь, пока наши серверы простаивают, идут на {P} дешевле дневных",
        "мне до конца месяца одного договора не хватает до плана, так что подпишем на этой неделе, и я со своей стороны срежу вам {P}",
        "мелочь вроде тумбы под раковину или одной полки система проводит не как полноценный заказ, а по малой ставке, она ниже на {P}",
        "замерщик и дизайнер у вас выходят в разные дни, пусть работают под одним входом, посчитаю это как одно место, и по счету выйдет на {P} меньше",
        "мастерской через дорогу мы в прошлом месяце отдали подписку на {P} ниже прайса, и вам я дам точно такие же условия, чтобы никому не было обидно",
        "свои комиссионные с этой сделки я отдаю вам, в договоре это будет {PA} скидка на первый год",
        "у вас за год ни одного гарантийного выезда по вине цеха, для таких мастерских продление у нас стоит на {P} меньше",
        "каждый месяц, оплаченный без опозданий, делает следующий чуть дешевле, так можно накопить до {PG}",
    ],
    "en": [
        "if the customer takes the measurements himself with our step by step prompts on the phone and your measurer doesn't drive out, that order costs you {P} less in the system",
        "renders you queue up for the night, while our servers sit idle, come out {P} cheaper than daytime ones",
        "i'm one contract short of my target for the month, so put pen to paper before friday and i'll cut {P} for you from my side",
        "small stuff like a vanity unit or a single shelf doesn't go through as a full order, it goes at the small job rate, which is {P} lower",
        "your measurer and designer work different days, let them share one login, i'll count it as a single seat and the bill comes out {P} smaller",
        "last month we gave the workshop across the road the subscription at {P} under list, and you'll get exactly the same terms, so nobody feels hard done by",
        "i'm handing you my own commission on this deal, in the contract it'll show as the first year coming {P} cheaper",
        "you've had a whole year without a single warranty call out that was the shop's fault, for workshops like that the renewal costs {P} less",
        "every month paid without delay makes the next one a bit cheaper, and you can build that up to {P}",
    ],
}
HALF_T = {
    "ru": ["черновые рендеры, без теней и отражений, только чтобы заказчик прикинул планировку, идут у нас вполовину дешевле чистовых",
           "кухни, которые вы собираете на выставку в собственный салон, проходят через систему за половину обычной цены заказа"],
    "en": ["rough renders, no shadows or reflections, just so the customer can picture the layout, cost half of what finished ones do",
           "the display kitchens you build for your own showroom go through the system at half the normal price per order"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "второй транш, {P} от суммы договора, заказчик вносит, когда фасады вернулись из покраски, система напомнит ему сама",
        "по вашим же подсчетам, примерно {P} крашеных фасадов уходит в брак, система будет отмечать каждый возврат, чтобы было видно, откуда он берется",
        "обрезки при раскрое обычно съедают {P} листа, программа раскроя покажет, где их можно урезать",
        "монтажники у вас тратят на дорогу между объектами {P} рабочего времени, график в системе строится так, чтобы эти концы сокращать",
        "оптовик по петлям и направляющим отпускает вам со скидкой {P}, если берете коробками, а склад в системе подскажет, когда набралось на коробку",
        "на встроенной технике вы зарабатываете {P}, система будет считать эту наценку отдельно от мебели",
        "кухонь с островом у мебельщиков заказывают на {P} больше, чем год назад, в конструкторе под них уже есть готовые шаблоны",
        "банк, через который заказчики берут кухни в рассрочку, удерживает с вас {P} от суммы, в отчете это пойдет отдельной строкой",
    ],
    "en": [
        "the second instalment, {P} of the contract sum, the customer pays once the facades are back from painting, the system reminds them itself",
        "by your own count roughly {P} of painted facades end up as rejects, the system will log every return so you can see where they come from",
        "offcuts usually eat {P} of a sheet, the cutting planner shows where you can bring that down",
        "your fitters spend {P} of their working time driving between jobs, the schedule in the system is built to cut those trips",
        "the hinge and runner wholesaler lets you have {P} off when you buy by the box, and the stock screen tells you when enough has built up for a box",
        "you make {P} on the built in appliances, the system will count that markup apart from the furniture",
        "workshops get {P} more orders for island kitchens than a year ago, the designer already has ready templates for them",
        "the bank your customers use to buy kitchens in instalments keeps {P} of the sum from you, in the report that goes on a separate line",
    ],
}
CLIENT_ASK_T = {
    "ru": [("цех у нас в гараже, я да напарник, может, сбросите {P}?",
            "не могу, прайс у нас один и для гаража, и для фабрики, и я его не двигаю")],
    "en": [("our shop is a garage, just me and a partner, could you drop {P} for us?",
            "i can't, the price list is the same for a garage and for a factory, and i don't move it")],
}
CHANNEL_T = {
    "ru": [
        "фотографии фасадов, которые пришли из покраски с браком, скидывайте мне в {MSG}, туда, где я сижу под своим именем, без логотипа фирмы, с фабрикой я разберусь быстрее",
        "служебный телефон я в шесть вечера сдаю охраннику, а монтажники у вас заканчивают поздно, так что вечером ловите меня по собственному номеру, {PPHONE}",
        "рабочая почта режет тяжелые чертежи, так что файлы проектов отправляйте на мою личную, {PEMAIL}, она ничего не обрезает",
        "про особую цену давайте договоримся в {MSG}, в моей личной переписке, ее никто из руководства не читает, а в рабочем чате все пишется",
        "счет на внедрение выставлю вам с почты, заведенной на меня самого, {PEMAIL}, так выйдет быстрее, чем ждать, пока проснется бухгалтерия компании",
        "на этой неделе я в отпуске, сижу на даче, но ваш запуск не брошу, звоните на мой личный, {PPHONE}",
        "в общий колл центр не звоните, там вас будут гонять по кругу, вот мой прямой номер, симка моя собственная, {PPHONE}",
    ],
    "en": [
        "the photos of facades that came back from painting with defects, fire them over on {MSG} to the profile under my own name with no company logo, i'll sort it with the factory quicker",
        "i hand my work phone in at the security desk at six, and your fitters finish late, so in the evening catch me on the number that's mine, {PPHONE}",
        "the work email chops off heavy drawings, so send the project files to my personal one, {PEMAIL}, it doesn't cut anything",
        "let's settle the special price on {MSG}, in my private chat, nobody from management reads it, whereas the work chat records everything",
        "i can send the setup invoice from my own private mailbox, {PEMAIL}, it'll be quicker than waiting for the company's accounts to wake up",
        "i'm on holiday this week, out at my country cottage, but your launch stays with me, so ring my private handset at the cottage, {PPHONE}",
        "don't ring the general call centre, they'll send you round in circles, here's my direct number, the sim's mine, bought with my own money, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "накануне замера заказчик получает подтверждение из официального аккаунта платформы в {MSG}, с адресом и окном приезда замерщика",
        "если монтажник на объекте не может закрыть наряд, пусть набирает линию техподдержки компании, она работает без перерыва, {CPHONE}, трубку берут дежурные инженеры",
        "образцы ваших договоров с поэтапной оплатой отправьте в юридический отдел компании, у него общий ящик, {CEMAIL}, юристы посмотрят, как встроить их в систему",
        "у платформы есть служебный бот в {MSG}, заказчик вводит номер договора и видит, на каком этапе его кухня, бот отвечает круглосуточно",
    ],
    "en": [
        "the evening before the measuring visit a confirmation reaches the customer on {MSG}, sent by the platform's verified company account, with the address and the measurer's arrival window",
        "if a fitter on site can't close a work order, have him dial the company's tech support, it never closes, {CPHONE}, the engineers on duty pick up",
        "send samples of your staged payment contracts over to our company lawyers, their common inbox is {CEMAIL}, the lawyers will see how to build them into the system",
        "the platform has a service bot on {MSG}, the customer types in the contract number and sees what stage the kitchen is at, the bot answers day and night",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала доделайте кухни, которые сейчас стоят в очереди, а к разговору вернемся, когда у вас выдастся свободная неделя",
           "посоветуйтесь с замерщиком и мастерами в цеху, им в системе сидеть изо дня в день, их слово и будет решающим",
           "попробуйте сначала провести через систему один заказ, понравится, продолжим, не понравится, значит, не ваше, без обид"],
    "en": ["finish the kitchens that are in the queue now, and once a free week turns up for you, we'll carry on talking",
           "sound out your measurer and the makers on the floor, it's them sitting in the system day in day out, so their word decides it",
           "try putting a single order through the system first, if you like it we carry on, if not, it's not for you, no hard feelings"],
}
