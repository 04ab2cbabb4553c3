"""The room's figures line above the waiting queue, from ``RoomMetrics.snapshot()``."""

from copilot.core.tracking.metrics import RoomMetrics
from copilot.ui.labels import metrics_line


def test_a_fresh_room_says_only_who_waits():
    assert metrics_line(RoomMetrics().snapshot()) == "在等 0人"


def test_the_line_carries_rate_response_times_waiting_and_churn_by_reason():
    line = metrics_line({
        "questions": 40, "answered": 25, "answer_rate": 0.625, "median_response_s": 48.2,
        "p90_response_s": 95.0, "waiting": 12,
        "churned": {"fatigue": 30, "unanswered": 14, "experience": 3},
    })  # fmt: skip
    assert line == (
        "回答率 62% · 响应中位 48秒 · P90 95秒 · 在等 12人 · 流失 没人回 14 卡顿 3 自然离开 30"
    )
