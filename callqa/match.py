"""Score stretches of speech against script phrases: weighted lemma coverage.

A stage is "said" when a window of speech contains most of what one of the
stage's phrases says. The score of a phrase in a window is the share of the
phrase's lemmas present in the window, each lemma weighted by how telling it
is: words found in one stage only ("сканер", "rota") count more than words
every stage uses ("склад"), and function words ("вы", "the") count little.
Coverage is one-sided on purpose: extra words in the window (a name, an aside)
cost nothing, while a window that holds only a fragment of the phrase
("алло") scores low — a symmetric fuzzy ratio (token_set_ratio) gives such
fragments 100.

ASR mishears words, so a call word also counts towards a script word with the
same first five letters (inflection the lemmatizer missed, "складской" ~
"склад") or a close spelling (rapidfuzz ratio ≥ 80: "склодонлайн"), at
partial weight. These look-ups are cached per script: call vocabularies repeat.

Everything is arrays: utterances become vectors over the script vocabulary,
windows are element-wise maxima of consecutive vectors, and all phrases are
scored against all windows by one matrix product.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

_STOP = {
    "ru": set("""
а и в во на не но да же ли бы то это этот эта эти тот та те так там тут здесь вот как что чтобы кто
где когда если или у к ко с со от до из за по о об про для при над под без через я мы вы ты он она
они оно мой наш ваш свой твой его ее их себя весь все всё уже еще ещё очень просто только тоже
быть есть был была было будет можно нужно надо сейчас вообще ну вот раз""".split()),
    "en": set("""
