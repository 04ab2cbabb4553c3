"""Session recording: events/s the recorder sustains, and what a kill -9 loses.

Usage: python benchmarks/bench_recording.py [--events 300000] [--runs 3] [--kills 5]
Prints the median recording rate (Recorder.append incl. JSON encoding and commits,
then close), the rate as a pipeline listener, and the median/max seconds of events
missing after SIGKILL of a process recording at a steady 1,000 events/s (sync and
asyncio flushing).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import empty_catalog
from copilot.core.events import Chat, Event, Join, Online
from copilot.core.pipeline import EventSeen
from copilot.recording.crash_check import kill_writer
from copilot.recording.recorder import Recorder


def make_events(n: int) -> list[Event]:
    rng = random.Random(7)
    texts = ["这个多少钱", "发什么快递?", "M码还有吗", "love it!!", "主播好", "x" * 200]
    out: list[Event] = []
    for i in range(n):
        t = i * 0.002
        r = rng.random()
        if r < 0.8:
            out.append(Chat(t, id=f"m{i}", viewer_id=f"v{i % 5000}", text=rng.choice(texts)))
        elif r < 0.95:
            out.append(Join(t, viewer_id=f"v{i % 5000}", name="viewer", tags=("new",)))
        else:
            out.append(Online(t, count=1000 + i % 300))
    return out


def record_rate(events: list[Event], tmp: str, run: int) -> float:
    path = os.path.join(tmp, f"rate{run}.db")
    t0 = time.perf_counter()
    rec = Recorder(path)
    for ev in events:
        rec.append(ev)
    rec.close()
    return len(events) / (time.perf_counter() - t0)


def listener_rate(events: list[Event], tmp: str, run: int) -> float:
    """Through on_update, as the pipeline calls it (EventSeen per event)."""
    path = os.path.join(tmp, f"listen{run}.db")
    updates = [EventSeen(ev) for ev in events]
    t0 = time.perf_counter()
    rec = Recorder(path)
    for u in updates:
        rec.on_update(u)
    rec.close()
    return len(events) / (time.perf_counter() - t0)


def pipeline_cost(events: list[Event], tmp: str) -> tuple[float, float]:
    """Headless pipeline events/s without and with the recorder subscribed."""
    rates = []
    for with_rec in (False, True):
        pipe = build_pipeline(empty_catalog())
        rec = Recorder(os.path.join(tmp, f"pipe{with_rec}.db")) if with_rec else None
        if rec is not None:
            pipe.subscribe(rec.on_update)
        t0 = time.perf_counter()
        for ev in events:
            pipe.feed(ev)
        pipe.finish()
        if rec is not None:
            rec.close()
        rates.append(len(events) / (time.perf_counter() - t0))
    return rates[0], rates[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=300_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--kills", type=int, default=5, help="SIGKILLs per flushing mode")
    ap.add_argument("--pipeline-events", type=int, default=50_000)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-recording-")
    events = make_events(a.events)

    rates = [record_rate(events, tmp, i) for i in range(a.runs)]
    size = os.path.getsize(os.path.join(tmp, "rate0.db"))
    print(
        f"recorder.append: median {statistics.median(rates):,.0f} events/s over {a.runs} runs"
        f" of {a.events:,} events ({size / a.events:.0f} bytes/event on disk)"
    )
    lrates = [listener_rate(events, tmp, i) for i in range(a.runs)]
    print(
        f"recorder.on_update (pipeline listener): median {statistics.median(lrates):,.0f} events/s"
    )
    bare, recorded = pipeline_cost(events[: a.pipeline_events], tmp)
    print(
        f"full pipeline on {a.pipeline_events:,} events: {bare:,.0f} events/s without recording,"
        f" {recorded:,.0f} events/s with recording"
    )

    rng = random.Random()
    for mode in ("sync", "async"):
        losses, prefix_ok = [], True
        for k in range(a.kills):
            res = kill_writer(
                os.path.join(tmp, f"kill-{mode}-{k}.db"), rng.uniform(0.5, 2.0), 1000.0, mode
            )
            losses.append(max(0.0, res.lost_s))
            prefix_ok &= res.prefix and res.t_order
        print(
            f"kill -9 ({mode} flushing, 1,000 events/s, {a.kills} kills): lost median"
            f" {statistics.median(losses):.3f} s, max {max(losses):.3f} s;"
            f" files open and hold a gap-free prefix: {'yes' if prefix_ok else 'NO'}"
        )


if __name__ == "__main__":
    main()
