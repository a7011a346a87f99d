"""Sentence templates for the "test58" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a dispatch and booking platform for taxi and
chauffeur firms (ride bookings from an app, a website and the phone, airport
transfers with meet and greet, driver shifts and cars put out on the line,
fare estimates, corporate accounts with monthly limits, lost property) to
taxi fleet owners, chief dispatchers, chauffeur services and their corporate
customers. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test56.py (ru
first names, surnames and patronymics from Н to Я, en first names and
surnames from M to Z), and verbs, introducing words and sentence shapes that
differ from every template of all earlier parts (the duty mechanic who puts
the cars out on the line from five in the morning and must hear at once when
one stops in the middle of a job, the greeter with a name board in the
arrivals hall who gets a text when a flight is delayed, the storekeeper in
the garage who keeps what passengers leave behind, a bank's assistant who
books cars for the whole board and goes into the corporate customer's card,
the short order number played every hour in an advert on the city radio;
a weekly airport transfer summary for the logistics man who works out how
many cars to keep by the terminal, reconciliation statements for the chief
accountant who closes the month with each corporate customer, the garage's
lost property inbox where the lists of forgotten things pile up; the card
the drivers pay their shift takings onto, a company card taken out of the
safe the chief dispatcher has just opened, a managing director on holiday
who sent a photo of his card; the only person allowed to touch the rush hour
coefficients, the person who checks new drivers' licences before anyone goes
out on the line, a dispatcher whose radio crackles with a driver calling from
the airport; distractors with a taxi meter's serial number, the code on the
tag of a forgotten umbrella, the drivers' periodic medical board, a count
that takes in the owner drivers, an airport transfer with waiting time
included and a corporate customer's delegation; discounts framed as drivers
moved off the radio onto the vendor's driver app, a transfer module repriced
for the winter when tourists are few, a lower per ride rate for a small town
with short rides, fare estimate requests from the client's website
charged at the wholesale rate, tablets dropped from the offer because drivers
work from their own phones, a lower commission on corporate contract rides,
a concession because the taxi firm already drives the vendor's office staff,
night jobs between two and six left out of the commission and owner drivers
brought into the system; half price as seats for trainee drivers riding with
a mentor and a second dispatch console used only at rush hour; non-offers
about the airport's fee for the terminal car park, the rush hour coefficient,
fewer cancellations once the fare is shown in advance, the share of rides
paid by card, a car wash that washes the fleet cheaper under its agreement,
a passenger's fee for cancelling once the car has arrived, a corporate
customer's prepayment against a monthly limit and passengers' tips; a small
fleet asking for a cut; personal channels as a rep who drives a cab himself
in the evenings and answers on his own messenger account between fares, a
rep who may move to another vendor and wants his own number saved, a trip
export from the old dispatch program sent to the rep's private inbox to be
converted on his own laptop, drivers' voice notes forwarded to the rep's own
messenger number, lost property lists with photos sent to the rep's private
mail while the module is not running, a bargaining corporate customer handed
the rep's personal mobile instead of the sales department, and a work phone
that runs flat by lunchtime; company channels as transfer status sent to
passengers by the company's corporate messenger account tied to no employee,
the company's round the clock technical support when the drivers' app goes
down at rush hour, the accounts department's shared address and the
company's official community for fleet owners; polite closings as waiting
out the tourist season, letting a few drivers ride with the app for a week
and asking the corporate customers whether they want ride reports at all).

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
    ("назар", "шашечкин", "платонович"),
    ("октавия", "светофорова", "руслановна"),
    ("ринат", "попутчиков", "яковлевич"),
    ("рада", "развозова", "федоровна"),
    ("святослав", "поворотов", "степанович"),
    ("элла", "счетчикова", "натановна"),
    ("филат", "трансферов", "юлианович"),
    ("ростислава", "объездова", "наумовна"),
    ("тихомир", "сигналов", "русланович"),
    ("юнна", "ремнева", "устиновна"),
]
EN_NAMES = [
    ("milo", "shuttleworth"),
    ("paloma", "ryder"),
    ("roscoe", "wheeler"),
    ("sadie", "routledge"),
    ("wyatt", "roadley"),
    ("willa", "mercer"),
    ("orrin", "tolliday"),
    ("marisa", "waymark"),
    ("percy", "northway"),
    ("nadia", "pickering"),
]
RU_LAT = {"назар": "nazar", "шашечкин": "shashechkin", "октавия": "oktaviya", "светофорова": "svetoforova",
          "ринат": "rinat", "попутчиков": "poputchikov", "рада": "rada", "развозова": "razvozova",
          "святослав": "svyatoslav", "поворотов": "povorotov", "элла": "ella", "счетчикова": "schetchikova",
          "филат": "filat", "трансферов": "transferov", "ростислава": "rostislava", "объездова": "obezdova",
          "тихомир": "tikhomir", "сигналов": "signalov", "юнна": "yunna", "ремнева": "remneva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "дежурный механик с пяти утра выпускает машины на линию, и если какая то встала посреди заказа, знать об этом он должен в ту же минуту, {PHONE}",
        "встречающий с табличкой стоит в зале прилета, когда рейс задерживают, смс с новым временем должна лететь ему, {PHONE}",
        "все, что пассажиры забыли в салоне, собирает кладовщица у нас в гараже, тем, кто ищет потерю, давайте ее сотовый, {PHONE}",
        "машины на все правление заказывает ассистентка генерального из банка, который у нас на корпоративном договоре, впишите ее мобильный в карточку клиента, {PHONE}",
        "короткий номер для заказа, {CPHONE}, мы крутим в рекламе на городском радио каждый час, его пассажиры и набирают",
        # e-mail
        "сводку по трансферам за неделю складывайте нашему логисту, {EMAIL}, он по ней прикидывает, сколько машин держать у терминала",
        "акты сверки по корпоративным поездкам адресуйте главбуху, {EMAIL}, с каждым клиентом месяц она закрывает сама",
        "{EMAIL}, если надо, повторю по буквам, это ящик бюро находок при гараже, туда стекаются описи всего, что оставили в машинах",
        # card
        "платформу оплачивайте с карты, на которую водители после смены сдают выручку, вот ее номер, {CARD}",
        "корпоративную карту наш главный диспетчер держит в сейфе, она его как раз открыла, диктую, {CARD}",
        "списывайте с карты нашего генерального, {NAME}, он сейчас в отпуске и прислал мне фото карты, вот цифры, {CARD}",
        # name
        "менять коэффициенты на час пик у нас имеет право {NAME}, и больше никто, у прочих диспетчеров эта вкладка пусть будет серой",
        "права и анкеты новых водителей проверяет {NAME}, без такой проверки мы никого на линию не выпускаем",
        "{FIRST}, секунду, у меня на столе рация зашипела, водитель из аэропорта вызывает, не кладите трубку",
    ],
    "en": [
        # phone
        "the duty mechanic puts the cars out on the line from five in the morning, and if one stops in the middle of a job he has to know that very minute, {PHONE}",
        "the greeter with the name board waits in the arrivals hall, when a flight's delayed the text with the new time should go to him, {PHONE}",
        "whatever passengers leave in the back gets collected by the storekeeper at our garage, give people hunting for something they lost her cell, {PHONE}",
        "cars for the whole board are booked by the managing director's assistant at the bank we have a corporate contract with, put her mobile on the customer's card, {PHONE}",
        "the short booking number, {CPHONE}, gets played in our advert on the city radio every hour, that's the one passengers dial",
        # e-mail
        "file the weekly transfer summary with our logistics man, {EMAIL}, he works out from it how many cars to keep by the terminal",
        "address the reconciliation statements for corporate rides to our chief accountant, {EMAIL}, she closes the month with each customer herself",
        "{EMAIL}, want me to go through it letter by letter, that's the lost property inbox at the garage, the lists of everything left in the cars end up there",
        # card
        "pay for the platform from the card the drivers put their takings on after a shift, its number is {CARD}",
        "our chief dispatcher keeps the company card in the safe, she's just opened it, here goes, {CARD}",
        "charge our managing director's card, {NAME}, he's on holiday and sent me a photo of it, reading off the photo, {CARD}",
        # name
        "the rush hour coefficients can be changed by {NAME} and nobody else, for the other dispatchers that tab should stay greyed out",
        "{NAME} checks the licences and applications of new drivers, nobody goes out on the line here without that check",
        "{FIRST}, one second, the radio on my desk is crackling, a driver's calling in from the airport, stay on the line",
    ],
}
NOPII_T = {
    "ru": [
        "заводской номер таксометра {BADCARD}, по нему поездки сверяются с отчетом для налоговой",
        "на бирке забытого зонта написано {BADCARD}, пассажир назовет этот код, когда придет его забирать",
        "водителей на медкомиссию везем {DATE}, врач начинает прием {TIME}",
        "если посчитать еще и водителей на своих машинах, выходит {QTY}",
        "трансфер из аэропорта до центра у нас стоит {PRICE}, ожидание на парковке уже включено",
        "делегацию корпоративного клиента везем {DATE}, первые машины подаем к гостинице {TIME}",
    ],
    "en": [
        "the taxi meter's serial number is {BADCARD}, rides get matched against the tax report by it",
        "the tag on the forgotten umbrella says {BADCARD}, the passenger will quote that code when they come to collect it",
        "we take the drivers to their medical board {DATE}, the doctor starts seeing them {TIME}",
        "if you count the owner drivers with their own cars as well, it comes to {QTY}",
        "an airport transfer into the centre is {PRICE} with us, waiting time in the car park included",
        "we're driving a corporate customer's delegation {DATE}, the first cars pull up at the hotel {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "переведете водителей с рации на наше приложение для приема заказов, и ежемесячный платеж сползет вниз на {P}",
        "зимой, когда туристов мало и трансферы в аэропорт почти встают, модуль трансферов я оценю на {P} скромнее",
        "город у вас небольшой и поездки короткие, так что ставку за поездку я вам поставлю на {P} ниже, чем берем со столичных парков",
        "запросы на расчет стоимости поездки с вашего сайта пойдут по оптовой ставке, а она на {P} ниже розничной",
        "раз водители работают со своих телефонов и планшеты в машины вам не нужны, я их из предложения вынимаю, а вместе с ними уходит {P} цены",
        "с поездок по корпоративным договорам наша комиссия будет на {P} ниже, чем с обычных заказов из приложения",
        "вы и так возите наш офис по корпоративному договору, так что по соседски сделаю вам {PA} скидку на платформу",
        "заказы, которые проходят через систему с двух ночи до шести утра, в комиссию не считаем, для вашего ночного потока это примерно минус {P} от счета",
        "заведете в систему и водителей на своих машинах, не только штатных, тогда общую цену опущу в пределах {PG}",
    ],
    "en": [
        "move your drivers off the radio and onto our app for taking jobs, and the monthly payment slides down {P}",
        "in winter, when tourists are few and airport transfers all but stop, i'll rate the transfer module {P} lower for you",
        "your town's small and the rides are short, so i'll set your per ride rate {P} below what we charge the big city fleets",
        "fare estimate requests from your website will go through at the wholesale rate, and that sits {P} under retail",
        "since your drivers work off their own phones and you don't need tablets in the cars, i'm pulling them out of the offer, and {P} of the price goes with them",
        "on rides under corporate contracts our commission will run {P} below what we take on ordinary app bookings",
        "you already drive our office staff under a corporate contract, so as neighbours i'll write you up for {P} off the platform",
        "jobs that go through the system between two and six in the morning don't count toward commission, for your night traffic that's roughly {P} off the bill",
        "bring the owner drivers into the system as well, not just the staff ones, and i'll bring the overall price down by up to {P}",
    ],
}
HALF_T = {
    "ru": ["места для стажеров, которые первые недели ездят с наставником, идут у нас по половинной цене",
           "второй диспетчерский пульт, который вы включаете только в час пик, оплачиваете наполовину"],
    "en": ["seats for trainee drivers who ride with a mentor for their first weeks go at half the going rate",
           "a second dispatch console that you only switch on at rush hour, you pay for half of it"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за въезд на стоянку у терминала аэропорт берет с каждого трансфера сбор, {P} от стоимости, система сама вычтет его из выручки водителя",
        "в час пик повышающий коэффициент добавляет к цене поездки {P}, правило это ваше, платформа его только применяет",
        "с тех пор как пассажир видит цену заранее, отказов при подаче машины стало меньше на {P}",
        "картой у вас оплачивают уже {P} поездок, так что наличную выручку водители сдают все реже",
        "автомойка напротив вашего гаража по договору с парком моет ваши машины на {P} дешевле, чем чужие, в расходах это видно отдельной строкой",
        "если машина уже подъехала, а пассажир отменил заказ, по вашим правилам он платит {P} от минимальной поездки",
        "корпоративный клиент вносит предоплату {P} от месячного лимита, остальное вы выставляете по факту поездок",
        "чаевые, которые пассажиры оставляют в приложении, в среднем составляют {P} от стоимости поездки, и платформа целиком передает их водителю",
    ],
    "en": [
        "for entering the terminal car park the airport takes a fee on every transfer, {P} of the fare, the system deducts it from the driver's takings by itself",
        "at rush hour the surge coefficient adds {P} to the fare, the rule is yours, the platform just applies it",
        "since passengers see the price up front, cancellations when the car arrives have dropped by {P}",
        "your passengers already pay by card on {P} of rides, so the drivers hand in cash takings less and less",
        "the car wash across from your garage washes your cars {P} cheaper than anyone else's under its agreement with the fleet, that shows up as its own line in costs",
        "if the car has already pulled up and the passenger cancels, under your rules they pay {P} of a minimum ride",
        "a corporate customer prepays {P} of the monthly limit, and you bill the rest against the actual rides",
        "tips that passengers leave in the app come to {P} of the fare on average, and the platform passes every penny to the driver",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас в парке машин меньше десятка, мы же не агрегатор какой нибудь, скинете нам {P}?",
            "нет, не скину, мы берем с каждой поездки, так что маленький парк и так платит немного")],
    "en": [("we've got fewer than ten cars, we're hardly some aggregator, could you shave {P} off for us?",
            "no, i can't, we charge per ride, so a small fleet already pays very little")],
}
CHANNEL_T = {
    "ru": [
        "я сам по вечерам таксую на своей машине, так что пишите мне в {MSG}, там я со своего номера, не со служебного, и между заказами отвечу быстрее любой поддержки",
        "я, может быть, со следующего месяца перейду к другому поставщику, так что сохраните мой собственный номер, {PPHONE}, тогда, если я уйду, вы меня не потеряете",
        "выгрузку поездок из вашей старой диспетчерской программы скиньте мне на частный ящик, {PEMAIL}, я дома на своем ноутбуке переложу ее в наш формат",
        "голосовые от водителей, кто не любит печатать, пусть идут прямиком ко мне в {MSG}, я там сижу со своей собственной симки, сам их расшифрую и заведу заявки",
        "пока модуль бюро находок не запущен, описи забытых вещей с фотографиями присылайте на мой личный адрес, {PEMAIL}, разберу их сам",
        "если корпоративный клиент начнет торговаться, не отправляйте его в отдел продаж, дайте ему мой личный мобильный, {PPHONE}, договорюсь с ним напрямую",
        "рабочий телефон у меня к обеду садится, поэтому после двух набирайте мой собственный, {PPHONE}",
    ],
    "en": [
        "i drive a cab myself in the evenings, in my own car, so catch me on {MSG}, that's my own profile, not a work one, and between fares i'll answer quicker than any support desk",
        "i might be moving to another vendor from next month, so save my own number, {PPHONE}, then if i leave you won't lose track of me",
        "dump the trip export from your old dispatch program into my private inbox, {PEMAIL}, i'll convert it to our format at home on my own laptop",
        "drivers who don't like typing can send their voice notes straight to me on {MSG}, i'm on there off my own sim, i'll transcribe them and log the requests myself",
        "until the lost property module is up, send the lists of forgotten things with photos to my own mailbox, {PEMAIL}, i'll sort them out myself",
        "if a corporate customer starts haggling, don't pass them to the sales department, give them my personal mobile, {PPHONE}, i'll settle it with them directly",
        "my work phone runs flat by lunchtime, so after two try my own, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "статус трансфера пассажир видит в {MSG}, сообщения шлет корпоративный аккаунт компании, ни к одному сотруднику он не привязан",
        "если приложение водителей легло в час пик, звоните в круглосуточную техническую поддержку компании, {CPHONE}, там всегда на смене инженеры",
        "акты и счета отправляйте на общий адрес бухгалтерии компании, {CEMAIL}, этот ящик ведут сразу несколько сотрудников",
        "у компании в {MSG} есть официальное сообщество для владельцев таксопарков, там выходят новости о правилах для такси и обновлениях приложения",
    ],
    "en": [
        "the passenger sees the transfer status on {MSG}, the messages come from the company's corporate account, which isn't tied to any one employee",
        "if the drivers' app goes down at rush hour, the company's technical support picks up day and night, {CPHONE}, there are always engineers on shift",
        "send statements and invoices to the accounts department's shared address at the company, {CEMAIL}, several people look after that mailbox",
        "fleet owners can join the company's official community on {MSG}, that's where news about taxi regulations and app updates goes out",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца туристического сезона, посмотрите, как ваши диспетчеры справятся с наплывом, а потом спокойно вернемся к разговору",
           "дайте паре водителей неделю покататься с приложением, не понравится им, значит, и не будем",
           "спросите у своих корпоративных клиентов, нужны ли им вообще отчеты по поездкам в приложении, от их ответа и решайте, звонить с напоминаниями я не буду"],
    "en": ["wait until the tourist season is over, see how your dispatchers cope with the rush, and then we'll calmly pick this up again",
           "let a couple of drivers ride with the app for a week, if they don't like it, then we won't go ahead",
           "ask your corporate customers whether they even want ride reports in an app, go by what they say, i won't be ringing you with reminders"],
}
