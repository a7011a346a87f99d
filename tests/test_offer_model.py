"""The learned offer model (callqa.offer_model) and the discount rule's use of it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from callqa import offer_model, rules
from callqa.sentence_model import ANALYZERS, read_model, sentence_text
from test_rules import EN, RU, call

ROOT = Path(__file__).resolve().parent.parent


def discounts(sc, text: str, ruleset=None) -> list[float]:
    return [f.amount for f in rules.check(call(sc.language, ("operator", text)), sc, ruleset) if f.rule == "discount"]


def test_the_packaged_model_is_shipped_and_read_offline():
    model = offer_model.packaged_model()
    assert model is not None and len(model.coef) == sum(len(v) for v in model.vocab) > 1000


@pytest.mark.parametrize("sc,text,amount", [
    # offers in words no cue list has: the model reads the sentence whole
    (EN, "consider it a 30% welcome gift from us on the first year", 30),
    (EN, "as a founding customer you get 30% on us for the whole term", 30),
    (RU, "в честь знакомства подарим вам 30% на первый год", 30),
])
def test_an_offer_without_a_cue_word_is_flagged_by_the_model(sc, text, amount, tmp_path):
    assert discounts(sc, text) == [amount]
    # a company that switches the model off in its rules file gets the cue words only
    company = tmp_path / "rules.yaml"
    company.write_text("discount:\n  model: false\n", encoding="utf-8")
    assert discounts(sc, text, rules.load_rules(sc.language, (str(company),))) == []


@pytest.mark.parametrize("sc,text", [
    (EN, "30% of our clients renewed early this year"),
    (EN, "we take 30% upfront and the rest at launch"),
    (RU, "30% наших клиентов продлевают подписку досрочно"),
    # a share of something in Russian ("N% всех …") is not left to the model, as "N% of …" in English
    # is not: it read this one as an offer at p 0.90
    (RU, "мы закрываем 35% всех заявок в первый же день"),
    # at the policy limit the model is not asked
    (EN, "consider it a 15% welcome gift from us on the first year"),
])
def test_percentages_that_are_no_offer_beyond_policy_stay_unflagged(sc, text):
    assert discounts(sc, text) == []


def test_numpy_inference_matches_the_trained_classifier(tmp_path):
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "bench"))
    import train_offer_model as t
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = ["скидка 20% на год", "минус 30% от прайса", "30% клиентов продлевают", "налог 20% включен",
             "20% off the first year", "30% gift from us", "30% of our clients renew", "tax of 20% applies"] * 2
    labels = [True, True, False, False, True, True, False, False] * 2
    model = t.fit([sentence_text(x) for x in texts], labels)
    model.save(tmp_path / "m.npz")
    again = read_model(tmp_path / "m.npz")
    vecs = [TfidfVectorizer(analyzer=a, min_df=t.MIN_DF, sublinear_tf=True) for a in ANALYZERS]
    x = hstack([v.fit_transform([sentence_text(x) for x in texts]) for v in vecs]).tocsr()
    clf = LogisticRegression(C=t.C, max_iter=5000).fit(x, labels)
    for text in ("скидка 25% на год", "we grew 20% last year", "a 40% gift"):
        xi = hstack([v.transform([sentence_text(text)]) for v in vecs]).tocsr()
        assert again.probability(text) == pytest.approx(clf.predict_proba(xi)[0][1], abs=1e-4)
    assert np.all(np.isfinite(again.coef))
