"""Short Chinese labels the window shows for intents, churn reasons and connection states."""

from __future__ import annotations

from copilot.core.records import QUESTION_INTENTS

INTENT = {
    "price": "价格",
    "discount": "优惠",
    "stock": "库存",
    "shipping": "物流",
    "size": "规格",
    "spec": "参数",
    "usage": "用法",
    "after_sales": "售后",
    "order_status": "订单",
    "link": "链接",
    "other_question": "提问",
    "greeting": "问候",
    "praise": "夸赞",
    "purchase_signal": "已下单",
    "complaint_stream": "卡顿",
    "complaint_service": "没人回",
}

CHURN = {
    "unanswered": "没人回",
    "experience": "卡顿",
    "competitor": "去别家",
    "not_target": "非目标",
    "fatigue": "自然离开",
}

STATE = {
    "connecting": ("连接中", "warn"),
    "connected": ("已连接", "good"),
    "reconnecting": ("重连中", "warn"),
    "stopped": ("已停止", "dim"),
    "failed": ("连接失败", "bad"),
}


def intent_label(intent: str | None) -> str:
    """The badge text for an intent; empty for plain chatter or an unknown label."""
    if not intent:
        return ""
    return INTENT.get(intent, "")


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
    sign = "¥" if currency in ("CNY", "RMB", "JPY") else "$" if currency == "USD" else ""
    return f"{sign}{value:g}" if sign else f"{value:g} {currency}"


def metrics_line(m: dict[str, object]) -> str:
    """The room's figures in one line ("回答率 62% · 响应中位 48秒 · P90 95秒 · 在等 12人 ·
    流失 没人回 14 卡顿 3 …"), from ``RoomMetrics.snapshot()``."""
    asked = m.get("questions") or 0
    parts = []
    if isinstance(asked, int) and asked:
        parts.append(f"回答率 {float(m.get('answer_rate') or 0.0) * 100:.0f}%")
    if m.get("answered"):
        parts.append(f"响应中位 {float(m.get('median_response_s') or 0.0):.0f}秒")
        parts.append(f"P90 {float(m.get('p90_response_s') or 0.0):.0f}秒")
    parts.append(f"在等 {m.get('waiting') or 0}人")
    churned = m.get("churned")
    if isinstance(churned, dict) and churned:
        order = [k for k in CHURN if churned.get(k)]
        parts.append("流失 " + " ".join(f"{CHURN[k]} {churned[k]}" for k in order))
    return " · ".join(parts)
