# ruff: noqa: E501
"""Romanised Hindi (Hinglish) → English phrases, so the English rules read Indian chat too.

Viewers in Indian rooms type Hindi in Latin letters mixed with English: "ye kurti kitne
ka h" (how much), "XL mein milega?" (available in XL?), "COD available hai?", "order kiya
tha abhi tak nahi aaya" (ordered … not arrived), "dho sakte h?" (can I wash it). The
common question words and verbs are rewritten into the English the lexicons and rules
know; everything else is left as typed. A text with none of the marker words (kya,
kitne, nahi, milega, …) is returned as it is, at the cost of one search.
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Hinglish, English); longer phrases win where one contains another
_PHRASES = [
    ("kitne ka", "how much"), ("kitne ki", "how much"), ("kitne ke", "how much"),
    ("kitna ka", "how much"), ("price kya", "price"), ("kya price", "price"), ("ka rate", "price"),
    ("rate kya", "price"), ("kitne ka padega", "how much"), ("kitne me padega", "how much"),
    ("kitne din me", "how many days"), ("kitne din mein", "how many days"), ("kitne din", "how many days"),
    ("kab tak aayega", "how many days"), ("kab aayega", "how many days"), ("kab milega", "how many days"),
    ("kitne bache", "how many left"), ("kitne piece", "how many left"), ("kitna stock", "how many left"),
    ("mein milega", "available"), ("me milega", "available"), ("milega", "available"),
    ("milegi", "available"), ("mil jayega", "available"),
    ("kaise kare", "how do i use"), ("kaise karu", "how do i use"), ("kaise karein", "how do i use"),
    ("kaise bheje", "how do i send"), ("kaise", "how"),
    ("dho sakte", "machine wash"), ("dho skte", "machine wash"), ("dhone pe", "washing"),
    ("dhulai", "washing"), ("pehen sakte", "can i wear"), ("pehen sakti", "can i wear"),
    ("badal doge", "exchange"), ("badal denge", "exchange"), ("badal do", "exchange"),
    ("wapas", "return"), ("thoda kam", "discount"), ("kam karo", "discount"),
    ("kam hoga", "discount"), ("kuch kam", "discount"),
    ("reply nahi", "no reply"), ("reply hi nahi", "no reply"), ("koi reply nahi", "no reply"),
    ("reply to karo", "reply to me"), ("reply karo", "reply to me"), ("jawab nahi", "no reply"),
    ("kab se puch", "asked already"), ("awaz nhi", "no sound"), ("awaz nahi", "no sound"),
    ("awaaz nahi", "no sound"), ("aawaz nahi", "no sound"),
    ("le liya", "bought"), ("le liye", "bought"), ("book kar diya", "ordered"),
    ("order kar diya", "ordered"), ("order ho gaye", "ordered"), ("order ho gaya", "ordered"),
    ("order kiya", "ordered"), ("abhi tak nahi aaya", "not arrived"), ("nahi aaya", "not arrived"),
    ("nhi aaya", "not arrived"), ("nahi hua", "not shipped"), ("mera order", "my order"),
    ("dikhao", "show me"), ("dikha do", "show me"), ("dikhaiye", "show me"),
    ("asli h ya nakli", "is it real"), ("asli hai", "is it real"), ("asli h", "is it real"),
    ("saath me aayega", "comes with it"), ("sath me aayega", "comes with it"),
    ("match karega", "goes with"), ("achha lagega", "goes with"),
    ("toot gaya", "broken"), ("toot jaye", "broken"), ("paisa kat gaya", "money deducted"),
    ("payment fail", "payment failed"), ("kitna bhari", "how heavy"), ("kitni lambi", "how long is"),
    ("lambai kitni", "how long is"), ("kitna lamba", "how long is"), ("hai ya", "or"), ("h ya", "or"),
    ("hai kya", "?"), ("h kya", "?"), ("namaste", "hello"), ("hlo", "hello"),
    ("cod available", "cash on delivery"), ("cod milega", "cash on delivery"),
]  # fmt: skip
# numbers and units as hosts say them ("chaubees ghante", "saat din", "gyarah sau"); "do"
# (two) and "teen" (three) only before a unit, where they cannot be English
_UNITS = [
    ("ghante", "hours"),
    ("ghanton", "hours"),
    ("din", "days"),
    ("saal", "years"),
    ("mahine", "months"),
    ("sau", "hundred"),
    ("hazaar", "thousand"),
    ("hazar", "thousand"),
]
_NUMBERS = [
    ("ek", "one"), ("char", "four"), ("chaar", "four"), ("paanch", "five"), ("panch", "five"),
    ("chhe", "six"), ("chhah", "six"), ("saat", "seven"), ("aath", "eight"), ("nau", "nine"),
    ("das", "ten"), ("gyarah", "eleven"), ("barah", "twelve"), ("terah", "thirteen"),
    ("chaudah", "fourteen"), ("pandrah", "fifteen"), ("solah", "sixteen"), ("satrah", "seventeen"),
    ("atharah", "eighteen"), ("unnis", "nineteen"), ("bees", "twenty"), ("ikkis", "twenty one"),
    ("bais", "twenty two"), ("teis", "twenty three"), ("chaubees", "twenty four"),
    ("chaubis", "twenty four"), ("pachchis", "twenty five"), ("pachees", "twenty five"),
    ("tees", "thirty"), ("chalis", "forty"), ("pachas", "fifty"), ("pachaas", "fifty"),
    ("unchaas", "forty nine"), ("unchas", "forty nine"), ("sattar", "seventy"), ("assi", "eighty"),
    ("nabbe", "ninety"), ("ninyanve", "ninety nine"),
    *((f"{h} {u}", f"{e} {v}") for h, e in (("do", "two"), ("teen", "three")) for u, v in _UNITS),
    *_UNITS,
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES + _NUMBERS, whole_words=True)
_MARKERS = gated(
    r"\b(?:kya|kitne|kitna|kitni|nahi|nhi|milega|milegi|dikhao|chahiye|lagega|aayega|aaya|"
    r"bhejo|sakte|skte|padega|kaise|kab|wala|wali|liya|liye|diya|karo|batao|bolo|hoga|hai|"
    r"mein|mera|meri|namaste|hlo|sirf|sau|hazaar|ghante|gyarah|barah|chaudah|pandrah|chaubees|unchaas)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its romanised Hindi question words and verbs in English."""
    if not _MARKERS.search(text):
        return text
    return _REWRITE(text)
