"""Shared fixtures: the small audio the project made itself (tests/data) and the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def model_spec(tmp_path_factory):
    """The bundled model, assembled into the user's cache (as in real use) once per session."""
    from callqa.asr import ModelSpec
    from callqa.config import load_settings

    return ModelSpec(cache_dir=load_settings(environ={}).model_cache, cpu_threads=2)
