"""Scots and Scottish English read as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("hiya fae Dundee, first time watching", "greeting"),
        ("feasgar math everyone", "greeting"),
        ("dae yous deliver tae Skye", "shipping"),
        ("naebody answered ma question aboot the gloves", "complaint_service"),
        ("that hat is pure barry", "praise"),
        ("the gloves are braw", "praise"),
        # Geordie
        ("hoo much is the red pot", "price"),
        ("canny jacket that", "praise"),
        ("gannin to get one for wor lass", "purchase_signal"),
    ],
)
def test_scots_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_scots_words_read_as_english() -> None:
    assert to_english("it cannae be that dear, dae yous ship tae skye") == (
        "it cant be that dear, do you ship to skye"
    )


@pytest.mark.parametrize(
    "text",
    # without a Scots word, "ma" (Chinese), "wid" (Jamaican) and "ye" stay as typed
    ["ma la tang how much", "hear ye hear ye", "ok thanks", "orh nee one which link"],
)
def test_other_texts_are_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_canny_is_cant_only_before_a_verb() -> None:
    assert to_english("i canny wait") == "i cant wait"
    assert to_english("canny quick delivery") == "nice quick delivery"


def test_jamaican_wid_still_reads_with() -> None:
    assert to_english("it come wid di cap?") == "does it come with the cap?"
