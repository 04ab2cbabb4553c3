"""Clocks injected into the core, so tests and replays never read the wall time."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the session started."""
        ...


class ManualClock:
    """A clock that moves only when told: for tests and for replays on the session clock."""

    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def now(self) -> float:
        return self.t

    def advance_to(self, t: float) -> None:
        if t > self.t:
            self.t = t


class MonotonicClock:
    """Live sessions: seconds since this clock was made, from time.monotonic()."""

    def __init__(self) -> None:
        self._t0 = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._t0
