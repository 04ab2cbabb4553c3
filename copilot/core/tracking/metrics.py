"""Room metrics for the window and the review: answer rate, response times, waiting, churn.

Bounded at any session length: response times in a fixed window, per-minute rows capped.
"""

from __future__ import annotations

import statistics
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

RESPONSE_WINDOW = 5_000
MAX_MINUTES = 24 * 60


def p90(values: Iterable[float]) -> float:
    """Nearest-rank 90th percentile (the window's figure and the report's alike)."""
    v = sorted(values)
    return v[min(len(v) - 1, int(0.9 * len(v)))]


@dataclass(slots=True)
class MinuteRow:
    minute: int
    questions: int = 0
    answered: int = 0
    joins: int = 0
    churned: Counter[str] = field(default_factory=Counter)


class RoomMetrics:
    """Updated by the tracking stage; read by the UI (``snapshot()``) at any time."""

    def __init__(self) -> None:
        self.questions = 0
        self.answered = 0
        self.waiting = 0
        self.churned: Counter[str] = Counter()
        self._response: deque[float] = deque(maxlen=RESPONSE_WINDOW)
        self.minutes: deque[MinuteRow] = deque(maxlen=MAX_MINUTES)
        self.median_response_s = 0.0
        self.p90_response_s = 0.0
        self.t = 0.0

    def _row(self, t: float) -> MinuteRow:
        m = int(t // 60)
        if not self.minutes or self.minutes[-1].minute < m:
            self.minutes.append(MinuteRow(m))
        return self.minutes[-1]

    def on_question(self, t: float) -> None:
        self.questions += 1
        self._row(t).questions += 1

    def on_answered(self, t: float, asked_at: float) -> None:
        self.answered += 1
        self._response.append(t - asked_at)
        self._row(t).answered += 1

    def on_join(self, t: float) -> None:
        self._row(t).joins += 1

    def on_churn(self, t: float, reason: str) -> None:
        self.churned[reason] += 1
        self._row(t).churned[reason] += 1

    @property
    def answer_rate(self) -> float:
        return self.answered / self.questions if self.questions else 0.0

    def refresh(self, now: float, waiting: int) -> None:
        """Recompute the figures that need sorting (on ticks, not per message)."""
        self.t, self.waiting = now, waiting
        if self._response:
            self.median_response_s = statistics.median(self._response)
            self.p90_response_s = p90(self._response)

    def snapshot(self) -> dict[str, object]:
        return {
            "t": self.t,
            "questions": self.questions,
            "answered": self.answered,
            "answer_rate": round(self.answer_rate, 4),
            "median_response_s": round(self.median_response_s, 2),
            "p90_response_s": round(self.p90_response_s, 2),
            "waiting": self.waiting,
            "churned": dict(self.churned),
        }
