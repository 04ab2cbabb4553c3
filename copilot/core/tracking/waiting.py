"""The questions still waiting for an answer, indexed so each event touches only what it can settle.

Indexed by (intent, product) for spoken answers, by viewer for replies and risk, and by
message id (plus a bounded window of recent messages) for ``reply_to``. A viewer who
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

    def askers(self, key: Key, most: int) -> frozenset[str]:
        """Up to ``most`` viewers still in the room who wait on ``key`` (a topic)."""
        found: set[str] = set()
        gone = self.gone
        for r in (self.by_key.get(key) or {}).values():
            if r.viewer_id not in gone:
                found.add(r.viewer_id)
                if len(found) >= most:
                    break
        return frozenset(found)

    def crowd(
        self, viewer_id: str, topics: frozenset[Key], most: int, memo: dict[Key, frozenset[str]]
    ) -> int:
        """How many others wait on one of ``topics`` with this viewer (the most on any one,
        at most ``most``); ``memo`` keeps each topic's askers for the rest of a tick."""
        best = 0
        for key in topics:
            who = memo.get(key)
            if who is None:
                who = memo[key] = self.askers(key, most + 1)
            best = max(best, len(who - {viewer_id}))
        return min(best, most)

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

    def depart(self, viewer_id: str, t: float) -> None:
        """The viewer left: their questions stop waiting but stay answerable for a while."""
        if viewer_id in self.by_viewer:
            self.gone[viewer_id] = t
            self._gone_order.append((t, viewer_id))
        self.expire(t)

    def rejoin(self, viewer_id: str) -> None:
        self.gone.pop(viewer_id, None)

    def expire(self, now: float) -> None:
        q = self._gone_order
        while q and (q[0][0] < now - KEEP_DEPARTED_S or len(q) > MAX_DEPARTED):
            t, vid = q.popleft()
            if self.gone.get(vid) == t:
                del self.gone[vid]
                self.drop_viewer(vid)
