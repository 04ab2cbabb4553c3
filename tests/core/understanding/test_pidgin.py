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
        ("hw much last for the blue one", "discount"),
        ("45k final?", "discount"),
        ("12.5k last?", "discount"),
        ("my gown never arrive and the owambe na sunday", "order_status"),
        ("if e no fit me i fit bring am back?", "after_sales"),
        ("e get other colours?", "stock"),
        ("size 14 still dey", "stock"),
        ("i dey abuja, una dey waybill?", "shipping"),
        ("we dey lekki, e fit reach tomorrow?", "shipping"),
        ("ekaale everyone 🙋🏾", "greeting"),
        ("sending money now for the green", "purchase_signal"),
        ("u get the grey one?", "stock"),
        ("reduce small i go buy two", "discount"),
        ("my kettle from you don spoil after one week", "after_sales"),
        # what it has, how big it is, which code, whether it is there, a stream not clear
        ("e get non stick coating?", "spec"),
        ("the 2 for 1 na which code", "discount"),
        ("the green one for 24cm e get?", "stock"),
        ("video no dey clear at all", "complaint_stream"),
    ],
)
def test_pidgin_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "i am 5 foot 4",
        "how much is the dey kit",
        "the last one was great",
        "we never go back",
        "is 20 final",
        "will it fit my desk",
        "did you get my message",
        "you get free delivery above 500",
    ],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_am_after_a_verb_is_it_but_i_am_stays() -> None:
    assert to_english("abeg make am red") == "please make it red"
    assert to_english("abeg i am here") == "please i am here"


def test_an_adjective_asked_about_is_is_it() -> None:
    assert to_english("e big? make e no block it") == "is it big? so it doesn't block it"
    assert to_english("e no too long for car?") == "is it not too long for car?"
