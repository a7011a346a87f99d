"""Settings precedence: defaults -> callqa.toml -> CALLQA_* -> flags."""

from __future__ import annotations

import pytest

from callqa.config import load_settings
from callqa.errors import ConfigError


def test_precedence(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}).beam_size == 5
    (tmp_path / "callqa.toml").write_text('beam_size = 2\nlanguage = "ru"\ndb = "sqlite:///x.db"\n')
    s = load_settings(environ={})
    assert (s.beam_size, s.language, s.db) == (2, "ru", "sqlite:///x.db")
    s = load_settings(environ={"CALLQA_BEAM_SIZE": "3"})
    assert (s.beam_size, s.language) == (3, "ru")
    s = load_settings(environ={"CALLQA_BEAM_SIZE": "3"}, overrides={"beam_size": 4, "language": None})
    assert (s.beam_size, s.language) == (4, "ru")


def test_callqa_table_is_accepted(tmp_path):
    cfg = tmp_path / "team.toml"
    cfg.write_text('[callqa]\nlang = "ru"\n')
    assert load_settings(cfg, environ={}).lang == "ru"


def test_bad_values_name_the_setting_and_source(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('operator_channel = "middle"\n')
    with pytest.raises(ConfigError, match=r"operator_channel.*c\.toml"):
        load_settings(cfg, environ={})
    with pytest.raises(ConfigError, match="CALLQA_BEAM_SIZE"):
        load_settings(environ={"CALLQA_BEAM_SIZE": "many"})
    cfg.write_text("beam_size = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg, environ={})
    cfg.write_text("colour = 'red'\n")
    with pytest.raises(ConfigError, match="colour"):
        load_settings(cfg, environ={})


def test_missing_named_config(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_tail_recovery_can_be_switched_off_and_keys_the_transcripts(tmp_path, monkeypatch):
    from callqa.asr import options_from_settings

    monkeypatch.chdir(tmp_path)
    on = options_from_settings(load_settings(environ={}))
    off = options_from_settings(load_settings(environ={"CALLQA_RECOVER_TAILS": "false"}))
    assert on.recover_tail_s == 1.0 and off.recover_tail_s is None
    assert on.key() != off.key()  # a transcript decoded the other way is not reused
    with pytest.raises(ConfigError, match="recover_tails"):
        load_settings(environ={"CALLQA_RECOVER_TAILS": "sometimes"})
