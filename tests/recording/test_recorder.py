"""The recorder: batching, timed commits, meta, pipeline listening, hostile text."""

import asyncio
import json
import sqlite3

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import catalog_from_dict, empty_catalog
from copilot.core.clock import ManualClock
from copilot.core.events import Chat, Engagement, Online, SessionStart
from copilot.core.jsonl import dumps
from copilot.recording import Recorder, open_recording


def committed(path) -> int:
    """Rows another process would see right now (a separate connection)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def chat(i, t=None, text="hi"):
    return Chat(float(i) if t is None else t, id=f"m{i}", viewer_id="v1", text=text)


def test_commits_every_n_events(tmp_path):
    path = tmp_path / "s.db"
    clock = ManualClock()
    rec = Recorder(path, batch_events=10, flush_interval_s=1.0, clock=clock.now)
    for i in range(9):
        rec.append(chat(i))
    assert committed(path) == 0 and rec.pending == 9
    rec.append(chat(9))
    assert committed(path) == 10 and rec.pending == 0
    rec.close()


def test_commits_when_the_interval_has_passed(tmp_path):
    path = tmp_path / "s.db"
    clock = ManualClock()
    rec = Recorder(path, batch_events=1000, flush_interval_s=0.25, clock=clock.now)
    rec.append(chat(0))
    clock.advance_to(0.2)
    rec.append(chat(1))
    assert committed(path) == 0
    clock.advance_to(0.3)
    rec.append(chat(2))
    assert committed(path) == 3
    clock.advance_to(0.4)
    rec.append(chat(3))
    rec.flush_if_due()
    assert committed(path) == 3
    clock.advance_to(0.6)
    rec.flush_if_due()
    assert committed(path) == 4
    rec.close()


def test_asyncio_flusher_commits_a_quiet_stream(tmp_path):
    path = tmp_path / "s.db"

    async def main():
        rec = Recorder(path, batch_events=1000, flush_interval_s=0.1)
        rec.start_flusher()
        rec.append(chat(0))
        rec.append(chat(1))
        await asyncio.sleep(0.3)
        seen = committed(path)
        rec.close()
        return seen

    assert asyncio.run(main()) == 2


def test_close_flushes_and_writes_meta(tmp_path):
    path = tmp_path / "s.db"
    cat = catalog_from_dict({"shop": {"name": "S"}, "products": [{"id": "p1", "price": 9}]})
    rec = Recorder(path, room="r0", catalog=cat, app_version="9.9")
    rec.append(SessionStart(0, room_id="room-7", started_at="2025-01-01T20:00:00Z", lang="zh"))
    rec.append(chat(1))
    rec.append(Engagement(2, kind="gift", viewer_id="v1", count=3))
    rec.close()
    rec.close()  # idempotent
    with open_recording(path) as r:
        assert r.count() == 3
        assert r.meta["schema_version"] == "1"
        assert r.meta["room"] == "room-7"
        assert r.meta["started_at"] == "2025-01-01T20:00:00Z"
        assert r.meta["lang"] == "zh"
        assert r.meta["app_version"] == "9.9"
        assert r.meta["events"] == "3"
        assert "closed_at" in r.meta
        assert r.catalog()["products"][0]["id"] == "p1"
        assert r.time_span() == (0.0, 2.0)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    types = [row[0] for row in conn.execute("SELECT type FROM events ORDER BY seq")]
    assert types == ["session", "chat", "gift"]
    idx = [row[1] for row in conn.execute("PRAGMA index_list(events)")]
    assert "events_t" in idx
    conn.close()


def test_lines_are_the_events_json_lines(tmp_path):
    path = tmp_path / "s.db"
    evs = [chat(1, text="多少钱"), Online(2, count=120)]
    with Recorder(path) as rec:
        for ev in evs:
            rec.append(ev)
    with open_recording(path) as r:
        assert list(r.lines()) == [dumps(ev) for ev in evs]
        assert list(r.lines(t_from=1.5)) == [dumps(evs[1])]
        assert [e.to_dict() for e in r.events()] == [e.to_dict() for e in evs]


def test_hostile_text_is_stored_and_read_back(tmp_path):
    path = tmp_path / "s.db"
    texts = ["lone \ud800 surrogate", "\x00\x1b[31m ctrl", "\u202eRTL", "x" * 1_000_000, ""]
    with Recorder(path, batch_events=2) as rec:
        for i, text in enumerate(texts):
            rec.append(chat(i, text=text))
    with open_recording(path) as r:
        got = [json.loads(line)["text"] for line in r.lines()]
    assert got == texts


def test_pipeline_listener_records_every_input_event(tmp_path):
    path = tmp_path / "s.db"
    pipe = build_pipeline(empty_catalog())
    rec = Recorder(path)
    pipe.subscribe(rec.on_update)
    evs = [SessionStart(0, room_id="r"), chat(1, text="多少钱?"), Online(3, count=5), chat(12)]
    for ev in evs:
        pipe.feed(ev)
    pipe.finish()
    rec.close()
    with open_recording(path) as r:
        assert [e.to_dict() for e in r.events()] == [e.to_dict() for e in evs]


def test_reopening_appends(tmp_path):
    path = tmp_path / "s.db"
    with Recorder(path, room="a") as rec:
        rec.append(chat(0))
    with Recorder(path, room="b") as rec:
        assert rec.recorded == 1
        rec.append(chat(1))
    with open_recording(path) as r:
        assert r.count() == 2
        assert r.meta["room"] == "a"


def test_write_errors_keep_events_buffered(tmp_path):
    path = tmp_path / "s.db"
    rec = Recorder(path, batch_events=1)
    rec._conn.execute("PRAGMA query_only=1")  # the disk refuses writes from now on
    rec.append(chat(0))
    assert rec.error and rec.pending == 1
    rec._conn.execute("PRAGMA query_only=0")
    rec.append(chat(1))
    assert rec.error is None and rec.pending == 0 and rec.recorded == 2
    rec.close()
