"""Sentence templates for the "test74" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a rental and dispatch platform for construction
equipment hire firms (excavators and backhoes hired out by the day, scaffolding
sets by the day, operators assigned to machines, delivery by low loader,
deposits and damage inspections at hand over and return, fuel level and hour
meter readings) to owners of hire yards, dispatchers, yard mechanics, low
loader drivers and scaffolding erectors. Everything here is new: names that
appear neither in generate.py's train and test lists nor in templates_test2.py
to templates_test72.py (ru first names, surnames and patronymics from Н to Я,
en first names and surnames from M to Z), and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (an
excavator operator who cannot hear his phone over the engine in the cab and
wants his work orders as texts, the low loader driver who knows which bridges
in the region will not carry an excavator, the yard checker who walks round
every returned machine with a torch looking for dents, a scaffolding foreman
whose phone is clipped to his belt even up on the deck, the hire firm's number
painted along the boom of every machine; hour meter photos going to the yard
mechanic who plans oil changes from them, deposit receipts for the cashier who
pays money back when a machine comes home whole, the low loader's trip sheets
for the logistics man who books passage windows; the card the hydraulics
repairs are always paid with, a caller reading his card out from the seat of a
loader with his gloves off, a co-owner who bought the first excavator together
with the caller named before the card; the only person allowed to keep a
deposit for damage, the person who decides which operator sits in which
machine, a caller drowned out by a hydraulic breaker behind the wall;
distractors with a frame serial checked at every hand over, a fuel tank seal
number, a low loader collecting a machine, the size of the fleet, a day of
mini excavator hire with an operator and an inspection after return; discounts
framed as paying only for machines actually out on hire that day, factory
fitted trackers that spare the client ours, operators hired through an agency
so the shift module is struck off, scaffolding counted by sets per site rather
than by sections, a promotional video filmed at the client's yard, damage
inspections done by the client's own mechanic with a tablet, a reference
client hosting visits from other hire firms, deposits taken through the
vendor's payment form at a lower commission, and a contract signed for several
seasons at list price less a share; half price as a login for a low loader
driver that only shows his own trips and a yard holding nothing but
scaffolding; non-offers about the deposit taken on an excavator, diesel topped
up at a markup when a machine comes back short of a full tank, a surcharge for
hours over the agreed meter reading, fewer quarrels about scratches once
return photos are taken, a dealer's concession on undercarriage parts, the
spring jump in scaffolding demand, the share of time the fleet stands idle and
the client's insurance on top of the daily rate; a client with a handful of
machines asking for a cut; personal channels as an inspection video with a
client arguing over a scratch on the bucket sent to the rep's own messenger
account, a low loader held at a weight checkpoint reported straight to the
rep's own cell, an hour meter export sent to a mailbox the rep keeps for his
own affairs, a rep driving a tractor unit himself who is reachable only in his
messenger under his own number, a draft winter storage contract sent from the
rep's private address, outside operators found on the side discussed on the
rep's personal mobile, and a rep at a Saturday scaffolding hand over who gives
his own phone rather than the office one; company channels as the company's
service bot reminding the client that a hire period is ending, the company's
duty shift whose engineer checks a lost tracker remotely, the claims team's
common inbox for damage reports worked by whoever is on shift and the
company's official channel about rules for moving oversized loads; polite
closings as one season on a couple of machines before moving the whole
fleet, waiting until the machines are back in the yard in November, and
leaving the decision to the client together with the chief mechanic).

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
    ("пахомий", "тягачев", "федулович"),
    ("светозара", "опалубкина", "никоновна"),
    ("перфилий", "штабелев", "потапович"),
    ("феоктиста", "самосвалова", "флоровна"),
    ("стахий", "рычагов", "якимович"),
    ("оксинья", "тросова", "феофановна"),
    ("юрислав", "стрелов", "невзорович"),
    ("харита", "отвалова", "парфеновна"),
    ("парфений", "сваев", "хотенович"),
    ("ясна", "тралова", "урбановна"),
]
EN_NAMES = [
    ("septimus", "winchcombe"),
    ("sapphira", "skidmore"),
    ("thurstan", "plunkett"),
    ("venetia", "rowbotham"),
    ("ranulf", "tippett"),
    ("nydia", "treadgold"),
    ("swithin", "overend"),
    ("melisande", "yeomans"),
    ("merrick", "stainforth"),
    ("sidony", "plowright"),
]
RU_LAT = {"пахомий": "pakhomiy", "тягачев": "tyagachev", "светозара": "svetozara", "опалубкина": "opalubkina",
          "перфилий": "perfiliy", "штабелев": "shtabelev", "феоктиста": "feoktista", "самосвалова": "samosvalova",
          "стахий": "stakhiy", "рычагов": "rychagov", "оксинья": "oksinya", "тросова": "trosova",
          "юрислав": "yurislav", "стрелов": "strelov", "харита": "kharita", "отвалова": "otvalova",
          "парфений": "parfeniy", "сваев": "svaev", "ясна": "yasna", "тралова": "tralova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "машинист на гусеничном экскаваторе из кабины звонков не слышит, мотор ревет, так что наряды на смену пусть приходят ему текстом, {PHONE}",
        "водитель трала наизусть знает, какие мосты в области экскаватор не выдержат, поэтому маршрут перевозки сверяйте с ним, его сотовый, {PHONE}",
        "приемщик на площадке после каждого возврата обходит машину с фонариком и ищет вмятины, он просил, чтобы акты осмотра падали прямо ему на телефон, {PHONE}",
        "бригадир монтажников лесов держит трубку пристегнутой к поясу и отвечает даже наверху, на настиле, занесите его в карточку объекта, {PHONE}",
        "вдоль стрелы у каждой нашей машины краской выведен номер проката, {CPHONE}, прорабы по нему и заказывают технику",
        # e-mail
        "снимки счетчика моточасов при выдаче и при возврате пусть складываются у нашего механика, {EMAIL}, по ним он планирует замену масла",
        "квитанции по залогам уходят нашей кассирше на {EMAIL}, это она отдает клиенту деньги, когда машина вернулась целой",
        "{EMAIL}, это логист, который выбивает тралу окна для проезда по городу, путевые листы тягача с отметками о заправках нужны ему",
        # card
        "ремонт гидравлики мы всегда оплачиваем одной и той же картой, пускай и ваша платформа тянет деньги с нее, {CARD}",
        "я сейчас в кабине погрузчика, дайте перчатки стяну, карта в нагрудном кармане, ага, читаю, {CARD}",
        "проводите платеж по карте второго владельца нашей фирмы, {NAME}, самый первый экскаватор мы с этим человеком покупали вдвоем, номер карты я храню в телефоне, зачитываю с экрана, {CARD}",
        # name
        "решение удержать залог за поломку принимает исключительно {NAME}, у прочих менеджеров эту кнопку уберите совсем",
        "кого из машинистов сажать на какую машину, у нас распределяет {NAME}, так что правка графика назначений пусть будет открыта только под этой учеткой",
        "{FIRST}, погодите, за стенкой гидромолот долбит, до меня ни слова не долетело, что там было про залог",
    ],
    "en": [
        # phone
        "the operator on the tracked excavator can't hear calls in the cab over the engine, so his work orders should reach him as texts, {PHONE}",
        "the low loader driver knows by heart which bridges in the region won't take an excavator, so check the haul route with him, his cell is {PHONE}",
        "the yard checker walks round every returned machine with a torch looking for dents, and he asked for the inspection reports to ping his handset, {PHONE}",
        "the scaffolding crew's foreman keeps his phone clipped to his belt and answers even up on the deck, put him on the site card, {PHONE}",
        "our hire number is painted along the boom of every machine we own, {CPHONE}, that's how site managers order the kit",
        # e-mail
        "the hour meter photos from hand over and return should collect with our mechanic, {EMAIL}, he plans the oil changes off them",
        "deposit receipts go to our cashier, she's the one who hands customers their money back when a machine comes home in one piece, her address is {EMAIL}",
        "{EMAIL}, that's the logistics man who wangles the low loader its windows to cross town, he needs the tractor unit's trip sheets with the fuel stops marked",
        # card
        "we always settle the hydraulics repairs on one and the same card, so let your platform draw from that one too, {CARD}",
        "i'm in the loader cab right now, let me pull my gloves off, the card's in my chest pocket, okay, reading it, {CARD}",
        "bill the card of my fellow owner, {NAME}, the two of us bought the very first excavator together, i've saved the number in my phone, so i'm reading from that, {CARD}",
        # name
        "only {NAME} has the right to keep a deposit over damage, take that button away from the other managers altogether",
        "{NAME} sorts out which operator sits in which machine, so editing the assignment chart should be open under that login and no other",
        "{FIRST}, wait a sec, a hydraulic breaker's pounding away behind the wall, not a word got through, go over the deposit bit once more",
    ],
}
NOPII_T = {
    "ru": [
        "заводской номер рамы этого экскаватора {BADCARD}, его сверяют при каждой выдаче",
        "на крышке топливного бака висит пломба, ее номер {BADCARD}, сорванная пломба значит, что солярку пересчитываем заново",
        "трал заберет машину с объекта {DATE}, грузить начнут {TIME}",
        "если на круг выходит {QTY}, диспетчерского модуля на первых порах хватит с запасом",
        "сутки мини экскаватора с машинистом у вас по прайсу идут за {PRICE}, топливо не включено",
        "осмотр техники после возврата поставили {DATE}, механик подойдет к воротам {TIME}",
    ],
    "en": [
        "the frame serial on this excavator reads {BADCARD}, we compare it at every hand over",
        "the fuel tank cap is sealed, seal number {BADCARD}, a broken seal means we recount the diesel",
        "the low loader collects the machine from site {DATE}, loading starts {TIME}",
        "if it comes to {QTY} all in, the dispatch module on its own will carry you through the first months",
        "a day's hire of a mini excavator with an operator, fuel not included, goes for {PRICE} with you",
        "the post return inspection is booked {DATE}, the mechanic will be at the gate {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "платить будете не за каждую единицу в парке, а только за ту, что в этот день стоит на объекте у клиента, на вашем парке это выходит меньше на {P}",
        "на новых экскаваторах у вас трекер стоит с завода, нашего ставить не нужно, так что за подключение каждой машины я возьму на {P} меньше",
        "машинистов вы берете по договору у кадрового агентства, значит, модуль смен вам ни к чему, вычеркиваем его, и стоимость сядет на {P}",
        "леса в системе будем вести не по секциям, а комплектами на объект, и ваш ежемесячный счет от этого сократится на {P}",
        "пустите нашего оператора снять у вас на площадке ролик, как техника уходит в рейс, и я в благодарность скощу с годовой лицензии {P}",
        "осмотры на повреждения ваш механик и так делает сам с планшетом, выездной инспектор от нас не понадобится, и из цены уходит {P}",
        "согласитесь стать опорным клиентом в регионе и пару раз в год принять у себя на площадке другие прокатные конторы, и получите от нас {PA} скидку на весь срок договора",
        "если залоги клиенты будут вносить через нашу платежную форму, комиссия с каждой аренды для вас станет ниже на {P}",
        "подпишем договор сразу на несколько сезонов, и я поставлю вам цену прайса за вычетом {PG}",
    ],
    "en": [
        "you won't pay for every unit in the fleet, only for the ones actually standing on a customer's site that day, on a fleet like yours the bill ends up {P} lighter",
        "your new excavators come with a factory fitted tracker, so ours doesn't need to go in, which takes {P} off connecting each machine",
        "you hire your operators through an agency, so you've no need for the shift module, we strike it out and the cost settles {P} lower",
        "we'll keep scaffolding in the system as sets per site instead of by the section, and your monthly bill shrinks {P} as a result",
        "let our cameraman film a clip at your yard of the kit heading out on a job, and in return the annual licence loses {P}",
        "your mechanic already does the damage inspections himself with a tablet, you won't need our visiting inspector, and we trim {P} from the price",
        "agree to be our reference client in the region and host a couple of other hire firms at your yard each year, and every invoice for the life of the contract carries {P} less",
        "if customers put their deposits down via our payment form, the commission on each hire drops {P} for you",
        "sign up for several seasons at once and your price becomes list minus {P}",
    ],
}
HALF_T = {
    "ru": ["учетка для водителя трала, где видны только его собственные рейсы, идет за полцены от обычной",
           "склад, где у вас лежат одни леса и ни одной машины, подключу вполцены против площадки с экскаваторами"],
    "en": ["a login for the low loader driver that shows only his own trips comes at half a standard login's price",
           "the depot where you keep nothing but scaffolding and not a single machine i'll connect for half what a yard with excavators costs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "залог за экскаватор вы берете {P} от суммы аренды, и если при осмотре найдут повреждения, ремонт система вычтет прямо из него",
        "когда машину возвращают не с полным баком, по вашим правилам солярка доливается с наценкой {P}, и система посчитает ее по показаниям датчика",
        "если моточасов набежало больше оговоренного, каждый лишний час идет у вас с надбавкой {P}, платформа сама сверит счетчик",
        "у наших клиентов, которые фотографируют технику при возврате, ссор из за царапин и вмятин становится меньше на {P}",
        "дилер по ходовой части уступает вам {P} на катки и траки, если закупаетесь у него оптом раз в квартал",
        "весной спрос на аренду лесов у вас подскакивает на {P}, и система заранее подскажет, какие секции пора снимать с объектов",
        "в среднем ваш парк простаивает {P} рабочего времени, это хорошо видно на графике выхода машин",
        "страховка техники на время аренды стоит клиенту {P} сверху к суточной ставке, в счете она выделена особо",
    ],
    "en": [
        "on an excavator the deposit you ask for is {P} of the hire value, and if the inspection finds damage the system takes the repair straight out of it",
        "when a machine comes back without a full tank, your rules top up the diesel at a {P} markup, and the system works it out from the sensor reading",
        "if the hour meter runs past what was agreed, every extra hour carries a {P} surcharge with you, the platform checks the meter itself",
        "our customers who photograph the kit on return see {P} fewer rows over scratches and dents",
        "the undercarriage dealer lets you have rollers and track plates {P} cheaper when you buy them in bulk once a quarter",
        "in spring your scaffolding hire jumps by {P}, and the system tells you ahead of time which sections to pull off the sites",
        "on average your fleet stands idle {P} of working time, the machine utilisation chart shows it plainly",
        "insurance on the kit for the hire period adds {P} to the customer's daily rate, the invoice sets it apart",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас всего три экскаватора да пара вышек, не парк, а смех один, подвиньтесь на {P}, а?",
            "нет, не подвинусь, подключение машины стоит одинаково, сколько бы их у вас ни стояло")],
    "en": [("we've only got three diggers and a couple of towers, hardly a fleet, what about {P} less for a little outfit like ours?",
            "no, i'm afraid not, a machine costs the same to connect whether you've got three or three hundred")],
}
CHANNEL_T = {
    "ru": [
        "видео осмотра, где клиент спорит из за царапины на ковше, перешлите лично мне, в {MSG}, страничка там своя, к работе не привязанная, разберусь раньше, чем дойдет до претензии",
        "если трал остановят на посту весового контроля, звоните не в диспетчерскую, а прямиком мне, {PPHONE}, это мой собственный сотовый, не служебный, и ночью я тоже беру",
        "выгрузку моточасов за сезон бросьте на ящик, который я веду для себя, без компании, {PEMAIL}, в офисе я появлюсь только через неделю",
        "я сейчас сам за рулем тягача, перегоняю экскаватор клиенту, рабочую почту не открываю, поэтому все вопросы кидайте в {MSG}, я туда захожу с личной симки",
        "черновик договора на зимнее хранение вашей техники отправлю вам с моего частного ящика, {PEMAIL}, замечания кидайте прямо в ответ",
        "про машинистов, которых я мог бы найти вам со стороны, давайте не здесь, звякните вечером на мой сотовый, он личный, {PPHONE}",
        "в субботу я приеду к вам на приемку лесов, если что, набирайте прямо меня, {PPHONE}, телефон мой, а не офисный",
    ],
    "en": [
        "the inspection video where the customer argues over a scratch on the bucket, flick it to my {MSG}, the private profile my employer never touches, i'll sort it before it turns into a claim",
        "if the low loader gets pulled over at a weight checkpoint, don't ring dispatch, ring my cell, {PPHONE}, it's mine, not a company phone, and i answer at night as well",
        "send the season's hour meter export to an inbox i run privately, my employer can't see it, {PEMAIL}, i'm not back at my desk for a week",
        "i'm driving the tractor unit myself right now, taking an excavator out to a customer, i'm not opening work email, {MSG} is how you reach me on the road, and that profile sits on my private sim",
        "i'll send the draft winter storage agreement for your machines from a private inbox of mine, {PEMAIL}, just hit reply with your notes",
        "about operators i could find you on the side, not here, buzz me tonight, {PPHONE}, that number is personal",
        "i'll be at your place on saturday for the scaffolding hand over, if anything comes up dial me directly, {PPHONE}, that's my own phone, not the office one",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о том, что срок аренды подходит к концу, клиенту напоминает бот компании, рассылка идет через {MSG} автоматически, менеджер к этим сообщениям отношения не имеет",
        "если у машины на объекте пропал сигнал трекера, дежурная смена компании отвечает по номеру {CPHONE}, инженер оттуда проверит трекер удаленно",
        "акты о повреждениях для страховой собирает отдел урегулирования компании, ящик общий, {CEMAIL}, письма там разбирает тот, кто на смене",
        "компания ведет в {MSG} официальный канал, где публикует новые требования к перевозке негабаритных грузов",
    ],
    "en": [
        "the reminder that a hire period is running out comes to the customer from the company's service bot on {MSG}, no manager has any hand in those messages",
        "if a machine's tracker drops off the map on site, the company's duty shift answers on {CPHONE}, an engineer there can look at it remotely",
        "the company's claims team gathers damage reports for the insurer in a common inbox, {CEMAIL}, it's worked through by whoever's rostered that day",
        "new rules for moving oversized loads get posted on {MSG}, in a channel run officially by the company",
    ],
}
NOT_PRESSURE = {
    "ru": ["прогоните через систему один сезон хотя бы на паре машин, а там сами увидите, стоит ли переводить весь парк, я не тороплю",
           "сейчас у вас разгар, вся техника по объектам, так что созвонимся в ноябре, когда машины вернутся на стоянку",
           "посоветуйтесь с главным механиком, ему с этой системой жить, решать вам двоим, и никому больше"],
    "en": ["run one season through the system on just a couple of machines, then judge whether it's worth moving the whole fleet, i'm not rushing you",
           "you're in full swing now with every machine out on site, so let's talk in november when the kit's back in the yard",
           "run it past your chief mechanic, it's him who'll be working with the system every single shift, the decision is yours and his alone"],
}
