"""Text clean-up before understanding: one canonical form for any chat string.

NFKC (full-width → ASCII), casefold, traditional → simplified Chinese (and written
Cantonese, Sichuan and Northeastern words → Mandarin; romanised Hindi, Taglish, Pidgin
and Indonesian → English: varieties.py), invisible and control characters removed, zalgo
marks dropped, letter floods collapsed, and a cap on length so a 100 KB message costs
the same as a short one.
"""

from __future__ import annotations

import re
import unicodedata

from copilot.core.understanding.trad2simp import TRAD_TO_SIMP
from copilot.core.understanding.varieties import to_english, to_mandarin

MAX_CHARS = 500

# Control characters, bidi overrides, zero-width characters, lone surrogates, BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
    # combining marks (zalgo) and variation selectors
    "|[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]"
)
_SPACES = re.compile(r"[\s\u3000]+")
_FLOOD = re.compile(r"([a-z?!.~,])\1{2,}")  # "sooo" -> "soo", "???" -> "??"
# Chinese sentence punctuation that NFKC keeps: map to ASCII equivalents. One table with
# traditional → simplified, applied only when the text holds one of its characters.
_CJK_PUNCT = {
    "。": ".",
    "、": ",",
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
    "～": "~",
    "🔗": " link ",
}  # (and the link emoji: "求🔗", "🔗?")
_TABLE = {**TRAD_TO_SIMP, **{ord(k): v for k, v in _CJK_PUNCT.items()}}
_TABLE_CHARS = frozenset(chr(c) for c in _TABLE)


def normalize(text: object) -> str:
    """Canonical lower-case simplified form of ``text`` (never raises, at most MAX_CHARS)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_CHARS * 2:
        text = text[: MAX_CHARS * 2]
    if not text.isascii():
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFKC", text)
        written = "係" in text
        if not _TABLE_CHARS.isdisjoint(text):
            text = text.translate(_TABLE)
        text = to_mandarin(text, written)  # "有冇貨", "有没得": "有没有"
    elif not text.isprintable():
        text = _INVISIBLE.sub("", text)
    text = text.casefold()
    text = to_english(text)  # "kitne ka h", "magkano po", "how much be dis": "how much"
    if _FLOOD.search(text):
        text = _FLOOD.sub(r"\1\1", text)
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    return text.strip()[:MAX_CHARS]
