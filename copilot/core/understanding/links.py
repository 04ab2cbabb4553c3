# ruff: noqa: E501
"""Link numbers in chat: 3号链接, 链接3, 第三个链接, link 3, item #3, "price on 3", 2nd link.

One pattern finds them all (its matches are masked out of the text before intents are
scored); a text holding none of the characters any reference needs skips it.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import needed_search

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6,
}  # fmt: skip
_NUM = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
LINK_RE = re.compile(
    r"(?=[0-9一二两三四五六七八九十链小黄车第linp#fst\s])(?:"
    r"(?<![\d.月/:])" + _NUM + r"\s*号(?![店线楼位床台人])(?!码(?![数子正准偏]))\s*(?:链接|链|车)?"
    r"|(?:链接|链|小黄车|黄车|车)\s*(?:第|的)?\s*" + _NUM + r"(?![\d.])"
    r"|第\s*" + _NUM + r"\s*(?:个|号)?\s*(?:链接|链|个)"
    r"|" + _NUM + r"\s*(?:链接|链)"
    r"|\b(?!no\s+one\b)(?:link|links|item|product|no|number|num|lot)\.?\s*(?:no\.?|number|#)?\s*#?\s*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|#\s*(\d{1,3})\b"
    # "price on 3", "for 2?": the look-ahead lets a space with no number after it fail once
    r"|(?=\s+#?\d)(?:(?<=\b(?:on|of))\s+#?(\d{1,2})(?=\s*\?*$)|(?<=\bfor)\s+#?(\d{1,2})(?=\s*\?*$)"
    r"|(?<=\bprice on|\bprice of)\s+#?(\d{1,2})\b|(?<=\bdeal on|\bsize on)\s+#?(\d{1,2})\b"
    r"|(?<=\bstock on)\s+#?(\d{1,2})\b|(?<=\bdiscount on|\bshipping on)\s+#?(\d{1,2})\b"
    r"|(?<=\bcoupon for)\s+#?(\d{1,2})\b|(?<=\bsizing on)\s+#?(\d{1,2})\b|(?<=\bdiscount for|\bshipping for)\s+#?(\d{1,2})\b)"
    r"|\b(\d{1,2}|first|second|third|fourth|fifth|sixth)(?:st|nd|rd|th)?\s+(?:link|item|one on the list)\b"
    r")"
)
# A text with none of the strings a reference needs (号, 链, link, #, on…) has none.
LINK_GATE = needed_search(LINK_RE.pattern) or re.compile("")


def link_number(s: str) -> int | None:
    """The number a link reference spells (3, 三, 十二, three, third)."""
    if s.isdigit():
        return int(s)
    if s in _EN_NUM:
        return _EN_NUM[s]
    if s == "十":
        return 10
    if len(s) == 1:
        return _CN_NUM.get(s)
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_NUM.get(s[1], 0)
    if len(s) == 2 and s[1] == "十":
        return _CN_NUM.get(s[0], 0) * 10
    if len(s) == 3 and s[1] == "十":
        return _CN_NUM.get(s[0], 0) * 10 + _CN_NUM.get(s[2], 0)
    return None
