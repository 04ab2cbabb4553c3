"""Sound-alike token matching for transcripts: "顺风" matches "顺丰", "fedx" is close to "fedex".

Chinese characters become toneless pinyin syllables (homophones collide on purpose), Latin
words are lower-cased, numbers are digits; facts are compared by the share of their token
bigrams that a transcript contains. Without pypinyin, characters compare as themselves.
"""

from __future__ import annotations

import re

from copilot.core.tracking.numbers import normalize

_TOKEN = re.compile(r"[\u3400-\u9fff]|[a-z]+|\d+(?:\.\d+)?")
_PINYIN_CACHE: dict[str, str] = {}
_CACHE_MAX = 20_000
_PINYIN: list[object] = []  # [converter or None], filled on first use (import costs ~0.2 s)


def _converter():  # type: ignore[no-untyped-def]
    """pypinyin's converter, imported only when a Chinese text first needs it; None when
    pypinyin is missing (homophones then simply do not match)."""
    if not _PINYIN:
        try:
            from pypinyin import Style, lazy_pinyin

            _PINYIN.append(lambda ch: lazy_pinyin(ch, style=Style.NORMAL, errors="ignore"))
        except ImportError:  # pragma: no cover - exercised only where pypinyin is missing
            _PINYIN.append(None)
    return _PINYIN[0]


def _syllable(ch: str) -> str:
    s = _PINYIN_CACHE.get(ch)
    if s is None:
        convert = _converter()
        if convert is None:
            s = ch
        else:
            out = convert(ch)
            s = out[0] if out else ch
            # retroflex/flat and front/back nasal confusions are common in ASR and accents
            s = s.replace("zh", "z").replace("ch", "c").replace("sh", "s")
            if s.endswith("ng"):
                s = s[:-1]
        if len(_PINYIN_CACHE) < _CACHE_MAX:
            _PINYIN_CACHE[ch] = s
    return s


def tokens(text: str, normalized: bool = False) -> list[str]:
    """Sound tokens of a text: pinyin per Chinese character, words, numbers."""
    t = text if normalized else normalize(text)
    out = []
    for m in _TOKEN.finditer(t):
        tok = m.group(0)
        if "\u3400" <= tok[0] <= "\u9fff":
            tok = _syllable(tok)
        out.append(tok)
    return out


def bigrams(toks: list[str]) -> set[tuple[str, str]]:
    return {(toks[i], toks[i + 1]) for i in range(len(toks) - 1)}


def contains_seq(hay: list[str], needle: list[str]) -> bool:
    """True when ``needle`` occurs as a contiguous token run in ``hay``."""
    n = len(needle)
    if n == 0 or n > len(hay):
        return False
    first = needle[0]
    return any(hay[i] == first and hay[i : i + n] == needle for i in range(len(hay) - n + 1))


class Phrase:
    """A catalog text prepared for containment tests against transcripts."""

    __slots__ = ("text", "toks", "grams")

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokens(text)
        self.grams = bigrams(self.toks)

    def score(self, hay_toks: list[str], hay_grams: set[tuple[str, str]]) -> float:
        """Share of this phrase a transcript states: 1.0 = all of it, in order."""
        if not self.toks:
            return 0.0
        if len(self.toks) <= 3:
            return 1.0 if contains_seq(hay_toks, self.toks) else 0.0
        return len(self.grams & hay_grams) / len(self.grams)
