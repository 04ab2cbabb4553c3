"""One dark theme for the whole window: palette, style sheet and the colours painters use."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

BG = "#17191d"
PANEL = "#1f2227"
PANEL_2 = "#272b31"
BORDER = "#30353d"
TEXT = "#e3e5e8"
DIM = "#8b919a"
ACCENT = "#4f8cff"
GOOD = "#3fb96d"
WARN = "#f0a830"
BAD = "#ee5555"
HOVER = "#252930"
SELECTED = "#2c3a55"

# Viewer name colours, picked by a stable hash of the viewer id.
NAME_COLORS = ("#7fb3ff", "#f59e6c", "#9ad77d", "#e08ad6", "#6fd3c9", "#e6c86e", "#b89cff")

# Badge colour per intent group.
BADGE_QUESTION = "#3b6fd1"
BADGE_BUY = "#2f9a5a"
BADGE_COMPLAINT = "#c0423f"
BADGE_OTHER = "#4a505a"

STYLE = f"""
QMainWindow, QWidget#central {{ background: {BG}; }}
QWidget {{ color: {TEXT}; }}
QLabel, QCheckBox {{ background: transparent; }}
QFrame#card {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#cardTitle {{ color: {DIM}; font-weight: 600; letter-spacing: 1px; }}
QLabel#dim {{ color: {DIM}; }}
QLabel#big {{ font-size: 17pt; font-weight: 600; }}
QLabel#product {{ font-size: 12pt; font-weight: 600; }}
QLabel#price {{ color: {WARN}; font-size: 12pt; font-weight: 700; }}
QLabel#pill {{ border-radius: 10px; padding: 2px 10px; font-weight: 600; }}
QLabel#banner {{ background: {ACCENT}; color: white; border-radius: 12px; padding: 4px 14px;
                 font-weight: 600; }}
QListView, QTableView {{ background: {PANEL}; border: none; outline: 0;
                         selection-background-color: {SELECTED}; }}
QHeaderView::section {{ background: {PANEL}; color: {DIM}; border: none;
                        border-bottom: 1px solid {BORDER}; padding: 4px 6px; }}
QPushButton {{ background: {ACCENT}; color: white; border: none; border-radius: 6px;
               padding: 5px 14px; font-weight: 600; }}
QPushButton:disabled {{ background: {PANEL_2}; color: {DIM}; }}
QPushButton:hover {{ background: #6a9dff; }}
QCheckBox {{ color: {DIM}; }}
QStatusBar {{ background: {PANEL}; color: {DIM}; border-top: 1px solid {BORDER}; }}
QSplitter::handle {{ background: {BG}; }}
QScrollBar:vertical {{ background: {PANEL}; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""


def apply_theme(app: QApplication) -> None:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, BG),
        (QPalette.ColorRole.Base, PANEL),
        (QPalette.ColorRole.AlternateBase, PANEL_2),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Button, PANEL_2),
        (QPalette.ColorRole.Highlight, SELECTED),
        (QPalette.ColorRole.HighlightedText, TEXT),
        (QPalette.ColorRole.PlaceholderText, DIM),
    ):
        pal.setColor(role, QColor(color))
    app.setPalette(pal)
    app.setStyleSheet(STYLE)
