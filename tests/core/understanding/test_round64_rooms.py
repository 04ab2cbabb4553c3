"""What round 64 of written shops taught: a size written with a unit or a side between its
two figures ("1.93m W x 2.55m L") is said "one point nine three wide by two point five five
long"; a name that is a price ("九块九" for the 9.9 offer) is no part of a longer number
("原价三十九块九"); two prices said are the one product whose two prices they both are. In
chat, a question closing on 不 ("炖锅是7号不") asks, and "多少pa" is a spec."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize


def _index(*products: dict, currency: str = "CNY") -> FactIndex:
    shop = {"name": "round64", "currency": currency}
    return FactIndex(catalog_from_dict({"shop": shop, "products": list(products)}))


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("冲锋衣是8号链接不", "link"),
        ("炖锅是7号不", "link"),
        ("这个多少pa", "spec"),
    ],
)
def test_round64_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("1.82m W x 2.44m L", "one point eight two wide by two point four four long"),
        ("4m W x 8m L x 2.5m H", "four metres by eight and two and a half high"),
    ],
)
def test_a_size_with_units_between_its_sides_is_met_by_its_sides(written: str, said: str) -> None:
    pairs = {(v, u) for v, u in measures(normalize(written)) if "×" in u}
    assert pairs and pairs <= measures(normalize(said))


def test_a_name_that_is_a_price_is_no_part_of_a_longer_number() -> None:
    fi = _index(
        {"id": "a", "name": "赣南脐橙 10斤", "aliases": ["脐橙"], "price": 59.9,
         "live_price": 49.9},
        {"id": "b", "name": "脐橙尝鲜装 3斤", "aliases": ["九块九", "9.9"], "price": 19.9,
         "live_price": 9.9},
    )  # fmt: skip
    st = fi.analyse("脐橙平时卖五十九块九 今晚直播间四十九块九")
    assert st.answers("discount", "a") and not st.answers("discount", "b")
    assert fi.analyse("尝鲜装九块九 原价十九块九").answers("price", "b")  # guard


def test_two_prices_said_are_the_product_whose_prices_they_both_are() -> None:
    fi = _index(
        {"id": "a", "name": "沃柑 10斤", "price": 69.9, "live_price": 49.9},
        {"id": "b", "name": "贡柑 5斤", "price": 49.9, "live_price": 39.9},
        {"id": "c", "name": "礼盒", "price": 89.9, "live_price": 49.9},
    )  # fmt: skip
    st = fi.analyse("原价六十九块九 直播间四十九块九")
    assert st.answers("discount", "a") and not st.answers("price", "b")
    assert not st.answers("price", "c")
