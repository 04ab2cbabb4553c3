"""Language of a message (``zh`` or ``en``) from its script, with a fallback for emoji-only text."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_TWO_CJK = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff][^\u3400-\u9fff\uf900-\ufaff]*[\u3400-\u9fff\uf900-\ufaff]"
)


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def detect(text: str, cjk: bool, fallback: str) -> str:
    """``zh`` if Chinese characters carry the text, ``en`` for Latin words, else ``fallback``."""
    return own_lang(text, cjk) or fallback


def own_lang(text: str, cjk: bool) -> str | None:
    """The language the text itself shows, or None (emoji, digits only: ask the context)."""
    if cjk:
        if _TWO_CJK.search(text):
            return "zh"
        n_cjk = len(_CJK.findall(text))
        n_words = len(_LATIN_WORD.findall(text))
        return "zh" if n_cjk >= 2 or n_words <= 1 else ("en" if n_words > 2 * n_cjk else "zh")
    if _LATIN_WORD.search(text):
        return "en"
    return None
