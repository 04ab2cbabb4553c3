"""Room state follows joins, leaves, product, online count and orders; history is bounded."""

from copilot.core.events import Chat, Join, Leave, Online, Order, ProductShown
from copilot.core.records import MessageRecord
from copilot.core.room import RoomState


def test_room_tracks_viewers_product_online_orders():
    room = RoomState(history=3)
    room.apply(Join(1, viewer_id="v1", name="小美", tags=("new",)))
    room.apply(Join(2, viewer_id="v2"))
    room.apply(ProductShown(3, product_id="p2"))
    room.apply(Online(4, count=321))
    room.apply(Order(5, viewer_id="v2", product_id="p2", qty=2, amount=100))
    room.apply(Leave(6, viewer_id="v1"))
    assert room.present == 1
    assert room.viewers["v1"].left_at == 6 and not room.viewers["v1"].present
    assert room.viewers["v1"].tags == {"new"}
    assert room.product_on_screen == "p2" and room.online == 321
    assert room.orders == 1 and room.gmv == 100
    assert "purchased" in room.viewers["v2"].tags


def test_history_is_a_bounded_ring_but_counts_everything():
    room = RoomState(history=3)
    for i in range(10):
        room.add_message(MessageRecord(Chat(float(i), id=f"m{i}", viewer_id="v", text="hi")))
    assert [m.id for m in room.chat] == ["m7", "m8", "m9"]
    assert room.chat.evicted == 7
    assert room.viewers["v"].messages == 10
    assert len(room.recent_messages("v")) <= 8


def test_old_leavers_are_forgotten_but_a_returning_viewer_is_not(monkeypatch):
    import copilot.core.room as room_mod

    monkeypatch.setattr(room_mod, "KEEP_DEPARTED", 3)
    room = RoomState()
    for i in range(6):
        room.apply(Join(i, viewer_id=f"v{i}", tags=("new",)))
    room.apply(Leave(10, viewer_id="v0"))
    room.apply(Join(11, viewer_id="v0"))  # came back: no longer a leaver
    for i in range(1, 6):
        room.apply(Leave(20 + i, viewer_id=f"v{i}"))
    assert set(room.viewers) == {"v0", "v3", "v4", "v5"}
    assert room.viewers["v0"].present and room.present == 1
