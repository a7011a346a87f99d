"""Sentence templates for the "test35" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a pest control and disinfection service platform
(inspection visits and treatment schedules, bait station maps, safety data
sheets for chemicals, repeat visits under guarantee, contracts with
restaurants and warehouses, technicians' routes) to pest control firms.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test34.py, and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a senior exterminator fogging a warehouse in a respirator who
reads texts only once he is outside, the rodent specialist who draws trap
layouts by hand, a head chef who wants a call before every treatment put into
the site card, late technician alerts tied to the dispatcher who splits visits
by district, the duty line printed at the bottom of every treatment report;
safety data sheets for the technologist who watches expiry dates, the monthly
trap catch summary copied to a coffee chain's sanitary doctor who shows it to
inspectors, the quality department's mailbox where guarantee claims land; the
card rodenticide is bought with, a card read out by a partner because the
caller is in a protective suit, the director's card whose number she read out
that morning; the only person who may write chemicals off stock, the person
who runs the warehouse contracts and their addenda, a mouse darting out from
under a shelf mid call; distractors with a disinfection licence number, a bait
station barcode, a warehouse treatment booked before the loaders' shift, a
size the basic package covers, a canister of cockroach concentrate and a
health inspection at a restaurant; discounts framed as anonymised catch data
shared for the company's analytics, restaurants moved off the paper treatment
log, a firm brought over from the client's trade association, a chemicals
library the client fills with its own safety data sheets, seats for
technicians who walk between sites without a van, a talk at the company's
webinar about guarantee revisits, a first in the region concession signed by
management, a first quarter billed lower while paper trap layouts are moved
in, and warehouses and restaurants put on one contract; half price as a login
for a trainee who only rides along with a senior technician and summer
terraces that only trade for the season; non-offers about a working solution's
concentration, the share of cockroach calls that end in a guarantee revisit,
coffee chains paying ahead of the first visit, a rodenticide distributor's
volume discount, audits passed faster with electronic trap maps, a night call
surcharge, profit tax and demand for warehouse rodent control growing; a firm
treating kindergartens under a municipal contract asking for a cut; personal
channels as a rep going on holiday who keeps the deal on a messenger he reads
on his personal phone, a rep who wants the price talked over off the recorded
office line on a mobile he pays for himself, a contract draft sent to a
private mailbox the company cannot see so its lawyers do not slow it, voice
notes and trap map photos sent straight to the rep past the support shift,
safety data sheets sent to the rep's own mailbox while the corporate mail is
being moved, a technician stuck on site at night told to ring the rep's own
phone rather than dispatch, and a rep who advises firms freelance in the
evenings without the company's markup; company channels as arrival notices
from the platform's branded bot, the company's technical desk staffed by
engineers in shifts, the implementation group's shared address and the
company's official channel where methodologists post changes to sanitary
rules; polite closings
as a month on trial access for the technicians, coming back in autumn after
the mosquito and tick season and talking it over with the technologist and
the bookkeeper).

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
    ("геласий", "тараканов", "авраамович"),
    ("агнесса", "клопова", "лонгиновна"),
    ("авенир", "дустов", "акимович"),
    ("стефанида", "блохина", "пахомовна"),
    ("мартирий", "капканов", "лазаревич"),
    ("феофания", "мышкина", "сысоевна"),
    ("кирьяк", "ловушкин", "кузьмич"),
    ("юлиания", "полынина", "мамонтовна"),
    ("евмений", "клещев", "тарасьевич"),
    ("антония", "крысанова", "сильвановна"),
]
EN_NAMES = [
    ("orville", "mothersole"),
    ("marcelline", "antrobus"),
    ("godwin", "rattray"),
    ("lucretia", "beetham"),
    ("stanislaus", "cockroft"),
    ("roswitha", "mousley"),
    ("sheridan", "trapnell"),
    ("ermintrude", "pestell"),
    ("alpheus", "sprayberry"),
    ("eglantine", "ratcliffe"),
]
RU_LAT = {"геласий": "gelasiy", "тараканов": "tarakanov", "агнесса": "agnessa", "клопова": "klopova",
          "авенир": "avenir", "дустов": "dustov", "стефанида": "stefanida", "блохина": "blokhina",
          "мартирий": "martiriy", "капканов": "kapkanov", "феофания": "feofaniya", "мышкина": "myshkina",
          "кирьяк": "kiryak", "ловушкин": "lovushkin", "юлиания": "yuliania", "полынина": "polynina",
          "евмений": "evmeniy", "клещев": "kleshchev", "антония": "antoniya", "крысанова": "krysanova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наш старший дезинсектор сейчас туманит склад в респираторе, голосом не ответит, а эсэмэску прочтет, как только выйдет на воздух, {PHONE}",
        "схемы расстановки ловушек у нас от руки чертит специалист по грызунам, все вопросы по крысам к нему, вот как до него дозвониться, {PHONE}",
        "заведующая кухней ресторана на набережной требует звонка перед каждой обработкой, внесите ее номер в карточку объекта, {PHONE}",
        "оповещения о том, что техник опаздывает, привяжите к телефону нашей диспетчерши, {PHONE}, выезды по районам раскидывает она",
        "внизу каждого акта выполненных работ напечатана наша дежурная линия, {CPHONE}, по ней склады и вызывают нас, если опять заметили грызунов",
        # e-mail
        "паспорта безопасности на все препараты копятся у нашего технолога, адрес такой, {EMAIL}, она следит, чтобы ни один не просрочился",
        "месячную сводку по заселенности ловушек ставьте в копию санитарному врачу сети кофеен, {EMAIL}, он показывает ее проверяющим",
        "жалобы на повторное появление тараканов клиенты пишут в ящик отдела качества, {EMAIL}, заведите его в систему самым первым",
        # card
        "родентициды мы закупаем вот этой картой, пусть и подписка с нее списывается, {CARD}",
        "я на объекте в защитном костюме и до кошелька не доберусь, напарник прочитает цифры с моей карты, {CARD}",
        "гасить счет будем с карты директора, {NAME}, она мне утром сама продиктовала номер, записывайте, {CARD}",
        # name
        "право списывать препараты со склада оставьте только за {NAME}, за каждый грамм отравы перед проверками отчитывается она",
        "договоры со складами и все допсоглашения по графику обработок держит в руках {NAME}, по ним идите сразу к ней",
        "{FIRST}, секунду, у клиента в подсобке мышь выскочила прямо между стеллажами, ставлю липкую ловушку, все, говорите",
    ],
    "en": [
        # phone
        "our senior exterminator is fogging a warehouse in a respirator, he won't take a call but he'll read a text the moment he's back outside, {PHONE}",
        "the trap layouts are drawn by hand by our rodent specialist, anything about rats goes to him, here's where to reach him, {PHONE}",
        "the head chef at the restaurant on the embankment insists on a call before every treatment, put her number in the site card, {PHONE}",
        "tie the alerts about a technician running late to our dispatcher's phone, {PHONE}, it's her who divides the visits up by district",
        "every treatment report we leave ends with our duty line, {CPHONE}, that's how warehouses call us out when they spot rodents again",
        # e-mail
        "the safety data sheets for all our products pile up with our technologist, the address is {EMAIL}, she makes sure none of them lapse",
        "cc the coffee chain's sanitary doctor on the monthly trap catch summary, {EMAIL}, he shows it to the inspectors",
        "customers complain about cockroaches coming back to the quality department's inbox, {EMAIL}, wire that one into the system first",
        # card
        "we buy rodenticide with this card, so charge the subscription to it too, {CARD}",
        "i'm on site in a protective suit and can't get at my wallet, my partner will read the digits off my card, {CARD}",
        "we'll settle the invoice from the director's card, {NAME}, she gave me the number herself this morning, write this down, {CARD}",
        # name
        "leave the right to write chemicals off stock with {NAME} alone, she answers for every gram of poison when the inspectors come",
        "{NAME} keeps the warehouse contracts and every addendum to the treatment schedule in hand, go straight to her about those",
        "{FIRST}, hold the line, a mouse just shot out from under a shelf in the client's back room, i'm putting down a glue trap, right, go on",
    ],
}
NOPII_T = {
    "ru": [
        "номер нашей лицензии на дезинфекционную деятельность {BADCARD}, он должен стоять в шапке договора",
        "штрихкод на приманочной станции у мусорных баков {BADCARD}, по нему техник отмечает осмотр",
        "плановая обработка склада стоит {DATE}, техники заходят {TIME}, пока не пришла смена грузчиков",
        "раз у вас в работе {QTY}, начните с базового пакета, а модули докупите потом, по мере надобности",
        "за канистру концентрата от тараканов мы отдаем {PRICE}, а расходуем ее примерно за месяц выездов",
        "санитарная проверка в ресторане ожидается {DATE}, инспектор обещал быть {TIME}, журнал обработок к тому дню должен быть в порядке",
    ],
    "en": [
        "the header of the contract has to carry our disinfection licence number, {BADCARD}",
        "the bait station by the bins carries the barcode {BADCARD}, the technician logs his inspection against it",
        "the warehouse gets its scheduled treatment {DATE}, technicians start {TIME}, before the loaders' shift arrives",
        "with {QTY} on your books, the basic package is the place to start, modules can be added later as you need them",
        "we pay {PRICE} for a canister of cockroach concentrate, and it gets used up in roughly a month of visits",
        "the health inspection at the restaurant is expected {DATE}, the inspector should arrive {TIME}, the treatment log has to be in order by then",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "разрешите нам брать обезличенную статистику по уловам из ваших ловушек для нашей аналитики, и ежемесячный платеж мы за это урежем на {P}",
        "за каждый ресторан, который вы переведете с бумажного журнала обработок на электронный, с абонентки снимается {P}",
        "приведете к нам знакомую фирму из вашей ассоциации дезинфекторов, и мы срежем ваш следующий счет на {P}",
        "паспорта безопасности на свои препараты вы загрузите сами, поэтому справочник химии я вам поставлю с вычетом {P} из прайсовой цены",
        "техникам, которые ходят по объектам пешком, без машины, модуль маршрутов ни к чему, так что цена места для такого техника у вас будет ниже обычной на {P}",
        "расскажете на нашем вебинаре, как у вас устроены гарантийные выезды, и мы за это скостим с абонентки {P}",
        "раз вы первыми в области переходите на электронные карты ловушек, руководство одобрило вам {PA} преференцию на весь первый год",
        "пока ваши техники переносят бумажные схемы ловушек в систему, первый квартал посчитаем по ставке, заниженной на {P}",
        "оформите склады и рестораны одним договором, тогда по общей сумме выйдет экономия порядка {PG}",
    ],
    "en": [
        "let us use anonymised catch counts from your traps for our analytics and the monthly payment drops {P} in return",
        "for every restaurant you move off the paper treatment log onto the electronic one, {P} comes off the subscription",
        "bring another firm from your pest control association to us and your next invoice goes out {P} lighter",
        "you'll load the safety data sheets for your own products yourselves, so the chemicals library lands on your bill {P} below what the price list says",
        "technicians who walk between sites without a van have no use for the routing module, so a seat for one of them runs {P} below one for a technician with a van",
        "talk on our webinar about how you run your guarantee revisits and in return the subscription goes down {P}",
        "since you're the first in the region to switch to electronic trap maps, management has approved {P} off your whole first year",
        "while your technicians move the paper trap layouts into the system, we'll bill the first quarter at a rate marked down {P}",
        "put the warehouses and the restaurants on one contract and the overall sum drops somewhere around {P}",
    ],
}
HALF_T = {
    "ru": ["за учетку для стажера, который пока ездит только в паре со старшим техником, мы берем вполовину меньше, чем за обычную",
           "летние веранды, которые работают только сезон, мы подключаем по половинной цене подписки"],
    "en": ["a trainee who only rides along with a senior technician gets a login for half the regular seat price",
           "summer terraces open only for the season are connected for half the usual monthly charge"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "концентрат от клопов разводят до {P}, система сама подскажет технику расход на площадь",
        "по нашей статистике примерно {P} вызовов по тараканам заканчиваются повторным выездом по гарантии, поэтому система заранее ставит его в график",
        "сети кофеен обычно вносят {P} вперед, еще до первого выезда, и система отметит, когда деньги пришли",
        "дистрибьютор родентицидов дает вам {P} за объем, в справочнике приходная цена будет уже с учетом этого",
        "с электронными картами ловушек ваши клиенты в среднем на {P} быстрее проходят аудит по пищевой безопасности",
        "срочный ночной вызов у вас идет с надбавкой {P}, и она сама встанет в смету",
        "налог на прибыль у вас {P}, а выгрузку по выездам для бухгалтера система соберет сама",
        "спрос на дератизацию складов прибавил за год {P}, маршруты у ваших техников будут только плотнее",
    ],
    "en": [
        "the bed bug product is mixed down to a {P} working solution, the system tells the technician how much to use per area",
        "by our statistics about {P} of cockroach calls end in a repeat visit under guarantee, so the system pencils it into the schedule in advance",
        "coffee chains usually pay {P} ahead, before the first visit, and the system marks when the money's in",
        "you get {P} from the rodenticide distributor for volume, the purchase price in the catalogue will already reflect that",
        "with electronic trap maps your customers get through food safety audits {P} faster on average",
        "you charge the customer a {P} surcharge for an urgent night call, and it drops into the quote by itself",
        "your profit tax is {P}, and the system puts together the export of visits for your bookkeeper on its own",
        "demand for rodent control in warehouses has gone up {P} in a year, your technicians' routes are only going to fill up",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы обрабатываем детские сады по муниципальному контракту, там платят копейки, скиньте нам {P}?",
            "понимаю, но для муниципальных заказов цена у нас та же, отдельных условий нет")],
    "en": [("we do kindergartens on a municipal contract that pays next to nothing, would you cut us {P}?",
            "i understand, but municipal work costs the same as any other, we have no separate terms for it")],
}
CHANNEL_T = {
    "ru": [
        "со следующей недели я в отпуске, но вашу сделку не брошу, держите связь через {MSG}, туда я захожу с личного телефона, офисный аккаунт на это время отключу",
        "в офисе у нас все разговоры пишутся, а про вашу цену лучше без записи, наберите меня на мобильный, который оплачиваю я сам, а не компания, {PPHONE}",
        "черновик договора с вашей сетью ресторанов пришлите не через систему, а на мою почту, которую компания не видит, {PEMAIL}, так юристы не затянут согласование",
        "карту ловушек вашего склада я разберу в дороге, фото и голосовое кидайте прямиком мне в {MSG}, мимо дежурной смены поддержки, там я отвечу сам",
        "у нас сейчас переезжает корпоративная почта и письма теряются, так что паспорта безопасности присылайте на мою собственную, {PEMAIL}",
        "если техник застрянет ночью на объекте, диспетчера не ждите, звоните лично мне, {PPHONE}, это мой телефон, а не служебный",
        "по вечерам я сам, от себя, консультирую фирмы по допуску препаратов, если хотите без наценки компании, звоните мне напрямую, {PPHONE}",
    ],
    "en": [
        "i'm on holiday from next week, but i won't drop your deal, keep in touch through {MSG}, i read it on my personal phone, the office account gets switched off meanwhile",
        "every conversation in our office gets recorded, and your price is better discussed off the record, so ring the mobile that's mine rather than the company's, {PPHONE}",
        "send the draft contract for your restaurant chain not through the system but straight to my private box, the company can't see it, {PEMAIL}, that way the lawyers won't hold up the approval",
        "i'll go through your warehouse trap map on the road, fire the photos and a voice note straight at me on {MSG}, bypassing the support shift, i'll answer there myself",
        "our corporate mail is being moved right now and letters go missing, so send the safety data sheets where i get my own mail, {PEMAIL}",
        "if a technician gets stuck on site at night, don't wait for dispatch, ring me personally, {PPHONE}, that number is mine, it doesn't belong to the firm",
        "in the evenings i advise firms on chemical approvals freelance, if you'd rather skip the company's markup, call me direct, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "что техник уже подъезжает, ресторан узнает от фирменного бота платформы в {MSG}, в подписи будет название вашей фирмы",
        "если приложение не отправило фото станций, звоните на круглосуточную техподдержку компании, {CPHONE}, там посменно дежурят инженеры",
        "договоры на подключение новых складов пересылайте группе внедрения, у них общий адрес на всех, {CEMAIL}, ответит тот, кто дежурит",
        "методисты компании ведут официальный канал в {MSG}, и изменения в санитарных правилах публикуются именно там",
    ],
    "en": [
        "the restaurant learns that the technician is pulling up from the platform's branded bot on {MSG}, with your firm's name at the bottom of the message",
        "if the app hasn't pushed the station photos through, ring the company's technical desk, {CPHONE}, engineers staff it in shifts around the clock",
        "forward contracts for new warehouse connections to the implementation group, they share a single address, {CEMAIL}, whoever's on duty replies",
        "our methodologists run the company's official feed on {MSG}, changes to the sanitary rules get posted there",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваши техники месяц поработают на пробном доступе, а потом сами скажете, оставляем или нет",
           "у вас на носу сезон комаров и клещей, вам явно не до внедрения, отложим все до осени, когда выездов поубавится",
           "посоветуйтесь с технологом и с бухгалтером, торопить вас никто не будет, решение целиком ваше"],
    "en": ["let your technicians work on trial access for a month, then you tell me whether we carry on or not",
           "the mosquito and tick season is almost on you, i know this isn't the moment, we'll return to it in autumn once the visits thin out",
           "sound out your technologist and your bookkeeper first, nobody's going to hurry you, it's your decision from start to finish"],
}
