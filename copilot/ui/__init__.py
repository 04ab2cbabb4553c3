"""The Qt face of Host Copilot: the only package that imports PySide6 and qasync.

Importing it without a usable Qt fails with a message that says what to install,
instead of a bare ImportError (or a crash) from deep inside a widget module.
"""

from __future__ import annotations

import sys

try:
    import qasync  # noqa: F401
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
except ImportError as _e:  # pragma: no cover - depends on the machine
    raise ImportError(
        "Host Copilot's window needs PySide6 and qasync, which could not be loaded "
        f"({_e}).\n  Install them:  pip install 'PySide6-Essentials>=6.6,<6.12' 'qasync>=0.27'\n"
        "  On Linux Qt also needs system libraries (libEGL, libxkbcommon, fontconfig); "
        "scripts/setup.sh installs them.\n  Headless work does not need Qt: use "
        "`copilot replay`."
    ) from _e


def _drops_none_references() -> bool:
    """PySide6 6.12.0 on Python < 3.12 loses a reference to None on every call of a
    method returning void; Python then aborts ("none_dealloc") after a few minutes."""
    point = QtCore.QPoint()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1)
    lost = before - sys.getrefcount(None)
    return lost >= 16


if _drops_none_references():  # pragma: no cover - depends on the installed PySide6
    raise ImportError(
        f"PySide6 {QtCore.__version__} on Python {sys.version.split()[0]} corrupts the "
        "reference count of None and would crash the window within minutes.\n"
        "  Install a working build:  pip install 'PySide6-Essentials==6.11.3'"
    )
