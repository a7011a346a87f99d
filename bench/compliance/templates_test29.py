"""Sentence templates for the "test29" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a dental laboratory ordering and clinic practice
platform (crowns and aligners ordered from labs, intraoral scan uploads,
treatment plans, patient recall reminders, sterilisation logs, supplier
orders for implants, instalment plans for patients) to private dental
clinics. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test28.py, and
verbs, introducing words and sentence shapes that differ from every template
of all earlier parts (a dental technician at the crown lab who talks through
try ins by voice only and won't do messages, the assistant in charge of the
autoclave and the sterilisation log who leaves at six, an implant patient who
wants her check x ray reminder sent to her daughter, an orthodontist working
in two clinics who approves aligner scans on the road, the reception number
stuck on every aligner container that goes home with a patient; printed
treatment plans for the clinical lead who signs them in the evenings, implant
supplier invoices for the senior nurse who holds the stockroom, the address
the lab sends photos of finished work to before shipping; a patient beside
the caller handing over his card for the first instalment, a card read out
after pulling a mask down, a card issued to the principal dentist with its
number left on a sticky note; the only person who confirms lab orders, the
single login allowed to buy implants, a drill screeching through the wall
mid call; distractors with an implant lot number off the label, an
autoclave's factory number, a framework try in booked with the lab bringing
it over, a volume the middle plan covers, the price of one zirconia crown and
recall calls and text reminders scheduled; discounts framed as scans
uploaded straight from the intraoral scanner without manual file conversion,
the labs' commission on crowns ordered through the platform passed on to the
clinic, per chair pricing with the third and fourth chairs cheaper, a starter
price for a dentist opening a first surgery after residency, a single shift
clinic counted as a part day practice, recall reminders sent through the
clinic's own sms gateway, a markdown for a clinic whose own dental lab
already runs on the software, a children's tariff for clinics treating
mostly children and a dental show price held after the show closed; half
price as the sterilisation log for a clinic with one autoclave and a second
intraoral scanner in the same clinic; non-offers about vat on toothbrushes
and paste sold at reception, a patient's first instalment, a lab's
prepayment for aligners, zirconia prices going up, more patients returning
for check ups, the share of patients turning a treatment plan down at the
total, demand for aligners growing and an implant maker's volume bonus; a
clinic opened last month asking for a cut; personal channels as a rep who
is a patient of the clinic himself and moves the talk to his personal
messenger account, a rep whose sister runs a dental practice handing out his
own cell, a side business setting up recall reminders for clinics run from
the rep's own address without the company knowing, a special price implant
invoice kept out of the system and sent as a photo from the rep's personal
phone, scan files too big for the platform mailed to the rep's non corporate
address, a rep living next door to the clinic who gives the mobile he pays
for himself and the principal dentist told to text the rep's personal phone
about late crowns instead of support; company channels as the company's official
account on a messenger announcing shipped lab cases, the company's technical
support line staffed by scanner engineers, the legal department's shared
address for patients' instalment agreements and the company's official
channel with clinical case reviews from partner labs).

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
    ("зенон", "зубарев", "сосипатрович"),
    ("мирра", "клыкова", "лукиановна"),
    ("патрикей", "коронатов", "каллистратович"),
    ("гертруда", "слепцова", "киприановна"),
    ("иакинф", "щипачев", "феогностович"),
    ("виолетта", "жемчужникова", "иосифовна"),
    ("гедеон", "белозубов", "парменович"),
    ("марианна", "улыбышева", "хрисанфовна"),
    ("нектарий", "мостовой", "трифиллиевич"),
    ("матильда", "белянина", "давыдовна"),
]
EN_NAMES = [
    ("tristram", "toothill"),
    ("lucasta", "crowninshield"),
    ("humphrey", "bridger"),
    ("rosabel", "bracewell"),
    ("eustace", "fillingham"),
    ("gwenllian", "molyneux"),
    ("digby", "dentith"),
    ("verity", "smiley"),
    ("alban", "chewning"),
    ("sidonie", "gummer"),
]
RU_LAT = {"зенон": "zenon", "зубарев": "zubarev", "мирра": "mirra", "клыкова": "klykova",
          "патрикей": "patrikey", "коронатов": "koronatov", "гертруда": "gertruda", "слепцова": "sleptsova",
          "иакинф": "iakinf", "щипачев": "shchipachev", "виолетта": "violetta", "жемчужникова": "zhemchuzhnikova",
          "гедеон": "gedeon", "белозубов": "belozubov", "марианна": "marianna", "улыбышева": "ulybysheva",
          "нектарий": "nektariy", "мостовой": "mostovoy", "матильда": "matilda", "белянина": "belyanina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "зубной техник из лаборатории, где нам делают коронки, примерки обсуждает только голосом, переписку не признает, так что сразу звоните, {PHONE}",
        "ассистентка, на которой автоклав и журнал стерилизации, уходит в шесть, по циклам ее надо ловить до этого, вот мобильный, {PHONE}",
        "пациентка после имплантации просит, чтобы напоминание про контрольный снимок уходило не ей, а дочери, перебейте в карте номер на этот, {PHONE}",
        "наш ортодонт принимает в двух клиниках и сканы под элайнеры согласует прямо в дороге, впишите его номер в оповещения о готовности работ, {PHONE}",
        "номер ресепшена, {CPHONE}, наклеен на каждый контейнер с элайнерами, который уходит домой к пациенту, поэтому туда звонят по любому поводу",
        # e-mail
        "планы лечения в печатном виде отправляйте главврачу на {EMAIL}, она их подписывает по вечерам, когда заканчивается прием",
        "счета от поставщика имплантов пусть получает наша старшая медсестра, склад на ней, ящик у нее вот такой, {EMAIL}",
        "{EMAIL}, этот адрес внесите в карточку лаборатории, на него они перед отправкой присылают фото готовых работ",
        # card
        "пациент сидит рядом и говорит, что первый платеж за рассрочку пойдет с его карты, вот он мне ее протянул, читаю, {CARD}",
        "подождите, маску сдвину, а то вы меня не разберете, так, вот номер с карты, {CARD}",
        "оплата пойдет с карты, оформленной на {NAME}, а это главный врач клиники, номер мне оставили на стикере, вот он, {CARD}",
        # name
        "заказы в лабораторию подтверждает только {NAME}, и пока этот человек не нажмет подтверждение, ни одну коронку в работу не запускайте",
        "права на закупку имплантов откройте одной учетной записи, той, что принадлежит {NAME}, остальным хватит просмотра",
        "{FIRST}, простите, за стенкой бормашина визжит, я половину упустил, повторите, пожалуйста, про сроки изготовления",
    ],
    "en": [
        # phone
        "the dental technician at the lab that makes our crowns only talks through try ins by voice, he won't touch messages, so just ring him, {PHONE}",
        "the assistant who looks after the autoclave and the sterilisation log leaves at six, catch her before then about the cycles, here's her mobile, {PHONE}",
        "a patient who had an implant placed wants her check x ray reminder to go to her daughter instead of her, swap the number on the record for this one, {PHONE}",
        "our orthodontist sees patients at two clinics and approves aligner scans on the road, put his number on the case ready notifications, {PHONE}",
        "the reception number, {CPHONE}, is stuck on every aligner container that goes home with a patient, so people ring it about anything and everything",
        # e-mail
        "send the printed treatment plans to our clinical lead at {EMAIL}, she signs them in the evenings once the last patient's gone",
        "invoices from the implant supplier should go to our senior nurse, the stockroom is hers, her mailbox is this one, {EMAIL}",
        "{EMAIL}, enter that address on the lab's card, that's where they send photos of finished work before it ships",
        # card
        "the patient's beside me in the chair and says the first instalment comes off his card, he's just passed it over, reading it, {CARD}",
        "one sec, i'll pull my mask down or you won't make me out, right, the digits on the card are {CARD}",
        "the payment comes from our principal dentist's card, {NAME}, the number was left for me on a sticky note, here it is, {CARD}",
        # name
        "{NAME} confirms our lab orders, and until that person hits confirm, don't start a single crown",
        "open the implant purchasing rights to a single login, the one that belongs to {NAME}, everyone else can make do with viewing",
        "{FIRST}, sorry, a drill's screeching through the wall, i lost half of that, could you go over the turnaround times again?",
    ],
}
NOPII_T = {
    "ru": [
        "номер лота на этикетке импланта {BADCARD}, мы его переносим в медкарту, чтобы потом можно было отследить партию",
        "заводской номер автоклава {BADCARD}, без него журнал стерилизации при проверке не примут",
        "примерка каркаса у пациента назначена {DATE}, лаборатория обещала подвезти его {TIME}",
        "вы назвали {QTY}, под такой объем хватит среднего тарифа, за верхний переплачивать незачем",
        "одна циркониевая коронка в лаборатории выходит нам в {PRICE}, и это без примерок",
        "обзвон пациентов на профосмотр система начнет {DATE}, а смс напоминания уйдут {TIME}",
    ],
    "en": [
        "the lot number on the implant label reads {BADCARD}, and it gets transferred to the patient's chart so the batch can be traced later",
        "the autoclave's factory number is {BADCARD}, an inspector won't accept the sterilisation log without it",
        "the framework try in for that patient falls {DATE}, the lab says its courier brings it {TIME}",
        "you mentioned {QTY}, for that volume our middle plan is enough, no reason to pay for the top one",
        "a single zirconia crown from the lab comes to {PRICE} for us, and that's before any try ins",
        "the system starts calling patients in for check ups {DATE}, and the text reminders are sent {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если сканы будете загружать прямо с внутриротового сканера, без нашей ручной конвертации файлов, подписка подешевеет у вас на {P}",
        "лаборатории платят нам комиссию с каждой коронки, заказанной через площадку, поэтому за модуль заказов выставлю вам счет, урезанный на {P}",
        "считаю я по креслам, и третье с четвертым кресла пойдут у меня по цене, срезанной на {P}",
        "врачам, которые после ординатуры открывают свой первый кабинет, мы даем стартовую цену, где от прайса отнято {P}",
        "пока клиника работает в одну смену, посчитаю вас как кабинет неполного дня, а это сразу {P} долой",
        "напоминания о профосмотрах пустим через ваш собственный смс шлюз, и абонентка за рассылки похудеет на {P}",
        "ваша зуботехническая лаборатория и так работает на нашей программе, поэтому клинике при ней я оформлю {PA} уценку как своему клиенту",
        "для клиник, где больше половины пациентов дети, у нас есть детский тариф, и он мягче обычного на {P}",
        "на стоматологической выставке мы подписывали договоры по выставочной цене, выставка закрылась вчера, но я вам ее сохраню, это минус порядка {PG}",
    ],
    "en": [
        "if you upload scans straight from the intraoral scanner, without us converting the files by hand, the subscription comes out {P} cheaper",
        "the labs pay us a commission on every crown ordered through the platform, so the ordering module gets billed to you {P} lower",
        "i price by the chair, and your third and fourth chairs are {P} cheaper than the first two",
        "dentists fresh out of residency opening their first surgery get a starter price from us, {P} beneath the usual one",
        "while the clinic runs a single shift, i'll count you as a part day practice, and that trims {P} from your bill",
        "send the check up reminders through your own sms gateway, and messaging gets {P} lighter on your invoice",
        "your dental lab already runs on our software, so the clinic attached to it gets {P} marked down as one of our own",
        "clinics where more than half the patients are children go on our children's tariff, which is gentler than the standard one by {P}",
        "at the dental show we signed contracts at the show price, it closed yesterday but i'll hold it for you, that's roughly {P} off",
    ],
}
HALF_T = {
    "ru": ["журнал стерилизации для клиники, где стоит один единственный автоклав, идет по половинному тарифу",
           "второй внутриротовой сканер в той же клинике оплачивается в половинном размере от первого"],
    "en": ["the sterilisation log for a clinic with just the one autoclave is charged at a half tariff",
           "a second intraoral scanner in the same clinic costs half of the first one"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "на зубные щетки и пасты, которые вы продаете на ресепшене, начисляется ндс {P}, платформа сама выделит его в чеке",
        "пациент по рассрочке первым взносом платит {P}, а остаток система сама разобьет по месяцам",
        "за элайнеры лаборатория берет предоплату {P} при заказе, остальное при отгрузке",
        "лаборатории подняли прайс на цирконий, в среднем это плюс {P}, так что коронки для ваших пациентов тоже подорожают",
        "с тех пор как напоминания уходят автоматически, на профосмотры возвращается на {P} больше пациентов",
        "в клиниках без рассрочки доля пациентов, которые отказываются от плана лечения, услышав итоговую сумму, составляет {P}",
        "спрос на элайнеры среди взрослых пациентов за последние двенадцать месяцев прибавил {P}",
        "производитель имплантов вернет вам {P} бонусом, когда выберете годовой объем, в системе это видно отдельной строкой",
    ],
    "en": [
        "toothbrushes and paste you sell at reception carry {P} vat, the platform separates it out on the receipt itself",
        "a patient paying in instalments puts {P} down at the start, and the system splits the rest into months on its own",
        "for aligners the lab wants {P} up front when you order, the rest when they ship",
        "the labs have raised their zirconia prices, it's plus {P} on average, so your patients' crowns will cost more too",
        "since the reminders started going out automatically, {P} more patients come back for their check ups",
        "at clinics without instalments, the share of patients who turn the treatment plan down once they hear the total is {P}",
        "demand for aligners among adult patients has climbed {P} since last year",
        "the implant maker pays you {P} back as a bonus once you reach the annual volume, the system lists it separately",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы открылись только в прошлом месяце, пациентов пока по пальцам пересчитать, нельзя ли нам на первое время на {P} дешевле?",
            "нет, цена от числа пациентов не зависит, новая клиника платит столько же, сколько та, что работает много лет")],
    "en": [("we only opened last month and i can count our patients on my fingers, could we get {P} less while we find our feet?",
            "no, the price doesn't depend on how many patients you have, a brand new clinic is charged exactly like one that's been open for years")],
}
CHANNEL_T = {
    "ru": [
        "я ведь сам у вас лечусь, так что давайте без официоза, переписываться будем в {MSG}, страничка у меня там личная, с работой не связанная",
        "у меня сестра держит стоматологию, я эту кухню знаю изнутри, поэтому звоните мне без посредников, на собственный сотовый, {PPHONE}, в выходные тоже",
        "кроме основной работы я помогаю клиникам настраивать рассылки о профосмотрах, по этому поводу пишите мне лично, {PEMAIL}, начальству про эту подработку знать ни к чему",
        "счет на импланты по особой цене я в систему заводить не буду, скину вам его фотографией в {MSG} со своего личного телефона",
        "файлы сканов через площадку не пролезают, там ограничение на размер, поэтому кидайте их мне на почту, не корпоративную, {PEMAIL}, в лабораторию я перешлю сам",
        "я живу в соседнем доме от вашей клиники, так что если что, набирайте мне на мобильный, который я сам себе оплачиваю, {PPHONE}, забегу сам",
        "главврачу передайте мой личный телефон, {PPHONE}, пусть по задержкам коронок из лаборатории пишет сразу мне, минуя поддержку",
    ],
    "en": [
        "i'm actually a patient at your clinic myself, so no need for formalities, let's chat on {MSG}, on my private profile there, kept apart from the office",
        "my sister runs a dental practice, i know the business from the inside, so skip the middlemen and ring my own cell, {PPHONE}, weekends too",
        "on the side i help clinics set up their check up reminders, write to me directly about that, {PEMAIL}, my bosses are none the wiser",
        "the special price implant invoice isn't going into the system, i'll send you a photo of it on {MSG} from my personal phone",
        "scan files won't squeeze through the platform, there's a size limit, so mail them to my non work address, {PEMAIL}, i'll pass them on to the lab",
        "i live in the building next to your clinic, so if anything comes up ring the mobile i pay for myself, {PPHONE}, i'll pop over",
        "give your principal dentist my personal phone, {PPHONE}, he can text me straight about crowns running late from the lab and skip support",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о том, что лаборатория отгрузила работу, клинику оповещает официальный аккаунт компании, он заведен в {MSG}, подключает его администратор клиники",
        "если сканы не загружаются, звоните на линию технической поддержки компании, {CPHONE}, там сидят инженеры, которые знают все модели сканеров",
        "договоры рассрочки с пациентами на проверку отправляйте в юридический отдел компании, адрес общий, {CEMAIL}, там отвечают за сутки",
        "разборы клинических случаев от наших партнерских лабораторий выходят в {MSG}, на канале, который компания ведет официально",
    ],
    "en": [
        "the notice that the lab has shipped a case comes from our company's official account on {MSG}, the clinic administrator connects it",
        "if scans won't upload, phone the company's tech support, {CPHONE}, it's staffed by engineers who know every scanner model",
        "send patients' instalment agreements for checking to the company's legal department, it's a shared address, {CEMAIL}, they turn those round the same day",
        "clinical case reviews from our partner labs go up on {MSG}, on the channel the company runs officially",
    ],
}
NOT_PRESSURE = {
    "ru": ["дождитесь, пока ваш ортодонт вернется с конгресса, пусть сам погоняет демо, а потом решите, я подожду",
           "сначала доработайте договор со старой программой до конца, неустойку платить незачем, а потом созвонимся",
           "если пациенты пока исправно приходят по обзвону администратора, ничего не меняйте, мое предложение от вас никуда не уйдет"],
    "en": ["wait till your orthodontist is back from the congress, let him click through the demo himself, then decide, i can wait",
           "see out the contract with your old software first, no sense paying a penalty, and we'll speak after that",
           "if patients still turn up fine off the receptionist's calls, don't change a thing, the offer will keep"],
}
