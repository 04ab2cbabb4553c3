"""The ring buffer keeps the newest items and counts evictions."""

from copilot.core.ring import Ring


def test_ring_evicts_oldest_and_reports_it():
    r: Ring[int] = Ring(3)
    assert [r.push(i) for i in range(5)] == [None, None, None, 0, 1]
    assert list(r) == [2, 3, 4]
    assert r.evicted == 2
    assert r.latest(2) == [3, 4]
    assert r.latest(10) == [2, 3, 4]
    assert r.latest(0) == []
