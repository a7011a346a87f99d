"""Sentence templates for the "test61" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a service and maintenance platform for lift
(elevator) maintenance companies (service contracts with building managers and
housing associations, breakdown call outs and people stuck in a lift car,
monthly inspections and safety certificates, spare parts such as door motors
and control boards, engineers' rounds) to owners of lift firms, chief
engineers, dispatchers, storemen and the lift engineers themselves.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test60.py (ru first names,
surnames and patronymics from А to М, en first names and surnames from A to
L), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (an engineer whose rounds take him into
basements and shafts with no signal and who should get stoppage alerts by
text as well, the breakdown duty woman living two blocks from the control room
who is woken first when someone is stuck in a car at night, a residents'
association chairman who wants to hear about every stoppage of his block's
lift before the residents ring him, the storeman who books door motors and
control boards out to the engineers, the breakdown number stuck up in every
car next to the alarm button; monthly inspection reports sent through the
contracts engineer who signs them and forwards them to the managing agent,
examination reports and safety certificates copied to the chief engineer who
keeps the folder of due dates, the buyer's mailbox for invoices for ropes and
speed governors; the card the control boards are bought from the factory
with, a card read by torchlight in the motor room on the roof, the director
away on a business trip named before the card he left behind; the only person
allowed to close entrapment requests, the person who draws up the engineers'
rounds, a caller breaking off because an alarm from a lift car has gone off;
distractors with a lift's number in the supervisory register, a batch code
sticker on a control board sent back under warranty, an examination after a
winch replacement with the motor room opened for the inspector, the size of
the client's portfolio, the price of a car door motor and a planned shutdown
while the ropes are replaced; discounts framed as a passenger and a goods lift
in one stairwell counted as one site, a wind down rate for lifts due to be
replaced next year, monitoring taken only for the night hours while the
client's own dispatchers cover the day, a lower price per lift for low rise
buildings with few landings, the whole housing estate put on the system
instead of the trial block, the client's spare parts stock opened to other
lift firms through the vendor's parts exchange, a reduction for lifts being
replaced under the regional capital repairs programme, a mutual offset
because the client services the lifts in the vendor's own office building,
and the escalators of a shopping centre on the client's books brought over
with the bill lowered within a given share; half price as wheelchair platform
lifts at a clinic entrance and dumbwaiters in restaurant kitchens; non-offers
about a managing agent's deduction for a lift standing idle over a day,
entrapments caused by residents holding the doors, the factory raising the
price of control boards, the share of damage covered by a lift owner's
liability insurance, a housing association's advance on a full lift
replacement, a rope supplier's reduction for annual volume, fewer repeat call
outs since inspections are logged in the app and value added tax on invoices
to managing agents; a one crew firm with a few tower blocks asking for a cut;
personal channels as photos of a burnt control board sent to the rep's own
messenger account so he can pass them to an engineer he knows at the
factory, a practice rescue from a car run with the rep on his personal mobile
because his work sim gets no signal in shafts, a rep in his first week whose
work mailbox has not been set up yet, a rep who sits on his own building's
residents' board and advises on handling chairmen from his personal number,
a letter to the lift supervisory authority drafted unofficially and sent from
the rep's private e-mail, a rep who lives in one of the client's buildings and
got stuck in its lift himself, and the chairman of a residents' association
given the rep's personal number instead of the support line; company channels
as the company's official bot warning residents of a scheduled inspection,
the company's round the clock technical support line for engineers whose
tablets will not open a permit to work, the implementation department's
shared address for connecting new buildings and the company's official
channel for lift firms with explainers of new inspection rules; polite
closings as waiting until the annual examination is over, leaving the choice
to the engineers who will carry the system into the shafts, and staying with
the paper log while it still does the job).

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
    ("михей", "канатов", "агафонович"),
    ("августина", "лебедкина", "минаевна"),
    ("мокей", "кнопкин", "ипполитович"),
    ("божена", "ловителева", "михеевна"),
    ("акинфий", "масленкин", "корнилович"),
    ("лилия", "башмакова", "евстигнеевна"),
    ("гервасий", "колодкин", "лукианович"),
    ("кристина", "гайкина", "зотеевна"),
    ("моисей", "гирькин", "макарьевич"),
    ("зиновия", "кабинкина", "любомировна"),
]
EN_NAMES = [
    ("edgar", "hoyle"),
    ("imelda", "ackerley"),
    ("fergal", "bramston"),
    ("belinda", "kershaw"),
    ("kendrick", "fawcett"),
    ("cecilia", "dunthorne"),
    ("jonas", "liversidge"),
    ("dorothy", "goldthorpe"),
    ("lorenzo", "ellwood"),
    ("hilary", "jessop"),
]
RU_LAT = {"михей": "mikhey", "канатов": "kanatov", "августина": "avgustina", "лебедкина": "lebedkina",
          "мокей": "mokey", "кнопкин": "knopkin", "божена": "bozhena", "ловителева": "loviteleva",
          "акинфий": "akinfiy", "масленкин": "maslenkin", "лилия": "liliya", "башмакова": "bashmakova",
          "гервасий": "gervasiy", "колодкин": "kolodkin", "кристина": "kristina", "гайкина": "gaykina",
          "моисей": "moisey", "гирькин": "girkin", "зиновия": "zinoviya", "кабинкина": "kabinkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "механик, который обходит наши дома за рекой, в подвалах и шахтах почти без связи, так что сигналы об остановке лифта пусть дублируются ему еще и смской, {PHONE}",
        "когда ночью кто то застревает в кабине, первой мы поднимаем дежурную аварийной службы, она живет в двух кварталах от диспетчерской, ставьте ее номер в ночную очередь, {PHONE}",
        "председатель товарищества из высотки у рынка хочет узнавать о каждой остановке их лифта раньше жильцов, иначе они ему весь вечер названивают, внесите его, {PHONE}",
        "двигатели дверей и платы управления механикам выдает со склада наш кладовщик, он же их и списывает, так что извещения о расходе запчастей пусть уходят ему, {PHONE}",
        "номер нашей аварийной службы наклеен в каждой кабине рядом с кнопкой вызова, {CPHONE}, по нему и звонят застрявшие, если переговорное устройство молчит",
        # e-mail
        "акты ежемесячных осмотров в конце месяца попадают в управляющую компанию через нашего инженера по договорам, поэтому выгрузку направляйте ему, {EMAIL}, он подпишет и перешлет сам",
        "протоколы освидетельствования и сертификаты безопасности пусть падают еще и на {EMAIL}, это главный инженер, он ведет папку со сроками, и просрочек у нас пока не было ни одной",
        "{EMAIL}, пометьте у себя, на этот адрес наш снабженец принимает счета за канаты и ограничители скорости, заказы на запчасти тоже пусть приходят туда",
        # card
        "лицензию оплатим картой, с которой мы покупаем у завода запчасти, те самые платы управления, держите, {CARD}",
        "я сейчас в машинном помещении на крыше, тут темно, посвечу на карту фонарем, значит так, {CARD}",
        "платить будет наш директор, {NAME}, карту он оставил мне перед командировкой, номер диктую, {CARD}",
        # name
        "закрывать заявки о застревании в системе разрешите только {NAME}, диспетчеры пусть их видят, но не трогают",
        "графики обходов для механиков составляет {NAME}, так что маршруты по домам согласовывайте только с этим человеком",
        "{FIRST}, простите, у меня на пульте загорелся сигнал тревоги из кабины, гляну, не застрял ли кто, и сразу к вам вернусь",
    ],
    "en": [
        # phone
        "the engineer who covers our buildings across the river gets almost no signal in basements and shafts, so have the lift stoppage alerts sent to him by text as well, {PHONE}",
        "when somebody gets stuck in a car at night, the first person we wake is our breakdown duty woman, she lives two blocks from the control room, put her number in the night queue, {PHONE}",
        "the chairman of the residents' association in the tower by the market wants to hear about every stoppage of their lift before the residents do, otherwise they ring him all evening, add him, {PHONE}",
        "our storeman hands the door motors and control boards out to the engineers and books them out himself, so the parts usage notices should go to him, {PHONE}",
        "our breakdown service number is stuck up in every car next to the alarm button, {CPHONE}, that's what trapped people dial if the intercom stays silent",
        # e-mail
        "the monthly inspection reports reach the managing agent at the end of the month through our contracts engineer, so send the export to him, {EMAIL}, he signs it and passes it on himself",
        "have the examination reports and safety certificates land at {EMAIL} too, that's our chief engineer, he keeps the folder of due dates and we haven't let a single one lapse so far",
        "{EMAIL}, jot that down, our buyer takes the invoices for ropes and speed governors at that address, so the spare parts orders can arrive there as well",
        # card
        "we'll pay for the licence with the card we buy parts from the factory with, the very same control boards, here you go, {CARD}",
        "i'm up in the motor room on the roof and it's dark in here, let me shine the torch on the card, right then, {CARD}",
        "our director's covering it, {NAME}, his card stayed with me while he's away on business, reading the number now, {CARD}",
        # name
        "closing entrapment requests in the system is for {NAME} alone, the dispatchers can see them but not touch them",
        "{NAME} draws up the engineers' rounds, so agree the routes between buildings with that person and nobody else",
        "{FIRST}, sorry, an alarm from a lift car has just lit up on my panel, let me check nobody's stuck and i'll be straight back with you",
    ],
}
NOPII_T = {
    "ru": [
        "регистрационный номер лифта в реестре надзора {BADCARD}, без него в карточке объекта инспектор акт не примет",
        "на плате управления, которую вы сняли, наклейка с кодом партии {BADCARD}, по нему завод и примет ее по гарантии",
        "освидетельствование лифта после замены лебедки назначено {DATE}, инспектор просит открыть машинное помещение {TIME}",
        "у вас {QTY}, значит, хватит стартового набора функций, остальное докупите, когда освоитесь",
        "мотор привода дверей кабины поставщик отдает вам по {PRICE}, и доставка туда не входит",
        "плановое отключение лифтов в корпусе на время замены канатов пройдет {DATE}, жильцов предупредим, а запустим обратно {TIME}",
    ],
    "en": [
        "the lift's number in the supervisory register is {BADCARD}, without it on the site card the inspector won't accept the report",
        "the control board you took out has a batch code sticker on it, {BADCARD}, that's what the factory will take it back under warranty against",
        "the examination of the lift after the winch replacement is booked {DATE}, the inspector wants the motor room unlocked {TIME}",
        "with {QTY} the starter set of features is plenty, add the rest once you've settled in",
        "a car door motor from the supplier costs {PRICE} at the moment, and delivery isn't part of that",
        "the planned shutdown of the lifts in the block while the ropes are swapped takes place {DATE}, we'll warn the residents and bring them back into service {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "пассажирский и грузовой лифт в одном подъезде заведу как один объект, и второй из пары обойдется вам на {P} дешевле",
        "лифты, которые у вас по плану замены уходят под демонтаж в следующем году, подключу по тарифу для доживающих машин, это минус {P} к обычной цене",
        "если днем за лифтами смотрят ваши собственные диспетчеры, возьмите у нас мониторинг только на ночные часы, он обойдется на {P} дешевле круглосуточного",
        "в малоэтажных домах, где у лифта всего несколько остановок, цена за машину у вас будет ниже на {P}, чем в высотках",
        "заведите в систему весь микрорайон, а не только тот квартал, что сейчас на пробе, и цену за каждый лифт я опущу на {P}",
        "откройте остатки вашего склада запчастей для других лифтовых фирм на нашей площадке обмена, и абонентская плата для вас похудеет на {P}",
        "за лифтами, которые меняют по региональной программе капитального ремонта, закреплю {PA} скидку на весь первый год",
        "вы ведь обслуживаете лифты в нашем собственном офисном здании, так давайте сделаем взаимозачет, и счет за платформу я уменьшу на {P}",
        "подтяните к нам еще и эскалаторы в торговом центре, что у вас на договоре, и общий счет я срежу в пределах {PG}",
    ],
    "en": [
        "a passenger lift and a goods lift in the same stairwell i'll set up as one site, so the second one of the pair comes in {P} cheaper",
        "the lifts on your replacement plan that are coming out next year i'll put on a wind down rate, that's {P} below the normal price",
        "if your own dispatchers watch the lifts during the day, take our monitoring for the night hours only, it works out {P} cheaper than round the clock",
        "in low rise buildings where the lift only has a few landings, your price per car will sit {P} lower than in the tower blocks",
        "put the whole estate on the system, not just the block you're trialling, and i'll lower the price per lift by {P}",
        "open your spare parts stock to other lift firms on our parts exchange, and i'll trim {P} from your monthly fee",
        "lifts being swapped under the regional capital repairs programme i'll bill at {P} under list for their whole first year",
        "you service the lifts in our own office building, don't you, so let's square it with a mutual offset, and i'll reduce the platform invoice by {P}",
        "bring the escalators at the shopping centre you have under contract over to us as well, and i'll pare the combined bill back, anywhere up to {P}",
    ],
}
HALF_T = {
    "ru": ["подъемные платформы для инвалидных колясок на крыльце поликлиники заведем за полцены от обычного лифта, там и осматривать почти нечего",
           "малые грузовые лифты, которые поднимают подносы на ресторанных кухнях, считаем вполовину от пассажирского"],
    "en": ["wheelchair platform lifts at a clinic entrance cost you half of an ordinary lift on our platform, there's hardly anything to inspect on them",
           "the dumbwaiters that carry trays up in restaurant kitchens are billed at half a passenger lift's rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по договору с управляющей компанией с вас удерживают {P} месячной платы за каждый лифт, простоявший дольше суток, такие простои система посчитает сама",
        "по отраслевой статистике {P} застреваний происходит из за того, что жильцы придерживают двери, такие вызовы система помечает отдельным цветом",
        "платы управления у завода подорожали на {P}, поэтому остатки на складе стоит вести в системе, чтобы не закупать лишнего",
        "страховка ответственности владельца лифта покрывает {P} ущерба, остальное ложится на владельца, а мы лишь храним полисы в карточке дома",
        "на полную замену лифта товарищество обычно вносит аванс {P}, система ведет его отдельным счетом до подписания акта",
        "поставщик канатов дает вам {P} скидки за годовой объем, и в закупочной цене это подтянется автоматически",
        "с тех пор как механики отмечают осмотры в приложении, повторных вызовов на тот же лифт стало на {P} меньше, это по всем нашим клиентам",
        "в счетах управляющим компаниям система отдельно показывает ндс, {P}, чтобы их бухгалтерия ничего не пересчитывала",
    ],
    "en": [
        "under your contract the managing agent withholds {P} of the monthly fee for every lift that stands idle longer than a day, the system tallies those outages itself",
        "industry numbers say {P} of entrapments come from residents holding the doors, the system marks those call outs in a separate colour",
        "the factory's control boards have gone up {P}, which is why it pays to keep your parts stock in the system, so you don't overbuy",
        "a lift owner's liability insurance covers {P} of the damage, the owner carries the rest, we just keep the policies on the building's card",
        "for a full lift replacement the housing association usually pays {P} up front, the system keeps that on a separate account until the acceptance certificate is signed",
        "the rope supplier lets you have {P} off against your annual volume, and the purchase price picks that up automatically",
        "since engineers started logging inspections in the app, repeat call outs to the same lift have fallen {P}, that's across all our clients",
        "on invoices to managing agents the system shows the {P} vat separately, so their accountants don't redo the sums",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас одна бригада и десяток лифтов в паре девятиэтажек, может, урежете нам цену на {P}?",
            "нет, урезать не буду, цена за лифт одна, хоть у вас их десяток, хоть целый город")],
    "en": [("we're one crew with a handful of lifts in a couple of tower blocks, would you go {P} lower for a firm our size?",
            "no, i won't go lower, the price per lift is the same whether you look after a handful or a whole city's worth")],
}
CHANNEL_T = {
    "ru": [
        "фотографии сгоревшей платы управления скиньте мне в {MSG}, на мой собственный аккаунт, не в служебный, я перешлю их знакомому инженеру на заводе, он ответит быстрее любой официальной заявки",
        "первую учебную эвакуацию из кабины по новой системе проводите со мной на связи, звоните на мой личный мобильный, {PPHONE}, рабочая симка в шахте не ловит, а личная берет везде",
        "я в компании первую неделю, рабочую почту мне еще не завели, так что список домов и сроки сертификатов пока шлите на мою личную, {PEMAIL}",
        "я сам в правлении товарищества у себя в доме, так что как разговаривать с председателями, подскажу, пишите мне в {MSG}, с личного номера я отвечаю и по вечерам",
        "письмо в надзор по вашему просроченному освидетельствованию я набросаю вам неофициально, от себя, пришлю со своей личной почты, {PEMAIL}, туда и отвечайте",
        "я ведь сам живу в доме, который вы обслуживаете, и на прошлой неделе просидел в кабине почти час, так что звоните мне на личный мобильный, {PPHONE}, мне теперь самому важно, чтобы все заработало",
        "председателю товарищества передайте мой личный номер, {PPHONE}, пусть звонит прямо мне, когда жильцы начнут жаловаться на лифт, а не в нашу поддержку",
    ],
    "en": [
        "send the photos of the burnt control board to my own {MSG}, not the company account, i'll pass them to an engineer i know at the factory, he'll answer faster than any official request",
        "run the first practice rescue from a car on the new system with me on the line, ring my personal mobile, {PPHONE}, my work sim gets nothing in the shaft but my own one picks up everywhere",
        "it's my first week at the company and they haven't set up my work mailbox yet, so for now send the building list and certificate dates to my personal one, {PEMAIL}",
        "i sit on the residents' board in my own building, so i can tell you how to handle chairmen, message me on {MSG}, i answer from my personal number in the evenings too",
        "i'll draft the letter to the supervisory authority about your overdue examination for you unofficially, on my own account, and send it from my private email, {PEMAIL}, reply to me there",
        "i actually live in one of the buildings you look after, and last week i sat in the car for nearly an hour, so call me on my personal mobile, {PPHONE}, now i've got my own reasons to want it all working",
        "pass my personal number to the chairman of the residents' association, {PPHONE}, let him ring me directly when the residents start complaining about the lift, not our support",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о том, что лифт в подъезде остановят на плановый осмотр, жильцов предупреждает бот компании в {MSG}, официальный, подписаться на него можно по наклейке на двери кабины",
        "если планшет у механика не открывает наряд допуск, пусть набирает техподдержку компании, {CPHONE}, там круглые сутки сидят люди, как и у ваших аварийщиков",
        "заявки на подключение новых домов шлите в отдел внедрения компании, ящик у них общий, {CEMAIL}, отвечает тот, кто в этот день дежурит",
        "для лифтовых организаций компания ведет официальный канал в {MSG}, там выходят разъяснения новых правил надзора и поправок в техническом регламенте",
    ],
    "en": [
        "residents find out that the lift in their entrance is being stopped for a scheduled inspection from a bot on {MSG} that the company itself runs officially, they subscribe with the sticker on the car door",
        "if an engineer's tablet won't open the permit to work, he rings the company's technical support, {CPHONE}, someone picks up there at any hour, same as with your breakdown crews",
        "requests to connect new buildings go to the company implementation department's shared address, {CEMAIL}, the engineer on duty that day answers",
        "there's an official company channel for lift firms on {MSG}, explainers of new inspection rules and changes to the technical regulations get published there",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь, пока пройдет годовое освидетельствование, у вас сейчас и без нас хлопот полно, созвонимся потом, я подожду",
           "спросите своих механиков, им с этим по шахтам ходить, последнее слово за ними",
           "если бумажный журнал вас пока не подводит, оставайтесь на нем, а мы будем рядом, когда понадобимся"],
    "en": ["wait until the annual examination is over, you've got enough on your hands without us, we'll talk afterwards, i can wait",
           "ask your engineers, they're the ones who'll carry it into the shafts, the last word is theirs",
           "if the paper log isn't letting you down yet, stay with it, we'll be around when you need us"],
}
