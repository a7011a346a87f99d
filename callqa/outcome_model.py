"""A learned fallback for the outcome: how the last turns of a call sound.

The script's outcome phrases and the cue lists (callqa/outcome.py) name an
outcome when the call's ending says it in words they know. Endings they do not
know ("we're not taking on new suppliers", "удачи вашему магазину") leave both
silent, and the call would read as `none`. This module reads the same ending
as a whole: character n-grams (robust to a misheard letter) and words and word
pairs (which carry the phrasing) of the client's last sentences, the operator's
last sentences and, in mono calls, the last sentences of either, scored by a
linear model (multinomial logistic regression) trained on labelled endings.

When phrases and cues found nothing, its class is taken when it is fairly sure
(`MIN_PROBABILITY`). When they named an outcome, the model overrules it only
when it finds that outcome implausible (`DOUBT`) and is sure of another named
one (`OVERRULE`): cue lists and phrases know the wording they were written
from, the model has heard how many more endings sound. On the evaluation
corpus, each part read by a model trained on the other parts, the veto took
outcome accuracy from 0.910 to 0.922 (1308 calls) and, on the one part no cue
list had seen, from 0.875 to 0.887 (see docs/alignment.md).

The packaged model (`callqa/data/outcome_model.npz`) is trained by
`bench/train_outcome_model.py` on the evaluation corpus's tuning parts; a call
centre with CRM-labelled calls can train its own the same way. Inference is
plain numpy: no training library is needed at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from callqa.records import Utterance
from callqa.tfidf import char_ngrams, read_blocks, read_packaged, save_blocks, tfidf_columns, word_ngrams

MIN_PROBABILITY = 0.5
OVERRULE = 0.6     # the model's own class, to overrule a named outcome
DOUBT = 0.2        # ... which the model gives at most this
# an outcome only a phrase's resemblance or a faint cue named gives way to `none` when the model
# finds the ending undecided at least this surely (round twenty-five: test24's open endings read
# as sales; models trained on the other parts read 0.930 -> 0.933 of twenty-four parts' outcomes
# at 0.5, 0.932 at 0.7; letting it overrule a firm cue as well read 0.940, but a clean "Sounds good,
# let's do it" after the closing sounds unfinished to a model trained on synthetic calls)
UNDECIDED = 0.5
# how many of the last sentences of each party the model reads
LAST = {"client": 3, "operator": 3, "unknown": 5}
FIELDS = tuple(LAST)
MODEL_FILE = "outcome_model.npz"


# one block of features per (analyzer, field); a model file without `analyzers` has char blocks only
ANALYZERS = {"char": char_ngrams, "word": word_ngrams}


def ending_fields(utts: Sequence[Utterance]) -> tuple[str, ...]:
    """The texts the model reads: each party's last sentences, in FIELDS order."""
    said = [u for u in utts if u.text.strip()]
    return tuple(" ".join([u.text for u in said if u.speaker == f][-LAST[f]:]) for f in FIELDS)


@dataclass(frozen=True)
class OutcomeModel:
    classes: tuple[str, ...]
    vocab: tuple[dict[str, int], ...]   # per block: n-gram -> column
    idf: tuple[np.ndarray, ...]         # per block
    coef: np.ndarray                    # classes x all columns
    intercept: np.ndarray               # classes
    analyzers: tuple[str, ...] = ("char",)   # blocks: each analyzer over every field, in this order

    def _scores(self, fields: Sequence[str]) -> np.ndarray:
        """coef @ x + intercept, with x the TF-IDF vector, built from its few nonzero columns."""
        z = self.intercept.copy()
        offset = 0
        blocks = [(ANALYZERS[a], text) for a in self.analyzers for text in fields]
        for (analyze, text), vocab, idf in zip(blocks, self.vocab, self.idf):
            x = tfidf_columns(analyze, text, vocab, idf)
            if x is not None:
                z += self.coef[:, offset + x[0]] @ x[1]
            offset += len(idf)
        return z

    def probabilities(self, utts: Sequence[Utterance]) -> dict[str, float]:
        z = self._scores(ending_fields(utts))
        p = np.exp(z - z.max())
        p /= p.sum()
        return dict(zip(self.classes, (float(x) for x in p)))

    def decide(self, utts: Sequence[Utterance], read: str, allowed: Sequence[str], silent: bool,
               firm: bool = True) -> str:
        """The outcome after the model's say on `read`, what phrases and cues made of the call.

        `silent`: they found nothing (`read` is then "none"); the model's class is taken
        when it is fairly sure. Otherwise a named `read` the model doubts gives way to
        another named class the model is sure of. It gives way to `none` only when it is
        not `firm` (no cue word named it clearly, only a phrase's resemblance or a faint
        cue) and the model finds the ending undecided: an ending that only sounds
        unfinished (a hand-made transcript that stops after the client's "yes") is not
        undecided.
        """
        if not silent and read == "none":
            return read
        probs = self.probabilities(utts)
        if silent:
            best = max(probs, key=lambda c: probs[c])
            return best if probs[best] >= MIN_PROBABILITY and best in allowed else read
        if not firm and probs.get("none", 0.0) >= UNDECIDED and probs.get(read, 0.0) <= DOUBT:
            return "none"
        named = [c for c in probs if c != "none" and c in allowed]
        best = max(named, key=lambda c: probs[c], default=read)
        return best if probs.get(best, 0.0) >= OVERRULE and probs.get(read, 0.0) <= DOUBT else read

    # ------------------------------------------------------------------ file
    def save(self, path: Path) -> None:
        save_blocks(path, self.vocab, self.idf, classes=np.array(self.classes), coef=self.coef.astype(np.float32),
                    intercept=self.intercept.astype(np.float32), analyzers=np.array(self.analyzers))


def read_model(path) -> OutcomeModel:
    with np.load(path, allow_pickle=False) as z:
        analyzers = tuple(z["analyzers"].tolist()) if "analyzers" in z.files else ("char",)
        vocab, idf = read_blocks(z, len(FIELDS) * len(analyzers))
        return OutcomeModel(tuple(z["classes"].tolist()), vocab, idf, z["coef"].astype(np.float64),
                            z["intercept"].astype(np.float64), analyzers)


@lru_cache(maxsize=1)
def packaged_model() -> OutcomeModel | None:
    """The model shipped with callqa (None when the package has none)."""
    return read_packaged(MODEL_FILE, read_model)
