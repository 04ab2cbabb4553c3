"""What round 66 of written shops taught. Host speech: a range said the short way, hundreds
first ("one forty to two hundred pounds" is 140–200 lb), and a digit run that stops before
the next figure's tens ("five six one ten" is 5'6 then 110); a link number said only to
count what is left in it ("三号链接总共还有两百支") gives no link; postage charged for one
piece ("单拍一件要十二块邮费") is no free shipping, unless for far regions (the shop's
policy); of the texts holding the same measure, the one whose words are said is read
("出风长度啊中楷是三厘米" is the spec 出锋长度, not the size guide quoting 3 cm). Chat: pinyin
initials ("dsq" 多少钱, "lj" 链接, "kd是啥"), a product's lag asked after ("打游戏延迟高不高",
"11上网课卡不卡"), a board's volume ("whats the volume on that"), "stack w" a code, "prce",
and "stage几" as 几段."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("dsq", "price"),
        ("lj lj", "link"),
        ("kd是啥", "shipping"),
        ("打游戏延迟高不高", "spec"),
        ("11上网课卡不卡", "usage"),
        ("whats the volume on that", "spec"),
        ("does the code stack w the live price", "discount"),
        ("leash prce", "price"),
        ("这个是stage几", "size"),
        # (the stream's lag and sound stay the stream's)
        ("延迟好高", "complaint_stream"),
        ("直播延迟高吗", "complaint_stream"),
        ("volume is so low", "complaint_stream"),
    ],
)
def test_round66_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def _said(text: str) -> set[tuple[float, str]]:
    return measures(normalize(text))


def test_a_range_said_hundreds_first() -> None:
    assert (140.0, "–200") in _said("best for one forty to two hundred pounds")
    assert (180.0, "–210") in _said("one eighty to two ten")
    assert (110.0, "–125") in _said("size six is five three to five six one ten to one twenty five")


def test_a_digit_run_stops_before_the_next_figures_tens() -> None:
    assert "5 6 1 10" in normalize("five six one ten")
    assert "2650" in normalize("two six five zero")  # a figure said digit by digit stays one
    assert "2650 20" in normalize("two six five zero twenty")


def _shop() -> FactIndex:
    products = [
        {"id": "a", "name": "青轴键盘", "link_no": 1, "price": 429, "stock": 320,
         "shipping": {"carrier": "中通", "free": True}},
        {"id": "b", "name": "鱿鱼干", "link_no": 2, "price": 139, "stock": 90,
         "shipping": {"carrier": "顺丰", "free": False}},
    ]  # fmt: skip
    shop = {"name": "r66", "currency": "CNY"}
    return FactIndex(catalog_from_dict({"shop": shop, "products": products}))


def test_a_link_said_only_to_count_its_stock_gives_no_link() -> None:
    fi = _shop()
    st = fi.analyse("一号链接一共还有三百二十把 黑色只剩二十把了")
    assert st.answers("stock", "a") and not st.answers("link", "a")
    assert fi.analyse("一号链接 一号链接 一共三百二十把").answers("link", "a")


def test_postage_for_one_piece_is_no_free_shipping() -> None:
    st = _shop().analyse("鱿鱼干走顺丰 单拍一件要十二块邮费 拍两件包邮")
    assert st.answers("shipping", "b")
    assert not st.answers("shipping", "a")
    far = _shop().analyse("新疆西藏的宝宝要补十块钱邮费 其他地方都包邮")
    assert not far.answers("shipping", "b")


def test_the_text_whose_words_are_said_takes_a_shared_measure() -> None:
    fi = FactIndex(
        catalog_from_dict(
            {
                "shop": {"name": "r66", "currency": "CNY"},
                "products": [
                    {"id": "p", "name": "七紫三羊兼毫毛笔", "price": 39, "stock": 320,
                     "specs": {"出锋长度": "中楷3.0cm（小楷2.2cm，大楷3.8cm）", "笔杆": "湘妃竹杆"},
                     "size_guide": "小楷：出锋2.2cm，写1-2cm小字；中楷：出锋3.0cm，写3-5cm的字，"
                                   "初学首选；大楷：出锋3.8cm，写5-8cm大字、对联斗方。",
                     "faq": [{"q": "新手选哪个", "a": "初学建议中楷，字写3-5厘米，笔画好控制。"}]},
                ],
            }
        )
    )  # fmt: skip
    st = fi.analyse("出风长度啊中楷是三厘米 小楷两点二 大楷三点八")
    assert st.answers("spec", "p")
    assert not st.answers("size", "p")
