"""``copilot replay`` end to end on a small fixture: the report speaks spec section 3."""

import json
import subprocess
import sys
from pathlib import Path

FIX = Path(__file__).parent / "fixtures"


def run_replay(tmp_path, session, *extra):
    out = tmp_path / "report.json"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "copilot",
            "replay",
            str(session),
            "--catalog",
            str(FIX / "tiny_catalog.json"),
            "--report",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return p, out


def test_report_has_every_section_and_all_messages(tmp_path):
    p, out = run_replay(tmp_path, FIX / "tiny_session.jsonl")
    assert p.returncode == 0, p.stderr
    assert "messages/s" in p.stderr
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["version"] == 1
    assert [m["id"] for m in rep["messages"]] == ["m1", "m2", "m3", "m4"]
    for m in rep["messages"]:
        assert set(m) >= {
            "id",
            "viewer_id",
            "t",
            "is_question",
            "intent",
            "product_id",
            "answered_at",
            "answered_by",
            "answer_ref",
            "suggestions",
        }
    viewers = {v["viewer_id"]: v for v in rep["viewers"]}
    assert viewers["v3"]["left_at"] == 11 and viewers["v1"]["left_at"] is None
    s = rep["summary"]
    assert (s["messages"], s["viewers"], s["churned"]) == (4, 3, 2)
    assert isinstance(rep["risk_queue"], list) and isinstance(rep["qoe_incidents"], list)


def test_malformed_lines_are_reported_and_replay_goes_on(tmp_path):
    bad = tmp_path / "bad.jsonl"
    lines = (FIX / "tiny_session.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(3, "{broken")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p, out = run_replay(tmp_path, bad)
    assert p.returncode == 0
    assert "line 4" in p.stderr
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["input"]["malformed"] == 1 and len(rep["messages"]) == 4
    p, _ = run_replay(tmp_path, bad, "--strict")
    assert p.returncode == 1 and "line 4" in p.stderr


def test_missing_inputs_get_a_clear_message(tmp_path):
    p, _ = run_replay(tmp_path, tmp_path / "nope.jsonl")
    assert p.returncode == 2 and "no such file" in p.stderr


def test_replay_can_record_every_event(tmp_path):
    db = tmp_path / "s.db"
    p, _ = run_replay(tmp_path, FIX / "tiny_session.jsonl", "--record", str(db))
    assert p.returncode == 0, p.stderr
    from copilot.recording import open_recording

    rec = open_recording(str(db))
    try:
        assert rec.count() == 20
    finally:
        rec.close()


def test_the_report_writer_writes_what_json_reads_back():
    import io
    import json as _json

    from copilot.commands.replay_cmd import write_json

    report = {
        "version": 1,
        "messages": [{"id": "m1", "text": "包邮吗 ✨", "t": 1.5}, {"id": "m2"}],
        "risk_queue": [],
        "summary": {"churn_by_reason": {"unanswered": 2}},
        "nothing": None,
    }
    buf = io.StringIO()
    write_json(report, buf)
    assert _json.loads(buf.getvalue()) == report
    assert "包邮吗" in buf.getvalue()  # written as UTF-8 text, not \\u escapes
