"""Wires one source, the pipeline and the window together on the asyncio loop.

A pump task feeds each event from the source into the pipeline; the pipeline's
updates go to the models (chat rows, waiting queue, incidents); a 250 ms timer
refreshes the header figures from the room state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from copilot.core.catalog import Catalog
from copilot.core.pipeline import (
    IncidentUpdate,
    MessageAdded,
    MessagesAnswered,
    Pipeline,
    RiskSnapshot,
    Update,
)
from copilot.core.records import MessageRecord
from copilot.sources.base import Source
from copilot.ui.chat_model import ChatModel
from copilot.ui.display_text import display_text
from copilot.ui.main_window import MainWindow
from copilot.ui.waiting_panel import WaitingModel
from copilot.ui.words import language, t

log = logging.getLogger(__name__)
REFRESH_MS = 250


class LiveSession(QObject):
    """One room in one window. ``start()`` begins pumping; ``aclose()`` stops everything."""

    finished = Signal()  # the source has no more events

    def __init__(
        self,
        source: Source,
        catalog: Catalog,
        pipeline: Pipeline,
        title: str = "",
        chat_capacity: int = 5000,
    ) -> None:
        super().__init__()
        self.source = source
        self.pipeline = pipeline
        self.chat_model = ChatModel(capacity=chat_capacity)
        self.waiting_model = WaitingModel(self._resolve)
        self.window = MainWindow(catalog, self.chat_model, self.waiting_model, title)
        self.stage_errors = 0
        self.task: asyncio.Task[None] | None = None
        self._handlers: dict[type, Callable[[Update], None]] = {
            MessageAdded: self._on_message,
            MessagesAnswered: self._on_answered,
            RiskSnapshot: self._on_risk,
            IncidentUpdate: self._on_incident,
        }
        pipeline.subscribe(self._on_update)
        self._rate_n = 0
        self._rate_t = time.monotonic()
        self._rate = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # ---------------------------------------------------------------- pipeline → UI
    def _on_update(self, u: Update) -> None:
        h = self._handlers.get(type(u))
        if h is not None:
            h(u)

    def _on_message(self, u: Update) -> None:
        assert isinstance(u, MessageAdded)
        self.chat_model.push(u.rec)

    def _on_answered(self, u: Update) -> None:
        assert isinstance(u, MessagesAnswered)
        self.chat_model.refresh(u.recs)
        self.waiting_model.drop_answered(u.recs)
        shown = self.window.suggestion.rec
        if shown is not None and any(r is shown for r in u.recs):
            self.window.suggestion.pinned = False  # answered: follow the queue again
            self.window.suggestion.refresh()

    def _on_risk(self, u: Update) -> None:
        assert isinstance(u, RiskSnapshot)
        self.waiting_model.set_snapshot(u)
        panel = self.window.suggestion
        if not panel.pinned:
            top = self.waiting_model.top_record()
            if top is not None and top is not panel.rec:
                panel.show_message(top)

    def _on_incident(self, u: Update) -> None:
        assert isinstance(u, IncidentUpdate)
        self.window.header.update_incident(u.incident)

    def _resolve(self, viewer_id: str, message_id: str | None) -> tuple[str, MessageRecord | None]:
        room = self.pipeline.room
        v = room.viewers.get(viewer_id)
        name = v.display_name if v is not None else viewer_id
        recent = room.by_viewer.get(viewer_id, ())
        rec = None
        for r in reversed(recent):
            if (message_id is not None and r.id == message_id) or (
                message_id is None and r.waiting
            ):
                rec = r
                break
        if rec is None and message_id is not None:
            tracking = self.pipeline.ctx.shared.get("tracking")
            waiting = getattr(tracking, "waiting", None)
            if waiting is not None:  # older than the viewer's last few messages
                rec = waiting.find(message_id)
        return name, rec

    # ---------------------------------------------------------------- running
    def start(self) -> None:
        self.refresh()
        self._timer.start()
        self.task = asyncio.ensure_future(self._pump())

    async def _pump(self) -> None:
        feed = self.pipeline.feed
        try:
            async with contextlib.aclosing(self.source.events()) as events:
                async for ev in events:
                    try:
                        feed(ev)
                    except Exception:  # a stage bug must not stop the room
                        self.stage_errors += 1
                        if self.stage_errors <= 5:
                            log.exception("pipeline failed on a %s event at t=%s", ev.type, ev.t)
            self.pipeline.finish()
        except Exception:
            log.exception("source %s failed", getattr(self.source, "name", "?"))
        finally:
            self.refresh()
            self.finished.emit()

    def session_time(self) -> float:
        fn = getattr(self.source, "session_time", None)
        t = fn() if callable(fn) else 0.0
        return max(t, self.pipeline.room.now)

    def refresh(self) -> None:
        p = self.pipeline
        w = self.window
        w.header.update_room(p.room, self.session_time())
        tracking = p.ctx.shared.get("tracking")
        metrics = getattr(tracking, "metrics", None)
        if metrics is not None:
            w.waiting.set_metrics(metrics.snapshot())
        detail = self.source.detail_in(language())
        w.header.update_source(self.source.state, detail)
        now = time.monotonic()
        if now - self._rate_t >= 1.0:
            self._rate = (p.messages - self._rate_n) / (now - self._rate_t)
            self._rate_n, self._rate_t = p.messages, now
        w.chat.count.setText(t("chat.rate", n=f"{p.messages:,}", rate=f"{self._rate:,.0f}"))
        errors = t("status.errors", n=self.stage_errors) if self.stage_errors else ""
        w.status.setText(
            f"{display_text(self.source.name, 60)} · {display_text(detail, 120)}"
            + t("status.events", n=f"{p.events:,}")
            + t("status.messages", n=f"{p.messages:,}", errors=errors)
        )

    async def aclose(self) -> None:
        """Stop pumping, close the source; safe to call twice."""
        self._timer.stop()
        task, self.task = self.task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.source.aclose()
