"""Transcribe decoded calls with faster-whisper: one model per process, reused across files.

Stereo calls are transcribed channel by channel, split into utterances at
pauses between words, labelled operator/client and merged by time. Whisper
segments can span several turns of one party while the other speaks in
between; merging whole segments by start time scrambles the dialogue, so the
split at word-timestamp pauses is what keeps the merged order right.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import zlib
from dataclasses import dataclass, replace

import numpy as np

from callqa.audio import TARGET_RATE as SAMPLE_RATE
from callqa.model_files import BUNDLED_NAME, prefer_avx512, resolve_model
from callqa.records import AsrOptions, CallAudio, Speaker, Transcript, Utterance, Word

log = logging.getLogger("callqa")


@dataclass(frozen=True)
class ModelSpec:
    """Which model to load and how; hashable so the loaded model can be cached per process."""

    name: str = BUNDLED_NAME
    cache_dir: str = ""
    device: str = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = 0


@functools.lru_cache(maxsize=2)
def get_model(spec: ModelSpec):
    """Load (once per process) the WhisperModel for `spec`."""
    prefer_avx512()
    from faster_whisper import WhisperModel

    path = resolve_model(spec.name, spec.cache_dir)
    threads = spec.cpu_threads or (os.cpu_count() or 1)
    log.info("loading speech model %s (%s, %s, %d threads)", spec.name, spec.device, spec.compute_type, threads)
    return WhisperModel(path, device=spec.device, compute_type=spec.compute_type, cpu_threads=threads)


@functools.lru_cache(maxsize=2)
def _batched(model):
    from faster_whisper import BatchedInferencePipeline

    return BatchedInferencePipeline(model)


def model_label(spec: ModelSpec) -> str:
    return f"{spec.name}/{spec.compute_type}"


def _compression_ratio(text: str) -> float:
    raw = text.encode("utf-8")
    return len(raw) / max(1, len(zlib.compress(raw)))


_NORM = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _keep_segment(text: str, start: float, seen: list[tuple[str, float]], opts: AsrOptions) -> bool:
    """Repetition guard: Whisper loops on noise and hold music, repeating a line back to back.

    A line said again after a pause ("Алло? … Алло?") is speech, so only a
    repeat that follows the previous line within a second is dropped.
    """
    norm = _norm(text)
    if not norm:
        return False
    if _compression_ratio(norm) > opts.compression_ratio_threshold and len(norm) > 40:
        return False
    if seen and norm == seen[-1][0] and start - seen[-1][1] < 1.0 and len(norm.split()) >= 2:
        return False
    return True


def _split_at_pauses(words: list[Word], speaker: Speaker, pause: float) -> list[Utterance]:
    utterances: list[Utterance] = []
    current: list[Word] = []
    for w in words:
        if current and w.start - current[-1].end >= pause:
            utterances.append(_utterance(current, speaker))
            current = []
        current.append(w)
    if current:
        utterances.append(_utterance(current, speaker))
    return utterances


def _utterance(words: list[Word], speaker: Speaker) -> Utterance:
    text = "".join(w.text for w in words).strip()
    return Utterance(speaker=speaker, start=words[0].start, end=words[-1].end, text=text, words=tuple(words))


def transcribe_channel(
    model, samples: np.ndarray, speaker: Speaker, language: str | None, opts: AsrOptions
) -> tuple[list[Utterance], str | None]:
    """Utterances of one channel and the language Whisper used."""
    kwargs = dict(
        language=language,
        beam_size=opts.beam_size,
        best_of=max(1, opts.beam_size),
        vad_filter=opts.vad_filter,
        vad_parameters=(
            {"threshold": opts.vad_threshold, "speech_pad_ms": opts.vad_speech_pad_ms} if opts.vad_filter else None
        ),
        condition_on_previous_text=opts.condition_on_previous_text,
        temperature=list(opts.temperature),
        compression_ratio_threshold=opts.compression_ratio_threshold,
        log_prob_threshold=opts.log_prob_threshold,
        no_speech_threshold=opts.no_speech_threshold,
        repetition_penalty=opts.repetition_penalty,
        no_repeat_ngram_size=opts.no_repeat_ngram_size,
        word_timestamps=opts.word_timestamps,
        hallucination_silence_threshold=opts.hallucination_silence_threshold,
    )
    batched = opts.batch_size > 1
    if batched:
        segments, info = _batched(model).transcribe(samples, batch_size=opts.batch_size, **kwargs)
    else:
        segments, info = model.transcribe(samples, **kwargs)
    segments = list(segments)
    if batched and opts.vad_filter and opts.recover_tail_s is not None and opts.word_timestamps:
        segments += _recover_tails(model, samples, segments, {**kwargs, "language": language or info.language}, opts)
        segments.sort(key=lambda s: s.start)
    out: list[Utterance] = []
    seen: list[tuple[str, float]] = []
    for seg in segments:
        if not _keep_segment(seg.text, seg.start, seen, opts):
            continue
        seen.append((_norm(seg.text), seg.end))
        words = [Word(w.start, w.end, w.word, w.probability) for w in (seg.words or [])]
        if words:
            out.extend(_split_at_pauses(words, speaker, opts.split_pause))
        else:
            out.append(Utterance(speaker, seg.start, seg.end, seg.text.strip()))
    detected = info.language if info is not None else language
    return out, detected


def _speech_regions(samples: np.ndarray, opts: AsrOptions) -> list[tuple[float, float]]:
    """The VAD regions (seconds) the batched pipeline decodes, found with the same settings."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    vad = VadOptions(threshold=opts.vad_threshold, speech_pad_ms=opts.vad_speech_pad_ms, max_speech_duration_s=30)
    return [(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in get_speech_timestamps(samples, vad)]


def _recover_tails(model, samples: np.ndarray, segments: list, kwargs: dict, opts: AsrOptions) -> list:
    """Segments for the speech the batched decode left out at the end of VAD regions (see
    AsrOptions.recover_tail_s), decoded sequentially, with times on the channel's clock."""
    spans = [(w.start, w.end) for s in segments for w in (s.words or [])]
    if not spans:
        # nothing decoded on the channel gives no level to compare with: a quiet channel that
        # only carries the other party's leak looks just like this
        return []
    level = _level_db(samples, spans)
    ends = [e for _, e in spans]
    # the region's padding is silence, so only speech beyond it counts as left out
    need = opts.recover_tail_s + opts.vad_speech_pad_ms / 1000
    seq = {**kwargs, "vad_filter": False, "vad_parameters": None}
    found: list = []
    for start, end in _speech_regions(samples, opts):
        last = max((e for e in ends if start <= e <= end), default=start)
        if end - last < need:
            continue
        tail = samples[int(last * SAMPLE_RATE):int(end * SAMPLE_RATE)]
        more, _ = model.transcribe(tail, **seq)
        for seg in more:
            words = [replace(w, start=w.start + last, end=w.end + last) for w in (seg.words or [])]
            heard = [(w.start, w.end) for w in words] or [(seg.start + last, seg.end + last)]
            if _level_db(samples, heard) < level - opts.recover_tail_level_db:
                log.debug("tail at %.1f s too quiet to be the channel's speaker: %r", last, seg.text)
                continue
            found.append(replace(seg, start=seg.start + last, end=seg.end + last, words=words))
    return found


def _level_db(samples: np.ndarray, spans: list[tuple[float, float]]) -> float:
    """RMS level (dBFS) of the samples inside the spans (seconds)."""
    power = [np.square(samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)], dtype=np.float64) for a, b in spans]
    total = sum(p.sum() for p in power)
    count = sum(p.size for p in power)
    return 10 * float(np.log10(total / count + 1e-12)) if count else -120.0


