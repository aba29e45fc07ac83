import json
from pathlib import Path

import pytest

from timeline.errors import ReferenceDataError
from timeline.normalise.confidence import Calibration


def write(tmp_path: Path, points: list[list[float]]) -> Path:
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"version": "t", "points": points}))
    return path


def test_interpolates_between_points_and_clamps_outside(tmp_path: Path) -> None:
    calibration = Calibration.load(write(tmp_path, [[0.4, 0.1], [0.8, 0.9]]))
    assert calibration.apply(0.6) == pytest.approx(0.5)
    assert calibration.apply(0.1) == 0.1
    assert calibration.apply(0.95) == 0.9


def test_a_decreasing_map_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="must not decrease"):
        Calibration.load(write(tmp_path, [[0.4, 0.5], [0.8, 0.2]]))


def test_packaged_calibration_is_monotonic_and_in_range() -> None:
    calibration = Calibration.load()
    values = [calibration.apply(x / 100) for x in range(101)]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert calibration.version != "identity"
