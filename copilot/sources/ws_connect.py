"""``--ws-connect``: the app dials a bridge's WebSocket and keeps the link up.

Reconnects with exponential backoff and jitter (0.5 s doubling to 30 s), shows
``connecting`` / ``connected`` / ``reconnecting`` ("retry in N s") / ``stopped``, and
drops chat ids it has already seen, so a bridge that re-sends after a reconnect
causes no duplicates.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable

from websockets.asyncio.client import connect
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from copilot.core.clock import Clock, MonotonicClock
from copilot.core.events import Event
from copilot.sources.backoff import Backoff
from copilot.sources.frames import MAX_FRAME_BYTES, FrameDecoder, FrameStats
from copilot.sources.status_text import Line, line
from copilot.sources.ws_common import CLOSE_AUTH, EventQueue, SourceState, pump

HARD_CAP_FACTOR = 4
STABLE_S = 10.0  # a link that stayed up this long resets the backoff


class WsConnectSource(SourceState):
    """A ``Source`` that connects to ``url`` (ws:// or wss://) and reconnects until closed."""

    def __init__(
        self,
        url: str,
        *,
        clock: Clock | None = None,
        token: str | None = None,
        backoff: Backoff | None = None,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        recent_ids: int = 100_000,
        open_timeout: float = 10.0,
        stable_s: float = STABLE_S,
        on_state: Callable[[str, str], None] | None = None,
    ) -> None:
        self.url = url
        self.token = token or None
        self.name = f"ws-connect:{url}"
        self.state = "connecting"
        self._where = line("connecting_to", url=url)
        self.stats = FrameStats()
        self.decoder = FrameDecoder(
            clock or MonotonicClock(), self.stats, max_frame_bytes, recent_ids
        )
        self.backoff = backoff or Backoff()
        self.on_state = on_state
        self.connects = 0  # successful connections so far
        self.retry_in: float | None = None  # seconds of the current wait, while reconnecting
        self._max_frame = max_frame_bytes
        self._open_timeout = open_timeout
        self._stable_s = stable_s
        self._queue: EventQueue | None = None
        self._task: asyncio.Task[None] | None = None

    async def events(self) -> AsyncIterator[Event]:
        if self._queue is None:
            self._queue = EventQueue()
            self._task = asyncio.get_running_loop().create_task(self._run(self._queue))
        async for ev in self._queue:
            yield ev

    async def _run(self, queue: EventQueue) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        why: Line | None = None
        try:
            while True:
                if self.connects or why is not None:
                    delay = self.backoff.next_delay()
                    self.retry_in = delay
                    self._set("reconnecting", "retry", why=why or line("link_lost"),
                              delay=f"{delay:.1f}")  # fmt: skip
                    await asyncio.sleep(delay)
                    self.retry_in = None
                    self._set("reconnecting", "connecting_again", url=self.url)
                try:
                    ws = await connect(
                        self.url,
                        additional_headers=headers,
                        max_size=self._max_frame * HARD_CAP_FACTOR,
                        open_timeout=self._open_timeout,
                        ping_interval=20,
                        ping_timeout=20,
                    )
                except InvalidURI as e:
                    self._set("failed", "bad_url", why=e)
                    return
                except InvalidStatus as e:
                    code = e.response.status_code
                    if code in (401, 403):
                        self.stats.auth_failures += 1
                        why = line("refused_token", code=code)
                    else:
                        why = line("refused", code=code)
                    continue
                except (OSError, TimeoutError, InvalidHandshake) as e:
                    why = line("cannot_connect", why=str(e)[:120] or type(e).__name__)
                    continue
                self.connects += 1
                opened = time.monotonic()
                self._set("connected", "connected_to", url=self.url)
                async with ws:
                    sent = await pump(ws, self.decoder, queue)
                if time.monotonic() - opened >= self._stable_s:
                    self.backoff.reset()
                rcvd = ws.protocol.close_rcvd
                received = rcvd.code if rcvd is not None else None
                if received == CLOSE_AUTH:
                    self.stats.auth_failures += 1
                    why = line("token_closed")
                elif sent is not None:
                    why = line("closed_by_us", code=sent)
                elif received is None:
                    why = line("link_lost")
                else:
                    why = line("closed_by_bridge", code=received)
        except Exception as e:  # a bug here must show in the state, not hang the app
            self._set("failed", "internal", why=f"{e!r}"[:180])
        finally:
            queue.end()

    async def aclose(self) -> None:
        if self.state == "stopped":
            return
        self._set("stopped", "link_closed", url=self.url)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._queue is not None:
            self._queue.end()
