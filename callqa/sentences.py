"""Whisper segments cut into sentences before alignment.

A Whisper segment is not a turn: on a mono recording it often holds the
operator's proposal, the client's answer and the operator's goodbye in one
piece of text ("The basic plan is 2,000 a month. Okay, I see. Thank you,
goodbye."), and on one channel it may hold two stages. Matched as one unit,
such a segment can carry only one stage and hides the answer from the outcome
cues. Cutting at sentence ends (Whisper punctuates) gives units that the 1–3
unit windows of the aligner join back when a phrase spans several.

Very short sentences ("Да." "Ничего.") are kept with the sentence before them:
Whisper's punctuation inside one phrase is noisy, and a one-word unit would
make a stage phrase span more units than a window holds.
"""

from __future__ import annotations

import dataclasses
import re

from callqa.records import Transcript, Utterance, Word

_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_WORD = re.compile(r"\w+")
MIN_WORDS = 3          # a sentence this short stays with the one before it
MIN_UTT_WORDS = 8      # shorter segments are kept whole


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for s in _END.split(text.strip()):
        if out and min(len(_WORD.findall(s)), len(_WORD.findall(out[-1]))) < MIN_WORDS:
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _times(u: Utterance, pieces: list[str]) -> list[tuple[float, float, tuple[Word, ...]]]:
    """Start, end and words of each piece: from word timings when the segment has them, else by length."""
    n_words = [len(p.split()) for p in pieces]
    if u.words and len(u.words) == sum(n_words):
        out, k = [], 0
        for n in n_words:
            ws = u.words[k:k + n]
            out.append((ws[0].start, ws[-1].end, ws))
            k += n
        return out
    total = sum(len(p) for p in pieces) or 1
    span, t, out = u.end - u.start, u.start, []
    for p in pieces:
        end = t + span * len(p) / total
        out.append((round(t, 3), round(end, 3), ()))
        t = end
    return out


def split_utterance(u: Utterance) -> list[Utterance]:
    if len(_WORD.findall(u.text)) < MIN_UTT_WORDS:
        return [u]
    pieces = _pieces(u.text)
    if len(pieces) < 2:
        return [u]
    return [Utterance(u.speaker, a, b, p, ws) for p, (a, b, ws) in zip(pieces, _times(u, pieces))]


def sentence_units(t: Transcript) -> Transcript:
    """The same transcript with long segments cut at sentence ends (times kept in order)."""
    units = tuple(x for u in t.utterances for x in split_utterance(u))
    if len(units) == len(t.utterances):
        return t
    return dataclasses.replace(t, utterances=units)


__all__ = ["sentence_units", "split_utterance"]
