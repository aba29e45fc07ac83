"""A build opens no socket: URLs in inputs are metadata, never fetched."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import timeline
import timeline.engines.local
import timeline.pipeline

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "raw"


def test_a_full_build_opens_no_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Any, ...]] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        opened.append(args)
        raise OSError("network access is not allowed in this test")

    timeline.pipeline.Extraction(timeline.pipeline.BuildOptions())  # load what loads lazily
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = timeline.build([str(SAMPLES)], tmp_path / "out")
    assert opened == []
    assert result.counts()["events"] > 0
    urls = pd.read_parquet(tmp_path / "out" / "articles.parquet")["url"].dropna()
    assert len(urls) > 0  # the inputs do carry URLs; they were not fetched
