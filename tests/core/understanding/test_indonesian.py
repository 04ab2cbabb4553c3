"""Indonesian and Malay chat and host speech read as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.indonesian import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("sepatu ini brp kak", "price"),
        ("ready ukuran 40?", "stock"),
        ("ongkir ke surabaya brp", "shipping"),
        ("berat 65 tinggi 160 ukuran apa kak", "size"),
        ("bahannya panas gak", "spec"),
        ("cara cucinya gmn biar awet", "usage"),
        ("kalo kekecilan bisa tuker kak?", "after_sales"),
        ("udah co 2 yg hitam", "purchase_signal"),
        ("kok ga dijawab sih", "complaint_service"),
        ("videonya burem", "complaint_stream"),
    ],
)
def test_bahasa_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text", ["how much is it", "ada stock?", "the bahamas trip", "a ready meal"]
)
def test_english_and_malay_rules_words_are_left_alone(text: str) -> None:
    # ("ready" is rewritten only where a Bahasa word shows the room; "ada stock" is a rule's)
    assert to_english(text) == text


def test_indonesian_numbers_in_host_speech_read_as_digits() -> None:
    from copilot.core.tracking.numbers import normalize

    assert normalize("harga normal tiga ratus empat puluh sembilan ribu") == "price normal 349000"
    assert normalize("hari ini cuma 1 juta 250 ribu") == "today cuma 1250000"
    assert normalize("keranjang nomor tujuh") == "link number 7"
    assert normalize("one million two hundred thousand") == "1200000"
