"""Romanised Hindi in Indian rooms reads as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.hinglish import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("ye dupatta kitne ka h", "price"),
        ("M mein milega?", "stock"),
        ("cod available hai?", "shipping"),
        ("pune mein kitne din lagega", "shipping"),
        ("order kiya tha 10 ko abhi tak nahi aaya", "order_status"),
        ("machine me dho sakte h?", "usage"),
        ("2 lu to kuch kam hoga?", "discount"),
        ("maine bhi le liya", "purchase_signal"),
        ("5 baar pucha koi reply nahi", "complaint_service"),
        # the bare question words and the verbs of showing, working, breaking
        ("speaker kitne watt ka hai", "spec"),
        ("combo milega kya dono ka", "discount"),
        ("trimmer kab dikhaoge bhai", "other_question"),
        ("ye waterproof wala kaam karta hai kya", "spec"),
        ("3 lene pe kitna lagega", "discount"),
        ("link 5 open nahi ho raha", "link"),
        ("order ka status pending dikha raha hai", "order_status"),
        ("bhai 20 min se puch raha hu koi bata nahi raha", "complaint_service"),
        ("ye speaker mujhe pasand aaya", "praise"),
        ("gst bill milega kya", "other_question"),
        # Roman Urdu of Pakistani rooms
        ("AOA from Multan", "greeting"),
        ("kitni dafa poochun koi jawab hi nahi deta", "complaint_service"),
        ("maroon wala bacha hai?", "stock"),
        ("3 lun to kitna off hoga", "discount"),
        ("dono mein kya farq hai", "other_question"),
        ("order kiya tha 4 din pehle abhi tak nahi mila", "order_status"),
        ("ye wala le li 💕", "purchase_signal"),
    ],
)
def test_hinglish_questions_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "how much is it",
        "do you ship to mumbai",
        "i have a kite",
        "kab is my name",
        "what a cab",
        # English words are no markers: "tees" and "char" stay English
        "3 tees for the bill please",
        "is it 10 mile range, char grilled",
    ],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text


def test_hindi_numbers_in_host_speech_read_as_digits() -> None:
    from copilot.core.tracking.numbers import normalize

    assert normalize("live price sirf gyarah sau unchaas") == "live price sirf 1149"
    assert normalize("do din mein dispatch") == "2 days mein dispatch"
    assert normalize("what do you do") == "what do you do"


def test_hi_inside_a_hindi_sentence_is_no_hello() -> None:
    # "hi" inside a sentence is "at all", "only"; opening one, it greets
    assert to_english("rider ne call hi nahi ki") == "rider ne call nahi ki"
    assert to_english("hi bhai kitne ka hai").startswith("hi bhai")
