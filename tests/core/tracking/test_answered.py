from copilot.core.events import Chat, HostChat, Join, Leave, ProductShown, Speech
from copilot.core.pipeline import MessagesAnswered, Pipeline, Stage
from copilot.core.tracking import tracking_stages


class Label(Stage):
    """Stands in for understanding: intent and product from a table."""

    def __init__(self, table):
        self.table = table

    def on_chat(self, rec, ctx):
        if rec.id in self.table:
            rec.intent, rec.product_id = self.table[rec.id]
            rec.is_question = True


def run(catalog, table, events):
    p = Pipeline(catalog, [Label(table), *tracking_stages(catalog)])
    answered = []
    p.subscribe(lambda u: answered.append(u) if isinstance(u, MessagesAnswered) else None)
    recs = {}
    for ev in events:
        r = p.feed(ev)
        if r is not None:
            recs[r.id] = r
    p.finish()
    return recs, answered


def test_one_spoken_answer_settles_a_batch(catalog):
    table = {"m1": ("shipping", "a"), "m2": ("shipping", "a"), "m3": ("price", "a")}
    recs, answered = run(catalog, table, [
        Join(1, viewer_id="v1", name="小美"), Join(1, viewer_id="v2", name="阿强"),
        Chat(2, id="m1", viewer_id="v1", text="发什么快递"),
        Chat(3, id="m2", viewer_id="v2", text="快递呢"),
        Chat(4, id="m3", viewer_id="v2", text="多少钱"),
        Speech(10, start=8, end=10, text="谢谢小美的关注"),
        Speech(20, start=15, end=20, text="问快递的宝宝，浴巾我们都是顺丰"),
    ])  # fmt: skip
    assert recs["m1"].answer_ref == "s1" and recs["m2"].answer_ref == "s1"
    assert recs["m1"].answered_by == "speech" and recs["m1"].answered_at == 20
    assert recs["m3"].answered_at is None
    assert len(answered) == 1 and len(answered[0].recs) == 2


def test_reply_settles_repeats_only_of_same_intent_and_product(catalog):
    table = {"m1": ("stock", "a"), "m2": ("stock", "a"), "m3": ("stock", "b")}
    recs, _ = run(catalog, table, [
        Join(1, viewer_id="v1", name="小美"),
        Chat(2, id="m1", viewer_id="v1", text="有货吗"),
        Chat(9, id="m2", viewer_id="v1", text="有货吗？？"),
        Chat(10, id="m3", viewer_id="v1", text="咖啡壶呢"),
        HostChat(12, id="h1", text="有的", reply_to="m1", viewer_id="v1"),
    ])  # fmt: skip
    assert recs["m1"].answer_ref == "h1" and recs["m2"].answer_ref == "h1"
    assert recs["m3"].answered_at is None


def test_at_name_on_topic_answers_and_naming_alone_does_not(catalog):
    table = {"m1": ("price", "b"), "m2": ("order_status", None)}
    recs, _ = run(catalog, table, [
        Join(1, viewer_id="v1", name="小美"), Join(1, viewer_id="v2", name="阿强"),
        Chat(2, id="m1", viewer_id="v1", text="咖啡壶多少"),
        Chat(3, id="m2", viewer_id="v2", text="我的还没发货"),
        HostChat(5, id="h1", text="@小美 欢迎"),
        HostChat(6, id="h2", text="@小美 咖啡壶现在99"),
        HostChat(7, id="h3", text="@阿强 帮你催一下"),
    ])  # fmt: skip
    assert recs["m1"].answer_ref == "h2"
    assert recs["m2"].answer_ref == "h3"


def test_reply_to_one_question_settles_another_it_states(catalog):
    from copilot.core.events import Chat, HostChat, Join
    from copilot.core.pipeline import Pipeline
    from copilot.core.tracking import tracking_stages

    p = Pipeline(catalog, tracking_stages(catalog))
    p.feed(Join(0, viewer_id="v1", name="小雨"))
    first = p.feed(Chat(1, id="q1", viewer_id="v1", text="x"))
    second = p.feed(Chat(2, id="q2", viewer_id="v1", text="y"))
    first.intent, first.is_question, first.product_id = "stock", True, "a"
    second.intent, second.is_question, second.product_id = "price", True, "a"
    tracker = p.stages[-1]
    tracker.answers.on_message(first)
    tracker.answers.on_message(second)
    p.feed(HostChat(5, id="h1", author="host", text="还有货，现在49元", reply_to="q1"))
    assert (first.answered_at, second.answered_at) == (5, 5)
    assert second.answer_ref == "h1"


def test_a_flooding_viewer_keeps_a_bounded_number_of_waiting_questions():
    from copilot.core.events import Chat
    from copilot.core.records import MessageRecord
    from copilot.core.tracking.waiting import MAX_WAITING_PER_VIEWER, WaitingQuestions

    w = WaitingQuestions()
    recs = []
    for i in range(MAX_WAITING_PER_VIEWER + 30):
        r = MessageRecord(Chat(float(i), id=f"m{i}", viewer_id="bot", text="多少钱"))
        r.intent, r.is_question, r.product_id = "price", True, "p1"
        recs.append(r)
        w.add(r)
    mine = w.of_viewer("bot")
    assert [r.id for r in mine] == [r.id for r in recs[-MAX_WAITING_PER_VIEWER:]]
    assert len(w.for_key(("price", "p1"))) == MAX_WAITING_PER_VIEWER


def test_a_viewer_who_left_is_still_answered_by_name(catalog):
    # the spec counts an answer whenever it comes; "包邮" is every product's, and the name
    # says whose question it settles although the viewer has just left
    table = {"m1": ("shipping", "a")}
    recs, _ = run(catalog, table, [
        Join(1, viewer_id="v1", name="小甜甜"), Join(1, viewer_id="v2", name="阿强"),
        Chat(2, id="m1", viewer_id="v1", name="小甜甜", text="几天到"),
        Leave(30, viewer_id="v1"), ProductShown(35, product_id="b"),
        Speech(40, start=38, end=40, text="小甜甜 都是包邮的"),
    ])  # fmt: skip
    assert recs["m1"].answered_at == 40 and recs["m1"].answered_by == "speech"


def test_the_digits_of_a_name_said_are_no_price(catalog):
    table = {"m1": ("price", "a")}
    recs, _ = run(catalog, table, [
        Join(1, viewer_id="v1", name="spicycookie49"),
        Chat(2, id="m1", viewer_id="v1", name="spicycookie49", text="多少钱"),
        Speech(10, start=8, end=10, text="spicycookie49 稍等哈"),
    ])  # fmt: skip
    assert recs["m1"].answered_at is None
