"""Alignment on hand-built transcripts: every status, stall and outcome case."""

import sys
import types
from pathlib import Path

import pytest

from callqa.align import analyze
from callqa.errors import AnalysisError
from callqa.records import AlignOptions, Flag, Transcript, Utterance
from callqa.scripts import load_script

LIBRARY = Path(__file__).resolve().parents[1] / "scripts_library"
RU = load_script(LIBRARY / "ru-b2b-cold.yaml")
EN = load_script(LIBRARY / "en-saas-demo.yaml")

# Russian operator lines, paraphrased (never the script's exact words)
R = {
    "greeting": "Добрый день, это Мария, компания ТехноСклад беспокоит.",
    "permission": "Вам сейчас удобно пару минут поговорить?",
    "decision_maker": "Подскажите, вы у себя отвечаете за склад и закупки?",
    "needs": "А как вы сейчас ведёте складской учёт, в экселе? Какие проблемы бывают?",
    "presentation": "Наш сервис СкладОнлайн ведёт учёт остатков автоматически, ошибок становится меньше, "
                    "приёмка через мобильный сканер.",
    "case": "Например, у нас есть клиент, похожая компания, так они ошибки на складе сократили вдвое.",
    "price": "По цене: тариф две тысячи девятьсот рублей в месяц, и сейчас первый месяц бесплатно.",
    "closing": "Давайте я вам покажу программу, назначим демонстрацию на удобное время?",
    "farewell": "Спасибо за время, всего доброго, до свидания.",
}
E = {
    "greeting": "Hi, this is Tom calling from ShiftPilot.",
    "permission": "Have you got a couple of minutes to talk right now?",
    "discovery": "So how are you scheduling shifts at the moment, and how many people are on the team?",
    "presentation": "ShiftPilot builds the rotas for you automatically, and staff swap shifts themselves in the app.",
    "social_proof": "One of our customers, a restaurant group, cut their scheduling time in half.",
    "pricing": "It's four dollars per user per month, and the first month is free.",
    "closing": "Could I book you in for a short demo on Thursday?",
    "farewell": "Thanks so much for your time, have a great day.",
}


def call(*turns, lang="ru", unknown=False, source="call.json"):
    """turns: (speaker, text); speakers become `unknown` when asked (mono recording)."""
    utts = []
    t = 0.0
    for spk, text in turns:
        dur = 1.0 + len(text) / 15
        utts.append(Utterance("unknown" if unknown else spk, t, t + dur, text))
        t += dur + 0.5
    return Transcript(lang, t, tuple(utts), source=source)


def op(*stages, lang="ru"):
    lines = R if lang == "ru" else E
    return [("operator", lines[s]) for s in stages]


def statuses(a):
    return {s.id: s.status for s in a.stages}


def test_successful_call_hits_every_stage():
    t = call(*op("greeting", "permission"), ("client", "Да, слушаю."), *op("decision_maker"),
             ("client", "Да, я."), *op("needs", "presentation", "case", "price", "closing"),
             ("client", "Хорошо, договорились о встрече, давайте в четверг."), *op("farewell"))
    a = analyze(t, RU, call_id="c1")
    assert set(statuses(a).values()) == {"hit"}
    assert a.furthest_stage == "closing"  # farewell marks no progress
    assert a.outcome == "meeting" and a.stalled_at is None and a.adherence == 1.0
    price = next(s for s in a.stages if s.id == "price")
    assert "две тысячи девятьсот" in price.evidence and price.start is not None and price.end > price.start


def test_stalled_call_later_stages_not_reached_and_farewell_ignored():
    t = call(*op("greeting", "permission", "decision_maker", "needs", "presentation", "price"),
             ("client", "Нет, спасибо, нам это не интересно."), *op("farewell"))
    a = analyze(t, RU, call_id="c2")
    st = statuses(a)
    assert a.outcome == "refusal"
    assert a.furthest_stage == "price" and a.stalled_at == "price"
    assert st["closing"] == "not_reached"
    assert st["farewell"] == "hit"
    assert st["case"] == "not_reached"  # optional and not said: not an operator error
    assert a.adherence == 1.0


def test_skipped_required_stage_is_missed():
    t = call(*op("greeting", "permission", "presentation", "price", "closing"),
             ("client", "Перезвоните мне на следующей неделе."), *op("farewell"))
    a = analyze(t, RU, call_id="c3")
    st = statuses(a)
    assert st["decision_maker"] == "missed" and st["needs"] == "missed"
    assert a.outcome == "callback" and a.stalled_at is None
    assert a.adherence == pytest.approx(6 / 8)  # 8 required stages (case is optional), two missed


def test_success_makes_unsaid_required_stages_missed_even_after_the_last_hit():
    t = call(*op("greeting", "permission"), ("client", "Да, давайте встретимся, покажете в четверг."))
    a = analyze(t, RU, call_id="c4")
    st = statuses(a)
    assert a.outcome == "meeting"
    assert st["closing"] == "missed" and st["farewell"] == "missed" and st["case"] == "not_reached"


def test_stage_said_out_of_order():
    # price blurted out right after the greeting, then the script as usual
    t = call(*op("greeting", "price", "permission", "decision_maker", "needs", "presentation", "closing"),
             ("client", "Нет, спасибо, не нужно."), *op("farewell"))
    a = analyze(t, RU, call_id="c5")
    st = statuses(a)
    assert st["price"] == "out_of_order"
    assert all(st[s] == "hit" for s in ("greeting", "permission", "decision_maker", "needs", "presentation", "closing"))
    assert a.furthest_stage == "closing" and a.stalled_at == "closing"


def test_repeated_stage_keeps_the_place_that_fits_the_order():
    t = call(*op("greeting", "permission", "decision_maker", "needs", "presentation", "price", "closing"),
             ("client", "Это дорого."), *op("price"), ("client", "Ладно, перезвоните мне завтра."))
    a = analyze(t, RU, call_id="c6")
    assert statuses(a)["price"] == "hit" and statuses(a)["closing"] == "hit"


