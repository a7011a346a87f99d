"""The learned outcome fallback (callqa/outcome_model.py): features, file, and where align uses it."""

import numpy as np
import pytest

from callqa import outcome_model
from callqa.align import analyze
from callqa.outcome_model import (FIELDS, OutcomeModel, char_ngrams, ending_fields, packaged_model, read_model,
                                  word_ngrams)
from callqa.records import Utterance
from test_align import EN, call, op


def test_char_ngrams_stay_inside_words():
    grams = char_ngrams("Ёж no")
    assert grams == [" е", "еж", "ж ", " еж", "еж ", " еж ", " n", "no", "o ", " no", "no ", " no "]
    assert " n" in char_ngrams("NO") and "o t" not in char_ngrams("no thanks")


def test_word_ngrams_are_words_and_pairs():
    assert word_ngrams("Ёлки, I'll call: no-one") == ["елки", "ll", "call", "no", "one", "елки ll", "ll call",
                                                      "call no", "no one"]
    assert word_ngrams("a") == []


def test_ending_fields_take_each_partys_last_sentences():
    utts = [Utterance("client", i, i + 1, f"c{i}") for i in range(5)]
    utts += [Utterance("operator", 9, 10, "bye"), Utterance("client", 11, 12, "  ")]
    assert ending_fields(utts) == ("c2 c3 c4", "bye", "")
    assert len(ending_fields(utts)) == len(FIELDS)


ENDINGS = [  # (client, operator, unknown) -> outcome
    (("we're not taking on new suppliers", "fair enough, good luck with the shop", ""), "refusal"),
    (("no we never buy from new suppliers", "fair enough, all the best", ""), "refusal"),
    (("ring me in a fortnight", "will do, speak then", ""), "callback"),
    (("call me back in two weeks", "sure, I will ring you then", ""), "callback"),
    (("", "", "show us on tuesday then great see you tuesday"), "meeting"),
    (("", "", "tuesday works, show us the screens, see you"), "meeting"),
]


def test_numpy_inference_matches_the_training_library_and_survives_the_file(tmp_path):
    pytest.importorskip("sklearn")
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import train_outcome_model as tom
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    fields, labels = [f for f, _ in ENDINGS], [y for _, y in ENDINGS]
    m = tom.fit(fields, labels)
    # the same fit done with the library's own vectorisers: probabilities agree to float precision
    blocks = [(a, k) for a in tom.ANALYZERS for k in range(len(FIELDS))]
    assert set(tom.ANALYZERS) == {"char", "word"}
    vecs = [TfidfVectorizer(analyzer=char_ngrams if a == "char" else word_ngrams, min_df=tom.MIN_DF,
                            sublinear_tf=True) for a, _ in blocks]
    x = hstack([v.fit_transform([f[k] for f in fields]) for v, (_, k) in zip(vecs, blocks)]).tocsr()
    clf = LogisticRegression(C=tom.C, max_iter=5000).fit(x, labels)
    new = ("we never buy from suppliers like you", "good luck", "")
    xn = hstack([v.transform([new[k]]) for v, (_, k) in zip(vecs, blocks)]).tocsr()
    want = dict(zip(clf.classes_, clf.predict_proba(xn)[0]))
    utts = [Utterance("client", 0, 1, new[0]), Utterance("operator", 1, 2, new[1])]
    got = m.probabilities(utts)
    assert got == pytest.approx(want, abs=1e-6)
    assert max(got, key=got.get) == "refusal"
    m.save(tmp_path / "m.npz")
    back = read_model(tmp_path / "m.npz")
    assert back.analyzers == ("char", "word")
    assert back.probabilities(utts) == pytest.approx(got, abs=1e-5)


def test_a_model_file_without_analyzers_reads_as_char_blocks(tmp_path):
    m = _stub("suppliers", "refusal", 20.0)
    m.save(tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz") as z:
        arrays = {k: z[k] for k in z.files if k != "analyzers"}
    np.savez_compressed(tmp_path / "old.npz", **arrays)   # the file format before word blocks
    back = read_model(tmp_path / "old.npz")
    utts = [Utterance("client", 0, 1, "suppliers")]
    assert back.analyzers == ("char",) and back.probabilities(utts) == pytest.approx(m.probabilities(utts))


def _stub(word: str, cls: str, strength: float) -> OutcomeModel:
    """A model that says `cls` with a probability growing with `strength` when the client says `word`."""
    classes = ("callback", "meeting", "none", "refusal", "sale")
    grams = sorted(set(char_ngrams(word)))
    vocab = ({g: i for i, g in enumerate(grams)}, {}, {})
    coef = np.zeros((len(classes), len(grams)))
    coef[classes.index(cls)] = strength
    return OutcomeModel(classes, vocab, (np.ones(len(grams)), np.zeros(0), np.zeros(0)), coef, np.zeros(len(classes)))


def _ending(answer):
    return call(*op("greeting", "permission", "discovery", "presentation", "pricing", lang="en"),
                ("client", answer), ("operator", "Okay."), *op("farewell", lang="en"), lang="en")


def test_align_takes_the_models_class_when_phrases_and_cues_are_silent(monkeypatch):
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: _stub("suppliers", "refusal", 20.0))
    # no phrase, no cue word: the ending as a whole decides
    assert analyze(_ending("We never take new suppliers."), EN, call_id="m1").outcome == "refusal"
    # a model that is not sure leaves the call as `none`
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: _stub("suppliers", "refusal", 0.05))
    assert analyze(_ending("We never take new suppliers."), EN, call_id="m3").outcome == "none"
    # without a model, as before
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: None)
    assert analyze(_ending("We never take new suppliers."), EN, call_id="m4").outcome == "none"


