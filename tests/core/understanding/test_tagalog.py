"""Taglish in Philippine rooms reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.tagalog import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("magkano po yung tumbler", "price"),
        ("mgkno ung blue", "price"),
        ("tumbler hm", "price"),
        ("meron pa po ba ng black", "stock"),
        ("may medium pa?", "stock"),
        ("pwede po ba sa toddler", "usage"),
        ("paano po gamitin", "usage"),
        ("ilang araw po pag taguig", "shipping"),
        ("meron pa bang voucher", "discount"),
        ("b1t1 pa rin ba", "discount"),
        ("pa mine po 1 blue", "purchase_signal"),
        ("mine 3 black", "purchase_signal"),
        ("hello?? di nyo sinasagot tanong ko", "complaint_service"),
        ("walang tunog mamsh", "complaint_stream"),
        ("magandang gabi po sa inyo", "greeting"),
        # Bisaya (Cebuano)
        ("pila ang blouse te?", "price"),
        ("naa pa white M?", "stock"),
        ("unsaon pag laba ani", "usage"),
        ("mine white M-L palihug", "purchase_signal"),
        ("naa bay less if 3?", "discount"),
        ("nganong dili mo ko tubagon", "complaint_service"),
        ("maayong gabii from davao", "greeting"),
        ("pila ka adlaw sa davao", "shipping"),
        ("ilan pa natitira", "stock"),
        ("asa na akong order? 5 days na", "order_status"),
        ("walang pumapansin sa tanong ko", "complaint_service"),
    ],
)
def test_taglish_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "how much is it",
        "may i ask the size",
        "hm",
        "hm let me think",
        "mine broke after a week",
        "the ang pao red one",
        "pa said it fits",
    ],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_a_link_denied_in_tagalog_states_no_link() -> None:
    from copilot.core.tracking.numbers import normalize

    assert normalize("link four po hindi link five") == "link 4 not link 5"
