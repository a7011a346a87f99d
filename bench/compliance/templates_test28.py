"""Sentence templates for the "test28" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a veterinary clinic platform (appointment booking,
pet medical records, vaccination reminders, pharmacy and pet food stock, lab
results, payment plans for surgeries) to private veterinary clinics and pet
groomers. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test27.py, and
verbs, introducing words and sentence shapes that differ from every template
of all earlier parts (a surgeon who operates twice a week and rings back
between cases if left a voicemail, a groomer who drives out to trim dogs at
owners' homes and whose mobile goes into her staff profile, the night
technician on the hospital ward who should get copies of the lab results, a
shepherd dog's owner whose vaccination reminder never arrived so her number
is checked for a typo, the reception number printed in every pet passport
the clinic hands out; patient record summaries copied to the clinical
director before the morning ward round, the buyer who puts together the food
and medicine orders, the mailbox every lab form pours into; the card the
vaccine supplier is paid from, read straight off, a card fished out of a bag
full of dog treats, the clinic's other owner named before a card copied into
a diary; the only person allowed to edit treatment plans, the person who
runs the pharmacy and the pet food stockroom, a husky loose in the waiting
room mid call; distractors with a dachshund's microchip number, a vaccine
batch number off the vial, a cat's neutering booked with the owner told to
bring him in on an empty stomach, a headcount that the starter package
covers, a bag of prescription food from the supplier and blood chemistry
results promised by the lab; discounts framed as the medical records module
switched off for groomers who keep none, a community clinic price for a
practice that treats shelter animals for free, lab results hooked up cheaper
through the partner lab, a second branch brought under the same contract, a
smaller commission on every surgery payment plan set up through the
platform, a bill made smaller once a referred clinic signs, a saving written
into the contract for moving the patient records over without help, the
clinic featured as a case study in webinars for vets and the pet shop next to
the clinic put on the same bill; half price as a seat for a groomer who only
trims and never treats and a pharmacy module for a clinic that only sells
food; non-offers about owners' prepayment for a planned surgery, the rabies
vaccine going up, the cut a bank keeps on owners' surgery loans, a food
distributor's volume discount, the share of no shows falling on a monday,
the clinic's tax rate on takings, a lab's surcharge for an urgent test and
the number of dogs in the area growing; a one chair grooming salon asking for
a cut; personal channels as x ray images sent to the rep's own messenger
number when they will not attach to a record, a rep who keeps two labradors
at home and hands out his own cell instead of the office one, a medicines
price list sent to the rep's private mailbox away from prying eyes, a group
for groomers the rep runs on a messenger himself without the company, a
contract with special payment plan terms mailed from the rep's personal box
because the corporate mail would stop it, the rep's home phone for a
software freeze on the night ward and a private number off the company's
lists so the clinic follows the rep if he leaves; company channels as the
platform's official bot sending vaccination reminders, the company's
technical support line working seven days a week, the company accounts
department's shared mailbox for reconciliation statements and the company's
official channel announcing new features and webinars for vets).

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
    ("дормидонт", "коновалов", "евменович"),
    ("алевтина", "хвостова", "терентьевна"),
    ("касьян", "копытин", "ануфриевич"),
    ("нинель", "кормилицына", "исаевна"),
    ("феофил", "конюхов", "авдеевич"),
    ("изольда", "лисицына", "сафроновна"),
    ("парфен", "подковыров", "еремеевич"),
    ("клара", "ежова", "елистратовна"),
    ("яким", "собольков", "демидович"),
    ("розалия", "гривцова", "серапионовна"),
]
EN_NAMES = [
    ("cyril", "kennelly"),
    ("hildegard", "pawsey"),
    ("jolyon", "catterall"),
    ("dulcie", "foxley"),
    ("fabian", "shepherdson"),
    ("clarissa", "whelpdale"),
    ("griffith", "colville"),
    ("mirabel", "bramhall"),
    ("linus", "hollowell"),
    ("lettice", "dunstable"),
]
RU_LAT = {"дормидонт": "dormidont", "коновалов": "konovalov", "алевтина": "alevtina", "хвостова": "khvostova",
          "касьян": "kasyan", "копытин": "kopytin", "нинель": "ninel", "кормилицына": "kormilitsyna",
          "феофил": "feofil", "конюхов": "konyukhov", "изольда": "izolda", "лисицына": "lisitsyna",
          "парфен": "parfen", "подковыров": "podkovyrov", "клара": "klara", "ежова": "ezhova",
          "яким": "yakim", "собольков": "sobolkov", "розалия": "rozaliya", "гривцова": "grivtsova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "хирург у нас оперирует по вторникам и четвергам, в операционной трубку не берет, но между операциями перезванивает сам, оставьте ему голосовое, {PHONE}",
        "мастер по грумингу ездит стричь собак по домам, занесите ее мобильный в профиль сотрудника, чтобы хозяева видели, кто к ним едет, {PHONE}",
        "результаты анализов пусть дублируются ночной лаборантке из стационара, вбейте ее номер в уведомления, {PHONE}",
        "хозяйка овчарки жалуется, что напоминание о прививке ей так и не пришло, проверьте, нет ли опечатки в номере, {PHONE}",
        "этот номер, {CPHONE}, стоит в каждом ветпаспорте, который мы выдаем, по нему хозяева и записываются в регистратуру",
        # e-mail
        "выписки из карт пациентов ставьте в копию главврачу, {EMAIL}, он их просматривает перед утренним обходом стационара",
        "заявки на корма и препараты у нас собирает закупщица, адрес у нее вот какой, {EMAIL}, счета от поставщиков тоже пусть идут туда",
        "{EMAIL}, сюда к нам стекаются все бланки из лаборатории, так что и вашу выгрузку привязывайте сюда же",
        # card
        "абонентскую плату снимайте с карты, через которую мы платим поставщику вакцин, цифры на лицевой стороне такие, {CARD}",
        "в сумке у меня карта вперемешку с лакомствами для собак, сейчас выужу, ага, читаю, {CARD}",
        "платеж оформите на карту совладельца клиники, {NAME}, согласие есть, номер я переписала себе в ежедневник, {CARD}",
        # name
        "править назначения в картах пациентов сможет только {NAME}, остальным врачам оставьте только просмотр",
        "аптекой и складом кормов заведует {NAME}, поэтому обучение по остаткам проводите в первую очередь для этого сотрудника",
        "{FIRST}, минуточку, у нас хаски вырвался у хозяина из рук и носится по приемной, сейчас изловим и договорим",
    ],
    "en": [
        # phone
        "our surgeon operates on tuesdays and thursdays, he won't touch his phone in theatre but he rings back between cases, leave him a voicemail, {PHONE}",
        "our groomer drives out to trim dogs at people's homes, pop her mobile into her staff profile so owners can see who's coming, {PHONE}",
        "have the lab results copied to our night technician on the hospital ward, key her number into the notifications, {PHONE}",
        "a german shepherd's owner says her vaccination reminder never came through, check whether the number was keyed in wrong, {PHONE}",
        "this number, {CPHONE}, is printed in every pet passport we hand out, it's what owners ring to book at reception",
        # e-mail
        "cc the clinical director on the patient record summaries, {EMAIL}, he reads through them before the morning ward round",
        "our buyer puts together the orders for food and medicines, her address goes like this, {EMAIL}, supplier invoices can go there as well",
        "{EMAIL}, every form from the lab pours into that mailbox, so hook your export up to it too",
        # card
        "put the subscription on whichever card the vaccine supplier gets paid from, reading straight off it, {CARD}",
        "my card's in my bag mixed up with the dog treats, hang on while i dig it out, got it, reading now, {CARD}",
        "set the payment up on the card of the clinic's other owner, {NAME}, they've okayed it, i copied the number into my diary, {CARD}",
        # name
        "treatment plans in the patient records can be edited by {NAME} alone, everyone else on the vet team should just be able to look",
        "{NAME} runs our pharmacy and the pet food stockroom, so that's who the stock levels training should start with",
        "{FIRST}, one minute, a husky's slipped out of its owner's hands and is tearing round the waiting room, we'll catch him and carry on",
    ],
}
NOPII_T = {
    "ru": [
        "номер чипа у этой таксы {BADCARD}, по нему карта пациента находится в поиске сразу",
        "серия вакцины на флаконе {BADCARD}, ее вписывают в паспорт рядом с печатью",
        "кастрацию коту назначили {DATE}, хозяйку просим привезти его натощак {TIME}",
        "{QTY}, говорите, ну тогда стартового пакета вам хватит с запасом, а расширить его можно когда угодно",
        "мешок лечебного корма у поставщика сейчас стоит {PRICE}, и такой у нас расходится за неделю",
        "лаборатория обещает биохимию {DATE}, а выкладывают они результаты обычно {TIME}",
    ],
    "en": [
        "this dachshund's microchip number is {BADCARD}, search on it and the patient record comes straight up",
        "the batch number printed on the vial reads {BADCARD}, we copy it into the passport beside the stamp",
        "the cat's neutering is booked {DATE}, we ask the owner to bring him in on an empty stomach {TIME}",
        "{QTY}, you say, well then the starter package is plenty, and you can grow it whenever you like",
        "a bag of prescription food from the supplier goes for {PRICE} right now, and we get through one a week",
        "the lab promises the blood chemistry {DATE}, they usually post the results {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "раз вы как грумеры медицинские карты не ведете, этот модуль я у вас выключу, и ежемесячный платеж станет скромнее на {P}",
        "вы же бесплатно лечите животных из приюта, так что оформлю вас по цене для социальных клиник, а она у нас меньше прайсовой на {P}",
        "сдавайте анализы в нашу партнерскую лабораторию, и за интеграцию с ней мы возьмем на {P} меньше обычного",
        "впишите второй филиал в этот же договор, и цену за каждую точку я сдвину вниз на {P}",
        "с каждой рассрочки на операцию, оформленной через платформу, ваша комиссия убавится на {P}",
        "посоветуете нас знакомой клинике, и как только они подпишут договор, ваш счет сократится на {P}",
        "{PA} льготу на первый год впишу вам в договор, если карты пациентов из прежней системы перетащите сами",
        "разрешите нам рассказывать о вашей клинике на вебинарах для ветврачей как о примере, и я спущу абонентку на {P}",
        "подключите к платформе еще и зоомагазин при клинике, тогда по общему счету сделаю вам уступку в районе {PG}",
    ],
    "en": [
        "since you groomers don't keep medical records, i'll switch that module off and your monthly payment gets {P} more modest",
        "you treat shelter animals for free, so you qualify for our community clinic price, {P} under what others pay",
        "send your samples to our partner lab and the integration that pulls results into patient records gets marked down {P}",
        "write your second branch into the same contract and i'll take {P} less for each site",
        "for every surgery payment plan set up through the platform, your commission shrinks by {P}",
        "recommend us to a clinic you know, and the moment they sign, your bill gets {P} smaller",
        "the contract will carry a {P} cut for the first year if you move the patient records across from your previous software yourselves",
        "let us feature your clinic as an example in our webinars for vets and i'll lower the subscription by {P}",
        "connect the pet shop attached to your clinic as well, and what you pay for both together goes down by roughly {P}",
    ],
}
HALF_T = {
    "ru": ["место для грумера, который только стрижет и ничего не лечит, идет за полцены от врачебного",
           "аптечный модуль для клиники, где с полок продают одни корма, обойдется вам вполовину дешевле"],
    "en": ["groomers who only trim and never treat get their seats at half a vet's price",
           "the pharmacy module, for a clinic selling nothing but food off the shelves, is charged half of the regular amount"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "хозяева при записи на плановую операцию вносят предоплату {P}, программа сама привяжет ее к карте питомца",
        "вакцина от бешенства с весны подскочила в цене на {P}, но к нашей подписке это никакого отношения не имеет",
        "банк, который дает хозяевам рассрочку на операции, забирает себе {P} с каждой сделки, и эти деньги остаются у банка, к нам они не попадают",
        "дистрибьютор кормов дает вам скидку {P} за объем, заведите ее в карточку поставщика, и закупочные цены пересчитаются сами",
        "у наших клиник {P} неявок приходится на понедельник, напоминание накануне вечером заметно это выправляет",
        "налог у вас идет по ставке {P} с выручки, декларацию по нему платформа подготовит за вас",
        "за срочный анализ лаборатория накидывает {P} сверху, в счете хозяину это будет отдельной строкой",
        "собачье население района за год подросло на {P}, запись у вас будет только уплотняться",
    ],
    "en": [
        "when owners book a planned surgery they prepay {P}, the software ties it to the pet's record on its own",
        "the rabies vaccine has jumped {P} in price since spring, but our subscription isn't tied to it in any way",
        "the bank lending owners money for surgeries takes a {P} cut of each loan, that money stays with the bank and never reaches us",
        "the food distributor gives you {P} off for volume, put it in the supplier's profile and the purchase prices recalculate by themselves",
        "across our clinics {P} of no shows fall on a monday, a reminder the evening before noticeably straightens that out",
        "your tax rate is {P} of takings, the platform prepares the return for you",
        "the lab adds {P} on top for an urgent test, the owner will see it listed apart on the bill",
        "the dog population around you grew {P} in a year, so your appointment book will only get busier",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня салон на одно кресло, стригу сама, без помощниц, может, сбросите мне {P}?",
            "нет, место мастера стоит одинаково, что в салоне на одно кресло, что в сетевой клинике")],
    "en": [("it's a one chair salon and i do all the trimming myself, no assistants, can you do me {P} off?",
            "no, there's one price per seat, whether it's a one chair salon or a chain of clinics")],
}
CHANNEL_T = {
    "ru": [
        "если рентгеновские снимки не прикрепятся к карте, перекидывайте их мне напрямую в {MSG}, там я под своим частным номером, к пациенту я их подгружу сам",
        "у меня дома два лабрадора, так что я в ваших делах свой человек, заносите мой сотовый, не офисный, {PPHONE}, звоните хоть в воскресенье",
        "прайс на препараты с вашими закупочными ценами шлите не через форму на сайте, а на мой частный ящик, {PEMAIL}, комплектацию я подберу без лишних глаз",
        "у меня есть своя группа грумеров в {MSG}, компания к ней касательства не имеет, добавлю вас, там меня проще всего поймать",
        "договор с особыми условиями по рассрочке на операции вышлю вам с адреса, который у меня для личной переписки, {PEMAIL}, корпоративная почта такое не пропустит",
        "если ночью в стационаре зависнет программа, будите меня на домашний, {PPHONE}, дежурная линия все равно только заявку примет",
        "моего номера, {PPHONE}, в списках компании нет, он частный, и если я уволюсь, ваша клиника останется со мной",
    ],
    "en": [
        "if the x ray images won't attach to the record, forward them on {MSG} straight to my own phone, and i'll add them to the patient myself",
        "i've got two labradors at home, so i'm one of your lot, take down my cell rather than the desk line, {PPHONE}, call even on a sunday",
        "don't push your medicines price list through the website form, shoot it over to my own email, not the work one, {PEMAIL}, i'll put the bundle together away from prying eyes",
        "i've got my own groomers' group on {MSG}, nothing to do with the company, i'll add you, that's the quickest place to catch me",
        "the contract with the special terms on surgery payment plans will be sent from an email of my own, outside work, {PEMAIL}, the corporate email wouldn't let it through",
        "if the software freezes on the ward at night, wake me on my home phone, {PPHONE}, the duty line would only log a ticket anyway",
        "my number, {PPHONE}, you won't find in any company list, it belongs to me, and if i leave, your clinic comes with me",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "хозяевам о прививках напоминает бот в {MSG}, официальный, от нашей платформы, клиника включает его в настройках за пару кликов",
        "если касса не проводит оплату за прием, звоните в техподдержку компании, {CPHONE}, линия работает без выходных",
        "акты сверки запрашивайте через общий ящик бухгалтерии компании, {CEMAIL}, письма там разбирают по очереди",
        "о новых функциях и вебинарах для ветврачей компания сообщает через официальный канал, он есть в {MSG}",
    ],
    "en": [
        "vaccination reminders go to owners through a bot on {MSG} that the platform runs officially, a clinic switches it on in settings in a couple of clicks",
        "if the till won't put through a payment for a visit, call the company's technical support, {CPHONE}, the line works seven days a week",
        "ask for reconciliation statements through the shared mailbox of the company's accounts department, {CEMAIL}, they work through the letters in turn",
        "the company announces new features and webinars for vets through its official channel, which you'll find on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["переждите весеннюю прививочную кампанию, тогда и сядем считать, у меня никакой спешки нет",
           "дайте главврачу погонять демо на паре настоящих приемов, а решение за вами, подгонять не буду",
           "если бумажный журнал записи вас пока устраивает, живите с ним, а созвонимся, когда сами захотите"],
    "en": ["get through the spring vaccination rush first, then we'll sit down with the numbers, there's no hurry on my side",
           "let your clinical director try the demo on a couple of real appointments, the decision stays yours, i won't be nagging you",
           "if the paper appointment book still works for you, carry on with it, and we'll talk when you're ready"],
}
