"""Sentence templates for the "test85" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a job-scheduling, inspection-certificate and stock
platform to chimney-sweeping and wood-stove / fireplace installation firms
(chimney sweeps booked house by house, flue inspections with a camera run up
the pipe, soot and carbon monoxide checks with a gas analyser, certificates
that insurers ask for, stove showrooms with cast iron stoves, door glass and
flue pipe stock, brick stoves rebuilt by an old mason, the seasonal rush
before winter) to firm owners, sweeps and roofers, showroom managers, an
insurance agent, a village association chairman, the owners' relatives and
the people who file the paperwork. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test84.py (rare ru calendar first names, ru surnames built on stove
and chimney words, rare ru patronymics, en first names of Frisian stock, en
surnames built on soot, flue, hearth and ash words), and verbs, introducing
words and sentence shapes that differ from every template of all earlier
parts (a village association chairman who goes round the houses every autumn
and books the sweep for a whole day, a roofer whose mobile is given first and
who cannot answer with his rods in his hands, an insurer's agent who will not
renew a policy until the flue is signed off, an old stove mason off the books
reached on his home line before nine at night, the firm's number on a tag
hung on the damper after every sweep; flue certificates for a daughter who
files them by house because the husband loses paper in the van, showroom
stock for a manager alone on saturdays, flue camera footage for an architect
designing a house with two fireplaces; a card fetched from a jacket after
climbing down a stepladder by a fireplace hood, the showroom card read out
before anything is said about it, a mother in law whose cottage stoves are
swept for free named before her card; the one sweep allowed to sign a
fireplace as safe to light, every camera inspection put down to the one
person who takes the camera out, a caller whose client's carbon monoxide
alarm goes off during a test firing; distractors with a gas analyser's serial
number and its yearly calibration, a batch number of heat resistant door
glass, the earliest sweep in a packed autumn, the size of the firm from last
year's figures, the price of a cast iron stove by the showroom door and a
stove rebuild with the clay soaked the night before; discounts framed as a
sweep filmed for the vendor's training video, the whole heating season paid
up front, the showroom catalogue loaded by the client without the vendor's
onboarding person, a talk at a stove fitters' guild meeting, anonymised
carbon monoxide readings lent to the vendor's study, a two year contract, the
showroom and flue pipe stock brought on board with the crews, certificates
handed out only electronically, and a route planner trialled on the crews in
the thick of november; half price as a login for an apprentice who only
carries the ladder and the summer months when hardly anyone books a sweep;
non-offers about house fires starting in unswept flues, october bookings
above the average month, insulated flue pipe getting dearer at the factory,
an insurer cutting a payout when there is no sweep certificate, a call out
supplement for far villages, carbon monoxide above the safe level, soot
building up faster from wet wood and clients who come back every year; a one
man sweep with one old van asking for a cut; personal channels as photos of
cracked brickwork sent to the rep's own account because he used to build
stoves, a rep's weekend sweeping on the side discussed on his own number, a
dealer friend's price list for fireplace inserts sent from his private
mailbox, a rep's own number handed out because the work line keeps people
waiting in peak season, a client's real turnover sent to the rep personally so
his boss does not see it, a rep's own fireplace channel run in the evenings,
and a rep on leave who handed in his work phone; company channels as the
company's official bot asking homeowners to move the car from the gate, the
company's support line open seven days a week through the autumn, the
documents team's shared inbox for certificate copies and the company's
official channel for chimney sweeps; polite closings as getting through the
season on paper certificates and talking again in spring, leaving it to the
head sweep who is on the roofs most, and starting with the showroom alone with
no strings attached).

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
    ("дометий", "вьюшкин", "евплович"),
    ("анфуса", "копотина", "агафоподовна"),
    ("акепсим", "дымоходов", "филагриевич"),
    ("пиама", "заслонкина", "ермиевна"),
    ("епимах", "шиберов", "кукшевич"),
    ("препедигна", "колосникова", "исихиевна"),
    ("мемнон", "поддувалов", "аммосович"),
    ("синклитикия", "изразцова", "феогниевна"),
    ("полихроний", "зольников", "авивович"),
    ("македония", "топочкина", "поплиевна"),
]
EN_NAMES = [
    ("sjoerd", "sootley"),
    ("tjitske", "flewitt"),
    ("hylke", "hearthcote"),
    ("baukje", "cinderwell"),
    ("wiebe", "damperley"),
    ("jeltje", "chimleigh"),
    ("sietse", "clinkerby"),
    ("aukje", "grateford"),
    ("jorrit", "sweepstone"),
    ("femke", "emberlow"),
]
RU_LAT = {"дометий": "dometiy", "вьюшкин": "vyushkin", "анфуса": "anfusa", "копотина": "kopotina",
          "акепсим": "akepsim", "дымоходов": "dymokhodov", "пиама": "piama", "заслонкина": "zaslonkina",
          "епимах": "epimakh", "шиберов": "shiberov", "препедигна": "prepedigna", "колосникова": "kolosnikova",
          "мемнон": "memnon", "поддувалов": "podduvalov", "синклитикия": "sinklitikiya",
          "изразцова": "izraztsova", "полихроний": "polikhroniy", "зольников": "zolnikov",
          "македония": "makedoniya", "топочкина": "topochkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "председатель нашего коттеджного поселка каждую осень обходит дворы, собирает, кому чистить трубы, и заказывает нас на целый день, его номер {PHONE} впишите контактом поселка, через него и согласовывайте очередь",
        "мобильный нашего кровельщика, {PHONE}, только учтите, на крыше он трубку не берет, руки заняты ершами, так что адреса на завтра ему лучше сообщением",
        "агент страховой, где застрахована половина домов с каминами в нашем районе, просит звонить ей, как только мы подпишем акт по трубе ее клиента, без этого она полис не продлевает, номер у нее {PHONE}",
        "если у клиента треснула кладка, мы зовем старого печника, он у нас не в штате, но перекладывать такие печи больше некому, звоните ему на домашний, {PHONE}, и лучше до девяти вечера",
        "после каждой чистки мастер вешает на вьюшку бирку с датой и общим номером нашей фирмы, {CPHONE}, так что если тяга снова пропадет, хозяева звонят туда, а не мастеру",
        # e-mail
        "акты по дымоходам пусть уходят на почту дочери, {EMAIL}, она их распечатывает и раскладывает по папкам домов, а то у мужа бумажки вечно теряются в машине",
        "остатки печей в шоуруме и заказы на стекло для дверец пусть падают администратору салона, по субботам она там одна за всех, вот ее адрес, {EMAIL}",
        "видео, которое мы снимаем камерой внутри трубы, хочет получать архитектор, он сейчас проектирует клиенту дом с двумя каминами, почту он продиктовал сам, {EMAIL}",
        # card
        "подождите, я на стремянке под потолком, с камина зонт снимаю, сейчас слезу и достану карту из куртки, так, вот она, {CARD}",
        "{CARD}, это карта шоурума, на нее нам платят за печи, с нее же спокойно можете списывать и подписку",
        "платить за систему согласилась теща, {NAME}, мы ей на даче три печки чистим бесплатно, так что это она в ответ, карта ее, номер она мне прислала сообщением, {CARD}",
        # name
        "подписывать акт о том, что камин можно топить, у нас имеет право только {NAME}, у этого мастера есть допуск, остальные пусть только чистят и нигде не расписываются",
        "на время осеннего наплыва все заявки с осмотром трубы камерой ставьте на {NAME}, камера у нас одна, и возит ее только этот мастер",
        "{FIRST}, минуту, у клиента запищал датчик угарного газа, пока мы растапливали печь на пробу, я открою окна и сразу вам перезвоню",
    ],
    "en": [
        # phone
        "the chairman of our village association goes round every autumn asking who wants their chimney done and books us for the whole day, put his number, {PHONE}, down as the village contact and sort out the order of houses with him",
        "that's our roofer's mobile, {PHONE}, but bear in mind he won't answer while he's up on a roof with his rods and brushes, so text him tomorrow's addresses",
        "the agent at the insurer that covers half the houses with fireplaces round here wants a call as soon as we sign off a client's flue, she won't renew the policy without it, her number's {PHONE}",
        "when a client's brickwork cracks we bring in the old stove mason, he isn't on our books but nobody else can rebuild those stoves, ring him at home on {PHONE}, preferably before nine at night",
        "after every sweep the lad hangs a tag on the damper with the date and our firm's main number, {CPHONE}, so if the draught goes again the owners ring that and not the sweep",
        # e-mail
        "send the flue certificates to my daughter's email, {EMAIL}, she prints them and files them by house, otherwise my husband loses the paperwork in the van",
        "the showroom stock and the orders for stove door glass should go to the showroom manager, she's on her own there on saturdays, her address is {EMAIL}",
        "the architect wants the footage from the camera we run up the flue, he's designing a house with two fireplaces for a client, he spelled out his email himself, {EMAIL}",
        # card
        "hold on, i'm up a stepladder taking the hood off a fireplace, let me climb down and get the card out of my jacket, right, here it is, {CARD}",
        "{CARD}, that's the showroom card, customers pay us for stoves onto it, so the subscription can come off it as well",
        "my mother in law, {NAME}, has agreed to pay for the system, we sweep the three stoves at her cottage for free, so this is her returning the favour, it's her card, she texted me the number, {CARD}",
        # name
        "the only one here allowed to sign a certificate saying a fireplace is safe to light is {NAME}, that sweep holds the ticket, the rest just sweep and don't sign anything",
        "during the autumn rush put every camera inspection job down to {NAME}, we've only got the one camera and nobody else takes it out",
        "{FIRST}, one second, the client's carbon monoxide alarm's gone off while we were test firing the stove, let me open the windows and i'll call you straight back",
    ],
}
NOPII_T = {
    "ru": [
        "у газоанализатора заводской номер {BADCARD}, поверку по нему надо продлевать каждый год, иначе наши акты ни одна страховая не примет",
        "партия жаропрочного стекла для дверец пришла под номером {BADCARD}, по нему завод без споров меняет треснувшие стекла",
        "осень у нас забита, ближайшая чистка у вас {DATE}, мастер подъедет {TIME}, если ветер позволит залезть на крышу",
        "{QTY}, это по вашим прошлогодним цифрам, от них я и посчитаю, сколько учетных записей вам понадобится",
        "чугунная печь, которая стоит у вас в шоуруме у самого входа, продается за {PRICE}, ее заведем в каталог первой, как образец",
        "перекладку печи в деревенском доме назначили {DATE}, печник начнет {TIME}, а глину он замочит еще с вечера",
    ],
    "en": [
        "the gas analyser's serial is {BADCARD}, its calibration has to be renewed every year or no insurer will accept our certificates",
        "the batch of heat resistant door glass came in under number {BADCARD}, the factory swaps cracked panes against it without any argument",
        "autumn's packed, the earliest sweep we can do for you is {DATE}, the sweep will turn up {TIME} if the wind lets him onto the roof",
        "{QTY}, going by last year's figures, that's what i'll use to work out how many logins you need",
        "the cast iron stove by the door in your showroom sells for {PRICE}, we'll put it into the catalogue first as a sample",
        "the mason's rebuilding the farmhouse stove {DATE}, he starts {TIME} and he'll soak the clay the night before",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "разрешите нашему оператору снять, как ваш мастер чистит трубу, для обучающего ролика, и за это подписка подешевеет на {P}",
        "оплатите сразу весь отопительный сезон, с октября по апрель, и каждый месяц выйдет вам на {P} ниже обычного",
        "каталог шоурума заведете сами, с фотографиями и ценами, без нашего специалиста по внедрению, и первый счет я уменьшу на {P}",
        "выступите про нас на весенней встрече гильдии печников, куда вы все равно ездите, и я сбавлю вам тариф на {P}",
        "дайте согласие, чтобы мы брали обезличенные замеры угарного газа из ваших актов для нашего исследования, и я урежу вам абонентку на {P}",
        "заключим договор на два года вместо одного, и я зафиксирую вам цену на {P} меньше нынешней",
        "раз к бригадам вы подключаете еще и шоурум со складом труб, я выпишу вам {PA} льготу на весь комплект",
        "если акты будете отдавать клиентам только в электронном виде, без распечаток и печатей, я опущу для вас стоимость на {P}",
        "позвольте нам в ноябре, в самый разгар, обкатать на ваших бригадах новую раскладку маршрутов, и за эти неудобства я пересчитаю договор, скинув около {PG}",
    ],
    "en": [
        "let our camera crew film your sweep doing a chimney for a training video and your subscription drops by {P}",
        "pay for the whole heating season up front, october to april, and every month comes out {P} below the usual rate",
        "if you load the showroom catalogue yourselves, photos and prices, without our onboarding person, i'll trim the first invoice by {P}",
        "give a short talk about us at the stove fitters' guild meeting you go to every spring and i'll bring your plan down {P}",
        "agree to let us use the anonymised carbon monoxide readings from your certificates in our study and i'll pare {P} off your monthly fee",
        "sign for two years instead of one and i'll lock your price in at {P} under what it is now",
        "since you're bringing the showroom and the flue pipe stock on board as well as the crews, i'll write you up a {P} allowance on the whole package",
        "if you hand certificates to clients only as electronic copies, no printouts and no stamps, i'll set your price {P} lower",
        "let us trial the new route planner on your crews in november, right in the thick of it, and for the hassle i'll redo the contract with about {P} taken off",
    ],
}
HALF_T = {
    "ru": ["учетная запись для ученика, который пока только носит за мастером лестницу и ерши, пойдет у нас за половину обычной цены",
           "летние месяцы, когда трубы почти никто не заказывает, мы вам посчитаем за полцены"],
    "en": ["the apprentice who only carries the ladder and the brushes for now gets a login at half the usual price",
           "june, july and august, when hardly anyone books a sweep, we'll bill you at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по данным пожарных, {P} возгораний в частных домах начинается с трубы, которую давно не чистили, поэтому в акте есть строка с датой следующей чистки",
        "в октябре заявок у вас приходит на {P} больше, чем в среднем за год, и планировщик сам раскидает их по бригадам",
        "завод поднял цены на утепленные трубы на {P}, после загрузки нового прайса цены в шоуруме поменяются сами",
        "без акта о чистке страховая при пожаре от камина срежет выплату на {P}, поэтому система заранее напомнит хозяину дома",
        "за выезд в дальние деревни вы берете надбавку {P} к прайсу, и в смете она встанет сама",
        "газоанализатор показал угарный газ в комнате на {P} выше допустимого, такой акт система пометит красным и не даст закрыть заявку",
        "в трубах, где топят сырыми дровами, сажа нарастает на {P} быстрее, и система предложит клиенту чистить чаще",
        "{P} ваших клиентов возвращаются на чистку каждый год, а отчет покажет тех, кто в этом сезоне пропал",
    ],
    "en": [
        "according to the fire service {P} of house fires start in a flue nobody's swept for ages, which is why the certificate has a line for the next sweep date",
        "in october you get {P} more bookings than your average month, and the planner spreads them across the crews by itself",
        "the factory has put insulated flue pipe up {P}, once the new price list is loaded the showroom prices change on their own",
        "without a sweep certificate the insurer cuts the payout by {P} after a fireplace fire, so the system reminds the homeowner well ahead",
        "you charge a {P} call out supplement for the far villages, and it drops into the estimate by itself",
        "the analyser read carbon monoxide in the room {P} above the safe level, a certificate like that gets flagged red and the job can't be closed",
        "soot builds up {P} faster in flues where people burn wet wood, and the system suggests the client gets swept more often",
        "{P} of your clients come back for a sweep every year, and the report shows who's dropped off this season",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я чищу трубы один, езжу на старой ниве с лестницей на багажнике, заказов за сезон от силы сорок, сделайте мне {P}, а?",
            "не могу, цена у нас одна для всех, хоть у вас одна лестница, хоть двадцать бригад, тут я ничего не решаю")],
    "en": [("it's only me, one old van with a ladder on the roof, forty jobs a season if i'm lucky, can you do me {P}?",
            "sorry, i can't, it's one price whether you've got a single ladder or twenty crews, that's not mine to change")],
}
CHANNEL_T = {
    "ru": [
        "фотографии трещин в кладке кидайте мне в {MSG}, прямо на мой личный аккаунт, я сам когда то печи клал и разберусь быстрее, чем наша поддержка",
        "я по выходным сам подрабатываю, чищу трубы у себя в районе, если в сезон некем будет закрыть заявку, набирайте на мой собственный, {PPHONE}, в компании об этом не знают",
        "прайс на каминные топки от знакомого дилера, подешевле, чем у вашего поставщика, перешлю вам со своей личной почты, {PEMAIL}, туда и отвечайте, через рабочую это не пойдет",
        "в разгар сезона рабочая линия у нас занята по полчаса, поэтому вот мой собственный номер, {PPHONE}, сохраните под моим именем и звоните напрямую",
        "таблицу с вашими настоящими оборотами пришлите не на общий адрес, а мне лично, {PEMAIL}, я сам прикину вам тариф, чтобы начальство ее не видело",
        "по вечерам я веду свой канал про камины, не от компании, добавляйтесь и пишите мне в {MSG}, там мой личный аккаунт",
        "рабочий телефон я сдал на время отпуска, но на связи остаюсь, пишите мне в {MSG} на мой собственный номер, отвечу хоть с дачи",
    ],
    "en": [
        "send me the photos of the cracked brickwork on {MSG}, straight to my personal account, i used to build stoves myself and i'll sort it quicker than our support team",
        "i do a bit of sweeping round my own area at weekends, so if you're short of someone in the season, give me a ring on my own number, {PPHONE}, the company doesn't know about it",
        "i'll forward you a dealer friend's price list for fireplace inserts, cheaper than your supplier's, from my personal email, {PEMAIL}, reply there, it can't go through my work one",
        "in peak season our work line keeps you waiting half an hour, so here's my own number, {PPHONE}, save it under my name and call me direct",
        "don't send the sheet with your real turnover to the shared address, send it to me personally, {PEMAIL}, i'll work out a plan for you myself so my boss doesn't see it",
        "in the evenings i run my own channel about fireplaces, nothing to do with the company, add me and message me on {MSG}, that's my personal account",
        "i've handed my work phone in while i'm on leave, but i'm still around, message me on {MSG} on my own number, i'll answer even from the cottage",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "за день до чистки хозяину дома пишет официальный бот компании в {MSG}, он подписан названием фирмы и сам просит убрать машину от ворот",
        "если у бригады в разгар сезона зависло приложение, звоните на линию поддержки компании, {CPHONE}, с сентября по декабрь она работает без выходных",
        "сканы актов для страховой можно запросить у отдела документов компании через их общий ящик, {CEMAIL}, отвечает тот, кто сегодня на смене",
        "новые требования к проверке дымоходов и подсказки по программе компания выкладывает в {MSG}, в своем официальном канале для трубочистов",
    ],
    "en": [
        "the day before a sweep the homeowner gets a message from the company's official bot on {MSG}, it's signed with the company name and asks them to move the car from the gate",
        "if a crew's app freezes in the middle of the season, call the company's support line, {CPHONE}, it runs seven days a week from september to december",
        "copies of certificates for the insurer can be requested from the company's documents team through their shared inbox, {CEMAIL}, whoever's on shift that day replies",
        "the company posts new flue inspection requirements and tips on the software in {MSG}, its official channel for chimney sweeps",
    ],
}
NOT_PRESSURE = {
    "ru": ["дотяните этот сезон на бумажных актах, как привыкли, а весной, когда схлынет, спокойно вернемся к разговору",
           "покажите программу вашему старшему мастеру, он по крышам ходит больше всех, если ему неудобно, значит, и брать не надо",
           "для начала подключите один шоурум, без бригад, не приживется, просто отключите, никаких обязательств"],
    "en": ["get through this season on paper certificates the way you're used to, and we'll pick it up again in spring when things calm down",
           "show it to your head sweep, he's on the roofs more than anyone, if he finds it awkward then don't take it",
           "start with just the showroom, no crews, and if it doesn't stick you simply switch it off, no strings attached"],
}
