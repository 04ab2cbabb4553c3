"""Cheap pre-checks for the big phrase alternations, computed from the patterns themselves.

Python's regex engine tries every alternative at every position of the text. A
one-class look-ahead of the characters a match can start with lets it reject most
positions with one table lookup (3-10x faster on chat); the strings one of which any
match must contain tell, in one quick search, that a pattern cannot match at all.
Neither changes what matches.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # Python 3.11+
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_CATEGORY = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}

# (class fragments, may match empty); fragments None = may start with any character.
_First = tuple[set[str] | None, bool]


def _parse(pattern: str):  # type: ignore[no-untyped-def]
    """The parsed pattern, or None when it cannot be analysed (flags, another Python's
    parser): the callers then add no gate, which is always correct, only slower."""
    try:
        parsed = _p.parse(pattern)
        flags = parsed.state.flags
    except Exception:  # noqa: BLE001 - a private module: any surprise means "no gate"
        return None
    return None if flags & (re.IGNORECASE | re.VERBOSE) else parsed


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def _set(items: list[Any]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(_char(av))
        elif op is _c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORY:
            out.add(_CATEGORY[av])
        else:  # negated sets and categories start with almost anything
            return None
    return out


def _first(seq) -> _First:  # type: ignore[no-untyped-def]
    """First characters of a parsed sequence, and whether it can match empty."""
    frags: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            got: _First = ({_char(av)}, False)
        elif op is _c.IN:
            got = (_set(av), False)
        elif op is _c.BRANCH:
            parts = [_first(alt) for alt in av[1]]
            if any(f is None for f, _ in parts):
                return None, False
            got = (set().union(*(f for f, _ in parts)), any(n for _, n in parts))  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            got = _first(sub) if not add_flags and not del_flags else (None, False)
        elif op in _REPEATS:
            f, n = _first(av[2])
            got = (f, n or av[0] == 0)
        elif op in _ZERO_WIDTH:
            got = (set(), True)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            got = _first(av)
        else:  # back-references, conditionals, any character
            return None, False
        f, nullable = got
        if f is None:
            return None, False
        frags |= f
        if not nullable:
            return frags, False
    return frags, True


def first_class(pattern: str) -> str | None:
    """A class ``[...]`` holding every first character of a non-empty match of ``pattern``,
    or None when there is no such useful class (it may match empty or start anywhere)."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        frags, nullable = _first(parsed)
    except (TypeError, ValueError, IndexError):  # an unexpected parse tree: no gate
        return None
    if frags is None or nullable or not frags:
        return None
    return "[" + "".join(sorted(frags)) + "]"


def gated(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind its first-character look-ahead (same matches, same groups)."""
    cls = first_class(pattern)
    return re.compile(f"(?={cls})(?:{pattern})" if cls else pattern)


# Chinese characters in most chat lines: alone, they select no more than a Latin letter
_COMMON_CJK = frozenset("了的是不我你有在一这那个么吗呢啊吧就都也还没要能会")


def _weight(s: str) -> int:
    """How rare a needed string is in chat, roughly: its length, except that a lone
    digit or space counts as nothing, and a lone non-ASCII character (an ideograph, §,
    ，) or rare symbol (# %) as two, a very common ideograph (了, 的) as one."""
    if len(s) > 1:
        return len(s)
    if s.isdigit() and s.isascii() or s.isspace():
        return 0
    if s in _COMMON_CJK:
        return 1
    return 2 if not s.isascii() or s in "#$%&@^|" else 1


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Selectivity of a needed-string set: rarest shortest string first, then fewer strings."""
    return (-min(map(_weight, strings)), len(strings))


def _literal_chars(items: list[Any]) -> frozenset[str] | None:
    """The characters of a class made of characters and small ranges only, else None."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 16:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(out)


_DIGITS = frozenset("0123456789")


def _needed_strings(seq) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    options: list[frozenset[str]] = []
    runs = {""}  # the literal texts the current stretch of the sequence can be
    for op, av in list(seq) + [(None, None)]:
        if op is _c.LITERAL:
            runs = {r + chr(av) for r in runs}
            continue
        chars = _literal_chars(av) if op is _c.IN else None
        # digits after two known characters may multiply further: 19[5-9][0-9] is fifty
        # years, rarer than any 19x (two digits alone are in every price)
        wide = chars is not None and chars <= _DIGITS and min(map(len, runs)) >= 2
        if chars is not None and len(chars) * len(runs) <= (128 if wide else 16):
            runs = {r + c for r in runs for c in chars}  # "o[nf]" -> on, of; 1[4-9] -> 14…19
            continue
        if "" not in runs:
            options.append(frozenset(runs))
        runs = {""}
        got: frozenset[str] | None = None
        if chars is not None:
            got = chars
        elif op is _c.BRANCH:
            alts = [_needed_strings(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                got = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            got = _needed_strings(av[3])
        elif op in _REPEATS and av[0] >= 1:
            got = _needed_strings(av[2])
        elif op is _c.ASSERT:  # a look-around that must match, before or after
            got = _needed_strings(av[1])
        if got:
            options.append(got)
    return min(options, key=_score) if options else None


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which any match of ``pattern`` contains, or None if none is known."""
    parsed = _parse(pattern)
    try:
        return _needed_strings(parsed) if parsed is not None else None
    except (TypeError, ValueError, IndexError):  # an unexpected parse tree: no pruning
        return None


def needed_search(pattern: str) -> re.Pattern[str] | None:
    """A search for the strings one of which any match of ``pattern`` contains: where it
    finds nothing, ``pattern`` cannot match (None when no such strings are known)."""
    strings = needed_strings(pattern)
    if not strings:
        return None
    firsts = "".join(sorted({re.escape(s[0]) for s in strings}))
    alts = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))
    return re.compile(f"(?=[{firsts}])(?:{alts})")
