"""Fuzzing the session reader: nothing crashes, every bad line is counted, no good line lost."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copilot.core.events import from_dict
from copilot.core.jsonl import ReadStats, StrictError, read_events

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ids = st.text(min_size=1, max_size=12)
texts = st.text(max_size=200)  # any code point, lone surrogates included
times = st.floats(min_value=0, max_value=1e6, allow_nan=False)

valid_events = st.one_of(
    st.builds(
        lambda t, i, v, x: {"t": t, "type": "chat", "id": i, "viewer_id": v, "text": x},
        times,
        ids,
        ids,
        texts,
    ),
    st.builds(
        lambda t, i, x: {"t": t, "type": "host_chat", "id": i, "author": "host", "text": x},
        times,
        ids,
        texts,
    ),
    st.builds(lambda t, v: {"t": t, "type": "join", "viewer_id": v, "tags": ["new"]}, times, ids),
    st.builds(lambda t, v: {"t": t, "type": "leave", "viewer_id": v}, times, ids),
    st.builds(lambda t, c: {"t": t, "type": "online", "count": c}, times, st.integers(0, 10**6)),
    st.builds(
        lambda t, x: {"t": t, "type": "speech", "start": t, "end": t, "text": x}, times, texts
    ),
    st.builds(
        lambda t, f: {"t": t, "type": "qoe", "source": "encoder", "fps": f},
        times,
        st.floats(0, 120),
    ),
)

garbage_lines = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"{",
            b"[]",
            b"null",
            b'"str"',
            b"42",
            b'{"t": NaN, "type": "end"}',
            b'{"t": Infinity, "type": "end"}',
            b'{"t": -Infinity, "type": "end"}',
            b'{"t": 1e400, "type": "end"}',
            b'{"t": 1' + b"0" * 400 + b', "type": "end"}',
            b'{"type": "end"}',
            b'{"t": "1", "type": "end"}',
            b'{"t": true, "type": "end"}',
            b'{"t": 1, "type": 5}',
            b'{"t": 1, "type": "chat", "id": [], "viewer_id": "v", "text": "x"}',
            b'{"t": 1, "type": "chat", "id": "a", "viewer_id": "v", "text": 5}',
            b'{"t": 1, "type": "join", "viewer_id": "v", "tags": "new"}',
            b'{"t": 1, "type": "qoe", "reconnecting": "yes"}',
            b'{"t": 1, "type": "qoe", "fps": "fast"}',
            b'{"t": 1, "type": "online"}',
            b'{"t": 1, "type": "order", "viewer_id": "v", "product_id": "p", "qty": {}}',
            b"\xff\xfe\x00garbage",
            b"\xef\xbb\xbf{}",
        ]
    ),
)


def dump_line(d):
    return json.dumps(d).encode("ascii") + b"\n"  # ASCII escapes keep lone surrogates legal


def classify(line):
    """What the reader must make of one garbage line: 'event', 'blank' or 'bad'."""
    if not line.strip():
        return "blank"
    try:
        from_dict(json.loads(line.decode("utf-8"), parse_constant=_no))
    except Exception:
        return "bad"
    return "event"


def _no(name):
    raise ValueError(name)


@FAST
@given(st.lists(st.binary(max_size=500), max_size=30))
def test_random_bytes_never_crash_and_every_line_is_accounted_for(lines):
    stats = ReadStats()
    data = [x.replace(b"\n", b" ") + b"\n" for x in lines]
    out = list(read_events(data, stats))
    blank = sum(1 for x in data if not x.strip())
    assert stats.lines == len(data)
    assert len(out) == stats.events
    assert stats.events + stats.malformed + stats.unknown_types + blank == len(data)


@FAST
@given(st.lists(st.tuples(st.booleans(), valid_events, garbage_lines), max_size=40))
def test_valid_events_among_garbage_all_come_out_in_order(mix):
    lines, planted = [], []
    for valid_first, ev, junk in mix:
        junk = junk.replace(b"\n", b" ") + b"\n"
        lines += [dump_line(ev), junk] if valid_first else [junk, dump_line(ev)]
        planted.append(from_dict(ev).to_dict())
    # Junk that happens to be a valid event (b'{"t":0,"type":"end"}') must come out too.
    want = [from_dict(json.loads(x)).to_dict() for x in lines if classify(x) == "event"]
    stats = ReadStats()
    got = [ev.to_dict() for ev in read_events(lines, stats)]
    assert got == want
    it = iter(got)
    assert all(any(p == g for g in it) for p in planted)  # every planted event, in order
    bad = sum(1 for x in lines if classify(x) == "bad")
    assert stats.malformed + stats.unknown_types == bad


HUGE_TEXT = "长" * 1_000_000


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
        (b'{"t":1,"type":"chat","id":"a","viewer_id":"v","text":"\xc3\x28"}', "invalid UTF-8"),
        (b'{"t": NaN, "type": "end"}', "NaN is not JSON"),
        (b'{"t": 1' + b"0" * 400 + b', "type": "end"}', "not a finite number"),
        (b'{"t": 1' + b"0" * 5000 + b', "type": "end"}', "invalid JSON"),
        (b"x" * 5_000_000, "invalid JSON"),
    ],
)
def test_hand_made_hostile_lines(line, why):
    stats = ReadStats()
    good = dump_line({"t": 0, "type": "end"})
    assert len(list(read_events([good, line, good], stats))) == 2
    assert stats.malformed == 1
    assert stats.problems[0][0] == 2 and why in stats.problems[0][1]


def test_lone_surrogates_and_megabyte_texts_are_kept_exactly():
    texts = ["\ud800", "a\udfffb", "\u202e\x00\x1b[2J", HUGE_TEXT]
    lines = [
        dump_line({"t": i, "type": "chat", "id": f"m{i}", "viewer_id": "v", "text": x})
        for i, x in enumerate(texts)
    ]
    lines.append(
        json.dumps(
            {"t": 9, "type": "chat", "id": "u", "viewer_id": "v", "text": HUGE_TEXT},
            ensure_ascii=False,
        ).encode("utf-8")
    )
    got = [ev.text for ev in read_events(lines)]
    assert got == texts + [HUGE_TEXT]


def test_strict_mode_stops_at_the_first_bad_line_with_its_number():
    lines = [dump_line({"t": 0, "type": "end"}), b"[" * 100_000, b"{"]
    with pytest.raises(StrictError, match="line 2"):
        list(read_events(lines, strict=True))
