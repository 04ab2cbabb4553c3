"""kill -9 of a real recording process at a random moment loses at most the last second."""

import random

import pytest

from copilot.recording.crash_check import kill_writer


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_sigkill_leaves_a_prefix_missing_at_most_one_second(tmp_path, mode):
    after = random.uniform(0.6, 1.4)
    res = kill_writer(str(tmp_path / "k.db"), after_s=after, rate=1000.0, mode=mode)
    assert res.reported > 100, "the writer should have been recording for a while"
    assert res.prefix and res.t_order
    assert res.recorded > 0
    assert res.lost_s <= 1.0, f"{res.lost_s:.3f} s lost after a kill at {after:.2f} s"
