"""The tick's fast path gives exactly the floats of ``risk.probability`` on any evidence."""

import random

from copilot.core.tracking.risk import NO_LIMIT, Evidence, probability, risk_at
from copilot.core.tracking.risk_tick import Prepared, Room


def _evidence(rng: random.Random) -> Evidence:
    lo = rng.choice([0.0, rng.uniform(0, 300)])
    hi = rng.choice([NO_LIMIT, lo + rng.uniform(0, 300)])
    return Evidence(
        oldest=rng.uniform(0, 3000),
        repeats=rng.randint(0, 5),
        complained=rng.random() < 0.2,
        elsewhere=rng.random() < 0.1,
        urgent=rng.choice([None, "link", "price"]),
        new=rng.random() < 0.5,
        loyal=rng.random() < 0.3,
        stream_complaint=rng.random() < 0.1,
        value_tags=(),
        hot=rng.random() < 0.3,
        warm=rng.random() < 0.4,
        weak_only=rng.random() < 0.2,
        reply_only=rng.random() < 0.2,
        served=rng.random() < 0.2,
        content=rng.random() < 0.2,
        products=frozenset(rng.sample(["p1", "p2", "p3", None], rng.randint(1, 2))),
        lo_s=lo,
        hi_s=hi,
    )


def test_fast_path_equals_the_model_float_for_float():
    rng = random.Random(7)
    for _ in range(5000):
        e = _evidence(rng)
        now = e.oldest + rng.choice([0.0, rng.uniform(-5, 600)])
        trouble = rng.random() < 0.2
        answered = rng.choice([0.01, 1.0, rng.uniform(0.01, 1.0), 1.3])  # never 0: it is smoothed
        on_screen = rng.choice(["p1", "p2", None])
        crowd = rng.randint(0, 5)
        want = probability(risk_at(now, e, trouble, answered, on_screen, min(crowd, 3)))
        got = Prepared(e).risk(now, trouble, Room(answered), on_screen, min(crowd, 3))
        assert got == want, (e, now, trouble, answered, on_screen, crowd)


def test_fast_path_moves_with_time_like_the_model():
    e = _evidence(random.Random(1))
    prepared, room = Prepared(e), Room(0.5)
    seen = [prepared.risk(e.oldest + s, False, room, None, 0) for s in (0, 30, 60, 120)]
    assert seen == [
        probability(risk_at(e.oldest + s, e, False, 0.5, None, 0)) for s in (0, 30, 60, 120)
    ]
    assert len(set(seen)) > 1
