"""What round 65 of written shops taught: what is left of each size ("twenty eight of the six
inch", "五百克的剩下不多了") counts the sizes products come in and states no spec or guide
holding them; a weight said after a price ("二十五块九 五百克一袋") still states the net
content (round 63's reading of it as the quantity the price buys was undone: older rooms'
labels give it as the spec). In chat, Guizhou 好多 asks how much before a unit or closing
after a quantity's name ("每支好多毫升", "度数好多")."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize


@pytest.mark.parametrize(
    ("typed", "intent"),
    [("每支好多毫升", "spec"), ("光瓶的度数好多", "spec")],
)
def test_round65_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_what_is_left_of_each_size_states_no_spec() -> None:
    fi = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "round65", "currency": "CAD"},
                "products": [
                    {"id": "h", "name": "Hand Auger", "price": 99, "stock": 64,
                     "variants": [{"sku": "h6", "attrs": {"size": "6 in"}, "stock": 28},
                                  {"sku": "h8", "attrs": {"size": "8 in"}, "stock": 36}]},
                    {"id": "p", "name": "Power Auger", "price": 699, "stock": 38,
                     "specs": {"auger": "8 in or 10 in bit, 40V motor"}},
                ],
            }
        )
    )  # fmt: skip
    st = fi.analyse("we got twenty eight of the six inch thirty six of the eight inch")
    assert "spec" not in st.facts.get("p", set())
    assert fi.analyse("the power auger takes an eight inch or ten inch bit").answers("spec", "p")


def test_a_weight_said_after_a_price_is_still_a_measure() -> None:
    said = measures(normalize("今天二十五块九 五百克一袋"))
    assert (500.0, "g") in said
