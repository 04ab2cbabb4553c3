"""Fast phrase matchers: every dictionary phrase found in a message, in one pass.

``CharMatcher`` scans characters (Chinese has no word breaks) through a first-character
index; ``TokenMatcher`` scans word n-grams (English). Both keep, at each position, the
longest phrase, and drop phrases wholly inside an earlier, longer hit, so 多少钱 does
not also count as 多少 and "great price" not also as "price".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar

V = TypeVar("V")

SPARSE_FIRSTS = 256
# ("5.3k" is one token, as "4k" is: it holds no "k" = okay)
TOKEN_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+(?:k(?![a-z0-9]))?)?|[$%?+/#&§]")


def tokens(text: str) -> list[str]:
    """English-ish tokens of normalised text (apostrophes dropped: "isn't" -> "isnt")."""
    return TOKEN_RE.findall(text.replace("'", ""))


class CharMatcher(Generic[V]):
    """Substring dictionary over characters; values are whatever the caller attaches."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self.table: dict[str, list[V]] = {}
        lengths: dict[str, set[int]] = {}
        for key, value in entries:
            if not key:
                continue
            self.table.setdefault(key, []).append(value)
            lengths.setdefault(key[0], set()).add(len(key))
        self.first = {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}
        # Few first characters (a catalog's names): let the regex engine jump between
        # the positions where a key may start. Many (a lexicon): look at each character.
        chars = "".join(re.escape(c) for c in sorted(self.first))
        self.starts = re.compile(f"[{chars}]") if 0 < len(self.first) <= SPARSE_FIRSTS else None

    def __bool__(self) -> bool:
        return bool(self.table)

    def scan(self, text: str) -> list[tuple[int, int, list[V]]]:
        """(start, end, values) of each kept hit, in text order."""
        if self.starts is None:
            return self._scan(range(len(text)), text)
        if self.starts.search(text) is None:
            return []
        return self._scan([m.start() for m in self.starts.finditer(text)], text)

    def _scan(self, positions: Iterable[int], text: str) -> list[tuple[int, int, list[V]]]:
        first, table = self.first, self.table
        hits: list[tuple[int, int, list[V]]] = []
        covered = 0
        n = len(text)
        for i in positions:
            lens = first.get(text[i])
            if lens is None:
                continue
            for ln in lens:  # longest first: once one ends inside a hit, all do
                end = i + ln
                if end <= covered:
                    break
                if end > n:
                    continue
                vals = table.get(text[i:end])
                if vals is not None:
                    hits.append((i, end, vals))
                    covered = end
                    break
        return hits


class TokenMatcher(Generic[V]):
    """Word n-gram dictionary over ``tokens()``; keys are phrases, tokenised the same way."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self.table: dict[tuple[str, ...], list[V]] = {}
        sizes: dict[str, set[int]] = {}
        for phrase, value in entries:
            key = tuple(tokens(phrase))
            if not key:
                continue
            self.table.setdefault(key, []).append(value)
            sizes.setdefault(key[0], set()).add(len(key))
        self.first = {t: tuple(sorted(s, reverse=True)) for t, s in sizes.items()}

    def __bool__(self) -> bool:
        return bool(self.table)

    def scan(self, toks: list[str]) -> list[tuple[int, int, list[V]]]:
        first, table = self.first, self.table
        hits: list[tuple[int, int, list[V]]] = []
        covered = 0
        n = len(toks)
        for i in range(n):
            sizes = first.get(toks[i])
            if sizes is None:
                continue
            for sz in sizes:
                end = i + sz
                if end > n or end <= covered:
                    continue
                vals = table.get(tuple(toks[i:end])) if sz > 1 else table.get((toks[i],))
                if vals is not None:
                    hits.append((i, end, vals))
                    covered = end
                    break
        return hits


def parse_lexicon(text: str, split: str | None) -> list[tuple[str, tuple[str, float]]]:
    """Lines ``intent weight: p1 p2`` (``split`` None = whitespace, "," for English).

    A phrase listed twice for one intent would silently weigh twice (the matchers add up
    every entry), so a lexicon that does so is refused; see :func:`refuse_repeats`."""
    out: list[tuple[str, tuple[str, float]]] = []
    for line in text.strip().splitlines():
        head, _, body = line.partition(":")
        if not body:
            continue
        intent, weight = head.split()
        parts = body.split(split) if split else body.split()
        for p in parts:
            p = p.strip()
            if p:
                out.append((p, (intent, float(weight))))
    return refuse_repeats(out)


def refuse_repeats(
    entries: list[tuple[str, tuple[str, float]]],
) -> list[tuple[str, tuple[str, float]]]:
    """``entries`` unchanged, or ValueError naming each phrase listed twice for one intent:
    its weight is meant to be written once, where it can be read."""
    seen: set[tuple[str, str]] = set()
    repeats = []
    for phrase, (intent, _w) in entries:
        if (phrase, intent) in seen:
            repeats.append(f"{intent}: {phrase}")
        seen.add((phrase, intent))
    if repeats:
        raise ValueError("lexicon lists these twice: " + "; ".join(repeats))
    return entries
