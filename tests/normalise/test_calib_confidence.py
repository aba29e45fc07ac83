"""`confidence` from raw terms: a logistic model whose weights are a fitted data file."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from timeline.errors import ReferenceDataError
from timeline.extract.confidence_score import TERMS
from timeline.normalise.confidence import Calibration

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fit_confidence.py"


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(data))
    return path


def logistic(log_odds: float) -> float:
    return 1 / (1 + math.exp(-log_odds))


def test_each_term_that_holds_adds_its_weight_to_the_log_odds(tmp_path: Path) -> None:
    data = {"version": "t", "bias": 1.0, "weights": {"no_target": -2.0, "date_known": 0.5}}
    calibration = Calibration.load(write(tmp_path, data))
    assert calibration.apply({}) == pytest.approx(logistic(1.0), abs=1e-3)
    assert calibration.apply({"no_target": 1.0}) == pytest.approx(logistic(-1.0), abs=1e-3)
    both = {"no_target": 1.0, "date_known": 1.0}
    assert calibration.apply(both) == pytest.approx(logistic(-0.5), abs=1e-3)


def test_a_term_the_file_does_not_weigh_counts_for_nothing(tmp_path: Path) -> None:
    calibration = Calibration.load(write(tmp_path, {"version": "t", "bias": 0, "weights": {}}))
    assert calibration.apply({"new_term": 1.0}) == 0.5


def test_confidence_never_reaches_certainty(tmp_path: Path) -> None:
    data = {"version": "t", "bias": 0, "weights": {"a": 100.0, "b": -1000.0}}
    calibration = Calibration.load(write(tmp_path, data))
    assert calibration.apply({"a": 1.0}) == 0.95
    assert calibration.apply({"b": 1.0}) == 0.05


def test_a_file_without_weights_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="weights"):
        Calibration.load(write(tmp_path, {"version": "t", "points": [[0, 0], [1, 1]]}))


def test_the_packaged_file_weighs_every_term() -> None:
    calibration = Calibration.load()
    assert set(calibration.weights) == set(TERMS)
    assert calibration.apply({}) > calibration.apply({"no_source": 1.0, "no_target": 1.0})


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_confidence", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its own module up while defined
    spec.loader.exec_module(module)
    return module


def test_the_fit_finds_a_term_that_makes_mentions_wrong() -> None:
    script = load_script()
    rng = np.random.default_rng(7)
    x = np.hstack([np.ones((2000, 1)), rng.integers(0, 2, (2000, len(TERMS)))]).astype(float)
    true = np.zeros(len(TERMS) + 1)
    true[0], true[1 + TERMS.index("no_target")] = 1.0, -2.0
    y = (rng.random(2000) < 1 / (1 + np.exp(-(x @ true)))).astype(float)
    w = script.fit(x, y)
    assert w[0] == pytest.approx(1.0, abs=0.3)
    assert w[1 + TERMS.index("no_target")] == pytest.approx(-2.0, abs=0.3)
    assert max(abs(v) for i, v in enumerate(w[1:]) if i != TERMS.index("no_target")) < 0.3


def test_the_recorder_numbers_mentions_to_find_their_terms_again() -> None:
    script = load_script()
    recorder = script.Recorder("recorder", 0.0)
    first = recorder.apply({"no_target": 1.0})
    second = recorder.apply({})
    assert recorder.seen[round(first * script.SERIALS) - 1] == {"no_target": 1.0}
    assert recorder.seen[round(second * script.SERIALS) - 1] == {}
