"""One substitution for a table of phrases: the dialect steps (cantonese.py, hinglish.py,
…) rewrite a viewer's words into the ones the lexicons know, longest phrase first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from copilot.core.understanding.regex_gate import gated


def phrase_sub(pairs: list[tuple[str, str]], whole_words: bool = False) -> Callable[[str], str]:
    """A function replacing every phrase of ``pairs`` (phrase, replacement) in a text; a
    longer phrase wins over one it contains ("有冇" before "冇"); ``whole_words``: only
    between word boundaries ("kab" is no part of "kabab"). A phrase listed twice is refused
    (the table would keep the last silently), as the intent lexicons refuse theirs."""
    table = dict(pairs)
    if len(table) != len(pairs):
        counts = Counter(k for k, _v in pairs)
        repeats = sorted(k for k, n in counts.items() if n > 1)
        raise ValueError("phrase table lists these twice: " + ", ".join(repeats))
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    rx = gated(rf"\b(?:{alts})\b" if whole_words else alts)
    return lambda text: rx.sub(lambda m: table[m.group(0)], text)


def phrase_step(
    pairs: list[tuple[str, str]], markers: str
) -> tuple[frozenset[str], Callable[[str], str]]:
    """A variety step that is nothing but a phrase table: a text holding one of ``markers``
    (a pattern of word alternatives) has its phrases of ``pairs`` rewritten, whole words
    only; any other text is returned as it is. Gives the step's trigger words (varieties.py)
    and its function."""
    rewrite = phrase_sub(pairs, whole_words=True)
    gate = gated(markers)

    def to_english(text: str) -> str:
        return rewrite(text) if gate.search(text) else text

    return words_of(gate), to_english


# English number words, which the steps that read other languages' numbers (indonesian.py,
# swahili.py) write so that the speech side's English number reader reads them
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

_WORD = re.compile(r"[a-z0-9]+")
_ESCAPE = re.compile(r"\\[a-zA-Z]")  # \b, \s, \d: syntax, not letters of a word


def words_of(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every run of letters and digits written in ``pattern``: for a pattern of word
    alternatives, a set of words one of which any match holds (and some stray letters of
    its syntax, which only make the set looser)."""
    return frozenset(_WORD.findall(_ESCAPE.sub(" ", pattern.pattern)))
