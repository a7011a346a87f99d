"""Compliance flags: forbidden phrases, discounts beyond policy, personal channels (callqa.rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callqa import rules
from callqa.errors import CallqaError
from callqa.records import ForbiddenRule, OfferPolicy, Script, Stage, Transcript, Utterance, Word

ROOT = Path(__file__).resolve().parent.parent


def script(lang: str, limit: float | None) -> Script:
    forbidden = {
        "ru": (ForbiddenRule("personal_contact", "Личный канал", ("Напишите мне в ватсап", "Запишите мой личный номер")),
               ForbiddenRule("pressure", "Давление", ("Вы должны решить прямо сейчас, иначе потеряете скидку",))),
        "en": (ForbiddenRule("personal_contact", "Personal channel", ("Message me on WhatsApp directly",)),
               ForbiddenRule("pressure", "Pressure", ("You have to decide right now or you lose the deal",))),
    }[lang]
    return Script(id=f"{lang}-test", version=1, language=lang, title="t",
                  stages=(Stage("greeting", "Greeting", ("hello",)),),
                  forbidden=forbidden, offers=OfferPolicy(max_discount_percent=limit))


RU, EN = script("ru", 10), script("en", 15)


def call(lang: str, *turns: tuple[str, str]) -> Transcript:
    utts, t = [], 0.0
    for speaker, text in turns:
        words = tuple(Word(t + i * 0.5, t + i * 0.5 + 0.4, " " + w) for i, w in enumerate(text.split()))
        utts.append(Utterance(speaker, t, t + 0.5 * len(words), text, words))
        t += 0.5 * len(words) + 1.0
    return Transcript(lang, t, tuple(utts))


def flags(sc: Script, *turns: tuple[str, str]):
    return rules.check(call(sc.language, *turns), sc)


def rule_ids(sc: Script, *turns) -> set[str]:
    return {f.rule for f in flags(sc, *turns)}


def cue_discounts(lang: str, text: str) -> list[float]:
    """The amounts beyond 10 % the cue words alone find in one operator utterance (no offer model)."""
    rs = rules.load_rules(lang)
    said = rules._prepare(Utterance("operator", 0, 1, text), lang, rs).digits
    return [d.amount for d in rules.offered_discounts(said, rs, 10, None)]


# --------------------------------------------------------------------------- discounts
@pytest.mark.parametrize("text,amount", [
    ("могу дать вам скидку двадцать пять процентов", 25),
    ("скидка 25% на первый год", 25),
    ("если оплатите сегодня то минус пятнадцать процентов", 15),
    ("сделаем скидку в размере двадцати процентов", 20),
    ("дам вам пятнадцатипроцентную скидку", 15),
    ("отдадим вам за полцены", 50),
])
def test_russian_discounts_above_policy_are_flagged_with_the_amount(text, amount):
    found = [f for f in flags(RU, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]
    assert found[0].evidence == text


@pytest.mark.parametrize("text,amount", [
    ("i can do thirty percent off for you", 30),
    ("that's half price for the first year", 50),
    ("we'll give you a 20% discount", 20),
    ("let me knock twenty-five percent off the price", 25),
])
def test_english_discounts_above_policy_are_flagged_with_the_amount(text, amount):
    assert [f.amount for f in flags(EN, ("operator", text)) if f.rule == "discount"] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "скидка десять процентов на годовой тариф"),
    (RU, "могу дать скидку 10%"),
    (RU, "скидка пять процентов"),
    (EN, "we can do fifteen percent off"),
    (EN, "a 15% discount on the annual plan"),
])
def test_a_discount_at_or_below_the_limit_is_not_flagged(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "стоимость две тысячи девятьсот рублей в месяц за двадцать пять пользователей"),
    (RU, "давайте созвонимся двадцать пятого ноября в пятнадцать тридцать"),
    (RU, "мой коллега позвонит с номера восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
    (RU, "мы на сто процентов гарантируем сохранность данных"),
    (RU, "инвентаризация проходит на двадцать процентов быстрее"),
    (RU, "скидка десять процентов и на двадцать процентов быстрее приемка"),
    (EN, "it's forty nine dollars per user per month for 30 users"),
    (EN, "we guarantee 100% uptime"),
    (EN, "managers build rotas thirty percent faster"),
    (EN, "the demo is on the 25th at 10:30, call 212 555 0198"),
])
def test_numbers_that_are_not_discounts_are_not_flagged(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_a_client_asking_for_a_discount_is_not_the_operator_offering_one():
    assert rule_ids(RU, ("client", "а скидку тридцать процентов дадите?"),
                    ("operator", "нет, максимум десять процентов")) == set()


def test_without_a_policy_no_discount_is_flagged():
    assert "discount" not in rule_ids(script("ru", None), ("operator", "скидка пятьдесят процентов"))


# --------------------------------------------------------------------------- personal channels
@pytest.mark.parametrize("sc,text", [
    (RU, "добавьте меня в телеграм, я там отвечу"),
    (RU, "кидайте мне в вотсап фото накладных"),
    (RU, "звоните мне напрямую на восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
    (RU, "мой адрес иван точка петров собака яндекс точка ру, пишите туда"),
    (EN, "text me on telegram, it's quicker"),
    (EN, "here's my cell, two one two five five five zero one nine eight"),
    (EN, "my personal email is john dot smith at gmail dot com"),
    (EN, "add me on viber and we'll sort it out"),
])
def test_moving_the_client_to_a_personal_channel_is_flagged(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "уведомления о поступлениях приходят в телеграм"),
    (RU, "наш номер горячей линии восемь восемьсот пятьсот пятьсот пятьдесят пять тридцать пять"),
    (RU, "напишите нам на info@technosklad.ru"),
    (EN, "shift reminders go out by whatsapp or sms"),
    (EN, "our support line is 1 800 555 0199"),
    (EN, "send it to sales at shiftpilot dot com"),
])
def test_company_channels_and_product_features_are_not_personal(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


def test_a_client_offering_a_messenger_is_not_flagged_but_unknown_speakers_are_read():
    said = "можно я вам в ватсап напишу?"
    assert rule_ids(RU, ("client", said), ("operator", "лучше на почту компании")) == set()
    assert "personal_channel" in rule_ids(RU, ("unknown", said), ("unknown", "лучше на почту компании"))


# --------------------------------------------------------------------------- forbidden phrases
@pytest.mark.parametrize("sc,text,rule", [
    (RU, "слушайте вы должны решить прямо сейчас иначе потиряете скидку", "forbidden:pressure"),
    (RU, "ну напишите мне в вацап хорошо?", "forbidden:personal_contact"),
    (EN, "look you have to decide right now or you lose the deal okay", "forbidden:pressure"),
    (EN, "message me on whats app directly", "forbidden:personal_contact"),
    # Whisper writes a messenger's name in Latin in Russian speech as often as not
    (RU, "ну напишите мне в Whatsapp ладно?", "forbidden:personal_contact"),
    (RU, "слушайте, напишите мне в WhatsApp, хорошо", "forbidden:personal_contact"),
    # and as the rewrites read it ("вотсап" heard as "вот заплатно")
    (RU, "напишите мне вот заплатно", "forbidden:personal_contact"),
])
def test_forbidden_phrases_are_fuzzy_matched_in_operator_speech(sc, text, rule):
    found = [f for f in flags(sc, ("operator", "добрый день" if sc is RU else "hello there"), ("operator", text))
             if f.rule == rule]
    assert len(found) == 1
    assert found[0].evidence == text
    assert found[0].start >= 2.0  # time of the second utterance, from its words


@pytest.mark.parametrize("sc,text", [
    (RU, "решите когда будет удобно, не торопитесь"),
    (RU, "предложение действует до конца месяца"),
    (EN, "take your time to decide"),
    (EN, "the offer runs until the end of the month"),
])
def test_similar_but_harmless_sentences_are_not_forbidden(sc, text):
    assert not any(r.startswith("forbidden:") for r in rule_ids(sc, ("operator", text)))


def test_the_client_saying_a_forbidden_phrase_is_not_flagged():
    assert rule_ids(EN, ("client", "you have to decide right now or you lose the deal")) == set()


def test_shipped_scripts_flag_their_own_examples():
    from callqa.scripts import resolve_script

    ru = resolve_script("ru-b2b-cold", str(ROOT / "scripts_library"))
    got = rules.check(call("ru", ("operator", "давайте лучше в телеграм напрямую мне"),
                           ("operator", "и скидку двадцать процентов сделаю")), ru)
    assert {f.rule for f in got} == {"forbidden:personal_contact", "personal_channel", "discount"}
    assert [f.start for f in got] == sorted(f.start for f in got)


# --------------------------------------------------------------------------- rules as data
def test_a_company_file_adds_its_own_words(tmp_path, monkeypatch):
    extra = tmp_path / "our_rules.yaml"
    extra.write_text("language: en\npersonal_channel:\n  channels: ['line app']\n", encoding="utf-8")
    said = ("operator", "message me on line app tonight")
    assert "personal_channel" not in rule_ids(EN, said)
    assert "personal_channel" in {f.rule for f in rules.check(call("en", said), EN,
                                                                rules.load_rules("en", (str(extra),)))}
    monkeypatch.setenv(rules.RULES_ENV, str(extra))
    assert "personal_channel" in rule_ids(EN, said)


def test_a_bad_rules_file_names_the_file_and_the_field(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: en\ndiscount:\n  windw: 3\n", encoding="utf-8")
    with pytest.raises(CallqaError, match=r"bad\.yaml.*discount\.windw"):
        rules.load_rules("en", (str(bad),))
    with pytest.raises(CallqaError, match="not found"):
        rules.load_rules("en", (str(tmp_path / "missing.yaml"),))


def test_flag_time_points_at_the_words_not_the_whole_utterance():
    said = "добрый день меня зовут анна компания техносклад и вы должны решить прямо сейчас иначе потеряете скидку"
    (flag,) = [f for f in flags(RU, ("operator", said)) if f.rule == "forbidden:pressure"]
    # "вы" is word 8, said at 4.0 s; the utterance starts at 0
    assert 3.0 <= flag.start <= 5.0
    assert flag.end == pytest.approx(16 * 0.5 - 0.1)


# --------------------------------------------------------------------------- as Whisper writes them
@pytest.mark.parametrize("sc,text", [
    (RU, "Напишите мне вот сап так быстрее."),
    (RU, "честно говоря напишите мне ват сап"),
    (RU, "Звонить мне на прямую на 80,68,534,5724."),
    (RU, "пишите мне в личку в телегу"),
    (RU, "Я вам наберу в теле гуще своего номера. Сохраните меня просто по имени."),
    (EN, "text me on what's app, it's quicker"),
    (EN, "Just email me at www.faradonson.au.com"),
    (EN, "e-mail me at david.miller at e-mail.com"),
])
def test_personal_channels_as_whisper_writes_them_are_flagged(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "у нас учет ведется в SAP, вот сап и выгружает отчеты в телеграм бот"),
    (RU, "напишите нам на info собака техносклад точка ру"),
    (RU, "в теле письма напишите мне номер договора"),
    (EN, "send it to sales at shiftpilot dot com"),
    (EN, "our support line is 1-800-555-0199"),
    # "official chat" as Whisper heard it: "official" alone names the company's
    (EN, "A company care team runs an official cat on WhatsApp. You can write there if something stops working."),
])
def test_company_channels_as_whisper_writes_them_are_not_personal(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "Дам вам двадцати процентную скитку.", 20),
    # the recogniser dropped or voiced a letter of the cue word
    (RU, "Только для вас кидка 15% на первый год.", 15),
    (RU, "Я согласую вам с китку 30%.", 30),
    (RU, "Оформим дискантом 25%", 25),
    (RU, "могу предложить скидку 25 %", 25),
    (RU, "скидка 25 процентов на первый год", 25),
    (EN, "i can give you 25 % off", 25),
    (EN, "we'll do a 30 percent discount on the annual plan", 30),
])
def test_discounts_as_whisper_writes_them_are_flagged(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


def test_rewrites_are_data_and_checked(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: ru\nrewrites:\n  '(': 'x'\n", encoding="utf-8")
    with pytest.raises(CallqaError, match="not a valid regular expression"):
        rules.load_rules("ru", (str(bad),))
    good = tmp_path / "good.yaml"
    good.write_text("language: ru\nrewrites:\n  'мой\\s+тг': 'мой телеграм'\n", encoding="utf-8")
    r = rules.load_rules("ru", (str(good),))
    assert "мой\\s+тг" in r.rewrites and "(?<!\\w)ват\\s+сап" in r.rewrites


@pytest.mark.parametrize("sc,text,amount", [
    # a price reduction said without the word for a discount
    (RU, "подвину цену на 15% вниз, если подпишем на этой неделе", 15),
    (RU, "руководство одобрило вам снижение стоимости на 25%", 25),
    (RU, "вычтем 20% из суммы первого счета", 20),
    (RU, "годовую лицензию отдадим за половину стоимости", 50),
    (RU, "вторую точку подключим вдвое дешевле", 50),
    (EN, "let me apply a 20% mark down to the whole package", 20),
    (EN, "sign before friday and the price drops by 30%", 30),
    (EN, "we'll deduct 25 percent from your first bill", 25),
    (EN, "we'll charge you only half for the second location", 50),
])
def test_price_reductions_without_the_word_discount_are_flagged(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (EN, "no-shows dropped by 30% at one clinic"),
    (EN, "teams spend 20% less time swapping shifts"),
    (RU, "время на сборку заказа сокращается на 30%"),
    (RU, "снижение ошибок на 40% уже в первый месяц"),
    # halves that are not the price's
    (EN, "a restaurant group we work with cut onboarding time in half"),
    (EN, "let's split the work down the middle between our teams"),
    (RU, "разделим проект на два этапа, и второй начнем в марте"),
])
def test_other_reductions_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "давайте дальше общаться в телеграм, без официальных писем"),
    (EN, "drop the paperwork in my private inbox, it is quicker"),
])
def test_more_ways_of_moving_the_client_to_a_personal_channel(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "сбавлю вам 30% с прайсовой цены, если оплатите год вперед", 30),
    (RU, "за второй год заплатите ровно половину от прайса", 50),
    (RU, "внедрение для вас обойдется в половину обычной цены", 50),
    (EN, "i can bring the monthly rate down by 25% for you", 25),
    (EN, "we'll cut your onboarding fee in half", 50),
])
def test_more_price_reductions_are_flagged(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


def test_viber_as_whisper_writes_it_is_a_personal_channel():
    assert "personal_channel" in rule_ids(RU, ("operator", "Остальное обсудим выбер, напишите мне до вечера."))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "директор разрешил мне урезать вам прайс на 25%", 25),
    (EN, "i can get you a 20% price break if you add a second site", 20),
    (EN, "let me sharpen the pencil, i'll come in 25% lower than that quote", 25),
    (EN, "we'll cover half of the onboarding fee", 50),
])
def test_price_reductions_in_salespeople_s_words(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("text", [
    "Закину вам в телеграм пару видео, как это работает.",
    "Переедем в вотсап, там без лишних глаз обо всем договоримся.",
])
def test_throwing_things_into_a_messenger_is_a_personal_channel(text):
    assert "personal_channel" in rule_ids(RU, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    # a reduction word and a price word near the amount, no word for a discount
    (RU, "если возьмете сразу три лицензии, заплатите на 25% меньше", 25),
    (RU, "цена для вас будет ниже стандартной на 30%, я уже согласовал", 30),
    (RU, "подпишем сегодня, и я вычеркну 20% из итоговой суммы", 20),
    (RU, "сброшу вам 25% с тарифа", 25),
    (RU, "пакет обучения достанется вам за половину его обычной стоимости", 50),
    (EN, "with a partner referral you pay 25 percent less", 25),
    (EN, "your renewal will come in 30% under list price", 30),
    (EN, "the training package comes at half its usual cost", 50),
])
def test_a_lower_price_said_with_a_reduction_and_a_price_word_is_a_discount(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    # a reduction and a price word, but what goes down is not the price
    (RU, "тариф тот же, а ошибок при приемке на 30% меньше"),
    (RU, "налог 30% уже заложен в стоимость"),
    (EN, "on any plan, scheduling takes 30% less time"),
    (EN, "the payment processor keeps 30% of each transaction"),
    (EN, "we take a 30% deposit upfront and the rest of the bill at launch"),
])
def test_a_price_word_near_other_reductions_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "я создам чат в телеграм, только вы и я, без начальства"),
    (EN, "i'll set up a telegram chat, just you and me, no managers"),
])
def test_a_messenger_chat_away_from_the_managers_is_a_personal_channel(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))
    # the same messenger for the company's notifications is not
    company = text.split(",")[0].replace("я создам чат", "бот пришлет уведомления").replace(
        "i'll set up a telegram chat", "the bot sends reminders by telegram")
    assert "personal_channel" not in rule_ids(sc, ("operator", company))


@pytest.mark.parametrize("sc,text,amount", [
    # the company paying part of the price, or splitting it
    (EN, "we'll absorb 40% of the cost on our side", 40),
    (EN, "call it a welcome gift: your opening invoice comes in 50% lighter", 50),
    (EN, "we'll split the third quarter down the middle with you", 50),
    (RU, "за первый квартал выставим вам только половинку от обычного счета", 50),
    (RU, "стоимость второго склада поделим с вами на два", 50),
])
def test_the_company_taking_on_part_of_the_price_is_a_discount(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "рабочий у меня вечно разряжен, так что звоните на мою личную трубку"),
    (RU, "давайте я вас наберу через телеграм, так спокойнее"),
    (EN, "my work phone is always flat, so use my personal one"),
])
def test_calling_on_a_personal_line_or_messenger_is_a_personal_channel(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "для давних партнеров своя ставка, платите price minus 20%", 20),
    (RU, "скинуть 15 а процентов я могу сам, без директора", 15),
    (RU, "по юбилейной акции годовой счет на следующий срок режем пополам", 50),
    (RU, "так и быть, уберу из сметы 20%, только начальнику не говорите", 20),
    (EN, "i'll quietly trim 25% out of the estimate", 25),
    (EN, "first month at half, then the regular rate kicks in", 50),
])
def test_prices_cut_in_the_words_of_test7(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (EN, "let's speak again at half past two"),
    (RU, "с вопросами пишите в телеграм, в официальный чат поддержки компании"),
])
def test_a_time_and_an_official_chat_are_neither_discount_nor_personal(sc, text):
    assert rule_ids(sc, ("operator", text)) & {"discount", "personal_channel"} == set()


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "второе рабочее место обойдется вполовину дешевле", 50),
    (RU, "со второго месяца платите вдвое меньше", 50),
    (RU, "расходы на внедрение поделим с вами поровну", 50),
    (RU, "кешбэком на расчетный счет вернем 25% годового платежа", 25),
    (EN, "every extra terminal costs you half of what the first one does", 50),
    (EN, "you pay 50 cents on the dollar for the second terminal", 50),
    (EN, "we split the implementation cost evenly, you only cover your half", 50),
    (EN, "you'd lock in a founder's rate, 30% beneath list", 30),
])
def test_halves_and_rebates_of_test8_and_test9(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "ошибок при сборке стало вдвое меньше"),
    (RU, "разделим проект с вами на два этапа"),
    (EN, "costs are evenly spread across the year"),
    # a discount named only to say it is not on offer
    (EN, "your previous reseller used to hand out 30% discounts, we simply don't"),
    (EN, "a 30% discount is reserved for the public sector, private companies don't qualify"),
    (RU, "скидка 20% дается только по госзаказу, на коммерческие компании она не распространяется"),
    # what the offer model is not asked about: a non-discount word explains the amount
    (EN, "payment terms are 25% upfront on signature, the balance once you're live"),
    (EN, "terminating early costs 30% on whatever term remains"),
    (RU, "доля выручки с маркетплейсов у вас примерно 25%, верно понимаю?"),
])
def test_refusals_and_explained_amounts_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "после семи я обычно дома, запишите домашний, 8 471 745 93 21"),
    (RU, "давайте в телеграм, будем переписываться там без формальностей"),
    (RU, "скиньте в личку в отцап, рабочий чат я не открываю"),
    (RU, "не пишите на рабочую почту, а на мою"),
    (EN, "i'm home after seven, jot down the landline there, 642 841 0131"),
    (EN, "after hours let's just keep talking over telegram, no formality"),
    (EN, "don't use a company address, if you already read everything, use mine"),
])
def test_home_lines_chats_and_steering_off_company_channels_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (EN, "chat with our support bot on telegram, it has your order status"),
    (RU, "домашнее задание для кассиров пришлем на общую почту компании"),
])
def test_a_company_chat_and_homework_are_not_personal(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "слушайте, напишите мне в отцап, понимаете?"),
    (RU, "скриншоты удобнее слать мне прямо в телеграм, не через поддержку"),
    (RU, "мой номер помимо офиса 8 842 993 58 66, набирайте хоть в выходные"),
    (EN, "this is my number outside of the office, plus 1 721 915 0030"),
    (EN, "the easiest way to catch me is whatsapp, not through the office"),
])
def test_a_channel_named_as_going_around_the_company_is_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "по техническим вопросам звоните в офис, 8 800 555 35 35"),
    (EN, "for outages ring the office line, 1 800 555 0199"),
])
def test_the_office_line_itself_stays_the_company_s(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "первый месяц у вас пойдет за полстоимости, дальше по обычному тарифу", 50),
    (RU, "двадцать процентов от стоимости компания возьмет на себя", 20),
    (EN, "just take your usual price and divide it by two", 50),
    (EN, "i can get you half off the first year", 50),
    # Whisper's "forty percent"
    (EN, "you'd be on our loyalty rate, which sits for the present under the public price", 40),
])
def test_halves_and_forty_percent_as_whisper_writes_them(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "30% компаний в вашем сегменте уже перешли на электронные накладные"),
    (EN, "divide the team by two shifts and it works"),
    (EN, "for the present we keep your plan as it is, 40 seats"),
])
def test_statistics_and_plain_phrases_stay_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "пока машина стоит в ремонте, абонентку за нее уполовиним", 50),
    (RU, "абонентка за прицеп у вас будет наполовину меньше, чем за тягач", 50),
    (EN, "while a truck sits in the garage, we halve its monthly fee", 50),
])
def test_halving_a_fee_is_a_half_price_offer(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "если брать трекеры в лизинг, удорожание составит 25% за весь срок"),
    (EN, "if you lease the hardware, the leasing markup comes to 30% over the term"),
    (RU, "ошибки в путевых листах уполовиним за месяц"),
])
def test_price_increases_and_halved_errors_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "я со своего телефона, кстати, создам группу в телеграм, добавим вашего диспетчера"),
    (RU, "давайте без лишнего, пишите мне в выбир, я там всегда онлайн"),
    (EN, "well, message me on what's at directly"),
])
def test_the_operator_s_own_phone_and_garbled_messengers_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    # a reduction word nearer than the statistic word: the offer model is still asked
    (RU, "вы первая клиника в районе, поэтому дадим условия пилотного клиента, это на 40% ниже прайса", 40),
    (RU, "за рабочие места администратора возьмем ровно половину того, что стоит место врача", 50),
    (RU, "филиальный округ посчитаем по половине ставки, пока не наберется поток пациентов", 50),
    (EN, "reception seats come in at half of what a clinician seat costs", 50),
])
def test_pilot_terms_and_half_of_another_price_are_offers(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "медицинские услуги освобождены от ндс, а вот на программу 20% идет в счете отдельной строкой"),
    (EN, "medical services are exempt, but the software carries 20% shown on its own line on the invoice"),
    (EN, "switch on online booking or we raise it by 25% next year"),
])
def test_a_tax_line_and_a_raise_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_my_own_mail_box_is_a_personal_channel():
    assert "personal_channel" in rule_ids(EN, ("operator", "i'd rather forward the proposal from my own mail box"))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "пока кофейня открыта только по выходным, берем с вас половинку абонентки", 50),
    (RU, "летнюю веранду со своей кассой подключим, платить за нее будете наполовину", 50),
])
def test_half_the_subscription_is_a_half_price_offer(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "давайте созвонимся по видео в телеграм с моего аккаунта, я покажу кассу"),
    (RU, "продиктую свой, не тот, что на визитке: 8 961 619 26 00"),
    (EN, "let's do a video call on fiber from my account, i'll walk you through it"),
])
def test_the_operator_s_own_account_and_number_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


def test_fiber_broadband_is_no_messenger():
    assert "personal_channel" not in rule_ids(EN, ("operator", "once you're on fiber internet, message me and i'll set the till up"))


@pytest.mark.parametrize("sc,text,amount", [
    # a half word next to a price word, in wording no rewrite has
    (RU, "за второй терминал возьмем с вас ровно половину абонентской платы", 50),
    (EN, "the terrace till runs at half the usual fee while it's seasonal", 50),
])
def test_a_half_next_to_a_price_word_is_a_half_price_offer(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (EN, "our company number is half one eight oh oh three seven, someone on shift will pick up"),
    (EN, "half of our customers pay the standard price"),
    (RU, "половина наших клиентов платит по обычному тарифу"),
    (RU, "с нашей кассой очередь движется вдвое быстрее, а цена та же"),
])
def test_a_half_that_is_no_price_cut_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (EN, "message my number on signal instead of a support chat, i answer quicker there"),
    (EN, "i can send the contract over from my home address"),
])
def test_instead_of_support_and_a_home_address_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (EN, "in the off-season with the pool half empty we'll keep your subscription as it is"),
    (RU, "первый платеж по договору составляет 20% счета, выставим его сразу после подписания"),
])
def test_a_half_empty_pool_and_a_first_payment_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    # the demo's own sentences: a half with no price word is never left to the offer model
    (EN, "Half can swap shifts on their own in the half without calling you."),
    (EN, "Hello, my name is Sarah and I'm calling on the half of this pilot."),
    (RU, "Стало в двое и меньше."),
])
def test_a_half_without_a_price_word_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "летом, пока отопления нет, модуль расчета за тепло обойдется вам в полценный", 50),
    (RU, "за второй дом на том же участке возьмем с вас только половину", 50),
    (RU, "модуль регистрации посетителей для маленькой приемной отдам вам заполтены", 50),
    (RU, "пока мойка закрыта на зиму, счет за архив мы ополовиним", 50),
])
def test_half_price_as_whisper_writes_it_and_half_charged_to_you(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (EN, "roughly 20% of your flats are standing empty right now"),
    (EN, "on connection you pay 30% in advance, the rest once we loaded your list"),
    (RU, "это полноценный модуль, он обойдется вам в 30 тысяч"),
])
def test_market_rent_vacancies_and_advances_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "если что, звоните мне на мобильный, он у меня собственный, плюс 7 860 445 85 85"),
    (EN, "let me add you on telegram from my phone, we'll handle it away from the office"),
])
def test_an_own_mobile_and_away_from_the_office_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


def test_a_cue_ending_in_a_dollar_sign_is_a_whole_word():
    text = "you pay less, fewer lessons, lessen it"
    assert [text[p:p + 6] for p in rules._cue_positions(text, ("less$", "lessen"))] == ["less, ", "lessen"]


@pytest.mark.parametrize("sc,text", [
    # "less" in "lessons" and "off" in "office" are no price words
    (EN, "already 30% of your parents pay for lessons through the app."),
    # a share of people or of a budget is no offer, whatever the offer model reads
    (EN, "about 25% of the team works from the office on fridays"),
    (EN, "i feel 30% of your budget goes on paper"),
    # the bank withholding its fee, as Whisper wrote it
    (RU, "банку держивает 30% с каждого платежа родителей. Это комиссия не наша."),
])
def test_shares_lessons_and_withheld_fees_are_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    (EN, "we'll absorb 30% of the cost on our side", 30),
    (EN, "leave us a review and we'll credit back 20% of your first month", 20),
])
def test_a_share_of_a_price_or_of_a_month_is_still_a_discount(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "Давайте поговорим в вот сап без протокола, я там под своим номером, а не под служебным."),
    (RU, "Вот номер, который я ношу с собой, не рабочий, плюс 966153544, звоните лучше туда."),
])
def test_talking_off_the_record_and_a_number_that_is_not_the_work_one_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


def test_a_mailing_the_company_runs_on_a_messenger_is_not_personal():
    text = "Три раза в день датчики шлют сводку, рассылку ведет компания в вайбер, отвечать можно прямо в чате."
    assert "personal_channel" not in rule_ids(RU, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (RU, "По программе субсидий государство возмещает 30% затрат на точное земледелие, заявку подаете вы сами."),
    (EN, "under the government scheme 30% of the equipment cost is refunded to you"),
])
def test_the_state_paying_back_part_of_the_cost_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_a_share_of_a_price_further_on_is_still_read():
    text = "and your old trackers we take out, and thirty percent of a new one's price gets credited back to you"
    assert [f.amount for f in flags(EN, ("operator", text)) if f.rule == "discount"] == [30]


def test_half_as_whisper_spells_it_is_a_discount():
    text = "В апреле и ноябре, когда гостей почти нет, абонентка у вас будет вдвои ниже."
    assert [f.amount for f in flags(RU, ("operator", text)) if f.rule == "discount"] == [50]


@pytest.mark.parametrize("lang,text", [
    ("en", "we lower the commission on your bookings 30%"),
    ("ru", "комиссия с каждой брони будет на 30% ниже"),
])
def test_a_commission_is_a_price_the_cue_rules_read_without_the_model(lang, text):
    assert [d.amount for d in rules.find_discounts(text, rules.load_rules(lang))] == [30]


def test_call_me_on_my_mobile_is_personal_but_not_the_work_mobile():
    said = "звоните не на линию, а мне на сотовый, плюс 7924 имистрот 3561"   # the number garbled
    assert "personal_channel" in rule_ids(RU, ("operator", said))
    assert "personal_channel" not in rule_ids(RU, ("operator", "пишите мне на рабочий мобильный, он есть на сайте"))


@pytest.mark.parametrize("sc,text", [
    (RU, "На праздники офис закрыт, поэтому держите номер моей личной симки, плюс"),
    (RU, "В вотсап я отвечаю, даже стоя в пробке, так что стучитесь туда мимо нашей горячей линии."),
    (EN, "the office shuts over the holiday, so ring my personal sim"),
    (EN, "message me straight away, that account runs off my own SIM card rather than a company one"),
])
def test_a_personal_sim_and_answering_on_a_messenger_past_the_hotline_are_personal(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


def test_a_bot_that_answers_on_a_messenger_is_still_the_company_s():
    assert "personal_channel" not in rule_ids(RU, ("operator", "в телеграм вам отвечает бот поддержки, а я отвечаю по почте"))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "руководитель позволил мне опустить цифру из коммерческого предложения на 40%, но это мой потолок", 40),
    (EN, "seats added before the quarter closes are billed at list price minus 20 per cent", 20),
])
def test_lowering_the_figure_and_price_minus_are_discounts(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


@pytest.mark.parametrize("sc,text", [
    (RU, "цифры продаж у клиентов выросли на 30% за полгода"),
    (EN, "the growth figure for our clients was 30% last year"),
])
def test_a_figure_that_grew_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_my_personal_mail_is_a_personal_channel():
    assert "personal_channel" in rule_ids(EN, ("operator", "I'll send the estimates from my personal mail rather "
                                                            "than the system"))


@pytest.mark.parametrize("sc,text,amount", [
    # "стоит половину", as the English "costs half"
    (RU, "второй вход для помощника стоит ровно половину от основного", 50),
    (RU, "учетная запись тренера стоит у нас ровно половину от учетки администратора", 50),
    # "40-й процентную": the recogniser's ending on the number
    (RU, "у магазина день рождения, так что на продлении дарю вам 40-й процентную скидку", 40),
])
def test_costs_half_and_a_numbered_percent_adjective_are_discounts(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


def test_standing_half_a_day_is_no_discount():
    assert "discount" not in rule_ids(RU, ("operator", "половина клиентов стоит в очереди по полдня"))


def test_a_private_address_of_mine_is_personal_and_a_private_line_of_the_office_is_not():
    assert "personal_channel" in rule_ids(EN, ("operator", "the contract will land in your inbox from a private "
                                                            "address of mine"))
    assert "personal_channel" not in rule_ids(EN, ("operator", "the office has a private line of its own for "
                                                                "billing questions"))


@pytest.mark.parametrize("sc,text", [
    (RU, "у фермеров, которые ставят станцию на коровник, счета за свет в среднем уменьшаются на 30%"),
    (RU, "у фермеров, которые ставят станцию на коровник, щета за свет среднему уменьшаются на 30%"),
    (EN, "farms that put a station on the barn see their power bills drop by 30% on average"),
])
def test_an_average_saving_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_write_down_my_work_phone_is_no_personal_channel():
    assert "personal_channel" not in rule_ids(RU, ("operator", "запишите мой рабочий телефон, это приемная, попросите "
                                                                "соединить со мной"))
    assert "personal_channel" in rule_ids(RU, ("operator", "запишите мой номер, звоните в любое время"))


@pytest.mark.parametrize("sc,text,rule", [
    (RU, "сохраните мой номер под моей фамилией, а не под названием компании", "personal_channel"),
    (EN, "save my number under my name rather than the company, even if I change jobs", "personal_channel"),
    (RU, "пока переносите базу, оформлю на это время 30% у ступку", "discount"),
    (EN, "a client portal seat goes for half what a regular seat does", "discount"),
])
def test_save_my_number_a_split_concession_and_half_what_a_seat_does(sc, text, rule):
    assert rule in rule_ids(sc, ("operator", text))


def test_save_the_office_number_is_no_personal_channel():
    assert "personal_channel" not in rule_ids(EN, ("operator", "save my number at the office, the front desk "
                                                                "picks up all day"))


def test_a_private_number_of_mine_is_personal_and_a_population_that_grew_is_no_discount():
    assert "personal_channel" in rule_ids(RU, ("operator", "моего номера 8406-134-25-23 в списках компании нет, он "
                                                            "частный"))
    assert "discount" not in rule_ids(RU, ("operator", "собачье население района за год подросло на 20%, запись у "
                                                        "вас будет только уплотняться"))


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "второй внутриротовой сканер в той же клинике оплачивается в половинном размере от первого", 50),
    (EN, "your dental lab already runs on our software, so the clinic gets 50% marked down", 50),
    (EN, "our children's tariff is gentler than the standard one by 40%", 40),
])
def test_paid_at_half_the_amount_marked_down_and_a_gentler_tariff_are_discounts(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


def test_demand_that_climbed_is_no_discount():
    assert "discount" not in rule_ids(EN, ("operator", "demand for aligners among adult patients has climbed 20% "
                                                        "since last year"))


@pytest.mark.parametrize("sc,text,amount", [
    # a price that will become cheaper, as Whisper writes it too
    (RU, "Разрешите на лепите нашего приложения на треугольники на крышах ваших учебных машин и за это "
         "лицензия подешевает на 25%.", 25),
    # a concession given to the client
    (RU, "вы сами инструктор на пенсии, таким клиентам мы даем 20% льготу", 20),
])
def test_a_licence_getting_cheaper_and_a_concession_are_discounts(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    (EN, "petrol is 20% bigger than a year ago, so you'll probably have to raise the price of a lesson"),
    (EN, "fuel costs are 30% higher than last spring"),
])
def test_a_price_gone_up_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    # someone else's discount said to the client
    (EN, "the chemicals supplier knocks 25% off your bulk orders, but that's their discount"),
    (EN, "the gym next door was selling annual memberships at 20% off, that's why you lost people"),
    (RU, "оптовик с шарами и гелием дает вам уступку 20%, в закупках она просто уменьшит сумму накладной"),
    (RU, "на второго ребенка из одной семьи вы сами делаете 20% скидки на вход"),
])
def test_someone_else_s_discount_is_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    # the company's own offer beside someone else's name
    (RU, "тем, кто переходит от конкурентов, мы даем скидку 25% на первый год", 25),
    (EN, "our supplier gave us a better price this year, so I can knock 25% off your renewal", 25),
    # "за половину" of the price
    (RU, "кассу для летней площадки, которая открыта три месяца в году, отдаем вам за половину", 50),
])
def test_own_offers_beside_other_parties_and_half_the_price_are_discounts(sc, text, amount):
    found = [f for f in flags(sc, ("operator", text)) if f.rule == "discount"]
    assert [f.amount for f in found] == [amount]


@pytest.mark.parametrize("sc,text", [
    # a supplier's terms on what the client buys, named by the purchase they go into, whoever gives them
    (RU, "лесопилка уступает вам 20% на дровах, когда берете сразу целую машину, это можно заложить в "
         "закупочную цену"),
    (RU, "завод при годовом контракте ставит вам цену ниже каталожной на 25%, это проходит по закупкам отдельно"),
    (RU, "цементный завод за полную фуру отдает вам мешки на 25% дешевле, и себестоимость мешка система "
         "пересчитает сама"),
    (EN, "the sawmill lets you have firewood at 25% off if you take a whole truckload, and that can go into "
         "your purchase price"),
    (EN, "the bottling plant knocks 20% off big batches for you, purchasing records that against each batch"),
])
def test_a_supplier_s_terms_that_go_into_the_client_s_purchasing_are_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text,amount", [
    # the purchasing named before the amount, or beyond the window after it, names no supplier's terms
    (RU, "начнете заказывать бумагу через встроенную в платформу закупку у нашего партнера, и я за это скошу с "
         "подписки 20%", 20),
    (EN, "let us put our logo on the ticket purchase page, and I'll trim 20% off your subscription", 20),
    (RU, "подпишете сегодня, дам скидку 25% на первый год, а дальше посмотрим, как у вас пойдут продажи, склад, "
         "логистика и вся остальная работа с закупочными ценами", 25),
])
def test_purchasing_named_before_the_amount_or_far_after_it_leaves_an_offer(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


def test_whatsapp_heard_as_vot_sab_is_a_messenger():
    text = "перешлите сообщение об ошибке прямо в мой собственный профиль. Вот саб, я тихо поправлю."
    assert "personal_channel" in rule_ids(RU, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (EN, "just send the request to the address I keep for private mail, not the office one"),
    (RU, "пишите на адрес, который я держу для личной переписки, не на офисный"),
])
def test_an_address_kept_for_private_mail_is_a_personal_channel(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    # insurance priced as a share of the item's price
    (RU, "страховка на электросамокат стоит вам 20% от его цены в год"),
])
def test_insurance_priced_as_a_share_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_a_message_from_the_platform_s_official_account_is_no_personal_channel():
    text = "о том, что велосипед починен, клиенту пишет официальный аккаунт платформы в вотсап"
    assert "personal_channel" not in rule_ids(RU, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    # a chemical's strength is no offer
    (EN, "the bed bug product is mixed down to a 30% working solution for the technicians"),
])
def test_a_solution_s_strength_is_no_discount(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("text", [
    "the draft goes not through the system but straight to my private box, the company can't see it",
    "our corporate mail is being moved, so send the safety data sheets where I get my own mail",
])
def test_a_private_box_and_one_s_own_mail_are_personal_channels(text):
    assert "personal_channel" in rule_ids(EN, ("operator", text))


@pytest.mark.parametrize("text,amount", [
    ("the summer terrace is open three months a year, so we let you have it for half", 50),
    ("we let you have the kiosk for half an hour to try it", None),
])
def test_letting_the_client_have_it_for_half_is_half_price(text, amount):
    found = [f.amount for f in flags(EN, ("operator", text)) if f.rule == "discount"]
    assert found == ([amount] if amount else [])


def test_a_half_is_not_excused_by_a_non_discount_word_farther_than_its_price_word():
    text = ("склад, где лежат только ваши коробки и пленка, без вещей клиентов, ведем в системе "
            "ровно за половину обычной абонентки")
    assert [f.amount for f in flags(RU, ("operator", text)) if f.rule == "discount"] == [50]
    # "половина клиентов" is still no offer
    assert "discount" not in rule_ids(RU, ("operator", "половина клиентов платит абонентку за год"))


@pytest.mark.parametrize("sc,text", [
    # "в вотсап" as the recogniser writes it after the synthetic voice
    (RU, "Напишите мне вот заплатно."),
    (RU, "Слушайте, напишите мне в вот запах, хорошо?"),
    # a phone carried besides the work one
    (RU, "цену дожмем без моего руководителя, звоните мне на трубку, которую я ношу помимо служебной"),
    # the address the family writes to
    (EN, "send the floor plan over, not to the inbox: my family writes to me at a gmail address"),
    (RU, "скиньте план этажа туда, куда мне жена пишет на почту, а не в отдел"),
])
def test_more_ways_to_a_personal_channel(sc, text):
    assert "personal_channel" in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    (EN, "my wife calls me at lunch every day, so let's talk after two"),
    (RU, "мы работаем и помимо рабочих дней, в субботу тоже"),
])
def test_family_and_besides_work_without_a_channel_are_none(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


def test_a_saving_offered_is_a_discount_and_a_growth_beside_it_is_none():
    # found by the cue words alone, not left to the offer model
    text = "возьмете у нас и упаковку, и страховку груза, и в сумме выйдет выгода в районе сорока процентов"
    assert cue_discounts("ru", text) == [40]
    assert "discount" not in rule_ids(RU, ("operator", "это выгодно: выручка у клиентов растет на 30% за год"))


@pytest.mark.parametrize("text,personal", [
    # "на личный" glued into "наличный"
    ("перед продлением наберите меня наличный, плюс 7 912 295 14 50, сделаю условия по-человечески", True),
    # "mine", said last
    ("рабочий телефон я по субботам оставляю дома, так что в выходные звоните на мой.", True),
    ("звоните на мой рабочий, он всегда со мной", False),
    ("мне наличными удобнее, звоните в офис", False),
])
def test_a_personal_number_glued_or_said_last(text, personal):
    assert ("personal_channel" in rule_ids(RU, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "пункт выдачи, где заказы только забирают, обойдется вам в полтарифа", 50),
    (RU, "с вас пойдет пятьдесят копеек с каждого рубля обычной цены", 50),
    (RU, "мы поднимем вам скидку до 30% на первый год", 30),
])
def test_half_a_tariff_and_fifty_kopecks_in_the_rouble_are_half_price(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


@pytest.mark.parametrize("sc,text", [
    # a price gone up is no offer
    (RU, "бумажный комбинат с первого числа поднял отпускные цены на 20%, прайс на листовки придется пересобрать"),
    # someone else's discount
    (EN, "your ink supplier ships to you at 20% off when you take a quarter's worth at once"),
])
def test_a_price_gone_up_and_a_supplier_s_terms_are_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,text", [
    # a share an aggregator or a marketplace takes is theirs
    (RU, "Агрегатор онлайн-записи забирает в каждую броню 25 процентов, а со своей записи через виджет на сайте "
         "вы никому ничего не отдаете."),
    (EN, "the marketplace takes 25% off every booking, with your own widget you keep it all"),
])
def test_a_share_an_aggregator_takes_is_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_an_estimate_that_gets_smaller_is_a_discount():
    # found by the cue words alone, not left to the offer model
    assert cue_discounts("en", "keep the queue screen up and your estimate gets 20% smaller") == [20]


@pytest.mark.parametrize("sc,text", [
    (EN, "the platform reminds the client with a message from its branded account on WhatsApp"),
    (RU, "клиенту напомнит сообщение с фирменного аккаунта платформы в вотсап"),
])
def test_a_branded_account_is_the_company_s_channel(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


def test_my_own_private_mailbox_is_a_personal_channel():
    text = "I can send the setup invoice from my own private mailbox, quicker than the company account"
    assert "personal_channel" in rule_ids(EN, ("operator", text))


@pytest.mark.parametrize("lang,text,amounts", [
    # a payment that shrinks is a price reduction; time or no-shows that shrink are not
    ("ru", "пустите нас к себе и ваша платежка, считайте, сократится на 40%", [40]),
    ("ru", "время сборки заказа сократится на 30%", []),
    ("ru", "когда запускается онлайн-запись, неявки на групповые занятия обычно сокращаются на 20%", []),
    # a price made more modest
    ("ru", "поэтому ваша подписка становится на 20% скромнее", [20]),
    ("en", "so your subscription gets 25% more modest", [25]),
    ("en", "the venue gets 25% more modest audiences on weekdays", []),
    # "percent" heard as "per end"
    ("en", "let us in and your monthly payment shrinks 20 per end", [20]),
])
def test_a_payment_that_shrinks_or_gets_more_modest_is_a_discount(lang, text, amounts):
    # found by the cue words alone, not left to the offer model
    assert cue_discounts(lang, text) == amounts


def test_half_price_heard_as_polcennye_is_half_price():
    text = "благотворительные показы, где билеты раздаются даром, проходят через систему а полценные"
    assert [f.amount for f in flags(RU, ("operator", text)) if f.rule == "discount"] == [50]
    assert "discount" not in rule_ids(RU, ("operator", "полноценные показы проходят через систему"))


@pytest.mark.parametrize("sc,text,personal", [
    (EN, "so catch me on my way. my account there is a private one, I've got no work account on it", True),
    (RU, "пишите мне туда, мой аккаунт там личный, рабочего у меня нет", True),
    (RU, "мой профиль в личном кабинете покажет все брони", False),
])
def test_my_account_being_a_private_one_is_a_personal_channel(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text", [
    # the client's own customers' discount is no offer of the operator's
    (RU, "по вашей карте лояльности пенсионеры получают скидку 30% на все, кроме рецептурных"),
    (RU, "в акции площадки покупатель видит скидку 30%, но оплачивает ее сам маркетплейс"),
    (EN, "in the marketplace promotion the buyer sees 20% off, the marketplace pays for it itself"),
])
def test_a_discount_the_client_s_own_customers_get_is_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))
    # the operator's own offer beside it still is
    assert "discount" in rule_ids(sc, ("operator", "скидка 30% лично вам" if sc is RU else "30% off for you"))


@pytest.mark.parametrize("sc,text", [
    # the company's official bot and its community are the company's channels (as the recogniser
    # wrote them: "официальный бот компании" glued, "своим сообществом")
    (RU, "расчетные листки рабочим рассылы, официальные бодкомпания в вот сап, каждый видит только свой"),
    (RU, "вебинар по рекламе компания проводит своим сообщество в телегу, ссылку найдете в кабинете"),
    (EN, "you can chat in the community on telegram with other venue owners"),
])
def test_an_official_bot_and_the_company_community_are_the_company_s_channels(sc, text):
    assert "personal_channel" not in rule_ids(sc, ("operator", text))


def test_a_distributor_heard_garbled_gives_its_own_discount():
    text = "здесь трибиутер кормов дает вам скидку 25% за объем, заведите ее в карточку поставщика"
    assert "discount" not in rule_ids(RU, ("operator", text))


@pytest.mark.parametrize("text,personal", [
    # the messenger garbled or next to a company word: the profile says whose it is
    ("добавлю вас в нашем чат-вот-сап, у меня там личный профиль, к компании он отношения не имеет", True),
    ("добавьте меня в вот сопсиме и начат, я там подличным акаунтом, так что никто не увидит", True),
    ("записывайте, это вторая симка, я ее держу для своих клиентов мимо компании", True),
    ("в вашем личном профиле на платформе видны все брони", False),
    ("я каждый день проезжаю мимо вашего салона", False),
])
def test_my_own_profile_and_a_number_kept_around_the_company_are_personal(text, personal):
    assert ("personal_channel" in rule_ids(RU, ("operator", text))) is personal


@pytest.mark.parametrize("text", [
    "сезонную точку у метро, где вы весной торгуете одними тюльпанами, подключим с ополосцены",
    "места, куда гости ставят свои палатки, идут у нас в тарифе физ ополцины",
])
def test_half_price_heard_as_opolceny_is_half_price(text):
    assert [f.amount for f in flags(RU, ("operator", text)) if f.rule == "discount"] == [50]


@pytest.mark.parametrize("sc,text,personal", [
    (EN, "I've got a personal page on Instagram where I post my own bouquets, write to me there", True),
    (EN, "I'll ring you back from my non-work mobile, I'd rather not discuss it at work", True),
    (EN, "I pay for that line out of my own pocket, it isn't a work phone", True),
    (EN, "the venue has a personal page for every guest in the booking system", False),
    (RU, "у меня есть личная страничка, куда я выкладываю свои букеты, пишите туда", True),
    (RU, "у каждого гостя в системе своя личная страничка с бронями", False),
])
def test_a_personal_page_and_a_line_paid_from_my_own_pocket_are_personal(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    (RU, "не ждите поддержку, вот мой собственный номер, набирайте прямо из зала", True),
    # "по моему личному номеру" hyphenated by the recogniser
    (RU, "добавьтесь ко мне в теле, по-моему, личному номеру, скину туда фото", True),
    (RU, "по-моему, личный кабинет удобнее приложения", False),
])
def test_my_own_number_and_a_hyphenated_po_moemu_are_personal(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


def test_half_what_something_costs_heard_as_have_what_is_half_price():
    text = "tenders have to come along with a yacht, go into the system at have what a proper boat cost"
    assert [f.amount for f in flags(EN, ("operator", text)) if f.rule == "discount"] == [50]


@pytest.mark.parametrize("sc,text", [
    (EN, "if a guest pulls out less than a week before the charter, your terms keep 25% of the prepayment"),
    (RU, "залог гости вносят в размере 30% от стоимости чартера, система сама вернет его"),
])
def test_a_prepayment_kept_and_a_deposit_are_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_a_concession_is_a_discount_word():
    # found by the cue words alone ("for the present" is how Whisper writes "forty percent" there)
    assert cue_discounts("en", "as our pilot partner I'll write you up a 40% concession") == [40]
    assert cue_discounts("en", "as our pilot partner I'll write you up for the present concession") == [40]


@pytest.mark.parametrize("text,personal", [
    # "вацап" as the recogniser writes it after the synthetic voice
    ("мы же с вами в одном родительском чате, так что найдите меня в вотца, пишите туда", True),
    ("давайте в отца будем переписываться, там без формальностей", True),
    ("сын у меня весь в отца, такой же упрямый", False),
    # the operator's own number or phone named without its digits
    ("давайте поговорим в телеге, я там под своим номером, а не под служебным", True),
    ("добавлю вас туда со своего телефона, там и будем все обсуждать", True),
    ("я вам перезвоню со своего рабочего телефона", False),
])
def test_a_garbled_vacap_and_my_own_number_named_are_personal(text, personal):
    assert ("personal_channel" in rule_ids(RU, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text", [
    # the client's own terms for its customers
    (EN, "your own reduction for family with two children, 30% on the younger one, the system applies it by itself"),
    (RU, "вашу собственную льготу для семей с двумя детьми, 30% на младшего, система учтет в квитанции сама"),
])
def test_the_client_s_own_sibling_terms_are_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))
    offer = "I can give you your own 30% discount today" if sc is EN else "дадим вам скидку 30% на младшего"
    assert "discount" in rule_ids(sc, ("operator", offer))


@pytest.mark.parametrize("text,personal", [
    ("forward your parent contract template to my private consulting address.", True),
    ("send it to my private work address, the one on my signature", False),
])
def test_my_private_consulting_address_is_personal(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,amount", [
    (RU, "внесите оплату за весь учебный год в августе, и годовая сумма у вас сократится на 25%", 25),
    # "for half of what a grown-up room costs", the price word lost to the recogniser
    (EN, "a kid's room only open at weekends gets connected for half of what a grown up room got", 50),
    # "forty percent" heard "for the percent" after a price that comes down
    (EN, "if you sort everything through the chat, the subscription comes down for the percent", 40),
])
def test_a_sum_that_shrinks_and_half_of_what_a_room_costs_are_offers(sc, text, amount):
    assert [f.amount for f in flags(sc, ("operator", text)) if f.rule == "discount"] == [amount]


def test_half_of_what_someone_earned_is_no_offer():
    assert "discount" not in rule_ids(EN, ("operator", "we work for half of what we used to earn"))


@pytest.mark.parametrize("text,personal", [
    ("there's a page of mine on viber, I put up clips of me playing the saxophone there", True),
    ("it's an account of my own rather than a company one, I'll see it tonight from home", True),
    ("the account of your school is set up by our support team", False),
])
def test_a_page_or_account_of_my_own_is_personal(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    (RU, "по выходным я сам снимаю свадьбы, так что срочное звоните на мобильный, который лежит у меня в кофре", True),
    (RU, "звоните на телефон, который у меня на столе в офисе", False),
    (EN, "I will quote it myself, no request in the system, and the account belongs to me, not the firm", True),
    (RU, "шаблоны и новости платформы компания публикует в своей официальной группе в телеграме", False),
])
def test_a_mobile_i_keep_and_an_account_that_belongs_to_me_are_personal(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # the company's bot sends the message: "вам", "message" are actions, not the operator's own channel
    (RU, "системные уведомления корпоративный бот компании отправит вам в вотсап", False),
    (EN, "the platform's official bot will message your client on whatsapp the moment a translation is ready", False),
    # the operator's own word still stands against a company cue farther away
    (RU, "уведомления бот компании шлет сам, а мне пишите в вотсап", True),
    (EN, "the bot sends the reminders, but message me on whatsapp", True),
])
def test_a_company_cue_beats_an_action_but_not_the_operator_s_own_word(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


def test_a_discount_the_client_s_customers_get_after_doing_something_is_no_offer():
    text = "brides who also book the hall decoration with you get 30% off the bridal bouquet from you"
    assert "discount" not in rule_ids(EN, ("operator", text))
    assert "discount" in rule_ids(EN, ("operator", "if you also book the onboarding with us you get 30% off"))


@pytest.mark.parametrize("sc,text,amount", [
    # as the recogniser wrote them: "по половиному уториву", "плотежи … убавится"
    (RU, "летние точки на пляжах пойдут у нас по половиному уториву", 50),
    (RU, "с детских билетов мы удерживаем ровно вдвое меньше, чем со взрослых", 50),
    (RU, "нам не придется гонять деньги туда и обратно, плотежи у вас убавится на 30%", 30),
])
def test_half_rate_a_fee_kept_halved_and_payments_that_lessen_are_offers(sc, text, amount):
    assert cue_discounts("ru", text) == [amount]


@pytest.mark.parametrize("sc,text,personal", [
    (RU, "на служебной симке кончились минуты, так что перезвоните мне на мою собственную симку", True),
    (RU, "будите меня, восемь девять девять четыре, номер мой собственный, я все равно встаю раньше всех", True),
    (RU, "билет туристу отправляет платформа со своего официального аккаунта в вотсап", False),
])
def test_my_own_sim_and_the_platform_s_official_account(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


def test_demand_that_jumps_is_no_discount():
    assert "discount" not in rule_ids(EN, ("operator", "in summer off-season the demand for water jumps 20%"))


@pytest.mark.parametrize("sc,text,personal", [
    # nobody has to forward anything from their own phone: the company's bot does it
    (RU, "фото с прогулок хозяева получают от бота, которого компания официально завела в телегу, "
         "грумеру ничего пересылать со своего телефона не нужно", False),
    (RU, "если что, я вам со своего телефона наберу", True),
    # "вайбер" as the recogniser heard it
    (RU, "давайте проверим вживую, я со своего личного ябер закину вам пробную заявку", True),
])
def test_one_s_own_phone_nobody_needs_and_viber_heard_as_yaber(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


def test_forty_percent_heard_as_for_the_percent_after_knock_or_before_a_price():
    assert cue_discounts("en", "once they pass the test on the system, we knock for the percent of the plan") == [40]
    assert cue_discounts("en", "print our logo on your entry list and for the percent of your fee") == [40]
    assert cue_discounts("en", "bring all three studios and i'll deal for the percent of each location's bill") == [40]
    # not a share of customers
    assert cue_discounts("en", "for the percent of customers who renew we see a lower churn") == []


def test_the_line_one_calls_from_named_as_one_s_own():
    text = "номер, с которого я вам сейчас звоню, мой собственный, сохраните его"
    assert "personal_channel" in rule_ids(RU, ("operator", text))
    assert "personal_channel" not in rule_ids(RU, ("operator", "номер, с которого я вам звоню, рабочий, сохраните его"))


def test_forty_percent_heard_as_sorot():
    assert cue_discounts("ru", "и за это я вам дам скидку нассороть процентов") == [40]
    assert "discount" in rule_ids(RU, ("operator", "и подписку я вам за это уменьшу нассороть процентов"))
    assert cue_discounts("ru", "сороть процентов клиентов уходят к конкурентам") == []


@pytest.mark.parametrize("sc,text", [
    (RU, "производитель зарядных станций отпускает вам их на 25% ниже прайса, если берете целую партию"),
    (EN, "the charger maker lets you have 25% under list when you take a full batch"),
    (EN, "the flour supplier takes 25% off its list price for you when you order a quarter ahead"),
])
def test_a_maker_s_price_to_the_client_is_no_offer_of_ours(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


def test_a_number_saved_under_the_operator_s_name():
    text = "сохраните этот номер под моим именем, с него я веду клиентов, которых привожу сам"
    assert "personal_channel" in rule_ids(RU, ("operator", text))
    assert "personal_channel" not in rule_ids(RU, ("operator", "запишите заказ под моим именем, я менеджер"))


@pytest.mark.parametrize("sc,text,offer", [
    # a count that went down, told as news, is no price
    (RU, "с тех пор, как ввели напоминания, неоплаченных счетов стало меньше на 30%", False),
    (EN, "since reminders went out by text, missed appointments are down to 35% across your stores", False),
    (EN, "since the barrier went in, drivers leaving without paying are down 30%", False),
    (EN, "the no-shows were down to 40% last quarter", False),
    # a price that goes down is still an offer, past or future, plural or not
    (RU, "если подпишете сегодня, ваш платеж станет меньше на 35%", True),
    (EN, "sign the two-year term and your fees are down 35% from the list", True),
    (EN, "take both stores and your monthly bill is down 35%", True),
])
def test_a_count_that_went_down_is_no_offer(sc, text, offer):
    assert ("discount" in rule_ids(sc, ("operator", text))) is offer


@pytest.mark.parametrize("sc,text,personal", [
    # a company channel turned down points away from it
    (RU, "пишите лучше не в корпоративный чат, а в телеграм, я там зарегистрирован на свой личный номер", True),
    (EN, "not in the company chat, on telegram, where a few of us talk shop, you can reach me", True),
    (EN, "don't use the support chat, just telegram, and later tonight you can reach me there", True),
    # a company channel not turned down still wins over the own cues farther off
    (RU, "уведомления придут не по почте, а в корпоративный телеграм, пишите мне туда", False),
])
def test_a_company_channel_turned_down(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("text,personal", [
    ("I'll write up the special terms at home tonight and mail them from my private address", True),
    ("the courier will return the signed copy to the private address you gave us", False),
])
def test_mail_from_my_private_address(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # a number only the operator's family knows
    (RU, "этот номер, восемь девятьсот шестнадцать, знают только мои родные и пара давних клиентов", True),
    (EN, "that number only my wife and a handful of long-time clients have, so keep it to yourself", True),
    (RU, "этот тариф выбирают только мои близкие друзья", False),
    # the operator leaving the company and taking the client along
    (RU, "с первого числа я увольняюсь из компании, но вести вас могу и дальше, вот мой номер", True),
    (EN, "I'm leaving the company at the end of May, but I can keep looking after you, here's my number", True),
    (RU, "я ухожу из компании в пятницу, все вопросы к моему коллеге, его номер в письме", False),
    # a number besides the office's
    (RU, "мой номер, помимо офиса, восемь девятьсот шестнадцать, набирайте хоть в выходные", True),
])
def test_family_only_numbers_leaving_the_company_and_numbers_besides_the_office(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # around the company's line, as the rewrites read it
    (RU, "вечером я на связи, так что пишите мне туда напрямую мимо нашей диспетчерской линии", True),
    (RU, "пишите мне на рабочую почту, я отвечу до вечера", False),
    # an address kept from before the job
    (EN, "I'll send over the revised figures from the address I used before I joined, it's quicker", True),
    (EN, "the phone I had before this job is switched off for good", False),
])
def test_around_the_company_line_and_an_address_from_before_the_job(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("text,personal", [
    # "my" before the company's platform is the recogniser's "by": no channel of the operator's
    ("the night before the visit the customer hears on whatsapp and my platform's verified account", False),
    ("reminders reach the customer on whatsapp, sent my platform itself", False),
    # the operator's own whatsapp stays his
    ("ping me on my whatsapp instead, the platform one is slow", True),
])
def test_my_heard_for_by_before_the_company_platform(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


def test_a_count_that_has_dropped_is_not_even_left_to_the_offer_model():
    en = rules.load_rules("en")
    text = "since it started you see a price up front, cancellation when the car arrives have dropped by 35%"
    assert rules.read_discounts(text, en) == ([], [])
    # a price that has dropped for the client is still an offer
    cued, _ = rules.read_discounts("on the annual plan your monthly fees have dropped by 35% from the list", en)
    assert [d.amount for d in cued] == [35]


@pytest.mark.parametrize("sc,text", [
    (EN, "the airport takes a cut on every transfer, 35% of the fee, for the terminal car park"),
    (RU, "аэропорт забирает с каждого трансфера 35 процентов стоимости за въезд на парковку терминала"),
])
def test_an_airport_s_cut_is_no_offer(sc, text):
    assert "discount" not in rule_ids(sc, ("operator", text))


@pytest.mark.parametrize("sc,rule,text,flagged", [
    # the operator's home line
    (RU, "personal_channel", "запишите, это стационарный у меня дома, 8 4 9 5 2 2 4 7 1 3, вечером жена ответит", True),
    (RU, "personal_channel", "назовите номер дома, у меня в заявке его нет", False),
    # an address said to be no work one
    (EN, "personal_channel", "forward it to jd at fastmail dot com, that's not a work address, I read it on leave", True),
])
def test_a_home_line_and_a_non_work_address(sc, rule, text, flagged):
    assert (rule in rule_ids(sc, ("operator", text))) is flagged


def test_growth_is_not_even_left_to_the_offer_model():
    ru = rules.load_rules("ru")
    assert rules.read_discounts("как только пациенты стали записываться онлайн, выездов на дом прибавилось на 35%",
                                ru) == ([], [])


@pytest.mark.parametrize("sc,text,personal", [
    # a company channel said to fail points away from it
    (RU, "пишите мне сразу в телеграм, наш корпоративный чат вечно зависает", True),
    (EN, "just text me on whatsapp, the company chat keeps freezing on my end", True),
    # a company channel that works is still the company's
    (RU, "пишите мне в телеграм, наш корпоративный чат отвечает круглосуточно", False),
])
def test_a_company_channel_said_to_fail(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # an account the operator opened himself, one the company has nothing to do with
    (RU, "вопросы кидайте в вайбер, аккаунт я завел сам, компания к нему отношения не имеет", True),
    (RU, "номер, с которого я вам пишу, компания к нему отношения не имеет", True),
    (RU, "этот номер я оформил на себя, звоните в любое время", True),
    (EN, "that account is one i run, the company has nothing to do with it, so write there", True),
    (EN, "i set that page up myself, so write there", True),
    # the client's own account, the company's account manager
    (RU, "личный кабинет вы заводите сами, мы только даем доступ", False),
    (EN, "the account manager changed, the company has nothing to do with the delay", False),
    (EN, "the number of calls dropped, the company has nothing to do with it", False),
])
def test_an_account_the_operator_opened_himself(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("text,flagged", [
    # a wholesaler's price for the client, with a clause between, is no offer of ours
    ("оптовик, у которого вы берете парафин и мази, отпускает их на 25% дешевле при закупке на весь сезон", False),
    # "аптавик": the unstressed "о" as it sounds
    ("аптавик отпускает их на 25% дешевле при закупке на сезон", False),
    # our own price cut stays an offer
    ("а мы вам отпустим лицензию на 25% дешевле, если берете на весь сезон", True),
])
def test_a_wholesaler_s_price_with_a_clause_between(text, flagged):
    assert ("discount" in rule_ids(RU, ("operator", text))) is flagged


@pytest.mark.parametrize("sc,rule,text,flagged", [
    # Viber as Whisper writes it after "my", and an account said to be the operator's own
    (EN, "personal_channel", "send the photos to my own fiber, not the company account", True),
    (EN, "personal_channel", "if anything's urgent, it's my fiber, the account's my own", True),
    (EN, "personal_channel", "my fiber broadband at home is down today", False),
    (EN, "personal_channel", "the account is my own, not the company's, so write there", True),
    (EN, "personal_channel", "the account is my own responsibility now, the manager left", False),
    # billed at half of what something else costs, the price word lost
    (EN, "discount", "the summer pool we'll connect at half of what the indoor one caught", True),
    (EN, "discount", "we got there at half of what the others did in a day", False),
    # "за полцены" heard "с ополцииной"; "считаем вполовину от …" heard "споловину"
    (RU, "discount", "платформы заведем с ополцииной от обычного лифта", True),
    (RU, "discount", "малые грузовые лифты считаем споловину от пассажирского", True),
    (RU, "discount", "считаем вполовину меньше ошибок, чем в прошлом году", False),
    # paid in advance is no discount, even beside a misheard "внес" ("вниз")
    (RU, "discount", "бронь держится, только если гость вниз вперед 30%, иначе система снимет ее сама", False),
    # a discount for paying in advance still is one
    (RU, "discount", "оплатите год вперед, и я дам скидку 30%", True),
])
def test_round_sixty_three(sc, rule, text, flagged):
    assert (rule in rule_ids(sc, ("operator", text))) is flagged


def test_money_back_from_the_state_is_no_offer_but_ours_is():
    assert "discount" not in rule_ids(RU, ("operator", "родители могут вернуть 30% стоимости всех детских занятий "
                                                    "за год через налоговый вычет за спорт"))
    assert "discount" in rule_ids(RU, ("operator", "вернем вам 30% стоимости подписки"))
    assert "discount" in rule_ids(RU, ("operator", "мы готовы вернуть вам 30% стоимости подписки, если подпишете сегодня"))


@pytest.mark.parametrize("sc,text,flagged", [
    # a long phrase is read at a lower ratio, as the recogniser garbles it
    (EN, "Look you tempted that I write now, or you lose a meal.", True),
    (EN, "no, you have to decide right now or you lose the deal", True),
    # ... but not where the window negates it
    (EN, "you don't have to decide right now, take your time with the deal", False),
    (RU, "вам не нужно решать прямо сейчас, скидку вы не потеряете", False),
    # a short phrase keeps the strict ratio: a company's notifications are no "напишите мне в ватсап"
    (RU, "уведомления о поступлениях приходят в ватсап", False),
])
def test_long_forbidden_phrases_read_at_a_lower_ratio_unless_negated(sc, text, flagged):
    assert any(r.startswith("forbidden:") for r in rule_ids(sc, ("operator", text))) is flagged


def test_the_long_phrase_threshold_is_data():
    strict = rules.load_rules("en").model_copy(
        update={"forbidden": rules.load_rules("en").forbidden.model_copy(update={"long_threshold": 80.0})})
    garbled = call("en", ("operator", "Look you tempted that I write now, or you lose a meal."))
    assert not [f for f in rules.check(garbled, EN, strict) if f.rule.startswith("forbidden:")]
    assert [f for f in rules.check(garbled, EN) if f.rule.startswith("forbidden:")]


@pytest.mark.parametrize("text,personal", [
    # "it's my own, not the company's", said of a messenger contact the operator hands out
    ("hand my viber contact out to your drivers, it's my own, not the company's", True),
    ("It's my own not a company. Let him message me direct.", True),
    # the company's own is no personal channel
    ("it's the company's own line, not my own", False),
])
def test_my_own_not_the_company_s(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # the operator's own number set against the office's
    (RU, "номер запишите мой, а не офисный, 8 9 9 1 5 4 0 9 5 2 4, живу я через поселок от вас", True),
    (RU, "звоните на мой телефон, а не рабочий, так быстрее", True),
    (RU, "в мой, а не рабочий график это не влезет", False),
    # a chat of the operator's own in a messenger
    (EN, "i host a nursery growers' chat of my own in whatsapp, the company doesn't run it, join", True),
    (EN, "we keep a group of my own clients on the platform", False),
])
def test_my_number_not_the_office_one_and_a_chat_of_my_own(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # an address the operator made for his own use, the e-mail itself garbled past reading
    (EN, "mail the list of your rare varieties to the address I made for my own use. I may not kindly add "
         "Outlook.com, the terms will come to you from there too.", True),
    (RU, "пришлите список на адрес, который я завел для личного пользования", True),
    # a licence for one's own use names no channel
    (EN, "the licence is for my own use only, the account is the company one", False),
    (RU, "лицензия для личного пользования стоит дешевле", False),
])
def test_an_address_made_for_my_own_use_is_a_personal_channel(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # the profile named before the operator says it is his own
    # (the messenger lost: "кидайте мне в вайбер" heard "кидать им не выбирать")
    (RU, "Фото рассохшихся уплотнителей кидать им не выбирать. Там профиль мой личный. Не рабочий.", True),
    (RU, "профиль мой личный кабинет пока не видит", False),
    # a mailbox in the operator's own name
    (EN, "send the export of old orders to a mailbox in my own name, not the firm's", True),
    (EN, "the booking is in my own name, the invoice goes to the company", False),
])
def test_a_profile_said_to_be_mine_and_a_mailbox_in_my_name(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


def test_a_hardware_dealer_s_terms_are_no_offer():
    text = "the hardware dealer lets you keep 30% for buying handles and hinges from him alone"
    assert "discount" not in rule_ids(EN, ("operator", text))


@pytest.mark.parametrize("sc,text,personal", [
    # a line the operator pays for himself, the messenger lost ("ловите меня в вайбер" heard
    # "ловить семья в выбир")
    (RU, "насчет запуска брони ловить семья в выбир. Профиль там привязан к семке, которую я оплачиваю сам.", True),
    (EN, "about launching the bookings, that profile runs on a sim i pay for myself", True),
    (RU, "тариф на номер, который вы оплачиваете сами, не меняется", False),
    # a number the company has no record of
    (RU, "вот номер, который знают только мои друзья, 8 8 4 5 0 5 7 3 9 1 4, в компании он нигде не записан", True),
    (RU, "номер заявки в компании нигде не потеряется", False),
])
def test_a_line_i_pay_for_myself_and_one_the_company_has_no_record_of(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,offer", [
    # whoever the client buys from gives his own terms
    (RU, "обжарщик, у которого вы берете зерно, делает вам минус 25% за большие мешки", False),
    (RU, "Обжарщик, у которого выберет изерно, делает вам минус 25% за большие мешки.", False),
    (RU, "сервер, который вы берете у нас, я делаю вам минус 25%", True),
    # half a year is a time, not half the price
    (EN, "if the shared spreadsheet still holds your bookings, leave it, my offer will still stand half a "
         "year from now", False),
    (EN, "while you're only open at weekends, we bill you for half a month each month", True),
])
def test_the_client_s_supplier_s_terms_and_half_a_year_from_now(sc, text, offer):
    assert ("discount" in rule_ids(sc, ("operator", text))) is offer


@pytest.mark.parametrize("sc,text,personal", [
    # "на личный" glued into "наличный" with a word between
    (RU, "У меня есть знакомый оптовик. Наберите меня вечером наличный 856-889-9438, я вас сведу.", True),
    (RU, "заплатите мне вечером наличными, как договаривались", False),
    # a chat where the operator talks to friends and family, "в личку" glued ("вличку")
    (RU, "Ролик с вашего открытого урока, перед кем тем не в телегу, в вличку, где я общись с друзьями и родней", True),
    # sitting under his own number, the messenger garbled ("в уибер")
    (RU, "так что пока пишите мне в уибер, туда, где я сижу под своим личным в номером", True),
    # a number that is not the company's
    (RU, "вбейте себе в контакты номер, который у меня не от компании, 8 8 6 1 8 9 5 8 1 3 5", True),
    (RU, "номер заказа не от компании-перевозчика, а наш внутренний", False),
])
def test_a_personal_number_after_a_word_a_chat_with_friends_and_a_number_not_the_company_s(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,offer", [
    # "за полцены" with its "за" heard "са" and glued
    (RU, "портной, который снимает у вас угол, получит место в системе саполцены", True),
    # someone else's discount to the client's customers, and a supplier's terms named by the stock cost
    (RU, "магазин танцевальной обуви дает вашим ученикам 25% скидки по коду студии", False),
    (RU, "мы даем вашим ученикам 25% скидки по коду студии", True),
    (EN, "the mill is clearing last season's cloth at 20% off, and the cost of your stock in the system gets "
         "recalculated at the new price", False),
])
def test_half_price_glued_and_other_parties_to_the_client_s_customers(sc, text, offer):
    assert ("discount" in rule_ids(sc, ("operator", text))) is offer


@pytest.mark.parametrize("sc,text,personal", [
    # a line the company did not give the operator
    (RU, "Цену для всей вашей сети я обсуждаю только с глазу на глаз, наберите меня на сотовую, которая мне не "
         "компания выдавала, 8 9 9 6 7 4 4 1 7 0 3", True),
    (RU, "пишите на номер, который мне выдала не фирма", True),
    (EN, "call me on a cell the company didn't give me", True),
    (EN, "text me on the sim that was not issued by the firm", True),
    (RU, "телефон, который нам компания выдала, сломался", False),
    (EN, "the tablet the company did not give us is the old one", False),
    # a number nobody but the operator's family knows
    (RU, "Офис закрыт. Поэтому скриный отправляетесь в выбирание самому. Номер у меня там с вы. Его кроме "
         "родней пары клиентов. Никто не знает.", True),
    (EN, "write this number down, nobody but my family and two clients has it", True),
    (EN, "nobody but my family and two old clients knows this number", True),
    (RU, "номер договора, кроме бухгалтерии, никто не знает", False),
    (EN, "nobody but my family knows about the discount", False),
])
def test_a_line_the_company_did_not_give_me_and_one_only_my_family_knows(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # an inbox the operator runs privately, one the employer cannot see
    (EN, "and send the hour meter exports to an in-box I run privately", True),
    (EN, "send it to that address, my employer can't see it", True),
    (RU, "выгрузки шлите на ящик, который я веду сам, начальство его не видит", True),
    (EN, "the invoice number the company can't see yet is in the draft", False),
    (RU, "номер договора компания не видит в системе", False),
])
def test_an_inbox_i_run_privately_and_one_my_employer_cannot_see(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,offer", [
    # "ваш ежемесячный счет", heard "щит", that shrinks by a percent is an offer
    (RU, "будем вести не по секциям, а комплектами на объект, и ваш ежемесячный щит от этого сократится на 20%", True),
    (RU, "электрический щит от этого сократится на 20%", False),
])
def test_a_monthly_bill_heard_shield_that_shrinks_is_an_offer(sc, text, offer):
    assert ("discount" in rule_ids(sc, ("operator", text))) is offer


@pytest.mark.parametrize("sc,text,personal", [
    # a mobile the operator pays for, "я" said before "сам"
    (RU, "Наберите меня на мобильный, который оплачиваю я сам, а не компания. 8, 8, 6, 2, 5, 5, 5, 0, 5, 2, 9.", True),
    # the phone by the operator's pillow
    (RU, "если ночью ячейку заклинит, в компанию звонить бестолку, набирайте 8,9,3,2,4,3,7,3,5,9, он у меня лежит у "
         "подушки", True),
    (EN, "if the locker jams at night, ring 8 9 3 2 4 3 7 3 5 9, the phone's right by my pillow", True),
    (RU, "ключи у меня лежат на тумбочке", False),
    (EN, "the manual is under my bed", False),
    # talk moved off the company's system
    (EN, "I'll message you from my own account and we'll carry on there outside of this system.", True),
    (RU, "продолжим переписку вне этой системы", True),
    (EN, "we can talk outside the office hours", False),
    (RU, "данные хранятся вне системы учета", False),
])
def test_a_phone_by_my_pillow_and_talk_moved_off_the_company_s_system(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("text,offer", [
    # "lower the price" heard "slower the price"
    ("We slower the price by 30% if you commit to two years.", True),
    ("the app runs 30% slower than the old one", False),
])
def test_a_price_slowered_is_a_price_lowered(text, offer):
    assert ("discount" in rule_ids(EN, ("operator", text))) is offer


@pytest.mark.parametrize("sc,text,offer", [
    # our commission cut is an offer; a bank's is not ours
    (RU, "страховку продавайте арендаторам через наш модуль, и нашу комиссию с каждого полиса сократим на 40%", True),
    (RU, "комиссия банка сократится на 40%", False),
    # how full the units are is no price
    (RU, "ячейки среднего размера у вас сейчас заняты на 30 процентов, а маленькие разобраны почти все", False),
    # a factory's terms to the client are no offer of ours; our own factory's are
    (RU, "фабрика навесных замков уступает их со скидкой 30% при заказе целой коробки", False),
    (RU, "наша фабрика дает вам скидку 30%", True),
    # "forty percent under list", "list" glued to "under"
    (EN, "you've got half a year paid up with your old provider, I'll allow for that and go for the present underlist",
     True),
    # "cost you half as much", heard "have as much"
    (EN, "little lockers in the hallway cost you have as much in the system as a regular unit", True),
    (EN, "little lockers cost as much as a regular unit", False),
])
def test_our_commission_cut_occupancy_a_factory_s_terms_and_half_as_much(sc, text, offer):
    assert ("discount" in rule_ids(sc, ("operator", text))) is offer


@pytest.mark.parametrize("text,personal", [
    ("my work phone's sitting in the office, so ring my phone, the one I pay the bill on, 9133104442", True),
    ("I'm home all week on sick leave. So ring my phone phone when I pay a bill on 9133104442.", True),
    ("the phone bill I pay on the first of the month", False),
])
def test_the_phone_i_pay_the_bill_on(text, personal):
    assert ("personal_channel" in rule_ids(EN, ("operator", text))) is personal


@pytest.mark.parametrize("text,personal", [
    # "на личный, не рабочий", heard "наличный, нерабочий", the messenger garbled
    ("Так что пишите мне на прямую влебер, наличный, нерабочий, отвечаю хоть ночью.", True),
    ("пишите на личный, а не рабочий", True),
    ("оплата наличными, не рабочими картами", False),
])
def test_my_personal_not_my_work_one(text, personal):
    assert ("personal_channel" in rule_ids(RU, ("operator", text))) is personal


@pytest.mark.parametrize("sc,text,personal", [
    # "в вотсап" heard "вот, зап"
    (RU, "Короче, напишите мне, вот, зап договорились.", True),
    (RU, "вот, запишите номер заказа", False),
    # a number registered to the operator
    (RU, "пишите на номер, зарегистрированный на меня, а не на компанию", True),
    (EN, "if the manufacturer drags a repair out, give me a bell on the number registered to me rather than the "
         "company", True),
    (EN, "the car is registered to me", False),
    # on the operator's private account, under his own personal profile
    (EN, "film a short clip and pass it along on my private account, I'll check from home tonight", True),
    (EN, "find me on whatsapp under my own personal profile", True),
    (EN, "log in to your personal account", False),
])
def test_whatsapp_heard_vot_zap_a_number_registered_to_me_and_my_private_account(sc, text, personal):
    assert ("personal_channel" in rule_ids(sc, ("operator", text))) is personal


@pytest.mark.parametrize("text,offer", [
    # a publisher's lower price to the client is no offer of ours
    ("Издательство отпускает вам учебники на 30% дешевле розницы, закупка проведется автоматически", False),
    ("мы отпускаем вам учебники на 30% дешевле розницы", True),
    # the monthly fee "slims" (and "плата" heard "полата")
    ("проверку пусть делает система без методиста, и ваша месячная плата похудеет на 25%", True),
    ("и в вашей же месячные полата похудеет на 25%", True),
    ("за лето наш методист похудел на 10 процентов", False),
])
def test_a_publisher_s_price_and_a_fee_that_slims(text, offer):
    assert ("discount" in rule_ids(RU, ("operator", text))) is offer


@pytest.mark.parametrize("text,personal", [
    # "своем" before the company's own channel is the company's
    ("сроки обработки компания выкладывает в телеграм на своем официальном канале для пчеловодов", False),
    ("новости мы публикуем в телеграм, на своем корпоративном канале", False),
    # the case as the recogniser wrote it ("на своем официальном канале" heard "своим официальным канале")
    ("изменения санитарных правил компания выкладывает в WhatsApp своим официальным канале для кейтеринга", False),
    ("пишите мне в WhatsApp своим сообщением, а не в официальный канал, это мой личный", True),
    # the operator's own, with the company's channel turned down
    ("пишите мне в телеграм со своего телефона, а не в официальный канал", True),
    ("пишите мне в телеграм, это мой личный, не корпоративный", True),
])
def test_its_own_official_channel_is_the_company_s(text, personal):
    assert ("personal_channel" in rule_ids(RU, ("operator", text))) is personal


@pytest.mark.parametrize("text,rule,flagged", [
    # half of what the regular thing costs, the price word lost, with "exactly" before "half"
    ("your free days covering surgery scars get counted at exactly half of what regular fashion cards", "discount", True),
    ("the club takes you on at half of what standard members pay", "discount", True),
    ("we finished at half of what regular teams did", "discount", False),
    # an account of the operator's own set against the company's
    ("send them to me personally, that's my own account, not the work one", "personal_channel", True),
    ("it's my own phone rather than the office one, ring me there", "personal_channel", True),
    ("log in with your own account, not the company's shared one", "personal_channel", False),
])
def test_exactly_half_and_an_account_not_the_work_one(text, rule, flagged):
    assert (rule in rule_ids(EN, ("operator", text))) is flagged


@pytest.mark.parametrize("text,flagged", [
    # an insurer paying part of the cost is no offer of the company's (also "страховая" heard "страхова")
    ("страховая компенсирует тридцать процентов стоимости замены замка после кражи", False),
    ("Страхова компенсирует 30% в стоимости замены замков после кражи", False),
    ("страховая компания вам вернет 30% стоимости ремонта", False),
    # the company paying it, whatever is insured
    ("мы компенсируем 30% стоимости замены замков", True),
    ("страховую экспертизу мы компенсируем на 30%", True),
])
def test_an_insurer_s_share_is_no_offer(text, flagged):
    assert ("discount" in rule_ids(RU, ("operator", text))) is flagged


@pytest.mark.parametrize("sc,text,rule,flagged", [
    # "за полцены" heard "с ополтцены"
    (RU, "карантинные баки посчитаем с ополтцены от обычного аквариума", "discount", True),
    # the operator's own account set against going through the office ("rather than" heard "forever and")
    (EN, "let's keep all our messages on my own account forever and through this office", "personal_channel", True),
    (EN, "keep it on my own account, not through the company", "personal_channel", True),
    # "on my own account": by oneself
    (EN, "I did it on my own account through the office network", "personal_channel", False),
])
def test_half_price_heard_opoltseny_and_an_account_not_through_the_office(sc, text, rule, flagged):
    assert (rule in rule_ids(sc, ("operator", text))) is flagged


@pytest.mark.parametrize("sc,text,flagged", [
    # an insurer cutting its payout is no offer of the company's, in either language
    (EN, "without a sweep certificate insurer cuts a payout by 25% after a fireplace fire", False),
    (EN, "the insurance company covers 30% of the repair", False),
    (RU, "без акта страховая урежет вам выплату на 25%", False),
    (RU, "страховая снизит вам выплату на 30% без акта", False),
    # the company cutting the price, an insurer named elsewhere
    (EN, "we cut your bill by 25% and the insurer never hears of it", True),
    (RU, "мы урежем вам абонентку на 25%, страховая тут ни при чем", True),
])
def test_an_insurer_cutting_its_payout_is_no_offer(sc, text, flagged):
    assert ("discount" in rule_ids(sc, ("operator", text))) is flagged


@pytest.mark.parametrize("sc,text,flagged", [
    # a share of the bill that stays in the client's pocket is taken off it, as the recogniser heard it
    (RU, "пусть посмотрит, как часовщик работает с программи, и 15% от вашего щита останется у вас в кармане", True),
    (EN, "to watch a real watchmaker use software and 30% of your real pain in your pocket", True),
    # within the limit, or not the client's bill
    (RU, "и 10% от вашего счета останется у вас в кармане", False),
    (RU, "30% наших клиентов носят телефон в кармане", False),
    (EN, "30% of your staff keep a phone in the pocket", False),
    # a share of what the client earns staying with him is a benefit, not a price cut
    (RU, "с нашей системой 30% прибыли останется у вас в кармане", False),
    (RU, "и 20% вашей выручки останется у вас в кармане", False),
    (EN, "and 30% of your revenue stays in your pocket", False),
])
def test_a_share_that_stays_in_your_pocket_is_an_offer(sc, text, flagged):
    assert ("discount" in rule_ids(sc, ("operator", text))) is flagged


@pytest.mark.parametrize("sc,text,flagged", [
    # the operator's own offer after someone else's terms is not excused by them
    (EN, "if your insurer pays late, we'll knock 25% off your fee", True),
    (EN, "the insurer covers the rest, and we take 30% off your invoice", True),
    (RU, "если страховая снизит выплату, мы сделаем вам скидку 30%", True),
    (RU, "если страховая компенсирует часть, мы сделаем вам скидку 30%", True),
    # someone else's terms, no first-person offer after them
    (EN, "without a sweep certificate the insurer cuts the payout by 25% after a fireplace fire", False),
    (RU, "страховая компенсирует 30% стоимости ремонта", False),
])
def test_the_speaker_s_own_offer_after_someone_else_s_terms(sc, text, flagged):
    assert ("discount" in rule_ids(sc, ("operator", text))) is flagged