def test_the_packaged_model_loads_and_names_one_of_its_classes():
    m = packaged_model()
    assert m is not None and set(m.classes) == {"callback", "meeting", "none", "refusal", "sale"}
    probs = m.probabilities([Utterance("client", 0, 1, "No thanks, not interested."),
                             Utterance("operator", 1, 2, "Understood, goodbye.")])
    assert sum(probs.values()) == pytest.approx(1.0)


def test_the_model_overrules_a_named_outcome_only_when_it_doubts_it_and_is_sure_of_another(monkeypatch):
    ending = _ending("New suppliers? Call me back next week.")   # a callback cue
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: None)
    assert analyze(ending, EN, call_id="v0").outcome == "callback"
    # sure of refusal, callback near zero: vetoed
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: _stub("suppliers", "refusal", 20.0))
    assert analyze(ending, EN, call_id="v1").outcome == "refusal"
    # leaning to refusal but not sure of it, or not doubting the callback: the cue stands
    for callback, refusal in ((0.10, 0.55), (0.25, 0.70)):
        m = _fixed({"callback": callback, "refusal": refusal})
        monkeypatch.setattr(outcome_model, "packaged_model", lambda: m)
        assert analyze(ending, EN, call_id="v2").outcome == "callback"
    m = _fixed({"callback": 0.15, "refusal": 0.70})
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: m)
    assert analyze(ending, EN, call_id="v3").outcome == "refusal"


def _fixed(probs: dict[str, float]) -> OutcomeModel:
    """A model that says the same probabilities of every call (the rest shared by the other classes)."""
    classes = ("callback", "meeting", "none", "refusal", "sale")
    rest = (1.0 - sum(probs.values())) / (len(classes) - len(probs))
    p = np.array([probs.get(c, rest) for c in classes])
    empty = tuple({} for _ in FIELDS)
    return OutcomeModel(classes, empty, tuple(np.zeros(0) for _ in FIELDS), np.zeros((len(classes), 0)), np.log(p))


def test_decide_keeps_a_read_the_model_finds_plausible():
    m = _stub("suppliers", "refusal", 20.0)
    utts = [Utterance("client", 0, 1, "suppliers")]
    probs = m.probabilities(utts)
    assert probs["refusal"] > outcome_model.OVERRULE
    assert m.decide(utts, "refusal", ("refusal", "callback"), silent=False) == "refusal"
    assert m.decide(utts, "callback", ("refusal", "callback"), silent=False) == "refusal"
    assert m.decide(utts, "none", ("refusal", "callback"), silent=True) == "refusal"
    # a class the script does not name is never put on a call
    assert m.decide(utts, "callback", ("callback", "meeting"), silent=False) == "callback"
    # a model that gives the read class more than DOUBT leaves it; silence takes its class all the same
    split = _fixed({"callback": 0.3, "refusal": 0.65})
    assert split.decide(utts, "callback", ("refusal", "callback"), silent=False) == "callback"
    assert split.decide(utts, "none", ("refusal", "callback"), silent=True) == "refusal"
    # silence and a model under MIN_PROBABILITY: none
    assert _fixed({"refusal": 0.45}).decide(utts, "none", ("refusal",), silent=True) == "none"


def test_an_outcome_only_a_resemblance_named_gives_way_to_an_undecided_ending(monkeypatch):
    """test24's open endings: a closing's look-alike read as a sale where the client never answered."""
    utts = [Utterance("client", 0, 1, "A rail of costumes just collapsed, later!")]
    undecided = _fixed({"none": 0.8, "sale": 0.05})
    assert undecided.decide(utts, "sale", ("sale", "refusal"), silent=False, firm=False) == "none"
    # a cue word that named it clearly stands, however unfinished the ending sounds
    assert undecided.decide(utts, "sale", ("sale", "refusal"), silent=False, firm=True) == "sale"
    # a model not sure the ending is undecided, or not doubting the read, leaves it
    assert _fixed({"none": 0.45, "sale": 0.05}).decide(utts, "sale", ("sale",), silent=False, firm=False) == "sale"
    assert _fixed({"none": 0.6, "sale": 0.3}).decide(utts, "sale", ("sale",), silent=False, firm=False) == "sale"
    # in align: "Okay, we'll buy it for the team" is a sale cue said by the client near the end (firm);
    # the same ending read only through a phrase gives way
    ending = _ending("We never take new suppliers.")
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: undecided)
    monkeypatch.setattr("callqa.align._outcome", lambda *a, **k: "sale")
    assert analyze(ending, EN, call_id="u1").outcome == "none"
    firm = _ending("Okay, we'll buy it for the team.")
    assert analyze(firm, EN, call_id="u2").outcome == "sale"
