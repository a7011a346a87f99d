"""Sentence templates for the "test12" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a cloud point-of-sale (till) and stock-keeping app to
cafés, bakeries and small restaurants. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test11.py, and verbs, introducing words and sentence shapes that
differ from every template of all ten (a baker dictating from memory with
hands in the dough, the head barista who looks after the till, the
technologist who takes the morning milk delivery, the manager of a second
coffee shop, a delivery number printed on every receipt; one inbox where
supplier price lists are collected, an address read off a napkin, a remote
bookkeeper; the bakery's business card for the first month, a card read out of
a banking app, a card whose holder is a co-owner; the person training the
baristas, the chef who will enter the menu, a queue at the till; distractors
with a fiscal drive serial number, a merchant acquiring agreement number, a
till install booked before opening hours, a plan that fits with room to spare,
a stocktake after the last shift and a built in stock module; discounts framed
as a low season rate until spring, a referral from the coffee shop across the
road, a new site billed lower while it finds its feet, rounding down in the
client's favour, a price freeze with a cut on top, a gentler family bakery
rate, a partner bank covering a share of the fee, a sign by the till in
exchange for a lower fee, a wholesale bakery rate and a partner adjustment
line on the invoice; half price as half a subscription while open only at
weekends and a seasonal terrace till billed by half; non-offers about a bigger
average ticket, delivery app commission, end of day pastry waste, a tax on
turnover, a hardware deposit, a milk supplier raising prices, a staff discount
on drinks at a neighbouring chain and a deposit kept for a damaged terminal;
a client offering a review in exchange for a discount; personal channels as a
chat pinned for one café, a rep on leave giving a number, an inbox kept for
the rep's own clients, a video call from the rep's account, a weekend at the
cottage reachable only by messenger, a number that is not the one on the
business card, an invoice forwarded "into my hands"; company channels as
electronic receipts sent from the company address, the company's official
status channel, the line for cashiers staffed on holidays and partner account
access given to a corporate address).

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); no preposition right before `{DATE}` or `{TIME}`,
whose values may carry their own; every template is a single natural utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("аскольд", "шувалов", "власович"),
    ("любава", "кондакова", "тимуровна"),
    ("филимон", "ледовских", "евстафьевич"),
    ("доминика", "хорошилова", "болеславовна"),
    ("дорофей", "барсуков", "игнатьевич"),
    ("агния", "селиверстова", "елизаровна"),
    ("иларион", "загоскин", "адамович"),
    ("эвелина", "мартынюк", "станиславовна"),
    ("гавриил", "ветлугин", "вацлавович"),
    ("виталина", "снегирева", "германовна"),
]
EN_NAMES = [
    ("augustin", "pemberton"),
    ("peregrine", "achebe"),
    ("cosmo", "delacroix"),
    ("henrietta", "adeyemi"),
    ("horatio", "wojcik"),
    ("philippa", "rutherford"),
    ("evander", "sandqvist"),
    ("clementine", "ingersoll"),
    ("lysander", "nakamura"),
    ("wilhelmina", "carvalho"),
]
RU_LAT = {"аскольд": "askold", "шувалов": "shuvalov", "любава": "lyubava", "кондакова": "kondakova",
          "филимон": "filimon", "ледовских": "ledovskikh", "доминика": "dominika", "хорошилова": "khoroshilova",
          "дорофей": "dorofey", "барсуков": "barsukov", "агния": "agniya", "селиверстова": "seliverstova",
          "иларион": "ilarion", "загоскин": "zagoskin", "эвелина": "evelina", "мартынюк": "martynyuk",
          "гавриил": "gavriil", "ветлугин": "vetlugin", "виталина": "vitalina", "снегирева": "snegireva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "я на кухне, руки в тесте, так что по памяти, {PHONE}, если цифры не сойдутся, перезвоните",
        "кассой у нас заведует старший бариста, вот его номер, {PHONE}",
        "молоко по утрам принимает наш технолог, ловите ее до обеда, {PHONE}",
        "записывайте управляющего второй кофейней, {PHONE}, на точке он бывает после полудня",
        "на каждом нашем чеке пропечатан единый номер доставки, {CPHONE}, через него найдете кого угодно",
        # e-mail
        "прайсы поставщиков и меню мы собираем в один ящик, {EMAIL}, туда и пришлите доступ к демо",
        "я его на салфетке записала, сейчас разберу свой почерк, {EMAIL}",
        "счета выставляйте на нашего бухгалтера, она ведет нас удаленно, {EMAIL}",
        # card
        "первый месяц оплатим бизнес картой пекарни, {CARD}, закрывающие документы пришлите на почту",
        "карта у меня в банковском приложении, открываю реквизиты, сейчас, {CARD}",
        "номер {CARD}, имя держателя {NAME}, это совладелец пекарни, списание согласовано",
        # name
        "за обучение бариста у нас отвечает {NAME}, все вопросы по сменам туда",
        "меню в систему будет заводить наш шеф повар, {NAME}, созвонитесь с ним напрямую",
        "{FIRST}, у меня очередь у кассы выстроилась, давайте я через десять минут наберу",
    ],
    "en": [
        # phone
        "i'm in the kitchen with dough on my hands, so this is from memory, {PHONE}, call back if it doesn't connect",
        "our head barista looks after the till, here's his number, {PHONE}",
        "the technologist takes the milk delivery every morning, catch her before lunch on {PHONE}",
        "take down the manager of our second coffee shop, {PHONE}, he's usually on site after midday",
        "every receipt of ours has the delivery number printed on it, {CPHONE}, it gets you to anyone",
        # e-mail
        "supplier price lists and menus all land in one inbox, {EMAIL}, send the demo login there",
        "i scribbled it on a napkin, give me a second to read my own handwriting, {EMAIL}",
        "make the invoices out to our bookkeeper, she does our books remotely, {EMAIL}",
        # card
        "we'll cover the first month on the bakery's business card, {CARD}, email the paperwork afterwards",
        "the card's in my banking app, i'm opening the details now, okay, {CARD}",
        "the number is {CARD}, the cardholder's name is {NAME}, a co-owner of the bakery, and the charge is agreed",
        # name
        "barista training here is handled by {NAME}, take any shift questions to them",
        "our head chef, {NAME}, will be entering the menu into the system, so speak to them directly",
        "{FIRST}, there's a queue building at the till, let me ring you back in ten minutes",
    ],
}
NOPII_T = {
    "ru": [
        "серийный номер фискального накопителя {BADCARD}, он на наклейке сбоку кассы",
        "номер договора эквайринга {BADCARD}, банк спросит его, когда будем подключать терминал",
        "установку кассы в зале назначим {DATE}, мастер приедет {TIME}, еще до открытия",
        "раз у вас {QTY}, базовый тариф за {PRICE} вам подойдет с запасом",
        "инвентаризацию в пекарне предлагаю провести {DATE}, сразу после закрытия последней смены",
        "даже если у вас {QTY}, отдельный складской модуль не понадобится, встроенного учета хватит",
    ],
    "en": [
        "the fiscal drive serial is {BADCARD}, it's on the sticker on the side of the till",
        "your merchant agreement number is {BADCARD}, the bank asks for it when the card terminal goes live",
        "the till install in your dining room is booked {DATE}, the engineer comes {TIME}, before you open",
        "since you're running {QTY}, the basic plan at {PRICE} covers you with room to spare",
        "let's do the stocktake at the bakery {DATE}, right after the last shift closes",
        "with {QTY}, you won't need the separate stock module, the built in one will do",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "пока у вас мертвый сезон, до самой весны абонентская плата будет меньше на {P}",
        "раз вас к нам направила кофейня напротив, заходите по цене ниже обычной на {P}",
        "пока новая точка раскручивается, считаем ее на {P} дешевле стандарта",
        "округлю в вашу пользу, минус {P}, и не будем мелочиться",
        "заморожу вам цену на два года, а сверху еще уберу из нее {P}",
        "у семейных пекарен своя ставка, щадящая, она скромнее обычной на {P}",
        "{P} абонентки за вас покроет наш банк партнер, эту часть вы просто не платите",
        "поставите у кассы нашу табличку, а мы взамен сделаем вам {PA} скидку на подписку",
        "для пекарен, которые сами возят хлеб в соседние кафе, есть оптовая ставка, выгода там около {PG}",
    ],
    "en": [
        "while it's your quiet season, the subscription runs {P} lighter all the way to spring",
        "since the coffee shop across the road sent you our way, you come in {P} below the usual rate",
        "while the new site finds its feet, we'll bill it {P} under standard",
        "i'll round it down in your favour, call it {P} less, and we won't quibble over the change",
        "i'll freeze your price for two years and on top of that pull {P} out of it",
        "family bakeries get their own gentler rate with us, a good {P} easier than standard",
        "our partner bank picks up {P} of the subscription for you, so that part costs you nothing",
        "put our little sign by your till, and in return the monthly fee gets {P} friendlier",
        "you'll see {P} come off every month, it shows up on the invoice as a partner adjustment",
    ],
}
HALF_T = {
    "ru": ["пока кофейня открыта только по выходным, берем с вас половинку абонентки",
           "летнюю веранду со своей кассой подключим, а платить за нее будете наполовину"],
    "en": ["while you're only open at weekends, we bill you for half a month each month",
           "the summer terrace till goes on at half the normal charge while it's seasonal"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "с нормальной кассой средний чек в кофейнях подрастает на {P}, в основном за счет допродаж",
        "агрегаторы доставки забирают у кафе {P} с каждого заказа, наша программа это просто показывает",
        "судя по вашим отчетам, списание выпечки в конце дня составляет {P}",
        "у вас упрощенка, значит, налог {P} с доходов, касса посчитает его сама",
        "железо заказываем под вашу предоплату, {P} сразу, остальное, когда курьер привезет",
        "ваш поставщик молока предупредил, что с осени поднимет закупочные цены на {P}",
        "в соседней сети кофеен персоналу давали скидку {P} на напитки, вот ваш бариста и спрашивает",
        "если терминал вернут с повреждениями, удержим {P} его залоговой стоимости",
    ],
    "en": [
        "with a proper till, the average ticket at cafés tends to grow {P}, mostly from add ons",
        "delivery apps swallow up to {P} of each order, our reports just make that visible",
        "judging by your reports, end of day pastry waste runs to {P}",
        "on your tax scheme it's {P} of turnover, and the till works that out for you",
        "hardware is ordered against a deposit, {P} now, the rest when the courier arrives",
        "your milk supplier has warned that wholesale prices go up {P} this autumn",
        "the chain down the road gave its staff {P} off drinks, that's what your barista was asking about",
        "a terminal returned damaged means we keep {P} of its deposit value",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если мы вам отзыв на картах напишем, скинете {P}?",
            "отзыву будем рады, но на цену он, к сожалению, не влияет")],
    "en": [("if we leave you a review on the maps, would you knock {P} off?",
            "we'd love the review, but it doesn't change the price, sorry")],
}
CHANNEL_T = {
    "ru": [
        "фото ценников с витрины кидайте мне в {MSG}, я там закрепил отдельный чат под ваше кафе",
        "я формально в отпуске, в офис не звоните, вот мой номер, {PPHONE}, я отвечу",
        "выгрузку меню пришлите на ящик, который я завел для своих клиентов, {PEMAIL}",
        "давайте созвонимся по видео в {MSG} с моего аккаунта, я покажу кассу у себя на экране",
        "в субботу я на даче, там берет только {MSG}, так что пишите мне лично туда",
        "продиктую свой, не тот, что на визитке, {PPHONE}, визитка ведет в офис",
        "пусть ваш бухгалтер пересылает счет не на общий адрес, а мне в руки, на {PEMAIL}",
    ],
    "en": [
        "send me photos of the price tags in your display case on {MSG}, i've pinned a chat just for your café",
        "technically i'm on leave this week, so don't ring the office, use my number, {PPHONE}, i'll pick up",
        "export the menu to the inbox i keep for my own clients, {PEMAIL}",
        "let's do a video call on {MSG} from my account, i'll share my screen and walk you through the till",
        "saturday i'm out at the cottage and only {MSG} works there, so message me personally",
        "here's mine, not the one on the business card, {PPHONE}, that card just rings the office",
        "have your bookkeeper forward the invoice straight into my hands, {PEMAIL}, not the general address",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "электронные чеки вашим гостям уходят с адреса компании, {CEMAIL}, его они и увидят в письме",
        "у компании в {MSG} есть официальный канал со статусом серверов, подпишитесь на случай, если касса зависнет",
        "линия для кассиров, {CPHONE}, у компании дежурит даже в праздники, отвечает первый свободный специалист",
        "доступ к кабинету партнера выдаем только на корпоративную почту вашего заведения, заявку подает управляющий",
    ],
    "en": [
        "electronic receipts go to your guests from the company address, {CEMAIL}, that's what they'll see",
        "the company has an official status channel on {MSG}, subscribe in case the till ever freezes",
        "the cashier line, {CPHONE}, is staffed by the company even on holidays, the first free specialist answers",
        "partner account access only goes to your venue's corporate email, and the manager files the request",
    ],
}
NOT_PRESSURE = {
    "ru": ["поговорите с шефом и баристами, посмотрите, удобно ли им, а там и решите",
           "у вас сейчас утренний поток, не буду отвлекать, обсудим, когда станет потише",
           "если решите остаться на старой кассе, это тоже нормально, я пойму"],
    "en": ["talk it through with your chef and baristas, see if it suits them, and decide from there",
           "you've got the morning rush on, i won't keep you, we'll pick this up when it's quieter",
           "if you decide to stay with your old till, that's fine too, i'll understand"],
}
