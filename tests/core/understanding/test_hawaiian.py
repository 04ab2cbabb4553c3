"""Hawaiian Pidgin reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding import hawaiian
from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("red pot still get?", "stock"),
        ("still get da green kine or only red", "stock"),
        ("24cm still get or only da small", "stock"),
        ("wea my order?? 3rd time asking", "order_status"),
        ("aloha from Hilo 🌺", "greeting"),
        ("brah dis dripper broke da mouth", "praise"),
        ("how fo clean um", "usage"),
        ("get nuts inside? keiki get allergy", "spec"),
    ],
)
def test_pidgin_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_get_asks_only_where_it_opens_or_closes_a_question() -> None:
    assert to_english("get aspartame inside? my tita no can eat dat") == (
        "does it have aspartame in it? my tita cannot eat that"
    )
    assert to_english("get biggah pack?") == "do you have bigger pack?"
    assert to_english("i get it now") == "i get it now"
    assert to_english("get yours now") == "get yours now"


@pytest.mark.parametrize("text", ["da best deal", "dat one please", "how much is it"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert hawaiian.to_english(text) == text