a an the and or but if so to of in on at by for with from about as into than then that this these
those it its i we you he she they me us him her them my our your their is are was were be been am
do does did have has had will would can could shall should may might just very really also there
here what which who whom how when where right now ok okay yes oh""".split()),
}
# never weak: "не интересно" and "интересно" must not look alike
_NEGATION = {"ru": {"не", "нет", "ни", "никогда"}, "en": {"not", "no", "never", "t", "nt", "nothing"}}

_STOP_WEIGHT = 0.15
# a phrase that says "not" matched where nobody said it keeps this share of its score
NEGATION_MISSING = 0.5
SYMMETRIC_NEGATION = ("outcomes",)
_PREFIX = 5
_PREFIX_CREDIT = 0.8
_FUZZY_CUTOFF = 80.0
_FUZZY_CREDIT = 0.9


@dataclass
class PhraseIndex:
    """Script phrases of one or more families (stages, outcomes, objections) over one vocabulary."""

    lang: str
    vocab: dict[str, int]
    words: list[str]
    weights: np.ndarray
    # per family: phrase matrix (V × phrases, columns sum to 1) and the group of each column
    matrices: dict[str, np.ndarray]
    group_of: dict[str, np.ndarray]
    n_groups: dict[str, int]
    negated: dict[str, np.ndarray]  # per family and phrase: the phrase holds a negation
    negations: np.ndarray  # vocabulary ids of negation words
    _prefix: dict[str, list[int]] = field(default_factory=dict)
    _cache: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)

    # ---- call words → script vocabulary
    def matches(self, token: str) -> tuple[tuple[int, float], ...]:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        found: dict[int, float] = {}
        exact = self.vocab.get(token)
        if exact is not None:
            found[exact] = 1.0
        stop = _STOP.get(self.lang, set())
        if not token.isdigit() and token not in stop and len(token) >= 4:
            if len(token) >= _PREFIX:
                for v in self._prefix.get(token[:_PREFIX], ()):
                    found[v] = max(found.get(v, 0.0), _PREFIX_CREDIT)
            for word, score, v in process.extract(token, self.words, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                                                   limit=4):
                if len(word) >= 4 and not word.isdigit():
                    found[v] = max(found.get(v, 0.0), _FUZZY_CREDIT * score / 100.0)
        out = tuple(found.items())
        if len(self._cache) < 200_000:
            self._cache[token] = out
        return out

    def vectors(self, utterance_tokens: Sequence[Sequence[str]]) -> np.ndarray:
        """One row per utterance: how strongly each script word occurs in it (0..1)."""
        m = np.zeros((len(utterance_tokens), len(self.words)), dtype=np.float32)
        for i, toks in enumerate(utterance_tokens):
            row = m[i]
            for t in toks:
                for v, s in self.matches(t):
                    if s > row[v]:
                        row[v] = s
        return m

def build_index(lang: str, families: dict[str, Sequence[Sequence[Sequence[str]]]]) -> PhraseIndex:
    """families: name → groups → phrases → tokens (already normalised)."""
    vocab: dict[str, int] = {}
    df: dict[str, int] = {}
    n_groups_total = 0
    for groups in families.values():
        for group in groups:
            n_groups_total += 1
            seen: set[str] = set()
            for phrase in group:
                for t in phrase:
                    if t not in vocab:
                        vocab[t] = len(vocab)
                    seen.add(t)
            for t in seen:
                df[t] = df.get(t, 0) + 1
    words = list(vocab)
    stop = _STOP.get(lang, set())
    neg = _NEGATION.get(lang, set())
    weights = np.zeros(len(words), dtype=np.float32)
    for t, i in vocab.items():
        idf = math.log(1.0 + n_groups_total / df[t])
        weights[i] = idf * (_STOP_WEIGHT if t in stop and t not in neg else 1.0)
    matrices, group_of, n_groups, negated = {}, {}, {}, {}
    for name, groups in families.items():
        cols, owner, neg_flags = [], [], []
        for g, group in enumerate(groups):
            for phrase in group:
                ids = sorted({vocab[t] for t in phrase})
                if not ids:
                    continue
                col = np.zeros(len(words), dtype=np.float32)
                col[ids] = weights[ids]
                col /= col.sum()
                cols.append(col)
                owner.append(g)
                neg_flags.append(any(t in neg for t in phrase))
        matrices[name] = np.stack(cols, axis=1) if cols else np.zeros((len(words), 0), np.float32)
        group_of[name] = np.array(owner, dtype=int)
        n_groups[name] = len(groups)
        negated[name] = np.array(neg_flags, dtype=bool)
    prefix: dict[str, list[int]] = {}
    for t, i in vocab.items():
        if len(t) >= _PREFIX and not t.isdigit() and t not in stop:
            prefix.setdefault(t[:_PREFIX], []).append(i)
    negations = np.array(sorted(vocab[t] for t in neg if t in vocab), dtype=int)
    return PhraseIndex(lang, vocab, words, weights, matrices, group_of, n_groups, negated, negations, prefix)


# --------------------------------------------------------------------------- character n-grams
_NGRAM_SIZES = (3, 4)


def _ngrams(text: str) -> dict[str, int]:
    """Character 3- and 4-grams of each word padded with spaces (counts)."""
    out: dict[str, int] = {}
    for w in text.split():
        p = f" {w} "
        for n in _NGRAM_SIZES:
            for i in range(len(p) - n + 1):
                g = p[i:i + n]
                out[g] = out.get(g, 0) + 1
    return out


@dataclass
class NgramIndex:
    """Phrases as TF-IDF vectors of character n-grams; windows scored by cosine similarity.

    Character n-grams of lemmas are forgiving the way paraphrase and ASR need:
    "складской" shares most of its n-grams with "склад", a misheard
    "склодонлайн" most of its with "складонлайн", and unlike a one-sided
    coverage the cosine also drops when the window holds only a fragment.
    """

    vocab: dict[str, int]
    idf: np.ndarray
    oov_idf: float
    matrices: dict[str, np.ndarray]  # family → V × phrases, unit columns
    group_of: dict[str, np.ndarray]
    n_groups: dict[str, int]

    _words: dict[str, tuple[list[int], int]] = field(default_factory=dict)

    def _word(self, word: str) -> tuple[list[int], int]:
        """Vocabulary ids of a word's n-grams (repeated as often as they occur) and its unknown n-grams."""
        hit = self._words.get(word)
        if hit is None:
            ids, oov = [], 0
            for g, c in _ngrams(word).items():
                j = self.vocab.get(g)
                if j is None:
                    oov += c
                else:
                    ids += [j] * c
            hit = (ids, oov)
            if len(self._words) < 200_000:
                self._words[word] = hit
        return hit

    def counts(self, token_lists: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, np.ndarray]:
        """Per utterance: n-gram counts over the vocabulary (sparse), and the count of unknown n-grams."""
        cols: list[int] = []
        ptr = [0]
        oov = np.zeros(len(token_lists), dtype=np.float32)
        for i, toks in enumerate(token_lists):
            for w in toks:
                ids, o = self._word(w)
                cols += ids
                oov[i] += o
            ptr.append(len(cols))
        m = sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), np.array(cols, dtype=np.int32),
                               np.array(ptr, dtype=np.int32)), shape=(len(token_lists), len(self.vocab)))
        m.sum_duplicates()
        return m, oov


