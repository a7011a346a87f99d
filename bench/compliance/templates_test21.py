"""Sentence templates for the "test21" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and planning platform for weddings and
events (venue calendar, banquet menus and seating plans, guest lists, deposits
and payment schedules, supplier coordination with florists, photographers,
musicians and decorators) to banquet halls, event agencies and wedding
planners. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test20.py, and
verbs, introducing words and sentence shapes that differ from every template
of all nineteen (the wedding coordinator who draws up the seating plans, the
photographer the agency always books who wants to see the shoot calendar,
the head chef who signs off banquet menus and is at the market in the
mornings, a cashier's phone copied on the deposit reminders sent to couples,
the banquet office line printed at the bottom of every invitation; florist
contracts landing with the decorator, guest lists collected by e-mail and
moved into the seating plan by hand, the host's address for the running
order; the card that pays for marquee hire, a husband reading the card number
out for his wife to repeat, a card issued to the agency director; the only
person allowed to move dates in the hall calendar after a double booked
saturday, the person who deals with music and lighting suppliers, a client
stepping out onto the stairs during a sound check; distractors with a hall
booking number, a projector's inventory number, a menu tasting, a package
sized to the client, the hire of a flower arch and the balance paid before
the decorators get into the hall; discounts framed as a lighter plan over the
winter lull, a referral of another agency, an apology for the booking
calendar going down, logins frozen for planners on maternity leave, a solo
planner's plan against the agency one, talking at the company's meetup for
banquet venues, a reduction kept while the main hall is renovated, the first
agency in its city on the platform and deposits run through the payment
module; half price as suppliers' access to the shared calendar and a page for
the couple with a guest questionnaire; non-offers about the share a venue
keeps on a late cancellation, a service charge on the bill, guests who never
turn up, weekday weddings in demand, a caterer's referral fee, a decorator's
trade discount on fabric, value added tax in the banquet price and the
payment schedule a couple signs; a planner with a wedding every weekend
asking for a cut for volume; personal channels as the rep who hosts weddings
at weekends and answers on his messenger between games, a rep on honeymoon
who keeps the client on her own phone, supplier quotes sent to the rep's home
mailbox, couples' wishes sent as voice notes to a number the office does not
know about, an expo invitation sent to the rep's own inbox, the rep's
non-work mobile given to couples and a number that stays with the rep if she
leaves; company channels as the company's care chat in a messenger, the
finance department's line, the company lawyers' shared address and training
videos in the company's channel).

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
    ("никодим", "колесников", "фирсович"),
    ("анисья", "бахрушина", "зотиковна"),
    ("иннокентий", "тропинин", "ларионович"),
    ("степанида", "завьялова", "савватеевна"),
    ("панфил", "кострикин", "кирсанович"),
    ("матрена", "голубцова", "евлампиевна"),
    ("светозар", "рукавишников", "афиногенович"),
    ("феодосия", "самсонова", "трифоновна"),
    ("прокл", "шелковников", "изотович"),
    ("христина", "пеструхина", "маркеловна"),
]
EN_NAMES = [
    ("lancelot", "featherby"),
    ("marjorie", "okwuosa"),
    ("cyprian", "haldane"),
    ("rosalba", "pennycook"),
    ("wystan", "delahaye"),
    ("odalys", "kirkpatrick"),
    ("bertram", "achterkamp"),
    ("millicent", "ravenscroft"),
    ("ezra", "quartermaine"),
    ("sibyl", "mortensen"),
]
RU_LAT = {"никодим": "nikodim", "колесников": "kolesnikov", "анисья": "anisya", "бахрушина": "bakhrushina",
          "иннокентий": "innokentiy", "тропинин": "tropinin", "степанида": "stepanida", "завьялова": "zavyalova",
          "панфил": "panfil", "кострикин": "kostrikin", "матрена": "matrena", "голубцова": "golubtsova",
          "светозар": "svetozar", "рукавишников": "rukavishnikov", "феодосия": "feodosiya",
          "самсонова": "samsonova", "прокл": "prokl", "шелковников": "shelkovnikov",
          "христина": "khristina", "пеструхина": "pestrukhina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "рассадку гостей у нас рисует координатор свадеб, спросите у нее, как ей удобнее все настроить, номер {PHONE}",
        "фотограф, которого мы всегда зовем, хочет видеть календарь съемок, подключите его к системе, связаться с ним можно так, {PHONE}",
        "банкетное меню утверждает шеф нашей кухни, по утрам он на закупке, но трубку возьмет, {PHONE}",
        "напоминания о задатке, которые система шлет молодоженам, пусть копией приходят на телефон нашего кассира, {PHONE}",
        "внизу каждого приглашения, которое мы печатаем, стоит телефон банкетной службы, {CPHONE}, по нему гости и подтверждают, что придут",
        # e-mail
        "договоры с флористами пусть падают на {EMAIL}, ящик принадлежит нашему декоратору, она сама подбирает цветы под оформление зала",
        "списки гостей от молодоженов я собираю на {EMAIL}, а потом вручную переношу их в план рассадки",
        "{EMAIL}, проверьте, правильно ли я продиктовала, это адрес нашего ведущего, ему нужен сценарий вечера",
        # card
        "первый месяц спишите с карты, которой мы платим за аренду шатров, готовы, {CARD}",
        "муж принес карту, он читает мне номер, а я за ним повторяю, {CARD}",
        "карта выпущена на имя {NAME}, это директор агентства, номер прочитаю целиком, {CARD}",
        # name
        "двигать даты в календаре зала разрешите только {NAME}, у нас уже были две пары на одну субботу",
        "с поставщиками музыки и света у нас общается {NAME}, так что ваши менеджеры пусть пишут этому человеку напрямую",
        "{FIRST}, вы еще тут? в зале настраивают звук, я вышла на лестницу, продолжайте",
    ],
    "en": [
        # phone
        "the seating plans here are drawn up by our wedding coordinator, ask her how she'd like it all set up, her number's {PHONE}",
        "the photographer we always book wants to see the shoot calendar, hook him up to the system, this is how you reach him, {PHONE}",
        "the banquet menus are signed off by our head chef, he's at the market in the mornings but he'll pick up, {PHONE}",
        "have the deposit reminders the system sends couples copied to our cashier's phone, {PHONE}",
        "at the bottom of every invitation we print there's the banquet office line, {CPHONE}, guests ring it to confirm they're coming",
        # e-mail
        "let the florist contracts land in {EMAIL}, that's our decorator, she picks the flowers to match the hall",
        "i collect the couples' guest lists at {EMAIL} and then move them into the seating plan by hand",
        "{EMAIL}, check i spelled that out right, it's our host's address, he needs the running order for the evening",
        # card
        "take the first month from the card that covers our marquee hire, ready, {CARD}",
        "my husband's brought the card over, he's reading me the number and i'm saying it after him, {CARD}",
        "the card's issued to {NAME}, that's the agency director, i'll read you the whole number, {CARD}",
        # name
        "only {NAME} gets to move dates in the hall calendar, we've already had two couples on one saturday",
        "{NAME} deals with our music and lighting suppliers, so your managers can write to that person directly",
        "{FIRST}, are you still there? they're doing a sound check in the hall, i've stepped out onto the stairs, go on",
    ],
}
NOPII_T = {
    "ru": [
        "номер брони зала {BADCARD}, по нему молодожены смотрят статус в личном кабинете",
        "у проектора в малом зале инвентарный номер {BADCARD}, его тоже заведем в систему",
        "дегустация банкетного меню {DATE}, жених обещал подъехать {TIME}",
        "{QTY}, говорите? тогда берите сразу пакет для агентства, а не для одного зала",
        "арка из живых цветов на один вечер обходится нам в {PRICE}",
        "остаток за банкет пара вносит {DATE}, декораторов в зал пускаем {TIME}",
    ],
    "en": [
        "the hall booking number is {BADCARD}, couples use it to check the status in their account",
        "the projector in the small hall has inventory number {BADCARD}, we'll put that into the system too",
        "the menu tasting is {DATE}, the groom said he'd show up {TIME}",
        "{QTY}, you say? then go straight for the agency package, not the single hall one",
        "a live flower arch for one evening costs us {PRICE}",
        "the couple pays the balance for the banquet {DATE}, we let the decorators into the hall {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "зимой, пока свадеб почти нет, ваш тариф станет легче на {P}, а в мае вернется к обычному",
        "приведете к нам знакомое агентство, и счет за следующий квартал у вас уменьшится на {P}",
        "в прошлом месяце у нас дважды падал календарь бронирований, поэтому в качестве извинения следующий платеж у вас похудеет на {P}",
        "доступы двух ваших организаторов, которые сейчас в декрете, я заморожу, и ежемесячный платеж опустится на {P}",
        "для свадебных организаторов, которые работают в одиночку, у нас свой тариф, он на {P} скромнее агентского",
        "если согласитесь рассказать о своей работе на нашей встрече для банкетных площадок, я срежу {P} с годовой подписки",
        "на время ремонта большого зала оставлю за вами {PA} скидку, чтобы вы не платили за пустой календарь",
        "вы первое агентство в своем городе на платформе, поэтому ваша цена останется ниже на {P} по сравнению с теми, кто придет следом",
        "когда задатки от молодоженов начнут проходить через наш платежный модуль, за подписку вы будете платить меньше, разница выйдет чуть больше {PG}",
    ],
    "en": [
        "over the winter, while there are hardly any weddings, your plan gets {P} lighter, and in may it goes back to normal",
        "bring another agency you know on board and your bill for next quarter shrinks by {P}",
        "the booking calendar went down twice on us last month, so to make up for it your next payment is {P} smaller",
        "i'll freeze the logins of your two planners who are on maternity leave, and the monthly charge falls {P}",
        "planners who work solo have their own plan with us, it's {P} gentler than the agency one",
        "if you agree to talk about how you work at our meetup for banquet venues, i'll trim {P} off the annual subscription",
        "while the main hall is being renovated i'll leave you {P} off, no point paying full whack for an empty calendar",
        "you're the first agency in your city on the platform, so your price sits {P} below what whoever comes after you will pay",
        "once the couples' deposits go through our payment module, the subscription will cost you {P} less",
    ],
}
HALF_T = {
    "ru": ["фотографам и видеооператорам, с которыми вы работаете, доступ к общему календарю откроем за полцены",
           "страничку для молодоженов с анкетой гостей подключим вам вполовину дешевле, раз банкет все равно бронируется через нас"],
    "en": ["the photographers and videographers you work with get the shared calendar at half price",
           "a page for the couple with the guest questionnaire costs half the normal amount, since the banquet's booked through us anyway"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "если пара отменяет свадьбу в последний месяц, площадка оставляет себе {P} от суммы банкета, платформа учтет это в графике платежей",
        "плату за обслуживание рестораны обычно ставят сверху, {P} от счета, в меню она покажется отдельной строкой",
        "по статистике {P} приглашенных в итоге не приходят, поэтому рассадку лучше сверять с гостями накануне",
        "спрос на свадьбы в будние дни за последний год вырос на {P}, многие пары так экономят",
        "ваш кейтеринг платит вам {P} вознаграждения за каждого приведенного клиента, это можно вести в карточке поставщика",
        "декоратор берет ткани на оптовой базе со скидкой {P}, но это его закупочная цена, в смету для пары она не попадает",
        "в стоимость банкета уже входит налог на добавленную стоимость, {P}, в счете для пары он выделяется отдельно",
        "по графику платежей пара вносит {P} при подписании договора, а остальное перед самым торжеством",
    ],
    "en": [
        "if a couple cancels in the last month, the venue retains {P} of the banquet total, the platform factors that into the payment schedule",
        "restaurants usually put the service charge on top, {P} of the bill, and on the menu it appears as a separate item",
        "going by the numbers, {P} of invited guests never actually turn up, so it's best to check the seating with guests the day before",
        "demand for weekday weddings is up {P} over the last year, a lot of couples save money that way",
        "your caterer pays you a {P} fee for every client you send them, you can keep track of that on the supplier card",
        "the decorator buys fabric at the wholesale warehouse with {P} off, but that's his purchase price, it never reaches the couple's estimate",
        "value added tax of {P} is already in the banquet price, the couple's invoice shows it separately",
        "under the payment schedule the couple puts down {P} when they sign, and the rest right before the big day",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас свадьба каждые выходные, неужели за такой объем не положено {P}?",
            "нет, от числа свадеб цена не зависит, она считается по количеству организаторов")],
    "en": [("we run a wedding every single weekend, surely that kind of volume earns us {P} off?",
            "no, we don't lower the price for the number of weddings, it goes by how many planners use it")],
}
CHANNEL_T = {
    "ru": [
        "по субботам я веду свадьбы как ведущий, рабочий ноутбук с собой не беру, так что если загорится, стучитесь ко мне в {MSG}, между конкурсами отвечу",
        "я на две недели уезжаю в свадебное путешествие, но вашу площадку коллегам не отдам, звоните мне напрямую, {PPHONE}",
        "сметы поставщиков отправляйте на ящик, который у меня открыт на домашнем компьютере, {PEMAIL}, вечером я спокойно сведу все в одну таблицу",
        "пожелания пары проще всего надиктовать голосовыми и прислать мне в {MSG}, номер там мой собственный, в офисе про него не знают",
        "приглашение на вашу выставку свадебной индустрии пришлите лично мне, {PEMAIL}, в рабочей почте все тонет в рассылках",
        "если пара захочет посмотреть рассадку в приложении, дайте им мой мобильный, {PPHONE}, он не рабочий, зато там я отвечаю быстрее",
        "этот номер, {PPHONE}, оформлен на меня, а не на фирму, если я вдруг уволюсь, он останется со мной, так что сохраните его",
    ],
    "en": [
        "on saturdays i host weddings myself and don't take the work laptop along, so if something's on fire, drop me a note on {MSG}, between the games i'll see it",
        "i'm off on my honeymoon for two weeks, but i'm not handing your venue to my colleagues, call me directly, {PPHONE}",
        "forward the suppliers' quotes to the mailbox on my home computer, {PEMAIL}, in the evening i'll pull it all into one spreadsheet in peace",
        "the easiest thing is to record the couple's wishes as voice notes and fire them over to me via {MSG}, the account there is mine alone and the firm has no idea it exists",
        "send the invitation to your wedding industry expo to me personally, {PEMAIL}, everything drowns in newsletters in my work inbox",
        "if the couple wants to see the seating in the app, give them my mobile, {PPHONE}, it isn't the one the company gave me, but i answer faster there",
        "this number, {PPHONE}, is in my name, not the firm's, if i ever leave it stays with me, so hang on to it",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "служба заботы компании ведет официальный чат в {MSG}, туда можно писать прямо в день свадьбы, если календарь или рассадка перестали работать",
        "вопросы по счетам и актам принимает финансовый отдел компании, {CPHONE}, добавочный вам подскажут на входящей линии",
        "правки в договор присылайте юристам компании в их общий ящик, {CEMAIL}, ответ придет оттуда же",
        "обучающие ролики по модулю рассадки компания выкладывает в своем канале в {MSG}, ссылку пришлем письмом",
    ],
    "en": [
        "the company's care team runs an official chat on {MSG}, you can write there on the wedding day itself if something stops working",
        "questions about invoices and statements go to the company's finance department, {CPHONE}, the switchboard will give you the extension",
        "send contract amendments to the company's lawyers, their shared inbox is {CEMAIL}, and answers go out from that same inbox",
        "the company posts training videos on the seating module in its channel on {MSG}, we'll email you the link",
    ],
}
NOT_PRESSURE = {
    "ru": ["доведите осенние свадьбы, посмотрите, сколько времени у вас съедают таблицы, а потом уже решайте",
           "посоветуйтесь с управляющим ресторана, а если он будет против, ничего страшного, останемся на связи",
           "я оставлю вам демо доступ, покрутите календарь на своих бронях, понравится, напишете"],
    "en": ["get through the autumn weddings, see how much of your time the spreadsheets eat, then make up your mind",
           "run it past the restaurant manager first, and if he's against it, no harm done, we'll keep in touch",
           "i'll leave you a demo login, play with the calendar on your own bookings, and if you like it, just ring me"],
}
