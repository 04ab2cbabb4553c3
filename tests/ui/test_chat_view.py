"""The chat list: pause-on-hover banner, stick-to-bottom, and safe painting of hostile text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from copilot.ui.chat_model import ChatModel
from copilot.ui.chat_view import ChatPanel

from .conftest import make_rec

HOSTILE = [
    "\ud800\udfff lone surrogates \udc00",
    "长" * 100_000,
    "\u202eRTL override: evil.exe\u202c and \u2067isolate",
    "".join(chr(c) for c in range(32)) + "\x7f\x85\x9f control chars",
    "<a href='x'>link</a><script>alert(1)</script>",
    "Z\u0351\u0352\u0353" * 200,
    "",
    "\U0001f600\u200d\U0001f4a5 emoji",
]


@pytest.fixture
def panel(qtbot):
    model = ChatModel(capacity=200)
    p = ChatPanel(model)
    qtbot.addWidget(p)
    p.resize(700, 400)
    p.show()
    qtbot.waitExposed(p)
    return p


def hover(widget, inside: bool, move: bool = True) -> None:
    if inside:
        ev = QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5))
        QApplication.sendEvent(widget, ev)
        if move:
            pos = QPointF(8, 8)
            move = QMouseEvent(
                QEvent.Type.MouseMove, pos, pos, pos,
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip
            QApplication.sendEvent(widget.viewport(), move)
    else:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def test_hover_pauses_and_shows_how_many_are_new(panel):
    model = panel.model
    for i in range(3):
        model.push(make_rec(i))
    model.flush()
    hover(panel.list, True)
    assert model.paused
    for i in range(3, 10):
        model.push(make_rec(i))
    model.flush()
    assert model.rowCount() == 3
    assert panel.banner_text == "已暂停 · 7 条新消息"
    hover(panel.list, False)
    assert not model.paused
    assert model.rowCount() == 10
    assert panel.banner_text == ""


def test_a_pointer_resting_where_the_window_opens_does_not_pause(panel):
    hover(panel.list, True, move=False)
    assert not panel.model.paused
    panel.model.push(make_rec(0))
    panel.model.flush()
    assert panel.model.rowCount() == 1 and panel.banner_text == ""


def test_follows_new_messages_only_when_at_the_bottom(panel, qtbot):
    model = panel.model
    for i in range(100):
        model.push(make_rec(i))
    model.flush()
    qtbot.waitUntil(panel.list.is_at_bottom)
    bar = panel.list.verticalScrollBar()
    bar.setValue(0)
    for i in range(100, 120):
        model.push(make_rec(i))
    model.flush()
    assert bar.value() == 0  # the reader scrolled up: stay put
    bar.setValue(bar.maximum())
    for i in range(120, 140):
        model.push(make_rec(i))
    model.flush()
    qtbot.waitUntil(panel.list.is_at_bottom)


@pytest.mark.parametrize("wrap", [False, True])
def test_hostile_text_paints_without_crashing(panel, wrap):
    panel.wrap.setChecked(wrap)
    model = panel.model
    for i, text in enumerate(HOSTILE):
        model.push(make_rec(i, text=text, intent="price", is_question=True))
        model.push(make_rec(100 + i, text="x", viewer=text[:50]))
    model.flush()
    image = panel.grab()  # paints every visible row through the delegate
    assert not image.isNull()
    assert model.rowCount() == 2 * len(HOSTILE)


def test_wrap_mode_caches_row_heights(panel):
    panel.wrap.setChecked(True)
    model = panel.model
    model.push(make_rec(1, text="很长的一条消息 " * 40))
    model.push(make_rec(2, text="短"))
    model.flush()
    view = panel.list
    long_h = view.sizeHintForRow(0)
    assert long_h > view.sizeHintForRow(1)
    assert len(view.delegate._heights) >= 2
    assert view.sizeHintForRow(0) == long_h