def build_ngram_index(families: dict[str, Sequence[Sequence[str]]]) -> NgramIndex:
    """families: name → groups → normalised phrase texts."""
    vocab: dict[str, int] = {}
    df: dict[str, int] = {}
    n_docs = 0
    for groups in families.values():
        for group in groups:
            for phrase in group:
                n_docs += 1
                grams = _ngrams(phrase)
                for g in grams:
                    if g not in vocab:
                        vocab[g] = len(vocab)
                    df[g] = df.get(g, 0) + 1
    idf = np.zeros(len(vocab), dtype=np.float32)
    for g, j in vocab.items():
        idf[j] = math.log((1 + n_docs) / (1 + df[g])) + 1.0
    oov_idf = math.log(1 + n_docs) + 1.0
    matrices, group_of, n_groups = {}, {}, {}
    for name, groups in families.items():
        cols, owner = [], []
        for gi, group in enumerate(groups):
            for phrase in group:
                col = np.zeros(len(vocab), dtype=np.float32)
                for g, c in _ngrams(phrase).items():
                    col[vocab[g]] = (1.0 + math.log(c)) * idf[vocab[g]]
                s = float(np.linalg.norm(col))
                if s == 0:
                    continue
                cols.append(col / s)
                owner.append(gi)
        matrices[name] = np.stack(cols, axis=1) if cols else np.zeros((len(vocab), 0), np.float32)
        group_of[name] = np.array(owner, dtype=int)
        n_groups[name] = len(groups)
    return NgramIndex(vocab, idf, oov_idf, matrices, group_of, n_groups)


# --------------------------------------------------------------------------- both, over windows
@dataclass
class Features:
    """What the matcher needs of each utterance, one row each."""

    words: np.ndarray  # n × word vocabulary: how strongly each script word occurs (0..1)
    grams: sparse.csr_matrix  # n × n-gram vocabulary: counts
    oov: np.ndarray  # n: count of n-grams the script never uses
    nonempty: np.ndarray  # n: anything left after normalisation ("угу" leaves nothing)

    def take(self, idx: Sequence[int]) -> "Features":
        return Features(self.words[idx], self.grams[idx], self.oov[idx], self.nonempty[idx])

    def blank(self, mask: np.ndarray) -> "Features":
        """The same utterances with those in `mask` treated as silent."""
        keep = (~mask).astype(np.float32)
        return Features(self.words * keep[:, None], _scale_rows(self.grams, keep), self.oov * keep,
                        self.nonempty & ~mask)


