"""An ordered alternation of patterns, pruned per text to the patterns that can match it.

Each pattern needs one of a few characters (满 for 满299减30, 斤/kg/cm for 160斤); a text
holding none of them cannot match it anywhere, so leaving it out of the alternation
changes no match while sparing the engine from trying it at every position. Pruned
alternations of several patterns are compiled on first use and kept (a bounded number).
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated, needed_chars

MAX_VARIANTS = 64  # pruned alternations compiled (~1 ms each) and kept; then the full one


class Alternation:
    def __init__(self, patterns: list[str]) -> None:
        self.patterns = patterns
        self.always = 0  # patterns whose needed characters are unknown
        self.char_bits: dict[str, int] = {}
        for i, p in enumerate(patterns):
            need = needed_chars(p)
            if need is None:
                self.always |= 1 << i
            else:
                for ch in need:
                    self.char_bits[ch] = self.char_bits.get(ch, 0) | 1 << i
        chars = "".join(sorted(self.char_bits))
        self.need_re = re.compile("[" + re.escape(chars) + "]") if chars else None
        self.full = (1 << len(patterns)) - 1
        # Every single pattern and the full alternation are compiled up front.
        self.compiled: dict[int, re.Pattern[str]] = {
            bits: self._compile(bits) for bits in [1 << i for i in range(len(patterns))]
        }
        self.compiled[self.full] = self._compile(self.full)
        self.limit = len(self.compiled) + MAX_VARIANTS

    def _compile(self, bits: int) -> re.Pattern[str]:
        parts = [f"(?P<r{i}>{p})" for i, p in enumerate(self.patterns) if bits >> i & 1]
        return gated("|".join(parts))

    def candidates(self, text: str) -> int:
        """Bit mask of the patterns that may match ``text``."""
        bits = self.always
        if self.need_re is not None:
            for ch in set(self.need_re.findall(text)):
                bits |= self.char_bits[ch]
        return bits

    def hits(self, text: str) -> list[int]:
        """Index of the pattern of each match of the whole alternation, in text order."""
        bits = self.candidates(text)
        if not bits:
            return []
        rx = self.compiled.get(bits)
        if rx is None:
            if len(self.compiled) < self.limit:
                rx = self.compiled[bits] = self._compile(bits)
            else:
                rx = self.compiled[self.full]
        return [int(m.lastgroup[1:]) for m in rx.finditer(text) if m.lastgroup is not None]
