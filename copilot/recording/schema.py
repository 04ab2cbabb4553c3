"""The SQLite layout of a session recording (one file per session) and its pragmas.

Events are kept as their JSON lines (spec section 1) so export is byte-exact; ``t`` and
``type`` are columns for the review's range queries; ``meta`` says what the file is.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    seq  INTEGER PRIMARY KEY,
    t    REAL NOT NULL,
    type TEXT NOT NULL,
    line TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_t ON events (t);
"""


def configure(conn: sqlite3.Connection) -> None:
    """WAL + synchronous=NORMAL: a commit survives the app being killed (not a power cut)."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=2000")
