"""Sentence templates for the "test26" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling rooftop solar panels with a battery and an
energy-monitoring app subscription (site survey, installation, grid
connection paperwork, financing by instalments, maintenance visits, output
reports) to homeowners and small farms. Everything here is new: names that
appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test25.py, and verbs, introducing words and
sentence shapes that differ from every template of all twenty four (a farm
agronomist who hardly leaves the greenhouses where there is signal only by
the doors, the neighbour who redid the roof and knows whether the rafters
will take panels, the electrician's number scratched onto the meter cabinet
door, the son across the road who gets the low battery alerts, the farm
shop's number on a sign on the farm gate; monthly output reports for a
daughter who keeps a spreadsheet of the savings, grid connection paperwork
for a husband who takes it to the district office, the mailbox the vet sends
his certificates to; the card the farm subsidies are paid onto, a card left
in a tractor's glovebox, the father in law who owns the house named before
his card; the only person who can let the fitters up to the roof, the person
who gets permits out of the grid company, a client whose dogs bark at the
postman mid call; distractors with an electricity account number, an
inverter's factory number, a surveyor's roof visit, a headcount that sets
the size of the power bill, a panel cleaning visit and a meter swap by the
grid company; discounts framed as panels washed and watched by the owners
instead of scheduled visits, a survey dropped because the client took drone
shots of the roof, several houses on one street fitted at once, a winter
install when crews are quiet, the whole system paid at once instead of by
instalments, old panels taken in part exchange, prospective buyers shown round
the client's system, a battery bundled with the panels and the app paid
several years ahead; half price as a second inverter for a guest cottage
while the crew is on site and monitoring for a greenhouse with a couple of
panels; non-offers about panels losing power over their service life, output
sagging on overcast days, a bank's first payment on the instalment plan, the
local electricity tariff creeping up, the share of output a house uses
itself, tax withheld on payments for surplus power, a factory's discount on a
batch of panels eaten up by shipping and farmers' power bills dropping; a
small holding with a couple of cows asking for a cut; personal channels as
photos of every installation stage sent to the rep's own messenger account,
a rep with the same system on his own village roof who wants evening calls
on his mobile, grid company forms filled in by the rep from scans sent to his
own address, a chat of local system owners the rep runs on his own and not
for the company, a quote with a bigger battery the company does not
officially sell mailed from the rep's personal box, the rep's own number
kept handy for the first thunderstorm and a number that is not on the
company's books and works on holiday; company channels as the company's bot
sending weekly output reports, the company's round the clock emergency line
with an engineer on duty, the connections department's shared address and
the company's official channel on a messenger with a weekly output
forecast).

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
    ("онисим", "кровельщиков", "викулович"),
    ("мелитина", "лучинина", "евстратовна"),
    ("меркурий", "ампилов", "трифилиевич"),
    ("рогнеда", "зарницына", "анемподистовна"),
    ("ювеналий", "медников", "фокич"),
    ("харитина", "гелиева", "полиевктовна"),
    ("лонгин", "бликов", "варнавич"),
    ("юстина", "денницына", "агеевна"),
    ("виссарион", "искрин", "кассианович"),
    ("августа", "ведрова", "иринеевна"),
]
EN_NAMES = [
    ("marmaduke", "ambersley"),
    ("evadne", "brightwater"),
    ("osgood", "coppersmith"),
    ("cosima", "dawlish"),
    ("ludovic", "ebbsworth"),
    ("rhiannon", "glaisher"),
    ("severin", "helliwell"),
    ("primrose", "jardine"),
    ("wilbur", "kilbourne"),
    ("jessamine", "lumley"),
]
RU_LAT = {"онисим": "onisim", "кровельщиков": "krovelshchikov", "мелитина": "melitina", "лучинина": "luchinina",
          "меркурий": "merkuriy", "ампилов": "ampilov", "рогнеда": "rogneda", "зарницына": "zarnitsyna",
          "ювеналий": "yuvenaliy", "медников": "mednikov", "харитина": "kharitina", "гелиева": "gelieva",
          "лонгин": "longin", "бликов": "blikov", "юстина": "yustina", "денницына": "dennitsyna",
          "виссарион": "vissarion", "искрин": "iskrin", "августа": "avgusta", "ведрова": "vedrova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "агроном наш почти не выходит из теплиц, а там сеть ловит только у дверей, так что если сорвется, попробуйте еще раз чуть погодя, {PHONE}",
        "крышу на доме перекрывал мой сосед, он лучше всех знает, выдержат ли стропила панели, спросите у него самого, вот его сотовый, {PHONE}",
        "телефон электрика, который менял нам щиток, нацарапан прямо на дверце электросчетчика, сейчас выйду во двор и прочитаю, {PHONE}",
        "оповещения, что батарея села ниже нормы, пусть прилетают сыну, он живет через дорогу и сам прибежит, если что, {PHONE}",
        "на воротах фермы висит вывеска с номером нашей лавки, {CPHONE}, по нему покупатели заказывают у нас молоко и творог",
        # e-mail
        "месячные отчеты о выработке отправляйте дочке на {EMAIL}, она ведет у нас таблицу, сколько мы сэкономили на свете",
        "бумаги по подключению к сети пускай получает муж, {EMAIL}, он сам их распечатает и отвезет в районное отделение",
        "{EMAIL}, туда нам и ветеринар справки присылает, так что письмо от вас точно не затеряется",
        # card
        "первый взнос по рассрочке снимите с той карты, куда хозяйству приходят субсидии, называю цифры, {CARD}",
        "карта в бардачке трактора, не кладите трубку, дойду до сарая, все, держу в руках, {CARD}",
        "платить будет свекор, {NAME}, дом все равно оформлен на него, и карта тоже его, перечисляю, {CARD}",
        # name
        "на крышу ваших монтажников пустит только {NAME}, ключ от чердака хранится у одного этого человека",
        "разрешения в сетевой компании у нас выбивает {NAME}, вот кому и звоните насчет бумаг на подключение",
        "простите, {FIRST}, во дворе собаки залаяли на почтальона, я не расслышал, сколько весит одна панель",
    ],
    "en": [
        # phone
        "our agronomist hardly ever leaves the greenhouses, and there's only signal by the doors, so if the call drops just try him again in a little while, {PHONE}",
        "my neighbour redid the roof on our house, he knows better than anyone whether the rafters will take panels, ask him yourself, here's his cell, {PHONE}",
        "the electrician who swapped our fuse box scratched his number right onto the meter cabinet door, let me pop out to the yard and read it off, {PHONE}",
        "have the alerts about the battery running low go to my son, he lives across the road and will run over if anything's up, {PHONE}",
        "the sign on the farm gate has our farm shop's number on it, {CPHONE}, that's what customers ring to order milk and cheese from us",
        # e-mail
        "the monthly output reports can head to {EMAIL}, that's my daughter's, she keeps a spreadsheet of how much we've saved on power",
        "send the grid connection paperwork to my husband at {EMAIL}, he'll print it off and take it down to the district office himself",
        "{EMAIL}, the vet sends his certificates to that one too, so nothing from you will get lost",
        # card
        "take the first instalment off the card our farm subsidies get paid onto, reading out the numbers, {CARD}",
        "i left my card in the tractor's glovebox, hold the line, i'll walk over to the shed, right, it's in my hand, {CARD}",
        "my father in law is paying, {NAME}, the house is in his name anyway and so is the card, so take it down, {CARD}",
        # name
        "only {NAME} can let your fitters up on the roof, the key to the loft is kept by that one person",
        "{NAME} gets all the permits out of the grid company for us, so that's who to ring about the connection paperwork",
        "sorry, {FIRST}, the dogs are barking at the postman out in the yard, i didn't catch how much one panel weighs",
    ],
}
NOPII_T = {
    "ru": [
        "номер лицевого счета за электричество {BADCARD}, без него сетевая компания заявку на подключение не примет",
        "на шильдике инвертора стоит серийник {BADCARD}, он понадобится при обращении по гарантии",
        "замерщик собирается осматривать крышу {DATE}, просил, чтобы кто нибудь был дома {TIME}",
        "при том, что у вас {QTY}, счет за электричество наверняка немаленький, от него мы и оттолкнемся, когда будем прикидывать мощность станции",
        "один выезд на мойку панелей стоит {PRICE}, а заказывать ее приходится каждый сезон",
        "сетевая компания меняет вам счетчик {DATE}, монтер обещал подъехать {TIME}",
    ],
    "en": [
        "the account number on your electricity bill is {BADCARD}, the grid company won't take a connection request without it",
        "the inverter's nameplate shows serial {BADCARD}, read that out when you call about the warranty",
        "the surveyor is planning to look over the roof {DATE}, he asked for someone to be home {TIME}",
        "with {QTY} your power bill can't be small, and that's what we'll go by when we size the system",
        "one panel cleaning visit costs {PRICE}, and you'll want one every season",
        "the grid company is swapping your meter {DATE}, the engineer said he'd turn up {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если мыть панели и следить за ними будете сами, без наших плановых выездов, платеж за приложение похудеет на {P}",
        "снимки крыши с дрона вы сделали сами, замерщик вам не нужен, так что монтаж у вас подешевеет на {P}",
        "уговорите соседей по улице, поставим панели сразу на нескольких домах, и каждому двору установка выйдет на {P} ниже",
        "зимой у монтажных бригад затишье, так что если согласитесь на монтаж в январе, я проведу его с поблажкой в {P}",
        "рассчитаетесь за станцию целиком, без рассрочки, и я убавлю полную цену на {P}",
        "старые панели с вашего сарая заберем в зачет, и с цены новой станции мы спишем {P}",
        "пустите к себе на участок экскурсию будущих покупателей, пусть посмотрят станцию вживую, а я за это выпишу {PA} скидку на сервисные выезды",
        "аккумулятор, взятый в комплекте с панелями, стоит на {P} дешевле, чем купленный отдельно, так что берите сразу оба",
        "оплатите приложение на несколько лет вперед, и я выхлопочу вам уменьшение абонентки порядка {PG}",
    ],
    "en": [
        "if you wash the panels and keep an eye on them yourselves, without our scheduled visits, the app payment gets lighter by {P}",
        "you flew a drone over the roof and sent us the pictures yourself, so our surveyor can stay home, which makes the installation {P} cheaper",
        "talk your neighbours on the street into it, we'll fit panels on several houses at once, and each household's installation comes out {P} lower",
        "our crews go quiet in winter, so if a january install suits you i'll do it for {P} under the summer price",
        "settle up for the whole system at once, no instalments, and i'll pare the full price down by {P}",
        "we'll take the old panels off your shed in part exchange, and the new system comes to {P} less",
        "let us bring prospective buyers round to see your system working, and in return i'll mark your maintenance plan down {P}",
        "the battery costs {P} less when it comes bundled with the panels than bought separately, so take both together",
        "pay for the app several years in advance and i'll get the subscription cut by somewhere around {P}",
    ],
}
HALF_T = {
    "ru": ["второй инвертор для гостевого домика поставим за половину стоимости, бригада все равно будет у вас на участке",
           "мониторинг для теплицы, где висит всего пара панелей, обойдется вдвое дешевле обычной подписки"],
    "en": ["a second inverter for the guest cottage costs you only half, since the crew will be on your plot anyway",
           "monitoring for a greenhouse with only a couple of panels is charged at half a house's rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "к концу срока службы панели теряют около {P} мощности, это нормальный износ, и в отчетах о выработке вы его увидите",
        "в пасмурный день выработка проседает на {P}, а то и больше, аккумулятор как раз сглаживает такие провалы",
        "банк, который дает рассрочку, требует первым платежом внести {P} стоимости станции",
        "тариф на электричество в вашем районе за последние годы подрос на {P}, поэтому окупаемость мы считаем уже по новым цифрам",
        "летом дом сам расходует примерно {P} того, что дают панели, остальное уходит в сеть",
        "с денег, которые сеть платит вам за излишки, удерживается налог {P}, приложение сразу покажет сумму на руки",
        "завод дал нам на эту партию панелей скидку {P}, но ее съела подорожавшая доставка, и ваша цена остается прежней",
        "у фермеров, которые ставят станцию на коровник, счета за свет в среднем уменьшаются на {P}",
    ],
    "en": [
        "over their service life panels lose about {P} of their power, that's normal wear and you'll see it in the output reports",
        "on an overcast day output sags by {P} or more, the battery is there to smooth out dips like that",
        "the bank behind the instalment plan asks for {P} of the system's cost as the first payment",
        "the electricity tariff in your area has crept up {P} over recent years, so we work out the payback on the new figures",
        "in summer the house itself uses about {P} of what the panels produce, the rest goes out to the grid",
        "the grid's payments for your surplus power are taxed at {P}, the app shows you what's left after tax straight away",
        "the factory gave us {P} off this batch of panels, but pricier shipping ate it up, so your price stays where it was",
        "farmers who put a system on their cow barn see their power bills drop by {P} on average",
    ],
}
CLIENT_ASK_T = {
    "ru": [("хозяйство у нас маленькое, пара коров да огород, может, скинете {P} на монтаж?",
            "нет, монтаж считается по числу панелей, и цена за панель одна, что для фермы, что для дачи")],
    "en": [("it's just a small holding here, a couple of cows and a vegetable patch, would you drop the installation by {P} for us?",
            "no, installation is priced per panel, and a panel costs the same whether it goes on a farm or a summer cottage")],
}
CHANNEL_T = {
    "ru": [
        "пока бригада работает на крыше, снимайте каждый этап и скидывайте фотографии лично мне в {MSG}, профиль там не служебный, а свой, так я скорее замечу, если крепеж поставят криво",
        "у меня у самого в деревне такая же станция на крыше, так что вечерком смело звоните мне, мобильный у меня такой, {PPHONE}, расскажу по дружбе, как она у меня зимует",
        "бумаги для сетевой компании я заполню за вас сам, только пришлите сканы не через приложение, а мне на частную почту, {PEMAIL}",
        "в {MSG} я от себя, а не от компании, веду чат хозяев станций из вашего района, хотите, впишу вас туда прямо сейчас",
        "расчет с аккумулятором побольше пришлю вам со своего личного ящика, {PEMAIL}, официально такие комплекты мы пока не продаем",
        "в первую грозу после монтажа держите под рукой номер моего собственного телефона, {PPHONE}, если выбьет автомат, я сам по телефону подскажу, что включить",
        "вот этот номер, {PPHONE}, в карточке компании не значится, он мой, и на нем я доступен и в отпуске, и по выходным",
    ],
    "en": [
        "while the crew's up on the roof, photograph every stage and ping the pictures over to my {MSG}, the account's mine, not a work one, that way i'll spot it sooner if a bracket goes on crooked",
        "i've got the very same system on my own roof out in the village, so give my mobile a buzz in the evenings, {PPHONE}, and as one owner to another you'll hear how mine copes with winter",
        "i'll fill in the grid company's forms for you myself, just send the scans to my private email rather than through the app, {PEMAIL}",
        "on {MSG} i run a chat for system owners in your area, on my own, not for the company, i can pop you in it from my phone right now",
        "the bigger battery version of the quote will reach you from my personal mailbox, {PEMAIL}, we don't officially sell that setup yet",
        "during the first thunderstorm after the install keep my own number handy, {PPHONE}, if the breaker trips i'll talk you through what to switch back on",
        "this number here, {PPHONE}, isn't on the company's books, it's mine, and it stays switched on through my days off and my leave",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "недельный отчет о выработке рассылает в {MSG} наш фирменный бот, подписаться на него можно прямо из приложения",
        "если инвертор пищит и мигает красным, звоните в аварийную службу компании, {CPHONE}, она работает круглосуточно, трубку снимает дежурный инженер",
        "копии документов для сетевой компании отправляйте в общий ящик нашего отдела подключений, {CEMAIL}, с ним работают сразу несколько специалистов",
        "по понедельникам компания в своем официальном канале в {MSG} публикует прогноз выработки на неделю с учетом погоды",
    ],
    "en": [
        "the weekly output report is sent by our company's bot on {MSG}, subscribing is done right in the app",
        "if the inverter beeps and flashes red, call the company's emergency service, {CPHONE}, it runs round the clock and there's always an engineer by the phone",
        "send copies of the grid company documents to our connections department's shared address, {CEMAIL}, several specialists work from it",
        "every monday the company posts the week's output forecast, worked out from the weather, in its official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["проживите еще одну зиму с нынешними счетами, посмотрите, во что обойдется свет, и только потом думайте о панелях, я подожду",
           "покажите наш расчет соседу, у которого панели уже стоят, пусть скажет, не завышены ли цифры, торопить вас я не буду",
           "если крышу в этом году вы и так собирались перекрывать, сначала займитесь ею, а панели подождут"],
    "en": ["live through one more winter on your current bills, see what the power costs you, and only then think about panels, i can wait",
           "show our figures to the neighbour who already has panels, let him say whether the numbers are inflated, i won't rush you",
           "if you were going to redo the roof this year anyway, deal with that first, the panels can wait"],
}
