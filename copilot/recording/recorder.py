"""Appends a session's events to its SQLite file in batches, so a crash loses < 1 s.

Events are buffered and committed every ``batch_events`` events or ``flush_interval_s``
seconds, whichever comes first (checked on every append, and by an optional asyncio
timer for quiet moments); ``close()`` commits the rest. Use it from a plain loop
(``append``), from asyncio (``start_flusher``) or as a pipeline listener (``on_update``).
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from copilot import __version__
from copilot.core.catalog import Catalog
from copilot.core.events import Engagement, Event, SessionStart
from copilot.core.jsonl import dumps
from copilot.core.pipeline import EventSeen
from copilot.recording.schema import DDL, SCHEMA_VERSION, configure

MAX_BUFFERED = 1_000_000  # events kept in memory while the disk refuses writes

_INSERT = "INSERT INTO events (t, type, line) VALUES (?, ?, ?)"
_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?)"
    " ON CONFLICT(key) DO UPDATE SET value=excluded.value"
)


def _utf8_safe(line: str) -> str:
    """A line SQLite can store: lone surrogates become JSON ``\\udXXX`` escapes."""
    try:
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:
        return json.dumps(json.loads(line), ensure_ascii=True, separators=(",", ":"))


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _catalog_json(catalog: Catalog | dict[str, Any] | None) -> str | None:
    if catalog is None:
        return None
    raw = catalog.raw if isinstance(catalog, Catalog) else catalog
    return json.dumps(raw, ensure_ascii=True)


class Recorder:
    """Writes one session file; not thread-safe (use it from the loop that feeds it)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        room: str = "",
        catalog: Catalog | dict[str, Any] | None = None,
        app_version: str = __version__,
        batch_events: int = 2000,
        flush_interval_s: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = os.fspath(path)
        self.batch_events = batch_events
        self.flush_interval_s = flush_interval_s
        self._clock = clock
        self._buf: list[tuple[float, str, str]] = []
        self._meta: dict[str, str] = {}
        self._last_flush = clock()
        self._task: asyncio.Task[None] | None = None
        self.recorded = 0  # events committed
        self.dropped = 0  # events lost because the disk kept refusing
        self.error: str | None = None  # last write error, None when healthy
        self.closed = False
        parent = os.path.dirname(self.path)
        if parent:
            os.makedirs(parent, exist_ok=True)
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        configure(self._conn)
        self._conn.executescript(DDL)
        row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            self._meta.update(
                schema_version=str(SCHEMA_VERSION),
                created_at=_now_iso(),
                room=room,
                started_at="",
                app_version=app_version,
            )
            cat = _catalog_json(catalog)
            if cat is not None:
                self._meta["catalog"] = cat
            self.flush()
        self.recorded = self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    # ------------------------------------------------------------ appending
    def append(self, ev: Event, line: str | None = None) -> None:
        """Buffer one event (``line``: its JSON text if already known, else ``dumps(ev)``)."""
        if self.closed:
            raise ValueError("recorder is closed")
        typ = ev.kind if isinstance(ev, Engagement) else ev.type
        self._buf.append((ev.t, typ, dumps(ev) if line is None else line))
        if isinstance(ev, SessionStart):
            self._note_session(ev)
        if len(self._buf) >= self.batch_events or self.flush_due():
            self.flush()

    def on_update(self, update: object) -> None:
        """Pipeline listener: records every input event (``EventSeen``), ignores the rest."""
        if isinstance(update, EventSeen) and not self.closed:
            self.append(update.event)

    def set_meta(self, **values: str) -> None:
        """Extra facts about the session (written with the next commit)."""
        self._meta.update({k: str(v) for k, v in values.items()})

    def _note_session(self, ev: SessionStart) -> None:
        self._meta.update(
            room=ev.room_id,
            started_at=ev.started_at,
            title=ev.title,
            platform=ev.platform,
            lang=ev.lang,
        )

    # ------------------------------------------------------------ committing
    @property
    def pending(self) -> int:
        return len(self._buf)

    def flush_due(self) -> bool:
        return self._clock() - self._last_flush >= self.flush_interval_s

    def flush_if_due(self) -> None:
        if self.flush_due():
            self.flush()

    def flush(self) -> None:
        """Commit everything buffered in one transaction; on a write error keep it for later."""
        self._last_flush = self._clock()
        if not self._buf and not self._meta:
            return
        batch, meta = self._buf, self._meta
        try:
            self._commit(batch, meta)
        except UnicodeEncodeError:
            batch = [(t, typ, _utf8_safe(line)) for t, typ, line in batch]
            try:
                self._commit(batch, meta)
            except sqlite3.Error as e:
                self._keep(batch, e)
                return
        except sqlite3.Error as e:
            self._keep(batch, e)
            return
        self.recorded += len(batch)
        self._buf, self._meta = [], {}
        self.error = None

    def _commit(self, batch: list[tuple[float, str, str]], meta: dict[str, str]) -> None:
        conn = self._conn
        conn.execute("BEGIN")
        try:
            conn.executemany(_INSERT, batch)
            if meta:
                conn.executemany(_META, list(meta.items()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _keep(self, batch: list[tuple[float, str, str]], e: sqlite3.Error) -> None:
        self.error = f"cannot write {self.path}: {e}"
        self._buf = batch
        if len(batch) > MAX_BUFFERED:
            over = len(batch) - MAX_BUFFERED
            del batch[:over]
            self.dropped += over

    # ------------------------------------------------------------ asyncio
    def start_flusher(self) -> asyncio.Task[None]:
        """Commit on a timer from the running asyncio loop (quiet rooms, idle moments)."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._flush_loop())
        return self._task

    async def _flush_loop(self) -> None:
        while not self.closed:
            await asyncio.sleep(self.flush_interval_s / 2)
            self.flush_if_due()

    # ------------------------------------------------------------ closing
    def close(self) -> None:
        """Commit the rest, note how the session ended, checkpoint the WAL and close."""
        if self.closed:
            return
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._meta.update(closed_at=_now_iso(), events=str(self.recorded + len(self._buf)))
        self.flush()
        self.closed = True
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self._conn.close()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
