"""Fitted churn-risk parameters (written by benchmarks/calibrate_risk.py; do not edit by hand)."""

PARAMS = {
    "impatient": 0.446,
    "shape": 1.933,
    "scale_s": 109.3,
    "hot": 0.609,
    "warm": 0.7765,
    "new": 0.8186,
    "loyal": 1.35,
    "content": 1.132,
    "served": 1.58,
    "burn": 1.187,
    "misread": 0.3782,
    "repeat_lr": 7.223,
    "complaint_lr": 400.8,
    "answer_rate": 0.002373,
    "answer_room": 0.8383,
    "presented": 3.709,
    "reply_only": 0.000625,
    "fatigue_rate": 0.0003687,
    "fatigue_loyal": 0.266,
}
