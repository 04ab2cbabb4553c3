"""Churn risk: each behavioural assumption moves the probability the way it claims, and the
patience-type mixture makes a long silent wait look patient while a live one grows riskier."""

from dataclasses import replace

from copilot.core.events import Chat
from copilot.core.records import MessageRecord
from copilot.core.tracking.churn import ViewerNotes
from copilot.core.tracking.risk import (
    COLUMNS,
    NO_LIMIT,
    RiskInput,
    bracket,
    columns,
    evidence,
    model,
    probability,
    reason,
    risk_input,
)
from copilot.core.tracking.risk_coefficients import PARAMS
from copilot.core.tracking.waiting import WaitingQuestions


def base() -> RiskInput:
    return RiskInput(
        wait_s=40, repeats=0, complained=False, urgent=None, new=False, loyal=False,
        trouble=False,
    )  # fmt: skip


def repeated(wait: float, at: float) -> RiskInput:
    lo, hi = bracket([0.0, at], None)
    return replace(base(), wait_s=wait, repeats=1, lo_s=lo, hi_s=hi)


def test_fitted_parameters_keep_the_assumed_directions():
    assert 0 < PARAMS["impatient"] < 1 and PARAMS["shape"] > 1
    for shorter in ("hot", "warm", "new", "reply_only", "fatigue_loyal"):
        assert PARAMS[shorter] <= 1, shorter
    for longer in ("loyal", "content", "served", "burn", "repeat_lr", "complaint_lr", "presented"):
        assert PARAMS[longer] >= 1, longer
    assert 0 < PARAMS["batch"] < 1  # a share of answers is spoken to everyone on the topic


def test_risk_moves_the_way_each_assumption_says():
    p = probability(base())
    assert 0 < p < 1
    assert probability(replace(base(), complained=True, lo_s=43, hi_s=55)) > p
    assert probability(repeated(40, 25)) > p
    fresh = replace(base(), wait_s=5)  # buying urgency shows before their shorter patience ends
    q = probability(fresh)
    assert probability(replace(fresh, hot=True)) > probability(replace(fresh, warm=True)) > q
    assert probability(replace(base(), new=True)) > p
    assert probability(replace(base(), loyal=True)) < p
    assert probability(replace(base(), served=True)) < p
    assert probability(replace(base(), presented=True)) < p
    assert probability(replace(fresh, trouble=True)) > q
    # others waiting on the same topic: one spoken answer settles them all, so sooner
    crowded = [probability(replace(base(), crowd=n)) for n in (0, 1, 2, 3)]
    assert crowded == sorted(crowded, reverse=True) and crowded[3] < crowded[0]
    assert probability(replace(base(), crowd=9)) == crowded[3]  # counted up to CROWD_MAX


def test_risk_grows_with_waiting_for_a_viewer_who_still_looks_impatient():
    # known impatient (type posterior ~1): Weibull shape > 1, every second nearer the limit;
    # in the first half-minute the host's answer also grows likelier (as fast as patience
    # wears), so the rise starts later
    sure = {**PARAMS, "impatient": 0.999999}
    risks = [
        model(dict(zip(COLUMNS, columns(replace(base(), wait_s=w)), strict=True)), sure)
        for w in (0, 40, 60, 80, 100, 120)
    ]
    assert risks[1:] == sorted(risks[1:]) and risks[-1] > risks[0] + 0.05
    # an ordinary asker: past the first half-minute (while the host's answer grows likelier
    # as fast as patience wears) every further minute of waiting raises the risk
    typical = [probability(replace(base(), wait_s=w)) for w in (30, 60, 120, 180)]
    assert typical == sorted(typical) and typical[-1] > probability(replace(base(), wait_s=0))
    # a repeat says "impatient" whenever it comes
    assert probability(repeated(60, 40)) > probability(replace(base(), wait_s=60))


def test_a_long_silent_wait_is_the_patient_kind():
    # outlasting any usual patience without a word is evidence of a viewer who won't leave
    peak = max(probability(replace(base(), wait_s=w)) for w in range(0, 120, 10))
    assert probability(replace(base(), wait_s=400)) < peak
    # a repeat long ago whose implied patience has run out: no longer a live threat
    assert probability(repeated(400, 30)) < probability(repeated(60, 30))


def test_value_is_a_tag_not_a_weight():
    buyer = replace(base(), value_tags=("purchased",))
    assert probability(buyer) == probability(base())
    assert reason(buyer).endswith("[past buyer]")
    text = reason(replace(base(), wait_s=75, repeats=1, urgent="link", new=True))
    assert text == "waiting 75 s, asked twice, asked for the link, new viewer"


