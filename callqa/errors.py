"""Exceptions callqa raises for problems a user can fix.

Each message names the bad value (file, field, option) and what to do about
it. The CLI prints ``Error: <message>`` on one line and exits 1; it never shows
a traceback for a CallqaError.
"""

from __future__ import annotations


class CallqaError(Exception):
    """Base class: a problem with the user's input or setup, not a bug."""

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ConfigError(CallqaError):
    """A setting in callqa.toml, a CALLQA_* variable or a flag is invalid."""


class ModelError(CallqaError):
    """The speech model cannot be found, assembled or loaded."""


class AudioError(CallqaError):
    """An audio file is missing, unreadable, empty or not audio."""


class TranscriptFormatError(CallqaError):
    """A transcript JSON file does not follow the documented format."""


class ScriptError(CallqaError):
    """A sales script is missing or fails validation."""


class AnalysisError(CallqaError):
    """A transcript cannot be analysed against a script."""


class StoreError(CallqaError):
    """The database cannot be opened, migrated or locked."""


class ManifestError(CallqaError):
    """A manifest row is invalid or points outside the recordings folder."""


class CrmImportError(CallqaError):
    """A CRM export cannot be read (missing file, wrong columns, not UTF-8)."""


class ReportError(CallqaError):
    """Reports cannot be written (output folder, audience options)."""


class RulesError(CallqaError):
    """A compliance rules file is missing, not YAML, or has unknown keys or bad patterns."""
