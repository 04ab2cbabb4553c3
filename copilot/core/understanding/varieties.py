"""The English and the Chinese of other places, read as the English and the Mandarin the
rules know: romanised Hindi (hinglish.py), Taglish (tagalog.py), Nigerian Pidgin
(pidgin.py), Indonesian/Malay (indonesian.py), Thai English (thai.py), Swahili/Sheng
(swahili.py) and Spanish (spanish.py) into English; written Cantonese (cantonese.py) and
Sichuan and Northeastern words (dialects.py) into Mandarin. Chat and host speech share
these two steps. For English, the text's words are collected once, and a step runs only
when one of its trigger words is there (a Chinese-only or plain English message costs one
search and seven set lookups).
"""

from __future__ import annotations

import re

from copilot.core.understanding import (
    cantonese,
    dialects,
    hinglish,
    indonesian,
    pidgin,
    spanish,
    swahili,
    tagalog,
    thai,
)

_STEPS = [
    (step.TRIGGERS, step.to_english)
    for step in (hinglish, tagalog, pidgin, indonesian, thai, swahili, spanish)
]
_WORD = re.compile(r"[a-z0-9]+")
# Latin letters with accents read as their plain letters ("cuánto" is "cuanto", "envío"
# "envio"): viewers type them with and without, and the steps list them plain
_PLAIN = str.maketrans("áéíóúüñàèìòùâêîôûçãõ", "aeiouunaeiouaeioucao")


def to_english(text: str) -> str:
    """``text`` (lower case) with the words of those varieties in English."""
    if not text.isascii():
        text = text.translate(_PLAIN)
    words = set(_WORD.findall(text))
    if not words:
        return text
    for triggers, step in _STEPS:
        if not triggers.isdisjoint(words):
            text = step(text)
            words = set(_WORD.findall(text))
    return text


def to_mandarin(text: str, cantonese_as_written: bool = False) -> str:
    """``text`` (simplified) with its Cantonese, Sichuan and Northeastern words in Mandarin;
    ``cantonese_as_written``: the text as written held 係 (see cantonese.to_mandarin)."""
    return dialects.to_mandarin(cantonese.to_mandarin(text, cantonese_as_written))
