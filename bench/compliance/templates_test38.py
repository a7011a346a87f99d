"""Sentence templates for the "test38" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and production platform for print shops
(online orders for business cards, banners and packaging, proof approval,
print runs and paper stock, press scheduling, courier delivery of finished
orders, corporate accounts for agencies) to print shops. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test37.py (ru first names from А to Л, en
first names from A to L), and verbs, introducing words and sentence shapes
that differ from every template of all earlier parts (an offset press
operator who cannot hear the phone while a run is going and is caught when he
swaps plates, the prepress man who knows what agencies get wrong with bleed,
outlined fonts and colour profiles, a courier's number read off the proof of
his own business cards, proof approval codes landing on the phone of the
manager who looks after agencies, the print shop's multi line number at the
foot of every sales rep's signature; the agency designer put in copy on soft
proofs, low paper alerts for the buyer who drives to the paper merchant, the
bookkeeper who alone gets the closing documents on corporate accounts; the
one card of the whole shop kept in the order desk drawer and photographed by
the counter girl, a card with an inky thumbprint over the digits, the card of
the editor in chief of the publishing house the print shop belongs to; the
only person who signs layouts off for press, the person who plans the week's
press loading, a caller deafened by a guillotine cutting a stack through the
wall; distractors with a job ticket number, a serial stamped on a sticker
plotter's plate, a wide format machine booked for banners, a size the starter
plan carries, a thousand business cards on designer board and an agency
coming to see a colour proof; discounts framed as brochures and stands for
the company's trade show printed as a swap, paper and ink ordered through the
purchasing built into the platform, a digital only shop that needs no plate
imposition module, a packaging module taken while still in beta, price
matrices already in one spreadsheet so the calculator needs no building, a
social print shop printing for charities at cost, typesetters taking the
video course without a live trainer, automatic card payments instead of bank
invoices and giving up the dedicated account manager; half price as fifty
kopecks on the rouble or half the money of a print floor for a pickup counter
that prints nothing, and a business cards only storefront at half a tariff or
half the sticker price; non-offers about private customers' prepayment, a
paper mill's price rise, make ready sheets over the run, agencies' commission
on their clients, fewer reprints after online approval, an ink supplier's
price for a quarter's order, an overnight rush surcharge and the share of
orders from phones; a one press basement shop asking for a cut as
neighbours; personal channels as a rep who collects old platen presses and
wants photos on his own messenger number away from the work chat, a work sim
that takes no incoming calls, a rep who lectures at the printing college and
wants the client's packaging photos and setup questions at his own address,
make ready photos sent to the rep's personal messenger profile with a cat in
the picture, work samples sent to the rep's private inbox for ad agency
friends outside the company, a lost courier told to call the rep's own mobile
instead of dispatch, and the rep's own business cards printed by the client
with his own number instead of the work one; company channels as order
status from the platform's official bot, the company's duty shift on the
general number rebuilding a press schedule, the accounts people's common
mailbox for corporate billing and the company's official channel announcing
new packaging types; polite closings as waiting out the new year rush of
calendars and greeting cards, asking the regular agencies first and carrying
on with orders by email and phone while the trial account stays open).

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
    ("велизар", "оттисков", "агеевич"),
    ("бронислава", "литерова", "мелентьевна"),
    ("иероним", "тиражов", "онуфриевич"),
    ("галатея", "шрифтова", "севастьяновна"),
    ("булат", "переплетчиков", "рустемович"),
    ("каролина", "гранкина", "ювенальевна"),
    ("богумил", "пресников", "евтропиевич"),
    ("вилена", "клишина", "поликарповна"),
    ("доримедонт", "бумагин", "вукулович"),
    ("ганна", "верстакова", "трифилиевна"),
]
EN_NAMES = [
    ("aldwin", "pressley"),
    ("bartram", "inkpen"),
    ("cecily", "caxton"),
    ("dunstan", "papworth"),
    ("edwina", "stamper"),
    ("fenton", "foliot"),
    ("gilbert", "gutteridge"),
    ("hesper", "platten"),
    ("jocelyn", "coverdale"),
    ("kester", "linnet"),
]
RU_LAT = {"велизар": "velizar", "оттисков": "ottiskov", "бронислава": "bronislava", "литерова": "literova",
          "иероним": "ieronim", "тиражов": "tirazhov", "галатея": "galateya", "шрифтова": "shriftova",
          "булат": "bulat", "переплетчиков": "perepletchikov", "каролина": "karolina", "гранкина": "grankina",
          "богумил": "bogumil", "пресников": "presnikov", "вилена": "vilena", "клишина": "klishina",
          "доримедонт": "dorimedont", "бумагин": "bumagin", "ганна": "ganna", "верстакова": "verstakova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наш печатник на офсете, пока машина гонит тираж, звонка просто не слышит, ловите его, когда он меняет пластины, {PHONE}",
        "по вылетам, шрифтам в кривых и цветовым профилям спрашивайте нашего допечатника, он сам расскажет, что у агентств вечно не так с файлами, {PHONE}",
        "мы как раз печатаем визитки нашему курьеру, пробный оттиск лежит передо мной, номер беру прямо с него, {PHONE}",
        "коды для согласования макетов пусть падают на телефон менеджерки, которая ведет агентства, {PHONE}, она сама жмет кнопку, когда заказчик одобрил пробу",
        "внизу подписи у каждого нашего продавца стоит многоканальный номер типографии, {CPHONE}, агентства привыкли звонить только туда",
        # e-mail
        "электронные цветопробы ставьте в копию дизайнеру агентства, {EMAIL}, он без своего одобрения ни один макет в печать не пускает",
        "предупреждения, что мелованная бумага на складе заканчивается, шлите нашему снабженцу, {EMAIL}, он раз в неделю катается на бумажную базу",
        "{EMAIL}, это бухгалтер, который ведет агентства, закрывающие документы по корпоративным счетам отправляйте ему и больше никому",
        # card
        "карта у нас на всю типографию одна, лежит в ящике у приемщицы заказов, она мне ее как раз сфотографировала, читаю с экрана, {CARD}",
        "у меня пальцы в краске, на карте теперь отпечаток, цифры еле проступают, но разберу, {CARD}",
        "типография у нас при издательстве, и подписку оплачивает оно, карта главного редактора, {NAME}, он в курсе, вот цифры, {CARD}",
        # name
        "подписывать макеты в печать от нашего имени будет один человек, {NAME}, остальным эту кнопку не открывайте",
        "график загрузки печатных машин на неделю вперед расписывает {NAME}, по сменам и срочным заказам все вопросы туда",
        "{FIRST}, секунду, за стенкой резак рубит стопу, ничего не слышно, повторите, сколько там выходит",
    ],
    "en": [
        # phone
        "our offset press operator can't hear the phone while the machine is running a job, catch him when he's swapping plates, {PHONE}",
        "anything about bleed, outlined fonts or colour profiles, ask our prepress guy, he'll walk you through what agencies keep getting wrong in their files, {PHONE}",
        "we're printing business cards for our own courier right now, the proof is lying in front of me, i'm taking his number straight off it, {PHONE}",
        "let the proof approval codes land on the phone of the account manager who handles agencies, {PHONE}, she presses the button once the customer signs off the proof",
        "the print shop's multi line number sits at the foot of every sales rep's signature, {CPHONE}, the agencies only ever ring that one",
        # e-mail
        "put the agency's designer in copy on the soft proofs, {EMAIL}, he won't let a single layout go to press without his say so",
        "alerts that coated paper is running low in the store should land with our buyer, {EMAIL}, he drives out to the paper merchant once a week",
        "{EMAIL}, that's the bookkeeper who looks after the agencies, send the closing documents on corporate accounts to him and nobody else",
        # card
        "there's one card for the whole print shop, it lives in the order desk drawer, the girl on the counter just took a photo of it for me, reading off the screen, {CARD}",
        "my fingers are covered in ink and there's a thumbprint across the card now, the digits barely show through, but i'll make them out, {CARD}",
        "we're the print shop of a publishing house and the publisher covers this, so it's the editor in chief's card, {NAME}, he knows, the digits read, {CARD}",
        # name
        "one person signs layouts off for press on our behalf, {NAME}, don't give that button to anyone else",
        "the weekly press loading plan is put together by {NAME}, so shifts and rush jobs all go through them",
        "{FIRST}, hang on, the guillotine's chopping a stack through the wall and i can't hear a thing, tell me again what it comes to",
    ],
}
NOPII_T = {
    "ru": [
        "номер технологической карты на этот заказ {BADCARD}, курьер сверит его с наклейкой на коробке",
        "на табличке плоттера, который режет наклейки, выбит заводской номер {BADCARD}, гарантия на него пока действует",
        "широкоформатная машина под баннеры занята {DATE}, освободится она {TIME}",
        "{QTY} это пока немного, стартовый тариф такой объем потянет",
        "тысяча визиток на дизайнерском картоне у вас в прайсе стоит {PRICE}, калькулятор на сайте покажет заказчику ровно эту цифру",
        "агентство приедет смотреть цветопробу {DATE}, наш менеджер их встретит {TIME}",
    ],
    "en": [
        "the job ticket number for this order is {BADCARD}, the courier checks it against the sticker on the box",
        "the plate on the plotter that cuts our stickers carries serial {BADCARD}, its warranty hasn't run out yet",
        "the wide format machine for banners is fully booked {DATE}, it comes free {TIME}",
        "{QTY} isn't much yet, the starter plan will carry that load easily",
        "a thousand business cards on designer board is {PRICE} on your price list, the calculator on the site shows the customer exactly that",
        "the agency is coming to look at the colour proof {DATE}, our manager meets them {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "буклеты и стенды к нашей выставке мы напечатаем у вас, а в ответ я сделаю вам подписку на {P} дешевле",
        "бумагу и краску начнете заказывать через встроенную в платформу закупку у нашего партнера, и я за это скошу с подписки {P}",
        "офсета у вас нет, одни цифровые машины, так что модуль раскладки печатных форм вам ни к чему, а без него тариф выходит ниже на {P}",
        "модуль упаковки у нас пока в бета версии, местами сыроват, если согласитесь на нем работать и терпеть шероховатости, он обойдется вам ниже прайса на {P}",
        "прайс матрицы на визитки, листовки и баннеры у вас уже сведены в одну таблицу, калькулятор с нуля собирать не придется, поэтому внедрение посчитаю за минусом {P}",
        "раз вы печатаете благотворительным фондам почти по себестоимости, как социальной типографии я пересчитываю вам тариф, он опускается на {P}",
        "ваши наборщики пройдут наш видеокурс сами, без живого тренера, и на обучение я оформлю вам {PA} сбавку",
        "если подключите автосписание с карты вместо счетов по безналу, нашей бухгалтерии меньше возни, и каждый месяц обойдется вам на {P} дешевле",
        "откажетесь от закрепленного за вами менеджера и будете писать в общую поддержку, тогда по тарифу получится выгода на уровне {PG}",
    ],
    "en": [
        "we'll get you to print the brochures and stands for our trade show, and as a swap i'll make your subscription {P} cheaper",
        "start ordering paper and ink through the purchasing built into the platform, from our partner merchant, and i'll pare {P} off the subscription for it",
        "you've got no offset, only digital presses, so the plate imposition module is no use to you, and without it the plan comes out {P} lower",
        "the packaging module is still in beta and a bit rough in places, if you're willing to work on it and put up with the bumps, it comes to you {P} under list",
        "your price matrices for cards, flyers and banners already sit in one spreadsheet, nobody has to build the calculator from scratch, so i'll bill the onboarding at {P} less",
        "since you print for charities at close to cost, i'm recalculating your plan as a social enterprise, and it sinks {P}",
        "your typesetters go through our video course on their own, no live trainer, and i'll put through a {P} reduction on the training",
        "if you switch to automatic card payments instead of bank invoices, our accounts team has less to chase, and every month costs you {P} less",
        "give up your dedicated account manager and go through general support, and the plan works out about {P} lower",
    ],
}
HALF_T = {
    "ru": ["за пункт выдачи, где заказы только забирают и ничего не печатают, с вас пойдет пятьдесят копеек с каждого рубля обычной цены",
           "упрощенная витрина под одни визитки, без калькулятора баннеров и упаковки, обойдется вам в полтарифа"],
    "en": ["a pickup counter that only hands over finished orders and prints nothing comes in at half the money a print floor costs",
           "a cut down storefront for business cards alone, without the banner and packaging calculator, goes at half the sticker price of the full one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "частные заказчики у вас вносят {P} предоплаты до запуска в печать, и без этой суммы макет в очередь на печать не встанет",
        "бумажный комбинат с первого числа поднял отпускные цены на {P}, прайс на листовки придется пересобрать, а наша подписка остается прежней",
        "на приладку у вас уходит {P} листов сверх тиража, калькулятор сам заложит этот запас в расход бумаги",
        "агентства накручивают своим клиентам комиссию {P}, и в корпоративном кабинете эту наценку видят только они",
        "с тех пор как макеты согласуют онлайн, перепечаток по вине заказчика у наших типографий стало меньше на {P}",
        "поставщик краски отгружает вам со скидкой {P}, когда берете сразу на квартал, мы только внесем его цены в справочник",
        "за срочный тираж к утру вы накидываете к цене {P}, и калькулятор покажет заказчику эту наценку еще до оформления",
        "уже {P} заказов на визитки приходит к вам с телефонов, так что витрина первым делом должна нормально открываться на смартфоне",
    ],
    "en": [
        "your private customers pay {P} up front before anything goes to press, and without that sum the layout won't join the print queue",
        "the paper mill put its prices up {P} as of the first of the month, your flyer price list needs rebuilding, our subscription stays where it is",
        "make ready eats {P} extra sheets on top of the run for you, the calculator builds that allowance into paper use on its own",
        "agencies put a {P} commission on top for their own clients, and in the corporate account only they see that markup",
        "since layouts started getting approved online, reprints caused by the customer are down {P} at the print shops we work with",
        "your ink supplier ships to you at {P} off when you take a quarter's worth at once, we'll just put his prices into the supplier directory",
        "for an overnight rush job you add {P} to the price, and the calculator shows the customer that surcharge before checkout",
        "{P} of business card orders already reach you from phones, so first and foremost the storefront has to open properly on a smartphone",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна цифровая машина и резак в полуподвале, может, подвинетесь на {P} по соседски?",
            "по соседски не выйдет, цена зависит от числа заказов через витрину, а не от размера цеха")],
    "en": [("we're one digital press and a guillotine in a basement, could you move {P} for us, as neighbours?",
            "i can't, neighbourly or not, the price follows the number of orders through the storefront, not the size of the shop")],
}
CHANNEL_T = {
    "ru": [
        "говорят, у вас в цеху стоит старый тигельный пресс, я такие коллекционирую, скиньте фотографии на мой собственный номер в {MSG}, там же и по запуску спишемся, мимо рабочего чата",
        "рабочая сим карта у меня только для исходящих звонков по базе, входящие на нее не проходят, так что звоните на мой собственный, {PPHONE}",
        "по четвергам я читаю лекции в полиграфическом колледже и хочу показать студентам ваши упаковки, так что фотографии и заодно все вопросы по подключению шлите на мой собственный адрес, {PEMAIL}",
        "фотографии первых оттисков с приладки кидайте мне в {MSG}, найдете меня там по коту на аватарке, профиль личный, я его и в выходные смотрю",
        "пришлите образцы ваших работ на мой частный ящик, {PEMAIL}, у меня есть знакомые в паре рекламных агентств, передам им от себя, без компании",
        "если курьер с баннерами заплутает в промзоне, звоните не диспетчеру, а мне на собственный сотовый, {PPHONE}, я там каждый склад знаю",
        "визитки я себе закажу у вас, только на них поставьте не рабочий номер, а мой собственный, {PPHONE}, по нему меня и ловите",
    ],
    "en": [
        "i hear there's an old platen press in your print room, i collect those, send the photos to my own number on {MSG}, and we'll sort the launch out there as well, away from the work chat",
        "my work sim only makes outgoing calls to the lead list, incoming ones don't get through, so use my own number instead, {PPHONE}",
        "on thursdays i lecture at the printing college and i'd like to show the students your packaging, so send the photos, and any questions about getting set up while you're at it, to my own address, {PEMAIL}",
        "send photos of the first make ready sheets to me on {MSG}, you'll spot me by the cat in the profile picture, it's my personal account and i check it at weekends too",
        "mail samples of your work to my private inbox, {PEMAIL}, i've got friends at a couple of ad agencies and i'll pass them on myself, the company stays out of it",
        "if the courier with the banners gets lost in the industrial estate, don't call dispatch, call my own mobile, {PPHONE}, i know every warehouse out there",
        "i'll order my business cards from you, just print my own number on them rather than the work one, {PPHONE}, that's where to catch me",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о каждом шаге заказа, от приема файлов до передачи курьеру, заказчику сообщает официальный бот платформы в {MSG}",
        "если печатная машина выпала из графика и очередь поехала, набирайте дежурную смену компании по общему номеру, {CPHONE}, расписание там перестроят, пока вы на линии",
        "вопросы по счетам для корпоративных клиентов разбирает финансовый отдел компании через общий ящик, {CEMAIL}, отвечает тот, кто сегодня дежурит",
        "когда в калькуляторе появляются новые виды упаковки, компания объявляет об этом в своем официальном канале в {MSG}",
    ],
    "en": [
        "every step of an order, from files received to handover to the courier, is reported to the customer by the platform's official bot on {MSG}",
        "if a press drops out of the schedule and the queue goes haywire, ring the company's duty shift on the general number, {CPHONE}, they'll rebuild the schedule while you're on the line",
        "invoices for corporate clients get sorted out by the company's accounts people, their common mailbox is {CEMAIL}, and the one on duty answers",
        "whenever new packaging types appear in the calculator, the company announces it on its official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["пока у вас новогодний завал с календарями и открытками, вам не до этого, после праздников наберите сами, если интерес останется",
           "покажите витрину паре постоянных агентств, спросите, удобно ли им через нее заказывать, а потом уже решите",
           "принимать заказы по почте и телефону можно и дальше, я вас не тороплю, пробный кабинет за вами сохранится"],
    "en": ["while you're snowed under with calendars and greeting cards for the new year, this can wait, ring me after the holidays if you're still interested",
           "show the storefront to a couple of your regular agencies, ask whether they'd find it easy to order through, and only then make up your mind",
           "you're free to go on taking orders by email and phone, no hurry on my side, the trial account stays open for you"],
}
