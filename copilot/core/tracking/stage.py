"""The tracking stage: answered questions, churn risk, churn reasons and room metrics,
in the order each event needs them (a leave is judged before its questions are dropped)."""

from __future__ import annotations

from copilot.core.catalog import Catalog
from copilot.core.events import Event, HostChat, Join, Leave, Speech
from copilot.core.pipeline import Context, MessagesAnswered, Stage
from copilot.core.records import MessageRecord
from copilot.core.tracking.answered import AnswerTracker


class TrackingStage(Stage):
    name = "tracking"

    def __init__(self, catalog: Catalog) -> None:
        self.answers = AnswerTracker(catalog)
        self.waiting = self.answers.waiting

    def _answered(self, t: float, recs: list[MessageRecord], ctx: Context) -> None:
        if recs:
            ctx.emit(MessagesAnswered(t, recs))

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        self.answers.note_name(rec.viewer_id, rec.chat.name)
        self.answers.on_message(rec)

    def on_event(self, ev: Event, ctx: Context) -> None:
        room = ctx.room
        if isinstance(ev, Speech):
            ref = room.last_speech_ref or f"s{max(room.speech_count - 1, 0)}"
            self._answered(ev.t, self.answers.on_speech(ev, ref, room.product_on_screen), ctx)
        elif isinstance(ev, HostChat):
            self._answered(ev.t, self.answers.on_host_chat(ev, room.product_on_screen), ctx)
        elif isinstance(ev, Join):
            self.answers.note_name(ev.viewer_id, ev.name)
            self.waiting.rejoin(ev.viewer_id)
        elif isinstance(ev, Leave):
            v = room.viewers.get(ev.viewer_id)
            self.waiting.depart(ev.viewer_id, ev.t)
            if v is not None:
                self.answers.forget_name(v.name)
