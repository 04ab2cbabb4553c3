"""Qt tests run offscreen, and fail if a test leaves a top-level widget behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from copilot.core.events import Chat  # noqa: E402
from copilot.core.records import MessageRecord  # noqa: E402


def _top_levels() -> dict[int, QWidget]:
    """Top-level widgets still alive after pending deletions ran, by C++ address."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    return {shiboken6.getCppPointer(w)[0]: w for w in QApplication.topLevelWidgets()}


@pytest.fixture(autouse=True)
def chinese_window():
    """Each test starts with the default window language, whatever the last one set."""
    from copilot.ui.words import set_language

    set_language("zh")
    yield
    set_language("zh")


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp):
    """Like napari's make_napari_viewer check: a test must close and delete its windows."""
    before = set(_top_levels())
    yield
    leaked = [w for key, w in _top_levels().items() if key not in before]
    if leaked:
        names = ", ".join(type(w).__name__ for w in leaked[:5])
        for w in leaked:
            w.close()
            w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"test leaked {len(leaked)} top-level widget(s): {names}")


def make_rec(i: int, text: str | None = None, viewer: str | None = None, **kw) -> MessageRecord:
    """A chat record as the pipeline would produce it (tests set intent etc. directly)."""
    chat = Chat(
        float(i) / 10,
        id=f"m{i}",
        viewer_id=viewer or f"v{i % 50}",
        name=f"观众{i % 50}",
        text=f"第{i}条消息" if text is None else text,
    )
    rec = MessageRecord(chat)
    for k, v in kw.items():
        setattr(rec, k, v)
    return rec
