# ruff: noqa: E501
"""Any string gets a valid label without an exception (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copilot.core.catalog import catalog_from_dict
from copilot.core.records import INTENTS, QUESTION_INTENTS
from copilot.core.understanding.normalize import MAX_CHARS, normalize
from tests.core.understanding.conftest import CATALOG, Room

_ROOM = Room(catalog_from_dict(CATALOG))
# Code points from all planes, including lone surrogates, controls and bidi overrides.
_ANY = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=300)
_NASTY = st.sampled_from(
    [
        "\u202e",
        "\u200b",
        "\x00",
        "\ud800",
        "\udfff",
        "\u0301" * 50,
        "？？？",
        "ｌｉｎｋ ３",
        "3号",
        "🤣",
        "吗",
    ]
)


def _check(text: str) -> None:
    rec = _ROOM.say(text, viewer="fuzz")
    assert rec.intent in INTENTS
    assert rec.is_question == (rec.intent in QUESTION_INTENTS)
    assert rec.product_id is None or rec.product_id in {"k1", "k2", "k3"}
    assert rec.lang in ("zh", "en")
    assert isinstance(rec.signals, frozenset)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY)
def test_any_text_gets_a_label(text):  # type: ignore[no-untyped-def]
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_NASTY, _ANY), max_size=20).map("".join))
def test_mixed_hostile_fragments(text):  # type: ignore[no-untyped-def]
    _check(text)


def test_huge_and_empty_texts():
    for text in ["", " ", "多少钱" * 40_000, "a" * 100_000, "z̴̡̛̛a̷l̸g̶o̵" * 1000, "\u202e已拍\u202c"]:
        _check(text)
    assert len(normalize("多" * 100_000)) <= MAX_CHARS


def test_normalize_folds_width_case_and_script():
    assert normalize("ＨＯＷ ＭＵＣＨ？？？") == "how much??"
    assert normalize("這件還有貨嗎") == "这件还有货吗"
    assert normalize("a\u200bb\u202ec\x00") == "abc"
