"""Transcript JSON in and out (spec/interfaces.md)."""

from __future__ import annotations

import json

import pytest

from callqa.errors import TranscriptFormatError
from callqa.records import AsrOptions, Transcript, Utterance, Word, transcript_to_dict
from callqa.transcript_json import load_transcripts, transcript_from_dict


def test_round_trip_keeps_speakers_times_words_and_options(tmp_path):
    t = Transcript(
        language="ru", duration=4.0, model="bundled-base/int8", options=AsrOptions(beam_size=2),
        utterances=(
            Utterance("operator", 0.0, 1.5, "Добрый день", (Word(0.0, 0.7, " Добрый", 0.9), Word(0.8, 1.5, " день", 0.8))),
            Utterance("client", 1.7, 2.5, "Да"),
        ),
    )
    path = tmp_path / "t.json"
    path.write_text(json.dumps(transcript_to_dict(t), ensure_ascii=False))
    (back,) = load_transcripts(path)
    assert back.utterances == t.utterances
    assert back.options == t.options
    assert (back.language, back.duration, back.model) == ("ru", 4.0, "bundled-base/int8")


def test_minimal_spec_example_and_array_form(tmp_path):
    obj = {"language": "ru", "duration": 62.3,
           "utterances": [{"speaker": "operator", "start": 0.0, "end": 2.4, "text": "Добрый день…"}]}
    path = tmp_path / "a.json"
    path.write_text(json.dumps([obj, obj]))
    ts = load_transcripts(path)
    assert len(ts) == 2 and ts[0].utterances[0].speaker == "operator"


def test_utterances_are_sorted_and_duration_defaults_to_last_end():
    t = transcript_from_dict({"utterances": [
        {"speaker": "client", "start": 3.0, "end": 4.0, "text": "b"},
        {"start": 1.0, "end": 2.0, "text": "a"}]})
    assert [u.text for u in t.utterances] == ["a", "b"]
    assert t.utterances[0].speaker == "unknown"
    assert t.duration == 4.0


@pytest.mark.parametrize("content, message", [
    ("", "file is empty"),
    ("{not json", "not valid JSON"),
    ("[]", "empty JSON array"),
    ('{"language": "ru"}', "utterances"),
    ('{"utterances": [{"speaker": "boss", "start": 0, "end": 1, "text": "x"}]}', "utterances.0.speaker"),
    ('{"utterances": [{"speaker": "client", "start": 2, "end": 1, "text": "x"}]}', "before start"),
])
def test_bad_transcripts_name_the_file_and_the_field(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(TranscriptFormatError, match=message) as info:
        load_transcripts(path)
    assert str(path) in str(info.value)


def test_options_saved_before_tail_recovery_existed_say_it_was_off(tmp_path):
    d = transcript_to_dict(Transcript("ru", 1.0, (Utterance("operator", 0.0, 1.0, "Да"),), "m", AsrOptions()))
    assert d["options"]["recover_tail_s"] == 1.0
    del d["options"]["recover_tail_s"]
    d["options"]["a_setting_from_later"] = 3
    old = transcript_from_dict(d)
    assert old.options.recover_tail_s is None and old.options.beam_size == AsrOptions().beam_size
    assert old.options.key() != AsrOptions().key()  # so the next run decodes such a call again
