"""Sentence templates for the "test9" held-out evaluation part, ru and en.

This module only holds wording: names, PII templates, non-PII distractor
templates and rule-case templates (discounts, personal channels, polite
closings), in the same shapes and slot syntax as generate.py (`{PHONE}`,
`{EMAIL}`, `{CARD}`, `{NAME}`, `{P}`, `{MSG}` ...). Everything here is new:
names that appear neither in generate.py's train and test lists nor in
templates_test2.py to templates_test8.py, and verbs, introducing words and
sentence shapes that differ from every template of all eight (a client
reading a number off the invoice, a number given in full with a remark about
its last four digits, a branch office line where the regional manager sits,
the shift supervisor at the warehouse, a switchboard number from an e-mail
footer; an e-mail "same as my name on linkedin", an address spelled out
slowly letter by letter, the company lawyer copied on the proposal; a card
for a one time setup fee, a card a colleague reads out to the caller, a card
with its holder named for the receipt; the person who signs delivery notes,
a misspelt name fixed in the contract, a client asked to hold the line;
distractors with a freight tracking number, a license key, a training
webinar, a plan sized for a quantity and a courier delivery; discounts framed
as a founder's rate under list, sharpening the price, matching a competitor
and going lower, a share of the bill left as a gift, a price "for our own
people", recalculating at a lower rate, a year end rebate, a concession put
in a supplementary agreement, a friends and family price, trimming a quote,
the second seat at half; non-offers about an upfront payment share,
onboarding progress, a survey response rate, a price increase, an early
termination fee, revenue share, a response time cut and a discount that only
a former reseller gave; personal channels as a private messenger account,
being added under a nickname, a voice message, a home number, one's own
inbox and bypassing reception; company channels as the shared sales inbox, the
company's official bot, the helpdesk line and electronic document exchange).

It was written without opening the detectors (callqa privacy and rules code,
their data and docs, their tests) or the existing evaluation outputs, so the
wording cannot have been tuned to what the detectors look for.

Text rules: lowercase, no digits or symbols (amounts and values come only
through slots), Russian templates hold no Latin letters (messenger names come
from the `{MSG}` slot); no preposition right before `{DATE}` or `{TIME}`,
whose values may carry their own; every template is a single natural utterance.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- names
RU_NAMES = [
    ("тихон", "кочетов", "лукич"),
    ("изабелла", "ушакова", "вениаминовна"),
    ("кузьма", "бирюков", "ермолаевич"),
    ("богдана", "черкасова", "евграфовна"),
    ("мстислав", "прянишников", "климович"),
    ("стефания", "лаврова", "эдгаровна"),
    ("елисей", "мухин", "демьянович"),
    ("дина", "шарапова", "айдаровна"),
    ("савва", "крючков", "филатович"),
    ("олеся", "долгова", "радиковна"),
]
EN_NAMES = [
    ("ambrose", "fairbanks"),
    ("lavinia", "castellano"),
    ("ignatius", "mwangi"),
    ("rosalind", "hargreaves"),
    ("thaddeus", "brennan"),
    ("juniper", "okonkwo"),
    ("leopold", "vance"),
    ("saoirse", "dunleavy"),
    ("barnaby", "quigley"),
    ("esme", "takahashi"),
]
RU_LAT = {"тихон": "tikhon", "кочетов": "kochetov", "изабелла": "izabella", "ушакова": "ushakova",
          "кузьма": "kuzma", "бирюков": "biryukov", "богдана": "bogdana", "черкасова": "cherkasova",
          "мстислав": "mstislav", "прянишников": "pryanishnikov", "стефания": "stefania", "лаврова": "lavrova",
          "елисей": "elisey", "мухин": "mukhin", "дина": "dina", "шарапова": "sharapova",
          "савва": "savva", "крючков": "kryuchkov", "олеся": "olesya", "долгова": "dolgova"}

# --------------------------------------------------------------------------- PII templates
PII_T = {
    "ru": [
        # phone
        "погодите, достану счет, внизу мелким шрифтом напечатан телефон, читаю, {PHONE}",
        "целиком он такой, {PHONE}, а по последним четырем цифрам его легко запомнить",
        "это трубка нашего областного филиала, {PHONE}, там сидит региональный управляющий",
        "насчет разгрузки договаривайтесь с кладовщиком смены, его трубка {PHONE}",
        "в подписи каждого письма у нас стоит многоканальный {CPHONE}, через него соединят с любым сотрудником",
        # e-mail
        "почта та же, что у меня в профиле на линкедине, {EMAIL}, там же меня и найдете",
        "буду произносить медленно, каждую букву отдельно, {EMAIL}, если какая непонятна, переспросите",
        "{EMAIL}, это ящик нашего юриста, поставьте его в копию, последнее слово за ним",
        # card
        "разовый платеж за настройку спишите вот с этой, {CARD}, а абонентку будем гасить по счету",
        "карточка у коллеги, она мне диктует, я повторяю за ней, {CARD}",
        "{CARD}, на карте выбито {NAME}, квитанцию приложите к акту",
        # name
        "накладные у нас подписывает {NAME}, доверенность уже оформлена",
        "в проекте договора опечатка, правильно {NAME}, поправьте, пожалуйста",
        "{FIRST}, не кладите трубку, я уточню у руководителя и сразу вернусь",
    ],
    "en": [
        # phone
        "hang on, i've got the invoice in front of me, the number printed along the bottom is {PHONE}",
        "in full it goes {PHONE}, those final four digits are easy to remember",
        "that line rings at our regional branch, {PHONE}, the area manager sits there",
        "for unloading, sort it with the shift supervisor at the warehouse, who picks up on {PHONE}",
        "the switchboard in every email footer of ours is {CPHONE}, it routes you to anyone here",
        # e-mail
        "same as my name on linkedin, {EMAIL}, you'll find me there too",
        "slowly now, one letter at a time, {EMAIL}, stop me if anything sounds off",
        "{EMAIL}, that's our lawyer, copy them on the proposal since they have the final word",
        # card
        "bill the one time setup charge against this card, {CARD}, and the monthly part we'll settle by invoice",
        "my colleague has the card, she's reading it to me and i'm repeating after her, {CARD}",
        "{CARD}, the holder is {NAME}, they know about it, so mail the receipt to them",
        # name
        "delivery notes here get signed by {NAME}, the power of attorney is already on file",
        "the draft agreement misspells it, it should read {NAME}, could you correct that",
        "{FIRST}, don't hang up, i'll check with my manager and be straight back",
    ],
}
NOPII_T = {
    "ru": [
        "номер транспортной накладной {BADCARD}, по нему видно, где сейчас фура",
        "лицензионный ключ {BADCARD}, его нужно ввести в течение семи дней",
        "онлайн занятие для операторов склада запланировано {DATE}, подключаемся {TIME}",
        "за {QTY} выходит {PRICE}, если платить помесячно",
        "сканеры должны привезти {DATE}, курьер позвонит за час",
        "тариф рассчитан на {QTY}, превышение оплачивается отдельно",
    ],
    "en": [
        "the freight waybill reads {BADCARD}, that shows where the truck is right now",
        "activation key {BADCARD} expires seven days after issue",
        "an online session for your shift leads is scheduled {DATE}, we go live {TIME}",
        "covering {QTY} you're looking at {PRICE} if you go month by month",
        "the scanners should turn up {DATE}, the courier rings an hour ahead",
        "the plan caps out at {QTY}, anything beyond that is billed separately",
    ],
}

# --------------------------------------------------------------------------- rule cases
DISCOUNT_T = {
    "ru": [
        "для первых клиентов у нас ставка основателя, она ниже прейскуранта на {P}",
        "могу подточить цену еще на {P}, дальше уже вряд ли",
        "сравняемся с вашим конкурентом и опустимся под него еще на {P}",
        "оставим вам {P} в подарок от суммы счета",
        "цена со скидкой для своих, минус {P} от тарифа",
        "пересчитаю по ставке, сниженной на {P}, и сегодня же пришлю новое предложение",
        "в конце года вернем вам ретробонусом {P} от оборота",
        "{PA} уступку оформлю отдельным дополнительным соглашением",
        "по спецусловиям получите снижение порядка {PG} от прайса",
    ],
    "en": [
        "being among our earliest customers, you'd lock in a founder's rate, {P} beneath list",
        "i can sharpen it by {P}, that's my ceiling",
        "we'll match whatever that rival quoted and then go {P} lower on top",
        "you'd collect a {P} rebate, paid out at year end on everything you spend",
        "let me rerun the numbers at a rate {P} lower and resend the proposal",
        "the friends and family price is list minus {P}",
        "think of it as a present, throughout year one {P} from every subscription invoice stays with you",
        "i've got room to trim the quote by {P} without asking anyone",
        "i'll pare {P} from both the setup and the opening quarter",
    ],
}
HALF_T = {
    "ru": ["второе рабочее место обойдется вполовину дешевле",
           "каждый следующий терминал после первого считаем ровно в половину его цены"],
    "en": ["the second seat is half",
           "every extra terminal after the first costs you half of what the first one does"],
}
NOT_DISCOUNT_T = {
    "ru": [
        "по оплате схема такая, {P} авансом при подписании, остальное после запуска",
        "подключение у вас завершено уже на {P}, осталось настроить кассы",
        "на анкету после внедрения ответили {P} сотрудников",
        "с января прайс подорожает на {P}, причем по всем тарифам",
        "при досрочном расторжении удерживается {P} от остатка по договору",
        "скидка {P} была у прежнего дистрибьютора, мы такую не практикуем",
        "доля выручки с маркетплейсов у вас примерно {P}, верно понимаю?",
        "сервис за квартал ни разу не падал, а время отклика сократилось на {P}",
    ],
    "en": [
        "payment terms are {P} upfront on signature, the balance once you're live",
        "you're about {P} through onboarding, the payroll export is what's left",
        "the post launch survey got a {P} response rate from your staff",
        "come january every plan rises {P}",
        "terminating early costs {P} on whatever term remains",
        "your previous reseller used to hand out {P} discounts, we simply don't",
        "marketplaces account for about {P} within your revenue mix, is that right?",
        "the service never went down over the quarter, and response times fell {P}",
    ],
}
CLIENT_ASK_T = {
    "ru": [("а если покажем вам предложение конкурента, опуститесь ниже него на {P}?",
            "нет, под чужие предложения мы цену не подгоняем")],
    "en": [("if we bring you the rival vendor's offer, could you undercut it by {P}?",
            "no, we don't price against other vendors' quotes")],
}
CHANNEL_T = {
    "ru": [
        "скиньте в личку в {MSG}, рабочий чат я практически не открываю",
        "добавляйтесь в {MSG}, ищите по нику, сейчас скажу какому",
        "после семи я обычно дома, запишите домашний, {PPHONE}",
        "черкните мне на собственный ящик, {PEMAIL}, рабочий забит рассылками",
        "давайте без секретаря, звякните мне прямиком, {PPHONE}",
        "запишите мне голосовое сообщение и пришлите в {MSG}, обсудим с глазу на глаз",
        "проект договора перешлите на {PEMAIL}, это моя почта, не служебная",
    ],
    "en": [
        "catch me via my private {MSG}, the office account hardly gets looked at",
        "find me in {MSG} under a nickname, i'll tell you which",
        "i'm home after seven, jot down the landline there, {PPHONE}",
        "drop a line to {PEMAIL}, my private address, since newsletters swamp the corporate mailbox",
        "bypass reception and ring me straight, {PPHONE}",
        "record me a voice message over {MSG} so the two of us can talk it through privately",
        "forward the draft to {PEMAIL}, that address belongs to me personally, it isn't corporate",
    ],
}
NOT_CHANNEL_T = {
    "ru": [
        "коммерческие вопросы разбирает вся команда продаж через единую почту, {CEMAIL}",
        "официальному боту нашей компании можно черкнуть в {MSG}, он подскажет статус заказа",
        "при технических сбоях звоните в службу технической поддержки, {CPHONE}, там заведут обращение",
        "счета и акты выставляем исключительно через эдо, бумагой не дублируем",
    ],
    "en": [
        "all commercial questions go through the shared sales inbox, {CEMAIL}, every rep sees it",
        "message the company's official bot on {MSG}, it'll give you your order status",
        "for outages, ring the helpdesk on {CPHONE}, they'll open a ticket",
        "invoices and statements only go out through electronic document exchange",
    ],
}
NOT_PRESSURE = {
    "ru": ["обсудите с командой в своем темпе, как будете готовы, дайте знать",
           "никаких сроков я вам не ставлю, как решите, так и будет",
           "если на тест понадобится больше времени, продлим, это не проблема"],
    "en": ["mull things over among colleagues at your own pace, i'm around whenever you're ready",
           "i'm not putting any date on this, whatever you land on is fine",
           "should the trial need more time, we'll extend it, no problem at all"],
}
