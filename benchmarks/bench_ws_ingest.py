"""WebSocket ingest: events/s a real loopback client can push through ``--ws-listen``.

Usage: python benchmarks/bench_ws_ingest.py [--events 100000] [--garbage 0.1]
One client sends chat events (and a share of malformed frames) as fast as it can; the
figure is events decoded and handed to the app per second, end to end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from websockets.asyncio.client import connect

from copilot.sources.ws_listen import WsListenSource


async def run(n: int, garbage: float) -> tuple[float, int, int]:
    src = WsListenSource("127.0.0.1", 0)
    await src.start()
    every = int(1 / garbage) if garbage > 0 else 0
    frames = []
    for i in range(n):
        if every and i % every == 0:
            frames.append("{not json")
        frames.append(
            json.dumps(
                {"type": "chat", "id": f"m{i}", "viewer_id": f"v{i % 999}", "text": "多少钱"}
            )
        )

    async def drain_replies(ws) -> None:
        async for _ in ws:
            pass

    got = 0
    t0 = time.perf_counter()
    async with connect(src.url) as ws:
        replies = asyncio.create_task(drain_replies(ws))

        async def send() -> None:
            for f in frames:
                await ws.send(f)

        sender = asyncio.create_task(send())
        async for _ in src.events():
            got += 1
            if got == n:
                break
        await sender
        replies.cancel()
    dt = time.perf_counter() - t0
    await src.aclose()
    return got / dt, got, src.stats.rejected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--garbage", type=float, default=0.1, help="share of malformed frames")
    a = ap.parse_args()
    rate, got, bad = asyncio.run(run(a.events, a.garbage))
    print(f"ws ingest: {rate:,.0f} events/s ({got:,} events, {bad:,} malformed frames answered)")


if __name__ == "__main__":
    main()
