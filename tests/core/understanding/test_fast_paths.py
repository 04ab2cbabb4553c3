# ruff: noqa: E501
"""The speed-ups change nothing: gates, pruned alternations, sparse scans and caches
give exactly what the plain patterns and loops give (property-based where it counts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copilot.core.catalog import catalog_from_dict
from copilot.core.understanding.alternation import Alternation
from copilot.core.understanding.links import LINK_GATE, LINK_RE
from copilot.core.understanding.matcher import CharMatcher
from copilot.core.understanding.regex_gate import first_class, gated, needed_search, needed_strings
from copilot.core.understanding.rules import _RULES
from tests.core.understanding.conftest import CATALOG, Room

# Texts built from the pieces the patterns care about, so matches are frequent.
_PIECES = ["有", "吗", "m码", "还是", "xl", "1", "5", "6", "'", "ft", "160", "斤", "号", "链接", "link", " ", "on", "of",
           "for", "price", "§", "这件", "是", "满", "299", "减", "拍了", "三", "天", "了", "问", "遍", "?", "in",
           "asked", "times", "why", "no one", "answer", "第", "个", "is", "same", "#", "4", "a", "or", "small", "x"]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PATTERNS = [
    r"(?<![\d.])1[.米]\s*\d{1,2}(?![\d.])",
    r"\b(?:is|isnt)\s+§\s+(?:the\s+)?(?:same|this)",
    r"有\s*(?:m|xl|\S{1,2}码)\s*的?\s*(?:吗|呢)",
    r"[4-6]\s*(?:'|ft|foot|feet)\s*\d{0,2}",
    r"^(?:and|or)\b",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", _PATTERNS + [p for _, _, p in _RULES] + [LINK_RE.pattern])
@given(text=_TEXT)
@_SETTINGS
def test_gated_pattern_matches_exactly_as_the_plain_one(pattern: str, text: str) -> None:
    assert _spans(gated(pattern), text) == _spans(re.compile(pattern), text)


@pytest.mark.parametrize("pattern", _PATTERNS + [p for _, _, p in _RULES] + [LINK_RE.pattern])
@given(text=_TEXT)
@_SETTINGS
def test_a_text_without_the_needed_strings_cannot_match(pattern: str, text: str) -> None:
    search = needed_search(pattern)
    if search is not None and search.search(text) is None:
        assert re.search(pattern, text) is None


def test_first_class_and_needed_strings_of_simple_patterns() -> None:
    assert first_class(r"(?<!x)\bab|c\d") == "[ac]"
    assert first_class(r"a?b") == "[ab]"
    assert first_class(r"a*") is None  # may match empty
    assert first_class(r"[^a]b") is None  # may start with anything
    assert needed_strings(r"x\d+(?:kg|lbs?)") == frozenset({"kg", "lb"})
    assert needed_strings(r"(?<=\b(?:on|of))\s+\d") == frozenset({"on", "of"})
    assert needed_strings(r"1[4-9]\d") == frozenset({"14", "15", "16", "17", "18", "19"})
    assert needed_strings(r"\d+") is None
    # digits multiply past the sixteen strings other classes stop at: a model year
    # followed by its space is looked for as "2017 ", not as any "201" of a price
    years = needed_strings(r"(?:19[5-9][0-9] |20[0-3][0-9] )[a-z]")
    assert years is not None and len(years) == 90 and "2017 " in years and "1949 " not in years
    assert needed_strings(r"[0-9][0-9][0-9]") == frozenset("0123456789")  # no 1,000 numbers
    # a very common ideograph (了) selects less than the rarer words the pattern also needs
    assert needed_strings(r"(?:坏|碎|漏)\S{0,3}了\S{0,4}(?:怎么办|咋办)") == frozenset(
        {"怎么办", "咋办"}
    )
    assert LINK_GATE.search("宝宝们晚上好") is None


@given(text=_TEXT)
@_SETTINGS
def test_pruned_alternation_equals_the_whole_alternation(text: str) -> None:
    alt = Alternation([(p, i) for i, p in enumerate(_PATTERNS)])
    whole = re.compile("|".join(f"(?P<r{i}>{p})" for i, p in enumerate(_PATTERNS)))
    want = [int(m.lastgroup[1:]) for m in whole.finditer(text) if m.lastgroup]
    full = alt.groups[0]
    assert alt.hits(text, alt.candidates(text), full) == want


def test_alternation_past_its_variant_budget_falls_back_to_the_whole() -> None:
    alt = Alternation([(p, i) for i, p in enumerate(_PATTERNS)])
    alt.limit = len(alt.compiled)  # no room for any new pruned variant
    text = "有m码吗 1.8 is § same 5ft"
    bits = alt.candidates(text)
    assert bin(bits).count("1") > 1
    assert alt.hits(text, bits, alt.groups[0]) == [2, 0, 1, 3]
    assert len(alt.compiled) == alt.limit


@given(text=st.text(alphabet="锅炖珐琅冲锋衣外套滤杯的了吗 ab", max_size=30))
@_SETTINGS
def test_sparse_char_matcher_scans_like_the_dense_one(text: str) -> None:
    entries = [
        ("炖锅", "a"),
        ("珐琅锅", "b"),
        ("冲锋衣", "c"),
        ("锋衣", "d"),
        ("衣外", "e"),
        ("滤杯", "f"),
    ]
    sparse = CharMatcher(entries)
    dense = CharMatcher(entries)
    dense.starts = None
    assert sparse.starts is not None
    assert sparse.scan(text) == dense.scan(text)


def test_a_cached_analysis_labels_exactly_like_a_fresh_one() -> None:
    cached, fresh = Room(catalog_from_dict(CATALOG)), Room(catalog_from_dict(CATALOG))
    lines = [
        "炖锅多少钱",
        "这件有M码吗",
        "卡了",
        "M码呢",
        "link 8 price?",
        "好看",
        "隔壁才卖99",
        "那冲锋衣呢",
    ]
    for k in range(1, 4):  # from the second sighting on, ``cached`` answers from its cache
        for text in lines:
            # ``fresh`` never sees the same string twice (trailing spaces normalise away)
            a, b = cached.say(text), fresh.say(text + " " * k)
            assert (a.intent, a.is_question, a.product_id, a.lang, a.signals) == (
                b.intent, b.is_question, b.product_id, b.lang, b.signals,
            )  # fmt: skip
    stage = cached.pipeline.stages[0]
    assert set(lines) <= set(stage._cache)  # type: ignore[attr-defined]
