"""Paints one chat row (time, name, text, intent badge, answered marker): no widget per message.

Compact mode draws one elided line per message (uniform row heights, so the view
never measures rows); wrap mode wraps the text and caches each row's height by
(message id, width).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from copilot.ui import theme
from copilot.ui.chat_model import ChatModel, ChatRow
from copilot.ui.labels import clock_text, intent_label, is_question
from copilot.ui.words import t

PAD_X = 10
PAD_Y = 5
GAP = 8
NAME_MAX_W = 150
BADGE_PAD = 6
MAX_WRAP_LINES = 6
HEIGHT_CACHE_MAX = 20000

_BUY = frozenset({"purchase_signal"})
_COMPLAINT = frozenset({"complaint_stream", "complaint_service"})


def _clock_sample(t: float) -> str:
    """The widest clock text for this time's format, so the columns line up."""
    return "00:00" if t < 3600 else "0:00:00"


def badge_color(intent: str) -> str:
    if is_question(intent):
        return theme.BADGE_QUESTION
    if intent in _BUY:
        return theme.BADGE_BUY
    if intent in _COMPLAINT:
        return theme.BADGE_COMPLAINT
    return theme.BADGE_OTHER


def name_color(viewer_id: str) -> QColor:
    h = 0
    for ch in viewer_id[:32]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return QColor(theme.NAME_COLORS[h % len(theme.NAME_COLORS)])


class ChatDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, wrap: bool = False) -> None:
        super().__init__(parent)
        self.wrap = wrap
        self._heights: dict[tuple[str, int], int] = {}
        self._colors = {
            "dim": QColor(theme.DIM),
            "text": QColor(theme.TEXT),
            "hover": QColor(theme.HOVER),
            "sel": QColor(theme.SELECTED),
            "good": QColor(theme.GOOD),
            "warn": QColor(theme.WARN),
            "white": QColor("#ffffff"),
        }

    # ------------------------------------------------------------- geometry
    def set_wrap(self, wrap: bool) -> None:
        self.wrap = wrap
        self._heights.clear()

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height() + 2 * PAD_Y

    def _text_rect(self, option: QStyleOptionViewItem, row: ChatRow, rect: QRect) -> QRect:
        fm = QFontMetrics(option.font)
        left = rect.left() + PAD_X + fm.horizontalAdvance(_clock_sample(row.rec.t)) + GAP
        left += min(NAME_MAX_W, fm.horizontalAdvance(row.name)) + GAP
        right = rect.right() - PAD_X - self._badges_width(fm, row)
        return QRect(left, rect.top() + PAD_Y, max(10, right - left), rect.height() - 2 * PAD_Y)

    def _badges_width(self, fm: QFontMetrics, row: ChatRow) -> int:
        w = (
            fm.horizontalAdvance(t("chat.answered")) + GAP
        )  # fixed slot: rows do not jump when answered
        label = intent_label(row.rec.intent)
        if label:
            w += fm.horizontalAdvance(label) + 2 * BADGE_PAD + GAP
        return w

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = self._line_height(option)
        width = option.rect.width()
        view = option.widget
        if width <= 0 and view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()  # list views ask with an empty rect
        if not self.wrap or width <= 0:
            return QSize(max(width, 200), line)
        model = index.model()
        if not isinstance(model, ChatModel):
            return QSize(width, line)
        row = model.row_at(index.row())
        key = (row.rec.id, width)
        h = self._heights.get(key)
        if h is None:
            rect = self._text_rect(option, row, QRect(0, 0, width, 10_000))
            fm = QFontMetrics(option.font)
            flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
            text_h = fm.boundingRect(rect, int(flags), row.text).height()
            text_h = min(text_h, fm.lineSpacing() * MAX_WRAP_LINES)
            h = max(line, text_h + 2 * PAD_Y)
            if len(self._heights) >= HEIGHT_CACHE_MAX:
                self._heights.clear()
            self._heights[key] = h
        return QSize(width, h)

    # ------------------------------------------------------------- painting
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        if not isinstance(model, ChatModel) or not 0 <= index.row() < model.rowCount():
            return
        row = model.row_at(index.row())
        rec = row.rec
        rect = option.rect
        c = self._colors
        painter.save()
        try:
            painter.setClipRect(rect)
            state = option.state
            if state & QStyle.StateFlag.State_Selected:
                painter.fillRect(rect, c["sel"])
            elif state & QStyle.StateFlag.State_MouseOver:
                painter.fillRect(rect, c["hover"])
            font = QFont(option.font)
            fm = QFontMetrics(font)
            top = rect.top() + PAD_Y
            line_h = fm.height()
            x = rect.left() + PAD_X
            # time
            painter.setFont(font)
            painter.setPen(c["dim"])
            time_w = fm.horizontalAdvance(_clock_sample(rec.t))
            painter.drawText(
                QRect(x, top, time_w, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                clock_text(rec.t),
            )
            x += time_w + GAP
            # name
            bold = QFont(font)
            bold.setBold(True)
            bfm = QFontMetrics(bold)
            name = bfm.elidedText(row.name, Qt.TextElideMode.ElideRight, NAME_MAX_W)
            name_w = min(NAME_MAX_W, fm.horizontalAdvance(row.name))
            painter.setFont(bold)
            painter.setPen(name_color(rec.viewer_id))
            painter.drawText(
                QRect(x, top, name_w + 4, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            # badges, right-aligned
            painter.setFont(font)
            right = rect.right() - PAD_X
            self._paint_marker(painter, fm, rec.is_question, rec.answered_at, right, top, line_h)
            right -= fm.horizontalAdvance(t("chat.answered")) + GAP
            label = intent_label(rec.intent)
            if label:
                w = fm.horizontalAdvance(label) + 2 * BADGE_PAD
                badge = QRect(right - w, top + 1, w, line_h - 2)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(badge_color(rec.intent)))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(c["white"])
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
            # text
            painter.setPen(c["text"])
            tr = self._text_rect(option, row, rect)
            if self.wrap:
                flags = (
                    Qt.TextFlag.TextWordWrap
                    | Qt.TextFlag.TextWrapAnywhere
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                )
                painter.drawText(tr, int(flags), row.text)
            else:
                text = fm.elidedText(row.text, Qt.TextElideMode.ElideRight, tr.width())
                painter.drawText(
                    QRect(tr.left(), top, tr.width(), line_h),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
        finally:
            painter.restore()

    def _paint_marker(
        self,
        painter: QPainter,
        fm: QFontMetrics,
        question: bool,
        answered_at: float | None,
        right: int,
        top: int,
        line_h: int,
    ) -> None:
        if not question:
            return
        text, color = (
            (t("chat.answered"), "good") if answered_at is not None else (t("chat.waiting"), "warn")
        )
        w = fm.horizontalAdvance(text)
        painter.setPen(self._colors[color])
        painter.drawText(
            QRect(right - w, top, w, line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
