"""What round 62 of written shops taught: sizes said as "forty five by thirty" or "三十八乘
二十八" are no prices; a spec is named by the latin head of its name ("MGO含量" said "mgo
是514", "m g o是263"), with a number the product's name holds too, though that number said
before a spec's name still only names the product ("ten colors"); "一米七一百四十斤" is a
height and a weight; viewers write 联接 for 链接 and 劵 or 卷 for 券."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures_in_context, normalize, numbers


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("有无卷", "discount"),
        ("有没有劵", "discount"),
        ("5号联接没看到", "link"),
    ],
)
def test_round62_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "said", ["basket's forty five by thirty by twenty", "盒子三十八乘二十八乘十"]
)
def test_sizes_said_by_their_sides_are_no_prices(said: str) -> None:
    assert {n.kind for n in numbers(normalize(said))} == {"measure"}


def test_a_height_then_a_weight() -> None:
    said = measures_in_context(normalize("一米七一百四十斤以内穿L 一米七五一百五十斤穿XL"))
    assert {(1700.0, "mm"), (1750.0, "mm"), (70000.0, "g"), (75000.0, "g")} <= {
        (v, u) for v, u, _w in said
    }
    assert normalize("一米七一") == "1.71米"  # guard: one figure


@pytest.fixture
def honey() -> FactIndex:
    return FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "manuka"},
                "products": [
                    {"id": "p1", "link_no": 1, "name": "麦卢卡蜂蜜 UMF10+ MGO263+ 500g",
                     "price": 299.0, "specs": {"MGO含量": "≥263 mg/kg"}},
                    {"id": "p6", "link_no": 6, "name": "麦卢卡蜂蜜 UMF15+ 礼盒",
                     "price": 599.0, "specs": {"MGO含量": "≥514 mg/kg"}},
                    {"id": "p3", "link_no": 3, "name": "Gel Pen Set, 10 Colors", "price": 18.0,
                     "specs": {"colors": "10 colors, 0.5 mm"}},
                ],
            }
        )
    )  # fmt: skip


def test_a_spec_named_by_its_latin_head(honey: FactIndex) -> None:
    assert honey.analyse("MGO是五百一十四以上的").facts == {"p6": {"spec"}}
    assert honey.analyse("然后那个m g o是两百六十三以上的").facts == {"p1": {"spec"}}
    # a number of the name said before the spec's name names the product
    assert "spec" not in honey.analyse("the gel pen set ten colors").facts.get("p3", set())
