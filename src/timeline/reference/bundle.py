"""All reference data of a build, loaded and validated once and passed to the stages.

A user's own files (`--dictionary FILE`) extend or override the packaged ones; each goes to the
table its name says: `actors_*.json`, `places_*.json`, `cameo_*.json` (or `*.csv`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import UsageError
from timeline.extract.cues import Cues
from timeline.normalise.actions import Codebook
from timeline.normalise.actors import ActorDictionary
from timeline.normalise.confidence import Calibration
from timeline.normalise.dates import DateResolver
from timeline.normalise.places import Gazetteer

USER_FILE_PREFIXES = ("actors_", "places_", "cameo_")


@dataclass(frozen=True)
class Reference:
    """The dictionaries, codebook, gazetteer and cue words one build uses."""

    actors: ActorDictionary
    codebook: Codebook
    gazetteer: Gazetteer
    dates: DateResolver
    cues: Cues
    calibration: Calibration

    def versions(self) -> dict[str, str]:
        """Each table's version, for the build manifest."""
        return {
            "actors": self.actors.version,
            "codebook": self.codebook.version,
            "gazetteer": self.gazetteer.version,
            "cues": self.cues.version,
            "calibration": self.calibration.version,
        }


def load_reference(extra_files: Sequence[Path] = (), towns_dir: Path | None = None) -> Reference:
    """Load the packaged reference data plus a user's files, routed by file-name prefix; the
    gazetteer's small-town index is kept in `towns_dir` (default: the user's cache folder)."""
    routed: dict[str, list[Path]] = {prefix: [] for prefix in USER_FILE_PREFIXES}
    for path in extra_files:
        prefix = next((p for p in USER_FILE_PREFIXES if path.name.startswith(p)), None)
        if prefix is None:
            raise UsageError(
                f"dictionary file {path}: name it actors_*.json, places_*.json or cameo_*.json "
                "so timeline knows which table it extends"
            )
        if not path.is_file():
            raise UsageError(f"dictionary file {path} does not exist")
        routed[prefix].append(path)
    return Reference(
        actors=ActorDictionary.load(routed["actors_"]),
        codebook=Codebook.load(routed["cameo_"]),
        gazetteer=Gazetteer.load(routed["places_"], towns_dir),
        dates=DateResolver(),
        cues=Cues.load(),
        calibration=Calibration.load(),
    )
