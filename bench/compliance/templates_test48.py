"""Sentence templates for the "test48" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a booking and order platform for photo studios and
photographers (studio hire by the hour, shoots, retouching queues, print and
album orders, model releases, online galleries for clients) to photo studio
owners, wedding and family photographers and small print and album shops.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test47.py (ru first names
and surnames from А to З, en first names and surnames from A to H), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a retoucher who works through the night and is easiest to get
hold of towards evening, the administrator who hands out the keys to the
cyclorama hall and should get a text when a client runs late, the make up
artist who comes an hour before each shoot and must hear of reschedules, a
wedding photographer who spends half of every saturday at registry offices,
the studio's number sitting in the watermark of every proof; gallery links
the owner wants to check before the client sees them, the mailbox where
signed model releases are filed with the visiting photographers' contracts,
the print manager told when an album goes off to the bindery; the card the
shoot money lands on, read out of a banking app, the card for backdrops and
paper kept under the glass on the desk, the studio's other owner who let his
card be read out, named before its number; the only person who may see and
reorder the retouching queue, the person who keeps the model releases and
without whose mark no gallery goes out, a caller who loses the figure to the
whine of a flash pack recharging; distractors with a shoot voucher code read
out by a client, a lens serial for the equipment inventory, a wedding shoot
with the couple arriving at the studio, a size that starts on the basic
booking calendar, a leather bound album from the bindery and a graduation
gallery promised to parents; discounts framed as galleries moved to cold
storage a month after clients download them, a badge of the platform left on
the studio's galleries, prints ordered through the partner lab, the quiet
months after the new year holidays, a second hall used as a storeroom priced
down until it starts being hired, a video review for the platform's site
traded for a slimmer first invoice, a whole wedding season paid up front for
a price adjustment on the summer months, prints ordered by clients straight
from their gallery at a reduced commission and the photographers who hire
the halls brought onto the platform; half price as short family shoots in
new year sets and galleries for schools and kindergartens with many small
orders; non-offers about a booking prepayment kept by the studio on a no
show, the simplified tax on takings, the share the visiting photographers
pay the studio per hire, photo paper and printer ink going up, clients buying
prints from their gallery, the retouchers' piece rate, the canvas lab's
wholesale price and more shoots at studios on the platform; a studio that
only shoots at weekends asking for a cut; personal channels as raw files for
a trial gallery sent as an archive to the rep's own handset on a messenger, a
rep who shoots weddings at weekends giving the mobile in his camera bag,
photos of the halls for the platform's showcase sent to the mailbox where
the rep's private photo jobs come in, a thread with the rep under his real
name instead of the managers' chat, a trial album offered by the rep from a
mailbox that is not the company's, a rep who hires the client's white hall
for his own family shoot and gives his own number until then, and album
prices for graduates agreed outside the price list on the rep's own number;
company channels as the platform's service bot sending shoot reminders and
gallery links signed with the studio's name, the company's round the clock
hotline for clients whose gallery will not open, the company printers'
shared address for album layouts and the platform's official channel for
photographers; polite closings as finishing the wedding season first, letting
the retoucher and the administrator try the trial account, and a spreadsheet
and a messenger that are quite enough if they cope).

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
    ("артамон", "затворов", "феофанович"),
    ("зарина", "вспышкина", "филимоновна"),
    ("вениамин", "задников", "андронович"),
    ("добромира", "альбомова", "акимовна"),
    ("евграф", "горизонтов", "давыдович"),
    ("велимира", "засветкина", "архиповна"),
    ("егор", "дагеров", "ювенальевич"),
    ("беата", "багетова", "евдокимовна"),
    ("андрон", "зеркальцев", "никодимович"),
    ("ераида", "выдержкина", "еремеевна"),
]
EN_NAMES = [
    ("aurelia", "darkwood"),
    ("godric", "fairbrass"),
    ("calliope", "hazelgrove"),
    ("benedikt", "exposito"),
    ("ginevra", "grainger"),
    ("ellery", "halliwell"),
    ("fabienne", "bellamy"),
    ("gawain", "eastlake"),
    ("ceridwen", "callender"),
    ("darcy", "brockhurst"),
]
RU_LAT = {"артамон": "artamon", "затворов": "zatvorov", "зарина": "zarina", "вспышкина": "vspyshkina",
          "вениамин": "veniamin", "задников": "zadnikov", "добромира": "dobromira", "альбомова": "albomova",
          "евграф": "evgraf", "горизонтов": "gorizontov", "велимира": "velimira", "засветкина": "zasvetkina",
          "егор": "egor", "дагеров": "dagerov", "беата": "beata", "багетова": "bagetova",
          "андрон": "andron", "зеркальцев": "zerkaltsev", "ераида": "eraida", "выдержкина": "vyderzhkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наш ретушер сидит над кадрами по ночам, до обеда он спит, а вечером до него проще всего достучаться, мобильный у него вот какой, {PHONE}",
        "ключи от зала с циклорамой выдает администратор, и если клиент опаздывает на съемку, пусть платформа предупреждает смской именно его, {PHONE}",
        "визажистка приезжает за час до каждой съемки, чтобы успеть загримировать модель, так что о переносах ей тоже надо знать, запишите ее, {PHONE}",
        "свадебный фотограф у нас полсубботы мотается по загсам, в студии его не бывает, проще сразу в его телефон, {PHONE}",
        "номер студии стоит в водяном знаке на каждом пробном снимке, {CPHONE}, клиенты видят его и звонят бронировать зал",
        # e-mail
        "ссылки на онлайн галереи хочу получать и я, заведите меня на {EMAIL}, буду просматривать отбор, прежде чем его увидит клиент",
        "подписанные релизы моделей мы сканируем и складываем в ящик {EMAIL}, там же лежат договоры с приходящими фотографами",
        "уведомления о том, что альбом ушел в переплет, направляйте на {EMAIL}, этим ящиком пользуется наш менеджер по печати",
        # card
        "абонентку спишите с карты, куда приходят оплаты за фотосессии, сейчас открою приложение банка и прочитаю, {CARD}",
        "карточка для фонов и бумаги лежит у меня под стеклом на столе, читаю по порядку, {CARD}",
        "подписку у нас оплачивает второй хозяин студии, {NAME}, он разрешил продиктовать вам карту, {CARD}",
        # name
        "видеть очередь на ретушь и переставлять в ней заказы может только {NAME}, остальным фотографам хватит отметки готово или нет",
        "релизы от моделей собирает и хранит {NAME}, и без отметки о подписанном релизе галерея клиенту не уходит",
        "погодите секунду, {FIRST}, у нас генератор вспышек пищит после каждого щелчка, я не разобрал цифру",
    ],
    "en": [
        # phone
        "our retoucher works on the frames through the night, he's asleep till lunch, and towards evening he's easiest to get hold of, his mobile goes like this, {PHONE}",
        "the administrator hands out the keys to the cyclorama hall, so when a client's running late for a shoot, have the platform text him specifically, {PHONE}",
        "the make up artist comes in an hour before every shoot to get the model ready, so she needs to hear about reschedules as well, take her down, {PHONE}",
        "our wedding photographer spends half of every saturday dashing between registry offices, he's never in the studio, better ring him directly, {PHONE}",
        "the studio's number sits in the watermark on every proof we send out, {CPHONE}, clients see it there and ring up to book a hall",
        # e-mail
        "i want the online gallery links coming to me as well, set me up under {EMAIL}, i'll look over the selection before the client sees it",
        "we scan the signed model releases and file them in the {EMAIL} mailbox, the contracts with our visiting photographers are kept there too",
        "the notices saying an album has gone off to the bindery should be directed to {EMAIL}, our print manager reads that one",
        # card
        "the shoot money all lands on one card, run the subscription through that same one, i'm opening the banking app now and i'll read it off, {CARD}",
        "the card for backdrops and paper sits under the glass on my desk, reading it out in order, {CARD}",
        "the studio's other owner, {NAME}, covers the subscription and has let me read you the card, {CARD}",
        # name
        "seeing the retouching queue and moving orders around in it is for {NAME} only, the other photographers just need a done or not done mark",
        "{NAME} collects and keeps the model releases, and without a tick against a signed release the gallery doesn't go to the client",
        "hang on a second, {FIRST}, our flash pack whines after every shot, the figure got swallowed, go again",
    ],
}
NOPII_T = {
    "ru": [
        "номер подарочного сертификата на фотосессию {BADCARD}, клиентка продиктовала его, когда записывалась",
        "серийник объектива {BADCARD}, он застрахован, внесите его в опись оборудования",
        "свадебная съемка {DATE}, молодожены подъедут в студию {TIME}",
        "судя по тому, что вы рассказали, {QTY}, стартуем с базового календаря броней, а дальше посмотрим",
        "альбом в кожаной обложке переплетная мастерская отдает нам за {PRICE}, доставка сверху",
        "галерею с выпускного мы пообещали родителям {DATE}, ссылка уйдет им {TIME}",
    ],
    "en": [
        "the code on the client's shoot voucher was {BADCARD}, she read it out while booking",
        "write the lens serial into the equipment inventory, {BADCARD}, that lens is insured",
        "the wedding shoot is {DATE}, the couple will pull up at the studio {TIME}",
        "judging by what you've told me, {QTY}, we'll start on the basic booking calendar and see from there",
        "the bindery lets us have a leather bound album for {PRICE}, delivery on top",
        "we've promised the parents the graduation gallery {DATE}, the link goes out to them {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "галереи, которые клиенты уже скачали, мы через месяц переносим в холодное хранилище, и хранение под них выйдет на {P} дешевле",
        "оставьте на своих галереях нашу маленькую плашку с названием платформы, и за эту рекламу мы срежем вам абонентку на {P}",
        "печать будете заказывать через нашу партнерскую лабораторию, тогда комиссия с каждого заказа у вас опустится на {P}",
        "после новогодних праздников, когда съемок почти нет, мы абонентку целиком не морозим, а спускаем на {P}, до самой весны",
        "второй зал, который пока стоит у вас под склад, в календарь добавим, но, пока его не начнут снимать, считать будем с уценкой в {P}",
        "запишите нам короткий видеоотзыв для сайта, и я в ответ скощу {P} с первого счета",
        "оплатите весь свадебный сезон вперед, и я выпишу вам {PA} корректировку цены на май, июнь и июль",
        "печать, которую клиенты заказывают прямо из своей галереи, облагаем по льготной ставке, она на {P} меньше обычной",
        "приведете к нам фотографов, которые арендуют у вас залы, чтобы и свои заказы они вели здесь, и я пересмотрю вашу цену в сторону уменьшения до {PG}",
    ],
    "en": [
        "galleries your clients have already downloaded we move to cold storage after a month, and their storage is billed {P} lower",
        "leave our little badge with the platform's name on your galleries, and in exchange for that bit of advertising we'll whittle {P} off the subscription",
        "if you order your prints through our partner lab, the commission on each order drops {P} for you",
        "after the new year holidays, when there are hardly any shoots, we don't freeze the subscription outright, we lower it {P} right through to spring",
        "your second hall, the one you're using as a storeroom, goes into the calendar, but until people start hiring it we'll charge it at {P} off",
        "record us a short video review for the website, and in return your first invoice comes out {P} slimmer",
        "pay for the whole wedding season up front, and i'll put a {P} price adjustment on may, june and july for you",
        "prints that clients order straight from their own gallery carry a reduced commission, it's the standard commission minus {P}",
        "bring over the photographers who hire your halls, so they run their own orders through us too, and i'll revisit your price, up to {P} lower",
    ],
}
HALF_T = {
    "ru": ["короткие семейные съемки в новогодних декорациях пропустим через платформу за полцены от обычной брони",
           "онлайн галереи для школ и детских садов, где много мелких одинаковых заказов, подключу вам вполовину дешевле"],
    "en": ["short family shoots in the new year sets go through the platform for half the fee of a normal booking",
           "online galleries for schools and kindergartens, with lots of small identical orders, i'll connect for you at half the price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "при бронировании зала клиент вносит предоплату {P}, и если он не явился, платформа оставит эти деньги студии",
        "по упрощенке с выручки у вас уходит {P}, сумму налога к концу квартала платформа прикинет за вас",
        "приходящие фотографы отдают студии {P} от каждой аренды, это ваш внутренний уговор, мы его просто учитываем в отчетах",
        "фотобумага и чернила для принтера с января подорожали на {P}, цены на печать для клиентов вам придется поднимать самим",
        "если верить нашей статистике, {P} клиентов после съемки докупают отпечатки или альбом прямо из онлайн галереи",
        "ретушеры у вас работают сдельно и получают {P} от стоимости обработки, ведомость на них система сведет сама",
        "лаборатория, которая печатает вам холсты, считает вам по опту с вычетом {P}, мы заведем это в себестоимость заказа",
        "у студий, которые ведут брони через платформу, за прошлый сезон съемок набралось на {P} больше",
    ],
    "en": [
        "when a hall is booked the client pays {P} up front, and if they don't show, the platform keeps that money for the studio",
        "on the simplified scheme {P} of your takings goes in tax, the platform will work out the sum for you as the quarter closes",
        "visiting photographers hand the studio {P} of every booking, that's your own internal arrangement, we just reflect it in the reports",
        "photo paper and printer ink cost {P} more than they did in january, you'll have to raise print prices for your clients yourselves",
        "from what we see across our users, {P} of clients buy extra prints or an album straight from the online gallery after a shoot",
        "your retouchers are on piece rate and get {P} of the editing fee, the system will put their pay sheet together itself",
        "the lab that prints your canvases gives you a wholesale price, {P} under its list, we'll feed that into the order cost",
        "studios booking through the platform logged {P} more shoots last season than the one before",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы снимаем только по выходным, в будни зал пустует, скиньте нам {P}, а?",
            "нет, тариф берется за студию целиком, а не за дни, когда вы снимаете")],
    "en": [("we only shoot at weekends, the hall sits empty all week, is {P} less on the cards for us?",
            "no, the plan is charged for the studio as a whole, not for the days you're shooting")],
}
CHANNEL_T = {
    "ru": [
        "исходники для пробной галереи через форму не грузите, закиньте их архивом в {MSG} лично мне, телефон там мой, а не служебный, и вечером сам соберу вам демо",
        "по выходным я сам снимаю свадьбы, так что по срочному звоните на мобильный, который лежит у меня в кофре с камерой, {PPHONE}",
        "фотографии ваших залов для витрины на нашем сайте в кабинет не грузите, скиньте на ящик, куда мне приходят частные заказы на съемку, {PEMAIL}, лучшие отберу сам",
        "давайте без менеджерского чата, заведите со мной переписку в {MSG}, профиль там подписан моим настоящим именем, и я отвечу даже из отпуска",
        "пробный альбом из типографии могу прислать вам от себя лично, черкните мне пару слов на {PEMAIL}, это не корпоративный ящик, оттуда ответ придет скорее",
        "я и сам у вас снимаю, в четверг у меня забронирован белый зал под семейную съемку, там и договоримся о подключении, а до тех пор связывайтесь со мной напрямую, номер мой, не рабочий, {PPHONE}",
        "по цене альбомов для ваших выпускников договоримся в обход прайса, звякните мне вечерком вот сюда, {PPHONE}, это мой, а не офисный",
    ],
    "en": [
        "the raw files for the trial gallery shouldn't go through the form, zip them and push the archive across on {MSG}, it lands on my personal handset, and i'll build you a demo tonight",
        "at weekends i'm off shooting weddings myself, so for anything urgent ring the mobile i keep in my camera bag, {PPHONE}",
        "don't put the photos of your halls for our showcase into the dashboard, send them to the mailbox where my private photo jobs come in, {PEMAIL}, i'll pick the best myself",
        "let's skip the managers' chat, start a thread with me on {MSG}, the profile there carries my real name, and i'll reply even when i'm on leave",
        "i can get a trial album from the print shop sent out to you myself, just send a note to {PEMAIL}, that's not a company mailbox, and replies come faster from there",
        "i actually shoot at your place myself, i've got the white hall booked on thursday for a family session, we'll settle the setup there, and till then ring my own phone, {PPHONE}",
        "on album prices for your graduates we'll work something out off the price list, buzz me this evening, {PPHONE}, that one's mine, not the office's",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "клиент получает напоминание о съемке и ссылку на галерею в {MSG}, их шлет служебный бот платформы, подписанный названием вашей студии",
        "если у клиента не открывается галерея, пусть обращается на круглосуточную горячую линию компании, {CPHONE}",
        "макеты альбомов на согласование отдавайте печатникам компании через общий адрес, {CEMAIL}, к нему подключена вся смена",
        "у платформы есть официальный канал для фотографов в {MSG}, там выходят обновления и разборы новых функций",
    ],
    "en": [
        "clients get the shoot reminder and the gallery link on {MSG}, the platform's service bot sends them signed with your studio's name",
        "if a client's gallery won't open, point them to the hotline the company keeps, {CPHONE}, someone answers there at any hour",
        "album layouts for approval reach the company's printers through one shared address, {CEMAIL}, every printer on shift is hooked up to it",
        "photographers can follow the platform's official channel on {MSG}, updates and walkthroughs of new features come out there",
    ],
}
NOT_PRESSURE = {
    "ru": ["досните свадебный сезон спокойно, а осенью, когда схлынет, я наберу вас еще разок, если позволите",
           "попросите ретушера и администратора потыкать пробный кабинет, их мнение тут важнее моего",
           "если таблички и мессенджера для броней вам хватает, то и менять ничего не надо, правда"],
    "en": ["finish off the wedding season without distractions, and come autumn, once things calm down, i'll call again, if that's all right",
           "ask your retoucher and your administrator to poke around the trial account, their opinion counts for more than mine here",
           "if a spreadsheet and a messenger are enough for your bookings, then there's honestly no need to change anything"],
}
