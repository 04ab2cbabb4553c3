"""The replay report's summary also carries the room metrics the window shows: the p90
response time and one row per minute (optional fields of spec section 3)."""

from pathlib import Path

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import load_catalog
from copilot.core.jsonl import read_file
from copilot.core.report import ReportCollector

FIX = Path(__file__).parent.parent / "fixtures"


def test_summary_has_p90_and_minutes_that_add_up():
    p = build_pipeline(load_catalog(str(FIX / "beauty_catalog.json")))
    collector = ReportCollector(p)
    for ev in read_file(str(FIX / "beauty_session.jsonl")):
        p.feed(ev)
    p.finish()
    s = collector.build()["summary"]
    assert s["answered"] >= 8 and s["median_response_s"] <= s["p90_response_s"]
    rows = s["per_minute"]
    assert [r["minute"] for r in rows] == sorted({r["minute"] for r in rows})
    assert sum(r["questions"] for r in rows) == s["questions"]
    assert sum(r["answered"] for r in rows) == s["answered"]
    assert sum(r["joins"] for r in rows) == s["viewers"]
    assert s["answer_rate"] == 1.0 and s["waiting_at_end"] == 0  # every question is answered
