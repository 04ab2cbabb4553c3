"""Chinese numerals: one parser for the guardrails and the answered tracking."""

import pytest

from copilot.core.numerals import cn_value


@pytest.mark.parametrize(
    "run, value",
    [("两百九十九", 299), ("二十四", 24), ("三百五", 350), ("一万二", 12000), ("二零二六", 2026),
     ("一百零五", 105), ("十", 10), ("三", 3), ("三五", 35), ("五十三四", None), ("", None)],
)  # fmt: skip
def test_values(run, value):
    assert cn_value(run) == value


def test_overlong_runs_are_not_numbers():
    assert cn_value("一" * 41) is None and cn_value("一" * 21, max_len=20) is None