def test_no_stage_said_stalls_nowhere():
    t = call(("operator", "Алло?"), ("client", "Не звоните больше."))
    a = analyze(t, RU, call_id="c7")
    assert a.furthest_stage is None and a.stalled_at is None or a.stalled_at is None
    assert a.outcome == "refusal"
    assert all(s.status == "not_reached" for s in a.stages)
    assert a.adherence is None


def test_outcome_last_word_wins_and_none_when_absent():
    t = call(*op("greeting", "permission"), ("client", "Перезвоните мне позже."), *op("closing"),
             ("client", "А, ну давайте лучше встретимся, договорились о встрече."))
    assert analyze(t, RU, call_id="o1").outcome == "meeting"
    t = call(*op("greeting", "permission", "needs"), ("client", "Угу."))
    a = analyze(t, RU, call_id="o2")
    assert a.outcome == "none" and a.stalled_at == "needs"


def test_crm_outcome_kept_beside_the_detected_one():
    t = call(*op("greeting", "permission"), ("client", "Нам это не интересно."))
    a = analyze(t, RU, call_id="o3", crm_outcome="meeting")
    assert a.outcome == "refusal" and a.crm_outcome == "meeting" and a.outcome_disagrees
    assert not analyze(t, RU, call_id="o3", crm_outcome="refusal").outcome_disagrees


def test_client_saying_a_stage_does_not_count_when_speakers_are_known():
    # the client asks about the price; the operator never names it
    turns = [*op("greeting", "permission"), ("client", R["price"])]
    assert statuses(analyze(call(*turns), RU, call_id="s1"))["price"] != "hit"
    # a mono recording: everything is matched on all speech
    a = analyze(call(*turns, unknown=True), RU, call_id="s2")
    assert statuses(a)["price"] == "hit"


def test_mono_call_whole_pipeline():
    t = call(*op("greeting", "permission", "discovery", "presentation", "pricing", "closing", lang="en"),
             ("client", "Sure, put me down for a demo on Thursday."), *op("farewell", lang="en"),
             lang="en", unknown=True)
    a = analyze(t, EN, call_id="m1")
    st = statuses(a)
    assert all(st[s] == "hit" for s in ("greeting", "permission", "discovery", "presentation", "pricing", "closing"))
    assert a.outcome == "meeting" and a.talk == (("unknown", pytest.approx(t.utterances[-1].end - 0.5 * 0 - sum(
        0.5 for _ in t.utterances[1:]), abs=0.01)),)


def test_operator_speech_missing_is_an_error_naming_the_file():
    t = call(("client", "Алло, слушаю."), source="calls/x.json")
    with pytest.raises(AnalysisError, match=r"calls/x\.json: .*no operator speech"):
        analyze(t, RU, call_id="x")
    with pytest.raises(AnalysisError, match="no speech"):
        analyze(Transcript("ru", 0.0, (), source="calls/empty.json"), RU, call_id="e")


def test_paraphrase_split_over_two_utterances_still_matches():
    # Whisper cut the presentation in two; the window joins them
    t = call(*op("greeting", "permission"),
             ("operator", "Смотрите, наш сервис сам считает остатки на складе,"),
             ("operator", "ошибок меньше, а товар принимаете мобильным сканером."),
             ("client", "Не звоните больше."))
    a = analyze(t, RU, call_id="p1")
    pres = next(s for s in a.stages if s.id == "presentation")
    assert pres.status == "hit" and pres.score >= 70
    assert "сканером" in pres.evidence or "остатки" in pres.evidence


def test_english_paraphrases_and_spoken_numbers_match():
    t = call(("operator", "Hey, it's Tom from ShiftPilot."),
             ("operator", "Is this an OK time for a quick chat?"),
             ("operator", "Pricing is four dollars a user a month."),
             ("client", "We're not interested, thanks."), lang="en")
    a = analyze(t, EN, call_id="p2")
    st = statuses(a)
    assert st["greeting"] == "hit" and st["permission"] == "hit" and st["pricing"] == "hit"
    assert st["discovery"] == "missed" and a.outcome == "refusal" and a.stalled_at == "pricing"


def test_unrelated_talk_matches_nothing():
    t = call(("operator", "Погода сегодня отличная, снег выпал."), ("client", "Да, зима пришла."),
             ("operator", "Ладно, я потом ещё наберу."))
    a = analyze(t, RU, call_id="u1")
    assert all(s.status == "not_reached" for s in a.stages)


def test_objections_carry_class_and_stage():
    t = call(*op("greeting", "permission", "decision_maker", "needs", "presentation", "price"),
             ("client", "Ну это слишком дорого для нас."), *op("closing"),
             ("client", "Сейчас не время, давайте после нового года."))
    a = analyze(t, RU, call_id="ob")
    got = [(o.cls, o.stage) for o in a.objections]
    assert got == [("price", "price"), ("timing", "closing")]


def test_thresholds_overrides_are_applied_and_recorded():
    t = call(*op("greeting", "permission", "needs"), ("client", "Угу."))
    opts = AlignOptions(stage_overrides=(("needs", 100.0),))
    a = analyze(t, RU, opts, call_id="th")
    assert statuses(a)["needs"] == "not_reached" and a.stalled_at == "permission"
    assert a.options == opts
    strict = analyze(t, RU, AlignOptions(threshold=99.9), call_id="th2")
    assert sum(s.status == "hit" for s in strict.stages) < 3


def test_flags_come_from_the_rules_hook(monkeypatch):
    flag = Flag(rule="forbidden:pressure", start=1.0, evidence="решайте сейчас")
    fake = types.ModuleType("callqa.rules")
    fake.check = lambda transcript, script: (flag,)
    monkeypatch.setitem(sys.modules, "callqa.rules", fake)
    a = analyze(call(*op("greeting")), RU, call_id="f")
    assert a.flags == (flag,)


def test_negation_keeps_opposites_apart():
    # "интересно, продолжайте" is not "нам это не интересно"
    t = call(*op("greeting", "permission"), ("client", "Интересно, продолжайте."), *op("presentation"),
             ("client", "Ладно."))
    assert analyze(t, RU, call_id="n1").outcome == "none"
    t = call(*op("greeting", "permission"), ("client", "Нет, нам это не интересно."))
    assert analyze(t, RU, call_id="n2").outcome == "refusal"


