"""Sentence templates for the "test25" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a toolkit for online marketplace sellers (listing
sync across marketplaces, repricing, warehouse labels and fulfilment, returns,
ad campaigns, marketplace payouts) to small online shops and home-based
sellers. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test24.py, and
verbs, introducing words and sentence shapes that differ from every template
of all twenty three (a packer working from her kitchen who only answers
between batches once the tape gun is down, the seller's student brother who
fixes prices at night and knows the repricer, the number of the woman who
sews the packing pouches written in marker on a box lid, the seller's mother
who keeps the shop's money and gets the payout texts, a buyer helpline on
the thank you card in every parcel; ad campaign reports for the person who
shoots the product photos, return notices for the business partner who drives
round the pickup points, the mailbox the fulfilment warehouse sends its
intake reports to; the card the marketplace payouts land on, a card tucked
into the box of samples, the sister who co-runs the shop named before her
card; the only person allowed to set ad bids, the person who confirms stock
counts before a listing sync, a seller whose label printer jams mid call;
distractors with a shipment barcode for every box, a seller's article number
on the marketplace, a delivery slot at the marketplace warehouse, a volume
that is serious for a shop run from home, pallet storage at a fulfilment
warehouse and the marketplace's sales report; discounts framed as shipping
labels printed on the seller's own printer, syncing to other marketplaces
switched off for a one marketplace seller, a rate for home sellers with few
listings, the repricer priced under list because ads were taken too, returns
handled at the seller's own place instead of the company's drop point,
testing a new ad module first, the shop's first birthday, the subscription
taken straight out of marketplace payouts and three shops brought over at
once; half price as a second login for a helper who only packs and labels and
a shop paused on the marketplace with its listings hidden; non-offers about a
marketplace's category commission, a buyout rate on clothing, higher delivery
fees built into the floor price, a marketplace funded promotion, ad spend as
a share of revenue in a niche, a bank's fee for card transfers, fewer
cancellations once stock is synced and a fulfilment warehouse's storage paid
up front; a seller sewing bags at her kitchen table asking for a cut;
personal channels as the night a marketplace sale starts with prices moved
every hour with the rep in touch through his own messenger account, a rep who
sells on the marketplaces himself and wants calls on a number he keeps for
himself, the rep writing the claim for a lost shipment from documents sent to
a mailbox of his own, the rep asking to be added from his personal account to
the family group chat where the seller and her sister talk about the shop,
competitors' listing links sent to the rep's home mailbox because the work
computer blocks outside sites, a blocked listing rung through to the rep's
private mobile and a text to the rep's private number when the first
shipment goes to the marketplace warehouse; company channels as the service's
bot sending low stock alerts, the company's payouts desk line that answers at
weekends, the content team's shared address for listing moderation and the
company's community on a messenger where its ad webinars are held).

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
    ("аввакум", "ящиков", "прокофьевич"),
    ("евфросиния", "торгашова", "иоакимовна"),
    ("мардарий", "лавочкин", "фадеевич"),
    ("антонида", "меняйлова", "леонтьевна"),
    ("евлогий", "посылкин", "ионович"),
    ("агапия", "лоточникова", "силуановна"),
    ("селиван", "прилавкин", "маркианович"),
    ("евникия", "разносчикова", "аверьяновна"),
    ("анфим", "бакалеев", "амосович"),
    ("секлетея", "сбытова", "артамоновна"),
]
EN_NAMES = [
    ("isolde", "ashdown"),
    ("thelonius", "brackenridge"),
    ("eudora", "penrose"),
    ("alphonse", "tetteh"),
    ("hyacinth", "magnusson"),
    ("lazarus", "quimby"),
    ("rosalie", "fairclough"),
    ("cassius", "villiers"),
    ("temperance", "holcombe"),
    ("cyrus", "bellweather"),
]
RU_LAT = {"аввакум": "avvakum", "ящиков": "yashchikov", "евфросиния": "evfrosiniya", "торгашова": "torgashova",
          "мардарий": "mardariy", "лавочкин": "lavochkin", "антонида": "antonida", "меняйлова": "menyaylova",
          "евлогий": "evlogiy", "посылкин": "posylkin", "агапия": "agapiya", "лоточникова": "lotochnikova",
          "селиван": "selivan", "прилавкин": "prilavkin", "евникия": "evnikiya", "разносчикова": "raznoschikova",
          "анфим": "anfim", "бакалеев": "bakaleev", "секлетея": "sekleteya", "сбытова": "sbytova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "заказы у нас собирает упаковщица, она работает у себя на кухне и берет трубку только между партиями, когда отложит скотч, {PHONE}",
        "цены по ночам правит мой младший брат, он студент и сидит допоздна, если с репрайсером что то не так, он разберется быстрее меня, {PHONE}",
        "номер девушки, которая шьет нам мешочки для упаковки, выведен маркером на крышке коробки, сейчас разверну к себе, {PHONE}",
        "смс о выплатах с площадки пускай идут на телефон моей мамы, все деньги магазина у нас держит она, {PHONE}",
        "в каждую посылку мы вкладываем открытку с благодарностью и номером нашей службы заботы, {CPHONE}, покупатели звонят туда насчет возвратов",
        # e-mail
        "отчеты по рекламным кампаниям сбрасывайте на {EMAIL}, это ящик девушки, которая снимает нам карточки, она решает, какие фото крутить в рекламе",
        "уведомления о возвратах заведите на {EMAIL}, их читает мой компаньон, он как раз и мотается по пунктам выдачи за товаром",
        "{EMAIL}, если нужно, могу по буквам, на этот ящик склад фулфилмента присылает все акты приемки",
        # card
        "подписку списывайте с карты, на которую капают выплаты с маркетплейса, цифры на ней такие, {CARD}",
        "карту я сунула в коробку с образцами, чтобы не потерялась, погодите, ага, нашла, {CARD}",
        "карта оформлена на мою сестру, {NAME}, магазин мы ведем вдвоем, и она не против, номер вот, {CARD}",
        # name
        "ставки в рекламе пусть двигает только {NAME}, остальным кнопку запуска кампаний закройте, иначе бюджет улетит за день",
        "пересчет остатков на складе у нас подтверждает {NAME}, без этого человека синхронизацию карточек не запускайте",
        "{FIRST}, подождите, у меня принтер этикеток зажевал ленту, сейчас вытащу и продолжим",
    ],
    "en": [
        # phone
        "our orders are packed by a woman who works from her own kitchen, she only answers between batches once she's put the tape gun down, {PHONE}",
        "my little brother fixes our prices at night, he's a student and stays up late, if something's off with the repricer he'll sort it quicker than me, {PHONE}",
        "the number of the girl who sews our packing pouches is written in marker on a box lid, wait while i turn it round, {PHONE}",
        "have the payout texts from the marketplace go to my mum's phone, she's the one who keeps all the shop's money, {PHONE}",
        "every parcel we send has a thank you card in it with our buyer helpline printed on it, {CPHONE}, people call there about returns",
        # e-mail
        "the ad campaign reports can go over to {EMAIL}, it belongs to the girl who shoots our listings, she decides which photos run in the ads",
        "set the return notices up for {EMAIL}, my business partner reads them, he drives round the pickup points collecting whatever comes back",
        "{EMAIL}, i can spell it out if you need, the fulfilment warehouse sends all its intake reports to that one",
        # card
        "take the subscription from the card our marketplace payouts drop onto, the digits on it go, {CARD}",
        "i tucked the card into the box of samples so it wouldn't go missing, wait, yep, found it, {CARD}",
        "the card belongs to my sister, {NAME}, she and i run the shop together and she's said yes to this, the number's {CARD}",
        # name
        "only {NAME} should move the ad bids, lock the campaign launch button for everyone else or the budget's gone in a day",
        "{NAME} signs off the stock counts in our store room, don't kick off a listing sync without that person",
        "{FIRST}, hang on, my label printer has just chewed up the roll, let me pull it free and you can go on",
    ],
}
NOPII_T = {
    "ru": [
        "штрихкод поставки {BADCARD}, его надо наклеить на каждую коробку, иначе склад их не примет",
        "наш артикул продавца на площадке {BADCARD}, по нему и ищите эту кружку в каталоге",
        "поставку на склад маркетплейса нам назначили {DATE}, машину ждут у ворот {TIME}",
        "{QTY} для магазина, который работает из квартиры, это уже серьезно, тут без автоматической синхронизации остатков не обойтись",
        "за месяц хранения одной паллеты на складе фулфилмента с нас берут {PRICE}, а товар там лежит неделями",
        "отчет о реализации площадка выкладывает {DATE}, а сверять его наш бухгалтер садится {TIME}",
    ],
    "en": [
        "the shipment barcode is {BADCARD}, it has to go on every box or the warehouse won't accept them",
        "our seller article number on the marketplace is {BADCARD}, search the catalogue for that mug with it",
        "the marketplace warehouse gave us a delivery slot {DATE}, the van has to be unloading {TIME}",
        "{QTY} is already serious for a shop run out of a flat, you won't get by without automatic stock sync",
        "for a month of storing one pallet at the fulfilment warehouse they charge us {PRICE}, and stock sits there for weeks",
        "the marketplace posts its sales report {DATE}, and our bookkeeper sits down to check it {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если этикетки будете печатать на своем принтере, а не заказывать у нас готовые рулоны, месячный счет выйдет ниже на {P}",
        "вы пока торгуете только на одной площадке, так что синхронизацию с остальными я вам отключу, и платить будете на {P} меньше",
        "для домашних продавцов, у кого меньше сотни карточек, есть особая сетка, по ней выходит на {P} дешевле стандарта, и вы как раз туда попадаете",
        "раз вы уже взяли у нас рекламный модуль, репрайсер поставлю вам в пакет по цене минус {P} от прайса",
        "возвраты вы принимаете у себя дома, а не через наш пункт, поэтому модуль возвратов посчитаю вам за вычетом {P}",
        "согласитесь первыми опробовать наш новый модуль рекламы и рассказывать, что в нем не так, и на время проверки с вашей подписки уйдет {P}",
        "у вашего магазина на следующей неделе первый день рождения, так что на продление дарю вам {PA} скидку",
        "разрешите списывать подписку прямо из выплат площадки, без отдельных счетов, и обходиться она вам будет на {P} дешевле",
        "переведете под нашу крышу все три своих магазина разом, и по общему счету у вас выйдет выгода не меньше {PG}",
    ],
    "en": [
        "if you print the shipping labels on your own printer rather than ordering ready made rolls from us, the monthly bill comes in {P} lower",
        "you only sell on one marketplace for now, so i'll switch off syncing to the others and you'll be paying {P} less",
        "home sellers with under a hundred listings get the plan at {P} below standard, and you fall right into that",
        "since you've already taken the ad module from us, i'll put the repricer into your package at {P} under list",
        "you take returns in at home rather than through our drop point, so i'll price the returns module with {P} taken away",
        "agree to try out our new ad module first and tell us what's wrong with it, and while you're testing your subscription is {P} smaller",
        "your shop turns one next week, so as a birthday present i'm giving you {P} off the renewal",
        "let us take the subscription straight out of your marketplace payouts, no separate invoices, and its price drops by {P}",
        "move every one of your three shops across in one go and the bill for them together comes out at least {P} cheaper",
    ],
}
HALF_T = {
    "ru": ["второй вход для помощника, который только клеит этикетки и собирает заказы, стоит ровно половину от основного",
           "пока магазин на площадке стоит на паузе и карточки скрыты, подписку держим за полцены, чтобы ваши настройки не слетели"],
    "en": ["a second login for a helper who only sticks on labels and packs orders is priced at exactly half the main one",
           "while your shop is paused on the marketplace with the listings hidden, we keep the subscription at half price so your settings don't get wiped"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "комиссия площадки с продаж в категории посуды составляет {P}, программа вычтет ее, когда будет считать вашу маржу",
        "процент выкупа по одежде у вас {P}, остальное покупатели так и не забирают с пунктов выдачи",
        "с весны площадка подняла тарифы на доставку на {P}, поэтому репрайсер будет закладывать это в минимальную цену",
        "в акции площадки покупатель видит скидку {P}, но оплачивает ее сам маркетплейс, а вы получаете свою обычную цену",
        "у продавцов вашей ниши реклама съедает {P} выручки, и отчет покажет, где именно вы переплачиваете",
        "при выводе денег на карту банк удерживает {P} за перевод, до нас эти деньги не доходят, в отчете они просто стоят отдельной строкой",
        "после подключения синхронизации у наших продавцов отмен из за нулевых остатков становится на {P} меньше",
        "склад фулфилмента просит вперед {P} от стоимости месяца хранения, это их условие, а не наше",
    ],
    "en": [
        "the marketplace's commission on sales in the kitchenware category is {P}, the software subtracts it when it works out your margin",
        "your buyout rate on clothing is {P}, the rest the buyers just never pick up from the pickup points",
        "the marketplace raised its delivery fees by {P} this season, so the repricer will build that into your floor price",
        "in the marketplace's promotion the buyer sees {P} off, but the marketplace pays for that itself and you still get your usual price",
        "sellers in your niche spend {P} of their revenue on ads, and the report shows exactly where you're overpaying",
        "when you withdraw money to a card the bank charges {P} for the transfer, that money is the bank's, we never even see it, the report simply lists it on its own line",
        "once stock sync is switched on, our sellers get {P} fewer cancellations caused by items that had run out",
        "the fulfilment warehouse wants {P} of the month's storage up front, that's their condition, not ours",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я шью сумки у себя на кухне и продаю совсем понемногу, можно мне как нибудь сбросить {P}?",
            "к сожалению, нет, тариф для всех продавцов одинаковый, сколько бы заказов у них ни было")],
    "en": [("i sew bags at my kitchen table and only sell a handful, could you possibly drop {P} for me?",
            "i'm afraid not, the plan costs every seller the same, no matter how many orders they get")],
}
CHANNEL_T = {
    "ru": [
        "в ночь старта распродажи цены придется двигать чуть ли не каждый час, так что держите связь лично со мной через {MSG}, я там под своим собственным аккаунтом, а не под аккаунтом сервиса",
        "я и сам торгую на площадках, поэтому про карточки подскажу как продавец продавцу, звоните мне не через поддержку, а на номер, который я держу для себя, {PPHONE}",
        "претензию к площадке по потерянной поставке я составлю за вас сам, пришлите документы не в общее обращение, а в мой личный ящик, {PEMAIL}",
        "добавьте меня в {MSG} в семейный чат, где вы с сестрой обсуждаете магазин, я там под личным аккаунтом, так что проблему увижу раньше, чем она дойдет до поддержки",
        "ссылки на карточки конкурентов закиньте на почту, которую я читаю дома, {PEMAIL}, компьютер на службе у меня не пускает на сторонние сайты, так что посмотрю их вечером с домашнего",
        "если площадка заблокирует вам карточку, не ждите ответа по обращению, сразу набирайте меня на личный сотовый, {PPHONE}, подскажу, что писать модерации",
        "когда повезете первую поставку на склад маркетплейса, киньте мне сообщение на мой частный номер, {PPHONE}, я сам прослежу, чтобы приемка прошла без сюрпризов",
    ],
    "en": [
        "on the night a marketplace sale kicks off you'll be moving prices almost every hour, so stay in touch with me personally through {MSG}, i'm on my own account there, not the service's",
        "i sell on the marketplaces myself, so i can help with listings as one seller to another, don't go through support, ring the number i keep for myself, {PPHONE}",
        "i'll write the claim to the marketplace about the lost shipment for you myself, send the documents not into the shared ticket but to a mailbox of my own, {PEMAIL}",
        "add me to that family group chat on {MSG} where you and your sister talk about the shop, i'm on my personal account there, so i'll see a problem before it ever gets to support",
        "drop the links to your competitors' listings into my home mailbox, {PEMAIL}, my work computer won't open outside sites, so i'll look at them this evening on my home one",
        "if the marketplace blocks one of your listings, don't wait for a reply to the ticket, ring me on my private mobile straight away, {PPHONE}, i'll tell you what to write to moderation",
        "when you take your first shipment to the marketplace warehouse, text me on my private number, {PPHONE}, i'll personally make sure intake goes without surprises",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "включите оповещения о заканчивающемся товаре, их присылает бот сервиса в {MSG}, настраивается он у вас в кабинете в разделе склада",
        "если выплата задерживается, звоните в отдел выплат компании, у него своя линия, {CPHONE}, там отвечают и в субботу, и в воскресенье",
        "вопросы по модерации карточек принимает наша команда контента, адрес у нее общий, {CEMAIL}, отвечает тот, кто сейчас на смене",
        "вебинары по рекламе компания проводит в своем сообществе в {MSG}, ссылку на него найдете в кабинете",
    ],
    "en": [
        "turn on the low stock alerts, the service's bot sends them on {MSG}, you set it up in your account under the warehouse section",
        "if a payout is running late, call the company's payouts desk, it has a line of its own, {CPHONE}, they answer on saturdays and sundays too",
        "questions about listing moderation go to our content team at their shared address, {CEMAIL}, whoever is on shift answers",
        "the company holds its ad webinars in its own community on {MSG}, you'll find the link to it in your account",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца сезона распродаж, прикиньте, сколько часов уходит на ручную правку цен, и тогда решите, нужны мы вам или нет",
           "поработайте на бесплатном тарифе с одной площадкой, присмотритесь, а расширяться или нет, решите сами",
           "если вам пока удобнее вести все в таблице вручную, ничего страшного, я не обижусь и навязываться не стану"],
    "en": ["wait till the sale season's over, work out how many hours go on fixing prices by hand, and then decide whether you need us at all",
           "stay on the free plan with one marketplace, see how it sits with you, whether to go any further is up to you",
           "if a spreadsheet kept by hand suits you better for now, that's no problem, i won't take offence, nor will i keep pushing"],
}
