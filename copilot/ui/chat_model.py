"""The live chat as a bounded Qt list model, fed in batches (Chatterino's ChannelView idea).

Messages queue in a bounded deque and are flushed every ``flush_ms`` as one row
insertion (plus one removal from the top when over capacity); never a reset per
message. While paused (the mouse is over the chat) nothing moves and the model
counts what is waiting.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from copilot.core.records import MessageRecord
from copilot.ui.display_text import display_name, display_text
from copilot.ui.item_flags import read_only_row_flags
from copilot.ui.labels import clock_text

DEFAULT_CAPACITY = 5000
FLUSH_MS = 40

Index = QModelIndex | QPersistentModelIndex


class ChatRow:
    """One row: the record plus its display-safe name and text, computed once."""

    __slots__ = ("rec", "name", "text", "seq")

    def __init__(self, rec: MessageRecord) -> None:
        self.rec = rec
        self.seq = -1  # set when the row is inserted: rows always hold consecutive seqs
        self.name = display_name(rec.chat.name or rec.viewer_id)
        self.text = display_text(rec.chat.text)


class ChatModel(QAbstractListModel):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    pendingChanged = Signal(int)  # messages waiting while paused
    flushed = Signal(int, int)  # rows inserted, rows removed

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        flush_ms: int = FLUSH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._rows: list[ChatRow] = []
        self._pending: deque[ChatRow] = deque(maxlen=capacity)
        self._waiting = 0  # messages that arrived since the last flush (may exceed capacity)
        self._seq = 0
        self._base = 0  # seq of row 0
        self._row_seq: dict[str, int] = {}
        self.paused = False
        self.received = 0
        self.dropped = 0  # never shown: pushed out of a full queue before a flush
        self._timer = QTimer(self)
        self._timer.setInterval(flush_ms)
        self._timer.timeout.connect(self.flush)

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name}: {row.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{clock_text(row.rec.t)} {row.name}: {row.text}"
        if role == self.RecordRole:
            return row.rec
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_row_flags(index)

    # ---------------------------------------------------------------- feeding
    def row_at(self, row: int) -> ChatRow:
        return self._rows[row]

    def push(self, rec: MessageRecord) -> None:
        """Queue a message; it appears at the next flush (cheap: called per message)."""
        if len(self._pending) == self.capacity:
            self.dropped += 1
        self._pending.append(ChatRow(rec))
        self._waiting += 1
        self.received += 1
        if not self._timer.isActive():
            self._timer.start()

    def set_paused(self, paused: bool) -> None:
        if paused == self.paused:
            return
        self.paused = paused
        if not paused:
            self.flush()
        self.pendingChanged.emit(self._waiting if paused else 0)

    @property
    def waiting(self) -> int:
        """Messages received since the last flush (what the "paused, N new" banner shows)."""
        return self._waiting

    def flush(self) -> None:
        """Move queued messages into the rows: one removal and one insertion at most."""
        if self.paused:
            self.pendingChanged.emit(self._waiting)
            return
        if not self._pending:
            self._timer.stop()
            return
        new = list(self._pending)
        self._pending.clear()
        self._waiting = 0
        overflow = len(self._rows) + len(new) - self.capacity
        removed = 0
        if overflow > 0:
            removed = min(overflow, len(self._rows))
            if removed:
                self.beginRemoveRows(QModelIndex(), 0, removed - 1)
                for r in self._rows[:removed]:
                    if self._row_seq.get(r.rec.id) == r.seq:
                        del self._row_seq[r.rec.id]
                del self._rows[:removed]
                self.endRemoveRows()
        for r in new:
            r.seq = self._seq
            self._seq += 1
        self._base = self._rows[0].seq if self._rows else new[0].seq
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        for r in new:
            self._row_seq[r.rec.id] = r.seq
        self.endInsertRows()
        self.flushed.emit(len(new), removed)

    def refresh(self, recs: Iterable[MessageRecord]) -> None:
        """Repaint rows whose record changed (answered, late suggestion)."""
        lo = hi = -1
        for rec in recs:
            seq = self._row_seq.get(rec.id)
            if seq is None:
                continue
            row = seq - self._base
            if 0 <= row < len(self._rows) and self._rows[row].rec is rec:
                lo = row if lo < 0 else min(lo, row)
                hi = max(hi, row)
        if lo >= 0:
            self.dataChanged.emit(self.index(lo), self.index(hi))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._pending.clear()
        self._row_seq.clear()
        self._waiting = 0
        self.endResetModel()
