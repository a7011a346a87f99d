"""Sentence templates for the "test76" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and workshop platform for tyre-fitting
shops (seasonal tyre changeovers booked by time slot, tyre hotel storage
between seasons, wheel balancing and alignment, rim straightening, tyre sales
with fitting, a mobile tyre service van, the queue at the bay in peak weeks)
to owners of tyre shops, shift leads, fitters, alignment technicians, front
desk staff and buyers. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test74.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
alignment technician who stays home with his child on fridays but gladly
answers questions about angles, the shift lead who untangles the queue at the
bay in peak weeks and should get the notices about shifted bookings, the lad
on the mobile tyre service van who drives the highway and takes requests from
drivers with a flat, the front desk clerk whose name and number sign the "your
wheels are ready" texts, the tyre hotel's number printed on every tag hung on
stored wheels; factory defect reports (bulges, sidewall cuts) for the buyer
who writes claims to the distributor, tread photos taken at storage intake
sent on to the owner who likes to see what state wheels arrive in, the part
time bookkeeper's address for invoices to taxi fleets; the one card that buys
wheel weights, patches and plugs, a caller wiping rubber-blackened hands on a
rag before reading out a card, a co-owner's card read from a photo; the only
person allowed to move bookings in peak weeks so slots stop doubling up, the
only person who straightens rims on the machine, a caller checking with the
rep by first name that the end-of-storage reminder goes out a week ahead;
distractors with a tyre distributor's waybill number, a barcode tying a set to
its spot in the tyre hotel, the alignment rig's calibration visit, the figure
on the client's company card that the plan depends on, the price of storing a
set for a season and a truck of studded tyres unloaded while the bays are
empty; discounts framed as the shop shown on the vendor's public map of tyre
shops with reviews, a tyre hotel that is one shipping container in the yard
priced on the small tier, tyres ordered from the distributor through the
vendor's integration with a smaller commission on every tyre sold with
fitting, a truck bay that hardly sees a lorry set up as a car bay, the
vendor's partner tyre brand put at the top of the catalogue customers see when
booking, both changeover seasons signed at once, other tyre fitters let in to
watch the booking run live at the client's shop, intake photos taken on the
fitters' own phones so the tablet rental goes, and the mobile service van
moved onto the platform with the bill redone downwards by a given share; half
price as an extra bay opened only for changeover season and booking for
motorbikes changed over only in spring; non-offers about fitters paid a share
of the bay's takings, the share of customers who book in the first week after
snow, the share of stored tyres worn past the tread limit by next season, a
shorter queue at another customer's bay since online booking, a distributor's
year end bonus on purchase volume, tyre makers raising winter tyre prices, a
surcharge for each month wheels are left in storage after the season and the
share of no-shows in peak weeks; a seasonal tyre shop asking for a cut;
personal channels as the rep's personal messenger account because the support
queue in peak weeks is as long as the queue at the bay, the rep's own mobile
because his work phone goes off at the end of his shift while tyre shops work
late in season, the list of customers with stored wheels sent to the rep's
home mailbox to load over the weekend without the implementation team, photos
of the tyre hotel's racks sent to the rep's messenger on his private number
because his work phone is an old push button one that cannot open photos, the
client's storage prices sent to the rep's own mail because the sales team
shares one work inbox and the neighbouring tyre shops are clients too, the
rep's own number for the first snow rush when the hotline chokes, and a rep
paid per signed shop who wants the deal closed through his personal phone
rather than the general line; company channels as a booking button built into
the company's official messenger account, the company's technical duty line
for a booking calendar down on a peak day, the finance department's shared
address for invoices and closing documents and the company's official chat for
tyre shop owners with early warnings of the first snow by region; polite
closings as letting the fitters judge whether tagging wheels on a tablet suits
them, keeping a paper notebook for bookings if it still feels more natural,
and a trial on the end bay with no rush to decide).

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
    ("стратон", "протекторов", "соломонович"),
    ("услада", "ниппелева", "полуэктовна"),
    ("пигасий", "развалов", "святогорович"),
    ("феодулия", "шиповникова", "радионовна"),
    ("якун", "тормозов", "силуанович"),
    ("серафина", "секреткина", "ювентиновна"),
    ("филофей", "ступичкин", "сократович"),
    ("фаустина", "резинкина", "прокофьевна"),
    ("остафий", "радиалов", "фоминович"),
    ("юстиния", "сезонова", "нефедовна"),
]
EN_NAMES = [
    ("moira", "treadwell"),
    ("ninian", "tyrrell"),
    ("ossian", "pumphrey"),
    ("zenaida", "winterton"),
    ("rhodri", "nutley"),
    ("tamsyn", "studholme"),
    ("tobit", "summerfield"),
    ("valda", "rolleston"),
    ("winfield", "rimmington"),
    ("ysabel", "torrance"),
]
RU_LAT = {"стратон": "straton", "протекторов": "protektorov", "услада": "uslada", "ниппелева": "nippeleva",
          "пигасий": "pigasiy", "развалов": "razvalov", "феодулия": "feoduliya", "шиповникова": "shipovnikova",
          "якун": "yakun", "тормозов": "tormozov", "серафина": "serafina", "секреткина": "sekretkina",
          "филофей": "filofey", "ступичкин": "stupichkin", "фаустина": "faustina", "резинкина": "rezinkina",
          "остафий": "ostafiy", "радиалов": "radialov", "юстиния": "yustiniya", "сезонова": "sezonova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "мастер, что выставляет у нас сход развал, по пятницам сидит дома с ребенком, но про углы и стенд ответит с удовольствием, вот его мобильный, {PHONE}",
        "в пиковые недели очередь у бокса разруливает наш старший смены, пусть уведомления о сдвиге записи падают на его сотовый, {PHONE}",
        "парень с нашего выездного шиномонтажа мотается по трассе на своем фургоне, если у кого то колесо спустило в дороге, заявку сразу кидайте ему, {PHONE}",
        "эсэмэски, что колеса готовы и можно забирать, пусть уходят за подписью нашей приемщицы и с ее номером, {PHONE}, клиенты все равно перезванивают ей",
        "на каждой бирке, которую мы вешаем на колеса при сдаче на хранение, напечатан номер нашего шинного отеля, {CPHONE}, клиенты звонят туда условиться, когда заберут комплект",
        # e-mail
        "акты о заводском браке, грыжи там, порезы на боковине, пересылайте нашему закупщику, {EMAIL}, претензии дистрибьютору он пишет сам",
        "снимки протектора, которые мастера делают при приемке на хранение, пусть сами улетают владельцу, {EMAIL}, он любит лично глянуть, в каком виде к нам приезжают колеса",
        "бухгалтер к нам заглядывает только по четвергам, зато почту читает каждый день, {EMAIL}, счета по таксопаркам и прочим юрлицам копите там",
        # card
        "грузики, латки и жгуты мы берем по одной карте, на нее же вешайте и абонентку, {CARD}",
        "руки черные от резины, погодите, протру ветошью и прочитаю, ага, вот, {CARD}",
        "абонентку будем списывать с карты совладельца, {NAME}, фото карты мне прислали, читаю, {CARD}",
        # name
        "переносить записи в пиковые недели позволяйте только {NAME}, иначе окна опять задвоятся",
        "правку дисков на станке у нас делает только {NAME}, так что заказы на прокатку пусть сразу падают в эту колонку расписания",
        "{FIRST}, я правильно понял, что напоминание про конец хранения клиент получит заранее, за неделю?",
    ],
    "en": [
        # phone
        "the guy who does our wheel alignment stays home with his kid on fridays, but he's happy to answer anything about angles and the rig, here's his mobile, {PHONE}",
        "in peak weeks our shift lead is the one untangling the queue at the bay, so have the notices about shifted bookings land on his cell, {PHONE}",
        "the lad from our mobile tyre service is up and down the highway in his van, if someone gets a flat on the road, throw the request straight to him, {PHONE}",
        "the texts saying the wheels are done and ready for pickup should go out signed by our receptionist, with her number, {PHONE}, customers ring her back anyway",
        "our tyre hotel's line is printed on every tag we tie to wheels going into storage, {CPHONE}, customers use it to agree on a day to collect their set",
        # e-mail
        "factory defect reports, bulges, sidewall cuts and so on, forward them to our buyer, {EMAIL}, he writes up the claims to the distributor himself",
        "the tread photos the fitters take at storage intake should fly off to the owner on their own, {EMAIL}, he likes to see for himself what state the wheels turn up in",
        "our bookkeeper only drops in on thursdays but reads her mail daily, {EMAIL}, let the invoices for taxi fleets and other companies pile up there",
        # card
        "wheel weights, patches and plugs all go on one card, hang the subscription on it as well, {CARD}",
        "my hands are black from the rubber, give me a sec to rub them on a rag, right, reading it, {CARD}",
        "bill the subscription to my shop partner's card, {NAME}, who sent me a snap of it this morning, so, {CARD}",
        # name
        "in peak weeks let only {NAME} move bookings around, otherwise the slots end up doubled again",
        "rim straightening on the machine is {NAME}'s job and nobody else's, so rolling orders should drop straight into that column of the schedule",
        "{FIRST}, just so i'm clear, the customer hears about storage ending a week before, yes?",
    ],
}
NOPII_T = {
    "ru": [
        "номер накладной от шинного дистрибьютора {BADCARD}, по ней сверьте партию зимней резины",
        "каждое место в шинном отеле привязано к штрихкоду, у этого комплекта он {BADCARD}, по нему кладовщик и найдет колеса",
        "стенд развала поверяют {DATE}, метролог будет у вас {TIME}",
        "в карточке вашей компании записано {QTY}, если цифра устарела, поправьте, от нее зависит тариф",
        "хранение комплекта на сезон у вас стоит {PRICE}, эту цифру и вобьем в прайс платформы",
        "фура с шипованной резиной приходит {DATE}, разгружать начнем {TIME}, пока боксы пустые",
    ],
    "en": [
        "the tyre distributor's waybill number is {BADCARD}, check the winter tyre batch against it",
        "every spot in the tyre hotel carries a barcode, this set sits under {BADCARD}, the storeman looks the wheels up by it",
        "the alignment rig gets calibrated {DATE}, the inspector will be with you {TIME}",
        "your company card says {QTY}, if that's out of date put it right, the plan depends on it",
        "you charge {PRICE} to keep a set over the season, we'll key that figure into the platform's price list",
        "the truck with the studded tyres arrives {DATE}, we start unloading {TIME}, while the bays are empty",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "разрешите показывать ваш шиномонтаж на нашей общей карте, где водители оставляют оценки, и месячная плата убавится на {P}",
        "шинный отель у вас в морском контейнере во дворе, так что модуль хранения посчитаю по малой сетке, она ниже стандартной на {P}",
        "если шины у дистрибьютора будете заказывать через нашу интеграцию, комиссия с каждой покрышки, проданной с монтажом, станет меньше на {P}",
        "грузовой бокс у вас фуры видит редко, поэтому заведу его как легковой, а это на {P} ниже по цене",
        "если в каталоге шин, который видят ваши клиенты при записи, первым будет стоять бренд нашего партнера, с вашей абонентки уйдет {P}",
        "подписывайте договор сразу на оба сезона, весенний и осенний, и каждый обойдется вам на {P} легче",
        "если будете пускать к себе других шиномонтажников поглядеть, как запись крутится вживую, за такие показы на весь следующий сезон ставлю вам {PA} скидку",
        "фотографировать колеса при приемке будете со своих телефонов, а не с наших планшетов, тогда аренду планшетов уберу, и каждый месяц будете отдавать на {P} меньше",
        "переведите на платформу и выездной фургон, и я пересчитаю весь ваш счет вниз на величину {PG}",
    ],
    "en": [
        "let us show your tyre shop on our public map where drivers leave ratings, and your monthly fee shrinks {P}",
        "your tyre hotel is one shipping container in the yard, so i'll put the storage module on the small tier, priced {P} below standard",
        "order your tyres from the distributor through our integration and the commission on every tyre sold with fitting gets {P} smaller",
        "your truck bay hardly ever sees a lorry, so i'll set it up as a car bay, and that's priced {P} lower",
        "if the tyre catalogue your customers see when booking lists our partner's brand at the top, {P} comes off your subscription",
        "sign up for both seasons in one go, spring and autumn, and each one comes out {P} lighter for you",
        "if you'll let other tyre shops drop by to watch the booking run live at your place, your whole next season gets billed {P} lower",
        "take the intake photos on your own phones rather than our tablets, then i drop the tablet rental and the monthly payment slims down by {P}",
        "bring your mobile service van into the system too, then your whole bill gets reworked {P} downwards",
    ],
}
HALF_T = {
    "ru": ["второй бокс, что вы разворачиваете лишь на время переобувки, подключу за полцены",
           "запись для мотоциклов, которые вы переобуваете только весной, обойдется вдвое дешевле обычного места"],
    "en": ["the extra bay you only open for changeover season i'll connect at half price",
           "booking for motorbikes, which you only change over in spring, costs half of what a regular slot does"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "шиномонтажники у вас работают за {P} от выручки бокса, и платформа сама посчитает им сдельную часть",
        "по нашим данным, {P} клиентов бронируют переобувку в первую же неделю после снега, поэтому календарь заранее откроет дополнительные окна",
        "примерно {P} шин, которые привозят на хранение, к следующему сезону уже не годятся по протектору, и система сама предложит клиенту замену",
        "у одного нашего клиента на окраине после запуска онлайн записи очередь у бокса в пиковые недели стала короче на {P}",
        "шинный дистрибьютор по итогам года возвращает вам бонусом {P} от объема закупок, платформа ведет этот учет отдельно",
        "производители подняли цены на зимнюю резину на {P}, новые цены платформа подтянет из прайса дистрибьютора сама",
        "если клиент не забрал колеса после сезона, по вашему договору хранения за каждый лишний месяц сверху начисляется {P}, система добавит это в счет",
        "в пиковые недели {P} записавшихся так и не доезжают, поэтому система сама обзвонит их накануне и освободит окна",
    ],
    "en": [
        "your fitters work for {P} of what the bay takes, and the platform works out their piece rate share on its own",
        "our numbers show {P} of customers book their changeover in the very first week after snow, so the calendar opens extra slots in advance",
        "roughly {P} of the tyres brought in for storage won't pass on tread by next season, and the system offers the customer a replacement by itself",
        "one of our customers by the ring road saw the queue at his bay get {P} shorter in peak weeks after online booking went live",
        "the tyre distributor pays you back {P} of your purchase volume as a year end bonus, the platform keeps track of that separately",
        "the makers have put winter tyre prices up {P}, the platform pulls the new prices from the distributor's list by itself",
        "if a customer doesn't collect the wheels after the season, your storage agreement adds {P} for every extra month, and the system puts that on the bill",
        "in peak weeks {P} of the people who book never actually show up, so the system rings them the day before and frees up the slots",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы по сути работаем только в переобувку, весной да осенью, неужели сезонному шиномонтажу нельзя сбросить {P}?",
            "увы, нельзя, цена одна, хоть вы круглый год работаете, хоть только в сезон")],
    "en": [("we really only work during changeover, spring and autumn, can't you find {P} off for a seasonal shop?",
            "sorry, can't, it's one price for everybody, year round shop or seasonal")],
}
CHANNEL_T = {
    "ru": [
        "в пиковые недели очередь в нашу поддержку не короче, чем у вас у бокса, так что пишите мне напрямую в {MSG}, на личный, не рабочий, отвечаю хоть ночью",
        "рабочий телефон у меня выключается с концом смены, а вы в сезон крутите колеса допоздна, поэтому вбейте себе мой собственный мобильный, {PPHONE}, звоните после работы",
        "список клиентов с колесами на хранении скиньте на мою домашнюю электронку, {PEMAIL}, я за выходные сам его загружу, без отдела внедрения",
        "схему стеллажей в шинном отеле мне надо увидеть, чтобы разметить места, так что сфотографируйте их и пришлите мне в {MSG}, номер личный, потому что служебный телефон у меня кнопочный, фото на него не доходят",
        "рабочий ящик у нас один на весь отдел продаж, а половина ваших соседей по трассе тоже наши клиенты, так что прайс на хранение пришлите лично мне, на почту, что у меня для своих, {PEMAIL}",
        "в первый снег, когда у вас начнется запара, я лично буду на подхвате, горячая линия тогда захлебывается, запишите мой собственный номер, {PPHONE}",
        "я у компании на проценте с каждого подключения, поэтому договор давайте доводить через меня, а не через общий номер, набирайте мой личный, {PPHONE}",
    ],
    "en": [
        "in peak weeks the queue for our support is no shorter than the one at your bay, so message me directly on {MSG}, my private one, not work, i answer even at night",
        "my work phone goes off when my shift ends, and in season you're changing wheels till late, so save my own mobile, {PPHONE}, call me after hours",
        "send the list of customers with wheels in storage somewhere i'll actually see it at home, my own mail, {PEMAIL}, i'll load it in myself over the weekend, no need for the implementation team",
        "i need to see how the racks in your tyre hotel are laid out to number the spots, so snap them and drop the pictures into {MSG} for me, it's my private number there, since my work phone is an old push button thing that can't open photos",
        "the whole sales team shares one work inbox, and half the tyre shops down your road are our clients too, so send your storage prices to me personally, to my own mail, {PEMAIL}",
        "when the first snow hits and you're swamped, i'll be on standby for you personally, the hotline chokes at that point, so jot down my own number, {PPHONE}",
        "i get paid per shop i sign up, so let's close this through me rather than the general line, dial my own mobile instead, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "кнопка записи на переобувку стоит в официальном профиле компании в {MSG}, клиенты сами выбирают там свободное окно",
        "если календарь записи упал в пиковый день, звоните на дежурную техническую линию компании, {CPHONE}, инженеры там сидят круглосуточно",
        "счета и закрывающие документы финансовый отдел компании присылает с общего адреса, {CEMAIL}, вопросы по оплате пишите туда же",
        "для владельцев шиномонтажей у компании открыт официальный чат, он в {MSG}, и туда мы загодя пишем, в каких регионах ждут первый снег",
    ],
    "en": [
        "the changeover booking button is built into the company's official {MSG} account, customers pick a free slot there themselves",
        "if the booking calendar goes down on a peak day, call the company's technical duty line, {CPHONE}, engineers man it day and night",
        "the company's finance department sends invoices and closing papers out of the team's shared mailbox, {CEMAIL}, questions about payment go there too",
        "tyre shop owners get invited into the company's official {MSG} chat, where we flag early which regions are in for the first snow",
    ],
}
NOT_PRESSURE = {
    "ru": ["обсудите с мастерами, удобно ли им отмечать колеса в планшете, их слово тут весомее моего",
           "если записывать клиентов в тетрадку вам пока привычнее, так и записывайте, демо я вам просто оставлю",
           "поставьте пробную запись на крайний бокс, поглядите, как пойдет, а решать будете сами, без спешки"],
    "en": ["talk to your fitters about whether tagging wheels on a tablet suits them, they know that better than i do",
           "if writing customers into a notebook still feels more natural, keep doing that, i'll just leave you the demo",
           "put trial booking on your end bay, see how it goes, and make up your own mind, no rush"],
}