def test_mono_call_client_outcome_is_not_taken_for_a_stage():
    # speakers unknown: "call me back next week" sounds like a closing but is the client's answer
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Can you call me back next week, please?"), ("operator", "Sure, I'll call you then."),
             *op("farewell", lang="en"), lang="en", unknown=True)
    a = analyze(t, EN, call_id="m2")
    assert statuses(a)["closing"] != "hit"
    assert a.outcome == "callback" and a.stalled_at is None


def test_company_name_heard_as_two_words():
    t = call(("operator", "Good morning, my name is Tom, calling from Shift Pilot."), ("client", "Not interested."),
             lang="en")
    g = analyze(t, EN, call_id="cn").stages[0]
    assert g.id == "greeting" and g.status == "hit"


# --------------------------------------------------------------------------- outcome cues (callqa/outcome.py)
# short or garbled answers that clear no outcome phrase: the last utterances' cue words decide

from callqa.outcome import cue_outcome  # noqa: E402


def _u(*turns):
    return tuple(Utterance(spk, float(i), i + 0.9, text) for i, (spk, text) in enumerate(turns))


@pytest.mark.parametrize("lang, turns, want", [
    ("ru", [("client", "Ну не знаю."), ("client", "Нет, спасибо, не надо."), ("operator", "Всего доброго.")],
     "refusal"),
    ("en", [("client", "Hmm."), ("client", "No thanks, we're fine."), ("operator", "Take care.")], "refusal"),
    ("ru", [("client", "Сейчас некогда, перезвоните в пятницу."), ("operator", "Хорошо.")], "callback"),
    ("en", [("client", "Busy now, call me back next week."), ("operator", "Sure, bye.")], "callback"),
    # the operator's acknowledgement alone tells the outcome when the answer was garbled
    ("ru", [("client", "Наделите мне через."), ("operator", "Понял, позвоню в назначенное время.")], "callback"),
    ("en", [("client", "Mmm memo for Thursday men."), ("operator", "Perfect, you'll get an invite by email.")],
     "meeting"),
    ("en", [("client", "Fry me morning."), ("operator", "Done, I'll text you the video link.")], "meeting"),
    ("en", [("client", "No fangs, and please forget this umber."), ("operator", "I'll make sure nobody calls again.")],
     "refusal"),
    ("ru", [("client", "Нет, я на пенсию собираюсь, мне это ни к чему.")], "refusal"),
    ("ru", [("client", "Ммм."), ("operator", "Хорошо, больше беспокоить не будем, всего доброго.")], "refusal"),
    # a day the client is busy is no callback ("у меня в этот день ..."); the operator's "наберу в этот день" is
    ("ru", [("client", "У меня в этот день приёмка.")], "none"),
    ("ru", [("client", "Угу."), ("operator", "Хорошо, наберу в этот день.")], "callback"),
    ("en", [("client", "Try me in a month, I'm back from the fabric fair.")], "callback"),
    ("ru", [("client", "Нет, я магазин к зиме закрываю, смысла нет."), ("operator", "Жаль, но удачи вам в делах!")],
     "refusal"),
    ("ru", [("client", "Заезжайте после двух."), ("operator", "Хорошо, утром накануне напомню.")], "meeting"),
    ("ru", [("client", "Срочный вызов пошёл, простите.")], "none"),
    ("ru", [("client", "Через месяцы звоните, сезон идёт."), ("operator", "Договорились, тогда и поговорим.")],
     "callback"),
    ("en", [("client", "Give me a month, once the season's ready.")], "callback"),
    ("en", [("client", "No, that's not for me."), ("operator", "Pity, but all the best.")], "refusal"),
    # someone else's no, reported by the client, is a refusal
    ("en", [("client", "Our bookkeeper does it all."), ("client", "My partner said no, so it's no.")], "refusal"),
    ("ru", [("client", "Партнёр сказал нет, значит нет."), ("operator", "Ясно.")], "refusal"),
    # the operator thanking for an honest answer acknowledges a no
    ("en", [("client", "Mm, hard."), ("operator", "Understood, thanks for the honest no.")], "refusal"),
    ("ru", [("client", "Ага, оформляйте."), ("operator", "Очень рады, документы уже готовлю.")], "sale"),
    ("en", [("client", "Ring in October, once the hire season's closed."), ("operator", "Okay.")], "callback"),
    ("en", [("client", "If we decide we want it, we'll find you."), ("operator", "Cheers.")], "none"),
    ("en", [("client", "Hmm, no."), ("operator", "I see, thanks for your answer, all the best.")], "refusal"),
    # a callback with a day stays one whatever reason follows ("надо обсудить" alone is no decision)
    ("ru", [("client", "Перезвоните в пятницу, мне с компаньоном надо обсудить.")], "callback"),
    ("ru", [("client", "Мне с компаньоном надо обсудить.")], "none"),
    ("en", [("client", "Drop in when it suits."), ("operator", "Excellent, I'll be there on the dot.")], "meeting"),
    ("en", [("client", "Try me after the harvest, sometime in October."), ("operator", "No trouble.")], "callback"),
    ("en", [("client", "Fine."), ("operator", "Lovely, I'll email the time and place today.")], "meeting"),
    ("en", [("client", "Your colleague called last week, the answer's still no."), ("operator", "Okay.")], "refusal"),
    ("en", [("client", "Hmm."), ("operator", "That's a bit, but I respect it, cheerio.")], "refusal"),
    ("en", [("client", "Go on then."), ("operator", "Perfect, I'll start the paper work.")], "sale"),
    # the cue that ends last speaks, the longer where two end together: "время покажет" is no "покажете"
    ("ru", [("client", "Даже не знаю, время покажет.")], "none"),
    ("ru", [("client", "Время покажет, а вы приезжайте, покажете.")], "meeting"),
    # a calendar the client keeps is no meeting; one the meeting goes into is
    ("en", [("client", "Three engineers, we juggle sessions in a shared calendar.")], "none"),
    ("en", [("client", "Okay."), ("operator", "Great, it's in my calendar for Tuesday.")], "meeting"),
    # thanking for a hearing is said after callbacks too: no refusal by itself
    ("en", [("client", "Hm, okay."), ("operator", "Cheers for hearing me out, goodbye.")], "none"),
    # "I'll ring" alone also confirms a meeting ("I'll ring that morning to confirm"): no cue
    ("en", [("client", "Maybe."), ("operator", "I'll ring that morning.")], "none"),
    # a call cut short, or one that just ends: none
    ("ru", [("client", "Ой, извините, мне нужно бежать!")], "none"),
    ("en", [("client", "Sorry, I have to run.")], "none"),
    ("ru", [("client", "Понятно."), ("operator", "До свидания.")], "none"),
    ("en", [("client", "I see."), ("operator", "Goodbye.")], "none"),
    # non-committal: no decision, though "нет" is said
    ("ru", [("client", "Ни да, ни нет пока не скажу."), ("operator", "До свидания.")], "none"),
    ("en", [("client", "It's not a no, but don't hold your breath."), ("operator", "Bye for now.")], "none"),
])
def test_cue_outcome_reads_the_last_utterances(lang, turns, want):
    assert cue_outcome(_u(*turns), lang)[0] == want


