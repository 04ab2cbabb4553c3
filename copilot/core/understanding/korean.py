# ruff: noqa: E501
"""Romanised Korean → plain English, so the English rules read K-fan rooms too.

Overseas fans of Korean snacks, beauty and idols write English with romanised Korean:
"eonni is it maewo?" (sis, is it spicy), "mashisseo 😋" (delicious), "saranghae the yellow
bag" (love), "daebak" (amazing), "eolmayeyo?" (how much), "eonni ottoke i missed the start"
(oh no). The common words are rewritten into the English the lexicons know; the
forms of address (eonni, unnie, oppa …) become "sis", which no intent reads. Only words no
English or other variety uses mark a text ("ne", "ye", "mwo" are left alone).
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import phrase_step

# (romanised Korean, English); longer phrases win where one contains another
_PHRASES = [
    # greetings, thanks, praise
    ("annyeonghaseyo", "hello"), ("annyeong", "hello"), ("gamsahamnida", "thank you"),
    ("kamsahamnida", "thank you"), ("gomawo", "thank you"), ("gomawoyo", "thank you"),
    ("saranghae", "love it"), ("saranghaeyo", "love it"), ("daebak", "amazing"),
    ("mashisseo", "so yummy"), ("mashisseoyo", "so yummy"), ("masisseo", "so yummy"),
    ("mashita", "so yummy"), ("yeppeo", "so pretty"), ("yeppeoyo", "so pretty"),
    ("kiyowo", "so cute"), ("gwiyeowo", "so cute"),
    # questions
    ("maewo", "spicy"), ("maewoyo", "spicy"), ("maepda", "spicy"), ("eolmayeyo", "how much"),
    ("eolmaeyo", "how much"), ("eolma", "how much"), ("ottoke", "oh no"),
    ("eottoke", "oh no"), ("otoke", "oh no"), ("eotteoke", "oh no"),
    ("jinjja", "really"), ("jinja", "really"), ("uyu", "milk"),
    # forms of address
    ("eonni", "sis"), ("unnie", "sis"), ("onnie", "sis"), ("oppa", "sis"), ("noona", "sis"),
]  # fmt: skip
# words one of which a text must hold for this step to change it (varieties.py), and the
# step: ``to_english(text)`` (lower case) with its romanised Korean words in English
TRIGGERS, to_english = phrase_step(_PHRASES, r"\b(?:" + "|".join(k for k, _v in _PHRASES) + r")\b")
