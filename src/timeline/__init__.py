"""timeline: news articles in, a validated, deduplicated Parquet timeline of events out.

    >>> import timeline
    >>> result = timeline.build(["data/raw"], "data/processed")  # doctest: +SKIP
    >>> events = timeline.extract_text("Russian forces shelled Kharkiv.")  # doctest: +SKIP

The heavy parts (spaCy) load on first use, so `import timeline` stays fast.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from timeline.allocator import configure_polars_allocator

configure_polars_allocator()  # before anything loads polars

try:
    __version__ = version("timeline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

if TYPE_CHECKING:
    from timeline.pipeline import BuildOptions, BuildResult, build, extract_text
    from timeline.reading import read

__all__ = ["BuildOptions", "BuildResult", "__version__", "build", "extract_text", "read"]


def __getattr__(name: str) -> Any:
    if name == "read":
        from timeline.reading import read

        return read
    if name in ("BuildOptions", "BuildResult", "build", "extract_text"):
        from timeline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
