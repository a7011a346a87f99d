"""Sentence templates for the "test59" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an ordering and results platform for private
diagnostic laboratories (blood test orders, home sample collection, courier
runs that carry the tubes to the lab, results delivery to patients and
doctors, corporate checkup programmes) to lab owners, heads of laboratories,
collection point managers, home visit nurses' coordinators and the HR people
of corporate customers. Everything here is new: names that appear neither in
generate.py's train and test lists nor in templates_test2.py to
templates_test58.py (ru first names, surnames and patronymics from А to М, en
first names and surnames from A to L), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (a home
visit nurse who drives from flat to flat from seven in the morning and should
see new addresses light up on her phone, the courier who carries the tubes in
a cool bag and rings from the road when he is stuck in traffic, the head of
the lab who must be woken by the system at night when a result comes out
critical, a factory's personnel officer who agrees the lists of staff sent for
checkups, the call centre's short number on every referral form and on the
lids of the sample pots; results outside the reference range unloaded for a
general practitioner who writes the explanations to patients, a corporate
customer's accountant who checks the quarterly checkup summary against the
acts, the reception point's mailbox where the tubes a courier brings are
matched with the delivery note; the card the reagents are bought with, a lab
assistant who has to peel off her gloves before she can reach the card in her
bag, the chief physician named before a card number on a slip of paper stuck
to a monitor; the only person who may release results under a signature, the
person who draws the zones and prices for home visits, a caller who steps away
from a spinning centrifuge into the corridor; distractors with a reagent lot
number for the quality control log, a seal code on a cool box compared with
the waybill at handover, a factory medical with the treatment room set up in
the works first aid post, a volume small enough to plan courier routes by
hand, a home visit fee added to an order as its own service and a reagent
delivery that needs room made in the fridge; discounts framed as patients
booking and paying through a booking form embedded in the lab's website
instead of the front desk, the printing module taken off the licence once
paper forms stop, route planning left out because the lab's own couriers know
their runs, a lower price per employee in a corporate checkup programme than
per walk in patient, reference ranges loaded by the lab's own methodologist
instead of the vendor's specialist, a concession on the licence until the new
year for moving the results archive over without help, text messages about
ready results billed at a trimmed rate, the opening quarter billed lower while
the lab staff find their feet, and the collection points and the home visit
service brought on together; half price as a viewing account for partner
clinics' doctors who only read their patients' results and a login for the
customer's personnel department that shows who has passed a checkup but not
the results; non-offers about samples rejected because of haemolysis, a
reagent distributor's price jump, patients opening results in the app within
the hour, a vacuum tube manufacturer's below catalogue price for a year's
contract, a partner clinic's agency share per referral, more home visits since
patients book on the website, the state's tax on profit and an extra charge
for going back when a patient is not home; a lab with one collection room
asking for a cut; personal channels as error screenshots sent to the rep's own
messenger number so that he can push them to the developers past the queue, a
rep who alone knows the analyser integration and wants calls on his own mobile
when the exchange stops, pilot results sent to the rep's own mailbox because
he goes on sick leave and will not open his work mail, a messenger chat the
rep puts together from his private number with the client and the chief
physician to settle things without formal letters, the real figures sent from
the rep's personal address while the work one only carries the official price
list, a night courier with nobody to hand the samples to told to ring the
rep's private phone that he sleeps beside, and the landline in the rep's flat
where his wife takes messages; company channels as the company's official bot
that sends finished results to patients with the doctor's digital signature,
the company's hot line with integration engineers round the clock when an
analyser stops sending results, corporate checkup contracts sent to the
company's common sales mailbox and one official company group for all client
laboratories about planned server works; polite closings as running one
corporate medical through the system first, leaving the decision to the client
and the head of the lab who will live with the system every day, and waiting
until the lab's medical licence has been reissued).

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
    ("кирик", "колбочкин", "адрианович"),
    ("аглаида", "ампулова", "ерастовна"),
    ("адриан", "жгутов", "изяславович"),
    ("гаяна", "ланцетова", "кириковна"),
    ("евстратий", "мензуркин", "дамианович"),
    ("ивета", "дозаторова", "леонардовна"),
    ("гостомысл", "капельников", "баженович"),
    ("добродея", "градусникова", "макарьевна"),
    ("веденей", "баюнов", "евгеньевич"),
    ("леонтия", "ваточкина", "альфредовна"),
]
EN_NAMES = [
    ("anneliese", "flitcroft"),
    ("bertil", "glasspool"),
    ("cordula", "heppenstall"),
    ("dietrich", "ampleforth"),
    ("elfrida", "kitchingman"),
    ("florimond", "bleasdale"),
    ("gwladys", "inglethorpe"),
    ("hamnet", "culpepper"),
    ("ivo", "eckersley"),
    ("jacinta", "dimbleby"),
]
RU_LAT = {"кирик": "kirik", "колбочкин": "kolbochkin", "аглаида": "aglaida", "ампулова": "ampulova",
          "адриан": "adrian", "жгутов": "zhgutov", "гаяна": "gayana", "ланцетова": "lantsetova",
          "евстратий": "evstratiy", "мензуркин": "menzurkin", "ивета": "iveta", "дозаторова": "dozatorova",
          "гостомысл": "gostomysl", "капельников": "kapelnikov", "добродея": "dobrodeya",
          "градусникова": "gradusnikova", "веденей": "vedeney", "баюнов": "bayunov",
          "леонтия": "leontiya", "ваточкина": "vatochkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наша выездная медсестра с семи утра колесит по квартирам, новые адреса на забор крови должны высвечиваться у нее на экране, сотовый ее, {PHONE}",
        "пробирки до лаборатории возит курьер в термосумке, он сам отзванивается с дороги, если встал в пробке, внесите его в маршрутный лист, {PHONE}",
        "если в анализе вылезет критическое значение, система должна будить заведующую лабораторией хоть среди ночи, так что ставьте ее номер, {PHONE}",
        "списки сотрудников на чекап согласует кадровик завода, он просил сверяться с ним до каждой партии, вот как его найти, {PHONE}",
        "короткий номер колл центра стоит у нас на всех бланках направлений и на крышках баночек для анализов, {CPHONE}, по нему пациенты и узнают про готовность",
        # e-mail
        "результаты, которые выскочили за референс, выгружайте нашему терапевту на {EMAIL}, пояснения пациентам пишет она",
        "квартальную сводку по корпоративному чекапу ждет бухгалтер заказчика, она по ней сверяет акты, шлите на {EMAIL}",
        "вот сюда, {EMAIL}, по этой почте приемный пункт сверяет, сколько пробирок привез курьер и сколько значилось в накладной",
        # card
        "реактивы мы закупаем одной картой, с нее же пусть уходит и плата за платформу, сейчас прочитаю номер, {CARD}",
        "подождите, я в перчатках, сейчас их стяну и выужу карту из сумки, так, вот она, {CARD}",
        "платить будет наш главный врач, {NAME}, номер ее карты у меня на листочке, приклеенном к монитору, {CARD}",
        # name
        "выпускать результаты пациентам, то есть ставить подпись под бланком, у нас вправе только {NAME}, других валидаторов в системе не заводите",
        "зоны и расценки на выезды по районам у нас расчерчивает {NAME}, так что карту зон утверждайте через этого сотрудника",
        "погодите, {FIRST}, отойду от центрифуги в коридор, а то за ее гулом я вас почти не слышу",
    ],
    "en": [
        # phone
        "our home visit nurse goes flat to flat starting at seven, new collection addresses need to light up on her screen, that's her cell, {PHONE}",
        "the tubes go to the lab with a courier in a cool bag, he rings in from the road himself if he gets stuck in traffic, put him on the route sheet, {PHONE}",
        "if a test throws up a critical value, the system must wake the head of the lab at any hour of the night, so enter her number, {PHONE}",
        "the factory's personnel officer agrees the staff lists for the checkups, he asked us to run each batch past him first, you'll catch him on this one, {PHONE}",
        "our call centre's short number sits on every referral form and on the lids of the sample pots, {CPHONE}, patients call it to check whether their results are done",
        # e-mail
        "results that come out past the reference range, unload them to our general practitioner at {EMAIL}, the explanations for patients come from her",
        "the customer's accountant is waiting on the quarterly summary for the corporate checkup, she ticks it off against the acts, fire it over to {EMAIL}",
        "this one here, {EMAIL}, the reception point uses that mailbox to match how many tubes the courier brought with what the delivery note said",
        # card
        "we buy the reagents on one card, so let the platform fee come off that one too, the number runs like this, {CARD}",
        "wait, i'm in gloves, let me pull them off and rummage in my bag for the card, okay, found it, {CARD}",
        "our chief physician will be paying, {NAME}, i've got her card number on a slip of paper stuck to my monitor, {CARD}",
        # name
        "releasing results to patients, meaning signing off the form, is something only {NAME} is entitled to do here, don't set up any other validators in the system",
        "the zones and rates for home visits across the districts are mapped out by {NAME}, so get the zone map approved there",
        "hold on, {FIRST}, i'm going out into the corridor, the centrifuge is whining so loud i can barely hear you",
    ],
}
NOPII_T = {
    "ru": [
        "лот реагента на глюкозу {BADCARD}, его нужно вписать в журнал контроля качества",
        "на пломбе термоконтейнера код {BADCARD}, при сдаче биоматериала курьер сверяет его с накладной",
        "медосмотр на заводе проводим {DATE}, процедурный кабинет развернем в заводском медпункте {TIME}",
        "при вашем объеме, а это {QTY}, маршруты курьеров пока можно прокладывать вручную",
        "выезд медсестры на дом у вас обходится пациенту в {PRICE}, система допишет его к заказу отдельной услугой",
        "реагенты привезут {DATE}, экспедитор сказал, что будет {TIME}, так что место в холодильнике освободите заранее",
    ],
    "en": [
        "write the glucose reagent lot, {BADCARD}, into the quality control log",
        "the cool box seal is stamped {BADCARD}, the courier compares it to the waybill when handing over",
        "we're doing the factory medical {DATE}, the treatment room gets set up in the works first aid post {TIME}",
        "with your volume, which is {QTY}, the courier routes can still be plotted by hand for now",
        "a nurse's home visit costs your patient {PRICE}, the system tacks it onto the order as a separate service",
        "the reagents are being delivered {DATE}, the forwarder said he'd be there {TIME}, so make room in the fridge beforehand",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если пациенты будут сами записываться и оплачивать анализы через виджет у вас на сайте, минуя администратора на телефоне, ежемесячный платеж я сбавлю на {P}",
        "раз бумажные бланки вы больше не печатаете и результаты уходят только в личный кабинет, модуль печати я из лицензии вычеркиваю, и она дешевеет на {P}",
        "ваши курьеры и так знают свои маршруты наизусть, поэтому маршрутизацию в договор не включаю, и счет сжимается на {P}",
        "за каждого сотрудника по корпоративной программе чекапов ставка у нас ниже на {P}, чем за пациента, который пришел с улицы",
        "референсные значения ваш методист загрузит сам, наш специалист для этого не понадобится, так что за внедрение выставлю на {P} меньше",
        "за смс пациентам о готовности анализов я выставлю вам тариф, урезанный на {P} против прайса",
        "раз архив результатов вы переносите к нам своими силами, без нашей помощи, оформим вашей лаборатории {PA} льготу по лицензии до нового года",
        "пока ваши лаборанты привыкают к системе, первый квартал абонентка у вас просядет на {P}, а дальше пойдет обычная",
        "подключите к платформе разом и пункты забора, и выездную службу, тогда в сумме выйдет дешевле в районе {PG}",
    ],
    "en": [
        "if patients book and pay for their tests themselves through the booking form embedded in your website, bypassing the front desk phone, i'll bring the monthly payment down {P}",
        "since you don't print paper forms any more and results only go to the patient account, i'm crossing the printing module off the licence, which makes it {P} cheaper",
        "your couriers know their runs by heart anyway, so route planning isn't going into the agreement, which takes the bill {P} lower",
        "for every employee in a corporate checkup programme we'll charge {P} less than for an ordinary walk in patient",
        "your methodologist will load the reference ranges himself, our specialist won't be needed for that, so i'll put the onboarding through at {P} less",
        "i'll bill the text messages that tell patients their results are ready at a rate trimmed {P} from the list",
        "since you're moving the results archive over on your own, without our help, i'll put you down for {P} off the licence through to the new year",
        "while your lab staff are finding their feet in the system, i'll run the subscription {P} lower for the opening quarter, after that it's the standard rate",
        "put the collection points and the home visit service on the platform at the same time, and all together it comes out somewhere around {P} cheaper",
    ],
}
HALF_T = {
    "ru": ["кабинет для врачей партнерских клиник, которые только смотрят результаты своих пациентов, считаем вам по половинному тарифу",
           "доступ для отдела кадров заказчика, где видно, кто прошел чекап, но не видно самих анализов, идет за полстоимости обычного"],
    "en": ["an account for partner clinics' doctors who only look at their own patients' results is billed to you at the half rate",
           "the customer's personnel department gets a login that shows who has done the checkup but not the results themselves, and that one's priced at half of the standard one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "из за гемолиза у вас бракуется примерно {P} пробирок с выездов, система покажет, у какой медсестры это бывает чаще",
        "реактивы у дистрибьютора подскочили на {P}, так что прайс для пациентов вам, скорее всего, придется поправить",
        "{P} пациентов открывают результаты в приложении в течение часа после того, как они готовы",
        "завод, который делает вакуумные пробирки, при годовом контракте ставит вам цену ниже каталожной на {P}, это проходит по закупкам отдельно",
        "клиника, которая направляет к вам пациентов, получает {P} с каждого направления по агентскому договору, платформа посчитает это сама",
        "как только пациенты начали записываться через сайт, выездов на дом прибавилось на {P}",
        "с прибыли государство забирает у вас {P} налогом, в управленческом отчете эта сумма стоит особняком",
        "если пациент не открыл дверь медсестре, за повторный выезд по вашим правилам берется доплата {P} от стоимости визита",
    ],
    "en": [
        "because of haemolysis about {P} of your tubes from home visits get rejected, the system lets you see which nurse it happens to most",
        "reagents from the distributor have jumped {P}, so you'll most likely have to adjust the price list for patients",
        "{P} of patients open their results in the app within an hour of them being ready",
        "the vacuum tube manufacturer sells to you at {P} below catalogue when you sign for the year, that goes through purchasing separately",
        "the clinic that refers patients to you takes {P} per referral under the agency agreement, the platform works that out itself",
        "home visit bookings have climbed {P} now that patients can book on the website",
        "the state takes {P} of your profit in tax, the management report keeps that sum apart",
        "if a patient isn't home when the nurse rings, your rules charge {P} extra on the visit price for going back",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас один процедурный кабинет и один лаборант на все про все, может, подвинетесь для нас на {P}?",
            "к сожалению, тут без уступок, прайс у нас не зависит от того, сколько у вас кабинетов")],
    "en": [("we've got one collection room and one lab assistant doing everything, could a lab our size get {P} shaved off?",
            "sorry, i can't budge on that one, one room or a dozen, you pay the same")],
}
CHANNEL_T = {
    "ru": [
        "скриншоты ошибок из кабинета пациента лучше сбрасывайте лично мне в {MSG}, я сижу там со своего телефона и протолкну их разработчикам без очереди",
        "с интеграцией вашего анализатора возился только я, так что если обмен встанет, дергайте меня на мобильный, {PPHONE}, через поддержку это растянется на неделю",
        "я с понедельника ухожу на больничный, рабочую почту открывать не стану, так что итоги пилота отправляйте мне вот сюда, {PEMAIL}, почта не рабочая, ее я проверяю даже с температурой",
        "я соберу беседу в {MSG}, себя добавлю с личного номера, а еще вас и главврача, там все и согласуем без официальных писем",
        "коммерческое с настоящими цифрами пришлю с моей личной почты, {PEMAIL}, на корпоративной у нас висит только официальный прайс",
        "ночью, если курьеру некому сдать биоматериал, пусть набирает меня, {PPHONE}, это мой личный, я и сплю с ним рядом",
        "это городской у меня в квартире, {PPHONE}, когда меня нет в офисе, жена все запишет и передаст",
    ],
    "en": [
        "drop the error screenshots from the patient account into my {MSG}, it runs on my own number, i'll push them through to the developers past the queue",
        "i'm the only one who fiddled with your analyser integration, so if the exchange stops, buzz me, {PPHONE}, that's my own mobile, going through support will drag it out for a week",
        "i'm going on sick leave from monday and won't be checking work mail, so send the pilot results over to {PEMAIL}, it's not a work address, and i'll still check it while i'm ill",
        "i'll put a {MSG} chat together from my private number, pull in you and the chief physician, and we'll settle it all there without formal letters",
        "i'll send the proposal with the real figures from my personal email, {PEMAIL}, the company one only carries the official price list",
        "at night, if the courier has nobody to hand the samples to, have him call me, {PPHONE}, that's my private phone, it sleeps on my bedside table",
        "this is the landline at my flat, {PPHONE}, when i'm away from work my wife takes the messages",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "готовые результаты пациенту присылает в {MSG} официальный бот нашей компании, с цифровой подписью врача, а ссылка живет ровно сутки",
        "если анализатор перестал отдавать результаты в систему, набирайте нашу горячую линию, {CPHONE}, круглые сутки на ней сидят инженеры компании по интеграции",
        "договоры на корпоративные чекапы присылайте в общую почту продаж компании, {CEMAIL}, заявку подхватит тот, кто свободен",
        "для лабораторий наших клиентов компания ведет официальную группу в {MSG}, там мы заранее объявляем о плановых работах на серверах",
    ],
    "en": [
        "the bot that sends finished results to patients on {MSG} is the company's official one, it adds the doctor's digital signature, and the link lasts exactly a day",
        "if an analyser stops sending results into the system, dial our company's hot line, {CPHONE}, integration engineers sit on it round the clock",
        "send the corporate checkup contracts to the sales team's common inbox at the company, {CEMAIL}, whoever is free picks the request up",
        "our clients' laboratories are all in one official company group on {MSG}, planned server works get announced there in advance",
    ],
}
NOT_PRESSURE = {
    "ru": ["проведите сначала через систему один корпоративный медосмотр, посмотрите, как оно сработает, а про всю сеть поговорим потом, я не тороплю",
           "обсудите это с заведующей лабораторией, ей с системой жить каждый день, так что решать в итоге вам двоим",
           "раз лицензию у вас сейчас переоформляют, вернемся к договору, когда там все закончится, мне спешить некуда"],
    "en": ["run one corporate medical through the system first, see how it holds up, and the whole network can wait till later, no rush from me",
           "go through it with the head of the lab, she'll be living with the system every day, so the decision rests with you both",
           "since your licence is being reissued right now, we'll return to the contract once that's all settled, i can wait"],
}
