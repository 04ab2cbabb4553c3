"""Number extraction: every script's digits, decimals, thousands, Chinese numerals >= 10."""

import pytest

from copilot.core.suggest.numbers import chinese_numeral, numbers_in, numbers_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到手价299元", {"299"}),
        ("现在１９９", {"199"}),  # full-width digits
        ("price ٢٤ now", {"24"}),  # Arabic-Indic digits
        ("only $17.99 today", {"17.99"}),
        ("1,299 in total", {"1299"}),
        ("sizes 3,5 left", {"3", "5"}),  # a list, not 35
        ("299.00", {"299"}),
        ("两百九十九块", {"299"}),
        ("二十四小时发货", {"24"}),
        ("一万二", {"12000"}),
        ("三百五", {"350"}),
        ("一百零五", {"105"}),
        ("二零二六年", {"2026"}),
        ("十天", set()),  # a single character is below the threshold of a run
        ("一点点，两件", set()),
        ("千万别错过，万一没了", set()),  # set phrases
        ("", set()),
    ],
)
def test_numbers_in(text, expected):
    assert numbers_in(text) == expected


def test_chinese_numeral_rejects_digit_lists():
    assert chinese_numeral("三四十") is None
    assert chinese_numeral("十五") == 15
    assert chinese_numeral("一亿") == 100_000_000


def test_numbers_of_walks_values_and_strings():
    got = numbers_of({"a": 459, "b": [17.99, "约680g"], "c": {"d": "满399减40"}, "e": True})
    assert got == {"459", "17.99", "680", "399", "40"}


def test_hostile_text_never_raises():
    assert numbers_in("\ud800" * 5 + "9" * 500 + "\u202e") != set()
    assert numbers_in("十" * 100) == set()
