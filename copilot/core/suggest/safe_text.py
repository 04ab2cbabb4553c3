"""Untrusted text made safe to put in a suggestion (viewer names) or in a log line.

Viewer names and messages can hold anything: control and bidi characters, lone
surrogates, huge lengths, injected instructions. Nothing here raises.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NAME_MAX = 20
NAME_CACHE_CHARS = 200  # longer (hostile) names are cleaned afresh, never kept
EXCERPT_MAX = 40
_DIGITS = re.compile(r"\d")
_TRAILING_DIGITS = re.compile(r"\d+$")
_SENTENCE_LIKE = re.compile(r"[，。！？!?：:;；\"“”<>{}\[\]|\\/=]")
_DEFAULT_NAME = re.compile(r"^(用户|user|viewer|guest|观众)[\s_\-]*\d{4,}$", re.IGNORECASE)


class _Invisible(dict[int, int]):
    """``str.translate`` table, filled on first sight of each character (of the BMP, so it
    stays small): control, format (bidi overrides, zero-width), surrogate, private and
    unassigned characters (category C*) become a space, every other one stays itself."""

    def __missing__(self, cp: int) -> int:
        out = 0x20 if unicodedata.category(chr(cp)).startswith("C") else cp
        if cp < 0x10000:
            self[cp] = out
        return out


_TO_SPACE = _Invisible()


def clean(text: str) -> str:
    """Drop control/format/surrogate characters and collapse whitespace."""
    if not isinstance(text, str):
        return ""
    if not text.isprintable():  # printable text has no C* character: nothing to replace
        text = text.translate(_TO_SPACE)
    return " ".join(text.split())


def safe_name(name: str | None, limit: int = NAME_MAX) -> str:
    """A viewer's name fit to address them with, or "" when it is unusable.

    Platform default names ("用户7319857722") are dropped: nobody is called that.
    A cut never splits a run of digits (half a number would read as a new number).
    """
    if isinstance(name, str) and len(name) <= NAME_CACHE_CHARS:
        return _cached_safe_name(name, limit)  # the same viewers ask again and again
    return _safe_name(name, limit)


def _safe_name(name: str | None, limit: int) -> str:
    n = clean(name or "")
    if not n or _DEFAULT_NAME.match(n) or _SENTENCE_LIKE.search(n) or len(n.split()) > 3:
        return ""  # a default name, or a sentence posing as a name
    if len(n) > limit:
        cut = n[:limit]
        if _DIGITS.match(n[limit : limit + 1] or "x"):
            cut = _TRAILING_DIGITS.sub("", cut)
        n = cut.rstrip()
    return n


_cached_safe_name = lru_cache(maxsize=8192)(_safe_name)


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """A short, escaped excerpt of untrusted text for a log line (never the whole text)."""
    t = clean(text)
    short = t[:limit] + ("…" if len(t) > limit else "")
    return short.encode("unicode_escape", "backslashreplace").decode("ascii", "replace")
