"""Guardrails: numbers, promises, leaks and insults are stopped whichever engine wrote them."""

import logging

import pytest

from copilot.core.records import Suggestion
from copilot.core.suggest.guardrails import Guardrails
from copilot.core.suggest.matching import norm
from tests.core.suggest.hostile import HOSTILE
from tests.core.suggest.shop import catalog


@pytest.fixture(scope="module")
def guard():
    return Guardrails(catalog())


def check(guard, text, question="", name="", pid="t1", facts=None):
    return guard.check(Suggestion(text, facts or [], "llm"), question, name, pid, "m1")


def test_true_catalog_statements_pass_unchanged(guard):
    v = check(
        guard,
        "龙井直播价¥188，原价¥268，满150减15，京东快递36小时内发，还有320件",
        facts=["t1.live_price"],
    )
    assert v.suggestion is not None and not v.problems
    assert v.suggestion.text.startswith("龙井直播价¥188")


def test_invented_price_is_dropped(guard):
    assert check(guard, "现在只要¥99").suggestion is None
    assert check(guard, "现在只要九十九块").suggestion is None
    assert check(guard, "现在一块钱").suggestion is None


def test_money_from_the_viewer_is_not_a_price(guard):
    # the viewer may say a number; the suggestion may not turn it into a price
    assert check(guard, "好的，5元卖你", question="5元卖不卖").suggestion is None
    assert check(guard, "155的身高选100g就够", question="我155").suggestion is not None


def test_stock_and_delivery_must_be_catalog_figures(guard):
    assert check(guard, "还有9件").suggestion is None
    assert check(guard, "2小时发货").suggestion is None
    assert check(guard, "36小时内发货").suggestion is not None


def test_a_bad_sentence_is_cut_and_the_rest_kept(guard, caplog):
    with caplog.at_level(logging.INFO, "copilot.suggest.guardrails"):
        v = check(guard, "龙井直播价¥188。今天再送你一盒！")
    assert v.suggestion is not None and v.repaired
    assert v.suggestion.text == "龙井直播价¥188。"


def test_repair_that_loses_the_answer_drops(guard):
    v = guard.check(Suggestion("今天免费送。", []), required="¥188")
    assert v.suggestion is None


def test_free_shipping_only_for_products_that_ship_free(guard):
    assert check(guard, "包邮哦", pid="t1").suggestion is not None
    assert check(guard, "free shipping on it!", pid="t2").suggestion is None


def test_unknown_fact_paths_are_removed(guard):
    v = check(guard, "直播价¥188", facts=["t1.live_price", "t1.secret", "zz.price", "x" * 500])
    assert v.suggestion.facts == ["t1.live_price"] and "unknown_fact_path" in v.problems


def test_drop_is_logged_without_the_full_text(guard, caplog):
    long_text = "免费送" + "啊" * 500
    with caplog.at_level(logging.WARNING, "copilot.suggest.guardrails"):
        assert check(guard, long_text).suggestion is None
    msg = caplog.records[-1].getMessage()
    assert "promise_not_in_catalog" in msg and len(msg) < 400


def test_garbage_input_never_raises(guard):
    for text in ["", "\ud800\udfff", "\x00" * 50, "9" * 10_000, None]:
        guard.check(Suggestion(text, ["\ud800"]), "\ud800", "\u202e", "nope", "m")


@pytest.mark.parametrize(("message", "obedient", "marker"), HOSTILE)
def test_obedient_replies_to_hostile_messages_are_stopped(guard, message, obedient, marker):
    v = check(guard, obedient, question=message, name="viewer")
    if v.suggestion is not None:
        assert norm(marker) not in norm(v.suggestion.text)


def test_hostile_suite_is_large_enough():
    assert len(HOSTILE) >= 60
    assert sum(any("\u4e00" <= c <= "\u9fff" for c in m) for m, _, _ in HOSTILE) >= 25
