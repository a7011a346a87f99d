"""Sentence templates for the "test20" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a cloud accounting and payroll service (timesheets,
payslips, crew pay runs, estimates and materials booked per site) to small
construction and renovation firms: builders, plumbers, electricians and
renovation crews. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test19.py, and verbs, introducing words and sentence shapes that
differ from every template of all eighteen (a foreman on a new build who only
answers at lunch, the electrician who wires the fuse boards explaining the
timesheets, a number jotted on the back of an estimate for the lead plumber,
a home working bookkeeper's phone for payout confirmation codes, the dispatch
line on a board on every site fence; estimates sent to the firm's estimator,
payslips copied to someone who forwards them to the crew every friday, the
site office mailbox that also sends material requests; the card used for
building supplies, a card found in a work jacket pocket, the founder's card
named before its number; the only person allowed into the payroll module, the
person who signs off completed work on site, a client drowned out by a cement
mixer; distractors with a works contract number for the payment reference,
a laser level's serial signed out to a crew, a client's stage inspection, a
plan sized to the firm, a truckload of sand delivered to site and the crews'
advance pay day; discounts framed as foremen keying in timesheets themselves
instead of an operator, an onboarding estimate reworked without the on site
visit, meeting halfway on the figure from the e-mail, a lighter rate for
piecework hands, a stock module struck off because materials are tracked
already, the big contractors' payslip rate for a small crew, a saving put in
writing for taking both the books and payroll, a share of the monthly pay
calculations run on the house and a rework of the subscription once
subcontractors are added; half price as seasonal summer hands in payroll and
a foreman login limited to timesheets; non-offers about customers' deposits
for materials, employer payroll contributions, a main contractor's retention,
cement and rebar going up, a late stage penalty, a tile supplier's discount,
fewer pay disputes and the client's own markup on materials; a small crew
without a bookkeeper asking for a cut; personal channels as site photos of
acts and estimates sent to the rep's messenger instead of a support ticket, a
former foreman asking to be called on his mobile, timesheets sent to the
mailbox the rep uses outside work, a rep who tours sites all day and is on
his own messenger account, a quote from the e-mail the rep had before this
job, foremen's bonuses discussed only on the rep's mobile and a second sim
kept for the rep's own clients; company channels as the company's official
bot sending payslips, the support line staffed by the company's accountants,
the shared mailbox of the account management team and the company's official
messenger channel with tax updates).

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
    ("евстигней", "староверов", "азарьевич"),
    ("марфа", "пустовалова", "ипполитовна"),
    ("власий", "злобин", "корнеевич"),
    ("васса", "межуева", "фотиевна"),
    ("ерофей", "бочкарев", "феоктистович"),
    ("агафья", "гвоздева", "мокеевна"),
    ("митрофан", "дегтярев", "никифорович"),
    ("акулина", "костромина", "мирославовна"),
    ("лавр", "кудрявцев", "святославович"),
    ("пульхерия", "огнева", "сидоровна"),
]
EN_NAMES = [
    ("barnabas", "vasconcelos"),
    ("honoria", "grimshaw"),
    ("archibald", "sundqvist"),
    ("evangeline", "mcandrew"),
    ("roderick", "blackwood"),
    ("perpetua", "silvestri"),
    ("fitzroy", "hargrove"),
    ("thomasina", "fujiwara"),
    ("hollis", "ingram"),
    ("leocadia", "norrington"),
]
RU_LAT = {"евстигней": "evstigney", "староверов": "staroverov", "марфа": "marfa", "пустовалова": "pustovalova",
          "власий": "vlasiy", "злобин": "zlobin", "васса": "vassa", "межуева": "mezhueva",
          "ерофей": "erofey", "бочкарев": "bochkarev", "агафья": "agafya", "гвоздева": "gvozdeva",
          "митрофан": "mitrofan", "дегтярев": "degtyarev", "акулина": "akulina", "костромина": "kostromina",
          "лавр": "lavr", "кудрявцев": "kudryavtsev", "пульхерия": "pulkheriya", "огнева": "ogneva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "бригадир на новостройке берет трубку только в обед, так что звоните ему к полудню, {PHONE}",
        "электрик, который собирает у нас щитки, сам вам объяснит, как он отмечает часы, набирайте, {PHONE}",
        "пишу на обороте сметы, чтобы не потерялось, {PHONE}, это наш старший сантехник",
        "для кодов подтверждения выплат поставьте телефон нашей бухгалтерши, {PHONE}, она сидит на удаленке",
        "на заборе у каждого нашего объекта висит табличка с диспетчерской, {CPHONE}, туда звонят все заказчики",
        # e-mail
        "сметы пусть улетают на {EMAIL}, это наш сметчик, он сверяет их с ценами поставщиков",
        "расчетные листки дублируйте на {EMAIL}, я каждую пятницу пересылаю их бригаде",
        "{EMAIL}, запишите, это ящик прорабской, с него же приходят заявки на материалы",
        # card
        "подписку оплачу той же картой, которой рассчитываемся за стройматериалы, вот она, {CARD}",
        "карта в кармане спецовки, сейчас достану, так, есть, {CARD}",
        "оформляйте на карту нашего учредителя, {NAME}, номер у нее такой, {CARD}, учредитель в курсе",
        # name
        "доступ к зарплатному модулю дайте только {NAME}, больше никто у нас выплаты бригадам не считает",
        "за приемку работ на объекте отвечает {NAME}, выгрузку актов согласуйте напрямую",
        "{FIRST}, простите, под окном бетономешалка гудит, не расслышал, повторите последнее",
    ],
    "en": [
        # phone
        "the foreman on the new build only picks up at lunch, so try him around noon, {PHONE}",
        "our electrician who puts the fuse boards together can explain how he logs his hours, give him a ring, {PHONE}",
        "i'm writing it on the back of the estimate so it doesn't get lost, {PHONE}, that's our lead plumber",
        "for the payout confirmation codes put down our bookkeeper's phone, {PHONE}, she works from home",
        "every one of our site fences has a board with the dispatch line, {CPHONE}, that's where all the customers call",
        # e-mail
        "have the estimates go to {EMAIL}, that's our estimator, he checks them against supplier prices",
        "copy the payslips to {EMAIL}, i forward them to the crew every friday",
        "{EMAIL}, take that down, it's the site office mailbox, the material requests come from there too",
        # card
        "i'll pay the subscription with the same card we use for building supplies, here it is, {CARD}",
        "the card's in my work jacket pocket, hold on, right, got it, {CARD}",
        "put it on our founder's card, {NAME}, the number on it is {CARD}, the founder knows about it",
        # name
        "only {NAME} should get into the payroll module, nobody else here works out the crews' pay",
        "{NAME} signs off completed work on site, so clear the certificate export with them directly",
        "{FIRST}, sorry, there's a cement mixer going under the window, i didn't catch that, say the last bit again",
    ],
}
NOPII_T = {
    "ru": [
        "номер договора подряда {BADCARD}, укажите его в назначении платежа",
        "серийный номер лазерного нивелира {BADCARD}, он числится за второй бригадой",
        "заказчик принимает этап {DATE}, комиссия подъедет {TIME}",
        "у вас, как я понял, {QTY}, для начала хватит самого простого тарифа",
        "самосвал песка с доставкой на объект нам стоит {PRICE}, и это еще по старому прайсу",
        "аванс бригадам у нас выплачивается {DATE}, деньги уходят на карты {TIME}",
    ],
    "en": [
        "the works contract number is {BADCARD}, put it in the payment reference",
        "the laser level's serial is {BADCARD}, it's signed out to the second crew",
        "the client inspects the stage {DATE}, the panel turns up {TIME}",
        "so as i understand it you've got {QTY}, the simplest plan will do to start with",
        "a truckload of sand delivered to site runs us {PRICE}, and that's on the old price list",
        "the crews get their advance {DATE}, the money goes out to their cards {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если прорабы будут сами забивать табели с телефона прямо на объекте, без нашего оператора, абонентка у вас пойдет вниз на {P}",
        "пересобрал смету на внедрение, выкинул оттуда выезд нашего специалиста, и итоговая цифра съехала на {P}",
        "давайте сойдемся на середине, цена из моего письма минус {P}, и по рукам",
        "рабочих на сдельщине в ведомости посчитаю по облегченной ставке, это на {P} ниже, чем за штатных",
        "материалы на складе вы и так учитываете сами, так что этот модуль из счета вычеркиваю, и общая сумма сдувается на {P}",
        "по расчетным листкам дам вам цену наших крупных подрядчиков, хоть бригада у вас и поменьше, разница в {P} останется у вас",
        "{PA} экономию на абонентке закреплю за вами письменно, если переведете к нам и бухгалтерию, и зарплату",
        "каждый месяц {P} начислений по вашим бригадам проводим за наш счет, платите только за остальное",
        "заведете в систему еще и своих субподрядчиков, тогда пересчитаю вам абонентку со снижением около {PG}",
    ],
    "en": [
        "if your foremen key in the timesheets themselves from the site, no operator on our side, the subscription drops {P}",
        "i reworked the onboarding estimate, took out the on site visit from our specialist, and the total came down {P}",
        "let's meet halfway, the figure from my email less {P}, and we shake on it",
        "piecework hands on the payroll i'll bill at the lighter rate, that's {P} under what salaried staff cost",
        "you already track materials in the yard yourselves, so i'm striking the stock module off the invoice, which shaves {P} off the total",
        "on payslips i'll give you the rate our big contractors get, even though your crew's smaller, that {P} difference stays with you",
        "i'll put a {P} saving on the subscription in writing if you bring both the books and payroll over to us",
        "every month we run {P} of your crews' pay calculations on the house, you only pay for the rest",
        "add your subcontractors into the system as well and i'll rework the subscription at around {P} less",
    ],
}
HALF_T = {
    "ru": ["сезонных рабочих, которых вы берете на лето, проведем через зарплатный модуль за половину обычной ставки",
           "доступ для прораба, которому нужны только табели, стоит у нас вдвое меньше полного"],
    "en": ["the seasonal hands you take on for the summer go through payroll at half the usual rate",
           "a foreman login that only covers timesheets costs half of a full one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по вашим договорам заказчики обычно вносят аванс на материалы, {P}, программа сама разнесет его по объекту",
        "страховые взносы с фонда оплаты труда у вас составляют {P}, система посчитает их без вашего участия",
        "генподрядчик держит гарантийное удержание {P} до сдачи объекта, мы покажем его отдельной строкой",
        "цемент и арматура с весны подорожали на {P}, сметы придется пересчитать, а наша подписка стоит как стояла",
        "если этап сдан с опозданием, заказчик по договору вправе удержать {P} от стоимости работ",
        "поставщик плитки дал вам скидку {P}, и в учете ее нужно провести отдельной строкой",
        "когда табели ведутся в приложении, споры с рабочими по зарплате случаются на {P} реже",
        "наценку на материалы вы закладываете {P}, программа будет подставлять ее в сметы автоматически",
    ],
    "en": [
        "under your contracts customers usually put down {P} up front for materials, the system books it against the job",
        "employer payroll contributions come to {P} on top of wages for you, the system works them out on its own",
        "the main contractor holds back {P} retention until handover, we show it as a separate line",
        "cement and rebar have gone up {P} since spring, the estimates need redoing, but our subscription hasn't moved",
        "if a stage is handed over late, the contract lets the customer withhold {P} of the job value",
        "the tile supplier gave you {P} off, and that has to be booked as its own line in the accounts",
        "once timesheets live in the app, pay disputes with the workers come up {P} less often",
        "you build a {P} markup into materials, the software will drop it into the estimates automatically",
    ],
}
CLIENT_ASK_T = {
    "ru": [("бригада у нас маленькая, своего бухгалтера нет, уступите нам {P}?",
            "нет, цена за сотрудника для всех одна, размер бригады на нее не влияет")],
    "en": [("we're a small crew with no bookkeeper of our own, could you come down {P} for us?",
            "no, the price per worker is the same for everyone, crew size doesn't change it")],
}
CHANNEL_T = {
    "ru": [
        "фото актов и смет прямо с объекта шлите мне в {MSG}, я с телефона сам все занесу, заявку в поддержку заводить незачем",
        "я сам раньше был прорабом, так что звоните не в офис, а мне на мобильный, {PPHONE}, поговорим попросту",
        "табели за месяц отправляйте на ящик, которым я пользуюсь помимо работы, {PEMAIL}, расчетки посчитаю быстрее, чем через кабинет",
        "днем я езжу по объектам клиентов, за рабочим компьютером меня не застать, так что пишите в {MSG}, аккаунт мой собственный, не служебный",
        "коммерческое с новой ценой пришлю с почты, которую завел еще до этой работы, {PEMAIL}, и отвечайте туда же",
        "про премии бригадирам наберите меня вечером на мобильный, {PPHONE}, такие вещи я по рабочей линии не обсуждаю",
        "записывайте, {PPHONE}, это вторая симка, я ее держу для своих клиентов, мимо компании",
    ],
    "en": [
        "snap the acts and estimates right there on site and send them to me on {MSG}, i'll enter it all from my phone, no need to raise a support ticket",
        "i used to be a foreman myself, so skip the office and call my mobile, {PPHONE}, we'll talk plainly",
        "send the month's timesheets to the address i use outside work, {PEMAIL}, i'll turn the payslips around faster than the portal would",
        "i'm out on clients' sites all day and never at my desk, so message me on {MSG}, it's my own account, not the company one",
        "i'll send the quote with the new price from the email i had before this job, {PEMAIL}, and reply there too",
        "about the foremen's bonuses, ring my mobile this evening, {PPHONE}, i don't discuss that sort of thing on the work line",
        "write this down, {PPHONE}, it's a second sim i keep for my own clients, it goes around the company",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "расчетные листки рабочим рассылает официальный бот компании в {MSG}, каждый видит только свой",
        "если ведомость не выгружается в банк, звоните на линию поддержки, {CPHONE}, там дежурят бухгалтеры компании",
        "сканы договоров с субподрядчиками присылайте на общий адрес отдела сопровождения, {CEMAIL}, его читает вся группа",
        "у компании есть официальный канал в {MSG}, там мы публикуем изменения по налогам и взносам",
    ],
    "en": [
        "payslips go out to the workers from the company's official bot on {MSG}, each one only sees their own",
        "if the pay run won't export to the bank, call the support line, {CPHONE}, the company's accountants staff it",
        "send scans of subcontractor agreements to the account team's shared address, {CEMAIL}, the whole team reads it",
        "the company runs an official channel on {MSG}, that's where we post changes to taxes and contributions",
    ],
}
NOT_PRESSURE = {
    "ru": ["закроете сезон, сдадите объекты, тогда и вернемся к разговору, мне не к спеху",
           "покажите образец расчетки вашему бухгалтеру, пусть сверит со своими цифрами, а решать уже вам",
           "если прежняя программа пока справляется, работайте в ней, я никуда не денусь"],
    "en": ["finish the season, hand over the sites, and we'll pick this up then, i'm in no hurry",
           "show the sample payslip to your bookkeeper, let her check it against her own figures, the call is yours",
           "if your current setup is coping for now, stick with it, i'm not going anywhere"],
}
