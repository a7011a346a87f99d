"""Helpers shared by the benchmarks: the shared speech data, word error rate, timing, memory."""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CALLQA_SHARED", ROOT.parent / "shared"))
SPEECH = SHARED / "data" / "speech"

_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def wer_words(text: str) -> list[str]:
    """Lowercase, ё→е, punctuation out: the normalisation the issue asks WER on."""
    return _PUNCT.sub(" ", text.lower().replace("ё", "е")).split()


def wer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(word edits, reference words); sum both over a set before dividing."""
    ref, hyp = wer_words(reference), wer_words(hypothesis)
    return Levenshtein.distance(ref, hyp), len(ref)


def speech_manifest() -> list[dict]:
    path = SPEECH / "manifest.json"
    if not path.is_file():
        sys.exit(f"shared speech data not found at {path}; set CALLQA_SHARED to the shared/ folder")
    return json.loads(path.read_text(encoding="utf-8"))


def run_timed(cmd: list[str], **kw) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) of the child, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0,):
        raise RuntimeError(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr[-800:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before), proc.stdout
