"""Sentence templates for the "test56" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a management platform for car parks and electric
vehicle charging stations (parking permits and season passes, hourly tariffs,
charging sessions, barrier access, number plate recognition, fine disputes) to
owners and operators of car parks, residential complexes' yards, business
centres and charging points. Everything here is new: names that appear neither
in generate.py's train and test lists nor in templates_test2.py to
templates_test54.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
night guard in the booth by the barrier, the only one on site after ten, who
should get the alerts about cars stuck at the exit, a contractor's technician
who swaps cables on the charging posts and comes out on call, the residential
complex's manager who decides whose passes get renewed and should hear about
lapsed season passes, the cashier at the exit whose phone is always on him and
who should get the one time passwords for the account, the car park line
staffed day and night printed on a sticker on every pay station; the daily
export of recognised plates for an analyst who hunts cars parked without
paying, disputed fines for the lawyer who drafts the replies, the charging
dispatcher's inbox that also collects reports on broken off sessions; the
company card the electricity for the chargers is paid with, a card pulled out
of a wallet in a dark car by the entrance, a car park joint owner named before
a card that came with a power of attorney; the only person who sets up plate
recognition and the whitelist, the person who goes through fine disputes and
gets the camera stills, a caller drowned out by a tow truck's horn;
distractors with a factory code on a charging post's casing for warranty
repair, a barrier controller's id that links the camera to the gate, the lower
level's road markings repainted, the number of sites under management, the
residents' night pass price and a meter check at the charging stations with
the power cut off; discounts framed as the client's own electrician mounting
the plate cameras instead of the vendor's installers, a lighter subscription
for the summer months when residents leave for their country houses and the
yard stands half empty, night hours taken off the tariff because the lot is
empty after midnight, the vendor's share of every charging session cut when
the chargers join the parking billing, plate reading done by the client's old
cameras, the fine dispute clause struck off because the client has a lawyer, a
concession for the first car park in the district won from management for two
years ahead, the whole winter season paid before the first snow, and three
business centres' car parks brought over at once; half price as a bike rack
set up as a zone of its own and a barrier only package with a whitelist;
non-offers about a land lease share paid to the city, a deposit on residents'
barrier key fobs, fewer cars leaving without paying since the cameras went in,
the grid company raising the electricity tariff, the share of fine disputes
drivers win, a charger maker's reduction on a whole batch, weekday lunchtime
occupancy and a penalty on an overdue season pass; a small office yard asking
for a cut; personal channels as receipts brought in by complaining drivers
sent to the rep's own messenger chat instead of the support line, a charger
that hangs at night reported to the rep's mobile because he lives in the house
opposite the car park, the whitelist spreadsheet sent to the rep's private
mailbox because the work filter strips such files, a rep working from another
city for a month who does not answer the work phone, connection invoices sent
to the rep's home e-mail to go through over tea in the evening, special terms
for a chain of car parks discussed only on the rep's personal phone away from
his boss, and a rep whose work phone broke giving his own number nobody at the
company knows; company channels as receipts for charging sessions sent by the
company's verified bot signed with the car park's name, the company's duty
service with engineers on shifts for cameras that stop reading plates,
requests for new entrances to the implementation team's shared address where
no request waits over a day, and the company's open official channel about
paid parking rules; polite closings as waiting to see how the barrier copes
with a winter of snow and ice, talking it over with the residents at their
meeting, and coming back once next year's budget is approved).

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
    ("рамиль", "шлагбаумов", "ульянович"),
    ("эльга", "стоянкина", "шамилевна"),
    ("шамиль", "парковщиков", "эльдарович"),
    ("нелла", "разметкина", "тагировна"),
    ("нурлан", "номерков", "савинович"),
    ("фелиция", "тарифова", "яромировна"),
    ("яромир", "семафоров", "эрикович"),
    ("тамила", "ухабова", "ованесовна"),
    ("эльдар", "тумбочкин", "нурланович"),
    ("ревекка", "ячейкина", "рамилевна"),
]
EN_NAMES = [
    ("nolan", "parkhurst"),
    ("petula", "wheelock"),
    ("reuben", "stallybrass"),
    ("vesna", "tollemache"),
    ("selwyn", "rampling"),
    ("noemi", "sparkes"),
    ("osvaldo", "zoller"),
    ("thea", "mottershead"),
    ("wade", "voisey"),
    ("zora", "ulverston"),
]
RU_LAT = {"рамиль": "ramil", "шлагбаумов": "shlagbaumov", "эльга": "elga", "стоянкина": "stoyankina",
          "шамиль": "shamil", "парковщиков": "parkovshchikov", "нелла": "nella", "разметкина": "razmetkina",
          "нурлан": "nurlan", "номерков": "nomerkov", "фелиция": "felitsiya", "тарифова": "tarifova",
          "яромир": "yaromir", "семафоров": "semaforov", "тамила": "tamila", "ухабова": "ukhabova",
          "эльдар": "eldar", "тумбочкин": "tumbochkin", "ревекка": "revekka", "ячейкина": "yacheykina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "после десяти вечера на площадке остается один охранник в будке у шлагбаума, так что тревоги о машинах, застрявших на выезде, пусть падают ему, {PHONE}",
        "кабели на зарядных стойках у нас меняет техник подрядчика, он выезжает по вызову, вот его трубка, {PHONE}, вбейте в карточку станции",
        "кому из жильцов продлевать пропуск, решает управляющая комплексом, поэтому оповещения о просроченных абонементах отправляйте ей, {PHONE}",
        "одноразовые пароли для входа в кабинет пускай получает кассир на выезде, смена у него длинная, но мобильник всегда при нем, {PHONE}",
        "на каждой стойке оплаты наклеен стикер с круглосуточной линией стоянки, {CPHONE}, по нему водители и звонят, когда шлагбаум не поднимается",
        # e-mail
        "выгрузку распознанных номеров за сутки сбрасывайте нашему аналитику, {EMAIL}, он по ней вылавливает машины, которые стоят без оплаты",
        "штрафы, которые водители оспаривают, пусть прилетают нашему юристу, {EMAIL}, ответы на претензии готовит она",
        "{EMAIL}, это ящик диспетчера зарядных станций, туда же сыплются отчеты о сессиях, которые оборвались на середине",
        # card
        "абонентку снимайте с корпоративной карты, которой мы оплачиваем электричество для зарядок, диктую, {CARD}",
        "сейчас выну карту из кошелька, я сижу в машине у въезда, тут темно, цифры еле видно, так, {CARD}",
        "платеж оформляйте на совладельца стоянки, {NAME}, карту мне передали вместе с доверенностью, цифры такие, {CARD}",
        # name
        "распознавание номеров и белый список машин у нас настраивает {NAME}, правки в список принимайте только от этого человека",
        "споры по штрафам разбирает {NAME}, этому же человеку уходят кадры с камер, когда водитель не согласен с начислением",
        "{FIRST}, извините, тут эвакуатор сигналит прямо над ухом, ничего не разобрал, повторите про ночной тариф",
    ],
    "en": [
        # phone
        "after ten at night there's just one guard left on site, in the booth by the barrier, so alerts about cars stuck at the exit should land with him, {PHONE}",
        "the cables on our charging posts get swapped by a contractor's technician who comes out on call, here's his line, {PHONE}, key it into the station's card",
        "the complex manager decides which residents get their permits renewed, so the notices about lapsed season passes should reach her, {PHONE}",
        "let the cashier at the exit get the one time passwords for the account, his shifts are long but his mobile never leaves him, {PHONE}",
        "every pay station has a sticker on it with the car park's line that's staffed day and night, {CPHONE}, drivers ring it when the barrier won't lift",
        # e-mail
        "drop the daily export of recognised plates to our analyst, {EMAIL}, he combs it for cars parked without paying",
        "fines that drivers dispute should land with our lawyer, {EMAIL}, she's the one who drafts the replies to the complaints",
        "{EMAIL}, that's the charging dispatcher's inbox, the reports on sessions that broke off halfway pile up there too",
        # card
        "charge the plan to the company card that covers the chargers' electricity, here goes, {CARD}",
        "let me fish the card out of my wallet, i'm sitting in the car by the entrance and it's dark, i can barely see the digits, right, {CARD}",
        "put the payment through on the car park's joint owner, {NAME}, the card came to me along with a signed authorisation, the digits are {CARD}",
        # name
        "plate recognition and the car whitelist are set up by {NAME} here, only accept changes to the list from that person",
        "{NAME} goes through the fine disputes, so the camera stills go to them whenever a driver contests a charge",
        "{FIRST}, sorry, a tow truck is blasting its horn right next to me, i didn't make that out, go over the night tariff again",
    ],
}
NOPII_T = {
    "ru": [
        "на корпусе зарядной стойки выбит заводской код {BADCARD}, по нему поставщик примет ее в гарантийный ремонт",
        "идентификатор контроллера шлагбаума {BADCARD}, без него камера не свяжется с воротами",
        "разметку на нижнем уровне перекрашивают {DATE}, маляры заедут {TIME}, так что этот этаж на день закроем",
        "всего под нашим управлением {QTY}, плюс гостевой карман у торгового центра",
        "ночной пропуск для жильцов мы продаем по {PRICE} в месяц, дневной идет отдельно",
        "поверку счетчиков на зарядных станциях назначили {DATE}, сетевая компания обесточит их {TIME}",
    ],
    "en": [
        "there's a factory code stamped on the charging post's casing, {BADCARD}, the supplier needs it to take the post in for warranty repair",
        "the barrier controller's id is {BADCARD}, the camera can't talk to the gate without it",
        "the markings on the lower level get repainted {DATE}, the painters arrive {TIME}, so we're shutting that floor for the day",
        "all told we manage {QTY}, plus the visitor bay by the shopping centre",
        "we sell residents the night pass at {PRICE} a month, the day one is separate",
        "the meter check at the charging stations is booked {DATE}, the grid company cuts the power to them {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если камеры распознавания повесит ваш собственный электрик, без выезда наших монтажников, разовый платеж за подключение похудеет на {P}",
        "летом, когда жильцы разъезжаются по дачам и двор стоит полупустой, абонентка у вас на эти месяцы полегчает на {P}",
        "раз после полуночи на площадке от силы пара машин, ночные часы из тарифа уберу, и помесячный платеж опустится на {P}",
        "подцепите зарядные стойки к нашему биллингу вместе с парковкой, и наша доля с каждой зарядной сессии станет меньше на {P}",
        "если номера будут читать ваши старые камеры, а не новые от нас, обслуживание выйдет на {P} дешевле",
        "разбор спорных штрафов ваш юрист и так ведет сам, так что этот пункт из договора выкидываю, и итоговая сумма уменьшится на {P}",
        "вы первая стоянка в этом районе на нашей системе, так что выбью вам у руководства {PA} уступку на два года вперед",
        "оплатите зимний сезон целиком до первого снега, и с этой суммы я вам срежу {P}",
        "отдайте нам парковки всех трех ваших бизнес центров разом, и по прайсу я оформлю вам минус порядка {PG}",
    ],
    "en": [
        "if your own electrician mounts the plate cameras and our installers don't have to come out, the one off connection fee shrinks by {P}",
        "in summer, when the residents head off to their country houses and the yard stands half empty, your subscription eases off {P} for those months",
        "since there are barely a couple of cars on the lot after midnight, i'll drop the night hours from the tariff and your monthly payment sinks by {P}",
        "hook the chargers into our billing along with the parking, and our cut of every charging session gets {P} smaller",
        "if your old cameras do the plate reading instead of new ones from us, the upkeep works out {P} cheaper",
        "your lawyer already handles disputed fines himself, so i'm taking that clause out of the contract, and the total goes {P} lower",
        "you're the first car park in the district on our system, so i'll get management to grant you {P} off for the next two years",
        "pay for the whole winter season before the first snow and i'll cut that sum by {P}",
        "hand us the car parks at all three of your business centres at once and i'll write you up at roughly {P} below list",
    ],
}
HALF_T = {
    "ru": ["велосипедную стоянку у входа заведем в систему отдельной зоной, а стоить она вам будет половину от автомобильной",
           "пакет, где только шлагбаум по белому списку, без оплаты и без зарядок, идет у нас за половину стоимости полного"],
    "en": ["the bike rack by the entrance goes into the system as a zone of its own, and you pay half of what a car zone costs",
           "a barrier only package with the whitelist, no payments and no chargers, runs at half the cost of the full one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по договору с городом вы отчисляете {P} выручки за аренду земли под стоянкой, в отчете это идет отдельной графой",
        "за брелок от шлагбаума жильцы оставляют залог, {P} от цены абонемента, и когда брелок сдают, платформа возвращает его сама",
        "с тех пор как поставили камеры, машин, уехавших без оплаты, стало меньше на {P}",
        "сетевая компания с января подняла тариф на электричество на {P}, так что цену зарядной сессии стоит пересмотреть, а наша абонентка не меняется",
        "водители выигрывают примерно {P} споров по штрафам, обычно когда камера криво прочитала номер",
        "производитель зарядных станций отпускает вам их на {P} ниже прайса, если берете целую партию",
        "по будням к обеду стоянка у вас заполнена на {P}, это видно на графике загрузки",
        "за просроченный абонемент по вашим правилам набегает пеня {P} за каждую неделю, система начислит ее без вас",
    ],
    "en": [
        "under your agreement with the city you pay {P} of takings as the land lease for the car park, the report breaks it out under its own heading",
        "residents leave a deposit on the barrier key fob, {P} of the season pass price, and when the fob is handed back the platform pays it out on its own",
        "since the cameras went in, cars driving off without paying are down {P}",
        "the grid company has raised the electricity tariff {P} from january, so it's worth revisiting the price of a charging session, while our subscription stays put",
        "drivers win roughly {P} of fine disputes, usually when the camera has misread the plate",
        "the charger maker lets you have them {P} under list when you take a whole batch",
        "on weekdays around lunchtime your car park runs {P} full, you can see it on the occupancy chart",
        "under your rules an overdue season pass picks up a {P} penalty for every week, the system adds it on without you",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы всего лишь двор при офисе, машин там пара рядов, может, опустите нам цену на {P}?",
            "нет, тут я ничего не сделаю, стоимость складывается из оборудования на въезде, а оно у вас такое же, как у больших стоянок")],
    "en": [("we're just an office yard with a couple of rows of cars, any chance of going {P} lower for us?",
            "no, there's nothing i can do there, the cost comes from the kit on the entrance, and yours is the same as the big car parks have")],
}
CHANNEL_T = {
    "ru": [
        "квитанции, с которыми водители приходят ругаться, фотографируйте и кидайте мне в {MSG}, это моя собственная переписка, разберусь сам, на линию можно не писать",
        "если ночью зарядка зависнет посреди сессии, дежурного не ждите, набирайте меня на мобильный, {PPHONE}, я живу в доме напротив вашей стоянки",
        "таблицу для белого списка пришлите на мою частную почту, {PEMAIL}, служебная почта такие файлы режет",
        "этот месяц я работаю из другого города и рабочий телефон не беру, так что достучаться до меня проще в {MSG}, там мой собственный номер",
        "счета за подключение пересылайте лучше на мою домашнюю почту, {PEMAIL}, вечером за чаем я их и разберу",
        "насчет особых условий для вашей сети стоянок позвоните мне завтра утром на личный, {PPHONE}, при начальнике я такое обсуждать не стану",
        "служебный телефон у меня сломался, так что пока набирайте мой собственный, {PPHONE}, в компании этот номер никто не знает",
    ],
    "en": [
        "the receipts drivers come in to complain about, snap them and fire them across on {MSG}, the chat's my own, i'll deal with it myself, leave the line out of it",
        "if a charger hangs mid session at night, forget the duty tech and get me on my cell, {PPHONE}, my flat looks right out onto your car park",
        "send the whitelist spreadsheet to my private mailbox, {PEMAIL}, the work email strips files like that",
        "i'm working from another city this month and not picking up the work phone, so {MSG} is where you'll find me, under my own number",
        "better forward the connection invoices to my home email, {PEMAIL}, i'll look them over with a cup of tea in the evening",
        "about special terms for your chain of car parks, call me tomorrow morning, the number's my private one, {PPHONE}, i won't go into that with my boss around",
        "my work phone broke, so for now dial my own instead, {PPHONE}, nobody at the company knows that number",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "чеки за зарядные сессии водителям приходят от верифицированного бота компании в {MSG}, с подписью вашей стоянки",
        "если камера перестала узнавать номера, звоните в дежурную службу компании, {CPHONE}, там посменно сидят инженеры",
        "заявки на подключение новых въездов принимает отдел внедрения на общий адрес, {CEMAIL}, там следят, чтобы ни одна заявка не провисела дольше суток",
        "в {MSG} у компании открыт официальный канал, туда мы пишем о новых правилах платных парковок, подписывайте на него хоть всех сотрудников",
    ],
    "en": [
        "drivers get their charging session receipts from the company's verified {MSG} bot, signed with your car park's name",
        "if a camera stops recognising plates, call the company's duty service, {CPHONE}, engineers man it in shifts",
        "requests to connect new entrances go to the implementation team's shared address, {CEMAIL}, someone there makes sure no request sits longer than a day",
        "the company has an open, official channel on {MSG} where we write about new paid parking rules, sign your whole staff up if you like",
    ],
}
NOT_PRESSURE = {
    "ru": ["переждите зиму, посмотрите, сколько раз снег и наледь заклинят вам шлагбаум, тогда и решите, я подожду",
           "обсудите с жильцами на собрании, нужна ли им оплата через приложение, торопить вас не буду",
           "бюджет на следующий год у вас еще не утвержден, так что созвонимся, когда его утвердят, ни одной бумаги сейчас подписывать не надо"],
    "en": ["sit out the winter, see how many times snow and ice jam your barrier, and decide then, i can wait",
           "put it to the residents at their meeting, whether they even want paying through an app, i won't hurry you",
           "next year's budget isn't approved yet on your side, so we'll pick it back up once it is, nobody needs to sign anything today"],
}
