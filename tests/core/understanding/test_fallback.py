"""The learnt second opinion: only where the rules were unsure, and only when it is sure."""

from __future__ import annotations

import pytest

from copilot.core.records import INTENTS
from copilot.core.understanding import fallback, stage


def test_ngrams_are_those_of_char_wb() -> None:
    # each word padded with a space, n = 1..3, as scikit-learn's char_wb analyser
    assert fallback.ngrams("ab") == {" ", "a", "b", " a", "ab", "b ", " ab", "ab "}
    assert fallback.ngrams("  ") == set()


def test_the_shipped_model_loads_and_reads_intents() -> None:
    m = fallback.model()
    assert set(m.classes) <= set(INTENTS) and len(m.classes) >= 15
    intent, p = m.predict("多久能养好")
    assert intent in m.classes and 0.0 < p <= 1.0
    assert m.predict("x" * 10_000)[0] in m.classes  # long junk costs a set of n-grams, no error


def test_strong_rule_evidence_is_never_asked_again() -> None:
    assert fallback.second_opinion("spec", {"spec": 5.0}, "多久能养好") == "spec"
    assert fallback.second_opinion("price", {}, "多久能养好") == "price"
    assert fallback.second_opinion("chatter", {}, "多久能养好") == "chatter"


@pytest.mark.parametrize(
    ("typed", "rules", "learnt"),
    [
        ("多久能养好", "other_question", "usage"),
        ("炖锅放几年", "other_question", "spec"),
        ("which one for a family of 5", "other_question", "size"),
        ("要不要先开锅啊", "spec", "usage"),
    ],
)
def test_questions_no_rule_places_get_the_models_reading(  # type: ignore[no-untyped-def]
    room, monkeypatch, typed: str, rules: str, learnt: str
) -> None:
    assert room.say(typed).intent == learnt
    monkeypatch.setattr(stage, "second_opinion", lambda intent, scores, masked, link: intent)
    assert room.say(typed, viewer="v2").intent == rules


def test_the_model_says_link_only_where_a_link_was_named(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "是 § 还是落地灯": § may be a product or a link number; a model sure of "link" (as
    # one retrain was, and another may be) is heeded only where a link number was named
    class SureOfLink:
        def predict(self, text: str) -> tuple[str, float]:
            return "link", 0.9

    monkeypatch.setattr(fallback, "model", lambda: SureOfLink())
    masked = "是 § 还是落地灯"
    assert fallback.second_opinion("spec", {}, masked, named_link=False) == "spec"
    assert fallback.second_opinion("spec", {}, masked, named_link=True) == "link"


def test_two_things_named_are_left_to_the_rules() -> None:
    assert fallback.second_opinion("spec", {}, " § 还是 § ", named_link=True) == "spec"


_PREDICT = """
import sys
from copilot.core.understanding import fallback
from copilot.core.understanding.normalize import normalize
model = fallback.model()
for t in ["do the foam tips fit the pods pro", "会缠头发吗", "wat grind fo french press", "ok?"]:
    print(repr(model.predict(normalize(t))))
"""


def test_the_second_opinion_reads_alike_whatever_the_string_hashing() -> None:
    """Python orders a set of strings by a hash seeded afresh in every process; the model's
    sums must not follow that order, or a near tie reads differently from run to run."""
    import os
    import subprocess
    import sys

    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _PREDICT], env=env, capture_output=True, text=True, check=True
        )
        outs.add(done.stdout)
    assert len(outs) == 1, outs