def test_names_outcome_finds_a_cue_of_any_class():
    from callqa.outcome import names_outcome
    assert names_outcome("No thanks, not interested.", "en") and names_outcome("Перезвоните в пятницу.", "ru")
    assert names_outcome("Sorry, I have to run.", "en")  # a call cut short counts too
    # a hang-up's "sorry, later" names the call cut short, so no model guesses a callback from "later"
    assert names_outcome("Someone's gone down on the ice, sorry, later!", "en")
    assert names_outcome("Человек на льду упал, извините, потом!", "ru")
    assert names_outcome("Снегоуборщик в канаву съехал, всё, отбой!", "ru")
    assert not names_outcome("It builds the rota from who is free.", "en")
    assert not names_outcome("Наш сервис ведёт учёт остатков.", "ru")
    assert not names_outcome("Anything", "xx")  # no cue data for the language


@pytest.mark.parametrize("lang, closing, yes, want", [
    ("ru", "Давайте я покажу программу, назначим демонстрацию?", "Да, давайте.", "meeting"),
    ("ru", "Могу выставить счёт и отправить договор на почту.", "Хорошо, согласен.", "sale"),
    ("en", "Could I book you in for a short demo on Thursday?", "Sounds good, let's do it.", "meeting"),
    ("en", "Would you like to start a free trial today?", "Sure, go ahead.", "sale"),
    ("en", "If you're happy, I'll send the contract over.", "Count us in, both sites.", "sale"),
    ("en", "Shall we get you signed up today?", "Okay, you've convinced me.", "sale"),
    ("ru", "Оформляем? Договор от вас отправлю сегодня же.", "Ну что ж, я готов.", "sale"),
])
def test_cue_agreement_after_the_closing_means_what_it_proposed(lang, closing, yes, want):
    utts = _u(("operator", closing), ("client", yes), ("operator", "Bye." if lang == "en" else "Пока."))
    assert cue_outcome(utts, lang, skip=(True, False, False), closing_at=0, closing_text=closing)[0] == want
    # an agreement with no closing proposal before it is no outcome
    assert cue_outcome(utts[1:], lang)[0] == "none"
    # nor is the operator's own "sure"
    op_yes = _u(("operator", closing), ("operator", yes))
    assert cue_outcome(op_yes, lang, skip=(True, False), closing_at=0, closing_text=closing)[0] == "none"


@pytest.mark.parametrize("lang, closing, answer", [
    ("ru", "Давайте я покажу программу, назначим демонстрацию?", "Нет, это нам не подходит."),
    ("en", "Could I book you in for a short demo on Thursday?", "I'm not sure, no thank you."),
])
def test_cue_negated_agreement_is_no_yes(lang, closing, answer):
    utts = _u(("operator", closing), ("client", answer))
    assert cue_outcome(utts, lang, skip=(True, False), closing_at=0, closing_text=closing)[0] == "refusal"


def test_cue_operator_proposal_is_not_read_as_the_answer():
    # "next week" in the operator's proposal is no callback; the client's refusal after it decides
    closing = "Shall we schedule a short demo next week?"
    utts = _u(("operator", closing), ("client", "Nah, we'll pass."))
    assert cue_outcome(utts, "en", skip=(True, False), closing_at=0, closing_text=closing)[0] == "refusal"


@pytest.mark.parametrize("lang, answer, want", [
    ("ru", "Да, давайте.", "meeting"),
    ("ru", "Не, не надо.", "refusal"),
    ("ru", "Ой, мне нужно бежать.", "none"),
    ("en", "Sounds good, let's do it.", "meeting"),
    ("en", "No thanks, we're fine.", "refusal"),
    ("en", "Sorry, I have to run.", "none"),
])
def test_short_answer_after_closing_decides_the_outcome_and_stall(lang, answer, want):
    stages = (("greeting", "permission", "decision_maker", "needs", "presentation", "case", "price", "closing")
              if lang == "ru" else
              ("greeting", "permission", "discovery", "presentation", "social_proof", "pricing", "closing"))
    t = call(*op(*stages, lang=lang), ("client", answer), lang=lang)
    a = analyze(t, RU if lang == "ru" else EN, call_id="cue")
    assert a.outcome == want
    assert a.stalled_at == (None if want == "meeting" else "closing")


def test_cues_need_a_call_that_reached_the_script():
    t = call(("operator", "Погода сегодня отличная."), ("client", "Да, это подходит."))
    assert analyze(t, RU, call_id="cue0").outcome == "none"
    t = call(("operator", "Nice weather today."), ("client", "Sure, sounds good."), lang="en")
    assert analyze(t, EN, call_id="cue1").outcome == "none"


@pytest.mark.parametrize("lang, answer, want", [
    ("ru", "Нет, спасибо, не надо.", "refusal"),
    ("en", "No thanks, we're fine.", "refusal"),
])
def test_short_refusal_in_a_mono_call(lang, answer, want):
    stages = (("greeting", "permission", "decision_maker", "needs", "presentation", "case", "price", "closing")
              if lang == "ru" else
              ("greeting", "permission", "discovery", "presentation", "social_proof", "pricing", "closing"))
    t = call(*op(*stages, lang=lang), ("client", answer), lang=lang, unknown=True)
    a = analyze(t, RU if lang == "ru" else EN, call_id="cue-mono")
    assert a.outcome == want and a.stalled_at == "closing"


