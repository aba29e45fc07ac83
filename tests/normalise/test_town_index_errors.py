"""A small-town index that cannot be built stops the build with one line that says the disk,
not the data, is at fault and that the previous output is untouched."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from timeline.errors import CacheWriteError
from timeline.normalise import towns


@pytest.fixture()
def no_user_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No index left in the user's cache folder by former runs: the build must make one."""
    monkeypatch.setenv(towns.CACHE_ENV, str(tmp_path / "user-cache"))


def test_a_failed_index_build_is_one_line_naming_the_builders_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_user_index: None
) -> None:
    def failing_build(*args: Any, **kwargs: Any) -> None:
        raise subprocess.CalledProcessError(
            1, args[0], stderr=b'Traceback (most recent call last):\n  File "x.py"\n'
            b"sqlite3.OperationalError: disk I/O error\n",
        )  # fmt: skip

    monkeypatch.setattr(towns.subprocess, "run", failing_build)
    with pytest.raises(CacheWriteError) as raised:
        towns.ensure_index(tmp_path / "out-cache")
    message = str(raised.value)
    assert "\n" not in message
    assert "(sqlite3.OperationalError: disk I/O error)" in message
    assert "the previous output, if any, is unchanged" in message
    assert "Traceback" not in message


def test_a_cache_folder_that_cannot_be_made_is_one_line(
    tmp_path: Path, no_user_index: None
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(CacheWriteError) as raised:
        towns.ensure_index(blocked / "cache")
    assert "\n" not in str(raised.value)
    assert str(blocked / "cache") in str(raised.value)
