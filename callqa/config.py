"""Settings: code defaults -> callqa.toml -> CALLQA_* environment -> flags.

Each later source overrides the earlier ones field by field. `callqa.toml` is
looked up in the working directory unless `--config FILE` names another; a
missing default file is fine, a missing named file is an error.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from callqa.errors import ConfigError
from callqa.records import AlignOptions

DEFAULT_CONFIG_FILE = "callqa.toml"
ENV_PREFIX = "CALLQA_"


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "callqa")


class Settings(BaseModel):
    """Every setting callqa reads; see README for what each one does."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # speech model
    model: str = "bundled-base"
    model_cache: str = Field(default_factory=_default_cache)
    device: Literal["auto", "cpu", "cuda"] = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = Field(default=0, ge=0)  # 0: all cores
    language: str | None = None
    operator_channel: Literal["left", "right"] = "left"
    beam_size: int = Field(default=5, ge=1, le=10)
    batch_size: int = Field(default=8, ge=1, le=64)
    # decode again, sequentially, speech a batched chunk left out at its end (AsrOptions.recover_tail_s)
    recover_tails: bool = True

    # batch
    recordings: str = "recordings"
    scripts: str = "scripts_library"
    db: str = "sqlite:///callqa.db"
    reports: str = "reports"
    default_script: str | None = None
    filename_pattern: str = "{date}_{operator}_{call_id}"
    workers: int = Field(default=1, ge=1)
    scheduler: str | None = None

    # analysis
    threshold: float = Field(default=64.0, ge=0, le=100)
    # company compliance rules on top of the packaged ones: YAML files, several joined by os.pathsep
    # (env CALLQA_RULES_FILE, the variable callqa.rules has always read)
    rules_file: str | None = None

    # reports and privacy
    lang: Literal["ru", "en"] = "en"
    store_transcripts: Literal["raw", "redacted"] = "raw"
    report_transcripts: Literal["raw", "redacted"] = "redacted"
    report_audio: Literal["none", "link", "embed"] = "link"

    def align_options(self) -> AlignOptions:
        """The analysis options these settings ask for; a missing rules file is an error here, once."""
        files = tuple(p for p in (self.rules_file or "").split(os.pathsep) if p)
        for f in files:
            if not Path(f).is_file():
                raise ConfigError("rules file not found; fix the setting rules_file (CALLQA_RULES_FILE)", path=f)
        return AlignOptions(threshold=self.threshold, rules_files=tuple(str(Path(f).resolve()) for f in files))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc}); fix the syntax", path=str(path)) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror})", path=str(path)) from exc
    # allow both a flat file and a [callqa] table
    return dict(data.get("callqa", data))


def _read_env(environ: dict[str, str]) -> dict[str, Any]:
    known = Settings.model_fields
    out: dict[str, Any] = {}
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX):].lower()
            if name in known:
                out[name] = value
    return out


def load_settings(
    config_file: str | os.PathLike[str] | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Merge the four sources; flags whose value is None are not set."""
    merged: dict[str, Any] = {}
    source = "defaults"
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError("config file not found; check the --config path", path=str(path))
        merged.update(_read_toml(path))
        source = str(path)
    elif Path(DEFAULT_CONFIG_FILE).is_file():
        merged.update(_read_toml(Path(DEFAULT_CONFIG_FILE)))
        source = DEFAULT_CONFIG_FILE
    env = _read_env(dict(os.environ) if environ is None else environ)
    merged.update(env)
    merged.update({k: v for k, v in (overrides or {}).items() if v is not None})
    try:
        return Settings(**merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        origin = f"{ENV_PREFIX}{field.upper()}" if field in env else source
        raise ConfigError(
            f"setting '{field}' ({origin}): {err['msg']}"
            + (f"; got {err['input']!r}" if "input" in err else "")
        ) from exc
