# ruff: noqa: E501
"""Product resolution: link numbers, names and aliases (with typos), variants, screen, shop-wide."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.understanding.stage import UnderstandingStage
from tests.core.understanding.conftest import Room


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7号多少钱", "k1"),
        ("8号链接还有货吗", "k2"),
        ("链接12包邮吗", "k3"),
        ("八号什么材质", "k2"),
        ("link 8 in M?", "k2"),
        ("how much is #12", "k3"),
        ("price on 8?", "k2"),
        ("冲锋衣防水吗", "k2"),
        ("羊羔绒冲锋衣多少钱", "k2"),
        ("衝鋒衣還有嗎", "k2"),  # traditional
        ("冲峰衣多少钱", "k2"),  # one wrong character
        ("is the dripper ceramic", "k3"),
        ("how much is the drippper", "k3"),  # English typo
        ("滤杯怎么用", "k3"),
        ("橄榄绿还有吗", "k1"),  # a colour only k1 has
        ("卡其色有L吗", "k1"),  # a colour only k2 has, asked while k1 is shown: k1
        ("这个多少钱", "k1"),  # on screen
        ("包邮吗", "k1"),
    ],
)
def test_named_or_on_screen(catalog, text, expected):  # type: ignore[no-untyped-def]
    room = Room(catalog, screen="k1")
    assert room.say(text).product_id == expected


@pytest.mark.parametrize(
    "text",
    [
        "我的快递到哪了",
        "where is my order",
        "你家一般用哪家快递",
        "新疆包邮吗",
        "退的钱几天能回来",
        "主播哪里人",
        "when is your next live show",
    ],
)
def test_shop_wide_or_productless_questions_have_no_product(catalog, text):  # type: ignore[no-untyped-def]
    rec = Room(catalog, screen="k1").say(text)
    assert rec.is_question
    assert rec.product_id is None


def test_link_number_not_in_catalog_is_not_a_product(catalog):  # type: ignore[no-untyped-def]
    rec = Room(catalog, screen=None).say("99号多少钱")
    assert rec.intent == "price"
    assert rec.product_id is None


def test_chatter_gets_no_product(catalog):  # type: ignore[no-untyped-def]
    assert Room(catalog, screen="k1").say("哈哈哈哈哈").product_id is None


def test_no_product_on_screen_and_none_named(catalog):  # type: ignore[no-untyped-def]
    rec = Room(catalog, screen=None).say("多少钱")
    assert rec.intent == "price"
    assert rec.product_id is None


def test_index_is_built_once_per_catalog(catalog):  # type: ignore[no-untyped-def]
    room = Room(catalog)
    stage = room.pipeline.stages[0]
    room.say("7号多少钱")
    first = stage.index_for(catalog)  # type: ignore[attr-defined]
    room.say("8号多少钱")
    assert stage.index_for(catalog) is first  # type: ignore[attr-defined]


def test_a_name_ending_on_a_negated_word_gives_no_head_noun():
    """ "…火锅底料 清汤不辣" ends on a descriptor: "不辣" named the broth base, and "辣不辣"
    about another product lost its words to the mention."""
    cat = catalog_from_dict(
        {
            "shop": {"name": "菌子", "currency": "CNY"},
            "products": [
                {"id": "p1", "link_no": 1, "name": "油鸡枞 280g", "aliases": ["鸡枞"], "price": 39},
                {
                    "id": "p2",
                    "link_no": 2,
                    "name": "菌汤火锅底料 清汤不辣",
                    "aliases": ["底料"],
                    "price": 29,
                },
            ],
        }
    )
    rec = UnderstandingStage().analyse("鸡枞辣不辣", cat)
    assert (rec.intent, "不辣" in rec.masked) == ("spec", True)


_CHAIRS = {
    "shop": {"name": "Seat Co", "currency": "USD"},
    "products": [
        {"id": "c1", "link_no": 1, "name": "Ergonomic Mesh Office Chair with Lumbar Support",
         "aliases": ["mesh chair"], "price": 199, "stock": 10},
        {"id": "c2", "link_no": 2, "name": "Clear Chair Mat for Carpet and Hard Floors",
         "aliases": ["floor mat"], "price": 39, "stock": 10},
        {"id": "c3", "link_no": 3, "name": "Memory Foam Seat Cushion", "aliases": ["seat cushion"],
         "price": 29, "stock": 10},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "screen", "expected"),
    [
        # a word that only says which kind of thing another product is asks of the one shown
        ("will the wheels scratch my wood floors", "c1", "c1"),
        ("does the seat depth adjust", "c1", "c1"),
        # its head noun still names it, and so does the kind word with nothing on screen
        ("how much is the mat", "c1", "c2"),
        ("is the cushion washable", "c1", "c3"),
        ("does it protect hard floors", None, "c2"),
    ],
)
def test_an_english_names_kind_words_name_it_faintly(text, screen, expected):  # type: ignore[no-untyped-def]
    room = Room(catalog_from_dict(_CHAIRS), screen=screen)
    assert room.say(text).product_id == expected
