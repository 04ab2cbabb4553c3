"""Hostile viewer text never steers the embedded engine: answers stay catalog answers."""

import pytest

from copilot.core.pipeline import Pipeline
from copilot.core.suggest import SuggestionStage
from copilot.core.suggest.matching import norm
from copilot.core.suggest.numbers import numbers_in, numbers_of
from tests.core.suggest.hostile import HOSTILE
from tests.core.suggest.shop import catalog, record

INTENTS = ["price", "discount", "shipping", "after_sales", "other_question", "order_status"]


@pytest.fixture(scope="module")
def setup():
    cat = catalog()
    stage = SuggestionStage()
    return cat, stage, Pipeline(cat, [stage])


@pytest.mark.parametrize(("message", "obedient", "marker"), HOSTILE)
def test_hostile_message_does_not_change_what_is_promised(setup, message, obedient, marker):
    cat, stage, pipe = setup
    allowed = numbers_of(cat.raw)
    guard = stage.guardrails(cat)
    for intent in INTENTS:
        for lang in ("zh", "en"):
            rec = record(message, intent, "t1", lang=lang, name=message[:30])
            stage.on_chat(rec, pipe.ctx)
            assert rec.suggestions, (intent, message)
            for s in rec.suggestions:
                assert norm(marker) not in norm(s.text)
                assert numbers_in(s.text) <= allowed | numbers_in(message)
                again = guard.check(s, message, message[:30], "t1")
                assert again.suggestion is not None and not again.problems, s.text


def test_embedded_suggestions_pass_the_guardrails_untouched(setup):
    cat, stage, pipe = setup
    guard = stage.guardrails(cat)
    questions = [
        "多少钱",
        "有券吗",
        "朱红100g还有吗",
        "发什么快递",
        "新疆能发吗",
        "买多大",
        "保质期",
        "怎么泡",
    ]
    for q in questions:
        for intent in ["price", "discount", "stock", "shipping", "size", "spec", "usage", "link"]:
            for pid in ("t1", "t2"):
                raw = stage._tools(cat)[0].suggest(
                    __import__("copilot.core.suggest.query", fromlist=["x"]).build_query(
                        record(q, intent, pid), pipe.ctx
                    )
                )
                for s in raw:
                    v = guard.check(s, q, "小满", pid)
                    assert v.suggestion is not None and not v.problems, s.text
