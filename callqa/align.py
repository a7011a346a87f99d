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
import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from callqa import outcome_model
from callqa.errors import AnalysisError
from callqa.match import Features, Matcher, Windows, build_matcher
from callqa.nlp import tokens
from callqa.outcome import cue_outcome, names_outcome, says_goodbye
from callqa.records import AlignOptions, CallAnalysis, Flag, Objection, Script, StageResult, Transcript, Utterance
from callqa.scripts import fill_variables
from callqa.sentences import sentence_units
from callqa.stage_order import Cand, Weak, candidates, chain, fill_gaps

log = logging.getLogger("callqa")



# --------------------------------------------------------------------------- prepared script
@dataclass(frozen=True)
class _Prepared:
    lang: str
    matcher: Matcher
    outcome_names: tuple[str, ...]
    objection_names: tuple[str, ...]
    # the script's farewell (its last stage, outside the progress, whose phrases say goodbye), if any
    farewell: int | None
    # per stage: most of its phrases are questions (a permission, a discovery question)
    asks: np.ndarray

    def features(self, texts: Sequence[str]) -> Features:
        return self.matcher.features([tokens(t, self.lang) for t in texts])


# weight of lemma coverage against n-gram cosine in a score (tuned on the train calls)
BLEND = 0.5
_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")


@functools.lru_cache(maxsize=64)
def prepare(script: Script) -> _Prepared:
    """Normalise a script's phrases once; cached per script (records are frozen and hashable)."""
    lang = script.language

    def norm_all(phrases: Sequence[str]) -> list[list[str]]:
        out: list[list[str]] = []
        for p in phrases:
            filled = fill_variables(p, script)
            # "ShiftPilot" is heard as "shift pilot": match the name either way
            for text in dict.fromkeys((filled, _CAMEL.sub(" ", filled))):
                toks = tokens(text, lang)
                if toks and toks not in out:
                    out.append(toks)
        return out

    matcher = build_matcher(lang, {
        "stages": [norm_all(s.phrases) for s in script.stages],
        "outcomes": [norm_all(ph) for _, ph in script.outcomes],
        "objections": [norm_all(ph) for _, ph in script.objections],
    }, blend=BLEND)
    return _Prepared(
        lang=lang,
        matcher=matcher,
        outcome_names=tuple(name for name, _ in script.outcomes),
        objection_names=tuple(name for name, _ in script.objections),
        farewell=_farewell_stage(script),
        asks=np.array([_asks(s.phrases) for s in script.stages], dtype=bool),
    )


def _asks(phrases: Sequence[str]) -> bool:
    return sum(map(_is_question, phrases)) * 2 > len(phrases)


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")


def _window_asks(asked: np.ndarray, first, last):
    """Whether windows first..last hold a question; `asked` counts questions up to each utterance."""
    return (asked[last + 1] - asked[first]) > 0


def _farewell_stage(script: Script) -> int | None:
    """The script's last stage when it is outside the progress and its own phrases say goodbye:
    that is how a script marks its farewell."""
    last = len(script.stages) - 1
    st = script.stages[last]
    if st.progress or not any(says_goodbye(p, script.language) for p in st.phrases):
        return None
    return last


