"""Sentence templates for the "test34" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a bicycle and scooter rental and repair platform
(hourly and seasonal rentals, deposits held on a card, helmet and child seat
add-ons, repair tickets and spare parts, docking stations, corporate fleets
for couriers) to bike rental points and repair workshops. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test33.py, and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
e-scooter mechanic who decides which batteries get written off, the lad who
drops scooters at the stations every morning with his number written on
electrical tape wrapped round the caller's handlebar, deposit release
confirmations for the admin of the embankment rental point who stays until
late at night, the corporate accounts manager who runs a courier firm's
contract, the rental's number stamped on every cable lock tourists chain their
bikes with; damage reports signed on return for the lawyer who decides how
much of a deposit to hold back, the weekly repair ticket summary for the buyer
who orders chains and inner tubes from it, an address read off the workshop's
business card; a card offered to hold the deposit on trial scooters, a card
pulled out of a phone case with the phone wedged on a shoulder, the family
card of a family run workshop, its holder nodding it through while pumping up
tyres; the only person allowed to hand out scooters without a deposit, the
person who handles warranty parts with the factory, a customer bringing back a
bike with a buckled wheel mid call; distractors with a mountain bike's frame
number, a docking station's code, a tourist group's bike tour, a size the
starter plan covers for the season, the price of e-scooter brake pads and
bikes taken out of winter storage; discounts framed as billing by actual
rental hours instead of per bike, couriers from the company's fleets swapping
batteries at the client's station, a renewal put through lower after a rainy
summer, spare parts from the company's catalogue under the client's current
supplier, bikes ridden for more than a season priced as second hand, the
company's demo scooters serviced in the client's workshop in exchange, a share
handed back on every invoice to rental points running in a city park under a
council contract, night hours with the stations locked left off the bill and
helmets and child seats added as rental extras; half price as the subscription
over the winter when only the workshop is open and the add-on module taken
together with rentals; non-offers about a deposit held on a rider's card, the
share of rentals that run past the paid hour, battery capacity lost over a
season, e-scooter insurance, a parts dealer's service partner discount,
takings growth at embankment rental points, a child seat surcharge and the
share of a deposit kept for a broken lock; a workshop with two repair stands
asking for a cut; personal channels as a rep who rides the touring routes with
the client's customers at weekends and talks on his own messenger account, the
rep's personal number stuck on the handlebar of a demo scooter, a parts list
sent to the rep's own address while he is at a cycling expo with no access to
work mail, a video of a clicking dock lock sent to the rep's own number
instead of a ticket, a courier fleet quote worked out at home from the rep's
home inbox, a rep who coaches a kids' cycling club in the evenings with
only his own phone on, and the rep's own number that will not change when the
company switches phone providers; company channels as repair ready notices
from the platform's official account, the company's dispatch centre that sees
every station on the map, the business accounts department's shared address
for courier fleet requests and the company's official group for mechanics with
hub motor repair walkthroughs; polite closings as running the system at one
rental point until the season ends, going with what the mechanics say and
putting it off until the bikes go into winter storage).

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
    ("пров", "спицын", "ефремович"),
    ("маремьяна", "ободова", "клементьевна"),
    ("евстрат", "втулкин", "никандрович"),
    ("василида", "седельникова", "федотовна"),
    ("аким", "звездочкин", "савватьевич"),
    ("евдоксия", "покрышкина", "захарьевна"),
    ("савватий", "катков", "иакинфович"),
    ("станислава", "насосова", "осиповна"),
    ("трифон", "шинкин", "власьевич"),
    ("лукия", "багажникова", "прокопьевна"),
]
EN_NAMES = [
    ("fulbert", "cogswell"),
    ("albertine", "pedley"),
    ("hubert", "sprockett"),
    ("genevieve", "saddler"),
    ("lemuel", "hubbard"),
    ("euphrosyne", "rimmer"),
    ("tiberius", "chainey"),
    ("leonie", "gearing"),
    ("ansel", "tandy"),
    ("theodosia", "brakewell"),
]
RU_LAT = {"пров": "prov", "спицын": "spitsyn", "маремьяна": "maremyana", "ободова": "obodova",
          "евстрат": "evstrat", "втулкин": "vtulkin", "василида": "vasilida", "седельникова": "sedelnikova",
          "аким": "akim", "звездочкин": "zvezdochkin", "евдоксия": "evdoksiya", "покрышкина": "pokryshkina",
          "савватий": "savvatiy", "катков": "katkov", "станислава": "stanislava", "насосова": "nasosova",
          "трифон": "trifon", "шинкин": "shinkin", "лукия": "lukiya", "багажникова": "bagazhnikova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "какие аккумуляторы списывать, у нас решает механик по электросамокатам, про склад запчастей договаривайтесь с ним, вот его мобильный, {PHONE}",
        "номер парня, который по утрам развозит самокаты по станциям, у меня на изоленте прямо на руле записан, читаю, {PHONE}",
        "подтверждения о возврате залога пусть приходят администратору проката на набережной, {PHONE}, она на точке до поздней ночи",
        "если курьерская служба спросит про свой парк, отправляйте их к нашему человеку по корпоративным паркам, {PHONE}, он их как раз и ведет",
        "номер нашего проката выбит на каждом тросовом замке, которым туристы пристегивают велосипеды, {CPHONE}, по нему они и звонят, когда заблудятся",
        # e-mail
        "акты о поломках, которые клиенты подписывают при возврате, отправляйте на {EMAIL}, это наш юрист, она потом решает, сколько удержать из залога",
        "недельную сводку по ремонтным квитанциям ставьте в копию нашему закупщику, {EMAIL}, по ней он заказывает цепи и камеры",
        "читаю с визитки нашей мастерской, {EMAIL}, туда пусть сыплются все заявки на ремонт от курьеров",
        # card
        "вам нужен залог за пробные самокаты, которые вы нам оставляете? ладно, блокируйте его на этой карте, {CARD}",
        "карта в чехле телефона, а телефон у меня зажат плечом, секундочку, вытащила, {CARD}",
        "мастерская у нас семейная, так что платите с семейной карты, держатель {NAME}, рядом колеса подкачивает и кивает, что можно, {CARD}",
        # name
        "без залога самокаты у нас выдает только {NAME}, в системе у остальных администраторов эту галочку снимите",
        "переписку с заводом по гарантийным запчастям ведет {NAME}, и пока там не согласуют, гарантийные детали мы не заказываем",
        "{FIRST}, погодите, клиент вернул велосипед с восьмеркой на колесе, сейчас разберусь, алло, все, я снова с вами",
    ],
    "en": [
        # phone
        "which batteries get written off is up to our electric scooter mechanic, sort out the parts stock with him, here's his mobile, {PHONE}",
        "the lad who drops scooters off at the stations every morning, i've got his number on electrical tape right on my handlebar, reading it now, {PHONE}",
        "deposit release confirmations should go to the admin at the embankment rental point, {PHONE}, she's on the spot till late at night",
        "if the courier firm asks about their fleet, point them to our corporate accounts manager, {PHONE}, their contract is his",
        "our rental's number is stamped on every cable lock tourists chain the bikes up with, {CPHONE}, that's what they ring when they've lost their way",
        # e-mail
        "the damage reports customers sign on return go to our lawyer at {EMAIL}, she decides afterwards how much of the deposit to hold back",
        "cc our buyer on the weekly repair ticket summary, {EMAIL}, he orders chains and inner tubes off it",
        "i'm reading it off our workshop's business card, {EMAIL}, every repair request from the couriers should pour in there",
        # card
        "you need a deposit for the trial scooters you're leaving with us? fine, hold it against this card, {CARD}",
        "my card's tucked in the phone case and the phone's wedged on my shoulder, one sec, out it comes, {CARD}",
        "the workshop's a family business, so pay with the family card, the holder's {NAME}, pumping up tyres beside me and nodding it's fine, {CARD}",
        # name
        "only {NAME} may hand out scooters without a deposit in the system, untick that box for the other admins",
        "{NAME} handles the letters with the factory over warranty parts, and until they've agreed it we don't order a single warranty part",
        "{FIRST}, hang on, a customer's just brought a bike back with a buckled wheel, let me deal with it, hello, right, i'm with you again",
    ],
}
NOPII_T = {
    "ru": [
        "номер рамы у этого горного велосипеда {BADCARD}, сверьте его с паспортом, когда будете принимать в ремонт",
        "код док станции у вокзала {BADCARD}, по нему диспетчер найдет ее на карте",
        "туристическая группа выезжает на велопрогулку {DATE}, колонна трогается от проката {TIME}",
        "если на прокате у вас, скажем, {QTY}, то стартового тарифа хватит на весь сезон",
        "комплект тормозных колодок для электросамоката нам встает в {PRICE}, а меняем мы их чуть ли не каждую неделю",
        "велосипеды с зимнего хранения расконсервируем {DATE}, механики выходят на склад {TIME}",
    ],
    "en": [
        "this mountain bike's frame number is {BADCARD}, make sure the paperwork says the same when you take it in for repair",
        "the dock by the train station has the code {BADCARD}, dispatch finds it on the map by that",
        "the tourist group rides out {DATE}, the column leaves the rental point {TIME}",
        "if you've got, say, {QTY} at the rental point, the starter plan will last you the whole season",
        "a set of brake pads for an electric scooter costs us {PRICE}, and we change them almost every week",
        "we take the bikes out of winter storage {DATE}, the mechanics get to the warehouse {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "давайте считать не за каждый велосипед, а за реальные часы проката, при вашей загрузке это выйдет на {P} меньше штучного тарифа",
        "пустите курьеров из наших корпоративных парков менять аккумуляторы у вас на станции, а мы за это вычтем из вашего счета {P}",
        "лето было дождливым, прокаты полсезона простояли, поэтому продление я вам проведу на {P} ниже",
        "цепи, камеры и колодки из нашего каталога запчастей выйдут вам ниже цены вашего нынешнего поставщика на {P}",
        "велосипеды, которые катаются у вас не первый сезон, в тариф пойдут как подержанные, и абонентка за каждый такой легче, чем за новый, на {P}",
        "наши демонстрационные самокаты будете обслуживать у себя в мастерской, а мы в ответ убавим вашу абонентку на {P}",
        "раз ваш прокат стоит в городском парке по договору с мэрией, мы возвращаем таким точкам {PA} компенсацию с каждого счета",
        "ночные часы, когда станции стоят закрытыми, мы вам не считаем, и в среднем месячный счет получится легче на {P}",
        "заведите шлемы и детские кресла как допы к аренде, и экономия на всем пакете выйдет не менее {PG}",
    ],
    "en": [
        "let's bill you for actual rental hours rather than by the bike, with your load that comes to {P} under the per bike plan",
        "let the couriers from our corporate fleets swap batteries at your station and in return your bill loses {P}",
        "it was a rainy summer and the rentals stood idle half the season, so i'll put your renewal through {P} lower",
        "chains, tubes and brake pads from our parts catalogue will come to you {P} cheaper than from your current supplier",
        "bikes that have been with you for more than a season go into the plan as second hand, each of those is priced {P} below a new one",
        "service our demo scooters in your workshop and in return we'll trim your subscription by {P}",
        "since your rental runs in a city park under a council contract, points like yours get {P} handed back on every invoice from us",
        "we don't charge you for the night hours when the stations are locked, so on average the monthly bill shrinks by {P}",
        "set up helmets and child seats as rental extras, and the saving on the whole package comes to no less than {P}",
    ],
}
HALF_T = {
    "ru": ["зимой, когда прокат закрыт и работает одна мастерская, абонентку берем с вас наполовину",
           "модуль допов для шлемов и детских кресел при покупке в паре с прокатом стоит ровно половину своей цены"],
    "en": ["in winter, when the rental is shut and only the workshop runs, you pay only half the subscription",
           "the add on module for helmets and child seats, since you're taking it with rentals, is yours for half its price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "при выдаче самоката на карте клиента блокируется залог, {P} от его стоимости, и система сама снимает блокировку, когда самокат вернут на станцию",
        "по нашим данным примерно {P} аренд заканчиваются позже оплаченного часа, поэтому автоматическое продление и выручает",
        "аккумулятор самоката за сезон теряет около {P} емкости, система подскажет, когда его пора менять",
        "страховка на электросамокаты стоит вам {P} от их цены в год, полис хранится прямо в карточке самоката",
        "дилер запчастей дает вам {P} как сервисному партнеру, в системе это просто будет меньшая цена в приходной накладной",
        "прокаты на набережных за прошлое лето выросли по выручке на {P}, спрос на электросамокаты только растет",
        "за детское кресло вы берете доплату {P} к часу аренды, и касса сама прибавит ее к чеку",
        "за сломанный замок по вашим правилам удерживается {P} залога, система впишет это в акт возврата",
    ],
    "en": [
        "when a scooter goes out, a hold of {P} of its value is put on the customer's card, and the system releases the hold once it's back in the dock",
        "by our numbers about {P} of rentals end after the paid hour runs out, which is why automatic extension helps",
        "a scooter battery loses around {P} of its capacity over a season, the system tells you when it's time for a new one",
        "insurance on electric scooters runs you {P} of their price a year, the policy sits right in the scooter's record",
        "the parts dealer gives you {P} as a service partner, in the system that just shows as a lower price on the delivery note",
        "rental points along the embankments grew their takings {P} last summer, and demand for electric scooters keeps climbing",
        "you charge a {P} surcharge on the hourly rate for a child seat, and the till adds it to the receipt by itself",
        "under your rules a rider who breaks a lock loses {P} of what was held, the system writes that into the return report",
    ],
}
CLIENT_ASK_T = {
    "ru": [("стендов для ремонта у нас два, велосипедов на прокат два десятка, может, уменьшите цену на {P} для такой крохи?",
            "нет, к сожалению, цена за стенд у всех одинаковая, для маленьких мастерских мы ее не двигаем")],
    "en": [("there are just two repair stands here and a couple of dozen hire bikes, any chance of bringing the price down {P} for a small setup like ours?",
            "no, i'm sorry, every workshop pays the same per stand, being small doesn't move it")],
}
CHANNEL_T = {
    "ru": [
        "по выходным я сам катаюсь с вашими клиентами по прогулочным маршрутам, так что обсуждать удобнее на ходу, пишите в {MSG}, аккаунт там заведен на меня самого, рабочего у меня нет",
        "на руле тестового самоката, который я вам оставил, наклеен стикер с моим личным номером, {PPHONE}, звоните по нему, а не на горячую линию, так быстрее договоримся",
        "всю неделю я на велосипедной выставке в другом городе, к рабочей почте оттуда доступа нет, поэтому список запчастей шлите на мой собственный ящик, его я и с телефона читаю, {PEMAIL}",
        "снимите на видео, как щелкает замок на вашей док станции, и киньте ролик мне на номер в {MSG}, он личный, а в тикете такое видео все равно никто не откроет",
        "расчет по корпоративному парку для курьерской службы я набросаю вечером дома, так что их заявку присылайте мне на личный ящик, {PEMAIL}, к утру ответ будет",
        "по вечерам я тренирую детскую велосекцию и рабочий телефон выключаю, а свой собственный, {PPHONE}, всегда при мне, набирайте туда",
        "в следующем месяце компания меняет оператора связи, и рабочие номера поменяются, так что запишите мой собственный, он останется прежним, {PPHONE}",
    ],
    "en": [
        "at weekends i ride the touring routes with your customers myself, so let's talk on the go on {MSG}, i'm on it with an account of my own, there's no work one",
        "the demo scooter i left with you has my personal number stuck on the handlebar, {PPHONE}, ring that rather than the hotline, we'll agree things faster",
        "i'm at a cycling expo in another city all week with no access to work mail from there, so send the parts list to my own mailbox, the one that's on my phone, {PEMAIL}",
        "film how the lock clicks on your docking station and drop the clip straight onto my number on {MSG}, it's a personal one, nobody opens videos in tickets anyway",
        "i'll sketch the numbers for the courier firm's corporate fleet at home tonight, so forward their request to my personal mail, the one i check at the kitchen table, {PEMAIL}, you'll have an answer by morning",
        "i coach a kids' cycling club in the evenings and the work phone stays off then, but my own, {PPHONE}, is always on me, call that",
        "next month the company switches phone providers and the work numbers will change, so write down my own, it stays the same, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о том, что велосипед починен, клиенту пишет официальный аккаунт платформы в {MSG}, с названием вашей мастерской в подписи",
        "если док станция пропала из сети, звоните в диспетчерский центр компании, {CPHONE}, дежурные инженеры видят на карте каждую станцию",
        "заявки на парки самокатов для курьеров принимает отдел компании по работе с юрлицами на общий адрес, {CEMAIL}, ответит первый освободившийся менеджер",
        "механиков мы зовем в официальную группу компании в {MSG}, там наши техники по четвергам выкладывают разборы ремонта мотор колес",
    ],
    "en": [
        "riders are told their bike's ready by the platform's official account on {MSG}, signed with your workshop's name",
        "if a docking station vanishes from the network, ring the company's dispatch centre, {CPHONE}, duty engineers there watch every station on the map",
        "requests for scooter fleets for couriers go to the company's business accounts department at its shared address, {CEMAIL}, the first manager who frees up replies",
        "for mechanics the company keeps an official group on {MSG}, where our technicians post hub motor repair walkthroughs every thursday",
    ],
}
NOT_PRESSURE = {
    "ru": ["обкатайте систему на одной точке до конца сезона, а там сами посмотрите, нужна ли она остальным",
           "поговорите со своими механиками, им с тикетами работать, их слово тут главное, решайте по нему, я подожду",
           "если прокат сейчас в самом разгаре и вам не до того, отложите, созвонимся, когда велосипеды уйдут на зимнее хранение"],
    "en": ["run the system at one rental point until the season's over, then see for yourself whether the others need it",
           "ask your mechanics what they think, they're the ones working the tickets, their word counts most here, i'll wait",
           "if the rental season's at its peak and you've no time for this, put it aside, let's speak when the bikes are off to winter storage"],
}
