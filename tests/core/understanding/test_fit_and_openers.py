"""Questions whose form or topic the rules missed until rounds 51-55 of written shops:
whether a part is made for the viewer's car (its model year or generation) or a bag for a
child of that school year, a question after an opening word ("wait does …", "lol does
…"), a wait for an answer named in minutes, "pp", swapping a size, matching another
shop's price, a multi-buy offer ("3 for 45"), a fault and what to do, an arrival asking
what was missed, "y'all" asking the shop, and 黑的 as a colour rather than a black screen."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        # fitment: a car's model year or generation, and whether it is made for it
        ("途观2018款有没有", "size"),
        ("雅阁第十代能装不", "size"),
        ("我这车没模具咋整", "size"),
        ("2023款现在有货吗", "stock"),  # the goods in stock, not fitment
        # a child's school year or age and which size to carry
        ("三年级孩子背这个大不大", "size"),
        ("五岁背哪个号", "size"),
        ("宝宝一岁能戴吗", "usage"),  # whether a baby may wear it is a use
        # a question after an opening word
        ("wait does the dripper come with filters", "spec"),
        ("lol does the warranty cover that", "after_sales"),
        ("my son is 12 would a medium do", "size"),
        # named topics
        ("pp", "price"),
        ("been waiting 15 min for an answer", "complaint_service"),
        ("can i swap the size if it's too big", "after_sales"),
        ("can u match amazon", "discount"),
        ("how long does it take to get to the isle of man", "shipping"),
        ("just tuned in what did i miss", "greeting"),
        ("还有黑的没", "stock"),  # a black one, not a black screen
        ("画面怎么黑的", "complaint_stream"),
        ("付款成功", "purchase_signal"),
        ("来晚了 讲到哪了", "greeting"),
        ("用久了鼓包咋办", "after_sales"),
        ("画面又不动了", "complaint_stream"),
        ("五块卖不", "discount"),
        ("刚问几号链接 又不回", "complaint_service"),
        ("宽脚能穿吗", "size"),
        ("3 for 45 on the drippers?", "discount"),
        ("are yall US based?", "other_question"),
        ("how mich is the dripper", "price"),
        ("how do i check if its shipped", "order_status"),
        ("$99 still a lot, any more off?", "discount"),
        ("love from perth", "greeting"),
        ("7号链接没看见啊", "link"),
        ("发货没 我昨天拍的", "order_status"),
        ("下单两件 谢谢", "purchase_signal"),
        ("20块我就拍", "discount"),
        ("声音一顿一顿的", "complaint_stream"),
        ("still waiting on my refund from the return", "order_status"),
        ("you reply to everyone except me", "complaint_service"),
        ("just joined whats this", "greeting"),
        ("ok im a 6.5 what do i get", "size"),
        ("can i get it in sage", "stock"),
        ("4500拿了 行不行", "discount"),
        ("拍错地址了 能改吗", "order_status"),
    ],
)
def test_these_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_a_price_before_a_count_is_no_multi_buy_offer(room) -> None:  # type: ignore[no-untyped-def]
    for typed in ("19.99 for 3?? thats a steal", "89 for 1 tin or 2", "7 3/8 for 22 7/8 head"):
        assert room.say(typed).intent != "discount", typed


def test_paying_in_instalments_is_another_question_about_the_item_shown(room) -> None:  # type: ignore[no-untyped-def]
    rec = room.say("能分期吗")
    assert (rec.intent, rec.product_id) == ("other_question", "k1")