# Tuning constants, all tuned on the train part of bench/eval (never the test part).
# A window counts for a stage when the stage is (nearly) the best match there and
# clears the threshold, or when it clears the threshold by far: one utterance
# can hold two stages ("Good morning, Anna from ShiftPilot, got a minute?").
# Raw units (before `to_score`).
RELATIVE_MARGIN = 5.0
HIGH_EXTRA = 20.0
# out of order only when clearly said: a borderline match out of place is more often a look-alike
OOO_EXTRA = 20.0
# a stage the order leaves room for (between two placed stages) is taken this far below its
# threshold (reported scale) when it is the window's best match; see stage_order.fill_gaps
GAP_BELOW = 50.0
# the stage after the last placed one, on the operator's channel: this far below the threshold
TAIL_BELOW = 24.0
# a placed stage claims the sentence next to it as its rest only when it reads it at most this far
# below its threshold (reported scale); below that neither stage reads the sentence
NEIGHBOUR_READS = 7.0
# a placed match this close to the threshold gives way to a clear one of the same stage out of place
WEAK_PLACED = 5.0
# a stage whose phrases are questions, on a window that asks one ("Where does the rota live, on a
# wall, in Excel?"), scores this much more (raw): the sentence's form is evidence its words are not.
# Out of order is still judged on the words alone (`plain` in analyze): every question would
# otherwise lend the permission its weight. On twenty-four tuned parts 0 / 3 / 6 / 10 read stage
# F1 0.946 / 0.947 / 0.948 / 0.948 and stall point 0.887 / 0.888 / 0.891 / 0.887 (6 with the
# plain out-of-order rule: 0.947 / 0.892); taking points off a question stage on a sentence that
# asks nothing lost (Whisper often leaves a spoken question without its "?"), and taking them off
# a statement stage on a question gained nothing
QUESTION_BONUS = 6.0
# all speech of a mono call is matched, the client's included: ask more of a match there.
# 9 until round twenty-three; on twenty-three tuned parts (models trained on the other parts)
# 9 / 6 / 4.5 / 3 read stage F1 0.943 / 0.946 / 0.948 / 0.949, stall point 0.866 / 0.870 /
# 0.871 / 0.873, outcome 0.934 / 0.933 / 0.933 / 0.932, precision 0.972 down to 0.967
MONO_EXTRA = 4.5
# outcome: looked for from the start of the last-but-one progress stage reached;
# a later class within OUTCOME_LATE_MARGIN (reported scale) of the best wins; a second
# utterance of the same class scoring at least SUPPORT_FLOOR adds OUTCOME_SUPPORT of its score
TAIL_STAGES = 2
OUTCOME_LATE_MARGIN = 5.0
OUTCOME_SUPPORT = 0.3
SUPPORT_FLOOR = 40.0


def _good(row: np.ndarray, top: np.ndarray, threshold: float, single: np.ndarray) -> np.ndarray:
    near_top = row >= top - RELATIVE_MARGIN
    return (row >= threshold) & (near_top | (single & (row >= threshold + HIGH_EXTRA)))


def _rival(prep: _Prepared, win: Windows, n: int, opts: AlignOptions) -> np.ndarray:
    """Per window: how far the best outcome or objection phrase clears its own threshold.

    "Call me back next week" resembles a closing ("a demo call next week?").
    When speakers are unknown the client's words are matched against the
    stages too; what reads as an outcome or an objection is taken for the
    client's unless it matches a stage by far. -inf where nothing clears its
    threshold.
    """
    first, last = win.first, win.last
    best = None
    for family, thr in (("outcomes", opts.outcome_threshold), ("objections", opts.objection_threshold)):
        sc = prep.matcher.scores(family, win)
        if not sc.shape[0]:
            continue
        margin = to_score(sc.max(axis=0), family) - thr
        best = margin if best is None else np.maximum(best, margin)
    if best is None or not len(first):
        return np.array(-np.inf)
    # a window is tainted by any of its utterances that reads as the client's
    single = np.nonzero(first == last)[0]
    tainted = np.zeros(n + 1, dtype=np.int32)
    tainted[first[single] + 1] = best[single] >= 0
    tainted = np.cumsum(tainted)
    best = np.where((tainted[last + 1] - tainted[first]) > 0, np.maximum(best, 0.0), best)
    return np.where(best >= 0, best, -np.inf)


def _leads(scores: np.ndarray, top: np.ndarray, first: np.ndarray, last: np.ndarray, n: int) -> np.ndarray:
    """(stages × windows): every utterance of the window is (nearly) best matched by the stage.

    A window of several utterances is there to catch a phrase Whisper cut in
    two; it must not lend one stage the words of its neighbours ("удобно
    сейчас говорить?" + "наш сервис ведёт учёт" looks like "как вы сейчас
    ведёте учёт").
    """
    single = np.nonzero(first == last)[0]
    bad = np.zeros((scores.shape[0], n + 1), dtype=np.int32)
    bad[:, first[single] + 1] = scores[:, single] < top[single] - RELATIVE_MARGIN
    bad = np.cumsum(bad, axis=1)
    return (bad[:, last + 1] - bad[:, first]) == 0


def _contiguous(win: Windows, idx: list[int]) -> Windows:
    """Only windows the other party did not speak inside.

    A window joins the pieces of a phrase Whisper cut in two; two operator lines with the
    client's answer between them are two turns ("shall I send the contract?" - "go on
    then" - "I'll get your account set up"), and joined they would make the acknowledgement
    part of the proposal.
    """
    pos = np.asarray(idx)
    keep = (pos[win.last] - pos[win.first]) == (win.last - win.first)
    if keep.all():
        return win
    return Windows(win.first[keep], win.last[keep], win.words[keep],
                   None if win.grams is None else win.grams[np.nonzero(keep)[0]], win.said_no[keep])


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
    """The stage's threshold on the reported scale: option override, then script, then default."""
    overrides = dict(opts.stage_overrides)
    if stage_id in overrides:
        return float(overrides[stage_id])
    if stage_threshold is not None:
        return float(stage_threshold)
    return float(opts.threshold)


# The reported score (0..100) is the raw blend mapped piecewise-linearly so that
# a score of 70 sits at the raw value tuned on the train calls ("as much as a
# typical paraphrase shares with the script"), 100 the phrase itself. Raw
# paraphrase scores are low (20-40): operators say the same thing in other words.
# The default stage threshold is 64 since seven corpus parts with their own
# wording showed paraphrases a little further from the script than train's.
ANCHORS = {"stages": (22.0, 70.0), "outcomes": (44.0, 80.0), "objections": (47.0, 80.0)}


def to_score(raw, family: str):
    r0, s0 = ANCHORS[family]
    raw = np.clip(raw, 0.0, 100.0)
    return np.where(raw <= r0, raw * (s0 / r0), s0 + (raw - r0) * ((100.0 - s0) / (100.0 - r0)))


def to_raw(score: float, family: str) -> float:
    r0, s0 = ANCHORS[family]
    score = min(max(float(score), 0.0), 100.0)
    if score <= s0:
        return score * r0 / s0
    return r0 + (score - s0) * (100.0 - r0) / (100.0 - s0)


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
    if transcript.language not in ("unknown", "", script.language):
        log.warning("%s: transcript language %s differs from script %s (%s)", where, transcript.language,
                    script.language, script.id)
    whole = transcript
    transcript = sentence_units(transcript)
    utts = transcript.utterances
    prep = prepare(script)
    vectors = prep.features([u.text for u in utts])

    # ---- stages, on the speech of each stage's speaker
    n = len(script.stages)
    reported = [_threshold(s.id, s.threshold, opts) for s in script.stages]
    thresholds = [to_raw(r, "stages") for r in reported]
    # MONO_EXTRA on the threshold and the floors when speakers are unknown
    surcharge = 0.0 if transcript.speakers_known else MONO_EXTRA
    # raw floors below each stage's threshold for the weak matches of stage_order.fill_gaps
    gap_floor = [to_raw(r - GAP_BELOW, "stages") + surcharge for r in reported]
    tail_floor = [to_raw(r - TAIL_BELOW, "stages") + surcharge for r in reported]
    reads = np.array([to_raw(r - NEIGHBOUR_READS, "stages") + surcharge for r in reported])
    best_score = [0.0] * n
    cands: list[Cand] = []
    # below the threshold: only where the order leaves room (stage_order.fill_gaps)
    weak: dict[str, Weak] = {}
    streams: dict[str, list[int]] = {}
    own_scores: dict[str, np.ndarray] = {}
    asks_at: dict[str, np.ndarray] = {}
    for spk in dict.fromkeys(s.speaker for s in script.stages):
        idx = streams[spk] = _stream(transcript, spk)
        win = prep.matcher.windows(vectors.take(idx), opts.max_window)
        if transcript.speakers_known:
            win = _contiguous(win, idx)
        first, last = win.first, win.last
        if not len(first):
            continue
        scores = prep.matcher.scores("stages", win)
        if prep.asks.any():
            asked = asks_at[spk] = np.cumsum([0, *(_is_question(utts[i].text) for i in idx)])
            scores[prep.asks] += QUESTION_BONUS * _window_asks(asked, first, last)
        mine = np.array([s.speaker == spk for s in script.stages])
        top = scores[mine].max(axis=0)
        leads = _leads(scores, top, first, last, len(idx))
        single = first == last
        # each utterance's own score per stage, to tell which words of a window carry the stage
        own = np.zeros((len(script.stages), len(idx)), dtype=np.float32)
        own[:, first[single]] = scores[:, single]
        own_scores[spk] = own
        # known speakers: operator speech is the operator's, whatever it resembles
        rival = _rival(prep, win, len(idx), opts) if not transcript.speakers_known else np.array(-np.inf)
        usable = np.zeros(scores.shape, dtype=bool)
        for si, stage in enumerate(script.stages):
            if stage.speaker != spk:
                continue
            best_score[si] = float(scores[si].max())
            thr = thresholds[si] + surcharge
            not_rival = (rival < 0) | (single & (scores[si] >= thr + HIGH_EXTRA))
            ok = _good(scores[si], top, thr, single) & (single | leads[si]) & not_rival
            cands += candidates(si, first, last, scores[si], ok)
            usable[si] = (scores[si] >= gap_floor[si]) & (single | leads[si]) & not_rival
        weak[spk] = Weak(first, last, scores, usable, mine, np.array([utts[idx[f]].start for f in first]),
                          RELATIVE_MARGIN, reads)

    def call_pos(c: Cand) -> float:
        return utts[streams[script.stages[c.stage].speaker][c.first]].start

    placed = {c.stage: c for c in chain(cands, call_pos)}

    def answers(c: Cand) -> bool:
        idx = streams[script.stages[c.stage].speaker]
        return any(names_outcome(utts[idx[k]].text, script.language) for k in range(c.first, c.last + 1))

    fill_gaps(placed, weak, call_pos, script, gap_floor, tail_floor if transcript.speakers_known else None,
              answers)
    if prep.farewell is not None:
        _farewell_by_goodbye(placed, prep.farewell, script, streams, utts, own_scores, call_pos)
    # an unplaceable match must be clearly there to be called out of order; a
    # borderline one is more likely a look-alike of another stage
    unplaced_best: dict[int, Cand] = {}

    def plain(c: Cand) -> float:
        # out of order only on the words themselves: every question would otherwise lend a
        # question stage its weight ("how are you scheduling shifts?" as the permission)
        spk = script.stages[c.stage].speaker
        asked = asks_at.get(spk)
        if asked is None or not prep.asks[c.stage] or not _window_asks(asked, c.first, c.last):
            return c.score
        return c.score - QUESTION_BONUS

    def overshadowed(c: Cand) -> bool:
        # the words already carry a placed stage they match better ("are you free to talk for a
        # minute?" is the permission, not the "first month free" of the pricing out of place)
        spk = script.stages[c.stage].speaker
        return any(script.stages[p.stage].speaker == spk and p.first <= c.last and c.first <= p.last
                   and p.score > c.score for p in placed.values())

    for c in cands:
        if c.stage in placed or plain(c) < thresholds[c.stage] + OOO_EXTRA or overshadowed(c):
            continue
        if c.stage not in unplaced_best or c.score > unplaced_best[c.stage].score:
            unplaced_best[c.stage] = c

    # a stage the order placed on a borderline look-alike ("понимаю, многие переходят к нам" for
    # the decision-maker question) while it was clearly said out of place is out of order
    for si, c in list(placed.items()):
        alt = max((a for a in cands if a.stage == si and a is not c), key=lambda a: a.score, default=None)
        if alt is not None and c.score < thresholds[si] + WEAK_PLACED \
                and plain(alt) >= thresholds[si] + OOO_EXTRA and call_pos(alt) != call_pos(c):
            del placed[si]
            unplaced_best[si] = alt

    # DESIGN.md: an out-of-order stage is a hit (it was said), so it counts towards the furthest stage
    furthest_i = max((i for i in (*placed, *unplaced_best) if script.stages[i].progress), default=None)
    # words the operator said as a script stage ("shall we book a demo?") are a
    # proposal, not the outcome; the outcome is looked for in the rest
    said_as_stage = np.zeros(len(utts), dtype=bool)
    said_as_progress = np.zeros(len(utts), dtype=bool)
    for c in (*placed.values(), *unplaced_best.values()):
        spk = script.stages[c.stage].speaker
        idx, own = streams[spk], own_scores[spk][c.stage]
        for k in range(c.first, c.last + 1):
            # in a window of several utterances only those that carry the stage themselves;
            # the next one may be the client's answer or the operator's "sure, I'll call you then"
            if c.first == c.last or own[k] >= thresholds[c.stage]:
                said_as_stage[idx[k]] = True
                said_as_progress[idx[k]] |= script.stages[c.stage].progress
    # the outcome follows the last stages: look from the start of the last-but-one
    # progress stage, since the last "stage" may be the operator acknowledging it
    starts = sorted(streams[script.stages[c.stage].speaker][c.first] for c in placed.values()
                    if script.stages[c.stage].progress)
    tail_from = starts[-TAIL_STAGES] if len(starts) >= TAIL_STAGES else 0
    blank = said_as_stage
    reads_as_outcome = None if transcript.speakers_known else _reads_as_outcome(prep, vectors, opts)
    if not transcript.speakers_known:
        # mono: Whisper joins the operator's question and the client's answer into one
        # segment; an utterance that reads as an outcome stays in the outcome search
        blank = said_as_stage & ~reads_as_outcome
    # what follows the operator's goodbye ("right, speak later", "до связи") is the
    # client's goodbye, not an answer: the outcome was settled before it (in mono calls
    # too, where the goodbye is the farewell stage matched on all speech); neither the
    # phrases nor the cue words read it
    bye = max((streams[script.stages[si].speaker][c.last] for si, c in placed.items()
               if not script.stages[si].progress and script.stages[si].speaker == "operator"), default=None)
    last_progress = max((i for i, s in enumerate(script.stages) if s.progress), default=None)
    close = placed.get(last_progress) if last_progress is not None else None
    closing_at = streams[script.stages[last_progress].speaker][close.last] if close is not None else None
    if bye is None:
        # the farewell said in words no farewell phrase knows ("really nice to speak to you,
        # cheers, bye"): the last goodbye word not said by the client, before the last utterance
        bye = _last_goodbye(utts, range(len(utts) - 1), script.language)
    after_bye = np.zeros(len(utts), dtype=bool)
    if bye is not None and (closing_at is None or bye > closing_at):
        after_bye[bye + 1:] = True
    phrase_outcome = outcome = _outcome(prep, vectors.blank(blank | after_bye), opts, tail_from)
    if prep.outcome_names and furthest_i is not None:
        # no outcome phrase matched: the last utterances' cue words decide (callqa/outcome.py);
        # only in a call that got into the script (small talk has no offer to answer)
        closing_text = None
        if close is not None:
            cidx = streams[script.stages[last_progress].speaker]
            closing_text = " ".join(utts[cidx[k]].text for k in range(close.first, close.last + 1))
        # a farewell ("thanks, bye") may share its segment with the answer: only a progress
        # stage said by the operator (a proposal) is no answer
        skip = said_as_progress if reads_as_outcome is None else said_as_progress & ~reads_as_outcome
        skip = skip | after_bye
        cue, weight = cue_outcome(utts, script.language, skip=skip, closing_at=closing_at,
                                  closing_text=closing_text, classes=prep.outcome_names)
        outcome = _combine(phrase_outcome, cue, weight)
        # how the ending sounds as a whole (callqa/outcome_model.py): the outcome when
        # neither a phrase nor a cue word named one, a veto on one the model finds implausible
        model = outcome_model.packaged_model()
        if model is not None:
            silent = outcome == "none" and phrase_outcome == "none" and weight == 0.0
            # a cue strong enough to overrule a phrase (_combine) is firm; a phrase or a faint cue is not
            firm = cue == outcome and weight >= CUE_OVERRIDE
            outcome = model.decide(utts, outcome, prep.outcome_names, silent, firm)
    success = outcome in script.success_outcomes

    results: list[StageResult] = []
    for si, stage in enumerate(script.stages):
        c = placed.get(si) or unplaced_best.get(si)
        if c is not None:
            start, end, text = _evidence(utts, streams[stage.speaker], c.first, c.last)
            results.append(StageResult(stage.id, "hit" if si in placed else "out_of_order",
                                       round(float(to_score(c.score, "stages")), 1), start, end, text))
            continue
        went_past = furthest_i is not None and furthest_i > si
        # an optional stage left out is no operator error, so it is never "missed"
        status = "missed" if stage.required and (went_past or success) else "not_reached"
        results.append(StageResult(stage.id, status, round(float(to_score(best_score[si], "stages")), 1)))

    furthest = script.stages[furthest_i].id if furthest_i is not None else None
    stalled_at = None if success else furthest
    required = [r for r, s in zip(results, script.stages) if s.required and r.status != "not_reached"]
    adherence = (sum(r.status in ("hit", "out_of_order") for r in required) / len(required)) if required else None

    talk: dict[str, float] = {}
    for u in whole.utterances:
        talk[u.speaker] = talk.get(u.speaker, 0.0) + max(0.0, u.end - u.start)

    return CallAnalysis(
        call_id=call_id, script_id=script.id, script_version=script.version, stages=tuple(results),
        furthest_stage=furthest, stalled_at=stalled_at, outcome=outcome, crm_outcome=crm_outcome,
        adherence=adherence, objections=_objections(prep, vectors, transcript, results, opts, said_as_stage),
        flags=_flags(transcript, script, opts), options=opts,
        talk=tuple(sorted((k, round(v, 2)) for k, v in talk.items())),
    )


