"""Risk evidence kept between ticks equals evidence gathered afresh, whatever changed:
a new question, an answer, a complaint, praise, a follow, a leave and a rejoin, and others
asking the same."""

from copilot.core.assemble import build_pipeline
from copilot.core.events import Chat, Engagement, HostChat, Join, Leave, Order
from copilot.core.tracking.risk import CROWD_MAX, REPLY_ONLY, evidence, risk_at, risk_input


def test_tick_risk_equals_a_fresh_computation(catalog):
    p = build_pipeline(catalog)
    tracking = p.stage("tracking")
    seen = []

    def crowd(vid):
        """Other viewers still in the room waiting on one of this viewer's topics."""
        w = tracking.waiting
        mine = {(r.intent, r.product_id) for r in w.of_viewer(vid) if r.intent not in REPLY_ONLY}
        others = [
            {r.viewer_id for r in w.for_key(k) if r.viewer_id not in w.gone} - {vid} for k in mine
        ]
        return min(max(map(len, others), default=0), CROWD_MAX)

    def fresh(now, vid, x):
        room, t = p.room, tracking
        expected = risk_input(
            now,
            t.waiting.of_viewer(vid),
            room.viewers.get(vid),
            t.notes.get(vid),
            t.qoe.trouble(now) is not None,
            t.room_answered(now),
            room.product_on_screen,
        )
        expected.crowd = crowd(vid)
        assert x == expected, (now, vid)
        seen.append((now, vid, x.crowd))

    tracking.observer = fresh
    p.feed(Join(0.0, viewer_id="v1", name="小林"))
    p.feed(Join(0.0, viewer_id="v2", name="阿杰", tags=("new",)))
    p.feed(Join(0.0, viewer_id="v3", name="阿美"))
    p.feed(Chat(1.0, id="q1", viewer_id="v1", name="小林", text="浴巾多少钱"))
    p.feed(Chat(2.0, id="q2", viewer_id="v2", name="阿杰", text="咖啡壶有优惠券吗"))
    p.feed(Chat(13.0, id="q3", viewer_id="v1", name="小林", text="浴巾链接是几号"))
    p.feed(Chat(14.0, id="q5", viewer_id="v3", name="阿美", text="浴巾多少钱呀"))
    p.feed(Chat(21.0, id="c1", viewer_id="v2", name="阿杰", text="怎么没人理我"))
    p.feed(Engagement(27.0, kind="follow", viewer_id="v1"))
    p.feed(Chat(33.0, id="c2", viewer_id="v1", name="小林", text="这个浴巾真好看"))
    p.feed(HostChat(41.0, id="h1", text="7号链接，直播价49", reply_to="q3"))
    p.feed(Order(44.0, viewer_id="v2", amount=99.0))
    p.feed(Leave(52.0, viewer_id="v2"))
    p.feed(Join(58.0, viewer_id="v2", name="阿杰"))
    p.feed(Chat(60.0, id="q4", viewer_id="v2", name="阿杰", text="咖啡壶还有货吗"))
    p.feed(Leave(70.0, viewer_id="v3"))
    p.finish(90.0)
    assert {vid for _, vid, _c in seen} == {"v1", "v2", "v3"} and len(seen) > 10
    assert {c for _, vid, c in seen if vid == "v1"} == {0, 1}  # v3 asked the same, then left


def test_risk_input_is_evidence_at_a_time(catalog):
    p = build_pipeline(catalog)
    rec = p.feed(Chat(1.0, id="q1", viewer_id="v1", text="浴巾多少钱"))
    v = p.room.viewers["v1"]
    e = evidence([rec], v, None)
    for now in (1.0, 30.0, 400.0):
        assert risk_at(now, e, False, 0.4, "a") == risk_input(now, [rec], v, None, False, 0.4, "a")
