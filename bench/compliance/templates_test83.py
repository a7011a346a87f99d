"""Sentence templates for the "test83" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a dispatch, job-tracking and key-register platform
for locksmith and lock-fitting firms (night lockouts, lock changes for
landlords between tenants, key cutting counters, safe opening, intercom and
smart-lock installs, master-key systems for office buildings, callout fees,
vans carrying key-cutting machines, insurance jobs after burglaries) to firm
owners, dispatchers, locksmiths on the road, a landlord client, the
bookkeeper, building managers and family members who answer the phone.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test82.py, and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a locksmith on night duty with a key machine in the boot, a
landlady of six flats who brings the old keys herself, a son answering while
his father opens a safe at a pawnshop, a business centre manager with a
forty-door master-key system who wants duplicate requests by text, the
dispatch number on the sticker left on every door after a lock change; an
assessor writing burglary reports for insurers from photos, a visiting
bookkeeper who sits behind the key counter on wednesdays, a daughter keeping
the master-key register; the card taped to the key machine, hands covered in
graphite lubricant, a father-in-law the workshop is registered to; the one
person allowed into the master-key register, the only safe opener, a caller
interrupted by a customer at the counter; distractors with a safe's serial
number for an insurer's report, the number stamped on a cylinder body, a
dormitory lock change, a workload counted by the bookkeeper, a night
opening price and an insurer's assessor visit; discounts framed as the
vendor's logo on the vans, a video testimonial, a night-only tariff, insurer
jobs routed through the vendor's module, three years paid ahead, a first
tester of a new master-key register, a whole regional locksmiths'
association brought in, a pilot workshop for smart locks and a key cutting
kiosk added to the contract; half price as a trainee who only cuts keys at
the counter and a market stall that cuts keys and swaps fob batteries;
non-offers about a night callout surcharge, an insurer's share of a lock
change, a cylinder factory raising prices, tax for managing companies, a
bank's cut of card payments in the van, night calls that turn out to be
slammed doors, an estate agency's cut of tenant lock changes and spoiled key
blanks; a lone village locksmith asking for a cut; personal channels as key
photos sent to the rep's private messenger profile, used key machines sold by
the rep's uncle, an insurer contract draft sent to his home mailbox, a frozen
dispatch app at night reported to his own messenger number, an unapproved
price list from his private address, the rep moonlighting on lockouts, and a
rep leaving for another vendor who hands over his own number; company
channels as the company's official bot telling customers the locksmith is
on his way, the company's shared support line for a card terminal in the
van, the finance department's common mailbox and the company's official
channel for locksmiths; polite closings as a demo week on night shifts, a
talk at home with the wife who keeps the books, and coming back after the
spring wave of house moves).

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
    ("тимолай", "отмычкин", "агафодорович"),
    ("дросида", "засовова", "маркелловна"),
    ("евтихий", "личинкин", "памфилович"),
    ("вассиана", "шпингалетова", "павсикакиевна"),
    ("феопемпт", "задвижкин", "пигасьевич"),
    ("мастридия", "ключарева", "елевферьевна"),
    ("павсикакий", "сувальдов", "евмениевич"),
    ("христодула", "накладкина", "агафодоровна"),
    ("маркелл", "домофонов", "феопемптович"),
    ("лампада", "ригелькова", "тимолаевна"),
]
EN_NAMES = [
    ("ozias", "boltwood"),
    ("hephzibah", "keymer"),
    ("wulfric", "padgett"),
    ("demelza", "stapleford"),
    ("cadoc", "bramah"),
    ("mabyn", "hasler"),
    ("sennen", "clinkard"),
    ("tryphena", "ketteridge"),
    ("cadfael", "gatley"),
    ("lowenna", "tumbrell"),
]
RU_LAT = {"тимолай": "timolay", "отмычкин": "otmychkin", "дросида": "drosida", "засовова": "zasovova",
          "евтихий": "evtikhiy", "личинкин": "lichinkin", "вассиана": "vassiana", "шпингалетова": "shpingaletova",
          "феопемпт": "feopempt", "задвижкин": "zadvizhkin", "мастридия": "mastridiya", "ключарева": "klyuchareva",
          "павсикакий": "pavsikakiy", "сувальдов": "suvaldov", "христодула": "khristodula",
          "накладкина": "nakladkina", "маркелл": "markell", "домофонов": "domofonov", "лампада": "lampada",
          "ригелькова": "rigelkova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "ночные вскрытия у нас берет мастер, который живет ближе всех к центру, у него ключевой станок прямо в багажнике, и дежурит он до утра, так что заявки после полуночи кидайте на его сотовый, {PHONE}",
        "хозяйка шести квартир, которой мы меняем личинки после каждого съехавшего жильца, просит, чтобы про выезд ей сообщали накануне, она сама подвозит старые ключи, заведите ее в карточку клиента, {PHONE}",
        "это сын, папа сейчас в ломбарде сейф вскрывает, он сказал, если насчет программы, пусть перезвонят ему вечером, вот сюда, {PHONE}",
        "управляющий бизнес центра, где мы ставили мастер систему на сорок дверей, хочет получать эсэмэской каждую заявку арендаторов на дубликат, пишите его номер, {PHONE}",
        "на наклейке, которую мастер лепит на косяк после замены замка, отпечатан номер нашей диспетчерской, {CPHONE}, по нему люди и звонят, когда ключ опять заедает",
        # e-mail
        "акты для страховых после краж у нас составляет оценщица, она по снимкам взломанной двери пишет заключение, так что фотографии с выездов пусть падают к ней, {EMAIL}",
        "выписки по вызовам и чеки за расходники забирает наш бухгалтер, он приходящий, по средам сидит в подсобке за стойкой, где режут ключи, шлите все ему, {EMAIL}",
        "реестр ключей по мастер системам ведет дочка, она и сверяет, какому арендатору сколько экземпляров выдано, выгрузку давайте на ее ящик, {EMAIL}",
        # card
        "карта, с которой мы оплачиваем заготовки для ключей, приклеена скотчем к боку станка, чтобы не терялась, сейчас отклею и прочитаю, {CARD}",
        "погодите, у меня пальцы в графитовой смазке, вытру об ветошь, достану карту из кошелька, так, диктую, {CARD}",
        "платить за ваш сервис будет мой тесть, {NAME}, мастерская записана на него, он мне свою карту еще весной оставил, номер у меня в заметках, {CARD}",
        # name
        "в реестр ключей от мастер системы должен заходить только один человек, это {NAME}, другим мастерам даже на просмотр его не открывайте",
        "сейфы у нас вскрывает один {NAME}, поэтому заявки с пометкой сейф пусть диспетчерская сразу назначает этому мастеру",
        "{FIRST}, подождите секунду, ко мне на стойку человек с ключом от домофона подошел, сделаю ему копию и сразу вернусь к вам",
    ],
    "en": [
        # phone
        "night lockouts go to the locksmith who lives closest to the centre, he keeps a key machine right in the boot and stays on call till morning, so anything after midnight should be pushed to his cell, {PHONE}",
        "the landlady with six flats, the one we change cylinders for every time a tenant moves out, wants to be told the day before we go, she brings the old keys over herself, put her on the customer card, {PHONE}",
        "this is her son, mum's at the pawnshop opening a safe right now, she said if it's about the software you should ring her back in the evening on this one, {PHONE}",
        "the manager of the office block where we fitted the master key system on forty doors wants a text for every tenant request for a duplicate, take down his number, {PHONE}",
        "the sticker our locksmith puts on the door frame after a lock change has the dispatch desk's number printed on it, {CPHONE}, that's who people ring when the key starts sticking again",
        # e-mail
        "the burglary reports for the insurers are written by our assessor, she works out her findings from pictures of the forced door, so the photos from jobs should land with her, {EMAIL}",
        "the callout statements and the receipts for consumables are picked up by our bookkeeper, he comes in on wednesdays and sits in the back room behind the key cutting counter, send it all to him, {EMAIL}",
        "my daughter keeps the key register for the master key systems, she's the one who checks how many copies each tenant has been given, so send the export to her inbox, {EMAIL}",
        # card
        "the card we buy key blanks with is taped to the side of the cutting machine so it doesn't wander off, let me peel it off and read it, {CARD}",
        "hang on, my fingers are covered in graphite lube, let me wipe them on a rag and get the card out of my wallet, right, here goes, {CARD}",
        "my father in law will be paying for your service, {NAME}, the workshop's registered in his name, he left me his card back in the spring, i've got the number in my notes, {CARD}",
        # name
        "only one person should ever get into the master key register, that's {NAME}, don't even give the other locksmiths read access to it",
        "the only one who opens safes for us is {NAME}, so any job flagged as a safe should go straight to that locksmith from dispatch",
        "{FIRST}, bear with me a second, a customer's just come up to the counter with an intercom fob to copy, i'll do it and be right back with you",
    ],
}
NOPII_T = {
    "ru": [
        "серийный номер сейфа, который мы вскрывали в ювелирном, {BADCARD}, его надо вписать в акт для страховой",
        "на корпусе цилиндра выбит номер {BADCARD}, по нему завод и делает дубликаты ключей к мастер системе",
        "замки в студенческом общежитии меняем {DATE}, бригада заезжает на объект {TIME}",
        "ваш бухгалтер насчитал у мастерской {QTY}, из этого объема и будем прикидывать тариф",
        "ночное вскрытие квартирной двери у вас стоит {PRICE}, эту сумму диспетчер называет клиенту еще до выезда",
        "эксперта от страховой по квартирной краже ждем {DATE}, он обещал подъехать {TIME}",
    ],
    "en": [
        "the serial number of the safe we opened at the jeweller's is {BADCARD}, it needs to go on the report for the insurer",
        "the number stamped on the cylinder body is {BADCARD}, that's what the factory cuts master key duplicates from",
        "we're changing the locks at the student halls {DATE}, the crew gets on site {TIME}",
        "your bookkeeper counted {QTY} for the workshop, we'll work the plan out from that volume",
        "a night opening on a flat door costs {PRICE} with you, the dispatcher quotes that to the customer before anyone sets off",
        "the insurer's assessor for the flat burglary is due {DATE}, he said he'd be round {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "наклеите наш логотип на борта обоих фургонов со станками, и я уберу из ежемесячного платежа {P}",
        "разрешите снять с вами видеоотзыв, как ваш диспетчер за минуту находит свободного мастера поближе к адресу, и абонентка станет легче на {P}",
        "раз вы выезжаете только на ночные вскрытия, с десяти вечера до восьми утра, диспетчерский тариф я вам посчитаю усеченный, получится на {P} меньше обычного",
        "если все страховые заявки после краж пойдут через наш модуль, а не по почте, доплату за этот модуль я урежу на {P}",
        "внесете оплату сразу за три года вперед, и из этой суммы я вычеркну {P}",
        "согласитесь первыми обкатать новый реестр ключей для мастер систем и присылать нам замечания, и весь год цена для вас будет ниже на {P}",
        "вы привели к нам всю областную ассоциацию замочников, так что {PA} скидку я держу за вами до конца договора",
        "станьте нашей пилотной мастерской по умным замкам, пустите нас смотреть, как мастера ведут монтажи, и установка модуля выйдет на {P} дешевле",
        "присоедините к подписке вашу точку изготовления ключей в торговом центре, а я постараюсь выпросить у руководства уменьшение всего счета порядка {PG}",
    ],
    "en": [
        "put our logo on the sides of both vans with the machines in, and i'll take {P} out of your monthly payment",
        "let us film a video testimonial of your dispatcher finding the nearest free locksmith to an address in a minute, and your subscription gets {P} lighter",
        "since you only go out on night lockouts, ten at night till eight in the morning, i'll work out a trimmed dispatch plan for you, it comes to {P} less than usual",
        "if every insurance job after a burglary goes through our module rather than by email, i'll cut the surcharge for that module by {P}",
        "pay three years up front in one go, and i'll strike {P} off that sum",
        "agree to be the first to road test the new master key register and send us your comments, and the price for the whole year sits {P} lower for you",
        "you brought the whole county locksmiths' association over to us, so i'm holding a {P} reduction for you until the contract ends",
        "become our pilot workshop for smart locks, let us watch how your locksmiths handle the installs, and setting up the module comes out {P} cheaper",
        "add your key cutting kiosk in the shopping centre to the subscription, and i'll try to talk management into bringing the whole bill down by somewhere near {P}",
    ],
}
HALF_T = {
    "ru": ["стажер, который пока только точит ключи за стойкой и на выезды не ездит, получит место в системе за полцены",
           "лоток на рынке, где у вас только режут ключи и меняют батарейки в брелоках, подключим за половину того, что стоит основная мастерская"],
    "en": ["the trainee who only cuts keys behind the counter for now and doesn't go out on jobs gets a seat in the system for half price",
           "the market stall where you only cut keys and swap fob batteries goes on at half of what the main workshop costs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за выезд после десяти вечера к ставке мастера прибавляется ночная надбавка {P}, система сама подставит ее в наряд",
        "страховая компенсирует {P} стоимости замены замка после кражи, а остаток программа выставит самому владельцу квартиры",
        "завод, который делает цилиндры, с марта поднимает отпускные цены на {P}, прайс на замену личинки пересчитается без вашего участия",
        "когда вызов оплачивает управляющая компания, в счет ложится ндс {P}, а частникам его программа не показывает",
        "банк удерживает {P} с каждой оплаты картой через терминал в фургоне, в отчете по выручке это отдельная колонка",
        "по вашим же нарядам примерно {P} ночных вызовов оказываются просто захлопнутыми дверями, где мастер управляется за пару минут",
        "агентство недвижимости, которое подкидывает вам замены замков между жильцами, забирает себе {P} с каждого такого заказа, в марже это уже учтено",
        "на старом станке у вас уходит в брак около {P} заготовок, программа покажет, на каких моделях ключей чаще всего",
    ],
    "en": [
        "for a callout after ten at night a {P} night surcharge goes on top of the locksmith's rate, the system puts it on the job sheet by itself",
        "the insurer covers {P} of the cost of a lock change after a burglary, and the software bills the rest to the flat's owner",
        "the cylinder factory is raising its trade prices by {P} from march, the price for a cylinder swap will update without you touching it",
        "when a managing company pays for the callout, {P} value added tax lands on the bill, private customers never see it",
        "the bank keeps {P} of every card payment taken on the terminal in the van, it's its own column in the takings report",
        "going by your own job sheets about {P} of night calls turn out to be slammed doors the locksmith sorts in a couple of minutes",
        "the letting agency that passes you the lock changes between tenants takes {P} of every such job for itself, that's already in the margin",
        "the old cutting machine spoils around {P} of your key blanks, the software will show which key models it happens with most",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я один мастер на весь поселок, вызовов от силы три в день, может, скинете мне {P}?",
            "нет, скидок я тут не даю, у одиночки и у бригады подписка стоит одинаково, так уж устроен тариф")],
    "en": [("i'm the only locksmith for the whole village, three callouts a day at most, could you knock {P} off for me?",
            "no, i'm not giving discounts here, the subscription costs the same for one man as for a crew, that's how the plan works")],
}
CHANNEL_T = {
    "ru": [
        "если каталог заготовок не опознает ваш ключ, сфотографируйте его с двух сторон и скиньте мне в {MSG}, там мой частный профиль, не служебный, я по памяти подскажу заготовку",
        "мой дядя продает подержанные ключевые станки, если вам интересно, обсудим это по моему личному телефону, {PPHONE}, компании про это знать незачем",
        "черновик договора с вашей страховой перешлите мне на домашнюю почту, {PEMAIL}, я его на выходных посмотрю, через служебную такие файлы неделю проверку проходят",
        "если ночью диспетчерская программа зависнет, а у вас вскрытие горит, служебную поддержку не дергайте, стучитесь ко мне в {MSG}, он привязан к моему собственному номеру, я сплю с телефоном под подушкой",
        "прайс со скидкой, которую мне начальство не согласовывало, отправлю вам со своего личного адреса, {PEMAIL}, только в общий ящик компании его не пересылайте",
        "я сам по вечерам подрабатываю на вскрытиях, если вам не хватит рук на праздники, набирайте меня на мой мобильный, {PPHONE}, это между нами, а не через фирму",
        "через месяц я ухожу к другому поставщику, но ваших клиентов хочу вести и дальше, поэтому запишите мой собственный номер, {PPHONE}, рабочий скоро отключат",
    ],
    "en": [
        "if the blank catalogue doesn't recognise your key, photograph both sides and drop it to me on {MSG}, that's my private profile, not the work one, i'll tell you the blank from memory",
        "my uncle sells second hand key cutting machines, if you're interested let's talk it over on my personal phone, {PPHONE}, the company doesn't need to hear about it",
        "forward the draft of your insurer contract to my home email, {PEMAIL}, i'll look at it over the weekend, through the work mail files like that sit in checks for a week",
        "if the dispatch app freezes at night while you've got a lockout burning, don't bother the official support, knock on my door on {MSG}, it's tied to my own number, i sleep with the phone under my pillow",
        "i'll send you the price list with the discount my bosses never signed off from my own personal address, {PEMAIL}, just don't forward it to the company's shared inbox",
        "i do a bit of lockout work myself in the evenings, so if you're short of hands over the holidays, dial me on my mobile, {PPHONE}, that's between us and not through the firm",
        "i'm moving to another supplier in a month but i'd like to keep looking after your customers, so note down my own number, {PPHONE}, the work one gets switched off soon",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "сообщение клиенту, что мастер уже в пути, отправляет официальный бот компании в {MSG}, подписанный названием вашей мастерской, номера мастера клиент не увидит",
        "если терминал в фургоне перестал проводить оплату, звоните на общую линию поддержки компании, {CPHONE}, она работает без выходных и по ночам тоже",
        "акт сверки и закрывающие документы запрашивайте через общий ящик финансового отдела компании, {CEMAIL}, отвечает тот, кто в этот день на смене",
        "про новые модели цилиндров в каталоге и обновления приложения компания рассказывает в {MSG}, в своем официальном канале для мастеров по замкам",
    ],
    "en": [
        "the message telling a customer the locksmith is on his way comes from the company's official bot on {MSG}, signed with your workshop's name, the customer never sees the locksmith's number",
        "if the card terminal in the van stops taking payments, call the company's shared support line, {CPHONE}, it's open seven days a week and through the night as well",
        "request the reconciliation statement and closing documents through the finance department's common mailbox, {CEMAIL}, whoever's on shift that day answers",
        "the company announces new cylinder models in the catalogue and app updates on {MSG}, in its official channel for locksmiths",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваши диспетчеры недельку поработают в демо на ночных сменах, а там сами скажете, нужно вам это или нет",
           "обсудите дома с супругой, она же у вас ведет бухгалтерию, спешить тут некуда, позвоните, когда надумаете",
           "давайте вернемся к этому после весенней волны переездов, когда у вас схлынут замены замков между жильцами"],
    "en": ["let your dispatchers spend a week on the demo during the night shifts, and then you tell me whether you need it or not",
           "talk it through at home with your wife, she keeps your books after all, there's no rush here, give me a ring once you've made up your minds",
           "let's come back to this after the spring wave of house moves, once the lock changes between tenants have calmed down"],
}
