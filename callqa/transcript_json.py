"""Read and write the transcript JSON of spec/interfaces.md.

Teams with another speech service feed transcripts directly, so input is
validated strictly and every problem names the file and the field.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from callqa.errors import TranscriptFormatError
from callqa.records import AsrOptions, Transcript, Utterance, Word


class _WordIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    start: float
    end: float
    text: str
    probability: float = 1.0


class _UtteranceIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    speaker: Literal["operator", "client", "unknown"] = "unknown"
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str
    words: list[_WordIn] = []

    @model_validator(mode="after")
    def _ordered(self) -> "_UtteranceIn":
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class _TranscriptIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    language: str = "unknown"
    duration: float | None = Field(default=None, ge=0)
    utterances: list[_UtteranceIn]
    model: str = "external"


def transcript_from_dict(data: object, source: str | None = None) -> Transcript:
    try:
        parsed = _TranscriptIn.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "top level"
        raise TranscriptFormatError(
            f"invalid transcript JSON at '{where}': {err['msg']}; expected "
            '{"language": "ru", "utterances": [{"speaker": "operator", "start": 0.0, "end": 2.4, "text": "..."}]}',
            path=source,
        ) from exc
    utterances = tuple(
        Utterance(
            speaker=u.speaker, start=u.start, end=u.end, text=u.text.strip(),
            words=tuple(Word(w.start, w.end, w.text, w.probability) for w in u.words),
        )
        for u in sorted(parsed.utterances, key=lambda u: (u.start, u.end))
    )
    duration = parsed.duration if parsed.duration is not None else max((u.end for u in utterances), default=0.0)
    options = None
    raw_opts = data.get("options") if isinstance(data, dict) else None
    if isinstance(raw_opts, dict):
        try:
            options = AsrOptions.from_stored(raw_opts)
        except TypeError:
            options = None
    return Transcript(parsed.language, float(duration), utterances, parsed.model, options, source)


def load_transcripts(path: str | os.PathLike[str]) -> list[Transcript]:
    """A transcript JSON file: one object, or an array of them (as `callqa transcribe --json` prints)."""
    p = Path(path)
    if not p.is_file():
        raise TranscriptFormatError("file not found; check the path", path=str(p))
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptFormatError(f"cannot read as UTF-8 text ({exc})", path=str(p)) from exc
    if not text.strip():
        raise TranscriptFormatError("file is empty; expected a transcript JSON object", path=str(p))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptFormatError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path=str(p)
        ) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise TranscriptFormatError("empty JSON array; expected at least one transcript", path=str(p))
    return [transcript_from_dict(item, source=str(p)) for item in items]
