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
