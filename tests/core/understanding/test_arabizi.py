"""Gulf Arabic in Latin letters (Arabizi) reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.arabizi import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("kam el se3r habibi", "price"),
        ("bkam the 50ml", "price"),
        ("amber oud kam", "price"),
        ("akher se3r? wayed ghali", "discount"),
        ("black one 3ndkom?", "stock"),
        ("musk fi?", "stock"),
        ("masa el khair from doha 🌙", "greeting"),
        # Egyptian Franco-Arab
        ("el oud oil bekam?", "price"),
        ("talabt mn esbo3 w lessa mawsalsh", "order_status"),
        ("so2alt 4 marat mafeesh 7ad byrod", "complaint_service"),
        ("el box yewsal emta l Tanta?", "shipping"),
        ("fe lon tany?", "stock"),
        ("el sot wa2ef", "complaint_stream"),
    ],
)
def test_arabizi_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize("text", ["does it have wi fi?", "is it sci fi", "kampala delivery"])
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text
