"""From a transcript to a verdict on every script stage.

1. Every utterance is normalised once (callqa.nlp); script phrases once per
   script (cached).
2. Each stage is scored against windows of 1..`max_window` consecutive
   utterances of the stage's speaker (operator speech when speakers are known,
   all speech when they are `unknown`): Whisper splits and joins phrases
   arbitrarily, so one utterance is not one script phrase.
3. A monotonic alignment (dynamic programming) picks, among the good matches,
   the largest set of stages that occur in script order. A good match the
   order cannot place is `out_of_order`.
4. Statuses, furthest stage, stall point, outcome, objections and adherence
   follow DESIGN.md "Definitions" word for word.
"""

from __future__ import annotations

import functools
import importlib
import logging
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from callqa.errors import AnalysisError
from callqa.nlp import normalize
from callqa.records import AlignOptions, CallAnalysis, Flag, Objection, Script, StageResult, Transcript, Utterance
from callqa.scripts import fill_variables

log = logging.getLogger("callqa")

# candidate matches kept per stage for the alignment: a stage said twice (price
# repeated after an objection) needs both places so the order can pick one
_CANDIDATES_PER_STAGE = 4


# --------------------------------------------------------------------------- prepared script
@dataclass(frozen=True)
class _Prepared:
    lang: str
    stage_phrases: tuple[tuple[str, ...], ...]  # normalised, per stage
    outcome_names: tuple[str, ...]
    outcome_phrases: tuple[tuple[str, ...], ...]
    objection_names: tuple[str, ...]
    objection_phrases: tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=64)
def prepare(script: Script) -> _Prepared:
    """Normalise a script's phrases once; cached per script (records are frozen and hashable)."""
    lang = script.language

    def norm_all(phrases: Sequence[str]) -> tuple[str, ...]:
        out = []
        for p in phrases:
            n = normalize(fill_variables(p, script), lang)
            if n and n not in out:
                out.append(n)
        return tuple(out)

    return _Prepared(
        lang=lang,
        stage_phrases=tuple(norm_all(s.phrases) for s in script.stages),
        outcome_names=tuple(name for name, _ in script.outcomes),
        outcome_phrases=tuple(norm_all(ph) for _, ph in script.outcomes),
        objection_names=tuple(name for name, _ in script.objections),
        objection_phrases=tuple(norm_all(ph) for _, ph in script.objections),
    )


# --------------------------------------------------------------------------- windows
@dataclass(frozen=True)
class _Window:
    first: int  # position in the stream (not the transcript)
    last: int
    text: str  # normalised


def _windows(norms: Sequence[str], max_window: int) -> list[_Window]:
    out: list[_Window] = []
    n = len(norms)
    for i in range(n):
        if not norms[i]:
            continue
        parts: list[str] = []
        for j in range(i, min(n, i + max_window)):
            if norms[j]:
                parts.append(norms[j])
            if not norms[j] and j > i:
                continue
            out.append(_Window(i, j, " ".join(parts)))
    return out


def _score_groups(groups: Sequence[Sequence[str]], windows: Sequence[_Window]) -> np.ndarray:
    """Best score of any phrase of each group in each window: shape (groups, windows), 0..100.

    One cdist call for all groups: its fixed cost dominates on short calls.
    """
    out = np.zeros((len(groups), len(windows)), dtype=np.float32)
    flat = [p for g in groups for p in g]
    if not flat or not windows:
        return out
    m = process.cdist(flat, [w.text for w in windows], scorer=fuzz.token_set_ratio, dtype=np.float32)
    row = 0
    for gi, g in enumerate(groups):
        if g:
            out[gi] = m[row:row + len(g)].max(axis=0)
        row += len(g)
    return out


# --------------------------------------------------------------------------- candidates + DP
@dataclass(frozen=True)
class _Cand:
    stage: int
    first: int
    last: int
    score: float


# a longer window always scores at least as high as the utterance that holds the phrase
# (the scorer rewards the phrase being contained); within this many points the
# shorter window is the better evidence
_SHORTER_WINDOW_SLACK = 4.0


def _candidates(stage: int, scores: np.ndarray, windows: Sequence[_Window], threshold: float) -> list[_Cand]:
    """Non-overlapping windows above the threshold, best first (shorter window when nearly as good)."""
    def rank(k: int) -> tuple:
        w = windows[k]
        return (-round(float(scores[k]) / _SHORTER_WINDOW_SLACK), w.last - w.first, -scores[k], w.first)

    order = sorted((k for k in range(len(windows)) if scores[k] >= threshold), key=rank)
    taken: list[_Cand] = []
    for k in order:
        if len(taken) >= _CANDIDATES_PER_STAGE:
            break
        w = windows[k]
        if any(not (w.last < c.first or w.first > c.last) for c in taken):
            continue
        taken.append(_Cand(stage, w.first, w.last, float(scores[k])))
    return taken


