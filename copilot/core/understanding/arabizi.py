# ruff: noqa: E501
"""Gulf and Egyptian Arabic in Latin letters and digits (Arabizi, Franco-Arab) → English, so
the English rules read rooms in the Gulf and in Egypt too.

Viewers in Dubai, Riyadh or Kuwait rooms write English mixed with Arabic as chat writes
it, digits standing for the letters Latin lacks (3 = ع, 7 = ح, 5 = خ): "kam el se3r"
(how much), "bkam this one", Egyptian "el spray bekam", "lessa mawsalsh" (still not
arrived), "mafeesh 7ad byrod" (no one answers), "rose one 3ndkom?" (do you have), "vanilla fi?" (is there
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
    # Egyptian (Franco-Arab): prices, stock, delivery, orders
    ("bekam", "how much"), ("bekaam", "how much"), ("be kam", "how much"), ("kam mara", "how many times"),
    ("fadel kam", "how many left"), ("fadel", "left"), ("lesa mawgood", "still in stock"), ("mawgood", "in stock"),
    ("yewsal emta", "when will it arrive"), ("yewsal ezay", "how will it arrive"), ("yewsal", "arrive"),
    ("lessa mawsalsh", "still not arrived"), ("lsa mawsalsh", "still not arrived"), ("mawsalsh", "not arrived"),
    ("mawsalash", "not arrived"), ("5alas talabt", "i ordered"), ("talabt", "i ordered"), ("5adt", "i bought"),
    ("akhadt", "i bought"), ("zawedt", "added"), ("bta3y", "my"), ("emta", "when"), ("fen", "where"),
    # asking, the stream, what it is
    ("mafeesh 7ad byrod", "no one answers"), ("mafi4 7d byrod", "no one answers"), ("7ad byrod", "anyone answer"),
    ("ma7adesh rad", "nobody answered"), ("so2alt", "i asked"), ("katabt", "i wrote"), ("marat", "times"),
    ("el sot", "the sound"), ("el sora", "the video"), ("wa2ef", "frozen"), ("msh wad7a", "not clear"),
    ("msh mazboot", "not in sync"), ("7a2i2y", "real"), ("eh el far2", "what is the difference"),
    ("tekfa ad eh", "how long does it last"), ("tekfy ad eh", "how long does it last"), ("ad eh", "how much"),
    ("tekfa", "enough for"), ("yekfa", "enough for"), ("tekfy", "enough for"), ("ezay", "how do i"),
    ("momken", "can i"), ("yenfa3", "is it ok"), ("arga3o", "return it"), ("maksoor", "broken"),
    ("kbeer", "big"), ("kbera", "big"), ("soghayara", "small"), ("soghayar", "small"), ("bbalash", "free"),
    ("fatora", "invoice"), ("3ayez", "i want"), ("3ayza", "i want"), ("3awza", "i want"), ("leh", "why"),
    ("leih", "why"), ("7elw", "nice"), ("7elwa", "nice"), ("masa2 el 5eer", "good evening"),
    ("masa2 el fol", "good evening"), ("sabah el 5eer", "good morning"), ("wala", "or"), ("7ad yrod", "anyone answer"),
    ("ba2aly", "its been"), ("ayam", "days"), ("esabee3", "weeks"), ("esbo3en", "two weeks"), ("rakam", "number"),
    ("lessa mag4", "still not arrived"), ("lsa mag4", "still not arrived"), ("lon tany", "other colour"), ("lon", "colour"),
]  # fmt: skip
# "fe ri7a tanya?", "fe cash on delivery?": is there (an opening "fe" asks; "fe el beet" is
# "in the house")
_OPENING_FE = re.compile(r"(?:^|(?<=[?!.] ))fe (?!el )(?=\S)")
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "vanilla fi?", "rose gold fi": is there any (a closing "fi" asks whether they have it)
_THERE_IS = re.compile(r"^(\S(?:.{0,40}\S)?)(?<!wi)(?<!sci)\s+fi\s*([?？]*)\s*$")  # not "wi fi"
_MARKERS = gated(
    r"\b(?:kam|bkam|bikam|se3r|si3r|akher|a5er|a5ir|ghali|wayed|wayid|5asm|khasm|3ndkom|"
    r"3endkom|3andkom|3ndk|fi|tawseel|mawjood|mawjoud|5alas|masa|sabah|salam|assalamu|"
    r"marhaba|ahlan|mashallah|masha|shukran|habibi|yalla|wallah|inshallah|bekam|bekaam|fadel|"
    r"mawgood|yewsal|mawsalsh|mawsalash|talabt|5adt|akhadt|zawedt|bta3y|emta|byrod|ma7adesh|so2alt|"
    r"katabt|marat|wa2ef|wad7a|mazboot|7a2i2y|far2|tekfa|yekfa|tekfy|ezay|momken|yenfa3|arga3o|"
    r"maksoor|kbeer|kbera|soghayara|soghayar|bbalash|fatora|3ayez|3ayza|3awza|masa2|fe|yrod|ba2aly|esabee3|esbo3en|rakam|mag4|lon)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Gulf Arabic words in English."""
    if not _MARKERS.search(text):
        return text
    if " fi" in text:
        text = _THERE_IS.sub(r"do you have \1?\2", text)
    if "fe " in text:
        text = _OPENING_FE.sub("do you have ", text)
    return _REWRITE(text)
