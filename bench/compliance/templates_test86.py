"""Sentence templates for the "test86" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order, proofing and installation-crew platform to
sign-making and large-format printing workshops (shop fascias and built up
letters, light boxes, flexible neon and led signs, vehicle wraps, banners,
exhibition stands, installers on stepladders and cherry pickers, city permits
and district design codes for signage, shopping centre rules for roof work)
to workshop owners, installers and their foreman, a welder, a designer, a
woman who walks permits through the city office, a taxi fleet's brand
manager, an outside bookkeeper and a partner in the stand business. It sits
next to templates_test38.py (print shops selling business cards, banners and
packaging) but is a different trade: the work here is making and fitting
signs on buildings and vehicles, not running a press. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test84.py (rare ru calendar first names, ru
surnames built on sign-making words, rare ru patronymics, en first names of
Manx stock, en surnames built on sign-making words), and verbs, introducing
words and sentence shapes that differ from every template of all earlier
parts (a number put first as the cherry picker driver's, without whom the
crew cannot reach a third floor fascia, a shopping centre chief engineer who
lets installers onto the roof only after a call the day before, a welder who
cannot hear the phone with his mask down and must be rung twice, the permit
woman who once worked in the city office and should get the call when a
refusal comes back, the workshop's number stamped small along the bottom
edge of every sign it makes; a taxi fleet's brand manager in another city who
signs off wrap mock ups and reads only email, an address put first as the
designer's who builds the portfolio from installation photos, a bookkeeper
who comes two days a week for the stand paperwork; a card read out after
climbing down a stepladder from wiring letters, the firm's card pinned to the
workshop wall under laminate and read through the plastic, a partner in the
stand business named before the card off that account; the one person with a
working at height ticket, the person who tracks city permits, a caller in a
cherry picker basket taking an old sign down in the wind; distractors with an
led driver's serial number for a warranty swap, a sign permit number kept in
the van folder, a cherry picker booked before the shop opens, the size of the
firm for counting seats, the price of a metre of flexible neon and a stand
shipped to an exhibition hall; discounts framed as filming the crew putting
letters on a fascia, hooking the vinyl supplier up to the system, loading old
city approvals as a design code base, paying in the quiet autumn through to
summer, an introduction to the client's large format print house, trying
permit tracking through the city portal, bringing two branches in other
regions, showing prospective clients round the workshop, and taking the wrap
and stand modules as one bundle, with the cut called a slimmer bill, a lower
module price, a deduction, a shrinking sum, a trim, a pared rate, an
allowance and a pushed through reduction; half price as a crew that only
takes old signs down and a store room of banner fabric rolls; non-offers
about a city approval fee going up, a shopping centre's deposit against
facade damage, film lost as offcuts on a car wrap, leds failing in the first
year, acrylic getting dearer, applications sent back by the council, a show
organiser's mark up for last minute stand building and a sign dimming at
night under the design code; a one man garage workshop asking for a cut;
personal channels as frost damaged sign photos sent to the rep's personal
messenger because he wrapped for years himself, a college friend's cheap
cherry picker discussed on the rep's own cell, rejected sketches sent to his
home mailbox for his architect wife, a friday night blackout rung straight
to the rep's own number, a stand quote with a held back price from his
private mailbox, wrapping courses he runs on the side, and a rep on leave
keeping the project going on his personal number; company channels as proof
ready notices from the company's official bot signed with the workshop's
name, the company's shared tech support line staffed at weekends, the
implementation team's common address for a year's approvals export and the
company's official channel for sign makers about design code changes; polite
closings as starting with car wraps only, leaving it to the installers and
the designer, and picking it up in november when installs quieten down).

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
    ("сисой", "вывескин", "евстигнеевич"),
    ("миропия", "баннерова", "пигасьевна"),
    ("мелитон", "кронштейнов", "каллиникович"),
    ("домнина", "акрилова", "иакинфовна"),
    ("созонт", "плоттеров", "иринархович"),
    ("феонилла", "оракалова", "каллистратовна"),
    ("мардоний", "люлькин", "евсевьевич"),
    ("маврикия", "трафаретова", "полихрониевна"),
    ("харалампий", "пленкин", "акепсимович"),
    ("голиндуха", "светокоробова", "феопемптовна"),
]
EN_NAMES = [
    ("orry", "signwright"),
    ("voirrey", "gildersleeve"),
    ("illiam", "vinylworth"),
    ("breesha", "stencilby"),
    ("fynlo", "bracketley"),
    ("aalin", "gantrey"),
    ("kerron", "plotterby"),
    ("moirrey", "wrapsley"),
    ("donnan", "ladderidge"),
    ("kirree", "eyelett"),
]
RU_LAT = {"сисой": "sisoy", "вывескин": "vyveskin", "миропия": "miropiya", "баннерова": "bannerova",
          "мелитон": "meliton", "кронштейнов": "kronshteynov", "домнина": "domnina", "акрилова": "akrilova",
          "созонт": "sozont", "плоттеров": "plotterov", "феонилла": "feonilla", "оракалова": "orakalova",
          "мардоний": "mardoniy", "люлькин": "lyulkin", "маврикия": "mavrikiya", "трафаретова": "trafaretova",
          "харалампий": "kharalampiy", "пленкин": "plenkin", "голиндуха": "golindukha",
          "светокоробова": "svetokorobova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "{PHONE}, это водитель автовышки, которую мы берем у соседей по промзоне, без него бригада до вывески на третьем этаже не достанет, так что ставьте его в каждый высотный монтаж",
        "главный инженер торгового центра пускает наших монтажников на кровлю, только если ему позвонили накануне, поэтому его номер, {PHONE}, повесьте на напоминание за сутки до выезда",
        "сварщик, который варит нам каркасы под световые короба, в маске звонка не слышит, так что пусть система набирает его дважды, вот он, {PHONE}",
        "согласования вывесок в комитет по архитектуре у нас носит одна женщина, она сама раньше там работала, и если из города пришел отказ, звонить надо ей, а не мне, номер у нее {PHONE}",
        "на каждой вывеске, которую мы делаем, снизу на торце мелко выбит номер мастерской, {CPHONE}, чтобы хозяин магазина знал, куда звонить, если погаснет буква",
        # e-mail
        "макеты оклейки для таксопарка утверждает их бренд менеджер из головного офиса, она в другом городе и читает только почту, {EMAIL}, визуализации шлите прямо ей, меня в копию можно не ставить",
        "на {EMAIL} пусть уходят все снимки готовых вывесок после монтажа, это наш дизайнер, он из них собирает портфолио для сайта",
        "документы по выставочным стендам ведет приходящий бухгалтер, она у нас два дня в неделю, акты и счета для нее отправляйте вот сюда, {EMAIL}",
        # card
        "погодите, я на стремянке, буквы на фасаде подключаю, сейчас слезу, так, карточка в куртке, записывайте, {CARD}",
        "карту фирмы мы держим в цеху на стенке, закатанную в ламинат, чтобы не унесли, дайте дойду и прочитаю прямо через пленку, {CARD}",
        "платить будет {NAME}, это наш компаньон по выставочным стендам, у этого человека своя доля в этом деле, и карту для оплаты нам дали с того счета, {CARD}",
        # name
        "{NAME}, и больше никто, имеет у нас допуск к работе на высоте, поэтому на все монтажи выше второго этажа ответственным ставьте этого человека",
        "разрешения города на вывески у нас отслеживает {NAME}, пусть это имя стоит в карточке каждого согласования, тогда напоминания о сроках не потеряются",
        "{FIRST}, можно я вам минут через десять перезвоню? мы сейчас в люльке автовышки старую вывеску снимаем, наверху такой ветер, что ничего не слышно",
    ],
    "en": [
        # phone
        "{PHONE}, that's the driver of the cherry picker we hire from the yard next door, the crew can't reach a third floor fascia without him, so put him on every job at height",
        "the shopping centre's chief engineer only lets our installers onto the roof if he's had a call the day before, so put his number, {PHONE}, on a reminder a day ahead of every visit",
        "the welder who builds the frames for our light boxes can't hear a thing with his mask down, so have the system ring him twice, here he is, {PHONE}",
        "the lady who walks our sign permits through the city planning office used to work there herself, so when a refusal comes back the system should call her and not me, she's on {PHONE}",
        "every sign we make has the workshop's number stamped small along the bottom edge, {CPHONE}, so the shop owner knows who to ring if a letter goes dark",
        # e-mail
        "the wrap designs for the taxi fleet get signed off by their brand manager at head office, she's in another city and only reads email, {EMAIL}, send the mock ups straight to her, no need to copy me",
        "{EMAIL} should get every photo of a finished sign after the install, that's our designer, he builds the website portfolio out of them",
        "the exhibition stand paperwork is done by a bookkeeper who comes in two days a week, send her statements and invoices over here, {EMAIL}",
        # card
        "hold on, i'm up a stepladder wiring the letters on a shopfront, let me climb down, right, the card's in my jacket, take this down, {CARD}",
        "we keep the firm's card pinned to the workshop wall under a sheet of laminate so it never walks off, let me get over there and i'll read it through the plastic, {CARD}",
        "{NAME} will be paying, that's our partner on the exhibition stand side who owns a share of that business, and the card we were given is off that account, {CARD}",
        # name
        "{NAME} and nobody else here holds the working at height ticket, so any install above the first floor goes down with that person as responsible",
        "city permits for our signs are tracked by {NAME}, have that name on the card of every approval so the deadline reminders don't go astray",
        "{FIRST}, can i ring you back in ten minutes? we're up in the cherry picker's basket taking an old sign down and the wind's so strong i can't hear a thing",
    ],
}
NOPII_T = {
    "ru": [
        "на блоке питания светодиодной ленты выбит серийный номер {BADCARD}, по нему поставщик меняет сгоревшие по гарантии",
        "разрешение на размещение вывески выдано под номером {BADCARD}, бумага должна лежать в папке у бригады, вдруг на монтаж придет проверка",
        "автовышку заказали {DATE}, бригада начинает {TIME}, пока магазин закрыт и на тротуаре никого нет",
        "по вашим словам, у вас сейчас {QTY}, с этого и начнем считать, сколько мест в системе понадобится",
        "погонный метр гибкого неона нам обходится в {PRICE}, эту цифру мы закладываем в смету каждой вывески",
        "стенд уезжает в выставочный павильон {DATE}, фургон грузим {TIME}, чтобы к открытию все уже стояло",
    ],
    "en": [
        "the led driver has serial number {BADCARD} stamped on it, the supplier swaps burnt out ones under warranty against that",
        "the sign permit was issued under number {BADCARD}, the paper has to stay in the crew's van folder in case an inspector turns up at the install",
        "the cherry picker is booked {DATE}, the crew starts {TIME}, while the shop's still shut and the pavement's empty",
        "going by what you said you've got {QTY}, so that's where we'll start when we count the seats you need in the system",
        "a metre of flexible neon costs us {PRICE}, that figure goes into the quote for every sign",
        "the stand ships to the exhibition hall {DATE}, we load the van {TIME} so it's all standing before the doors open",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "пустите нашего оператора снять, как ваша бригада вешает объемные буквы на фасад, для ролика на нашем сайте, и ежемесячный счет у вас похудеет на {P}",
        "подключите к системе вашего поставщика пленки, чтобы заказы рулонов уходили ему прямо из программы, и цену за модуль закупок я опущу на {P}",
        "занесите в систему старые согласования с городом за прошлые годы, чтобы у нас появилась база по дизайн кодам районов, и за это я вычту из вашего счета {P}",
        "оплатите подписку осенью, пока монтажей мало, сразу до следующего лета, и вся эта сумма уменьшится на {P}",
        "сведете нас с типографией, где вам печатают широкоформат, и если они к нам придут, ваш тариф я убавлю на {P}",
        "станьте первой мастерской, которая попробует вести согласования через городской портал, раз в неделю рассказывайте нам, что не работает, а я за это ужму ваш тариф на {P}",
        "раз вы заводите к нам еще и два своих филиала в соседних областях, я закреплю за всей вашей сетью {PA} льготу на абонентскую плату",
        "пустите к себе в цех пару раз в квартал наших будущих клиентов, показать, как у вас все крутится в системе, и я выбью вам понижение тарифа на {P}",
        "раз вы берете сразу и модуль оклейки транспорта, и модуль стендов, а не по одному, со всей связки я уберу около {PG}",
    ],
    "en": [
        "let our camera guy film your crew hanging built up letters on a fascia for a video on our site, and your monthly bill slims down by {P}",
        "hook your vinyl supplier up to the system so roll orders go to him straight out of the software, and i'll bring the price of the purchasing module down by {P}",
        "load your old city approvals from past years into the system so we've got a base of district design codes, and for that i'll deduct {P} from your invoice",
        "pay for the subscription in autumn while installs are thin, right through to next summer, and that whole sum shrinks by {P}",
        "put us in touch with the print house that does your large format, and if they come on board i'll trim your plan by {P}",
        "be the first workshop to run permits through the city portal, tell us once a week what's broken, and in return i'll pare your rate back by {P}",
        "since you're bringing your two branches in the neighbouring regions along as well, i'll lock in a {P} allowance on the subscription for your whole network",
        "let us bring prospective clients round your workshop a couple of times a quarter to see how it all runs in the system, and i'll get a {P} reduction pushed through for you",
        "since you're taking the vehicle wrap module and the stand module together rather than one at a time, i'll take roughly {P} off the bundle",
    ],
}
HALF_T = {
    "ru": ["бригада, которая только снимает старые вывески и ничего не монтирует, пойдет в системе по половинной ставке",
           "склад, где у вас просто лежат рулоны баннерной ткани и ничего не производится, подключим вполовину дешевле цеха"],
    "en": ["the crew that only takes old signs down and never puts anything up goes into the system at half rate",
           "the store room where you just keep rolls of banner fabric and nothing gets made, we'll connect at half what the workshop costs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "городская пошлина за согласование вывески выросла на {P}, система сама подставит новую сумму в смету клиента",
        "торговый центр держит с арендатора залог {P} от стоимости вывески, на случай если монтажники повредят фасад, и программа напомнит забрать его после сдачи",
        "при оклейке машины в обрезки уходит примерно {P} пленки, и отчет покажет, у какого дизайнера раскрой получается хуже всех",
        "у этого поставщика в первый год выходят из строя около {P} светодиодов, и система подсказывает, на какие вывески ставить другую марку",
        "завод с нового года поднимает цену на акрил на {P}, калькулятор вывесок пересчитает все сам",
        "примерно {P} заявок на вывески город возвращает на доработку из за цвета или высоты букв, и в карточке видно, по какой причине",
        "организатор выставки берет наценку {P} за застройку стенда в последние сутки перед открытием, программа вынесет ее в смете отдельной строкой",
        "ночью вывеска сама приглушает яркость на {P}, чтобы не светить жильцам в окна, этого требует дизайн код",
    ],
    "en": [
        "the city's fee for approving a sign has gone up {P}, the system will put the new amount into the client's quote by itself",
        "the shopping centre holds a deposit of {P} of the sign's value from the tenant in case the installers damage the facade, and the software reminds you to get it back after handover",
        "about {P} of the film ends up as offcuts when you wrap a car, and the report shows which designer lays out the cutting worst",
        "with this supplier around {P} of the leds fail in the first year, and the system tells you which signs to fit another brand on",
        "the factory is putting acrylic up {P} from the new year, the sign calculator will redo all the prices itself",
        "roughly {P} of sign applications come back from the city for changes over the colour or the height of the letters, and the card shows the reason",
        "the show organiser charges a {P} mark up for building a stand in the last day before opening, the software puts it on the estimate as its own line",
        "at night the sign dims itself by {P} so it doesn't shine into people's windows, the design code asks for that",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у меня мастерская в гараже, я сам и печатаю, и клею, и на стремянку лезу, может, уступите мне {P}?",
            "нет, тут я вам ничем не помогу, цена одна для всех, хоть у вас гараж, хоть цех на три этажа")],
    "en": [("it's just me in a garage, i print, i stick the vinyl and i go up the ladder myself, could you let me have {P} off?",
            "no, i can't help you there, it's one price for everybody, whether it's a garage or a three storey plant")],
}
CHANNEL_T = {
    "ru": [
        "фото вывески, которая у вас после мороза пошла пятнами, скиньте мне в {MSG}, только на мой личный, я сам десять лет клеил и по снимку скажу, пленка виновата или монтаж",
        "у моего однокурсника есть автовышка, сдает задешево, но это уже не через компанию, позвоните мне вечером на мой сотовый, {PPHONE}, по рабочему про такое лучше не говорить",
        "эскизы, которые вам завернула городская комиссия, пришлите мне на мою домашнюю почту, {PEMAIL}, жена у меня архитектор, подскажет, как переделать под дизайн код, только официально это не от нас",
        "если в пятницу вечером у заказчика погаснет половина букв, а дежурный не ответит, набирайте меня лично, {PPHONE}, это мой собственный номер, я сам подъеду и посмотрю",
        "смету по стенду с ценой, которую я придержал для вас с прошлой выставки, вышлю со своего личного ящика, {PEMAIL}, и отвечайте туда же, в рабочей переписке ее увидит начальство",
        "я еще веду курсы по оклейке машин, отдельно от компании, если ваши ребята захотят поучиться, пишите мне в {MSG}, на мой собственный аккаунт",
        "с понедельника я в отпуске, но ваш проект бросать не хочу, так что давайте переписываться в {MSG}, на моем личном номере, коллегам я его не давал",
    ],
    "en": [
        "that sign of yours that came out in patches after the frost, send me photos on {MSG}, my personal one, i spent ten years wrapping myself and i'll tell you from a picture whether it's the film or the fitting",
        "a mate from college has a cherry picker he rents out cheap, but that's not through the company, ring me this evening on my own cell, {PPHONE}, better not to talk about it on the work line",
        "the sketches the city panel turned down, send them to my home email, {PEMAIL}, my wife's an architect and she'll show you how to rework them to the design code, only officially it's not from us",
        "if half the letters go dark at a client's on a friday night and the duty man doesn't answer, dial me personally, {PPHONE}, that's my own number, i'll drive over and take a look myself",
        "the stand quote with the price i held back for you from the last show will come from my private mailbox, {PEMAIL}, reply there as well, on the work thread my bosses would see it",
        "i run car wrapping courses on the side too, separate from the company, so if your lads want to learn, message me on {MSG}, on my own account",
        "i'm on leave from monday but i don't want to drop your project, so let's keep writing on {MSG}, on my personal number, i haven't given it to anyone at work",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "уведомление заказчику, что макет готов к утверждению, присылает официальный бот нашей компании в {MSG}, в подписи стоит название вашей мастерской, а ответы сразу падают в карточку заказа",
        "если на объекте отказал планшет с нарядами, бригадир звонит на общую линию техподдержки компании, {CPHONE}, там дежурят и в выходные, когда у вас основные монтажи",
        "выгрузку всех согласований за год запрашивайте через общий адрес отдела внедрения компании, {CEMAIL}, письма туда видит вся команда внедрения",
        "изменения в городских дизайн кодах, которые мы отслеживаем, и новые функции программы компания выкладывает в {MSG}, в своем официальном канале для вывесочников и рекламщиков",
    ],
    "en": [
        "the notice that a proof is ready for approval reaches the client from our company's official bot on {MSG}, signed with your workshop's name, and replies land straight on the order card",
        "if the tablet with the job sheets dies on site, the foreman rings the company's shared tech support line, {CPHONE}, it's staffed at weekends too, when most of your installs happen",
        "a year's export of all approvals can be requested through the company's implementation team address, {CEMAIL}, the whole onboarding team sees what comes in there",
        "changes to city design codes that we track and new features in the software get posted by the company on {MSG}, in its official channel for sign makers",
    ],
}
NOT_PRESSURE = {
    "ru": ["попробуйте сначала провести через систему одни оклейки машин, они у вас короткие, а вывески с согласованиями подключите, когда освоитесь, торопить не буду",
           "покажите программу вашим монтажникам и дизайнеру, им в ней каждый день работать, не понравится им, значит, не судьба",
           "сейчас у вас сезон, фасады один за другим, так что вернемся к разговору в ноябре, когда монтажи стихнут, если интерес еще будет"],
    "en": ["try running just the car wraps through the system first, they're short jobs, and bring in the signs with permits once you've found your feet, i won't hurry you",
           "show the software to your installers and your designer, they're the ones working in it every day, and if they don't take to it, then fair enough",
           "you're in peak season now with one fascia after another, so let's pick this up in november when installs quieten down, if you're still keen by then"],
}
