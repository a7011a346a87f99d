"""Sentence templates for the "test49" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). The calls are set in a new
trade: a company selling a management platform for translation and
interpreting agencies (orders and quotes per page, certified and notarised
translations, apostilles and legalisation, interpreter schedules and
assignments, glossaries and translation memory, freelance translators' rates
and payouts, deadlines and rush fees) to the owners and project managers of
translation agencies, notarised translation bureaus and interpreting teams.
Everything here is new: names that appear neither in generate.py's train and
test lists nor in templates_test2.py to templates_test47.py (ru first names
and surnames from И to П, en first names and surnames from I to P), and verbs,
introducing words and sentence shapes that differ from every template of all
earlier parts (a simultaneous interpreter shut in a conference booth who can
only be reached in the break, the assistant of the notary who certifies the
agency's translations and checks translators' signatures, a typesetter's
number read out digit by digit, a japanese translator living on tokyo time who
should get new orders by text, the agency's free number printed on the stamp
of every bound translation so that banks can check it; glossary exports for
the terminologist who keeps the term bases, a medical editor kept in copy
because he only takes proofreading by mail, a guest login for an outside
accountant who only looks at invoices; the card kept for notary fees, a card
whose digits have worn off, a co owner's card named before its number; the
only person who sees freelancers' rates, the person who draws up the
interpreters' schedule, a caller drowned out by interpreters rehearsing into a
microphone behind the wall; distractors with an apostille number on a diploma,
a notary's register entry, a delegation met at arrivals, a volume the middle
plan covers, a standard page from a german freelancer and a tender portal
closing for bids; discounts framed as freelancers who rarely log in not billed
as full seats, billing by the pages that go through the system instead of by
seats, a cheaper next month promised if an outage on the vendor's side makes
the agency miss a deadline, a one manager agency priced as a solo translator,
the agency's translators localising the platform's interface into georgian in
return for a cut, schedules seen only in the app without text messages, an
education reduction for a bureau inside a university, translations signed with
the platform's electronic signature instead of on paper and the agency's
public glossaries put into a shared library for other agencies; half price as
certification only orders counted as half an order and short interpreter
sittings at the notary's counted as half an assignment; non-offers about the
agency's own rush fee, tax withheld from translators' fees, a deposit taken
from private clients when they drop off documents, demand for medical
translation rising, missed deadlines falling, a partner agency's cut for rare
languages, the rate paid for translation memory repetitions and a consulate
raising its legalisation fee; an agency that has just lost its biggest client,
a bank, asking for a cut; personal channels as pages of a contract sent to the
rep's own messenger account for a quote by eye outside the system, the rep's
own cell because he is at an industry fair abroad and his work sim has no
roaming, glossary files sent to the rep's home inbox because the work mailbox
chops attachments, a rep who knows half the town's chinese interpreters
personally offering stand ins found outside the platform through his own
messenger account, a contract sent from an inbox the rep runs for himself so
that his hands are free on price, the phone in the rep's own pocket instead of
a work line where people pull him in every direction, and a rep quietly trying
out a new glossary editor with a few agencies behind the product team's back
who wants comments on his personal number; company channels as the platform's
official bot telling the agency's clients their translation is ready, the
company's round the clock support line, the quality team's shared mailbox for
translators' certificates and the company's official group with apostille
templates; polite closings as the agency's legal translator reading the
contract line by line before anything is signed, the glossary module alone or
nothing at all as an acceptable outcome, and waiting for right to left arabic
typing that only arrives in the spring).

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
    ("иринарх", "подстрочников", "диомидович"),
    ("каллиопа", "кавычкина", "анфимовна"),
    ("леонтий", "ижицын", "аполлосович"),
    ("магдалина", "лексикова", "арсениевна"),
    ("корней", "наречнев", "полиектович"),
    ("любомила", "помаркина", "юлиановна"),
    ("памфил", "опечаткин", "радионович"),
    ("клементина", "латиницына", "адриановна"),
    ("макарий", "кириллицын", "эрастович"),
    ("ноябрина", "наборщикова", "феодоровна"),
]
EN_NAMES = [
    ("isobel", "inchbald"),
    ("japheth", "kittredge"),
    ("kerensa", "lamplugh"),
    ("lorelei", "margolis"),
    ("linford", "nettleship"),
    ("nanette", "oakenshaw"),
    ("nicodemus", "pilbeam"),
    ("persis", "inverarity"),
    ("mallory", "jobling"),
    ("ottilia", "penberthy"),
]
RU_LAT = {"иринарх": "irinarkh", "подстрочников": "podstrochnikov", "каллиопа": "kalliopa", "кавычкина": "kavychkina",
          "леонтий": "leontiy", "ижицын": "izhitsyn", "магдалина": "magdalina", "лексикова": "leksikova",
          "корней": "korney", "наречнев": "narechnev", "любомила": "lyubomila", "помаркина": "pomarkina",
          "памфил": "pamfil", "опечаткин": "opechatkin", "клементина": "klementina", "латиницына": "latinitsyna",
          "макарий": "makariy", "кириллицын": "kirillitsyn", "ноябрина": "noyabrina", "наборщикова": "naborshchikova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "наша синхронистка весь день сидит в кабине на форуме и выходит только в перерыв, вот тогда и застанете ее по этому номеру, {PHONE}",
        "у нотариуса, с которым мы заверяем переводы, есть помощница, она сверяет подписи переводчиков, привяжите напоминания о заверении к ее номеру, {PHONE}",
        "номер верстальщика продиктую по цифрам, {PHONE}, он переносит таблицы в точности как в оригинале",
        "переводчица с японского живет по токийскому времени, наш вечер у нее утро, поэтому о новых заказах пусть система пишет ей смс, {PHONE}",
        "на штампе бюро, который ставится на каждую подшивку, напечатан наш бесплатный номер, {CPHONE}, по нему банки и проверяют, настоящий ли перевод",
        # e-mail
        "пусть система шлет выгрузки глоссариев нашему терминологу, {EMAIL}, она ведет базы терминов по всем постоянным заказчикам",
        "редактор по медицине берет вычитку только письмом, так что ставьте его в копию, {EMAIL}",
        "гостевой доступ привяжите к почте {EMAIL}, это наш бухгалтер со стороны, она смотрит только счета",
        # card
        "нотариальные пошлины мы оплачиваем отдельной картой, ее и привяжем к подписке, {CARD}",
        "цифры на карте почти стерлись, читаю медленно, поправьте, если что, {CARD}",
        "списывайте с карты нашего совладельца, {NAME}, цифры такие, {CARD}",
        # name
        "ставки внештатников у нас видит только один человек, {NAME}, для остальных менеджеров проектов этот раздел закройте",
        "график устных переводчиков у нас расписывает {NAME}, и без этого согласования ни один перенос выезда не действует",
        "{FIRST}, секунду, за стенкой синхронисты репетируют в микрофон, я половину прослушал, повторите еще разок",
    ],
    "en": [
        # phone
        "our simultaneous interpreter is in the booth at the forum all day and only comes out at the break, that's when you'll get her on this number, {PHONE}",
        "the notary we certify translations with has an assistant who checks the translators' signatures, tie the certification reminders to her number, {PHONE}",
        "i'll read out the typesetter's number digit by digit, {PHONE}, he rebuilds the tables exactly as they are in the original",
        "our japanese translator lives on tokyo time, our evening is her morning, so have the system text her about new orders, {PHONE}",
        "the agency's free number is printed on the stamp that goes on every bound translation, {CPHONE}, that's how banks check a translation is genuine",
        # e-mail
        "have the system send glossary exports to our terminologist, {EMAIL}, she keeps the term bases for every regular client",
        "our medical editor only takes proofreading by email, so keep him in copy, {EMAIL}",
        "tie the guest login to {EMAIL}, that's our outside accountant, she only looks at the invoices",
        # card
        "we pay the notary fees with a separate card, let's link that one to the subscription, {CARD}",
        "the numbers on this card have nearly rubbed off, i'm reading slowly, correct me if anything's off, {CARD}",
        "bill the card of {NAME}, who co owns the agency, reading the digits now, {CARD}",
        # name
        "just one person here sees the freelancers' rates, {NAME}, close that section for the other project managers",
        "{NAME} draws up the interpreters' schedule, and no moved assignment counts until it's been cleared that way",
        "{FIRST}, one second, the interpreters are rehearsing into a microphone behind the wall and i missed half of that, go over it once more",
    ],
}
NOPII_T = {
    "ru": [
        "номер апостиля на дипломе {BADCARD}, впишите его в примечание к заказу",
        "номер записи в реестре нотариуса {BADCARD}, по нему проверяют заверенный перевод",
        "делегация прилетает {DATE}, переводчик встречает их у выхода из зоны прилета {TIME}",
        "по вашим словам, {QTY}, и под такой объем вполне хватит среднего тарифа",
        "учетная страница у внештатника по немецкому обходится вам в {PRICE}",
        "тендерную документацию заказчик ждет {DATE}, портал закрывает прием заявок {TIME}",
    ],
    "en": [
        "the apostille number on the diploma is {BADCARD}, add it to the order notes",
        "the notary's register entry is {BADCARD}, that's what a certified translation gets checked against",
        "the delegation lands {DATE}, the interpreter meets them outside arrivals {TIME}",
        "by your account that's {QTY}, and the middle plan covers that volume just fine",
        "a standard page from your german freelancer costs you {PRICE}",
        "the client wants the tender documents {DATE}, the portal stops taking bids {TIME}",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "за внештатников, которые заходят в систему реже раза в месяц, полную цену места брать не буду, выйдет на {P} меньше",
        "давайте считать вам не за рабочие места, а за страницы, которые прошли через систему, при ваших объемах это выходит на {P} ниже",
        "если по нашей вине платформа ляжет и вы сорвете хоть один дедлайн, следующий месяц я вам выставлю на {P} дешевле",
        "пока у вас в штате один менеджер проектов, посчитаю лицензию как для частного переводчика, а это на {P} дешевле места для бюро",
        "ваши переводчики переведут интерфейс нашей платформы на грузинский, а мы за это снимем с вашей абонентки {P}",
        "если ваши устные переводчики будут смотреть график только в приложении, без смс, рассылку мы не тарифицируем, и платить вы будете на {P} меньше",
        "раз ваше бюро работает при университете, я оформлю вам {PA} льготу как учебному подразделению",
        "если ваши переводчики будут подписывать переводы нашей электронной подписью, а не на бумаге, цена нотариального модуля у вас уменьшится на {P}",
        "выложите ваши открытые глоссарии в общую библиотеку платформы для других бюро, и я дам вам по лицензии уступку порядка {PG}",
    ],
    "en": [
        "freelancers who log in less than once a month i won't charge at the full seat price, they'll cost {P} less than that",
        "let's bill you for the pages that go through the system instead of for seats, at your volumes that works out {P} lower",
        "if a glitch on our side ever makes you miss a deadline, i'll bill you {P} less for the following month",
        "while you've only got one project manager on staff i'll price the licence as for a solo translator, that's {P} cheaper than an agency seat",
        "have your translators localise our platform's interface into georgian, and in return we'll lift {P} off your subscription",
        "if your interpreters get their schedule only in the app, no text messages, we don't charge for the mailings, so you end up paying {P} less",
        "since your bureau sits inside a university, you qualify for our {P} education reduction, i'll apply it",
        "if your translators sign off translations with our electronic signature instead of on paper, the notarisation module costs you {P} less",
        "put your public glossaries into the platform's shared library for other agencies and i'll bring the licence down by roughly {P}",
    ],
}
HALF_T = {
    "ru": ["заказы, где вы только заверяете готовый перевод клиента и сами ничего не переводите, идут у нас в счет как половина обычного заказа",
           "короткие выезды переводчика к нотариусу на подписание, меньше часа, тарифицируем как половину обычного выезда"],
    "en": ["orders where you only certify a client's finished translation and translate nothing yourselves count as half an ordinary order on our bill",
           "short interpreter sittings at the notary's for a signing, under an hour, are charged as half a regular assignment"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "за срочность вы берете с клиентов сверху {P}, и если до дедлайна меньше суток, платформа сама добавит это в смету",
        "по договорам подряда с гонораров переводчиков удерживается {P} налогов, в ведомости выплат система покажет это отдельно",
        "частным клиентам вы ставите условие, {P} вперед при приеме документов, и без этой отметки платформа заказ в работу не пустит",
        "спрос на медицинский перевод в вашем регионе, если верить отраслевому обзору, за год поднялся на {P}",
        "по данным наших клиентов, доля сорванных дедлайнов после запуска уменьшается на {P}",
        "партнерское бюро, которому вы отдаете редкие языки, оставляет себе {P} от заказа, в смете это пойдет строкой субподряда",
        "повторы из памяти переводов вы оплачиваете переводчикам по ставке {P} от полной, калькулятор это учтет",
        "консульство подняло сбор за легализацию на {P}, так что поправьте прайс на легализацию у себя в справочнике",
    ],
    "en": [
        "you charge clients {P} on top for urgency, and when the deadline's under a day the platform puts it into the quote itself",
        "on service contracts {P} in tax is withheld from the translators' fees, the payout sheet shows it separately",
        "with private clients your condition is {P} up front when they drop off the documents, and the platform won't release the order without that mark",
        "according to the industry review, demand for medical translation in your region rose {P} over the year",
        "going by what our clients report, the share of missed deadlines falls {P} after the launch",
        "the partner agency you pass rare languages to keeps {P} of the order, in the quote that goes on a subcontracting line",
        "you pay translators for translation memory repetitions at {P} of the full rate, the calculator accounts for that",
        "the consulate raised its legalisation fee by {P}, so update the legalisation price in your catalogue",
    ],
}
CLIENT_ASK_T = {
    "ru": [("у нас в этом квартале банк, главный заказчик, ушел к другому бюро, пойдете нам навстречу, минус {P}?",
            "нет, цену я не двигаю, но платить можно помесячно, без годовых обязательств, пока вы ищете новых заказчиков")],
    "en": [("this quarter the bank, our biggest client, went over to another agency, is there room to bring our price down {P}?",
            "no, i'm not moving on the price, but you can pay month by month with no annual commitment while you find new clients")],
}
CHANNEL_T = {
    "ru": [
        "пришлите мне в {MSG} пару страниц из этого договора, я по ним на глаз прикину смету, без всякой заявки в системе, аккаунт там мой собственный",
        "я всю неделю на отраслевой выставке в германии, а рабочая симка у меня без роуминга, так что дозванивайтесь мне прямо на сотовый, он мой, не служебный, {PPHONE}",
        "файлы глоссариев перебросьте на мою домашнюю, не рабочую почту, {PEMAIL}, служебная почта режет вложения по размеру, а я их ночью сам сконвертирую",
        "половину синхронистов с китайским в городе я знаю лично, если срочно понадобится замена на выезд, стукните мне в {MSG}, там я сижу со своего личного аккаунта, и человека я подыщу мимо платформы",
        "договор пришлю не с корпоративного адреса, а со своего собственного, {PEMAIL}, так у меня по цене руки развязаны",
        "на работе меня постоянно дергают, рабочую линию лучше забудьте, вот мой личный, {PPHONE}, на него я отвечаю сразу",
        "внесите в контакты, {PPHONE}, номер мой личный, новый редактор глоссариев я потихоньку обкатываю с парой бюро, пока отдел продукта не в курсе, так что замечания звоните прямо мне",
    ],
    "en": [
        "send me a couple of pages of that contract on {MSG}, i'll eyeball a quote from them, no request in the system, that account belongs to me, not the firm",
        "i'm at the translation industry fair in germany all week and my work sim has no roaming, so get me on the cell whose bill i pay myself, {PPHONE}",
        "drop the glossary files into my home inbox, {PEMAIL}, the work mailbox chops attachments by size and i'll convert them myself overnight",
        "i know half the chinese interpreters in town personally, so if you suddenly need a stand in for an assignment, message my own account on {MSG} and i'll find someone outside the platform",
        "i'm sending the contract over from an inbox i run for myself, {PEMAIL}, not the firm's, that way my hands are free on price",
        "at work people pull me in every direction, so forget the work line, use the phone in my own pocket instead, {PPHONE}, i answer that straight away",
        "put this in your contacts, {PPHONE}, it's my personal phone, i'm quietly trying the new glossary editor out with a few agencies before the product team hears about it, so ring your comments straight through to me",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "о готовности перевода клиенту бюро сообщает официальный бот платформы, он пишет в {MSG} от имени вашего бюро и с вашим логотипом",
        "если заказ завис на оплате, пусть ваш менеджер набирает линию компании, которая работает круглые сутки, {CPHONE}, дежурный специалист ответит в любое время",
        "сертификаты и дипломы переводчиков на проверку отправляйте на общий адрес отдела качества, {CEMAIL}, этот ящик читают все проверяющие",
        "шаблоны для апостилей и новости платформы компания публикует в своей официальной группе в {MSG}",
    ],
    "en": [
        "the platform's official bot messages the agency's client on {MSG} the moment a translation is ready, under your logo",
        "if an order gets stuck at payment, have your manager dial the company's support desk, which never closes, {CPHONE}, there's always a specialist on shift",
        "send translators' certificates and diplomas for checking to the quality team's shared address, {CEMAIL}, everyone in that department reads it",
        "apostille templates and platform news are published by the company in its official group on {MSG}",
    ],
}
NOT_PRESSURE = {
    "ru": ["пусть ваш юридический переводчик вычитает наш договор построчно, подписывать ничего не нужно, пока у него остаются вопросы",
           "может оказаться, что вам хватит одного модуля глоссариев, а может, и его не понадобится, меня устроит любой исход",
           "набор справа налево для арабского у нас появится только весной, так что разумно дождаться и решать уже тогда, я не тороплю"],
    "en": ["let your legal translator go through our contract line by line, there's nothing to sign while he still has questions",
           "it may turn out the glossary module alone is enough for you, or that you don't need even that, either outcome suits me",
           "right to left typing for arabic only arrives in the spring, so it makes sense to wait and decide then, i'm not pushing"],
}
