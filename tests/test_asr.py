"""Transcription with the real bundled model on seconds of audio the project made itself."""

from __future__ import annotations

import pytest

from callqa import asr, privacy
from callqa.records import AsrOptions, Word


def test_split_at_pauses_follows_the_turns():
    words = [Word(0.0, 0.4, " Hello"), Word(0.5, 0.9, " there."), Word(3.0, 3.4, " Are"), Word(3.5, 3.9, " you")]
    parts = asr._split_at_pauses(words, "operator", pause=0.6)
    assert [(u.start, u.end, u.text) for u in parts] == [(0.0, 0.9, "Hello there."), (3.0, 3.9, "Are you")]
    assert all(u.speaker == "operator" for u in parts)


def test_repetition_guard_drops_loops_but_keeps_real_repeats():
    opts = AsrOptions()
    seen = [(asr._norm("Thank you for calling."), 4.0)]
    assert not asr._keep_segment("Thank you for calling!", 4.2, seen, opts)  # Whisper looping
    assert asr._keep_segment("Thank you for calling.", 9.0, seen, opts)  # said again after a pause
    assert asr._keep_segment("Yes.", 4.1, [("yes", 4.0)], opts)  # one-word answers do repeat
    assert not asr._keep_segment("la la la la la la la la la la la la la la la la la la la la", 5.0, seen, opts)
    assert not asr._keep_segment(" ... ", 5.0, seen, opts)


@pytest.mark.slow
def test_russian_stereo_call_is_split_by_speaker_in_dialogue_order(data_dir, model_spec):
    t = asr.transcribe_file(data_dir / "ru_stereo.wav", model_spec, language="ru")
    assert t.language == "ru"
    speakers = [u.speaker for u in t.utterances]
    assert set(speakers) == {"operator", "client"}
    text = {s: " ".join(u.text.lower() for u in t.utterances if u.speaker == s) for s in ("operator", "client")}
    assert "добрый день" in text["operator"] and "удобно говорить" in text["operator"]
    assert "слушаю" in text["client"] and "говорите" in text["client"]
    # the merged transcript follows the conversation: operator, client, operator, client
    turns = [s for i, s in enumerate(speakers) if i == 0 or s != speakers[i - 1]]
    assert turns == ["operator", "client", "operator", "client"]
    starts = [u.start for u in t.utterances]
    assert starts == sorted(starts)
    assert all(u.words for u in t.utterances)  # word timestamps are kept


@pytest.mark.slow
def test_operator_channel_right_swaps_the_labels(data_dir, model_spec):
    t = asr.transcribe_file(data_dir / "ru_stereo.wav", model_spec, language="ru", operator_channel="right")
    operator = " ".join(u.text.lower() for u in t.utterances if u.speaker == "operator")
    assert "слушаю" in operator and "добрый день" not in operator


@pytest.mark.slow
@pytest.mark.parametrize("name", ["en_mono.mp3", "en_fake_stereo.flac"])
def test_mono_and_fake_stereo_are_speaker_unknown(data_dir, model_spec, name):
    t = asr.transcribe_file(data_dir / name, model_spec, language="en")
    assert t.utterances and {u.speaker for u in t.utterances} == {"unknown"}
    text = t.text.lower()
    for phrase in ("good morning", "how can i help you", "few minutes"):
        assert phrase in text


@pytest.mark.slow
def test_language_is_detected_when_not_given(data_dir, model_spec):
    assert asr.transcribe_file(data_dir / "en_mono.wav", model_spec).language == "en"


@pytest.mark.slow
def test_silence_gives_an_empty_transcript_not_hallucinated_text(data_dir, model_spec):
    t = asr.transcribe_file(data_dir / "silence.wav", model_spec, language="ru")
    assert t.utterances == ()
    assert t.duration == pytest.approx(2.0, abs=0.1)


@pytest.mark.slow
def test_model_is_loaded_once_per_process(data_dir, model_spec):
    asr.transcribe_file(data_dir / "en_mono.wav", model_spec, language="en")
    before = asr.get_model.cache_info()
    asr.transcribe_file(data_dir / "en_mono.ogg", model_spec, language="en")
    after = asr.get_model.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 1


@pytest.mark.slow
def test_a_number_read_out_at_the_end_of_a_long_turn_reaches_the_transcript(data_dir, model_spec):
    # the batched decoder ended this turn after "по номеру"; the rest is decoded again
    t = asr.transcribe_file(data_dir / "ru_long_turn.flac", model_spec, language="ru", operator_channel="mono")
    text = t.text
    assert "связи" in text.lower()
    assert sum(c.isdigit() for c in text) >= 10
    starts = [u.start for u in t.utterances]
    assert starts == sorted(starts) and all(u.words for u in t.utterances)
    assert privacy.find_pii(text, "ru") and any(p.kind == "phone" for p in privacy.find_pii(text, "ru"))


@pytest.mark.slow
def test_tail_recovery_decodes_only_what_the_words_leave_out(data_dir, model_spec):
    from faster_whisper.transcribe import Segment

    from callqa.audio import decode

    samples = decode(data_dir / "ru_long_turn.flac", mono=True).channels[0]
    model = asr.get_model(model_spec)
    opts = AsrOptions()
    kwargs = dict(language="ru", beam_size=5, word_timestamps=True, condition_on_previous_text=False)
    # a batched result that stopped after "по номеру" (3.9 s into the turn)
    def seg(end: float) -> Segment:
        return Segment(id=0, seek=0, start=0.0, end=end, text=" ...", tokens=[], avg_logprob=0.0,
                       compression_ratio=1.0, no_speech_prob=0.0, words=[Word(0.0, end, " ...")], temperature=0.0)

    cut = [seg(3.9)]
    found = asr._recover_tails(model, samples, cut, kwargs, opts)
    assert found and all(s.start >= 3.9 - 1e-6 for s in found)
    assert sum(c.isdigit() for s in found for c in s.text) >= 10
    assert all(w.start >= 3.9 - 1e-6 and w.end <= 10.0 for s in found for w in s.words)
    # words that reach the end of the speech leave nothing to decode again
    assert asr._recover_tails(model, samples, [seg(9.2)], kwargs, opts) == []
    # the same tail 20 dB down is the other party leaking into this channel, not its speaker
    leak = samples.copy()
    leak[int(3.9 * 16000):] *= 0.1
    assert asr._recover_tails(model, leak, cut, kwargs, opts) == []
    # 3 dB down is still the speaker
    softer = samples.copy()
    softer[int(3.9 * 16000):] *= 0.7
    assert sum(c.isdigit() for s in asr._recover_tails(model, softer, cut, kwargs, opts) for c in s.text) >= 10
    # a channel with nothing decoded gives no level to compare with, so nothing is decoded again
    assert asr._recover_tails(model, samples, [], kwargs, opts) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["en_mono.wav", "ru_stereo.wav"])
def test_tail_recovery_leaves_complete_transcripts_as_they_were(data_dir, model_spec, name):
    off = AsrOptions(recover_tail_s=None)
    lang = "en" if name.startswith("en") else "ru"
    a = asr.transcribe_file(data_dir / name, model_spec, language=lang)
    b = asr.transcribe_file(data_dir / name, model_spec, off, language=lang)
    assert [(u.speaker, u.start, u.text) for u in a.utterances] == [(u.speaker, u.start, u.text) for u in b.utterances]
