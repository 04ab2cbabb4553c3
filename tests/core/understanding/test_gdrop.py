"""English -ing words typed without their g read as the words the lexicon knows."""

from __future__ import annotations

import pytest

from copilot.core.understanding import gdrop


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("how much shippin on the dripper", "shipping"),
        ("y'all ignorin me, 3rd time askin", "complaint_service"),
        ("evenin y'all from Lubbock", "greeting"),
        ("fixin to grab 2 of the jackets", "purchase_signal"),
    ],
)
def test_dropped_g_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_only_the_lexicons_ing_words_get_their_g_back() -> None:
    assert gdrop.to_english("still waitin on my order") == "still waiting on my order"
    # words ending in -in of their own, and short ones, stay
    assert gdrop.to_english("protein in the cabin, thin skin") == "protein in the cabin, thin skin"
