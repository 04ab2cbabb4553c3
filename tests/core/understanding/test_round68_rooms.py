"""What round 68 of written shops taught. Host speech: a range of sizes said with "to" ("a
uk eight to fourteen", "sixteen to twenty two") holds no prices (a price said again "from
forty nine to fifty nine" may still be one); a number glued to a letter ("h59黄铜") is a
code, no price; "没有包邮" is no free shipping; a link said only to count what is left in
it ("一号链接还有八十六饼") gives no link; a gear ratio said with "to" ("six point two to
one") is 6.2:1. Chat: "80lb left?", "any 1/4 oz left", "orchid 剩 how many" ask for stock;
Minnan 按怎 (怎么) and 有影无 (真的吗); "在哪领", "怎么领" ask for a coupon or a gift."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize, numbers


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("80lb left?", "stock"),
        ("any 1/4 oz left", "stock"),
        ("orchid 剩 how many", "stock"),
        ("试饮装按怎领", "discount"),
        # (a side and a leaving stay what they are)
        ("utd fans in here lol been rubbish since fergie left", "chatter"),
    ],
)
def test_round68_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_a_range_of_sizes_holds_no_prices() -> None:
    said = numbers(normalize("a uk eight to fourteen you want three metres"))
    assert {n.value: n.kind for n in said}[14.0] == "measure"
    again = numbers(normalize("from forty nine to fifty nine"))
    assert {n.kind for n in again} == {"bare"}


def test_a_gear_ratio_said_with_to() -> None:
    said = measures(normalize("six point two to one"))
    assert (6.2, ":1") in said
    assert not measures(normalize("five to one"))


def _shop() -> FactIndex:
    products = [
        {"id": "drain", "name": "防臭地漏", "link_no": 3, "price": 59, "stock": 150,
         "specs": {"材质": "H59黄铜主体，304不锈钢面板"},
         "shipping": {"carrier": "中通", "free": True}},
        {"id": "orchid", "name": "乐高兰花", "link_no": 5, "price": 52.9, "stock": 86,
         "shipping": {"carrier": "顺丰", "free": False}},
    ]  # fmt: skip
    return FactIndex(catalog_from_dict({"shop": {"name": "r68"}, "products": products}))


def test_a_code_glued_to_a_letter_is_no_price() -> None:
    assert not _shop().analyse("主体是h59黄铜的啊 面板是三零四不锈钢").answers("price", "drain")


def test_no_free_shipping_and_a_tallied_link() -> None:
    fi = _shop()
    assert fi.analyse("这个兰花没有包邮哦 满六十才包邮").answers("shipping", "orchid")
    st = fi.analyse("五号链接还有八十六盒 要的抓紧")
    assert st.answers("stock", "orchid") and not st.answers("link", "orchid")
