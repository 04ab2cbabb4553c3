"""``copilot import`` / ``copilot export``: lenient import, strict mode, exact round trip."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from copilot.cli import main
from copilot.recording import open_recording

FIX = Path(__file__).parent / "fixtures"

MIXED = [
    '{"t":0,"type":"session","room_id":"r1","started_at":"2025-01-01T20:00:00Z","lang":"zh"}',
    '{"t":1,"type":"chat","id":"m1","viewer_id":"v1","text":"多少钱"}',
    "{not json",
    '{"t":2,"type":"speech","text":"包邮"}',
    '{"t":"x","type":"chat","id":"m2","viewer_id":"v1","text":"a"}',
    '{"t":3,"type":"hologram","id":"h"}',
    '{"t":4, "type": "chat", "id": 7, "viewer_id": "v2", "text": "lone \\ud800", "x": [1, 2.50]}',
    "",
    '{"t":5,"type":"end"}',
]


def write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_round_trip_is_exact(tmp_path):
    src, db, out = FIX / "tiny_session.jsonl", tmp_path / "s.db", tmp_path / "out.jsonl"
    assert main(["import", str(src), str(db), "--quiet"]) == 0
    assert main(["export", str(db), "--jsonl", str(out), "--quiet"]) == 0
    a = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    b = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert a == b


def test_lenient_import_reports_line_numbers_and_keeps_the_rest(tmp_path, capsys):
    src, db, out = tmp_path / "in.jsonl", tmp_path / "s.db", tmp_path / "out.jsonl"
    write(src, MIXED)
    assert main(["import", str(src), str(db)]) == 0
    err = capsys.readouterr().err
    assert "line 3: invalid JSON" in err
    assert "line 5:" in err and "line 6: unknown type 'hologram'" in err
    assert "5 events from 9 lines, 2 malformed, 1 of unknown type" in err
    with open_recording(db) as r:
        assert r.meta["room"] == "r1" and r.meta["imported_from"] == "in.jsonl"
    assert main(["export", str(db), "--jsonl", str(out), "--quiet"]) == 0
    good = [json.loads(MIXED[i]) for i in (0, 1, 3, 6, 8)]
    assert [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] == good


def test_strict_import_stops_and_leaves_nothing(tmp_path, capsys):
    src, db = tmp_path / "in.jsonl", tmp_path / "s.db"
    write(src, MIXED)
    assert main(["import", str(src), str(db), "--strict"]) == 1
    assert "line 3" in capsys.readouterr().err
    assert not db.exists()


def test_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    src, db = tmp_path / "in.jsonl", tmp_path / "s.db"
    write(src, MIXED[:2])
    assert main(["import", str(src), str(db), "--quiet"]) == 0
    assert main(["import", str(src), str(db), "--quiet"]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["import", str(src), str(db), "--quiet", "--force"]) == 0
    with open_recording(db) as r:
        assert r.count() == 2


def test_import_invalid_utf8_line_is_one_bad_line(tmp_path, capsys):
    src, db = tmp_path / "in.jsonl", tmp_path / "s.db"
    src.write_bytes(
        b'{"t":1,"type":"like","viewer_id":"v"}\n\xff\xfe{"t":2}\n{"t":3,"type":"end"}\n'
    )
    assert main(["import", str(src), str(db)]) == 0
    assert "line 2: invalid UTF-8" in capsys.readouterr().err
    with open_recording(db) as r:
        assert r.count() == 2


def test_export_errors(tmp_path, capsys):
    assert main(["export", str(tmp_path / "none.db"), "--jsonl", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.db"
    sqlite3.connect(bad).execute("CREATE TABLE x (a)").connection.close()
    assert main(["export", str(bad), "--jsonl", str(tmp_path / "o")]) == 2
    assert "not a session recording" in capsys.readouterr().err


def test_export_to_stdout_in_a_real_process(tmp_path):
    db = tmp_path / "s.db"
    assert main(["import", str(FIX / "tiny_session.jsonl"), str(db), "--quiet"]) == 0
    p = subprocess.run(
        [sys.executable, "-m", "copilot", "export", str(db), "--jsonl", "-"],
        capture_output=True,
        timeout=30,
    )
    assert p.returncode == 0, p.stderr
    lines = p.stdout.decode("utf-8").splitlines()
    assert len(lines) == 20 and json.loads(lines[0])["type"] == "session"
