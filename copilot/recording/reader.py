"""Opens a recorded session (even one whose writer was killed) for review and export."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from copilot.core.events import Event
from copilot.core.jsonl import ReadStats, read_events
from copilot.recording.schema import SCHEMA_VERSION


class RecordingError(ValueError):
    """The file is missing, not a session recording, or from a newer app."""


class Recording:
    """A session file: its ``meta`` facts and its events in recording order."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path
        self.meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM meta").fetchall())

    @property
    def schema_version(self) -> int:
        return int(self.meta.get("schema_version", "0") or 0)

    def catalog(self) -> dict[str, Any] | None:
        raw = self.meta.get("catalog")
        return json.loads(raw) if raw else None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM events").fetchone()[0])

    def time_span(self) -> tuple[float, float] | None:
        lo, hi = self._conn.execute("SELECT min(t), max(t) FROM events").fetchone()
        return None if lo is None else (float(lo), float(hi))

    def lines(self, t_from: float | None = None, t_to: float | None = None) -> Iterator[str]:
        """The events' JSON lines in recording order, optionally within [t_from, t_to]."""
        sql, args = "SELECT line FROM events", []
        if t_from is not None or t_to is not None:
            sql += " WHERE t >= ? AND t <= ?"
            args = [
                float("-inf") if t_from is None else t_from,
                float("inf") if t_to is None else t_to,
            ]
        cur = self._conn.execute(sql + " ORDER BY seq", args)
        while rows := cur.fetchmany(4096):
            for (line,) in rows:
                yield line

    def events(self, stats: ReadStats | None = None) -> Iterator[Event]:
        return read_events(self.lines(), stats)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Recording:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_recording(path: str | os.PathLike[str]) -> Recording:
    """Open an existing recording; a killed writer's WAL is recovered on open."""
    p = Path(path)
    if not p.is_file():
        raise RecordingError(f"{p}: no such file")
    conn = None
    try:
        try:
            conn = sqlite3.connect(p.resolve().as_uri() + "?mode=rw", uri=True)
        except sqlite3.OperationalError:
            conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"meta", "events"} <= names:
            raise RecordingError(f"{p}: not a session recording (no meta/events tables)")
        rec = Recording(conn, str(p))
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        raise RecordingError(f"{p}: not a session recording ({e})") from None
    except RecordingError:
        conn.close()
        raise
    if rec.schema_version > SCHEMA_VERSION:
        rec.close()
        raise RecordingError(
            f"{p}: recorded by a newer app (schema {rec.schema_version} > {SCHEMA_VERSION})"
        )
    return rec
