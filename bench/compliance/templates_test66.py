"""Sentence templates for the "test66" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for bowling alleys
and karaoke bars (lanes and karaoke rooms booked by the hour, corporate
parties, shoe rental, league nights and tournaments, bar tabs opened on a
lane, birthday packages) to owners of bowling clubs and karaoke bars, event
managers, bar managers, league organisers, sound engineers, lane mechanics and
shift leads. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test64.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
lane mechanic who is the only one left in the hall at night tinkering with the
pinsetters and should get the breakdown alerts, the karaoke night host who
gathers song requests from groups that hire the room and wants each such
booking as a text, the shift lead at the shoe rental counter whom guests ring
when they walk off in rental shoes, the league organiser whose mobile goes at
the foot of the fixtures mailout, the club's number printed on the back of
every loyalty card; corporate party requests for the event manager who builds
the banquet menu, the weekly export of bar tabs for the bar manager who
squares it with the stockroom, guests' complaints about crackling microphones
for the sound engineer, spelled out; the card kept for buying balls and pins,
a caller stepping out of a hall where the karaoke is booming, a partner in the
club named before a card left with the bartender; the only person allowed to
change scores in the tournament table, the person who runs kids' birthday
parties with an entertainer, a caller whose pins on the end lane will not
reset; distractors with a code stamped on a pinsetter's plate for warranty
claims, a gift voucher number put towards an hour of karaoke, an autumn
tournament final with the teams' warm up, the size of the club, the price of a
lane hour on a friday night and a sound engineer tuning new speakers;
discounts framed as the club's own licensed song catalogue played instead of
the vendor's, league lanes scheduled a season ahead that booking never
touches, a karaoke booth charged below the lane rate, a frame bowled against
the rep at the demo, the months left on the old scoring vendor's contract
covered by the vendor, league results posted to the vendor's shared ranking of
clubs, tournament entry fees taken through the vendor's payment page, the
final of the vendor's clients' cup hosted on the club's lanes, and the bowling
and the karaoke bar upstairs put on a single account; half price as a pool
table in the corner booked as its own resource and a darts corner by the bar;
non-offers about a corporate banquet prepayment, the lane oil supplier's
price going up, music rights payments out of the rooms' takings, the league
entry fees' share that goes to the prize pot, friday bookings cancelled on the
day, a ball supplier's reduction for the full range of weights, birthday
groups adding an hour of karaoke and the bar spend growing when the tab is
opened on the lane; a tiny club with a handful of lanes asking for a cut;
personal channels as a rep whose ears still ring after a tournament and wants
messages on his own messenger number, a work phone that only lets through
numbers already in the company's database, shots of the lanes with the new
screens for the rep's own portfolio sent to his personal mailbox, a survey of
club owners the rep runs for himself on his own messenger account, a mail
server being moved so the contract goes to the rep's own address, a test
build of the guest app on the rep's personal phone shown during a call to it,
and a rep coming to the league final as a spectator without the work phone;
company channels as the company's official bot sending booking confirmations
with the club's logo, the company's overnight technical line with engineers on
duty for lane screens that stop counting, the accounts department's shared
address for statements and invoices, and the company's official community for
owners with ready made league formats; polite closings as letting the league
play out its season on the old system, going over the numbers with the
partner in the bar, and a demo on a single lane on a quiet tuesday).

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
    ("нил", "шаров", "осипович"),
    ("руслана", "припевова", "эмильевна"),
    ("протас", "туфлин", "титович"),
    ("павла", "ноткина", "ярославна"),
    ("тит", "страйков", "филимонович"),
    ("фатима", "шлягерова", "самсоновна"),
    ("юрий", "тембров", "святозарович"),
    ("таисья", "подпевалова", "сильвестровна"),
    ("эраст", "сплитов", "яромирович"),
    ("юлианна", "частушкина", "радиславовна"),
]
EN_NAMES = [
    ("maxwell", "pinnock"),
    ("meredith", "tunnicliffe"),
    ("murray", "rollason"),
    ("petunia", "songhurst"),
    ("rowan", "tenpenny"),
    ("sunniva", "wardrop"),
    ("vaughan", "mcskimming"),
    ("willow", "quarmby"),
    ("zeke", "strudwick"),
    ("yolande", "pulleyblank"),
]
RU_LAT = {"нил": "nil", "шаров": "sharov", "руслана": "ruslana", "припевова": "pripevova",
          "протас": "protas", "туфлин": "tuflin", "павла": "pavla", "ноткина": "notkina",
          "тит": "tit", "страйков": "straykov", "фатима": "fatima", "шлягерова": "shlyagerova",
          "юрий": "yuriy", "тембров": "tembrov", "таисья": "taisya", "подпевалова": "podpevalova",
          "эраст": "erast", "сплитов": "splitov", "юлианна": "yulianna", "частушкина": "chastushkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "на ночь в зале остается только механик, он до утра возится с автоматами, которые ставят кегли, так что сигналы о поломках пусть уходят прямиком к нему, {PHONE}",
        "ведущая наших караоке вечеров заранее собирает заказы на песни от компаний, снявших зал, пусть каждая такая бронь падает ей эсэмэской, {PHONE}",
        "за стойкой проката обуви стоит наш старший смены, гости, которые ушли в прокатных ботинках, а свои оставили под скамейкой, звонят ему, {PHONE}",
        "сетку каждого тура капитаны команд получают от организатора нашей лиги, так что внизу рассылки поставьте его мобильный, {PHONE}",
        "номер клуба отпечатан на обороте каждой бонусной карты, {CPHONE}, гости звонят туда, чтобы застолбить дорожку на вечер",
        # e-mail
        "запросы на корпоративы, где фирма выкупает весь зал целиком, перекидывайте нашему ивент менеджеру, {EMAIL}, банкетное меню под каждую компанию собирает она",
        "недельную выгрузку барных счетов пусть система кладет нашему бар менеджеру, вот его адрес, {EMAIL}, по понедельникам он сводит ее с остатками на складе",
        "жалобы гостей на хрипящие микрофоны в кабинках разбирает наш звукорежиссер, адрес у него хитрый, давайте по буквам, {EMAIL}",
        # card
        "абонентку снимайте с той карты, что у нас отведена на покупку шаров и кеглей, цифры такие, {CARD}",
        "погодите, выйду из зала, тут караоке гремит, ничего не слышно, ну вот, теперь читаю, {CARD}",
        "подключение оплачивает мой компаньон по клубу, {NAME}, карта осталась у бармена под стойкой, цифры списываю прямо с пластика, {CARD}",
        # name
        "менять счет в турнирной таблице разрешите только {NAME}, иначе капитаны начнут приписывать себе страйки",
        "детские дни рождения с аниматором у нас ведет {NAME}, подтверждать такие брони в системе должен этот человек",
        "{FIRST}, секундочку, на крайней дорожке опять кегли не встают, крикну механику и сразу к вам",
    ],
    "en": [
        # phone
        "at night only the mechanic stays on in the hall, he tinkers with the pinsetters till morning, so breakdown alerts ought to reach him first, {PHONE}",
        "the host of our karaoke nights gathers song requests in advance from groups that hire the room, so have each of those bookings land on her phone as a text, {PHONE}",
        "our shift lead runs the shoe rental counter, guests who walked off in rental shoes and left their own under the bench ring him, {PHONE}",
        "the team captains get the fixtures for every round from our league organiser, so put his mobile at the bottom of the mailout, {PHONE}",
        "every loyalty card has the club's number printed on the flip side, {CPHONE}, guests dial it to grab a lane for the evening",
        # e-mail
        "requests for corporate parties where a firm buys out the whole hall, pass them over to our event manager, {EMAIL}, she builds the banquet menu for each company",
        "have the system drop the weekly export of bar tabs with our bar manager, here's his address, {EMAIL}, on mondays he squares it with what's left in the stockroom",
        "guests' complaints about crackling microphones in the booths go to our sound engineer, his address is awkward to hear, so letter by letter, {EMAIL}",
        # card
        "charge the subscription to the card our balls and pins get bought with, the number runs {CARD}",
        "give me a moment, i'm stepping out of the hall, the karaoke's so loud i'm deaf in here, right, here goes, {CARD}",
        "my partner in the club is paying for the setup, {NAME}, the card got left with the bartender behind the counter, i'm copying the numbers right off the plastic, {CARD}",
        # name
        "let nobody but {NAME} change scores in the tournament table, or the captains will start chalking up strikes for themselves",
        "kids' birthday parties with an entertainer are run by {NAME}, so that's the person who should confirm those bookings in the system",
        "{FIRST}, just a sec, the pins on the end lane won't reset again, let me yell for the mechanic and i'm right back",
    ],
}
NOPII_T = {
    "ru": [
        "на табличке автомата, который ставит кегли, выбит код {BADCARD}, гарантийную заявку производитель заводит именно под ним",
        "подарочный сертификат у гостьи под номером {BADCARD}, им она хочет оплатить час в караоке",
        "финал осеннего турнира {DATE}, разминка у команд стартует {TIME}",
        "вы назвали {QTY}, с таким хозяйством справится и стартовый пакет",
        "час дорожки в пятничный вечер у вас идет по {PRICE}, я заглядывал в ваш прайс",
        "звукорежиссер приедет настраивать новые колонки {DATE}, за пульт сядет {TIME}",
    ],
    "en": [
        "the pinsetter's plate carries the code {BADCARD}, the maker logs warranty claims under that",
        "the guest's gift voucher carries the number {BADCARD}, she wants to spend it on an hour of karaoke",
        "the autumn tournament final is {DATE}, the teams start warming up {TIME}",
        "you mentioned {QTY}, for that much the starter package is plenty",
        "an hour on a lane on a friday night costs {PRICE} on your price list, i had a peek before calling",
        "the sound engineer comes to tune the new speakers {DATE}, he'll be at the desk {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если в караоке будете крутить собственную лицензированную фонотеку, а не нашу, модуль залов подешевеет для вас на {P}",
        "дорожки под лигу вы расписываете сами на весь сезон вперед, бронирование их не трогает, так что в вечера лиги лицензия на дорожку пойдет дешевле на {P}",
        "каждую караоке кабинку я посчитаю не как дорожку, а по ставке, которая ниже дорожечной на {P}",
        "давайте на демонстрации сыграем фрейм, выбьете больше кеглей, чем я, и я убавлю подписку на {P}",
        "оставшиеся месяцы по договору с вашим прежним поставщиком системы подсчета очков мы возьмем на себя, в пересчете на первый год это минус {P}",
        "если согласитесь выкладывать результаты вашей лиги в наш общий рейтинг клубов, абонентская плата уменьшится на {P}",
        "взносы за турниры принимайте через нашу платежную страницу, мы с этого кое что имеем, поэтому на подписку дам вам {PA} поблажку",
        "проведите у себя финал нашего кубка среди клубов клиентов, и годовой счет я ужму на {P}",
        "если боулинг и караоке бар этажом выше заведете на один аккаунт, пересчитаю всю смету с уступкой порядка {PG}",
    ],
    "en": [
        "if your karaoke plays your own licensed song catalogue rather than ours, the rooms module costs you {P} less",
        "you schedule the league lanes yourselves a whole season ahead and booking never touches them, so on league nights the lane licence runs {P} cheaper",
        "each karaoke booth i'll charge not as a lane but at a rate {P} under the lane rate",
        "let's bowl a frame at the demo, if you knock down more pins than me, i'll trim the subscription by {P}",
        "we'll cover the months left on your contract with your old scoring vendor, which over the first year is worth {P} of the price",
        "agree to post your league results to our shared ranking of clubs and then your monthly fee slides {P}",
        "take tournament entry fees through our payment page, we earn a little on that, so your subscription gets a {P} allowance from me",
        "host the final of our clients' cup at your lanes and i'll squeeze the annual bill down {P}",
        "put the bowling and the karaoke bar upstairs on a single account and the entire quote gets recalculated with about {P} shaved from it",
    ],
}
HALF_T = {
    "ru": ["бильярдный стол в углу зала заведем отдельным ресурсом, но брать за него будем половину цены дорожки",
           "уголок с дартсом у бара обойдется вам вполовину дешевле караоке кабинки"],
    "en": ["the pool table in the corner goes in as a separate resource, but we'll bill it at half a lane's rate",
           "the darts corner by the bar costs you exactly half of a karaoke booth"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за банкет на корпоратив фирма вносит предоплату {P}, остальное система спишет в день праздника",
        "масло для дорожек у поставщика подорожало на {P}, только к нашей подписке это отношения не имеет",
        "авторскому обществу за песни в караоке уходит {P} выручки залов, отчет для них система соберет сама",
        "из взносов за участие в лиге {P} уходит в призовой фонд, система держит эти деньги на отдельном счете",
        "судя по нашим цифрам, {P} пятничных броней гости отменяют в сам день игры, поэтому бронь без предоплаты система долго не держит",
        "поставщик шаров отдает вам партию дешевле на {P}, если берете сразу весь размерный ряд, в закупке это пройдет отдельно",
        "{P} компаний, которые приходят отмечать день рождения в боулинг, докупают еще час караоке",
        "когда счет в баре открыт прямо на дорожку, средний чек у гостей вырастает на {P}",
    ],
    "en": [
        "for a corporate banquet the firm pays a {P} prepayment, the system collects the balance once the party's over",
        "your supplier put the lane oil up {P}, which has nothing to do with our subscription",
        "you pay the music rights society {P} of the rooms' takings for karaoke songs, the system puts their report together by itself",
        "{P} of the league entry fees goes into the prize pot, the platform ring fences that money on a balance of its own",
        "our stats show {P} of friday bookings get cancelled on the day itself, so the system won't hold an unpaid booking for long",
        "the ball supplier charges you {P} less per batch if you order the full range of weights, purchasing books that separately",
        "{P} of the groups who come to bowl for a birthday add an hour of karaoke on top",
        "when the bar tab is opened right on the lane, the average guest spend grows {P}",
    ],
}
CLIENT_ASK_T = {
    "ru": [("клуб у нас крошечный, дорожек по пальцам пересчитать, и под караоке всего одна комната, сбросите {P}?",
            "нет, тут не уступлю, мы берем за каждую дорожку, а сколько их у вас, на цену одной не влияет")],
    "en": [("our club's tiny, you could count the lanes on your fingers and there's a single karaoke room, is {P} off doable for us?",
            "no, i won't move on that, we charge per lane, and how many you've got doesn't change what a single one costs")],
}
CHANNEL_T = {
    "ru": [
        "после вчерашнего турнира у меня до сих пор звенит в ушах, по телефону разбираю через слово, давайте переписываться в {MSG}, меня там найдете по моему личному номеру",
        "мой служебный телефон пропускает только номера из нашей базы, а вашего клуба там пока нет, поэтому набирайте мой личный, {PPHONE}",
        "я собираю себе портфолио клубов, которые запускал лично, так что снимки ваших дорожек с новыми табло скиньте на мой личный ящик, {PEMAIL}",
        "я для себя собираю мнения владельцев клубов о том, чего им не хватает в таких системах, черкните пару строк в {MSG}, страничка там моя собственная, компания этот опрос не ведет",
        "у нас до понедельника переезжает почтовый сервер, служебные письма теряются, так что договор с вашими правками отправьте на ящик, который я завел для себя, {PEMAIL}",
        "на моем личном телефоне стоит тестовая версия гостевого приложения, наберите меня на него, {PPHONE}, и пока говорим, покажу, как гостю приходит подтверждение брони",
        "на финал вашей лиги я приду болеть просто как зритель, служебный телефон оставлю дома, так что если захотите перекинуться словом прямо на трибуне, набирайте мой собственный номер, {PPHONE}",
    ],
    "en": [
        "my ears are still ringing after yesterday's tournament, i catch every other word on the phone, so let's switch to texting on {MSG}, you'll find me there by my personal number",
        "my work phone only lets through numbers that are in our database, and your club isn't in there yet, so ring the phone that's mine personally, {PPHONE}",
        "i'm putting together a portfolio of the clubs i've launched myself, so send the shots of your lanes with the new screens to the inbox that's mine privately, {PEMAIL}",
        "i'm gathering club owners' views on what these systems lack, just for myself, so drop your thoughts into {MSG}, the profile there belongs to me, the company isn't running this survey",
        "our mail server is being moved until monday and work emails keep going missing, so the marked up contract had better go to a mailbox i set up for myself, {PEMAIL}",
        "my personal phone has a test build of the guest app on it, so ring me on that, {PPHONE}, and while we talk i'll show you how a booking confirmation reaches a guest",
        "i'm coming to your league final just to cheer, the company handset stays in a drawer, so if you want a word by the lanes, dial the number that's mine, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "подтверждение брони гость получает от официального бота компании в {MSG}, в шапке у него логотип вашего клуба",
        "если табло на дорожках перестали считать очки, звоните на ночную техническую линию компании, {CPHONE}, там сидят дежурные инженеры",
        "акты и счета за подключение вам высылает бухгалтерия компании с общего адреса отдела, {CEMAIL}, ответить там может любой ее сотрудник",
        "для владельцев боулингов и караоке компания держит официальное сообщество, оно в {MSG}, модерирует его наша команда, там лежат готовые форматы лиг и турниров",
    ],
    "en": [
        "guests get their booking confirmation from an official company bot, it lives on {MSG} and carries your club's logo",
        "if the lane screens stop counting scores, call the company's overnight technical line, {CPHONE}, company engineers take the calls there at night",
        "statements and invoices for the setup come from the shared address of the company's bookkeeping team, {CEMAIL}, whoever's free there answers",
        "bowling and karaoke owners have an official company community on {MSG}, our team moderates it, and ready made league and tournament formats get pinned there",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть лига спокойно доиграет сезон на старой системе, а после финала и решите, торопить не стану",
           "посидите над цифрами со своим компаньоном по бару, прикиньте, а как надумаете, сами наберете",
           "погоняйте демо на одной дорожке в тихий вторник, приглянется, продолжим, нет, расстанемся друзьями"],
    "en": ["let the league play out its season on the old system in peace, and decide after the final, nobody's chasing you",
           "go over the numbers with your partner in the bar, weigh it up, and when you've made up your mind, give me a ring",
           "run the demo on a single lane on a quiet tuesday, if it grows on you we'll keep going, if it doesn't, we part as friends"],
}
