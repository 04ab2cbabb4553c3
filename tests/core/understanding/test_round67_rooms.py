"""What round 67 of written shops taught. Host speech: a carrier's name is no sound-alike of
a product's ("也是顺丰" is no "石笋"); 泡发 (soaking dried food) and 沙发, 头发, 发酵 … are no
word of sending; postage added for far regions ("要加十五块运费") is the shop's policy; what
is said of the whole shop ("全店包邮 常温的走中通") is no product's shipping; a size said
after its system in Chinese figures ("us 五是三十六", "us 八三十九") is a figure. Chat:
Wuhan 么时候 (什么时候), "bzq" (保质期), "X的有没有" (is that kind in stock), "what does it
come with" as a spec, a price asked in Australian dollars or yuan ("澳币多少", "换成rmb")."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import normalize


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("豆皮么时候上", "link"),
        ("豆皮bzq好久", "spec"),
        ("加厚的有没有", "stock"),
        ("wat eyepieces come with", "spec"),
        ("mini澳币多少 换成rmb呢", "price"),
        ("长筒的price", "price"),
        # (什么时候 and 怎么样 stay as they are)
        ("什么时候发货", "shipping"),
    ],
)
def test_round67_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def _shop() -> FactIndex:
    products = [
        {"id": "fish", "name": "徽州臭鳜鱼", "aliases": ["臭鳜鱼"], "price": 139, "stock": 90,
         "shipping": {"carrier": "顺丰冷链", "ships_within_h": 24, "free": True}},
        {"id": "tea", "name": "黄山毛峰", "aliases": ["毛峰"], "price": 128, "stock": 200,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": True}},
        {"id": "shoots", "name": "徽州石笋干", "aliases": ["石笋", "笋干", "石笋干", "干笋"],
         "price": 59, "stock": 150,
         "shipping": {"carrier": "中通快递", "ships_within_h": 48, "free": True},
         "faq": [{"q": "怎么泡发", "a": "淘米水泡24-48小时，中间换两三次水。"}]},
    ]  # fmt: skip
    shop = {"name": "r67", "currency": "CNY"}
    return FactIndex(catalog_from_dict({"shop": shop, "products": products}))


def test_a_carrier_is_no_sound_alike_of_a_name() -> None:
    st = _shop().analyse("毛峰也是顺丰 四十八小时内发货 包邮")
    assert st.answers("shipping", "tea")
    assert not st.answers("shipping", "shoots")


def test_soaking_is_no_sending() -> None:
    st = _shop().analyse("笋干泡发的话淘米水泡二十四到四十八个小时")
    assert not st.answers("shipping", "shoots")


def test_the_whole_shops_shipping_is_no_products() -> None:
    st = _shop().analyse("全店包邮 常温的走中通")
    assert not any(st.answers("shipping", p) for p in ("fish", "tea", "shoots"))
    assert _shop().analyse("笋干走中通 包邮的").answers("shipping", "shoots")
    # (what the product shown is said to ship by stays its own)
    assert _shop().analyse("笋干这个走中通 全店满三十九包邮").answers("shipping", "shoots")


def test_a_size_said_after_its_system_is_a_figure() -> None:
    assert normalize("美码女款 us 五是三十六 us 八三十九") == "美码女款 us 5是36 us 8 39"
    assert normalize("这个是三") == "这个是三"  # (a digit alone still stays a word)
