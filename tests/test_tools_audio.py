"""The project's own audio and the data made from it: test clips, eval corpus truth, demo recordings.

These read committed files and the dialogue generator; nothing is synthesised here.
"""

from __future__ import annotations

import csv
import json
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EVAL = ROOT / "bench" / "eval"
DEMO = ROOT / "recordings" / "demo"
sys.path[:0] = [str(EVAL), str(ROOT / "tools")]

import dialogues_gen as gen  # noqa: E402
import make_corpus  # noqa: E402
import tts  # noqa: E402

AUDIO_EXT = {".wav", ".mp3", ".ogg", ".flac", ".m4a"}


# --------------------------------------------------------------------------- tests/data
def test_test_data_is_small_and_documented():
    files = [p for p in DATA.iterdir() if p.is_file() and p.name != "README.md"]
    assert sum(p.stat().st_size for p in files) < 1.65e6
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for p in files:
        assert f"`{p.name}`" in readme, f"{p.name} is not described in tests/data/README.md"


def test_stereo_clip_has_one_party_per_channel():
    x, rate = tts.read_wav(DATA / "ru_stereo.wav")
    assert rate == 8000 and x.shape[1] == 2
    # in 100 ms frames, whenever one channel speaks the other is near the noise floor
    frames = x[: len(x) // 800 * 800].reshape(-1, 800, 2)
    rms = np.sqrt((frames ** 2).mean(axis=1))
    loud = rms > 0.02
    assert loud[:, 0].any() and loud[:, 1].any()
    assert not (loud[:, 0] & loud[:, 1]).any()


def test_fake_stereo_and_bad_inputs_are_what_they_claim():
    assert (DATA / "bad_empty.wav").stat().st_size == 0
    assert not (DATA / "bad_text.wav").read_bytes().startswith(b"RIFF")
    with wave.open(str(DATA / "bad_zero_samples.wav")) as w:
        assert w.getnframes() == 0
    assert (DATA / "bad_truncated.mp3").stat().st_size < (DATA / "en_mono.mp3").stat().st_size * 0.6


# --------------------------------------------------------------------------- generator
def test_minimal_out_of_order_finds_the_moved_stage():
    order = ("a", "b", "c", "d", "e")
    assert gen.minimal_out_of_order(["a", "d", "b", "c", "e"], order) == [{"d"}]
    assert gen.minimal_out_of_order(["a", "b", "c"], order) == [set()]
    # a stage moved over only one other is ambiguous: either could be the one out of place
    assert len(gen.minimal_out_of_order(["a", "c", "b", "d"], order)) == 2


def test_train_and_test_variants_never_overlap():
    for d in gen.LANGS.values():
        for stage, variants in d.OPERATOR.items():
            assert len(variants) >= 6, stage
            train, test = gen.pool(variants, "train"), gen.pool(variants, "test")
            assert train and test and not set(train) & set(test)


def test_held_out_lines_are_paraphrases_not_script_phrases():
    # test-split wording in a script would make test scores measure memory, not generalisation
    for d in gen.LANGS.values():
        heldout, _train_copies, worst = make_corpus.check_paraphrases(d)
        assert heldout == []
        assert worst and all(0 < v <= 100 for v in worst.values())


def test_dev_wording_is_fresh():
    # dev lines: never a script phrase, never a near-copy of a train or test line, every list there
    for lang, d in gen.DEV_LANGS.items():
        base = gen.LANGS[lang]
        assert (d.SCRIPT, d.STAGES, d.ROLES, d.OPERATOR_NAMES) == (base.SCRIPT, base.STAGES, base.ROLES,
                                                                  base.OPERATOR_NAMES)
        heldout, _, _ = make_corpus.check_paraphrases(d, all_heldout=True)
        assert heldout == []
        problems, best = make_corpus.check_dev(d, base)
        assert problems == [] and 0 < best < 90


# the splits written after train/test and dev: (languages, earlier fresh splits, check label,
# split whose keys it repeats); each is checked against every split written before it
_FRESH = list(gen.FRESH_WORDING)
FRESH_SPLITS = {
    name: (gen.FRESH_WORDING[name], tuple(gen.FRESH_WORDING[e] for e in _FRESH[:k]),
           "dev" if name == "dev2" else name,
           gen.FRESH_WORDING[_FRESH[k - 1]] if name in gen.HELDOUT_LANGS and name != "test2" else None)
    for k, name in enumerate(_FRESH) if name != "dev"
}


@pytest.mark.parametrize("name", FRESH_SPLITS)
def test_fresh_split_wording_is_fresh(name):
    # never a script phrase, never a near-copy of a train/test line or of any split written before it
    langs, earlier, label, keys_of = FRESH_SPLITS[name]
    for lang, d in langs.items():
        base = gen.LANGS[lang]
        assert (d.SCRIPT, d.STAGES, d.ROLES, d.OPERATOR_NAMES) == (base.SCRIPT, base.STAGES, base.ROLES,
                                                                  base.OPERATOR_NAMES)
        heldout, _, _ = make_corpus.check_paraphrases(d, all_heldout=True)
        assert heldout == []
        problems, best = make_corpus.check_dev(d, base, others=tuple(e[lang] for e in earlier), label=label)
        assert problems == [] and 0 < best < 90
        assert set(d.CLOSING_FOR) <= set(d.OUTCOME_CLIENT)
        assert all(0 <= i < len(d.OPERATOR["closing"]) for ix in d.CLOSING_FOR.values() for i in ix)
        if keys_of is not None:
            # every list written anew: same keys as the split before, at least five variants per stage
            assert set(d.OPERATOR) == set(keys_of[lang].OPERATOR)
            assert all(len(vs) >= 5 for vs in d.OPERATOR.values())


# test9 on are each built exactly like the split before: the same lists, keys and number of variants
_HELDOUT_NAMES = list(gen.HELDOUT_LANGS)
_SIZED_LIKE = [(later, earlier) for earlier, later in zip(_HELDOUT_NAMES, _HELDOUT_NAMES[1:])
               if _HELDOUT_NAMES.index(later) >= _HELDOUT_NAMES.index("test9")]


@pytest.mark.parametrize("split, like", _SIZED_LIKE)
def test_heldout_lists_sized_like_the_split_before(split, like):
    for lang, d in gen.HELDOUT_LANGS[split].items():
        e = gen.HELDOUT_LANGS[like][lang]
        for name in ("OPERATOR", "CLIENT", "OBJECTIONS", "HANDLING", "OUTCOME_CLIENT", "OUTCOME_OPERATOR"):
            mine, theirs = getattr(d, name), getattr(e, name)
            assert {k: len(v) for k, v in mine.items()} == {k: len(v) for k, v in theirs.items()}, (lang, name)
        for name in ("AFTER_HANDLING", "VAGUE_CLIENT", "HANGUP_CLIENT", "HOLD_START", "HOLD_END", "LINE_CHECK"):
            assert len(getattr(d, name)) == len(getattr(e, name)), (lang, name)
        assert d.CLOSING_FOR == e.CLOSING_FOR


def _assert_plans_use_only(plans, langs, split):
    """Each plan draws its lines from its split's modules only, and a sale / meeting answers a closing
    that offered it."""
    for p in plans:
        d = langs[p.language]
        lines = {t for _, t in make_corpus.module_lines(d)}
        assert gen.module(p.language, split, p.call_id) is d
        for line in p.lines:
            text = line.text.replace(p.operator_name, d.OPERATOR_NAMES[0])
            assert text in lines, (p.call_id, line)
        closings = [l.text for l in p.lines if l.tag == "stage:closing"]
        if p.outcome in d.CLOSING_FOR and closings:
            assert closings[-1] in [d.OPERATOR["closing"][i] for i in d.CLOSING_FOR[p.outcome]]


def test_second_dev_batch_plans():
    plans = make_corpus.plan_dev(make_corpus.DEFAULT_SEED, make_corpus.DEV2_PER_LANG, batch=2)
    assert [p.call_id for p in plans] == [f"{l}-d{i:02d}" for l in ("ru", "en") for i in range(25, 49)]
    assert {p.split for p in plans} == {"dev"} and all(gen.dev_batch(p.call_id) == 2 for p in plans)
    first = make_corpus.plan_dev(make_corpus.DEFAULT_SEED)
    for lang in ("ru", "en"):
        assert sorted(p.pattern for p in plans if p.language == lang) == \
            sorted(p.pattern for p in first if p.language == lang)
    _assert_plans_use_only(plans, gen.DEV2_LANGS, "dev")


# held-out splits: (planner, id letter, splits planned before it)
HELDOUT = {split: letter for split, (_, letter) in make_corpus.HELDOUT_PLANS.items()}


def _heldout_plans(split):
    return make_corpus.plan_heldout(split, make_corpus.DEFAULT_SEED)


@pytest.mark.parametrize("split", HELDOUT)
def test_heldout_plans(split):
    letter = HELDOUT[split]
    plans = _heldout_plans(split)
    assert [p.call_id for p in plans] == [f"{l}-{letter}{i}" for l in ("ru", "en") for i in range(41, 81)]
    assert {p.split for p in plans} == {split}
    # no id of another split
    others = {p.call_id for p in make_corpus.plan_corpus(make_corpus.DEFAULT_SEED, 76)
              + make_corpus.plan_dev(make_corpus.DEFAULT_SEED)
              + make_corpus.plan_dev(make_corpus.DEFAULT_SEED, make_corpus.DEV2_PER_LANG, batch=2)
              + [q for other in HELDOUT if other != split for q in _heldout_plans(other)]}
    assert not others & {p.call_id for p in plans}
    assert 0.6 <= sum(p.channels == "stereo" for p in plans) / len(plans) <= 0.8
    for lang in ("ru", "en"):
        counts = {k: sum(p.pattern == k for p in plans if p.language == lang) for k in gen.PATTERNS}
        assert counts == {"complete": 8, "skip": 7, "out_of_order": 6, "stall": 14, "callback": 5}
    _assert_plans_use_only(plans, FRESH_SPLITS[split][0], split)
    # its renders draw from their own stream, apart from train/test (99), dev (199) and the others
    mine = make_corpus.call_rng(1, f"ru-{letter}41", "ru").random()
    assert mine not in [make_corpus.call_rng(1, f"ru-{x}41", "ru").random()
                        for x in ("0", "d", *HELDOUT.values()) if x != letter]


def test_dev_plans_use_only_dev_wording():
    plans = make_corpus.plan_dev(make_corpus.DEFAULT_SEED)
    assert [p.call_id for p in plans] == [f"{l}-d{i:02d}" for l in ("ru", "en") for i in range(1, 25)]
    assert {p.split for p in plans} == {"dev"}
    for lang in ("ru", "en"):
        mine = [p for p in plans if p.language == lang]
        assert sorted(p.pattern for p in mine).count("stall") == 8
        dev_lines = {t for _, t in make_corpus.module_lines(gen.DEV_LANGS[lang])}
        for p in mine:
            for line in p.lines:
                if line.tag.startswith("slip:"):
                    continue
                text = line.text.replace(p.operator_name, gen.DEV_LANGS[lang].OPERATOR_NAMES[0])
                assert text in dev_lines, (p.call_id, line)


@pytest.mark.parametrize("pattern", gen.PATTERNS)
def test_planned_truth_is_consistent(pattern):
    rng = np.random.default_rng(1)
    for d in gen.LANGS.values():
        for i in range(10):
            p = gen.plan_call(d, rng, call_id=f"x-{i}", pattern=pattern, split="test", channels="mono")
            t = p.truth(d)
            assert gen.minimal_out_of_order(t["stages_spoken"], d.STAGES) == [set(t["out_of_order"])]
            if t["outcome"] in gen.SUCCESS:
                assert t["stalled_at"] is None
            else:
                assert t["stalled_at"] == max((s for s in t["stages_spoken"] if s in d.PROGRESS),
                                              key=d.PROGRESS.index)
            spoken = [l.tag.split(":")[1] for l in p.lines if l.tag.startswith("stage:")]
            assert list(dict.fromkeys(spoken)) == t["stages_spoken"]
            used = {l.text for l in p.lines if l.tag.startswith("stage:") and l.tag != "stage:greeting"}
            tail = {v for vs in d.OPERATOR.values() for v in gen.pool(vs, "test")}
            assert used <= tail


# --------------------------------------------------------------------------- committed corpus
def _truths() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / "calls").glob("*.truth.json"))]


