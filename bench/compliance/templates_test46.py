"""Sentence templates for the "test46" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and operations platform for escape rooms
and quest venues (time slot booking for groups, game master shifts, prop and
lock repairs, corporate team building packages, gift vouchers, birthday
bookings) to escape room owners and quest franchisees. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test45.py (ru first names from А to Л, en
first names from A to L), and verbs, introducing words and sentence shapes
that differ from every template of all earlier parts (the one prop maker who
keeps every lock and magnet in the rooms going, an actor from the horror room
who sleeps through the day, the party entertainer who goes through birthday
scripts with parents and gets the party requests, the front desk
administrator who gets every new booking by text and counts heads at the
door, the booking number on the reverse of every gift voucher; script edits
for the venues' only writer, team building requests from companies for the
one person on corporate events, the second venue's manager in the reviews
field; the props card that also buys batteries for the locks, a card locked
in a safe taken from an old room, a co founder asking for the payment to go
through his card, named before its number; the only person who may see the
codes of every lock, the person who resets the traps after every group, a
caller drowned out by a group shrieking over a hidden stash; distractors with
a gift voucher barcode scanned at the till, an electromagnetic lock's part
number, a bank's team game with the first team going in, a load per venue the
entry package handles, an hour's game for a team and a pirate room opening
with a trial game for bloggers; discounts framed as a shoot day for a
tutorial filmed in the client's labyrinth room, actor led rooms priced as
ordinary ones, a franchise's network price because the head office is
already on the platform, a venue road testing a voice hint module, a smaller
commission on every gift voucher sold through the platform, giving up phone
support for the chat in the dashboard, a reduction for a year cleared with
the director if both venues move over, a room shut for a new storyline not
billed and late night games left out of the booking count; half price as a
kids' room open only at weekends and a pop up quest taken round schools in
suitcases; non-offers about corporate prepayment, groups that book online and
never turn up, the share of bookings coming through the website, magnetic
locks going up, growth of the city's team building market, a prop workshop's
repeat order discount, teams coming back for a second room and the tax on
voucher sales; a one room venue whose owners are its game masters asking for
a cut; personal channels as camera footage of stuck groups sent to the rep's
personal messenger account, a rep to be woken on his personal number when the
till goes down during a night game, the export of corporate clients sent to
the rep's own address so that he can see which of them he knows personally, a
rep who once ran an escape room himself giving tips in private messages, a
new storyline's script sent to an address only the rep reads so that his
colleagues do not see it in the system, a rep on holiday with the work phone
off giving his own number and a cell used for deals with clients around the
sales department; company channels as the company's official bot reminding
guests of the game with directions to the entrance, the company's on call
team for a broken booking widget, the partnerships team's shared mailbox for
corporate package contracts and the company's official channel with tips and
platform news; polite closings as getting through the new year office party
rush first, letting the game masters play with booking on a test room and
leaving the figures to the owner and his partner).

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
    ("алфей", "загадкин", "поликарпович"),
    ("белослава", "тайникова", "феодосьевна"),
    ("бонифатий", "замочников", "пахомович"),
    ("генриетта", "шифрова", "харитоновна"),
    ("даниил", "ребусов", "калинникович"),
    ("есфирь", "головоломова", "гермогеновна"),
    ("иов", "подсказкин", "мелентьевич"),
    ("зарема", "сундучкова", "порфирьевна"),
    ("климентий", "фонариков", "серапионович"),
    ("леонила", "потайнова", "евагриевна"),
]
EN_NAMES = [
    ("adelbert", "lockwood"),
    ("bronwen", "riddlesworth"),
    ("caradoc", "keyworth"),
    ("dymphna", "puzey"),
    ("eldon", "cluett"),
    ("gudrun", "hookway"),
    ("isambard", "latchford"),
    ("jerusha", "ridout"),
    ("kenrick", "chubb"),
    ("linnea", "hunnisett"),
]
RU_LAT = {"алфей": "alfey", "загадкин": "zagadkin", "белослава": "beloslava", "тайникова": "taynikova",
          "бонифатий": "bonifatiy", "замочников": "zamochnikov", "генриетта": "genrietta", "шифрова": "shifrova",
          "даниил": "daniil", "ребусов": "rebusov", "есфирь": "esfir", "головоломова": "golovolomova",
          "иов": "iov", "подсказкин": "podskazkin", "зарема": "zarema", "сундучкова": "sunduchkova",
          "климентий": "klimentiy", "фонариков": "fonarikov", "леонила": "leonila", "потайнова": "potaynova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "все замки и магниты в комнатах у нас держит на себе один реквизитор, если что заклинит, пусть заявка летит прямо к нему, {PHONE}",
        "актер, который пугает гостей в хоррор квесте, днем отсыпается, а ближе к вечеру уже на связи, сотовый у него такой, {PHONE}",
        "детские дни рождения ведет наша аниматорша, родители заранее проговаривают с ней сценарий, так что заявки на праздники пусть уходят ей, {PHONE}",
        "каждую новую бронь пусть система сбрасывает смской нашей администраторше, она встречает группы у входа и пересчитывает людей, {PHONE}",
        "номер для записи напечатан на обороте каждого подарочного сертификата, {CPHONE}, звонят туда уже те, кому сертификат подарили",
        # e-mail
        "правки по сценариям новых комнат отправляйте нашему сценаристу, он у нас один на все локации, {EMAIL}",
        "заявки на тимбилдинг от компаний перекидывайте на {EMAIL}, корпоративами у нас занимается отдельный человек",
        "в поле для отзывов поставьте {EMAIL}, это управляющая второй локацией, она каждую жалобу разбирает лично",
        # card
        "пусть абонентка уходит с карточки, которую мы держим под реквизит и батарейки для замков, {CARD}",
        "карта у нас хранится в сейфе из старой комнаты, секунду, код я помню, открыл, {CARD}",
        "{NAME}, наш совладелец, попросил провести оплату по его карте, диктую, {CARD}",
        # name
        "коды от всех замков в системе должен видеть только {NAME}, иначе ответы начнут гулять по форумам",
        "после каждой группы комнату обходит и заново взводит ловушки {NAME}, без этой проверки следующих гостей не запускаем",
        "{FIRST}, простите, в соседней комнате группа нашла тайник и визжит от радости, повторите, пожалуйста, последнюю фразу",
    ],
    "en": [
        # phone
        "one prop maker keeps every lock and magnet in our rooms going, if anything jams have the repair request go straight to him, {PHONE}",
        "the actor who scares people in our horror room sleeps through the day, he's up and answering by early evening, {PHONE}",
        "kids' birthday games are hosted by our party entertainer, parents go through the script with her beforehand, so let party requests go to her, {PHONE}",
        "have the system text every new booking to our front desk administrator, she meets the groups at the door and counts heads, {PHONE}",
        "every gift voucher carries the booking number on its reverse side, {CPHONE}, it's the people who were given the voucher who ring it",
        # e-mail
        "script edits for the new rooms go to our writer, there's just the one for all our venues, {EMAIL}",
        "forward team building requests from companies to {EMAIL}, there's one person here who only does corporate events",
        "put {EMAIL} in the reviews field, that's the woman running our second venue, she goes through every complaint herself",
        # card
        "bill it to our props card, the one that also buys batteries for the locks, here goes, {CARD}",
        "the card's locked in a safe from one of our old rooms, one sec, i know the code, it's open, {CARD}",
        "{NAME}, my co founder, asked for the payment to go through his card, reading it out now, {CARD}",
        # name
        "only {NAME} should see the codes for every lock in the system, otherwise the answers end up on forums",
        "{NAME} walks the room after every group and resets the traps, we don't let the next guests in without that check",
        "{FIRST}, sorry, a group next door just found the hidden stash and they're shrieking, could you repeat that last sentence",
    ],
}
NOPII_T = {
    "ru": [
        "штрихкод подарочного сертификата {BADCARD}, его сканируют на кассе перед игрой",
        "артикул электромагнитного замка {BADCARD}, закажите точно такой же на замену",
        "банк приводит сотрудников на командную игру {DATE}, первая команда заходит в комнату {TIME}",
        "{QTY} на одну локацию это обычная загрузка, базовый пакет ее потянет без труда",
        "час игры для команды до шести человек обходится гостям в {PRICE}, в выходные цена та же",
        "пиратскую комнату открываем {DATE}, пробную игру для блогеров устраиваем {TIME}",
    ],
    "en": [
        "the barcode on the gift voucher is {BADCARD}, it gets scanned at the till before the game",
        "the electromagnetic lock's part number is {BADCARD}, order exactly the same one as a replacement",
        "the bank brings its staff in for a team game {DATE}, the first team goes into the room {TIME}",
        "{QTY} per venue is an ordinary load, the entry package handles it easily",
        "an hour's game for a team of up to six costs the guests {PRICE}, and there's no weekend markup either",
        "the pirate room opens {DATE}, we're running a trial game for bloggers {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "пустите нашего оператора снять обучающий ролик в вашей комнате с лабиринтом, и за этот съемочный день я спишу с лицензии {P}",
        "квесты с живыми актерами заведу по цене обычных комнат, без надбавки за персонал, и по вашей сетке это обходится на {P} дешевле",
        "головной офис вашей франшизы уже работает у нас, поэтому вы попадаете под цену сети, а она мягче обычной на {P}",
        "станьте площадкой, где мы обкатываем новый модуль голосовых подсказок, и пока идет обкатка, ваш платеж худеет на {P}",
        "подарочные сертификаты продавайте тоже через нас, тогда нашу комиссию с каждого проданного сертификата я урежу на {P}",
        "если откажетесь от поддержки по телефону и все вопросы будете решать через чат в кабинете, абонентка станет дешевле на {P}",
        "{PA} льготу по абонентке на год я проведу через директора, если до сезона выпускных вы переведете к нам обе локации",
        "комнату, которую вы закрыли на переделку под новый сценарий, пока она стоит, не тарифицируем, и общий счет садится на {P}",
        "ночные игры после полуночи в подсчет броней не пойдут, по вашему расписанию это убавит счет где то в районе {PG}",
    ],
    "en": [
        "let our camera guy film a tutorial in your labyrinth room, and for that shoot day i'll write {P} off the licence",
        "the rooms with live actors i'll put in at the price of ordinary rooms, no staff surcharge, which on your schedule saves you {P}",
        "your franchise head office is already with us, so you fall under the network price, and that sits {P} below retail",
        "be the venue where we road test our new voice hint module, and while the test runs your payment shrinks by {P}",
        "sell your gift vouchers through us as well, and i'll pare back our commission on every voucher sold by {P}",
        "if you give up phone support and sort everything through the chat in your dashboard, the subscription comes down {P}",
        "i'll clear a {P} reduction on the subscription for a year with my director, if both venues move over to us before graduation season",
        "the room you've shut to rework for a new storyline won't be billed while it's closed, and the total settles {P} lower",
        "late night games after midnight won't count towards your bookings, on your timetable that cuts around {P} from the bill",
    ],
}
HALF_T = {
    "ru": ["детскую комнату, которая работает только по выходным, подключим за половину цены взрослой",
           "выездной квест, который вы возите по школам в чемоданах, заведем в систему по половинной ставке"],
    "en": ["the kids' room that only opens at weekends gets connected for half of what a grown up room costs",
           "the pop up quest you take round schools in suitcases we'll set up at half rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "корпоративные клиенты вносят предоплату {P}, остаток система выставит им уже после игры",
        "примерно {P} групп, которые бронируют онлайн, просто не приходят и не предупреждают, напоминание накануне это сильно сокращает",
        "сейчас с сайта к вам приходит {P} броней, остальные гости звонят, виджет эту долю обычно поднимает",
        "магнитные замки у поставщика с нового года подорожали на {P}, так что ремонт реквизита лучше вести отдельной статьей",
        "рынок корпоративного тимбилдинга в городе за год прибавил {P}, компании все охотнее везут сотрудников на квесты",
        "мастерская, которая делает вам реквизит, дает {P} за повторный заказ, это ваш с ними уговор",
        "у наших клиентов {P} команд возвращаются за второй комнатой в течение месяца, поэтому в системе есть повторная рассылка",
        "с продажи сертификатов вы отдаете государству {P} налога, платформа соберет это в отчет для бухгалтера",
    ],
    "en": [
        "corporate clients put {P} down in advance, the system bills them for what's left once they've played",
        "roughly {P} of groups who book online simply don't turn up and don't warn you, a reminder the day before cuts that a lot",
        "right now {P} of your bookings come through the website and the rest by phone, the widget usually pushes that share up",
        "the supplier's magnetic locks went up {P} at new year, so it's better to keep prop repairs under their own heading",
        "the city's team building market swelled by {P} over the past year, companies are more and more keen to bring their staff to escape rooms",
        "the workshop that builds your props knocks {P} off a repeat order for you, that's a deal you struck with the workshop",
        "across our clients {P} of teams come back for a second room within a month, that's why the system has a follow up mailing",
        "the state takes {P} in tax on voucher sales, the platform gathers it into a report for your accountant",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас пока одна комната, и ведущие в ней мы сами, может, сбавите нам цену на {P}?",
            "нет, цена считается за комнату, и для одной она такая же, как для целой сети")],
    "en": [("it's a single room and the two of us run the games ourselves, can we get it {P} lower?",
            "no, we charge per room, and a room is priced the same for a lone owner as for a chain")],
}
CHANNEL_T = {
    "ru": [
        "видео с камер из комнат, где группы застревают, мне удобнее смотреть с телефона, так что сбрасывайте их в {MSG}, аккаунт там мой личный, вечером после своей игры разберу",
        "если посреди ночной игры у вас ляжет касса, поддержка уже спит, а я нет, мой личный номер, {PPHONE}, будите, не стесняйтесь",
        "выгрузку ваших корпоративных клиентов перешлите мне не на рабочий, а на личный адрес, {PEMAIL}, вечером сверю, кого из них я знаю лично",
        "я когда то сам держал квест, так что фотографии ваших комнат скиньте мне в {MSG}, в личные сообщения, подскажу как бывший владелец, что поправить",
        "сценарий нового квеста, чтобы я подогнал под него настройки, отправьте мне на почту, которую кроме меня никто не читает, {PEMAIL}, в системе его увидят коллеги",
        "я до понедельника в отпуске и рабочий телефон выключил, но если надумаете насчет сертификатов, набирайте мой собственный, {PPHONE}",
        "сохраните мой сотовый под моим именем, {PPHONE}, с клиентами я договариваюсь с него напрямую, в обход отдела продаж",
    ],
    "en": [
        "the camera footage from rooms where groups get stuck is easier for me to watch on my phone, so drop it on {MSG}, the account there is my personal one, i'll sort through it tonight after my own game",
        "if your till goes down in the middle of a night game, support's asleep but i'm not, my personal number's {PPHONE}, wake me, don't be shy",
        "forward the export of your corporate clients to my own address rather than the work one, {PEMAIL}, tonight i'll check which of them i know personally",
        "i ran an escape room myself once, so drop photos of your rooms to me on {MSG}, in my private messages, and i'll tell you as a former owner what to fix",
        "so i can fit the settings to your new storyline, send me the script at an email address nobody reads but me, {PEMAIL}, in the system my colleagues would see it",
        "i'm on holiday till monday with the work phone switched off, but if you make up your mind about the vouchers, ring my own, {PPHONE}",
        "save my cell under my name, {PPHONE}, that's the one i use to make deals with clients directly, bypassing the sales department",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "за час до игры официальный бот сервиса отправляет гостям напоминание в {MSG}, с адресом и подсказкой, как найти вход",
        "если виджет брони на вашем сайте перестанет открываться, звоните в дежурную смену компании, {CPHONE}, она на связи и в праздники",
        "договоры на корпоративные пакеты принимает отдел партнерств компании на общий адрес, {CEMAIL}, их там ведут несколько менеджеров",
        "советы, как заполнить комнаты в будни, и новости платформы выходят на официальном канале компании в {MSG}",
    ],
    "en": [
        "an hour before the game guests get a reminder on {MSG} from the company's official bot, showing the address and how to find the entrance",
        "if the booking widget on your site stops opening, ring the company's on call team, {CPHONE}, they're there on holidays too",
        "the partnerships team at the company receives contracts for corporate packages at a shared mailbox, {CEMAIL}, a few managers split the load",
        "tips on filling your rooms on weekdays and platform news come out on the company's official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала переживите новогодний наплыв корпоративов, а после праздников я сам о себе напомню, если вы не против",
           "дайте ведущим погонять бронирование на тестовой комнате, и если им не понравится, так прямо и скажите",
           "решать вам с партнером, расчет я вышлю, сидите над ним столько, сколько понадобится"],
    "en": ["get through the new year rush of office parties first, and after the holidays i'll get back in touch, if you don't mind",
           "let your game masters play around with booking on a test room, and if they don't like it, say so, no hard feelings",
           "it's for you and your partner to decide, the numbers will be in your inbox, take as long over them as you need"],
}
