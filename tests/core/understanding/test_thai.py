"""Thai English ("Tinglish") in Thai rooms reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.thai import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("jacket how much krub", "price"),
        ("tao rai ka", "price"),
        ("got size XL ka?", "stock"),
        ("navy XL have?", "stock"),
        ("cotton 100% mai ka", "spec"),
        ("the white one see through mai ka", "spec"),
        ("slippery mai when rain", "spec"),
        ("deliver to phuket free mai krub", "shipping"),
        ("CF navy XL 2 ka", "purchase_signal"),
        ("F grey L", "purchase_signal"),
        ("too small can change size ka?", "after_sales"),
        ("my husband 90kg can wear mai", "size"),
        ("old people can use ka", "usage"),
        ("sawasdee krub from chiang rai", "greeting"),
    ],
)
def test_thai_english_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    ["is it machine washable", "the mai tai glass", "can i pay by card", "na", "aloha from maui"],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_particles_end_a_clause_only() -> None:
    assert to_english("lagging na ka") == "lagging"
    assert to_english("bye na ka see u tmr") == "bye na ka see u tmr"  # mid-sentence: left


def test_mai_asks_but_romanised_hindi_mai_is_i() -> None:
    assert to_english("heavy mai") == "heavy?"
    assert to_english("shrink mai after wash") == "shrink? after wash"
    assert to_english("kal mai order karungi") == "kal mai order karungi"


def test_a_claim_is_taking_the_item() -> None:
    assert to_english("cf 3") == "i will take 3"
    assert to_english("f") == "i will take"
    assert to_english("fine thanks") == "fine thanks"
