"""German chat (and German mixed with English) reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding import german
from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("wie viel kostet der topf?", "price"),
        ("gibt es das auch in grün", "stock"),
        ("Versand nach Österreich möglich?", "shipping"),
        ("gibts rabatt wenn ich 2 nehme?", "discount"),
        ("hab letzte woche bestellt, immer noch nix da", "order_status"),
        ("schon wieder ruckelt das bild", "complaint_stream"),
        ("zum dritten mal gefragt und keiner antwortet", "complaint_service"),
        ("moin aus Kiel", "greeting"),
    ],
)
def test_german_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_german_words_other_steps_would_misread() -> None:
    # Swahili "bei" (price), Patois "dem" (them) and Arabizi "kam" (how much)
    assert to_english("mein paket kam bei dem nachbarn an") == "my package came at the nachbarn an"


@pytest.mark.parametrize("text", ["das is cool", "hallo everyone", "mit license", "how much bei"])
def test_one_german_looking_word_is_no_german(text: str) -> None:
    assert german.to_english(text) == text
