"""Spanish and Spanglish in US Latino rooms read as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.spanish import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("cuánto cuesta the blue one", "price"),
        ("cuanto los aretes", "price"),
        ("ya lo compre 2 for my sisters", "purchase_signal"),
        ("cuanto pesa? es para mi niño de 4", "spec"),
        ("hay en talla 5?", "stock"),
        ("todavía hay en negro?", "stock"),
        ("envían a chicago?", "shipping"),
        ("tienen descuento si compro 2", "discount"),
        ("ya los pedí 🙌", "purchase_signal"),
        ("se congeló el live", "complaint_stream"),
        ("nadie contesta 😡", "complaint_service"),
        ("buenas noches desde houston", "greeting"),
        ("de qué material es el vestido", "spec"),
    ],
)
def test_spanglish_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize("text", ["is it en vogue", "para sailing gear", "hay fever is real"])
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text
