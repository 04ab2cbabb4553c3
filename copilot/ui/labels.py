"""Short labels the window shows for intents, churn reasons, connection states and the room's
figures, in the window's language (``words.py``)."""

from __future__ import annotations

from copilot.core.records import QUESTION_INTENTS
from copilot.ui.words import kinds, t, t_or

CHURN = kinds("churn")  # the order the figures line lists them in
STATE = {
    "connecting": "warn",
    "connected": "good",
    "reconnecting": "warn",
    "stopped": "dim",
    "failed": "bad",
}


def state_label(state: str) -> tuple[str, str]:
    """(the pill's words, its colour role) for a connection state."""
    role = STATE.get(state)
    return (t(f"state.{state}"), role) if role else (state, "dim")


def churn_label(reason: str) -> str:
    return t_or(f"churn.{reason}", reason)


def intent_label(intent: str | None) -> str:
    """The badge text for an intent; empty for plain chatter or an unknown label."""
    return t_or(f"intent.{intent}", "") if intent else ""


def is_question(intent: str | None) -> bool:
    return intent in QUESTION_INTENTS


def clock_text(seconds: float) -> str:
    """Session time as m:ss or h:mm:ss."""
    s = max(0, int(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def money(value: float | None, currency: str = "CNY") -> str:
    if value is None:
        return "—"
    sign = {"CNY": "¥", "RMB": "¥", "JPY": "¥", "USD": "$", "GBP": "£", "EUR": "€"}.get(
        currency, ""
    )
    return f"{sign}{value:g}" if sign else f"{value:g} {currency}"


def _num(x: object) -> float:
    return float(x) if isinstance(x, (int, float)) else 0.0


def metrics_line(m: dict[str, object]) -> str:
    """The room's figures in one line ("回答率 62% · 响应中位 48秒 · P90 95秒 · 在等 12人 ·
    流失 没人回 14 卡顿 3 …"), from ``RoomMetrics.snapshot()``."""
    asked = m.get("questions") or 0
    parts = []
    if isinstance(asked, int) and asked:
        parts.append(t("m.answer_rate", pct=f"{_num(m.get('answer_rate')) * 100:.0f}"))
    if m.get("answered"):
        parts.append(t("m.median", s=f"{_num(m.get('median_response_s')):.0f}"))
        parts.append(t("m.p90", s=f"{_num(m.get('p90_response_s')):.0f}"))
    parts.append(t("m.waiting", n=m.get("waiting") or 0))
    churned = m.get("churned")
    if isinstance(churned, dict) and churned:
        order = [k for k in CHURN if churned.get(k)]
        parts.append(
            t("m.churned") + " " + " ".join(f"{churn_label(k)} {churned[k]}" for k in order)
        )
    return " · ".join(parts)
