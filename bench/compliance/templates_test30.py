"""Sentence templates for the "test30" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a coworking and flexible office management platform
(desk and meeting room booking, member access cards and door locks, visitor
registration, printing quotas, member invoicing, café tabs) to coworking
operators and business centres. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test29.py, and verbs, introducing words and sentence shapes that
differ from every template of all earlier parts (the night shift receptionist
who can say which doors his card opens, the caretaker in charge of locks and
turnstiles who prefers a voice call to messages, a number scratched on the
back of a pass for the lad who fixes the printers, the community manager's
phone for guest pass codes, the front desk number on a card on every café
table; desk occupancy reports for the analyst who works out which floors sit
empty, member invoices copied to the finance person who reconciles them with
the bank on mondays, the mailbox that guest pass requests pour into; the card
the café's coffee is bought with, a card pulled out of a badge holder next to
the access pass, the co owner's card read out with her permission; the only
person allowed to unlock doors remotely, the one who draws up the meeting
room grid for the quarter, a courier buzzing the intercom mid call;
distractors with the inventory number of the entrance reader, a badge
printer's order number, a new hall opening with a ribbon cutting, a member
count that the base licence covers, the price of a cartridge for the big
printer and a stocktake of keys and access cards; discounts framed as keeping
the operator's own card readers instead of new hardware, pricing by floor
area rather than by desk, the near empty night and weekend bookings counted
lower, a referral of the neighbouring business centre, undercutting the
previous vendor's invoice shown to the rep, a concession for being a case
study on the company's site, printing struck off because the operator has
its own print server, network pricing once a second location is connected
and a pilot on a single floor below list; half price as the visitor module
for a small reception and the café till for an operator with only one
counter; non-offers about members' deposits for access cards, vat on meeting
room hire, competitors' occupancy growth, the building management's cut of
café takings, late payment interest on memberships, a furniture supplier's
discount, the share of visitors turning up unregistered and the bank's card
acquiring fee; an operator with a single floor asking for a cut; personal
channels as floor plans sent to the rep's own messenger number because the
portal mangles them, a rep who is himself a member of the client's coworking
handing out his own phone, member exports sent to the rep's private mail
because the corporate one blocks attachments, a rep reachable at weekends
only on his personal account, a contract with special terms sent from the
rep's home address and kept out of the company's system, a price beyond the
list discussed only on the rep's own mobile and a number the rep pays for
himself for opening doors to guests in a hurry; company channels as the
company's official bot sending guest codes, the company's round the clock
line staffed by its engineers, the onboarding department's shared mailbox
and the company's official channel with release and maintenance schedules).

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
    ("пахом", "ключарев", "аверьянович"),
    ("хиония", "засовская", "панкратовна"),
    ("евдоким", "бархатов", "вавилович"),
    ("платонида", "вахромеева", "мефодиевна"),
    ("нифонт", "домрачев", "парфенович"),
    ("милица", "курбатова", "саввична"),
    ("маврикий", "пряхин", "тихонович"),
    ("елпидия", "чугункова", "потаповна"),
    ("пимен", "печатников", "силантьевич"),
    ("сусанна", "ступина", "фирсовна"),
]
EN_NAMES = [
    ("sylvester", "moncrieff"),
    ("blanche", "stavropoulos"),
    ("hector", "yarborough"),
    ("elspeth", "jablonski"),
    ("philemon", "radclyffe"),
    ("odile", "kerrigan"),
    ("thibault", "appleyard"),
    ("esmeralda", "lockhart"),
    ("ottavio", "ormsby"),
    ("gwyneth", "valdivia"),
]
RU_LAT = {"пахом": "pakhom", "ключарев": "klyucharev", "хиония": "khioniya", "засовская": "zasovskaya",
          "евдоким": "evdokim", "бархатов": "barkhatov", "платонида": "platonida", "вахромеева": "vakhromeeva",
          "нифонт": "nifont", "домрачев": "domrachev", "милица": "militsa", "курбатова": "kurbatova",
          "маврикий": "mavrikiy", "пряхин": "pryakhin", "елпидия": "elpidiya", "чугункова": "chugunkova",
          "пимен": "pimen", "печатников": "pechatnikov", "сусанна": "susanna", "ступина": "stupina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "администратор ночной смены сам подскажет, какие двери ему открываются по карте, ловите его ближе к ночи, {PHONE}",
        "замки и турникеты у нас на завхозе, переписку он не любит, ему проще голосом, вот его сотовый, {PHONE}",
        "номер я нацарапал на обороте пропуска, {PHONE}, это парень, который у нас чинит принтеры",
        "для смс с кодом гостевого прохода впишите телефон нашей управляющей, {PHONE}, он у нее всегда под рукой",
        "на каждом столике в кафе стоит карточка с номером стойки администратора, {CPHONE}, по нему резиденты и бронируют переговорки",
        # e-mail
        "отчеты по загрузке рабочих мест пусть падают на {EMAIL}, это наш аналитик, он высчитывает, какие этажи пустуют",
        "счета резидентам ставьте в копию на {EMAIL}, наш финансист по понедельникам сверяет их с банковской выпиской",
        "{EMAIL}, это ящик, куда сыплются заявки на гостевые пропуска, туда и пришлите инструкцию по новой регистрации",
        # card
        "первый месяц спишите с карты, с которой мы закупаем кофе для кафе, диктую, {CARD}",
        "погодите, карта у меня в бейджнице вместе с пропуском, вытаскиваю, вот, {CARD}",
        "платеж проведите по карте нашей совладелицы, {NAME}, цифры на ней такие, {CARD}, она сама разрешила",
        # name
        "удаленно открывать двери сможет лишь {NAME}, остальным администраторам такие права ни к чему",
        "сетку бронирования переговорок на квартал вперед составляет {NAME}, без этого согласования ничего не запускайте",
        "{FIRST}, извините, тут курьер звонит в домофон, вас перебило, что вы сказали про пропуска?",
    ],
    "en": [
        # phone
        "the night shift receptionist can tell you which doors his card opens, catch him late in the evening, {PHONE}",
        "locks and turnstiles are down to our caretaker, he hates messages and would rather talk, here's his cell, {PHONE}",
        "i scratched the number on the back of a pass, {PHONE}, that's the lad who fixes our printers",
        "for the guest entry code texts put in our community manager's phone, {PHONE}, she always has it on her",
        "every cafe table has a little card with the front desk number, {CPHONE}, that's how members book the meeting rooms",
        # e-mail
        "let the desk occupancy reports land in {EMAIL}, that's our analyst, he works out which floors sit empty",
        "cc the member invoices to {EMAIL}, our finance guy checks them against the bank statement every monday",
        "{EMAIL}, that's the inbox the guest pass requests pour into, send the guide for the new check in there",
        # card
        "take the first month off the card we buy the cafe's coffee with, reading it out, {CARD}",
        "hang on, the card's in my badge holder with the access pass, pulling it out, here, {CARD}",
        "run the payment on our co owner's card, {NAME}, the digits on it are {CARD}, she said it's fine",
        # name
        "only {NAME} will be able to unlock doors remotely, the other receptionists have no use for that",
        "{NAME} draws up the meeting room grid a quarter ahead, so nothing goes live without that sign off",
        "{FIRST}, sorry, a courier's buzzing the intercom, you got cut off, what did you say about the passes?",
    ],
}
NOPII_T = {
    "ru": [
        "инвентарный номер считывателя у главного входа {BADCARD}, по нему монтажник найдет его в реестре",
        "номер заказа у поставщика бейджей {BADCARD}, сошлитесь на него, если тираж задержат",
        "новый зал открываем {DATE}, ленточку перерезаем {TIME}",
        "раз у вас {QTY}, базовой лицензии на площадку вам хватит за глаза",
        "картридж для большого принтера обходится нам в {PRICE}, а печатают на нем все кому не лень",
        "сверку ключей и карт доступа назначили {DATE}, начнем {TIME}, пока резидентов нет",
    ],
    "en": [
        "the inventory number of the reader at the main entrance is {BADCARD}, the installer will find it in the register by that",
        "the order number with the badge supplier is {BADCARD}, quote it if the print run is late",
        "we open the new hall {DATE}, the ribbon gets cut {TIME}",
        "since you've got {QTY}, the base licence for one site will cover you easily",
        "a cartridge for the big printer sets us back {PRICE}, and everybody and their dog prints on it",
        "we count the keys and access cards {DATE}, starting {TIME}, before the members come in",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "оставляем ваши считыватели на дверях, новое железо не ставим, и за счет этого счет худеет на {P}",
        "если считать не по столам, а по квадратным метрам, у вас выходит на {P} дешевле",
        "ночные брони и выходные у вас почти пустые, так что их в тарифе учтем с понижением на {P}",
        "порекомендуете нас соседнему бизнес центру, и как только они подпишутся, ваша подписка уменьшится на {P}",
        "покажите мне счет от прежнего поставщика, и я встану ниже него на {P}",
        "печать у вас идет через свой сервер, значит, квоты на печать из лицензии убираю, и итог сокращается на {P}",
        "за то, что разрешите снять про вас историю для нашего сайта, сделаю вам {PA} уступку на первый год",
        "пилот на одном этаже проведем по цене на {P} ниже прайса, а дальше уже посмотрите сами",
        "подключите к лету вторую площадку, и я пересчитаю обе по сетевой цене, экономия выйдет в районе {PG}",
    ],
    "en": [
        "we keep your own readers on the doors, no new hardware goes in, and that trims the bill by {P}",
        "if we price by floor area instead of by desk, it comes out {P} cheaper for you",
        "your night and weekend bookings are nearly empty, so we'll count them in the plan {P} lower",
        "put us in touch with the business centre next door, and once they sign your subscription shrinks by {P}",
        "show me the invoice from your previous vendor and i'll come in {P} under it",
        "your printing runs through your own print server, so i'm dropping print quotas from the licence, and the total goes down {P}",
        "let us film a story about you for our website and i'll knock {P} off the first year",
        "we'll run the pilot on one floor at {P} below list, then you see for yourselves",
        "connect a second site by summer and i'll redo both at the network price, the saving works out around {P}",
    ],
}
HALF_T = {
    "ru": ["модуль регистрации посетителей для маленькой приемной отдам вам за полцены",
           "кассу кафе подключим за половину обычной платы, раз у вас всего одна стойка"],
    "en": ["the visitor check in module for a small reception i'll let you have at half price",
           "we'll hook up the cafe till for half the normal fee, since you only have the one counter"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "резиденты оставляют залог за карту доступа, {P} от месячной аренды, и система вернет его при выезде",
        "с аренды переговорок вы платите ндс {P}, в счетах резидентам он выделится сам",
        "по открытым отчетам загрузка коворкингов в вашем районе за год поднялась на {P}",
        "управляющая компания здания забирает у вас {P} выручки кафе, в отчетах это будет отдельной графой",
        "за просрочку оплаты членства по вашему договору набегает пеня {P} в месяц, программа добавит ее сама",
        "мебельщик уступил вам {P} на столы, но это проводится как обычная закупка, к подписке отношения не имеет",
        "по нашим наблюдениям {P} посетителей приходят вообще без предварительной регистрации",
        "банк за эквайринг удерживает {P} с каждой оплаты картой в кафе, это его комиссия, не наша",
    ],
    "en": [
        "members leave a deposit for the access card, {P} of a month's rent, and the system pays it back when they move out",
        "you pay {P} vat on meeting room hire, it shows up on member invoices by itself",
        "public reports say coworking occupancy in your area went up {P} over the year",
        "the building management takes {P} of your cafe takings, the reports will show that as its own column",
        "under your contract late membership payments pick up {P} interest a month, the software adds it on its own",
        "the furniture maker let you have the desks {P} cheaper, but that's booked as an ordinary purchase, it has nothing to do with the subscription",
        "from what we've seen {P} of visitors turn up without registering beforehand at all",
        "the bank keeps {P} of every card payment in the cafe for acquiring, that's their fee, not ours",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас всего один этаж и пара переговорок, может, скинете нам {P}?",
            "нет, цена за площадку у всех одна, от метража она не зависит")],
    "en": [("we've only got one floor and a couple of meeting rooms, could you knock {P} off for us?",
            "no, the price per site is the same for everyone, floor area doesn't change it")],
}
CHANNEL_T = {
    "ru": [
        "планировки этажей через портал не грузите, он их портит, бросьте мне в {MSG}, это мой личный номер, я сам передам проектировщикам",
        "я ведь сам у вас резидент, сижу на третьем этаже, так что звоните прямо мне, {PPHONE}, без нашего колл центра",
        "выгрузку по резидентам и их оплатам скиньте мне на личную почту, {PEMAIL}, корпоративная такие вложения режет",
        "в выходные я на связи только в {MSG}, это мой личный аккаунт, рабочий телефон остается в офисе",
        "договор с особыми условиями пришлю с домашнего адреса, {PEMAIL}, в системе компании его не будет",
        "про цену ниже прайса говорите со мной только по моему личному мобильному, {PPHONE}, через офис это не пройдет",
        "сохраните себе, {PPHONE}, этот номер я оплачиваю сам, звоните туда, когда надо срочно открыть дверь гостю",
    ],
    "en": [
        "don't upload the floor plans through the portal, it mangles them, drop them to me on {MSG}, that's my personal number, i'll pass them to the designers myself",
        "i'm actually a member at your place, i sit on the third floor, so call me directly, {PPHONE}, skip our call centre",
        "send the export of members and their payments to my private mail, {PEMAIL}, the corporate one strips attachments like that",
        "at weekends i'm only reachable on {MSG}, that's my personal account, the work phone stays at the office",
        "i'll send the contract with the special terms from my home address, {PEMAIL}, it won't be in the company's system",
        "anything below the list price we talk about only on my own mobile, {PPHONE}, it won't get through the office",
        "save this, {PPHONE}, i pay for that number myself, ring it when you need a door opened for a guest in a hurry",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "одноразовые коды для гостей резидентам присылает официальный бот нашей компании в {MSG}",
        "если замок не реагирует на карту, звоните на круглосуточную линию компании, {CPHONE}, там дежурят наши инженеры",
        "заявки на подключение новых площадок принимает общий ящик отдела внедрения, {CEMAIL}, их разбирают по очереди",
        "у компании есть официальный канал в {MSG}, туда мы выкладываем график обновлений и плановых работ",
    ],
    "en": [
        "one time guest codes reach your members from our company's official bot on {MSG}",
        "if a lock won't respond to a card, call the company's round the clock line, {CPHONE}, our engineers are on duty there",
        "requests to connect new sites go to the onboarding department's shared inbox, {CEMAIL}, they're handled in turn",
        "the company has an official channel on {MSG}, that's where we post the release and maintenance schedule",
    ],
}
NOT_PRESSURE = {
    "ru": ["обсудите это с партнерами на ближайшем собрании, а я подожду вашего решения сколько потребуется",
           "запустите пробный доступ на одной переговорке, посмотрите, как пойдет, торопить вас не стану",
           "до открытия нового этажа времени еще полно, думайте спокойно, созвонимся, когда сами будете готовы"],
    "en": ["talk it over with your partners at your next meeting, i'll wait for your decision as long as it takes",
           "try the trial on a single meeting room, see how it goes, i won't rush you",
           "there's plenty of time before the new floor opens, think it over calmly, we'll talk when you're ready"],
}
