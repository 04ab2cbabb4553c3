"""The one event pipeline shared by the window, live sources and ``copilot replay``.

Events go in, in time order; stages (understanding, suggestions, answered tracking,
risk, churn, QoE) run in a fixed order and fill the records; listeners (the window,
the recorder, the replay report) receive plain update objects. Periodic work runs on
ticks of session time (every ``tick_s`` seconds), fired before the first event that
lies past the tick, so a tick sees exactly the events at or before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from copilot.core.catalog import Catalog
from copilot.core.events import Chat, Event, Leave
from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.room import RoomState

TICK_S = 5.0


@dataclass(slots=True)
class MessageAdded:
    rec: MessageRecord


@dataclass(slots=True)
class MessagesAnswered:
    t: float
    recs: list[MessageRecord]


@dataclass(slots=True)
class ViewerLeft:
    viewer: ViewerRecord


@dataclass(slots=True)
class RiskEntry:
    viewer_id: str
    risk: float
    reason: str = ""
    message_id: str | None = None
    inputs: Any = None  # what the reason was made from, for faces that phrase it anew


@dataclass(slots=True)
class RiskSnapshot:
    t: float
    top: list[RiskEntry]


@dataclass(slots=True)
class Incident:
    start: float
    end: float | None
    kind: str
    severity: str
    detail: str = ""
    cleared_at: float | None = None  # the first healthy sample after it (it ended by then)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "severity": self.severity}


@dataclass(slots=True)
class IncidentUpdate:
    incident: Incident


@dataclass(slots=True)
class EventSeen:
    """Every input event, after the stages ran (for recorders and raw views)."""

    event: Event


Update = MessageAdded | MessagesAnswered | ViewerLeft | RiskSnapshot | IncidentUpdate | EventSeen
Listener = Callable[[Update], None]


@dataclass
class Context:
    """What a stage may read and use: the catalog, the room, and the update outbox."""

    catalog: Catalog
    room: RoomState
    emit: Callable[[Update], None]
    shared: dict[str, Any] = field(default_factory=dict)


class Stage:
    """A step of the pipeline. Override what the stage cares about; the rest does nothing."""

    name = "stage"

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        """A chat message arrives (before it is added to the room history)."""

    def on_event(self, ev: Event, ctx: Context) -> None:
        """Any other event, after the room has applied it (a Leave: before)."""

    def on_tick(self, now: float, ctx: Context) -> None:
        """Session time reached ``now`` (a multiple of the tick period)."""

    def on_finish(self, now: float, ctx: Context) -> None:
        """The session ended at ``now``."""


class Pipeline:
    def __init__(
        self,
        catalog: Catalog,
        stages: list[Stage] | None = None,
        history: int = 5000,
        tick_s: float = TICK_S,
    ) -> None:
        self.catalog = catalog
        self.room = RoomState(history=history)
        self.stages: list[Stage] = list(stages or [])
        self.listeners: list[Listener] = []
        self.ctx = Context(catalog, self.room, self._emit)
        self.tick_s = tick_s
        self.next_tick = tick_s
        self.events = 0
        self.messages = 0
        self.finished = False

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)

    def subscribe(self, listener: Listener) -> None:
        self.listeners.append(listener)

    def _emit(self, update: Update) -> None:
        for fn in self.listeners:
            fn(update)

    def _tick_until(self, t: float) -> None:
        while self.next_tick < t:
            now = self.next_tick
            self.room.now = max(self.room.now, now)
            for s in self.stages:
                s.on_tick(now, self.ctx)
            self.next_tick += self.tick_s

    def feed(self, ev: Event) -> MessageRecord | None:
        """Run one event through every stage; return the record for a chat message."""
        self._tick_until(ev.t)
        self.events += 1
        room = self.room
        rec = None
        if isinstance(ev, Chat):
            room.now = max(room.now, ev.t)
            self.messages += 1
            rec = MessageRecord(ev)
            for s in self.stages:
                s.on_chat(rec, self.ctx)
            room.add_message(rec)
            self._emit(MessageAdded(rec))
        elif isinstance(ev, Leave):
            room.now = max(room.now, ev.t)
            for s in self.stages:
                s.on_event(ev, self.ctx)
            room.apply(ev)
            self._emit(ViewerLeft(room.viewer(ev.viewer_id)))
        else:
            room.apply(ev)
            for s in self.stages:
                s.on_event(ev, self.ctx)
        self._emit(EventSeen(ev))
        return rec

    def finish(self, t: float | None = None) -> None:
        """Fire the remaining ticks up to ``t`` (default: the last event) and close stages."""
        if self.finished:
            return
        self.finished = True
        end = self.room.now if t is None else max(t, self.room.now)
        self._tick_until(end + 1e-9)
        for s in self.stages:
            s.on_finish(end, self.ctx)
