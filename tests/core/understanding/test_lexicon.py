"""The lexicons state each phrase's weight once: a phrase listed twice for one intent would
count twice, silently, because the matchers add up every entry."""

from __future__ import annotations

import pytest

from copilot.core.understanding.lexicon_en import EN_LEXICON
from copilot.core.understanding.lexicon_zh import ZH_LEXICON
from copilot.core.understanding.matcher import parse_lexicon, refuse_repeats


def test_a_phrase_listed_twice_for_one_intent_is_refused() -> None:
    text = "shipping 3: courier, dispatch\nshipping 1: days, courier"
    with pytest.raises(ValueError, match="shipping: courier"):
        parse_lexicon(text, ",")


def test_one_phrase_may_weigh_for_two_intents() -> None:
    entries = parse_lexicon("spec 3: 电池\nusage 2: 电池", None)
    assert entries == [("电池", ("spec", 3.0)), ("电池", ("usage", 2.0))]


def test_the_shipped_lexicons_list_each_phrase_once() -> None:
    en = parse_lexicon(EN_LEXICON, ",")
    zh = parse_lexicon(ZH_LEXICON, None)
    # Latin slang of the Chinese lexicon joins the English matcher: no repeats there either
    assert refuse_repeats(en + [e for e in zh if e[0].isascii()])
    assert len(zh) > 1000 and len(en) > 1000
