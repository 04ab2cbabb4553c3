"""The tracking stage: answered questions, churn risk, churn reasons and room metrics,
in the order each event needs them (a leave is judged before its questions are dropped)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable

from copilot.core.catalog import Catalog
from copilot.core.events import Engagement, Event, HostChat, Join, Leave, Order, Speech
from copilot.core.pipeline import Context, MessagesAnswered, RiskEntry, RiskSnapshot, Stage
from copilot.core.qoe_health import QoeHealth
from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.tracking.answered import AnswerTracker
from copilot.core.tracking.churn import ViewerNotes, churn_reason
from copilot.core.tracking.metrics import RoomMetrics
from copilot.core.tracking.risk import (
    CROWD_MAX,
    Evidence,
    RiskInput,
    evidence,
    evidence_key,
    probability,
    reason,
    risk_at,
)
from copilot.core.tracking.risk_tick import Prepared, Room

QUEUE_TOP = 10
ROOM_MEMORY_S = 300.0  # the room's answer share looks back about this long
CONTENT_INTENTS = frozenset({"praise", "purchase_signal"})


class TrackingStage(Stage):
    name = "tracking"

    def __init__(self, catalog: Catalog, qoe: QoeHealth | None = None) -> None:
        self.answers = AnswerTracker(catalog)
        self.waiting = self.answers.waiting
        self.qoe = qoe or QoeHealth()
        self.notes: dict[str, ViewerNotes] = {}
        self.metrics = RoomMetrics()
        self.queue: list[RiskEntry] = []  # riskiest first, refreshed every tick
        self.queue_listeners: list[Callable[[list[RiskEntry]], None]] = []
        # test/calibration hook: called with (now, viewer_id, RiskInput) on every tick
        self.observer: Callable[[float, str, RiskInput], None] | None = None
        self._asked_w = self._answered_w = 0.0  # decayed counts of questions and answers
        self._decay_t = 0.0
        # per waiting viewer: (what it was computed from, evidence, its time-free factors),
        # kept from tick to tick
        self._evidence: dict[str, tuple[object, Evidence, Prepared]] = {}

    def _decay(self, t: float) -> None:
        if t > self._decay_t:
            k = math.exp(-(t - self._decay_t) / ROOM_MEMORY_S)
            self._asked_w *= k
            self._answered_w *= k
            self._decay_t = t

    def room_answered(self, now: float) -> float:
        """Share of the room's recent questions the host has answered (smoothed)."""
        self._decay(now)
        return (self._answered_w + 1.0) / (self._asked_w + 2.0)

    def _note(self, viewer_id: str) -> ViewerNotes:
        n = self.notes.get(viewer_id)
        if n is None:
            n = self.notes[viewer_id] = ViewerNotes()
        return n

    # ------------------------------------------------------------------ risk
    def _risk(self, now: float, viewer_id: str, ctx: Context) -> RiskInput | None:
        """Recompute one viewer's risk; None when they have nothing waiting."""
        v = ctx.room.viewers.get(viewer_id)
        if v is None:
            return None
        if viewer_id not in self.waiting.by_viewer or viewer_id in self.waiting.gone:
            v.risk = 0.0
            return None
        trouble = self.qoe.trouble(now) is not None
        e = self._evidence_of(viewer_id, v, self._evidence)[1]
        crowd = self.waiting.crowd(viewer_id, e.topics, CROWD_MAX)
        x = risk_at(now, e, trouble, self.room_answered(now), ctx.room.product_on_screen, crowd)
        self._score(v, x)
        return x

    def _evidence_of(
        self,
        viewer_id: str,
        v: ViewerRecord,
        known: dict[str, tuple[object, Evidence, Prepared]],
    ) -> tuple[object, Evidence, Prepared]:
        """A waiting viewer's evidence (and its time-free factors): the one ``known`` from
        before while their waiting questions (stamp), notes and tags are unchanged, else
        gathered afresh."""
        notes = self.notes.get(viewer_id)
        key = (self.waiting.stamp[viewer_id], evidence_key(v, notes))
        got = known.get(viewer_id)
        if got is None or got[0] != key:
            e = evidence(self.waiting.of_viewer(viewer_id), v, notes)
            got = (key, e, Prepared(e))
        self._evidence[viewer_id] = got
        return got

    @staticmethod
    def _score(v: ViewerRecord, x: RiskInput) -> None:
        v.risk = probability(x)
        if v.risk > v.peak_risk:
            v.peak_risk = v.risk

    def _answered(self, t: float, recs: list[MessageRecord], ctx: Context) -> None:
        if not recs:
            return
        self._decay(t)
        for r in recs:
            self.metrics.on_answered(t, r.t)
            self._answered_w += 1.0
            n = self.notes.get(r.viewer_id)
            if n is not None:
                n.answered += 1
        for vid in {r.viewer_id for r in recs}:
            self._risk(t, vid, ctx)
        ctx.emit(MessagesAnswered(t, recs))

    # ------------------------------------------------------------------ events
    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        ctx.shared.setdefault("tracking", self)
        n = self._note(rec.viewer_id)
        n.acted = True
        sig = rec.signals
        if rec.intent == "complaint_service" or "complaint_service" in sig:
            n.complained_service = True
            n.complained_at = rec.t
        if rec.intent == "complaint_stream" or "complaint_stream" in sig:
            n.complained_stream_at = rec.t
        if "competitor" in sig:
            n.competitor = True
            n.competitor_at = rec.t
        if rec.intent in CONTENT_INTENTS:
            n.content_at = rec.t
        if rec.is_question:
            n.asked += 1
            self._decay(rec.t)
            self._asked_w += 1.0
            if self.waiting.by_viewer.get(rec.viewer_id):
                n.repeats += 1
            self.metrics.on_question(rec.t)
        self.answers.note_name(rec.viewer_id, rec.chat.name)
        self.answers.on_message(rec)
        # risk itself is recomputed on ticks (every 5 s), not per message: cheap at any rate

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
            self.metrics.on_join(ev.t)
        elif isinstance(ev, (Engagement, Order)):
            if ev.viewer_id:
                self._note(ev.viewer_id).acted = True
        elif isinstance(ev, Leave):
            self._leave(ev, ctx)

    def _leave(self, ev: Leave, ctx: Context) -> None:
        v = ctx.room.viewers.get(ev.viewer_id)
        if v is None or not v.present:
            return
        pending = [] if ev.viewer_id in self.waiting.gone else self.waiting.of_viewer(ev.viewer_id)
        x = self._risk(ev.t, ev.viewer_id, ctx) if pending else None
        v.risk_at_leave = v.risk if x is not None else 0.0
        trouble = self.qoe.trouble(ev.t) is not None
        v.churn_reason = churn_reason(
            self.notes.get(ev.viewer_id), len(pending), v.joined_at, ev.t, trouble
        )
        self.metrics.on_churn(ev.t, v.churn_reason)
        dropped = self.waiting.depart(ev.viewer_id, ev.t)
        self.notes.pop(ev.viewer_id, None)
        if not pending:  # else their name stays while their questions are answerable
            self.answers.forget_name(v.name, ev.viewer_id)
        self._forget_names(dropped, ctx)
        v.risk = 0.0

    def _forget_names(self, viewer_ids: list[str], ctx: Context) -> None:
        for vid in viewer_ids:
            gone = ctx.room.viewers.get(vid)
            if gone is not None:
                self.answers.forget_name(gone.name, vid)

    # ------------------------------------------------------------------ ticks
    def on_tick(self, now: float, ctx: Context) -> None:
        waiting = self.waiting
        self._forget_names(waiting.expire(now), ctx)
        trouble, answered = self.qoe.trouble(now) is not None, self.room_answered(now)
        on_screen = ctx.room.product_on_screen
        viewers = ctx.room.viewers
        scored: list[tuple[float, float, str, int]] = []
        n_waiting = 0
        known, self._evidence = self._evidence, {}
        room = Room(answered)
        crowd_of = waiting.crowd
        observer = self.observer
        for vid in waiting.viewers():
            n_waiting += len(waiting.by_viewer[vid])
            v = viewers.get(vid)
            if v is None:
                continue
            _key, e, prepared = self._evidence_of(vid, v, known)
            crowd = crowd_of(vid, e.topics, CROWD_MAX)
            # every waiting viewer is scored; a RiskInput is built only for the top few
            risk = prepared.risk(now, trouble, room, on_screen, crowd)
            v.risk = risk
            if risk > v.peak_risk:
                v.peak_risk = risk
            scored.append((risk, now - e.oldest, vid, crowd))  # (viewer ids are unique)
            if observer is not None:
                observer(now, vid, risk_at(now, e, trouble, answered, on_screen, crowd))
        top = heapq.nlargest(QUEUE_TOP, scored)
        entries = []
        for risk, _w, vid, crowd in top:
            mine = waiting.of_viewer(vid)
            first = min(mine, key=lambda r: r.t).id if mine else None
            x = risk_at(now, self._evidence[vid][1], trouble, answered, on_screen, crowd)
            # the reason is phrased only for the few the host sees, not every waiting viewer
            entries.append(RiskEntry(vid, risk, reason(x), first, x))
        self.queue = entries
        for fn in self.queue_listeners:
            fn(entries)
        self.metrics.refresh(now, n_waiting)
        ctx.emit(RiskSnapshot(now, entries))
