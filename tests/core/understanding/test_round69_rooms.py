"""What round 69 of written shops taught. Host speech: a size said in 号 over a range or with
a decimal ("主线一号到一点五号") is no link; a link named with 和 or 跟 ("和三号气垫一起拍立减
二十") is another product's, bundled, not this one's; far regions' shipping ("新疆西藏那边是
不包邮的 其他地方全包邮") is the shop's policy, no product's. Chat: "运费几钱" asks for the
shipping, "expired几时" for the shelf life."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import normalize, numbers


@pytest.mark.parametrize(
    ("typed", "intent"),
    # (the last keeps its reading)
    [("东马运费几钱", "shipping"), ("expired几时", "spec"), ("几时过期", "spec")],
)
def test_round69_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_a_size_in_hao_is_no_link() -> None:
    kinds = {n.value: n.kind for n in numbers(normalize("钓鲫鱼主线一号到一点五号"))}
    assert kinds[1.0] != "link" and kinds[1.5] != "link"
    assert {n.kind for n in numbers(normalize("三号链接"))} == {"link"}


def _shop() -> FactIndex:
    products = [
        {"id": "cushion", "name": "气垫粉底", "link_no": 3, "price": 129, "stock": 200,
         "shipping": {"carrier": "中通", "free": False}},
        {"id": "primer", "name": "妆前乳", "link_no": 4, "price": 89, "stock": 120,
         "coupon": "和气垫一起拍立减20元",
         "shipping": {"carrier": "中通", "free": True}},
    ]  # fmt: skip
    return FactIndex(catalog_from_dict({"shop": {"name": "r69"}, "products": products}))


def test_a_link_named_for_a_bundle_is_not_stated() -> None:
    assert not _shop().analyse("和三号气垫一起拍立减二十").answers("link", "cushion")
    assert _shop().analyse("气垫是三号链接").answers("link", "cushion")


def test_far_regions_shipping_is_the_shops_policy() -> None:
    st = _shop().analyse("新疆西藏那边是不包邮的哈 其他地方全包邮")
    assert not st.answers("shipping", "cushion") and not st.answers("shipping", "primer")
