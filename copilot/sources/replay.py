"""A file replay ``Source``: plays a session JSONL back on its own clock, at real speed or faster.

Events are yielded when the wall clock reaches their session time divided by ``speed``
(asyncio sleeps, never blocking the loop); a late consumer gets the backlog at once,
yielding to the loop every few events so the window stays responsive.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator

from copilot.core.events import Event
from copilot.core.jsonl import ReadStats, read_file

YIELD_EVERY = 64


class FileReplaySource:
    """Replays ``path``; ``speed`` 2.0 plays twice as fast, ``0`` (or less) as fast as possible."""

    def __init__(self, path: str, speed: float = 1.0, name: str | None = None) -> None:
        self.path = path
        self.speed = speed
        self.name = name or f"replay:{path}"
        self.state = "connecting"
        self.detail = ""
        self.stats = ReadStats()
        self._t0_wall: float | None = None
        self._t0_session = 0.0
        self._last_t = 0.0
        self._closed = False

    def session_time(self) -> float:
        """Session seconds now (interpolated between events while playing)."""
        if self._t0_wall is None:
            return 0.0
        if self.state != "connected" or self.speed <= 0:
            return self._last_t
        return self._t0_session + (time.monotonic() - self._t0_wall) * self.speed

    async def events(self) -> AsyncIterator[Event]:
        try:
            it = read_file(self.path, self.stats)
            first = next(it, None)
        except OSError as e:
            self.state, self.detail = "failed", f"cannot read {self.path}: {e.strerror or e}"
            return
        if first is None:
            self.state, self.detail = "stopped", f"no events in {self.path}"
            return
        self.state = "connected"
        self._t0_session = self._last_t = first.t
        self._t0_wall = time.monotonic()
        self._describe()
        n = 0
        try:
            for ev in itertools.chain((first,), it):
                if self._closed:
                    break
                n += 1
                if self.speed > 0:
                    due = self._t0_wall + (ev.t - self._t0_session) / self.speed
                    delay = due - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                        n = 0
                if n >= YIELD_EVERY:
                    n = 0
                    await asyncio.sleep(0)
                self._last_t = max(self._last_t, ev.t)
                yield ev
        finally:
            it.close()
            if self.state == "connected":
                self.state = "stopped"
                self._describe(finished=not self._closed)

    def _describe(self, finished: bool = False) -> None:
        speed = "as fast as possible" if self.speed <= 0 else f"×{self.speed:g}"
        what = "finished" if finished else "playing"
        bad = self.stats.malformed + self.stats.unknown_types
        extra = f", {bad} bad lines skipped" if bad else ""
        self.detail = f"replay {what} ({speed}){extra}"

    async def aclose(self) -> None:
        self._closed = True
        if self.state in ("connecting", "connected"):
            self.state = "stopped"
            self.detail = "replay closed"
