"""The pipeline: stage order, ticks on session time, updates to listeners."""

from copilot.core.catalog import empty_catalog
from copilot.core.events import Chat, End, Join, Leave
from copilot.core.pipeline import (
    EventSeen,
    MessageAdded,
    Pipeline,
    RiskEntry,
    RiskSnapshot,
    Stage,
    ViewerLeft,
)


class Recording(Stage):
    name = "probe"

    def __init__(self):
        self.calls = []

    def on_chat(self, rec, ctx):
        rec.intent = "greeting"
        self.calls.append(("chat", rec.t, len(ctx.room.chat)))

    def on_event(self, ev, ctx):
        present = ctx.room.viewers[ev.viewer_id].present if isinstance(ev, Leave) else None
        self.calls.append((ev.type, ev.t, present))

    def on_tick(self, now, ctx):
        self.calls.append(("tick", now, None))
        ctx.emit(RiskSnapshot(now, [RiskEntry("v1", 0.5)]))

    def on_finish(self, now, ctx):
        self.calls.append(("finish", now, None))


def test_ticks_fire_before_later_events_and_see_events_at_the_boundary():
    probe = Recording()
    p = Pipeline(empty_catalog(), [probe])
    updates = []
    p.subscribe(updates.append)
    p.feed(Join(1, viewer_id="v1"))
    p.feed(Chat(5.0, id="m1", viewer_id="v1", text="hi"))
    p.feed(Leave(12, viewer_id="v1"))
    p.feed(End(13))
    p.finish()
    assert probe.calls == [
        ("join", 1, None),
        ("chat", 5.0, 0),
        ("tick", 5.0, None),
        ("tick", 10.0, None),
        ("leave", 12, True),
        ("end", 13, None),
        ("finish", 13, None),
    ]
    kinds = [type(u).__name__ for u in updates]
    assert kinds.count("RiskSnapshot") == 2
    assert isinstance(updates[1], MessageAdded) and updates[1].rec.intent == "greeting"
    assert any(isinstance(u, ViewerLeft) and u.viewer.left_at == 12 for u in updates)
    assert sum(isinstance(u, EventSeen) for u in updates) == 4


def test_finish_is_idempotent_and_ticks_to_the_end():
    probe = Recording()
    p = Pipeline(empty_catalog(), [probe], tick_s=5)
    p.feed(Join(0, viewer_id="v1"))
    p.finish(21)
    p.finish(40)
    ticks = [c[1] for c in probe.calls if c[0] == "tick"]
    assert ticks == [5, 10, 15, 20]
