"""Opening recordings: missing files, foreign databases, newer schemas."""

import sqlite3

import pytest

from copilot.recording import Recorder, RecordingError, open_recording


def test_missing_file(tmp_path):
    with pytest.raises(RecordingError, match="no such file"):
        open_recording(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_not_sqlite(tmp_path):
    p = tmp_path / "x.db"
    p.write_bytes(b"garbage" * 100)
    with pytest.raises(RecordingError, match="not a session recording"):
        open_recording(p)


def test_foreign_database(tmp_path):
    p = tmp_path / "x.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE other (a)")
    conn.commit()
    conn.close()
    with pytest.raises(RecordingError, match="no meta/events"):
        open_recording(p)


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "x.db"
    Recorder(p).close()
    conn = sqlite3.connect(p)
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(RecordingError, match="newer app"):
        open_recording(p)
