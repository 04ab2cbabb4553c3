"""Nigerian Pidgin in West African rooms reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.pidgin import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("wetin be the price of the red one", "price"),
        ("black one still dey?", "stock"),
        ("e remain how many", "stock"),
        ("abeg reduce am for me", "discount"),
        ("how long e go take reach port harcourt", "shipping"),
        ("i pay since monday e never reach me", "order_status"),
        ("una no dey answer my question", "complaint_service"),
        ("screen don hang o", "complaint_stream"),
        ("i don order the red one", "purchase_signal"),
    ],
)
def test_pidgin_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    ["i am 5 foot 4", "how much is the dey kit", "the last one was great", "we never go back"],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_am_after_a_verb_is_it_but_i_am_stays() -> None:
    assert to_english("abeg make am red") == "please make it red"
    assert to_english("abeg i am here") == "please i am here"
