"""Sentence templates for the "test62" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and rental platform for ski schools and ski
and snowboard rental shops at mountain resorts (lesson booking with
instructors, group and private lessons, equipment rental by the day, boot
fitting, lift pass bundles, season storage of skis) to school directors,
rental shop owners, head instructors, boot fitters and front desk staff.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test60.py (ru first names,
surnames and patronymics from Н to Я, en first names and surnames from M to
Z), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (a head instructor out on the slope all day who
only gets his phone out on the chairlift and should be texted about cancelled
group lessons, the one fitter who heat moulds boot liners and wants fitting
bookings to land with him, a neighbour in the village who runs the ski storage
and waxes everything before it goes back out, the watchman who unlocks the
rental shop and must hear about early groups, the school's line printed on the
back of every lift pass handed out with a lesson; travel agents' group lesson
requests sent to the administrator who sorts groups among instructors the
night before, the weekly rental deposit reconciliation copied to a bookkeeper
working remotely from town, after lesson reviews read by a director who once
coached the national team; the card snowboard deposits are taken on, kept
under the rental counter, a caller pulling off a glove because a card cannot
be held in a mitten, the shop's other owner named before the card he sent as a
photo; the only person allowed to change the instructors' schedule, the person
who picks ski lengths for children, a caller drowned out by a loudspeaker
closing the top lift for wind; distractors with the tag on a stored ski bag,
an edge sharpening machine's serial, new runs opening on the north face, the
size of the rental fleet, a day's rental of a full set with boots and stored
skis going back out; discounts framed as customers checking out rentals at a
self service kiosk instead of a cashier, the off season months cut out of the
annual bill, a lower commission on lesson and lift pass bundles, a trimmed
subscription for bringing over the rental shop at the bottom station, a season
price fixed with a share taken off for signing before the first snow, a
filming day for the vendor's website paid for with a cut, a concession for
moving ski storage over too, a lower commission on weekday private lessons and
a per seat rate dropped once snowboard instructors are added; half price as a
rental till open only over the new year holidays and a trainee who only
teaches taster lessons; non-offers about a snowboard deposit, a regional
resort fee, the lift company's agent's cut on passes, growth in demand for
private lessons, beginners who buy a lesson pack after the first lesson, a wax
wholesaler's reduction for stocking up for the season, damage cover on rented
gear and rented sets coming back with gouged bases; a tiny hotel basement
rental asking for a cut; personal channels as a rep skiing at the client's
resort who wants photos of broken bindings on his own messenger account, a
work phone with no signal in the mountains replaced by the rep's personal
number, a list of instructors sent to the rep's private e-mail because the
work one bounces large files, a rep away from the office once the season
starts who wants messages on his own number rather than the support chat, a
non-standard storage contract sent from the rep's personal mailbox, a rep who
wants his cell called when the rental till goes down on a saturday morning,
and a rep leaving to start up on his own who asks the school to save his
personal number; company channels as the company's bot sending lesson
reminders in the school's name, the company's round the clock line for a
turnstile that will not open, the company accounts team's shared address for
closing documents and the company's official channel for ski schools; polite
closings as waiting until after the new year peak, trial access for the
instructors to try between lessons and seeing the season out on spreadsheets
until the snow is gone).

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
    ("севир", "сугробов", "онисифорович"),
    ("пелагия", "склонова", "памфиловна"),
    ("ставр", "порошин", "радимович"),
    ("текуса", "трамплинова", "ратиборовна"),
    ("радован", "палкин", "светозарович"),
    ("саломея", "пургина", "селифановна"),
    ("фирсан", "ратраков", "стоянович"),
    ("хавронья", "флажкова", "христофоровна"),
    ("ярема", "наледин", "эразмович"),
    ("юния", "прокатова", "януарьевна"),
]
EN_NAMES = [
    ("ransom", "winterflood"),
    ("tallulah", "mountford"),
    ("pelham", "whinfell"),
    ("minerva", "quayle"),
    ("thorburn", "vosper"),
    ("oriana", "pinkerton"),
    ("ulick", "moorcroft"),
    ("verbena", "yewdall"),
    ("zebadiah", "ottershaw"),
    ("petronilla", "skelding"),
]
RU_LAT = {"севир": "sevir", "сугробов": "sugrobov", "пелагия": "pelagiya", "склонова": "sklonova",
          "ставр": "stavr", "порошин": "poroshin", "текуса": "tekusa", "трамплинова": "tramplinova",
          "радован": "radovan", "палкин": "palkin", "саломея": "salomeya", "пургина": "purgina",
          "фирсан": "firsan", "ратраков": "ratrakov", "хавронья": "khavronya", "флажкова": "flazhkova",
          "ярема": "yarema", "наледин": "naledin", "юния": "yuniya", "прокатова": "prokatova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старший инструктор целый день на склоне и достает телефон только в кресле подъемника, так что отмены групповых занятий пусть прилетают ему сообщением, {PHONE}",
        "ботинки у нас подгоняет один мастер, он греет внутренники прямо по ноге клиента, и запись на подгонку должна падать сразу к нему, {PHONE}",
        "сезонным хранением лыж заведует мой сосед по поселку, он же их и смазывает перед выдачей, впишите в карточку хранения его номер, {PHONE}",
        "прокат по утрам отпирает сторож, ему надо знать, если группа приедет раньше открытия, вот его мобильный, {PHONE}",
        "номер нашей школы напечатан на обороте каждого скипасса, который мы выдаем вместе с уроком, {CPHONE}, по нему и звонят, если кто то отбился от группы",
        # e-mail
        "заявки от турагентств на групповые занятия перекидывайте нашему администратору, {EMAIL}, она с вечера раскладывает группы по инструкторам",
        "сверку по залогам за прокатное снаряжение раз в неделю ставьте копией нашему бухгалтеру, он ведет нас удаленно из города, {EMAIL}",
        "отзывы после занятий собирайте на {EMAIL}, их читает директор школы, он когда то тренировал сборную",
        # card
        "платить будем той картой, на которую принимаем залоги за сноуборды, она лежит тут же под стойкой выдачи, {CARD}",
        "погодите, стяну перчатку, в варежке карту не удержать, ага, вот, {CARD}",
        "оплачивает совладелец проката, {NAME}, он скинул мне фотографию своей карты, читаю прямо с экрана, {CARD}",
        # name
        "менять расписание инструкторов разрешите только {NAME}, остальные пусть видят свою сетку, но ничего в ней не двигают",
        "ростовки лыж для детей подбирает {NAME}, так что если в брони не указан вес ребенка, уточняйте напрямую",
        "{FIRST}, секундочку, по громкой связи объявляют, что верхний подъемник закрывают из за ветра, я ничего не слышу, назовите цену еще раз",
    ],
    "en": [
        # phone
        "our head instructor is out on the slope all day and only gets his phone out on the chairlift, so have the group lesson cancellations text him, {PHONE}",
        "one fitter does all our boots, he heat moulds the liners right to the customer's foot, so fitting bookings should land straight with him, {PHONE}",
        "the ski storage is looked after by my neighbour from the village, he waxes every pair before it goes back out, his number belongs on the storage card, {PHONE}",
        "the watchman unlocks the rental shop in the mornings, he needs to know if a group turns up before opening, here's his mobile, {PHONE}",
        "every lift pass we give out with a lesson carries our school's number on the reverse, {CPHONE}, that's who people ring when somebody drops behind the group",
        # e-mail
        "pass the travel agents' group lesson requests on to our administrator, {EMAIL}, she sorts the groups among the instructors the night before",
        "once a week copy the rental deposit reconciliation to our bookkeeper, he does our books remotely from town, {EMAIL}",
        "collect the after lesson reviews at {EMAIL}, the school's director reads them, he used to coach the national team",
        # card
        "use the card we take the snowboard deposits on, it sits right here under the rental counter, {CARD}",
        "hang on, let me pull my glove off, you can't hold a card in a mitten, there we go, {CARD}",
        "the other owner of the rental shop is paying, {NAME}, he messaged me a picture of his card, i'm reading it off the screen, {CARD}",
        # name
        "only {NAME} should be allowed to change the instructors' schedule, the rest can see their own rota but shouldn't move anything in it",
        "{NAME} picks the ski lengths for the kids, so if a booking doesn't give the child's weight, check with them directly",
        "{FIRST}, one second, the loudspeaker's announcing that the top lift is closing because of the wind, i can't make out a word, give me the price again",
    ],
}
NOPII_T = {
    "ru": [
        "на бирке чехла с лыжами, которые сдали на лето, напечатано {BADCARD}, по этой бирке их и выдают осенью",
        "заводской номер станка для заточки кантов {BADCARD}, сервис первым делом его и спросит, если станок опять встанет",
        "новые трассы на северном склоне открывают {DATE}, первые группы поднимаем наверх {TIME}",
        "если я правильно услышал, в прокате у вас {QTY}, стартового пакета хватит с запасом",
        "сутки проката полного комплекта с ботинками у вас стоят {PRICE}, шлем идет бесплатно",
        "лыжи с летнего хранения начнем возвращать владельцам {DATE}, окно выдачи открывается {TIME}",
    ],
    "en": [
        "the tag on the ski bag left with us for the summer reads {BADCARD}, that's the tag we hand them back against in the autumn",
        "the edge grinder's serial is {BADCARD}, note it down for the repair firm in case the machine seizes up again",
        "they're opening the new runs on the north face {DATE}, we take the first groups up {TIME}",
        "if i heard you right, you've got {QTY} in the rental shop, the starter package covers that with room to spare",
        "a day's rental of a full set with boots is {PRICE} at your place, the helmet comes free",
        "skis kept in summer storage start going back to their owners {DATE}, the collection window opens {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если клиенты будут сами подбирать размер и оформлять прокат на терминале у входа, без вашего кассира в системе, лицензия подешевеет на {P}",
        "летом склон стоит, и платформа у вас все равно простаивает, так что межсезонные месяцы я из годового счета выкину, и год выйдет легче на {P}",
        "продавайте скипасс в одном заказе с уроком, и с каждой такой связки мы будем брать комиссию меньше на {P}",
        "перетащите к нам прокат у нижней станции, и я урежу вашу абонентку на {P} начиная с того месяца, когда они подпишут договор",
        "подпишете договор до первого снега, и стоимость сезона я зафиксирую за вами с вычетом {P}",
        "пустите нашу съемочную группу на свой склон снять ролик для сайта, а в благодарность за съемку я срежу со счета {P}",
        "переведете к нам еще и хранение лыж, оформлю вам {PA} льготу на весь сезон",
        "комиссию с частных уроков, забронированных на будни, я понижу на {P}, а выходные оставим как есть",
        "заведите в систему и инструкторов по сноуборду, и ставку за каждое место я опущу, в сумме выгадаете что то около {PG}",
    ],
    "en": [
        "if customers pick their own sizes and check out their rental at the kiosk by the door, without your cashier in the system, the licence price falls {P}",
        "the slope's shut in summer and the platform just sits idle, so i'll cut the off season months out of the annual bill, and the year works out {P} lighter",
        "sell the lift pass in the same order as the lesson, and on every bundle like that we'll take {P} less commission",
        "talk the rental shop by the bottom station into joining us, and your subscription goes down {P} from the month they sign",
        "get the contract signed ahead of the first snowfall, and the season's price is locked in for you with {P} taken off",
        "let our film crew shoot a clip for our site on your slope, and as thanks for the filming day your bill shrinks {P}",
        "move your ski storage over to us too and you get a {P} concession for the whole season",
        "the commission on private lessons booked for weekdays i'll lower by {P}, weekends stay as they are",
        "add the snowboard instructors too and the per seat rate drops, the saving comes to somewhere around {P}",
    ],
}
HALF_T = {
    "ru": ["касса проката, открытая только на новогодние каникулы, будет стоить вам ровно половину обычной лицензии",
           "место в расписании для стажера, который ведет лишь пробные уроки, стоит ровно половину обычного"],
    "en": ["a rental till that only opens over the new year holidays costs you half a normal licence",
           "a schedule seat for a trainee who only teaches taster lessons costs precisely half the standard seat"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "под сноуборд с клиента берется залог, {P} от стоимости доски, платформа вернет его на карту, как только доску сдадут",
        "курортный сбор у вас в регионе {P}, система сама добавит его в чек отдельной строкой",
        "подъемник берет с вас агентское вознаграждение, {P} с каждого проданного скипасса, в отчетах оно будет видно отдельно",
        "в прошлом сезоне спрос на частные уроки на курорте вырос на {P}, поэтому расписание инструкторов лучше собирать заранее",
        "по нашим данным, {P} новичков после первого урока берут еще и пакет занятий",
        "оптовик, у которого вы берете парафин и мази, отпускает их на {P} дешевле при закупке на весь сезон, в себестоимость сервиса это попадет само",
        "страховка от поломки снаряжения обходится клиенту в {P} от суммы аренды, платформа предложит ее при оформлении проката",
        "примерно {P} прокатных комплектов возвращаются с задирами на скользящей, и на каждую такую пару система заводит заявку в мастерскую",
    ],
    "en": [
        "for a snowboard the customer leaves a deposit, {P} of the board's value, the platform puts it back on their card as soon as the board is returned",
        "your region charges a resort levy of {P}, the system prints it on the receipt separately",
        "the lift company takes an agent's cut from you, {P} of every pass sold, the reports show it separately",
        "last season demand for private lessons at the resort went up {P}, so it pays to put the instructors' schedule together early",
        "our data shows {P} of beginners sign up for a pack of lessons after the first one",
        "the wholesaler you get wax and glide from lets you have it {P} cheaper when you stock up for the whole season, that goes into the cost of servicing by itself",
        "damage cover on the gear costs the customer {P} of the rental total, the platform offers it at checkout",
        "roughly {P} of rented sets come back with gouges in the base, and the system opens a workshop ticket for every such pair",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас крошечный прокат в подвале гостиницы, всего один стеллаж лыж, может, сбросите {P}?",
            "нет, не сброшу, тариф у нас единый, хоть у вас один стеллаж, хоть целый ангар")],
    "en": [("we're a tiny rental in a hotel basement, just one rack of skis, how about {P} off for a little place like ours?",
            "no, i'm afraid not, the rate doesn't depend on size, one rack or a whole hangar, it's the same money")],
}
CHANNEL_T = {
    "ru": [
        "я сам на этой неделе катаюсь у вас на курорте, так что фотографии сломанных креплений и вопросы кидайте мне в {MSG}, аккаунт я завел сам, компания к нему отношения не имеет, отвечу прямо с подъемника",
        "служебный телефон в горах у меня без сети, поэтому запишите мою личную симку, {PPHONE}, по ней дозвонитесь хоть на вершину",
        "список инструкторов с категориями скиньте лучше на адрес, куда мне пишут друзья и родня, {PEMAIL}, служебный режет вложения больше пары мегабайт",
        "после старта сезона меня в офисе не будет, так что все вопросы шлите в {MSG}, мне лично, на мой собственный номер, а чат поддержки не трогайте, я сам все поправлю",
        "договор на хранение, который не влезает в наш стандартный шаблон, я составлю сам и отправлю с личного адреса, {PEMAIL}, скан с подписью присылайте обратно на него",
        "если в субботу утром у вас ляжет касса проката, поддержку не ждите, звоните мне на мой сотовый, {PPHONE}, я по выходным все равно встаю рано",
        "я скоро увольняюсь и открываю свое дело, но вашу школу хотел бы вести и дальше, так что сохраните мой личный номер, {PPHONE}",
    ],
    "en": [
        "i'm skiing at your resort myself this week, so photos of broken bindings, questions, whatever, send them my way on {MSG}, i set that account up myself, the company has nothing to do with it, i'll answer from the chairlift",
        "the company phone has no coverage up in the mountains, so jot down my personal one, {PPHONE}, it'll find me even at the summit",
        "send me the list of instructors with their grades at my home email, {PEMAIL}, the work one bounces anything over a couple of megabytes",
        "once the season opens i'm hardly ever at the office, so use {MSG}, the one on my own number, and leave the support chat alone, i'll fix it myself",
        "the storage contract that doesn't fit our standard template i'll draw up myself at home and email over from my own inbox there, {PEMAIL}, post the signed scan back to it",
        "if your rental till goes down on a saturday morning, don't wait for support, try my cell directly, {PPHONE}, i'm up early at weekends anyway",
        "i'm leaving soon to start up on my own, but i'd like to keep looking after your school, so save my personal number, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание о начале урока и месте сбора у флажка клиенту присылает бот компании в {MSG}, подписанный названием вашей школы",
        "если турникет не пускает по скипассу, купленному вместе с уроком, пусть клиент набирает дежурный номер компании, {CPHONE}, он работает круглые сутки, там сидит техподдержка",
        "закрывающие документы за сезон рассылает бухгалтерия компании с общего ящика, {CEMAIL}, его разбирает весь отдел, так что ответ не потеряется",
        "компания держит в {MSG} официальный канал для горнолыжных школ, там выходят новости о доработках платформы перед сезоном",
    ],
    "en": [
        "the lesson start and the gathering spot by the flag reach the customer through the company's bot on {MSG}, under your school's banner",
        "if the turnstile won't take a lift pass bought with a lesson, the customer should phone the company's helpdesk, {CPHONE}, somebody from tech support picks up at any hour",
        "closing documents for the season are sent by the company's accounts team from a shared mailbox, {CEMAIL}, the whole department works through it, so a reply won't go astray",
        "there's an official company channel for ski schools on {MSG}, platform updates get announced there before each season",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала переживите новогодние каникулы, в самый пик вам не до внедрения, а в феврале созвонимся, если захотите",
           "раздайте пробный доступ инструкторам, пусть потыкают в него между уроками и скажут, годится ли, а с ответом я вас не тороплю",
           "спокойно досидите сезон на своих таблицах, весной, когда снег сойдет, разберетесь, нужна ли вам платформа, а я на связи"],
    "en": ["let the new year rush pass first, there's no time for a rollout at the peak, we can talk in february if you like",
           "hand the trial access to your instructors, let them poke around in it between lessons and tell you if it's any good, i'm in no rush for an answer",
           "see the season out on your spreadsheets, in spring once the snow's gone you'll work out whether you need the platform, and i'm here when you do"],
}
