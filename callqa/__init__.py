"""callqa: offline quality assurance for sales calls."""

from callqa.records import (
    AlignOptions,
    AsrOptions,
    CallAnalysis,
    CallAudio,
    Flag,
    Objection,
    Recording,
    RecordingMeta,
    Script,
    Stage,
    StageResult,
    Transcript,
    Utterance,
    Word,
)

__version__ = "0.1.0"

__all__ = [
    "AlignOptions",
    "AsrOptions",
    "CallAnalysis",
    "CallAudio",
    "Flag",
    "Objection",
    "Recording",
    "RecordingMeta",
    "Script",
    "Stage",
    "StageResult",
    "Transcript",
    "Utterance",
    "Word",
    "__version__",
]
