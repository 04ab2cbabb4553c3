"""Questions whose form or topic the rules missed until rounds 51-52 of written shops:
whether a part is made for the viewer's car (its model year or generation) or a bag for a
child of that school year, a question after an opening word ("wait does …", "lol does
…"), a wait for an answer named in minutes, "pp", swapping a size, matching another
shop's price, and 黑的 as a colour rather than a black screen."""

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
    ],
)
def test_these_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent
