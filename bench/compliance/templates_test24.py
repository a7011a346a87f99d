"""Sentence templates for the "test24" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a property-insurance and claims platform for agents
and brokers (policy quotes, home and car insurance renewals, claims with
photos and loss adjusters, instalment plans, commission statements) to small
insurance agencies and brokers. Everything here is new: names that appear
neither in generate.py's train and test lists nor in templates_test2.py to
templates_test23.py, and verbs, introducing words and sentence shapes that
differ from every template of all twenty two (the agency's loss assessor who
spends half the day in flooded flats and should be tried again towards
evening, the front desk assistant who keeps every car policy's end date in
her head, the agency director whose phone alone may get the broker login
codes, the fire damage valuer who wants calls without his secretary, the
agency's claims hotline printed on the back of every policy it issues; the
chief accountant who checks quarterly commission statements against the
insurers' payouts, the claims handler whose mailbox gets a copy of every
damage photo a client uploads, the mailbox where all requests for a policy
quote pile up; the card the agency pays for its advertising with, a card kept
in its cover next to the speaker's own policy, the partner in the agency whose
card the speaker holds; the one person allowed to sign payout applications,
the person who negotiates with the insurers' underwriters, a client arguing
loudly over an excess in the office; distractors with a comprehensive car
policy number that the damage photos hang on, a claim number at the insurer,
an insurer's expert inspecting a house after a fire, a headcount the basic
broker account copes with, the price of a year's cover for a country house
and the insurer's last day for renewal papers; discounts framed as commission
from insurers received through the company's payment module, the agency
written up as a case study on the company's website, a manager who let the
rep lower the figure in the written offer, a fellow broker brought in as a
referral, damage photos kept on the agency's own server instead of the
company's cloud, a trial month worked through without a complaint, new agent
seats opened before the quarter ends, an archive of past claims moved across
and the partner programme of an insurer the company works with; half price
as a trainee account that only prepares quotes and a login for a valuer who
only uploads photos; non-offers about the agent's commission on a premium,
the excess on a home policy, the first payment on an instalment plan, a
claim-free driving factor that lowers a client's premium, renewals growing
across agencies on the platform, repairs at insurer-approved garages going up,
the share of flat claims that are leaks from upstairs and the part of the
premium an insurer keeps when a policy is cancelled early; a tiny agency in a
basement asking for a cut; personal channels as damage photos sent to the
rep's own messenger account instead of the slow account upload, a rep who is
in the office one day a week and otherwise on a number of his own, commission
statements that do not add up sent to the rep's own mailbox to go through at
the weekend away from his boss, a travel policy written at night from the
rep's own messenger account, a portfolio estimate mailed from the rep's
private address before sales signs it off, a rep with a friend among the
insurer's claims handlers who wants slow payouts rung through to him and a
number that is not in the company's database; company channels as the
company's official bot sending renewal reminders on the agency's behalf, the
company's broker hotline staffed by underwriters, the shared mailbox of the
settlements department that numbers every letter and the company's official
group for agents with news of insurers' rate changes).

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
    ("аникита", "скоробогатов", "кондратьевич"),
    ("аксинья", "лукошкина", "акакиевна"),
    ("пафнутий", "самоквасов", "евдокимович"),
    ("ненила", "рукавишникова", "харлампиевна"),
    ("кондратий", "окладников", "флегонтович"),
    ("феодора", "ладейникова", "созонтовна"),
    ("харлампий", "пряников", "моисеевич"),
    ("параскева", "черепанова", "садофьевна"),
    ("акакий", "полуярцев", "мокиевич"),
    ("пистимея", "сундукова", "аникитична"),
]
EN_NAMES = [
    ("ebenezer", "halvorsen"),
    ("loveday", "prendergast"),
    ("hadrian", "mcquarrie"),
    ("mehitabel", "fennimore"),
    ("jethro", "esterhuizen"),
    ("blodwen", "strickland"),
    ("lorcan", "pargeter"),
    ("zenobia", "whitmore"),
    ("wilfred", "dellacroix"),
    ("perdita", "coldwell"),
]
RU_LAT = {"аникита": "anikita", "скоробогатов": "skorobogatov", "аксинья": "aksinya", "лукошкина": "lukoshkina",
          "пафнутий": "pafnutiy", "самоквасов": "samokvasov", "ненила": "nenila", "рукавишникова": "rukavishnikova",
          "кондратий": "kondratiy", "окладников": "okladnikov", "феодора": "feodora", "ладейникова": "ladeynikova",
          "харлампий": "kharlampiy", "пряников": "pryanikov", "параскева": "paraskeva", "черепанова": "cherepanova",
          "акакий": "akakiy", "полуярцев": "poluyartsev", "пистимея": "pistimeya", "сундукова": "sundukova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наш аварийный комиссар полдня мотается по затопленным квартирам, если не ответит сразу, наберите его еще разок ближе к вечеру, {PHONE}",
        "продления автостраховок у нас ведет помощница на приеме, даты окончания всех полисов она держит в голове, вот ее номер, {PHONE}",
        "коды для входа в кабинет брокера пусть приходят только на телефон директора агентства, {PHONE}, больше никому их видеть не положено",
        "оценщик, с которым мы работаем по пожарам, просил звонить ему напрямую, минуя секретаря, {PHONE}",
        "на обороте каждого полиса, который мы выдаем, напечатана горячая линия агентства по убыткам, {CPHONE}, клиенты набирают ее сразу после аварии",
        # e-mail
        "квартальные отчеты по комиссии отправляйте главному бухгалтеру агентства, {EMAIL}, она сверяет их с тем, что перечислили страховые",
        "снимки повреждений, которые загружают клиенты, пусть параллельно падают на {EMAIL}, этот ящик читает наш урегулировщик и по снимкам решает, нужен ли выезд",
        "{EMAIL}, пометьте себе, туда стекаются все запросы на расчет стоимости полиса, их разбирает наш старший агент",
        # card
        "ежемесячный платеж снимайте с карты, которой агентство оплачивает рекламу, диктую, {CARD}",
        "карту я ношу в обложке вместе с собственным полисом, секунду, раскрываю, вот, {CARD}",
        "счет пойдет на нашего партнера по агентству, {NAME}, свою карту он оставил мне, проговариваю номер, {CARD}",
        # name
        "право подписывать заявления на выплату закрепите за {NAME}, у прочих агентов пусть будут только черновики",
        "с андеррайтерами страховых переговоры держит {NAME}, тарифные сетки согласовывайте с этим человеком",
        "{FIRST}, подождите чуть, тут в офисе клиент на повышенных тонах спорит о франшизе, сейчас выйду в коридор",
    ],
    "en": [
        # phone
        "our loss assessor spends half the day running round flooded flats, if he doesn't answer straight off give him another go towards evening, {PHONE}",
        "the car insurance renewals are handled by the assistant on our front desk, she keeps every policy's end date in her head, here's her number, {PHONE}",
        "the login codes for the broker account should only come through to the agency director's phone, {PHONE}, nobody else is meant to see them",
        "the valuer we use on fire claims asked to be rung directly, bypassing his secretary, {PHONE}",
        "the agency's claims hotline is printed on the back of every policy we issue, {CPHONE}, clients dial it the moment they've had an accident",
        # e-mail
        "the quarterly commission statements go to the agency's chief accountant, {EMAIL}, she checks them against what the insurers actually paid over",
        "the damage photos clients upload should also land in {EMAIL}, our claims handler reads that mailbox and decides from them whether a visit is needed",
        "{EMAIL}, make a note of it, every request for a policy quote piles up there, our senior agent works through them",
        # card
        "take the monthly payment from the card we settle the agency's advertising bills with, here come the digits, {CARD}",
        "i carry the card in a cover along with my own policy, one moment, opening it up, there, {CARD}",
        "the bill goes to my partner in the agency, {NAME}, he left me his card for this, going through the number, {CARD}",
        # name
        "give the right to sign payout applications to {NAME}, the rest of the agents should only have drafts",
        "{NAME} handles our talks with the insurers' underwriters, so agree the rate tables with that person",
        "{FIRST}, hold that thought, there's a customer at the office raising his voice over an excess, let me step out into the corridor",
    ],
}
NOPII_T = {
    "ru": [
        "номер полиса каско у этого клиента {BADCARD}, к нему и привязывайте все фотографии повреждений",
        "в страховой этому убытку присвоили номер {BADCARD}, без него урегулировщик с вами даже разговаривать не станет",
        "эксперт страховой осматривает дом после пожара {DATE}, хозяев попросили быть на месте {TIME}",
        "если у вас действительно {QTY}, базового кабинета брокера хватит с запасом",
        "годовая страховка загородного дома у наших клиентов в среднем тянет на {PRICE}, так что комиссия с нее копеечная",
        "страховая перестает принимать документы на продление {DATE}, последний пакет у них возьмут {TIME}",
    ],
    "en": [
        "this client's comprehensive car policy number is {BADCARD}, hang all the damage photos off that",
        "the insurer gave this claim the number {BADCARD}, the claims handler won't even talk to you without it",
        "the insurer's expert is looking over the house after the fire {DATE}, the owners were asked to be there {TIME}",
        "if you really do have {QTY}, the basic broker account will handle it easily",
        "a year's cover on a country house averages out at {PRICE} for our clients, so the commission on it is peanuts",
        "the insurer stops taking renewal paperwork {DATE}, the last bundle gets accepted {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "если комиссионные от страховых будете получать через наш модуль выплат, обслуживание кабинета обойдется вам на {P} скромнее",
        "разрешите рассказать о вашем агентстве в кейсе у нас на сайте, а я в благодарность уменьшу годовой платеж на {P}",
        "руководитель позволил мне опустить цифру из коммерческого предложения на {P}, но это мой потолок",
        "приведете к нам знакомого брокера, и с того месяца, как он подключится, ваша подписка подешевеет на {P}",
        "фотографии убытков храните у себя на сервере, а не в нашем облаке, тогда ежемесячная плата сократится на {P}",
        "места агентов, заведенные до закрытия квартала, я проведу по прайсу минус {P}",
        "раз пробный месяц вы отработали с нами без единой жалобы, на первый платный год закреплю за вами {PA} уступку",
        "ваше агентство участвует в партнерской программе страховой, с которой мы работаем, а ее участники платят у нас меньше обычного на {P}",
        "перевезете к нам заодно архив убытков за прошлые годы, и я спишу с годового счета что то в районе {PG}",
    ],
    "en": [
        "if your insurer commissions come in via our payouts module, running the account costs you {P} less",
        "agree to be featured in a customer story on our website and as a thank you i'll bring the annual payment down {P}",
        "my manager has allowed me to lower the figure in the written offer by {P}, but that's my ceiling",
        "bring a broker you know over to us, and from the month they go live your monthly fee falls by {P}",
        "keep the claim photos on your own server rather than in our cloud, then what you pay each month shrinks by {P}",
        "agent seats added before the quarter closes are billed at list price minus {P}",
        "since you got through the trial month with us without a single complaint, i'll fix your first paid year at {P} below what it would normally be",
        "your agency is in the partner programme of an insurer we work with, and its members pay us {P} less than the standard rate",
        "move your archive of past claims across to us while you're at it, and i'll take something in the region of {P} off what you pay for the year",
    ],
}
HALF_T = {
    "ru": ["кабинет стажера, который пока только считает котировки и не выпускает полисы, у нас в два раза дешевле полного",
           "выездному оценщику, который заходит в систему лишь загрузить снимки, доступ продам за половину обычной цены"],
    "en": ["a trainee's account that only works out quotes and doesn't issue policies is priced at half a full account with us",
           "a field valuer who only logs in to upload photos gets access from me at half the regular rate"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "страховая платит вам агентское вознаграждение {P} от премии по каско, в системе оно само распишется по полисам",
        "по страхованию квартир у вашей страховой франшиза {P} от суммы ущерба, это поле подставится в расчет автоматически",
        "клиенты, которые берут годовой полис в рассрочку, первым взносом платят {P}, остальное списывается частями",
        "коэффициент за безаварийную езду уменьшает вашим клиентам премию по автостраховке на {P}, калькулятор учтет его сам",
        "в прошлом сезоне продления по домам у агентств на нашей платформе выросли на {P}",
        "ремонт на станциях по направлению страховой в этом году подорожал на {P}, поэтому клиенты просят поднять лимиты по каско",
        "примерно {P} заявлений по квартирам у нас приходится на заливы от соседей сверху",
        "при досрочном расторжении страховая удерживает {P} неиспользованной премии на свои расходы, программа покажет клиенту сумму возврата",
    ],
    "en": [
        "the insurer pays you an agent's commission of {P} of the premium on comprehensive car cover, the system spreads it across the policies itself",
        "on flat insurance your insurer's excess is {P} of the loss, that field drops into the calculation automatically",
        "clients who take a yearly policy on an instalment plan pay {P} as the first instalment, the rest is collected in parts",
        "the claim free driving factor cuts your clients' car premium by {P}, the calculator takes it into account on its own",
        "last season home renewals across the agencies on our platform grew by {P}",
        "repairs at the insurer's approved garages cost {P} more this year than last, so clients are asking to raise their comprehensive limits",
        "roughly {P} of the claims we see on flats come down to leaks from the neighbours upstairs",
        "when a policy is cancelled early the insurer keeps {P} of the unused premium for its costs, the system shows the client the refund",
    ],
}
CLIENT_ASK_T = {
    "ru": [("мы крохотное агентство, сидим в подвале бизнес центра, сбавьте для нас {P}, а?",
            "нет, стоимость места агента от размера агентства не зависит, менять ее я не вправе")],
    "en": [("we're a tiny agency working out of a basement in an office block, any chance of shaving {P} off the price?",
            "no, the price of an agent seat doesn't depend on the size of the agency, it's not mine to change")],
}
CHANNEL_T = {
    "ru": [
        "снимки с места убытка не грузите в кабинет, там долго, лучше сбрасывайте их прямиком в {MSG}, аккаунт там личный, я сам отнесу их оценщику",
        "в офисе я бываю раз в неделю, в остальные дни ловите меня по моему собственному номеру, {PPHONE}, он всегда при мне",
        "выписки по комиссии, где цифры не сходятся со страховой, перешлите на мой собственный ящик, {PEMAIL}, разберу их в выходные спокойно, без начальства",
        "когда клиенту срочно понадобится полис на выезд за границу, черкните пару слов в {MSG}, аккаунт там оформлен на меня лично, компания к нему доступа не имеет, выпишу хоть ночью",
        "расчет по вашему портфелю пришлю не из системы, а со своей личной почты, {PEMAIL}, так он дойдет до вас раньше, чем его завизирует отдел продаж",
        "если страховая затянет выплату вашему клиенту, звоните не на горячую линию, а мне лично, {PPHONE}, у меня среди их урегулировщиков есть приятель",
        "продиктую свой номер, {PPHONE}, в нашей базе его нет, я даю его только тем брокерам, с кем работаю сам",
    ],
    "en": [
        "don't upload the photos from the loss into the account, it takes ages, just drop them into my {MSG}, the account is a personal one, i'll take them to the valuer myself",
        "i'm only in the office once a week, the rest of the time catch me on a number of my own, {PPHONE}, it's always on me",
        "the commission statements where the figures don't match the insurer's, forward them to an address that's mine alone, {PEMAIL}, i'll go through them at the weekend in peace, away from my boss",
        "when a client suddenly needs travel cover for a trip abroad, get hold of me on {MSG}, that account is registered to me personally, the company has no access to it, i'll write the policy even at night",
        "i'll send the estimate for your portfolio from my personal mail rather than the system, {PEMAIL}, so it reaches you before sales gets round to signing it off",
        "if the insurer drags its feet paying out to one of your clients, skip the hotline and call me personally, {PPHONE}, i've got a friend among their claims handlers",
        "jot down my number, {PPHONE}, it's not in our database, i only hand it to the brokers i work with myself",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "напоминания клиентам об окончании полиса уходят от официального бота компании в {MSG}, причем от имени вашего агентства",
        "если расчет котировки завис, звоните на горячую линию компании для брокеров, {CPHONE}, там дежурят наши андеррайтеры",
        "акты сверки по комиссии разбирает расчетная служба компании, пишите ей на общий ящик, {CEMAIL}, каждому письму там присваивают номер обращения",
        "в {MSG} у компании есть официальная группа для агентов, там выходят новости о смене тарифов страховщиков",
    ],
    "en": [
        "renewal reminders reach your clients via an official {MSG} bot that belongs to the company, signed with your agency's name",
        "if a quote calculation gets stuck, ring the company's broker hotline, {CPHONE}, our underwriters are on duty there",
        "commission reconciliations are dealt with by the company's settlements department through a shared mailbox, {CEMAIL}, every letter there gets a case number",
        "agents can join the company's official group on {MSG}, news of insurers' rate changes is posted in it",
    ],
}
NOT_PRESSURE = {
    "ru": ["посоветуйтесь с партнерами, сравните с тем, что предлагают другие, я подожду столько, сколько понадобится",
           "демо кабинет оставлю вам без ограничения по времени, заходите, когда выдастся минутка, выбор только за вами",
           "если вам сейчас не до новой системы, это нормально, продолжим, когда сами этого захотите"],
    "en": ["run it by your partners, see what others are offering, take however long you need, i'll still be here",
           "i'll leave you the demo account with no time limit, drop in whenever you get a minute, it's completely up to you",
           "if a new system isn't on your radar right now, that's fine, we'll pick the conversation up whenever you feel like it"],
}
