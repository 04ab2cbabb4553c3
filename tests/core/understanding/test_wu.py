"""Shanghainese (沪语) chat read as the Mandarin the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.wu import to_mandarin


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("鲜肉月饼几钿", "price"),
        ("酱鸭几钿一只啊", "price"),
        ("吃了勿欢喜好退伐", "after_sales"),
        ("三号链接上了伐", "link"),
        ("便宜一眼眼伐", "discount"),
        ("昨日拍额到现在物流勿动", "order_status"),
        ("客服一直勿回 急煞了", "complaint_service"),
        ("阿姨明朝还播伐", "other_question"),
        ("咸伐 阿拉勿吃咸额", "spec"),
        ("买三盒减几钿", "discount"),
    ],
)
def test_shanghainese_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_shanghainese_words_are_rewritten_only_where_they_are_shanghainese() -> None:
    assert to_mandarin("包邮伐") == "包邮吗"
    assert to_mandarin("侬屋里厢几个人") == "你家里几个人"
    assert to_mandarin("手工做额伐") == "手工做的吗"
    assert to_mandarin("金额勿对伐") == "金额不对吗"  # 金额 is Mandarin: amount
    assert to_mandarin("额外加钞票伐") == "额外加钱吗"
    assert to_mandarin("步伐太快了") == "步伐太快了"  # 伐 inside a word, no marker
    assert to_mandarin("这个多少钱") == "这个多少钱"