def _align(cands: list[_Cand], key) -> list[_Cand]:
    """The heaviest chain of candidates in script order and call order (one per stage).

    Weight favours placing more stages; among chains with as many stages the
    better-scoring one wins. Positions may be equal: one utterance often holds
    a greeting and the permission question.
    """
    if not cands:
        return []
    items = sorted(cands, key=lambda c: (key(c), c.stage))
    best = [0.0] * len(items)
    prev = [-1] * len(items)
    for b, cb in enumerate(items):
        best[b] = 1.0 + cb.score / 1000.0
        for a in range(b):
            ca = items[a]
            if ca.stage < cb.stage and key(ca) <= key(cb) and best[a] + 1.0 + cb.score / 1000.0 > best[b]:
                best[b] = best[a] + 1.0 + cb.score / 1000.0
                prev[b] = a
    end = max(range(len(items)), key=lambda k: best[k])
    chain = []
    while end != -1:
        chain.append(items[end])
        end = prev[end]
    return chain[::-1]


# --------------------------------------------------------------------------- analysis
def _stream(transcript: Transcript, speaker: str) -> list[int]:
    """Indices of the utterances a stage of `speaker` is matched on."""
    if not transcript.speakers_known:
        return list(range(len(transcript.utterances)))
    return [i for i, u in enumerate(transcript.utterances) if u.speaker == speaker]


def _evidence(utts: Sequence[Utterance], idx: Sequence[int], first: int, last: int) -> tuple[float, float, str]:
    chosen = [utts[idx[k]] for k in range(first, last + 1)]
    return chosen[0].start, chosen[-1].end, " ".join(u.text for u in chosen)


def _threshold(stage_id: str, stage_threshold: float | None, opts: AlignOptions) -> float:
    overrides = dict(opts.stage_overrides)
    if stage_id in overrides:
        return float(overrides[stage_id])
    if stage_threshold is not None:
        return float(stage_threshold)
    return float(opts.threshold)


