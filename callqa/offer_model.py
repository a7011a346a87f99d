"""A learned second opinion on discounts: does this sentence with a percent offer one?

The discount rule (callqa/rules.py) knows an offer by its words: a discount cue, or a
reduction and a price word near the amount. How salespeople phrase an offer is open-ended
("we'll absorb 40% of the cost", "your opening invoice comes in 50% lighter", "комплимент от
компании") and the recogniser garbles the words that would tell. This model reads an operator
sentence that holds an amount as a whole: character n-grams (robust to a misheard letter) and
words and word pairs, with every number written as N, scored by logistic regression trained
on labelled sentences (offers, at any amount, against percentages that are no offer: growth,
tax, deposits, fees, statistics).

The rule asks it only where it found no discount beyond policy in a sentence whose amount is
beyond it, and flags when the model is fairly sure (`MIN_PROBABILITY`). The packaged model
(`callqa/data/offer_model.npz`) is trained by `bench/train_offer_model.py`; a company with
labelled calls can train its own the same way. Inference is plain numpy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from callqa.tfidf import char_ngrams, read_blocks, read_packaged, save_blocks, tfidf_columns, word_ngrams

# chosen on the tuning parts (train … test19), each read by a model trained on the others
# (bench/train_offer_model.py --figures): pooled discount F1 0.740 with the rule alone; with the
# model 0.834 / 0.849 / 0.853 / 0.840 / 0.799 at 0.5 / 0.6 / 0.7 / 0.8 / 0.9
MIN_PROBABILITY = 0.7
MODEL_FILE = "offer_model.npz"
ANALYZERS = (char_ngrams, word_ngrams)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def offer_text(digits: str) -> str:
    """The sentence as the model reads it: lowercase, numbers as digits, each number as N."""
    return _NUMBER.sub(" N ", digits)


@dataclass(frozen=True)
class OfferModel:
    vocab: tuple[dict[str, int], ...]   # per analyzer: n-gram -> column
    idf: tuple[np.ndarray, ...]         # per analyzer
    coef: np.ndarray                    # all columns
    intercept: float

    def probability(self, digits: str) -> float:
        """P(offer) for one operator sentence (lowercase, numbers as digits)."""
        text = offer_text(digits)
        z = self.intercept
        offset = 0
        for analyze, vocab, idf in zip(ANALYZERS, self.vocab, self.idf):
            x = tfidf_columns(analyze, text, vocab, idf)
            if x is not None:
                z += float(self.coef[offset + x[0]] @ x[1])
            offset += len(idf)
        return float(1.0 / (1.0 + np.exp(-z)))

    def save(self, path: Path) -> None:
        save_blocks(path, self.vocab, self.idf, coef=self.coef.astype(np.float32),
                    intercept=np.array([self.intercept], dtype=np.float32))


def read_model(path) -> OfferModel:
    with np.load(path, allow_pickle=False) as z:
        vocab, idf = read_blocks(z, len(ANALYZERS))
        return OfferModel(vocab, idf, z["coef"].astype(np.float64), float(z["intercept"][0]))


@lru_cache(maxsize=1)
def packaged_model() -> OfferModel | None:
    """The model shipped with callqa (None when the package has none)."""
    return read_packaged(MODEL_FILE, read_model)
