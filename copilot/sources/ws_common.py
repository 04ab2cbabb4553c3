"""What both WebSocket sources share: the token check, close-code accounting, the queue.

Each connection is read frame by frame; a bad frame is answered with
``{"error": …, "count": N}`` (N: bad frames so far on that connection) and never
ends the connection, except where RFC 6455 demands it (invalid UTF-8 in a text
frame: close 1007) or the frame passes the hard size cap (close 1009).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import AsyncIterator, Callable
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.connection import Connection
from websockets.exceptions import ConnectionClosed
from websockets.frames import CloseCode

from copilot.core.events import Event
from copilot.sources.frames import FrameDecoder, FrameError, FrameStats
from copilot.sources.status_text import Line, line

QUEUE_HIGH_WATER = 10_000  # events waiting for the app before we stop reading sockets
CLOSE_AUTH = 4001  # application close code: missing or wrong token


class SourceState:
    """The visible connection state both sources keep: ``state``, a ``detail`` line made
    of where we are plus the frame counts, and an ``on_state`` callback on each change."""

    state: str
    _where: Line
    stats: FrameStats
    on_state: Callable[[str, str], None] | None

    @property
    def detail(self) -> str:
        return self.detail_in("en")

    def detail_in(self, lang: str) -> str:
        sep = "；" if lang == "zh" else "; "
        return f"{self._where.render(lang)}{sep}{self.stats.summary(lang)}"

    def _set(self, state: str, key: str, **values: object) -> None:
        where = line(key, **values)
        changed = (state, where) != (self.state, self._where)
        self.state, self._where = state, where
        if changed and self.on_state is not None:
            self.on_state(state, self.detail)


def token_matches(expected: str, headers_auth: str | None, path: str) -> bool:
    """The token from ``Authorization: Bearer …`` or ``?token=…`` equals ``expected``."""
    got: str | None = None
    if headers_auth and headers_auth[:7].lower() == "bearer ":
        got = headers_auth[7:].strip()
    if got is None:
        values = parse_qs(urlsplit(path).query).get("token")
        got = values[0] if values else None
    if got is None:
        return False
    return hmac.compare_digest(got.encode("utf-8", "replace"), expected.encode("utf-8"))


class EventQueue:
    """Events from all connections, in arrival order, until ``end()``."""

    _END = object()

    def __init__(self, high_water: int = QUEUE_HIGH_WATER) -> None:
        self._q: asyncio.Queue[object] = asyncio.Queue()
        self.high_water = high_water
        self.ended = False

    async def put(self, ev: Event) -> None:
        self._q.put_nowait(ev)
        while self._q.qsize() > self.high_water and not self.ended:
            await asyncio.sleep(0.01)  # the app is behind: stop reading the socket a moment

    def end(self) -> None:
        if not self.ended:
            self.ended = True
            self._q.put_nowait(self._END)

    async def __aiter__(self) -> AsyncIterator[Event]:
        while True:
            item = await self._q.get()
            if item is self._END:
                return
            assert isinstance(item, Event)
            yield item


async def pump(
    ws: Connection,
    decoder: FrameDecoder,
    queue: EventQueue,
    on_event: Callable[[], None] | None = None,
) -> int | None:
    """Read ``ws`` until it closes; return the close code we sent (None: the peer closed)."""
    bad = 0
    st = decoder.stats
    while True:
        try:
            data = await ws.recv()
        except ConnectionClosed as e:
            code = e.sent.code if e.sent is not None else None
            if code == CloseCode.INVALID_DATA:
                st.invalid_utf8 += 1
                st.frames += 1
                st.note("invalid UTF-8 in a text frame (connection closed, RFC 6455)")
            elif code == CloseCode.MESSAGE_TOO_BIG:
                st.oversized += 1
                st.frames += 1
                st.note("frame over the hard size cap (connection closed)")
            return code
        try:
            ev = decoder.decode(data)
        except FrameError as err:
            bad += 1
            with contextlib.suppress(ConnectionClosed):
                await ws.send(decoder.error_reply(err, bad))
            continue
        if ev is not None:
            await queue.put(ev)
            if on_event is not None:
                on_event()
