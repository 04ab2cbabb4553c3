"""The connecting source against a real ``websockets`` bridge on loopback."""

import asyncio
import json

from websockets.asyncio.server import serve

from copilot.core.clock import ManualClock
from copilot.sources.backoff import Backoff
from copilot.sources.ws_connect import WsConnectSource

from .wsutil import take


def chat(i, t=None):
    d = {"type": "chat", "id": f"m{i}", "viewer_id": "v1", "text": f"hello {i}"}
    if t is not None:
        d["t"] = t
    return json.dumps(d)


class Bridge:
    """A bridge server that sends ``frames`` to each client, then waits; records replies."""

    def __init__(self, frames, require_token=None):
        self.frames = frames
        self.replies = []
        self.auth_headers = []
        self.require_token = require_token
        self.server = None

    async def handler(self, ws):
        self.auth_headers.append(ws.request.headers.get("Authorization"))
        if self.require_token and ws.request.headers.get("Authorization") != (
            f"Bearer {self.require_token}"
        ):
            await ws.close(4001, "bad token")
            return
        for f in self.frames:
            await ws.send(f)
        async for msg in ws:
            self.replies.append(json.loads(msg))

    async def start(self, port=0):
        self.server = await serve(self.handler, "127.0.0.1", port)
        return self.server.sockets[0].getsockname()[1]

    async def stop(self):
        self.server.close()
        await self.server.wait_closed()


async def collect(src):
    return [e async for e in src.events()]


async def wait_for(cond, timeout=3.0):
    async with asyncio.timeout(timeout):
        while not cond():
            await asyncio.sleep(0.01)


def test_reconnects_with_backoff_and_drops_resent_ids():
    async def main():
        states = []
        bridge = Bridge([chat(1), chat(2), "{oops", chat(3)])
        port = await bridge.start()
        src = WsConnectSource(
            f"ws://127.0.0.1:{port}",
            clock=ManualClock(7.0),
            backoff=Backoff(base=0.05, cap=0.2, jitter=0.0),
            on_state=lambda s, d: states.append((s, d)),
        )
        it = src.events()
        first = await take(it, 3)
        assert [e.id for e in first] == ["m1", "m2", "m3"]
        assert all(e.t == 7.0 for e in first)  # stamped from the injected clock
        assert src.state == "connected" and src.connects == 1
        await wait_for(lambda: bridge.replies)
        assert bridge.replies[0]["count"] == 1 and "invalid JSON" in bridge.replies[0]["error"]

        await bridge.stop()
        await wait_for(lambda: src.state == "reconnecting" and src.retry_in is not None)
        assert "retry in" in src.detail
        await asyncio.sleep(0.5)  # a few failed attempts: the delay grows to the cap
        assert src.backoff.failures >= 2
        assert any("cannot connect" in d for s, d in states if s == "reconnecting")

        bridge.frames = [chat(2), chat(3), chat(4), chat(5)]  # re-sends old ids after restart
        await bridge.start(port)
        second = await take(it, 2)
        assert [e.id for e in second] == ["m4", "m5"]
        assert src.state == "connected" and src.connects == 2
        assert src.stats.duplicates == 2
        await src.aclose()
        assert src.state == "stopped"
        rest = [e async for e in it]
        assert rest == []
        await bridge.stop()
        seen = [s for s, _ in states]
        assert seen[0] == "connected" and "reconnecting" in seen and seen[-1] == "stopped"

    asyncio.run(main())


def test_sends_the_token_and_reports_a_refusal():
    async def main():
        bridge = Bridge([chat(1)], require_token="right")
        port = await bridge.start()
        src = WsConnectSource(
            f"ws://127.0.0.1:{port}",
            token="wrong",
            backoff=Backoff(base=0.05, cap=0.1, jitter=0.0),
        )
        consumer = asyncio.create_task(collect(src))
        await wait_for(lambda: src.stats.auth_failures >= 1)
        assert bridge.auth_headers[0] == "Bearer wrong"
        await wait_for(lambda: src.state == "reconnecting")
        assert "token" in src.detail
        await src.aclose()
        assert await consumer == []
        await bridge.stop()

    asyncio.run(main())


def test_bad_url_fails_without_retrying():
    async def main():
        src = WsConnectSource("http://example.invalid/x")
        assert [e async for e in src.events()] == []
        assert src.state == "failed" and "bad URL" in src.detail
        await src.aclose()

    asyncio.run(main())


def test_backoff_doubles_to_the_cap_with_bounded_jitter():
    b = Backoff(base=0.5, cap=30.0, jitter=0.0)
    assert [b.next_delay() for _ in range(8)] == [0.5, 1, 2, 4, 8, 16, 30, 30]
    b.reset()
    assert b.next_delay() == 0.5
    lo = Backoff(rng=lambda: 0.0)
    hi = Backoff(rng=lambda: 0.999999)
    assert lo.next_delay() == 0.4 and 0.5 < hi.next_delay() < 0.6
    for _ in range(100):
        assert hi.next_delay() <= 30.0
