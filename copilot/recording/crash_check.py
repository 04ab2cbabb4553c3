"""Kills a steady recording process with SIGKILL and measures what the file lost.

Shared by the kill -9 test and the recording benchmark: the child reports every event
it has handed to the recorder; after the kill the file must open, hold a gap-free
prefix of those events, and miss at most the last second of them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

from copilot.recording.reader import open_recording


@dataclass
class KillResult:
    reported: int  # events the child said it had appended
    reported_last_t: float
    recorded: int  # events found in the file
    recorded_last_t: float
    prefix: bool  # the file holds events m0..m{recorded-1}, in order, nothing else
    t_order: bool  # recorded t never decreases

    @property
    def lost_s(self) -> float:
        """Seconds of reported events missing from the file (<= 0: nothing missing)."""
        return self.reported_last_t - self.recorded_last_t


def kill_writer(path: str, after_s: float, rate: float = 1000.0, mode: str = "sync") -> KillResult:
    """Run the steady writer for ``after_s`` seconds, SIGKILL it, then inspect ``path``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "copilot.recording.steady_writer", path, str(rate), mode],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        proc.wait()
        raise RuntimeError("steady writer did not start")
    last: list[tuple[int, float]] = []

    def drain() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split()
            if len(parts) == 2 and line.endswith("\n"):
                last[:] = [(int(parts[0]), float(parts[1]))]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    time.sleep(after_s)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(5)
    reported_i, reported_t = last[0] if last else (-1, 0.0)
    with open_recording(path) as rec:
        ids, prefix, t_order, last_t = 0, True, True, 0.0
        for ev in rec.events():
            if getattr(ev, "id", None) != f"m{ids}":
                prefix = False
            if ev.t < last_t:
                t_order = False
            last_t = ev.t
            ids += 1
    return KillResult(reported_i + 1, reported_t, ids, last_t, prefix, t_order)
