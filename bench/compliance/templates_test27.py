"""Sentence templates for the "test27" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an applicant-tracking and staffing platform (job
posting to many boards at once, candidate screening, interview scheduling,
timesheets for temporary workers, payroll for contractors, client invoicing)
to recruitment and staffing agencies. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test25.py (ru surnames from Н to Я, en surnames from N to Z),
and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (the night shift supervisor at a client's
warehouse who signs the temps' timesheets and only answers after the shift
change, the agency's best sourcer who finds welders through her own
acquaintances, a candidate's number written by hand on an interview form in
poor handwriting, the hiring manager at the agency's biggest client who only
takes shortlist calls on his phone, the agency's duty line on every temp's
badge; screened cvs for the account manager of the logistics clients,
the weekly report on filled vacancies that the director reads before monday's
planning meeting, the address candidates send their onboarding documents to;
the card on an expense report used to refund candidates' travel, a card read
off a photo a partner sent to the chat, the branch head whose card she
dictated in the morning; the only person allowed to change a contractor's
rate, the person who runs interviews at a client's site, a candidate walking
in for an interview mid call; distractors with a vacancy code on a job site,
a temp's pass number for a client's warehouse, a group interview for pickers,
a volume the middle plan carries, the price of one posting on a big job
board and the contractors' payout day with the bank file sent; discounts
framed as interview invitations moved from sms to in app notices, a screening
module rebilled for an agency that hardly tests anyone, beating the invoice
of the system the agency uses now, fewer payroll runs for contractors paid
twice a month, recruiters working from phones only, a price for agencies that
place people with disabilities, a concession while two systems run side by
side during migration, a staffing association members' seat price and the
mass hiring season paid up front; half price as a client portal where
customers only approve temps' timesheets and a candidate archive kept for
search only; non-offers about the agency's placement fee on a candidate's
first year pay, invited candidates who never reach the interview, a job
board's posting prices going up, a night shift premium for temps, a search
retainer paid up front by the agency's client, demand for warehouse workers
growing, a fee refunded to the client when a hire leaves early and postings
with a salary getting more responses; a two person agency placing nannies
and carers asking for a cut; personal channels as a late night shortlist sent
to the rep's personal messenger account, a rep moving to another department
who keeps the agency for himself on his own mobile, a contractor agreement
draft sent to the rep's personal mailbox before legal sees it, a voice note
about contractor pay left on the rep's own messenger number, the candidate
base exported to the rep's home mailbox for a weekend migration, a stuck
client invoice texted to the rep's personal sim while the work phone stays in
the office and the rep's number saved under his own name so he keeps the
client after changing jobs; company channels as interview reminders from the
platform's official bot, the company's payroll centre line for contractors,
the billing team's shared inbox for disputed invoices and the company's
official channel with a monthly labour market review).

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
    ("будимир", "наймушин", "гурьянович"),
    ("манефа", "охотникова", "фортунатовна"),
    ("любим", "табельщиков", "мелетьевич"),
    ("минодора", "писарева", "агафоновна"),
    ("ждан", "поденщиков", "лукьянович"),
    ("домника", "сменщикова", "кузьминична"),
    ("радим", "шабашников", "агапитович"),
    ("фавста", "ярмаркина", "яковлевна"),
    ("вышеслав", "нарядчиков", "мелитонович"),
    ("лидия", "штатнова", "евтропиевна"),
]
EN_NAMES = [
    ("wendell", "northcott"),
    ("augusta", "overbeck"),
    ("lionel", "prideaux"),
    ("rosanna", "quenby"),
    ("marcellus", "redgrave"),
    ("estelle", "stillwell"),
    ("thurston", "tolliver"),
    ("winona", "upshaw"),
    ("barrington", "venables"),
    ("hester", "yelland"),
]
RU_LAT = {"будимир": "budimir", "наймушин": "naymushin", "манефа": "manefa", "охотникова": "okhotnikova",
          "любим": "lyubim", "табельщиков": "tabelshchikov", "минодора": "minodora", "писарева": "pisareva",
          "ждан": "zhdan", "поденщиков": "podenshchikov", "домника": "domnika", "сменщикова": "smenshchikova",
          "радим": "radim", "шабашников": "shabashnikov", "фавста": "favsta", "ярмаркина": "yarmarkina",
          "вышеслав": "vysheslav", "нарядчиков": "naryadchikov", "лидия": "lidiya", "штатнова": "shtatnova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старший смены на складе заказчика, который подписывает табели нашим временным, отвечает только после пересменки, {PHONE}",
        "наш лучший сорсер, она сварщиков находит через свои знакомства и подскажет, какие сайты вакансий реально работают, звякните ей, {PHONE}",
        "кандидатка вписала номер в анкету от руки, почерк корявый, но я разберу, {PHONE}",
        "нанимающий менеджер у нашего самого крупного заказчика созванивается по короткому списку кандидатов только со своего телефона, письма он не читает, {PHONE}",
        "на бейдже у любого нашего временного работника указан дежурный телефон агентства, {CPHONE}, по нему звонят, если заблудились и не могут найти объект",
        # e-mail
        "резюме, которые прошли отбор, отправляйте на {EMAIL}, ящик ведет менеджер по нашим логистическим заказчикам",
        "еженедельный отчет по закрытым вакансиям кидайте на {EMAIL}, директор читает его в понедельник перед планеркой",
        "{EMAIL}, это адрес, куда кандидаты присылают документы для оформления, пропишите его в объявлениях",
        # card
        "передо мной авансовый отчет, в нем карта, с которой мы возмещаем кандидатам проезд, диктую, {CARD}",
        "партнер прислала фото карты в чат, сейчас увеличу, чтобы цифры было видно, {CARD}",
        "платить будем картой управляющей нашим филиалом, {NAME}, она мне ее утром продиктовала, {CARD}",
        # name
        "менять ставку подрядчику может только {NAME}, настройте права именно так, больше никому",
        "собеседования на площадке заказчика проводит {NAME}, приглашения в календарь оформляйте на это имя",
        "{FIRST}, секунду, ко мне кандидат на собеседование зашел, прикрою дверь и продолжим",
    ],
    "en": [
        # phone
        "the night shift supervisor at our client's warehouse, who signs our temps' timesheets, only answers after the shift change, {PHONE}",
        "our best sourcer finds welders through people she knows and can tell you which job sites actually work, buzz her, {PHONE}",
        "a candidate wrote her number on the form by hand, the handwriting's a mess but i'll make it out, {PHONE}",
        "the hiring manager at our biggest client only does shortlist calls on his own phone, he never reads emails, {PHONE}",
        "each temp of ours wears a badge with the agency's duty line on it, {CPHONE}, they ring it when they get lost looking for the site",
        # e-mail
        "cvs that pass screening should land on {EMAIL}, that's our account manager for the logistics clients",
        "the weekly report on filled vacancies goes to {EMAIL}, the director reads it on monday before the planning meeting",
        "{EMAIL}, that's where candidates send their documents for onboarding, add it to the job ads",
        # card
        "i've got the expense report open here, with the card we refund candidates' travel from, here goes, {CARD}",
        "my partner snapped the card and dropped the picture in our chat, let me zoom in so the digits show, {CARD}",
        "we'll pay with the card of our branch head, {NAME}, she read it out to me this morning, {CARD}",
        # name
        "only {NAME} may change a contractor's rate, set the permissions exactly like that, nobody else",
        "{NAME} runs the interviews at the client's site, address the calendar invites to that person",
        "{FIRST}, half a moment, a candidate has just walked in for an interview, let me shut the door and we'll go on",
    ],
}
NOPII_T = {
    "ru": [
        "код вакансии на сайте работы {BADCARD}, по нему их поддержка находит объявление за минуту",
        "номер пропуска нашего временного на склад заказчика {BADCARD}, охрана сверяет его на проходной",
        "групповое собеседование для комплектовщиков назначено {DATE}, кандидаты собираются {TIME}",
        "вы назвали {QTY}, такой объем средний тариф тянет без проблем",
        "одна публикация на крупном сайте вакансий обходится вам в {PRICE}, и висит она всего месяц",
        "выплаты подрядчикам уходят {DATE}, файл в банк мы отправляем {TIME}",
    ],
    "en": [
        "the vacancy code on the job site is {BADCARD}, their support finds the ad in a minute with that",
        "our temp's pass number for the client's warehouse is {BADCARD}, security checks it at the gate",
        "we hold the group interview for pickers {DATE}, candidates gather {TIME}",
        "you mentioned {QTY}, which the mid tier handles easily",
        "one posting on the big job board costs you {PRICE}, and it only stays up a month",
        "contractor payouts go out {DATE}, we send the bank file {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "переведете приглашения на собеседования со смс на уведомления в приложении, нам они ничего не стоят, и ежемесячный платеж я вам урежу на {P}",
        "тестов при отборе вы почти не даете, складских берете без проверок, так что модуль скрининга пересчитаю вам дешевле на {P}",
        "пришлите мне счет из системы, в которой вы сейчас работаете, и я выставлю свой на {P} ниже их суммы",
        "подрядчикам вы платите дважды в месяц, а не каждую неделю, прогонов зарплаты меньше, значит и за этот модуль возьму с вас на {P} меньше",
        "если рекрутеры будут заходить только с телефона, без мест на компьютере, лицензия подешевеет для вас на {P}",
        "вы трудоустраиваете людей с инвалидностью, а таким агентствам мы ставим цену на {P} ниже базовой",
        "пока переносите базу кандидатов и работаете параллельно в двух системах, оформлю на это время {PA} уступку, чтобы не выходило двойной оплаты",
        "вы же состоите в ассоциации кадровых агентств, а для ее участников место рекрутера у нас стоит меньше на {P}",
        "оплатите вперед весь сезон массового найма, с осени до нового года, и я срежу со счета порядка {PG}",
    ],
    "en": [
        "move the interview invitations from sms over to in app notices, which cost us nothing, and i'll trim your monthly payment by {P}",
        "you hardly test anyone at screening, warehouse staff go straight through, so i'll rebill the screening module {P} cheaper",
        "send me the invoice from the system you're on now and i'll put mine in {P} below their total",
        "you pay contractors twice a month, not weekly, so there are fewer pay runs and i'll charge you {P} less for that module",
        "if your recruiters only log in from their phones, no desktop seats, the licence comes down {P}",
        "you place people with disabilities, and for agencies like that we set the price {P} under list",
        "while you're moving the candidate base over and running both systems side by side, i'll allow {P} off for that stretch so you don't pay twice",
        "you're in the staffing agencies association, and its members get a recruiter seat {P} cheaper with us",
        "pay up front for the whole mass hiring season, autumn through new year, and i'll cut something like {P} off the bill",
    ],
}
HALF_T = {
    "ru": ["кабинет для ваших заказчиков, где они только подтверждают табели временных работников, стоит как половина обычного места",
           "если перестанете размещать вакансии и оставите базу кандидатов только для поиска, архив будем держать за половину абонентки"],
    "en": ["the client portal where your customers only approve temps' timesheets goes for half what a regular seat does",
           "if you stop posting jobs and keep the candidate base just for searching, we'll hold the archive at half the subscription"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "ваш гонорар заказчику за закрытую вакансию составляет {P} годового дохода кандидата, система сама выставит счет после выхода человека на работу",
        "из приглашенных вами кандидатов {P} так и не появляются на собеседовании, напоминания в день встречи обычно это исправляют",
        "крупный сайт вакансий с нового года поднимает цены на публикации на {P}, наша подписка от этого не меняется",
        "ночные смены у временных рабочих оплачиваются с надбавкой {P}, программа начислит ее по табелю сама",
        "при подписании договора на поиск заказчик платит вам вперед {P} гонорара, в системе это отдельный счет",
        "спрос на складских рабочих к зиме вырос на {P}, так что вакансий у вас прибавится",
        "если кандидат уходит в первые три месяца, вы по договору возвращаете заказчику {P} гонорара, это тоже учтется в расчетах",
        "на вакансии с указанной зарплатой откликаются на {P} чаще, это видно по всем нашим агентствам",
    ],
    "en": [
        "your fee to the client for a filled vacancy comes to {P} of the candidate's first year pay, the system raises the invoice once the person starts",
        "{P} of the people you invite never make it to the interview, same day reminders usually fix that",
        "the big job board is putting its posting prices up {P} from the new year, our subscription stays as it is",
        "night shifts for temps are paid with a {P} premium, the software adds it from the timesheet by itself",
        "when a client signs a search contract they pay you {P} of the fee up front, that's a separate invoice in the system",
        "demand for warehouse workers has grown {P} heading into winter, so you'll have more vacancies coming",
        "if a candidate leaves in the first three months, your contract has you refund {P} of the fee to the client, the system tracks that too",
        "postings that show the salary get {P} more responses, we see it across all our agencies",
    ],
}
CLIENT_ASK_T = {
    "ru": [("нас в агентстве двое, подбираем нянь и сиделок, может, скинете нам {P}?",
            "не получится, цена места рекрутера опубликована в прайсе и одинакова для агентств любого размера")],
    "en": [("there are just two of us placing nannies and carers, any chance you'd shave {P} off the price for a tiny outfit like ours?",
            "i can't, the seat price is in the published price list and it's identical for agencies of any size")],
}
CHANNEL_T = {
    "ru": [
        "когда заказчику ночью срочно нужен короткий список, скидывайте кандидатов мне в {MSG}, там у меня личный аккаунт, через портал выйдет слишком долго",
        "со следующего месяца меня переводят в другой отдел, но ваше агентство я оставлю за собой, так что номер отдела забудьте, набирайте мой мобильный, он личный, {PPHONE}",
        "черновик договора с подрядчиками со своими правками пришлите на мою личную почту, {PEMAIL}, юристам его пока показывать незачем",
        "наговорите мне голосовым сообщением в {MSG}, прямо на мой личный телефон, как у вас идут выплаты подрядчикам, и я сам все настрою",
        "выгрузите базу кандидатов файлом и перешлите на мой домашний адрес, {PEMAIL}, перенос я сделаю в выходные из дома",
        "если счет заказчику застрянет, киньте смс на мою личную симку, {PPHONE}, рабочий телефон я на ночь оставляю в офисе",
        "сохраните мой номер под моей фамилией, а не под названием компании, {PPHONE}, даже если я сменю работу, вести вас буду я",
    ],
    "en": [
        "if a client wants a shortlist urgently in the middle of the night, fire the candidates over to me on {MSG}, i'm there under my personal account, the portal would take too long",
        "i'm being moved to another department next month but i'm keeping your agency myself, so forget the department number and dial my mobile, it's a private one, {PPHONE}",
        "mail the contractor agreement draft with your edits to my private inbox, {PEMAIL}, legal doesn't need to see it yet",
        "talk me through how you pay your contractors in an audio clip and send it over {MSG} to my private phone, i'll set it all up myself",
        "export the candidate base to a file and forward it to the mailbox i check at home, {PEMAIL}, i'll do the migration from there over the weekend",
        "if a client invoice gets stuck, text my personal sim, {PPHONE}, the work phone stays in the office overnight",
        "save my number under my surname rather than the company's, {PPHONE}, even if i change jobs i'll be the one looking after you",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания о собеседовании кандидатам присылает официальный бот платформы в {MSG}, явку они подтверждают одной кнопкой",
        "вопросы подрядчиков по выплатам принимает расчетный центр компании, {CPHONE}, там отвечают с утра до вечера",
        "если заказчик оспаривает счет, перешлите переписку в отдел биллинга компании, {CEMAIL}, ящик общий, письмо разберет дежурный специалист",
        "обзор рынка труда по регионам компания каждый месяц выкладывает в своем официальном канале в {MSG}",
    ],
    "en": [
        "candidates get their interview reminders on {MSG} from the platform's official bot, and they confirm attendance with one tap",
        "contractors' questions about their payouts are handled by the company's payroll centre, {CPHONE}, it's staffed from morning till evening",
        "if a client disputes an invoice, forward the thread to the company's billing team, {CEMAIL}, it's a shared inbox and whoever is on duty picks it up",
        "every month a regional labour market review comes out on {MSG}, in the company's official channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["обсудите с партнерами по агентству, сроков с моей стороны нет никаких",
           "попробуйте провести через пробный доступ одну вакансию, и если кандидаты не пойдут, просто не продлевайте, обид не будет",
           "презентацию я вам оставлю, полистайте, когда выдастся свободный вечер, а сам я звонить не стану, пока не попросите"],
    "en": ["chew it over with your partners at the agency, i'm not setting any date on my side",
           "try running one vacancy through the trial, and if candidates don't come, just don't renew, no hard feelings",
           "the deck stays with you, flip through it on some free evening, and i won't phone again unless you say so"],
}
