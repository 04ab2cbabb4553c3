"""Jamaican Patois and Caribbean English read as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("wah di price pon dis", "price"),
        ("unu have it inna 30 inch?", "stock"),
        ("26 inch black still deh?", "stock"),
        ("how long fi reach Mobay", "shipping"),
        ("mi waan di blonde one", "purchase_signal"),
        ("mi tek 2 mango 🥭🥭", "purchase_signal"),
        ("a 2 week now mi order nuh reach", "order_status"),
        # Trinidad and Tobago
        ("it have peanuts in it?", "spec"),
        ("how long it does last once open", "spec"),
        ("allyuh ent answering nobody tonight", "complaint_service"),
        ("cyah hear allyuh at all", "complaint_stream"),
    ],
)
def test_patois_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    # Singlish "wah", Indonesian "di" and "mi" (noodles) are no Patois
    ["wah the box so classy", "ada di toko", "mi goreng pedas", "so much lag"],
)
def test_other_varieties_are_left_alone(text: str) -> None:
    assert to_english(text) == text
