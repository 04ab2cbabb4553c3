"""Turns untrusted WebSocket frames (one spec event per text frame) into core events.

Shared by the listening and the connecting WebSocket sources: every bad frame is
counted by kind and explained (the source sends the reason back to the peer);
live events without ``t`` are stamped from the source's clock, ``t`` never goes
back, and chat / host_chat ids already seen are dropped as duplicates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from copilot.core.clock import Clock
from copilot.core.events import MAX_T, Chat, Event, EventError, HostChat, UnknownType, from_dict
from copilot.core.jsonl import TooDeep, loads_strict
from copilot.sources.recent_ids import RecentIds

MAX_FRAME_BYTES = 1 << 20
MAX_PROBLEMS = 50


class FrameError(ValueError):
    """A frame that carries no usable event; the message is what the sender is told."""


@dataclass
class FrameStats:
    """What a source received: good events and every kind of bad frame, counted."""

    frames: int = 0
    events: int = 0
    stamped: int = 0  # events that came without t
    clamped: int = 0  # events whose t went back in time, moved forward
    duplicates: int = 0
    unknown_types: int = 0
    malformed: int = 0  # not JSON, not an object, or fields of the wrong type
    binary: int = 0
    oversized: int = 0
    invalid_utf8: int = 0
    too_deep: int = 0
    auth_failures: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return self.malformed + self.binary + self.oversized + self.invalid_utf8 + self.too_deep

    def note(self, why: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(why)

    def summary(self, lang: str = "en") -> str:
        zh = lang == "zh"
        parts = [f"{self.frames} 帧 {self.events} 个事件" if zh
                 else f"{self.events} events from {self.frames} frames"]  # fmt: skip
        for name in ("malformed", "binary", "oversized", "invalid_utf8", "too_deep"):
            n = getattr(self, name)
            if n:
                parts.append(f"{_ZH_COUNTS[name]} {n}" if zh else f"{n} {name.replace('_', ' ')}")
        for name, n, en in (
            ("unknown_types", self.unknown_types, "of unknown type"),
            ("duplicates", self.duplicates, "duplicates dropped"),
            ("auth_failures", self.auth_failures, "refused (token)"),
        ):
            if n:
                parts.append(f"{_ZH_COUNTS[name]} {n}" if zh else f"{n} {en}")
        return ("，" if zh else ", ").join(parts)


_ZH_COUNTS = {
    "malformed": "格式错误",
    "binary": "二进制帧",
    "oversized": "超长帧",
    "invalid_utf8": "非 UTF-8",
    "too_deep": "嵌套过深",
    "unknown_types": "未知类型",
    "duplicates": "重复已丢弃",
    "auth_failures": "令牌被拒",
}


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


class FrameDecoder:
    """Decodes frames in arrival order for one source (one clock, one id memory)."""

    def __init__(
        self,
        clock: Clock,
        stats: FrameStats | None = None,
        max_bytes: int = MAX_FRAME_BYTES,
        recent_ids: int = 100_000,
    ) -> None:
        self.clock = clock
        self.stats = stats if stats is not None else FrameStats()
        self.max_bytes = max_bytes
        self.recent = RecentIds(recent_ids)
        self.last_t = 0.0

    def _fail(self, kind: str, why: str) -> FrameError:
        setattr(self.stats, kind, getattr(self.stats, kind) + 1)
        self.stats.note(why)
        return FrameError(why)

    def decode(self, data: str | bytes) -> Event | None:
        """The frame's event; None for a frame ignored on purpose (duplicate, unknown type).

        Raises FrameError (already counted) for a frame that is wrong.
        """
        st = self.stats
        st.frames += 1
        if not isinstance(data, str):
            raise self._fail("binary", "binary frames are not accepted: send JSON text frames")
        if len(data) * 4 > self.max_bytes and (size := _utf8_len(data)) > self.max_bytes:
            raise self._fail("oversized", f"frame too large ({size} bytes > {self.max_bytes})")
        try:
            obj = loads_strict(data)
        except TooDeep as e:
            raise self._fail("too_deep", str(e)) from None
        except EventError as e:
            raise self._fail("malformed", str(e)) from None
        if not isinstance(obj, dict):
            raise self._fail("malformed", "a frame must be one JSON object (an event)")
        if obj.get("t") is None:
            obj["t"] = max(self.clock.now(), self.last_t)
            st.stamped += 1
        try:
            ev = from_dict(obj)
        except UnknownType:
            st.unknown_types += 1
            return None
        except EventError as e:
            raise self._fail("malformed", str(e)) from None
        if ev.t > MAX_T:
            raise self._fail("malformed", f"'t' is out of range (over {MAX_T:.0f} s)")
        if ev.t < self.last_t:
            ev.t = self.last_t
            st.clamped += 1
        self.last_t = ev.t
        if isinstance(ev, Chat | HostChat) and self.recent.seen((ev.type, ev.id)):
            st.duplicates += 1
            return None
        st.events += 1
        return ev

    def error_reply(self, err: FrameError, count: int) -> str:
        """The JSON text frame telling the sender what was wrong with its frame."""
        return json.dumps({"error": str(err), "count": count}, ensure_ascii=False)
