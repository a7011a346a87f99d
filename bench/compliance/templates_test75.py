"""Sentence templates for the "test75" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a management platform for self-storage warehouses
(storage units and lockers rented by the month in several sizes, gate access
codes and gate hours, contents insurance, moving boxes, padlocks and trolley
hire, move-in inspections and unit transfers) to owners of storage sites, site
managers, receptionists, night watchmen and porters. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test74.py (ru first names, surnames and
patronymics from А to М, en first names and surnames from A to L), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a night watchman who walks the rows of units with a torch every
hour and should get the forced door alerts, the receptionist who photographs
the walls at every move-in inspection and books them with the tenant, a porter
on call for tenants who need a sofa hauled up to the top tier, the site manager
living across the road who gets the text on every gate code change, an
enquiries number on a banner over the entrance gates that tells tenants the
gate hours; the weekly report of free units by size for a marketer who picks
the units to advertise, requests to move into a bigger unit for the admin who
keeps the waiting list, tenants more than a month behind exported to the
bookkeeper; the card the padlock takings go into, a card kept in the safe in
the site office, the site's other owner named before the card; the person who
signs off an empty unit after move-out before a deposit is returned, the person
who runs the unit map and approves transfers, a caller drowned out by a lorry
reversing up to the loading bay; distractors with a number stamped on a padlock
tag for the report on opening a debtor's unit, a contents insurance policy
number, a move-in inspection with the unit aired beforehand, the size of the
site, a small locker's rent at the place across the road and a transfer to the
next unit with trolleys ready; discounts framed as the client's own gate
keypads kept instead of the vendor's controllers, a night pass module struck
off for a daytime only site, a lower commission on contents insurance sold
through the vendor's module, months already paid to the old provider allowed
for, box sales and trolley hire run through the vendor's till, move-in
inspections done off a checklist on a tablet, an allowance begged from the
bosses for an open air container site, a referral of the site next door and
card autopay for every tenant; half price as hallway lockers and a site open
only from april to october; non-offers about a share of the proceeds kept after
selling off a debtor's unit, a contents insurance premium, tenants staying
longer than planned, occupancy of mid size units, a padlock factory's reduction
for a whole carton, the tax on rental income, a hangar owner raising the rent
and a fee for moving to a unit of another size; a container site on the edge of
town asking for a cut; personal channels as a trial month run through the rep's
own messenger profile, an office move that silences the work numbers, a tenant
export kept out of a work mailbox the whole department reads, talk of the
client's move to a new site kept off the work messenger, an invoice with a
special price sent as a letter from the rep's personal e-mail, a rep at home
with a sick child whose work phone is in the office, and a rep coming to a site
opening on his day off; company channels as gate codes sent by the company's
automatic bot, the company's monitoring line that calls security when a unit
door alarm goes off, the launch team's shared address and the company's
official channel for storage owners; polite closings as waiting for the student
move-out season to pass, walking the site with the manager first, and changing
nothing while tenants are content).

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
    ("авксентий", "кладовкин", "велимирович"),
    ("исидора", "гаражева", "дементьевна"),
    ("бенедикт", "засовкин", "кирьякович"),
    ("калиса", "ангарова", "демьяновна"),
    ("валериан", "брезентов", "лонгинович"),
    ("звенислава", "каморкина", "мечиславовна"),
    ("ераст", "замочкин", "богумилович"),
    ("лучезара", "габаритова", "драгомировна"),
    ("болеслав", "контейнеров", "всемилович"),
    ("гордислава", "ларцова", "макаровна"),
]
EN_NAMES = [
    ("bertrand", "cubbage"),
    ("ianthe", "hatchard"),
    ("finnian", "binfield"),
    ("jessamy", "keeling"),
    ("kristof", "elmhurst"),
    ("birgitta", "draycott"),
    ("gethin", "bagshaw"),
    ("dilys", "kingsmill"),
    ("aneurin", "boxley"),
    ("gwendoline", "cobbold"),
]
RU_LAT = {"авксентий": "avksentiy", "кладовкин": "kladovkin", "исидора": "isidora", "гаражева": "garazheva",
          "бенедикт": "benedikt", "засовкин": "zasovkin", "калиса": "kalisa", "ангарова": "angarova",
          "валериан": "valerian", "брезентов": "brezentov", "звенислава": "zvenislava", "каморкина": "kamorkina",
          "ераст": "erast", "замочкин": "zamochkin", "лучезара": "luchezara", "габаритова": "gabaritova",
          "болеслав": "boleslav", "контейнеров": "konteynerov", "гордислава": "gordislava", "ларцова": "lartsova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "ночной сторож каждый час обходит ряды боксов с фонарем, в сторожке его не поймать, поэтому сигналы о взломанных дверях пускай идут прямо ему на мобильный, {PHONE}",
        "приемщица, которая проводит осмотр бокса при заезде и снимает стены на телефон, просила, чтобы записи на осмотры приходили на ее номер, {PHONE}, время с арендатором она согласует сама",
        "тем, кому надо поднять диван на верхний ярус, мы советуем нашего грузчика, он приезжает по звонку, внесите его в справочник, {PHONE}",
        "смс о смене кода на воротах должна получать управляющая площадкой, она живет через дорогу и, если что, прибегает сама, {PHONE}",
        "над въездными воротами висит баннер с нашим справочным номером, {CPHONE}, по нему арендаторы и узнают, до которого часа открыт проезд",
        # e-mail
        "по понедельникам отчет о свободных боксах по размерам отправляйте нашему маркетологу, {EMAIL}, по нему она решает, какие ячейки рекламировать",
        "просьбы арендаторов переехать в бокс побольше пересылайте администратору второй площадки, {EMAIL}, список ожидания ведет она",
        "{EMAIL}, вот сюда выгружайте должников, у кого аренда просрочена больше месяца, ими занимается наш бухгалтер",
        # card
        "списывайте с карты, куда у нас поступает выручка с продажи навесных замков, цифры следующие, {CARD}",
        "карта у меня в сейфе в конторке, погодите, ключ найду, так, открыл, {CARD}",
        "платежи оформите на второго владельца площадки, {NAME}, карта выпущена на это имя, читаю номер, {CARD}",
        # name
        "пустой бокс после выезда, не остался ли мусор, целы ли стены, принимает {NAME}, и без этой подписи залог мы не возвращаем",
        "кого в какой бокс переселить, решает {NAME}, схему ячеек ведет тоже этот сотрудник, так что любой перевод сперва согласуйте там",
        "{FIRST}, не кладите трубку, у рампы фура сдает задом и пищит на всю площадку, отойду за угол, и продолжим",
    ],
    "en": [
        # phone
        "our night watchman walks the rows of units with a torch every hour and he's never in his hut, so have the forced door alerts go straight to his mobile, {PHONE}",
        "the receptionist who does the move in inspection and photographs the walls of each unit asked for the inspection bookings to come to her number, {PHONE}, she sorts out the time with the tenant herself",
        "tenants who need a sofa hauled up to the top tier, we send them our porter, ring him and he turns up within the hour, add him to the contacts list, {PHONE}",
        "the text confirming a gate code change has to reach our site manager, her flat's just over the road and she pops across herself if anything's up, {PHONE}",
        "there's a banner over the entrance gates with our enquiries number, {CPHONE}, that's how tenants find out how late the gates stay open",
        # e-mail
        "every monday send the report of free units by size to our marketer, {EMAIL}, she goes by it to decide which units to advertise",
        "forward tenants' requests to move into a bigger unit to the admin at our second site, {EMAIL}, she's the one keeping the waiting list",
        "{EMAIL}, that's where you export the debtors to, anyone more than a month behind on rent, our bookkeeper deals with them",
        # card
        "take it from the card our padlock takings land on, the digits go like this, {CARD}",
        "the card's in the safe in the site office, hang on, let me find the key, right, it's open, {CARD}",
        "put the payments in the name of the site's other owner, {NAME}, the card's issued to that name, i'll read the number, {CARD}",
        # name
        "the empty unit check after a tenant leaves, rubbish left behind, holes in the walls, gets signed by {NAME}, and without that signature no deposit goes back",
        "who gets moved to which unit is up to {NAME}, the unit map is that person's job, so clear every transfer there first",
        "{FIRST}, bear with me, there's a lorry reversing up to the loading bay and beeping all over the site, i'll step round the corner and we'll carry on",
    ],
}
NOPII_T = {
    "ru": [
        "на бирке навесного замка выбит номер {BADCARD}, мы переписываем его в акт, когда вскрываем бокс должника",
        "номер полиса, по которому застрахованы вещи арендатора, {BADCARD}, пусть хранится в карточке бокса",
        "осмотр перед заездом назначен {DATE}, арендатор подъедет {TIME}, бокс к этому времени проветрим",
        "сейчас у вас {QTY}, этого хватит, чтобы отчеты по заполняемости стали показательными",
        "маленькую ячейку у соседей через дорогу сдают за {PRICE} в месяц, так что ваша цена в рынке",
        "переезд арендатора в соседний бокс записан {DATE}, тележки для него приготовим {TIME}",
    ],
    "en": [
        "the tag on the padlock has {BADCARD} stamped on it, we copy that into the report whenever we cut a debtor's unit open",
        "the policy the tenant's belongings are insured under is number {BADCARD}, keep it on the unit's card",
        "the tenant's move in inspection is {DATE}, they'll turn up {TIME}, we'll air the unit out beforehand",
        "right now you've got {QTY}, that's enough for the occupancy reports to start telling you something",
        "the place across the road lets a small locker at {PRICE} a month, so your price is in line with the market",
        "the tenant's switch to the unit next door is booked {DATE}, we'll have the trolleys ready {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если на воротах останутся ваши кодовые панели и наши контроллеры ставить не придется, подключение выйдет для вас дешевле на {P}",
        "площадка у вас открыта только днем, круглосуточного доступа нет, значит модуль ночных пропусков вам не пригодится, убираю его из счета, и с ежемесячного платежа уходит {P}",
        "страховку содержимого боксов продавайте арендаторам через наш модуль, и нашу комиссию с каждого полиса мы сократим на {P}",
        "у прежнего поставщика у вас оплачено еще полгода, я это учту и на первый год поставлю вам цену на {P} меньше прайсовой",
        "продажу коробок и прокат тележек проведите через нашу кассу, тогда из базовой абонентки я вычту {P}",
        "если осмотры при заезде ваши администраторы будут делать по нашему чек листу прямо с планшета, без бумажных актов, я пересчитаю внедрение и сниму с него {P}",
        "раз у вас контейнерная площадка под открытым небом, без отопления и лифтов, я выпросил у начальства {PA} поблажку на весь срок договора",
        "порекомендуйте нас владельцу соседней площадки, и как только он подключится, с вас будут списывать на {P} меньше",
        "переведите всех арендаторов на автоплатеж с карты, и на комиссии за прием платежей сэкономите не меньше {PG}",
    ],
    "en": [
        "if your own keypads stay on the gates and we don't have to fit our controllers, connecting you comes in {P} cheaper",
        "your site's shut at night, no round the clock access, so the night pass module would just sit idle, out it goes, and the monthly payment comes down {P}",
        "sell contents insurance to your tenants through our module, and we'll cut our commission on every policy by {P}",
        "you've still got half a year paid up with your old provider, i'll allow for that and set your first year {P} under list",
        "run the box sales and trolley hire through our till, and i'll deduct {P} from the base subscription",
        "if your admins do the move in inspections off our checklist straight from a tablet, no paper reports, i'll redo the setup price and take {P} out of it",
        "since yours is an open air container site, no heating and no lifts, i've talked my bosses into letting you off {P} for the whole term of the contract",
        "recommend us to the owner of the site next door, and as soon as he signs up, we'll charge you {P} less from then on",
        "switch all your tenants to card autopay, and on the payment processing fee you'll save at least {P}",
    ],
}
HALF_T = {
    "ru": ["шкафчики для мелочей в коридоре у входа будут стоить вам в системе вдвое меньше обычного бокса",
           "площадку, которая работает только с апреля по октябрь, подключим по половинной ставке"],
    "en": ["the little lockers in the hallway by the entrance cost you half as much in the system as a regular unit",
           "the site that only opens from april to october we'll connect on a half rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "если арендатор два месяца не платит, по договору вы вправе вскрыть бокс и продать вещи, а из выручки удерживается {P} за хранение и торги",
        "страховая берет за полис на содержимое бокса {P} от суммы, в которую клиент оценил свои вещи, а платформа просто добавит это к счету за аренду",
        "по нашим данным, {P} арендаторов держат бокс дольше, чем собирались при заезде",
        "ячейки среднего размера у вас сейчас заняты на {P}, а маленькие разобраны почти все",
        "фабрика навесных замков уступает их со скидкой {P} при заказе целой коробки, в закупочную цену система это заложит сама",
        "арендная выручка облагается у вас по ставке {P}, в отчете для бухгалтера налог уже будет посчитан",
        "собственник ангара с нового года поднимает вам аренду на {P}, цены на боксы придется пересмотреть, а наша абонентка остается прежней",
        "за переезд в бокс другого размера вы берете с арендатора сбор, {P} от месячной платы, система сама выставит его в счете",
    ],
    "en": [
        "if a tenant goes two months without paying, the contract lets you open the unit and sell the contents, with {P} of the proceeds kept for storage and the auction",
        "the insurer charges {P} of whatever the tenant says their things are worth for a contents policy, the platform just adds it to the rent invoice",
        "judging by our stats, {P} of tenants end up holding on to their unit longer than they meant to when they moved in",
        "your mid size units are {P} occupied right now, and the small ones are nearly all gone",
        "the padlock factory does them {P} cheaper if you order by the full carton, the system builds that into your purchase price",
        "your rental income is taxed at {P}, the report for your bookkeeper will have the tax worked out already",
        "the hangar's owner is raising your rent {P} come january, you'll have to rethink unit prices, whereas our subscription isn't changing",
        "when a tenant moves to a unit of another size you charge them a transfer fee, {P} of one month's rent, the system puts it on the invoice by itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна площадка из морских контейнеров на окраине, подвинетесь в цене на {P}?",
            "нет, не подвинусь, цена считается по числу ячеек, и для контейнерных площадок она та же, что для всех")],
    "en": [("we're one site made of shipping containers out past the ring road, any chance you'd budge {P} for a setup like ours?",
            "no, i won't budge, we price per unit, and container sites pay the same as everyone else")],
}
CHANNEL_T = {
    "ru": [
        "на пробный месяц держите связь со мной через {MSG}, это мой личный профиль, не корпоративный, там я отвечаю хоть из спортзала",
        "со следующей недели наш офис переезжает и рабочие номера пару дней будут молчать, так что запишите номер моего сотового, личного, {PPHONE}",
        "выгрузку арендаторов с телефонами не гоняйте через служебную почту, ее читает весь отдел, лучше киньте ее мне лично, {PEMAIL}, это мой собственный ящик, туда кроме меня никто не заглядывает",
        "переписку о вашем переезде на новую площадку давайте уведем из рабочего мессенджера, пишите мне в {MSG}, аккаунт частный, с личного телефона, и ее никто кроме нас не увидит",
        "счет со специальной ценой выставлю не через систему, а письмом с моего собственного ящика, {PEMAIL}, так быстрее, чем ждать, пока бухгалтерия его заведет",
        "я всю неделю сижу дома на больничном с ребенком, служебный телефон остался лежать на работе, поэтому звоните мне на личную трубку, {PPHONE}",
        "на открытие вашей новой площадки я приеду сам, в свой выходной, и чтобы не искать друг друга у ворот, занесите себе в телефон мой личный, {PPHONE}",
    ],
    "en": [
        "for the trial month keep in touch with me through {MSG}, it's my personal profile, not the company one, i answer there even from the gym",
        "our office is moving next week, so the work lines will be dead for a couple of days, take down my cell instead, the personal one, {PPHONE}",
        "don't push the tenant export with phone numbers through the work email, half the department can open it, put it in my private inbox instead, {PEMAIL}",
        "let's keep the talk about your move to the new site off the work messenger and on {MSG}, where i'm on my own phone, that way nobody but us sees it",
        "the invoice with the special price won't come through the system, i'll send it as a letter from my own email account, {PEMAIL}, it's quicker than waiting for accounts to set it up",
        "i'm home all week on sick leave with my kid and my work phone's sitting in the office, so ring my own phone, the one i pay the bill on, {PPHONE}",
        "i'll come to your new site's opening myself, it's my day off anyway, so we don't hunt for each other at the gates, store my personal mobile, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "коды от ворот арендаторы получают от автоматического бота компании в {MSG}, живые люди к этим сообщениям не прикасаются",
        "если ночью сработала сигнализация на двери бокса, а ваш сторож не отвечает, линия мониторинга компании, {CPHONE}, сама вызовет охрану",
        "документы на подключение новой площадки пересылайте в отдел запуска компании, это общий ящик, {CEMAIL}, письма оттуда посменно разбирают трое менеджеров",
        "официальный канал компании для владельцев складов ведется в {MSG}, в нем публикуют подборки, чем заполнить мелкие ячейки",
    ],
    "en": [
        "tenants get their gate codes from the company's automatic bot on {MSG}, no actual person touches those messages",
        "if a unit door alarm goes off at night and your watchman isn't answering, the company's monitoring line, {CPHONE}, calls out the security firm itself",
        "send the papers for connecting a new site to the launch team's shared address, {CEMAIL}, three managers share it between them",
        "storage owners can follow an official channel the company runs on {MSG}, with roundups on filling small units",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь, пока схлынут студенческие переезды, посмотрите, как справляется ваша таблица, и тогда решайте, я не подгоняю",
           "обойдите площадку с управляющей, прикиньте, сколько ворот придется переделывать, и отвечайте, когда будете готовы",
           "если арендаторов устраивает ваша нынешняя система, ради меня ничего не меняйте, понадобимся, вы знаете, где нас найти"],
    "en": ["wait until the student move out season has passed, see how your spreadsheet holds up, and make up your mind after that, there's no hurry from my side",
           "walk the site with your manager, work out how many gates would need redoing, and then call when you're ready",
           "if your tenants are happy with the system you have, don't change a thing on my account, when you need us you know where we are"],
}
