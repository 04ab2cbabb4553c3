"""What round 59 of written shops taught: a live auction calls its listings "lot seven"; a
question may open the sentence after a remark ("beautiful watch! whats shipping to
austria"); a cooler is asked how many days it holds ice (a spec, not delivery time); a
UK viewer asks how much to post it; an Australian one whether GST is included; a link
that does not show after refreshing is a link question, not a stream complaint."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex


def test_a_lot_number_said_is_the_link() -> None:
    index = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "antiques", "currency": "GBP"},
                "products": [
                    {"id": "p2", "link_no": 7, "name": "Bone china tea set", "price": 89.0},
                    {"id": "p3", "link_no": 11, "name": "Silver pocket watch", "price": 145.0},
                ],
            }
        )
    )
    st = index.analyse("ladies and gents lot seven english fine bone china tea set")
    assert "link_no" in st.facts.get("p2", set())
    st = index.analyse("here's the one a lot of you been waiting for lot eleven the pocket watch")
    assert "link_no" in st.facts.get("p3", set())
    assert not index.analyse("we sold a lot 7 minutes ago").facts  # "a lot" is no listing


def test_the_postage_of_a_return_is_no_free_shipping() -> None:
    """ "质量问题十五天包换 运费我们出" is the after-sales terms (the return's postage), not
    the product shipping free; "包邮" said with the same terms still is."""
    index = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "shoes"},
                "products": [
                    {"id": "p1", "link_no": 1, "name": "篮球鞋", "price": 399.0,
                     "shipping": {"carrier": "中通", "ships_within_h": 48, "free": True},
                     "after_sales": "七天无理由，质量问题十五天包换，运费我们出"},
                ],
            }
        )
    )  # fmt: skip
    said = index.analyse("七天无理由是支持的啊 质量问题十五天包换 运费我们出")
    assert ("free", frozenset({"p1"})) not in said.ambiguous
    assert "free" not in said.facts.get("p1", set())
    said = index.analyse("包邮 七天无理由")
    assert ("free", frozenset({"p1"})) in said.ambiguous or "free" in said.facts.get("p1", set())


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("beautiful watch! what's shipping to Austria for the watch", "shipping"),
        ("love it! is it waterproof", "spec"),
        ("wow. what a deal", "praise"),  # an exclamation, no question
        ("is that the 45qt?? how many days of ice for real not the marketing number", "spec"),
        ("how many days does the 65 hold ice", "spec"),
        ("how many days to ship to texas", "shipping"),  # guard: delivery time
        ("how long is that code good for", "discount"),
        ("yall got a military discount?", "discount"),
        ("guys i ordered 2 wks ago and nothing, order 44817", "order_status"),
        ("does it oxidize fast? my last one turned brown in like 3 wks", "spec"),  # guard
        ("how much to post the candle sticks to dublin", "shipping"),
        ("what happens if it arrives smashed, parcelforce are animals", "after_sales"),
        ("which lot number for the watch", "link"),
        ("shwmae from Cardiff, diolch Jan", "greeting"),
        ("looks way better built than the ones at academy", "praise"),
        ("thank u so much, super clear explanation", "praise"),
        ("price include gst?", "other_question"),
        ("GST含吗", "other_question"),
        ("2号链接没看到啊 刷新了也没有", "link"),
        ("拍两盒怎么减 直接拍就行吗", "discount"),
        ("上个月买的怎么开发票 单位要报销", "other_question"),
        ("谢谢主播讲这么细🙏", "praise"),
        ("竹子的看着就舒服", "praise"),
    ],
)
def test_round59_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent
