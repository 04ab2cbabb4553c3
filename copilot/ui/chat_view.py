"""The chat list: follows new messages only when already at the bottom, pauses under the mouse.

While the pointer is over the list the model holds new messages back and a
"paused, N new" banner says how many are waiting; leaving the list lets them in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QEnterEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from copilot.core.records import MessageRecord
from copilot.ui.chat_delegate import ChatDelegate
from copilot.ui.chat_model import ChatModel
from copilot.ui.words import t

BOTTOM_SLACK_PX = 4


class ChatList(QListView):
    """A QListView over a ChatModel with hover-pause and stick-to-bottom scrolling."""

    hoverChanged = Signal(bool)

    def __init__(self, model: ChatModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.delegate = ChatDelegate(self)
        self.setModel(model)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setWordWrap(False)
        self._at_bottom = True
        model.rowsAboutToBeInserted.connect(self._remember_bottom)
        model.rowsAboutToBeRemoved.connect(self._remember_bottom)
        model.rowsRemoved.connect(self._after_remove)
        model.rowsInserted.connect(self._after_insert)

    def set_wrap(self, wrap: bool) -> None:
        self.delegate.set_wrap(wrap)
        self.setUniformItemSizes(not wrap)
        self.setResizeMode(QListView.ResizeMode.Adjust if wrap else QListView.ResizeMode.Fixed)
        self.scheduleDelayedItemsLayout()

    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - BOTTOM_SLACK_PX

    def _remember_bottom(self, *_args: object) -> None:
        self._at_bottom = self.is_at_bottom()

    def _after_remove(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._at_bottom or first != 0 or not self.uniformItemSizes():
            return
        # Keep what the reader is looking at still while old rows leave the top.
        bar = self.verticalScrollBar()
        bar.setValue(max(0, bar.value() - (last + 1) * self.sizeHintForRow(0)))

    def _after_insert(self, *_args: object) -> None:
        if self._at_bottom:
            self.scrollToBottom()

    def enterEvent(self, event: QEnterEvent) -> None:
        # Entering alone is no intent to read: a window that opens under a resting
        # pointer would otherwise start paused and empty. The first move pauses.
        super().enterEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._model.paused:
            self._model.set_paused(True)
            self.hoverChanged.emit(True)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._model.set_paused(False)
        self.hoverChanged.emit(False)


class ChatPanel(QFrame):
    """The chat card: title, the list, the paused banner and the wrap toggle."""

    messageSelected = Signal(object)  # MessageRecord

    def __init__(self, model: ChatModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.model = model
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.setContentsMargins(12, 0, 12, 0)
        title = QLabel(t("chat.title"))
        title.setObjectName("cardTitle")
        self.count = QLabel("")
        self.count.setObjectName("dim")
        self.wrap = QCheckBox(t("chat.wrap"))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count)
        head.addSpacing(12)
        head.addWidget(self.wrap)
        lay.addLayout(head)
        self.list = ChatList(model, self)
        lay.addWidget(self.list, 1)
        self.banner = QLabel("", self.list)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.wrap.toggled.connect(self.list.set_wrap)
        model.pendingChanged.connect(self._on_pending)
        self.list.clicked.connect(self._on_clicked)

    def _on_clicked(self, index: QModelIndex) -> None:
        rec = index.data(ChatModel.RecordRole)
        if isinstance(rec, MessageRecord):
            self.messageSelected.emit(rec)

    def _on_pending(self, n: int) -> None:
        if not self.model.paused:
            self.banner.hide()
            return
        self.banner.setText(t("chat.paused_n", n=f"{n:,}") if n else t("chat.paused"))
        self.banner.adjustSize()
        self._place_banner()
        self.banner.show()
        self.banner.raise_()

    def _place_banner(self) -> None:
        vp = self.list
        b = self.banner
        b.move(max(0, (vp.width() - b.width()) // 2), max(0, vp.height() - b.height() - 12))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    @property
    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisible() else ""
