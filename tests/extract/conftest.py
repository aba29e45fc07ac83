"""One extraction (spaCy model and reference data) for every rule test."""

from __future__ import annotations

import pytest

from timeline.pipeline import BuildOptions, Extraction


@pytest.fixture(scope="session")
def extraction() -> Extraction:
    return Extraction(BuildOptions())
