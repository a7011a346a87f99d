"""Sentence templates for the "test37" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and client platform for beauty salons and
barbershops (online booking of masters, client cards with colour formulas,
gift certificates, cosmetics stock, loyalty points, reminders before visits,
chair rental for freelance masters) to salon owners. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test35.py (ru first names from М to Я, en
first names from M to Z), and verbs, introducing words and sentence shapes
that differ from every template of all earlier parts (a colourist up to her
elbows in bleach who knows the colour formulas, the barber from the ground
floor who sits over coffee before his first client, a brow master's number
scribbled in awful handwriting on the back of a gift certificate, new online
bookings beeping on the senior administrator's phone, the salon's number
printed on every loyalty card for older clients who dislike the app; the
weekly dye and developer stock export for the buyer, the gift certificate
sales report for the co-owner who squares it with the till, the manager's
address read off the price list at the front desk; the card freelance masters
pay their chair rent onto, a card held by its very edge while the caller's
nail polish dries, the salon registered to the caller's mother named before
her card; the only person allowed to edit colour formulas, the person who lets
chairs to freelancers, a caller deafened by a hair dryer; distractors with a
gift certificate number, a barcode on a box of keratin, a balayage masterclass
with no clients booked, a size the junior plan covers, the price of complex
colouring put into online booking and a deep clean day with booking closed;
discounts framed as chair renters paying for their own seats through the app,
the masters' work shown in the company's public catalogue for clients, colour
formulas moved out of notebooks by the colourists instead of the company's
data entry girl, billing only the masters who actually come in for a shift, a
lower bill until reminders bring no shows down, the company's own staff
booking haircuts at the salon through the system, a monthly call with the
company's developers, a cut down certificate module for a salon that only
sells plastic certificates and apprentices who cut models under a mentor; half
price as a login for a freelancer renting a chair a couple of days a week and
an evening only brow and lash room; non-offers about the share a chair renter
hands the salon, bookings that fall through without reminders, a payment asked
at booking for long colouring jobs, a dye brand's bonus for sending masters to
its courses, loyalty points credited on the bill, evening online bookings
growing, gift certificates never redeemed and the cost of a colouring going up
with the dye; a two chair barbershop in a residential area asking for a cut;
personal channels as a rep who runs his own barbershop blog from a personal
messenger account, a rep who does bridal hair on saturdays and leaves the work
phone at home, a dye supplier's price list sent to the rep's own address to be
compared with distributors he knows, a gift certificate mock up sent to the
rep's own number for a designer friend to do without a request through the
company, a chair rental agreement drafted by the rep in his spare time from
terms sent to his personal mail, an upset client given the rep's own number to
smooth a double booking over without support, and a call on the phone the rep
carries for himself before renewal instead of the button in the account;
company channels as clients rating their master in the platform's official
messenger account, the company's payments desk that also works on saturdays,
the catalogue moderators' shared address and the company's official channel
with weekly trend breakdowns from partner brands; polite closings as waiting
until proms and the wedding season are over, talking it through with the
masters first and keeping the booking notebook on the counter with a link to
the demo salon left for a free evening).

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
    ("мокий", "ножницын", "агапович"),
    ("роксана", "локонова", "калистратовна"),
    ("христофор", "гребешков", "африканович"),
    ("ядвига", "завиткова", "ираклиевна"),
    ("олимпий", "бритвин", "корнильевич"),
    ("сюзанна", "пудрова", "аркадьевна"),
    ("назарий", "румянцев", "любимович"),
    ("эльза", "ресницына", "протасовна"),
    ("рафаил", "кисточкин", "варфоломеевич"),
    ("фрида", "челкина", "гавриловна"),
]
EN_NAMES = [
    ("mungo", "lockyer"),
    ("nerissa", "tresidder"),
    ("piers", "shearman"),
    ("rosaleen", "combes"),
    ("sholto", "waxman"),
    ("tansy", "brushfield"),
    ("ursula", "barbour"),
    ("vashti", "curlewis"),
    ("wolfram", "polwarth"),
    ("yolanda", "stylianou"),
]
RU_LAT = {"мокий": "mokiy", "ножницын": "nozhnitsyn", "роксана": "roksana", "локонова": "lokonova",
          "христофор": "khristofor", "гребешков": "grebeshkov", "ядвига": "yadviga", "завиткова": "zavitkova",
          "олимпий": "olimpiy", "бритвин": "britvin", "сюзанна": "syuzanna", "пудрова": "pudrova",
          "назарий": "nazariy", "румянцев": "rumyantsev", "эльза": "elza", "ресницына": "resnitsyna",
          "рафаил": "rafail", "кисточкин": "kistochkin", "фрида": "frida", "челкина": "chelkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "колористка у нас до локтей в осветлителе и, пока не смоет клиентку, к телефону не подойдет, но про формулы окрашивания спрашивайте именно ее, {PHONE}",
        "барбер с первого этажа приходит к семи и до первого клиента сидит с кофе, вот тогда его и ловите, {PHONE}",
        "номер нашей мастерицы по бровям я черкнула на обороте подарочного сертификата, а почерк у меня кошмарный, так что проверьте, {PHONE}",
        "новые онлайн записи пусть пиликают на телефоне старшего администратора, {PHONE}, это она рассаживает мастеров по креслам",
        "номер салона, {CPHONE}, отпечатан на каждой карте лояльности, клиентки постарше по нему и записываются, приложение они не любят",
        # e-mail
        "остатки краски и оксидов раз в неделю выгружайте на {EMAIL}, по этому списку наша закупщица дозаказывает у дистрибьютора",
        "отчет по проданным подарочным сертификатам пусть получает и совладелица, {EMAIL}, в конце месяца она сводит его с кассой",
        "продиктую прямо с прайса на ресепшене, там внизу мелким шрифтом, {EMAIL}, это почта нашей управляющей",
        # card
        "на эту карту мастера на аренде переводят мне плату за кресло, с нее же и списывайте подписку, {CARD}",
        "у меня лак на ногтях еще не высох, так что карту держу за самый краешек, читаю, {CARD}",
        "салон записан на мою маму, {NAME}, поэтому и карта на ее имя, цифры вот, {CARD}",
        # name
        "править формулы окрашивания в карточках клиентов разрешите только {NAME}, остальные мастера пусть смотрят, но руками не трогают",
        "кресла фрилансерам у нас сдает {NAME}, по графику аренды и договорам с мастерами идите к ней",
        "{FIRST}, подождите, над ухом фен гудит, ни слова не разобрала, выйду в коридор, и продолжим",
    ],
    "en": [
        # phone
        "our colourist is up to her elbows in bleach and won't come to the phone until she's rinsed her client, but she's the one to ask about colour formulas, {PHONE}",
        "the barber from the ground floor comes in at seven and sits over his coffee until the first client, that's when to catch him, {PHONE}",
        "i scribbled our brow master's number across a gift certificate, and my handwriting's awful, so check it, {PHONE}",
        "let new online bookings beep on our senior administrator's phone, {PHONE}, she decides which master sits at which chair",
        "every loyalty card we hand out carries the salon's line, {CPHONE}, our older clients book through that, they don't like the app",
        # e-mail
        "export the dye and developer stock once a week to {EMAIL}, our buyer reorders from the distributor off that list",
        "let the co owner get the gift certificate sales report as well, {EMAIL}, once a month she squares it with the till",
        "i'll read it straight off the price list by the reception, the small print at the bottom, {EMAIL}, that's our manager's mail",
        # card
        "the masters on chair rent pay their rent to me on this card, so take the subscription off it as well, {CARD}",
        "my nail polish hasn't dried yet, so i'm holding the card by its very edge, here goes, {CARD}",
        "the salon's registered to my mum, {NAME}, so the card's in her name too, here are the digits, {CARD}",
        # name
        "only let {NAME} edit the colour formulas in the client cards, the other masters can look but keep their hands off",
        "{NAME} lets our chairs to freelancers, so the rental schedule and the agreements with masters go through her",
        "{FIRST}, wait, there's a hair dryer roaring right by my ear, i didn't make out a word, let me go out to the hallway and then go on",
    ],
}
NOPII_T = {
    "ru": [
        "номер подарочного сертификата {BADCARD}, клиентка придет с ним на маникюр, погасите его при оплате",
        "штрихкод на коробке с кератином {BADCARD}, пробейте его сканером, когда привезут поставку, и остаток поправится сам",
        "мастер класс по балаяжу у нас {DATE}, начинаем {TIME}, клиентов на этот день не записываем",
        "если я правильно расслышал, у вас {QTY}, тогда смотрите сначала младший тариф, а вырастете, перейдете на старший",
        "окрашивание в сложной технике у ваших мастеров идет по {PRICE}, эту цифру и выставим в онлайн записи",
        "санитарный день с генеральной уборкой у вас {DATE}, открываетесь снова {TIME}, запись на эти часы система закроет сама",
    ],
    "en": [
        "gift certificate {BADCARD}, the client's bringing it to her manicure, redeem it at checkout",
        "the box of keratin has {BADCARD} on its barcode, run the scanner over it when the order arrives and the stock corrects itself",
        "the balayage masterclass is {DATE}, we start {TIME}, nobody gets booked in for that day",
        "if i caught that correctly it's {QTY}, then look at the junior plan first and move up to the senior one as you grow",
        "complex colouring with your masters goes for {PRICE}, that's the figure we'll put into online booking",
        "your deep clean day is {DATE}, you open again {TIME}, the system will close booking for those hours by itself",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если мастера, которые арендуют у вас кресла, станут сами оплачивать свое место через приложение, ваш собственный счет просядет на {P}",
        "разрешите показывать работы ваших мастеров в нашем общем каталоге для клиенток, и каждый ежемесячный платеж будет у вас меньше на {P}",
        "формулы окрашивания из тетрадок ваши колористки перенесут сами, значит, нашу девочку на ввод данных из расчета убираю, и сумма тает на {P}",
        "платить будете не за всех мастеров по штату, а только за тех, кто реально вышел на смену, с вашими совместителями это выходит на {P} легче",
        "пока напоминания не снизят у вас число неявок, буду выставлять вам счет за вычетом {P}",
        "наш офис через дорогу, и если наши девочки будут записываться к вам на стрижки через систему, я за это опущу ваш тариф на {P}",
        "раз вы согласились раз в месяц созваниваться с нашими разработчиками и рассказывать, чего вам не хватает, оформлю вам на продление {PA} поблажку",
        "электронные сертификаты через нас вы продавать не собираетесь, только свои пластиковые, поэтому модуль сертификатов поставлю в урезанном виде, на {P} ниже полного",
        "места для учеников, которые стригут моделей бесплатно под присмотром наставника, посчитаю дешевле в пределах {PG}",
    ],
    "en": [
        "if the masters who rent chairs from you pay for their own seat through the app, your own bill sheds {P}",
        "let us show your masters' work in our shared catalogue for clients and each monthly payment of yours goes {P} lower",
        "your colourists will copy the formulas out of their notebooks themselves, so i'm taking our data entry girl off the quote and the sum melts by {P}",
        "you'll pay not for every master on the staff list but only for the ones who actually turn up for a shift, with your part timers the bill drops {P}",
        "until the reminders bring your no shows down, i'll be billing you minus {P}",
        "our office is across the road, and if our girls book their haircuts with you through the system, i'll lower your plan by {P} for it",
        "since you've agreed to a monthly call with our developers about what's missing, i'll write you a {P} break on the renewal",
        "you're not going to sell electronic certificates through us, only your own plastic ones, so you'll get the certificate module in a cut down version, {P} under the full one",
        "seats for apprentices who cut models for free under a mentor's eye i'll price cheaper, by up to {P}",
    ],
}
HALF_T = {
    "ru": ["отдельный вход для мастера на фрилансе, который снимает у вас кресло пару дней в неделю, стоит ровно половину обычного места",
           "кабинет бровей и ресниц, куда клиентки ходят только по вечерам, мы посчитаем как половину полного тарифа"],
    "en": ["a separate login for a freelance master who rents a chair from you a couple of days a week costs exactly half a regular seat",
           "the brow and lash room your clients only use in the evenings we'll bill as half the full plan"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "мастер на аренде отдает салону {P} с каждой услуги, эту долю система удержит сама при расчете",
        "в среднем по нашим салонам без напоминаний срывается {P} записей, поэтому сообщение уходит клиентке за сутки до визита",
        "за долгие окрашивания многие салоны просят внести {P} при записи, и визит не подтверждается, пока деньги не дойдут",
        "бренд краски, с которым вы работаете, платит салонам бонус {P} за обучение мастеров на его курсах, это ваши с ним дела, к подписке они не относятся",
        "ваша программа лояльности начисляет клиентке баллами {P} от чека, а система следит, чтобы их не списали больше положенного",
        "вечерние онлайн записи у наших салонов прибавили за полгода {P}, после восьми администратору уже почти никто не звонит",
        "примерно {P} подарочных сертификатов так никто и не погашает, а деньги за них салон уже получил",
        "из за краски себестоимость окрашивания у вас поднялась на {P}, в карточке услуги ее придется пересчитать",
    ],
    "en": [
        "a master on chair rent hands the salon {P} of every service, the system holds that share back by itself when settling up",
        "across our salons, without reminders, {P} of bookings fall through on average, so the message goes to the client a day before the visit",
        "for long colouring jobs many salons ask for {P} at booking, and the visit isn't confirmed until the money comes in",
        "the hair colour brand you work with pays salons a {P} bonus for sending masters to its courses, that's a matter between you and the brand, the subscription isn't affected",
        "your loyalty programme puts {P} of each receipt back to the client as points, and the system makes sure no more than allowed gets spent",
        "evening online bookings at our salons have grown {P} in half a year, hardly anyone phones the front desk after eight",
        "roughly {P} of gift certificates never get redeemed, and the salon has already been paid for them",
        "because of the dye, your cost per colouring has risen {P}, it will have to be recalculated in the service card",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня барбершоп на два кресла в спальном районе, сделаете мне {P}?",
            "не сделаю, прайс у нас общий, и для маленьких барбершопов мы его не двигаем")],
    "en": [("i've got a two chair barbershop out in a residential area, will you do {P} for me?",
            "i won't, we have one price list for all, and small barbershops don't get it moved")],
}
CHANNEL_T = {
    "ru": [
        "у меня свой блог про барбершопы, так что {MSG} у меня открыт с личного аккаунта с утра до ночи, пишите туда, а не в рабочий чат",
        "по субботам я подрабатываю, делаю прически невестам, рабочий телефон оставляю дома, так что в выходные звоните на мой, {PPHONE}",
        "прайс вашего поставщика краски перешлите мне на мою почту, не на рабочую, {PEMAIL}, сравню с тем, что мне дают знакомые дистрибьюторы",
        "макет подарочного сертификата пришлите картинкой в {MSG}, мне лично, не на рабочий аккаунт, у меня есть знакомый дизайнер, нарисуем вечером без всякой заявки через компанию",
        "договор аренды кресла для ваших мастеров я вам набросаю сам, в свободное время, пришлите ваши условия на почту, которая у меня для своих дел, {PEMAIL}, компания тут ни при чем",
        "если клиентка пожалуется, что ее записали к мастеру дважды, дайте ей мой номер, он не служебный, {PPHONE}, я сам все улажу, без обращения в поддержку",
        "перед продлением наберите меня на личный, {PPHONE}, а в кабинете кнопку не жмите, я вам сделаю условия по человечески",
    ],
    "en": [
        "i keep a blog about barbershops, so my personal {MSG} account is open from morning till night, write there rather than the work chat",
        "on saturdays i do bridal hair on the side and leave the work phone at home, so at weekends try mine instead, {PPHONE}",
        "forward your dye supplier's price list to a box that's mine and not the company's, {PEMAIL}, i'll hold it up against what distributors i know give me",
        "send the gift certificate mock up as a picture to me personally in {MSG}, not the work account, i know a designer, we'll draw it up in the evening without any request through the company",
        "i'll sketch out a chair rental agreement for your masters myself in my spare time, send your terms to my side work inbox, {PEMAIL}, the company isn't involved",
        "if a client complains she was booked with a master twice, give her my number, it isn't a work one, {PPHONE}, i'll smooth it over myself, no support ticket",
        "before you renew, call me first on the phone i carry for myself, {PPHONE}, and don't press the button in your account, i'll sort you out decent terms",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "оценку мастеру после визита клиентка ставит в официальном аккаунте платформы в {MSG}, отзыв сразу попадает в ваш кабинет",
        "если оплата картой не подтянулась в запись, звоните в платежный отдел компании, {CPHONE}, по субботам он тоже на связи",
        "заявки на попадание салона в каталог мастеров отправляйте на общий ящик модераторов, {CEMAIL}, кто из них свободен, тот и возьмет",
        "разборы трендов от брендов партнеров компания раз в неделю публикует у себя в {MSG}, в официальном канале",
    ],
    "en": [
        "the client rates her master after the visit in {MSG}, through the official platform account, and the review lands straight in your dashboard",
        "if a card payment hasn't pulled through into the booking, call the company's payments desk, {CPHONE}, they work saturdays too",
        "requests to get your salon into the masters' catalogue are handled by the catalogue moderators, write to their shared mailbox, {CEMAIL}",
        "every week the company's trend breakdowns from partner brands come out in {MSG}, on its official channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["после выпускных и свадебного сезона у вас станет посвободнее, тогда и созвонимся, если сами захотите",
           "сначала обсудите с мастерами, им в этой записи работать каждый день, а я подожду, сколько понадобится",
           "если по старинке, с тетрадкой записи на стойке, вам пока удобнее, ничего менять не нужно, я просто оставлю ссылку на демонстрационный салон, загляните, когда выпадет свободный вечер"],
    "en": ["once proms and the wedding season are over you'll have more breathing room, let's talk then, if you want to",
           "go over it with your masters first, they're the ones booking in it every day, i can wait however long that takes",
           "if the old way with the booking notebook on the counter suits you for now, there's nothing to change, i'll just leave a link to the demo salon, have a look when a free evening comes along"],
}
