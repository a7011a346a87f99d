"""Sentence templates for the "test80" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and traceability platform for apiaries and
honey producers (hive inspections logged per colony, honey batches carried
with their lab certificates, wholesale orders to farm shops, shops and
markets, seasonal sales of bee packages and queens, jars, lids and labels
bought from suppliers) to apiary owners, beekeepers on the outyards, queen
rearers, packers, drivers and the family members who keep the paperwork.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test78.py (ru first names,
surnames and patronymics from Н to Я, en first names and surnames from M to
Z), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (a beekeeper living on the outyard by the
buckwheat field whose phone only finds a signal up the hillock, the queen
rearer whose number is scratched on the lid of a frame box, the driver who
rings every shop before he unloads the honey, the stockman who pulls a batch
off sale the moment the lab finds antibiotic residues, the farm's number on a
sticker under the lid of every jar that buyers ring to ask which field the
honey came from; lab reports filed with each batch passport by the
technologist, a daughter sorting the wholesale requests from farm shops in the
evenings, the storeman who should get the jar supplier's invoices that keep
going astray; the card that pays the label printer fetched from a wallet left
in the car, a caller lifting the bee veil off her face to read her card, a
father-in-law the farm is registered to named before his card; the only
person who may touch the wholesale price list, the person who hands bee
packages over to buyers and marks them as collected, a caller with a bee
crawling in under her veil; distractors with a batch number on the label
that leads to the lab report, an extractor's factory number for the warranty
man, the linden honey extraction day, the size of the farm, the price of a
bee package this season and the day the lorry with packages arrives from the
south; discounts framed as a dormant tariff for the winter months when the
apiary sleeps, lab reports uploaded by the client without the vendor's
onboarding help, a small stand for the vendor at the client's honey fair, a
whole beekeepers' cooperative coming in at once, the season paid before the
bees' first cleansing flight in spring, overwintering hives billed below
working ones, a concession for being the first in the region to show buyers
the road from hive to shelf, nomadic outyards pinned on the map by the client
instead of a visit from the vendor's specialist, and the jar filling room
added to the contract; half price as a teaching apiary run for schoolchildren
and a login for a seasonal helper on the extraction; non-offers about shops'
prepayment for wholesale honey, moisture measured by the lab, winter colony
losses, a glass works lowering jar prices for whole pallets, a honey fair's
levy on takings, bee package prices from the south going up, value added tax
when selling to chains through a company, and the extra honey colonies with
young queens bring in; a family plot apiary selling to neighbours asking for
a cut; personal channels as videos from inspections sent to the rep's own
messenger account for advice, a queen deal with a beekeeper the rep knows
discussed on his personal phone, label mock-ups sent to the rep's own
mailbox to be reworked at home, a batch rejected at the weekend reported to
the rep's personal messenger account, a contract sent from the mailbox the
rep has had since university and returned past the sales department, a
visit to the rep's own country apiary arranged on his own number, and a rep
about to leave to sell bee packages himself who gives his number instead of
the company's; company channels as the company's verified bot sending the
batch passport to a buyer who scanned a jar, the company's shared technical
support line for labels that will not print, the quality department's
common mailbox for batch certificates and the company's official channel for
beekeepers about mite treatment dates and veterinary rules; polite closings
as waiting for the end of the honey flow, a trial on one outyard left to the
beekeeper's liking, and a decision taken at the cooperative's general
meeting).

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
    ("фирс", "омшаников", "неофитович"),
    ("поликсения", "пчельникова", "тимоновна"),
    ("фадей", "трутнев", "сильванович"),
    ("улиана", "сотникова", "якубовна"),
    ("серафим", "роев", "порфирович"),
    ("павлиния", "пыльцова", "таисиевна"),
    ("фока", "нектаров", "орентьевич"),
    ("севастиана", "цветочкина", "юстиновна"),
    ("трифилий", "шмелев", "полиевктович"),
    ("саломия", "хоботкова", "сисоевна"),
]
EN_NAMES = [
    ("octavian", "swarbrick"),
    ("melisende", "waxstaff"),
    ("torvald", "meadowcroft"),
    ("posy", "skepworth"),
    ("viggo", "rushworth"),
    ("thisbe", "mellifont"),
    ("napier", "threlfall"),
    ("sigrun", "pinchbeck"),
    ("zeno", "tregenza"),
    ("yvaine", "nuttall"),
]
RU_LAT = {"фирс": "firs", "омшаников": "omshanikov", "поликсения": "poliksenia", "пчельникова": "pchelnikova",
          "фадей": "fadey", "трутнев": "trutnev", "улиана": "uliana", "сотникова": "sotnikova",
          "серафим": "serafim", "роев": "roev", "павлиния": "pavliniya", "пыльцова": "pyltsova",
          "фока": "foka", "нектаров": "nektarov", "севастиана": "sevastiana", "цветочкина": "tsvetochkina",
          "трифилий": "trifiliy", "шмелев": "shmelev", "саломия": "salomiya", "хоботкова": "khobotkova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "пасечник у нас живет прямо на точке у гречишного поля, сеть там ловит только с пригорка, так что про осмотры ульев ему лучше слать короткие сообщения, {PHONE}",
        "маток у нас выводит отдельный человек, и покупатели, кто берет маток, пусть договариваются с ним, номер нацарапан на крышке ящика с рамками, сейчас разберу, {PHONE}",
        "водитель, который развозит мед по лавкам, перед разгрузкой сам прозванивает каждого продавца, так что в накладные на отгрузку вписывайте его мобильный, {PHONE}",
        "если лаборатория найдет в партии следы антибиотиков, первым должен узнать наш зоотехник, он тут же снимает такую партию с продажи, оповещения заводите на его трубку, {PHONE}",
        "на каждой нашей банке под крышкой приклеен кружочек с телефоном хозяйства, {CPHONE}, покупатели набирают его, чтобы узнать, с какого поля собран мед",
        # e-mail
        "протоколы из лаборатории по каждой партии пусть в копии уходят нашему технологу, {EMAIL}, она подшивает их к паспорту партии",
        "оптовые заявки от фермерских лавок у нас разбирает дочка, по вечерам, когда я возвращаюсь с кочевых точек, вот ее почта, {EMAIL}",
        "поставщик банок и крышек шлет счета кому попало, перенастройте, пожалуйста, чтобы они попадали к нашему завхозу, {EMAIL}",
        # card
        "карта, которой мы платим типографии за этикетки, осталась в кошельке, а кошелек в машине, я уже дошел, открываю дверь, вот, {CARD}",
        "подождите, откину сетку с лица, а то сквозь нее цифры на карте не разглядеть, ага, теперь вижу, {CARD}",
        "за подписку платит мой свекор, {NAME}, хозяйство записано на него, я переписала его карту себе в блокнот, {CARD}",
        # name
        "оптовый прайс у нас доверен одному человеку, {NAME}, у прочих на пасеке только просмотр, пусть ничего не трогают",
        "пчелопакеты покупателям на руки выдает {NAME}, и отметку в системе, что пакет забрали, ставит этот же человек",
        "{FIRST}, ой, минутку, пчела под сетку заползла, сейчас выгоню ее, и договорим",
    ],
    "en": [
        # phone
        "our beekeeper lives right out on the outyard by the buckwheat field, his phone only finds a signal up on the hillock, so short texts about the hive inspections work best for him, {PHONE}",
        "we've got a separate fellow who rears the queens, and anyone buying queens should deal with him, his number's scrawled in pencil on a frame box, i'm squinting at it, {PHONE}",
        "the driver who takes the honey round the farm shops rings each shopkeeper himself before he unloads, so write his mobile onto the dispatch notes, {PHONE}",
        "if the lab turns up antibiotic traces in a batch, our stockman has to be the first to know, he pulls that batch off sale straight away, so set the alerts up on his phone, {PHONE}",
        "every jar of ours has a little round sticker under the lid with the farm's phone number, {CPHONE}, that's where buyers ring to ask which field the honey came from",
        # e-mail
        "have the lab reports for every batch copied to our technologist, {EMAIL}, she files them with the batch passport",
        "my daughter sorts out the wholesale requests from the farm shops in the evenings, once i'm back from the outyards, her address is {EMAIL}",
        "the jar and lid supplier sends its invoices to just anybody, could you set it up so they reach our storeman instead, {EMAIL}",
        # card
        "the label printers get paid off a card that's in my wallet, and the wallet's in the car, right, i'm there, opening the door, here, {CARD}",
        "hang on, let me lift the veil off my face, i can't make out the numbers on the card through the mesh, there, now i can see, {CARD}",
        "my father in law pays for the subscription, {NAME}, the farm is registered to him, i copied his card into my notebook, {CARD}",
        # name
        "one person will be editing prices on the wholesale list, {NAME}, everyone else at the apiary can look at it but not touch anything",
        "{NAME} hands the bee packages over to the buyers, and it's that same person who marks each package as collected in the system",
        "{FIRST}, oh, just a moment, a bee's crawled in under my veil, let me chase it out and we'll finish",
    ],
}
NOPII_T = {
    "ru": [
        "номер партии на этикетке {BADCARD}, по нему покупатель находит протокол лаборатории",
        "заводской номер медогонки {BADCARD}, мастер по гарантии первым делом попросит именно его",
        "липовый мед откачиваем {DATE}, рамки из ульев начнем вынимать {TIME}",
        "получается, у вас {QTY}, под такой объем подойдет самый младший тариф",
        "пчелопакет в этом сезоне вы продаете по {PRICE}, эту цену и поставим в карточку",
        "фура с пчелопакетами с юга будет {DATE}, выгрузку назначили {TIME}",
    ],
    "en": [
        "the label carries batch number {BADCARD}, that's how a buyer tracks down the lab report",
        "the extractor's factory number is {BADCARD}, the warranty man will want that before anything else",
        "we're spinning off the linden honey {DATE}, we start taking frames out of the hives {TIME}",
        "so you've got {QTY} all told, the smallest tier will carry that comfortably",
        "you're selling a bee package for {PRICE} this season, that's the price we'll put on the listing",
        "the lorry with bee packages from the south is due {DATE}, we'll start unloading {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "зимой пасека у вас все равно спит, продаж почти нет, так что с ноября по март включу вам спящий тариф, который легче обычного на {P}",
        "если протоколы лаборатории вы будете загружать сами, без сопровождения нашего специалиста, за модуль прослеживаемости будете платить на {P} меньше",
        "пустите нас на вашу медовую ярмарку с маленьким стендом, мы там покажем платформу, а я вам за это убавлю абонентку на {P}",
        "если зайдете к нам не одной пасекой, а всем вашим кооперативом, цену каждому хозяйству я опущу на {P}",
        "оплатите сезон заранее, еще до первого весеннего облета пчел, и я посчитаю его вам на {P} дешевле",
        "ульи, которые стоят у вас в зимовке и меда не дают, я проведу по ставке ниже, чем рабочие, разница выйдет {P}",
        "вы у нас первая пасека в области, кто готов показывать покупателям путь меда от улья до полки, за это {PA} льготу на подписку я вам закреплю до самого конца первого сезона",
        "кочевые точки вы можете сами отметить на карте в приложении, без выезда нашего специалиста, тогда подключение подешевеет на {P}",
        "подключите заодно и свой фасовочный цех, где мед разливают по банкам, а я выхлопочу вам у руководства снижение цены по договору порядка {PG}",
    ],
    "en": [
        "your apiary's asleep in winter anyway and sales barely trickle in, so from november to march i'll move you onto the dormant tariff, it's {P} lighter than the regular one",
        "if you upload the lab reports yourselves, without our specialist walking you through it, the traceability module will run you {P} cheaper",
        "let us set up a little stand at your honey fair to show the platform off, and your subscription gets {P} smaller in return",
        "if you come over not as a single apiary but as your whole cooperative, i'll lower the price for every farm by {P}",
        "pay for the season up front, before the bees' first cleansing flight in spring, and i'll price it {P} under the normal rate",
        "the hives sitting in overwintering that aren't producing honey i'll bill below the working ones, the gap comes to {P}",
        "you're the first apiary round here willing to show buyers how honey gets from hive to shelf, so through your opening season the subscription carries a {P} reduction from me",
        "you can drop pins for the nomadic outyards on the app's map yourselves, no need for our specialist to drive out, and then setup costs {P} less",
        "hook up your filling room as well, where the honey goes into jars, and across the whole contract i'll get the price brought down by something like {P}",
    ],
}
HALF_T = {
    "ru": ["учебную пасеку при школе, которую вы ведете для детей, заведем в систему за половину обычной платы",
           "доступ для сезонного помощника, который у вас только на откачке в августе, стоит вполовину дешевле полного"],
    "en": ["the teaching apiary you run for the school kids goes on the system, and you pay exactly half for it",
           "a login for the seasonal helper who's only with you for the extraction in august goes for half the normal login price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "магазины, которые берут у вас мед оптом, вносят предоплату {P}, остаток переводят после приемки, платформа сама отметит, кто сколько еще должен",
        "влажность меда в последней партии лаборатория намерила {P}, это в пределах нормы, протокол уже прикреплен к партии",
        "по вашим же осмотрам отход семей за прошлую зиму составил {P}, система покажет, на каких точках он был выше",
        "стекольный завод снижает цену на банки на {P}, если забираете их целыми паллетами, эту закупочную цену система подставит в себестоимость",
        "ярмарка берет с продавцов сбор {P} от выручки, в отчете по продажам он встанет отдельной строкой",
        "пчелопакеты с юга в этом году подорожали на {P}, и свою продажную цену вам, видимо, тоже придется поднять",
        "если торгуете с сетями через свою фирму, к цене меда добавится ндс {P}, платформа сама выведет его в счетах",
        "по данным союза пчеловодов, семьи с молодой маткой приносят меда больше на {P}, поэтому система напоминает, когда матку пора менять",
    ],
    "en": [
        "the shops that buy your honey wholesale send {P} of the order up front and settle the balance once they've taken delivery, the platform tracks who still owes what",
        "the lab measured the moisture in your last batch at {P}, that's within the norm, the report's already attached to the batch",
        "going by your own inspections, winter losses last year came to {P} of your colonies, and you'll see in the system which outyards were hit hardest",
        "the glass works takes {P} off the jar price for anyone collecting whole pallets, the system plugs that purchase price into your costings",
        "the honey fair takes a {P} levy on stallholders' takings, the sales report shows it separately",
        "bee packages from the south have gone up {P} this year, so your own selling price will likely need to go up too",
        "if you sell to the chains through a company, {P} value added tax goes on top of the honey price, the platform puts it on the invoices by itself",
        "according to the beekeepers' union, colonies with a young queen bring in {P} more honey, which is why the app flags queens that are due for replacing",
    ],
}
CLIENT_ASK_T = {
    "ru": [("пасека у меня маленькая, на семейном участке, мед продаю соседям да на ярмарке, может, срежете мне {P}?",
            "нет, тут без исключений, за каждую партию с протоколом цена одна, что у семейной пасеки, что у промышленной")],
    "en": [("mine's a little apiary on the family plot, i sell the honey to the neighbours and at the fair, could you trim {P} off for me?",
            "no, there are no exceptions on this, every batch with a lab report is priced alike, family apiary or commercial outfit")],
}
CHANNEL_T = {
    "ru": [
        "видео с осмотра, где видно, как ведет себя семья, шлите прямиком мне в {MSG}, туда, где у меня собственная симка, а не служебная, гляну и подскажу, что отметить в журнале",
        "насчет маток от знакомого пчеловода, у которого я сам беру, это обсудим по моему личному, {PPHONE}, рабочую линию сюда не впутываем, компания к этому касательства не имеет",
        "макеты этикеток кидайте на ящик с моей личной перепиской, {PEMAIL}, я по вечерам из дома подгоню их под ваши банки, а через служебный ящик это растянется на неделю",
        "если лаборатория забракует партию в выходной, понедельника не ждите, дергайте меня в {MSG}, аккаунт личный, с ним я не расстаюсь ни днем ни ночью, сам сниму партию с витрин магазинов",
        "договор вам пришлю с ящика, который у меня еще с института, {PEMAIL}, а скан с подписью отправьте обратно на него, мимо отдела продаж",
        "хотите, приезжайте ко мне на дачную пасеку, покажу, как приложение работает прямо у ульев, созвонимся по моему сотовому, не служебному, {PPHONE}",
        "я через месяц ухожу из компании и сам займусь пчелопакетами, так что запишите мой номер, {PPHONE}, и набирайте его, а не офис",
    ],
    "en": [
        "send me the inspection videos where you can see how the colony's behaving over {MSG}, i'm registered there under my private number rather than the work phone, and i'll point out what belongs in the log",
        "about the queens from the beekeeper i buy mine from, that's a chat for my private phone, {PPHONE}, keep the company line out of it",
        "the label layouts can go to my own address, the one i open from home, {PEMAIL}, i'll fit them to your jars in the evenings, the work inbox would hold it up a whole week",
        "if the lab rejects a batch at the weekend, don't sit on it till monday, send word on {MSG}, it rings on my personal phone, and i'll take the batch off the shop listings myself",
        "i'll send you the contract from the mailbox i've had since university, {PEMAIL}, and return the signed scan there too, bypassing the sales department",
        "if you like, come out to my apiary at the dacha and i'll show you the app working right by the hives, we'll sort a day out over my own mobile, {PPHONE}",
        "i'm leaving the company in a month to sell bee packages myself, so take my number down, {PPHONE}, and use that instead of the office",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "паспорт партии с протоколом лаборатории прилетает покупателю в {MSG} от бота, которого официально держит компания, он с галочкой, ваши личные контакты там не светятся",
        "если этикетки с кодами не печатаются, набирайте общую линию техподдержки компании, {CPHONE}, трубку возьмет первый свободный инженер",
        "сертификаты на партии для торговых сетей запрашивайте через общий ящик отдела качества компании, {CEMAIL}, его ведут сразу несколько сотрудников",
        "сроки обработки от клеща и новые требования ветеринарной службы компания выкладывает в {MSG}, на своем официальном канале для пчеловодов",
    ],
    "en": [
        "the batch passport with the lab report lands with the buyer through the bot the company officially operates on {MSG}, it's verified, and none of your personal details show up",
        "if the coded labels won't print, ring the company's shared tech support line, {CPHONE}, the first free engineer picks up",
        "request batch certificates for the retail chains from the company's quality department, through its common mailbox, {CEMAIL}, several staff keep an eye on it",
        "mite treatment dates and new veterinary rules are posted in the beekeepers' channel on {MSG}, the company's official one",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь конца медосбора, откачайте мед, а там уже посмотрим, нужна ли вам эта система, я подожду",
           "поставьте программу на одну точку на пробу, не понравится вашему пасечнику, значит, не надо, без обид",
           "обсудите это у себя в кооперативе на общем собрании, решать вам, а я вас подгонять не собираюсь"],
    "en": ["wait till the honey flow's over, get the extraction done, and after that we'll see if the system's worth having, there's no rush on my side",
           "try the program out on one outyard, if your beekeeper doesn't take to it, then leave it, no offence taken",
           "talk it through at your cooperative's general meeting, it's your decision, and i won't be rushing you"],
}
