"""What round 61 of written shops taught (and the last of round 60): free shipping above an
amount is the shop's policy, no product's shipping said free; a course's refund window is
no time of dispatch; "gsm" and "平" (square metres) are measures; how two versions differ is
a spec question; sales tax and installments are questions for the host; Yunnan 板扎."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("英一英二有啥区别啊", "spec"),
        ("唇泥和唇釉啥区别", "spec"),
        ("点读版跟音频版啥区别", "spec"),
        ("这个跟1号有啥区别", "other_question"),  # guard: against another link, the lexicon's
        ("大衣和刚才那个有啥区别", "other_question"),  # … or another product shown before
        ("空调除湿和这个有啥区别", "other_question"),
        ("主播区别对待 只回别人", "complaint_service"),  # guard: no difference asked
        ("收税吗", "other_question"),
        ("do u guys charge sales tax in WA", "other_question"),
        ("plus hst?", "other_question"),
        ("how do i charge it", "usage"),  # guard: charging a battery
        ("有没有分期", "other_question"),
        ("板扎", "praise"),
    ],
)
def test_round61_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.fixture
def shop() -> FactIndex:
    return FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "mixed"},
                "products": [
                    {"id": "p1", "link_no": 1, "name": "Blaze 16 Pizza Oven", "price": 599.0,
                     "shipping": {"carrier": "UPS", "ships_within_h": 48, "free": True},
                     "specs": {"fabric": "50% polyester, 50% cotton, 280 gsm"}},
                    {"id": "p2", "link_no": 2, "name": "Pizza Peel", "price": 59.0,
                     "shipping": {"carrier": "USPS", "ships_within_h": 24, "free": False}},
                    {"id": "p3", "link_no": 3, "name": "数学真题", "price": 79.0,
                     "shipping": {"carrier": "中通", "ships_within_h": 48, "free": True}},
                    {"id": "p4", "link_no": 4, "name": "大功率除湿机", "price": 2699.0,
                     "specs": {"适用面积": "50-120㎡", "日除湿量": "50L/天"}},
                ],
            }
        )
    )  # fmt: skip


@pytest.mark.parametrize(
    "said",
    [
        "accessories ship free over forty nine otherwise six ninety five",
        "free shipping kicks in at fifty dollars otherwise it's five ninety five flat",
        "满九十九包邮啊 不满的话运费十块",
    ],
)
def test_free_shipping_above_an_amount_is_no_products_free_shipping(
    shop: FactIndex, said: str
) -> None:
    st = shop.analyse(said)
    assert not any("free" in fs for fs in st.facts.values())
    assert not any(f == "free" for f, _pids in st.ambiguous)


def test_free_shipping_said_plainly_still_is(shop: FactIndex) -> None:
    st = shop.analyse("the oven ships free with ups")
    assert "free" in st.facts.get("p1", set())


def test_a_refund_window_is_no_time_of_dispatch(shop: FactIndex) -> None:
    said = "退款的话开通四十八小时内 三节课内全额退 讲义已经发了要扣讲义费 超过四十八小时不退"
    st = shop.analyse(said)
    assert not any("ships_within_h" in fs for fs in st.facts.values())
    assert not any(f == "ships_within_h" for f, _pids in st.ambiguous)
    st = shop.analyse("数学真题下单后四十八小时内发出")  # guard: a dispatch time still is
    assert "ships_within_h" in st.facts.get("p3", set())


def test_gsm_and_square_metres_are_measures(shop: FactIndex) -> None:
    said = "fifty fifty poly cotton two hundred and eighty gsm proper thick"
    assert shop.analyse(said).facts == {"p1": {"spec"}}
    assert "spec" in shop.analyse("五十到一百二十平 别墅地下室都能用").facts.get("p4", set())
    assert not shop.analyse("平时三平时").facts  # 平时 is no area
