"""GUI benchmark: the real window and pipeline under a chat flood; prints loop lag, drops, memory.

Rate mode (default): 1,000 chat messages/s for ``--seconds`` (60) through the pipeline
into the window (and a recorder), while a probe measures how late a 20 ms asyncio
timer fires (event-loop lag p50/p99/max); checks the pipeline and the recording saw
every message. Flood mode (``--messages 1000000``): push that many as fast as possible
and print RSS before, during and after (memory must stay flat, ≤ 400 MB).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --seconds 60
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --messages 1000000
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
import qasync  # noqa: E402

from copilot.commands.demo_cmd import demo_files  # noqa: E402
from copilot.core.assemble import build_pipeline  # noqa: E402
from copilot.core.catalog import load_catalog  # noqa: E402
from copilot.core.events import Chat, Event, Join, SessionStart  # noqa: E402
from copilot.core.pipeline import MessageAdded, Update  # noqa: E402
from copilot.recording import Recorder, open_recording  # noqa: E402
from copilot.ui.app import ensure_app  # noqa: E402
from copilot.ui.fonts import apply_ui_font  # noqa: E402
from copilot.ui.live_session import LiveSession  # noqa: E402
from copilot.ui.theme import apply_theme  # noqa: E402

TEXTS = (
    "主播晚上好",
    "1号链接多少钱",
    "牛肉干还有货吗",
    "发什么快递呀",
    "已拍两件",
    "卡了卡了",
    "怎么不回我",
    "哈哈哈哈哈",
    "螺蛳粉煮几分钟",
    "有优惠券吗",
    "孕妇能吃坚果吗",
    "拆了还能退吗",
)
VIEWERS = 5000
PROBE_S = 0.02


class FloodSource:
    """Synthetic chat at ``rate`` messages/s (0 = as fast as the consumer takes them)."""

    name = "bench flood"

    def __init__(self, total: int, rate: float) -> None:
        self.total, self.rate = total, rate
        self.state, self.detail = "connecting", ""
        self.sent = 0

    async def events(self) -> AsyncIterator[Event]:
        self.state = "connected"
        yield SessionStart(0.0, room_id="bench", platform="bench", lang="zh")
        for v in range(VIEWERS):
            yield Join(0.0, viewer_id=f"v{v}", name=f"观众{v}")
        t0 = time.monotonic()
        n = 0
        while n < self.total:
            if self.rate > 0:
                due = t0 + n / self.rate
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            elif n % 256 == 0:
                await asyncio.sleep(0)
            t = n / self.rate if self.rate > 0 else n / 1000.0
            yield Chat(
                t,
                id=f"m{n}",
                viewer_id=f"v{n % VIEWERS}",
                name=f"观众{n % VIEWERS}",
                text=TEXTS[n % len(TEXTS)],
            )
            n += 1
            self.sent = n
        self.state, self.detail = "stopped", "flood done"

    async def aclose(self) -> None:
        self.state = "stopped"


async def lag_probe(lags: list[float], stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        expected = loop.time() + PROBE_S
        await asyncio.sleep(PROBE_S)
        lags.append(max(0.0, loop.time() - expected))


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


async def bench(args: argparse.Namespace) -> int:
    session_path, catalog_path = demo_files()
    catalog = load_catalog(str(catalog_path))
    flood = args.messages is not None
    total = args.messages if flood else int(args.rate * args.seconds)
    source = FloodSource(total, 0 if flood else args.rate)
    pipeline = build_pipeline(catalog)
    added = 0

    def count(u: Update) -> None:
        nonlocal added
        if isinstance(u, MessageAdded):
            added += 1

    pipeline.subscribe(count)
    tmp = tempfile.TemporaryDirectory()
    recorder = None
    if not args.no_record:
        recorder = Recorder(Path(tmp.name) / "bench.db", room="bench", catalog=catalog)
        pipeline.subscribe(recorder.on_update)
        recorder.start_flusher()
    session = LiveSession(source, catalog, pipeline, "bench")
    session.window.show()
    lags: list[float] = []
    stop = asyncio.Event()
    probe = asyncio.ensure_future(lag_probe(lags, stop))
    await asyncio.sleep(0.5)  # let the window settle before measuring
    rss0 = rss_mb()
    peak = rss0
    t0 = time.perf_counter()
    session.start()
    samples = []
    next_report = 0
    assert session.task is not None
    while not session.task.done():
        await asyncio.sleep(0.25)
        peak = max(peak, rss_mb())
        if flood and source.sent >= next_report:
            samples.append((source.sent, rss_mb()))
            print(f"  RSS after {source.sent:>9,} messages: {samples[-1][1]:7.1f} MB", flush=True)
            next_report += max(1, total // 10)
    wall = time.perf_counter() - t0
    await asyncio.sleep(0.3)  # the last flush
    rss1 = rss_mb()
    stop.set()
    await probe
    await session.aclose()
    recorded_chats = None
    if recorder is not None:
        recorder.close()
        with open_recording(Path(tmp.name) / "bench.db") as rec:
            recorded_chats = sum(1 for line in rec.lines() if '"type":"chat"' in line)
    shown = session.chat_model.rowCount()
    session.window.close()
    session.window.deleteLater()
    tmp.cleanup()

    print(
        f"messages sent {source.sent:,}, pipeline saw {pipeline.messages:,},"
        f" window got {added:,}, stage errors {session.stage_errors}"
    )
    if recorded_chats is not None:
        print(f"recording holds {recorded_chats:,} chat messages")
    print(f"wall {wall:.1f} s → {source.sent / wall:,.0f} messages/s; chat rows shown {shown:,}")
    print(
        f"event-loop lag ({len(lags):,} probes of {PROBE_S * 1000:.0f} ms): "
        f"p50 {pct(lags, 50) * 1000:.1f} ms, p99 {pct(lags, 99) * 1000:.1f} ms, "
        f"max {max(lags, default=0) * 1000:.1f} ms,"
        f" mean {statistics.fmean(lags or [0]) * 1000:.1f} ms"
    )
    print(f"RSS before {rss0:.1f} MB, after {rss1:.1f} MB, peak {peak:.1f} MB")
    dropped = source.sent - pipeline.messages
    lost = None if recorded_chats is None else source.sent - recorded_chats
    ok = dropped == 0 and added == source.sent and (lost is None or lost == 0)
    print("nothing dropped" if ok else f"DROPPED: pipeline {dropped}, recording {lost}")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="rate mode: how long (default 60)")
    ap.add_argument("--rate", type=float, default=1000.0, help="rate mode: messages/s (1000)")
    ap.add_argument("--messages", type=int, help="flood mode: push this many as fast as possible")
    ap.add_argument("--no-record", action="store_true", help="leave the recorder out")
    args = ap.parse_args()
    app = ensure_app()
    apply_theme(app)
    apply_ui_font(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(bench(args))


if __name__ == "__main__":
    sys.exit(main())
