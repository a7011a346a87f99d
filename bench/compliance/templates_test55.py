"""Sentence templates for the "test55" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a sales and service CRM for car dealerships (test
drives, trade-in valuations, car loan applications, service bookings, spare
parts orders and the delivery of new cars) to dealership owners, sales
managers, service advisers, parts managers and loan desks. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test54.py (ru first names, surnames and
patronymics from А to М, en first names and surnames from A to L), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (the lad who takes every customer out on test drives and drives
the car back to the lot, whose number goes on the test drive card, the
trade-in appraiser who sits out on the used car lot and wants valuation
requests by text, a loan specialist seconded by the bank whose number is
pulled into the car loan application, a parts storeman with oily hands who
wants calls and never messages, the service number stuck on the rear window of
every car sold; handover reports copied to the girl in the delivery department
who checks the trim against the order, a weekly summary of missed test drives
for the head of sales who sorts out which salesperson never rang back, the
dealer parts price lists for the buyer whose address is a tricky one; the
dealership's corporate card kept under the car park pass, a card passed across
the desk by the chief accountant, the dealership owner's personal card named
before its number; the only person who sends loan applications to the bank,
the person who hands out the keys for test drives, a caller deafened by an
impact wrench in the workshop bay; distractors with a work order number to
give the service adviser, a distributor's tyre batch number, a crossover
arriving on the car transporter, a showroom volume that needs one licence, an
oil and filter change price pulled into online booking and an open day with
test drives of the new range; discounts framed as customers filling in loan
applications on a showroom tablet, trade-ins valued from the vendor's market
price base instead of ringing round by hand, service books moved to electronic
with the printing saving passed on, service booking taken together with parts
orders, a used-only lot moved to a light version, a second make in the same
showroom billed below list, a cut wrung out of the rep's director for paying
the whole model year up front, paying only for the salespeople who actually
work in winter, and the service history of past years moved over by the vendor
with the licence price lowered; half price as demonstrator cars used for test
drives and new cars delivered to the buyer's home; non-offers about a partner
bank's car loan rate, a down payment, the importer's bonus on turnover, the
share of deals done on a car loan, a genuine parts distributor's discount, a
used car's depreciation in its first year, a scrappage fee going up and the
share of customers who buy after a test drive; a small one-make showroom
asking the rep to shift on price; personal channels as walk-round videos of
trade-in cars sent to the rep's own messenger number for a valuation outside
the system, a former car salesman asking to be rung on his own mobile in the
evenings, away from minutes and bosses, loan applications sent to the rep's
home mailbox because the work one will not take big attachments, a rep without
a laptop at weekends who wants a line on his own messenger account during an
open day, a contract with the new price sent from and returned to the rep's
private mailbox past the shared address, an electronic vehicle passport stuck
at a handover reported on the rep's own mobile that he carries even on
holiday, and a number the rep keeps for the customers he brings in himself,
which the company does not know about; company channels as the company's
official messenger account telling customers their car is ready, the company's
implementation line for a handover certificate that will not print, importer
sales exports from the reporting department's shared address and the company's
official channel about connected banks; polite closings as running the system
in at one branch like a new engine until the end of the quarter, waiting for
the importer's reporting requirements, and leaving the choice to the service
advisers).

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
    ("евпатий", "бамперов", "исидорович"),
    ("зоряна", "домкратова", "акинфиевна"),
    ("казимир", "карданов", "миронович"),
    ("виталия", "глушителева", "касьяновна"),
    ("мефодий", "дворников", "герасимович"),
    ("лиана", "клапанова", "корнильевна"),
    ("амос", "бензинов", "исаевич"),
    ("белла", "клаксонова", "антоновна"),
    ("карп", "лонжеронов", "генрихович"),
    ("аксиния", "моторина", "адамовна"),
]
EN_NAMES = [
    ("ambrosia", "clutterham"),
    ("barnard", "axleby"),
    ("caledonia", "gearhart"),
    ("deverell", "bumpstead"),
    ("eudoxia", "dashwood"),
    ("fabricius", "kerridge"),
    ("gwendolen", "ludlow"),
    ("hildebrand", "axtell"),
    ("ignatia", "fenderson"),
    ("leopoldine", "coachworth"),
]
RU_LAT = {"евпатий": "evpatiy", "бамперов": "bamperov", "зоряна": "zoryana", "домкратова": "domkratova",
          "казимир": "kazimir", "карданов": "kardanov", "виталия": "vitaliya", "глушителева": "glushiteleva",
          "мефодий": "mefodiy", "дворников": "dvornikov", "лиана": "liana", "клапанова": "klapanova",
          "амос": "amos", "бензинов": "benzinov", "белла": "bella", "клаксонова": "klaksonova",
          "карп": "karp", "лонжеронов": "lonzheronov", "аксиния": "aksiniya", "моторина": "motorina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "на тест драйвы всех клиентов у нас катает один и тот же парень, он же потом перегоняет машину обратно на площадку, так что в карточку поездки ставьте его номер, {PHONE}",
        "оценщик по трейд ину сидит не в салоне, а на площадке с подержанными машинами, к компьютеру он не подходит, пусть заявки на оценку прилетают ему короткими сообщениями, {PHONE}",
        "кредитный специалист у нас не свой, его прислал банк, и его номер должен сам подтягиваться в анкету на автокредит, {PHONE}, клиенты ему потом перезванивают",
        "у старшего кладовщика по запчастям руки вечно в масле, переписку он не читает, так что при заказе деталей система пусть ему именно звонит, {PHONE}",
        "номер нашего сервиса мы клеим на заднее стекло каждой проданной машины, {CPHONE}, по нему нам и звонят, когда на панели что то загорается",
        # e-mail
        "протоколы передачи новых машин пусть копируются девушке из отдела выдачи, {EMAIL}, она сверяет комплектацию с тем, что клиент заказывал",
        "{EMAIL}, сюда сбрасывайте сводку по сорванным тест драйвам, этот адрес открывает руководитель продаж, по понедельникам он разбирается, кто из менеджеров не перезвонил",
        "прайсы на запчасти, которые выгрузит ваша система, отправляйте нашему закупщику, адрес у него заковыристый, записывайте внимательно, {EMAIL}",
        # card
        "списывайте с корпоративной карты автосалона, она у меня лежит под пропуском на стоянку, сейчас вытащу и прочитаю, {CARD}",
        "главбух как раз протягивает мне карту через стол, погодите, разгляжу цифры, тут мелко, {CARD}",
        "за лицензии платим с личной карты владельца дилерского центра, {NAME}, списание согласовано, цифры на ней такие, {CARD}",
        # name
        "отправлять заявки на автокредит в банк может только {NAME}, у остальных менеджеров эта кнопка пусть будет неактивной",
        "ключи от машин для тест драйва выдает {NAME}, поэтому подтверждение каждой поездки пусть первым получает этот сотрудник",
        "{FIRST}, извините, у нас в боксе гайковерт затрещал, я ни слова не разобрал, повторите, какую модель вы ставите на выдачу",
    ],
    "en": [
        # phone
        "the same lad takes every customer out on test drives and then drives the car back to the lot, so put his number on the test drive card, {PHONE}",
        "our trade in appraiser doesn't sit in the showroom, he's out on the used car lot and never goes near a computer, so have valuation requests reach him by text, {PHONE}",
        "our loan specialist isn't one of ours, the bank seconded him, and his number should be pulled into the car loan application automatically, {PHONE}, customers ring him back later",
        "the head parts storeman's hands are always covered in oil and he never reads messages, so when a part is ordered the system should actually call him, {PHONE}",
        "we stick our service number on the rear window of every car we sell, {CPHONE}, that's what people ring when something lights up on the dash",
        # e-mail
        "copy the handover reports for new cars to the girl in our delivery department, {EMAIL}, she checks the trim against what the customer ordered",
        "{EMAIL}, drop the summary of missed test drives in there, the head of sales opens that address, every monday he works out which salesperson never rang back",
        "send the parts price lists your system exports to our buyer, his address is a tricky one, mind how you take it down, {EMAIL}",
        # card
        "charge it to the dealership's corporate card, it's tucked under my car park pass, let me pull it out and read it, {CARD}",
        "the chief accountant is handing me the card across the desk right now, hold on, let me make out the digits, they're tiny, {CARD}",
        "we're paying for the licences with the dealership owner's personal card, {NAME}, that's been agreed, the digits on it are {CARD}",
        # name
        "only {NAME} can send car loan applications to the bank, for the other salespeople that button should stay greyed out",
        "{NAME} hands out the keys for test drive cars, so that member of staff should be the first to get the confirmation for every drive",
        "{FIRST}, sorry, an impact wrench just started rattling in the workshop bay, i didn't catch a word, say again which model you're putting up for delivery",
    ],
}
NOPII_T = {
    "ru": [
        "номер заказ наряда {BADCARD}, назовете его мастеру приемщику, когда приедете забирать машину",
        "номер партии зимней резины от дистрибьютора {BADCARD}, под ним ее и оприходуют на склад",
        "кроссовер для вашего клиента приходит на автовозе {DATE}, разгружать начнут {TIME}",
        "в шоуруме у вас, получается, {QTY}, на такой объем хватит одной лицензии администратора зала",
        "замена масла с фильтром у вас в сервисе стоит {PRICE}, эту цену мы перенесем в онлайн запись",
        "день открытых дверей с тест драйвами новой линейки устраиваем {DATE}, гостей встречаем {TIME}",
    ],
    "en": [
        "the work order number is {BADCARD}, give it to the service adviser when you come to collect the car",
        "the distributor's batch number for the winter tyres is {BADCARD}, that's what they get booked into stock under",
        "the crossover for your customer comes in on the car transporter {DATE}, unloading starts {TIME}",
        "so your showroom has {QTY}, for that volume one floor manager licence is enough",
        "an oil and filter change at your service centre costs {PRICE}, we'll carry that price over into online booking",
        "we're holding an open day with test drives of the new range {DATE}, guests start arriving {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если анкеты на автокредит клиенты будут заполнять сами на планшете в зале, а не ваш менеджер с их слов, ежемесячный счет съежится на {P}",
        "согласитесь оценивать машины под трейд ин по нашей базе рыночных цен, без ручного обзвона перекупщиков, и модуль оценки подешевеет для вас на {P}",
        "переведете сервисные книжки клиентов в электронный вид и откажетесь от бумажных бланков, мы сэкономим на печати, и эту экономию, {P}, я вычту из вашего счета",
        "берете запись в сервис в паре с заказом запчастей, тогда складской модуль я посчитаю вам на {P} ниже, чем при отдельной покупке",
        "раз у вас площадка только с пробегом и новых машин вы не продаете, кредитный модуль и выдача вам ни к чему, перевожу вас на облегченную версию, она по цене ниже на {P}",
        "вторую марку, которую вы держите в том же шоуруме, заведем отдельным брендом, но выставлю ее на {P} меньше прайса",
        "оплатите разом весь модельный год вперед, и я пробью у своего директора {PA} скидку на все лицензии",
        "зимой, когда продажи встают, платите только за тех менеджеров, кто реально сидит в системе, у вас это срежет счет на {P}",
        "историю обслуживания машин ваших клиентов за прошлые годы перенесем своими силами, а цену лицензий при этом опустим в пределах {PG}",
    ],
    "en": [
        "if customers fill in the car loan applications themselves on a tablet in the showroom instead of your salesperson typing them up, the monthly bill comes out {P} leaner",
        "agree to value trade ins from our market price database, no ringing round the dealers by hand, and the valuation module gets {P} cheaper for you",
        "move your customers' service books over to electronic and drop the paper forms, we save on printing, and i'll take that saving, {P}, straight off your invoice",
        "take service booking together with parts ordering and i'll price the parts module {P} below what it costs on its own",
        "your lot only does used cars, no new ones, so you don't need the loan module or new car delivery, i'm moving you to the light version, it's {P} lower",
        "the second make you keep in the same showroom we'll set up as a separate brand, but i'll bill it at {P} under the list price",
        "pay for the whole model year up front in one go and i'll wring a {P} cut on all the licences out of my director",
        "in winter, when sales stall, you only pay for the salespeople actually working in the system, which in your case trims the bill by {P}",
        "we'll migrate your customers' service history from past years ourselves and bring the licence price down by around {P} on top",
    ],
}
HALF_T = {
    "ru": ["машины из демопарка, на которых вы катаете клиентов на тест драйвах, заводим в систему по ставке ровно в два раза ниже, чем обычные машины со склада",
           "выдача машин, которые покупатель забирает не в салоне, а с доставкой на дом, считается в модуле логистики за половину цены обычной выдачи"],
    "en": ["the demonstrator cars you take customers out in for test drives go into the system at exactly half the rate of ordinary stock cars",
           "new cars delivered to the buyer's home instead of handed over in the showroom are counted in the logistics module at half the price of a regular handover"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "банк партнер сейчас выдает автокредиты под {P} годовых, система сама подставит эту ставку в расчет платежа",
        "первоначальный взнос по этой программе {P} от стоимости машины, остаток калькулятор разложит по месяцам",
        "импортер доплачивает вам {P} от оборота, если квартальный план по продажам закрыт, и в отчете эта сумма встанет отдельной строкой",
        "сделки в кредит у вас составляют {P} от всех продаж, отчет по ним система соберет сама",
        "дистрибьютор оригинальных запчастей продает вам колодки и фильтры со скидкой {P}, в системе это пойдет как закупочная цена",
        "машина с пробегом за первый год после покупки дешевеет примерно на {P}, модуль трейд ин закладывает это в свою оценку",
        "утилизационный сбор с нового года подняли на {P}, так что цены на новые машины в прайсе вам придется обновить самим",
        "по статистике наших дилеров, после тест драйва машину покупают {P} клиентов, а без него заметно меньше",
    ],
    "en": [
        "the partner bank is lending on car loans at {P} a year right now, the system drops that rate into the payment calculation itself",
        "the down payment on this programme is {P} of the car's price, the calculator spreads the rest over the months",
        "the importer pays you an extra {P} of turnover once the quarterly sales target is hit, and that sum sits on its own line in the report",
        "deals done on a car loan make up {P} of all your sales, the system puts the report on them together by itself",
        "the genuine parts distributor sells you pads and filters at {P} off, in the system that goes in as the purchase price",
        "a used car loses roughly {P} of its value in the first year after purchase, the trade in module allows for that when valuing",
        "the scrappage fee went up {P} from the new year, so you'll have to update the new car prices in the list yourselves",
        "across our dealers, {P} of customers buy the car after a test drive, and noticeably fewer without one",
    ],
}
CLIENT_ASK_T = {
    "ru": [("салон у нас маленький, одна марка и четыре менеджера, может, уважите нас и срежете {P}?",
            "не срежу, лицензия на менеджера стоит одинаково и для одного салона, и для большого холдинга")],
    "en": [("we're a small showroom, one make and four salespeople, could you shift {P} for us?",
            "i can't shift on that one, a licence per salesperson costs the same for a single showroom as for a big dealer group")],
}
CHANNEL_T = {
    "ru": [
        "видео с осмотра машины под трейд ин снимайте на телефон и кидайте мне в {MSG}, на мой личный номер, я сам прикину цену, а в систему пока ничего не грузите",
        "я до этой работы сам продавал машины в салоне, так что по вечерам звоните прямо мне на сотовый, {PPHONE}, там и договоримся без протоколов и без начальства",
        "анкеты клиентов на автокредит пересылайте мне на домашнюю почту, {PEMAIL}, с рабочей у меня тяжелые вложения не проходят",
        "в субботу у вас день открытых дверей, а я по выходным без ноутбука, так что если что встанет, отпишитесь мне в {MSG}, аккаунт там не рабочий, а мой собственный",
        "договор с новой ценой я согласую у себя и вышлю со своего личного ящика, {PEMAIL}, подписанный скан верните туда же, мимо общего адреса",
        "если на выдаче у покупателя зависнет электронный паспорт машины, поддержку не ждите, набирайте мой собственный мобильный, {PPHONE}, он при мне даже в отпуске",
        "сохраните этот номер под моим именем, {PPHONE}, с него я веду клиентов, которых привожу сам, компания про эту трубку не знает",
    ],
    "en": [
        "film the walk round of the trade in car on your phone and send it to me on {MSG}, to my own number, i'll work out a price myself, don't load anything into the system yet",
        "before this job i sold cars in a showroom myself, so in the evenings ring me straight on my mobile, {PPHONE}, we'll sort it out there without anyone listening in",
        "forward the customers' car loan applications to my home email, {PEMAIL}, heavy attachments don't get through on my work one",
        "your open day is on saturday and i'm without a laptop at weekends, so if anything gets stuck drop me a line on {MSG}, the account there isn't a work one, it's my own",
        "i'll clear the contract with the new price on my side and send it from my private mailbox, {PEMAIL}, return the signed scan to the same place, bypassing the shared address",
        "if a buyer's electronic vehicle passport hangs at the handover, don't wait for support, dial my own mobile, {PPHONE}, i carry it even on holiday",
        "save this number under my name, {PPHONE}, it's the one i use for customers i bring in myself, the company doesn't know about this phone",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о том, что машина готова после ремонта, клиенту пишет официальный аккаунт компании в {MSG}, вашему мастеру вручную ничего отправлять не нужно",
        "если в день выдачи не печатается акт приема передачи, звоните в отдел внедрения компании, {CPHONE}, линия работает без выходных",
        "выгрузки по продажам для импортера компания отправляет с общего адреса отдела отчетности, {CEMAIL}, вопросы по ним пишите туда, ответит дежурный аналитик",
        "новости о подключенных банках и обновлениях кредитного модуля компания выкладывает в своем официальном канале в {MSG}, подписаться может любой ваш сотрудник",
    ],
    "en": [
        "when a car is ready after repairs, the customer gets a message from the company's official account on {MSG}, your service adviser doesn't have to send anything by hand",
        "if the handover certificate won't print on delivery day, call the company's implementation department, {CPHONE}, the line works seven days a week",
        "the company sends the sales exports for the importer from the reporting department's shared address, {CEMAIL}, write there with any questions, the analyst on duty answers",
        "the company posts news about newly connected banks and loan module updates on its official {MSG} channel, any of your staff can subscribe",
    ],
}
NOT_PRESSURE = {
    "ru": ["поставьте систему на один филиал, как машину на обкатку, до конца квартала, а потом сами скажете, стоит ли подключать остальные, я не настаиваю",
           "дождитесь, пока импортер утвердит свои требования к отчетности, а уж потом поговорим о переходе, спешить тут некуда",
           "спросите своих мастеров приемщиков, удобно ли им, их мнение здесь важнее моего, как решите, так и будет"],
    "en": ["run the system in at one branch like a new engine until the end of the quarter, then tell me yourself whether the others are worth connecting, i won't insist",
           "wait until the importer signs off its reporting requirements, then we'll talk about switching, there's no rush here",
           "ask your service advisers whether it suits them, their opinion matters more than mine here, whatever you decide goes"],
}
