"""Follow-ups inherit the viewer's previous question; signals; language."""

from __future__ import annotations

from tests.core.understanding.conftest import Room


def test_followup_inherits_intent_and_product(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog, screen="k1")
    first = room.say("8号有M吗", viewer="a")
    assert (first.intent, first.product_id) == ("stock", "k2")
    follow = room.say("L码呢", viewer="a")
    assert (follow.intent, follow.product_id) == ("stock", "k2")
    assert follow.is_question


def test_english_followup(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog, screen="k1")
    room.say("how much is link 12", viewer="b")
    rec = room.say("and link 8?", viewer="b")
    assert (rec.intent, rec.product_id) == ("price", "k2")
    rec = room.say("what about the rain jacket", viewer="b")
    assert (rec.intent, rec.product_id) == ("price", "k2")


def test_followup_is_per_viewer(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog, screen="k1")
    room.say("8号有M吗", viewer="a")
    rec = room.say("L码呢", viewer="other")
    assert rec.product_id != "k2"


def test_full_new_question_does_not_inherit_product(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog, screen="k1")
    room.say("8号有M吗", viewer="a")
    rec = room.say("这个多少钱", viewer="a")
    assert (rec.intent, rec.product_id) == ("price", "k1")


def test_signals(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog)
    assert "complaint_stream" in room.say("卡得跟幻灯片一样").signals
    assert "complaint_service" in room.say("问了三遍没人回").signals
    comp = room.say("隔壁直播间才卖299 走了")
    assert comp.intent == "chatter" and "competitor" in comp.signals
    assert "competitor" in room.say("it's cheaper on amazon lol").signals
    assert "competitor" not in room.say("can u do a better price on the scarf").signals
    assert "competitor" in room.say("拼多多上同款便宜一半 能便宜点吗").signals
    assert "competitor" in room.say("盒马上才二十几一斤").signals
    assert "competitor" in room.say("best buy has it for less").signals
    assert "purchase" in room.say("已拍").signals
    assert room.say("多少钱").signals == frozenset()
    # checking in (打卡) is a greeting: its 卡了 is no stream complaint, which would
    # otherwise mark the viewer's later leaving as a bad-stream exit
    hello = room.say("老粉来打卡了")
    assert hello.intent == "greeting" and "complaint_stream" not in hello.signals


def test_language(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog)
    assert room.say("多少钱").lang == "zh"
    assert room.say("how much").lang == "en"
    assert room.say("dripper还有货吗").lang == "zh"
    assert room.say("👍👍", viewer="e").lang in ("zh", "en")
