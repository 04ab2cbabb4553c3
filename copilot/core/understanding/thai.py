# ruff: noqa: E501
"""Thai English ("Tinglish") → plain English, so the English rules read Thai rooms too.

Viewers in Thai live-selling rooms (Facebook, TikTok, Shopee live) write English with
Thai grammar and particles: the polite "ka"/"krub" and the softening "na" end a clause
("how much ka", "lagging na"), the question particle "mai" (ไหม) turns a statement into a
yes/no question ("shrink mai after wash", "free ship mai krub"), and "CF" or a bare "F"
claims an item on the spot ("CF white M 1", "F black S"). A few Thai words in Latin
letters are common enough to read (tao rai: how much; mee mai: have it?; sawasdee:
hello). The particles are dropped, "mai" becomes a question mark and a claim becomes
"i will take"; everything else is left as typed. A text with none of the marker words is
returned as it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Thai in Latin letters, English); longer phrases win where one contains another
_PHRASES = [
    ("tao rai", "how much"), ("taorai", "how much"), ("thao rai", "how much"), ("tow rai", "how much"),
    ("mee mai", "do you have?"), ("mii mai", "do you have?"), ("mai mee", "no have"), ("mai mii", "no have"),
    ("dai mai", "can?"), ("mai dai", "cannot"), ("chai mai", "right?"), ("gee wan", "how many days"),
    ("kee wan", "how many days"), ("sawasdee", "hello"), ("sawatdee", "hello"), ("sawaddee", "hello"),
    ("sawadee", "hello"), ("khob khun", "thank you"), ("kob kun", "thank you"), ("khop khun", "thank you"),
    ("suay mak", "so beautiful"), ("suay", "beautiful"), ("kep plai thang", "cash on delivery"),
    ("gep ngern plai tang", "cash on delivery"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
_PARTICLE = r"(?:ka|kha|krub|krab|kub|krap|khrap|khrub|jaa|ja|na|naka|nha)"
# a clause ends at a stop, an emoji or the end of the text
_END = r"(?=\s*(?:[?？!！.。,~…]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|$))"
# "how much ka", "have size M ka?", "free ship mai krub": the particles that end a clause
_PARTICLES = re.compile(rf"(?<=\S)(?:\s+{_PARTICLE}\b)+{_END}")
# "free ship mai", "heavy mai": the question particle, last in its clause
_MAI_END = re.compile(rf"(?<=\S)\s+mai\b{_END}")
# "shrink mai after wash", "slippery mai when rain": the question particle before the
# condition it is asked under (romanised Hindi "mai" is "I" and a verb follows it: "kal
# mai order karungi"; "mai tai" is a drink)
_MAI_MID = re.compile(
    r"(?<=[a-z0-9])\s+mai\s+(?=(?:after|when|if|for|with|in|on|at|or|because|coz|cause)\b)"
)
# "CF white M 1", "cf 3", "F black S", "F": a claim on the item
_CLAIM = re.compile(r"^\s*(?:cf|f)(?=\s|$)")
_MARKERS = gated(
    r"\b(?:ka|kha|krub|krab|kub|krap|khrap|khrub|jaa|ja|na|naka|nha|mai|cf|f|tao|taorai|thao|"
    r"tow|mee|mii|dai|chai|gee|kee|sawasdee|sawatdee|sawaddee|sawadee|khob|kob|khop|suay|"
    r"kep|gep)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Thai particles and words read as English."""
    if not _MARKERS.search(text):
        return text
    text = _CLAIM.sub("i will take", _REWRITE(text))
    text = _PARTICLES.sub("", text)
    if " mai" in text:
        text = _MAI_MID.sub("? ", _MAI_END.sub("?", text))
    return text
