# ruff: noqa: E501
"""Afrikaans mixed into South African English → English, so the English rules read South
African rooms too.

Viewers of Cape Town and Pretoria shops write "chilli bites hoeveel" (how much), "sliced
one wat kos dit?" (what does it cost), "goeie môre from Stellenbosch" (good morning),
"howzit" (hello), "sjoe this wors looks proper lekker" (wow … nice), "ek het 3 keer gevra
oor die refill, antwoord asseblief" (I asked 3 times about the refill, answer please).
The common words are rewritten into the English the lexicons know (accents are read plain
before: "môre" is "more", so "more" alone is never a trigger); everything else is left as
typed. It runs before the German step, whose words Afrikaans shares ("wat", "die").
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import phrase_step

# (Afrikaans, English); longer phrases win where one contains another
_PHRASES = [
    # price, discount, stock
    ("wat kos dit", "how much is it"), ("wat kos", "how much is"), ("hoeveel kos", "how much is"),
    ("hoeveel", "how much"), ("hoe lank", "how long"), ("hoe groot", "how big"), ("prys", "price"),
    ("afslag", "discount"), ("nog beskikbaar", "still available"), ("beskikbaar", "available"),
    ("uitverkoop", "sold out"), ("voorraad", "stock"), ("grootte", "size"),
    # shipping and orders
    ("posgeld", "shipping cost"), ("aflewering", "delivery"), ("bestelling", "order"),
    ("bestel", "order"), ("gekoop", "bought"), ("wanneer", "when"), ("waar", "where"),
    ("hoekom", "why"), ("terugbetaling", "refund"),
    # asking and waiting
    ("ek het", "i"), ("keer gevra", "times asked"), ("gevra", "asked"),
    ("antwoord asseblief", "answer me please"), ("antwoord my", "answer me"), ("asseblief", "please"),
    ("oor die", "about the"), ("vir die", "for the"), ("in die", "in the"),
    # greetings, praise, chatter
    ("goeie more", "good morning"), ("more more", "good morning"), ("goeie middag", "good afternoon"),
    ("goeie naand", "good evening"), ("naand", "good evening"), ("howzit", "hello"),
    ("lekker om hier te wees", "glad to be here"), ("baie lekker", "very nice"), ("lekker", "nice"),
    ("baie dankie", "thank you very much"), ("dankie", "thanks"), ("sjoe", "wow"),
    ("eish", "oh no"), ("ja nee", "yes"), ("totsiens", "bye"), ("lekker slaap", "good night"),
]  # fmt: skip
# words one of which a text must hold for this step to change it (varieties.py), and the
# step: ``to_english(text)`` (lower case) with its Afrikaans words in English
TRIGGERS, to_english = phrase_step(
    _PHRASES,
    r"\b(?:kos|hoeveel|lank|groot|prys|afslag|beskikbaar|uitverkoop|voorraad|grootte|posgeld|aflewering|"
    r"bestelling|bestel|gekoop|wanneer|hoekom|terugbetaling|gevra|asseblief|antwoord|goeie|"
    r"naand|howzit|lekker|dankie|sjoe|eish|totsiens)\b",
)
