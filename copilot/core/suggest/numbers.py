"""Numbers mentioned in text, canonicalised, so guardrails can compare them with the catalog.

Handles digits of any script (via NFKC), decimals, thousands separators ("1,299"),
and Chinese numerals ("两百九十九", "二十四", "一万二"); values below 10 written in
Chinese (一, 两, 三) are ignored because they are everyday words ("一点", "两件").
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from copilot.core.numerals import CN_RUN, cn_value

_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_CN_RUN = CN_RUN
# Set phrases made of numeral characters that do not state a quantity.
_CN_SET_PHRASES = (
    "千万",
    "万一",
    "一一",
    "百分百",
    "万万",
    "十全十美",
    "一五一十",
    "三三两两",
    "七七八八",
)


def canon(s: str) -> str | None:
    """'299', '299.00', '1,299' → '299' / '299' / '1299'; None when not a number."""
    try:
        d = Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    return format(d.normalize(), "f")


def canon_value(v: float | int) -> str | None:
    """Canonical form of a numeric catalog value."""
    if isinstance(v, bool):
        return None
    return canon(repr(float(v)) if isinstance(v, float) else str(v))


def chinese_numeral(run: str) -> int | None:
    """Value of a run of Chinese numeral characters, or None when it is not one number."""
    return cn_value(run)


def numbers_in(text: str) -> set[str]:
    """Canonical numbers that ``text`` mentions (Chinese numerals only from 10 up)."""
    out: set[str] = set()
    if not text:
        return out
    t = unicodedata.normalize("NFKC", text)
    for m in _DIGIT_RUN.finditer(t):
        s = m.group(0)
        parts = s.split(",")
        if len(parts) > 1 and not all(len(p.split(".")[0]) == 3 for p in parts[1:]):
            out.update(c for c in map(canon, parts) if c is not None)  # "3,5": a list
            continue
        c = canon(s)
        if c is not None:
            out.add(c)
    for phrase in _CN_SET_PHRASES:
        t = t.replace(phrase, " ")
    for m in _CN_RUN.finditer(t):
        if len(m.group(0)) >= 2:
            v = chinese_numeral(m.group(0))
            if v is not None and v >= 10:
                out.add(str(v))
    return out


def numbers_of(obj: object, acc: set[str] | None = None) -> set[str]:
    """Every number inside a JSON-like value: numeric leaves and numbers within strings."""
    acc = set() if acc is None else acc
    if isinstance(obj, dict):
        for v in obj.values():
            numbers_of(v, acc)
    elif isinstance(obj, list):
        for v in obj:
            numbers_of(v, acc)
    elif isinstance(obj, str):
        acc |= numbers_in(obj)
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        c = canon_value(obj)
        if c is not None:
            acc.add(c)
    return acc
