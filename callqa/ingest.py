"""Find the recordings of a folder and what is known about each call.

Metadata comes, in order of preference, from a `manifest.csv` beside the
files (columns in spec/interfaces.md), from the file name (a configurable
pattern such as `{date}_{operator}_{call_id}`), or from defaults (operator
`unknown`). Problems with single files or manifest rows are collected as
`Problem`s so the batch goes on; only a manifest that cannot be read at all
stops discovery.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from callqa.audio import AUDIO_EXTENSIONS
from callqa.errors import ManifestError
from callqa.records import Recording, RecordingMeta

log = logging.getLogger("callqa")

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "call_id", "operator", "started_at", "script", "client_segment", "outcome",
                    "operator_channel", "client_id")
CRM_OUTCOMES = ("sale", "meeting", "callback", "refusal", "none")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Problem:
    """A file (or manifest row) the batch cannot use; `sha256` is "" for a file that does not exist."""

    path: str
    stage: str  # discover | manifest
    error: str
    sha256: str = ""


@dataclass(frozen=True)
class Discovery:
    root: str
    recordings: tuple[Recording, ...] = ()
    problems: tuple[Problem, ...] = ()


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------- manifest
class ManifestRow(BaseModel):
    """One manifest line; empty cells mean "not known"."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    file: str
    call_id: str | None = None
    operator: str | None = None
    started_at: datetime | None = None
    script: str | None = None
    client_segment: Literal["cold", "warm", "hot"] | None = None
    outcome: Literal["sale", "meeting", "callback", "refusal", "none"] | None = None
    operator_channel: Literal["left", "right", "mono"] | None = None
    client_id: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("client_segment", "outcome", "operator_channel", mode="before")
    @classmethod
    def _lower(cls, v: object) -> object:
        return v.strip().lower() if isinstance(v, str) else v

    @field_validator("file")
    @classmethod
    def _relative(cls, v: str) -> str:
        p = v.replace("\\", "/")
        if p.startswith("/") or re.match(r"^[A-Za-z]:", p):
            raise ValueError("must be relative to the manifest's folder, not an absolute path")
        if ".." in p.split("/"):
            raise ValueError("must not contain '..' (files stay inside the recordings folder)")
        return p


_FIX = {
    "started_at": "use ISO 8601, e.g. 2026-11-02T14:05:00",
    "client_segment": "use cold, warm or hot (or leave empty)",
    "outcome": "use sale, meeting, callback, refusal or none (or leave empty)",
    "operator_channel": "use left, right or mono (or leave empty)",
    "file": "give the file name relative to the manifest",
}


def _row_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    col = str(err["loc"][0]) if err["loc"] else "row"
    got = err.get("input")
    msg = err["msg"].removeprefix("Value error, ")
    shown = f" (got {got!r})" if got is not None and not isinstance(got, dict) else ""
    return f"column '{col}'{shown}: {msg}; {_FIX.get(col, 'fix the value')}"


