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
from copilot.sources.status_text import Line, line

YIELD_EVERY = 64


class FileReplaySource:
    """Replays ``path``; ``speed`` 2.0 plays twice as fast, ``0`` (or less) as fast as possible."""

    def __init__(self, path: str, speed: float = 1.0, name: str | None = None) -> None:
        self.path = path
        self.speed = speed
        self.name = name or f"replay:{path}"
        self.state = "connecting"
        self.line = line("nothing")
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
            self.state = "failed"
            self.line = line("cannot_read", path=self.path, why=e.strerror or e)
            return
        if first is None:
            self.state, self.line = "stopped", line("no_events", path=self.path)
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

    @property
    def detail(self) -> str:
        return self.line.render()

    def detail_in(self, lang: str) -> str:
        return self.line.render(lang)

    def _describe(self, finished: bool = False) -> None:
        speed: Line = line("fastest") if self.speed <= 0 else line("times", speed=f"{self.speed:g}")
        bad = self.stats.malformed + self.stats.unknown_types
        extra = line("bad_lines", n=bad) if bad else line("nothing")
        what = "replay_finished" if finished else "replay_playing"
        self.line = line(what, speed=speed, bad=extra)

    async def aclose(self) -> None:
        self._closed = True
        if self.state in ("connecting", "connected"):
            self.state = "stopped"
            self.line = line("replay_closed")
