"""Sentence templates for the "test41" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a ticketing and box office platform for small
theatres and concert halls (seat maps, season tickets, group bookings for
schools, box office shifts, refunds and exchanges, touring companies renting
the hall, programme printing) to venue owners. Everything here is new: names
that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test40.py, and verbs, introducing words and
sentence shapes that differ from every template of all earlier parts (the
house manager who never puts his phone down from the box office opening to
the final curtain, the head cashier who must be warned the moment a touring
show is oversold, the sound engineer who also draws the seat map, the artistic
director who signs every refund and gets the login codes, the box office
number printed small at the foot of every poster; programme layouts sent to
the typesetter who passes them to the printers, school group requests for the
education officer who seats classes row by row, the mailbox touring companies
write to when they want the hall; the card that pays for poster printing, a
card kept in the safe backstage, a patron's card named before its number; the
only person who signs refunds and exchanges, the person who draws up the box
office rota, a client drowned out by the orchestra in a run through behind the
wall; distractors with a hall rental contract number, a box office terminal's
inventory number, a premiere with the doors opening, a plan for a hall of a
given size, a season's print run of programmes and season tickets going on
sale; discounts framed as tickets sent only to phones with no paper blanks, a
separate rate for the studio stage, a sleeping rate for the summer months when
the hall is dark, the platform's logo on the ticket purchase page, a
neighbouring concert hall brought in, touring companies paying commission
themselves, a concession for a children's theatre, letting the company bring
other venues on tours of the hall as a showcase and a rate that falls as more
seats sell online instead of at the window; half price as charity
performances with free tickets and a balcony map opened only for sell outs;
non-offers about a late refund penalty, a touring company's share of the
takings, a card payment gateway's cut, last season's occupancy, paper for
programmes going up, the venue's own school group discount, online sales
growth at small halls and a deposit on the hall rental; a tiny basement hall
asking for a cut; personal channels as a seat map photographed off the
evacuation plan and sent to the rep's private number on a messenger, a
premiere night with the office closed and the rep's home mobile, school lists
sent to the rep's own mailbox because the work one lags, a rep who goes to
shows every evening and has no work account on the messenger, a contract sent
from the rep's private mailbox that the company need not see, a discount for
the artistic director discussed only on the rep's own phone and a number the
company does not know about; company channels as electronic tickets from
the platform's official bot, the company's round the clock support with an engineer
on duty, the production department's shared mailbox for programme printing
and the company's official news channel; polite closings as finishing the
season first, leaving it to the cashiers who work the system every evening,
and keeping the old box office while it still copes).

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
    ("аполлинарий", "кулисов", "евлампиевич"),
    ("каллиста", "партерова", "ардалионовна"),
    ("ефрем", "суфлеров", "маркелович"),
    ("иулиания", "антрактова", "пантелеевна"),
    ("венедикт", "рампин", "капитонович"),
    ("жанна", "ложина", "гурьевна"),
    ("ермил", "бенуаров", "вианорович"),
    ("фотиния", "галеркина", "савватиевна"),
    ("мартын", "афишев", "галактионович"),
    ("береслава", "занавесова", "онисимовна"),
]
EN_NAMES = [
    ("benedick", "quennell"),
    ("portia", "ormerod"),
    ("orlando", "fothergill"),
    ("viola", "marchbanks"),
    ("roland", "prentice"),
    ("morwenna", "blythe"),
    ("giles", "gillingham"),
    ("celestine", "greasley"),
    ("oberon", "tuckwell"),
    ("bianca", "bramwell"),
]
RU_LAT = {"аполлинарий": "apollinariy", "кулисов": "kulisov", "каллиста": "kallista", "партерова": "parterova",
          "ефрем": "efrem", "суфлеров": "suflerov", "иулиания": "iuliania", "антрактова": "antraktova",
          "венедикт": "venedikt", "рампин": "rampin", "жанна": "zhanna", "ложина": "lozhina",
          "ермил": "ermil", "бенуаров": "benuarov", "фотиния": "fotiniya", "галеркина": "galerkina",
          "мартын": "martyn", "афишев": "afishev", "береслава": "bereslava", "занавесова": "zanavesova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "администратор зала с открытия кассы и до последнего поклона телефон из рук не выпускает, так что все срочное ему, {PHONE}",
        "если на гастрольный спектакль продано больше мест, чем есть в зале, система должна тут же дергать нашу старшую кассиршу, {PHONE}",
        "схему зала у нас будет рисовать звукорежиссер, он и кресла все наперечет знает, созвонитесь с ним, {PHONE}",
        "одноразовые коды на вход в систему пусть получает худрук, он у нас визирует каждый возврат, диктую помедленнее, {PHONE}",
        "внизу каждой нашей афиши мелким шрифтом стоит номер кассы, {CPHONE}, по нему зрители и бронируют места",
        # e-mail
        "макеты программок отправляйте нашей верстальщице, {EMAIL}, она сама передаст их в типографию",
        "заявки от школ на групповые походы перекидывайте нашему педагогу по работе со школами, она рассаживает классы по рядам, {EMAIL}",
        "{EMAIL}, сюда нам пишут гастролеры, которые хотят снять зал, туда же кладите и договоры аренды",
        # card
        "списывайте с карты, которой я оплачиваю печать афиш, сейчас зачитаю, {CARD}",
        "карточку я держу в сейфе за кулисами, так, открыл, читаю, {CARD}",
        "платить будет наш меценат, {NAME}, номер карты {CARD}, с меценатом все обговорено",
        # name
        "возвраты и обмены билетов у нас визирует только {NAME}, остальным кассирам этот раздел закройте",
        "график смен в кассе составляет {NAME}, так что права администратора заводите на это имя",
        "{FIRST}, извините, за стеной прогон, оркестр грянул, я ни слова не разобрал, повторите еще раз",
    ],
    "en": [
        # phone
        "our house manager doesn't let go of his phone from the box office opening to the last bow, so anything urgent goes to him, {PHONE}",
        "if a touring show gets sold past the seats we actually have, the system has to ping our head cashier straight away, {PHONE}",
        "our sound engineer is the one drawing up the seat map, he knows every chair in the place, get in touch with him, {PHONE}",
        "have the login codes go to our artistic director, he initials every refund, i'll read it out slowly, {PHONE}",
        "every poster of ours has the box office number printed small along the bottom, {CPHONE}, that's how the audience books seats",
        # e-mail
        "send the programme layouts to our typesetter, {EMAIL}, she passes them on to the printers herself",
        "school group requests, pass those on to our education officer, she seats the classes row by row, {EMAIL}",
        "{EMAIL}, that's where touring companies write when they want the hall, drop the rental contracts in there too",
        # card
        "charge the card i pay for poster printing with, let me read it out, {CARD}",
        "that card sits in our safe backstage, right, it's open, reading it now, {CARD}",
        "our patron is covering it, {NAME}, card number {CARD}, the patron has agreed to all of it",
        # name
        "only {NAME} initials refunds and exchanges here, close that section off for the other cashiers",
        "{NAME} draws up the box office rota, so set the admin rights up under that name",
        "{FIRST}, sorry, there's a run through behind the wall and the orchestra just struck up, i didn't catch a word, say it again",
    ],
}
NOPII_T = {
    "ru": [
        "номер договора аренды зала {BADCARD}, гастролеры ставят его в платежку",
        "инвентарный номер кассового терминала {BADCARD}, он стоит в фойе у второго входа",
        "премьера у нас {DATE}, зрителей запускаем {TIME}",
        "раз у вас {QTY}, стартового тарифа хватит с запасом, схему зала нарисуем сами",
        "тираж программок на весь сезон вылился нам в {PRICE}, типография опять подняла расценки",
        "абонементы на новый сезон поступают в продажу {DATE}, окошко кассы откроется {TIME}",
    ],
    "en": [
        "the hall rental contract number is {BADCARD}, touring companies put it on their payment slip",
        "the box office terminal's inventory number is {BADCARD}, it stands in the foyer by the second entrance",
        "our premiere is {DATE}, we let the audience in {TIME}",
        "with {QTY} on your side the starter plan is more than enough, we'll draw the seat map ourselves",
        "the programme print run for the whole season came to {PRICE} for us, the printers put their rates up again",
        "season tickets for next season go on sale {DATE}, the box office window opens {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если билеты зрителям будут уходить только на телефон, без бумажных бланков из кассы, сбор с каждого проданного места уменьшится на {P}",
        "камерную сцену мы считаем по отдельной сетке, она на {P} легче, чем для большого зала",
        "летом, когда труппа в отпуске и зал стоит темный, мы переводим вас на спящий тариф, он меньше обычного на {P}",
        "разрешите поставить наш логотип на страницу покупки билета, и я убавлю вам абонентку на {P}",
        "приведете к нам соседний концертный зал, и ваш собственный счет похудеет на {P}",
        "с гастролеров, которые продают билеты через вас, комиссию мы берем сами, поэтому ваша подписка становится на {P} скромнее",
        "раз вы играете для детей, я проведу вам по договору {PA} льготу, это у нас для детских театров",
        "мы ищем площадку, куда будем водить директоров других театров посмотреть систему в деле, пустите нас, и платеж за месяц сократится на {P}",
        "чем больше мест расходится через сайт, а не через окошко кассы, тем ниже ваша ставка, в пределе она опускается до {PG}",
    ],
    "en": [
        "if tickets only ever go to people's phones, with no paper blanks from the box office, the fee on every seat sold comes down {P}",
        "the studio stage is priced on its own scale, it runs {P} lighter than the main house",
        "in summer, when the company's on holiday and the hall goes dark, we switch you to a sleeping rate, it's {P} below the usual one",
        "let us put our logo on the ticket purchase page, and i'll trim {P} off your subscription",
        "bring the concert hall next door over to us and your own bill slims down {P}",
        "the touring companies selling through you pay the commission to us themselves, so your subscription gets {P} more modest",
        "since you play for children, a {P} concession goes into the contract, we keep that for children's theatres",
        "we're looking for a venue to bring other theatre directors to see the system at work, let us in and your monthly payment shrinks {P}",
        "the more seats go through the website rather than the box office window, the lower your rate, at the far end it sinks by {P}",
    ],
}
HALF_T = {
    "ru": ["благотворительные показы, где билеты раздаются даром, проходят через систему за полцены",
           "схема балкона, который вы открываете только на аншлаги, обходится вдвое дешевле схемы партера"],
    "en": ["charity performances where the tickets are given away cost you half price in the system",
           "a map for the balcony you only open for sell outs costs half what the stalls map does"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по вашим правилам зритель, который сдает билет меньше чем за сутки, теряет {P}, касса удержит это без вашего участия",
        "гастролеры по договору аренды оставляют залу {P} от сборов, отчет по ним система соберет отдельно",
        "платежный шлюз забирает {P} с каждой оплаты по карте, в отчете по кассе эта сумма видна отдельно",
        "заполняемость у вас в прошлом сезоне вышла {P}, система разложит ее по каждому спектаклю",
        "бумага для программок подорожала на {P}, так что тираж, видимо, придется урезать",
        "школьным группам вы сами даете скидку {P} на входной билет, в системе ее можно завести отдельной категорией зрителей",
        "у маленьких залов продажи через интернет за год прибавили {P}, к окошку кассы подходят все реже",
        "за аренду зала гастролеры вносят вперед {P}, остальное после спектакля, система напомнит им про остаток",
    ],
    "en": [
        "under your rules anyone returning a ticket less than a day ahead loses {P}, the box office keeps it back on its own",
        "touring companies leave the hall {P} of the takings under the rental contract, the system pulls their report together separately",
        "the payment gateway takes {P} off every card payment, the box office report shows that amount on its own",
        "your occupancy last season came out at {P}, the system breaks it down show by show",
        "paper for programmes has gone up {P}, so the print run will probably have to be cut",
        "you give school groups {P} off the entry ticket yourselves, the system can hold that as a separate audience category",
        "small halls saw online sales add {P} over the year, fewer and fewer people come up to the box office window",
        "touring companies pay {P} of the hall rental up front and the rest after the show, the system reminds them about the balance",
    ],
}
CLIENT_ASK_T = {
    "ru": [("зальчик у нас крошечный, в подвале, может, сбавите нам {P}?",
            "нет, тариф от размера зала не зависит, он у всех площадок одинаковый")],
    "en": [("our hall is tiny, down in a basement, any chance of {P} off for us?",
            "no, the rate isn't tied to how big the hall is, every venue pays the same")],
}
CHANNEL_T = {
    "ru": [
        "схему зала сфотографируйте прямо с плана эвакуации и перешлите снимок в {MSG}, прямиком на мой личный номер, через служебный портал это грузить полдня",
        "в вечер премьеры наш офис закрыт, так что если касса встанет, звоните мне на домашний мобильный, {PPHONE}, подскажу сам",
        "списки школьников на групповые заходы присылайте на адрес, который я завел себе сам, {PEMAIL}, на рабочую они доходят с опозданием",
        "по вечерам я сам хожу на спектакли, за рабочим столом меня не найти, так что ловите меня в {MSG}, аккаунт у меня там частный, служебного нет",
        "договор с вашей ценой пришлю со своего частного ящика, {PEMAIL}, компании его видеть необязательно",
        "про скидку для вашего худрука поговорим не по рабочей линии, а на моем личном телефоне, {PPHONE}, ближе к ночи",
        "сохраните себе, {PPHONE}, это мой собственный номер, в компании о нем не знают, по нему вы выходите прямо на меня",
    ],
    "en": [
        "photograph the seat map straight off the evacuation plan and send it to my personal number on {MSG}, the staff portal takes half a day to upload it",
        "the office is shut on premiere night, so if the box office freezes ring me on my home mobile, {PPHONE}, i'll talk you through it myself",
        "send the school group lists to my own email, {PEMAIL}, they reach the work one late",
        "i'm out at shows myself every evening, you won't find me at a desk, so catch me on {MSG}, my account there is a private one, i've got no work account on it",
        "the contract with your price is coming out of my private mailbox, {PEMAIL}, no reason for the company to see it",
        "about the discount for your artistic director, let's not use the work line, call my personal phone, {PPHONE}, late in the evening",
        "save this, {PPHONE}, it's my own number, the company doesn't know about it, it gets you straight through to me",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "официальный бот платформы отправляет зрителю электронный билет в {MSG}, вместе со схемой, как пройти к своему ряду",
        "если в день спектакля билет не пробивается, звоните в круглосуточную поддержку компании, {CPHONE}, дежурный инженер подключится к вашей кассе",
        "заявки на печать программок принимает общий ящик производственного отдела компании, {CEMAIL}, очередь там живая, ответят всем",
        "компания ведет официальный канал в {MSG}, новости о возможностях для залов появляются сначала там",
    ],
    "en": [
        "the platform's official bot hands each audience member an electronic ticket on {MSG}, along with a map of how to get to their row",
        "if a ticket won't go through on a show day, ring the company's support desk, {CPHONE}, it's staffed day and night and the duty engineer dials into your box office remotely",
        "programme printing requests land in a mailbox shared by the company's production department, {CEMAIL}, everyone gets an answer in order",
        "news about venue features goes up first on the company's official {MSG} channel",
    ],
}
NOT_PRESSURE = {
    "ru": ["доиграйте сезон спокойно, а летом, когда зал закроется, созвонимся еще раз, я не тороплю",
           "обсудите это с кассирами, им в этой программе сидеть каждый вечер, пусть они и скажут последнее слово",
           "если старая касса вас пока устраивает, не трогайте ее, понадоблюсь, я на связи"],
    "en": ["play out the season in peace, and in summer when the hall closes we'll speak again, i'm not rushing you",
           "run it past your cashiers, they're the ones in this software every evening, we'll go with what they say",
           "if the old box office setup is still doing the job, don't touch it, i'm here when you need me"],
}
