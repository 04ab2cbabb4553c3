"""Picks a UI font that can draw Chinese, and says clearly when the machine has none."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFERRED = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
    "Droid Sans Fallback",
)
NO_CJK_HINT = (
    "No font that can draw Chinese was found: Chinese chat will show as empty boxes. "
    "Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk; scripts/setup.sh does it)."
)


def find_cjk_family() -> str | None:
    """The best installed family for Simplified Chinese, or None."""
    families = QFontDatabase.families()
    present = set(families)
    for name in PREFERRED:
        if name in present:
            return name
    for name in families:
        ws = QFontDatabase.writingSystems(name)
        if QFontDatabase.WritingSystem.SimplifiedChinese in ws and "Serif" not in name:
            return name
    return None


def apply_ui_font(app: QApplication, point_size: float = 10.0) -> str | None:
    """Set the application font to a CJK-capable family; warn (once) if there is none."""
    family = find_cjk_family()
    font = QFont(app.font())
    if family is None:
        log.warning(NO_CJK_HINT)
    else:
        font.setFamilies([family, *font.families()])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return family
