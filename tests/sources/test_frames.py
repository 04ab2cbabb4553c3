"""Frame decoding rules: stamping, clamping, t range, duplicate memory, error replies."""

import json

import pytest

from copilot.core.clock import ManualClock
from copilot.sources.frames import FrameDecoder, FrameError
from copilot.sources.recent_ids import RecentIds


def test_t_out_of_range_is_rejected_not_fed_to_the_pipeline():
    dec = FrameDecoder(ManualClock())
    with pytest.raises(FrameError, match="out of range"):
        dec.decode('{"t": 1e300, "type": "end"}')
    assert dec.stats.malformed == 1 and dec.last_t == 0.0


def test_negative_t_is_moved_up_and_missing_t_takes_the_clock():
    clock = ManualClock(3.0)
    dec = FrameDecoder(clock)
    assert dec.decode('{"t": -5, "type": "like", "viewer_id": "v"}').t == 0.0
    assert dec.decode('{"type": "like", "viewer_id": "v"}').t == 3.0
    assert (dec.stats.clamped, dec.stats.stamped) == (1, 1)


def test_error_reply_is_one_json_object():
    dec = FrameDecoder(ManualClock())
    with pytest.raises(FrameError) as exc:
        dec.decode('"\u202e\ud800"')
    reply = json.loads(dec.error_reply(exc.value, 3))
    assert reply == {"error": "a frame must be one JSON object (an event)", "count": 3}


def test_recent_ids_forget_the_oldest_first():
    ids = RecentIds(capacity=3)
    assert [ids.seen(k) for k in "abc"] == [False] * 3
    assert ids.seen("a") and not ids.seen("d")  # d pushes out a
    assert not ids.seen("a") and len(ids) == 3
