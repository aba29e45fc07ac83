"""Small value types for the figures: a share, a precision/recall pair, a reliability band."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Share:
    """`right` out of `of`; None when nothing was scored (never a misleading 0 or 1)."""

    right: int = 0
    of: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.of += 1

    @property
    def share(self) -> float | None:
        return self.right / self.of if self.of else None


@dataclass
class PrecisionRecall:
    """Triples: matched/extracted (precision), matched/gold (recall), and their F1."""

    matched_extracted: int = 0
    extracted: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched_extracted / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Band:
    """Mentions whose confidence falls in [low, high), and how many of them were correct."""

    low: float
    high: float
    mentions: int
    correct: int
    confidence_sum: float = 0.0

    @property
    def share(self) -> float | None:
        return self.correct / self.mentions if self.mentions else None

    @property
    def mean_confidence(self) -> float | None:
        """What the band's mentions claim on average: the figure their share right should meet."""
        return self.confidence_sum / self.mentions if self.mentions else None


@dataclass(frozen=True)
class ErrorKind:
    kind: str
    count: int
    example: dict[str, str]
