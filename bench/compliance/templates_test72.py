"""Sentence templates for the "test72" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and workshop platform for tailoring and
clothing-alteration studios (hemming and fitting orders written up on tickets,
fittings booked with the tailor, made to measure suits, pickup dates, express
alterations, fabric and button stock) to studio owners, cutters, seamstresses,
front counter staff and the people who buy cloth and trim. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test70.py (ru first names, surnames and
patronymics from Н to Я, en first names and surnames from M to Z), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a head cutter who stands at the table all day with pins in her
mouth, never hears a call but reads messages about new fittings, a furrier
who only comes in on thursdays and is caught on his mobile the rest of the
week, the storekeeper who takes in buttons and zips and should get the low
trim alerts, the owner offering her own number to a customer who has not
collected her dress for a month, the studio chain's general enquiries line
for customers who lost their ticket; sketches and measurements forwarded to
the pattern maker, the quarterly check of fabric left in stock sent to the
owner's son who does the purchasing, a question and answer about where the
photos of finished pieces go; a caller wiping tailor's chalk off her hands
on her apron before reading the card, a caller paying with her own card
rather than the studio's, a card left behind by someone who is away, named
before the card; the cutter men's suit fittings are booked with, a caller
handing the phone to the front counter, a caller with a customer standing in
the fitting room full of pins; distractors with a batch number on a roll of
suiting wool, a delivery note from a trim factory, a second fitting of a
wedding dress, a quantity repeated back as a question, the price of taking
up trousers and a cloth delivery for a new suit collection; discounts framed
as a tailors' guild agreement for its members, leftover fabric put into the
vendor's shared remnants catalogue, the move from the free version to the
paid one, a setup with no old database to move because everything is on
paper, the upgrade from the vendor's old boxed version to the cloud, a plan
that keeps tickets for one year instead of five, an online clothes shop that
sends its buyers for alterations and pays the vendor for the link, two
intake kiosks in underpasses counted as one point, and a starting price
below list in exchange for yearly indexing to inflation; half price as a
tailor renting a corner of the studio for his own orders and a drop off
point without a workroom; non-offers about an advance on a made to measure
suit before the cutter touches the cloth, taxes and contributions taking a
share of takings, a mill clearing last season's cloth, the share of orders
that are hems and sleeves, spring growth in wedding and prom dress
alterations, an agent's cut for bringing in bridal shops, finished pieces
left on the rails past their date and a rise in the seamstresses' piece
rates; a studio of three asking for a cut; personal channels as the rep's
personal messenger account while the company moves to another messenger, the
rep's own phone because whoever is nearest picks up at the office, a
questionnaire sent to the rep's own inbox to skip the department's queue, a
photo of the paper ticket sent to the rep's own account for him to redraw at
home, a contract sent from the rep's personal e-mail because the company's
letters land in the client's spam, the rep's own mobile called on speaker in
the middle of a fitting and the rep's personal phone to be put in touch with
a lining wholesaler he knows, outside work; company channels as the
company's official channel with walkthroughs on writing up tickets, the
company's separate accounts line for invoices, the shared address of the
company's design department that draws tickets with the studio's logo and
the company's official bot sending the owner a morning summary of fittings
and pickups; polite closings as trying the software on like a jacket for a
week, deciding the way a made to measure suit is made, with the decision at
the very end, and preferring no regrets to a signature today).

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
    ("овидий", "наперсткин", "юстинович"),
    ("нинелла", "подкладкина", "эрнестовна"),
    ("парамон", "оверлоков", "ратиборович"),
    ("розина", "строчкина", "пафнутьевна"),
    ("силантий", "пуговкин", "хрисанфович"),
    ("франциска", "тесьмина", "сардионовна"),
    ("эммануил", "твидов", "орестович"),
    ("теофила", "шовкина", "юлиевна"),
    ("терентий", "петлицын", "фортунатович"),
    ("эдита", "утюжкова", "урвановна"),
]
EN_NAMES = [
    ("malachi", "stitchley"),
    ("saskia", "woolgar"),
    ("melchior", "tweedie"),
    ("myrtle", "thimbleby"),
    ("tarquin", "needham"),
    ("sybil", "seamark"),
    ("virgil", "nutbrown"),
    ("winnie", "shearsmith"),
    ("radley", "quilter"),
    ("ulla", "ravelston"),
]
RU_LAT = {"овидий": "ovidiy", "наперсткин": "naperstkin", "нинелла": "ninella", "подкладкина": "podkladkina",
          "парамон": "paramon", "оверлоков": "overlokov", "розина": "rozina", "строчкина": "strochkina",
          "силантий": "silantiy", "пуговкин": "pugovkin", "франциска": "frantsiska", "тесьмина": "tesmina",
          "эммануил": "emmanuil", "твидов": "tvidov", "теофила": "teofila", "шовкина": "shovkina",
          "терентий": "terentiy", "петлицын": "petlitsyn", "эдита": "edita", "утюжкова": "utyuzhkova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старшая закройщица весь день стоит у стола с булавками во рту, звонков она не слышит, а вот сообщения о новых примерках читает, {PHONE}",
        "скорняк у нас приходящий, в ателье бывает только по четвергам, в остальные дни его можно поймать по мобильному, {PHONE}",
        "пуговицы и молнии от поставщика принимает кладовщица, это она замечает, когда той или иной фурнитуры остается мало, так что оповещения об остатках пусть приходят к ней на телефон, {PHONE}",
        "если клиентка не забирает платье больше месяца, пусть система предложит ей набрать меня напрямую, я хозяйка ателье, {PHONE}",
        "клиенты, которые потеряли квитанцию, звонят в общую справочную нашей сети ателье, {CPHONE}, там заказ найдут по фамилии",
        # e-mail
        "эскизы и мерки для костюмов на заказ пересылайте нашему технологу, {EMAIL}, по ним она строит лекала",
        "квартальную сверку остатков ткани отправляйте моему сыну, закупки у нас считает он, адрес такой, {EMAIL}",
        "куда слать фотографии готовых вещей для нашей страницы? вот сюда, {EMAIL}, этим у нас занимается дочка хозяйки",
        # card
        "погодите, вытру руки о фартук, они у меня в портновском мелу, так, читаю, {CARD}",
        "платить буду своей личной картой, а не картой ателье, с бухгалтером потом сама разберусь, записывайте, {CARD}",
        "{NAME} сейчас в отъезде, карту мне оставили, чтобы оплатить первый месяц, номер такой, {CARD}",
        # name
        "примерки мужских костюмов записывайте к {NAME}, это наш закройщик, запись к этому мастеру открыта со вторника по субботу",
        "сейчас трубку возьмет {NAME}, это наш администратор приема, объяснит, как у нас выписываются квитанции, лучше меня",
        "{FIRST}, у меня клиентка в примерочной стоит вся в булавках, дайте мне пару минут, и я к вам вернусь",
    ],
    "en": [
        # phone
        "our head cutter stands at the table all day with pins in her mouth, she never hears a call, but she does read messages about new fittings, {PHONE}",
        "our furrier only comes in on thursdays, the rest of the week you can catch him on his mobile, {PHONE}",
        "the storekeeper takes in the buttons and zips from the supplier, she's the one who notices when some trim is running low, so let the stock alerts come to her phone, {PHONE}",
        "if a customer hasn't collected her dress for over a month, have the system offer her my direct number, i own the studio, {PHONE}",
        "customers who've lost their ticket ring our studio chain's general enquiries line, {CPHONE}, they find the order there by surname",
        # e-mail
        "forward the sketches and measurements for made to measure suits to our pattern maker, {EMAIL}, she drafts the patterns from them",
        "send the quarterly check of fabric left in stock to my son, he does the purchasing here, the address is {EMAIL}",
        "where do the photos of finished pieces for our page go? right here, {EMAIL}, the owner's daughter looks after that",
        # card
        "hang on, let me wipe my hands on my apron, they're all over tailor's chalk, right, reading it now, {CARD}",
        "i'll pay with my own personal card, not the studio's, i'll sort it out with the bookkeeper later, take it down, {CARD}",
        "{NAME} is away at the moment and left the card with me to pay the first month, the number's {CARD}",
        # name
        "book men's suit fittings with {NAME}, that's our cutter, bookings with that tailor run tuesday to saturday",
        "i'm handing you over to {NAME}, who runs our front counter and can explain how tickets get written up better than i can",
        "{FIRST}, i've got a customer standing in the fitting room covered in pins, give me a couple of minutes and i'll be back with you",
    ],
}
NOPII_T = {
    "ru": [
        "номер партии на рулоне костюмной шерсти {BADCARD}, по нему фабрика примет претензию по браку",
        "на накладной от фабрики фурнитуры стоит номер {BADCARD}, по нему и пересчитайте коробки, когда привезут пуговицы",
        "вторая примерка свадебного платья назначена {DATE}, невеста с мамой подъедут {TIME}",
        "{QTY}, вы сказали? тогда самого младшего тарифа вам хватит с запасом",
        "подшив брюк у вас по прайсу идет за {PRICE}, а срочный в тот же день, как я понимаю, дороже",
        "ткани для новой коллекции костюмов привезут {DATE}, машина со склада обычно приходит {TIME}",
    ],
    "en": [
        "the batch stamped on the roll of suiting wool is {BADCARD}, the mill only takes defect claims that quote it",
        "the trim factory's delivery note carries the number {BADCARD}, count the boxes off against it when the buttons arrive",
        "the second fitting for the wedding dress is booked {DATE}, the bride and her mum will be here {TIME}",
        "{QTY}, you said? then the smallest plan will do you with plenty left over",
        "taking up trousers costs {PRICE} by your price list, and same day work costs more, i take it",
        "the cloth for the new suit collection arrives {DATE}, the van from the warehouse usually gets here {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "вы же в гильдии портных состоите? у нас с гильдией соглашение, ее членам абонентка обходится на {P} ниже",
        "выставите остатки своих тканей в нашем общем каталоге, где их докупают другие ателье, и я за это урежу вам абонентку на {P}",
        "полгода вы сидите у нас на бесплатной версии, так что при переходе на платную первый счет выйдет на {P} меньше",
        "у вас все на бумаге, переносить старую базу не придется, поэтому внедрение я вам посчитаю на {P} дешевле",
        "вы ведь до сих пор работаете на нашей старой коробочной версии, так что переезд в облако обойдется вам на {P} дешевле, чем новому клиенту",
        "если квитанции в системе будут храниться год, а не пять лет, тариф с коротким архивом обойдется вам на {P} дешевле",
        "интернет магазин одежды, который шлет к вам покупателей на подгонку, сам доплачивает нам за связку с вашим ателье, поэтому вам я сделаю {PA} поблажку",
        "два ваших киоска приема в подземных переходах посчитаю как одну точку, и счет от этого станет тоньше на {P}",
        "согласитесь на ежегодную индексацию цены по инфляции, и тогда стартовая выйдет ниже прайса в пределах {PG}",
    ],
    "en": [
        "you're in the tailors' guild, aren't you? we've got an agreement with the guild, and its members pay {P} less for the subscription",
        "put your leftover fabric into our shared catalogue where other studios buy remnants, and i'll cut your subscription by {P} for it",
        "you've been on our free version for six months, so when you move to the paid one the first invoice comes out {P} lower",
        "everything you have is on paper, there's no old database to move over, so i'll price the setup {P} cheaper",
        "you're still running our old boxed version, so moving up to the cloud costs you {P} less than it would a new customer",
        "if tickets are kept in the system for one year instead of five, the plan with the short archive costs you {P} less",
        "the online clothes shop that sends you its buyers for alterations pays us extra for the link with your studio, so i'll make you a {P} allowance",
        "your two intake kiosks in the underpasses i'll count as a single point, and that makes the bill {P} thinner",
        "agree to the price being indexed to inflation every year, and the starting one comes in under list by as much as {P}",
    ],
}
HALF_T = {
    "ru": ["портной, который снимает у вас угол и берет свои собственные заказы, получит место в системе за полцены",
           "пункт приема без своего цеха, где вещи только принимают и выдают, подключим вдвое дешевле полноценного ателье"],
    "en": ["a tailor who rents a corner from you and takes orders of his own gets a seat in the system at half price",
           "a drop off point with no workroom of its own, where things are only taken in and handed out, we connect at half what a full studio pays"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за костюм на заказ клиент вносит вперед {P}, и пока этих денег нет, закройщик ткань не режет, система покажет это на карточке заказа",
        "налоги и взносы забирают у вас примерно {P} выручки, отчет по ним программа соберет без вашего бухгалтера",
        "фабрика распродает ткани прошлого сезона со скидкой {P}, и себестоимость остатков в системе пересчитается по новой цене",
        "по нашим подсчетам, {P} всех заказов в ателье, это подшив брюк и укорачивание рукавов",
        "весной перешив свадебных и выпускных платьев у ателье вырастает на {P}, так что календарь примерок лучше открыть заранее",
        "агент, который приводит к вам свадебные салоны, берет {P} с каждого заказа, и программа сама вычтет его долю из выручки",
        "около {P} готовых вещей висят у вас дольше срока, пока хозяева о них не вспомнят, поэтому напоминания программа шлет сама",
        "швеям вы с весны подняли сдельные расценки на {P}, и зарплату по новым ставкам система пересчитает сама",
    ],
    "en": [
        "for a made to measure suit the customer pays {P} in advance, and until that's in the cutter doesn't touch the cloth, the system shows it on the order card",
        "taxes and contributions take about {P} of your takings, the software puts that report together without your bookkeeper",
        "the mill is clearing last season's cloth at {P} off, and the cost of your stock in the system gets recalculated at the new price",
        "by our count, {P} of all studio orders are taking up trousers and shortening sleeves",
        "in spring, alterations to wedding and prom dresses go up {P} at studios, so it's worth opening the fitting calendar early",
        "the agent who brings bridal shops your way takes {P} of every order, and the software subtracts that share from your takings by itself",
        "around {P} of finished pieces hang on your rails past their date until the owners remember them, so the software sends the reminders itself",
        "you raised the seamstresses' piece rates {P} in spring, and the system will redo their pay at the new rates itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("нас всего трое, я да две швеи, неужто не уступите {P}?",
            "не уступлю, цена за рабочее место одна, хоть у вас две швеи, хоть двадцать")],
    "en": [("there's only three of us, me and two seamstresses, surely you can let us have {P} off?",
            "i can't, the price per seat is the same whether you've got two seamstresses or twenty")],
}
CHANNEL_T = {
    "ru": [
        "компания на следующей неделе переезжает в другой мессенджер, так что пока пишите мне в {MSG}, туда, где я сижу под своим личным номером",
        "в офисе трубку берет кто придется, а вы звоните прямо мне, на личный, {PPHONE}, так точно попадете на меня",
        "анкету ателье заполните и пришлите лично мне на мой ящик, {PEMAIL}, я посмотрю ее раньше, чем до нее дойдет очередь в отделе",
        "сфотографируйте свою бумажную квитанцию и скиньте мне в {MSG}, на мой собственный аккаунт, вечером дома я перерисую ее под систему",
        "письма с адреса нашей компании у вас почему то падают в спам, так что договор я пришлю со своей личной почты, {PEMAIL}, добавьте ее в контакты",
        "если клиентка прямо на примерке спросит про программу, наберите меня на мобильный, он мой собственный, не служебный, {PPHONE}, я ей все по громкой связи расскажу",
        "у меня есть знакомый оптовик с хорошей подкладкой, наберите меня вечером на личный, {PPHONE}, я вас сведу, это уже не по работе",
    ],
    "en": [
        "the company's moving to a different messenger next week, so for now write to me on {MSG}, where i'm signed in under my personal number",
        "at the office whoever's nearest picks up, so call me directly on my own phone, {PPHONE}, that way you'll always get me",
        "fill in the studio questionnaire and send it straight to my own inbox, {PEMAIL}, i'll look at it before it would come up in the department's queue",
        "take a photo of your paper ticket and send it to me on {MSG}, to my own account, and in the evening at home i'll redraw it for the system",
        "emails from our company's address keep landing in your spam for some reason, so i'll send the contract from my personal email, {PEMAIL}, add it to your contacts",
        "if a customer asks about the software right in the middle of a fitting, ring my mobile, it's my own, not the work one, {PPHONE}, i'll tell her everything on speaker",
        "i know a wholesaler with good lining fabric, give me a ring this evening on my personal phone, {PPHONE}, i'll put you in touch, that's nothing to do with work",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "короткие разборы, как быстрее оформлять квитанции, компания публикует в официальном канале в {MSG}, подпишите на него приемщиц",
        "по счетам и оплате у компании есть отдельная линия бухгалтерии, {CPHONE}, туда звонит любой наш клиент",
        "квитанции с вашим логотипом рисует дизайн отдел компании, пожелания к макету присылайте на их общий адрес, {CEMAIL}",
        "каждое утро официальный бот компании в {MSG} присылает хозяйке ателье сводку, сколько сегодня примерок и сколько вещей ждут выдачи",
    ],
    "en": [
        "short walkthroughs on writing up tickets faster come out from the company on its official channel on {MSG}, get your counter staff to subscribe",
        "for invoices and payments the company has a separate accounts line, {CPHONE}, any of our customers can call it",
        "the company's design department draws up the tickets with your logo, send your wishes for the layout to their shared address, {CEMAIL}",
        "every morning the company's official bot on {MSG} sends the studio owner a summary of how many fittings there are today and how many pieces are waiting to be collected",
    ],
}
NOT_PRESSURE = {
    "ru": ["примерьте программу, как пиджак, поносите ее недельку, не сядет по фигуре, значит не сядет, я не обижусь",
           "тут как с костюмом на заказ, сначала мерки, потом примерка, а решение в самом конце, так что не спешите",
           "мне важнее, чтобы вы потом не пожалели, чем чтобы подписали сегодня, думайте, сколько нужно"],
    "en": ["try the software on like a jacket, wear it for a week, and if it doesn't fit, it doesn't, no hard feelings",
           "it's like a made to measure suit, measurements first, then a fitting, and the decision right at the end, so don't rush",
           "i'd rather you never regret it than sign today, take as long as you need"],
}
