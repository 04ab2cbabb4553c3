"""The English-variety steps run only when one of their trigger words is in the text."""

from __future__ import annotations

import re

import pytest

from copilot.core.understanding import pidgin, tagalog, varieties
from copilot.core.understanding.rewrite import phrase_sub, words_of


def test_the_words_of_a_pattern_skip_its_escapes() -> None:
    rx = re.compile(r"\bhow much last\b|\be (?:go|don)\b|\bremain\s*\?")
    assert words_of(rx) == {"how", "much", "last", "e", "go", "don", "remain"}


def test_every_step_is_reached_through_its_triggers() -> None:
    assert {"how", "e", "reduce", "dey"} <= pidgin.TRIGGERS
    assert {"po", "magkano", "hm", "mine"} <= tagalog.TRIGGERS
    assert varieties.to_english("how much last") == "best price discount"
    assert varieties.to_english("soap hm") == "soap how much"
    assert varieties.to_english("wetin be the price") == "what is the price"
    assert varieties.to_english("kitne ka h") == "how much h"
    assert varieties.to_english("brp kak") == "how much"


def test_text_with_no_trigger_is_returned_as_it_is() -> None:
    for text in ("这个多少钱", "how much is the blue one", "", "😀😀"):
        assert varieties.to_english(text) == text


def test_a_phrase_table_refuses_a_phrase_listed_twice() -> None:
    # a table keeps only the last of two entries for one phrase, so a repeat is refused
    with pytest.raises(ValueError, match="kab dikhaoge"):
        phrase_sub([("kab dikhaoge", "when"), ("kab dikhaoge", "when will you show")])
    assert phrase_sub([("kab dikhaoge", "when will you show")])("kab dikhaoge") == (
        "when will you show"
    )
