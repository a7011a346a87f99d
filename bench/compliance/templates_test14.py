"""Sentence templates for the "test14" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a property-management and tenant-billing platform to
landlords and small residential building managers. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test13.py, and verbs, introducing words and
sentence shapes that differ from every template of all twelve (the plumber
who runs the repair jobs, the house representative the top floor tenants go
through, a client on site calling from a borrowed handset, a flat owner living
abroad in another time zone, the management office line on every stairwell
door; the bookkeeper who gets the rent reconciliation, an address read back to
check it, the inbox where tenants' meter readings land; a card kept for
utility bills charged after the free month, a card read off a banking app, a
card in the building owner's name; the name the building's management
agreement is in, the person who takes in repair requests, a client putting the
caller on hold for a tenant reporting a leak; distractors with a water meter's
factory serial, a land registry number, a meter calibration visit, a plan for
a quantity, a hot water shutdown notice and a quantity that fits one account;
discounts framed as a per flat rate lowered for a whole portfolio, a
concessionary tier for housing cooperatives, a reducing factor during the move
off old bookkeeping, empty flats counted cheaper, a concession won before the
heating season, an allowance written into the contract, working with the
client on the first year's total, the rep's licence to go under list, and the
rep's team absorbing part of the setup cost; half price as the heat billing
module over a summer without heating and a second building on the same plot;
non-offers about rent arrears after online payment, tenants sending meter
readings on the last day, a bank's fee on tenant payments, a city water tariff
rise, a late rent penalty, a neighbouring landlord letting flats under market,
an advance on connection and the share of empty flats; a client asking for a
cut for bringing other landlords along; personal channels as the rep's
messenger because the company chat freezes, the rep's own number with the work
phone off after six, meter photos sent to the rep instead of the system, a home
inbox the management does not read, the rep's own mobile for anything urgent,
being added from the rep's phone away from the office and the rep's own box
for bank details; company channels as the company bot taking repair requests,
the billing team's shared inbox, the recorded company support line and the
company's official channel seen by the account manager's lead).

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
    ("феофан", "куприянов", "нилович"),
    ("ариадна", "столярова", "всеволодовна"),
    ("вавила", "свиридов", "архипович"),
    ("ефросинья", "белозерова", "аполлоновна"),
    ("гурий", "толмачев", "симонович"),
    ("аделина", "бочкарева", "ананьевна"),
    ("никон", "лыткин", "викентьевич"),
    ("ефимия", "гребенщикова", "гордеевна"),
    ("досифей", "тетерин", "самуилович"),
    ("капитолина", "мартемьянова", "ефимовна"),
]
EN_NAMES = [
    ("casimir", "ashcombe"),
    ("marigold", "strachan"),
    ("everard", "mbeki"),
    ("oona", "ravensworth"),
    ("rufus", "faulkner"),
    ("cordelia", "yardley"),
    ("obadiah", "mulcahy"),
    ("mabel", "ostrowski"),
    ("lucan", "thorne"),
    ("briony", "ferris"),
]
RU_LAT = {"феофан": "feofan", "куприянов": "kupriyanov", "ариадна": "ariadna", "столярова": "stolyarova",
          "вавила": "vavila", "свиридов": "sviridov", "ефросинья": "efrosinya", "белозерова": "belozerova",
          "гурий": "guriy", "толмачев": "tolmachev", "аделина": "adelina", "бочкарева": "bochkareva",
          "никон": "nikon", "лыткин": "lytkin", "ефимия": "efimiya", "гребенщикова": "grebenshchikova",
          "досифей": "dosifey", "тетерин": "teterin", "капитолина": "kapitolina",
          "мартемьянова": "martemyanova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "запишите заодно номер нашего сантехника, он все ремонтные заявки закрывает, {PHONE}",
        "жильцы с верхних этажей все вопросы решают через старшую по дому, у нее телефон {PHONE}",
        "я сейчас на объекте и звоню с чужой трубки, а достать меня можно по номеру {PHONE}",
        "хозяин этих квартир живет за границей, но отвечает по номеру {PHONE}, только учитывайте разницу во времени",
        "на двери каждого подъезда висит табличка с номером управляющей компании, {CPHONE}, туда жильцы и звонят",
        # e-mail
        "сверку по арендным платежам отправляйте нашему бухгалтеру, {EMAIL}, она ведет все дома",
        "я продиктую, а вы мне прочитайте обратно, чтобы не ошибиться, {EMAIL}",
        "на {EMAIL} к нам сыплются все показания счетчиков от жильцов, туда же пришлите и доступы",
        # card
        "когда бесплатный месяц закончится, списывайте вот с этой, {CARD}, мы с нее коммуналку оплачиваем",
        "открыла банковское приложение, там номер карты виден полностью, {CARD}",
        "{CARD}, карта оформлена на {NAME}, это собственник дома, про платеж предупрежден",
        # name
        "договор управления домом оформлен на {NAME}, на это же имя выставляйте и счет",
        "ремонтные заявки у нас принимает {NAME}, с этим человеком и согласуйте обучение",
        "{FIRST}, секундочку, у меня на второй линии жилец, у него протечка",
    ],
    "en": [
        # phone
        "while i think of it, take down our plumber's number, he closes out all the repair jobs, {PHONE}",
        "the top floor tenants go through their house rep for everything, and her number is {PHONE}",
        "i'm on site calling from a borrowed handset, the number to reach me on is {PHONE}",
        "the owner of these flats lives abroad but answers on {PHONE}, just mind the time difference",
        "every stairwell door has a sign with the management office line, {CPHONE}, that's where tenants ring",
        # e-mail
        "send the rent reconciliation to our bookkeeper, {EMAIL}, she looks after every building we have",
        "i'll dictate it and you read it back to me so we don't get it wrong, {EMAIL}",
        "every meter reading from the tenants piles into {EMAIL}, so send the logins there as well",
        # card
        "once the free month runs out, charge this one, {CARD}, it's the card we pay the utilities from",
        "i've got the banking app open and it shows the whole card number, {CARD}",
        "{CARD}, the card is in the name of {NAME}, who owns the building and has been told about the payment",
        # name
        "the building's management agreement is in the name of {NAME}, so put that same name on the invoice",
        "repair requests here are taken in by {NAME}, so arrange the training with that person",
        "{FIRST}, bear with me a second, i've got a tenant on the other line with a leak",
    ],
}
NOPII_T = {
    "ru": [
        "заводской номер счетчика воды {BADCARD}, он выбит прямо на корпусе",
        "номер дома в реестре недвижимости {BADCARD}, возьмем его из выписки",
        "поверку счетчиков в вашем доме назначили {DATE}, мастер подойдет {TIME}",
        "под {QTY} подходит тариф за {PRICE}, квитанции жильцам в нем уже есть",
        "горячую воду отключат {DATE}, уведомление жильцам платформа разошлет сама",
        "{QTY} спокойно помещаются в одну учетную запись, доплачивать не придется",
    ],
    "en": [
        "the water meter's factory serial is {BADCARD}, it's stamped right on the casing",
        "the building's land registry number is {BADCARD}, we'll take it off the extract",
        "meter calibration in your building is booked {DATE}, the technician turns up {TIME}",
        "for {QTY} the plan that fits is {PRICE} a month, tenant bills included",
        "the hot water goes off {DATE}, and the platform sends the tenants the notice by itself",
        "{QTY} sit comfortably in one account, there's nothing extra to pay",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "раз вы переводите к нам весь жилой фонд, ставку за каждую квартиру я опущу на {P}",
        "для товариществ собственников жилья у нас льготная линейка тарифов, там все дешевле на {P}",
        "на время переезда со старой бухгалтерии вставлю в счет понижающий коэффициент, это минус {P}",
        "за пустующие квартиры брать полную цену было бы нечестно, так что их посчитаем на {P} меньше",
        "подпишем до начала отопительного сезона, и я выбью для вас послабление в {P}",
        "{PA} льготу на модуль ремонтных заявок я впишу прямо в текст договора",
        "давайте я пойду вам навстречу и уберу {P} из итоговой суммы за первый год",
        "мне разрешено опускаться ниже прайса в пределах {PG}, и для вас я этим воспользуюсь",
        "{P} от стоимости подключения беру на себя, это пойдет за счет моего отдела",
    ],
    "en": [
        "since you're moving your whole portfolio over, i'll bring the per flat rate down {P}",
        "housing cooperatives get a concessionary tier of their own, everything on it is {P} cheaper",
        "while you move off the old bookkeeping, i'll put a reducing factor on the invoice worth {P}",
        "it wouldn't be fair to bill full price for empty flats, so we'll count those at {P} less",
        "sign before the heating season starts and i'll win you a {P} concession",
        "on the repair request module i'll write a {P} allowance straight into the contract",
        "let me work with you here and strip {P} out of the first year's total",
        "i'm allowed to go as far as {P} under list, and for you i'll use it",
        "i'll absorb {P} of the setup cost myself, it comes out of my team's budget",
    ],
}
HALF_T = {
    "ru": ["летом, пока отопления нет, модуль расчета за тепло обойдется вам в полцены",
           "за второй дом на том же участке возьмем с вас только половину"],
    "en": ["over the summer, with the heating off, the heat billing module is yours at half the price",
           "for a second building on the same plot we'd only charge you half"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "когда жильцам включают онлайн оплату, долги по квартплате обычно уменьшаются на {P}",
        "по нашей статистике {P} жильцов подают показания счетчиков в самый последний день",
        "банк берет за прием платежа от жильца {P}, эта комиссия уходит банку, а не нам",
        "с июля город поднимает тарифы на воду на {P}, платформа сама пересчитает квитанции",
        "штраф за просрочку квартплаты по вашим договорам составляет {P} от суммы долга, система начислит его сама",
        "хозяин дома напротив сдает квартиры на {P} ниже рынка, поэтому у вас две и простаивают",
        "при подключении вносите {P} вперед, остаток после того, как загрузим базу жильцов",
        "вы говорили, что сейчас у вас пустуют примерно {P} квартир",
    ],
    "en": [
        "once tenants can pay online, rent arrears usually shrink by {P}",
        "going by our data, {P} of tenants send in meter readings on the very last day",
        "the bank keeps {P} of each tenant payment as its fee, that goes to the bank, not to us",
        "from july the city raises water tariffs by {P}, and the platform recalculates the bills by itself",
        "the late rent penalty in your leases is {P} of the overdue amount, and the system adds it automatically",
        "the landlord across the street lets flats at {P} under market, that's why two of yours sit empty",
        "on connection you pay {P} in advance, the rest once we've loaded your tenant list",
        "you said roughly {P} of your flats are standing empty right now",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если мы приведем к вам еще двух знакомых домовладельцев, подвинетесь на {P}?",
            "спасибо, но за рекомендации мы цену не снижаем, она для всех одинаковая")],
    "en": [("if we bring two more landlords we know along, will you come down {P}?",
            "thanks, but referrals don't move the price, it's the same for everyone")],
}
CHANNEL_T = {
    "ru": [
        "пишите мне сразу в {MSG}, наш корпоративный чат вечно виснет",
        "я вам со своего номера наберу, сохраните его, {PPHONE}, рабочий после шести выключаю",
        "фотографии счетчиков кидайте мне в {MSG}, я сам разнесу, в систему грузить не надо",
        "договор лучше пришлите на мою домашнюю почту, {PEMAIL}, рабочую читает начальство",
        "если что срочное, звоните мне на мобильный, он у меня собственный, {PPHONE}",
        "давайте я добавлю вас к себе в {MSG}, там и договоримся, без лишних глаз",
        "реквизиты скиньте на {PEMAIL}, это мой ящик, а не компании, так быстрее дойдет",
    ],
    "en": [
        "just message me in {MSG} directly, our company chat keeps freezing",
        "i'll ring you from my own number, save it, {PPHONE}, i switch the work phone off after six",
        "send me the meter photos in {MSG}, i'll enter them myself, no need to upload them to the system",
        "better send the contract to my home email, {PEMAIL}, management reads the work one",
        "anything urgent, call my mobile, it's my own, {PPHONE}",
        "let me add you on {MSG} from my phone, we'll settle it there away from the office",
        "email the bank details to {PEMAIL}, that box is mine, not the company's, it'll reach me faster",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "заявки на ремонт жильцы оставляют через бота нашей компании в {MSG}, он сразу заводит обращение",
        "вопросы по начислениям шлите на общий ящик отдела расчетов, {CEMAIL}, его разбирают три бухгалтера",
        "при ошибках в начислениях звоните на линию поддержки компании, {CPHONE}, каждый звонок записывается",
        "переписку с вами мы ведем в официальном канале компании в {MSG}, его видит и ваш менеджер, и его руководитель",
    ],
    "en": [
        "tenants log repair requests through our company bot on {MSG}, it opens a ticket straight away",
        "billing questions go to the billing team's shared inbox, {CEMAIL}, three accountants work through it",
        "for billing errors ring the company support line, {CPHONE}, every call is recorded",
        "our correspondence with you runs in the company's official {MSG} channel, your account manager and their lead both see it",
    ],
}
NOT_PRESSURE = {
    "ru": ["посоветуйтесь с другими собственниками на собрании, я подожду, сколько нужно",
           "демо запись досмотрите, когда будет удобно, а потом вернемся к разговору",
           "если решите пока остаться на таблицах, тоже нормально, предложение никуда не денется"],
    "en": ["talk it over with the other owners at your meeting, i'm happy to wait as long as it takes",
           "watch the demo recording whenever suits you, and we'll pick this up after",
           "if you'd rather stay on spreadsheets for now, that's fine, the offer isn't going anywhere"],
}
