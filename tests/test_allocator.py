"""Polars' allocator is set to return freed memory when timeline is imported first, and a
user's own setting or an already loaded polars is left alone."""

from __future__ import annotations

import os
import subprocess
import sys

from timeline.allocator import POLARS_ALLOCATOR_SETTINGS, RETURN_FREED_PAGES


def setting_after(code: str, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != POLARS_ALLOCATOR_SETTINGS}
    environment.update(env)
    probe = f"{code}; import os; print(os.environ.get({POLARS_ALLOCATOR_SETTINGS!r}, '-'))"
    done = subprocess.run(
        [sys.executable, "-c", probe], env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_importing_timeline_first_sets_the_allocator() -> None:
    assert setting_after("import timeline") == RETURN_FREED_PAGES


def test_a_user_setting_wins() -> None:
    chosen = "dirty_decay_ms:5000"
    assert setting_after("import timeline", **{POLARS_ALLOCATOR_SETTINGS: chosen}) == chosen


def test_too_late_once_polars_is_loaded() -> None:
    assert RETURN_FREED_PAGES not in setting_after("import polars, timeline")
