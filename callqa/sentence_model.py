"""A learned reading of one operator sentence as a whole: the second opinion the rules ask.

The rules (callqa/rules.py) know a discount or a personal channel by its words, and how
salespeople say either is open-ended while the recogniser garbles the words that would tell.
A sentence model reads the sentence whole: character n-grams (robust to a misheard letter) and
words and word pairs, with every number written as N, scored by logistic regression trained
on labelled sentences. Two are shipped: the offer model (callqa/offer_model.py) and the
channel model (callqa/channel_model.py); each module names its file and the probability its
rule acts on. They are trained with scikit-learn by the bench/train_*_model.py scripts, and a
company with labelled calls can train its own the same way; inference is plain numpy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from callqa.tfidf import char_ngrams, read_blocks, read_packaged, save_blocks, tfidf_columns, word_ngrams

ANALYZERS = (char_ngrams, word_ngrams)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def sentence_text(digits: str) -> str:
    """The sentence as a model reads it: lowercase, numbers as digits, each number as N."""
    return _NUMBER.sub(" N ", digits)


@dataclass(frozen=True)
class SentenceModel:
    vocab: tuple[dict[str, int], ...]   # per analyzer: n-gram -> column
    idf: tuple[np.ndarray, ...]         # per analyzer
    coef: np.ndarray                    # all columns
    intercept: float

    def probability(self, digits: str) -> float:
        """P(yes) for one operator sentence (lowercase, numbers as digits)."""
        text = sentence_text(digits)
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


def read_model(path) -> SentenceModel:
    with np.load(path, allow_pickle=False) as z:
        vocab, idf = read_blocks(z, len(ANALYZERS))
        return SentenceModel(vocab, idf, z["coef"].astype(np.float64), float(z["intercept"][0]))


@lru_cache(maxsize=None)
def packaged(name: str) -> SentenceModel | None:
    """The model file `name` shipped with callqa (None when the package has none)."""
    return read_packaged(name, read_model)
