"""Untrusted text made safe to put in a suggestion (viewer names) or in a log line.

Viewer names and messages can hold anything: control and bidi characters, lone
surrogates, huge lengths, injected instructions. Nothing here raises.
"""

from __future__ import annotations

import re
import unicodedata

NAME_MAX = 20
EXCERPT_MAX = 40
_DIGITS = re.compile(r"\d")
_TRAILING_DIGITS = re.compile(r"\d+$")
_SENTENCE_LIKE = re.compile(r"[，。！？!?：:;；\"“”<>{}\[\]|\\/=]")
_DEFAULT_NAME = re.compile(r"^(用户|user|viewer|guest|观众)[\s_\-]*\d{4,}$", re.IGNORECASE)


def _visible(ch: str) -> bool:
    cat = unicodedata.category(ch)
    # Cc control, Cf format (bidi overrides, zero-width), Cs surrogates, Co private, Cn unassigned
    return not cat.startswith("C")


def clean(text: str) -> str:
    """Drop control/format/surrogate characters and collapse whitespace."""
    if not isinstance(text, str):
        return ""
    kept = "".join(ch if _visible(ch) else " " for ch in text)
    return " ".join(kept.split())


def safe_name(name: str | None, limit: int = NAME_MAX) -> str:
    """A viewer's name fit to address them with, or "" when it is unusable.

    Platform default names ("用户7319857722") are dropped: nobody is called that.
    A cut never splits a run of digits (half a number would read as a new number).
    """
    n = clean(name or "")
    if not n or _DEFAULT_NAME.match(n) or _SENTENCE_LIKE.search(n) or len(n.split()) > 3:
        return ""  # a default name, or a sentence posing as a name
    if len(n) > limit:
        cut = n[:limit]
        if _DIGITS.match(n[limit : limit + 1] or "x"):
            cut = _TRAILING_DIGITS.sub("", cut)
        n = cut.rstrip()
    return n


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """A short, escaped excerpt of untrusted text for a log line (never the whole text)."""
    t = clean(text)
    short = t[:limit] + ("…" if len(t) > limit else "")
    return short.encode("unicode_escape", "backslashreplace").decode("ascii", "replace")
