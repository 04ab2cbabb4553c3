"""One substitution for a table of phrases: the dialect steps (cantonese.py, hinglish.py)
rewrite a viewer's words into the ones the lexicons know, longest phrase first."""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.core.understanding.regex_gate import gated


def phrase_sub(pairs: list[tuple[str, str]], whole_words: bool = False) -> Callable[[str], str]:
    """A function replacing every phrase of ``pairs`` (phrase, replacement) in a text; a
    longer phrase wins over one it contains ("有冇" before "冇"); ``whole_words``: only
    between word boundaries ("kab" is no part of "kabab")."""
    table = dict(pairs)
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    rx = gated(rf"\b(?:{alts})\b" if whole_words else alts)
    return lambda text: rx.sub(lambda m: table[m.group(0)], text)
