"""The English and the Chinese of other places, read as the English and the Mandarin the rules
know: Afrikaans (afrikaans.py, first, and German (german.py) next: their words are other
languages' words too), Banglish (bengali.py), romanised Hindi and Urdu (hinglish.py),
Taglish (tagalog.py), Nigerian Pidgin (pidgin.py), Indonesian/Malay (indonesian.py), Thai
English (thai.py), Swahili/Sheng (swahili.py), Spanish (spanish.py), Brazilian Portuguese
(portuguese.py), French and Québec franglais (french.py), Gulf Arabizi (arabizi.py), Scots
and Geordie (scots.py), Jamaican Patois (jamaican.py), Hawaiian Pidgin (hawaiian.py),
romanised Korean (korean.py), Tanglish (tamil.py), Turkish (turkish.py) and Vietnamese
(vietnamese.py) into English, and English words typed without their final g (gdrop.py,
last); written Cantonese (cantonese.py), the words of Chinese dialects (dialects.py:
Sichuan, Northeastern, Henan, Hunan, Shaanxi, Shandong, Guizhou, Tianjin, Hakka, Minnan)
and Shanghainese (wu.py) into Mandarin. Chat and host speech share these two steps. For
English, the text's words are collected once, and a step runs only when one of its
trigger words is there (a Chinese-only or plain English message costs one search and
twenty-one set lookups); accented Latin letters are read plain first.
"""

from __future__ import annotations

import re
import unicodedata

from copilot.core.understanding import (
    afrikaans,
    arabizi,
    bengali,
    cantonese,
    dialects,
    french,
    gdrop,
    german,
    hawaiian,
    hinglish,
    indonesian,
    jamaican,
    korean,
    pidgin,
    portuguese,
    scots,
    spanish,
    swahili,
    tagalog,
    tamil,
    thai,
    turkish,
    vietnamese,
    wu,
)

_STEPS = [
    (step.TRIGGERS, step.to_english)
    for step in (
        afrikaans,
        german,
        bengali,
        hinglish,
        tagalog,
        pidgin,
        indonesian,
        thai,
        swahili,
        spanish,
        portuguese,
        french,
        arabizi,
        scots,
        jamaican,
        hawaiian,
        korean,
        tamil,
        turkish,
        gdrop,
    )
]
_WORD = re.compile(r"[a-z0-9]+")
# Latin letters with accents read as their plain letters ("cuánto" is "cuanto", "envío"
# "envio", "giá bao nhiêu" "gia bao nhieu"): viewers type them with and without, and the
# steps list them plain
_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_PLAIN: dict[str, str] = {"ı": "i", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"}


def _plain(m: re.Match[str]) -> str:
    ch = m.group(0)
    out = _PLAIN.get(ch)
    if out is None:
        out = _PLAIN[ch] = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
    return out


def to_english(text: str) -> str:
    """``text`` (lower case) with the words of those varieties in English."""
    vietnamese_letters = False
    if not text.isascii():
        vietnamese_letters = vietnamese.LETTERS.search(text) is not None
        text = _ACCENTED.sub(_plain, text)
    words = set(_WORD.findall(text))
    if not words:
        return text
    if vietnamese_letters or not vietnamese.TRIGGERS.isdisjoint(words):
        # first: its number words ("ba", "hai") are other steps' particles
        text = vietnamese.to_english(text, sure=vietnamese_letters)
        words = set(_WORD.findall(text))
    for triggers, step in _STEPS:
        if not triggers.isdisjoint(words):
            text = step(text)
            words = set(_WORD.findall(text))
    return text


def to_mandarin(text: str, cantonese_as_written: bool = False) -> str:
    """``text`` (simplified) with its Cantonese, Sichuan, Northeastern and Shanghainese words
    in Mandarin; ``cantonese_as_written``: the text as written held 係 (see
    cantonese.to_mandarin)."""
    return wu.to_mandarin(dialects.to_mandarin(cantonese.to_mandarin(text, cantonese_as_written)))
