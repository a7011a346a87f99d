"""The learned outcome fallback (callqa/outcome_model.py): features, file, and where align uses it."""

import numpy as np
import pytest

from callqa import outcome_model
from callqa.align import analyze
from callqa.outcome_model import FIELDS, OutcomeModel, char_ngrams, ending_fields, packaged_model, read_model
from callqa.records import Utterance
from test_align import EN, call, op


def test_char_ngrams_stay_inside_words():
    grams = char_ngrams("Ёж no")
    assert grams == [" е", "еж", "ж ", " еж", "еж ", " еж ", " n", "no", "o ", " no", "no ", " no "]
    assert " n" in char_ngrams("NO") and "o t" not in char_ngrams("no thanks")


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
    vecs = [TfidfVectorizer(analyzer=char_ngrams, min_df=tom.MIN_DF, sublinear_tf=True) for _ in FIELDS]
    x = hstack([v.fit_transform([f[k] for f in fields]) for k, v in enumerate(vecs)]).tocsr()
    clf = LogisticRegression(C=tom.C, max_iter=5000).fit(x, labels)
    new = ("we never buy from suppliers like you", "good luck", "")
    xn = hstack([v.transform([new[k]]) for k, v in enumerate(vecs)]).tocsr()
    want = dict(zip(clf.classes_, clf.predict_proba(xn)[0]))
    utts = [Utterance("client", 0, 1, new[0]), Utterance("operator", 1, 2, new[1])]
    got = m.probabilities(utts)
    assert got == pytest.approx(want, abs=1e-6)
    assert max(got, key=got.get) == "refusal"
    m.save(tmp_path / "m.npz")
    back = read_model(tmp_path / "m.npz")
    assert back.probabilities(utts) == pytest.approx(got, abs=1e-5)


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


def test_align_asks_the_model_only_when_phrases_and_cues_are_silent(monkeypatch):
    monkeypatch.setattr(outcome_model, "packaged_model", lambda: _stub("suppliers", "refusal", 20.0))
    # no phrase, no cue word: the ending as a whole decides
    assert analyze(_ending("We never take new suppliers."), EN, call_id="m1").outcome == "refusal"
    # a cue word names the outcome: the model is not asked
    assert analyze(_ending("New suppliers? Call me back next week."), EN, call_id="m2").outcome == "callback"
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
