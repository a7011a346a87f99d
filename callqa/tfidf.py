"""Text features shared by callqa's learned models (outcome_model, offer_model).

Both are linear models over blocks of TF-IDF features, trained with scikit-learn in bench/
and read at run time with numpy alone. This module makes the features as scikit-learn's
TfidfVectorizer made them in training, and writes and reads the blocks of a model file.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Callable, TypeVar

import numpy as np

NGRAMS = (2, 4)
WORD_NGRAMS = (1, 2)
T = TypeVar("T")


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries (each word padded with spaces)."""
    out: list[str] = []
    lo, hi = NGRAMS
    for word in text.lower().replace("ё", "е").split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            if len(w) < n:
                break
            out += [w[i:i + n] for i in range(len(w) - n + 1)]
    return out


_WORD = re.compile(r"\w\w+")


def word_ngrams(text: str) -> list[str]:
    """Words of two letters or more, and neighbouring pairs of them."""
    words = _WORD.findall(text.lower().replace("ё", "е"))
    out: list[str] = []
    lo, hi = WORD_NGRAMS
    for n in range(lo, hi + 1):
        out += [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return out


def tfidf_columns(analyze, text: str, vocab: dict[str, int], idf: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray] | None:
    """The nonzero columns of one block's TF-IDF vector and their values, as scikit-learn's
    TfidfVectorizer(sublinear_tf=True) makes it (tf -> 1 + log tf, times idf, l2-normalised);
    None when no n-gram of `text` is in `vocab`."""
    counts: dict[int, int] = {}
    for g in analyze(text):
        j = vocab.get(g)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    if not counts:
        return None
    cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    vals = (1.0 + np.log(tf)) * idf[cols]
    return cols, vals / np.linalg.norm(vals)


def save_blocks(path: Path, vocab: tuple[dict[str, int], ...], idf: tuple[np.ndarray, ...],
                **arrays: np.ndarray) -> None:
    """Write a model file: each block's n-grams in column order and its idf, and `arrays`."""
    for k, (v, i) in enumerate(zip(vocab, idf)):
        arrays[f"vocab{k}"] = np.array(sorted(v, key=v.get))
        arrays[f"idf{k}"] = i.astype(np.float32)
    np.savez_compressed(path, **arrays)


def read_blocks(z, n: int) -> tuple[tuple[dict[str, int], ...], tuple[np.ndarray, ...]]:
    """The `n` blocks of an open model file (`np.load`): per block, n-gram -> column, and idf."""
    vocab = tuple({g: i for i, g in enumerate(z[f"vocab{k}"].tolist())} for k in range(n))
    return vocab, tuple(z[f"idf{k}"].astype(np.float64) for k in range(n))


def read_packaged(name: str, read: Callable[[Path], T]) -> T | None:
    """The model file `name` shipped in callqa/data, read with `read` (None when it is absent)."""
    res = resources.files("callqa.data") / name
    if not res.is_file():
        return None
    with resources.as_file(res) as path:
        return read(path)
