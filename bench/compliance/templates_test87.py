"""Sentence templates for the "test87" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a job-scheduling, drilling-log and service platform
to water-well drilling and water-treatment firms (boreholes for country
houses drilled into sand or limestone, casing, caissons and submersible
pumps, well passports and water analyses, iron removal units, filters and
softeners, seasonal opening up and laying up of summer house pumps, drilling
rigs on trucks and their crews, subsoil permits for deep artesian wells) to
drilling firm owners, rig foremen, a hydrogeologist, lab technicians who
take water samples, pump fitters, a homeowners' association chairman and
its treasurer, and an outside bookkeeper. Everything here is new: names that
appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test86.py (rare ru calendar first names, ru
surnames built on drilling and water words, rare ru patronymics, en first
names of Cornish stock, en surnames built on drilling and water words), and
verbs, introducing words and sentence shapes that differ from every template
of all earlier parts (a number put first as the water bowser's, without whose
tank a rig that drills with flushing cannot start on a dry plot, an
association chairman who alone lifts the barrier for the rig truck and wants
a call an hour ahead so the dirt road is not churned up after rain, a lab
technician who must be warned the evening before to bring sterile bottles, a
pump fitter to be caught before eight because there is no signal inside a
steel caisson, the firm's number on a plate stuck inside every caisson lid;
an address put first as the treatment engineer's who picks filters from iron
and hardness figures, drilling logs sent to the hydrogeologist who writes the
well passports, an association's part time bookkeeper who takes completion
papers by email only; a card read out by a wife because the caller's hands are
covered in clay from shovelling cuttings, the firm's diesel card kept in the
rig truck's glovebox, the association treasurer named before the card the
plots' money was collected on; the fitter who runs all seasonal pump
servicing, the geologist whose signature the ministry needs on a subsoil
permit, a caller whose bit has jammed at forty metres; distractors with a
subsoil permit number printed on every artesian well passport, a water
analysis report number owners show when they sell the house, a rig coming in
while the frozen ground still holds it, the size of the firm for counting
logins, the price of a metre drilled into sand and a repeat sample after test
pumping; discounts framed as hanging the company's banner on the rig fence by
the road, taking an analyst out with a crew for a week, a line at the foot of
every well passport naming the software, letting sales people give the
client's number to doubtful drillers, moving pump servicing clients onto
autopay, starting the rollout in winter while rigs stand at the yard,
bringing drilling, water treatment and pump service in at once, putting
leaflets out at the country house show, and bringing in the treatment partner
the client shares customers with, with the cut called a subscription that
settles lower, a slice cut off, a trimmed back subscription, a rate that
falls, a share dropping off the monthly payment, a shorter yearly bill, a
downward adjustment, a sum bargained off with the director and a saving cut
out of the yearly bill; half price as a login for the water bowser driver
and pumps laid up for the winter; non-offers about a client's water hardness
above the limit, limestone wells with iron, a well's yield falling without
flushing, a prepayment before the rig comes in, a winter drilling surcharge,
a softener using less salt after the media is changed, the foreman's piece
rate and an end house's share of a shared well; a one man trailer rig asking
for a cut; personal channels as a log from a well where the water went sent
to the rep's personal messenger for his hydrogeologist brother, a brother in
law's idle rig subcontracted past the company on the rep's own number,
drilling logs mailed to the rep's private address for an aquifer map he keeps
for himself, a rep who lives in the village where the rig is working and
switches his work phone off at home, well passports written on the side for
private owners, a video call from the rep's personal account because the
company's one keeps freezing, and a rep whose work number is being handed to a
trainee; company channels as the company's bot asking summer house owners to
pick a day for their pump service in the firm's name, the company's round
the clock support line that looks at a log remotely, the company's data
upload team's shared address for lab reports, and the company's official
client chat run by support staff; polite closings as asking the
hydrogeologist first, trying a trial login on one old well, and waiting until
the rig is back from a far district).

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
    ("варсонофий", "скважинин", "кирикович"),
    ("архелая", "обсадова", "евмениевна"),
    ("кодрат", "долотов", "фотиевич"),
    ("ермиония", "шламова", "епифановна"),
    ("клеоник", "оголовкин", "елевферьевич"),
    ("епистимия", "кессонова", "вавиловна"),
    ("евпсихий", "желонкин", "иоасафович"),
    ("феозва", "дебитова", "мартирьевна"),
    ("феодул", "водоносов", "мардариевич"),
    ("перепетуя", "фильтрова", "амфилохиевна"),
]
EN_NAMES = [
    ("kenver", "borewell"),
    ("senara", "casingham"),
    ("peran", "augerton"),
    ("meraud", "aquiford"),
    ("bryok", "drillby"),
    ("tegen", "softwater"),
    ("talan", "pumpwright"),
    ("endelyn", "coresby"),
    ("gerens", "bailerby"),
    ("bersaba", "filtergate"),
]
RU_LAT = {"варсонофий": "varsonofiy", "скважинин": "skvazhinin", "архелая": "arkhelaya", "обсадова": "obsadova",
          "кодрат": "kodrat", "долотов": "dolotov", "ермиония": "ermioniya", "шламова": "shlamova",
          "клеоник": "kleonik", "оголовкин": "ogolovkin", "епистимия": "epistimiya", "кессонова": "kessonova",
          "евпсихий": "evpsikhiy", "желонкин": "zhelonkin", "феозва": "feozva", "дебитова": "debitova",
          "феодул": "feodul", "водоносов": "vodonosov", "перепетуя": "perepetuya", "фильтрова": "filtrova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "{PHONE}, запишите как водовоз, бурим мы с промывкой, а на дачных участках воды нет, так что без его бочки установка даже не запустится, пусть система звонит ему накануне каждого выезда",
        "шлагбаум в товариществе для нашего бурового камаза поднимает только председатель, и он еще следит, чтобы мы после дождя не разбили им грунтовку, так что за час до заезда ему надо позвонить, номер {PHONE}",
        "пробы на микробиологию у нас берет лаборантка из районной лаборатории, ее надо предупредить с вечера, чтобы она захватила стерильные бутылки, иначе пробу не примут, звоните ей на {PHONE}",
        "насосника нашего ловите до восьми утра, потом он весь день по кессонам, а внутри железа связь не берет, телефон у него {PHONE}, поставьте напоминание звонить пораньше",
        "на внутренней стороне крышки каждого кессона мы клеим табличку с общим номером фирмы, {CPHONE}, хозяин открыл люк, увидел, что насос встал, и сразу знает, куда звонить",
        # e-mail
        "{EMAIL}, туда пусть уходят результаты каждого анализа воды, это инженер, который подбирает нам станции очистки, по железу и жесткости он сразу видит, какой фильтр предлагать",
        "буровые журналы, где какая порода и на какой глубине пошла вода, выгружайте нашему гидрогеологу, по ним она пишет паспорта скважин, ее почта {EMAIL}",
        "за общую скважину товарищество платит со своего счета, и их бухгалтер, она у них приходящая, принимает акты только в электронном виде, адрес у нее {EMAIL}",
        # card
        "у меня руки по локти в глине, мы шлам из приямка выгребали, жена рядом стоит, она вам прочитает с моей карты, {CARD}",
        "карта фирмы живет у нас в бардачке буровой машины, с нее солярку заправляем, я как раз сижу в кабине, диктую, {CARD}",
        "за общую скважину платит казначей нашего товарищества, {NAME}, деньги со всех участков собраны на карту казначея, номер мне прислали сообщением, записывайте, {CARD}",
        # name
        "{NAME} ведет у нас весь сезонный сервис насосов, весной расконсервация, осенью консервация, так что такие заявки пусть сразу падают на этого мастера",
        "если клиенту нужна артезианская скважина и разрешение на недра, подключайте к заявке {NAME}, без подписи этого геолога бумаги в министерство не уходят",
        "{FIRST}, простите, я перезвоню через полчаса, у нас долото на сорока метрах заклинило, бригада машет, надо бежать к установке",
    ],
    "en": [
        # phone
        "{PHONE}, put that down as the water bowser, we drill with flushing and the summer house plots have no water, so the rig won't even start without his tank, have the system ring him the day before every job",
        "only the association chairman can lift the barrier for our rig truck, and he keeps an eye that we don't churn up their dirt road after rain, so he needs a call an hour before we roll in, number's {PHONE}",
        "the samples for bacteria are taken by a technician from the district lab, she has to be warned the evening before so she brings sterile bottles or the sample gets rejected, ring her on {PHONE}",
        "catch our pump fitter before eight in the morning, after that he's in and out of caissons all day and there's no signal inside the steel, his phone's {PHONE}, set a reminder to call him early",
        "on the inside of every caisson lid we stick a plate with the firm's main number, {CPHONE}, so the owner opens the hatch, sees the pump has stopped and knows straight away who to call",
        # e-mail
        "{EMAIL}, every water analysis result should go there, that's the engineer who picks our treatment units, from the iron and the hardness he can tell at once which filter to offer",
        "export the drilling logs, what rock and at what depth the water came in, to our hydrogeologist, she writes the well passports from them, her email's {EMAIL}",
        "the association pays for the shared well out of its own account, and their bookkeeper, who only comes in part time, takes the completion papers by email and nothing else, her address is {EMAIL}",
        # card
        "my hands are covered in clay up to the elbows, we've been shovelling cuttings out of the pit, my wife's standing right here, she'll read it to you off my card, {CARD}",
        "the firm's card lives in the glovebox of the rig truck, we fill up the diesel with it, i'm sitting in the cab right now, here goes, {CARD}",
        "the shared well is paid for by our association's treasurer, {NAME}, the money from every plot went onto the treasurer's card, they texted me the number, take this down, {CARD}",
        # name
        "{NAME} runs all our seasonal pump servicing, opening up in spring and laying up in autumn, so send those jobs straight to that fitter",
        "when a client needs an artesian well and a subsoil permit, add {NAME} to the job, the ministry won't take the papers without that geologist's signature",
        "{FIRST}, sorry, i'll call you back in half an hour, the bit's jammed at forty metres and the crew are waving at me, i have to run to the rig",
    ],
}
NOPII_T = {
    "ru": [
        "номер лицензии на пользование недрами {BADCARD}, система печатает его на первой странице каждого паспорта артезианской скважины",
        "протокол анализа воды пришел из лаборатории под номером {BADCARD}, хозяева потом показывают его покупателям, когда продают дом",
        "установка заедет на участок {DATE}, бурить начнем {TIME}, пока земля после ночного мороза держит тяжелую машину",
        "исходя из того, что у вас {QTY}, я и заложу число входов для бригад в поле и для офиса",
        "метр бурения на песок у вас стоит {PRICE}, калькулятор подставит эту цену, и клиент увидит смету еще до заезда установки",
        "повторный забор воды после прокачки назначили {DATE}, лаборант приедет {TIME}, воду надо спускать минут десять до его приезда",
    ],
    "en": [
        "the subsoil permit number is {BADCARD}, the system prints it on the first page of every artesian well passport",
        "the water analysis report came back from the lab under number {BADCARD}, owners show it to buyers later when they sell the house",
        "the rig comes onto the plot {DATE}, we start drilling {TIME}, while the ground is still frozen hard enough from the night to hold the truck",
        "seeing as you've got {QTY}, that's what i'll base the number of logins on, for the crews in the field and for the office",
        "a metre drilled into sand costs {PRICE} with you, the calculator puts that price in and the client sees the estimate before the rig even arrives",
        "the repeat water sample after the test pumping gets taken {DATE}, the lab man comes {TIME}, run the tap for ten minutes or so before he gets there",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "повесьте наш баннер на ограждение буровой, пока она стоит у дороги, и ваша абонентка спадет на {P}",
        "возьмите нашего аналитика на неделю в бригаду, пусть посмотрит, как мастер заполняет журнал прямо у установки, а я за это отсеку от вашего тарифа {P}",
        "разрешите системе печатать внизу каждого паспорта скважины строчку, что он сделан в нашей программе, и я обрежу вам подписку на {P}",
        "если позволите нашим менеджерам давать ваш номер буровикам, которые еще сомневаются, чтобы вы им пару слов сказали, как живете с системой, ставка для вас упадет на {P}",
        "переведите клиентов на сезонном обслуживании насосов на автоплатеж через наш сервис, и с вашего ежемесячного платежа отпадет {P}",
        "начните внедрение зимой, пока установки стоят на базе, чтобы нам не дергать бригады в сезон, и годовой счет у вас укоротится на {P}",
        "раз в систему идут сразу и бурение, и водоочистка, и сервис насосов, я оформлю на все три отдела {PA} поправку вниз по абонентке",
        "на выставке загородного строительства, где вы каждую весну стоите со своей установкой, разложите на стенде наши буклеты, и я выторгую у директора {P} с вашей цены",
        "заведите к нам в систему и вашего партнера по водоочистке, с которым вы делите клиентов, и я выкрою вам из годового счета экономию в размере {PG}",
    ],
    "en": [
        "hang our banner on the rig's fence while it stands by the road, and i'll scrape {P} off your subscription",
        "take our analyst out with a crew for a week to watch the foreman fill in the log right at the rig, and in return i'll slice {P} off your plan",
        "let the system print a line at the foot of every well passport saying it was made in our software, and i'll trim your subscription back by {P}",
        "if you let our sales people give your number to drillers who aren't sure yet, so you can tell them a few words about life with the system, your rate falls by {P}",
        "move your seasonal pump servicing clients onto autopay through our service and {P} falls away from your monthly payment",
        "start the rollout in winter while the rigs are parked at the yard, so we don't pull crews away in season, and your yearly bill comes in {P} shorter",
        "since drilling, water treatment and pump service are all coming into the system at once, i'll put a {P} downward adjustment on the subscription for all three departments",
        "at the country house show where you stand with your rig every spring, put our leaflets out on your stand and i'll haggle {P} off your price with my director",
        "bring the water treatment partner you share clients with into the system too, and i'll cut a {P} saving out of your yearly bill",
    ],
}
HALF_T = {
    "ru": ["учетная запись для водовоза, который только подвозит воду к буровой и в журнал ничего не пишет, будет стоить вам половину обычной",
           "дачные насосы, которые стоят законсервированные на зиму, мы в модуле сервиса будем считать вдвое дешевле работающих"],
    "en": ["the login for the water bowser driver who only brings water to the rig and never writes in the log will cost you half the usual",
           "summer house pumps laid up for the winter will count at half the price of working ones in the service module"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "у этого клиента жесткость воды на {P} выше нормы, и система сама предложит ему поставить умягчитель",
        "примерно {P} скважин на известняк в вашем районе дают воду с железом выше нормы, поэтому в паспорте есть отдельная графа про обезжелезивание",
        "если скважину на песок лет пять не промывать, дебит падает на {P}, и программа напомнит хозяину вызвать бригаду",
        "до заезда установки клиент вносит {P} предоплаты, остальное после прокачки, и счет в программе сам разобьется на две части",
        "зимой бурение у вас выходит дороже на {P} из за прогрева техники, и калькулятор сам добавит эту надбавку к смете",
        "после замены загрузки умягчитель тратит соли на {P} меньше, это видно в отчете по каждому фильтру",
        "буровой мастер получает {P} от стоимости пробуренных метров как сдельную часть, и ведомость система посчитает сама",
        "в товариществе каждый участок платит за общую скважину свою долю, у крайних домов это {P} от суммы, и счета по участкам программа разнесет сама",
    ],
    "en": [
        "this client's water hardness is {P} above the limit, and the system will suggest a softener to them by itself",
        "around {P} of limestone wells in your district give water with iron over the limit, that's why the passport has its own box for iron removal",
        "leave a sand well unflushed for five years or so and its yield drops by {P}, and the software reminds the owner to call a crew out",
        "the client pays {P} up front before the rig comes in and the rest after the test pumping, and the invoice in the software splits in two by itself",
        "drilling in winter costs your clients {P} more because the machinery has to be warmed up, and the calculator adds that surcharge to the estimate itself",
        "after the media is replaced the softener gets through {P} less salt, you can see it in the report for every filter",
        "the rig foreman gets {P} of the price of the metres drilled as his piece rate, and the system works out the payroll by itself",
        "in the association every plot pays its share for the shared well, for the end houses that's {P} of the total, and the software splits the bills by plot itself",
    ],
}
CLIENT_ASK_T = {
    "ru": [("я бурю один, мотобуром, вожу его на прицепе за легковушкой, за лето скважин двадцать от силы, может, скинете мне {P}?",
            "не получится, прайс у нас без исключений, хоть у вас мотобур на прицепе, хоть пять камазов с установками")],
    "en": [("it's just me with a little rig on a trailer behind my car, twenty wells a summer at most, could you knock {P} off for me?",
            "i can't, the price list has no exceptions, whether it's one trailer rig or five trucks with full size rigs")],
}
CHANNEL_T = {
    "ru": [
        "журнал с той скважины, где ушла вода, скиньте мне в {MSG}, лично мне, на мой номер, у меня брат гидрогеолог, он глянет по родственному, без всякого счета",
        "у шурина буровая простаивает, он возьмет ваш заказ на субподряд, но это уже мимо компании, позвоните мне вечером на мой личный, {PPHONE}",
        "я для себя собираю карту водоносных слоев по области, пришлите мне ваши буровые журналы на мою личную почту, {PEMAIL}, компании об этом знать не обязательно",
        "я сам живу в поселке, где вы сейчас бурите, заскочу вечером глянуть на установку, наберите мой собственный, {PPHONE}, рабочий я дома выключаю",
        "я подрабатываю, пишу паспорта скважин для частников, если нужно, скиньте исходные данные на мой частный адрес, {PEMAIL}, сделаю дешевле, чем через компанию",
        "давайте созвонимся по видео в {MSG}, с моего личного аккаунта, покажу на экране, как заполнять журнал, а то наша система видеозвонков вечно виснет",
        "с завтрашнего дня мой рабочий номер отдают стажеру, а ваш проект я хочу вести сам, так что пишите мне в {MSG}, на личный номер, стажеру не пишите",
    ],
    "en": [
        "send me the log from the well where the water went on {MSG}, to me personally, on my own number, my brother's a hydrogeologist and he'll have a look as family, no bill",
        "my brother in law's rig is standing idle, he'll take your job on as a subcontractor, but that goes round the company, ring me tonight on my personal, {PPHONE}",
        "i'm putting together a map of the aquifers across the region for myself, send your drilling logs to my personal email, {PEMAIL}, the company doesn't need to know",
        "i actually live in the village where you're drilling now, i'll pop round this evening to see the rig, dial my own number, {PPHONE}, i switch the work phone off at home",
        "i write well passports for private owners on the side, if you need one, send the details to my private address, {PEMAIL}, i'll do it cheaper than through the company",
        "let's do a video call on {MSG} from my personal account, i'll show you on screen how to fill in the log, our own video call system keeps freezing",
        "from tomorrow my work number goes to a trainee, but i want to run your project myself, so message me on {MSG}, on my personal number, don't write to the trainee",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "когда подходит срок сезонного обслуживания насоса, хозяину дачи пишет бот компании в {MSG} от имени вашей фирмы, и хозяин сам выбирает день, когда приедет мастер",
        "если планшет на выезде не синхронизирует журнал, буровой мастер звонит на круглосуточную линию поддержки компании, {CPHONE}, там журнал посмотрят удаленно",
        "протоколы анализов из лаборатории пересылайте на общий адрес отдела загрузки данных компании, {CEMAIL}, оттуда их сотрудники разнесут по карточкам скважин",
        "вопросы по программе задавайте в официальном чате компании для клиентов в {MSG}, его ведут сотрудники поддержки, и ответы там видят все буровые фирмы",
    ],
    "en": [
        "when a pump is due for its seasonal service, the company's bot messages the summer house owner on {MSG} in your firm's name, and the owner picks the day the fitter comes",
        "if the tablet on a job won't sync the log, the rig foreman calls the company's round the clock support line, {CPHONE}, they'll look at the log remotely",
        "forward the lab analysis reports to the company's data upload team at their shared address, {CEMAIL}, the staff there file them onto the well cards",
        "questions about the software go into the company's official client chat on {MSG}, the support staff run it and every drilling firm sees the answers",
    ],
}
NOT_PRESSURE = {
    "ru": ["посоветуйтесь сначала с вашим гидрогеологом, ей паспорта из программы подписывать, так что последнее слово за ней",
           "погоняйте пробный доступ на одной старой скважине, ничего не оплачивая, понравится, скажете, нет, значит, нет",
           "у вас установка сейчас на выезде в дальнем районе, не буду отвлекать, вернетесь на базу, тогда и решим, время терпит"],
    "en": ["have a word with your hydrogeologist first, she's the one who'll sign the passports out of the software, so she gets the final say",
           "play around with a trial login on one old well without paying anything, if you like it, tell me, if not, that's that",
           "your rig's out on a job in the far district right now, so i won't distract you, once you're back at the yard we'll decide, there's no rush"],
}