def test_a_clear_cue_word_answer_outranks_a_look_alike_outcome_phrase():
    # ASR text of a client taking a screen-share meeting instead of the offered trial: the phrase
    # matcher hears "see you then" near "Try me again on Monday" (a callback); the cue words of
    # the client's answer ("screen share") and the operator's "see you then" say meeting
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("operator", "I can switch on a trial for your team this afternoon."),
             ("client", "Sure, and the link for the screen share tomorrow."),
             ("operator", "Perfect, see you then."), *op("farewell", lang="en"), lang="en")
    assert analyze(t, EN, call_id="o1").outcome == "meeting"
    # with no cue word the phrase matcher decides as before
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Okay, we'll buy it for the team."), *op("farewell", lang="en"), lang="en")
    assert analyze(t, EN, call_id="o2").outcome == "sale"


def test_a_client_cutting_the_call_short_is_no_callback_whatever_the_operator_offered():
    t = call(*op("greeting", lang="en"), ("operator", "Got a moment now, or should I call you back later?"),
             ("client", "Oh, my boss is calling me, I have to go."), lang="en", unknown=True)
    assert analyze(t, EN, call_id="h1").outcome == "none"


@pytest.mark.parametrize("lang, said, want", [
    # Whisper's one-letter slips in long cue words still count ...
    ("ru", "Ну давайте в четверг созводимся.", "callback"),   # созвонимся
    ("ru", "Хорошо, присылайте договр.", "sale"),               # договор
    ("en", "Put it in the calender.", "meeting"),              # calendar
    # ... short words must match exactly: "looked" is no "booked", "сон" no "звон"
    ("en", "We looked at it.", "none"),
    ("ru", "Мне сон снился.", "none"),
])
def test_long_cue_words_survive_one_misheard_letter(lang, said, want):
    assert cue_outcome(_u(("client", said)), lang)[0] == want


def test_words_that_carry_a_placed_stage_do_not_also_make_another_stage_out_of_order():
    # "free ... right now" also reads as the pricing's "right now the first month is free";
    # the permission it is, and the call stalled at discovery, not at the pricing
    t = call(("operator", "Hello, this is Emma from ShiftPilot."),
             ("operator", "Are you free to talk for a minute or two right now?"), ("client", "Go on."),
             *op("discovery", lang="en"), ("client", "We're not interested, thanks."), lang="en")
    a = analyze(t, EN, call_id="w1")
    assert statuses(a)["pricing"] == "not_reached"
    assert a.stalled_at == "discovery"


@pytest.mark.parametrize("lang, refusal, ack", [
    ("ru", "Знаете, у нас сейчас не до этого.", "Хорошо, если что-то изменится, мы на связи."),
    ("en", "Thanks, but management is against it right now.", "No problem, if anything changes you know where we are."),
])
def test_the_operator_acknowledging_a_no_tells_a_refusal_when_the_reason_is_all_the_client_gave(lang, refusal, ack):
    assert cue_outcome(_u(("client", refusal), ("operator", ack)), lang)[0] == "refusal"
    # without the acknowledgement the reason alone is no refusal cue: the call just ended
    assert cue_outcome(_u(("client", "Hmm." if lang == "en" else "Хм."), ("operator", "Bye." if lang == "en"
                                                                           else "Пока.")), lang)[0] == "none"


@pytest.mark.parametrize("lang, closing, day, want", [
    # a day after a meeting proposal picks the day of the meeting ...
    ("en", "Could I book you in for a short demo?", "Tuesday afternoon.", "meeting"),
    ("ru", "Давайте назначим демонстрацию?", "В четверг после обеда.", "meeting"),
    # ... after a sale proposal it agrees to nothing
    ("en", "Shall we get you signed up today? I'll email the contract.", "Tuesday afternoon.", "none"),
    ("ru", "Давайте оформим договор и выставим счёт.", "В четверг после обеда.", "none"),
])
def test_a_day_named_after_the_closing_agrees_only_to_a_meeting(lang, closing, day, want):
    utts = _u(("operator", closing), ("client", day))
    assert cue_outcome(utts, lang, skip=(True, False), closing_at=0, closing_text=closing)[0] == want


def test_closing_hints_match_at_word_starts():
    # "link" proposes an online demo; "linked" in a sale proposal does not
    closing = "I can send you a contract, it's linked to your account."
    utts = _u(("operator", closing), ("client", "Sounds good."))
    assert cue_outcome(utts, "en", skip=(True, False), closing_at=0, closing_text=closing)[0] == "sale"
    closing = "I'll send you a link for a video walkthrough."
    utts = _u(("operator", closing), ("client", "Sounds good."))
    assert cue_outcome(utts, "en", skip=(True, False), closing_at=0, closing_text=closing)[0] == "meeting"


def test_the_clients_goodbye_after_the_operators_farewell_is_no_answer():
    # "right, speak later" answers the goodbye; the refusal came before it
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Thanks, but we have decided against any new software."),
             ("operator", "Okay, sorry for the interruption."), *op("farewell", lang="en"),
             ("client", "Right, speak later."), lang="en")
    assert analyze(t, EN, call_id="bye1").outcome == "refusal"
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Thanks, but we have decided against any new software."),
             ("operator", "Okay, sorry for the interruption."), *op("farewell", lang="en"),
             ("client", "Right, speak later."), lang="en", unknown=True)
    assert analyze(t, EN, call_id="bye1m").outcome == "refusal"
    # the same words before the farewell are an answer
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Busy now, speak later."), *op("farewell", lang="en"), lang="en")
    assert analyze(t, EN, call_id="bye2").outcome == "callback"