def read_manifest(path: Path, default_channel: str = "left",
                  ) -> tuple[dict[Path, tuple[int, RecordingMeta]], list[Problem]]:
    """Metadata by resolved file path (with its manifest line number), and one problem per bad row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read as UTF-8 CSV ({exc}); save it as UTF-8", path=str(path)) from exc
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise ManifestError(
            f"has no 'file' column (header: {','.join(header) or 'empty'}); the first line must name the columns, "
            f"e.g. {','.join(MANIFEST_COLUMNS)}", path=str(path))
    unknown = [h for h in header if h not in MANIFEST_COLUMNS]
    if unknown:
        log.warning("%s: ignoring unknown column(s) %s", path, ", ".join(unknown))
    folder = path.parent.resolve()
    out: dict[Path, tuple[int, RecordingMeta]] = {}
    problems: list[Problem] = []
    for row in reader:
        line = reader.line_num
        cells = {(k or "").strip(): v for k, v in row.items() if k is not None}
        if not any((v or "").strip() for v in cells.values() if isinstance(v, str)):
            continue
        where = f"{path}:{line}"
        try:
            parsed = ManifestRow.model_validate(cells)
        except ValidationError as exc:
            target = str(folder / (cells.get("file") or f"<line {line}>"))
            problems.append(Problem(target, "manifest", f"{where}: {_row_error(exc)}"))
            continue
        target = folder / parsed.file
        resolved = target.resolve()
        if not resolved.is_relative_to(folder):
            problems.append(Problem(str(target), "manifest",
                                    f"{where}: column 'file' ({parsed.file!r}) leads outside {folder} through a "
                                    "symbolic link; copy the file into the folder"))
            continue
        if resolved in out:
            problems.append(Problem(where, "manifest",
                                    f"{where}: '{parsed.file}' is already described on line {out[resolved][0]}; "
                                    "keep one row per file"))
            continue
        if not resolved.is_file():
            problems.append(Problem(str(target), "discover",
                                    f"{where}: file '{parsed.file}' does not exist; add the file or remove the row"))
            continue
        meta = RecordingMeta(
            call_id=parsed.call_id, operator=parsed.operator or "unknown", started_at=parsed.started_at,
            script=parsed.script, client_segment=parsed.client_segment, outcome=parsed.outcome,
            operator_channel=parsed.operator_channel or default_channel,  # type: ignore[arg-type]
            client_id=parsed.client_id,
        )
        out[resolved] = (line, meta)
    return out, problems


# --------------------------------------------------------------------------- filename pattern
_FIELD = re.compile(r"\{(\w+)\}")
_PATTERN_FIELDS = {"date", "time", "operator", "call_id", "script", "segment", "client_segment",
                   "outcome", "client_id", "any"}


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """`{date}_{operator}_{call_id}` -> a regex over the file's stem; unknown fields are an error."""
    parts: list[str] = []
    pos = 0
    for m in _FIELD.finditer(pattern):
        parts.append(re.escape(pattern[pos:m.start()]))
        name = m.group(1)
        if name not in _PATTERN_FIELDS:
            raise ManifestError(f"filename_pattern field '{{{name}}}' is unknown; use any of "
                                + ", ".join(f"{{{f}}}" for f in sorted(_PATTERN_FIELDS)))
        if name == "any":
            parts.append(r".*?")
        else:
            parts.append(f"(?P<{name}>.+?)")
        pos = m.end()
    parts.append(re.escape(pattern[pos:]))
    try:
        return re.compile("^" + "".join(parts) + "$")
    except re.error as exc:
        raise ManifestError(f"filename_pattern '{pattern}' is not usable ({exc}); each field may appear once") from exc


def _parse_when(date_s: str | None, time_s: str | None) -> datetime | None:
    if not date_s:
        return None
    d = date_s.replace("_", "-")
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y-%m-%dT%H-%M-%S", "%Y-%m-%dT%H%M%S", "%Y%m%dT%H%M%S", "%Y%m%d-%H%M%S"):
        try:
            when = datetime.strptime(d, fmt)
            break
        except ValueError:
            continue
    else:
        return None
    if time_s:
        # strptime reads "1405" as 14:00:05 under %H%M%S, so digit-only times go by length
        digit_fmt = {4: "%H%M", 6: "%H%M%S"}.get(len(time_s)) if time_s.isdigit() else None
        for fmt in (digit_fmt,) if digit_fmt else ("%H-%M-%S", "%H:%M:%S", "%H-%M", "%H:%M"):
            try:
                t = datetime.strptime(time_s, fmt)
                return when.replace(hour=t.hour, minute=t.minute, second=t.second)
            except ValueError:
                continue
    return when


