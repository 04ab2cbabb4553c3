"""``--ws-listen``: a WebSocket server that bridge programs push session events into.

Douyin/Kuaishou/Taobao comment tools usually forward messages over a local
WebSocket; any such bridge connects here and sends one spec event per text frame.
An optional token is checked on the HTTP upgrade (``Authorization: Bearer`` or
``?token=``); a wrong one gets 401 and is counted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from http import HTTPStatus

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response

from copilot.core.clock import Clock, MonotonicClock
from copilot.core.events import Event
from copilot.sources.frames import MAX_FRAME_BYTES, FrameDecoder, FrameStats
from copilot.sources.status_text import line
from copilot.sources.ws_common import EventQueue, SourceState, pump, token_matches

HARD_CAP_FACTOR = 4  # frames up to 4× the limit get an error reply; bigger ones close


class WsListenSource(SourceState):
    """A ``Source`` serving ``ws://host:port``; ``port`` 0 picks a free port (see ``.port``)."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        clock: Clock | None = None,
        token: str | None = None,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        recent_ids: int = 100_000,
        on_state: Callable[[str, str], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token or None
        self.name = f"ws-listen:{host}:{port}"
        self.state = "connecting"
        self._where = line("starting")
        self.stats = FrameStats()
        self.decoder = FrameDecoder(
            clock or MonotonicClock(), self.stats, max_frame_bytes, recent_ids
        )
        self.on_state = on_state
        self.clients = 0
        self._max_frame = max_frame_bytes
        self._server: Server | None = None
        self._queue: EventQueue | None = None

    # ------------------------------------------------------------ state
    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def _describe(self) -> None:
        if self.state in ("stopped", "failed"):
            return
        if self.clients:
            key = "one_bridge" if self.clients == 1 else "bridges_on"
            self._set("connected", key, n=self.clients, url=self.url)
        else:
            self._set("connecting", "listening", url=self.url)

    # ------------------------------------------------------------ serving
    async def start(self) -> None:
        """Bind the server (idempotent); on failure the state is ``failed``."""
        if self._server is not None or self.state in ("stopped", "failed"):
            return
        self._queue = EventQueue()
        try:
            self._server = await serve(
                self._handle,
                self.host,
                self.port,
                process_request=self._check_token,
                max_size=self._max_frame * HARD_CAP_FACTOR,
                ping_interval=20,
                ping_timeout=20,
            )
        except OSError as e:
            self._queue.end()
            self._set(
                "failed", "cannot_listen", addr=f"{self.host}:{self.port}", why=e.strerror or e
            )
            return
        self.port = self._server.sockets[0].getsockname()[1]
        self.name = f"ws-listen:{self.host}:{self.port}"
        self._describe()

    def _check_token(self, conn: ServerConnection, request: Request) -> Response | None:
        if self.token is None:
            return None
        if token_matches(self.token, request.headers.get("Authorization"), request.path):
            return None
        self.stats.auth_failures += 1
        self.stats.note("connection refused: missing or wrong token")
        return conn.respond(HTTPStatus.UNAUTHORIZED, "missing or wrong token\n")

    async def _handle(self, ws: ServerConnection) -> None:
        assert self._queue is not None
        self.clients += 1
        self._describe()
        try:
            await pump(ws, self.decoder, self._queue)
        finally:
            self.clients -= 1
            self._describe()

    async def events(self) -> AsyncIterator[Event]:
        await self.start()
        if self._queue is None:
            return
        async for ev in self._queue:
            yield ev

    async def aclose(self) -> None:
        if self.state == "stopped":
            return
        self._set("stopped", "stopped_listening", url=self.url)
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        if self._queue is not None:
            self._queue.end()
