"""The typed records that flow between pipeline stages.

Every stage takes one of these and returns another; dicts appear only at the
edges (JSON, database rows, template context). All records are frozen so a
result can be cached, hashed and passed to worker processes safely.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np

Speaker = Literal["operator", "client", "unknown"]
SPEAKERS: tuple[str, ...] = ("operator", "client", "unknown")
Channel = Literal["left", "right", "mono"]
Segment = Literal["cold", "warm", "hot"]
StageStatus = Literal["hit", "missed", "out_of_order", "not_reached"]
STAGE_STATUSES: tuple[str, ...] = ("hit", "missed", "out_of_order", "not_reached")

TRANSCRIPT_JSON_VERSION = 1
ANALYSIS_JSON_VERSION = 1


# --------------------------------------------------------------------------- input
@dataclass(frozen=True)
class RecordingMeta:
    """What the manifest, a filename pattern or the CRM tells about a call."""

    call_id: str | None = None
    operator: str = "unknown"
    started_at: datetime | None = None
    script: str | None = None
    client_segment: Segment | None = None
    outcome: str | None = None  # CRM outcome: sale, meeting, callback, refusal, none
    operator_channel: Channel = "left"
    client_id: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Recording:
    """One file found in the recordings folder: audio or a transcript JSON."""

    path: str
    sha256: str
    size: int
    kind: Literal["audio", "transcript"] = "audio"
    meta: RecordingMeta = field(default_factory=RecordingMeta)

    @property
    def call_id(self) -> str:
        return self.meta.call_id or self.sha256[:16]


@dataclass(frozen=True, eq=False)
class CallAudio:
    """Decoded audio: one float32 array per channel at `sample_rate`.

    `channels` has one entry for mono (or fake stereo) and two for real
    stereo, in file order (left, right).
    """

    channels: tuple[np.ndarray, ...]
    sample_rate: int
    source_rate: int
    source_channels: int
    duration: float

    @property
    def is_stereo(self) -> bool:
        return len(self.channels) == 2


# --------------------------------------------------------------------------- transcript
@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True)
class Utterance:
    speaker: Speaker
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class AsrOptions:
    """Decoding settings; stored with every transcript so it can be reproduced.

    Defaults are the ones calls need (DESIGN.md): VAD tuned for phone audio,
    batched beam search over the VAD chunks, no conditioning on previous text,
    a short temperature fallback and a repetition guard.
    """

    beam_size: int = 5
    vad_filter: bool = True
    # Silero's defaults (threshold 0.5, 400 ms pad) drop band-limited phone
    # speech and clip the first words of each turn on a per-channel call
    # (measured on real Russian phone clips laid out as a stereo call: 14 s of
    # 72 s kept at 0.5; at 0.3/400 ms 9 of 29 turn onsets still clipped;
    # 0.2/1000 ms clips almost none). Turn openings ("добрый день", "скажите")
    # carry the script stage, so keep them.
    vad_threshold: float = 0.2
    vad_speech_pad_ms: int = 1000
    condition_on_previous_text: bool = False
    temperature: tuple[float, ...] = (0.0, 0.4, 0.8)
    compression_ratio_threshold: float = 2.4
    log_prob_threshold: float = -1.0
    no_speech_threshold: float = 0.6
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    word_timestamps: bool = True
    hallucination_silence_threshold: float | None = None
    # split a segment where a speaker pauses at least this long between words,
    # so turns of two channels interleave correctly when merged
    split_pause: float = 0.6
    # >1: faster-whisper's BatchedInferencePipeline decodes this many VAD chunks
    # at once. On a 5-minute stereo phone call (bench/asr_throughput.py) batch 8
    # with beam 5 was 2.6x faster than faster-whisper's defaults at a lower WER
    # (17.8 % vs 18.2 %); sequential beam 1 was 2.2x faster but 23 % WER.
    batch_size: int = 8
    # The batched pipeline decodes each VAD chunk once, and Whisper sometimes ends a chunk early:
    # the rest of a long turn, often a number read out at its end, never reaches the transcript
    # (246 of the 277 Russian phone texts of the spoken set whose number never reached it came back
    # cut short; sequential decoding, which seeks on, heard it). A VAD region whose speech runs on this many seconds past its last word is
    # decoded again from that word, sequentially. None: off.
    recover_tail_s: float | None = 1.0
    # What the second decode hears must be about as loud as the channel's decoded speech: the other
    # party leaking into a stereo channel (a lossy codec, a headset) is 13-20 dB quieter, and
    # decoded it reads as words nobody on the channel said ("Доброе утро." after a goodbye,
    # "Редактор субтитров …" in three of the 28 demo calls); a lost tail measured 0-6 dB below.
    recover_tail_level_db: float = 10.0

    @classmethod
    def from_stored(cls, stored: dict) -> AsrOptions:
        """The options a stored transcript records; unknown names are ignored, and a setting the
        transcript predates is the behaviour it was decoded with, not today's default."""
        known = {k: v for k, v in stored.items() if k in cls.__dataclass_fields__}
        if "temperature" in known:
            known["temperature"] = tuple(known["temperature"])
        known.setdefault("recover_tail_s", None)
        return cls(**known)

    def key(self) -> str:
        """Stable short hash used to key transcripts in the database."""
        blob = json.dumps(dataclasses.asdict(self), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Transcript:
    language: str
    duration: float
    utterances: tuple[Utterance, ...]
    model: str = "unknown"
    options: AsrOptions | None = None
    source: str | None = None  # file path it came from, for messages

    @property
    def speakers_known(self) -> bool:
        return any(u.speaker != "unknown" for u in self.utterances)

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.utterances)


