"""The English of other places, read as the English the rules know: romanised Hindi
(hinglish.py), Taglish (tagalog.py), Nigerian Pidgin (pidgin.py) and Indonesian/Malay
(indonesian.py), each a no-op (one search) on a text without its marker words. Chat and
host speech share this one step."""

from __future__ import annotations

from copilot.core.understanding import hinglish, indonesian, pidgin, tagalog


def to_english(text: str) -> str:
    """``text`` (lower case) with the Hindi, Tagalog, Pidgin and Bahasa words in English."""
    return indonesian.to_english(pidgin.to_english(tagalog.to_english(hinglish.to_english(text))))
