"""Sentence templates for the "test22" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling pharmacy management software (stock and expiry dates,
prescriptions, loyalty cards, supplier orders to distributors, cash registers
and an app for ordering with delivery to the pharmacy) to independent
pharmacies and small pharmacy chains. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test21.py, and verbs, introducing words and sentence shapes that
differ from every template of all twenty (the manager of a market pharmacy who
stands at the counter herself at rush hour, the pharmacist who checks
prescriptions passing on his own number, the second shift pharmacist who
checks expiry dates in the evenings, app order alerts tied to the phone kept
under the till, the chain's information line printed on every receipt;
distributor orders copied to the buyer who signs them, write off reports for
expired stock sent to be printed and stamped, daily till exports for an
outsourced bookkeeper; the pharmacy's company card kept in the drawer under
the till, a pharmacist taking off her gloves while unpacking a supplier's
boxes, the person the chain is registered to named as the payer before the
card; the only person allowed to send orders to the distributor, the keeper of
the controlled drugs register, a customer with a prescription coming up to the
counter; distractors with a cash register's registration number, a vaccine
fridge sensor's factory number, a stocktake with the pharmacy shut, a volume
that needs no server of its own, the price of a fridge for temperature
sensitive stock and a distributor's truck at the back door; discounts framed
as a pilot pharmacy for an electronic prescription module, a village outlet
counted as a point without a prescription department, cheaper tills past the
second one, a price frozen for a three year contract, a separate scale for
social pharmacies, paying quarterly in advance, a concession extended to
pharmacies opened before the year ends, old cash registers taken as a trade in
and vaccine fridges hooked up with their own sensors; half price as a clinic
kiosk open only until lunch and the first six months of a listing in the
delivery app; non-offers about the markup cap on essential medicines, expiry
write offs, a distributor's retro bonus, the bank's acquiring fee, the share
of app orders collected at the pharmacy, pensioners' loyalty card discount,
antiviral sales in cold season and a landlord's cut of the takings; a single
pharmacy in a block of flats asking for a cut; personal channels as a rep
living across the road who pops over when the till freezes, price talk moved
to the rep's own line because work calls are recorded, competitor price lists
sent to the rep's home mailbox, drug shortage tips sent from the rep's own
phone, a licence scan too heavy for the corporate mail sent to the rep's own
address, a rep who works evening shifts as a pharmacist and a number written
in pen on a business card; company channels as the company's official reminder
robot for expiring batches, the company's data migration desk that finds who
handled a transfer, the integrations team's shared inbox and the company's
official community for pharmacy managers).

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
    ("амвросий", "шестопалов", "евграфович"),
    ("агриппина", "чеботарева", "варфоломеевна"),
    ("ипатий", "заруцкий", "протасьевич"),
    ("иоанна", "кривошеина", "селиверстовна"),
    ("евсевий", "бурмистров", "мартемьянович"),
    ("федосья", "дубровина", "гаврииловна"),
    ("галактион", "сумароков", "авксентьевич"),
    ("евлалия", "полуэктова", "панкратьевна"),
    ("мелентий", "нащокин", "варсонофьевич"),
    ("виринея", "бестужева", "зиновьевна"),
]
EN_NAMES = [
    ("jago", "wetherell"),
    ("hermione", "castellanos"),
    ("aloysius", "mulrooney"),
    ("benedetta", "fairweather"),
    ("ferdinand", "quinlan"),
    ("ondine", "penhaligon"),
    ("torquil", "vanderberg"),
    ("dorothea", "lowenthal"),
    ("raphael", "trevelyan"),
    ("eulalie", "mahoney"),
]
RU_LAT = {"амвросий": "amvrosiy", "шестопалов": "shestopalov", "агриппина": "agrippina",
          "чеботарева": "chebotareva", "ипатий": "ipatiy", "заруцкий": "zarutskiy", "иоанна": "ioanna",
          "кривошеина": "krivosheina", "евсевий": "evseviy", "бурмистров": "burmistrov", "федосья": "fedosya",
          "дубровина": "dubrovina", "галактион": "galaktion", "сумароков": "sumarokov", "евлалия": "evlaliya",
          "полуэктова": "poluektova", "мелентий": "melentiy", "нащокин": "nashchokin", "виринея": "virineya",
          "бестужева": "bestuzheva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "заведующая нашей аптекой на рынке в часы пик сама встает за первый стол, так что ловите ее утром до открытия, {PHONE}",
        "провизор, который у нас сверяет рецепты, лучше меня скажет, чего не хватает, он просил передать вам свой номер, {PHONE}",
        "сроки годности у нас по вечерам проверяет фармацевт со второй смены, если что, она на связи после шести, {PHONE}",
        "чтобы аптека не пропускала заказы из приложения, привяжите уведомления к телефону, который лежит у нас под кассой, {PHONE}",
        "внизу каждого чека у нас напечатана справочная сети, {CPHONE}, по ней покупатели узнают, есть ли лекарство в наличии",
        # e-mail
        "заявки дистрибьюторам пусть уходят с копией на {EMAIL}, ящик нашего закупщика, он их и подписывает",
        "акты списания просрочки я подписываю сама, так что шлите их на {EMAIL}, распечатаю и поставлю печать",
        "а выгрузку по кассам за день кидайте бухгалтеру, которая ведет нас на аутсорсе, адрес у нее {EMAIL}",
        # card
        "у меня в ящике под кассой лежит корпоративная карта аптеки, давайте сразу с нее, {CARD}",
        "сейчас, только перчатки сниму, мы как раз коробки от поставщика разбираем, так, карта, {CARD}",
        "плательщиком укажите {NAME}, на этого человека оформлена вся сеть, и карта тоже на нем, {CARD}, так и просили",
        # name
        "кнопку отправки заказа дистрибьютору оставьте только у {NAME}, остальные пусть собирают корзину, но не отправляют",
        "журнал сильнодействующих препаратов у нас ведет {NAME}, так что этот раздел покажите в первую очередь, без согласования мы там ничего не меняем",
        "{FIRST}, простите, подошла покупательница с рецептом, одну минуту, я ее отпущу и вернусь к вам",
    ],
    "en": [
        # phone
        "the manager of our market pharmacy works the counter herself at rush hour, so catch her in the morning before we open, {PHONE}",
        "the pharmacist who checks our prescriptions can tell you better than me what's missing, he asked me to pass on his number, {PHONE}",
        "the expiry dates get checked in the evenings by the pharmacist on the second shift, she's reachable after six, {PHONE}",
        "so the pharmacy doesn't miss orders from the app, tie the alerts to the phone that sits under our till, {PHONE}",
        "every receipt has our chain's information line printed at the bottom, {CPHONE}, customers ring it to ask if a medicine's in stock",
        # e-mail
        "have the distributor orders go out copied to {EMAIL}, our buyer's mailbox, he's the one who signs them",
        "i sign the write off reports for expired stock myself, so send them to {EMAIL}, i'll print them out and stamp them",
        "and the daily till exports go to the bookkeeper who does our accounts on contract, her address is {EMAIL}",
        # card
        "there's the pharmacy's company card in the drawer under the till, let's just take it from that, {CARD}",
        "hang on, let me get my gloves off, we're unpacking the supplier's boxes, right, the card, {CARD}",
        "the payer is {NAME}, the whole chain is registered to that person, and the card's theirs too, {CARD}, that's how they asked for it",
        # name
        "leave the send button for distributor orders with {NAME} only, the others can build the basket but not send it",
        "our controlled drugs register is kept by {NAME}, so show that section to them first, we don't change anything there without their say",
        "{FIRST}, sorry, a customer's just come up with a prescription, one minute, let me serve her and i'll be right back with you",
    ],
}
NOPII_T = {
    "ru": [
        "регистрационный номер нашей кассы {BADCARD}, впишите его в карточку торговой точки",
        "у термодатчика в холодильнике с вакцинами заводской номер {BADCARD}, программа должна подхватывать его показания",
        "инвентаризация у нас {DATE}, аптеку закрываем {TIME}, так что внедрение лучше сдвинуть",
        "с вашими объемами, а это {QTY}, отдельный сервер не нужен, все будет жить в облаке",
        "холодильник для термолабильных препаратов мы взяли за {PRICE}, так что датчики хотим ставить в первую очередь на него",
        "дистрибьютор привозит товар {DATE}, машина обычно стоит у черного входа {TIME}",
    ],
    "en": [
        "our till's registration number is {BADCARD}, enter it in the store profile",
        "the temperature sensor in the vaccine fridge has factory number {BADCARD}, the software needs to pick up its readings",
        "our stocktake is {DATE}, we shut the pharmacy {TIME}, so better to move the rollout",
        "at your volume, that's {QTY}, you don't need a server of your own, it all lives in the cloud",
        "we paid {PRICE} for the fridge for temperature sensitive stock, so that's the first thing we want the sensors on",
        "the distributor delivers {DATE}, the truck's usually at the back door {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "станете пилотной аптекой для нашего нового модуля электронных рецептов, и пока идет пилот, абонентка у вас полегчает на {P}",
        "аптечный пункт в поселке у вас совсем крошечный, проведу его как точку без рецептурного отдела, а такая точка стоит у нас на {P} меньше полной лицензии",
        "каждую кассу сверх второй в одной и той же аптеке посчитаю вам на {P} дешевле",
        "подпишем договор сразу на три года, и я заморожу цену на весь срок на {P} ниже сегодняшней",
        "для социальных аптек, где львиная доля чеков идет по льготным рецептам, у нас своя сетка, и по ней вы платите на {P} меньше",
        "вносите оплату поквартально вперед, и каждый квартал выйдет вам на {P} легче, чем помесячно",
        "на аптеки, которые вы откроете до конца года, распространю {PA} уступку, даже если договоры на них будем подписывать отдельно",
        "сдадите нам старые кассовые аппараты в зачет, и новые обойдутся вам на {P} меньше",
        "холодильники для вакцин у вас уже стоят со своими датчиками, подключим их без нашего оборудования, и мониторинг температуры обойдется вам заметно дешевле, выгода около {PG}",
    ],
    "en": [
        "become a pilot pharmacy for our new electronic prescription module, and while the pilot runs your subscription gets {P} lighter",
        "your village outlet is tiny, i'll register it as a point without a prescription department, and that kind of point costs {P} less than a full licence",
        "every till past the second one in the same pharmacy i'll count {P} cheaper for you",
        "sign for three years now and i'll freeze the price across the whole contract at {P} below today's",
        "for social pharmacies where most receipts are on subsidised prescriptions we have a separate scale, and on it you pay {P} less",
        "pay quarterly in advance and each quarter comes out {P} lighter than paying month by month",
        "i'll extend a {P} concession to the pharmacies you open before the end of the year, even if we sign separate contracts for them",
        "hand your old cash registers over to us as a trade in and the new ones cost you {P} less",
        "your vaccine fridges already have their own sensors, we'll hook them up without our hardware, so temperature monitoring comes in at about {P} less",
    ],
}
HALF_T = {
    "ru": ["киоск при поликлинике, который открыт только до обеда, посчитаю вам как половину обычной точки",
           "витрина вашей аптеки в нашем приложении доставки первые полгода обойдется вам ровно в половину цены"],
    "en": ["the kiosk at the outpatient clinic that's only open till lunch i'll count as half a regular point",
           "listing your pharmacy in our delivery app costs you exactly half for the first six months"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "предельная надбавка на жизненно важные препараты в вашем регионе {P}, программа просто не даст поставить цену выше",
        "сейчас у вас на списание по сроку годности уходит {P} закупки, программа будет подсвечивать такие партии заранее",
        "дистрибьютор возвращает вам ретро бонус {P} от оборота за квартал, в программе он идет отдельно от закупочной цены",
        "банк берет за эквайринг {P} с каждой оплаты картой, эту комиссию вы увидите в кассовом отчете",
        "доля заказов через приложение с самовывозом из аптеки за год доросла до {P} всех чеков",
        "по вашей карте лояльности пенсионеры получают скидку {P} на все, кроме рецептурных, касса сама это применит",
        "по нашим данным, в сезон простуды продажи противовирусных подскакивают на {P}, автозаказ это учитывает",
        "арендодатель в торговом центре забирает {P} с выручки вашей аптеки, эту сумму можно вести отдельной статьей расходов",
    ],
    "en": [
        "the cap on markup for essential medicines in your region is {P}, the system simply won't let you price above it",
        "at the moment expiry write offs eat {P} of your purchasing, the software will flag those batches well ahead",
        "the distributor pays you back a {P} retro bonus on quarterly turnover, the system keeps it apart from the purchase price",
        "the bank takes {P} of every card payment for acquiring, you'll see that fee in the till report",
        "orders placed in the app for pickup at the pharmacy grew to {P} of all receipts over the year",
        "on your loyalty card pensioners get {P} off everything except prescription drugs, the till applies it by itself",
        "by our figures antiviral sales jump {P} in cold season, the auto order takes that into account",
        "the landlord at the shopping centre takes {P} of your pharmacy's takings, you can keep that as a separate expense line",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна аптека на первом этаже жилого дома, может, подвинетесь на {P}?",
            "нет, лицензия на аптеку стоит для всех одинаково, сколько бы точек у вас ни было")],
    "en": [("we've only got the one pharmacy on the ground floor of a block of flats, could you shift {P} for us?",
            "no, the licence per pharmacy costs everyone the same, however many points they have")],
}
CHANNEL_T = {
    "ru": [
        "я живу через дорогу от вашей аптеки, так что если вдруг встанет касса, киньте мне сообщение в {MSG}, это мой личный номер, забегу сам, без всякой заявки",
        "про цену давайте поговорим по моему личному, {PPHONE}, рабочие звонки у нас пишутся, а мне не хочется, чтобы этот разговор слушал руководитель",
        "прайсы конкурентов, которые вам присылали, скиньте на адрес, которым я пользуюсь дома, {PEMAIL}, рабочую почту у нас читает служба безопасности",
        "про дефицитные препараты у дистрибьюторов я узнаю раньше всех и могу сразу скидывать вам в {MSG} прямо с личного телефона, компании об этом знать незачем",
        "скан вашей лицензии слишком тяжелый для корпоративной почты, отправьте его лучше на мой собственный адрес, {PEMAIL}, оттуда я сам загружу",
        "я сам по вечерам подрабатываю фармацевтом, так что если после шести касса начнет капризничать, звоните мне на мой номер, {PPHONE}",
        "давайте я допишу на визитке ручкой свой номер, {PPHONE}, напечатанный там общий, а этот мой, по нему я отвечаю и в выходные",
    ],
    "en": [
        "i live across the road from your pharmacy, so if your till ever hangs, write to me on {MSG}, the number there is private, and i'll pop over myself, no ticket needed",
        "let's talk price on my personal line, {PPHONE}, work calls here get recorded and i'd rather my manager didn't hear this one",
        "forward the competitor price lists you've been sent to my home inbox, {PEMAIL}, security reads everything on the work mail",
        "i hear about shortages at the distributors before anyone, and i can pass them straight to you on {MSG} from my private handset, the company doesn't need to know",
        "the scan of your licence is too heavy for the corporate mail, send it to my private address instead, {PEMAIL}, i'll upload it from there",
        "i do evening shifts as a pharmacist myself, so if the till starts playing up after six, call me straight on my private mobile, {PPHONE}",
        "let me pen my number onto the back of my business card, {PPHONE}, the printed one is the general line, this one's mine, i pick up at weekends too",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о партиях с истекающим сроком вам будет напоминать официальный робот компании, он живет в {MSG}, подписка оформляется в кабинете",
        "если после переезда старые остатки загрузились с ошибками, позвоните в отдел переноса данных компании, {CPHONE}, по номеру договора там найдут, кто вел ваш перенос",
        "вопросы по сверке с дистрибьюторами принимает общий адрес отдела интеграций компании, {CEMAIL}, заявка там регистрируется автоматически",
        "у компании есть официальное сообщество в {MSG} для заведующих аптеками, там выкладывают изменения в правилах маркировки",
    ],
    "en": [
        "alerts about expiring batches in your stockroom come from the company's official reminder robot, it lives on {MSG}, you subscribe in your account",
        "if the old stock balances came across wrong in the move, ring the company's data migration desk, {CPHONE}, they'll find whoever handled your transfer from the contract number",
        "questions about reconciling with distributors go to the shared inbox of the company's integrations team, {CEMAIL}, requests there are logged automatically",
        "there's an official company community on {MSG} for pharmacy managers, that's where changes to the drug labelling rules get posted",
    ],
}
NOT_PRESSURE = {
    "ru": ["проведите сначала спокойно годовую инвентаризацию, а к переходу вернемся потом, я подожду",
           "обсудите с вашими провизорами, им в этой программе работать каждый день, как они скажут, так и будет",
           "если старая кассовая программа вас устраивает, не трогайте ее, позвоните, когда сами созреете"],
    "en": ["get your annual stocktake done in peace first, then we'll come back to switching, i can wait",
           "see what your pharmacists think, they're the ones who'd use it every day, whatever they say goes",
           "if your old till software suits you, leave it be, ring me when you're ready yourselves"],
}
