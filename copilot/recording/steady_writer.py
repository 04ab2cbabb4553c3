"""A process that records chat events at a steady rate and reports each one on stdout.

It is the subject of the kill -9 tests and benchmark: the parent kills it at a random
moment and compares the file with the last event the child said it had recorded.
Usage: ``python -m copilot.recording.steady_writer PATH [RATE] [sync|async]``.
"""

from __future__ import annotations

import asyncio
import sys
import time

from copilot.core.events import Chat
from copilot.recording.recorder import Recorder


def _event(i: int, t: float) -> Chat:
    return Chat(round(t, 6), id=f"m{i}", viewer_id=f"v{i % 97}", text=f"message {i} 多少钱")


def _report(i: int, t: float) -> None:
    sys.stdout.write(f"{i} {t:.6f}\n")
    sys.stdout.flush()


def run_sync(path: str, rate: float) -> None:
    rec = Recorder(path)
    t0 = time.monotonic()
    i = 0
    while True:
        t = time.monotonic() - t0
        rec.append(_event(i, t))
        _report(i, t)
        i += 1
        delay = t0 + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)


async def run_async(path: str, rate: float) -> None:
    rec = Recorder(path)
    rec.start_flusher()
    t0 = time.monotonic()
    i = 0
    while True:
        t = time.monotonic() - t0
        rec.append(_event(i, t))
        _report(i, t)
        i += 1
        await asyncio.sleep(max(0.0, t0 + i / rate - time.monotonic()))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    path = args[0]
    rate = float(args[1]) if len(args) > 1 else 1000.0
    mode = args[2] if len(args) > 2 else "sync"
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    if mode == "async":
        asyncio.run(run_async(path, rate))
    else:
        run_sync(path, rate)


if __name__ == "__main__":
    main()
