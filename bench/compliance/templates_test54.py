"""Sentence templates for the "test54" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a reservations and table-management platform for
restaurants (table bookings and deposits, no-show fees, waiting lists, banquet
menus, floor plans, guest notes and allergies) to restaurant owners, managers,
hostesses and banquet managers. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test52.py (ru first names, surnames and patronymics from Н to Я, en
first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the only
sommelier, who knows which wines are held back for banquets and should get a
message about every booking with a wine pairing, the one work mobile on the
hostess stand shared by hostesses who change every other day, a head waiter
who seats guests off the floor plan and is to be nudged when a booking falls
through, a pastry chef who takes banquet cake orders herself and is to be rung
before she is at the oven, the booking number printed on the matchboxes left
on the table with the bill; banquet menus for the chef who works out the food
order from them, a weekly no-show report for the manager who decides which
guests no longer get a table held without a deposit, the banquet manager's
inbox that every wedding prepayment goes through; the card set up for buying
wine, a card read out of the bill folder a waiter has just brought, a managing
partner named before his card who nods along; the only person who moves the
floor plan and banquet tables, the person who warns the kitchen about guests'
allergies, a caller stepping away from the sink after a tray of glasses is
dropped; distractors with the bar's payment terminal id, a wine distributor's
delivery number checked against the cases, a seasonal menu tasting, a count
that grows with the banquet hall upstairs, a tasting set with wine pairing per
guest and the dining room carpets taken to the dry cleaners; discounts framed
as guests' deposits moved onto the vendor's checkout, a table tent with the
vendor's booking code on every table, the platform kept on at a lower fee
while the room is refurbished and only delivery runs, a second venue on the
embankment billed below list, the client's floor plan shown to future clients
as a sample, a lunch-only restaurant repriced on a daytime plan, a review in
the restaurateurs' community rewarded with a concession till the end of the
year, the commission on guests who come from the vendor's catalogue cut for
the first season, and a lowering coefficient for moving over with the guest
base and notes from the old system; half price as a summer terrace set up as a
separate room and a banquet menu module for places with hardly any banquets;
non-offers about the share of the deposit a no-show guest loses, the effect of
reminding guests the evening before, a meat supplier's reduction for paying on
delivery day, a landlord raising the rent, weekday evening occupancy, the
bank's fee for taking deposit payments, the share of guests with allergies and
the prepayment that confirms a banquet; a small family trattoria asking for a
cut; personal channels as a photo of the floor plan drawn on the wall sent to
the rep personally instead of a request to onboarding, a night-owl rep taking
friday night calls on his own number when support has stopped answering,
banquet menus sent to a mailbox the rep keeps for his own affairs because he
trained as a cook, notes on regulars collected in the rep's own messenger chat
before they go into the system, a rep away from the office for two weeks who
wants the stamped copy at his home inbox, a floor plan that comes apart mid
banquet reported straight to the rep's own cell, and the number the rep is
calling from given as his own to save; company channels as booking reminders
sent by the platform from the company's official messenger number, the
company's technical shift on a number manned all night for a booking widget
that will not load, invoices and closing documents from the finance
department's shared address and the company's official channel for
restaurateurs; polite closings as running the paper booking book alongside for
a month, letting the hostesses judge the floor plan, and waiting until the new
year banquet season is over).

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
    ("никита", "скатертин", "наумович"),
    ("розалина", "салфеткина", "юрьевна"),
    ("семен", "подносов", "оскарович"),
    ("ника", "фуршетова", "рашидовна"),
    ("тимофей", "половников", "романович"),
    ("софия", "сервизова", "павловна"),
    ("ян", "шампуров", "рудольфович"),
    ("яна", "тарелкина", "святославовна"),
    ("олег", "поваренков", "эмилевич"),
    ("сабина", "рюмкина", "оскаровна"),
]
EN_NAMES = [
    ("magnus", "pewterer"),
    ("noor", "whitbread"),
    ("odessa", "saltmarsh"),
    ("pascal", "turnbull"),
    ("ruby", "spooner"),
    ("soren", "wheatley"),
    ("tilda", "vintner"),
    ("umberto", "marchesi"),
    ("wren", "platt"),
    ("yara", "oakbridge"),
]
RU_LAT = {"никита": "nikita", "скатертин": "skatertin", "розалина": "rozalina", "салфеткина": "salfetkina",
          "семен": "semyon", "подносов": "podnosov", "ника": "nika", "фуршетова": "furshetova",
          "тимофей": "timofey", "половников": "polovnikov", "софия": "sofiya", "сервизова": "servizova",
          "ян": "yan", "шампуров": "shampurov", "яна": "yana", "тарелкина": "tarelkina",
          "олег": "oleg", "поваренков": "povarenkov", "сабина": "sabina", "рюмкина": "ryumkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "сомелье у нас один, только он знает, какие вина мы придерживаем под банкеты, пусть система шлет ему сообщение о каждой брони с винным сопровождением, {PHONE}",
        "хостес у входа меняются через день, но рабочий мобильный на стойке один и тот же, его и впишите для подтверждения броней, {PHONE}",
        "метрдотель приходит к открытию и сам рассаживает гостей по схеме зала, если бронь сорвется, пусть платформа теребит его, {PHONE}",
        "торты к банкетам наш кондитер принимает сама, позвоните ей до двух, пока она не встала к печи, {PHONE}",
        "номер для брони напечатан на каждом спичечном коробке, который мы кладем на стол вместе со счетом, {CPHONE}, по нему гости нам и звонят",
        # e-mail
        "банкетные меню на согласование пусть уходят нашему шефу, {EMAIL}, он по ним рассчитывает закупку продуктов",
        "отчет о неявках за неделю присылайте управляющей, {EMAIL}, по понедельникам она решает, кому из гостей больше не держать стол без депозита",
        "{EMAIL}, это ящик банкетного менеджера, через него проходят все предоплаты за свадьбы и юбилеи, так что договоры тоже туда",
        # card
        "подписку списывайте с карты, которую мы завели под закупку вина, на ней всегда есть остаток, {CARD}",
        "карта лежит в папке для счета у кассы, официант как раз поднес, зачитываю с лицевой стороны, {CARD}",
        "платить будет наш управляющий партнер, {NAME}, он стоит рядом со мной и кивает, номер его карты, {CARD}",
        # name
        "схему зала и банкетные столы двигает только {NAME}, остальным сотрудникам дайте брони видеть, но не трогать",
        "про аллергии гостей кухню предупреждает {NAME}, так что заметки о гостях пусть первым делом попадают к этому человеку",
        "{FIRST}, погодите, на кухне только что грохнули поднос с бокалами, секунду, отойду от мойки",
    ],
    "en": [
        # phone
        "there's a single sommelier on our staff and only he knows which wines we hold back for banquets, have the system message him about every booking with a wine pairing, {PHONE}",
        "the hostesses at the door change every other day, but there's one work mobile on the stand, put that in for booking confirmations, {PHONE}",
        "our head waiter comes in at opening and seats the guests off the floor plan himself, if a booking falls through have the platform nudge him, {PHONE}",
        "our pastry chef takes the banquet cake orders herself, ring her before two, before she's tied up at the oven, {PHONE}",
        "every matchbox we leave on the table with the bill carries our booking number, {CPHONE}, and guests dial it off the box",
        # e-mail
        "banquet menus waiting for sign off should go to our chef, {EMAIL}, he works out the food order from them",
        "send the weekly no show report to our manager, {EMAIL}, every monday she decides which guests don't get a table held any more without a deposit",
        "{EMAIL}, that's the banquet manager's inbox, every prepayment for weddings and birthdays goes through it, so the contracts go there as well",
        # card
        "bill the plan to the card we opened for buying wine, there's always a balance sitting on it, {CARD}",
        "the card's sitting in the bill folder by the till, a waiter just brought it over, i'm reading it out from the front, {CARD}",
        "our managing partner is paying, {NAME}, he's standing right next to me nodding, the number on his card is {CARD}",
        # name
        "only {NAME} moves the floor plan and the banquet tables around, let the rest of the staff see bookings but not touch them",
        "{NAME} is the one who warns the kitchen about guests' allergies, so the guest notes should reach that person first",
        "{FIRST}, hang on, somebody's just dropped a tray of glasses in the kitchen, i'm moving away from the sink, bear with me",
    ],
}
NOPII_T = {
    "ru": [
        "идентификатор терминала у нас на баре {BADCARD}, впишите его в настройки оплаты депозитов",
        "номер поставки от винного дистрибьютора {BADCARD}, по нему при приемке сверяют ящики",
        "дегустацию нового сезонного меню проводим {DATE}, повара начнут выкладывать подачи {TIME}",
        "а если считать вместе с банкетным залом на втором этаже, набегает {QTY}",
        "сет с винным сопровождением стоит у нас {PRICE} на гостя",
        "ковры из зала химчистка забирает {DATE}, машина приедет {TIME}, так что на тот вечер брони не принимайте",
    ],
    "en": [
        "the terminal id on our bar is {BADCARD}, the deposit payment settings need it",
        "the wine distributor's delivery number is {BADCARD}, the cases get checked against it when they arrive",
        "we're tasting the new seasonal menu {DATE}, the cooks start plating up {TIME}",
        "and if you count the banquet hall upstairs as well, it adds up to {QTY}",
        "the tasting set with the wine pairing is {PRICE} a guest here",
        "the dry cleaners collect the dining room carpets {DATE}, their van comes {TIME}, so don't take bookings for that evening",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если гости будут вносить депозиты через нашу оплату, а не через ваш терминал, каждый месяц будете отдавать нам на {P} меньше",
        "поставите на каждый стол табличку с нашим кодом для брони, и я за это скощу вам {P} с ежемесячного платежа",
        "пока зал на ремонте и вы работаете только на доставку, платформу мы вам оставим за минусом {P} от обычной платы",
        "подключите второе заведение, то, что на набережной, и счет за обе точки я выставлю ниже прайса на {P}",
        "разрешите нам показывать схему вашего зала будущим клиентам как образец, и подписку я вам за это удешевлю на {P}",
        "раз вы открыты только на обеды, а вечером зал пустует, пересчитаю вас по дневному тарифу, он легче на {P}",
        "оставите о нас отзыв в сообществе рестораторов, и до конца года я проведу вам {PA} льготу на абонентку",
        "комиссию с гостей, которые пришли к вам из нашего каталога, на первый сезон урежу на {P}",
        "переезжайте к нам вместе с базой гостей и заметками из старой системы, перенос сделаем сами, а к цене применим понижающий коэффициент в районе {PG}",
    ],
    "en": [
        "if guests pay their deposits through our checkout instead of your terminal, we'll bill you {P} less every month",
        "put a table tent with our booking code on every table, and in return each month's payment comes out {P} lighter",
        "while the dining room's being refurbished and you're only doing delivery, we'll keep the platform running for you at {P} under the normal fee",
        "hook up your second place, the one on the embankment, and i'll invoice both venues at {P} below list",
        "let us show your floor plan to our future clients as a sample, and the subscription gets {P} cheaper for you",
        "since you only open for lunch and the room sits empty in the evening, i'll reprice you on the daytime plan, which is {P} lower",
        "leave a review of us in the restaurateurs' community and i'll lock in {P} off your plan for the rest of the year",
        "the commission on guests who find you through our catalogue, i'll cut that by {P} for your first season",
        "bring your guest base and their notes over from the old system, we'll do the transfer ourselves and apply a reduction of around {P} to the price",
    ],
}
HALF_T = {
    "ru": ["летнюю веранду заводим отдельным залом, но берем за нее ровно половину того, что за основной",
           "модуль банкетных меню для тех, у кого банкетов меньше двух в месяц, идет у нас за полцены"],
    "en": ["we set the summer terrace up as a separate room but charge exactly half of what the main room costs",
           "the banquet menu module for places with fewer than two banquets a month goes at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "гость, который не пришел и не предупредил, по вашим правилам теряет {P} депозита, платформа удержит это сама",
        "по нашим данным, напоминание накануне визита сокращает неявки на {P}",
        "мясной поставщик дает вам {P} за оплату в день поставки, в себестоимости блюд это учтется",
        "арендодатель поднял вам аренду на {P}, так что стоит присмотреться, в какие вечера зал реально заполняется",
        "по будним вечерам зал у вас загружен примерно на {P}, это видно в отчете",
        "с каждого депозита, внесенного картой, банк оставляет себе {P}, это плата за эквайринг, мы с нее ничего не получаем",
        "гостей с аллергиями у вас в базе уже {P}, поэтому отметку об аллергии мы вынесли прямо на карточку стола",
        "банкет вы подтверждаете после предоплаты {P}, а счет на остаток платформа отправит гостю сама",
    ],
    "en": [
        "under your rules a guest who doesn't turn up and doesn't warn you forfeits {P} of the deposit, and the platform holds it back by itself",
        "going by our figures, reminding guests the evening before their visit cuts no shows by {P}",
        "your meat supplier gives you {P} for paying on the day of delivery, the dish costings take that into account",
        "your landlord has put the rent up {P}, so it's worth looking at which evenings the room actually fills",
        "on weekday evenings your room runs at about {P} occupancy, you can see it in the report",
        "on every deposit paid by card the bank takes {P} for acquiring, we don't see a penny of that",
        "guests with allergies already make up {P} of your base, so we've moved the allergy mark right onto the table card",
        "you confirm a banquet once {P} has been prepaid, and the invoice for the rest goes to the guest from the platform automatically",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас маленькая семейная траттория, мест пару десятков, неужели не сбавите {P}?",
            "нет, не сбавлю, цена считается за заведение, а не за посадочные места, и для всех она одна")],
    "en": [("we're a little family trattoria with a couple of dozen seats, surely you can drop {P}?",
            "no, i won't drop it, the price is per venue, not per seat, and nobody pays a different one")],
}
CHANNEL_T = {
    "ru": [
        "сфотографируйте схему зала, как она у вас нарисована на стене, и перешлите в {MSG}, на мой личный аккаунт, столы в системе я расставлю своими руками, заявку в отдел внедрения можно не писать",
        "в пятницу вечером, когда у вас самая посадка, поддержка уже не отвечает, так что звоните мне, номер мой, не служебный, {PPHONE}, я все равно сова",
        "банкетные меню скидывайте на почтовый ящик, который я держу для своих дел, {PEMAIL}, я по образованию повар, сам соображу, как их завести, и в очереди в поддержку стоять не придется",
        "заметки про ваших постоянных гостей, кто что любит и у кого на что аллергия, давайте я пока буду собирать в {MSG}, в нашей с вами личной переписке, а в систему перенесем потом",
        "меня с понедельника две недели не будет в офисе, но вашей подписи я дождусь, экземпляр с печатью перешлите мне на домашний ящик, {PEMAIL}, служебный я в это время не открываю",
        "если в субботу посреди банкета у вас рассыплется схема зала, не висите на линии, дергайте меня напрямую, {PPHONE}, это мой личный сотовый, к работе он не привязан",
        "номер, с которого я вам сейчас звоню, мой собственный, сохраните его, {PPHONE}, с офисного я больше набирать не буду",
    ],
    "en": [
        "take a photo of the floor plan the way you've got it drawn on the wall and forward it to my personal {MSG} account, i'll lay out the tables in the system with my own hands, no need to write to onboarding",
        "on a friday night when you're at your busiest, support has already stopped answering, so ring me, the number's mine, not the company's, {PPHONE}, i'm a night owl anyway",
        "drop the banquet menus into a private mailbox of mine, {PEMAIL}, i trained as a cook, i'll figure out how to enter them and you won't have to queue for support",
        "the notes on your regulars, who likes what and who's allergic to what, let me collect them in my own {MSG} chat with you for now, and we'll move them into the system later",
        "i'm out of the office for two weeks from monday, but i'll wait for your signature, have the stamped copy sent over to the mailbox i check from home, {PEMAIL}, i don't open the work one while i'm away",
        "if the floor plan comes apart mid banquet on saturday, don't hang on the line, get hold of me direct, {PPHONE}, that's my personal cell, it's got nothing to do with work",
        "the number i'm calling you from right now is my own, save it, {PPHONE}, i won't be ringing from the office one any more",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания о брони гостям рассылает сама платформа, с официального номера компании в {MSG}, подписываясь названием вашего ресторана",
        "если виджет бронирования ночью не грузится, это к технической смене компании, она всю ночь дежурит на телефоне, {CPHONE}",
        "счета за подписку и закрывающие документы приходят с общего адреса финансового отдела компании, {CEMAIL}, отвечать можно туда же, письма читает весь отдел",
        "для рестораторов компания завела официальный канал в {MSG}, где выкладывают новости платформы и разборы свежих функций",
    ],
    "en": [
        "booking reminders go out to guests from the platform itself, from the company's official {MSG} number, in your restaurant's name",
        "a booking widget that won't load at night is a job for the company's technical shift, they sit on a number that's manned all night, {CPHONE}",
        "subscription invoices and closing documents come from the finance department's shared address, {CEMAIL}, you can reply there, the whole department reads it",
        "for restaurateurs the company has set up an official {MSG} channel, platform news and breakdowns of fresh features get posted there",
    ],
}
NOT_PRESSURE = {
    "ru": ["поработайте месяц параллельно с бумажной книгой броней, сравните, и только потом решайте, я вас не тороплю",
           "покажите схему зала в системе вашим хостес, если им неудобно, значит, не подходит, на том и разойдемся, без обид",
           "переживите сначала новогодний сезон банкетов, а после созвонимся, сейчас вам явно не до новой системы"],
    "en": ["run the paper booking book alongside it for a month, compare the two, and only then decide, i'm not rushing you",
           "let your hostesses try the floor plan in the system, if they struggle with it, then it isn't a fit, and that's the end of it, no grudges",
           "once the new year banquet rush is behind you, we'll talk, right now you clearly have no time for a new system"],
}
