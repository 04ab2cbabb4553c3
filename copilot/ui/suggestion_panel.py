"""The selected message and its best suggested reply, with a button that copies the reply."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from copilot.core.records import MessageRecord
from copilot.ui.display_text import display_name, display_text
from copilot.ui.labels import clock_text, intent_label
from copilot.ui.words import language, t

SUGGESTION_CHARS = 600


def plain_label(text: str = "", object_name: str = "", wrap: bool = True) -> QLabel:
    """A QLabel that never interprets its text as rich text or links."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setOpenExternalLinks(False)
    lab.setWordWrap(wrap)
    if object_name:
        lab.setObjectName(object_name)
    lab.setText(text)
    return lab


class SuggestionPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.rec: MessageRecord | None = None
        self.pinned = False  # the host picked a message; otherwise follow the queue's top
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 12)
        lay.setSpacing(6)
        title = QLabel(t("sug.title"))
        title.setObjectName("cardTitle")
        lay.addWidget(title)
        self.who = plain_label("", "dim", wrap=False)
        self.question = plain_label(t("sug.pick"))
        self.suggestion = plain_label("", "product")
        self.facts = plain_label("", "dim")
        lay.addWidget(self.who)
        lay.addWidget(self.question)
        lay.addSpacing(4)
        lay.addWidget(self.suggestion)
        lay.addWidget(self.facts)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.status = plain_label("", "dim", wrap=False)
        self.copy = QPushButton(t("sug.copy"))
        self.copy.setEnabled(False)
        self.copy.clicked.connect(self.copy_suggestion)
        self.on_dismiss: Callable[[str], None] | None = None  # set when a model is attached
        self.dismiss = QPushButton(t("sug.dismiss"))
        self.dismiss.setToolTip(t("sug.dismiss_tip"))
        self.dismiss.clicked.connect(self.dismiss_current)
        self.dismiss.setVisible(False)
        row.addWidget(self.status, 1)
        row.addWidget(self.dismiss)
        row.addWidget(self.copy)
        lay.addLayout(row)

    def show_message(self, rec: MessageRecord | None) -> None:
        self.rec = rec
        self.dismiss.setVisible(self.on_dismiss is not None and rec is not None)
        self.refresh()

    def refresh(self) -> None:
        rec = self.rec
        if rec is None:
            return
        name = display_name(rec.chat.name or rec.viewer_id)
        label = intent_label(rec.intent)
        self.who.setText(f"{clock_text(rec.t)}  {name}" + (f"  ·  {label}" if label else ""))
        self.question.setText(display_text(rec.chat.text, 300))
        if rec.answered_at is not None:
            by = {"chat": "sug.by_chat", "speech": "sug.by_speech"}.get(rec.answered_by or "")
            at = clock_text(rec.answered_at)
            self.status.setText(
                t("sug.answered_how", t=at, how=t(by)) if by else t("sug.answered", t=at)
            )
        elif rec.is_question:
            self.status.setText(t("sug.waiting"))
        else:
            self.status.setText("")
        if rec.suggestions:
            top = rec.suggestions[0]
            self.suggestion.setText(display_text(top.text, SUGGESTION_CHARS))
            sep = "、" if language() == "zh" else ", "
            facts = sep.join(display_text(f, 60) for f in top.facts[:6])
            self.facts.setText(t("sug.facts", facts=facts) if facts else "")
            self.copy.setEnabled(True)
        else:
            self.suggestion.setText("—" if not rec.is_question else t("sug.none"))
            self.facts.setText("")
            self.copy.setEnabled(False)

    def show_stream(self, text_so_far: str) -> None:
        """The model's reply as it streams in (replaced by the checked reply when done)."""
        self.suggestion.setText(display_text(text_so_far, SUGGESTION_CHARS) + " …")
        self.status.setText(t("sug.generating"))

    def dismiss_current(self) -> None:
        rec = self.rec
        if rec is not None and self.on_dismiss is not None:
            self.on_dismiss(rec.id)
            self.status.setText(t("sug.dismissed"))

    def suggestion_text(self) -> str:
        rec = self.rec
        if rec is None or not rec.suggestions:
            return ""
        return display_text(rec.suggestions[0].text, SUGGESTION_CHARS)

    def copy_suggestion(self) -> None:
        text = self.suggestion_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(t("sug.copied"))
