"""Sentence templates for the "test18" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling video-surveillance cameras with cloud video storage
and alerts (motion alerts, archive days, remote viewing on a phone) to small
shops, car washes, petrol stations and car parks. Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test17.py, and verbs, introducing words and
sentence shapes that differ from every template of all sixteen (the car park
night guard who lifts the barrier for installers, the senior washer in charge
of the wash bays, the head cashier on day shift who knows where the fuse board
and router are, a shop owner's second phone, the management company line on
the car park entrance sign; footage of a smashed shop window for an insurance
agent, after hours motion alerts read on the phone, the caretaker who gets the
installation estimate; the petrol station's card for the cloud archive with
the cameras by invoice, a card read off a blurry photo, the card of the person
who pays for all the equipment; remote viewing granted to the head of
security, the person who signs off the installation once every camera shows a
picture, a client drowned out by a compressor; distractors with a video
recorder serial on a sticker, a police report number quoted when footage is
exported, installers arriving while the wash is quiet, cameras sized to the
site, an outdoor camera price with night lighting and cloud archive priced per
camera; discounts framed as a cut for every extra site when all pumps are
covered, a sector factor for car washes, cabling done by the client's own
electrician taken out of the estimate, going easy on the kit after a break in,
a month of archive for the price of two weeks, an install crew's idle window,
a reduction tied to the cameras staying at the site, a shop chain price sheet
and the tail of a prepaid year not charged; half price as an archive bill
halved while a car wash is shut for winter and a spare recorder for a second
site at half the list; non-offers about till shortages after installation,
night plate recognition, an insurer lowering its premium, a recorder price
rise, a penalty on the installation cost, hardware prepayment, a previous
installer's servicing discount and how full the cloud storage is; a client who
was robbed asking for a cut; personal channels as camera screenshots sent to
the rep instead of the support chat, the rep's cell when the app fails at
night, footage links sent to the rep's own inbox, the rep's own installers off
the company's books, storefront photos to the rep's personal messenger
account, a quote sent from the rep's own mailbox so the boss does not see the
price and a work sim card taken back; company channels as the company's
official channel announcing archive maintenance, the company's duty engineer
line, the service team's shared address and police footage requests through
the client account, where every access is logged).

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
    ("ермак", "дубинин", "епифанович"),
    ("аграфена", "коробейникова", "львовна"),
    ("зосима", "вершинин", "остапович"),
    ("евстолия", "кудряшова", "глебовна"),
    ("ярополк", "загребин", "валерьянович"),
    ("авдотья", "пастухова", "тимофеевна"),
    ("модест", "кирьянов", "куприянович"),
    ("меланья", "тетерина", "ерофеевна"),
    ("вукол", "сбитнев", "мартынович"),
    ("нонна", "ложкарева", "ахмедовна"),
]
EN_NAMES = [
    ("aurelio", "strathearn"),
    ("prudence", "amadi"),
    ("hamish", "eberhardt"),
    ("seraphina", "tremaine"),
    ("jericho", "underhill"),
    ("beatrix", "volkonsky"),
    ("reginald", "castaneda"),
    ("georgiana", "dunmore"),
    ("fergus", "blakemore"),
    ("tobias", "montague"),
]
RU_LAT = {"ермак": "ermak", "дубинин": "dubinin", "аграфена": "agrafena", "коробейникова": "korobeynikova",
          "зосима": "zosima", "вершинин": "vershinin", "евстолия": "evstoliya", "кудряшова": "kudryashova",
          "ярополк": "yaropolk", "загребин": "zagrebin", "авдотья": "avdotya", "пастухова": "pastukhova",
          "модест": "modest", "кирьянов": "kiryanov", "меланья": "melanya", "тетерина": "teterina",
          "вукол": "vukol", "сбитнев": "sbitnev", "нонна": "nonna", "ложкарева": "lozhkareva"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "если монтажники приедут ночью, шлагбаум на стоянке им поднимет охранник, его телефон {PHONE}",
        "на мойке за главного старший мойщик, крепления над боксами обсуждайте с ним, {PHONE}",
        "где у нас щиток и роутер, знает старшая кассирша заправки, она в дневную смену, {PHONE}",
        "если на первый не дозвонитесь, у хозяйки магазина есть второй телефон, она его всегда носит с собой, {PHONE}",
        "на табличке у въезда на парковку написано, куда звонить при угоне, {CPHONE}, это линия нашей управляющей компании",
        # e-mail
        "запись той ночи, когда нам разбили витрину, отправьте на {EMAIL}, ее ждет наш страховой агент",
        "оповещения о движении после закрытия пусть уходят на {EMAIL}, я эту почту читаю с телефона",
        "{EMAIL}, это почта нашего завхоза, смету на монтаж присылайте ему",
        # card
        "подписку на облачный архив спишите с карты заправки, {CARD}, а сами камеры оплатим по счету",
        "карта у меня на фотографии в телефоне, снимок мутный, читаю как вижу, {CARD}",
        "абонентка будет идти с карты, которая оформлена на {NAME}, он у нас платит за все оборудование, {CARD}",
        # name
        "просмотр камер с телефона откройте {NAME}, это наш начальник охраны",
        "монтаж у вас будет принимать {NAME}, акт подпишут, когда каждая камера покажет картинку",
        "{FIRST}, вы меня слышите? тут компрессор гудит, сейчас отойду подальше от боксов",
    ],
    "en": [
        # phone
        "if the installers turn up at night, the car park guard will lift the barrier for them, his number is {PHONE}",
        "at the car wash the senior washer runs things, sort out the brackets over the bays with him, {PHONE}",
        "the head cashier at the petrol station knows where the fuse board and the router are, she's on days, {PHONE}",
        "if you can't get through on the first one, the shop owner has a second phone she always carries, {PHONE}",
        "the sign at the car park entrance says who to call about a stolen car, {CPHONE}, that's our management company's line",
        # e-mail
        "send the footage from the night they smashed our shop window to {EMAIL}, our insurance agent is waiting on it",
        "let the after hours motion alerts go to {EMAIL}, i check that inbox on my phone",
        "{EMAIL}, that's our caretaker's address, the installation estimate goes to him",
        # card
        "charge the cloud archive subscription to the petrol station's card, {CARD}, and we'll pay for the cameras themselves by invoice",
        "i've got the card as a photo on my phone and it's blurry, so i'll read it as best i can, {CARD}",
        "the monthly fee comes off the card in the name of {NAME}, who pays for all our equipment, {CARD}",
        # name
        "give remote viewing on the phone to {NAME}, that's our head of security",
        "{NAME} will sign off the installation once every camera is showing a picture",
        "{FIRST}, can you hear me? the compressor's roaring here, let me step away from the bays",
    ],
}
NOPII_T = {
    "ru": [
        "серийный номер регистратора {BADCARD}, он на наклейке снизу, по нему мы привяжем его к облаку",
        "номер талона из полиции {BADCARD}, его указываем, когда выгружаем запись для следствия",
        "монтажники приедут {DATE}, начнут {TIME}, пока на мойке мало машин",
        "у вас, как я понял, {QTY}, под это и подберем количество камер",
        "уличная камера с ночной подсветкой стоит {PRICE}, монтаж считается отдельно",
        "облачный архив на две недели выйдет {PRICE} за одну камеру",
    ],
    "en": [
        "the recorder's serial is {BADCARD}, it's on the sticker underneath, we use it to link the box to the cloud",
        "the police report number is {BADCARD}, we quote it whenever we export footage for an investigation",
        "the installers come {DATE} and start {TIME}, while the wash is still quiet",
        "so you've got {QTY}, we'll size the number of cameras around that",
        "an outdoor camera with night lighting is {PRICE}, fitting is charged separately",
        "two weeks of cloud archive comes to {PRICE} per camera",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если берете камеры сразу на все колонки, с каждой следующей точки буду снимать {P} с абонентки",
        "для автомоек у нас свой отраслевой коэффициент, с ним облачный архив у вас будет стоить на {P} ниже",
        "если кабель протянет ваш электрик, а мы только подключим, я вычту из сметы {P}",
        "раз у вас уже была кража, войду в положение и ужму цену комплекта на {P}",
        "архив на месяц отдам вам по цене двухнедельного, по сути это минус {P}",
        "у монтажной бригады до конца квартала окно, так что установку проведем на {P} дешевле обычного",
        "{PA} скидку на облако закреплю за вами, пока камеры висят на этой точке",
        "для сетей магазинов у нас отдельный прайс, переведу вас на него, разница с обычным в районе {PG}",
        "оплатите год вперед, и хвост подписки мы с вас не возьмем, то есть {P} годовой суммы вы просто не платите",
    ],
    "en": [
        "if you take cameras for every pump at once, each extra site after the first pays {P} less a month, i'll set that up",
        "car washes get their own sector factor, and with it your cloud archive comes down by {P}",
        "if your own electrician runs the cable and we just connect it, i'll take {P} out of the estimate",
        "seeing as you've already been broken into, i'll go easy on you and chop {P} off the kit",
        "i'll let you have the month of archive for the two week price, which is {P} less in effect",
        "our install crew has a gap until quarter end, so the fitting would come in {P} under the usual rate",
        "i'll keep a {P} reduction on the cloud plan in place for you as long as the cameras stay at this site",
        "there's a separate price sheet for shop chains, i'll move you onto it, it sits roughly {P} below standard",
        "pay the year upfront and we won't bill the tail end of the subscription, so {P} of the annual sum you simply never pay",
    ],
}
HALF_T = {
    "ru": ["пока мойка стоит закрытая на зиму, архив никуда не денется, а счет за него мы ополовиним",
           "запасной регистратор на вторую точку пойдет у вас по половине прайса"],
    "en": ["while the car wash is shut for the winter your archive is kept and the fee for it drops by half",
           "the spare recorder for your second site i'll bill at half the list"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "после установки камер недостачи на кассе у магазинов обычно уменьшаются на {P}",
        "в темноте без подсветки камера узнает номер примерно у {PG} машин",
        "страховая сама снижает взнос на {P}, если на объекте есть видеонаблюдение, это уже ваши с ними дела",
        "с марта производитель поднимает цены на регистраторы на {P}",
        "при расторжении до конца года удерживаем {P} от стоимости монтажа",
        "за оборудование берем предоплату {P}, остальное после того, как картинка пойдет в облако",
        "прежний подрядчик давал вам {P} на обслуживание, но его камеры и месяца не проработали",
        "облако у вас сейчас заполнено на {P}, места под архив пока с запасом",
    ],
    "en": [
        "once cameras go in, shops usually see till shortages drop {P}",
        "in the dark without the lighting on, the camera reads the plate on roughly {P} of cars",
        "your insurer takes {P} off the premium if the site has cctv, that's between you and them",
        "from march the manufacturer is putting recorder prices up {P}",
        "cancel before the year is out and we keep {P} of the installation cost",
        "we take {P} upfront for the hardware, the rest once the picture is in the cloud",
        "your previous installer gave you {P} on servicing, but his cameras didn't last a month",
        "your cloud storage is {P} full right now, so there's plenty of room left for the archive",
    ],
}
CLIENT_ASK_T = {
    "ru": [("нас в прошлом месяце обокрали, денег впритык, может, скинете {P}?",
            "сочувствую, но цену на комплект я снизить не могу")],
    "en": [("we got robbed last month and money's tight, could you drop {P}?",
            "i'm sorry to hear that, but i can't lower the kit price")],
}
CHANNEL_T = {
    "ru": [
        "скриншоты с камер в общий чат поддержки не кидайте, шлите мне лично в {MSG}, я сам разберусь",
        "если ночью пришла тревога, а приложение не открывается, звоните не на линию, а мне на сотовый, {PPHONE}",
        "ссылку на запись той ночи пришлите на мой ящик, не на рабочий, {PEMAIL}",
        "монтажников могу подогнать своих, мимо компании и дешевле, пишите мне в {MSG}",
        "фото фасада скиньте мне в {MSG} на личный аккаунт, прикину, где вешать камеры",
        "коммерческое пришлю со своей почты, {PEMAIL}, чтобы начальство лишний раз мою цену не видело",
        "служебную симку у меня забрали, так что теперь звоните только на мой собственный номер, {PPHONE}",
    ],
    "en": [
        "don't post camera screenshots in the support chat, send them to me personally on {MSG}, i'll sort it myself",
        "if an alarm comes in at night and the app won't open, don't ring the line, call my cell, {PPHONE}",
        "send the link to that night's footage to my own inbox, not the work one, {PEMAIL}",
        "i can get you my own installers, cheaper and off the company's books, message me on {MSG}",
        "send a photo of the storefront to my personal {MSG}, i'll work out where the cameras go",
        "i'll send the quote from my own email, {PEMAIL}, so my boss doesn't see the price i gave you",
        "they took my work sim back, so from now on just call my own number, {PPHONE}",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "в официальном канале компании в {MSG} заранее объявляем плановые работы на серверах архива, подпишитесь",
        "если камера ушла в офлайн, звоните дежурному инженеру на линию компании, {CPHONE}, там круглосуточно",
        "заявки на выезд монтажника принимает отдел сервиса на общий адрес, {CEMAIL}, его видят все инженеры",
        "запросы полиции на выгрузку записей идут только через личный кабинет, так каждый доступ фиксируется",
    ],
    "en": [
        "the company's official channel on {MSG} announces planned maintenance on the archive servers, it's worth subscribing",
        "if a camera drops offline, call the company's duty engineer on {CPHONE}, it's staffed round the clock",
        "installer call outs are booked through the service team's shared address, {CEMAIL}, every engineer sees it",
        "police requests for footage go only through your client account, so every access is logged",
    ],
}
NOT_PRESSURE = {
    "ru": ["повесьте сначала одну камеру на пробу, посмотрите, как вам, а дальше решим",
           "посчитайте спокойно со своим бухгалтером, смета никуда не денется",
           "если решите, что охранника вам пока хватает, я пойму, без обид"],
    "en": ["put one camera up on trial first, see how you like it, and we'll go from there",
           "run the numbers with your accountant in your own time, the estimate isn't going anywhere",
           "if you decide your guard is enough for now, i'll understand, no hard feelings"],
}
