"""Whisper segments cut into sentence units before alignment (callqa/sentences.py)."""

from __future__ import annotations

from callqa.align import analyze
from callqa.records import Transcript, Utterance, Word
from callqa.scripts import resolve_script
from callqa.sentences import sentence_units, split_utterance

EN = resolve_script("en-saas-demo", "scripts_library")


def test_a_mono_segment_holding_proposal_answer_and_goodbye_is_cut_into_three():
    u = Utterance("unknown", 10.0, 22.0, "Shall we book a thirty minute demo on Thursday afternoon? "
                  "Yes, Thursday works for me. Thank you for your time, have a great day.")
    parts = split_utterance(u)
    assert [p.text for p in parts] == ["Shall we book a thirty minute demo on Thursday afternoon?",
                                       "Yes, Thursday works for me.", "Thank you for your time, have a great day."]
    assert parts[0].start == 10.0 and parts[-1].end == 22.0
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert all(p.speaker == "unknown" for p in parts)


def test_word_timings_give_the_cut_times_and_stay_with_their_sentence():
    texts = "Our price is four dollars per seat. Okay then, send me the contract.".split()
    words = tuple(Word(float(i), i + 0.8, " " + w) for i, w in enumerate(texts))
    parts = split_utterance(Utterance("unknown", 0.0, 13.0, " ".join(texts), words))
    assert [len(p.words) for p in parts] == [7, 6]
    assert (parts[1].start, parts[1].end) == (7.0, 12.8)


def test_short_sentences_and_short_segments_stay_whole():
    # "Ничего." alone would be a one-word unit; Whisper's stray full stops inside one phrase
    assert [p.text for p in split_utterance(Utterance("operator", 0, 5, "Это облачная программа. Ничего. "
                                                      "Устанавливать не нужно, всё работает в браузере."))] == \
        ["Это облачная программа. Ничего.", "Устанавливать не нужно, всё работает в браузере."]
    short = Utterance("client", 0, 2, "Yes. Sure. Go ahead.")
    assert split_utterance(short) == [short]
    t = Transcript("en", 2, (short,))
    assert sentence_units(t) is t


def test_a_mono_call_whose_closing_and_answer_share_a_segment_gets_its_outcome():
    """Without the cut, the segment is the closing stage and its answer is hidden from the outcome."""
    utts = (
        Utterance("unknown", 0, 4, "Hi, this is Anna from ShiftPilot. Do you have a couple of minutes?"),
        Utterance("unknown", 4, 9, "How do you schedule your shifts at the moment? We use spreadsheets."),
        Utterance("unknown", 9, 14, "ShiftPilot builds your rotas automatically from availability."),
        Utterance("unknown", 14, 26, "Shall we book a thirty minute demo on Thursday? "
                                     "Yes, book me in for Thursday afternoon. Thank you, have a great day."),
    )
    a = analyze(Transcript("en", 26, utts), EN, call_id="m1")
    assert a.outcome == "meeting"
    closing = next(s for s in a.stages if s.id == "closing")
    assert closing.status == "hit" and "book me" not in closing.evidence
