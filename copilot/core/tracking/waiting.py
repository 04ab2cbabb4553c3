"""The questions still waiting for an answer, indexed so each event touches only what it can settle.

Indexed by (intent, product) for spoken answers, by viewer for replies and risk, and by
message id (plus a bounded window of recent messages) for ``reply_to``; and, per topic,
which viewers still in the room wait on it (how crowded a topic is, in constant time). A viewer who
leaves keeps their questions answerable for a while (hosts answer the departed too), then
they are dropped, so memory stays bounded.
"""

from __future__ import annotations

from collections import OrderedDict, deque

from copilot.core.records import MessageRecord

Key = tuple[str, str | None]
RECENT_IDS = 20_000
KEEP_DEPARTED_S = 1800.0
MAX_DEPARTED = 5_000
# A viewer's waiting questions beyond this many: the oldest stops waiting (it stays
# unanswered in the record). Real viewers repeat a handful of times; a flood or a bot
# must not grow memory or the per-tick risk work without bound.
MAX_WAITING_PER_VIEWER = 12


class WaitingQuestions:
    def __init__(self, recent: int = RECENT_IDS) -> None:
        self.by_key: dict[Key, dict[str, MessageRecord]] = {}
        self.by_viewer: dict[str, dict[str, MessageRecord]] = {}
        self.keys_by_intent: dict[str, set[Key]] = {}
        self._recent: OrderedDict[str, MessageRecord] = OrderedDict()
        self._recent_cap = recent
        self.gone: dict[str, float] = {}  # viewer → when they left (questions still answerable)
        # topic → viewers still in the room waiting on it → how many of their questions
        self.present: dict[Key, dict[str, int]] = {}
        self.stamp: dict[str, int] = {}  # viewer → changes when their waiting questions do
        self._stamps = 0
        self._gone_order: deque[tuple[float, str]] = deque()

    def __len__(self) -> int:
        """Questions waiting from viewers still in the room."""
        return sum(len(d) for v, d in self.by_viewer.items() if v not in self.gone)

    def remember(self, rec: MessageRecord) -> None:
        """Keep ``rec`` findable by id for a while (a reply may name any recent message)."""
        r = self._recent
        r[rec.id] = rec
        if len(r) > self._recent_cap:
            r.popitem(last=False)  # the oldest goes

    def find(self, message_id: str) -> MessageRecord | None:
        return self._recent.get(message_id)

    def add(self, rec: MessageRecord) -> None:
        key = (rec.intent, rec.product_id)
        self.by_key.setdefault(key, {})[rec.id] = rec
        mine = self.by_viewer.setdefault(rec.viewer_id, {})
        mine[rec.id] = rec
        self.keys_by_intent.setdefault(rec.intent, set()).add(key)
        if rec.viewer_id not in self.gone:
            here = self.present.setdefault(key, {})
            here[rec.viewer_id] = here.get(rec.viewer_id, 0) + 1
        self._touch(rec.viewer_id)
        if len(mine) > MAX_WAITING_PER_VIEWER:
            self.remove(next(iter(mine.values())))

    def _touch(self, viewer_id: str) -> None:
        self._stamps += 1
        self.stamp[viewer_id] = self._stamps

    def remove(self, rec: MessageRecord) -> None:
        key = (rec.intent, rec.product_id)
        d = self.by_key.get(key)
        if d is not None and d.pop(rec.id, None) is not None and not d:
            del self.by_key[key]
            ks = self.keys_by_intent.get(rec.intent)
            if ks is not None:
                ks.discard(key)
        self._uncount(key, rec.viewer_id, 1)
        v = self.by_viewer.get(rec.viewer_id)
        if v is not None and v.pop(rec.id, None) is not None:
            self._touch(rec.viewer_id)
            if not v:
                del self.by_viewer[rec.viewer_id]
                del self.stamp[rec.viewer_id]

    def of_viewer(self, viewer_id: str) -> list[MessageRecord]:
        d = self.by_viewer.get(viewer_id)
        return list(d.values()) if d else []

    def for_key(self, key: Key) -> list[MessageRecord]:
        d = self.by_key.get(key)
        return list(d.values()) if d else []

    def _uncount(self, key: Key, viewer_id: str, n: int) -> None:
        here = self.present.get(key)
        if here is None or viewer_id not in here:
            return  # a departed viewer: not counted
        left = here[viewer_id] - n
        if left > 0:
            here[viewer_id] = left
        else:
            del here[viewer_id]
            if not here:
                del self.present[key]

    def crowd(self, viewer_id: str, topics: frozenset[Key], most: int) -> int:
        """How many other viewers still in the room wait on one of ``topics`` with this
        viewer: the most on any one topic, at most ``most``."""
        if not topics:
            return 0
        best = 0
        present = self.present
        for key in topics:  # runs for every waiting viewer on every tick: kept plain
            here = present.get(key)
            if here:
                n = len(here) - (viewer_id in here)
                best = n if n > best else best
        return best if best < most else most

    def for_intent(self, intent: str) -> list[MessageRecord]:
        out: list[MessageRecord] = []
        for key in list(self.keys_by_intent.get(intent, ())):
            out.extend(self.for_key(key))
        return out

    def drop_viewer(self, viewer_id: str) -> list[MessageRecord]:
        """Forget a viewer who left; return the questions they left unanswered."""
        recs = self.of_viewer(viewer_id)
        for r in recs:
            self.remove(r)
        return recs

    def viewers(self) -> list[str]:
        """Viewers still in the room with a waiting question."""
        gone = self.gone
        return [v for v in self.by_viewer if v not in gone]

    def depart(self, viewer_id: str, t: float) -> list[str]:
        """The viewer left: their questions stop waiting but stay answerable for a while.
        Returns the departed viewers dropped for good meanwhile (see ``expire``)."""
        if viewer_id in self.by_viewer and viewer_id not in self.gone:
            for rec in self.by_viewer[viewer_id].values():
                self._uncount((rec.intent, rec.product_id), viewer_id, 1)
            self.gone[viewer_id] = t
            self._gone_order.append((t, viewer_id))
        return self.expire(t)

    def rejoin(self, viewer_id: str) -> None:
        if self.gone.pop(viewer_id, None) is not None:
            for rec in self.by_viewer.get(viewer_id, {}).values():
                here = self.present.setdefault((rec.intent, rec.product_id), {})
                here[viewer_id] = here.get(viewer_id, 0) + 1

    def expire(self, now: float) -> list[str]:
        """Drop for good the departed viewers kept too long (or too many); return them."""
        q = self._gone_order
        dropped: list[str] = []
        while q and (q[0][0] < now - KEEP_DEPARTED_S or len(q) > MAX_DEPARTED):
            t, vid = q.popleft()
            if self.gone.get(vid) == t:
                del self.gone[vid]
                self.drop_viewer(vid)
                dropped.append(vid)
        return dropped