OUTCOME_WINDOW = 2
CUE_OVERRIDE = 0.6


def _combine(phrase: str, cue: str, weight: float) -> str:
    """The outcome from the script's phrases and the one from cue words (callqa/outcome.py).

    A cue said near the end (weight >= CUE_OVERRIDE: the client in any of the last six
    utterances read, the operator in the last four) names its class outright, "have to
    run" and "we'll think about it" included, where a phrase match on a short, misheard
    answer is only a resemblance. At 0.9 (the client in the last three) the eleven tuned
    corpus parts read 0.946 of the outcomes right, at 0.6 0.953; letting every cue
    overrule, a `none` without any included, 0.943.
    """
    if phrase == "none":
        return cue
    if cue != phrase and weight >= CUE_OVERRIDE:
        return cue
    return phrase


def _reads_as_outcome(prep: _Prepared, vectors: Features, opts: AlignOptions) -> np.ndarray:
    out = np.zeros(len(vectors.nonempty), dtype=bool)
    win = prep.matcher.windows(vectors, 1)
    if len(win.first) and prep.outcome_names:
        sc = to_score(prep.matcher.scores("outcomes", win).max(axis=0), "outcomes")
        out[win.first] = sc >= opts.outcome_threshold
    return out


def _outcome(prep: _Prepared, vectors: Features, opts: AlignOptions, tail_from: int) -> str:
    """The outcome class best matched after the last script stage ('none' when none clears the threshold).

    A call ends with its outcome: the client's answer to the last stage the
    operator reached, and the operator's acknowledgement. Looking only there
    keeps a "call me later" brushed aside early in the call, or a closing
    question, from being taken for the end. Phrases count whoever says them.
    The best match wins, unless a later one is nearly as clear.
    """
    if not prep.outcome_names:
        return "none"
    first, last, scores = prep.matcher.window_scores("outcomes", vectors, min(OUTCOME_WINDOW, opts.max_window))
    if not len(first):
        return "none"
    sel = first >= tail_from
    if not sel.any():
        sel = np.ones(len(first), dtype=bool)
    cal = to_score(scores[:, sel], "outcomes")
    ends = last[sel]
    if OUTCOME_SUPPORT:
        # the client's answer and the operator's acknowledgement say the same thing twice:
        # a second single utterance of the same class adds to the best one
        single = (first[sel] == last[sel])
        for row in cal:
            ones = np.sort(row[single])[::-1]
            if len(ones) >= 2 and ones[1] >= SUPPORT_FLOOR:
                row += OUTCOME_SUPPORT * ones[1]
    found = [(float(row[k]), int(ends[k]), name) for name, row in zip(prep.outcome_names, cal)
             for k in np.nonzero(row >= opts.outcome_threshold)[0]]
    if not found:
        return "none"
    top = max(f[0] for f in found)
    # nearly as clear and said later: the client changed their mind ("call me later… well, let's meet")
    return max((f for f in found if f[0] >= top - OUTCOME_LATE_MARGIN), key=lambda f: (f[1], f[0]))[2]


