"""An ordered alternation of patterns, pruned per text to the patterns that can match it.

Each pattern needs one of a few strings (满 for 满299减30, 斤/kg/cm for 160斤); a text
holding none of them cannot match it anywhere, so leaving it out of the alternation
changes no match while sparing the engine from trying it at every position. Pruned
alternations of several patterns are compiled on first use and kept (a bounded number).
"""

from __future__ import annotations

import re
from typing import Generic, TypeVar

from copilot.core.understanding.regex_gate import gated, needed_strings

V = TypeVar("V")
MAX_VARIANTS = 256  # pruned alternations compiled (~1 ms each) and kept; then the full one


def sum_bits(masks: object) -> int:
    out = 0
    for m in masks:  # type: ignore[attr-defined]
        out |= m
    return out


class Alternation(Generic[V]):
    """Patterns, each with a value, searched as alternations of ``groups`` of them (bit
    masks; each group is one separate alternation, in pattern order)."""

    def __init__(self, patterns: list[tuple[str, V]], groups: list[int] | None = None) -> None:
        self.patterns = [p for p, _ in patterns]
        self.value_of = {f"r{i}": v for i, (_, v) in enumerate(patterns)}
        self.always = 0  # patterns that need no particular string
        direct: dict[str, int] = {}
        for i, p in enumerate(self.patterns):
            need = needed_strings(p)
            if need is None:
                self.always |= 1 << i
            else:
                for s in need:
                    direct[s] = direct.get(s, 0) | 1 << i
        # The search below reports, at each position, the longest needed string found
        # there; every needed string that is a prefix of it is found there too.
        strings = sorted(direct, key=len, reverse=True)
        self.bits_of = {s: sum_bits(direct[t] for t in strings if s.startswith(t)) for s in strings}
        firsts = "".join(sorted({re.escape(s[0]) for s in strings}))
        alts = "|".join(map(re.escape, strings))
        self.need_re = re.compile(f"(?=[{firsts}])(?=({alts}))") if strings else None
        self.groups = groups or [(1 << len(patterns)) - 1]
        # Every single pattern and every whole group are compiled up front.
        self.compiled: dict[int, re.Pattern[str]] = {
            bits: self._compile(bits) for bits in [1 << i for i in range(len(patterns))]
        }
        for g in self.groups:
            self.compiled[g] = self._compile(g)
        self.limit = len(self.compiled) + MAX_VARIANTS

    def _compile(self, bits: int) -> re.Pattern[str]:
        parts = [f"(?P<r{i}>{p})" for i, p in enumerate(self.patterns) if bits >> i & 1]
        return gated("|".join(parts))

    def candidates(self, text: str) -> int:
        """Bit mask of the patterns that may match ``text``."""
        bits = self.always
        if self.need_re is not None:
            for found in set(self.need_re.findall(text)):
                bits |= self.bits_of[found]
        return bits

    def hits(self, text: str, bits: int, group: int) -> list[V]:
        """Value of the pattern of each match of ``group``'s alternation, in text order
        (``bits``: the candidates of ``text``)."""
        bits &= group
        if not bits:
            return []
        rx = self.compiled.get(bits)
        if rx is None:
            if len(self.compiled) < self.limit:
                rx = self.compiled[bits] = self._compile(bits)
            else:
                rx = self.compiled[group]
        first = rx.search(text)
        if first is None:  # the usual outcome, found without building an iterator
            return []
        value_of = self.value_of
        return [value_of[str(m.lastgroup)] for m in rx.finditer(text, first.start())]