def analyze(transcript: Transcript, script: Script, opts: AlignOptions = AlignOptions(), *,
            call_id: str, crm_outcome: str | None = None) -> CallAnalysis:
    """Analyse one call against a script (see the module docstring and DESIGN.md)."""
    where = transcript.source or call_id
    utts = transcript.utterances
    if not utts:
        raise AnalysisError("the transcript has no speech; nothing to check against the script", path=where)
    if transcript.speakers_known and not any(u.speaker == "operator" for u in utts):
        raise AnalysisError("the transcript has no operator speech (only client); check the operator channel "
                            "(--operator-channel) or mark speakers 'unknown'", path=where)
    if transcript.language not in ("unknown", script.language) and transcript.language:
        log.warning("%s: transcript language %s differs from script %s (%s)", where, transcript.language,
                    script.language, script.id)
    prep = prepare(script)
    lang = prep.lang
    norms = [normalize(u.text, lang) for u in utts]

    # ---- stages
    streams: dict[str, tuple[list[int], list[_Window]]] = {}
    for spk in {s.speaker for s in script.stages}:
        idx = _stream(transcript, spk)
        streams[spk] = (idx, _windows([norms[i] for i in idx], opts.max_window))

    n = len(script.stages)
    best_score = [0.0] * n
    best_win: list[_Window | None] = [None] * n
    thresholds = [_threshold(s.id, s.threshold, opts) for s in script.stages]
    cands: list[_Cand] = []
    by_speaker: dict[str, np.ndarray] = {}
    for spk, (_, wins) in streams.items():
        groups = [ph if st.speaker == spk else () for st, ph in zip(script.stages, prep.stage_phrases)]
        by_speaker[spk] = _score_groups(groups, wins)
    for si, stage in enumerate(script.stages):
        idx, wins = streams[stage.speaker]
        scores = by_speaker[stage.speaker][si]
        if len(wins):
            k = int(np.argmax(scores))
            best_score[si], best_win[si] = float(scores[k]), wins[k]
        cands += _candidates(si, scores, wins, thresholds[si])

    def call_pos(c: _Cand) -> float:
        idx = streams[script.stages[c.stage].speaker][0]
        return utts[idx[c.first]].start

    chain = _align(cands, call_pos)
    placed = {c.stage: c for c in chain}
    unplaced_best: dict[int, _Cand] = {}
    for c in cands:
        if c.stage not in placed and (c.stage not in unplaced_best or c.score > unplaced_best[c.stage].score):
            unplaced_best[c.stage] = c

    furthest_i = max((i for i in placed if script.stages[i].progress), default=None)

    # ---- outcome (phrases said by anyone)
    outcome = _outcome(prep, norms, utts, opts)
    success = outcome in script.success_outcomes

    results: list[StageResult] = []
    for si, stage in enumerate(script.stages):
        idx = streams[stage.speaker][0]
        if si in placed or si in unplaced_best:
            c = placed.get(si) or unplaced_best[si]
            start, end, text = _evidence(utts, idx, c.first, c.last)
            results.append(StageResult(stage.id, "hit" if si in placed else "out_of_order", round(c.score, 1),
                                       start, end, text))
            continue
        went_past = furthest_i is not None and furthest_i > si
        status = "missed" if stage.required and (went_past or success) else "not_reached"
        results.append(StageResult(stage.id, status, round(best_score[si], 1)))

    furthest = script.stages[furthest_i].id if furthest_i is not None else None
    stalled_at = None if success else furthest
    required = [r for r, s in zip(results, script.stages) if s.required and r.status != "not_reached"]
    adherence = (sum(r.status in ("hit", "out_of_order") for r in required) / len(required)) if required else None

    objections = _objections(prep, norms, transcript, results, opts)
    flags = _flags(transcript, script)
    talk: dict[str, float] = {}
    for u in utts:
        talk[u.speaker] = talk.get(u.speaker, 0.0) + max(0.0, u.end - u.start)

    return CallAnalysis(
        call_id=call_id, script_id=script.id, script_version=script.version, stages=tuple(results),
        furthest_stage=furthest, stalled_at=stalled_at, outcome=outcome, crm_outcome=crm_outcome,
        adherence=adherence, objections=objections, flags=flags, options=opts,
        talk=tuple(sorted((k, round(v, 2)) for k, v in talk.items())),
    )


def _outcome(prep: _Prepared, norms: list[str], utts: Sequence[Utterance], opts: AlignOptions) -> str:
    """The outcome whose phrase is matched latest in the call ('none' when no phrase matches).

    The last word counts: a client who says "call me next week" and then
    agrees to a demo ended the call with a meeting.
    """
    if not prep.outcome_names:
        return "none"
    wins = _windows(norms, min(2, opts.max_window))
    best: tuple[int, float, str] | None = None
    matrix = _score_groups(prep.outcome_phrases, wins)
    for name, scores in zip(prep.outcome_names, matrix):
        for k in np.nonzero(scores >= opts.outcome_threshold)[0]:
            w = wins[int(k)]
            key = (w.last, float(scores[k]), name)
            if best is None or (key[0], key[1]) > (best[0], best[1]):
                best = key
    return best[2] if best else "none"


def _objections(prep: _Prepared, norms: list[str], transcript: Transcript, results: Sequence[StageResult],
                opts: AlignOptions) -> tuple[Objection, ...]:
    utts = transcript.utterances
    idx = _stream(transcript, "client")
    wins = _windows([norms[i] for i in idx], 1)
    found: list[Objection] = []
    said = sorted((r.start, r.id) for r in results if r.start is not None)
    matrix = _score_groups(prep.objection_phrases, wins)
    for name, scores in zip(prep.objection_names, matrix):
        for k in np.nonzero(scores >= opts.objection_threshold)[0]:
            u = utts[idx[wins[int(k)].first]]
            stage = None
            for start, sid in said:
                if start <= u.start:
                    stage = sid
            found.append((u.start, -float(scores[k]), Objection(cls=name, start=u.start, evidence=u.text, stage=stage)))
    found.sort(key=lambda f: (f[0], f[1]))
    # one utterance, one objection: the class that matched it best
    out: list[Objection] = []
    for start, _, o in found:
        if out and out[-1].start == start:
            continue
        out.append(o)
    return tuple(out)


def _flags(transcript: Transcript, script: Script) -> tuple[Flag, ...]:
    """Compliance flags from callqa.rules when that module is installed."""
    try:
        rules = importlib.import_module("callqa.rules")
    except ModuleNotFoundError as exc:
        if exc.name != "callqa.rules":
            raise
        return ()
    return tuple(rules.check(transcript, script))
