# ruff: noqa: E501
"""Tanglish (Tamil in Latin letters, mixed with English) → English, so the English rules
read Tamil rooms too.

Viewers in Chennai, Coimbatore, Jaffna or Toronto rooms write "mixie evlo akka" (how much,
sis), "3 litre irukka" (do you have), "coimbatore ku eppo varum" (when will it come), "4
per family ku podhuma" (is it enough), "induction la use pannalama" (can I use it),
"en order innum varala" (still not arrived), "vaangiten" (I bought) and greet with
"vanakkam". Tamil puts its question in the verb's ending, so the common verb forms are
rewritten whole into the English the lexicons know; everything else is left as typed. A
text needs one of the marker words (no English or other variety uses them) to be changed.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Tanglish, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("evlo nu sollunga", "how much tell me"), ("evalo nu sollunga", "how much tell me"),
    ("rate enna", "what is the price"), ("vilai enna", "what is the price"), ("evlo", "how much"),
    ("evalo", "how much"), ("evvalavu", "how much"), ("evlo naal", "how many days"),
    ("evalo naal", "how many days"), ("evlo neram", "how long"), ("evlo vaati", "how many times"),
    ("kammi pannunga", "discount please"), ("kuraichu kudunga", "discount please"), ("offer irukka", "any offer"),
    ("coupon irukka", "any coupon"), ("coupon code irukka", "any coupon code"), ("code irukka", "any code"),
    ("discount irukka", "any discount"), ("emi irukka", "any emi"), ("warranty irukka", "any warranty"),
    # stock
    ("irukka", "do you have"), ("iruka", "do you have"), ("irukkaa", "do you have"), ("kedaikuma", "is it available"),
    ("kidaikuma", "is it available"), ("kedaikkuma", "is it available"), ("stock irukka", "in stock"),
    # shipping and orders
    ("eppo varum", "when will it arrive"), ("epo varum", "when will it arrive"), ("varum", "will arrive"),
    ("anuppuveengala", "do you ship"), ("anupuveengala", "do you ship"), ("anuppunga", "please send"),
    ("innum varala", "still not arrived"), ("varala", "not received"), ("varalai", "not received"),
    ("order panniten", "i ordered"), ("order pannitten", "i ordered"), ("vaangiten", "i bought"),
    ("vaanginen", "i bought"), ("vaangitten", "i bought"),
    # size and usage
    ("podhuma", "is it enough for"), ("pothuma", "is it enough for"), ("venuma", "do i need"),
    ("use pannalama", "can i use it"), ("use panna mudiyuma", "can i use it"), ("mudiyuma", "can it"),
    ("work aaguma", "will it work"), ("aaguma", "will it"), ("varuma", "will it come"), ("ah illa", "or"),
    ("idhula", "in this"), ("ku kudunga", "can you do it for"), ("epdi", "how to"), ("eppadi", "how to"), ("enna pannanum", "what should i do"),
    ("enna pannuveenga", "what will you do"),
    # asking, complaints
    ("reply pannunga", "please reply"), ("answer pannunga", "please answer"),
    ("answer panna maatringa", "you dont answer"), ("reply panna maatringa", "you dont reply"),
    ("reply ae illa", "no reply"), ("reply illa", "no reply"), ("kettuten", "i asked"), ("kettachu", "asked already"),
    ("kekradhu", "asking"), ("sound varala", "no sound"), ("sound illa", "no sound"),
    # words
    ("vanakkam", "hello"), ("romba", "very"), ("semma", "awesome"), ("nalla irukku", "looks good"), ("azhaga irukku", "looks beautiful"), ("azhagu", "beautiful"), ("nalla", "good"), ("irukku", "is"),
    ("nandri", "thanks"), ("enna", "what"), ("eppo", "when"), ("epo", "when"), ("edhu", "which"),
    ("idhu", "this"), ("indha", "this"), ("akka", "sis"), ("anna", "bro"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "induction la vekkalama", "2 dosa podalama": may I (put, keep …) — a question in the verb
_MAY_ALAMA = (
    r"(?:podalama|podallama|vekkalama|vaikkalama|pottalama|potalama|vaangalama|saapidalama"
    r"|kudikkalama|kazhuvalama|thovaikkalama|ooththalama|othalama)"
)
_MAY_I = re.compile(rf"\b{_MAY_ALAMA}\b")
# "cast iron ah illa normal iron ah": a closing "ah" asks
_CLOSING_AH = re.compile(r"\s+ah\s*$")
_MARKERS = gated(
    r"\b(?:evlo|evalo|evvalavu|irukka|iruka|irukkaa|kedaikuma|kidaikuma|kedaikkuma|varum|"
    r"anuppuveengala|anupuveengala|anuppunga|varala|varalai|panniten|pannitten|vaangiten|"
    r"vaanginen|vaangitten|podhuma|pothuma|venuma|pannalama|mudiyuma|aaguma|epdi|eppadi|"
    r"pannanum|pannuveenga|pannunga|maatringa|kettuten|kettachu|kekradhu|vanakkam|romba|"
    r"semma|azhagu|azhaga|nandri|eppo|sollunga|kudunga|illa|irukku|idhula|varuma)\b|\b" + _MAY_ALAMA
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Tanglish words and verb forms in English."""
    if not _MARKERS.search(text):
        return text
    if "alama" in text:
        text = _MAY_I.sub("can i put it", text)
    return _REWRITE(_CLOSING_AH.sub("?", text))
