"""Where recordings go by default: ``sessions/`` under the user's data directory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import platformdirs

APP_NAME = "host-copilot"


def sessions_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "sessions"


def new_session_path(now: datetime | None = None) -> Path:
    """A fresh file name such as ``sessions/2025-06-01_20-15-03.db`` (never an existing one)."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H-%M-%S")
    base = sessions_dir()
    path = base / f"{stamp}.db"
    n = 1
    while path.exists():
        n += 1
        path = base / f"{stamp}_{n}.db"
    return path
