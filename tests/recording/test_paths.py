"""Default recording paths live under the user data dir and never reuse a file."""

from datetime import datetime

from copilot.recording import paths


def test_new_session_path_is_fresh(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "sessions_dir", lambda: tmp_path / "sessions")
    now = datetime(2025, 6, 1, 20, 15, 3)
    first = paths.new_session_path(now)
    assert first == tmp_path / "sessions" / "2025-06-01_20-15-03.db"
    first.parent.mkdir(parents=True)
    first.write_bytes(b"")
    assert paths.new_session_path(now).name == "2025-06-01_20-15-03_2.db"


def test_sessions_dir_is_under_user_data():
    assert paths.sessions_dir().name == "sessions"
    assert "host-copilot" in str(paths.sessions_dir())
