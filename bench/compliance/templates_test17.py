"""Sentence templates for the "test17" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking engine and channel manager (room
availability, an online booking widget, guest check in, housekeeping schedules)
to small hotels, guest houses and hostels. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test15.py, and verbs, introducing words and sentence shapes that
differ from every template of all fourteen (the front desk line until the night
porter takes over, a landlady living in the cottage next door, a caller in the
hills grabbing the moment while the signal holds, the linen room supervisor the
housekeepers report to, the one guest number every booking site lists; last
season's booking export for the general manager, a long address jotted down
first and compared after, the inbox where every booking confirmation arrives;
the hostel card paying for the booking widget, a card read at the front desk
terminal, a card belonging to the hotel owner read out over the phone; the
person everything about check in runs through, the account owner set in the
settings, a receptionist cut short by guests arriving with suitcases;
distractors with a booking confirmation code, a door lock serial for key cards,
a group arriving, a high season headcount, the channel manager fee before
booking site commission and the price of a night in a standard double;
discounts framed as the winter price kept until the summer season, billing a
hostel per bed instead of per room, the company covering part of the first
season, a lower commission on every widget booking, a free housekeeping module
with the base fee brought down on top, a fixed rate below standard written into
the contract, a showcase programme for hotels rated above nine, a rate for
properties under ten rooms, and asking the rep's management for a cut while the
hotel builds up reviews; half price as the quiet months of april and november
and a hostel wing at half the main hotel's price; non-offers about direct
booking growth, a tourist tax, booking site commission, a late cancellation
penalty, last august's occupancy, a hotel across the street giving early
booking discounts, a guest deposit on widget bookings and booking platforms
raising their commission; a six room guest house asking for a cut; personal
channels as guest complaints sent to the rep privately to keep support out, the
rep's own handset once the office phone system goes to voicemail, booking site
passwords sent to the rep's personal inbox, the rep's messenger handle on a day
off, a rep leaving the company who wants to keep the client, a messenger call
nobody listens in on, and all mail except the contract sent to the rep's own
address; company channels as the company bot pushing new bookings, the support
line staffed in three shifts for a night receptionist, the accounts team's
address for the contract and the support chat inside the client's account).

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
    ("лаврентий", "сомов", "гаврилович"),
    ("мирослава", "рябинина", "всеславовна"),
    ("наум", "сыромятников", "давидович"),
    ("олимпиада", "пряхина", "созоновна"),
    ("пантелей", "уваров", "егорович"),
    ("римма", "ножкина", "ипатьевна"),
    ("сильвестр", "яхонтов", "амвросиевич"),
    ("филарет", "хомяков", "денисович"),
    ("цецилия", "шмелева", "артуровна"),
    ("эмма", "ягодкина", "рудольфовна"),
]
EN_NAMES = [
    ("leander", "pettigrew"),
    ("maude", "quarrington"),
    ("nigel", "raftery"),
    ("ophelia", "sandoval"),
    ("quincy", "vandermeer"),
    ("rosamund", "wetherby"),
    ("solomon", "yeboah"),
    ("tabitha", "zielinski"),
    ("valentine", "lachance"),
    ("winston", "okoro"),
]
RU_LAT = {"лаврентий": "lavrentiy", "сомов": "somov", "мирослава": "miroslava", "рябинина": "ryabinina",
          "наум": "naum", "сыромятников": "syromyatnikov", "олимпиада": "olimpiada", "пряхина": "pryakhina",
          "пантелей": "panteley", "уваров": "uvarov", "римма": "rimma", "ножкина": "nozhkina",
          "сильвестр": "silvestr", "яхонтов": "yakhontov", "филарет": "filaret", "хомяков": "khomyakov",
          "цецилия": "tsetsiliya", "шмелева": "shmeleva", "эмма": "emma", "ягодкина": "yagodkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "до одиннадцати трубку на стойке берут сразу, потом заступает ночной портье, номер {PHONE}",
        "хозяйка гостевого дома живет в соседнем флигеле, если меня не будет, звоните ей, {PHONE}",
        "у меня в горах связь то есть, то нет, запишите, пока слышно, {PHONE}",
        "горничные у нас подчиняются кастелянше, график уборки согласуйте с ней, {PHONE}",
        "на всех сайтах бронирования у нас стоит один номер для гостей, {CPHONE}, его берет дежурный администратор",
        # e-mail
        "выгрузку броней за прошлый сезон пришлите на {EMAIL}, ее посмотрит наш управляющий",
        "адрес длинный, запишите сначала себе, а потом сверим, {EMAIL}",
        "{EMAIL}, на этот ящик падают все подтверждения броней, туда и подключите уведомления",
        # card
        "виджет бронирования оплатим картой хостела, {CARD}, чек отправьте на ресепшен",
        "я стою у терминала на стойке, карта в руке, читаю, {CARD}",
        "карта принадлежит собственнику гостиницы, {NAME}, номер мне продиктовали по телефону, {CARD}",
        # name
        "все, что касается заселения, идет через {NAME}, на этом человеке у нас держится весь отель",
        "в настройках кабинета владельцем аккаунта укажите {NAME}, а меня добавьте просто администратором",
        "{FIRST}, извините, к стойке подошли гости с чемоданами, я перезвоню, как только их заселю",
    ],
    "en": [
        # phone
        "until eleven the front desk picks up straight away, then the night porter takes over, the number is {PHONE}",
        "the landlady lives in the cottage next door to the guest house, if i'm not around, ring her, {PHONE}",
        "the signal comes and goes up here in the hills, so grab it while you can hear me, {PHONE}",
        "our housekeepers report to the linen room supervisor, agree the cleaning rota with her on {PHONE}",
        "every booking site shows the one guest number we have, {CPHONE}, the duty receptionist answers it",
        # e-mail
        "email last season's booking export to {EMAIL}, our general manager will go through it",
        "it's a long address, jot it down for yourself first and then we'll compare, {EMAIL}",
        "{EMAIL}, every booking confirmation drops into that inbox, so hook the notifications up there",
        # card
        "we'll pay for the booking widget with the hostel's card, {CARD}, send the receipt to reception",
        "i'm standing at the terminal on the front desk with the card in my hand, reading it, {CARD}",
        "the card belongs to the hotel's owner, {NAME}, i got the number over the phone, {CARD}",
        # name
        "anything to do with check in goes through {NAME}, the whole hotel runs on that person",
        "in the account settings make {NAME} the owner, and just add me as an administrator",
        "{FIRST}, sorry, guests just walked up to the desk with their suitcases, i'll call you back once they're checked in",
    ],
}
NOPII_T = {
    "ru": [
        "код подтверждения брони {BADCARD}, гость назовет его на ресепшене",
        "заводской номер замка на двери номера {BADCARD}, он нужен, чтобы привязать электронные ключи",
        "большая группа заезжает {DATE}, первые подтянутся {TIME}",
        "в высокий сезон у нас {QTY}, зимой раза в три меньше",
        "подписка на менеджер каналов выходит {PRICE} в месяц, это еще без комиссии сайтов",
        "ночь в стандартном двухместном {DATE} обойдется гостю в {PRICE}",
    ],
    "en": [
        "the booking confirmation code is {BADCARD}, the guest quotes it at the desk",
        "the serial on the door lock is {BADCARD}, we need it to pair the key cards",
        "a big group is due {DATE}, the first of them should get here {TIME}",
        "in high season we're running {QTY}, about a third of that in winter",
        "the channel manager subscription works out at {PRICE} a month, and that's before the booking sites take their cut",
        "a night in a standard double {DATE} costs a guest {PRICE}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "до открытия летнего сезона подключу вас по зимней цене, она легче обычной на {P}",
        "хостелам мы считаем подписку за койку, а не за номер, и у вас сумма выйдет меньше на {P}",
        "часть первого сезона компания покроет сама, {P} от подписки вам платить не придется",
        "комиссию с каждой брони через ваш виджет я уменьшу на {P}, на это моих полномочий хватает",
        "модуль графика уборки дам бесплатно, а основную абонентку опущу сверху еще на {P}",
        "в договоре пропишу ставку ниже стандартной на {P}, и до конца срока она не поменяется",
        "с рейтингом выше девяти на сайтах бронирования вы попадаете в нашу витринную программу, там тариф ниже на {P}",
        "проведу вас по ставке для объектов до десяти номеров, экономия на абонентке составит порядка {PG}",
        "попрошу для вас у руководства {PA} скидку на первый год, пока гостиница набирает отзывы, думаю, подпишут",
    ],
    "en": [
        "until the summer season opens i'll keep you on the winter price, which is {P} lighter than usual",
        "for hostels we bill per bed rather than per room, and for you that works out {P} less",
        "the company will cover part of your first season, {P} of the subscription simply won't be billed",
        "i'll lower the commission on every booking through your widget by {P}, that's within my own sign off",
        "the housekeeping schedule module is yours free, and i'll bring the base fee down another {P} on top",
        "i'll write a rate into the contract that sits {P} under standard and stays put for the whole term",
        "with a rating above nine on the booking sites you go into our showcase programme, where the rate is {P} lower",
        "i'll put you through on our rate for properties under ten rooms, which saves you around {P} on the monthly fee",
        "i'll ask my management to approve {P} off your first year while the hotel builds up its reviews, i think they'll sign it",
    ],
}
HALF_T = {
    "ru": ["в апреле и ноябре, когда гостей почти нет, абонентка у вас будет вдвое ниже",
           "хостельный корпус подключим за половину того, что платит основная гостиница"],
    "en": ["in april and november, when you hardly have any guests, the subscription drops to half",
           "the hostel wing gets connected at half the main hotel's price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "после установки виджета доля прямых броней у гостиниц обычно растет на {P}",
        "туристический налог в вашем городе составляет {P} от стоимости проживания, мы просто выводим его отдельной строкой",
        "сайты бронирования удерживают с вас {P} с каждой брони, которую они приводят",
        "если гость отменяет позже чем за сутки, он теряет {P} стоимости первой ночи, это правило настраивается",
        "судя по выгрузке, в прошлом августе загрузка номеров у вас была {P}",
        "гостиница напротив дает гостям {P} за раннее бронирование, а у вас такого пока нет",
        "гость, который бронирует через виджет, вносит задаток {P}, а остальное платит при заезде",
        "с весны агрегаторы поднимают свою комиссию на {P}, на нашу абонентку это никак не влияет",
    ],
    "en": [
        "once the widget is live, a hotel's share of direct bookings typically grows {P}",
        "the tourist tax in your city is {P} of the room rate, we just show it as a separate line",
        "the booking sites keep {P} of every reservation they send your way",
        "cancel inside twenty four hours and the guest forfeits {P} of the first night, that rule is configurable",
        "going by the export, your rooms ran at {P} occupancy last august",
        "the hotel across the street gives guests {P} off for booking early, and you don't offer that yet",
        "guests booking through the widget put down a {P} deposit and settle the rest on arrival",
        "from spring the booking platforms raise their commission by {P}, our fee isn't affected at all",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы же маленький гостевой дом на шесть номеров, неужели не скинете хотя бы {P}?",
            "нет, цена одна для гостиниц любого размера, даже для самых маленьких")],
    "en": [("we're only a six room guest house, can't you come down {P}?",
            "no, the price is the same whatever the size of the property, even the smallest ones")],
}
CHANNEL_T = {
    "ru": [
        "жалобы гостей на виджет присылайте мне лично в {MSG}, я разберусь без поддержки, им незачем об этом знать",
        "после шести офисная телефонная станция переводит на автоответчик, так что звоните на мою собственную трубку, {PPHONE}",
        "пароли от сайтов бронирования в общую систему не загружайте, пришлите мне на личную почту, {PEMAIL}",
        "завтра я в отгуле, но запишите меня в {MSG}, с личного телефона я вам отвечу",
        "в следующем месяце я ухожу из компании, но вас могу вести и дальше, вот мой номер, {PPHONE}",
        "наберите меня лучше в {MSG}, там разговор никто не слушает, не то что на служебной линии",
        "договор оформим через компанию, а всю остальную переписку ведите со мной на {PEMAIL}, это мой собственный адрес",
    ],
    "en": [
        "send guest complaints about the widget to me personally on {MSG}, i'll deal with them without support, they don't need to know",
        "after six the office phone system goes to voicemail, so ring my own handset, {PPHONE}",
        "don't upload the booking site passwords to the shared system, send them to my personal email, {PEMAIL}",
        "i'm off tomorrow, but save me on {MSG} and i'll answer you from my own phone",
        "i'm leaving the company next month, but i can keep looking after you, here's my number, {PPHONE}",
        "better call me on {MSG}, nobody listens in there, unlike the office line",
        "the contract goes through the company, but send everything else to me at {PEMAIL}, that's my own address",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "новые брони и отмены вам будет присылать в {MSG} бот нашей компании, отвечать ему не нужно",
        "если ночью виджет перестанет принимать брони, ночной администратор может позвонить на линию поддержки компании, {CPHONE}, там работают в три смены",
        "договор и счет пришлет наша бухгалтерия с адреса {CEMAIL}, на него же верните подписанный экземпляр",
        "в личном кабинете есть чат с поддержкой, это самый быстрый путь, и вся история переписки там сохраняется",
    ],
    "en": [
        "new bookings and cancellations get pushed to you on {MSG} by our company bot, there's no need to reply to it",
        "if the widget stops taking bookings at night, your night receptionist can call the company support line, {CPHONE}, it's staffed in three shifts",
        "our accounts team will send the contract and invoice from {CEMAIL}, return the signed copy to that same address",
        "there's a support chat inside your account, that's the quickest route, and the whole conversation history stays there",
    ],
}
NOT_PRESSURE = {
    "ru": ["у вас сейчас самый разгар сезона, вернемся к разговору, когда гости разъедутся, я подожду",
           "покажите мое предложение своим администраторам, посоветуйтесь, а ответ дадите, когда сочтете нужным",
           "если решите остаться на нынешней системе, это тоже нормальный исход, честное слово"],
    "en": ["you're in the thick of the season, let's pick this up once the guests have gone home, i can wait",
           "show my proposal to your receptionists, talk it over, and get back to me whenever you see fit",
           "if you decide to stay on your current system, that's a perfectly fine outcome too, honestly"],
}
