"""Tanglish (romanised Tamil mixed with English) reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("dripper evlo anna", "price"),
        ("red colour irukka?", "stock"),
        ("madurai ku eppo varum", "shipping"),
        ("en order innum varala 1 week aachu", "order_status"),
        ("vanakkam from chennai", "greeting"),
        ("coupon irukka akka", "discount"),
        ("3 times kettuten reply pannunga", "complaint_service"),
    ],
)
def test_tanglish_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_tanglish_words_read_as_english() -> None:
    assert to_english("cast iron ah illa normal iron ah") == "cast iron or normal iron?"
    assert to_english("induction la vekkalama") == "induction la can i put it"


@pytest.mark.parametrize("text", ["anna is here", "the villa is nice", "good evening"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert to_english(text) == text
