"""Sentence templates for the "test82" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order, menu-costing and event-logistics platform
for catering firms (banquets and corporate lunches, menu costing per guest,
allergen cards, tasting sessions, hired waiters and chefs, van routes to
venues, crockery and equipment hire, food-safety temperature logs) to
catering firm owners, head chefs, event managers, drivers, the accountant,
venue coordinators and the family members who help out. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test80.py (ru first names, surnames and
patronymics from Н to Я, en first names and surnames from M to Z), and
verbs, introducing words and sentence shapes that differ from every template
of all earlier parts (a van driver who reads the routes off a phone screwed
to the dashboard, the chef's deputy living five minutes from the kitchen who is to
be woken when the cold room sensor climbs, a head of hired waiters whose
number is on the back of a business card she left last year, a country club
coordinator whose guards turn a van away unless she is rung first, the
kitchen's number printed at the foot of every allergen card on the buffet
that guests ring to ask what is in a dish; allergen card drafts for the
technologist who proofreads them before printing, closing papers for every
banquet sent to an accountant who works from home, guests' tasting feedback
gathered by a wife who sorts it into a table for the chef; the card paying
for crockery hire fetched from the glove box of the van, a cook pulling off
gloves after filleting fish so as not to smear the card, a business partner
named before a card she dictated in the morning and that was jotted on a
pastry box; the one person allowed to sign off food write offs after a
banquet, the person who always drives out to tastings with the customers, a
caller whose combi oven starts beeping; distractors with the seal number of a
thermal box checked on handover at the venue, a batch number of cream kept
for the food safety inspector, a corporate lunch delivered to a factory, the
permanent kitchen staff, the evening hire of a chafing dish and a sanitary
inspection of the kitchen; discounts framed as the client's recipe cards put
into the vendor's shared recipe library, temperature sensors bought from the
vendor, a short film shot at a tasting, a routing module priced for a firm
with a single van, two banquet seasons paid in one go, hired waiters booked
through the vendor's staffing exchange, the first firm in town printing
allergen cards straight from the system, crockery hire stocktaking done by
the client without the vendor's audit, and the client's pastry kitchen added
to the contract; half price as logins for hired chefs who only work big
weddings and a second van that only goes out for summer picnics; non-offers
about a banquet customer's advance on signing, a service charge for the
waiters, a beef supplier raising prices, value added tax for corporate
customers, a venue's share for letting caterers into its kitchen, food
thrown away after banquets, crockery broken on jobs and a staffing agency's
cut of the waiters' rate; a two person catering firm feeding two offices
asking for a cut; personal channels as misprinted allergen cards sent to the
rep's own messenger account, crockery hire from the rep's brother discussed
on his private number, old estimates forwarded to a mailbox the rep set up
for himself, a lost van on a wedding day reported to the rep's own messenger
account, a special price offer sent from the rep's private mailbox so that
finance never sees it, a swap of cooks with the rep's wife's small catering
firm arranged on his own mobile, and a rep going on holiday who gives his
own number instead of introducing his stand in; company channels as the
company's verified bot reminding customers about tastings, the company's
shared round the clock support line for sensors that stop reporting, the
accounts department's common mailbox for invoices and the company's official
channel for caterers about sanitary rules and updates; polite closings as one
banquet run the old way and the next through the system, a decision left to
the chef and the accountant, and coming back to it after the new year
corporate parties).

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
    ("сазон", "разносолов", "нектариевич"),
    ("фетинья", "сотейникова", "олимповна"),
    ("софрон", "расстегаев", "проклович"),
    ("ундина", "тарталеткина", "ясоновна"),
    ("феогност", "студнев", "януариевич"),
    ("рипсимия", "паштетова", "сатировна"),
    ("якинф", "фрикаделькин", "созонович"),
    ("ноэми", "холодцова", "сазоновна"),
    ("фетис", "уховаров", "фалалеевич"),
    ("юнния", "щербетова", "феогностовна"),
]
EN_NAMES = [
    ("mansel", "pottinger"),
    ("quinta", "silverside"),
    ("radulf", "manciple"),
    ("meriel", "trenchard"),
    ("perran", "nutbeam"),
    ("raphaela", "spicer"),
    ("teague", "rundell"),
    ("wilfreda", "oxtoby"),
    ("yancey", "mustoe"),
    ("nuala", "yeoward"),
]
RU_LAT = {"сазон": "sazon", "разносолов": "raznosolov", "фетинья": "fetinya", "сотейникова": "soteynikova",
          "софрон": "sofron", "расстегаев": "rasstegaev", "ундина": "undina", "тарталеткина": "tartaletkina",
          "феогност": "feognost", "студнев": "studnev", "рипсимия": "ripsimiya", "паштетова": "pashtetova",
          "якинф": "yakinf", "фрикаделькин": "frikadelkin", "ноэми": "noemi", "холодцова": "kholodtsova",
          "фетис": "fetis", "уховаров": "ukhovarov", "юнния": "yunniya", "щербетова": "shcherbetova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "маршруты до площадок наш водитель смотрит с телефона, который у него прикручен к панели в фургоне, так что перемены по адресам пусть прилетают прямо туда, {PHONE}",
        "если датчик в холодильной камере поползет выше нормы, будить надо заместителя шефа, он живет в пяти минутах от цеха, тревоги настройте на его мобильный, {PHONE}",
        "официантов на выезды набирает у нас бригадирша, она же их и по залу расставляет, ее номер у меня на обороте визитки, которую она в прошлом году оставила, читаю, {PHONE}",
        "координатор загородного клуба, где у нас свадьба, просила звонить ей заранее, иначе охрана фургон на территорию не пустит, впишите ее в карточку площадки, {PHONE}",
        "на каждой карточке с аллергенами, что стоят возле блюд на фуршете, внизу напечатан общий номер нашей кухни, {CPHONE}, гости по нему звонят спросить про состав",
        # e-mail
        "карточки аллергенов перед печатью вычитывает наш технолог, у нее глаз наметанный, пусть черновики из системы уходят ей, {EMAIL}",
        "закрывающие документы по каждому банкету ждет наша бухгалтер, она сидит на удаленке и в цеху бывает раз в месяц, так что отправляйте ей напрямую, {EMAIL}",
        "отзывы гостей после дегустаций собирает моя жена, она сводит их в табличку, чтобы шеф понял, какие блюда выкинуть из меню, вот ее адрес, {EMAIL}",
        # card
        "карта, которой мы платим за прокат посуды, лежит в бардачке фургона, водитель как раз подогнал машину к цеху, достаю, так, {CARD}",
        "секундочку, сниму перчатки, я только что рыбу разделывала, не хочу карту заляпать, так, читаю, {CARD}",
        "подписку будет оплачивать моя компаньонка, {NAME}, фирма на нас двоих, она утром продиктовала свою карту, а я записала на коробке из под пирожных, {CARD}",
        # name
        "акты о списании продуктов после банкета подписывает только {NAME}, ни у кого больше такой кнопки в системе быть не должно",
        "на дегустации с заказчиками у нас всегда ездит {NAME}, так что в календаре дегустаций ответственным ставьте этого человека",
        "{FIRST}, простите, у меня тут пароконвектомат запищал, надо противень вынуть, не кладите трубку",
    ],
    "en": [
        # phone
        "our driver reads the routes to the venues off a phone that's screwed to the dashboard of the van, so any change of address should land right there, {PHONE}",
        "if the sensor in the cold room starts creeping above the limit, it's our sous chef who needs waking, he lives five minutes from the kitchen, set the alarms to his mobile, {PHONE}",
        "the woman who hires our waiters for the jobs also places them round the room, her number's on the back of a business card she left here last year, reading it now, {PHONE}",
        "the coordinator at the country club where we're doing the wedding asked to be rung ahead, otherwise security won't let the van onto the grounds, put her on the venue card, {PHONE}",
        "every allergen card standing by the dishes on the buffet has our kitchen's shared number printed at the bottom, {CPHONE}, guests ring it to ask what's in things",
        # e-mail
        "our technologist proofreads the allergen cards before they're printed, she's got a sharp eye, so have the drafts from the system go to her, {EMAIL}",
        "our accountant is waiting on the closing paperwork for every banquet, she works from home and only comes into the kitchen once a month, so send it straight to her, {EMAIL}",
        "my wife collects what the guests say after the tastings and puts it all in a table so the chef can see which dishes to drop, here's her address, {EMAIL}",
        # card
        "the card we pay the crockery hire with is in the glove box of the van, the driver's just pulled up outside the kitchen, getting it out, okay, {CARD}",
        "one second, let me pull my gloves off, i've just been filleting fish and i don't want to smear the card, right, reading it, {CARD}",
        "my business partner will be paying for the subscription, {NAME}, the firm belongs to the two of us, she read me her card this morning and i jotted it on a pastry box, {CARD}",
        # name
        "only {NAME} signs off the food write offs after a banquet, nobody else should have that button in the system",
        "it's always {NAME} who drives out to the tastings with the customers, so put that person down as responsible in the tasting calendar",
        "{FIRST}, sorry, my combi oven's just started beeping, i need to get a tray out, don't hang up",
    ],
}
NOPII_T = {
    "ru": [
        "номер пломбы на термоконтейнере {BADCARD}, водитель сверяет его при передаче на площадке",
        "партия сливок у нас под номером {BADCARD}, его надо вписать в журнал, вдруг санитарный инспектор спросит",
        "комплексный обед для завода везем {DATE}, первый фургон выезжает из цеха {TIME}",
        "на постоянной кухне у нас {QTY}, остальных на большие банкеты добираем по найму",
        "за прокат одного мармита на вечер мы отдаем {PRICE}, это уходит в расходы по банкету",
        "санитарную проверку цеха наметили {DATE}, инспектор обещал подъехать {TIME}",
    ],
    "en": [
        "the seal on the thermal box is number {BADCARD}, the driver checks it when he hands over at the venue",
        "that batch of cream is logged under {BADCARD}, it has to go in the log in case the food safety inspector asks",
        "the set lunch for the factory goes out {DATE}, the first van leaves the kitchen {TIME}",
        "the permanent kitchen crew is {QTY}, for the big banquets we top up with hired hands",
        "hiring one chafing dish for an evening costs us {PRICE}, that goes against the banquet's expenses",
        "we've got the kitchen's sanitary inspection coming {DATE}, the inspector said he'd turn up {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если разрешите положить ваши техкарты в нашу общую библиотеку рецептур, без названия фирмы, конечно, абонентскую плату уменьшу вам на {P}",
        "датчики температуры для холодильников возьмете у нас, а не на стороне, и модуль журналов обойдется вам на {P} дешевле",
        "пустите нашего оператора снять короткий ролик на вашей дегустации, как шеф считает себестоимость прямо на планшете, и я сброшу вам с подписки {P}",
        "раз у вас всего один фургон, модуль маршрутов посчитаю по урезанной ставке, выйдет на {P} ниже прайса",
        "заплатите разом за два банкетных сезона, и из общей суммы я вычту {P}",
        "официантов на выезды будете брать через нашу биржу персонала, тогда сам модуль найма пойдет вам с понижением на {P}",
        "вы первая кейтеринговая фирма в городе, кто печатает карточки аллергенов прямо из нашей системы, так что {PA} скидку на год я вам закреплю в договоре",
        "инвентаризацию посуды и оборудования в прокате будете вести сами, без нашего выездного аудита, тогда подключение встанет вам на {P} дешевле",
        "подключите заодно вашу кондитерскую, где пекут десерты к банкетам, а я выбью у директора снижение общей цены примерно в пределах {PG}",
    ],
    "en": [
        "if you let us put your recipe cards into our shared recipe library, without the firm's name of course, i'll bring your monthly fee down by {P}",
        "get the fridge temperature sensors from us rather than elsewhere, and the logging module comes to {P} less",
        "let our camera man shoot a short film at one of your tastings, the chef working out costs right on the tablet, and i'll knock {P} off your subscription",
        "since you've only got the one van, i'll price the routing module at a cut down rate, {P} under list",
        "pay for two banquet seasons in one go and i'll take {P} off the total",
        "book your waiters for the jobs through our staffing exchange, and the hiring module itself drops by {P} for you",
        "you're the first catering firm in town printing allergen cards straight out of our system, so i'll write a {P} reduction for the year into your contract",
        "if you do the stocktaking of your hire crockery and equipment yourselves, without our audit visit, setting you up costs {P} less",
        "bring your pastry kitchen on board too, where the banquet desserts get baked, and i'll get the director to lower the overall price by somewhere around {P}",
    ],
}
HALF_T = {
    "ru": ["доступ для поваров по найму, которые выходят к вам только на большие свадьбы, оформлю за половину стоимости обычного места",
           "второй фургон, который ездит у вас только летом на выездные пикники, в модуле маршрутов посчитаем вполцены"],
    "en": ["logins for the hired chefs who only come in for the big weddings i'll set up at half what a regular seat costs",
           "the second van that only goes out for the summer picnics gets billed at half price in the routing module"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "заказчик банкета вносит аванс {P} при подписании, остальное за три дня до мероприятия, система сама пришлет ему напоминание",
        "к счету мы обычно добавляем сервисный сбор {P} за работу официантов, в калькуляции он стоит отдельной строкой",
        "поставщик говядины с понедельника поднимает цены на {P}, система пересчитает себестоимость всех банкетных меню, где есть говядина",
        "если заказчик юрлицо, сверху на банкет ляжет ндс {P}, в смете это покажется само",
        "загородный клуб удерживает с подрядчиков {P} от суммы заказа за то, что пускает их на свою кухню, это нужно заложить в смету",
        "по журналу списаний у вас после банкетов уходит в отходы около {P} приготовленного, отчет покажет, какие блюда остаются чаще всего",
        "бой посуды на выездах за сезон у вас составил {P} от всего парка, система подскажет, что докупить на замену",
        "агентство, откуда вы берете официантов, оставляет себе {P} со ставки каждого, в расчете фонда оплаты это уже учтено",
    ],
    "en": [
        "the banquet customer pays an advance of {P} on signing and the rest three days before the event, the system sends him the reminder itself",
        "we usually add a {P} service charge to the bill for the waiters' work, it sits on its own line in the costing",
        "the beef supplier is putting prices up {P} from monday, the system will recalculate the cost of every banquet menu that has beef in it",
        "if the customer is a company, {P} value added tax goes on top of the banquet, the estimate shows it by itself",
        "the country club keeps {P} of the order value from outside caterers for letting them into its kitchen, that has to be built into the estimate",
        "by your write off log, around {P} of what gets cooked ends up thrown away after banquets, the report shows which dishes come back most",
        "crockery broken on jobs came to {P} of your whole stock this season, the system will suggest what to buy in to replace it",
        "the agency you get your waiters from keeps {P} of each one's rate, that's already allowed for in the wage bill calculation",
    ],
}
CLIENT_ASK_T = {
    "ru": [("кейтеринг у нас совсем крохотный, я да сестра, возим обеды в два офиса, может, уступите мне {P}?",
            "нет, тут я вам не помогу, цена для всех фирм одна, хоть два офиса кормите, хоть двадцать, исключений мы не делаем")],
    "en": [("our catering's tiny, just me and my sister, we take lunches to two offices, could you let me have {P} off?",
            "no, i can't help you there, the price is the same for every firm whether you feed two offices or twenty, we don't make exceptions")],
}
CHANNEL_T = {
    "ru": [
        "если карточки аллергенов напечатаются криво, фотографируйте и кидайте лично мне в {MSG}, на мой собственный аккаунт, не рабочий, я поправлю шаблон без всякой заявки в поддержку",
        "про прокат посуды у моего брата, он вам тарелки и бокалы даст дешевле, поговорим по моему личному номеру, {PPHONE}, рабочий телефон сюда не приплетаем",
        "старые сметы и калькуляции пересылайте на адрес, который я завел для себя, а не на рабочий, {PEMAIL}, я их в дороге с телефона разберу",
        "если в день свадьбы фургон не найдет площадку и маршрут в приложении собьется, в поддержку не звоните, пишите мне в {MSG}, там мой собственный аккаунт, я отвечаю и в выходные",
        "коммерческое предложение с особой ценой пришлю вам со своего личного ящика, {PEMAIL}, и отвечайте туда же, через корпоративную почту его бы финансовый отдел завернул",
        "моя жена тоже держит небольшой кейтеринг, если захотите меняться поварами в горячий сезон, звоните мне на мой собственный мобильный, {PPHONE}, это не по линии компании",
        "я с понедельника на три недели в отпуске, а мою замену вы не знаете, так что если что, набирайте мой собственный номер, {PPHONE}, а не корпоративный",
    ],
    "en": [
        "if the allergen cards come out misprinted, take a photo and send it to me personally on {MSG}, my own account, not the work one, and i'll fix the template without any support ticket",
        "about crockery hire from my brother, he'll do you plates and glasses cheaper, let's talk that over on my private number, {PPHONE}, we'll leave the work phone out of it",
        "forward the old estimates and costings to the address i set up for myself rather than the work one, {PEMAIL}, i'll go through them on my phone while i'm travelling",
        "if the van can't find the venue on the wedding day and the route in the app goes wrong, don't bother ringing support, message me on {MSG}, it's my own account and i answer at weekends too",
        "i'll send you the offer with the special price from my private mailbox, {PEMAIL}, and reply there as well, through the company mail finance would knock it back",
        "my wife runs a small catering firm too, if you'd like to swap cooks in the busy season, ring me on my own mobile, {PPHONE}, this isn't a company matter",
        "i'm on holiday for three weeks from monday and you don't know who's covering for me, so if anything comes up, dial my own number, {PPHONE}, not the company one",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание о дегустации заказчику шлет официальный бот нашей компании в {MSG}, он подтвержденный, пишет от имени компании, ваших номеров ему не видно",
        "если датчик температуры перестал передавать данные, звоните на общую линию техподдержки компании, {CPHONE}, там дежурят круглосуточно",
        "акты и счета по подписке запрашивайте через общий ящик бухгалтерии компании, {CEMAIL}, его по очереди разбирают несколько сотрудников",
        "изменения санитарных правил для общепита и обновления программы компания выкладывает в {MSG}, в своем официальном канале для кейтеринга",
    ],
    "en": [
        "the tasting reminder reaches the customer from our company's official bot on {MSG}, it's verified, it writes in the company's name and can't see your numbers",
        "if a temperature sensor stops sending readings, call the company's shared support line, {CPHONE}, someone's on duty there round the clock",
        "ask for subscription invoices and statements through the accounts department's common mailbox, {CEMAIL}, several people take turns going through it",
        "changes to food service sanitary rules and program updates are put out on {MSG}, in the company's official channel for caterers",
    ],
}
NOT_PRESSURE = {
    "ru": ["проведите один банкет по старинке, а следующий через систему, сравните сами, как вам удобнее, я вас не тороплю",
           "посоветуйтесь с шефом и с бухгалтером, им с этим каждый день работать, как решите, так и будет",
           "переживите сначала новогодние корпоративы, выдохните, а потом вернемся к разговору, если будет интерес"],
    "en": ["run one banquet the old way and the next one through the system, compare for yourselves which suits you, i'm not hurrying you",
           "talk it over with your chef and your accountant, they're the ones who'll use it every day, whatever you decide is fine",
           "get through the new year corporate parties first, catch your breath, and we'll pick this up again if you're still interested"],
}