@pytest.mark.parametrize("unknown", [False, True])
def test_a_goodbye_no_farewell_phrase_knows_still_ends_the_answers(unknown, monkeypatch):
    # "cheers, bye" is no farewell phrase of the script; the client's "okay, speak later" after it
    # is a goodbye all the same, and the "wait and see" before it is the (undecided) ending
    from callqa import outcome_model
    from callqa.outcome import says_goodbye
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: None)
    assert says_goodbye("Really nice to speak to you. Cheers. Bye.", "en")
    assert says_goodbye("Ну всё, всего вам доброго!", "ru") and not says_goodbye("Перезвоните завтра.", "ru")
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "We'll have to wait and see."), ("operator", "Really nice to speak to you, cheers, bye."),
             ("client", "Okay, speak later, back to the saw."), lang="en", unknown=unknown)
    a = analyze(t, EN, call_id="bye3")
    assert a.outcome == "none" and a.stalled_at == "presentation"
    # without the goodbye word the same words are an answer
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Hmm."), ("operator", "Really nice to speak to you."),
             ("client", "Okay, speak later, back to the saw."), lang="en", unknown=unknown)
    assert analyze(t, EN, call_id="bye4").outcome == "callback"


def test_an_outcome_phrase_in_the_goodbye_after_the_farewell_is_no_answer(monkeypatch):
    # "let's talk again next month" after the operator's goodbye is a way of saying bye: the
    # call ended with no decision before it (the learned fallback is left out of this one)
    from callqa import outcome_model
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: None)
    t = call(*op("greeting", "permission", "discovery", "presentation", lang="en"),
             ("client", "Hmm, I see."), *op("farewell", lang="en"),
             ("client", "Let's talk again next month, bye."), lang="en")
    assert analyze(t, EN, call_id="bye3").outcome == "none"


@pytest.mark.parametrize("lang, closing, answer, ack", [
    ("en", "Could I book you in for a short demo?", "My phone's dying, tomorrow then.", "No problem, I'll call you then."),
    ("ru", "Давайте назначим демонстрацию?", "Телефон садится, давайте завтра.", "Без проблем, тогда и наберу."),
])
def test_a_word_that_names_the_outcome_outweighs_a_yes_read_through_the_proposal(lang, closing, answer, ack):
    # "tomorrow" after a demo proposal would be the meeting's day; the operator's "I'll call
    # you then" says what was agreed: a callback
    utts = _u(("operator", closing), ("client", answer), ("operator", ack))
    assert cue_outcome(utts, lang, skip=(True, False, False), closing_at=0, closing_text=closing)[0] == "callback"
    # without the acknowledgement the day still picks the meeting
    assert cue_outcome(utts[:2], lang, skip=(True, False), closing_at=0, closing_text=closing)[0] == "meeting"


# a social-proof paraphrase sharing little with the script: below the threshold, but its best match
FAR_PROOF = "Plenty of places your size are on it already and happy."
# a closing in other words than any of the script's: below the threshold too
FAR_CLOSING = "I could swing by on Friday and let you have a play with it?"


def test_weak_match_between_placed_stages_is_taken_where_the_order_leaves_room(monkeypatch):
    before = op("greeting", "permission", "discovery", "presentation", lang="en")
    refusal = [("client", "No thanks, not interested."), *op("farewell", lang="en")]
    a = analyze(call(*before, ("operator", FAR_PROOF), *op("pricing", lang="en"), *refusal, lang="en"), EN, call_id="g")
    proof = next(s for s in a.stages if s.id == "social_proof")
    assert proof.status == "hit" and proof.score < AlignOptions().threshold and proof.evidence == FAR_PROOF
    # without the gap rule the same call misses it
    monkeypatch.setattr("callqa.align.GAP_BELOW", 0.0)
    a = analyze(call(*before, ("operator", FAR_PROOF), *op("pricing", lang="en"), *refusal, lang="en"), EN, call_id="g3")
    assert statuses(a)["social_proof"] == "not_reached"


def test_weak_next_stage_after_the_last_one_counts_on_the_operator_channel_only(monkeypatch):
    turns = [*op("greeting", "permission", "discovery", "presentation", "social_proof", "pricing", lang="en"),
             ("operator", FAR_CLOSING), ("client", "No thanks, we're fine as we are."), *op("farewell", lang="en")]
    a = analyze(call(*turns, lang="en"), EN, call_id="t")
    closing = next(s for s in a.stages if s.id == "closing")
    assert closing.status == "hit" and closing.score < AlignOptions().threshold
    assert a.stalled_at == "closing" and a.outcome == "refusal"
    # mono: the client's own words could pass for it, so the stall point stays where the script was clear
    a = analyze(call(*turns, lang="en", unknown=True), EN, call_id="t2")
    assert statuses(a)["closing"] == "not_reached" and a.stalled_at == "pricing"
    # words that name an outcome acknowledge the answer: no stage, however they resemble one
    # (said as a statement: a question would lend it the weight of the closing's questions, see
    # test_a_question_stage_is_found_on_the_question_rather_than_on_a_statement)
    named = FAR_CLOSING[:-1] + ", or I'll call you back."
    turns[6] = ("operator", named)
    a = analyze(call(*turns, lang="en"), EN, call_id="t4")
    assert statuses(a)["closing"] == "not_reached" and a.stalled_at == "pricing"
    monkeypatch.setattr("callqa.align.names_outcome", lambda text, lang: False)
    assert statuses(analyze(call(*turns, lang="en"), EN, call_id="t5"))["closing"] == "hit"
    monkeypatch.undo()
    # only the next stage: a weak match two stages beyond the last placed one says nothing
    turns = [*op("greeting", "permission", "discovery", "presentation", "social_proof", lang="en"),
             ("operator", FAR_CLOSING), ("client", "No thanks, we're fine as we are."), *op("farewell", lang="en")]
    a = analyze(call(*turns, lang="en"), EN, call_id="t3")
    assert statuses(a)["closing"] == "not_reached" and a.stalled_at == "social_proof"


def test_weak_match_better_read_as_a_stage_said_elsewhere_fills_the_gap(monkeypatch):
    """The company's name makes a presentation line read as the greeting; the greeting was said first."""
    line = "ShiftPilot lets your team post when they're free, and shifts get filled from that."
    # (an aside between: the sentence right after the discovery question would be read as its rest)
    turns = [*op("greeting", "permission", "discovery", lang="en"), ("client", "Paper, mostly."),
             ("operator", "Right, thanks, that helps."), ("operator", line),
             *op("social_proof", "pricing", lang="en"), ("client", "No thanks, not for us."), *op("farewell", lang="en")]
    a = analyze(call(*turns, lang="en"), EN, call_id="r")
    pres = next(s for s in a.stages if s.id == "presentation")
    assert pres.status == "hit" and pres.evidence == line
    assert statuses(a)["greeting"] == "hit" and a.stalled_at == "pricing"
    # it clears the threshold, but the greeting matches it better: only the gap rule takes it
    monkeypatch.setattr("callqa.align.fill_gaps", lambda *args: None)
    assert statuses(analyze(call(*turns, lang="en"), EN, call_id="r2"))["presentation"] != "hit"


