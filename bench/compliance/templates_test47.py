"""Sentence templates for the "test47" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a management platform for private kindergartens and
nurseries (enrolment and waiting lists, daily attendance, meal menus and
allergies, parent fees and sibling terms, teacher rotas, photo reports to
parents) to the owners and heads of private kindergartens, home nurseries and
baby rooms. Everything here is new: names that appear neither in generate.py's
train and test lists nor in templates_test2.py to templates_test45.py (ru
first names from М to Я, en first names from M to Z), and verbs, introducing
words and sentence shapes that differ from every template of all earlier parts
(the nurse who keeps the vaccination cards and every allergy, to be caught
before nap time, a number that opens the sentence and belongs to the caretaker
who unlocks the gate at seven, the senior teacher who runs the parents' group
chat, the middle group's teacher who is best with gadgets, the nursery's main
number that parents ring when a child is poorly, with those calls meant to
land in the attendance register; a dietitian who signs off the menu on fridays
set up with read only access, a login opened for the speech therapist who
comes on tuesdays, the front desk mailbox where parents send the
paediatrician's notes; the nursery's company card kept in the safe with the
stamp, a card read out one handed with a toddler from the baby room on the
caller's hip, a co founder paying, named before the card's number; the only
person allowed to edit the menu and tag allergens, the person who approves
parents' fees and second child terms, a caller drowned out by the little ones
singing after their nap; distractors with an education licence number printed
on every parent contract, the number of the sanitary certificate for the
premises, a fire inspection with the head told to wait in her office, a size
that fits inside the starter package, a month of full day care for parents and
the leavers' party of the pre school group; discounts framed as children on
the waiting list left off the bill until they start coming, brothers and
sisters sharing one parent login, short stay groups that leave before lunch on
a lower rate, a photo archive kept for one quarter instead of a year, the
school year paid in august while the children are away, owners of other
nurseries brought round on monthly visits, the first private nursery in its
district for whom the rep wins a concession from his manager, quarantine
months when a shut group is not counted, and two nurseries on either side of
the river put on one contract; half price as the saturday english and dancing
clubs and a family group a teacher runs in her own flat; non-offers about the
nursery's own second child reduction for parents, dairy from the farmer going
up, attendance dropping with autumn colds, an enrolment fee that holds a place
on the waiting list, the late pick up surcharge, the share of spring sign ups
that actually turn up in september, the childcare tax relief parents claim
back and the laundry's reduction for a weekly collection of bedding; a home
nursery with one group in an ordinary flat asking for a cut; personal channels
as morning circle videos that will not upload sent to the rep's personal
messenger so he can look from home, a rep who is at lunch during the
children's nap and gives his own phone, the allergy list sent to the rep's
home address instead of the portal, a rep running the launch who wants to be
added on his personal number rather than the company chat, the parents'
contract template sent to the mailbox the rep keeps for private consulting,
the rep's personal number for evening complaints once the work line goes to
the night desk, and a rep whose own son is in the client's middle group and
who would rather settle things by the cloakroom than through the office;
company channels as the platform's official account sending tomorrow's menu
under the nursery's name, the company help desk for parents who cannot log in,
the onboarding team's shared mailbox for licences and inspection reports and
the company's official chat for heads of private nurseries; polite closings as
putting it to the parents' council, a week kept side by side with the paper
register, and a "no" that would be a perfectly good answer).

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
    ("радомир", "погремушкин", "поликарпович"),
    ("маланья", "колыбелькина", "вуколовна"),
    ("паисий", "ясельцев", "анисимович"),
    ("соломея", "манежева", "филатовна"),
    ("юлий", "песочников", "аникеевич"),
    ("фелицата", "распашонкина", "гурьяновна"),
    ("онисифор", "кашеваров", "ипатович"),
    ("томила", "кроваткина", "демидовна"),
    ("селифан", "букварев", "емельянович"),
    ("северина", "ладушкина", "паисиевна"),
]
EN_NAMES = [
    ("mireille", "cradlewick"),
    ("nathaniel", "puddephat"),
    ("oriel", "babbington"),
    ("prosper", "lullingstone"),
    ("sorrel", "nettlefold"),
    ("tancred", "hobday"),
    ("verena", "mottram"),
    ("wynford", "pocklington"),
    ("zuleika", "brambleby"),
    ("stellan", "hatherley"),
]
RU_LAT = {"радомир": "radomir", "погремушкин": "pogremushkin", "маланья": "malanya", "колыбелькина": "kolybelkina",
          "паисий": "paisiy", "ясельцев": "yaseltsev", "соломея": "solomeya", "манежева": "manezheva",
          "юлий": "yuliy", "песочников": "pesochnikov", "фелицата": "felitsata", "распашонкина": "raspashonkina",
          "онисифор": "onisifor", "кашеваров": "kashevarov", "томила": "tomila", "кроваткина": "krovatkina",
          "селифан": "selifan", "букварев": "bukvarev", "северина": "severina", "ладушкина": "ladushkina"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "медсестра у нас ведет карточки прививок и все аллергии, если по меню что неясно, ловите ее до тихого часа по сотовому, {PHONE}",
        "{PHONE}, это наш сторож, он в семь утра отпирает калитку, пусть извещения об опаздывающих родителях падают и ему",
        "родительский чат у нас держит старшая воспитательница, все объявления идут через нее, пусть рассылка уходит и на ее телефон, {PHONE}",
        "если фотоотчеты не будут грузиться, теребите воспитательницу средней группы, она у нас лучше всех с техникой дружит, {PHONE}",
        "когда ребенок заболел, родители с утра звонят на общий номер сада, {CPHONE}, вот пусть такие звонки сразу и попадают в табель",
        # e-mail
        "наш диетолог утверждает меню по пятницам, ей хватит доступа только на чтение, заводите ее на адрес {EMAIL}",
        "{EMAIL}, по этому адресу откройте вход логопеду, она приходит по вторникам и хочет видеть, кто из детей был",
        "справки от педиатра родители сканируют и сбрасывают в приемную, это вот этот ящик, {EMAIL}, его разбирает администратор",
        # card
        "платить будем корпоративной картой сада, она лежит в сейфе вместе с печатью, минутку, отпираю, {CARD}",
        "погодите, у меня на руках малыш из ясельной группы, диктую одной рукой, {CARD}",
        "счет оплачивает наш соучредитель, {NAME}, карта его у меня в руках, {CARD}",
        # name
        "править меню и помечать аллергены разрешите только {NAME}, повара пусть меню просто видят",
        "взносы родителей и льготы на вторых детей у нас утверждает {NAME}, так что все вопросы по квитанциям туда",
        "{FIRST}, извините, младшая группа проснулась и хором поет, я ничего не слышу, еще раз, пожалуйста",
    ],
    "en": [
        # phone
        "our nurse keeps the vaccination cards and every allergy on file, if anything on the menu's unclear catch her on her cell before nap time, {PHONE}",
        "{PHONE}, that's our caretaker, he unlocks the gate at seven, have the late pick up alerts reach him as well",
        "our senior teacher runs the parents' group chat, every announcement goes through her, let the mailings reach her phone too, {PHONE}",
        "if the photo reports won't upload, nudge the middle group's teacher, she's the best of us with gadgets, {PHONE}",
        "when a child's poorly the parents ring the nursery's main number first thing, {CPHONE}, so let those calls go straight into the attendance register",
        # e-mail
        "our dietitian signs off the menu on fridays, read only access is all she needs, set her up under {EMAIL}",
        "{EMAIL}, open a login for the speech therapist on that address, she comes in on tuesdays and wants to see which children were in",
        "parents scan the paediatrician's notes and email them to the front desk, this mailbox here, {EMAIL}, the administrator sorts through it",
        # card
        "the nursery's company card is what we use, it lives in the safe with the stamp, one moment, i'm unlocking it, {CARD}",
        "one second, a toddler from the baby room is on my hip, so i'm reading it out one handed, {CARD}",
        "our co founder is covering the invoice, {NAME}, the card's here in my hand, {CARD}",
        # name
        "editing the menu and tagging allergens is for {NAME} alone, the cooks just get to look at it",
        "{NAME} approves the parents' fees and the second child terms here, so any question about a fee statement goes that way",
        "{FIRST}, sorry, the little ones have woken up from their nap and they're all singing, i've lost you completely, once more please",
    ],
}
NOPII_T = {
    "ru": [
        "номер нашей образовательной лицензии {BADCARD}, его печатают в каждом договоре с родителями",
        "номер санитарного заключения на наше помещение {BADCARD}, его первым делом спрашивает любой проверяющий",
        "пожарная инспекция придет {DATE}, заведующей велели ждать их в кабинете {TIME}",
        "с такими цифрами, {QTY}, вы спокойно уложитесь в стартовый пакет",
        "родительская плата за месяц полного дня у нас {PRICE}, питание считается отдельно",
        "выпускной у подготовительной группы {DATE}, родителей собираем в музыкальном зале {TIME}",
    ],
    "en": [
        "the number on our education licence reads {BADCARD}, it gets printed on every parent contract",
        "the sanitary certificate for our premises is number {BADCARD}, it's the first thing any inspector asks for",
        "the fire inspectors are paying us a visit {DATE}, the head's been told to wait for them in her office {TIME}",
        "with numbers like yours, {QTY}, you'll fit comfortably inside the starter package",
        "a month of full day care here costs parents {PRICE}, meals are charged separately",
        "the leavers' party for the pre school group is {DATE}, we're gathering the parents in the music room {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "детей из листа ожидания, пока они к вам не ходят, мы в счет не включаем, и ежемесячный платеж за счет этого просядет на {P}",
        "братья и сестры из одной семьи будут заходить через один родительский вход, и за родительские кабинеты вы отдадите на {P} меньше",
        "группы кратковременного пребывания, где дети только до обеда, проведу по отдельной ставке, она дешевле полнодневной на {P}",
        "если фотоархив хранить не весь год, а только за последний квартал, плата за хранилище опустится на {P}",
        "внесете оплату за весь учебный год еще в августе, пока дети по дачам, и годовая сумма у вас сократится на {P}",
        "разрешите нам раз в месяц приводить к вам владельцев других садов, показать, как у вас все устроено, а мы в благодарность уменьшим вашу абонентку на {P}",
        "вы первый частный сад в своем районе, кто к нам пришел, поэтому я выбью у руководителя для вас {PA} уступочку на первый учебный год",
        "в месяцы, когда группа закрыта на карантин, мы этих детей не считаем, и счет за такой месяц выходит на {P} скромнее",
        "оба ваших сада, и на левом берегу, и на правом, заведем по одному договору, и абонентку я вам выставлю за минусом {PG}",
    ],
    "en": [
        "children on the waiting list don't go on the bill until they actually start coming, so the monthly invoice sinks {P}",
        "brothers and sisters from one family will share a single parent login, so the parent accounts cost you {P} less",
        "the short stay groups, the ones that only come until lunch, i'll bill on a rate that sits {P} under a full day's",
        "if you keep the photo archive for the last quarter instead of the whole year, the storage charge goes down {P}",
        "settle the whole school year back in august while the kids are still away for the summer, and the annual sum gets reduced by {P}",
        "let us bring owners of other nurseries round once a month to see how you've got it all set up, and by way of thanks we'll lower your subscription by {P}",
        "you're the first private nursery in your district to come to us, so i'll go to my manager and win you {P} off your first school year",
        "in months when a group's shut for quarantine we don't count those children, and that month's invoice ends up {P} lower",
        "we'll put both your nurseries, the one north of the river and the one south, on a single contract, and i'll invoice the subscription minus {P}",
    ],
}
HALF_T = {
    "ru": ["субботние кружки, английский и танцы, обойдутся вам в половину того, что стоит обычная группа",
           "семейную группу, которую ваша воспитательница ведет у себя в квартире, подключим за полцены"],
    "en": ["the saturday clubs, english and dancing, we'll bring into the system for half the money of a regular group",
           "the family group your teacher runs in her own flat, we'll take on at half price"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "вашу собственную льготу для семей с двумя детьми, {P} на младшего, система учтет в квитанции сама",
        "молоко и творог у вашего фермера с осени выросли в цене на {P}, и стоимость дня питания на ребенка программа пересчитает",
        "осенью, когда дети простывают, посещаемость у вас проседает на {P}, в отчете по группам это видно по дням",
        "чтобы закрепить место в листе ожидания, родители вносят вступительный взнос, это {P} месячной платы, он засчитывается в первый месяц",
        "если ребенка забирают позже семи, по вашим правилам родители доплачивают {P} дневной ставки, и в квитанции это появится само",
        "по нашей статистике, до сентября доходят {P} семей, записавшихся весной, поэтому лист ожидания лучше держать подлиннее",
        "родители могут вернуть {P} расходов на сад через налоговый вычет, справку для налоговой система соберет сама",
        "прачечная, которая стирает вам постельное белье, уступает {P} за еженедельный вывоз, это ваш с ней договор, в расходах он пойдет отдельной статьей",
    ],
    "en": [
        "your own reduction for families with two children, {P} on the younger one, the system applies on the fee statement by itself",
        "milk and cottage cheese from your farmer cost {P} more than in the autumn, the software will rework the cost of a day's meals per child",
        "in autumn attendance drops {P} with all the colds going round, the group report shows it day by day",
        "to hold a place on the waiting list parents pay an enrolment fee of {P} of the monthly charge, it's counted towards the first month",
        "if a child's collected after seven, your rules have parents pay an extra {P} of the day rate, and the statement picks it up automatically",
        "we see that only {P} of the families who sign up in spring actually turn up in september, so it's worth keeping the waiting list longer",
        "parents can get back {P} of nursery costs through the tax relief, the system puts the statement for the tax office together itself",
        "the laundry that washes your bedding charges you {P} less for a weekly collection, that's your arrangement with them, it goes into expenses as its own item",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас сад на дому, одна группа в обычной трешке, войдите в положение, сбавьте нам {P}?",
            "нет, вы и так платите только за тех детей, которые ходят, у маленького сада и счет маленький")],
    "en": [("we're a home nursery, one group in an ordinary flat, is there any chance of {P} off for us?",
            "no, the bill already follows the children who attend, a small nursery gets a small bill")],
}
CHANNEL_T = {
    "ru": [
        "видео с утреннего круга, которые не загружаются, перешлите мне в {MSG}, аккаунт у меня там личный, не рабочий, вечером из дома посмотрю, где они застревают",
        "вы свободны только в тихий час, а я в это время обедаю вдали от рабочего телефона, поэтому держите мой собственный номер, {PPHONE}",
        "список детей с аллергиями в кабинет не выкладывайте, отправьте его мне домой на почту, {PEMAIL}, за выходные сам настрою фильтры в меню",
        "запуск у вас веду я, так что отыщите меня в {MSG}, я там зарегистрирован на личный номер, корпоративный чат оставим в покое, буду слать голосовые с инструкциями для воспитателей",
        "шаблон договора с родителями отправьте на адрес моих частных консультаций, {PEMAIL}, там я его спокойно разберу",
        "после шести рабочая линия переключается на ночного дежурного, так что если вечером родитель начнет жаловаться, звоните лично мне, {PPHONE}",
        "мой сын ходит к вам в среднюю группу, я у вас и так каждое утро, запишите мой личный, {PPHONE}, договоримся у раздевалки без всякого офиса",
    ],
    "en": [
        "the morning circle videos that won't upload, send those my way on {MSG}, it's an account of my own rather than the company's, i'll see tonight from home where they get stuck",
        "you're only free during nap time, which is exactly when i'm out at lunch without the work phone, so use my own phone instead, {PPHONE}",
        "don't put the allergy list through the portal, mail it to me at home, {PEMAIL}, i'll set the menu filters up myself over the weekend",
        "i'm running your launch, so find me on {MSG}, the account's registered to my personal number, leave the company chat out of it, i'll send voice notes with instructions for your teachers",
        "forward your parent contract template to my private consulting address, {PEMAIL}, i'll read it through there at my own pace",
        "after six the work line switches over to the night duty desk, so if a parent starts complaining in the evening, call me personally, {PPHONE}",
        "my son's in your middle group, i'm at your place every morning anyway, take my personal number, {PPHONE}, we'll sort it out by the cloakroom without any office",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "меню на завтра родители каждый вечер получают в {MSG} с официального аккаунта платформы, под названием вашего сада",
        "если родитель не может войти в приложение, пусть набирает службу поддержки компании, {CPHONE}, трубку там снимают с семи утра",
        "лицензию и акты проверок загрузите в общий ящик команды внедрения компании, {CEMAIL}, с ним работает вся группа",
        "заведующих частными садами мы собрали в официальное сообщество компании в {MSG}, там публикуем новости о санитарных правилах",
    ],
    "en": [
        "every evening the platform's official {MSG} account sends parents tomorrow's menu under your nursery's name",
        "if a parent can't get into the app, have them phone the company's help desk, {CPHONE}, it picks up from seven in the morning",
        "put the licence and the inspection reports into the company onboarding team's shared mailbox, {CEMAIL}, everyone on that team reads it",
        "the company keeps an official chat on {MSG} just for heads of private nurseries, news on health and safety rules goes up there",
    ],
}
NOT_PRESSURE = {
    "ru": ["вынесите это на родительский совет, если родители не захотят приложение, значит, и вам оно ни к чему",
           "поработайте неделю параллельно, бумажный журнал как обычно и отметки в приложении, а потом сами сравните, что удобнее",
           "если окажется, что с бумажным журналом вам спокойнее, это тоже нормальный ответ, я не обижусь"],
    "en": ["put it to the parents' council, if the parents don't want an app then you've no use for one either",
           "run a week side by side, the paper register as usual and the app alongside, then compare for yourself which is easier",
           "if it turns out you're happier with the paper register, that's a perfectly good answer too, no hard feelings"],
}
