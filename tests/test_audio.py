"""Decoding every common format, stereo vs fake stereo, and the bad inputs."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from callqa import audio
from callqa.errors import AudioError

FORMATS = ["en_mono.wav", "en_mono_ulaw.wav", "en_mono_alaw.wav", "en_mono.mp3", "en_mono.ogg",
           "en_mono.flac", "en_mono.m4a"]


@pytest.mark.parametrize("name", FORMATS)
def test_each_format_decodes_to_16k_mono_of_the_right_length(data_dir, name):
    a = audio.decode(data_dir / name)
    assert a.sample_rate == 16000
    assert len(a.channels) == 1
    assert a.channels[0].dtype == np.float32
    assert 10.0 < a.duration < 10.9  # the dialogue is 10.4 s long
    assert 0.01 < float(np.sqrt(np.mean(a.channels[0] ** 2))) < 0.5


def test_formats_decode_to_the_same_signal(data_dir):
    ref = audio.decode(data_dir / "en_mono.wav").channels[0]
    for name in ("en_mono_ulaw.wav", "en_mono.flac"):
        other = audio.decode(data_dir / name).channels[0]
        n = min(ref.size, other.size)
        corr = np.corrcoef(ref[:n], other[:n])[0, 1]
        assert corr > 0.95, name


def test_phone_audio_keeps_its_source_rate(data_dir):
    a = audio.decode(data_dir / "en_mono_ulaw.wav")
    assert (a.source_rate, a.source_channels) == (8000, 1)


def test_real_stereo_keeps_both_channels_apart(data_dir):
    a = audio.decode(data_dir / "ru_stereo.wav")
    assert a.is_stereo and a.source_channels == 2
    left, right = a.channels
    # operator speaks first (0.25-4.5 s), the client is silent then
    first = slice(int(0.5 * 16000), int(4.0 * 16000))
    assert np.sqrt(np.mean(left[first] ** 2)) > 20 * np.sqrt(np.mean(right[first] ** 2))


def test_fake_stereo_is_treated_as_mono(data_dir):
    a = audio.decode(data_dir / "en_fake_stereo.flac")
    assert a.source_channels == 2
    assert not a.is_stereo


def test_stereo_can_be_mixed_down_on_request(data_dir):
    assert not audio.decode(data_dir / "ru_stereo.wav", mono=True).is_stereo


@pytest.mark.parametrize("name, message", [
    ("bad_empty.wav", "file is empty"),
    ("bad_text.wav", "not a recognised audio file"),
    ("bad_truncated.mp3", "truncated"),
    ("bad_zero_samples.wav", "no audio samples"),
])
def test_bad_inputs_get_one_clear_error_naming_the_file(data_dir, name, message):
    with pytest.raises(AudioError, match=message) as info:
        audio.decode(data_dir / name)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(AudioError, match="file not found"):
        audio.decode(tmp_path / "nope.wav")
    with pytest.raises(AudioError, match="is a folder"):
        audio.decode(tmp_path)


def test_unreadable_file(tmp_path, data_dir, monkeypatch):
    path = tmp_path / "locked.wav"
    shutil.copy(data_dir / "en_mono.wav", path)
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads any file, so the permission check is what we can exercise here
        monkeypatch.setattr(audio.os, "access", lambda p, mode: False)
    with pytest.raises(AudioError, match="permission denied"):
        audio.decode(path)


def test_talk_seconds_measures_speech_not_silence(data_dir):
    speech = audio.decode(data_dir / "en_mono.wav").channels[0]
    silence = audio.decode(data_dir / "silence.wav").channels[0]
    assert 5.0 < audio.talk_seconds(speech) < 10.4
    assert audio.talk_seconds(silence) == 0.0
