"""``copilot run --headless``: a live source through the pipeline into a recording, no window.

Prints a status line every few seconds and a summary at the end; SIGINT/SIGTERM stop
it cleanly (the source is closed, the pipeline finished, the recording flushed).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
import traceback
from typing import Any, TextIO

from copilot.core.pipeline import Pipeline
from copilot.recording.recorder import Recorder

DRAIN_S = 2.0  # after a stop request, time the source gets to hand over what it has


class HeadlessRun:
    def __init__(
        self,
        source: Any,
        pipeline: Pipeline,
        recorder: Recorder | None,
        status_every: float = 5.0,
        out: TextIO | None = None,
    ) -> None:
        self.source = source
        self.pipeline = pipeline
        self.recorder = recorder
        self.status_every = status_every
        self.out = out or sys.stderr
        self.errors = 0
        self.stopped_by: str | None = None
        self._t0 = time.monotonic()
        if recorder is not None:
            pipeline.subscribe(recorder.on_update)

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def status(self) -> str:
        p, rec = self.pipeline, self.recorder
        parts = [
            f"[{time.monotonic() - self._t0:6.0f}s] {self.source.state}: {self.source.detail}",
            f"pipeline {p.events:,} events, {p.messages:,} messages",
        ]
        if rec is not None:
            parts.append(f"recorded {rec.recorded + rec.pending:,}")
            if rec.error:
                parts.append(f"RECORDING PROBLEM: {rec.error}")
        if self.errors:
            parts.append(f"{self.errors} events failed in the pipeline")
        return " | ".join(parts)

    def _feed(self, ev: Any) -> None:
        try:
            self.pipeline.feed(ev)
        except Exception:  # one bad event must not end a live session
            self.errors += 1
            if self.errors == 1:
                self._print("copilot run: an event failed in the pipeline:")
                traceback.print_exc(file=self.out)

    async def _consume(self) -> None:
        async for ev in self.source.events():
            self._feed(ev)

    async def _status_loop(self) -> None:
        while True:
            await asyncio.sleep(self.status_every)
            self._print(self.status())

    def _stop(self, name: str, stop: asyncio.Event) -> None:
        self.stopped_by = name
        stop.set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        sigs = (signal.SIGINT, signal.SIGTERM)
        for sig in sigs:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self._stop, sig.name, stop)
        if self.recorder is not None:
            self.recorder.start_flusher()
        consumer = asyncio.create_task(self._consume())
        stopper = asyncio.create_task(stop.wait())
        ticker = asyncio.create_task(self._status_loop())
        try:
            await asyncio.wait({consumer, stopper}, return_when=asyncio.FIRST_COMPLETED)
            await self.source.aclose()
            await asyncio.wait({consumer}, timeout=DRAIN_S)
        finally:
            for task in (consumer, stopper, ticker):
                task.cancel()
            await asyncio.gather(consumer, stopper, ticker, return_exceptions=True)
            for sig in sigs:
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.remove_signal_handler(sig)
            self.pipeline.finish()
            if self.recorder is not None:
                self.recorder.close()
        self._print(self.summary())
        crash = None if consumer.cancelled() else consumer.exception()
        if crash is not None:
            self._print(f"copilot run: the source failed: {crash!r}")
            return 1
        return 1 if self.source.state == "failed" else 0

    def summary(self) -> str:
        p, rec = self.pipeline, self.recorder
        why = f"stopped by {self.stopped_by}" if self.stopped_by else "source ended"
        lines = [
            f"run: {why} after {time.monotonic() - self._t0:.1f} s; {self.source.state}: "
            f"{self.source.detail}",
            f"  pipeline: {p.events:,} events, {p.messages:,} chat messages,"
            f" session t={p.room.now:,.1f} s",
        ]
        if rec is not None:
            lines.append(f"  recording: {rec.recorded:,} events in {rec.path}")
            if rec.error or rec.dropped:
                lines.append(f"  recording problems: {rec.error} ({rec.dropped} events lost)")
        if self.errors:
            lines.append(f"  {self.errors} events failed in the pipeline")
        problems = getattr(getattr(self.source, "stats", None), "problems", [])
        for why_bad in problems[:5]:
            lines.append(f"  bad input: {why_bad}")
        return "\n".join(lines)
