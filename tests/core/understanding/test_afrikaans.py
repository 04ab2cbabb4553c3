"""Afrikaans mixed into South African English reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding import afrikaans
from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("dripper hoeveel", "price"),
        ("the red one wat kos dit?", "price"),
        ("goeie môre from Durbs", "greeting"),
        ("howzit all", "greeting"),
        ("sjoe that pot looks lekker", "praise"),
        ("ek het 3 keer gevra oor die jacket, antwoord asseblief", "complaint_service"),
    ],
)
def test_afrikaans_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_accented_more_reads_as_morning_only_with_an_afrikaans_word() -> None:
    assert to_english("goeie môre almal") == "good morning almal"
    assert to_english("more more more please") == "more more more please"


@pytest.mark.parametrize("text", ["what is the price", "wat is dat", "abc"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert afrikaans.to_english(text) == text
