"""The risk model must not read the future: a truncated replay agrees with the full one."""

import random

from copilot.core.catalog import empty_catalog
from copilot.core.events import from_dict
from copilot.core.pipeline import Pipeline, RiskSnapshot
from copilot.core.tracking import tracking_stages
from copilot.core.tracking.simulate import SimConfig, SimTruthStage, simulate


def replay(events, cut=None):
    cat = empty_catalog()
    p = Pipeline(cat, [SimTruthStage(), *tracking_stages(cat)])
    snaps = []
    p.subscribe(
        lambda u: (
            snaps.append((u.t, [(e.viewer_id, e.risk, e.reason) for e in u.top]))
            if isinstance(u, RiskSnapshot)
            else None
        )
    )
    for d in events:
        if cut is not None and d["t"] > cut:
            break
        p.feed(from_dict(d))
    viewers = {
        v.viewer_id: (v.churn_reason, v.peak_risk, v.risk_at_leave)
        for v in p.room.viewers.values()
        if v.left_at is not None
    }
    return snaps, viewers


def test_truncated_replays_match_the_full_run():
    events, _ = simulate(7, SimConfig(minutes=6, joins_per_min=40))
    full_snaps, full_viewers = replay(events)
    assert full_snaps and any(top for _, top in full_snaps)
    rng = random.Random(3)
    for cut in sorted(rng.uniform(30, 350) for _ in range(4)):
        snaps, viewers = replay(events, cut)
        assert snaps == full_snaps[: len(snaps)]
        assert len(snaps) >= int(cut // 5) - 1
        for vid, figures in viewers.items():
            if full_viewers[vid][0] is not None:
                assert figures[0] == full_viewers[vid][0]
                assert figures[1:] == full_viewers[vid][1:]
