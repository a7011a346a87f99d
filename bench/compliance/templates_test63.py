"""Sentence templates for the "test63" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling an operations platform for commercial cleaning
companies (office and shop cleaning contracts, night crews and their
schedules, window and facade cleaning with rope access, after-renovation
cleaning, cleaning supplies and machines, quality checks with photos, monthly
acts signed by the client) to owners of cleaning firms, night shift leaders,
quality inspectors, estimators and storekeepers. Everything here is new: names
that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test62.py (ru first names, surnames and
patronymics from А to М, en first names and surnames from A to L), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (the night shift leader who knows which client offices have
alarms and door codes and takes the calls about getting into rooms, the rope
access climber who decides by the wind whether the facade can be washed today,
a retired mechanic who mends the scrubber dryers when called out, the business
centre's caretaker who signs the monthly acts only after walking the floors
with the firm's inspector, the dispatch line sewn on the back of every uniform
jacket; the quality inspector's list of remarks from his morning round with a
camera, acts sent straight to the client's accounts department so the paper
does not wander between offices, the estimator's inbox for photos of premises
after renovation; the firm's card issued by the bank only yesterday and still
in its envelope, a card with a monthly cap used for nothing but software, a
card said to belong to a co-owner "if the bank asks"; the person written into
the contract as answerable for the sites, the keeper of the storeroom keys who
has to be warned before a machine demo, and a client addressed by first name
because he started out washing windows himself; distractors with a waste
removal account number, a glass concentrate's article number, an
after-renovation clean awaited once the builders clear the floor, the size of
the firm loaded in one evening, a lift hired for shop windows and climbers
going up the facade if the wind drops; discounts framed as cleaners using
their own phones instead of rented rugged tablets, a night tariff because the
servers sit idle while night crews work, photo reports kept for three months
instead of a year, the couriers' cost of paper acts passed back once clients
sign in the app, an agreement with the cleaning firms' association, a won
railway station tender brought onto the system, the client's washroom
checklist shared as a sample for others in exchange for a concession, rope
access billed per climb instead of per month and the room tags left from the
client's old system reprogrammed instead of bought new; half price as the
after renovation crews that only go out on one-off jobs and machines that go
out less than once a week; non-offers about the night hours premium, a
chemicals supplier's bulk reduction, cleaner turnover, the margin on
after-renovation cleaning, a leasing company's markup on a scrubber dryer, the
client's yearly indexation clause, concentrate saved by dosing units and the
share of clients that are retail chains with their own checklists; a client
with three shops cleaned at night asking for a cut; personal channels as a rep
whose work account in the messenger was blocked for mass mailing, a rep on
site with the crew on the trial night reachable only on his personal mobile, a
rep whose work mail wipes itself after a month asking for a copy of the
contract on his personal address, a rep asking to be messaged at any hour on
his private number because he is a night owl like the crews, tender papers
sent to the rep's private address so he can help with the bid after hours
outside the company, a rep who trains the cleaners on his day off outside the
company, and a rep demonstrating machines in the showroom all day who never
goes near the desk phone; company channels as the company's verified account
sending the photo report when a shift closes, the company's support line for
shift leaders who cannot close a shift, the sales department's shared address
for tender papers and the company's official channel with training videos for
cleaners; polite closings as letting a couple of experienced cleaners try the
app first, leaving the choice to the shift leaders who will use it, and
staying on paper acts while the clients are happy with them).

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
    ("агей", "метелкин", "донатович"),
    ("александра", "ведерникова", "исаакиевна"),
    ("всемил", "ковшов", "гервасьевич"),
    ("малуша", "лоскутова", "мардариевна"),
    ("жирослав", "голиков", "вышеславович"),
    ("митродора", "бархоткина", "будимировна"),
    ("листрат", "белизнов", "мечиславович"),
    ("анимаида", "кафелина", "иннокентьевна"),
    ("конон", "известкин", "аммонович"),
    ("гайана", "корытова", "велимировна"),
]
EN_NAMES = [
    ("gaius", "ashburner"),
    ("fidelma", "lintott"),
    ("kasimir", "dunwoody"),
    ("corisande", "gleadall"),
    ("kilian", "copperwhite"),
    ("doreen", "blanchflower"),
    ("hugo", "elkington"),
    ("keturah", "fullbrook"),
    ("garnet", "cleverdon"),
    ("henrike", "ablewhite"),
]
RU_LAT = {"агей": "agey", "метелкин": "metelkin", "александра": "aleksandra", "ведерникова": "vedernikova",
          "всемил": "vsemil", "ковшов": "kovshov", "малуша": "malusha", "лоскутова": "loskutova",
          "жирослав": "zhiroslav", "голиков": "golikov", "митродора": "mitrodora", "бархоткина": "barkhotkina",
          "листрат": "listrat", "белизнов": "beliznov", "анимаида": "animaida", "кафелина": "kafelina",
          "конон": "konon", "известкин": "izvestkin", "гайана": "gayana", "корытова": "korytova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старшая ночной смены помнит, в каких офисах у заказчиков стоит сигнализация и какие там коды на дверях, так что по доступу в помещения звоните ей, {PHONE}",
        "мыть сегодня фасад на веревках или нет, решает наш альпинист, он смотрит на ветер, поэтому переносы по погоде согласуйте с ним, {PHONE}",
        "поломоечные машины у нас чинит механик, он уже на пенсии и приезжает по вызову, занесите его в справочник по технике, {PHONE}",
        "акты у заказчика подписывает завхоз бизнес центра, но только после того, как сам пройдет по этажам с нашим контролером, так что обход назначайте через него, {PHONE}",
        "номер диспетчерской у нас нашит на спине каждой форменной куртки, {CPHONE}, если в офисе что то пролили, сотрудники заказчика звонят по нему прямо с этажа",
        # e-mail
        "контролер качества каждое утро обходит объекты и фотографирует углы, сводку замечаний он хочет получать на свою почту, диктую, {EMAIL}",
        "акты на подпись отправляйте сразу в бухгалтерию заказчика, у них адрес такой, {EMAIL}, иначе бумага неделю гуляет по кабинетам",
        "{EMAIL}, это ящик нашей сметчицы, туда ей шлют фотографии помещений после ремонта, по ним она и прикидывает, сколько там работы",
        # card
        "карту для фирмы банк выдал только вчера, она еще в конверте лежит, сейчас вскрою, так, {CARD}",
        "спишите с этой карты, у нее месячный лимит, мы с нее платим только за программы, больше ни за что, {CARD}",
        "если банк спросит, карта принадлежит {NAME}, это наш совладелец, все согласовано, цифры такие, {CARD}",
        # name
        "ответственным лицом по объектам с нашей стороны впишите в договор {NAME}, замечания заказчиков пусть приходят сразу на это имя",
        "ключи от подсобки, где стоит вся наша техника, хранит {NAME}, так что показ поломойки согласуйте заранее",
        "{FIRST}, мне ваш бригадир рассказал, что вы сами когда то начинали с мытья окон, так что вам и объяснять особо ничего не надо",
    ],
    "en": [
        # phone
        "our night shift leader remembers which client offices have alarms and what the door codes are, so for getting into the rooms give her a call, {PHONE}",
        "whether the facade gets washed on ropes today is down to our climber, he watches the wind, so sort out any weather delays with him, {PHONE}",
        "a retired mechanic mends our scrubber dryers, he comes out when called, put him in the equipment contacts, {PHONE}",
        "on the client's side the caretaker of the business centre signs the acts, but only after he's walked the floors with our inspector, so book that walk through with him, {PHONE}",
        "the dispatch number is sewn between the shoulders of every uniform jacket we hand out, {CPHONE}, if something gets spilt in an office the client's staff call it right there from the floor",
        # e-mail
        "our quality inspector goes round the sites every morning photographing the corners, he wants the list of remarks in his own inbox, i'll spell it, {EMAIL}",
        "send the acts for signing straight to the client's accounts department, their address is {EMAIL}, otherwise the paper wanders between offices for a week",
        "{EMAIL}, our estimator's inbox, photos of premises after renovation land there and she sizes up the job from them",
        # card
        "the bank only issued the firm's card yesterday, it's still sitting in the envelope, let me tear it open, right, {CARD}",
        "charge this card, it has a monthly cap and we only pay for software with it, nothing else, {CARD}",
        "if the bank asks, the card belongs to {NAME}, that's our co owner, it's all been agreed, the digits are {CARD}",
        # name
        "write {NAME} into the contract as the person answerable for the sites on our side, the client's remarks should come straight to that name",
        "the storeroom with all our machines is locked and {NAME} has the keys, so arrange the scrubber demo ahead of time",
        "{FIRST}, your shift leader told me you started out washing windows yourself, so i hardly need to explain any of this to you",
    ],
}
NOPII_T = {
    "ru": [
        "лицевой счет по договору на вывоз мусора {BADCARD}, его называют, когда заказывают контейнер",
        "артикул концентрата для стекол у поставщика {BADCARD}, берите именно этот, другой оставляет разводы",
        "уборку после ремонта заказчик ждет {DATE}, строители освобождают этаж {TIME}",
        "{QTY} на старте, это немного, такой объем мы заводим в систему за один вечер",
        "аренда подъемника для мойки витрин на втором этаже обходится вам в {PRICE} за смену",
        "альпинисты выходят на фасад {DATE}, если ветер стихнет, и начинают {TIME}",
    ],
    "en": [
        "our waste removal contract has account number {BADCARD}, quote it when you order a skip",
        "the supplier's article number for the glass concentrate is {BADCARD}, get exactly that one, the other leaves streaks",
        "the client expects the after renovation clean {DATE}, the builders clear the floor {TIME}",
        "{QTY} to start with, that's not much, we load that kind of volume into the system in one evening",
        "hiring a lift to wash the upper floor shop windows costs you {PRICE} a shift",
        "the climbers go up the facade {DATE} if the wind drops, and they start {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если уборщицы поставят приложение на свои телефоны, а не возьмут у нас защищенные планшеты, комплект для ваших бригад выйдет на {P} дешевле",
        "ваши бригады работают ночью, когда наши сервера все равно простаивают, поэтому оформлю вас по ночному тарифу, он на {P} ниже дневного",
        "фотоотчеты будем хранить не год, а три месяца, места под них уходит меньше, и подписка станет дешевле на {P}",
        "если заказчики станут подписывать ежемесячные акты прямо в приложении, а не на бумаге, мы перестанем тратиться на курьеров, и эту экономию я отдам вам, {P} от абонентки",
        "вы ведь состоите в ассоциации клининговых компаний, а у нас с ней соглашение, так что вам по нему положена цена на {P} ниже прайса",
        "выиграете тендер на уборку вокзала, заводите его к нам, и по всем объектам я опущу ставку на {P}",
        "разрешите нам взять ваш чек лист уборки санузлов как образец для других клиентов, и за это я оформлю вам {PA} поблажку по абонентке",
        "мойку фасадов будем считать не помесячно, а за каждый выход альпинистов, их у вас немного, так что в сумме заплатите на {P} меньше",
        "метки в помещениях у вас остались от прежней системы, мы их просто перепрошьем, новые покупать не придется, так что внедрение обойдется со скидкой порядка {PG}",
    ],
    "en": [
        "if your cleaners put the app on their own phones instead of taking our rugged tablets, the kit for your crews comes out {P} cheaper",
        "your crews work at night when our servers sit idle anyway, so you can go on the night tariff, it's {P} below the daytime one",
        "we'll keep the photo reports for three months rather than a year, they take up less room, and the subscription drops by {P}",
        "if clients sign the monthly acts right in the app rather than on paper, we stop paying couriers, and i'll hand that saving back to you, worth {P} of the subscription",
        "you're a member of the cleaning companies' association, and we have an agreement with them, so under it you're due a price {P} below list",
        "win the railway station cleaning tender, put it on our system, and i'll lower the rate across all your sites by {P}",
        "if we can use your washroom checklist as a sample for other clients, your subscription comes down {P} in return",
        "we'll bill the facade washing per climb instead of per month, you don't have many, so all in all you'll pay {P} less",
        "the room tags from your old system are still on the walls, we'll just reprogram them, no new ones to buy, so the rollout comes with roughly {P} off",
    ],
}
HALF_T = {
    "ru": ["бригады, которые выезжают только на разовые уборки после ремонта, заведем в систему за полцены",
           "поломойки, которые выходят на объекты реже раза в неделю, мы ведем за половину цены обычной машины"],
    "en": ["crews that only go out on one off after renovation cleans cost half the usual price in the system",
           "scrubbers that go out to sites less than once a week are tracked for half of what an ordinary machine costs"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за ночные часы уборщицам доплачивают {P} к ставке, программа сама добавит это в табель",
        "оптовик химии снижает вам цену на {P} от десяти канистр, в себестоимость объекта это попадет само",
        "текучка среди уборщиц у вас за год составляет {P}, поэтому карточку нового сотрудника система заводит за минуту",
        "на уборке после ремонта ваша маржа выходит {P}, на ежедневной поменьше, система покажет это по каждому объекту",
        "лизинговая компания закладывает в поломоечную машину удорожание {P}, мы эту сумму разнесем по месяцам",
        "договор с бизнес центром разрешает вам раз в год поднимать цену уборки на {P}, система напомнит, когда подходит срок",
        "дозаторы, как показывают наши замеры, срезают расход концентрата на {P}, и это сразу видно в отчете по складу",
        "{P} ваших заказчиков это торговые сети со своими чек листами, и программа умеет их загружать",
    ],
    "en": [
        "night hours earn your cleaners a {P} premium on their rate, the software adds it to the timesheet itself",
        "the chemicals wholesaler drops his price {P} once you take ten canisters or more, it flows into the site's cost price by itself",
        "your cleaners turn over at {P} a year, which is why setting up a new employee's card here takes a minute",
        "on after renovation cleans your margin comes to {P}, less on the daily ones, the system shows it site by site",
        "the leasing company builds a {P} markup into a scrubber dryer, we'll spread that sum over the months",
        "your contract with the business centre lets you raise the cleaning price {P} once a year, the system reminds you when it's due",
        "by our measurements dosing units cut concentrate use by {P}, and it shows up straight away in the stock report",
        "retail chains with their own checklists account for {P} of your clients, and the software can load those lists",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы убираем всего три магазина, и то по ночам, может, подвинетесь на {P}?",
            "нет, подвинуться не смогу, объект стоит одинаково, убираете вы его днем или ночью")],
    "en": [("we only clean three shops, and only at night, could you move {P} on the price for us?",
            "sorry, no, a site costs the same whether you clean it by day or by night, so the price stays put")],
}
CHANNEL_T = {
    "ru": [
        "служебный аккаунт в {MSG} мне заблокировали за рассылку, так что пока пишите на мой личный, он там же, под моим именем",
        "в ночь пробной уборки я буду у вас на объекте вместе с бригадой, если что, набирайте мой личный мобильный, {PPHONE}, офисная линия по ночам молчит",
        "рабочая почта у нас сама стирает письма через месяц, а ваш договор мне нужен надолго, так что копию пришлите на мой личный адрес, {PEMAIL}",
        "ваши бригады работают ночью, а я и сам сова, так что кидайте вопросы в {MSG} на мой частный номер, отвечу хоть под утро",
        "документы по тендеру на уборку вокзала скиньте на мой личный ящик, {PEMAIL}, я вечером помогу вам с расчетом, это уже не по линии компании",
        "если хотите, чтобы я в свой выходной сам приехал и обучил ваших уборщиц, это уже мимо компании, набирайте меня на личный номер, {PPHONE}",
        "я почти весь день в демозале, гоняю поломойки перед покупателями, к стационарному телефону не подхожу, так что набирайте мой сотовый, {PPHONE}, он личный, не служебный",
    ],
    "en": [
        "my work account on {MSG} got blocked for mass mailing, so for now message my personal one, it's on there too, under my own name",
        "the night we do the trial clean i'll be on your site with the crew, if anything crops up my personal mobile is {PPHONE}, the office line goes dead at night",
        "our work mail wipes itself after a month, and i'll need your contract for a long while, so mail a copy to my personal address, {PEMAIL}",
        "your crews work nights and i'm a night owl myself, so send your questions over {MSG} to my private number, i'll answer even towards dawn",
        "drop the papers for the railway station tender into my personal inbox, {PEMAIL}, and in the evening i'll help you with the costing, that's not a company thing",
        "if you want me to come out on my day off and train your cleaners myself, that goes around the company, so ring my own number, {PPHONE}",
        "most of my day goes on the showroom floor running scrubbers in front of buyers, i never go near the desk phone, so dial my cell, {PPHONE}, it's my personal one, not a work one",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "когда смена закрыта, управляющему объектом приходит отчет с фотографиями от подтвержденного аккаунта компании в {MSG}",
        "не получается у бригадира закрыть смену в приложении, пусть звонит дежурным техподдержки компании, {CPHONE}, они это решают сразу",
        "справки и документы для торгов вам пришлет отдел продаж компании, у них общий адрес, {CEMAIL}",
        "обучающие ролики для уборщиц компания выкладывает в свой официальный канал в {MSG}, смотреть его могут все клиенты",
    ],
    "en": [
        "when a shift is closed, the site's facilities manager gets a photo report from the company's verified account on {MSG}",
        "should a shift leader get stuck closing a shift in the app, get them to phone the company's helpdesk, {CPHONE}, whoever's on duty fixes it there and then",
        "the sales department at the company will send you the certificates and tender paperwork, they use a shared address, {CEMAIL}",
        "training clips for cleaners are posted by the company on {MSG}, in its official channel, which every client can open",
    ],
}
NOT_PRESSURE = {
    "ru": ["покажите приложение паре самых опытных уборщиц, не понравится им, значит, не судьба, уговаривать не стану",
           "решать тут бригадирам, в приложении работать им, и их слово весит больше моего",
           "если заказчиков пока устраивают бумажные акты, может, вам это и рано, подумайте спокойно, я не обижусь"],
    "en": ["let two or three of your longest serving cleaners have a go with the app, and if it's not for them, fine, i won't try to win you over",
           "the shift leaders will be the ones living with the app, so let them decide, what they say matters more than my pitch",
           "if your clients are happy with paper acts for now, maybe it's early for you, think it over calmly, no offence taken"],
}