def _objections(prep: _Prepared, vectors: Features, transcript: Transcript, results: Sequence[StageResult],
                opts: AlignOptions, said_as_stage: np.ndarray) -> tuple[Objection, ...]:
    """Client objections (all speech when speakers are unknown), one per utterance, with the stage then."""
    utts = transcript.utterances
    # on a mono call the operator's own stage lines ("ничего устанавливать не нужно") are no objection
    idx = [i for i in _stream(transcript, "client") if not said_as_stage[i]]
    if not idx or not prep.objection_names:
        return ()
    first, _, scores = prep.matcher.window_scores("objections", vectors.take(idx), 1)
    said = sorted((r.start, r.id) for r in results if r.start is not None)
    found: dict[int, tuple[float, str]] = {}
    for name, row in zip(prep.objection_names, scores):
        for k in np.nonzero(row >= to_raw(opts.objection_threshold, "objections"))[0]:
            pos = int(first[k])
            if pos not in found or row[k] > found[pos][0]:
                found[pos] = (float(row[k]), name)
    out = []
    for pos in sorted(found):
        u = utts[idx[pos]]
        stage = None
        for start, sid in said:
            if start <= u.start:
                stage = sid
        out.append(Objection(cls=found[pos][1], start=u.start, evidence=u.text, stage=stage))
    return tuple(out)