# --------------------------------------------------------------------------- script
@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    phrases: tuple[str, ...]
    required: bool = True
    threshold: float | None = None  # None: the library default
    progress: bool = True
    speaker: Speaker = "operator"


@dataclass(frozen=True)
class ForbiddenRule:
    id: str
    title: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class OfferPolicy:
    max_discount_percent: float | None = None


@dataclass(frozen=True)
class Script:
    id: str
    version: int
    language: str
    title: str
    stages: tuple[Stage, ...]
    variables: tuple[tuple[str, str], ...] = ()
    success_outcomes: tuple[str, ...] = ("sale", "meeting", "callback")
    outcomes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    objections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    forbidden: tuple[ForbiddenRule, ...] = ()
    offers: OfferPolicy = field(default_factory=OfferPolicy)
    path: str | None = None

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)


# --------------------------------------------------------------------------- analysis
# Raised when the matching itself changes, not its settings: stored analyses made the old
# way are then redone on the next run (from the stored transcripts). The packaged outcome
# cue lists and outcome model, compliance rules and offer model count as the method.
# 2: weak matches where the script order leaves room for them (stage_order.fill_gaps).
# 3: one stage per sentence (stage_order.chain),
# the learned model's veto (outcome_model.OutcomeModel.decide), the cue lists and model of
# rounds fifteen to eighteen (docs/alignment.md). 4: the call's start as an anchor for the
# weak matches, a neighbour's claim on the sentence next to it only where it reads it
# (align.NEIGHBOUR_READS), the farewell found by its goodbye words, the cue that ends last
# in an utterance, the cue lists and model of rounds nineteen to twenty-two. 5: only the
# stages a gap leaves room for claim its sentences, half the mono surcharge
# (align.MONO_EXTRA 9 → 4.5), the goodbye words and model of round twenty-three. 6: a question
# stage's weight on a question (align.QUESTION_BONUS), the goodbye words and model of round
# twenty-four. 7: an outcome only a phrase or a faint cue named gives way to an ending the model
# finds undecided (outcome_model.UNDECIDED), the goodbye words and model of round twenty-five.
# 8: the packaged compliance rules and the offer model (callqa/offer_model.py) of compliance
# rounds six to eight; the packaged rules count as the method too (a company's rules file is
# keyed by its contents). 9: compliance rounds nine to eleven (refusal cues, the offer model asked
# only about amounts no non-discount word explains, retrained with test8 … test11). 10: rounds
# fifteen on (whole-word cues, shares of people or budgets not left to the offer model). 11:
# compliance rounds twenty and twenty-one, the offer model retrained with test20 … test22, how a
# number came ("по телефону") read for every redaction detector, cues counted in words. 12:
# compliance rounds twenty-four on (misspelt document words looked for in Russian only), the
# offer and channel models retrained with test25 … test29, a messenger named in Latin in
# Russian speech normalised as its Cyrillic name. 13: compliance rounds thirty-one on (a phone
# said after a card nobody pays with, surnames that start like a document word, certificates,
# someone else's discount), the offer and channel models retrained with test30 … test34. 14:
# compliance rounds thirty-eight on (a card a number is put into, a misheard "восемьсот", a
# half against a farther non-discount word), the models retrained with test35 … test40. 15:
# compliance rounds forty-seven on (forbidden phrases read through the rewrites, a serial number
# named from farther back, two misheard "ноль" in a row), the models retrained with test41 … test45.
# 16: compliance rounds fifty-one on (a company cue beats an action but not the operator's own
# word, toll-free numbers, papers an inspector asks for), the models retrained with test46 … test52.
# 17: compliance rounds fifty-five to fifty-seven (a document's long number after a clause hung
# on it, a number typed into a document, a whole mobile, "for the percent of your fee", a maker's
# price), the models retrained with test50, test53 and test54. 18: compliance rounds fifty-eight
# to sixty-one (a count that went down, a company channel turned down, an English modal or an
# infinitive between a document and its number, a line named nearer than a payment word, a time or
# a place a document marks), the models retrained with test55 … test57. 19: compliance rounds
# sixty-two to sixty-four (an English domain after a dot, an account the operator opened himself,
# a person's number named after a record card, a misheard "восемьсот" after syllables, a dotted
# domain after "на", long forbidden phrases read at a lower ratio unless negated, "slip up"), the
# models retrained with test58 … test60 and test62. 20: compliance rounds sixty-five to sixty-eight
# (zeros heard "mirror" and "niro", a supplier's terms named by the client's purchasing, a card
# number jotted down on a document, a mobile named in any case, a number put in a document, a
# pre-order's code, a document that bears its number, a reduced ".ру" or a provider heard in a
# Russian address, an English address with its "at" and provider glued to the local part, a product
# marking, a card in dashed groups that grow, a dealer's and a client's supplier's terms, someone
# else's discount to the client's customers, half a year, a profile said to be the operator's own, a
# mailbox in his name, a line he pays for himself, a number the company has no record of, a chat
# with friends and family, "на личный" glued after a word), the models retrained with test61 and
# test63 … test72. 21: compliance rounds sixty-nine to seventy-three (a referral's number, a rating
# plate's, one stamped on a machine, one things are insured under, a waybill's, a reminder or
# patient card, a zero heard "nero" joining a number, "key in", a key one finds, a number put into a
# record card as a pronoun, a document's number read on across a heard zero or named across a
# clause, a country code however long the run, a handset word, "или" inside a card, "собака" heard
# "стабак"; a line the company did not give the operator, one only his family knows, an inbox he
# runs privately, the phone by his pillow, talk moved off the company's system, a number registered
# to him; our commission cut, occupancy, a factory's terms, "underlist", "half as much",
# "slowered"), the models retrained with test73 … test78. 22: compliance rounds seventy-four to
# seventy-six (a jar is no bank, a publisher's price, "полата", a fee that slims, the company's own
# official channel, a country code beside a card word, a number written into a record card, a
# document that "is number" so-and-so, exactly half of what regular sessions cost, an account of
# the operator's own, not the work one), the offer model retrained with test79 … test82. 23:
# compliance rounds seventy-seven and seventy-eight (a "seven" glued into a number as "M", a lock
# cylinder's number, a person or a number put on a client's record card, an insurer's share,
# "с ополтцены", an own account set against going through the office). 24: rounds seventy-nine (a
# thing filed "под номером" / "under number", "double five" counted as two digits in a number read
# out, an insurer cutting its payout), eighty (a card given off an account, sixteen digits in fours
# a few sentences after a card word, a country code and two pieces after a phone word), eighty-one
# (a permit's number) and eighty-two (a share of the bill that stays in the client's pocket).
ALIGN_METHOD = 24


