"""Headless replay throughput (messages/s) and peak memory on a generated session:
the whole pipeline (understand, suggest, answered/risk/churn, QoE) plus recording.

Usage: python benchmarks/bench_replay.py [--events 1000000] [--catalog C.json] [--runs 3]
Prints the median messages/s over the runs and the peak RSS of the replay process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_session import make  # noqa: E402

DEFAULT_CATALOG = os.path.join(HERE, "..", "copilot", "resources", "demo", "catalog.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--catalog", default=DEFAULT_CATALOG)
    ap.add_argument("--report", action="store_true", help="also build the full report")
    ap.add_argument("--no-record", action="store_true", help="skip recording to SQLite")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-replay-")
    path = os.path.join(tmp, "session.jsonl")
    n_msgs = 0
    with open(path, "w", encoding="utf-8") as f:
        for ev in make(a.events, catalog=a.catalog if os.path.exists(a.catalog) else None):
            n_msgs += ev["type"] == "chat"
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"session: {a.events:,} events, {n_msgs:,} chat messages ({path})")
    rates, peaks = [], []
    for _ in range(a.runs):
        cmd = [sys.executable, "-m", "copilot", "replay", path, "--quiet"]
        if a.catalog and os.path.exists(a.catalog):
            cmd += ["--catalog", a.catalog]
        if not a.no_record:
            db = os.path.join(tmp, "session.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            cmd += ["--record", db]
        if a.report:
            cmd += ["--report", os.path.join(tmp, "report.json")]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True)
        wall = time.perf_counter() - t0
        rates.append(n_msgs / wall)
        peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(
        f"replay throughput: median {statistics.median(rates):,.0f} messages/s "
        f"(runs: {', '.join(f'{r:,.0f}' for r in rates)})"
    )
    print(f"peak RSS of a replay process: {max(peaks):,.0f} MB")


if __name__ == "__main__":
    main()
