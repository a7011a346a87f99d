"""Sentence templates for the "test36" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a moving and storage management platform (removal
quotes worked out by volume, truck and crew booking, inventory lists with
photos, self-storage units and their access codes, packing materials,
goods-in-transit insurance, office relocations) to removal firms.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test35.py, and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a crew leader hauling a piano up a walk up who rings back once
it is down, the surveyor who measures furniture volume at clients' homes and
also enters the photo inventories, storage unit access codes going to the
storekeeper who opens the gates at night, a van driver's number scratched on
the lid of a tape box, the free order line printed on every packing carton
sold; photo inventories copied to the insurance agent who will not cover
goods in transit without them, damage claims for the claims handler who
goes through every scratched bedside table, the office relocations desk
where companies send their floor plans; the card cartons and bubble wrap are
bought with, a card handed through the cab window by the driver, a corporate
card issued to the general manager; the only person who may change the
storage gate codes, the person who runs large office moves, a forklift
with pallets driving past mid call; distractors with a container seal number,
a pallet truck's asset number, an accounts department moved on a day when the
tower lends its goods lift, a size the platform pays back on, corrugated
boxes bought wholesale and a client collecting the keys to a unit; discounts
framed as paying only for storage units actually let, a launch moved into the
quiet winter months, the client's own movers photographing furniture instead
of the company's surveyor, a city only firm without intercity runs,
every branch moved over at once, new clients shown round the client's
storage as a reference visit, a concession the director signed for a bank's
office move, slack months with the trucks parked in the yard and packing
materials taken together with transit insurance; half price as a warehouse
holding only the firm's own packing stock and trucks hired for the summer
only; non-offers about a storage unit deposit, a goods-in-transit premium,
spring and summer demand, the share of complaints about furniture never
photographed, a cardboard mill's volume discount, the simplified tax, a
stairs surcharge where there is no lift and diesel prices; a firm with one
truck and a crew of friends asking for a cut; personal channels as a rep who
will see the client's own office move through evenings and weekends on his own
messenger number, the rep woken at home on his own mobile when night security
will not let the crew into the units, a floor plan sent to the mailbox the
rep's family writes to, to sort out over tea, a group chat the rep opens from
a handset he pays for himself with the client and the crew leader, a walk
through video too big for the work mail sent to the rep's non work address, a
price for a bank's move settled without his manager on a handset he carries
besides the work one, and a rep who moonlights as a surveyor at weekends;
company channels as storage rental reminders from the service's official bot
in the client's name, the company's tech support resetting a unit code
remotely, the accounts department's shared address that invoices for packing
come from, and the company's official channel with its own videos on packing
appliances; polite closings as getting through the peak summer season first,
trying the demo at one storage site and staying on paper inventories for now).

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
    ("ардалион", "тюфяков", "евлогиевич"),
    ("клеопатра", "перевозчикова", "ермогеновна"),
    ("африкан", "скарбов", "ксаверьевич"),
    ("конкордия", "упаковкина", "евсигнеевна"),
    ("вассиан", "грузилов", "амфилохиевич"),
    ("ванда", "кладовщикова", "стахиевна"),
    ("гурьян", "ломовцев", "кириакович"),
    ("дорофея", "коробова", "измаиловна"),
    ("дамиан", "тележкин", "филофеевич"),
    ("евлампия", "рогожина", "дионисьевна"),
]
EN_NAMES = [
    ("aurelius", "boxall"),
    ("dorcas", "vanstone"),
    ("cleophas", "packwood"),
    ("florentina", "haulbrook"),
    ("gaspard", "lorrimer"),
    ("hildred", "cratchley"),
    ("eldridge", "trunkfield"),
    ("ingeborg", "storrington"),
    ("kenelm", "tapely"),
    ("letitia", "wagoner"),
]
RU_LAT = {"ардалион": "ardalion", "тюфяков": "tyufyakov", "клеопатра": "kleopatra", "перевозчикова": "perevozchikova",
          "африкан": "afrikan", "скарбов": "skarbov", "конкордия": "konkordiya", "упаковкина": "upakovkina",
          "вассиан": "vassian", "грузилов": "gruzilov", "ванда": "vanda", "кладовщикова": "kladovshchikova",
          "гурьян": "guryan", "ломовцев": "lomovtsev", "дорофея": "dorofeya", "коробова": "korobova",
          "дамиан": "damian", "тележкин": "telezhkin", "евлампия": "evlampiya", "рогожина": "rogozhina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "старший нашей бригады грузчиков как раз поднимает пианино по лестнице без лифта, трубку сейчас не схватит, а как поставят, сразу перезвонит, {PHONE}",
        "оценщик, который ездит к клиентам и прикидывает объем мебели, у нас же и заполняет описи с фотографиями, так что учетку заводите на его номер, {PHONE}",
        "коды от боксов на нашем складе пусть как и раньше уходят кладовщице, {PHONE}, ночью ворота клиентам открывает именно она",
        "номер водителя нашего фургона нацарапан у меня на крышке коробки со скотчем, сейчас разберу, ага, {PHONE}",
        "на каждой коробке, которую мы продаем клиентам под переезд, отпечатан наш бесплатный номер для заявок, {CPHONE}, оттуда к нам и приходит половина заказов",
        # e-mail
        "описи с фотографиями пусть дублируются на {EMAIL}, это наш страховой агент, без описи он груз в дороге страховать отказывается",
        "акты о повреждениях после перевозки пересылайте на {EMAIL}, у нас претензии разбирает отдельный человек, и каждую поцарапанную тумбочку смотрит сам",
        "{EMAIL}, пометьте себе, это ящик отдела офисных переездов, компании шлют туда планировки своих этажей",
        # card
        "подписку пусть списывают с той же карты, с которой мы берем картон, скотч и пузырчатую пленку, называю цифры, {CARD}",
        "карту мне водитель как раз протягивает в окно кабины, читаю прямо с нее, {CARD}",
        "у нас корпоративная карта на имя управляющего, {NAME}, расплачиваться ею разрешено, номер вот, {CARD}",
        # name
        "менять коды на воротах склада в системе сможет только {NAME}, остальным этот пункт вообще не показывайте",
        "крупные офисные переезды по выходным ведет у нас {NAME}, расписание машин и бригад обсуждайте напрямую",
        "{FIRST}, извините, мимо проехал погрузчик с паллетами, грохот страшный, повторите, что там было про страховку",
    ],
    "en": [
        # phone
        "our crew leader is carrying a piano up a walk up with no lift right now, he can't grab the phone, but once it's down he'll ring straight back, {PHONE}",
        "the surveyor who goes out to clients and sizes up the furniture also fills in the photo inventories, so tie the login to his mobile, {PHONE}",
        "keep sending the storage unit codes to our storekeeper, {PHONE}, at night it's her who lets clients in through the gates",
        "our van driver's number is scratched on the lid of a tape box here, let me make it out, right, {PHONE}",
        "every carton we sell clients for their move has our free order line printed on it, {CPHONE}, about half our jobs come in through it",
        # e-mail
        "have the photo inventories copied to {EMAIL}, that's our insurance agent, without an inventory he won't cover the goods on the road",
        "forward the damage reports after a move to {EMAIL}, one person handles our claims and looks at every scratched bedside table personally",
        "{EMAIL}, make a note, that's the office relocations desk, companies send their floor plans there",
        # card
        "take the subscription from whichever card pays for our cardboard, tape and bubble wrap, here are the digits, {CARD}",
        "the driver's handing the card to me through the cab window as we speak, i'm reading it straight off, {CARD}",
        "we've got a corporate card issued to the general manager, {NAME}, who's cleared us to pay with it, and here's what's embossed on it, {CARD}",
        # name
        "only {NAME} should be able to change the storage gate codes in the system, don't even show that option to anyone else",
        "{NAME} runs our big weekend office moves, so work out the truck and crew schedule with them directly",
        "{FIRST}, sorry, a forklift full of pallets just rumbled past, it's deafening, say again what that was about insurance",
    ],
}
NOPII_T = {
    "ru": [
        "номер пломбы на дверях контейнера {BADCARD}, сверьте его, когда начнете выгрузку",
        "инвентарный номер гидравлической тележки {BADCARD}, она числится за складом у кольцевой",
        "бухгалтерию заказчика перевозим {DATE}, грузовой лифт в башне нам выделяют {TIME}",
        "судя по вашим словам, у вас {QTY}, модуль описей при таком объеме окупится за пару месяцев",
        "пачка гофрокоробов у оптовика сейчас тянет на {PRICE}, а прошлой весной была заметно дешевле",
        "клиентка заберет ключи от бокса {DATE}, охранник обещал ждать ее на проходной {TIME}",
    ],
    "en": [
        "the seal on the container doors is number {BADCARD}, check it against the paperwork before you start unloading",
        "the hydraulic pallet truck carries asset number {BADCARD}, the depot by the ring road has it on its books",
        "we're moving the client's accounts department {DATE}, the tower lets us have the goods lift {TIME}",
        "from what you're telling me you've got {QTY}, at that volume the inventory module pays for itself in a couple of months",
        "a bundle of corrugated boxes from the wholesaler comes to {PRICE} these days, last spring it was noticeably cheaper",
        "the customer is collecting the keys to her unit {DATE}, the guard promised to wait for her at the gatehouse {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "будете платить только за те боксы, которые реально сданы, а не за весь склад целиком, и ежемесячный счет станет тоньше на {P}",
        "перенесите запуск на зиму, когда переездов мало и мы свободны, и я впишу в договор цену, сдвинутую вниз на {P}",
        "раз ваши грузчики сами фотографируют мебель для описи и наш оценщик вам не нужен, пакет внедрения я ужимаю на {P}",
        "фирмам, которые возят только по городу, без межгорода, планировщик рейсов у нас идет с уступкой в {P}",
        "переводите к нам разом все свои филиалы, и каждая лицензия потеряет в цене {P}",
        "пустите наших будущих клиентов посмотреть, как у вас устроен склад с боксами, и за каждый такой показ я снимаю с подписки {P}",
        "под ваш контракт на переезд офиса банка я выбил у директора {PA} уступку на весь тариф",
        "в месяцы затишья, когда машины стоят во дворе, абонентку посчитаем с поправкой вниз на {P}",
        "возьмете у нас и упаковочные материалы, и страховку груза в пути, и в сумме выйдет выгода в районе {PG}",
    ],
    "en": [
        "pay only for the storage units that are actually let rather than for the whole warehouse, and the monthly bill gets {P} thinner",
        "move the launch to winter, when moves are thin on the ground and we have time, and i'll write a price into the contract that's shifted down {P}",
        "since your movers photograph the furniture for the inventory themselves and you don't need our surveyor, i'm squeezing the onboarding package by {P}",
        "for firms that only move within the city, no intercity runs, the trip planner comes with a {P} concession",
        "move all your branches across in one go, and each licence you hold gets {P} cheaper",
        "let our future clients come and see how your storage units are set up, and for every such visit i take {P} off the subscription",
        "for your contract on the bank's office move i got the director to sign off a {P} concession across the whole plan",
        "in the slack months, when the trucks sit in the yard, we'll work out the subscription with a {P} correction downwards",
        "take both the packing materials and the goods in transit insurance from us, and altogether it works out around {P} in your favour",
    ],
}
HALF_T = {
    "ru": ["склад, где лежат только ваши собственные коробки и пленка, без вещей клиентов, ведем в системе ровно за половину обычной абонентки",
           "грузовики, которые вы берете в аренду только на лето, подключаем к планированию рейсов вдвое дешевле собственных"],
    "en": ["a warehouse that holds only your own boxes and wrap, no client belongings, runs in the system for exactly half the usual subscription",
           "trucks you only hire for the summer get connected to trip planning at half what your own cost"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за бокс клиент оставляет залог {P} от месячной аренды, а система сама напомнит вернуть его, когда он съедет",
        "страховка груза в пути у вашего страховщика стоит {P} от заявленной стоимости вещей, калькулятор сам добавит ее в смету",
        "весной и летом заявок на переезд у вас становится больше на {P}, под это система заранее раскидает бригады",
        "по нашим наблюдениям {P} жалоб после переезда касаются мебели, которую никто не сфотографировал при погрузке",
        "фабрика гофрокартона уступает вам {P} за объем закупок, мы просто подтянем ее прайс в справочник материалов",
        "вы на упрощенке, {P} с доходов, и выгрузка для бухгалтера будет уже с этим налогом",
        "за подъем по лестнице там, где нет лифта, вы берете с клиента надбавку {P}, калькулятор подставит ее сам",
        "солярка за зиму подорожала на {P}, это уходит в цену километра для ваших клиентов, а наша подписка не меняется",
    ],
    "en": [
        "a client leaves a {P} deposit on the monthly rent for a unit, and the system reminds you to refund it once the unit is cleared",
        "goods in transit cover with your insurer costs {P} of the declared value, the calculator adds it to the quote without you lifting a finger",
        "in spring and summer your moving requests climb {P}, which is why crews get spread out ahead of time",
        "our data says {P} of complaints after a move concern furniture nobody photographed at loading",
        "the cardboard mill gives you {P} for volume, we simply pull its price list into the materials catalogue",
        "you're on the simplified tax, {P} of income, and the export for your bookkeeper already accounts for it",
        "where there's no lift you charge the client a {P} stairs surcharge, the calculator fills it in on its own",
        "diesel has risen {P} since autumn, that goes into the per mile rate for your clients, our subscription stays put",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна машина и бригада из знакомых ребят, сбавьте нам {P}, а?",
            "не получится, тариф считается по машинам, и для одной он и так минимальный")],
    "en": [("we've got one truck and a crew of mates, could you see your way to {P} off?",
            "i can't, the plan is priced per truck, and for a single one it's already the lowest there is")],
}
CHANNEL_T = {
    "ru": [
        "ваш собственный переезд в новый офис я доведу сам, по вечерам и в выходные, так что любые вопросы кидайте напрямик мне, в {MSG}, номер там личный, поддержку дергать незачем",
        "если ночная охрана склада не пустит ваших ребят к боксам, будите меня, вот мой домашний сотовый, {PPHONE}, на горячую линию время не тратьте",
        "планировку нового офиса перекиньте на ящик, куда мне пишет родня, {PEMAIL}, я вечером за чаем сам разложу, какие шкафы в какую машину",
        "давайте с моего личного телефона откроем группу в {MSG}, туда же позовем вашего старшего грузчика и обойдемся без рабочей почты",
        "служебная почта у меня режет тяжелые вложения, так что видео осмотра квартиры отправляйте на мой нерабочий адрес, {PEMAIL}",
        "цену на офисный переезд банка давайте дожмем без моего руководителя, а для этого звоните мне на трубку, которую я ношу помимо служебной, {PPHONE}",
        "в субботу и воскресенье я подрабатываю оценщиком на замерах, компания тут ни при чем, если нужен такой человек, держите мой номер, {PPHONE}",
    ],
    "en": [
        "i'll see your own move to the new office through myself, evenings and weekends, so fire any question straight over to me in {MSG}, the number on it is mine personally, leave support out of it",
        "if the night security at the warehouse won't let your lads into the units, wake me up, here's my home mobile, {PPHONE}, don't waste time on the hotline",
        "bounce the new office floor plan over to the inbox my family writes to me on, {PEMAIL}, i'll work out over a cup of tea tonight which cabinets go in which truck",
        "let me start a group on {MSG} from the handset i pay for myself, we'll pull your crew leader in too and skip the work email altogether",
        "my work mail chokes on big attachments, so push the walk through video of the flat to my non work address, {PEMAIL}",
        "let's nail the figure for the bank's office move with my manager left out of it, and for that, call the handset i carry besides the work one, {PPHONE}",
        "saturdays and sundays i moonlight as a surveyor, the company's not involved, should you want one, here's my number, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминание, что срок аренды бокса подходит к концу, клиенту пришлет официальный бот сервиса в {MSG}, от имени вашей фирмы",
        "если код от бокса вдруг не срабатывает, набирайте техподдержку компании, она не спит ни днем ни ночью, {CPHONE}, код сбросят удаленно, пока вы стоите у двери",
        "счета за упаковку и акты сверки приходят с общего адреса нашей бухгалтерии, {CEMAIL}, отвечать туда может любой ваш сотрудник",
        "ролики о том, как упаковать холодильник или стиральную машину, компания снимает сама и выкладывает только в официальный канал в {MSG}",
    ],
    "en": [
        "the reminder that a unit rental is running out reaches the client from the service's official bot on {MSG}, in your firm's name",
        "if a unit code suddenly won't work, ring the company's tech support, they're up day and night, {CPHONE}, they'll reset the code remotely while you wait at the door",
        "invoices for packing and reconciliation statements come from our accounts department's shared address, {CEMAIL}, anyone on your staff can reply there",
        "the videos on packing a fridge or a washing machine are shot by the company itself and go out only on its official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["переживите сначала летний пик, а когда переезды схлынут, созвонимся, спешить тут некуда",
           "погоняйте демо на одном складе, посмотрите, как ребятам с описями, а решать уже вам",
           "если пока удобнее на бумажных описях, ничего страшного, я наберу, когда сами скажете"],
    "en": ["get through the summer peak first, and once the moves ease off we'll talk, there's no rush at all",
           "try the demo at one storage site, see how the lads get on with the inventories, and the decision is yours",
           "if paper inventories are easier on you at the moment, no harm done, i'll ring whenever you say"],
}