def meta_from_name(stem: str, pattern: re.Pattern[str] | None, default_channel: str = "left",
                   ) -> RecordingMeta | None:
    """Metadata the file name gives, or None when it does not follow the pattern."""
    if pattern is None:
        return None
    m = pattern.match(stem)
    if not m:
        return None
    g = {k: v for k, v in m.groupdict().items() if v}
    when = _parse_when(g.get("date"), g.get("time"))
    if "date" in g and when is None:
        return None  # "{date}" that is not a date: the name only looks like the pattern
    segment = (g.get("client_segment") or g.get("segment") or "").lower() or None
    outcome = (g.get("outcome") or "").lower() or None
    return RecordingMeta(
        call_id=g.get("call_id"), operator=g.get("operator") or "unknown", started_at=when,
        script=g.get("script"), client_segment=segment if segment in ("cold", "warm", "hot") else None,  # type: ignore[arg-type]
        outcome=outcome if outcome in CRM_OUTCOMES else None, client_id=g.get("client_id"),
        operator_channel=default_channel,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- discovery
def _walk(root: Path) -> list[Path]:
    """Files under `root`, sorted, skipping dot files/folders; symlinks that leave the folder are not followed."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                found.append(Path(dirpath) / name)
    return found


def discover(root: str | os.PathLike[str], filename_pattern: str | None = "{date}_{operator}_{call_id}",
             default_channel: str = "left") -> Discovery:
    """Every audio and transcript JSON file under `root` with its hash and metadata."""
    base = Path(root).expanduser()
    if not base.is_dir():
        raise ManifestError("recordings folder not found; pass the folder with the calls, e.g. "
                            "callqa run recordings/", path=str(base))
    base = base.resolve()
    pattern = compile_pattern(filename_pattern) if filename_pattern else None
    files = _walk(base)
    manifest_meta: dict[Path, tuple[int, RecordingMeta]] = {}
    problems: list[Problem] = []
    for f in files:
        if f.name == MANIFEST_NAME:
            meta, probs = read_manifest(f, default_channel)
            manifest_meta.update(meta)
            problems.extend(probs)
    # a file whose row is invalid is not analysed with half its metadata; it waits for the fix
    bad_rows = {Path(p.path).resolve() for p in problems if p.stage == "manifest" and p.path.startswith("/")}
    recordings: list[Recording] = []
    for f in files:
        suffix = f.suffix.lower()
        if f.name == MANIFEST_NAME or (suffix not in AUDIO_EXTENSIONS and suffix != ".json"):
            continue
        resolved = f.resolve()
        if not resolved.is_relative_to(base):
            problems.append(Problem(str(f), "discover", f"{f}: is a symbolic link to a file outside the recordings "
                                    "folder; copy the file in instead"))
            continue
        if resolved in bad_rows:
            continue  # its manifest row is wrong: reported there, not analysed with wrong metadata
        try:
            digest, size = sha256_file(resolved), resolved.stat().st_size
        except OSError as exc:
            problems.append(Problem(str(f), "discover", f"{f}: cannot read the file ({exc.strerror}); fix its permissions"))
            continue
        kind = "transcript" if suffix == ".json" else "audio"
        entry = manifest_meta.get(resolved)
        meta = entry[1] if entry else (meta_from_name(f.stem, pattern, default_channel)
                                       or RecordingMeta(operator_channel=default_channel))  # type: ignore[arg-type]
        recordings.append(Recording(path=str(f), sha256=digest, size=size, kind=kind, meta=meta))
    return Discovery(root=str(base), recordings=tuple(_unique(recordings)), problems=tuple(problems))


def _unique(recordings: list[Recording]) -> list[Recording]:
    """One recording per content hash: a copy of a file is the same call."""
    seen: dict[str, Recording] = {}
    for r in recordings:
        if r.sha256 in seen:
            log.warning("%s has the same content as %s; counted once", r.path, seen[r.sha256].path)
            continue
        seen[r.sha256] = r
    return list(seen.values())


__all__ = ["Discovery", "Problem", "discover", "read_manifest", "compile_pattern", "meta_from_name", "sha256_file"]
