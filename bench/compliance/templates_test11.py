"""Sentence templates for the "test11" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a clinic-booking and CRM subscription to private
dental and medical clinics. Everything here is new: names that appear neither
in generate.py's train and test lists nor in templates_test2.py to
templates_test9.py, and verbs, introducing words and sentence shapes that
differ from every template of all nine (the front desk of a clinic branch
staffed until evening, the head doctor who takes contract calls but not during
appointments, the senior nurse who runs the schedule, a number dictated
between two patients, the booking centre of a group of clinics; pilot results
for the clinical director, a demo invitation forwarded to the receptionists,
the owner's own inbox; a trial month paid with the clinic's card for the
books, a card kept in the reception safe and read off a photo, the co-owner's
card with the name on it; the senior receptionist deciding on the rollout, an
orthodontist free after lunch, a patient in the chair; distractors with a
medical licence number, a lab integration identifier, a demo slotted around
the head doctor's day, a patient database migration, a price that already
includes text reminders and a sizing assumption; discounts framed as a new
practice rate, a combined bill for all branches, a fee lowered in exchange for
a case study, a discount on online booking bundled with patient records, a
revised price sheet with the discount netted out, a credit so a clinic leaving
its old system mid contract does not pay twice, an apology for a late lab
integration, part of the annual payment returned to the account balance,
pilot client terms for the first practice in the area; half price as a half
rate for a satellite branch or for reception seats; non-offers about patient
no-shows, repeat visits, VAT as a separate line on software, an instalment
schedule, a data migration surcharge, a cancellation charge, dearer text
messages and a discount the old vendor gave; personal channels as patient
cards for an import check sent to one's own messenger, a mobile that is not
the work one, one's own messenger channel for "the best terms", an address in
one's own name rather than on the company domain, calling past the office
secretary, a proposal sent from one's own mailbox, being saved in the rep's
phone; company channels as the logged shared inbox, the company's booking bot,
the night support line tied to the company and notices from the clinic's
account in the product).

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
    ("нестор", "пименов", "харитонович"),
    ("пелагея", "сычева", "антиповна"),
    ("роман", "тюрин", "лаврентьевич"),
    ("софья", "ракитина", "мефодьевна"),
    ("трофим", "жданов", "севастьянович"),
    ("устинья", "баженова", "кондратьевна"),
    ("харитон", "мамонтов", "спиридонович"),
    ("элеонора", "шульгина", "феликсовна"),
    ("юлиан", "огарев", "валерианович"),
    ("янина", "корнилова", "казимировна"),
]
EN_NAMES = [
    ("mortimer", "pennington"),
    ("ottilie", "brandt"),
    ("percival", "ogunleye"),
    ("rosemary", "kettering"),
    ("silas", "abernathy"),
    ("theodora", "vasquez"),
    ("ulysses", "greenhalgh"),
    ("winifred", "achterberg"),
    ("xavier", "mulroney"),
    ("zelda", "rasmussen"),
]
RU_LAT = {"нестор": "nestor", "пименов": "pimenov", "пелагея": "pelageya", "сычева": "sycheva",
          "роман": "roman", "тюрин": "tyurin", "софья": "sofya", "ракитина": "rakitina",
          "трофим": "trofim", "жданов": "zhdanov", "устинья": "ustinya", "баженова": "bazhenova",
          "харитон": "khariton", "мамонтов": "mamontov", "элеонора": "eleonora", "шульгина": "shulgina",
          "юлиан": "yulian", "огарев": "ogarev", "янина": "yanina", "корнилова": "kornilova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "это ресепшен нашего филиала на набережной, {PHONE}, администратор там сидит до восьми вечера",
        "главврач просил, чтобы по договору звонили прямо ему, {PHONE}, только не в часы приема",
        "расписание у нас ведет старшая медсестра, ее телефон {PHONE}",
        "у меня минутка между пациентами, быстро диктую, {PHONE}, остальное обсудим вечером",
        "это колл центр всей нашей сети клиник, {CPHONE}, туда записываются пациенты, и вы тоже можете звонить",
        # e-mail
        "итоги пилота присылайте заведующему клиникой, его адрес {EMAIL}",
        "приглашение на демонстрацию скиньте на {EMAIL}, а я разошлю его нашим администраторам",
        "{EMAIL}, это ящик самой владелицы клиники, все подписки утверждает она",
        # card
        "пробный месяц оплатим картой клиники, {CARD}, чек нужен для бухгалтерии",
        "карта лежит в сейфе на ресепшене, администратор ее сфотографировала, читаю с фото, {CARD}",
        "это карта совладельца клиники, на ней написано {NAME}, номер {CARD}",
        # name
        "решение по внедрению примет {NAME}, это наш старший администратор",
        "наш ортодонт, {NAME}, завтра свободен после обеда, тогда и покажете систему",
        "{FIRST}, у меня пациент в кресле, наберу вас минут через двадцать",
    ],
    "en": [
        # phone
        "that's the front desk at our riverside branch, {PHONE}, reception is staffed there until eight",
        "the head doctor wants contract calls to come straight to him, {PHONE}, just not during clinic hours",
        "our senior nurse runs the schedule, you can reach her on {PHONE}",
        "i've got a minute between patients, so quickly, {PHONE}, and we'll cover the rest tonight",
        "that's the booking centre for our whole group of clinics, {CPHONE}, patients ring it and so can you",
        # e-mail
        "the pilot results should go to our clinical director, whose address is {EMAIL}",
        "send the demo invitation to {EMAIL} and i'll pass it round the receptionists",
        "{EMAIL}, that's the owner's own inbox, every subscription goes past her",
        # card
        "we'll pay for the trial month on the clinic card, {CARD}, the bookkeeper needs a receipt",
        "the card lives in the safe at reception, our administrator snapped a photo, i'm reading off it, {CARD}",
        "it's the card of one of our owners, the name on it reads {NAME}, and the number is {CARD}",
        # name
        "the decision on rollout sits with {NAME}, our senior receptionist, so agree the training with them",
        "our orthodontist, {NAME}, is free tomorrow after lunch, you could show the system then",
        "{FIRST}, i've got a patient in the chair, i'll call you back in twenty minutes",
    ],
}
NOPII_T = {
    "ru": [
        "номер медицинской лицензии {BADCARD}, его проверяют, когда подключают онлайн запись",
        "идентификатор интеграции с лабораторией {BADCARD}, его вставляют в настройки обмена анализами",
        "демонстрацию для главврача поставим {DATE}, у него окно между приемами {TIME}",
        "у вас сейчас {QTY}, значит, подписка обойдется в {PRICE}, смс напоминания пациентам уже входят",
        "перенос базы пациентов из старой программы начнем {DATE}, клиника при этом работает как обычно",
        "в расчет я заложил {QTY}, если станет больше, просто перейдете на следующий тариф",
    ],
    "en": [
        "the medical licence number is {BADCARD}, it gets checked when online booking is switched on",
        "the lab integration id is {BADCARD}, it goes into the settings for exchanging test results",
        "we'll put the demo for your head doctor {DATE}, there's a gap between appointments {TIME}",
        "you've got {QTY}, so the subscription comes to {PRICE}, text reminders to patients included",
        "moving your patient database over from the old program starts {DATE}, and the clinic runs as usual",
        "i've sized the estimate for {QTY}, if you grow past that you just step up a plan",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "раз вы только открываетесь, посчитаю вас по тарифу для новых клиник, он дешевле обычного на {P}",
        "подключайте все три филиала разом, и общий счет я уменьшу на {P}",
        "если разрешите рассказать о вашей клинике в наших кейсах, абонентская плата станет меньше на {P}",
        "оформлю вам {PA} скидку на модуль онлайн записи, раз берете его вместе с электронной медкартой",
        "пришлю вам пересчитанный прайс с учетом {PG} скидки, там уже будет итоговая сумма",
        "вы уходите от прежней программы посреди оплаченного года, поэтому зачтем вам {P} от нашей цены, чтобы не платили дважды",
        "интеграция с лабораторией задержалась по нашей вине, так что в качестве извинения подрежу вам абонентку на {P}",
        "{P} от годового платежа вернем на баланс личного кабинета, потратите их на смс рассылки пациентам",
        "вы первая клиника в районе, поэтому дадим условия пилотного клиента, это на {P} ниже прайса",
    ],
    "en": [
        "since you're only just opening, i'll put you on our new practice rate, which runs {P} under standard",
        "bring all three branches on at once and the combined bill comes down {P}",
        "let us write your clinic up as a case study and your monthly fee goes down by {P}",
        "because you're pairing online booking with patient records, i'll price the booking module {P} lower",
        "i'll send over a revised price sheet with {P} already netted out of the total",
        "you're leaving your old system partway through a paid year, so we'll credit you {P} of our price so you're not paying twice",
        "the lab integration slipped on our side, so by way of apology i'm dropping your subscription {P}",
        "{P} of the annual payment goes back onto your account balance, spend it on patient text reminders",
        "you'd be the first practice in the area, so you get pilot client terms, and i'd come off list by {P}",
    ],
}
HALF_T = {
    "ru": ["филиал на окраине посчитаем по половинной ставке, пока там не наберется поток пациентов",
           "за рабочее место администратора возьмем ровно половину того, что стоит место врача"],
    "en": ["the satellite branch goes on a half rate until the patient numbers pick up",
           "a reception seat is billed at exactly half of what a clinician seat costs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "без напоминаний у вас не доходят до приема примерно {P} записанных пациентов",
        "у клиник, которые включили онлайн запись, доля повторных визитов выросла на {P}",
        "медицинские услуги от ндс освобождены, а вот на программу ндс {P}, он идет в счете отдельной строкой",
        "рассрочка устроена так, {P} сразу, остальное тремя равными платежами",
        "за перенос данных из старой программы берется доплата {P} к стоимости внедрения",
        "если отказаться от внедрения после выезда инженера, удерживается {P} аванса",
        "со следующего квартала оператор поднимает цены, и смс рассылки подорожают на {P}",
        "прежний разработчик давал вам {P}, потому что продавал программу без обновлений, у нас так не принято",
    ],
    "en": [
        "without reminders roughly {P} of your booked patients never turn up",
        "clinics that switched on online booking saw repeat visits rise by {P}",
        "medical services are exempt from vat, but the software carries {P}, shown as its own line on the invoice",
        "the instalment plan works like this, {P} now and the rest in three equal payments",
        "moving data across from your old program adds a {P} surcharge to the implementation fee",
        "cancelling after the engineer has been on site means {P} of the deposit is kept",
        "from next quarter the carrier is raising rates, so text messages will cost {P} more",
        "your old vendor gave you {P} because they sold the program without updates, that's not how we work",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы же маленькая клиника, может, сделаете нам минус {P}?",
            "понимаю, но цена для всех клиник одна, от размера она не зависит")],
    "en": [("we're only a small practice, could you make it {P} less for us?",
            "i hear you, but every clinic pays the same, size doesn't change the price")],
}
CHANNEL_T = {
    "ru": [
        "карточки пациентов для проверки импорта шлите мне в {MSG}, на мой номер, через офисную систему это долго",
        "оставлю вам свой мобильный, не рабочий, {PPHONE}, по нему все решим быстрее",
        "у меня в {MSG} есть свой канал для клиентов, подпишитесь, туда я выкладываю самые выгодные условия",
        "запишите почту на мое имя, не на домене компании, {PEMAIL}",
        "если секретарь в офисе скажет, что меня нет, набирайте сразу мне, {PPHONE}",
        "предложение я лучше перешлю со своего ящика, {PEMAIL}, с него вложения не режутся",
        "напишите мне в {MSG} пару слов с названием клиники, я сохраню вас у себя в телефоне",
    ],
    "en": [
        "send the patient cards for the import check to me on {MSG}, my own number, the office system takes ages",
        "i'll leave you my mobile, not the work one, {PPHONE}, we'll sort everything quicker on that",
        "i run my own channel for clients on {MSG}, subscribe, that's where i post the best terms",
        "take down the address in my own name, not on the company domain, {PEMAIL}",
        "if the office secretary says i'm out, call me directly on {PPHONE}",
        "i'd rather forward the proposal from my own mailbox, {PEMAIL}, attachments don't get stripped there",
        "drop me a couple of words on {MSG} with the clinic's name, and i'll save you in my phone",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "переписка с клиниками хранится в общей системе компании, поэтому пишите на {CEMAIL}, ответит дежурный менеджер",
        "у компании есть официальный бот записи в {MSG}, через него пациенты сами выбирают время",
        "ночная линия техподдержки, {CPHONE}, закреплена за компанией, отвечает инженер смены",
        "все уведомления по договору приходят в личный кабинет клиники в нашей системе, копию продублируем на почту из реквизитов",
    ],
    "en": [
        "every conversation with clinics is kept in the company's shared system, so write to {CEMAIL} and the manager on duty answers",
        "the company runs an official booking bot on {MSG}, patients pick their own times through it",
        "the overnight support line, {CPHONE}, belongs to the company, and the engineer on shift answers it",
        "every notice under the contract lands in the clinic's account in our system, with a copy to the email in your company details",
    ],
}
NOT_PRESSURE = {
    "ru": ["сначала посмотрите, как на тесте освоятся ваши администраторы, а решать будете потом",
           "понимаю, у вас прием, вернемся к этому, когда выдастся свободная минута",
           "выбирайте спокойно, нас или другую систему, главное, чтобы пациентам было удобно"],
    "en": ["first see how your receptionists get on during the trial, and decide after that",
           "i know you've got patients waiting, we'll come back to this when you have a free moment",
           "take your pick calmly, us or another system, what matters is that it works for your patients"],
}
