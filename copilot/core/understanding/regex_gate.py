"""First-character gates for the big phrase alternations of the understanding stage.

Python's regex engine tries every alternative at every position of the text. A
one-class look-ahead listing the characters a match can start with lets it reject
most positions with a single table lookup instead (3-10x faster on chat), without
changing what matches: the class is computed from the pattern itself.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_CATEGORY = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}

# (class fragments, may match empty); fragments None = may start with any character.
_First = tuple[set[str] | None, bool]


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def _set(items: list) -> set[str] | None:  # type: ignore[type-arg]
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
    parsed = _p.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    frags, nullable = _first(parsed)
    if frags is None or nullable or not frags:
        return None
    return "[" + "".join(sorted(frags)) + "]"


def gated(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind its first-character look-ahead (same matches, same groups)."""
    cls = first_class(pattern)
    return re.compile(f"(?={cls})(?:{pattern})" if cls else pattern)
