"""The waiting-question queue: the riskiest viewers with an unanswered question (RiskSnapshot)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copilot.core.pipeline import RiskSnapshot
from copilot.core.records import MessageRecord
from copilot.core.tracking.risk import RiskInput
from copilot.core.tracking.risk import reason as risk_reason
from copilot.ui import theme
from copilot.ui.display_text import display_name, display_text
from copilot.ui.item_flags import read_only_row_flags
from copilot.ui.labels import metrics_line
from copilot.ui.words import language, t

HEADER_KEYS = ("wait.viewer", "wait.risk", "wait.reason", "wait.question")
Index = QModelIndex | QPersistentModelIndex
Resolver = Callable[[str, str | None], tuple[str, MessageRecord | None]]


@dataclass(slots=True)
class WaitingRow:
    viewer_id: str
    name: str
    risk: float
    reason: str
    rec: MessageRecord | None
    text: str
    full_reason: str = ""  # shown on hover: the column is narrow
    full_text: str = ""


def risk_color(risk: float) -> str:
    return theme.BAD if risk >= 0.6 else theme.WARN if risk >= 0.3 else theme.GOOD


class WaitingModel(QAbstractTableModel):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, resolve: Resolver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self._rows: list[WaitingRow] = []
        self.snapshot_t: float | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADER_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADER_KEYS)
        ):
            return t(HEADER_KEYS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, f"{r.risk * 100:.0f}%", r.reason, r.text)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (r.name, t("wait.risk_tip"), r.full_reason, r.full_text)[col] or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor(risk_color(r.risk))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RecordRole:
            return r.rec
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_row_flags(index)

    def set_snapshot(self, snap: RiskSnapshot) -> None:
        rows = []
        for e in snap.top:
            name, rec = self._resolve(e.viewer_id, e.message_id)
            if rec is not None and rec.answered_at is not None:
                continue
            text = display_text(rec.chat.text, 120) if rec is not None else ""
            risk = min(1.0, max(0.0, float(e.risk)))
            why = risk_reason(e.inputs, language()) if isinstance(e.inputs, RiskInput) else e.reason
            full = display_text(rec.chat.text, 500) if rec is not None else ""
            rows.append(
                WaitingRow(
                    e.viewer_id, display_name(name), risk, display_text(why, 60), rec, text,
                    display_text(why, 200), full,
                )
            )  # fmt: skip
        self.beginResetModel()
        self._rows = rows
        self.snapshot_t = snap.t
        self.endResetModel()

    def top_record(self) -> MessageRecord | None:
        """The riskiest waiting question, if any."""
        return next((r.rec for r in self._rows if r.rec is not None), None)

    def drop_answered(self, recs: Iterable[MessageRecord]) -> None:
        """Remove rows whose question was just answered (before the next snapshot)."""
        ids = {id(r) for r in recs}
        for i in range(len(self._rows) - 1, -1, -1):
            rec = self._rows[i].rec
            if rec is not None and id(rec) in ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()


class WaitingPanel(QFrame):
    messageSelected = Signal(object)  # MessageRecord

    def __init__(self, model: WaitingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.model = model
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 4)
        title = QLabel(t("wait.title"))
        title.setObjectName("cardTitle")
        title.setContentsMargins(12, 0, 12, 0)
        lay.addWidget(title)
        self.stats = QLabel("")  # the room's figures: answer rate, response times, churn
        self.stats.setObjectName("dim")
        self.stats.setContentsMargins(12, 2, 12, 4)
        self.stats.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.stats)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.resizeSection(0, 120)
        hh.resizeSection(2, 170)
        self.table.verticalHeader().setDefaultSectionSize(28)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(t("wait.empty"))
        self.empty.setObjectName("dim")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty)
        model.modelReset.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)
        self.table.clicked.connect(self._on_clicked)
        self._update_empty()

    def set_metrics(self, snapshot: dict[str, object]) -> None:
        self.stats.setText(metrics_line(snapshot))

    def _update_empty(self, *_args: object) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _on_clicked(self, index: QModelIndex) -> None:
        rec = index.siblingAtColumn(0).data(WaitingModel.RecordRole)
        if isinstance(rec, MessageRecord):
            self.messageSelected.emit(rec)
