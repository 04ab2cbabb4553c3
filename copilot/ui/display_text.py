"""Makes untrusted chat text safe to paint: plain text, no controls, no bidi tricks, bounded.

Viewer names and messages can hold anything (control characters, RTL overrides, lone
surrogates, 100 KB of text, stacks of combining marks). The window only ever shows
what ``display_text`` returns, and only as plain text.
"""

from __future__ import annotations

import re

MAX_CHARS = 400
MAX_NAME_CHARS = 24

# C0/C1 controls, zero-width space, bidi marks/embeddings/overrides/isolates, line and
# paragraph separators, invisible math operators, BOM, interlinear annotations, the
# Unicode "tag" block (invisible text), and surrogates (only ever lone in a str).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile("[\t\n\r]+")
_COMBINING = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_COMBINING_RUN = re.compile(f"([{_COMBINING}]{{2}})[{_COMBINING}]+")


def display_text(text: object, limit: int = MAX_CHARS) -> str:
    """One line of plain text, at most ``limit`` characters (plus an ellipsis note)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    extra = 0
    if len(text) > limit:
        extra = len(text) - limit
        text = text[:limit]
    text = _SPACES.sub(" ", text)
    text = _UNSAFE.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _COMBINING_RUN.sub(r"\1", text)
    if extra:
        text = f"{text}… (+{extra:,})"
    return text


def display_name(name: object) -> str:
    """A viewer's name for display: sanitized, short, never empty."""
    out = display_text(name, MAX_NAME_CHARS).strip()
    return out or "?"
