"""Brazilian Portuguese read as the English the rules know, and reais said in words as the
English number words the speech side reads."""

from __future__ import annotations

import pytest

from copilot.core.tracking.numbers import normalize
from copilot.core.understanding.portuguese import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("qnt custa esse vestido?", "price"),
        ("tem no P?", "stock"),
        ("tem 40?", "stock"),
        ("tem cupom??", "discount"),
        ("frete pra SP?", "shipping"),
        ("manda o link", "link"),
        ("quero o azul M!!", "purchase_signal"),
        ("meu pedido não chegou ainda 😡 comprei dia 3", "order_status"),
        ("ta travando aqui", "complaint_stream"),
        ("boa noite 🌙", "greeting"),
        ("pode lavar na maquina?", "usage"),
    ],
)
def test_brazilian_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_reais_and_centavos_said_in_words():
    said = "no site é cento e oitenta e nove e noventa aqui sai por cento e vinte e nove e noventa"
    assert "189 90" in normalize(said) and "por 129 90" in normalize(said)
    assert normalize("noventa e seis por cento poliéster") == "96 percent poliester"
    assert normalize("o link é o link três") == "o link e o link 3"


def test_the_decimal_comma():
    assert to_english("tenho 1,58") == "i have 1.58"


@pytest.mark.parametrize("text", ["is it en vogue", "the item is ok", "biquini e saida"])
def test_other_text_is_left_alone(text: str) -> None:
    assert to_english(text) == text
