"""Placing stages in call order: candidate windows, the heaviest in-order chain, and weaker
matches where the order leaves room for a stage (callqa.align uses these).

Positions are indices into one speaker's stream of utterances; `key` maps a
candidate to its place in the call (the start time of its first utterance), so
stages of the operator and of the client can share one chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from callqa.records import Script

# candidate matches kept per stage for the alignment: a stage said twice (price
# repeated after an objection) needs both places so the order can pick one
CANDIDATES_PER_STAGE = 4


@dataclass(frozen=True)
class Cand:
    stage: int
    first: int  # positions in the stage's speech stream
    last: int
    score: float


# a longer window scores at least as high as the utterance that holds the phrase;
# within this many points the shorter window is the better evidence
SHORTER_WINDOW_SLACK = 2.0


def candidates(stage: int, first: np.ndarray, last: np.ndarray, scores: np.ndarray, ok: np.ndarray) -> list[Cand]:
    """Non-overlapping windows where `ok`, best first (shorter window when nearly as good)."""
    good = np.nonzero(ok)[0]
    if not len(good):
        return []

    def rank(k: int) -> tuple:
        return (-round(float(scores[k]) / SHORTER_WINDOW_SLACK), last[k] - first[k], -scores[k], first[k])

    taken: list[Cand] = []
    for k in sorted(good.tolist(), key=rank):
        f, l = int(first[k]), int(last[k])
        if any(not (l < c.first or f > c.last) for c in taken):
            continue
        taken.append(Cand(stage, f, l, float(scores[k])))
        if len(taken) >= CANDIDATES_PER_STAGE:
            break
    return taken


def chain(cands: list[Cand], key: Callable[[Cand], float]) -> list[Cand]:
    """The heaviest chain of candidates in script order and call order (one per stage).

    Weight favours placing more stages; among chains with as many stages the
    better-scoring one wins. Each stage starts after the one before it, never on
    the same sentence: the text is split into sentence units first
    (callqa/sentences.py), so a greeting and the permission question said in
    one breath are two positions, and a sentence that reads as two neighbouring
    stages is one of them said once. Allowing equal starts, on the tuned corpus
    parts, kept 28 right stages and 29 wrong ones, and put the stall point one
    stage too far in 5 calls more.
    """
    if not cands:
        return []
    items = sorted(cands, key=lambda c: (key(c), c.stage))
    weight = [1.0 + c.score / 1000.0 for c in items]
    best = list(weight)
    prev = [-1] * len(items)
    for b, cb in enumerate(items):
        kb = key(cb)
        for a in range(b):
            ca = items[a]
            if ca.stage < cb.stage and key(ca) < kb and best[a] + weight[b] > best[b]:
                best[b] = best[a] + weight[b]
                prev[b] = a
    end = max(range(len(items)), key=lambda k: best[k])
    chain = []
    while end != -1:
        chain.append(items[end])
        end = prev[end]
    return chain[::-1]


@dataclass(frozen=True)
class Weak:
    """One speaker's windows, for matches below the threshold (see fill_gaps)."""

    first: np.ndarray
    last: np.ndarray
    scores: np.ndarray  # stages × windows, raw
    usable: np.ndarray  # stages × windows: above the stage's lowest floor, not the client's words
    mine: np.ndarray  # stages of this speaker
    start: np.ndarray  # call time of each window's first utterance
    margin: float  # raw points within which a stage still counts as a window's best match
    reads: np.ndarray  # per stage: the raw score from which a window reads as that stage at all

    def candidates(self, si: int, lo: float, hi: float, placed: dict[int, Cand], floor: float,
                   rivals: Sequence[int] | None = None, neighbours: Sequence[int] = ()) -> list[Cand]:
        """Stage si's windows between times lo and hi that no placed stage of this speaker holds.

        A window another stage matches clearly better is that stage's. Only
        the `rivals` may claim it that way (None: every stage of this
        speaker): between two placed stages, the stages the order leaves room
        for there, since a stage placed elsewhere, or one the order puts
        outside the gap, cannot be said there in order ("Приветствую,
        Дмитрий, всех нас склад" reads as the presentation by its "склад",
        but before the permission only the greeting fits). A window right next to
        one of the `neighbours` (the placed stages on either side) that the
        neighbour reads nearly as well, and reads at all (`reads`), is the rest
        of that stage: an operator says a stage in several sentences, the order
        places one of them, and a skipped stage must not be found in the
        others. A sentence neither stage reads ("I'll be brief, do you mind if
        I carry on?" between the greeting and the first question) is the stage
        the order leaves room for.
        """
        sc = self.scores
        ok = self.usable[si] & (self.start >= lo) & (self.start <= hi) & (sc[si] >= floor)
        if not ok.any():
            return []
        mine_placed = [c for c in placed.values() if self.mine[c.stage]]
        held = np.zeros(int(self.last.max()) + 2, dtype=np.int32)
        for c in mine_placed:
            held[c.first + 1:c.last + 2] += 1
        held = np.cumsum(held > 0)
        ok &= (held[self.last + 1] - held[self.first]) == 0
        claim = self.mine.copy()
        if rivals is not None:
            claim[:] = False
            claim[[j for j in rivals if j not in placed]] = True
        better = claim[:, None] & (sc > sc[si] + self.margin)
        ok &= ~better.any(axis=0)
        for j in neighbours:
            if self.mine[j] and j in placed:
                p = placed[j]
                next_to = (self.last == p.first - 1) | (self.first == p.last + 1)
                ok &= ~(next_to & (sc[j] >= sc[si] - self.margin) & (sc[j] >= self.reads[j]))
        return candidates(si, self.first, self.last, sc[si], ok)


