"""The English of other places, read as the English the rules know: romanised Hindi
(hinglish.py), Taglish (tagalog.py) and Nigerian Pidgin (pidgin.py), each a no-op (one
search) on a text without its marker words. Chat and host speech share this one step."""

from __future__ import annotations

from copilot.core.understanding import hinglish, pidgin, tagalog


def to_english(text: str) -> str:
    """``text`` (lower case) with the Hindi, Tagalog and Pidgin words it holds in English."""
    return pidgin.to_english(tagalog.to_english(hinglish.to_english(text)))
