"""The fit's ridge is chosen by cross-validation (invented data): a strong term keeps its weight
when the data bear it out, and noise is shrunk when they do not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fit_confidence.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_confidence_ridge", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its own module up while defined
    spec.loader.exec_module(module)
    return module


def sample(script: ModuleType, x: np.ndarray, y: np.ndarray) -> object:
    return script.Sample(x, y, np.arange(len(y)) % script.FOLDS)


def test_a_rare_strong_term_is_not_shrunk_above_its_share_right() -> None:
    script = load_script()
    rng = np.random.default_rng(3)
    n = 1200
    rare = (rng.random(n) < 0.05).astype(float)  # a party missing: rare, and nearly always wrong
    x = np.column_stack([np.ones(n), rare, rng.integers(0, 2, n)]).astype(float)
    y = (rng.random(n) < np.where(rare > 0, 0.03, 0.75)).astype(float)
    samples = [sample(script, x, y)]
    ridge = script.chosen_ridge(samples)
    assert ridge < 1.0
    w = script.fit_pooled(samples, ridge)
    p = 1 / (1 + np.exp(-(x[rare > 0] @ w)))
    assert abs(p.mean() - y[rare > 0].mean()) < 0.05


def test_terms_that_are_noise_get_a_strong_ridge() -> None:
    script = load_script()
    rng = np.random.default_rng(5)
    n = 60
    x = np.column_stack([np.ones(n), rng.integers(0, 2, (n, 8))]).astype(float)
    y = (rng.random(n) < 0.6).astype(float)
    assert script.chosen_ridge([sample(script, x, y)]) >= 3.0
