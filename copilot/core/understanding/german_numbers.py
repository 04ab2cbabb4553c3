"""German number words → English number words, so a German host's prices are read.

German writes a number as one word, units before tens: "neunundachtzig" is 89,
"hundertneunundvierzig" 149, "zweitausendvierhundert" 2,400; speech recognition writes
them so ("heute nur neunundachtzig euro auf link vier"). Each such word becomes the
English words for its value ("eighty-nine", "one hundred forty-nine"), so everything the
English steps know — prices said the short way ("neunundsiebzig neunzig", 79.90), "komma"
as a decimal point, "link vier" — works for German too. Accents are already read plain
("fünf" is "funf", "dreißig" "dreissig").
"""

from __future__ import annotations

import re

_UNITS = {
    "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "funf": 5, "fuenf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}  # fmt: skip
_TEENS = {
    "zehn": 10, "elf": 11, "zwolf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14,
    "funfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}  # fmt: skip
_TENS = {
    "zwanzig": 20, "dreissig": 30, "dreisig": 30, "vierzig": 40, "funfzig": 50,
    "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# one word: [N]tausend [N]hundert, then a teen, a unit, "unit und tens" or tens
_BELOW_100 = rf"(?:{_alt(_TEENS)}|(?:{_alt(_UNITS)})(?:und(?:{_alt(_TENS)}))?|{_alt(_TENS)})"
_HUNDREDS = rf"(?:(?:{_alt(_UNITS)})?hundert(?:und)?)"
_WORD = re.compile(
    rf"\b(?:(?P<th>(?:{_HUNDREDS}?{_BELOW_100}|{_HUNDREDS})?tausend(?:und)?)?"
    rf"(?P<h>{_HUNDREDS})?(?P<r>{_BELOW_100})?|null)\b"
)
# a number word that alone is an English word too (one and zero, "ein", "eins", "null",
# are not among WORDS at all)
_ENGLISH_TOO = frozenset({"elf"})

_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]  # noqa: E501
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_100(s: str) -> int:
    if s in _TEENS:
        return _TEENS[s]
    if s in _TENS:
        return _TENS[s]
    unit, _, tens = s.partition("und")
    return _UNITS[unit] + (_TENS[tens] if tens else 0)


def _below_1000(hundreds: str | None, rest: str | None) -> int:
    value = 0
    if hundreds:
        head = hundreds.removesuffix("und").removesuffix("hundert")
        value = (_UNITS[head] if head else 1) * 100
    return value + (_below_100(rest) if rest else 0)


def value(word: str) -> int | None:
    """The number a German number word says, or None."""
    m = _WORD.fullmatch(word)
    if m is None or not word:
        return None
    if word == "null":
        return 0
    total = 0
    if m.group("th"):
        head = m.group("th").removesuffix("und").removesuffix("tausend")
        t = _WORD.fullmatch(head) if head else None
        total = (_below_1000(t.group("h"), t.group("r")) if t else 1) * 1000
    return total + _below_1000(m.group("h"), m.group("r"))


def english(n: int) -> str:
    """``n`` (0..999,999) in English words: 149 → "one hundred forty-nine"."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return f"{english(head)} thousand" + (f" {english(rest)}" if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return f"{_EN_UNITS[head]} hundred" + (f" {english(rest)}" if rest else "")
    if n < 20:
        return _EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")


_CANDIDATE = re.compile(r"[a-z]{3,}")
# "zwölf mal achtzehn": the dimensions, as English says "twelve by eighteen"
_TIMES = re.compile(r"(?<=\w) mal (?=\w)")


def to_english(text: str) -> str:
    """``text`` with its German number words as English ones ("link vier" → "link four")."""
    out = _CANDIDATE.sub(_one, text)
    return _TIMES.sub(_by, out) if " mal " in out else out


def _one(m: re.Match[str]) -> str:
    w = m.group(0)
    if w == "ein":  # "a", as often as one
        return w
    n = value(w)
    return w if n is None else english(n)


_NUMBER_WORDS = frozenset(_EN_UNITS + _EN_TENS[2:] + ["hundred", "thousand"])


def _by(m: re.Match[str]) -> str:
    before = m.string[: m.start()].rsplit(" ", 1)[-1].split("-")[0]
    after = m.string[m.end() :].split(" ", 1)[0].split("-")[0]
    both = (before in _NUMBER_WORDS or before.isdigit()) and (
        after in _NUMBER_WORDS or after.isdigit()
    )
    return " by " if both else m.group(0)


def _spelled(n: int) -> list[str]:
    """The ways German writes ``n`` (1..999) as one word."""
    below = [w for w, v in {**_UNITS, **_TEENS, **_TENS}.items() if v == n % 100]
    below += [
        f"{u}und{t}"
        for u, uv in _UNITS.items()
        for t, tv in _TENS.items()
        if uv + tv == n % 100 and u != "eins"
    ]
    if n < 100:
        return below
    heads = [h for h, v in _UNITS.items() if v == n // 100 and h != "eins"]
    heads += [""] if n // 100 == 1 else []  # "hundert", "einhundert"
    tails = below if n % 100 else [""]
    return [f"{h}hundert{t}" for h in heads for t in tails]


# every number word up to 999 (and the thousands' heads), for the cheap test of whether a
# text may hold German at all
WORDS = frozenset(w for n in range(2, 1000) for w in _spelled(n) if w not in _ENGLISH_TOO) | {
    "tausend",
    "zweitausend",
    "dreitausend",
    "viertausend",
    "funftausend",
    "eintausend",
}
