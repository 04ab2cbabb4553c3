"""Turkish mixed into English reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding import turkish
from copilot.core.understanding.varieties import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("dripper ne kadar abla", "price"),
        ("kırmızı var mı", "stock"),
        ("yeşil kaldı mı", "stock"),
        ("kargo Hollanda'ya kaç gün", "shipping"),
        ("2 tane alırsam indirim var mı", "discount"),
        ("merhaba herkese", "greeting"),
        ("abla neden cevap vermiyorsun", "complaint_service"),
    ],
)
def test_turkish_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_dotless_i_reads_plain() -> None:
    assert to_english("siyah var mı") == "siyah do you have"


@pytest.mark.parametrize("text", ["mi pedido no llega", "how much is it", "abc"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert turkish.to_english(text) == text