def test_bracket_from_repeats_and_complaint():
    assert bracket([0.0], None) == (0.0, NO_LIMIT)
    lo, hi = bracket([0.0, 19.0], None)  # a repeat 19 s in: patience between 20 and 54 s
    assert 19 < lo < 21 and 54 < hi < 55
    lo, hi = bracket([0.0, 19.0], 40.0)  # a complaint at 40 s: giving up within seconds
    assert 40 < lo < hi < 60
    assert bracket([0.0, 2.0], None) == (0.0, NO_LIMIT)  # two questions at once: no repeat
    # an early repeat (perhaps habit) must not cancel a later complaint's warning
    lo, hi = bracket([0.0, 17.3], 44.8)
    assert 44.8 < lo < hi < 60
    x = replace(base(), wait_s=51.9, repeats=1, complained=True, lo_s=lo, hi_s=hi)
    assert probability(x) > 0.8


def test_saying_they_will_buy_elsewhere_puts_a_waiting_viewer_on_top():
    # spec: the ``competitor`` churn follows saying so; said while waiting, it is the surest
    # sign of an imminent leave, and only a mention since asking counts
    notes = ViewerNotes(competitor=True, competitor_at=70.0)
    x = risk_input(75.0, [msg(40, "price")], None, notes, False)
    assert x.elsewhere and not x.complained and 30 <= x.lo_s < x.hi_s <= 60
    plain = risk_input(75.0, [msg(40, "price")], None, None, False)
    assert probability(x) > 0.8 > probability(plain)
    assert reason(x) == "waiting 35 s, said they'd buy elsewhere, asked for the price"
    assert "说去别家买" in reason(x, "zh")
    before = ViewerNotes(competitor=True, competitor_at=20.0)  # said before this wait began
    assert not risk_input(75.0, [msg(40, "price")], None, before, False).elsewhere


def msg(t: float, intent: str, product: str | None = "p1", mid: str = "m") -> MessageRecord:
    rec = MessageRecord(chat=Chat(t=t, id=f"{mid}{t}", viewer_id="v", text="?"))
    rec.intent, rec.is_question, rec.product_id = intent, True, product
    return rec


def test_risk_input_reads_only_what_the_room_has_seen():
    notes = ViewerNotes(complained_service=True, complained_at=5.0)  # before this wait
    x = risk_input(100.0, [msg(60, "price"), msg(80, "link")], None, notes, False, 0.6, "p1")
    assert x.wait_s == 40 and x.repeats == 1 and not x.complained
    assert x.hot and x.warm and x.urgent == "price" and x.presented
    assert 20 < x.lo_s < x.hi_s < 81
    y = risk_input(100.0, [msg(60, "order_status", None)], None, None, False)
    assert y.reply_only and not y.weak_only and not y.presented


def test_the_topics_a_spoken_answer_settles_leave_out_reply_only_questions():
    e = evidence([msg(60, "price"), msg(70, "order_status", None), msg(80, "price")], None, None)
    assert e.topics == {("price", "p1")}


def test_crowd_counts_other_viewers_still_in_the_room_on_the_same_topic():
    w = WaitingQuestions()
    recs = {}
    for i, (vid, intent) in enumerate(
        [("a", "price"), ("a", "price"), ("b", "price"), ("c", "price"), ("d", "stock"),
         ("e", "price"), ("f", "price")]
    ):  # fmt: skip
        rec = msg(float(i), intent, mid=vid)
        rec.chat = Chat(t=float(i), id=f"{vid}{i}", viewer_id=vid, text="?")
        w.add(rec)
        recs[vid] = rec
    topics = frozenset({("price", "p1")})
    assert w.crowd("a", topics, 3) == 3  # b, c, e, f: counted up to 3
    w.depart("b", 10.0)
    w.depart("e", 10.0)
    assert w.crowd("a", topics, 9) == 2  # c and f: the departed are not waiting
    assert w.crowd("d", frozenset({("stock", "p1")}), 3) == 0
    w.remove(recs["f"])  # answered
    assert w.crowd("c", topics, 9) == 1  # only a
    w.rejoin("b")  # back, still waiting
    assert w.crowd("c", topics, 9) == 2
    w.expire(10.0 + 4000.0)  # e's questions are dropped for good, b's stay
    assert w.crowd("a", topics, 9) == 2 and w.crowd("z", topics, 9) == 3


def test_reason_reads_the_same_in_english_and_chinese():
    x = replace(base(), wait_s=75, repeats=1, urgent="link", new=True, value_tags=("purchased",))
    assert reason(x) == "waiting 75 s, asked twice, asked for the link, new viewer [past buyer]"
    assert reason(x, "zh") == "等了75秒，问了2次，要链接，新观众［老买家］"
    assert reason(base(), "zh") == "等了40秒"
