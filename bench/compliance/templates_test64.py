"""Sentence templates for the "test64" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and membership platform for swimming pools,
saunas and bathhouses (lane and session booking, season passes and family
memberships, private sauna rooms by the hour, swimming lessons for children,
towel and locker rental, massage add-ons) to owners of pools and bathhouses,
managers, swimming coaches, bath attendants, lifeguards and front desk staff.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test62.py (ru first names,
surnames and patronymics from Н to Я, en first names and surnames from M to
Z), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (the stoker who lights the stove of the russian
bath before dawn and must hear of a cancelled first booking before he throws
on more wood, the lab assistant who tests the pool water for chlorine and
wants a nudge when a reading is overdue, the children's swimming coach whose
number parents need next to his group when a child falls ill, a masseuse with
no room of her own who comes on call for massages booked with a sauna session,
the pool's number stamped on every locker wristband so that people who take
one home can return it; scanned medical certificates for the pool nurse who
checks their dates, guests' complaints about cold showers for the manager who
goes through them over her morning coffee, the caretaker who orders chlorine
and reagents and gets suppliers' invoices; the card that pays for firewood and
birch brooms, a caller fresh out of the pool drying his hands before he reads
his card, the owner's wife's mother named before her card; the person who
signs off membership freezes on sick notes, the person who checks children's
certificates at the door and gets the next day's lists, a caller who leaves
the echoing pool hall for the changing rooms; distractors with the seal number
on a chlorine dosing pump, a code engraved on a locker key, the pool closed
for a sanitary draining, the size of the client's business, an hour in a
private sauna for a party and a children's swimming gala; discounts framed as
an apology for a week when the system hung and guests were written into a
notebook, anonymised attendance figures lent for the vendor's industry review,
the vendor's team let in to steam at the client's once a quarter, a part load
rate for sauna rooms let only at weekends, a vendor's stand in the client's
foyer, a social tariff for children's sections run under a city programme, a
partner reduction for a head receptionist who shows future clients how booking
works, massage booking added to sauna sessions for a cheaper bundle and both
the town and the country bath complex taken on one contract; half price as an
open air summer pool that works only in the hot season and an outdoor hot tub
set up as a booking point of its own; non-offers about humidity in the steam
room, a prepayment holding a private sauna booking, the sanitary rule on the
share of pool water changed every day, chlorine and reagents dearer since the
autumn, children swimming on their own by spring, the share of children's
lesson fees parents claim back as a tax relief for sport, the laundry's lower
charge for volume and weekday lunchtime lane occupancy; a family bath with a
single steam room asking for a cut; personal channels as a rep who swims in
the client's pool in the mornings and wants urgent matters on his own
messenger account, a rep's personal phone kept at hand on the night a new bath
building opens because work phones are cut off in the evening, interior photos
for booking cards sent to the address the rep uses for his own affairs because
he edits them at home, a group chat with the manager set up from the rep's
personal number instead of official correspondence, a price list with the
rep's notes sent from his private e-mail because such notes are not allowed in
work mail, a rep whose wife runs a bath of her own talking stoves and brooms
on his personal phone, and a rep who sets up such systems privately on the
side; company channels as the company's verified sender of the door code for a
sauna booking, the company's duty team on the phone at night for turnstiles
that stop reading wristbands, a form for a new pool or steam room sent to the
onboarding team's shared address and the company's official channel going
through new sanitary rules point by point; polite closings as waiting for the
summer draining, asking the swimming coaches whether the schedule suits them,
and a suggestion to take a steam and think it over).

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
    ("устим", "парилкин", "остафьевич"),
    ("снандулия", "шайкина", "фаустовна"),
    ("эмилиан", "полотенцев", "нефедович"),
    ("юлитта", "простынина", "самойловна"),
    ("орентий", "предбанников", "сафонович"),
    ("олисава", "поплавкова", "пимоновна"),
    ("твердислав", "ушатов", "феогенович"),
    ("тавифа", "тапочкина", "путятична"),
    ("ратислав", "тазиков", "руфович"),
    ("фомаида", "шезлонгова", "ярополковна"),
]
EN_NAMES = [
    ("rafe", "pooley"),
    ("serena", "towler"),
    ("zachary", "penhale"),
    ("norma", "waterhouse"),
    ("vivian", "springall"),
    ("mirren", "wellbeloved"),
    ("perrin", "steadman"),
    ("sorcha", "saltwell"),
    ("yannick", "ruddock"),
    ("nola", "mossop"),
]
RU_LAT = {"устим": "ustim", "парилкин": "parilkin", "снандулия": "snanduliya", "шайкина": "shaykina",
          "эмилиан": "emilian", "полотенцев": "polotentsev", "юлитта": "yulitta", "простынина": "prostynina",
          "орентий": "orentiy", "предбанников": "predbannikov", "олисава": "olisava", "поплавкова": "poplavkova",
          "твердислав": "tverdislav", "ушатов": "ushatov", "тавифа": "tavifa", "тапочкина": "tapochkina",
          "ратислав": "ratislav", "тазиков": "tazikov", "фомаида": "fomaida", "шезлонгова": "shezlongova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "печь в русской бане у нас растапливает истопник затемно, и если первую бронь на парную отменят, он должен узнать об этом раньше, чем подкинет дров, черкните ему пару слов, {PHONE}",
        "лаборантка, которая раз в пару часов берет пробу воды на хлор, просит, чтобы система ее толкала, когда замер просрочен, вбейте ее номер, {PHONE}",
        "мамы из детской группы по плаванию звонят тренеру, когда ребенок заболел, так что впечатайте его телефон прямо в расписание рядом с группой, {PHONE}",
        "массажистка своего кабинета у нас не держит, приезжает по вызову, поэтому каждый массаж, заказанный к сеансу в сауне, пусть сразу дергает ее мобильный, {PHONE}",
        "номер нашего бассейна выдавлен на каждом браслете от шкафчика, {CPHONE}, кто унесет браслет домой, по нему и звонит, чтобы вернуть",
        # e-mail
        "медицинские справки для бассейна родители присылают сканами, складывайте их нашей медсестре, {EMAIL}, она следит, у кого справка вот вот истечет",
        "жалобы на холодную воду в душевых и все прочие отзывы пусть сыплются на {EMAIL}, это наша управляющая, она разбирает их каждое утро за кофе",
        "нашего завхоза ловите по адресу {EMAIL}, он заказывает хлор и реагенты, так что счета от поставщиков химии направляйте прямиком туда",
        # card
        "подписку пусть система тянет с карты, которой мы рассчитываемся за дрова и березовые веники, диктую, {CARD}",
        "минуточку, я только из бассейна вылез, руки мокрые, дайте вытру, а то карта выскальзывает, значит, {CARD}",
        "по бумагам хозяйка бани моя теща, {NAME}, карта ее, она мне доверила, записывайте, {CARD}",
        # name
        "заморозка абонемента по больничному у нас идет только через {NAME}, всех, кто попросит продлить, отправляйте к этому человеку",
        "справки у детей на входе проверяет {NAME}, поэтому списки записавшихся на завтрашнее плавание должны быть у этого человека с вечера",
        "{FIRST}, погодите, отойду к раздевалкам, в зале с бассейном такое эхо, что я сам себя не слышу, вот, теперь продолжайте",
    ],
    "en": [
        # phone
        "our stoker lights the stove in the russian bath before dawn, and if the first steam room booking gets cancelled he has to know before he throws on more wood, ping him, {PHONE}",
        "the lab assistant who tests the pool water for chlorine every couple of hours wants the system to nudge her whenever a reading is overdue, key in her number, {PHONE}",
        "mums from the children's swimming group ring the coach when a child is ill, so print his phone right into the timetable next to his group, {PHONE}",
        "our masseuse has no room of her own here, she comes out on call, so every massage booked with a sauna session should go straight to her mobile, {PHONE}",
        "our pool's number is pressed into every locker wristband, {CPHONE}, whoever takes a wristband home rings that to bring it back",
        # e-mail
        "parents send in scans of the medical certificates for the pool, file them with our nurse, {EMAIL}, she watches whose certificate is about to run out",
        "complaints about cold water in the showers and every other bit of feedback can pour into {EMAIL}, that's our manager, she goes through them each morning over coffee",
        "you'll catch our caretaker at {EMAIL}, he orders the chlorine and the reagents, so route the chemical suppliers' invoices straight there",
        # card
        "bill us on the card that buys our firewood and birch brooms, reading it out, {CARD}",
        "one moment, i've just climbed out of the pool and my hands are wet, let me dry them or the card slips about, so, {CARD}",
        "on paper the bath belongs to my wife's mother, {NAME}, it's her card, she trusted me with it, write it down, {CARD}",
        # name
        "freezing a membership on a sick note goes only through {NAME} here, anyone who asks for an extension, point them that way",
        "{NAME} checks the children's certificates at the door, so the list of who's booked for tomorrow's swimming should reach that person the evening before",
        "{FIRST}, hang on, i'll go and stand by the changing rooms, the pool hall echoes so much i can't hear myself, there, carry on",
    ],
}
NOPII_T = {
    "ru": [
        "на дозаторе хлора стоит пломба с номером {BADCARD}, санэпидемстанция сверяет его при каждой проверке",
        "на электронном ключе от шкафчика выгравирован код {BADCARD}, по нему система и привязывает шкафчик к гостю",
        "бассейн закрываем на санитарный слив воды {DATE}, первые дорожки снова откроем {TIME}",
        "для комплекса вашего размера, {QTY}, с головой хватит базового тарифа",
        "час отдельной сауны на компанию у вас обходится в {PRICE}, веники и чай считаются сверху",
        "детские соревнования по плаванию вы проводите {DATE}, разминка в воде начинается {TIME}",
    ],
    "en": [
        "the chlorine dosing pump carries a seal numbered {BADCARD}, the health inspectors check it on every visit",
        "there's a code engraved on the locker key, {BADCARD}, that's how the system ties the locker to the guest",
        "we're closing the pool for a sanitary draining {DATE}, the first lanes reopen {TIME}",
        "for a complex your size, {QTY}, the basic plan covers you with plenty to spare",
        "an hour of a private sauna for a group comes to {PRICE} at your place, brooms and tea are extra",
        "you're holding the children's swimming gala {DATE}, the warm up in the water starts {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "за ту неделю, когда система у вас висла и гостей записывали в тетрадку, я в порядке извинения уменьшу ближайший счет на {P}",
        "если позволите брать обезличенные данные о посещаемости для нашего отраслевого обзора, я вычеркну из вашего счета {P}",
        "пускайте нашу команду раз в квартал к себе попариться, а я за это облегчу вашу подписку на {P}",
        "кабинки сауны, которые вы сдаете только по выходным, заведу по ставке неполной загрузки, она ниже обычной на {P}",
        "поставьте у себя в фойе нашу рекламную стойку, и за каждый месяц, что она там простоит, я вычту из подписки {P}",
        "детские секции, которые вы ведете по городской программе, я проведу по социальному тарифу, он дешевле на {P}",
        "если ваша старшая администраторша иногда будет показывать нашим будущим клиентам, как у вас устроена запись, оформлю вам {PA} партнерскую скидку на весь год",
        "добавьте к сеансам сауны запись на массаж, и за пакет целиком вы отдадите на {P} меньше",
        "если в договор войдут оба ваших банных комплекса, и городской, и загородный, сбережете на годовой сумме порядка {PG}",
    ],
    "en": [
        "for that week when the system kept hanging and guests were written into a notebook, i'll make the next invoice {P} smaller by way of apology",
        "if you let us use anonymised attendance figures for our industry review, i'll strip {P} from your bill",
        "let our team come and steam at your place once a quarter, and in return i'll lighten your subscription by {P}",
        "sauna rooms you only let at weekends i'll set up on a part load rate, that's {P} under the normal one",
        "put our promo stand up in your foyer, and the subscription loses {P} for every month it stands there",
        "the children's sections you run under the city programme i'll put on the social tariff, it's {P} cheaper",
        "if your head receptionist now and then shows our future clients how your booking works, you get a {P} partner reduction for the whole year",
        "add massage booking to the sauna sessions, and the whole package is priced {P} lower",
        "if both your bath complexes go into the contract, the one in town and the one out of town, you'll save something like {P} on the yearly total",
    ],
}
HALF_T = {
    "ru": ["открытую летнюю чашу, которая работает только в жару, подключим за половину цены крытого бассейна",
           "уличный чан с горячей водой заведем отдельной точкой бронирования, и обойдется он вам вдвое дешевле парной"],
    "en": ["the open air summer pool that only runs in the hot weather we'll connect at half of what the indoor one costs",
           "the outdoor hot tub gets its own booking point, and it's billed at half a steam room's rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "влажность в хамаме у вас держится на уровне {P}, датчик будет передавать ее в систему, и администратор увидит, если пар сядет",
        "бронь на отдельную парную держится, только если гость внес вперед {P}, иначе система через час снимет ее сама",
        "санитарные правила требуют каждый день менять {P} воды в чаше, и система будет напоминать дежурному о подмене",
        "хлор и реагенты для очистки воды с осени стоят дороже на {P}, поэтому расход химии удобнее вести прямо в системе",
        "по нашим данным, {P} детей, пришедших на первый урок, к весне уже держатся на воде без доски",
        "родители могут вернуть {P} стоимости детских занятий через налоговый вычет за спорт, справку для них система сформирует сама",
        "прачечная, которая стирает вам полотенца и простыни, дает за объем {P} скидки, в себестоимость проката это подтянется само",
        "загрузка дорожек по будням в обеденные часы у вас сейчас всего {P}, и в отчете это хорошо видно",
    ],
    "en": [
        "the humidity in your hammam sits at {P}, the sensor will feed it into the system so the desk sees when the steam drops",
        "a private steam room booking only holds if the guest has paid {P} up front, otherwise the system drops it by itself after an hour",
        "the sanitary rules require {P} of the water in the basin to be changed every day, and the system will remind the duty attendant",
        "chlorine and water treatment reagents are {P} dearer since the autumn, which is why the chemical usage is best kept right in the system",
        "across our clients' pools, {P} of children who come for a first lesson are swimming without a float by spring",
        "parents can claim back {P} of what children's lessons cost through the tax relief for sport, the system produces the certificate for them",
        "your towel and sheet laundry charges you {P} less because of how much you send them, the rental costs pick that up without you",
        "weekday lunchtime lane occupancy at your place is only {P} right now, and the report shows it clearly",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас семейная банька с одной парной, мы даже не бассейн, скостите нам {P}, а?",
            "нет, не скощу, точка бронирования стоит одинаково, что у вас парная, что целый аквапарк")],
    "en": [("we're a family bath with one steam room, not even a pool, would you trim {P} for us?",
            "no, i won't trim anything, a booking point costs one and the same for one steam room and for a whole water park")],
}
CHANNEL_T = {
    "ru": [
        "я ведь у вас по утрам плаваю на крайней дорожке, так что если что срочное, киньте мне весточку в {MSG}, там я под своим собственным именем, с рабочего я из воды все равно не отвечу",
        "в вечер открытия вашего нового банного корпуса держите под рукой мой личный номер, {PPHONE}, рабочие телефоны у нас вечером отключают",
        "фотографии интерьеров для карточек бронирования сбросьте на мою почту для личных дел, {PEMAIL}, я их дома сам обработаю, на рабочем компьютере фоторедактора нет",
        "заведу в {MSG} отдельную группу, только вы, ваш управляющий и я со своего личного номера, там и порешаем все по запуску, без официальной переписки",
        "прайс на банные программы с моими пометками отправлю вам с моего собственного почтового ящика, {PEMAIL}, в рабочей переписке такие пометки оставлять не положено",
        "моя жена сама держит баню за городом, так что про печи и веники поговорим как свои люди, набирайте меня на личный, {PPHONE}",
        "занесите в телефон мой личный номер, {PPHONE}, я в свободное время настраиваю такие системы частным образом, и второй зал сделаю вам дешевле, чем через компанию",
    ],
    "en": [
        "i swim in your pool in the mornings, the outside lane, so if anything's urgent ping my {MSG}, the account's my own, i won't answer the work phone from the water anyway",
        "on the evening your new bath building opens keep my personal number handy, {PPHONE}, our work phones get switched off in the evenings",
        "send the interior photos for the booking cards to the address i use for my own affairs, {PEMAIL}, i'll touch them up myself at home, there's no photo editor on my work computer",
        "i'll start a separate group on {MSG}, just you, your manager and me from my own number, we'll sort out the launch there, no official correspondence",
        "i'll send the price list for the bath programmes with my notes from the address i have for private stuff, {PEMAIL}, we're not supposed to leave notes like that in work mail",
        "my wife runs a bath of her own out of town, so we can talk stoves and brooms like old friends, ring my personal phone, {PPHONE}",
        "put my personal number in your phone, {PPHONE}, in my spare time i set these systems up privately, and i'll do your second hall cheaper than through the company",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "гостю в {MSG} падает код от двери сауны, его шлет служебный бот компании, с галочкой, а не кто то из сотрудников",
        "браслеты на турникете не срабатывают? тогда звякните дежурной смене компании, {CPHONE}, они на телефоне и ночью",
        "анкету на подключение новой чаши или парной заполняете и отправляете отделу внедрения компании на их общий адрес, {CEMAIL}, его по очереди разбирают несколько человек",
        "новые санитарные правила для бань и бассейнов компания разбирает по пунктам в официальном канале, он есть в {MSG}, ссылку дадим всем вашим администраторам",
    ],
    "en": [
        "the sauna door code lands in the guest's {MSG} from the company's verified sender, with the tick, not from any member of staff",
        "wristbands not working at the turnstile? then dial the company's duty team, {CPHONE}, they pick up at night too",
        "fill in the form for a new pool or steam room and send it to the company's onboarding team, the shared address is {CEMAIL}, several people take turns working through it",
        "the company goes through new sanitary rules for baths and pools point by point on an official channel, it's on {MSG}, we'll hand the link to all your front desk staff",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь, когда закончится лето и вы спустите воду на профилактику, тогда и примете решение, мне спешить некуда",
           "спросите ваших тренеров по плаванию, удобно ли им будет вести расписание в приложении, а решение уже за вами",
           "попарьтесь, подумайте спокойно, торопить вас я не стану"],
    "en": ["wait till summer's over and you've drained the pool for maintenance, decide then, i'll wait",
           "ask your swimming coaches whether keeping the timetable in the app would suit them, and then the decision is yours",
           "take a steam, mull it over, i'm not going to rush you"],
}