def _flags(transcript: Transcript, script: Script, opts: AlignOptions = AlignOptions()) -> tuple[Flag, ...]:
    """Compliance flags from callqa.rules when that module is installed."""
    try:
        rules = importlib.import_module("callqa.rules")
    except ModuleNotFoundError as exc:
        if exc.name != "callqa.rules":
            raise
        return ()
    if not opts.rules_files:
        return tuple(rules.check(transcript, script))
    lang = (script.language or transcript.language or "en").split("-")[0]
    # keyed by the files' contents as the options key saw them: a long-lived worker picks up a
    # rules file edited between runs, and reads it once per edit
    ruleset = _company_rules(rules, lang, opts.rules_files, tuple(opts._rules_digest))
    return tuple(rules.check(transcript, script, ruleset))


def _farewell_by_goodbye(placed: dict[int, Cand], last: int, script: Script, streams: dict[str, list[int]],
                         utts: Sequence[Utterance], own_scores: dict[str, np.ndarray],
                         call_pos: Callable[[Cand], float]) -> None:
    """A farewell stage (`last`, see _farewell_stage) no phrase matched is the operator's last
    goodbye after the last stage placed.

    "Приятно было пообщаться, до встречи" shares one word with "Всего хорошего, до свидания",
    but a goodbye word of the cue data (`goodbye` in callqa/data/outcome_cues_<lang>.yaml) says
    what it is.
    """
    st = script.stages[last]
    if last in placed or st.speaker not in streams:
        return
    since = max((call_pos(c) for c in placed.values()), default=float("-inf"))
    k = _last_goodbye(utts, streams[st.speaker], script.language, after=since)
    if k is not None:
        placed[last] = Cand(last, k, k, float(own_scores[st.speaker][last][k]))


def _last_goodbye(utts: Sequence[Utterance], positions: Sequence[int], lang: str,
                  after: float = float("-inf")) -> int | None:
    """Where in `positions` (indices into `utts`) the last goodbye not said by the client is,
    searched back to the first utterance that starts at or before `after`."""
    for k in range(len(positions) - 1, -1, -1):
        u = utts[positions[k]]
        if u.start <= after:
            return None
        if u.speaker != "client" and u.text.strip() and says_goodbye(u.text, lang):
            return k
    return None


@functools.lru_cache(maxsize=16)
def _company_rules(rules_module, lang: str, files: tuple[str, ...], digest: tuple[str, ...]):
    return rules_module.load_rules.__wrapped__(lang, files)