@dataclass(frozen=True)
class AlignOptions:
    """Matching thresholds; recorded with every analysis."""

    threshold: float = 64.0
    max_window: int = 3
    outcome_threshold: float = 80.0
    objection_threshold: float = 80.0
    stage_overrides: tuple[tuple[str, float], ...] = ()
    # company compliance rule files (setting rules_file) on top of the packaged rules
    rules_files: tuple[str, ...] = ()

    @functools.cached_property
    def _rules_digest(self) -> list[str]:
        # read once per options object: the batch keys a run by it, and every stored analysis
        # carries the same object, so a file edited mid-run cannot split one run's key
        return [_file_digest(f) for f in self.rules_files]

    def key(self) -> str:
        d = dataclasses.asdict(self)
        if d.pop("rules_files"):
            # the files' contents, not their names: editing a rules file re-analyses the calls
            d["rules"] = self._rules_digest
        if ALIGN_METHOD > 1:
            # absent for the first method, so keys made before the field existed still match it
            d["method"] = ALIGN_METHOD
        blob = json.dumps(d, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return f"unreadable:{path}"


@dataclass(frozen=True)
class StageResult:
    id: str
    status: StageStatus
    score: float
    start: float | None = None
    end: float | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Objection:
    cls: str  # "class" in JSON
    start: float
    evidence: str
    stage: str | None = None  # the stage the call was at when the client objected


@dataclass(frozen=True)
class Flag:
    rule: str  # e.g. "forbidden:personal_contact", "discount", "personal_channel"
    start: float
    evidence: str
    end: float | None = None
    amount: float | None = None  # the discount offered, for discount flags


@dataclass(frozen=True)
class CallAnalysis:
    call_id: str
    script_id: str
    script_version: int
    stages: tuple[StageResult, ...]
    furthest_stage: str | None
    stalled_at: str | None
    outcome: str  # one of the script's outcomes or "none"
    crm_outcome: str | None
    adherence: float | None
    objections: tuple[Objection, ...] = ()
    flags: tuple[Flag, ...] = ()
    options: AlignOptions = field(default_factory=AlignOptions)
    talk: tuple[tuple[str, float], ...] = ()  # talk seconds per speaker

    @property
    def outcome_disagrees(self) -> bool:
        return self.crm_outcome is not None and self.crm_outcome != self.outcome


# --------------------------------------------------------------------------- JSON edge
def transcript_to_dict(t: Transcript, *, words: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": TRANSCRIPT_JSON_VERSION,
        "language": t.language,
        "duration": round(t.duration, 3),
        "model": t.model,
        "utterances": [],
    }
    if t.source:
        out["file"] = t.source
    if t.options is not None:
        out["options"] = dataclasses.asdict(t.options)
    for u in t.utterances:
        d: dict[str, Any] = {
            "speaker": u.speaker,
            "start": round(u.start, 2),
            "end": round(u.end, 2),
            "text": u.text,
        }
        if words and u.words:
            d["words"] = [
                {"start": round(w.start, 2), "end": round(w.end, 2), "text": w.text,
                 "probability": round(w.probability, 3)}
                for w in u.words
            ]
        out["utterances"].append(d)
    return out


def analysis_to_dict(a: CallAnalysis) -> dict[str, Any]:
    return {
        "version": ANALYSIS_JSON_VERSION,
        "call_id": a.call_id,
        "script": {"id": a.script_id, "version": a.script_version},
        "stages": [dataclasses.asdict(s) for s in a.stages],
        "furthest_stage": a.furthest_stage,
        "stalled_at": a.stalled_at,
        "outcome": a.outcome,
        "crm_outcome": a.crm_outcome,
        "outcome_disagrees": a.outcome_disagrees,
        "adherence": None if a.adherence is None else round(a.adherence, 4),
        "objections": [
            {"class": o.cls, "start": o.start, "evidence": o.evidence, "stage": o.stage}
            for o in a.objections
        ],
        "flags": [
            {k: v for k, v in dataclasses.asdict(f).items() if v is not None or k == "start"}
            for f in a.flags
        ],
        "options": dataclasses.asdict(a.options),
        "talk": dict(a.talk),
    }