def test_the_sentence_next_to_a_placed_neighbour_that_reads_as_it_is_no_skipped_stage():
    """An operator says a stage in several sentences; the order places one, the others are its rest.

    Three stages (0 before the gap, 1 skipped, 2 after it), four single-sentence windows: 0 is
    placed on window 0, 2 on window 2. Window 1 sits next to stage 2's window and stage 2 reads it
    about as well as stage 1 does, so it is not taken for stage 1; window 3, as good for stage 1
    but not next to a placed stage that reads it, is.
    """
    import numpy as np

    from callqa.stage_order import Cand, Weak

    first = last = np.arange(4)
    scores = np.array([[30.0, 1.0, 1.0, 1.0],    # stage 0
                       [1.0, 14.0, 1.0, 14.0],   # stage 1: the skipped one, weak everywhere
                       [1.0, 13.0, 30.0, 2.0]],  # stage 2: window 1 reads as it nearly as well
                      dtype=np.float32)
    def weak(reads: float) -> Weak:
        return Weak(first, last, scores, np.ones_like(scores, dtype=bool), np.ones(3, dtype=bool),
                    start=np.arange(4, dtype=float), margin=5.0, reads=np.full(3, reads))

    placed = {0: Cand(0, 0, 0, 30.0), 2: Cand(2, 2, 2, 30.0)}
    got = weak(10.0).candidates(1, 0.0, 10.0, placed, 5.0, range(1, 2), neighbours=(0, 2))
    assert [(c.first, c.last) for c in got] == [(3, 3)]
    # without neighbours to ask, window 1 is as good a candidate as window 3
    got = weak(10.0).candidates(1, 0.0, 10.0, placed, 5.0, range(1, 2))
    assert sorted((c.first, c.last) for c in got) == [(1, 1), (3, 3)]
    # a neighbour that does not read the window at all (13 under its floor of 20) claims nothing
    got = weak(20.0).candidates(1, 0.0, 10.0, placed, 5.0, range(1, 2), neighbours=(0, 2))
    assert sorted((c.first, c.last) for c in got) == [(1, 1), (3, 3)]


def test_only_the_stages_a_gap_leaves_room_for_may_claim_its_sentences():
    """A window that a stage outside the gap reads better is still the gap's stage.

    Four stages, three windows: stage 0 is placed on window 0, stage 2 on window 2; window 1 reads
    as stage 3 far better than as stage 1, but stage 3 cannot come before stage 2 in order.
    """
    import numpy as np

    from callqa.stage_order import Cand, Weak

    first = last = np.arange(3)
    scores = np.array([[30.0, 1.0, 1.0],    # stage 0
                       [1.0, 12.0, 1.0],    # stage 1: skipped by the strong matches, weak in window 1
                       [1.0, 1.0, 30.0],    # stage 2
                       [1.0, 25.0, 1.0]],   # stage 3: reads window 1 best ("всех нас склад" as the presentation)
                      dtype=np.float32)
    weak = Weak(first, last, scores, np.ones_like(scores, dtype=bool), np.ones(4, dtype=bool),
                start=np.arange(3, dtype=float), margin=5.0, reads=np.full(4, 10.0))
    placed = {0: Cand(0, 0, 0, 30.0), 2: Cand(2, 2, 2, 30.0)}
    got = weak.candidates(1, 0.0, 10.0, placed, 5.0, range(1, 2))
    assert [(c.first, c.last) for c in got] == [(1, 1)]
    # every stage of the speaker may claim it (the tail's rule): stage 3 takes the window
    assert weak.candidates(1, 0.0, 10.0, placed, 5.0) == []


def test_a_greeting_heard_as_the_product_name_is_still_the_greeting_before_the_permission():
    """Whisper turns "ТехноСклад" into "всех нас склад": the sentence reads as the presentation by
    its "склад", yet before the permission question only the greeting fits the order, whether or
    not the presentation is said later."""
    turns = [("operator", "Приветствую, Дмитрий, всех нас склад."), ("operator", "Отниму совсем немного."),
             ("client", "Ну, говорите."), *op("decision_maker"), ("client", "Да, я."),
             *op("needs", "price"), ("client", "Нет, спасибо, нам не нужно."), *op("farewell")]
    a = analyze(call(*turns), RU, call_id="g")
    greeting = next(s for s in a.stages if s.id == "greeting")
    assert greeting.status == "hit" and greeting.evidence == "Приветствую, Дмитрий, всех нас склад."
    # the presentation was skipped: it has no claim on the greeting's sentence, nor a place of its own
    assert statuses(a)["permission"] == "hit" and statuses(a)["presentation"] == "missed"


def test_a_question_stage_is_found_on_the_question_rather_than_on_a_statement(monkeypatch):
    """Discovery's phrases are questions: "How many staff do you have to fit into the schedule?" is
    the discovery, not the presentation's "looks at who's available and writes the schedule"
    (as Whisper heard it), which shares more of the discovery's words."""
    question = "How many staff do you have to fit into the schedule?"
    statement = "Shift pilot looks at whom available and writes the schedule itself."
    turns = [*op("greeting", "permission", lang="en"), ("client", "Go on."), ("operator", question),
             ("client", "About thirty, in two shops."), ("operator", statement), ("client", "Hm."),
             *op("pricing", lang="en"), ("client", "No thanks, not for us."), *op("farewell", lang="en")]

    def discovery():
        a = analyze(call(*turns, lang="en"), EN, call_id="q")
        return next(s for s in a.stages if s.id == "discovery")

    assert discovery().status == "hit" and discovery().evidence == question
    # without the question's weight the statement reads as the discovery better
    monkeypatch.setattr("callqa.align.QUESTION_BONUS", 0.0)
    assert discovery().evidence == statement


