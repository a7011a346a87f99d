"""Sentence templates for the "test84" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a service-scheduling, livestock-tracking and
client-portal platform to aquarium installation and maintenance firms (large
tanks in restaurants, offices and clinics, weekly water changes, water-test
logs, fish and coral livestock orders, quarantine tanks, pump and chiller
repairs, emergency callouts when a tank leaks, maintenance contracts per
tank, technicians' routes) to firm owners, technicians, a restaurant manager
client, a marine biologist consultant, the bookkeeper, office facility
managers and the family members who help out. Everything here is new: names
that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test83.py (rare ru calendar first names,
ru surnames built on aquarium fish and reef words, rare ru patronymics, en
first names of Welsh and Cornish stock, en surnames built on fish and water
words), and verbs, introducing words and sentence shapes that differ from
every template of all earlier parts (a restaurant night manager who locks
the dining room last and should get the leak sensor's call, a technician on
the business centre round who still carries a push button phone and wants
tomorrow's stops by text the evening before, a marine biologist from the
city oceanarium who answers the firm when nitrates jump, a dental clinic's
caretaker who keeps the key to the filter cabinet and must be rung before a
visit, the firm's shared number on a sticker inside every cabinet under a
client's tank; tank invoices for a part time bookkeeper who also runs a
flower shop, monthly water test exports for the biologist who reads trouble
in the figures before the corals pale, before and after photos touched up by
the owner's son in his school holidays; the card read out after drying arms
that were elbow deep in a sump, a card kept apart only for livestock orders,
a relative of the owner's husband who put money into the firm named before a
card written in marker on a bucket lid; the one person who decides when fish leave
quarantine, the technician on night leak duty this week, a caller losing
signal in a restaurant basement beside the filtration tank; distractors with
a chiller's serial number for a warranty claim, a coral shipment's
certificate number kept with the waybill, a water change at a clinic before
patients arrive, the number of tanks under contract, the price of a bucket
of reef salt and fish leaving quarantine for a restaurant before it opens;
discounts framed as photos of the client's reef tank used on the vendor's
site, water probes bought from the vendor, three years of paper test sheets
typed into the system, another aquarium firm recommended in a nearby city,
signing in spring before the summer chiller breakdowns, piloting a coral
growth photo module, bringing over every maintenance contract from a rival
system, the client portal carrying a small powered by line, and technicians
posting photos in the app instead of calling the help desk; half price as
quarantine tanks that stand empty most of the year and a hospice tank the
firm looks after for free; non-offers about a restaurant's advance for a new
installation, an air freight surcharge on summer livestock, fish lost in the
first week after quarantine, an insurer's loading for very large tanks, reef
salt getting dearer with the exchange rate, nitrates climbing in a clinic
tank, electricity for chillers and extra pay for night callouts; a one man
firm looking after six tanks at friends' dental surgeries asking for a cut;
personal channels as sick fish videos sent to the rep's own messenger
account because he keeps a reef at home, a brother in law's second hand
chillers discussed on the rep's private number, a wish list of fish for the
rep's importer friend sent to his own mailbox, night leaks the app fails to
dispatch rung straight to the rep's own mobile, a contract draft keeping
last year's price sent from his personal address, a rep consulting at a
marine aquarium show on his own account, and a rep whose work laptop is in
for repair moving all talk to his own messenger; company channels as visit
reminders from the company's verified bot, the company's shared round the
clock leak line, the support department's common mailbox for water log
exports and the company's official channel for aquarists about livestock
import rules and updates; polite closings as one route tried for a month, a
decision left to the biologist and the technicians, and picking it up again
once the summer chiller season is over).

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
    ("феоктист", "гуппин", "досифеевич"),
    ("леонилла", "скалярова", "гуриевна"),
    ("полиевкт", "меченосцев", "паисиевич"),
    ("херувима", "гурамина", "мардарьевна"),
    ("тарасий", "барбусов", "ермогенович"),
    ("анисия", "неонова", "патрикиевна"),
    ("неофит", "сомиков", "евпсихиевич"),
    ("сосипатра", "радужницына", "лампадиевна"),
    ("мамант", "ракушкин", "феофилактович"),
    ("сепфора", "коралькова", "флегонтовна"),
]
EN_NAMES = [
    ("nye", "fishwick"),
    ("petronel", "pickerel"),
    ("pascoe", "tenchley"),
    ("benedicta", "shoalby"),
    ("osian", "reefton"),
    ("briallen", "gudgeon"),
    ("madoc", "perchard"),
    ("heledd", "troutbeck"),
    ("zennor", "salmond"),
    ("merryn", "finlow"),
]
RU_LAT = {"феоктист": "feoktist", "гуппин": "guppin", "леонилла": "leonilla", "скалярова": "skalyarova",
          "полиевкт": "polievkt", "меченосцев": "mechenostsev", "херувима": "kheruvima", "гурамина": "guramina",
          "тарасий": "tarasiy", "барбусов": "barbusov", "анисия": "anisiya", "неонова": "neonova",
          "неофит": "neofit", "сомиков": "somikov", "сосипатра": "sosipatra", "радужницына": "raduzhnitsyna",
          "мамант": "mamant", "ракушкин": "rakushkin", "сепфора": "sepfora", "коралькова": "koralkova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "у нас в ресторане аквариум во всю стену зала, и если датчик протечки сработает ночью, звонок должен уйти ночному администратору, он запирает зал последним, вот его мобильный, {PHONE}",
        "техник, который по средам объезжает бизнес центры, до сих пор ходит с кнопочным телефоном, так что список завтрашних точек ему лучше слать смской с вечера, номер такой, {PHONE}",
        "когда в журнале анализов нитраты подскакивают, мы звоним нашему консультанту, она морской биолог в городском океанариуме, но нам всегда отвечает, внесите ее для таких тревог, {PHONE}",
        "ключ от тумбы с фильтром в холле стоматологии держит у себя их завхоз, так что техник перед каждым выездом должен ему набрать, запишите в карточку клиники, {PHONE}",
        "внутри каждой тумбы под аквариумом у клиентов приклеена наклейка с общим номером нашей фирмы, {CPHONE}, если вода пошла на пол, люди звонят именно туда",
        # e-mail
        "счета по каждому аквариуму на договоре сверяет наш бухгалтер, она у нас на полставки, а вторую половину дня ведет цветочный магазин, поэтому счета шлите ей на почту, {EMAIL}",
        "выгрузку анализов воды за месяц пусть система отправляет нашему биологу, она по цифрам замечает беду раньше, чем кораллы начнут бледнеть, адрес ее, {EMAIL}",
        "фотографии аквариумов до и после чистки для клиентов доводит мой сын, он на каникулах нам помогает и делает из них красоту, отправляйте снимки ему, {EMAIL}",
        # card
        "одну минуту, у меня руки по локоть в морской воде, я отстойник промывала, сейчас вытру и достану карту, так, вот, {CARD}",
        "для заказов живности у нас отдельная карта, чтобы рыба и кораллы не путались с расходами на ремонт насосов, диктую с нее, {CARD}",
        "подписку будет оплачивать {NAME}, это родня моего мужа, которая когда то вложилась в фирму, карта у этого человека, номер мне надиктовали по телефону, а я записала маркером на крышке ведра, {CARD}",
        # name
        "решать, когда рыбу можно выпускать из карантина в аквариум клиента, у нас может только {NAME}, в карточке карантинного бака ответственным укажите этого человека",
        "ночные вызовы по протечкам на этой неделе принимает {NAME}, поставьте это имя в график дежурств до воскресенья включительно",
        "{FIRST}, вы меня слышите? я в подвале ресторана возле технического бака с фильтрацией, тут связь то пропадает, то появляется",
    ],
    "en": [
        # phone
        "the tank in our restaurant takes up a whole wall of the dining room, and if the leak sensor trips at night the call has to go to our night manager, he's the last one to lock up, here's his mobile, {PHONE}",
        "the technician who does the business park round on wednesdays still carries an old push button phone, so tomorrow's stops are best texted to him the evening before, his number is {PHONE}",
        "whenever the nitrates jump in the test log we ring our consultant, she's a marine biologist at the city aquarium but she always picks up for us, add her for those alerts, {PHONE}",
        "the caretaker at the dental clinic keeps the key to the filter cabinet in their waiting room, so the technician has to give him a call before every visit, put it on the clinic's card, {PHONE}",
        "there's a sticker inside every cabinet under our clients' tanks with the firm's shared number on it, {CPHONE}, if water's coming out onto the floor that's where people call",
        # e-mail
        "the invoices for each tank on contract get checked by our bookkeeper, she's with us half days and runs a flower shop the other half, so email the invoices to her, {EMAIL}",
        "have the system send the month's water test export to our biologist, she spots trouble in the figures before the corals even start to pale, her address is {EMAIL}",
        "my son touches up the before and after photos of the tanks for the clients, he helps out in his school holidays and makes them look lovely, send the pictures to him, {EMAIL}",
        # card
        "hang on a minute, i'm up to my elbows in salt water, i've been flushing out the sump, let me dry off and grab the card, right, here, {CARD}",
        "we keep a separate card just for livestock orders so the fish and corals don't get mixed up with pump repairs, i'll read it off that one, {CARD}",
        "the subscription will be paid by {NAME}, one of my husband's relatives who put money into the firm at the start and holds the card, the number was read to me over the phone and i wrote it in marker on a bucket lid, {CARD}",
        # name
        "the only one here who decides when fish can leave quarantine and go into a client's tank is {NAME}, put that person down as responsible on the quarantine tank's card",
        "night leak callouts this week are being taken by {NAME}, put that name on the duty rota through to sunday",
        "{FIRST}, can you hear me? i'm in the restaurant's basement next to the filtration tank and the signal keeps dropping in and out",
    ],
}
NOPII_T = {
    "ru": [
        "заводской номер чиллера {BADCARD}, по нему производитель проверит гарантию, когда мы повезем его в ремонт",
        "сертификат на партию кораллов идет под номером {BADCARD}, копия лежит в папке вместе с накладной от импортера",
        "подмену воды в аквариуме клиники поставили {DATE}, техник приедет {TIME}, пока еще нет пациентов",
        "вы говорили, что на обслуживании у вас {QTY}, от этого и будем считать, сколько техников заводить в систему",
        "ведро рифовой соли нам обходится в {PRICE}, эту сумму мы закладываем в стоимость каждой подмены",
        "рыба из карантина поедет в ресторан {DATE}, пакеты грузим {TIME}, чтобы успеть до открытия зала",
    ],
    "en": [
        "the chiller's serial number is {BADCARD}, the manufacturer checks the warranty against it when we take it in for repair",
        "the certificate for that coral shipment is numbered {BADCARD}, a copy sits in the folder with the importer's waybill",
        "the water change at the clinic tank is booked {DATE}, the technician gets there {TIME} before any patients are in",
        "you mentioned you've got {QTY} under maintenance, that's what we'll go by when we work out how many technicians to set up",
        "a bucket of reef salt costs us {PRICE}, that's built into the price of every water change",
        "the fish come out of quarantine and go to the restaurant {DATE}, we load the bags {TIME} so we're done before it opens",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если позволите нам поставить на сайт снимки вашего рифового аквариума из ресторана, я срежу вам абонентскую плату на {P}",
        "датчики кислотности и температуры воды закажете у нас, и модуль мониторинга пойдет вам на {P} дешевле",
        "перенесете в систему бумажные листы анализов за последние три года, и за такой архив я уберу с ежемесячного платежа {P}",
        "посоветуете нас аквариумной фирме из соседнего города, и со следующего года я понижу вашу подписку на {P}",
        "подпишите до лета, пока чиллеры у клиентов не начали ломаться один за другим, и весь первый год встанет вам на {P} дешевле",
        "станьте пилотом нашего нового модуля, где рост кораллов отслеживается по фотографиям, напишите пару отзывов, и я скошу вам с тарифа {P}",
        "раз вы переводите к нам сразу все договоры на обслуживание из чужой программы, я оформлю вам {PA} уступку на первый год",
        "если клиентский портал будет под вашим логотипом, но с маленькой строчкой внизу, что работает на нашей системе, портал обойдется вам на {P} меньше",
        "пусть техники сами выкладывают фото аквариума в приложение после каждой чистки, без звонков в нашу поддержку, тогда весь договор я пересчитаю со снижением порядка {PG}",
    ],
    "en": [
        "if you let us put pictures of the reef tank in your restaurant on our website, i'll cut your monthly fee by {P}",
        "order the ph and water temperature probes through us and the monitoring module comes in {P} cheaper for you",
        "if you type the last three years of paper test sheets into the system, for an archive like that i'll take {P} off the monthly payment",
        "recommend us to an aquarium firm over in the next city and i'll lower your subscription by {P} from next year",
        "sign before summer, before your clients' chillers start packing up one after another, and your whole first year works out {P} cheaper",
        "be a pilot for our new module that tracks coral growth from photos, write us a couple of reviews, and i'll shave {P} off your plan",
        "since you're moving every maintenance contract over to us from the other program, i'll give you a {P} concession on the first year",
        "if the client portal carries your logo with just a small powered by line at the bottom, the portal costs you {P} less",
        "have your technicians post a photo of the tank in the app after each clean instead of ringing our help desk, and i'll rework the whole contract with a reduction of around {P}",
    ],
}
HALF_T = {
    "ru": ["карантинные баки, которые у вас большую часть года стоят пустые, посчитаем за полцены от обычного аквариума на обслуживании",
           "аквариум в детском хосписе, который вы обслуживаете бесплатно, у нас в системе пойдет ровно вполовину стоимости"],
    "en": ["the quarantine tanks that sit empty for most of the year we'll count at half the price of a regular tank under maintenance",
           "the tank at the children's hospice that you look after for free goes into the system at exactly half the cost"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за монтаж нового аквариума ресторан вносит аванс {P} при подписании договора, остальное после запуска, и система сама напомнит управляющему",
        "летом поставщик живности берет надбавку {P} за авиадоставку, из за грелок и термобоксов, в заказе она видна отдельной строкой",
        "в первую неделю после карантина у вас погибает около {P} рыбы, и отчет показывает, от какого поставщика таких потерь больше",
        "страховая накидывает {P} к полису от протечек на аквариумы больше тысячи литров, это мы просто подтягиваем в смету клиента",
        "рифовая соль с осени дорожает на {P} из за курса, система пересчитает себестоимость подмен по всем договорам",
        "нитраты в аквариуме клиники за месяц поднялись на {P}, биолог уже советует делать подмены чаще",
        "чиллеры у клиентов летом съедают на {P} больше электричества, в отчете по каждому аквариуму это видно",
        "за ночные аварийные выезды вы доплачиваете техникам {P} к ставке, и система сама учтет это в зарплате",
    ],
    "en": [
        "for a new tank installation the restaurant pays an advance of {P} when it signs and the rest after start up, and the system reminds the manager itself",
        "in summer the livestock supplier adds a {P} surcharge for air freight because of the heat packs and insulated boxes, it shows as its own line on the order",
        "you lose about {P} of fish in the first week after quarantine, and the report shows which supplier those losses come from most",
        "the insurer adds {P} to the leak policy for tanks over a thousand litres, we just carry that into the client's estimate",
        "reef salt goes up {P} from autumn because of the exchange rate, the system will recalculate the cost of water changes on every contract",
        "nitrates in the clinic tank went up {P} over the month, the biologist is already saying to do water changes more often",
        "your clients' chillers use {P} more electricity in summer, you can see it in the report for each tank",
        "you pay technicians {P} on top of their rate for night emergency callouts, and the system counts that into their wages by itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я работаю один, у меня на обслуживании всего шесть аквариумов, и все у знакомых стоматологов, может, скинете мне {P}?",
            "нет, не получится, прайс одинаковый и для шести аквариумов, и для шестисот, отступать от него я не могу")],
    "en": [("it's just me on my own, i look after six tanks and they're all at dentist friends' surgeries, could you take {P} off for me?",
            "no, i'm afraid not, the price list is the same for six tanks or six hundred, and i can't go outside it")],
}
CHANNEL_T = {
    "ru": [
        "если у рыбы клиента пойдут белые точки, снимайте видео и присылайте мне лично в {MSG}, на мой собственный аккаунт, у меня дома свой риф, я подскажу быстрее, чем поддержка",
        "у моего шурина есть подержанные чиллеры почти даром, это уже разговор мимо компании, наберите меня на личный номер, {PPHONE}, рабочая линия у нас пишется",
        "список рыб, которых вы хотите заказать в обход вашего поставщика, скиньте на мою собственную почту, {PEMAIL}, у меня знакомый импортер, он привезет",
        "если ночью у клиента потечет аквариум, а приложение не назначит техника, звоните сразу мне на мой собственный мобильный, {PPHONE}, я сплю с телефоном под подушкой",
        "черновик договора, где я оставил вам прошлогоднюю цену, пришлю со своей личной почты, {PEMAIL}, туда же и подписанный возвращайте, в общую систему его лучше не заводить",
        "на выставке морских аквариумов в субботу я консультирую сам по себе, не от компании, пишите мне туда в {MSG}, это мой аккаунт, там и договоримся о встрече",
        "рабочий ноутбук у меня на неделю в ремонте, так что давайте пока всю переписку вести в {MSG}, на моем собственном аккаунте, а не через офис",
    ],
    "en": [
        "if a client's fish comes out in white spots, film it and send it to me personally on {MSG}, my own account, i keep a reef at home and i'll tell you faster than support",
        "my brother in law has some second hand chillers going for next to nothing, that's off the company's books, ring me on my private number, {PPHONE}, our work line gets recorded",
        "the list of fish you'd like to order round your usual supplier, drop it into my own inbox, {PEMAIL}, i've got an importer friend who'll bring them in",
        "if a client's tank starts leaking in the night and the app doesn't send a technician, call me straight on my own mobile, {PPHONE}, i sleep with the phone under my pillow",
        "the contract draft where i've kept last year's price for you will come from my personal email, {PEMAIL}, send the signed copy back there too, better not to put it in the shared system",
        "on saturday at the marine aquarium show i'm consulting on my own account, not for the company, message me there on {MSG}, that's my own account and we'll fix a time to meet",
        "my work laptop's in for repair this week, so let's keep all our messages on {MSG} for now, on my own account rather than through the office",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание о визите техника управляющему ресторана присылает подтвержденный бот нашей компании в {MSG}, он пишет от имени компании, живой сотрудник за ним не сидит",
        "если аквариум потек, звоните на общую аварийную линию компании, {CPHONE}, там круглосуточно дежурит смена",
        "выгрузку журнала анализов воды для клиента запрашивайте через общий ящик отдела поддержки компании, {CEMAIL}, письма оттуда разбирают несколько человек по очереди",
        "новые правила ввоза кораллов и обновления программы компания публикует в {MSG}, в официальном канале для аквариумистов",
    ],
    "en": [
        "the restaurant manager gets the reminder about the technician's visit from our company's verified bot on {MSG}, it writes in the company's name and there's no person sitting behind it",
        "if a tank springs a leak, call the company's shared emergency line, {CPHONE}, there's a shift on duty there round the clock",
        "ask for the client's water test log export through the support department's common mailbox, {CEMAIL}, a few people take turns working through it",
        "the company publishes new coral import rules and program updates on {MSG}, in its official channel for aquarists",
    ],
}
NOT_PRESSURE = {
    "ru": ["заведите сначала в систему один маршрут, тот, где рестораны, поездите по нему месяц, а там будет видно, я никуда не подгоняю",
           "обсудите с вашим биологом и техниками, им эти журналы заполнять, как они скажут, так и решите",
           "давайте созвонимся после лета, когда у клиентов перестанут ломаться чиллеры, если интерес к тому времени останется"],
    "en": ["put just one route into the system first, the restaurant one, run it for a month and see how it goes, there's no rush from me",
           "talk it over with your biologist and your technicians, they're the ones filling in the logs, go with whatever they say",
           "let's speak again after the summer, once your clients' chillers stop breaking down, if you're still interested by then"],
}