@dataclass
class Matcher:
    """Scores windows of consecutive utterances against phrase groups (stages, outcomes, ...).

    The score (0..100) blends the two views: lemma coverage (is what the
    phrase says there?) and n-gram cosine (does it sound like the phrase?).
    """

    words: PhraseIndex
    grams: NgramIndex
    blend: float = 0.5  # weight of coverage; the rest goes to the n-gram cosine

    def features(self, token_lists: Sequence[Sequence[str]]) -> Features:
        g, oov = self.grams.counts(token_lists)
        return Features(self.words.vectors(token_lists), g, oov, np.array([bool(t) for t in token_lists], dtype=bool))

    def windows(self, f: Features, max_window: int) -> "Windows":
        """All windows of 1..max_window consecutive rows that start and end on speech."""
        n = len(f.nonempty)
        firsts, lasts, wblocks, oblocks = [], [], [], []
        cw, co = f.words, f.oov
        for length in range(1, max_window + 1):
            if n - length + 1 <= 0:
                break
            if length > 1:
                cw = np.maximum(cw[:-1], f.words[length - 1:])
                co = co[:-1] + f.oov[length - 1:]
            starts = np.arange(n - length + 1)
            keep = f.nonempty[starts] & f.nonempty[starts + length - 1]
            firsts.append(starts[keep])
            lasts.append(starts[keep] + length - 1)
            wblocks.append(cw[keep])
            oblocks.append(co[keep])
        first = np.concatenate(firsts) if firsts else np.zeros(0, int)
        last = np.concatenate(lasts) if lasts else np.zeros(0, int)
        if not len(first):
            return Windows(first, last, np.zeros((0, len(self.words.words)), np.float32), None, np.zeros(0, bool))
        w = np.concatenate(wblocks)
        negs = self.words.negations
        said_no = (w[:, negs] >= 1.0).any(axis=1) if len(negs) else np.zeros(len(first), dtype=bool)
        grams = None
        if self.blend < 1.0:
            # window n-gram counts = (windows × utterances band of ones) @ utterance counts
            span = last - first + 1
            rows = np.repeat(np.arange(len(first)), span)
            cols = np.repeat(first, span) + (np.arange(span.sum()) - np.repeat(np.cumsum(span) - span, span))
            band = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(first), n))
            grams = self._tfidf(band @ f.grams, np.concatenate(oblocks))
        return Windows(first, last, w, grams, said_no)

    def scores(self, family: str, win: "Windows") -> np.ndarray:
        """(groups, windows): for each group, the best score (0..100) of any of its phrases in the window."""
        n_groups = self.words.n_groups[family]
        scores = np.zeros((n_groups, len(win.first)), dtype=np.float32)
        if not len(win.first) or not self.words.matrices[family].shape[1]:
            return scores
        per_phrase = self.blend * 100.0 * (win.words @ self.words.matrices[family])
        if win.grams is not None:
            per_phrase += (1.0 - self.blend) * 100.0 * np.asarray(win.grams @ self.grams.matrices[family])
        negated = self.words.negated[family]
        # "нам это не интересно" is the opposite of "интересно, продолжайте"; for how a
        # call ended the other way round matters too ("we'll buy it" / "we won't buy").
        # Not for objections: ASR often hears a "not" in "that's way too expensive".
        clash = negated[None, :] & ~win.said_no[:, None]
        if family in SYMMETRIC_NEGATION:
            clash |= ~negated[None, :] & win.said_no[:, None]
        per_phrase = np.where(clash, per_phrase * NEGATION_MISSING, per_phrase)
        # a group's phrases are adjacent columns: one reduceat gives every group's best
        groups = self.words.group_of[family]
        present, starts = np.unique(groups, return_index=True)
        scores[present] = np.maximum.reduceat(per_phrase, starts, axis=1).T
        return scores

    def window_scores(self, family: str, f: Features, max_window: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(first, last, scores) for one family; see `windows` and `scores`."""
        win = self.windows(f, max_window)
        return win.first, win.last, self.scores(family, win)

    def _tfidf(self, tf: sparse.csr_matrix, oov: np.ndarray) -> sparse.csr_matrix:
        """Rows as unit TF-IDF vectors, so a product with the phrase matrix is the cosine."""
        idx = self.grams
        w = tf.tocsr(copy=True)
        w.data = (1.0 + np.log(w.data)) * idx.idf[w.indices]
        rows = np.repeat(np.arange(w.shape[0]), np.diff(w.indptr))
        # unknown n-grams lengthen the window as if each occurred once, at the rarest weight
        norm = np.sqrt(np.bincount(rows, weights=w.data * w.data, minlength=w.shape[0]) + oov * idx.oov_idf ** 2)
        norm[norm == 0] = 1.0
        w.data = (w.data / norm[rows]).astype(np.float32)
        return w


def _scale_rows(m: sparse.csr_matrix, factors: np.ndarray) -> sparse.csr_matrix:
    out = m.copy()
    out.data = out.data * np.repeat(factors, np.diff(out.indptr)).astype(out.data.dtype)
    return out


@dataclass
class Windows:
    """Windows of consecutive utterances, ready to be scored against any phrase family."""

    first: np.ndarray
    last: np.ndarray
    words: np.ndarray
    grams: sparse.csr_matrix | None
    said_no: np.ndarray


def build_matcher(lang: str, families: dict[str, Sequence[Sequence[Sequence[str]]]], blend: float = 0.5) -> Matcher:
    """families: name → groups → phrases → normalised tokens. Phrases dropped as empty stay out of both."""
    words = build_index(lang, families)
    grams = build_ngram_index({k: [[" ".join(p) for p in g if p] for g in v] for k, v in families.items()})
    return Matcher(words, grams, blend)
