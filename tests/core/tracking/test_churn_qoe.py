from copilot.core.catalog import empty_catalog
from copilot.core.events import Chat, Engagement, Join, Leave, Qoe
from copilot.core.pipeline import IncidentUpdate, Pipeline
from copilot.core.qoe_health import judge
from copilot.core.tracking import tracking_stages
from copilot.core.tracking.churn import ViewerNotes, churn_reason


def test_precedence():
    n = ViewerNotes(competitor=True, complained_service=True)
    assert churn_reason(n, 1, 0, 50, True) == "competitor"
    assert churn_reason(ViewerNotes(), 1, 0, 50, True) == "unanswered"
    assert churn_reason(ViewerNotes(), 0, 0, 5, True) == "experience"
    assert churn_reason(ViewerNotes(), 0, 0, 5, False) == "not_target"
    assert churn_reason(ViewerNotes(acted=True), 0, 0, 5, False) == "fatigue"
    assert churn_reason(ViewerNotes(), 0, 0, 50, False) == "fatigue"


def test_judge_thresholds():
    assert judge("player", {"av_offset_ms": 120}) == {"av_sync": 2}
    assert judge("player", {"av_offset_ms": 60}) == {"av_sync": 1}
    assert judge("player", {"av_offset_ms": 30, "stall_ms": 0}) == {}
    assert judge("encoder", {"dropped_frames_pct": 8, "congestion": 0.1})["network"] == 2
    assert judge("encoder", {"fps": 20, "target_fps": 30})["low_fps"] == 2


def test_incident_opens_extends_and_explains_leaves():
    cat = empty_catalog()
    p = Pipeline(cat, tracking_stages(cat))
    incidents = []
    p.subscribe(lambda u: incidents.append(u.incident) if isinstance(u, IncidentUpdate) else None)
    p.feed(Join(0, viewer_id="v1"))
    p.feed(Join(0, viewer_id="v2"))
    p.feed(Engagement(1, kind="like", viewer_id="v2"))
    for t in range(1, 30, 2):
        p.feed(Qoe(t, source="player", metrics={"stall_ms": 900 if 9 <= t <= 15 else 0}))
    p.feed(Leave(40, viewer_id="v1"))
    p.feed(Leave(80, viewer_id="v2"))
    p.finish()
    inc = incidents[0]
    assert all(i is inc for i in incidents) and (inc.kind, inc.start, inc.end) == ("stall", 9, 15)
    assert p.room.viewers["v1"].churn_reason == "experience"
    assert p.room.viewers["v2"].churn_reason == "fatigue"


def test_complaint_burst_is_an_incident():
    cat = empty_catalog()
    p = Pipeline(cat, tracking_stages(cat))
    incidents = []
    p.subscribe(lambda u: incidents.append(u.incident) if isinstance(u, IncidentUpdate) else None)

    _stream_complaints(p)
    for t, vid in ((10, "a"), (12, "b"), (15, "c")):
        p.feed(Chat(t, id=f"m{t}", viewer_id=vid, text="卡了"))
    assert incidents and incidents[-1].kind == "complaints" and incidents[-1].start == 10


def _stream_complaints(p):
    """Understanding is not in these pipelines: mark every chat a stream complaint the way
    it would, on the QoE stage (the first tracking stage); returns that stage."""
    qoe = p.stages[0]
    orig = qoe.on_chat

    def labelled(rec, ctx):
        rec.intent = "complaint_stream"
        orig(rec, ctx)

    qoe.on_chat = labelled
    return qoe


def _complaints(cases):
    """Feed (t, viewer, intent, signals) chats; return the incidents opened."""
    cat = empty_catalog()
    p = Pipeline(cat, tracking_stages(cat))
    incidents = []
    p.subscribe(lambda u: incidents.append(u.incident) if isinstance(u, IncidentUpdate) else None)
    marks = {f"m{i}": (intent, sig) for i, (_t, _v, intent, sig) in enumerate(cases)}
    orig = p.stages[0].on_chat

    def labelled(rec, ctx):
        rec.intent, rec.signals = marks[rec.id][0], frozenset(marks[rec.id][1])
        orig(rec, ctx)

    p.stages[0].on_chat = labelled
    for i, (t, vid, _intent, _sig) in enumerate(cases):
        p.feed(Chat(t, id=f"m{i}", viewer_id=vid, text="x"))
    p.finish()
    return incidents


def test_two_viewers_or_stream_words_in_other_messages_open_no_incident():
    two = [(10, "a", "complaint_stream", ()), (12, "b", "complaint_stream", ())]
    two.append((14, "a", "complaint_stream", ()))
    assert _complaints(two) == []
    words = [(10 + i, v, "price", ("complaint_stream",)) for i, v in enumerate("abcd")]
    assert _complaints(words) == []


def test_a_sampled_problem_ends_between_its_last_bad_and_first_healthy_sample():
    cat = empty_catalog()
    p = Pipeline(cat, tracking_stages(cat))
    qoe = p.stages[0]
    for t in range(1, 30, 2):  # bad at 9..15, healthy again at 17: it ended about 16
        p.feed(Qoe(t, source="player", metrics={"stall_ms": 900 if 9 <= t <= 15 else 0}))
    assert qoe.trouble(45.5) is not None
    assert qoe.trouble(46.5) is None


def test_a_complaint_burst_is_over_after_a_quiet_spell_even_between_ticks():
    cat = empty_catalog()
    p = Pipeline(cat, tracking_stages(cat))
    qoe = _stream_complaints(p)
    for t, vid in ((10, "a"), (12, "b"), (15, "c")):
        p.feed(Chat(t, id=f"m{t}", viewer_id=vid, text="卡了"))
    # no tick has run since: 29 s of quiet is still the burst, 31 s is over (and its
    # 30 s aftermath, from the last complaint at 15, too)
    assert qoe.trouble(44) is not None
    assert qoe.trouble(46) is None


def test_complaints_stand_in_for_qoe_samples_only_where_the_stream_is_not_measured():
    cat = empty_catalog()
    for measured in (False, True):
        p = Pipeline(cat, tracking_stages(cat))
        qoe = _stream_complaints(p)
        for t, vid in ((10, "a"), (12, "b"), (15, "c")):
            if measured:
                p.feed(Qoe(t, source="player", metrics={"stall_ms": 0, "fps": 30.0}))
            p.feed(Chat(t, id=f"m{t}", viewer_id=vid, text="卡了"))
        # healthy samples say the stream is fine: the burst is noted, but no trouble
        assert (qoe.trouble(16) is None) is measured
