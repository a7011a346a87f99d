"""Bare faster-whisper with callqa's model and decoding options: the overhead baseline.

    python bench/_bare_transcribe.py LANG FILE...
"""

import dataclasses
import json
import os
import sys

from faster_whisper import BatchedInferencePipeline, WhisperModel
from faster_whisper.audio import decode_audio

from callqa.config import load_settings
from callqa.model_files import assemble_bundled, prefer_avx512
from callqa.records import AsrOptions

prefer_avx512()  # callqa does the same; keep the comparison about callqa's own overhead
lang, files = sys.argv[1], sys.argv[2:]
o = AsrOptions()
model = WhisperModel(str(assemble_bundled(load_settings().model_cache)), device="cpu", compute_type="int8",
                     cpu_threads=os.cpu_count() or 1)
pipeline = BatchedInferencePipeline(model) if o.batch_size > 1 else None
extra = {"batch_size": o.batch_size} if pipeline else {}
out = []
for f in files:
    segs, info = (pipeline or model).transcribe(
        decode_audio(f), **extra, language=lang, beam_size=o.beam_size, best_of=o.beam_size, vad_filter=o.vad_filter,
        vad_parameters={"threshold": o.vad_threshold, "speech_pad_ms": o.vad_speech_pad_ms},
        condition_on_previous_text=o.condition_on_previous_text, temperature=list(o.temperature),
        compression_ratio_threshold=o.compression_ratio_threshold, log_prob_threshold=o.log_prob_threshold,
        no_speech_threshold=o.no_speech_threshold, word_timestamps=o.word_timestamps)
    out.append({"file": f, "segments": [dataclasses.asdict(s) for s in segs]})
json.dump(out, sys.stdout)