def transcribe(
    audio: CallAudio,
    spec: ModelSpec,
    opts: AsrOptions = AsrOptions(),
    *,
    language: str | None = None,
    operator_channel: str = "left",
    source: str | None = None,
) -> Transcript:
    """Transcript of a decoded call; stereo channels are labelled operator/client."""
    model = get_model(spec)
    if audio.is_stereo and operator_channel in ("left", "right"):
        op_idx = 0 if operator_channel == "left" else 1
        speakers: list[tuple[np.ndarray, Speaker]] = [
            (audio.channels[op_idx], "operator"),
            (audio.channels[1 - op_idx], "client"),
        ]
    else:
        mixed = audio.channels[0] if len(audio.channels) == 1 else np.mean(np.stack(audio.channels), axis=0)
        speakers = [(mixed, "unknown")]
    utterances: list[Utterance] = []
    lang = language
    for samples, speaker in speakers:
        part, detected = transcribe_channel(model, samples, speaker, lang, opts)
        # the first channel with speech settles the language for the other one
        if lang is None and part:
            lang = detected
        utterances.extend(part)
    utterances.sort(key=lambda u: (u.start, u.end))
    return Transcript(
        language=lang or language or "unknown",
        duration=audio.duration,
        utterances=tuple(utterances),
        model=model_label(spec),
        options=opts,
        source=source,
    )


def spec_from_settings(settings) -> ModelSpec:
    return ModelSpec(
        name=settings.model,
        cache_dir=settings.model_cache,
        device=settings.device,
        compute_type=settings.compute_type,
        cpu_threads=settings.cpu_threads,
    )


def options_from_settings(settings) -> AsrOptions:
    return AsrOptions(beam_size=settings.beam_size, batch_size=settings.batch_size,
                      recover_tail_s=AsrOptions.recover_tail_s if settings.recover_tails else None)


def transcribe_file(
    path: str | os.PathLike[str],
    spec: ModelSpec,
    opts: AsrOptions = AsrOptions(),
    *,
    language: str | None = None,
    operator_channel: str = "left",
) -> Transcript:
    """Decode and transcribe one recording; AudioError for anything wrong with the file."""
    from callqa.audio import decode

    audio = decode(path, mono=operator_channel == "mono")
    return transcribe(audio, spec, opts, language=language, operator_channel=operator_channel, source=str(path))