def test_corpus_truth_files_follow_the_contract():
    truths = _truths()
    assert sum(t["language"] == "ru" for t in truths) >= 70
    assert sum(t["language"] == "en" for t in truths) >= 70
    for t in truths:
        assert t["split"] in gen.SPLITS and t["channels"] in ("stereo", "mono")
        assert t["outcome"] in ("sale", "meeting", "callback", "refusal", "none")
        assert set(t["out_of_order"]) <= set(t["stages_spoken"])
        assert 40 <= t["duration"] <= 120
        assert (t["stalled_at"] is None) == (t["outcome"] in gen.SUCCESS)


def test_corpus_splits_have_their_sizes():
    splits = [t["split"] for t in _truths()]
    # dev: two batches of 48 (d01..d24 and d25..d48 per language); every held-out split (test2 ...):
    # <letter>41..<letter>80 per language; see bench/eval/README.md
    want = {"train": 92, "test": 60, "dev": 96, **{split: 80 for split in gen.HELDOUT_LANGS}}
    assert {split: splits.count(split) for split in want} == want and len(splits) == sum(want.values())
    dev = {t["call_id"]: t for t in _truths() if t["split"] == "dev"}
    # the committed dev truth is what the planner makes today (same seed, same plans)
    plans = make_corpus.plan_dev(make_corpus.DEFAULT_SEED) + make_corpus.plan_dev(
        make_corpus.DEFAULT_SEED, make_corpus.DEV2_PER_LANG, batch=2)
    assert sorted(p.call_id for p in plans) == sorted(dev)
    for p in plans:
        want = p.truth(gen.module(p.language, p.split, p.call_id))
        assert {k: dev[p.call_id][k] for k in want} == want
    # the same for test2, test3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13, test14,
    # test15, test16, test17, test18, test19, test20, test21, test22, test23, test24, test25 and test26
    for split in HELDOUT:
        held = {t["call_id"]: t for t in _truths() if t["split"] == split}
        plans = _heldout_plans(split)
        assert sorted(p.call_id for p in plans) == sorted(held)
        for p in plans:
            want = p.truth(gen.module(p.language, p.split, p.call_id))
            assert {k: held[p.call_id][k] for k in want} == want


