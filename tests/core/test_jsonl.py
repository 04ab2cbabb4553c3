"""The lenient JSONL reader counts and locates every problem and loses nothing valid."""

import io
from pathlib import Path

import pytest

from copilot.core.jsonl import ReadStats, StrictError, read_events, read_file, write_events

FIXTURE = Path(__file__).parent.parent / "fixtures" / "tiny_session.jsonl"


def test_file_round_trip_is_exact(tmp_path):
    events = list(read_file(str(FIXTURE)))
    out = io.StringIO()
    write_events(events, out)
    import json

    original = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines()]
    again = [json.loads(x) for x in out.getvalue().splitlines()]
    assert again == original


def test_bad_lines_are_counted_with_line_numbers():
    lines = [
        b'{"t":0,"type":"session","room_id":"r","platform":"p","title":"","started_at":"","lang":"zh"}',
        b"not json",
        b'{"t":1,"type":"chat","id":"a","viewer_id":"v","text":"ok"}',
        b"\xff\xfe garbage",
        b'{"t":2,"type":"hologram"}',
        b"",
        b'{"t":NaN,"type":"end"}',
        b'{"t":3,"type":"end"}',
    ]
    st = ReadStats()
    events = list(read_events(lines, st))
    assert [e.type for e in events] == ["session", "chat", "end"]
    assert (st.malformed, st.unknown_types, st.events) == (3, 1, 3)
    assert [n for n, _ in st.problems] == [2, 4, 5, 7]


def test_strict_stops_at_the_first_bad_line():
    lines = ['{"t":0,"type":"end"}', "{", '{"t":1,"type":"end"}']
    with pytest.raises(StrictError, match="line 2"):
        list(read_events(lines, strict=True))


def test_time_going_backwards_is_reported_but_kept():
    st = ReadStats()
    lines = ['{"t":5,"type":"end"}', '{"t":1,"type":"end"}']
    assert len(list(read_events(lines, st))) == 2
    assert st.out_of_order == 1


def test_deep_nesting_is_a_bad_line_not_a_crash():
    st = ReadStats()
    deep = "[" * 200_000 + "]" * 200_000
    assert list(read_events([deep, '{"t":1,"type":"end"}'], st))[0].type == "end"
    assert st.malformed == 1
