"""Swahili and Sheng in East African rooms read as the English the rules know, and hosts'
Swahili numbers read as figures."""

from __future__ import annotations

import pytest

from copilot.core.tracking.numbers import normalize
from copilot.core.understanding.swahili import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("bei ni ngapi hii speaker", "price"),
        ("ngapi hii boss", "price"),
        ("ile ya blue bado iko?", "stock"),
        ("zimebaki ngapi", "stock"),
        ("mnatuma nakuru?", "shipping"),
        ("boss punguza kidogo", "discount"),
        ("ikiharibika mnabadilisha?", "after_sales"),
        ("nimeorder mbili ✅", "purchase_signal"),
        ("nimeuliza mara tatu hakuna jibu 😤", "complaint_service"),
        ("live inakwama sana", "complaint_stream"),
        ("niaje wasee", "greeting"),
        # Luganda (Kampala)
        ("kettle eno meka nnyabo", "price"),
        ("blenders zisigaddeyo mmeka?", "stock"),
        ("webale nnyo ssebo 🙏", "praise"),
    ],
)
def test_sheng_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text", ["hii from kanpur", "mia from london here", "leo is my son", "is it ama brand"]
)
def test_names_and_english_words_are_left_alone(text: str) -> None:
    assert to_english(text) == text


@pytest.mark.parametrize(
    ("said", "figure"),
    [
        ("leo ni elfu mbili mia sita hamsini", "2650"),
        ("cover ni mia nne tisini na tisa", "499"),
        ("sasa ni elfu moja mia moja tisini na tisa", "1199"),
        ("warranty ni miezi sita", "6 months"),
        ("tunatuma ndani ya masaa matatu", "3 hours"),
        ("unarudisha ndani ya siku saba", "7 days"),
    ],
)
def test_hosts_swahili_numbers_read_as_figures(said: str, figure: str) -> None:
    assert figure in normalize(said)
