"""The window's words in English and Chinese: one table, one language for the whole window.

Hosts of English rooms (TikTok Shop, Whatnot) and of Chinese rooms use the same window; the
language comes from the settings (``language``) or ``--lang`` and is set once, before the
window is built. Keys name what is said; values fill ``{name}`` slots. Chat text, names and
the shop's own catalog are shown as they are, in whatever language they were written.
"""

from __future__ import annotations

LANGS = ("zh", "en")

# key → (English, Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    # intents (badges)
    "intent.price": ("price", "价格"),
    "intent.discount": ("deal", "优惠"),
    "intent.stock": ("stock", "库存"),
    "intent.shipping": ("shipping", "物流"),
    "intent.size": ("size", "规格"),
    "intent.spec": ("spec", "参数"),
    "intent.usage": ("usage", "用法"),
    "intent.after_sales": ("returns", "售后"),
    "intent.order_status": ("order", "订单"),
    "intent.link": ("link", "链接"),
    "intent.other_question": ("question", "提问"),
    "intent.greeting": ("hello", "问候"),
    "intent.praise": ("praise", "夸赞"),
    "intent.purchase_signal": ("bought", "已下单"),
    "intent.complaint_stream": ("lag", "卡顿"),
    "intent.complaint_service": ("ignored", "没人回"),
    # churn reasons
    "churn.unanswered": ("unanswered", "没人回"),
    "churn.experience": ("stream", "卡顿"),
    "churn.competitor": ("elsewhere", "去别家"),
    "churn.not_target": ("not audience", "非目标"),
    "churn.fatigue": ("drifted off", "自然离开"),
    # connection states
    "state.connecting": ("connecting", "连接中"),
    "state.connected": ("connected", "已连接"),
    "state.reconnecting": ("reconnecting", "重连中"),
    "state.stopped": ("stopped", "已停止"),
    "state.failed": ("failed", "连接失败"),
    # QoE incident kinds
    "qoe.stall": ("stalling", "卡顿"),
    "qoe.reconnect": ("reconnecting", "重连"),
    "qoe.freeze": ("frozen", "冻结"),
    "qoe.av_sync": ("A/V out of sync", "音画不同步"),
    "qoe.low_fps": ("low fps", "掉帧"),
    "qoe.congestion": ("congested", "网络拥塞"),
    # room figures
    "m.answer_rate": ("answered {pct}%", "回答率 {pct}%"),
    "m.median": ("median reply {s} s", "响应中位 {s}秒"),
    "m.p90": ("P90 {s} s", "P90 {s}秒"),
    "m.waiting": ("{n} waiting", "在等 {n}人"),
    "m.churned": ("left:", "流失"),
    # chat column
    "chat.title": ("Live chat", "实时弹幕"),
    "chat.wrap": ("Wrap lines", "换行显示"),
    "chat.paused_n": ("paused · {n} new", "已暂停 · {n} 条新消息"),
    "chat.paused": ("scrolling paused", "已暂停滚动"),
    "chat.answered": ("✓ answered", "✓ 已答"),
    "chat.waiting": ("● waiting", "● 待答"),
    "chat.rate": ("{n} msgs · {rate}/s", "{n} 条 · {rate} 条/秒"),
    # header
    "head.room": ("Live room", "直播间"),
    "head.no_product": ("no product on screen yet", "尚未上架商品"),
    "head.online": ("Online", "在线"),
    "head.present": ("In room", "在场观众"),
    "head.orders": ("Orders", "订单"),
    "head.clock": ("Time", "场次时间"),
    "head.health_ok": ("Stream · OK", "画面 · 正常"),
    "head.health": ("Stream · {kind}", "画面 · {kind}"),
    "head.link": ("link {n}", "{n}号链接"),
    "head.live_price": ("Live {price}", "直播价 {price}"),
    "head.list_price": ("list {price}", "原价 {price}"),
    "head.stock": ("stock {n}", "库存 {n}"),
    "head.coupon": ("Deal: {text}", "优惠：{text}"),
    # waiting queue
    "wait.title": ("Waiting · churn risk", "待回答 · 流失风险"),
    "wait.viewer": ("Viewer", "观众"),
    "wait.risk": ("Risk", "风险"),
    "wait.reason": ("Why", "原因"),
    "wait.question": ("Question", "问题"),
    "wait.empty": ("Nobody is waiting for an answer", "暂无等待中的提问"),
    "wait.risk_tip": (
        "Chance this viewer leaves within 120 s still without an answer",
        "这位观众120秒内仍没等到回答就离开的概率",
    ),
    # suggestion panel
    "sug.title": ("Suggested reply", "建议回复"),
    "sug.pick": (
        "Click a chat message or a waiting question to see a suggested reply",
        "点选一条弹幕或待回答的提问，查看建议回复",
    ),
    "sug.copy": ("Copy reply", "复制回复"),
    "sug.dismiss": ("Skip", "忽略"),
    "sug.dismiss_tip": (
        "Don't answer this one: stop suggesting replies for it",
        "不回答这条：停止为它生成回复",
    ),
    "sug.by_chat": ("chat reply", "聊天回复"),
    "sug.by_speech": ("said on air", "口播"),
    "sug.answered": ("answered at {t}", "已在 {t} 回答"),
    "sug.answered_how": ("answered at {t} ({how})", "已在 {t} 回答（{how}）"),
    "sug.waiting": ("Waiting for an answer", "等待回答"),
    "sug.facts": ("From: {facts}", "依据：{facts}"),
    "sug.none": ("No suggestion yet", "暂无建议回复"),
    "sug.generating": ("The model is writing…", "大模型生成中…"),
    "sug.dismissed": ("Skipped", "已忽略"),
    "sug.copied": ("Copied to the clipboard", "已复制到剪贴板"),
    # language model link
    "llm.off": ("No language model set up: built-in suggestions", "未配置大模型：使用内置建议"),
    "llm.bad_settings": (
        "Settings file has an error, using built-in suggestions: {why}",
        "设置文件有误，已用内置建议：{why}",
    ),
    "llm.no_lib": (
        "The openai library is missing, using built-in suggestions "
        "(pip install 'host-copilot[llm]')",
        "缺少 openai 库，已用内置建议（pip install 'host-copilot[llm]'）",
    ),
    "llm.on": ("Language model: {model}", "大模型：{model}"),
    "llm.ok": ("Refined by the language model", "大模型已润色"),
    "llm.timeout": ("The model timed out; built-in suggestion kept", "大模型超时，保留内置建议"),
    "llm.malformed": (
        "The model's answer was malformed; built-in suggestion kept",
        "大模型输出格式不对，保留内置建议",
    ),
    "llm.rejected": (
        "The model's reply failed the fact check; built-in suggestion kept",
        "大模型回复未通过核查，保留内置建议",
    ),
    "llm.cancelled": ("Cancelled", "已取消"),
    "llm.error": (
        "The model is unavailable; built-in suggestion kept",
        "大模型不可用，保留内置建议",
    ),
    # status bar
    "status.events": (" · events {n}", " · 事件 {n}"),
    "status.messages": (" · chat {n}{errors}", " · 弹幕 {n}{errors}"),
    "status.errors": (" · processing errors {n}", " · 处理出错 {n}"),
    "demo.source": ("demo replay", "演示回放"),
}

_current = {"lang": "zh"}


def set_language(lang: str) -> str:
    """Use ``lang`` ("zh" or "en"; anything else: Chinese) from now on; returns it."""
    _current["lang"] = lang if lang in LANGS else "zh"
    return _current["lang"]


def language() -> str:
    return _current["lang"]


def t_or(key: str, fallback: str) -> str:
    """``key`` in the window's language, or ``fallback`` (shown as given) when the table has
    no such word: a kind of incident or a status that arrived after this table was written."""
    return t(key) if key in TEXTS else fallback


def kinds(prefix: str) -> tuple[str, ...]:
    """The names under ``prefix`` ("churn" → "unanswered", …), in table order."""
    head = prefix + "."
    return tuple(k[len(head) :] for k in TEXTS if k.startswith(head))


def t(key: str, **values: object) -> str:
    """``key`` in the window's language, its ``{name}`` slots filled from ``values``."""
    en, zh = TEXTS[key]
    text = zh if _current["lang"] == "zh" else en
    return text.format(**values) if values else text
