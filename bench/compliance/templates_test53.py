"""Sentence templates for the "test53" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking platform for pet grooming salons and dog
hotels (grooming slots on the grooming tables, boarding nights in kennel
runs, vaccination checks at check in, feeding notes, pick up and drop off,
photo updates and webcam streams for owners) to the owners and
administrators of grooming salons, dog hotels and boarding kennels.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test52.py (ru first names,
surnames and patronymics from А to М, en first names and surnames from A to
L), and verbs, introducing words and sentence shapes that differ from every
template of all earlier parts (the van driver with the travel crates who
takes the dogs home, whose number goes on the owners' drop off notice, the
girl who walks the guests and shoots the owners' photo updates, with the
photo sending tied to her phone, a dachshund's owner who wants to be rung on
one number only even when her husband picks up, the vet on call who checks
vaccinations at check in hung on the urgent call button, the front desk
number engraved on the address tag clipped to every guest's collar; feeding
notes for the head of the kennel runs who lays out the bowls from them,
boarding night statements for the co owner who adds up the hotel's takings,
vaccination certificates for the administrator who checks them before the
dog arrives; a card read out in snatches with a wriggling puppy fresh from a
trim in one's arms, the card the food and shampoos are bought with, a
partner named before the card whose digits sit on a sticky note by the
monitor; the only person who moves bookings on the grooming grid, the person
who takes dogs in, looks at their passports and alone ticks the vaccination
box, a client asked by first name over a roaring dryer when she picks up her
dog; distractors with a dog show entry number for the booking comment, a
spitz owner's bonus pass number that collects grooming points, a labrador
collected from boarding, a volume that needs one front desk seat, a night in
a run with a webcam for the owners and a visiting groomer's masterclass;
discounts framed as photo updates sent in one batch at the end of the day
instead of after every walk, vaccination certificates read by automatic
recognition instead of the vendor's operator, two of the vendor's beginner
groomer students taken on placement for a month, puppies' first getting used
visits left off the bill, groomers trained and tested on the system so they
call support less, an idle second grooming table not billed while it has no
groomer, the client's yearly grooming contest sign ups run through the
vendor, the price list kept in the vendor's standard breed template instead
of a custom one, and a monthly instead of nightly charge for dogs left for
the whole summer; half price as cat cabins next to the dog runs and a
booking for a nail trim only; non-offers about a non refundable deposit for
new year nights, the client's simplified tax, owners who get walk photos
extending stays more often, a coat cosmetics supplier's discount on big
orders, premium food going up, the bank's cut for card acceptance, a late
pick up surcharge and a groomer's share of each groom; a small out of town
hotel with a handful of runs asking for a cut; personal channels as a rep
allergic to dog hair who sets things up by video call from his own messenger
account, calls to the main line handed round the managers in turn so the
client should dial the rep's personal mobile, a rep moving to another
department whose work mailbox is closing, a rep who judges at dog shows at
weekends and answers on his own messenger between rings, webcam stream
links sent to the rep's private inbox because video will not open on the
office network, a work phone chewed up by the rep's puppy, and a rep coming
to photograph the runs for the catalogue who fixes the time on his own
number; company channels as a bot the company officially set up sending
owners the walk photos, the company's duty shift for a dog that cannot be
released because a payment got stuck, invoices and closing documents from
the finance department's common mailbox and the company's official page
announcing new features like the feeding diary; polite closings as watching
over the trial week how owners react to the photo updates, comparing the
vendor with a couple of other platforms it names itself, and shelving it all
till autumn with the rep not chasing).

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
    ("аристид", "лохматов", "зотович"),
    ("иветта", "гривкина", "карповна"),
    ("драгомир", "барбосов", "альбертович"),
    ("доротея", "когтева", "венцеславовна"),
    ("вольдемар", "конурин", "бенедиктович"),
    ("альбина", "кормушкина", "гедиминовна"),
    ("мечислав", "вольеров", "августинович"),
    ("алиса", "ласкова", "арсентьевна"),
    ("матфей", "ежиков", "ладиславович"),
    ("мальвина", "гребенкина", "марленовна"),
]
EN_NAMES = [
    ("amabel", "houndsley"),
    ("benedek", "furnival"),
    ("clovis", "barkworth"),
    ("dagny", "kennelworth"),
    ("elstan", "combermere"),
    ("fleur", "groomsbridge"),
    ("hamlin", "biscombe"),
    ("idris", "fetchley"),
    ("jolene", "brushwood"),
    ("linden", "collarby"),
]
RU_LAT = {"аристид": "aristid", "лохматов": "lokhmatov", "иветта": "ivetta", "гривкина": "grivkina",
          "драгомир": "dragomir", "барбосов": "barbosov", "доротея": "doroteya", "когтева": "kogteva",
          "вольдемар": "voldemar", "конурин": "konurin", "альбина": "albina", "кормушкина": "kormushkina",
          "мечислав": "mechislav", "вольеров": "volerov", "алиса": "alisa", "ласкова": "laskova",
          "матфей": "matfey", "ежиков": "ezhikov", "мальвина": "malvina", "гребенкина": "grebenkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "собак по домам развозит наш водитель на фургоне с переносками, пусть в извещении о доставке у хозяев стоит его номер, {PHONE}, чтобы знали, кто к ним едет",
        "фотки с прогулок хозяевам снимает девочка, которая выгуливает постояльцев, все альбомы у нее в телефоне, так что отправку фотографий привяжите к ее номеру, {PHONE}",
        "хозяйка таксы просила звонить ей вот сюда и больше никуда, даже если дома трубку снимет муж, {PHONE}, отметьте это у нее в карточке",
        "прививки при заселении у нас смотрит ветеринар, он приезжает по вызову, повесьте его номер на кнопку срочного вызова, {PHONE}",
        "на адреснике, который мы цепляем на ошейник каждому постояльцу, выгравирован номер нашей стойки, {CPHONE}, если собака удерет с выгула, нашедший позвонит именно туда",
        # e-mail
        "записки о кормлении, кто что ест и по сколько раз, пускай уходят старшей по вольерам, {EMAIL}, она утром по ним раскладывает миски",
        "{EMAIL}, вот туда складывайте выписки по ночевкам, этот ящик читает моя совладелица, она подбивает выручку по гостинице",
        "справки о прививках, которые хозяева присылают перед заездом, перекидывайте на {EMAIL}, там сидит администратор, она сверяет их еще до того, как привезут собаку",
        # card
        "у меня на руках щенок после стрижки, вертится как юла, так что карту читаю урывками, {CARD}",
        "платить будем той карточкой, с которой берем корм и шампуни, цифры прямо с лицевой стороны, {CARD}",
        "карта моего компаньона, {NAME}, списание с ним обговорено, цифры у меня на стикере возле монитора, {CARD}",
        # name
        "записи к грумерам по сетке двигает только {NAME}, всем остальным оставьте один просмотр",
        "собак на заселении принимает {NAME}, паспорта тоже смотрит этот человек, так что галочку о прививках разрешите ставить ему одному",
        "{FIRST}, подождите, тут сушильный фен ревет, сейчас выключу, и скажите еще раз, во сколько вы забираете пса",
    ],
    "en": [
        # phone
        "our van driver with the travel crates takes the dogs back home, so the drop off notice owners get should carry his number, {PHONE}, then they know who's coming",
        "the girl who walks our guests takes the photo updates for the owners, all the albums are on her phone, so tie the photo sending to her number, {PHONE}",
        "the dachshund's owner asked us to ring her here and nowhere else, even if her husband answers at home, {PHONE}, flag that on her card",
        "a vet checks the vaccinations when dogs check in, he comes out on call, hang his number on the urgent call button, {PHONE}",
        "the address tag we clip onto every guest's collar has our front desk number engraved on it, {CPHONE}, if a dog bolts on a walk, whoever finds it rings there",
        # e-mail
        "let the feeding notes, who eats what and how many times a day, go to the head of our kennel runs, {EMAIL}, she lays out the bowls from them every morning",
        "{EMAIL}, file the boarding night statements there, my co owner reads that inbox, she adds up the hotel's takings",
        "pass the vaccination certificates owners send before a stay on to {EMAIL}, that's our administrator, she checks them before the dog is even dropped off",
        # card
        "i've got a puppy in my arms fresh from a trim, wriggling like mad, so i'm reading the card in snatches, {CARD}",
        "put it on the card our food and shampoo orders go through, digits straight off the front, {CARD}",
        "it's my partner's card, {NAME}, the charge is agreed with them, the digits are on a sticky note by my monitor, {CARD}",
        # name
        "only {NAME} moves bookings around on the grooming grid, everyone else just gets to look",
        "{NAME} takes the dogs in at check in and looks at their passports too, so let that person alone tick the vaccination box",
        "{FIRST}, hang on, there's a dryer roaring in here, let me switch it off, then tell me again what time you're picking up the dog",
    ],
}
NOPII_T = {
    "ru": [
        "номер заявки на выставку, куда хозяйка везет пуделя сразу после стрижки, {BADCARD}, впишите его в комментарий к записи",
        "номер бонусного абонемента у хозяина шпица {BADCARD}, на него капают баллы за каждую стрижку",
        "лабрадора с передержки забирают {DATE}, хозяин написал, что подъедет {TIME}",
        "раз у вас набирается {QTY}, одного места для администратора на первое время хватит с головой",
        "ночь в вольере с вебкамерой, чтобы хозяева подглядывали за своим любимцем, у вас стоит {PRICE}, считая два кормления",
        "приезжий грумер проводит у вас мастер класс {DATE}, начинают {TIME}, на это время запись в салон закроем",
    ],
    "en": [
        "the entry number for the show the owner's taking her poodle to straight after the trim is {BADCARD}, pop it into the booking comment",
        "the spitz owner's bonus pass number is {BADCARD}, points for every groom pile up on it",
        "the labrador's being collected from boarding {DATE}, the owner wrote that he'll turn up {TIME}",
        "with {QTY} on the go, one front desk seat will be more than plenty to begin with",
        "a night in a run with a webcam, so owners can peek at their pet, costs {PRICE} at your place, two feeds included",
        "a visiting groomer is holding a masterclass at yours {DATE}, they kick off {TIME}, we'll close salon bookings for that stretch",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если фотоотчеты хозяевам будете слать одной пачкой в конце дня, а не после каждой прогулки, хранилища уходит меньше, и абонентка полегчает на {P}",
        "справки о прививках может читать автоматическое распознавание вместо нашего оператора, согласитесь на это, и строчка за проверку в счете усохнет на {P}",
        "наша компания учит начинающих грумеров, возьмите к себе на месяц двоих наших учеников на практику, и я сниму с вашей абонентки {P}",
        "первые визиты щенков, когда их только приучают к столу и фену, в счет не пойдут, а на вашей клиентуре экономия от этого набегает в {P}",
        "пройдут ваши грумеры наше обучение и сдадут зачет по системе, звонков в поддержку станет меньше, и за это мы вычтем из тарифа {P}",
        "пока второй стол у вас стоит без мастера, мы его не тарифицируем, так что ваш ежемесячный платеж от этого облегчается на {P}",
        "проведете через нас регистрацию на ваш ежегодный конкурс грумеров, и я оформлю вам {PA} уступку на весь следующий год",
        "если прайс на стрижки оставите в нашем стандартном шаблоне по породам, а не будете рисовать свой, за настройку заплатите на {P} меньше",
        "за собак, которых оставляют у вас на все лето, мы будем брать плату помесячно, а не за каждую ночь, и на таких постояльцах вы сбережете порядка {PG}",
    ],
    "en": [
        "if you send the photo updates to owners in one batch at the end of the day rather than after every walk, it takes less storage and the subscription gets {P} lighter",
        "automatic recognition can read the vaccination certificates instead of our operator, agree to that and the checking line on your invoice drops {P}",
        "our company trains beginner groomers, take two of our students on placement at your salon for a month and your subscription comes down {P} for it",
        "puppies' first visits, when they're only getting used to the table and the dryer, stay off the bill, and with your clientele that saves you {P}",
        "once your groomers do our training and pass the test on the system, they'll ring support less, and for that we knock {P} off the plan",
        "while your second table has no groomer at it we don't bill for it, so your monthly payment eases by {P}",
        "run the sign ups for your yearly grooming contest through us and i'll draw up a {P} concession for you covering the whole of next year",
        "keep your grooming price list in our standard breed template instead of drawing up your own and the setup comes to {P} less",
        "for dogs that are left with you for the whole summer we'll charge by the month instead of by the night, and on guests like that you keep about {P}",
    ],
}
HALF_T = {
    "ru": ["кошачьи домики, которые стоят у вас рядом с собачьими вольерами, мы считаем по тарифу, урезанному ровно наполовину",
           "запись на одну только стрижку когтей, без мытья и стрижки шерсти, проходит у нас в половину цены обычной записи"],
    "en": ["the cat cabins you keep next to the dog runs we count at a rate chopped exactly in half",
           "a booking for a nail trim only, no bath and no haircut, goes through at half the price of a regular booking"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за новогодние ночи хозяева у вас вносят невозвратный задаток, {P}, платформа закрепит его за бронью и покажет в карточке собаки",
        "по упрощенке вы отдаете {P} с доходов, и отчет по выручке гостиницы программа соберет без вас",
        "по нашим наблюдениям, хозяева, которым приходят фото с прогулок, продлевают передержку на {P} чаще",
        "поставщик профессиональной косметики для шерсти уступает вам {P} на крупный заказ, это отразится в себестоимости стрижки",
        "премиальный корм за зиму подскочил в цене на {P}, так что дневную ставку за питание вы, видимо, поднимете сами",
        "за прием карт банк забирает себе {P} от каждой оплаты, это его заработок, к нашей подписке он отношения не имеет",
        "если собаку забирают позже оговоренного часа, по вашим правилам к стоимости суток добавляется {P}, программа начислит это сама",
        "грумер у вас получает {P} с каждой стрижки, и зарплатный отчет посчитает его долю автоматически",
    ],
    "en": [
        "for the new year nights owners pay you a non refundable deposit, {P}, the platform pins it to the booking and shows it on the dog's card",
        "under the simplified tax regime you pay {P} on income, and the software pulls the hotel's takings report together without you",
        "from what we've seen, owners who get photos from the walks extend the boarding {P} more often",
        "the supplier of professional coat cosmetics gives you {P} off a big order, that feeds into the cost of a groom",
        "premium food climbed {P} over the winter, so you'll likely bump the daily feeding rate up yourselves",
        "for card acceptance the bank holds back {P} of every payment, that's its own earnings, our subscription has no part in it",
        "if a dog is collected later than the agreed hour, your rules add {P} to the day's price, the software charges that itself",
        "your groomer gets {P} of every groom, and the pay report works out that share automatically",
    ],
}
CLIENT_ASK_T = {
    "ru": [("гостиница у нас за городом и вольеров совсем немного, может, скостите {P}?",
            "увы, тут без уступок, маленькие гостиницы и большие сети платят у нас по одной и той же цене")],
    "en": [("our hotel's out of town and we've only got a handful of runs, any chance you'd drop {P} for us?",
            "sorry, no give on that one, small hotels and big chains pay us exactly the same price")],
}
CHANNEL_T = {
    "ru": [
        "у меня аллергия на собачью шерсть, так что к вам в салон я не приеду, давайте настроим все по видеосвязи, я наберу вас в {MSG}, аккаунт там мой, личный",
        "звонки на общую линию раскидываются по менеджерам по очереди, и вы попадете не ко мне, так что набирайте сразу мой личный мобильный, {PPHONE}",
        "с первого числа я перехожу в другой отдел, рабочий ящик у меня закроют, так что дальше пишите уже на адрес, который у меня для личной переписки, {PEMAIL}",
        "по выходным я сужу на выставках собак и весь день торчу в {MSG}, аккаунт там личный, не рабочий, так что стучитесь туда, отвечу между рингами",
        "ссылки на трансляции с вебкамер, которые надо проверить, скиньте мне на личный ящик, {PEMAIL}, в офисной сети видео не открывается, посмотрю из дома",
        "мой щенок вчера сгрыз рабочий телефон, его чинят, так что пока звоните мне на личный, {PPHONE}",
        "фотографировать ваши вольеры для каталога приеду я сам, так что о времени договоримся по моему номеру, он личный, {PPHONE}",
    ],
    "en": [
        "i'm allergic to dog hair, so i won't be coming out to the salon, let's set it all up over a video call, i'll ring you on {MSG}, the account there is my own, a personal one",
        "calls to the main line get handed round the managers in turn, so you won't land on me, dial my personal mobile straight away, {PPHONE}",
        "from the first of the month i'm moving to another department and my work mailbox gets closed, so from now on use the address i keep for personal mail, {PEMAIL}",
        "at weekends i judge at dog shows and i'm on {MSG} all day, on my personal account, not a work one, so knock there, i'll answer between rings",
        "the webcam stream links that need checking, fire them over to my private inbox, {PEMAIL}, video won't open on the office network, i'll watch them from home",
        "my puppy chewed up my work phone last night and it's in for repair, so for now call me on my personal one, {PPHONE}",
        "i'll be the one coming to photograph your runs for the catalogue, so let's fix a time on my number, it's a personal one, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "фото с прогулок хозяева получают от бота, которого компания официально завела в {MSG}, грумеру ничего пересылать со своего телефона не нужно",
        "если собаку не выдают хозяину, потому что зависла оплата, набирайте дежурную смену компании, {CPHONE}, они на связи и ночью",
        "счета и закрывающие документы компания шлет с общего ящика финансового отдела, {CEMAIL}, ответы там разбирает тот, кто свободен",
        "анонсы новых функций, вроде дневника кормления, компания публикует в {MSG}, это ее официальная страница, и ваши сотрудники читают ее наравне с нашими",
    ],
    "en": [
        "owners get the walk photos from a bot the company officially set up on {MSG}, the groomer needn't forward a thing from their own phone",
        "if a dog can't be released because a payment got stuck, dial the company's duty shift, {CPHONE}, they're reachable at night too",
        "the company sends invoices and closing documents from the finance department's common mailbox, {CEMAIL}, whoever's free there picks up the replies",
        "the company posts announcements of new features, like the feeding diary, on {MSG}, that's its official page, and your staff read it just like ours do",
    ],
}
NOT_PRESSURE = {
    "ru": ["посмотрите за пробную неделю, как хозяева откликаются на фотоотчеты, если им все равно, то и мы вам ни к чему",
           "сравните нас еще с парой платформ, я даже подскажу, с какими, а выбирать все равно вам",
           "летом у вас передержки идут одна за другой, давайте отложим все до осени, первым я вас беспокоить не буду"],
    "en": ["watch how owners react to the photo updates over the trial week, if they couldn't care less, you don't need us either",
           "compare us with a couple of other platforms first, i'll even tell you which ones, the pick is yours in the end",
           "summer's back to back boardings for you, so let's shelve this till autumn, i won't be the one chasing"],
}
