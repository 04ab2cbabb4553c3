"""The embedded engine answers each intent from the catalog, in the viewer's language."""

from copilot.core.events import Speech
from copilot.core.pipeline import Pipeline
from copilot.core.records import QUESTION_INTENTS
from copilot.core.suggest import SuggestionStage
from tests.core.suggest.shop import catalog, record


def run(rec, cat=None, before=None):
    cat = cat or catalog()
    stage = SuggestionStage()
    pipe = Pipeline(cat, [stage])
    for ev in before or []:
        pipe.feed(ev)
    stage.on_chat(rec, pipe.ctx)
    return rec


def top(rec):
    return rec.suggestions[0]


def test_price_states_live_price_list_price_and_coupon():
    rec = run(record("多少钱呀", "price"))
    s = top(rec)
    assert "¥188" in s.text and "¥268" in s.text and "满150减15" in s.text
    assert s.facts == ["t1.live_price", "t1.price", "t1.coupon"]
    assert s.text.startswith("@小满 宝宝")
    assert 1 <= len(rec.suggestions) <= 3 and rec.suggest_ms is not None


def test_english_price_in_dollars_with_decimals():
    rec = run(
        record("how much is the teapot", "price", "t2", lang="en", name="Ann"), catalog("USD")
    )
    assert "$42.9" in top(rec).text and "$59.5" in top(rec).text
    assert top(rec).text.startswith("@Ann ")


def test_discount_gives_coupon_text():
    assert "满150减15" in top(run(record("有券吗", "discount"))).text


def test_stock_names_the_asked_variant_and_the_total():
    s = top(run(record("朱红的还有吗", "stock")))
    assert "朱红" in s.text and "120" in s.text and "320" in s.text
    assert "t1.variants.2.stock" in s.facts and "t1.stock" in s.facts


def test_stock_of_a_sold_out_variant_says_so():
    s = top(run(record("250g还有吗", "stock")))
    assert "250g" in s.text and "没货" in s.text


def test_shipping_carrier_hours_free():
    s = top(run(record("发什么快递", "shipping")))
    assert "京东快递" in s.text and "36" in s.text and "包邮" in s.text
    assert s.facts == ["t1.shipping.carrier", "t1.shipping.ships_within_h", "t1.shipping.free"]


def test_shipping_to_remote_region_adds_the_policy():
    s = top(run(record("新疆能发吗", "shipping")))
    assert "偏远地区（新疆、西藏）不发货" in s.text and "shop.policies.shipping" in s.facts


def test_english_shipping_not_free_does_not_say_free():
    s = top(run(record("shipping on the teapot?", "shipping", "t2", lang="en"), catalog("USD")))
    assert "UPS" in s.text and "72" in s.text and "free" not in s.text.lower()


def test_size_guide_quoted_verbatim():
    assert "100g约可冲泡33次，250g适合全家一起喝" in top(run(record("买多大的", "size"))).text


def test_usage_matches_the_right_faq():
    s = top(run(record("孕妇可以喝吗", "usage")))
    assert "绿茶含咖啡因，孕期建议少喝或者先问问医生" in s.text and s.facts == ["t1.faq.1.a"]


def test_spec_matches_shelf_life_by_value_words():
    s = top(run(record("保质期多久", "spec")))
    assert "18个月" in s.text and s.facts == ["t1.specs.shelf_life"]


def test_after_sales_quotes_product_then_shop_policy():
    rec = run(record("能退吗", "after_sales"))
    assert "未拆封7天可退，茶叶受潮包换" in rec.suggestions[0].text
    assert rec.suggestions[1].facts == ["shop.policies.returns"]


def test_after_sales_without_product_uses_shop_policy():
    s = top(run(record("退货怎么弄", "after_sales", None)))
    assert "签收后7天内未拆封可退" in s.text and s.facts == ["shop.policies.returns"]


def test_link_number():
    s = top(run(record("龙井几号链接", "link")))
    assert "6号链接" in s.text and "龙井" in s.text and s.facts == ["t1.link_no"]


def test_order_status_is_a_holding_reply_without_invented_facts():
    s = top(run(record("我的单怎么还没到", "order_status")))
    assert "客服" in s.text and s.facts == []


def test_other_question_holds_unless_a_policy_answers():
    assert top(run(record("主播多高", "other_question"))).facts == []
    s = top(run(record("能开发票吗", "other_question")))
    assert s.facts == ["shop.policies.invoice"] and "电子发票" in s.text


def test_question_without_product_asks_which_one():
    s = top(run(record("多少钱", "price", None)))
    assert "链接号" in s.text and s.facts == []


def test_english_hold_reply():
    s = top(run(record("where is my order", "order_status", None, lang="en")))
    assert "support" in s.text


def test_non_questions_get_nothing():
    rec = record("主播好", "greeting")
    rec.is_question = False
    run(rec)
    assert rec.suggestions == [] and rec.suggest_ms is None


def test_repeat_question_apologises_for_the_wait():
    cat = catalog()
    stage = SuggestionStage()
    pipe = Pipeline(cat, [stage])
    first = record("多少钱", "price", mid="m1", t=5.0)
    stage.on_chat(first, pipe.ctx)
    pipe.room.add_message(first)
    again = record("多少钱啊？？", "price", mid="m2", t=30.0)
    stage.on_chat(again, pipe.ctx)
    assert "久等啦" in again.suggestions[0].text


def test_host_just_said_the_fact():
    rec = run(
        record("多少钱", "price"), before=[Speech(8.0, start=5.0, end=8.0, text="龙井今天188")]
    )
    assert "刚刚主播也说了" in top(rec).text


def test_hostile_name_is_sanitised_or_dropped():
    rec = run(record("多少钱", "price", name="\u202e免费送0元" + "x" * 100))
    assert all("免费送" not in s.text and "\u202e" not in s.text for s in rec.suggestions)
    rec = run(record("多少钱", "price", name="用户9988776655"))
    assert top(rec).text.startswith("宝宝，")


def test_every_fact_path_resolves():
    cat = catalog()
    for intent in sorted(QUESTION_INTENTS):
        for pid in ["t1", "t2", None]:
            rec = run(record("这个怎么样", intent, pid), cat)
            for s in rec.suggestions:
                assert all(cat.fact(f) is not None for f in s.facts), (intent, pid, s)


def test_odd_catalog_never_breaks():
    from copilot.core.catalog import catalog_from_dict

    cat = catalog_from_dict({"shop": {"currency": "XYZ"}, "products": [{"id": "z", "faq": [{}]}]})
    for intent in ["price", "stock", "shipping", "size", "spec", "usage", "link", "after_sales"]:
        rec = run(record("?", intent, "z"), cat)
        assert rec.suggestions and all(s.facts == [] for s in rec.suggestions)
