"""Chinese numerals to values, shared by the guardrails (numbers a suggestion states)
and answered tracking (numbers the host says): "两百九十九" → 299, "三一六" → 316."""

from __future__ import annotations

import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def cn_value(run: str, max_len: int = 40) -> int | None:
    """Value of a run of Chinese numeral characters, or None when it is not one number
    (empty, longer than ``max_len``, or two non-zero digits in a row: a list)."""
    if not run or len(run) > max_len:
        return None
    if all(c in CN_DIGITS for c in run):  # read digit by digit: 二零二六
        return int("".join(str(CN_DIGITS[c]) for c in run))
    total = section = 0
    pending: int | None = None
    last_unit = 0
    for c in run:
        if c in CN_DIGITS:
            d = CN_DIGITS[c]
            if pending and d:
                return None
            if d == 0:
                last_unit = 0
            pending = d
        elif c in CN_SMALL_UNITS:
            section += (1 if pending is None else pending) * CN_SMALL_UNITS[c]
            pending, last_unit = None, CN_SMALL_UNITS[c]
        else:
            section += pending or 0
            total += (section or 1) * CN_BIG_UNITS[c]
            section, pending, last_unit = 0, None, CN_BIG_UNITS[c]
    if pending and last_unit >= 100:  # 三百五 = 350, 一万二 = 12000
        pending *= last_unit // 10
    return total + section + (pending or 0)
