"""What round 63 of written shops taught: a range said with its unit at both ends ("28.3 in -
46.5 in") or as heights in feet and inches ("5'2 to 6'2" said "five two to six two") is met
by its two ends said; "this one" and the dollars of "five ninety nine" are no coupon's
numbers; "on anything" is the whole shop; a short "no …" text ("无摄像头") needs a "no" said;
a longer text said in more of its pairs than a shorter one that scores higher is read too; a
spec whose every measure is said is stated, read inside the size guide or not; a value said
as what something is compared with ("比特级的大一圈") is not stated; "不单独包邮" is no free
shipping. In chat, "how much is king" asks a size's price and "一粒多少mg" a spec; Ningxia
and Gansu viewers write 撒 for 啥 ("撒价") and 么 for 没 ("还么发货"); in Sichuan "在好多号"
asks which link."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("这个撒价", "price"),
        ("买三盒送撒", "discount"),
        ("上回买的到现在还么发货", "order_status"),
        ("给个回复呀 都么人理", "complaint_service"),
        ("在好多号", "link"),
        ("how much is king", "price"),
        ("hw much for the twin", "price"),
        ("how much was the cooling one queen again", "price"),
        ("一粒多少mg", "spec"),
        ("多少亿cfu", "spec"),
        ("一瓶多少粒", "spec"),
    ],
)
def test_round63_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "typed", ["有好多号可以选", "撒花撒花", "好多人在问", "how much bigger is the king"]
)
def test_mandarin_words_like_them_stay(room, typed: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent not in ("link", "price", "discount")


def _index(*products: dict, currency: str = "USD", returns: str = "") -> FactIndex:
    shop = {"name": "round63", "currency": currency, "policies": {"returns": returns}}
    return FactIndex(catalog_from_dict({"shop": shop, "products": list(products)}))


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("height 22.5 in - 48.1 in", "it goes from twenty two point five to forty eight point one"),
        ("riders 4'10 to 6'1.", "about four ten to six one"),
        ("riders 5'0\" - 6'3\"", "fits five foot to six three"),
        ("riders 5'4 to 6'0", "five foot four to six foot"),
    ],
)
def test_a_range_written_with_units_or_in_feet_is_met_by_its_ends(written: str, said: str) -> None:
    ranges = {(v, u) for v, u in measures(normalize(written)) if "–" in u}
    assert ranges and ranges <= measures(normalize(said))


def test_heights_and_ranges_state_their_text() -> None:
    fi = _index(
        {"id": "a", "name": "Trail Bike", "price": 899,
         "specs": {"seat height": "30.5 in - 37.2 in"},
         "size_guide": "Riders about 5'3 to 6'1. Frame M."},
        {"id": "b", "name": "Kids Bike", "price": 299, "specs": {"seat height": "20.5 in - 25 in"},
         "size_guide": "Riders about 3'9 to 4'6."},
    )  # fmt: skip
    assert fi.analyse("the seat goes from thirty point five to thirty seven point two").facts == {
        "a": {"spec"}
    }
    assert fi.analyse("if you're about five three to six one you're good").facts == {
        "a": {"size_guide"}
    }
    assert not fi.analyse("five three and six one sold today").facts  # guard: no range said


def test_a_pronouns_one_and_the_dollars_of_a_price_are_no_coupon() -> None:
    fi = _index(
        {"id": "c", "name": "Pillow Cover", "price": 30, "live_price": 19,
         "coupon": "Half price with link 1", "stock": 5,
         "shipping": {"carrier": "UPS Ground", "ships_within_h": 24, "free": True}},
        {"id": "k", "name": "Kids Pillow", "price": 40, "live_price": 25,
         "coupon": "Code NAP4 takes $4 off", "stock": 5,
         "shipping": {"carrier": "UPS Ground", "ships_within_h": 24, "free": False}},
    )  # fmt: skip
    st = fi.analyse("this one ships within twenty four hours and it's free")
    assert "coupon" not in st.facts.get("c", set())
    st = fi.analyse("this one is not free it's four ninety nine to ship")
    assert "coupon" not in st.facts.get("k", set())
    # guard: the figures said as a coupon's
    assert "coupon" in fi.analyse("code nap four four dollars off").facts.get("k", set())


def test_returns_on_anything_are_the_shops_policy() -> None:
    fi = _index(
        {"id": "r", "name": "Rug", "price": 90,
         "after_sales": "30-day returns; if it sheds within 3 months we replace it free."},
        {"id": "m", "name": "Mat", "price": 20, "after_sales": "30-day returns."},
        returns="30-day returns on every item from delivery; items must be unused and in the "
        "original box; defective items are replaced free.",
    )  # fmt: skip
    st = fi.analyse("returns on anything thirty days from delivery unused in the original box "
                    "and if it's defective we replace it free")  # fmt: skip
    assert st.returns and "after_sales" not in st.facts.get("r", set())


def test_a_short_no_text_needs_a_no_said() -> None:
    fi = _index(
        {"id": "w", "name": "Kids Watch X", "price": 900,
         "specs": {"camera": "前置200万像素 + 后置500万像素翻转镜头"}},
        {"id": "s", "name": "School Watch", "price": 500, "specs": {"camera": "无摄像头"}},
    )  # fmt: skip
    assert fi.analyse("前置两百万 后置五百万的摄像头 还能翻转").facts == {"w": {"spec"}}
    assert fi.analyse("这款是无摄像头的 学校放心").facts == {"s": {"spec"}}


def test_a_longer_text_said_in_more_pairs_is_read_too() -> None:
    fi = _index(
        {"id": "big", "name": "特级红枣 1kg", "price": 69, "specs": {"产地": "新疆阿克苏市温宿县"}},
        {"id": "small", "name": "红枣小包", "price": 29, "specs": {"产地": "新疆阿克"}},
    )  # fmt: skip
    st = fi.analyse("产地是新疆阿克苏温宿县的")
    assert "big" in st.facts or any("big" in pids for _f, pids in st.ambiguous)


def test_not_free_on_its_own() -> None:
    fi = _index(
        {"id": "t", "name": "腊猪蹄", "price": 79,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": False}},
        {"id": "h", "name": "腊肉", "price": 99,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": True}},
        currency="CNY",
    )  # fmt: skip
    st = fi.analyse("猪蹄不单独包邮哈 跟腊肉一起拍就行")
    assert st.answers("shipping", "t") and not st.answers("shipping", "h")


def test_a_spec_whose_every_measure_is_said_is_stated_in_the_guide_too() -> None:
    fi = _index(
        {"id": "g", "name": "特级红枣", "price": 59,
         "specs": {"粒数": "每100克约45颗", "等级": "特级"},
         "size_guide": "特级大果：每100克约45颗，果长3-4厘米；一家三口每天一把约吃半个月。"},
    )  # fmt: skip
    st = fi.analyse("一百克大概四十五颗 果子三到四公分长")
    assert st.answers("size", "g") and st.answers("spec", "g")
    # guard: one measure of the spec said is the guide read, not the spec
    assert not fi.analyse("一百克左右 果子三到四公分长").answers("spec", "g")


def test_a_value_said_as_what_it_is_compared_with_is_not_stated() -> None:
    fi = _index(
        {"id": "s", "name": "小包装红枣", "price": 29, "specs": {"等级": "一级"}},
        {"id": "t", "name": "特级红枣", "price": 59, "specs": {"果长": "3-4厘米"}},
    )  # fmt: skip
    assert not fi.analyse("这个比一级的大一圈").answers("spec", "s")
    assert fi.analyse("小包装的是一级的").answers("spec", "s")  # guard
