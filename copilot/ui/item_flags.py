"""The item flags every read-only list the window shows shares."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

READ_ONLY_ROW = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def read_only_row_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """Selectable, not editable, no children; nothing for an invalid index."""
    return READ_ONLY_ROW if index.isValid() else Qt.ItemFlag.NoItemFlags
