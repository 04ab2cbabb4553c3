"""The file replay source: session clock pacing, speed, states, closing early."""

from __future__ import annotations

import asyncio
import json
import time

from copilot.sources.replay import FileReplaySource


def write_session(path, times):
    lines = [{"t": 0, "type": "session", "room_id": "r", "lang": "zh"}]
    lines += [
        {"t": t, "type": "chat", "id": f"m{i}", "viewer_id": "v", "text": "hi"}
        for i, t in enumerate(times)
    ]
    lines.append({"t": times[-1], "type": "end"})
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    return str(path)


async def collect(src):
    out = []
    async for ev in src.events():
        out.append((time.monotonic(), ev))
    return out


def test_events_arrive_on_the_session_clock_scaled_by_speed(tmp_path):
    path = write_session(tmp_path / "s.jsonl", [0.5, 1.0, 2.0])
    src = FileReplaySource(path, speed=10)
    t0 = time.monotonic()
    got = asyncio.run(collect(src))
    assert [ev.type for _, ev in got] == ["session", "chat", "chat", "chat", "end"]
    # the chat at t=2.0 is due 0.2 s after the start at ×10
    assert got[3][0] - t0 >= 0.19
    assert src.state == "stopped"
    assert "finished" in src.detail and "1 bad lines skipped" in src.detail
    assert src.detail_in("zh") == "回放结束（×10），跳过 1 行坏数据"


def test_speed_zero_replays_as_fast_as_possible(tmp_path):
    path = write_session(tmp_path / "s.jsonl", [float(i) for i in range(1, 2000)])
    src = FileReplaySource(path, speed=0)
    t0 = time.monotonic()
    got = asyncio.run(collect(src))
    assert len(got) == 2001
    assert time.monotonic() - t0 < 5


def test_missing_file_fails_with_a_reason(tmp_path):
    src = FileReplaySource(str(tmp_path / "nope.jsonl"))
    assert asyncio.run(collect(src)) == []
    assert src.state == "failed" and "cannot read" in src.detail
    assert src.detail_in("zh").startswith("读不了 ")


def test_aclose_stops_a_replay_that_waits(tmp_path):
    path = write_session(tmp_path / "s.jsonl", [0.1, 1000.0])

    async def main():
        src = FileReplaySource(path, speed=1)
        seen = []

        async def consume():
            async for ev in src.events():
                seen.append(ev)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.3)
        await src.aclose()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        return src, seen

    src, seen = asyncio.run(main())
    assert [e.type for e in seen] == ["session", "chat"]
    assert src.state == "stopped"
    assert 0.1 <= src.session_time() < 1000
