"""Exponential reconnect delays with jitter (0.5 s doubling up to a 30 s cap)."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """``next_delay()`` grows base·2ⁿ (± ``jitter``) up to ``cap``; ``reset()`` after success."""

    def __init__(
        self,
        base: float = 0.5,
        cap: float = 30.0,
        jitter: float = 0.2,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base = base
        self.cap = cap
        self.jitter = jitter
        self.rng = rng
        self.failures = 0

    def next_delay(self) -> float:
        raw = min(self.cap, self.base * 2.0 ** min(self.failures, 60))
        self.failures += 1
        spread = 1.0 + self.jitter * (2.0 * self.rng() - 1.0)
        return min(self.cap, raw * spread)

    def reset(self) -> None:
        self.failures = 0
