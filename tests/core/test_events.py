"""Typed events: every spec type parses, unknown fields survive, round trips are exact."""

import json
from pathlib import Path

import pytest

from copilot.core.events import Chat, Engagement, EventError, Qoe, UnknownType, from_dict

FIXTURE = Path(__file__).parent.parent / "fixtures" / "tiny_session.jsonl"


def test_every_fixture_line_round_trips_exactly():
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        assert from_dict(obj).to_dict() == obj


def test_unknown_fields_are_kept_on_the_event():
    ev = from_dict({"t": 1, "type": "chat", "id": "a", "viewer_id": "v", "text": "x", "mood": 3})
    assert isinstance(ev, Chat)
    assert ev.extra == {"mood": 3}
    assert ev.to_dict()["mood"] == 3


def test_engagement_keeps_its_kind():
    ev = from_dict({"t": 2, "type": "gift", "viewer_id": "v", "count": 5})
    assert isinstance(ev, Engagement) and ev.kind == "gift"
    assert ev.to_dict() == {"t": 2, "type": "gift", "viewer_id": "v", "count": 5}


def test_qoe_metrics_are_typed_and_kept():
    d = {"t": 3, "type": "qoe", "source": "player", "stall_ms": 1200, "reconnecting": False}
    ev = from_dict(d)
    assert isinstance(ev, Qoe) and ev.metrics == {"stall_ms": 1200, "reconnecting": False}
    assert ev.to_dict() == d


def test_integer_ids_are_accepted_as_strings():
    ev = from_dict({"t": 0, "type": "chat", "id": 7, "viewer_id": 9, "text": "hi"})
    assert isinstance(ev, Chat) and (ev.id, ev.viewer_id) == ("7", "9")


@pytest.mark.parametrize(
    "obj, why",
    [
        ([1, 2], "not a JSON object"),
        ({"type": "chat"}, "missing number 't'"),
        ({"t": "1", "type": "join", "viewer_id": "v"}, "'t' is not a finite number"),
        ({"t": 1}, "missing 'type'"),
        ({"t": 1, "type": "chat", "id": "a", "viewer_id": "v"}, "missing text 'text'"),
        ({"t": 1, "type": "chat", "id": "a", "viewer_id": "v", "text": 5}, "'text' is not"),
        ({"t": 1, "type": "join", "viewer_id": "v", "tags": "new"}, "'tags'"),
        ({"t": 1, "type": "qoe", "reconnecting": "yes"}, "'reconnecting'"),
        ({"t": 1, "type": "online", "count": True}, "'count'"),
    ],
)
def test_invalid_objects_say_which_field(obj, why):
    with pytest.raises(EventError, match=why):
        from_dict(obj)


def test_unknown_type_is_distinguished():
    with pytest.raises(UnknownType):
        from_dict({"t": 1, "type": "superchat"})


def test_a_time_beyond_months_is_a_broken_clock():
    with pytest.raises(EventError, match="out of range"):
        from_dict({"t": 1e12, "type": "end"})
