"""Banglish (romanised Bengali mixed with English) reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("dripper er dam koto bhai", "price"),
        ("sage color ta ekhono ache?", "stock"),
        ("sylhet e koydin lagbe", "shipping"),
        ("amar parcel ekhono ashe nai 4 din", "order_status"),
        ("3 ta nile kom hobe?", "discount"),
        ("koybar jiggesh korlam keu reply dey na", "complaint_service"),
        ("1 ta sage nilam", "purchase_signal"),
        ("size na mille change kore diben?", "after_sales"),
    ],
)
def test_banglish_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_bengali_numbers_read_as_english_numbers() -> None:
    assert to_english("dam dui hajar char sho ponchash taka") == (
        "price two thousand four hundred fifty taka"
    )
    assert to_english("chobbish ghontay pathai") == "twenty four hours pathai"


@pytest.mark.parametrize(
    "text",
    ["my back ache is gone", "ase silver eagles", "sat on it at home", "worth the dosh"],
)
def test_other_texts_are_left_alone(text: str) -> None:
    assert to_english(text) == text