def test_corpus_transcripts_are_single_objects_with_speakers():
    for t in _truths():
        path = EVAL / "calls" / f"{t['call_id']}.json"
        if not path.exists():
            continue  # transcription is committed as it accumulates
        tr = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(tr, dict) and tr["language"] == t["language"]
        speakers = {u["speaker"] for u in tr["utterances"]}
        assert speakers <= ({"operator", "client"} if t["channels"] == "stereo" else {"unknown"})


# --------------------------------------------------------------------------- demo
def test_demo_manifest_and_size():
    audio = sorted(p for p in DEMO.iterdir() if p.suffix.lower() in AUDIO_EXT)
    assert len(audio) >= 24
    assert sum(p.stat().st_size for p in audio) < 10e6
    with open(DEMO / "manifest.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["file", "call_id", "operator", "started_at", "script", "client_segment", "outcome",
                             "operator_channel", "client_id"]
    listed = {r["file"] for r in rows}
    assert listed <= {p.name for p in audio}
    assert len({p.name for p in audio} - listed) == 1  # one recording deliberately without metadata
    assert 4 <= len({r["operator"] for r in rows}) <= 6
    assert {r["client_segment"] for r in rows} == {"cold", "warm", "hot"}
    clients = [r["client_id"] for r in rows]
    assert len(set(clients)) < len(clients)
    assert {p.suffix.lower() for p in audio} == AUDIO_EXT
