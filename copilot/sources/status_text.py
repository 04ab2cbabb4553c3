"""The connection lines sources show, in English (logs, the command line) and Chinese (the
window): a source keeps *what* happened as a ``Line`` (a key and its values) and renders
it in the reader's language only when shown, so no caller parses English text."""

from __future__ import annotations

from dataclasses import dataclass, field

# key → (English, Chinese); values fill {name} slots, a nested Line renders in the same language
TEXTS: dict[str, tuple[str, str]] = {
    "replay_playing": ("replay playing ({speed}){bad}", "回放中（{speed}）{bad}"),
    "replay_finished": ("replay finished ({speed}){bad}", "回放结束（{speed}）{bad}"),
    "replay_closed": ("replay closed", "回放已关闭"),
    "cannot_read": ("cannot read {path}: {why}", "读不了 {path}：{why}"),
    "no_events": ("no events in {path}", "{path} 里没有事件"),
    "fastest": ("as fast as possible", "最快速度"),
    "times": ("×{speed}", "×{speed}"),
    "bad_lines": (", {n} bad lines skipped", "，跳过 {n} 行坏数据"),
    "retry": ("{why}; retry in {delay} s", "{why}；{delay} 秒后重试"),
    "connecting_to": ("connecting to {url}", "正在连接 {url}"),
    "starting": ("starting", "正在启动"),
    "connecting_again": ("connecting to {url} again", "正在重新连接 {url}"),
    "bad_url": ("bad URL: {why}", "地址有误：{why}"),
    "refused_token": (
        "refused by the bridge (HTTP {code}: check the token)",
        "桥接端拒绝连接（HTTP {code}：请检查令牌）",
    ),
    "refused": ("refused by the bridge (HTTP {code})", "桥接端拒绝连接（HTTP {code}）"),
    "cannot_connect": ("cannot connect: {why}", "连不上：{why}"),
    "connected_to": ("connected to {url}", "已连接 {url}"),
    "token_closed": (
        "the bridge refused the token (close 4001)",
        "桥接端不接受令牌（关闭码 4001）",
    ),
    "closed_by_us": ("link closed by us (code {code})", "本端关闭了连接（代码 {code}）"),
    "link_lost": ("link lost", "连接中断"),
    "closed_by_bridge": ("closed by the bridge ({code})", "桥接端关闭了连接（{code}）"),
    "internal": ("internal error: {why}", "内部错误：{why}"),
    "link_closed": ("link to {url} closed", "已断开 {url}"),
    "one_bridge": ("1 bridge on {url}", "1 个桥接端已连上 {url}"),
    "bridges_on": ("{n} bridges on {url}", "{n} 个桥接端已连上 {url}"),
    "listening": ("listening on {url}, waiting for a bridge", "正在 {url} 监听，等待桥接端"),
    "cannot_listen": ("cannot listen on {addr}: {why}", "无法在 {addr} 监听：{why}"),
    "stopped_listening": ("stopped listening on {url}", "已停止在 {url} 监听"),
    "nothing": ("", ""),
}
LANGS = ("en", "zh")


@dataclass(frozen=True, slots=True)
class Line:
    key: str
    values: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        template = TEXTS[self.key][1 if lang == "zh" else 0]
        return template.format(**{
            k: v.render(lang) if isinstance(v, Line) else v for k, v in self.values.items()
        })  # fmt: skip


def line(key: str, **values: object) -> Line:
    return Line(key, values)
