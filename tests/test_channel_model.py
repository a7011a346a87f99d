"""The learned channel model (callqa.channel_model) and the personal-channel rule's use of it."""

from __future__ import annotations

import pytest

from callqa import channel_model, rules
from test_rules import EN, RU, call


def channels(sc, text: str, ruleset=None) -> int:
    return sum(f.rule == "personal_channel" for f in rules.check(call(sc.language, ("operator", text)), sc, ruleset))


@pytest.fixture
def model_on(tmp_path):
    """A company's rules file that turns the channel model on, as a loader of its rule sets."""
    company = tmp_path / "rules.yaml"
    company.write_text("personal_channel:\n  model: true\n", encoding="utf-8")
    return lambda lang: rules.load_rules(lang, (str(company),))


def test_the_packaged_model_is_shipped_and_read_offline():
    model = channel_model.packaged_model()
    assert model is not None and len(model.coef) == sum(len(v) for v in model.vocab) > 1000


@pytest.mark.parametrize("sc,text", [
    # a channel described, not named: no messenger, number or address for the words to find
    (RU, "лучше пишите мне напрямую в мой аккаунт, не через офис"),
    # ("ping me on my own account, not the company one" was one until round 76's rule took it)
    (EN, "just ping me directly on my own account, skip the office"),
    (EN, "let's keep this off the company channels, I'll message you from my own account"),
])
def test_a_personal_channel_the_words_miss_is_flagged_by_the_model_once_turned_on(sc, text, model_on):
    ruleset = rules.load_rules(sc.language)
    said = rules._prepare(call(sc.language, ("operator", text)).utterances[0], sc.language, ruleset)
    assert rules.find_personal_channel(said.digits, sc.language, ruleset, said.low) is None
    assert channels(sc, text, model_on(sc.language)) == 1
    # the packaged rules leave it off: the words only
    assert channels(sc, text) == 0


def test_the_packaged_rules_leave_the_model_off_for_a_reason():
    # what it is off for: a short request for information read as a move to a messenger
    ruleset = rules.load_rules("ru")
    assert ruleset.personal_channel.model is False
    said = rules._prepare(call("ru", ("operator", "напишите мне номер договора")).utterances[0], "ru", ruleset)
    assert channel_model.packaged_model().probability(said.digits) >= channel_model.MIN_PROBABILITY
    assert channels(RU, "напишите мне номер договора") == 0


@pytest.mark.parametrize("sc,text", [
    # ordinary call speech with "me" and "my" in it: a model trained on channel cases alone
    # read the first of these as one at p 0.9
    (EN, "my manager needs me, sorry, bye"),
    (EN, "leave me your number and I'll ring if anything comes up"),
    (EN, "please call our support line if anything breaks"),
    (RU, "мой руководитель просит перезвонить в четверг"),
    (RU, "если что, звоните на нашу горячую линию"),
    (RU, "договор пришлет наш отдел продаж с официальной почты"),
])
def test_ordinary_speech_and_company_channels_stay_unflagged_with_the_model_on(sc, text, model_on):
    assert channels(sc, text, model_on(sc.language)) == 0


def test_a_flag_from_the_model_carries_the_sentence_and_its_start(model_on):
    t = call("en", ("client", "ok, what next?"), ("operator", "just ping me directly on my own account, skip the office"))
    flags = [f for f in rules.check(t, EN, model_on("en")) if f.rule == "personal_channel"]
    assert len(flags) == 1
    assert flags[0].evidence == "just ping me directly on my own account, skip the office"
    assert flags[0].start == t.utterances[1].start
