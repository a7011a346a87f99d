"""Sentence templates for the "test77" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and patient-records platform for
hearing-aid centres (free hearing tests, fitting appointments and follow-up
adjustments, two-week hearing-aid trials, battery and dome subscriptions,
repairs sent to the manufacturer) to centre owners, audiologists, hearing-aid
fitters, front desk staff and repair coordinators. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test76.py (ru first names, surnames and
patronymics from А to М, en first names and surnames from A to L), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (an audiologist who switches his phone off inside the
soundproof booth and reads rescheduled adjustments when he comes out, a home
visit specialist with a portable audiometer who goes to bedridden pensioners,
the storekeeper who packs aids off to the manufacturer and rings clients when
the parcel is back, a regular client who can hardly make out a phone call so
his granddaughter's number goes on his record, the centre's number printed on
the battery boxes handed out on subscription; audiograms from the audiometer
exported to the senior audiologist who compares each with last year's, the
list of clients whose two-week trial is about to end going to the director
who talks them into keeping the aid, a repair coordinator's long address
spelt out letter by letter; the card that pays the lab for custom ear moulds,
a caller whose own hearing aid starts whistling before she reads her card, the
chief doctor named before the card she said to use; the lead specialist on
the free hearing test schedule, the colleague who checks and cleans returned
trial aids every morning, a caller stepping out to the stairs because a tone
test is running behind the wall; distractors with a hearing aid's serial on
the repair slip, a parcel tracking number, a free hearing test day at a
veterans' council, the centre's size from its questionnaire, a pack of
batteries for behind the ear aids and a scheduled adjustment after a trial;
discounts framed as first bookings left through the centre's own website
widget instead of the vendor's call centre, anonymised audiograms lent for
fitting hints, a word put in at the hearing care association, a lower record
fee for clients on a government voucher, reminders switched from voice calls
the clients cannot hear to text, an integration already built for the ENT
ward in the same hospital building, a video review about trial periods, two
part-time fitters sharing one login and a repair drop off point brought on
board; half price as a weekly consulting point at a district clinic and
records of clients who only pick up batteries; non-offers about a deposit on
a trial aid, the manufacturer's prepayment for out of warranty diagnosis, the
share of pensioners who hear below normal, aids handed back after the trial,
VAT on fitting services, a dome supplier's bulk reduction, better retention
from adjustment reminders and batteries going up from the new year; a tiny
centre with a single audiologist asking for a cut; personal channels as a
video of a whistling aid sent to the rep's own messenger account instead of a
service request, a rep who wears hearing aids himself and wants calls on his
mobile paired with them, paper record scans sent to his home mailbox because
the corporate mail strips attachments, a rep touring several cities who never
opens the work chat, a partner price list not yet allowed out forwarded from
his personal address, a slow manufacturer repair taken to the rep's personal
number in the evening and a work phone left charging in the office; company
channels as the company's official bot reminding clients to buy batteries,
the company's round the clock technical line, the shared address of the
company's repair coordination department and the company's official channel
with new models and firmware updates; polite closings as a month of trying
the adjustment calendar with no hard feelings, waiting out a month of visits
to outlying districts, and waiting as long as the audiologists need).

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
    ("мирослав", "звонарев", "будимирович"),
    ("богуслава", "глушкова", "анисьевна"),
    ("куприян", "гудков", "мирославович"),
    ("велислава", "басова", "бориславовна"),
    ("изот", "барабанов", "казимирович"),
    ("ивонна", "звонцова", "велеславовна"),
    ("аксен", "камушкин", "владиславович"),
    ("беатриса", "гулкина", "всемиловна"),
    ("анатолий", "громов", "мстиславович"),
    ("влада", "мембранова", "богумиловна"),
]
EN_NAMES = [
    ("eleanor", "earnshaw"),
    ("ciaran", "hearne"),
    ("bronagh", "loudon"),
    ("donal", "canfield"),
    ("greer", "fanshawe"),
    ("dafydd", "eardley"),
    ("cosette", "belling"),
    ("auberon", "kneale"),
    ("kenna", "ibbotson"),
    ("honor", "gaskell"),
]
RU_LAT = {"мирослав": "miroslav", "звонарев": "zvonarev", "богуслава": "boguslava", "глушкова": "glushkova",
          "куприян": "kupriyan", "гудков": "gudkov", "велислава": "velislava", "басова": "basova",
          "изот": "izot", "барабанов": "barabanov", "ивонна": "ivonna", "звонцова": "zvontsova",
          "аксен": "aksen", "камушкин": "kamushkin", "беатриса": "beatrisa", "гулкина": "gulkina",
          "анатолий": "anatoliy", "громов": "gromov", "влада": "vlada", "мембранова": "membranova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "сурдолог весь день сидит в звукоизолированной кабине и телефон там выключает, так что переносы подстроек пусть приходят ему сообщением, прочтет, когда выйдет, {PHONE}",
        "к лежачим пенсионерам у нас ездит специалистка с переносным аудиометром, график ее визитов присылайте прямо на мобильный, {PHONE}",
        "аппараты, которые уходят в ремонт к производителю, упаковывает наша кладовщица, она же звонит клиентам, когда посылка вернулась, пропишите ее в разделе ремонтов, {PHONE}",
        "наш постоянный клиент, дедушка, в трубке почти ничего не разбирает, поэтому в его карточку поставьте номер внучки, это она привозит его на настройку, {PHONE}",
        "номер центра мы печатаем на коробочках с батарейками, которые выдаем по подписке, {CPHONE}, клиенты звонят туда, когда пора за следующей партией",
        # e-mail
        "аудиограммы, которые снимает аудиометр, выгружайте старшему сурдологу, {EMAIL}, она сравнивает каждую новую с прошлогодней",
        "список клиентов, у которых через пару дней закончится двухнедельная проба, пусть уходит директору, {EMAIL}, она сама их обзванивает и уговаривает оставить аппарат",
        "акты из сервисного центра производителя получает наш координатор ремонтов, адрес у него длинный, буду диктовать по буквам, {EMAIL}",
        # card
        "абонентку списывайте с той же карты, что идет на оплату индивидуальных ушных вкладышей в лаборатории, {CARD}",
        "минутку, у меня самой аппарат засвистел, поправлю вкладыш, ага, теперь читаю, {CARD}",
        "{NAME}, наш главный врач, велела оплачивать платформу с ее карты, карта лежит передо мной, {CARD}",
        # name
        "ведущим специалистом в расписании бесплатных проверок слуха поставьте {NAME}, к нему мы направляем всех, кто пришел впервые",
        "пробные аппараты, которые клиенты возвращают, по утрам проверяет и чистит {NAME}, так что отметку о возврате пусть первым видит этот сотрудник",
        "{FIRST}, секундочку, за стенкой сейчас идет тональный тест, мне тут громко нельзя, выйду на лестницу и продолжим",
    ],
    "en": [
        # phone
        "our audiologist spends all day in the soundproof booth and switches his phone off in there, so rescheduled adjustments should reach him as a text, he'll read it when he comes out, {PHONE}",
        "we have a specialist with a portable audiometer who goes out to bedridden pensioners, have her visit schedule land on her cell, {PHONE}",
        "the aids going off to the manufacturer for repair are packed by our storekeeper, she's also the one who rings clients when the parcel's back, list her in the repairs section, {PHONE}",
        "one of our regulars, an elderly gentleman, can hardly catch a word over the phone, so put his granddaughter's number on his record, she's the one who brings him in for fittings, {PHONE}",
        "we print the centre's number on the battery boxes we hand out on subscription, {CPHONE}, that's how clients order the next batch",
        # e-mail
        "export the audiograms the audiometer takes to our senior audiologist, {EMAIL}, she compares every new one with last year's",
        "the list of clients whose two week trial ends in the next couple of days should go to our director, {EMAIL}, she rings them herself and talks them into keeping the aid",
        "our repair coordinator gets the reports from the manufacturer's service centre, his address goes on forever, i'll read it slowly, {EMAIL}",
        # card
        "put the subscription on the card that settles the lab's bills for custom ear moulds, {CARD}",
        "one moment, my own hearing aid has started whistling, let me fix the mould, okay, reading it now, {CARD}",
        "{NAME}, our chief doctor, said the platform should come off her card, it's lying right here on my desk, {CARD}",
        # name
        "make {NAME} the lead specialist on the free hearing test schedule, that's who we send every first time visitor to",
        "the trial aids clients bring back are checked and cleaned every morning by {NAME}, so that colleague needs to see the return flag before anyone else",
        "{FIRST}, just a second, there's a tone test running next door and i have to keep my voice down, i'll nip out to the stairs and we'll carry on",
    ],
}
NOPII_T = {
    "ru": [
        "заводской номер аппарата, который отправляем в ремонт, {BADCARD}, его вписывают в сопроводительный лист",
        "трек номер посылки к производителю {BADCARD}, по нему видно, дошла ли она до сервиса",
        "день бесплатной проверки слуха в совете ветеранов назначен {DATE}, сурдолог приедет {TIME}",
        "по вашей анкете выходит {QTY}, с таким потоком бумажный журнал записи уже не справляется",
        "упаковка батареек для заушных аппаратов у вас на витрине стоит {PRICE}",
        "плановую подстройку после пробы клиенту поставили {DATE}, он обещал подойти {TIME}",
    ],
    "en": [
        "the serial of the aid we're sending in for repair is {BADCARD}, it goes on the repair slip",
        "the tracking number of the parcel to the manufacturer is {BADCARD}, it shows whether it's reached the service centre",
        "we hold the free hearing test day at the veterans' council {DATE}, the audiologist gets there {TIME}",
        "going by your questionnaire that's {QTY}, a paper appointment book can't keep up with that kind of flow",
        "a pack of batteries for behind the ear aids sits on your counter at {PRICE}",
        "the client's scheduled adjustment after the trial is booked {DATE}, he'll be here {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если первичную запись на бесплатную проверку слуха клиенты будут оставлять сами через виджет на вашем сайте, а не через наш колл центр, плата за каждую запись просядет на {P}",
        "разрешите нам брать ваши обезличенные аудиограммы для подсказок по настройке, и в обмен я ужму вам абонентку на {P}",
        "замолвите за нас слово в вашей ассоциации слухопротезистов, и если подключится хоть один центр, ваш ежемесячный платеж я облегчу на {P}",
        "по клиентам, которые получают аппарат по электронному сертификату соцфонда, плату за ведение карточки посчитаю ниже на {P}",
        "голосовые звонки ваши клиенты все равно плохо слышат, так что переведем напоминания на текст, и счет за уведомления станет легче на {P}",
        "лор отделение больницы в вашем же корпусе уже работает на нашей платформе, интеграцию строить заново не нужно, поэтому стартовый взнос за подключение для вашего центра сократим на {P}",
        "запишите с нами короткий видеоотзыв о том, как вы ведете пробные периоды, а я закреплю за вами {PA} поблажку в оплате на все полугодие",
        "два ваших слухопротезиста работают на полставки, пусть делят один вход на двоих, и это рабочее место я выставлю дешевле на {P}",
        "подключите заодно и приемный пункт ремонтов в торговом центре, тогда по общему счету выйдет экономия в пределах {PG}",
    ],
    "en": [
        "if clients leave their first free hearing test booking themselves via the booking button on your own website instead of our call centre, the fee per booking sags by {P}",
        "let us use your anonymised audiograms for our fitting suggestions, and in exchange i'll pare {P} off your subscription",
        "put in a word for us at your hearing care association, and if even one centre signs up, i'll ease your monthly fee down by {P}",
        "for clients who get their aid on a government voucher, the record keeping fee runs {P} lower",
        "your clients barely hear voice calls anyway, so we'll switch the reminders to text, and the notifications bill gets {P} lighter",
        "the ear, nose and throat ward of the hospital in your own building already runs on our platform, there's no integration to build from scratch, which is why i'll price your setup {P} under the usual",
        "record a short video review with us on the way your trial periods work, and your subscription gets cut by {P} for the whole half year",
        "your two fitters are both part time, they can work off a single login between them, and i'll bill that seat {P} cheaper",
        "bring your repair counter at the mall onto the platform as well, and the overall bill works out up to {P} lower",
    ],
}
HALF_T = {
    "ru": ["пункт приема в районной поликлинике, куда ваш сурдолог выезжает раз в неделю, подключим вполовину дешевле полноценного центра",
           "карточки клиентов, которые только берут у вас батарейки и к специалисту не ходят, тарифицируем за полцены"],
    "en": ["the consulting point at the district clinic your audiologist visits once a week we'll connect for half what we charge a full centre",
           "records of clients who only pick up batteries and never see a specialist are billed at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за аппарат, который клиент уносит домой на двухнедельную пробу, центр берет залог {P} от его цены, а платформа отметит возврат залога, когда аппарат сдадут обратно",
        "за диагностику аппарата без гарантии производитель требует предоплату {P} от оценки ремонта, в заявке она выводится отдельно",
        "по данным исследований, примерно {P} пенсионеров слышат хуже нормы, а до сурдолога из них доходит лишь малая часть",
        "после пробы около {P} клиентов возвращают аппарат, и система показывает, у какого специалиста таких возвратов больше",
        "сами аппараты вы продаете без ндс, а на услуги по настройке действует ставка {P}, и в чеке платформа разделит это сама",
        "поставщик куполов отдает их вам с оптовой уступкой {P}, в себестоимость подписки это уже заложено",
        "центры, которые напоминают клиентам о плановой подстройке, удерживают их на {P} лучше остальных",
        "батарейки у производителя с нового года дорожают на {P}, и цена в подписках клиентов пересчитается без вашего участия",
    ],
    "en": [
        "for an aid a client takes home on the two week trial the centre holds a {P} deposit on its price, and the platform marks the deposit returned once the aid comes back",
        "to diagnose an aid out of warranty the manufacturer wants {P} of the repair estimate paid up front, the request lists it separately",
        "research says roughly {P} of pensioners hear below normal, and only a small share of them ever reach an audiologist",
        "about {P} of clients hand the aid back after the trial, and the system shows which specialist gets the most returns",
        "the aids themselves you sell free of vat, but fitting services carry {P}, and the platform splits that on the receipt by itself",
        "the dome supplier lets you have them at a {P} bulk reduction, that's already built into what the subscription costs you",
        "centres that remind clients about their scheduled adjustment hold on to {P} more of them than the rest",
        "the manufacturer is raising battery prices {P} in january, and clients' subscription prices get redone automatically",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас крошечный центр, один сурдолог, она же и на телефоне сидит, может, сбросите нам {P}?",
            "понимаю вас, но тариф от числа специалистов не зависит, и уступить я не вправе")],
    "en": [("we're a tiny centre, one audiologist who also answers the phone, would you let us have it {P} cheaper?",
            "i hear you, but the plan is the same however many specialists you have, and cutting it isn't my call")],
}
CHANNEL_T = {
    "ru": [
        "если у клиента аппарат свистит, снимите короткое видео и перешлите его лично мне, в {MSG}, где у меня своя частная страница, я вечером из дома гляну настройки, заявку в сервис можно не заводить",
        "я сам ношу слуховые аппараты, офисная гарнитура мне неудобна, так что набирайте меня на личный мобильник, он связан с моими аппаратами по блютусу, {PPHONE}",
        "корпоративная почта режет вложения со сканами, поэтому архив бумажных карточек перекиньте на мою личную почту, ту, что дома, {PEMAIL}",
        "я веду центры в нескольких городах и все время в дороге, служебный чат почти не открываю, так что с вопросами по пробным аппаратам пишите в {MSG}, на ту учетку, что заведена на мою личную симку",
        "партнерский прайс, который официально рассылать еще нельзя, я перешлю вам со своего личного адреса, {PEMAIL}, и отвечайте только туда",
        "если производитель затянет ремонт, заявку не открывайте, вечерком звякните мне на личный телефон, {PPHONE}, я с их сервисным менеджером знаком лично",
        "служебный телефон я вечером оставляю в офисе на зарядке, так что после работы я доступен только по собственному номеру, {PPHONE}",
    ],
    "en": [
        "if a client's aid is whistling, film a short clip and pass it along on {MSG} to my private account, one the company never issued, i'll check the settings from home tonight, no need to log a service request",
        "i wear hearing aids myself and the office headset doesn't suit me, so call my personal mobile, it's paired with my aids, {PPHONE}",
        "the corporate mail strips out attachments with scans, so send the archive of paper records to my home mailbox, {PEMAIL}",
        "i look after centres in several cities and i'm always on the road, the work chat just sits unread, so reach me about trial aids on {MSG}, the account's tied to my personal number",
        "the partner price list that isn't officially allowed out yet i'll forward to you from my personal address, {PEMAIL}, and only reply there",
        "if the manufacturer drags the repair out, don't open a request, give me a bell tonight on the number registered to me rather than the company, {PPHONE}, i know their service manager personally",
        "i leave my work phone charging in the office in the evening, so once work's over call my own one, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания купить новые батарейки уходят клиентам через {MSG}, их отправляет официальный бот компании, а подписаны они вашим центром",
        "если карточка клиента не грузится, на технической линии компании, {CPHONE}, инженеры отвечают в любое время суток",
        "претензии по ремонтам пересылайте на общий адрес отдела компании, который координирует ремонты, {CEMAIL}, их разбирает тот из коллег, кто свободен",
        "новинки производителей и обновления прошивок для аппаратов компания выкладывает в официальный канал, который держит в {MSG}",
    ],
    "en": [
        "clients get their nudge to buy new batteries through {MSG}, it's the company's official bot that sends it, under your centre's name",
        "if a client record won't open, call the company's technical line, {CPHONE}, the engineers pick up at any hour",
        "repair complaints belong in the repair coordination department's shared company inbox, {CEMAIL}, whichever colleague is free takes them",
        "the manufacturers' new models and firmware updates for the aids appear in the company's official channel, we run it on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваши сурдологи месяц поживут с календарем подстроек, а если будет неудобно, просто скажете, обиды никакой",
           "сейчас у вас месяц выездов по районам, вам не до внедрения, созвонимся, когда вернетесь",
           "обсудите это с сурдологами, им с этим работать, а я подожду вашего ответа столько, сколько понадобится"],
    "en": ["let your audiologists live with the adjustment calendar for a month, and if it's awkward, just tell me, no hard feelings",
           "you're in your month of visits out to the districts right now, setting up is the last thing you need, let's talk once you're back",
           "run it past your audiologists, they're the ones using it day to day, there's no clock ticking on my side"],
}