def test_one_sentence_is_one_stage_in_the_order():
    """A sentence that reads as two neighbouring stages is placed as one of them, not both."""
    from callqa.stage_order import Cand, chain

    at = {0: 0.0, 1: 5.0, 2: 5.0, 3: 9.0}   # window -> call time; windows 1 and 2 start together
    # stage 1 and stage 2 both match sentence 1 (window 1 for stage 1, window 2 = the same start)
    cands = [Cand(0, 0, 0, 40.0), Cand(1, 1, 1, 22.0), Cand(2, 2, 2, 25.0), Cand(3, 3, 3, 30.0)]
    got = chain(cands, key=lambda c: at[c.first])
    assert [c.stage for c in got] == [0, 2, 3]  # the better-scoring reading of the sentence wins
    # a later sentence for stage 2 lets both be placed
    at[2] = 6.0
    assert [c.stage for c in chain(cands, key=lambda c: at[c.first])] == [0, 1, 2, 3]


def test_weak_greeting_before_the_first_placed_stage_is_taken_as_the_call_start_vouches(monkeypatch):
    """The call's start is an anchor: what the operator says before the first placed stage is the
    stages before it, however badly the company's name was heard ("тех насклад")."""
    misheard = "Приветствую, Анна, тех насклад, порядок на складе."
    rest = [*op("permission", "decision_maker", "needs", "presentation", "case", "price"),
            ("client", "Нет, спасибо, не надо."), *op("farewell")]
    a = analyze(call(("client", "Алло?"), ("operator", misheard), *rest), RU, call_id="h1")
    greeting = next(s for s in a.stages if s.id == "greeting")
    assert greeting.status == "hit" and greeting.score < AlignOptions().threshold
    assert greeting.evidence == misheard and a.stalled_at == "price"
    # words that are no stage's best match stay unread
    a = analyze(call(("client", "Алло?"), ("operator", "Секунду, соединяю."), *rest), RU, call_id="h2")
    assert statuses(a)["greeting"] == "missed"
    monkeypatch.setattr("callqa.align.fill_gaps", lambda *args: None)
    assert statuses(analyze(call(("client", "Алло?"), ("operator", misheard), *rest), RU, call_id="h3"))["greeting"] \
        == "missed"


def test_a_sentence_no_neighbour_reads_is_the_stage_the_order_leaves_room_for(monkeypatch):
    """"I'll be brief, do you mind if I carry on?" shares no word with the script's permission
    question; it sits between the greeting and the first question, and neither of them reads it."""
    line = "I'll be brief, do you mind if I carry on?"
    turns = [*op("greeting", lang="en"), ("operator", line), ("client", "Go on."),
             *op("discovery", "presentation", "social_proof", "pricing", lang="en"),
             ("client", "No thanks, not for us."), *op("farewell", lang="en")]
    perm = next(s for s in analyze(call(*turns, lang="en"), EN, call_id="nb").stages if s.id == "permission")
    assert perm.status == "hit" and perm.evidence == line and perm.score < AlignOptions().threshold
    # were a neighbour's faintest reading a claim on it, the greeting next door would take it as its rest
    monkeypatch.setattr("callqa.align.NEIGHBOUR_READS", 1000.0)
    assert statuses(analyze(call(*turns, lang="en"), EN, call_id="nb2"))["permission"] == "missed"


@pytest.mark.parametrize("lang, line, answer", [
    ("ru", "Ну всё, до связи, лёгкой вам работы.", "Нет, спасибо, не надо."),
    ("ru", "Приятно было пообщаться, до встречи.", "Нет, спасибо, не надо."),
    ("ru", "Ну всё, прощаюсь, спокойной вам смены.", "Нет, спасибо, не надо."),
    ("en", "Right, I'll leave you to it, cheers.", "No thanks, not for us."),
    ("en", "Nice chatting, have a good one.", "No thanks, not for us."),
    # round twenty-three: the ways test22's operators took their leave
    ("ru", "Приятно было поговорить, берегите себя.", "Нет, спасибо, не надо."),
    ("en", "That's everything, I'll let you go.", "No thanks, not for us."),
    ("en", "Cheers for your patience, I'll not keep you.", "No thanks, not for us."),
    # rounds twenty-four and twenty-five: test23's and test24's
    ("en", "Right, I'll let you get on.", "No thanks, not for us."),
    ("en", "I've said my piece, mind how you go.", "No thanks, not for us."),
    ("ru", "Ну, не смею больше отвлекать.", "Нет, спасибо, не надо."),
])
def test_the_operators_last_goodbye_is_the_farewell_no_phrase_matched(monkeypatch, lang, line, answer):
    script = RU if lang == "ru" else EN
    said = [s.id for s in script.stages if s.progress]
    turns = [*op(*said, lang=lang), ("client", answer), ("operator", line),
             ("client", "До свидания." if lang == "ru" else "Bye.")]
    farewell = next(s for s in analyze(call(*turns, lang=lang), script, call_id="fb").stages if s.id == "farewell")
    assert farewell.status == "hit" and farewell.evidence == line and farewell.score < AlignOptions().threshold
    # the goodbye words of the cue data are what says so
    monkeypatch.setattr("callqa.align.says_goodbye", lambda text, lang: False)
    farewell = next(s for s in analyze(call(*turns, lang=lang), script, call_id="fb2").stages if s.id == "farewell")
    assert farewell.status != "hit"


def test_undecided_words_that_begin_like_a_yes_are_no_agreement():
    """"I'm in two minds" starts as "I'm in" does; after a closing it is no agreement."""
    closing = "Could I book you in for a short demo on Thursday?"
    utts = _u(("operator", closing), ("client", "I'm in two minds, really."))
    assert cue_outcome(utts, "en", skip=(True, False), closing_at=0, closing_text=closing)[0] == "none"
    utts = _u(("operator", closing), ("client", "I'm in, book it."))
    assert cue_outcome(utts, "en", skip=(True, False), closing_at=0, closing_text=closing)[0] == "meeting"
    # a hang-up's "всё, бегу" names the call cut short
    from callqa.outcome import names_outcome
    assert names_outcome("Ой, колокол на кран цепляют, всё, бегу!", "ru")