def fill_gaps(placed: dict[int, Cand], weak: dict[str, Weak], call_pos: Callable[[Cand], float], script: Script,
               gap_floor: Sequence[float], tail_floor: Sequence[float] | None,
              answers: Callable[[Cand], bool]) -> None:
    """Place stages the order leaves room for on matches below the threshold.

    Between two stages placed in order, what the operator said there is the
    stages in between, however far the paraphrase strays ("I could drop by and
    show you face to face" shares one word with the script's closing). A
    window below the threshold (`gap_floor`, per stage: callqa.align.GAP_BELOW under it) is taken for
    a stage there when stages on both sides of it were placed, the order
    vouching for it, and no other stage the gap leaves room for matches the
    window clearly better. A stage said elsewhere, or one the order puts
    outside the gap, has no claim on it ("ShiftPilot lets your team post when
    they're free" reads as the greeting by the company's name, and the
    greeting was said at the start). Until round twenty-three every unplaced
    stage had a claim; asking only the gap's own stages found 0.4 % more of
    the stages said on the twenty-three tuned corpus parts (recall 0.911 →
    0.915, precision 0.973 → 0.972), the stall point unchanged on every
    part. Several stages in one gap
    are placed by the same chain as the rest. A farewell, said in every call,
    is no neighbour. The call's start counts as a placed stage before the
    first: on the tuned corpus parts this found 0.4 % more of the stages
    said (mostly greetings whose company name was misheard) at the same
    precision.

    After the last placed stage only the next one, only where it is the
    window's best match, and only on the operator's own channel (`tail_floor`,
    callqa.align.TAIL_BELOW under the threshold; None for mono calls, where the client's
    refusal could pass for it): a call that stalled stopped right after the
    stage it stalled at, but says nothing of the stages beyond. Nor on words
    that name an outcome (`answers`): "I'll make sure nobody calls again"
    acknowledges a refusal, however much it sounds like the closing.
    """
    stages = script.stages
    anchors = sorted(si for si in placed if stages[si].progress)
    # the call's start is an anchor too: what the operator says before the first
    # stage placed is the stages before it (a greeting heard as "тех насклад")
    for a, b in zip([-1, *anchors], anchors):
        if b - a < 2:
            continue
        lo, hi = (call_pos(placed[a]) if a >= 0 else float("-inf")), call_pos(placed[b])
        inside = [c for si in range(a + 1, b) if si not in placed and stages[si].speaker in weak
                  for c in weak[stages[si].speaker].candidates(si, lo, hi, placed, gap_floor[si],
                                                               range(a + 1, b), (a, b) if a >= 0 else (b,))]
        for c in chain(inside, call_pos):
            placed[c.stage] = c
    if tail_floor is None or not anchors:
        return
    nxt = next((j for j in range(anchors[-1] + 1, len(stages)) if stages[j].progress), None)
    if nxt is None or nxt in placed or stages[nxt].speaker not in weak:
        return
    after = [c for c in weak[stages[nxt].speaker].candidates(nxt, call_pos(placed[anchors[-1]]), float("inf"),
                                                             placed, tail_floor[nxt])
             if not answers(c)]
    if after:
        placed[nxt] = max(after, key=lambda c: c.score)
