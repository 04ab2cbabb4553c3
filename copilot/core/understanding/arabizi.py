# ruff: noqa: E501
"""Gulf Arabic in Latin letters and digits (Arabizi) → English, so the English rules read
rooms in the Gulf too.

Viewers in Dubai, Riyadh or Kuwait rooms write English mixed with Arabic as chat writes
it, digits standing for the letters Latin lacks (3 = ع, 7 = ح, 5 = خ): "kam el se3r"
(how much), "bkam this one", "rose one 3ndkom?" (do you have), "vanilla fi?" (is there
any), "akher se3r?" (your last price), "salam" / "masa el khair" (hello, good evening).
The common ones are rewritten into the English the lexicons and rules know; everything
else is left as typed. A text with none of the marker words is returned as it is, at
the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Arabizi, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("kam el se3r", "how much"), ("kam el si3r", "how much"), ("kam se3r", "how much"), ("kam si3r", "how much"),
    ("bkam", "how much"), ("bikam", "how much"), ("b kam", "how much"), ("kam", "how much"),
    ("el se3r", "the price"), ("se3r", "price"), ("si3r", "price"),
    ("akher se3r", "best price discount"), ("a5er se3r", "best price discount"), ("a5ir se3r", "best price discount"),
    ("ghali", "expensive"), ("wayed", "very"), ("wayid", "very"), ("5asm", "discount"), ("khasm", "discount"),
    # stock and delivery
    ("3ndkom", "do you have"), ("3endkom", "do you have"), ("3andkom", "do you have"), ("3ndk", "do you have"),
    ("fi tawseel", "do you deliver"), ("fi delivery", "do you deliver"), ("tawseel", "delivery"),
    ("mawjood", "in stock"), ("mawjoud", "in stock"), ("5alas", "sold out"), ("khalas", "sold out"),
    # greetings, praise, thanks
    ("masa el khair", "good evening"), ("masa al khair", "good evening"), ("sabah el khair", "good morning"),
    ("sabah al khair", "good morning"), ("assalamu alaikum", "hello"), ("salam alaikum", "hello"),
    ("salam", "hello"), ("marhaba", "hello"), ("ahlan", "hello"), ("mashallah", "beautiful"),
    ("masha allah", "beautiful"), ("shukran", "thanks"), ("el", "the"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "vanilla fi?", "rose gold fi": is there any (a closing "fi" asks whether they have it)
_THERE_IS = re.compile(r"^(\S(?:.{0,40}\S)?)(?<!wi)(?<!sci)\s+fi\s*([?？]*)\s*$")  # not "wi fi"
_MARKERS = gated(
    r"\b(?:kam|bkam|bikam|se3r|si3r|akher|a5er|a5ir|ghali|wayed|wayid|5asm|khasm|3ndkom|"
    r"3endkom|3andkom|3ndk|fi|tawseel|mawjood|mawjoud|5alas|masa|sabah|salam|assalamu|"
    r"marhaba|ahlan|mashallah|masha|shukran|habibi|yalla|wallah|inshallah)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Gulf Arabic words in English."""
    if not _MARKERS.search(text):
        return text
    if " fi" in text:
        text = _THERE_IS.sub(r"do you have \1?\2", text)
    return _REWRITE(text)
