"""What round 60 of written shops taught: a viewer types the variant they want and nothing
else ("藏青M", "L码", "sage") to ask if it is there; Wuhan chat says 么样 for "how"; a
parent gives a child's age and asks which level or size; a host's ages, heights, body
measures, discount codes and times of day are no prices; a named product's amount is not
also another's price; a code is said in parts; a link said as a name ("5号") stays a
link; "四升" states "4.0L"; a rating's digit is said after its letters ("ipx四")."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("藏青M", "stock"),
        ("L码", "stock"),
        ("樱桃红", "stock"),
        ("sage", "stock"),
        ("卡其 L", "stock"),
        ("1", "chatter"),  # digits alone count viewers in, they pick nothing
        ("666", "chatter"),
        ("么样煮", "usage"),  # Wuhan: 怎么煮
        ("炖锅么样洗", "usage"),
        ("what level for a 6yo", "size"),
        ("what grade for a 9yo", "size"),
        ("my son is 8 but struggles w subtraction what level should i get", "size"),
        ("my daughter is 4 knows her letters but not the sounds level A or B", "size"),
        ("my son is a 12 and a half what do i get", "size"),
    ],
)
def test_round60_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_an_attribute_named_alone_picks_nothing(room) -> None:  # type: ignore[no-untyped-def]
    assert room.say("color").intent != "stock"  # which colours there are, not one of them


UNIFORMS = {
    "shop": {"name": "uniforms", "currency": "GBP"},
    "products": [
        {"id": "p1", "link_no": 1, "name": "School Polo Shirts", "aliases": ["polos"],
         "price": 8.0, "live_price": 5.5, "coupon": "Extra 10% off with code POLO10"},
        {"id": "p3", "link_no": 4, "name": "Pleated School Skirt", "aliases": ["skirt"],
         "price": 10.0, "live_price": 7.0},
        {"id": "p5", "link_no": 5, "name": "PE Kit Bundle", "aliases": ["kit bundle"],
         "price": 15.0, "live_price": 10.0,
         "coupon": "Second bundle for £8 tonight with code PEKIT2"},
        {"id": "p6", "link_no": 6, "name": "Combo Drill Set", "aliases": ["combo"],
         "price": 279.99, "live_price": 199.99,
         "coupon": "First 20 combo orders get a free battery, and HXLIVE10 takes £10 off"},
    ],
}  # fmt: skip


@pytest.fixture
def uniforms() -> FactIndex:
    return FactIndex(catalog_from_dict(UNIFORMS))


@pytest.mark.parametrize(
    "said",
    [
        "age nine ten is a seventy six chest go one up",
        "waist sizes um age seven eight is fifty six to sixty",
        "so age eight is one two eight tall inside leg fifty seven",
        "see you thursday seven pm night night",
        "grade seven and year ten love these",
    ],
)
def test_ages_measures_and_times_are_no_prices(uniforms: FactIndex, said: str) -> None:
    assert not uniforms.analyse(said).facts


def test_a_named_products_amount_is_not_another_price(uniforms: FactIndex) -> None:
    st = uniforms.analyse("okay the kit bundle you get the shorts and a bag for ten pound")
    assert "live_price" in st.facts.get("p5", set())
    assert "p3" not in st.facts  # the skirt's regular ten is not said
    # … unless another amount of its own is said with it
    st = uniforms.analyse("the skirt was ten pound and the kit bundle ten pound too seven now")
    assert "p3" in st.facts


def test_a_code_said_in_parts_is_the_coupon_and_no_price(uniforms: FactIndex) -> None:
    st = uniforms.analyse("and the second bundle's eight pound with code p e kit two")
    assert st.facts == {"p5": {"coupon"}}
    st = uniforms.analyse("use code polo ten and you get another ten percent off")
    assert "p3" not in st.facts and "p5" not in st.facts  # the code's ten is no price
    # a code written in capitals anywhere in the coupon, said with "code"
    st = uniforms.analyse("first twenty orders on the combo and your h x live ten code works")
    assert "coupon" in st.facts.get("p6", set())


def test_a_link_said_as_a_name_stays_a_link() -> None:
    index = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "粽子"},
                "products": [
                    {"id": "p3", "link_no": 3, "name": "豆沙粽", "aliases": ["甜粽", "3号"],
                     "price": 39.9, "live_price": 29.9},
                    {"id": "p5", "link_no": 5, "name": "端午礼盒", "aliases": ["礼盒", "5号"],
                     "price": 168.0, "live_price": 128.0},
                    {"id": "p9", "link_no": 1, "name": "睡裙", "aliases": ["1号链接"],
                     "price": 99.0, "live_price": 49.9},
                    {"id": "p7", "link_no": 17, "name": "丝绸睡衣", "aliases": ["睡衣"],
                     "price": 189.0, "live_price": 99.0},
                ],
            }
        )
    )  # fmt: skip
    st = index.analyse("刚进来的宝宝 礼盒是五号链接 一百二十八 甜粽三号 二十九块九")
    assert {"link_no", "live_price"} <= st.facts["p5"]  # 128 is the price, no link
    assert {"link_no", "live_price"} <= st.facts["p3"]
    # "1号链接" is no name said inside "17号链接"
    assert index.analyse("十七号链接睡衣九十九").facts == {"p7": {"link_no", "live_price"}}


def test_a_measure_and_a_rating_said_as_asr_writes_them() -> None:
    index = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "卫浴"},
                "products": [
                    {"id": "p1", "link_no": 1, "name": "智能马桶盖", "price": 1299.0,
                     "specs": {"防水等级": "IPX4", "额定功率": "1350W"}},
                    {"id": "p5", "link_no": 2, "name": "一体式智能马桶", "price": 3999.0,
                     "specs": {"单次用水量": "4.0L 一级水效", "坑距": "305mm / 400mm 可选"}},
                    {"id": "p8", "link_no": 3, "name": "Science Lab Kit", "price": 89.0,
                     "specs": {"experiments": "36 experiments, one per week"}},
                ],
            }
        )
    )  # fmt: skip
    assert index.analyse("一次四升水 一级水效的 省水").facts == {"p5": {"spec"}}
    assert index.analyse("防水等级是ipx四的啊 洗澡溅到没关系").facts == {"p1": {"spec"}}
    said = index.analyse("thirty six experiments so that's one a week for the whole year")
    assert said.facts == {"p8": {"spec"}}
