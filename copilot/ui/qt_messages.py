"""Sends Qt's own log messages to Python logging, quieting the offscreen plugin's known noise."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

# Said by the offscreen/minimal platform plugins for every shown window: not a fault.
HARMLESS = ("This plugin does not support propagateSizeHints()",)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(mode, logging.WARNING)
    if any(message.startswith(h) for h in HARMLESS):
        level = logging.DEBUG
    log.log(level, "%s", message)


@contextlib.contextmanager
def qt_messages_to_logging() -> Iterator[None]:
    """Route Qt messages to logging for the duration; restore the previous handler after."""
    previous = qInstallMessageHandler(_handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
