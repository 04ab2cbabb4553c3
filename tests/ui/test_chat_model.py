"""The chat model: a valid Qt model, fed in batches, bounded, ordered, pausable."""

from __future__ import annotations

from copilot.ui.chat_model import ChatModel

from .conftest import make_rec


def test_model_passes_qt_model_tester(qtmodeltester):
    model = ChatModel(capacity=50)
    for i in range(30):
        model.push(make_rec(i))
    model.flush()
    qtmodeltester.check(model)


def test_ten_thousand_messages_flush_once_bounded_and_in_order():
    model = ChatModel(capacity=1000)
    inserts, removes, resets = [], [], []
    model.rowsInserted.connect(lambda _p, a, b: inserts.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removes.append((a, b)))
    model.modelReset.connect(lambda: resets.append(1))
    for i in range(600):
        model.push(make_rec(i))
    model.flush()
    assert inserts == [(0, 599)] and removes == []
    for i in range(600, 1300):
        model.push(make_rec(i))
    model.flush()
    assert removes == [(0, 299)]  # one removal of the oldest rows ...
    assert inserts[1] == (300, 999)  # ... then one insertion of the new ones
    for i in range(1300, 10_600):
        model.push(make_rec(i))
    model.flush()
    assert model.rowCount() == 1000
    assert removes[1] == (0, 999) and inserts[2] == (0, 999)
    assert resets == []
    ids = [model.row_at(r).rec.id for r in range(model.rowCount())]
    assert ids == [f"m{i}" for i in range(9600, 10_600)]
    assert model.received == 10_600
    assert model.dropped == 8300  # only ever queued, never shown: the pipeline still saw them


def test_flush_timer_moves_messages_without_a_manual_flush(qtbot):
    model = ChatModel(capacity=100, flush_ms=30)
    for i in range(5):
        model.push(make_rec(i))
    assert model.rowCount() == 0
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=2000)


def test_paused_model_holds_rows_and_counts_new_messages():
    model = ChatModel(capacity=100)
    model.push(make_rec(0))
    model.flush()
    seen = []
    model.pendingChanged.connect(seen.append)
    model.set_paused(True)
    for i in range(1, 8):
        model.push(make_rec(i))
    model.flush()
    assert model.rowCount() == 1
    assert seen[-1] == 7
    model.set_paused(False)
    assert model.rowCount() == 8
    assert seen[-1] == 0


def test_refresh_repaints_only_the_rows_of_answered_records():
    model = ChatModel(capacity=10)
    recs = [make_rec(i) for i in range(15)]
    for r in recs:
        model.push(r)
    model.flush()
    changed = []
    model.dataChanged.connect(lambda a, b, _roles=None: changed.append((a.row(), b.row())))
    recs[12].answered_at = 20.0
    recs[14].answered_at = 21.0
    model.refresh([recs[12], recs[14], recs[0]])  # recs[0] was evicted: ignored
    assert changed == [(7, 9)]


def test_display_role_is_sanitized_plain_text():
    model = ChatModel()
    model.push(make_rec(1, text="<b>hi</b>\u202e\x00x"))
    model.flush()
    assert model.index(0).data() == "观众1: <b>hi</b>x"
