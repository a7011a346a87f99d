"""Sentence templates for the "test81" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking, client-consent and aftercare platform for
tattoo and piercing studios (sessions booked with a deposit, consent forms and
health questionnaires signed before the needle, sketch approval, aftercare
reminders, ink and needle batch logs and autoclave cycles kept for hygiene
inspections, guest artists, piercing jewellery stock) to studio owners,
tattoo artists, piercers, front desk admins, apprentices, the accountant and
family members who help out. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test80.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a
piercer who works the studio only at weekends and spends weekdays at
jewellery fairs, a guest artist from another city with his own waiting list
for flash days whom clients should ring directly, the apprentice who runs the
autoclave every morning and should be reminded when a cycle is missing from
the log, the owner who takes calls from clients running late for evening
sessions once the front desk has gone home, the studio's number printed on
the aftercare leaflet handed out with the healing film; signed consent forms
and health questionnaires copied to the studio manager who keeps them for
the sanitary inspector, sketch approvals going to an artist who draws at
night, titanium jewellery invoices for an accountant who comes in on
thursdays; the card for needle cartridges carried in an apron pocket until
its digits wore thin, the card the studio's rent goes out from, a former
partner the studio is still registered to named before her card; the person
responsible for the ink and needle log, the artist the studio sends to a
convention who needs a badge, a caller checking by first name that she has
the new account manager; distractors with the lot number on a bottle of black
ink copied into every session record, the autoclave's registration number at
the head of the sterilisation log, a guest artist landing and taking his
first client, the studio's size for its profile, an artist's hourly rate and
a sanitary inspection with the inspector's promised time; discounts framed as
a tattoo guild member's rate, the vendor's mark printed on the aftercare
leaflets, the studio agreeing to take calls from other studios as a
reference, a studio open only three days a week billed by its working days,
signing before the spring rush of people wanting tattoos before the beach,
an interview for the vendor's blog about passing a hygiene inspection, a
concession for a studio that put up with the app back when it was raw, the
owner's second studio, and the piercing jewellery stock brought onto the
platform with the whole contract brought down by around a given share; half
price as an ear piercing corner in a shopping centre open only at weekends
and the free days when scars after surgery are covered; non-offers about the
deposit that holds a session, a payment service's cut of each online
deposit, clients coming back for a touch up in the first month, a cartridge
maker raising prices from spring, the share a guest artist leaves to the
studio, the tax paid by self-employed artists renting a chair, fewer
inflamed piercings since aftercare reminders and inks with a pigment banned
from the new year; a piercer renting a room in a beauty salon asking for a
cut; personal channels as healed work photos for the catalogue sent to the
rep's own messenger account, a rep who tattoos at weekends and takes guest
spot invitations on his own number, a sterilisation log template laid out at
home from a sample sent to the rep's private mailbox, a night allergy after a
piercing traced to its jewellery batch through the rep's personal messenger,
a rep whose brother owns a studio in the next town arranging an artist swap
from his private address, a rep at a tattoo convention on his own account
who gives his own mobile, and a rep whose work sim only works in the office;
company channels as aftercare reminders from the company's official bot in
the studio's name, the company's shared hotline for a frozen questionnaire
tablet, the support department's common address for inspection paperwork and
the company's official channel for artists about new sanitary rules;
polite closings as riding out the busy season till autumn, letting the
artists try the app at a staff meeting, and a trial month on one chair with
the decision left to the owner).

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
    ("калистрат", "иголкин", "абакумович"),
    ("ефросиния", "булавина", "варсонофьевна"),
    ("епифаний", "клейменов", "лаврович"),
    ("малания", "кольцова", "иларионовна"),
    ("измаил", "бисеров", "агафангелович"),
    ("киприана", "жемчугова", "власьевна"),
    ("аполлос", "гвоздев", "иоаннович"),
    ("евфалия", "крапивина", "аввакумовна"),
    ("каллиник", "красильников", "митрофанович"),
    ("еликонида", "иглина", "кирьяковна"),
]
EN_NAMES = [
    ("aldith", "limner"),
    ("bede", "brandreth"),
    ("dervla", "inkley"),
    ("colum", "blacklock"),
    ("eluned", "gilder"),
    ("hallam", "etches"),
    ("isaura", "cutler"),
    ("jarlath", "hatchell"),
    ("averil", "aspinall"),
    ("lowell", "kilner"),
]
RU_LAT = {"калистрат": "kalistrat", "иголкин": "igolkin", "ефросиния": "efrosiniya", "булавина": "bulavina",
          "епифаний": "epifaniy", "клейменов": "kleymenov", "малания": "malaniya", "кольцова": "koltsova",
          "измаил": "izmail", "бисеров": "biserov", "киприана": "kipriana", "жемчугова": "zhemchugova",
          "аполлос": "apollos", "гвоздев": "gvozdev", "евфалия": "evfaliya", "крапивина": "krapivina",
          "каллиник": "kallinik", "красильников": "krasilnikov", "еликонида": "elikonida", "иглина": "iglina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "прокольщик у нас сидит в студии только по субботам и воскресеньям, а в будни мотается по выставкам украшений, так что подтверждения записей на прокол пусть уходят ему на сотовый, {PHONE}",
        "к нам на две недели приезжает гостевой мастер из питера, у него свой лист ожидания на флеш дни, пусть клиенты звонят ему напрямую, записывайте, {PHONE}",
        "автоклав у нас на ученике, он каждое утро гоняет стерилизацию и отмечает циклы в журнале, и если какой цикл не отмечен, напоминалка должна прилететь ему, {PHONE}",
        "девочка на ресепшене уходит в шесть, и после нее звонки от клиентов, которые опаздывают на вечерний сеанс, пусть переадресуются на меня, я хозяйка студии, мой номер, {PHONE}",
        "на памятке по уходу, которую мы отдаем каждому вместе с пленкой после сеанса, напечатан телефон студии, {CPHONE}, по нему звонят, если татуировка покраснела или опухла",
        # e-mail
        "подписанные согласия и анкеты здоровья пусть копией уходят нашей управляющей, она держит их на случай проверки от санэпидемстанции, {EMAIL}",
        "эскизы я рисую по ночам, и ответы клиентов, утвердили они эскиз или просят что то поправить, мне удобнее читать с почты, {EMAIL}",
        "счета от поставщика титановых украшений для пирсинга направляйте нашему бухгалтеру, она приезжает по четвергам и разносит все за неделю разом, {EMAIL}",
        # card
        "карта, с которой мы оплачиваем картриджи с иглами, вечно болтается в кармане фартука, цифры на ней почти стерлись, сейчас попробую разобрать, {CARD}",
        "подписку списывайте с той же карты, с которой у нас уходит аренда помещения, так мне проще сводить расходы в конце месяца, {CARD}",
        "студия до сих пор оформлена на мою бывшую напарницу, {NAME}, она по старой памяти платит за все со своей карты, вот ее номер, {CARD}",
        # name
        "журнал партий игл и красок для проверок ведет {NAME}, поставьте в системе ответственным именно этого человека",
        "на тату конвенцию в этом году от студии едет {NAME}, оформите, пожалуйста, участнический бейдж на это имя",
        "{FIRST}, это вы? мне сказали, что нашу студию теперь ведете вы, я по поводу предоплат за сеансы",
    ],
    "en": [
        # phone
        "our piercer is only in the studio on saturdays and sundays, the rest of the week he's off touring jewellery fairs, so send the piercing booking confirmations to his cell, {PHONE}",
        "we've got a guest artist coming down from glasgow for a fortnight, he keeps his own waiting list for flash days, so clients should ring him directly, jot this down, {PHONE}",
        "the autoclave is our apprentice's job, he runs the sterilisation every morning and ticks the cycles off in the log, so if a cycle goes unmarked the nudge should land with him, {PHONE}",
        "the girl on the front desk leaves at six, after that any client running late for an evening session should be put through to me, i own the place, my number is {PHONE}",
        "the aftercare leaflet we hand everyone along with the healing film has the studio's number printed on it, {CPHONE}, that's who they ring when a tattoo goes red or swells up",
        # e-mail
        "have the signed consent forms and health questionnaires copied to our studio manager, she keeps them in case the health inspector drops by, {EMAIL}",
        "i draw the sketches at night, so whether a client has approved one or wants something changed, i'd rather read it in my inbox, {EMAIL}",
        "point the invoices from the titanium jewellery supplier at our accountant, she comes in on thursdays and posts the whole week in one go, {EMAIL}",
        # card
        "the card we buy needle cartridges with lives in my apron pocket, the digits on it are nearly rubbed off, let me try and make them out, {CARD}",
        "take the subscription off the same card our rent goes out on, it makes squaring up the month much easier for me, {CARD}",
        "the studio is still registered to my old business partner, {NAME}, she keeps paying for everything off her card out of habit, here's the number, {CARD}",
        # name
        "the ink and needle batch log for inspections is kept by {NAME}, so put that person down in the system as the one responsible",
        "this year {NAME} is going to the tattoo convention for the studio, could you get the exhibitor badge made out in that name",
        "{FIRST}, is that you? i was told you look after our studio now, it's about the session deposits",
    ],
}
NOPII_T = {
    "ru": [
        "лот на флаконе черной краски {BADCARD}, его нужно вписывать в карточку каждого сеанса, где эта краска шла в работу",
        "регистрационный номер автоклава {BADCARD}, он стоит в шапке каждого листа журнала стерилизации",
        "гостевой мастер прилетает {DATE}, а первого клиента берет {TIME}",
        "вы сказали, у вас {QTY}, так и внесем в анкету студии",
        "час работы мастера у вас стоит {PRICE}, от этой ставки система и будет считать длинные сеансы",
        "санитарная проверка назначена {DATE}, инспектор обещал подойти {TIME}",
    ],
    "en": [
        "the lot on the bottle of black ink is {BADCARD}, it goes onto the record of every session that ink was used in",
        "the autoclave's registration number is {BADCARD}, it sits at the top of every page of the sterilisation log",
        "the guest artist lands {DATE} and takes his first client {TIME}",
        "you said you've got {QTY}, so that's what goes on the studio's profile",
        "an hour of an artist's time at your place is {PRICE}, the system works out the long sessions from that rate",
        "the sanitary inspection is {DATE}, the inspector promised to turn up {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "раз вы состоите в гильдии татуировщиков, для вас есть гильдейская ставка, она легче нашей обычной на {P}",
        "если разрешите напечатать наш значок на ваших памятках по уходу, я уменьшу вам ежемесячный платеж на {P}",
        "согласитесь, чтобы другие студии иногда звонили вам спросить, как вам с нами работается, и я за это срежу вашу подписку на {P}",
        "студия у вас открыта всего три дня в неделю, так что считать будем по рабочим дням, это получается на {P} меньше полного тарифа",
        "подпишите договор до весны, пока народ не повалил делать татуировки к пляжному сезону, и весь год обойдется вам на {P} дешевле",
        "дайте нашему блогу небольшое интервью о том, как вы прошли санитарную проверку с нашими журналами, а я в ответ опущу цену на {P}",
        "вы терпели наше приложение, когда оно еще было сырым и падало, и за это терпение я закреплю за вами {PA} льготу на продление",
        "вторую вашу студию, ту, что на набережной, я заведу на тех же условиях, только дешевле первой на {P}",
        "перенесите к нам заодно и учет украшений для пирсинга, и я добьюсь, чтобы общий счет по договору уменьшился в районе {PG}",
    ],
    "en": [
        "since you're in the tattoo artists' guild, there's a guild rate for you that sits {P} below our usual one",
        "if you let us print our little mark on your aftercare leaflets, i'll bring your monthly payment down by {P}",
        "agree to the odd call from other studios asking how you find working with us, and i'll trim your subscription by {P} for it",
        "your studio only opens three days a week, so we'll bill by working days, which comes out {P} under the full plan",
        "sign before spring, before everyone piles in wanting a tattoo for the beach, and the whole year costs you {P} less",
        "give our blog a short interview on how you got through the sanitary inspection with our logs, and i'll drop the price by {P} in return",
        "you put up with our app back when it was raw and kept crashing, so for that patience i'll lock in a {P} concession on your renewal",
        "your second studio, the one down by the river, goes on the same terms, just {P} cheaper than the first",
        "move your piercing jewellery stock over to us as well, and i'll push to get the whole contract brought down by around {P}",
    ],
}
HALF_T = {
    "ru": ["уголок прокола ушей в торговом центре, который у вас работает только по выходным, заведем в систему за половину обычной цены",
           "ваши бесплатные дни, когда вы перекрываете шрамы после операций, мы посчитаем ровно вполовину против обычных сеансов"],
    "en": ["the ear piercing corner in the shopping centre that you only open at weekends goes on the system at half the usual price",
           "your free days covering surgery scars get counted at exactly half of what regular sessions cost"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "чтобы занять сеанс, клиент вносит задаток {P} от стоимости, и если он не придет, система оставит этот задаток студии",
        "платежный сервис удерживает {P} с каждой предоплаты, которую клиенты вносят онлайн, в отчете это видно отдельно",
        "по вашим же карточкам {P} клиентов возвращаются на коррекцию в первый месяц, и система сама зовет их на повторный прием",
        "производитель картриджей с весны поднимает цены на {P}, так что закупку, наверное, стоит сделать заранее",
        "гостевой мастер оставляет студии {P} с каждого сеанса, платформа удержит эту долю сама при расчете",
        "мастера, которые снимают у вас кресло как самозанятые, платят налог {P}, и в их выписках это будет отдельной строкой",
        "с тех пор как клиентам уходят напоминания по уходу, воспаленных проколов у студий стало меньше на {P}",
        "краски с пигментом, который запрещают с нового года, это примерно {P} вашей палитры, система пометит такие флаконы",
    ],
    "en": [
        "to hold a session the client puts down a deposit of {P} of the price, and if they don't show the system keeps it for the studio",
        "the payment service keeps {P} of every deposit clients pay online, you'll see it as its own line in the report",
        "going by your own records {P} of clients come back for a touch up in the first month, and the system invites them back by itself",
        "the cartridge maker is putting prices up {P} from spring, so it may be worth stocking up beforehand",
        "a guest artist leaves {P} of every session to the studio, the platform takes that share off automatically when it settles up",
        "artists renting a chair from you as self employed pay {P} tax, and it shows as a separate line on their statements",
        "since clients started getting aftercare reminders, studios are seeing {P} fewer inflamed piercings",
        "inks with the pigment that's banned from the new year make up roughly {P} of your palette, the system will flag those bottles",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я просто снимаю кабинет в салоне красоты и делаю только проколы, может, сбросите мне {P}?",
            "нет, тут уступить не могу, журнал стерилизации и согласия вам нужны точно такие же, как большой студии, поэтому и цена та же")],
    "en": [("i just rent a room in a beauty salon and only do piercings, could you knock {P} off for me?",
            "no, i can't bend on this one, you need the same sterilisation log and consent forms as a big studio, so the price is the same too")],
}
CHANNEL_T = {
    "ru": [
        "фотографии заживших работ для каталога присылайте мне лично в {MSG}, это мой собственный аккаунт, не рабочий, я сам их обрежу и выложу",
        "я по выходным сам бью татуировки, и если захотите позвать меня к себе гостевым мастером, это уже мимо компании, звоните мне на личный, {PPHONE}",
        "если инспектору нужен журнал стерилизации в каком то особом виде, скиньте мне образец на мою частную почту, {PEMAIL}, я вечером дома сам сверстаю шаблон, по официальной заявке разработчики возьмутся за него только через месяц",
        "если у клиента ночью после прокола полезет аллергия и надо срочно понять, из какой партии было украшение, пишите мне в {MSG}, там я со своего личного номера, отвечу в любое время",
        "у меня брат держит студию в соседнем городе, хотите меняться гостевыми мастерами, напишите мне на частный адрес, {PEMAIL}, я вас сведу, компания к этому отношения не имеет",
        "в пятницу я буду на тату конвенции не от компании, а сам по себе, наберите меня на мой собственный мобильный, {PPHONE}, встретимся у стенда, и я покажу все на живых записях",
        "рабочая симка у меня ловит только в офисе, а вечером, когда у вас самые сеансы, я на связи лишь по своему личному номеру, {PPHONE}",
    ],
    "en": [
        "send me the photos of healed work for the catalogue on {MSG}, to me personally, that's my own account, not the work one, and i'll crop and post them myself",
        "i tattoo myself at weekends, so if you ever fancy having me in as a guest artist, that bypasses the company, ring me on my personal number, {PPHONE}",
        "if the inspector wants the sterilisation log in some special layout, drop a sample into my private inbox, {PEMAIL}, i'll lay out a template at home in the evening, through an official request the developers won't touch it for a month",
        "if a client comes up in an allergy overnight after a piercing and you need to know fast which batch the jewellery came from, message me on {MSG}, that's on my own personal number, i'll answer whenever",
        "my brother runs a studio in the next town, if you'd like to swap guest artists, write to my private address, {PEMAIL}, i'll put you in touch, the company has nothing to do with it",
        "on friday i'll be at the tattoo convention on my own account, not for the company, give me a bell on my own mobile, {PPHONE}, we'll meet by the stand and i'll show you everything on live bookings",
        "my work sim only gets a signal in the office, and in the evenings, when your sessions are busiest, i'm only reachable on my own private number, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания по уходу за татуировкой клиент получает в {MSG} от официального бота компании, он подписан названием вашей студии, и никакой сотрудник за ним не стоит",
        "если планшет с анкетами завис прямо перед сеансом, звоните на общую горячую линию компании, {CPHONE}, там круглые сутки дежурная смена",
        "бумаги для санитарной проверки, выгрузку журнала игл и красок, запрашивайте на общий адрес отдела сопровождения компании, {CEMAIL}, письма оттуда разбирают по очереди",
        "новые санитарные требования к студиям компания выкладывает в {MSG}, в своем официальном канале для мастеров, подпишитесь, чтобы ничего не пропустить",
    ],
    "en": [
        "the tattoo aftercare reminders reach the client on {MSG} from the company's official bot, it's signed with your studio's name and no member of staff sits behind it",
        "if the questionnaire tablet freezes right before a session, ring the company's shared hotline, {CPHONE}, there's a duty shift on round the clock",
        "ask for the inspection paperwork, the ink and needle log export, through the support department's common address, {CEMAIL}, messages there get handled in turn",
        "the company posts new sanitary requirements for studios on {MSG}, in its official channel for artists, follow it so nothing slips past you",
    ],
}
NOT_PRESSURE = {
    "ru": ["спокойно доработайте сезон до осени, когда поток клиентов схлынет, тогда и вернемся к разговору, я никуда не тороплю",
           "покажите приложение своим мастерам на планерке, не приживется у них, значит, не подходит, ничего страшного",
           "возьмите пробный месяц на одно кресло, посмотрите, как клиенты заполняют анкеты, а решение примете сами, когда будет удобно"],
    "en": ["ride out the busy season till autumn, once the rush of clients eases off we can pick this up again, i'm in no hurry at all",
           "show the app to your artists at a staff meeting, if it doesn't take with them then it's not the right fit, and that's fine",
           "take a trial month on a single chair, see how clients get on with the questionnaires, and make the call yourself whenever suits you"],
}
