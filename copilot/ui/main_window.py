"""The host's main window: header on top, live chat left, queue and suggestion right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from copilot.core.catalog import Catalog
from copilot.core.records import MessageRecord
from copilot.ui.chat_model import ChatModel
from copilot.ui.chat_view import ChatPanel
from copilot.ui.display_text import display_text
from copilot.ui.header import Header
from copilot.ui.suggestion_panel import SuggestionPanel
from copilot.ui.waiting_panel import WaitingModel, WaitingPanel


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(
        self,
        catalog: Catalog,
        chat_model: ChatModel,
        waiting_model: WaitingModel,
        title: str = "",
    ) -> None:
        super().__init__()
        self.setWindowTitle(f"Host Copilot · {display_text(title or catalog.shop_name, 60)}")
        self.resize(1360, 860)
        central = QWidget()
        central.setObjectName("central")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(12, 12, 12, 8)
        lay.setSpacing(10)
        self.header = Header(catalog, title)
        lay.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(10)
        self.chat = ChatPanel(chat_model)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.setHandleWidth(10)
        self.waiting = WaitingPanel(waiting_model)
        self.suggestion = SuggestionPanel()
        right.addWidget(self.waiting)
        right.addWidget(self.suggestion)
        right.setSizes([480, 300])
        split.addWidget(self.chat)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 540])
        lay.addWidget(split, 1)
        self.setCentralWidget(central)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status, 1)
        self.chat.messageSelected.connect(self.select_message)
        self.waiting.messageSelected.connect(self.select_message)

    def select_message(self, rec: MessageRecord) -> None:
        """The host picked a message: keep showing it until it is answered."""
        self.suggestion.pinned = True
        self.suggestion.show_message(rec)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()
