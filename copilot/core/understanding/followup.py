# ruff: noqa: E501
"""A viewer's follow-up inherits the context of their previous question.

"M码呢" after "这件有S吗" asks the same thing (stock) about the same product; "what
about black?" after "is link 2 in stock" likewise. Only elliptical messages inherit:
a full new question keeps its own intent and falls back to the product on screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.core.records import MessageRecord

FOLLOWUP_WINDOW_S = 300.0
_MAX_LEN = 16

_ZH_ELLIPSIS = re.compile(
    r"^(?:那|那么|那个|那要是|还有|另外|再问下?)?.{0,10}(?:呢|的呢|咧)\s*[?!.~]*$|^(?:那|那么)\S{1,6}(?:吗|嘛|么|呢)\s*\??$"
)
_EN_ELLIPSIS = re.compile(
    r"^(?:and|what about|how about|hows about|same for|also|and in|and the|and for|what abt|ok and|or)\b"
    r"|^(?:in|for)\s+\S+\s*\??$"
)


def is_elliptical(text: str, has_cjk: bool) -> bool:
    if len(text) > (_MAX_LEN if has_cjk else 40):
        return False
    if has_cjk and _ZH_ELLIPSIS.search(text):
        return True
    return _EN_ELLIPSIS.search(text) is not None


def previous_question(history: Iterable[MessageRecord], now: float) -> MessageRecord | None:
    """The viewer's latest question still fresh enough to be continued."""
    latest = None
    for rec in history:
        if rec.is_question and now - rec.t <= FOLLOWUP_WINDOW_S and rec.intent != "other_question":
            latest = rec
    return latest
