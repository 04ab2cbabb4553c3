"""Vietnamese chat shorthand reads as the English the rules know, and hosts' Vietnamese
numbers read as figures."""

from __future__ import annotations

import pytest

from copilot.core.tracking.numbers import normalize
from copilot.core.understanding.vietnamese import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("kem nay gia bn vay c", "price"),
        ("giá bao nhiêu shop", "price"),
        ("con hang ko shop", "stock"),
        ("da nhay cam xai dc ko", "usage"),
        ("co ma giam ko shop", "discount"),
        ("chot 2 hu nha c", "purchase_signal"),
        ("don e dat tuan truoc chua toi", "order_status"),
        ("hoi 3 lan r ko ai tl", "complaint_service"),
        ("doi tra sao shop", "after_sales"),
    ],
)
def test_vietnamese_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "thats not my order ko",
        "order ko po",
        "is it a con",
        "the tone is great",
        "live stop e don hang",
        "heater with dc pump",
        "the dc motor is quiet",
    ],
)
def test_other_languages_are_left_alone(text: str) -> None:
    assert to_english(text) == text


@pytest.mark.parametrize(
    ("said", "figure"),
    [
        ("giá hôm nay ba trăm hai mươi chín nghìn", "329000"),
        ("niêm yết một trăm tám lăm nghìn", "185000"),
        ("đơn từ hai trăm chín chín k là freeship", "299000"),
        ("còn tám mươi sáu chai", "86"),
        ("giỏ hàng số hai nha", "link 2"),
        ("pê hát khoảng ba phẩy ba", "3.3"),
        ("hạn dùng hai năm", "2 years"),
    ],
)
def test_hosts_vietnamese_numbers_read_as_figures(said: str, figure: str) -> None:
    assert figure in normalize(said)
