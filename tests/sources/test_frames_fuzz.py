"""Fuzzing WebSocket ingest: the frame decoder directly, then a real loopback connection."""

import asyncio
import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.asyncio.client import connect

from copilot.core.clock import ManualClock
from copilot.sources.frames import FrameDecoder, FrameError
from copilot.sources.ws_listen import WsListenSource

from .wsutil import take

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

garbage = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    st.sampled_from(
        [
            "[" * 100_000,
            "{" * 50_000,
            '{"t": NaN, "type": "end"}',
            '{"t": 1e400, "type": "end"}',
            '{"t": 1e300, "type": "end"}',
            '{"type": "chat", "id": {}, "viewer_id": "v", "text": "x"}',
            '{"type": "online", "count": "many"}',
            "null",
            "[]",
            '"text"',
            "x" * 2_000_000,
        ]
    ),
)


def valid(i, text):
    return json.dumps({"type": "chat", "id": f"ok{i}", "viewer_id": "v", "text": text})


def is_event_by_accident(frame):
    """Random junk that happens to be a valid spec event (e.g. '{"t":0,"type":"end"}')."""
    try:
        d = json.loads(frame) if isinstance(frame, str) else None
    except (ValueError, RecursionError):
        return False
    return isinstance(d, dict) and "type" in d


@FAST
@given(st.lists(st.tuples(st.text(max_size=50), garbage), max_size=30))
def test_decoder_never_crashes_counts_every_bad_frame_and_keeps_every_good_one(mix):
    dec = FrameDecoder(ManualClock(1.0))
    got, bad = [], 0
    frames = []
    for i, (text, junk) in enumerate(mix):
        frames += [valid(i, text), junk]
    for frame in frames:
        try:
            ev = dec.decode(frame)
        except FrameError:
            bad += 1
            continue
        if ev is not None and ev.type == "chat" and ev.id.startswith("ok"):
            got.append(ev.id)
    assert got == [f"ok{i}" for i in range(len(mix))]
    st_ = dec.stats
    assert st_.frames == len(frames)
    assert st_.rejected == bad
    assert st_.events + st_.rejected + st_.unknown_types + st_.duplicates == len(frames)
    accidental = sum(1 for _, junk in mix if is_event_by_accident(junk))
    assert bad >= len(mix) - accidental


def test_random_mix_over_a_real_connection_loses_no_valid_event():
    rng = random.Random(1234)
    junk = [
        "{",
        "[" * 100_000,
        b"\x00\xff binary",
        '{"t": Infinity, "type": "end"}',
        "x" * ((1 << 20) + 1),
        '{"t": 1, "type": "chat", "id": "j", "viewer_id": "v", "text": null}',
    ]

    async def main():
        src = WsListenSource("127.0.0.1", 0, clock=ManualClock(2.0))
        await src.start()
        it = src.events()
        planted, bad_sent, replies = [], 0, []
        async with connect(src.url, max_size=None) as ws:
            for i in range(300):
                if i == 150:  # a lone surrogate escape is valid JSON: kept
                    await ws.send(
                        '{"type": "chat", "id": "z", "viewer_id": "v", "text": "\\ud800"}'
                    )
                    planted.append("z")
                elif rng.random() < 0.4:
                    await ws.send(rng.choice(junk))
                    bad_sent += 1
                    replies.append(json.loads(await ws.recv()))
                else:
                    await ws.send(valid(i, rng.choice(["多少钱", "\u202ehi", "a" * 5000])))
                    planted.append(f"ok{i}")
            evs = await take(it, len(planted), timeout=10)
        assert [e.id for e in evs] == planted
        assert [r["count"] for r in replies] == list(range(1, bad_sent + 1))
        assert src.stats.rejected == bad_sent
        assert src.stats.events == len(planted)
        await src.aclose()

    asyncio.run(main())
