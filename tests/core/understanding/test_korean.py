"""Romanised Korean in K-fan rooms reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("eonni is the sauce maewo?", "spec"),
        ("saranghae this dripper", "praise"),
        ("mashisseo 😋😋", "praise"),
        ("annyeong from Manila", "greeting"),
        ("eolmayeyo the red pot?", "price"),
        ("unnie why no reply to me", "complaint_service"),
    ],
)
def test_korean_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_korean_words_read_as_english() -> None:
    assert to_english("eonni daebak, is it maewo?") == "sis amazing, is it spicy?"
    # an exclamation, not a question about what to do with an order
    assert to_english("ottoke i missed the start") == "oh no i missed the start"


@pytest.mark.parametrize("text", ["the mayo is good", "ne ne", "one more please"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert to_english(text) == text
