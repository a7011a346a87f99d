"""Sentence templates for the "test70" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an order and service platform for window and door
installers (PVC and wooden windows, free measurement visits, installation
crews and their slots, warranty service and adjustment visits, mosquito nets
and sills, glazing of balconies) to owners of window firms, showroom staff,
measurers, crew leaders, fitters and service technicians. Everything here is
new: names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test68.py (ru first names, surnames and
patronymics from Н to Я, en first names and surnames from M to Z), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a technician who hangs mosquito nets in summer and goes round
adjusting sashes in winter and never lets go of his phone, the balcony glazing
lead who works at height and only reads messages once back on the ground, the
reveal finisher who wants each address a day ahead to buy his panels, the
storekeeper who photographs cracked glass units and chases the glass plant
when its truck runs late, the service number written into the warranty slip
handed over with the adjustment key; arched window drawings for the designer
who sits at the profile maker's plant, condensation complaints copied to a
partner who tells a fitting fault from a faulty unit, the warehouse mailbox
for the plant's shipping confirmations spelt out letter by letter; the card
profile and hardware are bought from the dealer with, a card read out by a
fitter covered in expanding foam while his mate holds it, a sister who
co-owns the assembly shop named before the card she left on the desk; the
only person who signs handover certificates for the firm, the person who
settles rows with customers over reveals, a caller drowned out by an old frame
being ripped out; distractors with the marking on a glass unit's spacer bar,
a warranty slip number, a loggia glazing booked with a goods lift that only
runs in the morning, the size of the firm, a sill flashing's price per metre
and the seasonal switch of hardware to winter mode; discounts framed as
website requests landing in the vendor's form instead of being retyped from
the inbox, light logins for crews that only fit nets and sills, a tiny
catalogue for a firm working a single profile system, the measurer showing
customers the order tracking app on his tablet, service calls closed on the
first visit, three fitting seasons paid ahead, a concession written into the
contract for letting the vendor film a balcony install, a balcony glazing line
recalculated because the firm only does warm glazing, and doors brought in on
top of windows; half price as a login for a technician who only hangs and
takes down nets and warranty adjustments the firm does not charge for;
non-offers about a deposit taken at signing, heat loss cut by an energy saving
unit, a profile maker raising its prices, a hardware dealer's reduction for
buying from him alone, draught complaints caused by skimping on foam and tape,
a managing company's facade deposit, demand for warm balcony glazing and a
lead marketplace's cut of each order; a two-man crew asking for a cut;
personal channels as photos of worn seals and cracked units sent to the rep's
private messenger profile instead of a claim through the portal, a rep whose
office routes calls through a secretary giving crew leaders his own number, an
export of old orders sent to a private mailbox to skip the implementation
team's queue, a rep keeping in touch from his own phone during onboarding
while he hardly opens the company chat, a season discount sent from a private
mailbox because the head of sales reads the work one, a rep settling rows
about deadlines on his own sim, and a personal number kept for years while
the work one changes; company channels as the company's official bot sending
the warranty slip and seal care notes, the company hotline staffed by
technologists who know every plant's catalogue, the catalogue team's shared
address for suppliers' price lists and the company's official channel for
window fitters about installation rules; polite closings as delivering every
window promised before the cold first, letting the measurers judge the
calculator, and coming back after the balcony season).

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
    ("никандр", "ригелев", "парфентьевич"),
    ("сосанна", "створкина", "порфириевна"),
    ("пантелеймон", "фрамугин", "полуэктович"),
    ("феона", "штапикова", "сосипатровна"),
    ("протасий", "ухтомцев", "стахиевич"),
    ("роксолана", "наличникова", "феодотовна"),
    ("ульян", "шпингалев", "олимпиевич"),
    ("савина", "форточкина", "флорентьевна"),
    ("хрисанф", "ставнев", "юстинианович"),
    ("онисия", "уплотнителева", "фаддеевна"),
]
EN_NAMES = [
    ("rainier", "mullion"),
    ("ulrika", "sillitoe"),
    ("nevin", "shutterworth"),
    ("seraphine", "transome"),
    ("silvanus", "windham"),
    ("nerys", "quarrell"),
    ("yestin", "tilton"),
    ("valeska", "sashby"),
    ("zoltan", "yeatman"),
    ("ysolde", "ventnor"),
]
RU_LAT = {"никандр": "nikandr", "ригелев": "rigelev", "сосанна": "sosanna", "створкина": "stvorkina",
          "пантелеймон": "panteleymon", "фрамугин": "framugin", "феона": "feona", "штапикова": "shtapikova",
          "протасий": "protasiy", "ухтомцев": "ukhtomtsev", "роксолана": "roksolana", "наличникова": "nalichnikova",
          "ульян": "ulyan", "шпингалев": "shpingalev", "савина": "savina", "форточкина": "fortochkina",
          "хрисанф": "khrisanf", "ставнев": "stavnev", "онисия": "onisiya", "уплотнителева": "uplotniteleva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "у нас один мастер летом развешивает москитные сетки, а зимой ходит по регулировкам, с телефоном он не расстается ни на минуту, поэтому вызовы на подтяжку створок пусть летят ему, {PHONE}",
        "старший по остеклению балконов весь день работает на высоте и читает сообщения, только когда спустится вниз, поэтому адреса на завтра отправляйте ему текстом, {PHONE}",
        "отделочник, который у нас делает откосы, хочет знать адрес за сутки до выезда, чтобы успеть закупить панели, вбейте его номер в карточку бригады, {PHONE}",
        "стеклопакеты с завода принимает наша кладовщица, треснувшие она фотографирует и сама ругается с поставщиком, так что если машина опаздывает, пусть система дергает ее, {PHONE}",
        "в гарантийный талон, который заказчик получает вместе с ключиком для регулировки, мы вписываем номер сервиса, {CPHONE}, на него заказчики и выходят, когда створка начинает цеплять раму",
        # e-mail
        "чертежи арочных и трапециевидных окон отправляйте конструктору, он сидит прямо на заводе у поставщика профиля, {EMAIL}, без его пометки нестандарт мы в работу не пускаем",
        "жалобы заказчиков на конденсат и наледь на стекле копируйте моему партнеру, {EMAIL}, он у нас технолог и с ходу понимает, монтажники напортачили или сам пакет бракованный",
        "подтверждения от завода о дате отгрузки пусть приходят на ящик нашего склада, диктую по буквам, {EMAIL}",
        # card
        "абонентскую плату снимайте с карточки, через которую мы платим дилеру за профиль и фурнитуру, лежит прямо передо мной, {CARD}",
        "я сейчас на объекте, руки по локоть в монтажной пене, карту мне напарник держит перед глазами, так что диктую медленно, {CARD}",
        "оплату проведем с карты моей сестры, {NAME}, цех по сборке у нас с ней пополам, карту она оставила мне на столе, переписываю с нее, {CARD}",
        # name
        "акты сдачи окон от имени фирмы подписывает только {NAME}, любую другую подпись заказчик вправе не принимать",
        "если заказчик не пускает бригаду или затевает спор про откосы, это улаживает {NAME}, поставьте этого человека в карточке ответственным за претензии",
        "{FIRST}, погодите минутку, у меня тут старую раму выламывают, стекло звенит, выйду на лестничную клетку, а то ничего не разобрать",
    ],
    "en": [
        # phone
        "we've got one technician who hangs mosquito nets in summer and goes round adjusting windows in winter, he never lets go of his phone, so have the sash adjustment calls go to him, {PHONE}",
        "our balcony glazing lead works at height all day and only reads messages once he's back on the ground, so text him tomorrow's addresses, {PHONE}",
        "the finisher who does our window reveals wants each address a full day before he drives out so he can buy the panels, key his number into the crew card, {PHONE}",
        "our storekeeper takes in the glass units from the plant, she photographs the cracked ones and has it out with the supplier herself, so if a truck is running late, let the system chase her, {PHONE}",
        "the warranty slip the customer gets along with the little adjustment key has our service number written in, {CPHONE}, that's who they ring when a sash starts catching on the frame",
        # e-mail
        "drawings for arched and trapezoid windows go to the designer who sits right at the profile maker's plant, {EMAIL}, nothing non standard goes into production without his mark on it",
        "copy my partner on customers' complaints about condensation and ice on the glass, {EMAIL}, he's our technologist and can tell straight away whether the fitters botched it or the unit itself is faulty",
        "the plant's shipping date confirmations should come to our warehouse mailbox, here it is letter for letter, {EMAIL}",
        # card
        "charge the plan to the card our profile and hardware dealer gets paid from, i've got it lying here on the desk, {CARD}",
        "i'm on site right now, up to my elbows in expanding foam, my mate is holding the card up in front of my eyes, so i'll read it slowly, {CARD}",
        "we'll run the payment on my sister's card, {NAME}, she and i own the assembly shop half and half, she left the card on my desk and i'm copying it off, {CARD}",
        # name
        "only {NAME} signs window handover certificates on behalf of the firm, a customer is within their rights to refuse any other signature",
        "if a customer won't let the crew in or starts a row about the reveals, {NAME} smooths it over, put that person down on the card as the one handling complaints",
        "{FIRST}, hang on a minute, they're ripping an old frame out right next to me and the glass is rattling, let me step out onto the landing, i can't make anything out",
    ],
}
NOPII_T = {
    "ru": [
        "маркировка на дистанционной рамке стеклопакета {BADCARD}, по ней завод найдет партию, если пакет запотел изнутри",
        "номер гарантийного талона {BADCARD}, его заказчик называет, когда вызывает мастера на регулировку",
        "остекление лоджии у заказчицы назначено {DATE}, бригада обещала подняться {TIME}, грузовой лифт там ходит только до обеда",
        "вместе с салоном и цехом у вас выходит {QTY}, стартового пакета пока хватит с запасом",
        "отлив с монтажом стоит у вас в прайсе {PRICE} за погонный метр, это ниже, чем у соседей по рынку",
        "фурнитуру на зимний режим мастера переводят {DATE}, обход по адресам начинается {TIME}",
    ],
    "en": [
        "the marking on the glass unit's spacer bar is {BADCARD}, the plant can trace the batch from it if the unit fogs up inside",
        "the number on the warranty slip reads {BADCARD}, customers give it when they call a technician out for an adjustment",
        "glazing the customer's loggia is booked {DATE}, the crew promised to be upstairs {TIME}, the goods lift there only runs till lunch",
        "with the showroom and the workshop together you come to {QTY}, for that size the starter package is plenty",
        "a sill flashing, fitted, costs {PRICE} a running metre in your price list, less than the neighbours charge",
        "the technicians switch the hardware over to winter mode {DATE}, the round of addresses starts {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если заявки с вашего сайта будут сразу падать в нашу форму, а не перепечатываться менеджером из почты, модуль заявок станет для вас легче на {P}",
        "бригадам, которые ставят только москитные сетки и подоконники, без самих окон, заведу облегченные учетные записи, они стоят на {P} ниже полных",
        "раз вы работаете с одной единственной системой профиля, справочник у вас крошечный, и модуль расчета я поставлю на {P} дешевле, чем фирмам, у которых их пять",
        "ваш замерщик все равно ходит по квартирам с планшетом, пусть показывает заказчикам наше приложение для отслеживания заказа, а я за такую витрину убавлю вашу абонентку на {P}",
        "выезды на регулировку, которые мастер закрывает с первого раза, без повторного визита, мы тарифицируем на {P} меньше обычных",
        "внесите плату за три монтажных сезона вперед, и каждый сезон встанет вам на {P} ниже помесячного тарифа",
        "{PA} уступку по подписке впишу в договор отдельным пунктом, если разрешите нашим маркетологам снять на вашем объекте ролик про остекление балкона",
        "калькулятор балконов я сначала заложил вам по полной цене, но алюминиевых рам вы не делаете, только теплое остекление, так что пересчитываю, и эта строка ужимается на {P}",
        "подключите заодно и двери, входные и межкомнатные, и на общем счете вы выгадаете порядка {PG}",
    ],
    "en": [
        "if the requests from your website drop straight into our form instead of a manager retyping them from the inbox, the requests module gets {P} lighter for you",
        "crews that only fit mosquito nets and sills, no windows as such, i'll set up on light logins, and those cost {P} below full ones",
        "since you work with a single profile system, your catalogue is tiny, so i'll price the calculation module {P} cheaper than for firms that carry five",
        "your measurer goes round flats with a tablet anyway, let him show customers our order tracking app, and for showcasing it i'll bring your subscription down by {P}",
        "adjustment visits the technician closes first time, with no return trip, are billed {P} below a regular visit",
        "pay for three fitting seasons up front and each one comes to {P} less than if you paid monthly",
        "let our marketing people film a balcony glazing job on one of your sites and the contract gains a separate clause cutting {P} from the subscription",
        "i first put the balcony calculator in at full price, but you don't do aluminium frames, only warm glazing, so i'm redoing it and that line shrinks by {P}",
        "bring your doors in as well, entrance and interior, and you'll come out something like {P} ahead on the overall bill",
    ],
}
HALF_T = {
    "ru": ["учетная запись для мастера, который весной развешивает сетки, а осенью их снимает, и больше ничего не делает, стоит ровно вдвое меньше обычной",
           "гарантийные регулировки, за которые вы с заказчика денег не берете, платформа тоже засчитывает вам за полцены"],
    "en": ["a login for a technician who hangs nets in spring and takes them down in autumn and does nothing else costs exactly half a normal one",
           "warranty adjustments you don't charge the customer for, the platform also counts at half price for you"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "при подписании договора заказчик оставляет задаток {P}, а про остаток платформа напомнит ему в день монтажа",
        "энергосберегающий пакет срезает теплопотери через окно примерно на {P}, калькулятор сам показывает это заказчику рядом с ценой",
        "завод профиля с весны поднимает отпускные цены на {P}, и прайс в калькуляторе обновится у вас сам в ночь перед этим",
        "дилер фурнитуры оставляет вам {P} за то, что ручки и петли вы берете только у него, в закупочной цене система это уже учтет",
        "примерно {P} жалоб на продувание появляются из за того, что монтажники экономят пену и ленту, такие вызовы система пометит отдельно",
        "управляющая компания требует от подрядчика залог {P} от сметы, если работы идут на фасаде, в карточке объекта он висит отдельно",
        "спрос на теплое остекление балконов за год подрос на {P}, поэтому под него в калькуляторе уже лежат готовые схемы",
        "сервис, через который к вам приходят заявки на замер, забирает с каждого заключенного договора {P}, в отчете эта сумма идет своей строкой",
    ],
    "en": [
        "when the contract is signed the customer leaves a {P} deposit, and the platform nudges them about what's left on fitting day",
        "an energy saving unit cuts heat loss through the window by roughly {P}, the calculator puts that figure beside the price for the customer on its own",
        "the profile maker raises its trade prices by {P} as of spring, and the price list in your calculator updates itself the night before",
        "the hardware dealer lets you keep {P} for buying handles and hinges from him alone, the system already allows for that in the purchase price",
        "roughly {P} of draught complaints come from fitters skimping on foam and tape, the system will flag those call outs separately",
        "the managing company wants {P} of the estimate held as security from any contractor working on the facade, it sits apart on the job card",
        "demand for warm balcony glazing has grown {P} over the year, so the calculator already holds ready made layouts for it",
        "the service your measurement requests come through takes {P} of every signed contract, that figure gets its own row in the report",
    ],
}
CLIENT_ASK_T = {
    "ru": [("нас в бригаде двое, ставим от силы десяток окон в месяц, сделаете нам {P}?",
            "нет, не сделаю, подписка стоит одинаково, сколько бы окон вы ни ставили")],
    "en": [("there's two of us in the crew and we fit maybe a dozen windows a month, would you do {P} for us?",
            "no, i won't, the subscription costs the same however many windows you fit")],
}
CHANNEL_T = {
    "ru": [
        "фото рассохшихся уплотнителей и треснувших пакетов кидайте мне в {MSG}, там профиль мой личный, не рабочий, я сам перешлю их на завод, так выйдет быстрее, чем вам заводить рекламацию через портал",
        "у нас в офисе все звонки идут через секретаря, а мне нужно, чтобы ваши бригадиры выходили на меня без очереди, так что дайте им мой собственный номер, {PPHONE}",
        "выгрузку старых заказов из вашей прежней программы пришлите на ящик, зарегистрированный на меня самого, а не на фирму, {PEMAIL}, перенесу все сам, без очереди в отделе внедрения",
        "пока ваш салон подключается, давайте держать связь в {MSG}, этот аккаунт заведен на мой собственный телефон, а в служебный чат компании я почти не заглядываю",
        "уступку на сезон, про которую мы с вами говорили, пришлю письмом с моей частной почты, {PEMAIL}, служебную у нас просматривает начальник отдела",
        "если заказчик начнет скандалить из за сроков, набирайте меня напрямую, минуя офис, {PPHONE}, симка моя собственная, разберусь сам",
        "на следующей неделе мне меняют рабочий номер, а личный остается, так что запишите вот этот, {PPHONE}, он у меня уже лет десять",
    ],
    "en": [
        "photos of shrunken seals and cracked units, just send them to my private {MSG}, it isn't tied to work at all, i'll pass them to the plant myself so you don't have to raise a claim through the portal",
        "all calls at our office go through a secretary, and i want your crew leaders getting hold of me without waiting in line, so give them my own number, {PPHONE}",
        "send the export of old orders from your previous software to a mailbox in my own name, not the firm's, {PEMAIL}, i'll move everything across personally and you skip the implementation team's queue",
        "while your showroom is being onboarded let's keep in touch on {MSG}, i'm signed in there on my own handset, and i barely look at the company chat",
        "i'll mail you the season concession we discussed from my private address, {PEMAIL}, the head of sales goes through our work email",
        "if a customer starts kicking off about deadlines, don't ring the office, ring my mobile, {PPHONE}, it's my own sim, i'll sort it out on my own",
        "they're changing my work number next week but my personal one stays, so note this one down, {PPHONE}, i've had it for about ten years",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "после монтажа официальный бот компании присылает заказчику в {MSG} гарантийный талон и памятку, как ухаживать за уплотнителем",
        "если калькулятор не видит новый цвет ламинации, обращайтесь на горячую линию, которую держит компания, {CPHONE}, на ней сидят технологи, знающие каталоги всех заводов",
        "прайсы ваших поставщиков профиля для загрузки в калькулятор пересылайте в общий ящик отдела каталогов компании, {CEMAIL}, его читают трое сотрудников, подменяя друг друга",
        "для оконщиков у компании открыт официальный канал, найдите его в {MSG}, там публикуются новые правила монтажа и разборы типичных ошибок",
    ],
    "en": [
        "after fitting, the company's official bot sends the customer the warranty slip and a note on caring for the seals via {MSG}",
        "if the calculator doesn't show a new laminate colour, ring the hotline the company runs, {CPHONE}, technologists who know every plant's catalogue answer it",
        "send your profile suppliers' price lists for loading into the calculator to the company catalogue team's shared address, {CEMAIL}, several people work through that inbox in turn",
        "the company publishes an official channel for window fitters, look it up on {MSG}, new installation rules and breakdowns of common mistakes appear there",
    ],
}
NOT_PRESSURE = {
    "ru": ["поставьте сначала все окна, которые обещали заказчикам до холодов, а там спокойно посмотрим, нужна ли вам платформа, я подожду",
           "пусть ваши замерщики сначала поработают в нашем калькуляторе, покажется им неудобно, так и скажите, уговаривать не стану",
           "сейчас у вас разгар сезона балконов, так что возвращайтесь к этому, когда он схлынет, раньше я вас тревожить не буду"],
    "en": ["fit all the windows you promised customers before the cold sets in first, and then we'll calmly see whether the platform is any use to you, i can wait",
           "let your measurers try our calculator out, should it feel clumsy to them, just tell me, nobody's going to lean on you",
           "balcony season is in full swing for you right now, so let's pick this back up once it quietens down, i won't bother you before then"],
}
