"""The listening source against real ``websockets`` clients on loopback."""

import asyncio
import json
import socket

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosedError, InvalidStatus

from copilot.core.clock import ManualClock
from copilot.core.events import Chat, Online
from copilot.sources.ws_listen import WsListenSource

from .wsutil import take, wait_for


def chat(i, t=None, **more):
    d = {"type": "chat", "id": f"m{i}", "viewer_id": "v1", "text": f"hi {i}", **more}
    if t is not None:
        d["t"] = t
    return json.dumps(d, ensure_ascii=False)


async def started(**kw):
    src = WsListenSource("127.0.0.1", 0, **kw)
    await src.start()
    return src, src.events()


def test_events_flow_and_missing_t_is_stamped_non_decreasing():
    async def main():
        clock = ManualClock(5.0)
        states = []
        src, it = await started(clock=clock, on_state=lambda s, d: states.append(s))
        assert src.state == "connecting" and "waiting for a bridge" in src.detail
        async with connect(src.url) as ws:
            await ws.send(chat(1))
            evs = await take(it, 1)
            clock.advance_to(6.5)
            await ws.send(json.dumps({"type": "online", "count": 40}))
            await ws.send(chat(2, t=3.0))  # a t from the past is moved up to 6.5
            await ws.send(chat(3, t=9.0))
            await ws.send(chat(4))  # the clock (6.5) is behind 9.0: stays at 9.0
            evs += await take(it, 4)
            assert src.state == "connected" and "1 bridge" in src.detail
        assert [type(e) for e in evs] == [Chat, Online, Chat, Chat, Chat]
        assert [e.t for e in evs] == [5.0, 6.5, 6.5, 9.0, 9.0]
        assert src.stats.stamped == 3 and src.stats.clamped == 1
        await wait_for(lambda: src.clients == 0)
        assert src.state == "connecting"
        await src.aclose()
        assert [e async for e in it] == []
        assert states[-1] == "stopped" and "connected" in states

    asyncio.run(main())


def test_bad_frames_are_answered_counted_and_the_link_stays_up():
    async def main():
        src, it = await started(max_frame_bytes=2500)
        bad = [
            "{nope",
            "[1, 2]",
            b"\x00\x01binary",
            "[" * 2000,
            '"' + "x" * 3000 + '"',
            '{"t": NaN, "type": "chat"}',
            '{"t": 1, "type": "chat", "id": "z", "viewer_id": "v", "text": 5}',
            '{"t": 1, "type": 7}',
        ]
        async with connect(src.url) as ws:
            replies = []
            for i, frame in enumerate(bad):
                await ws.send(chat(i))
                await ws.send(frame)
                replies.append(json.loads(await ws.recv()))
            await ws.send(chat(99))
            evs = await take(it, len(bad) + 1)
        assert [e.id for e in evs] == [f"m{i}" for i in range(len(bad))] + ["m99"]
        assert [r["count"] for r in replies] == list(range(1, len(bad) + 1))
        whys = [r["error"] for r in replies]
        assert "invalid JSON" in whys[0] and "one JSON object" in whys[1]
        assert "binary" in whys[2] and "too deeply" in whys[3] and "too large" in whys[4]
        assert "NaN" in whys[5] and "'text'" in whys[6] and "type" in whys[7]
        st = src.stats
        assert (st.malformed, st.binary, st.too_deep, st.oversized) == (5, 1, 1, 1)
        assert st.rejected == len(bad) and st.events == len(bad) + 1
        await src.aclose()

    asyncio.run(main())


def test_unknown_types_and_duplicates_are_dropped_quietly():
    async def main():
        src, it = await started()
        async with connect(src.url) as ws:
            await ws.send(json.dumps({"t": 1, "type": "hologram"}))
            await ws.send(chat(1))
        async with connect(src.url) as ws:  # a bridge reconnecting and re-sending
            await ws.send(chat(1))
            await ws.send(json.dumps({"t": 2, "type": "host_chat", "id": "m1", "text": "ok"}))
            await ws.send(chat(2))
            evs = await take(it, 3)
        assert [(e.type, e.id) for e in evs] == [
            ("chat", "m1"),
            ("host_chat", "m1"),
            ("chat", "m2"),
        ]
        assert src.stats.unknown_types == 1 and src.stats.duplicates == 1
        await src.aclose()

    asyncio.run(main())


def test_invalid_utf8_closes_with_1007_and_the_server_goes_on():
    async def main():
        src, it = await started()
        async with connect(src.url) as ws:
            await ws.send(chat(1))
            await ws.send(b'{"t":1,"type":"chat","text":"\xff"}', text=True)
            with pytest.raises(ConnectionClosedError) as exc:
                await ws.recv()
            assert exc.value.rcvd.code == 1007
        async with connect(src.url) as ws:
            await ws.send(chat(2))
            evs = await take(it, 2)
        assert [e.id for e in evs] == ["m1", "m2"]
        await wait_for(lambda: src.stats.invalid_utf8 == 1)
        await src.aclose()

    asyncio.run(main())


def test_frames_past_the_hard_cap_close_with_1009():
    async def main():
        src, it = await started(max_frame_bytes=1000)
        async with connect(src.url) as ws:
            await ws.send("x" * 5000)
            with pytest.raises(ConnectionClosedError) as exc:
                await ws.recv()
            assert exc.value.rcvd.code == 1009
        await wait_for(lambda: src.stats.oversized == 1)
        await src.aclose()

    asyncio.run(main())


@pytest.mark.parametrize("how", ["header", "query"])
def test_token_is_checked_on_the_upgrade(how):
    async def main():
        src, it = await started(token="s3cr3t")
        for url, headers in ((src.url, None), (src.url + "?token=nope", None)):
            with pytest.raises(InvalidStatus) as exc:
                async with connect(url, additional_headers=headers):
                    pass
            assert exc.value.response.status_code == 401
        with pytest.raises(InvalidStatus):
            async with connect(src.url, additional_headers={"Authorization": "Bearer x"}):
                pass
        assert src.stats.auth_failures == 3
        if how == "header":
            ok = connect(src.url, additional_headers={"Authorization": "Bearer s3cr3t"})
        else:
            ok = connect(src.url + "/?token=s3cr3t")
        async with ok as ws:
            await ws.send(chat(1))
            (ev,) = await take(it, 1)
        assert ev.id == "m1"
        await src.aclose()

    asyncio.run(main())


def test_two_bridges_at_once():
    async def main():
        src, it = await started()
        async with connect(src.url) as a, connect(src.url) as b:
            await wait_for(lambda: src.clients == 2)
            assert "2 bridges" in src.detail
            await a.send(chat(1))
            await b.send(chat(2))
            evs = await take(it, 2)
        assert sorted(e.id for e in evs) == ["m1", "m2"]
        await src.aclose()

    asyncio.run(main())


def test_port_in_use_fails_with_a_reason():
    async def main():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            s.listen()
            port = s.getsockname()[1]
            src = WsListenSource("127.0.0.1", port)
            assert [e async for e in src.events()] == []
        assert src.state == "failed" and "cannot listen" in src.detail
        await src.aclose()

    asyncio.run(main())
