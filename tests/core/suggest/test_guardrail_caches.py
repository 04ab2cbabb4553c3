"""Cached guardrail verdicts never outlive what they depended on: a number one viewer said
does not make the same text pass for the next, and every check is still logged."""

import logging

from copilot.core.records import Suggestion
from copilot.core.suggest.guardrails import CACHE_MAX_CHARS, Guardrails
from copilot.core.suggest.safe_text import clean
from tests.core.suggest.shop import catalog


def check(guard, text, question="", name="", facts=None):
    return guard.check(Suggestion(text, facts or [], "llm"), question, name, "t1", "m1")


def test_a_viewer_number_allows_a_text_only_for_that_viewer():
    guard = Guardrails(catalog())
    text = "155的身高选100g就够"
    assert check(guard, text, question="我155").suggestion is not None
    assert check(guard, text, question="多高合适").suggestion is None
    assert check(guard, text, name="阿155").suggestion is not None
    assert check(guard, text).suggestion is None


def test_repeated_checks_give_the_same_verdict_and_log_every_drop(caplog):
    guard = Guardrails(catalog())
    with caplog.at_level(logging.WARNING, "copilot.suggest.guardrails"):
        for _ in range(3):
            assert check(guard, "现在只要¥99").suggestion is None
    assert sum("suggestion dropped" in r.getMessage() for r in caplog.records) == 3
    first = check(guard, "龙井直播价¥188", facts=["t1.live_price", "t1.nope"])
    again = check(guard, "龙井直播价¥188", facts=["t1.live_price", "t1.nope"])
    assert first.suggestion.facts == again.suggestion.facts == ["t1.live_price"]
    assert first.problems == again.problems == ["unknown_fact_path"]
    assert first.suggestion.facts is not again.suggestion.facts  # each caller gets its own list


def test_odd_fact_lists_and_long_texts_take_the_uncached_path():
    guard = Guardrails(catalog())
    v = check(guard, "龙井直播价¥188", facts=["t1.live_price", 7, None, "t1.live_price"])
    assert v.suggestion.facts == ["t1.live_price"] and "unknown_fact_path" in v.problems
    long_text = "龙井直播价¥188。" * (CACHE_MAX_CHARS // 8)
    assert check(guard, long_text).suggestion is not None
    assert check(guard, long_text + "今天免费送你一盒！").suggestion is not None  # cut past the cap


def test_clean_replaces_every_invisible_character():
    assert clean("a\u202eb\u200bc\x00d\ud800e\ue000f") == "a b c d e f"
    assert clean("\U000e0001tag") == "tag"  # outside the BMP: still checked, just not kept
    assert clean("plain text") == "plain text"
