"""The waiting queue model: built from RiskSnapshot, valid for Qt, drops answered questions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from copilot.core.pipeline import RiskEntry, RiskSnapshot
from copilot.ui.waiting_panel import WaitingModel

from .conftest import make_rec


def make_model():
    recs = {
        f"v{i}": make_rec(i, viewer=f"v{i}", intent="price", is_question=True) for i in range(4)
    }

    def resolve(viewer_id, message_id):
        return f"名字{viewer_id}\u202e", recs.get(viewer_id)

    return WaitingModel(resolve), recs


def snapshot():
    return RiskSnapshot(
        30.0, [RiskEntry(f"v{i}", 0.9 - i * 0.2, "waiting 40 s", f"m{i}") for i in range(4)]
    )


def test_waiting_model_passes_qt_model_tester(qtmodeltester):
    model, _ = make_model()
    model.set_snapshot(snapshot())
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_rows_show_name_risk_reason_and_question():
    model, recs = make_model()
    model.set_snapshot(snapshot())
    row = [model.index(0, c).data() for c in range(4)]
    assert row == ["名字v0", "90%", "waiting 40 s", recs["v0"].chat.text]
    assert model.top_record() is recs["v0"]


def test_hovering_shows_the_whole_reason_and_question():
    model, recs = make_model()
    long_reason = "waiting 75 s, asked 3 times, complained about being ignored, " * 2
    model.set_snapshot(RiskSnapshot(30.0, [RiskEntry("v0", 0.9, long_reason, "m0")]))
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 2).data(tip).strip() == long_reason.strip()
    assert len(model.index(0, 2).data()) < len(long_reason.strip())  # the cell is cut short
    assert model.index(0, 3).data(tip) == recs["v0"].chat.text
    assert "120" in model.index(0, 1).data(tip)


def test_answered_questions_leave_the_queue():
    model, recs = make_model()
    model.set_snapshot(snapshot())
    recs["v1"].answered_at = 31.0
    model.drop_answered([recs["v1"]])
    assert model.rowCount() == 3
    recs["v2"].answered_at = 31.0
    model.set_snapshot(snapshot())  # a later snapshot skips already answered ones too
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["名字v0", "名字v3"]
