"""Room state: who is here, what they said lately, what is on screen, how many watch.

Memory is bounded for any chat rate: the room keeps the newest ``history`` messages
(default 5,000) and a few per viewer; the recording on disk keeps everything.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from copilot.core.events import (
    Engagement,
    Event,
    HostChat,
    Join,
    Leave,
    Online,
    Order,
    ProductShown,
    Speech,
)
from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.ring import Ring

PER_VIEWER_MESSAGES = 8
RECENT_SPEECH = 20
RECENT_HOST_CHAT = 50
# Departed viewers kept in ``viewers`` (a viewer who comes back finds their tags and
# history); older ones are forgotten so a day-long room stays bounded. Listeners that
# need every viewer (the replay report) keep them from the ViewerLeft updates.
KEEP_DEPARTED = 20_000


@dataclass
class RoomState:
    history: int = 5000
    viewers: dict[str, ViewerRecord] = field(default_factory=dict)
    product_on_screen: str | None = None
    product_since: float = 0.0
    online: int = 0
    present: int = 0
    orders: int = 0
    gmv: float = 0.0
    title: str = ""
    lang: str = ""
    now: float = 0.0
    chat: Ring[MessageRecord] = field(init=False)
    by_viewer: dict[str, deque[MessageRecord]] = field(default_factory=dict)
    speech: deque[Speech] = field(default_factory=lambda: deque(maxlen=RECENT_SPEECH))
    host_chat: deque[HostChat] = field(default_factory=lambda: deque(maxlen=RECENT_HOST_CHAT))
    speech_count: int = 0
    departed: dict[str, None] = field(default_factory=dict)  # leave order, oldest first
    last_speech_ref: str | None = None

    def __post_init__(self) -> None:
        self.chat = Ring(self.history)

    def viewer(self, viewer_id: str) -> ViewerRecord:
        v = self.viewers.get(viewer_id)
        if v is None:
            v = self.viewers[viewer_id] = ViewerRecord(viewer_id)
        return v

    def recent_messages(self, viewer_id: str) -> deque[MessageRecord]:
        q = self.by_viewer.get(viewer_id)
        if q is None:
            q = self.by_viewer[viewer_id] = deque(maxlen=PER_VIEWER_MESSAGES)
        return q

    def _forget(self, viewer_id: str) -> None:
        del self.departed[viewer_id]
        v = self.viewers.get(viewer_id)
        if v is not None and not v.present:
            del self.viewers[viewer_id]

    def add_message(self, rec: MessageRecord) -> None:
        """Remember a chat message (after understanding, so history has its labels)."""
        self.chat.push(rec)
        self.recent_messages(rec.viewer_id).append(rec)
        v = self.viewer(rec.viewer_id)
        if rec.chat.name and not v.name:
            v.name = rec.chat.name
        if v.joined_at is None:
            v.joined_at = rec.t
            v.present = True
            self.present += 1
        v.messages += 1
        v.questions += rec.is_question
        v.last_message_at = rec.t

    def apply(self, ev: Event) -> None:
        """Update room facts for a non-chat event."""
        self.now = max(self.now, ev.t)
        if isinstance(ev, Join):
            v = self.viewer(ev.viewer_id)
            if ev.name:
                v.name = ev.name
            if ev.tags:
                v.tags.update(ev.tags)
            if not v.present:
                self.present += 1
            v.present, v.joined_at, v.left_at = True, ev.t, None
            self.departed.pop(ev.viewer_id, None)
        elif isinstance(ev, Leave):
            v = self.viewer(ev.viewer_id)
            if v.present:
                self.present -= 1
            v.present, v.left_at = False, ev.t
            self.by_viewer.pop(ev.viewer_id, None)
            self.departed.pop(ev.viewer_id, None)
            self.departed[ev.viewer_id] = None
            if len(self.departed) > KEEP_DEPARTED:
                self._forget(next(iter(self.departed)))
        elif isinstance(ev, ProductShown):
            self.product_on_screen, self.product_since = ev.product_id, ev.t
        elif isinstance(ev, Online):
            self.online = int(ev.count)
        elif isinstance(ev, Order):
            self.orders += 1
            self.gmv += float(ev.amount)
            v = self.viewer(ev.viewer_id)
            v.orders += 1
            v.tags.add("purchased")
        elif isinstance(ev, Engagement):
            v = self.viewer(ev.viewer_id)
            v.engagement += 1
            if ev.kind == "follow":
                v.tags.add("follower")
        elif isinstance(ev, Speech):
            self.speech.append(ev)
            self.last_speech_ref = f"s{self.speech_count}"  # the spec's answer_ref for speech
            self.speech_count += 1
        elif isinstance(ev, HostChat):
            self.host_chat.append(ev)
