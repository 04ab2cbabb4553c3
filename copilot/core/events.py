"""Typed session events (spec section 1): one immutable object per line of a session.

Every event keeps the fields it did not recognise in ``extra`` so that reading and
writing a session is an exact round trip, and readers can count what they ignored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, ClassVar

QOE_KEYS: tuple[str, ...] = (
    "bitrate_kbps",
    "fps",
    "target_fps",
    "dropped_frames_pct",
    "encode_lag_pct",
    "render_lag_pct",
    "congestion",
    "reconnecting",
    "cpu_pct",
    "startup_ms",
    "stall_ms",
    "av_offset_ms",
    "latency_ms",
)

VIEWER_TAGS = frozenset({"new", "returning", "follower", "member", "purchased"})
HOST_AUTHORS = frozenset({"host", "controller", "ai"})
ENGAGEMENT_TYPES = frozenset({"gift", "like", "follow", "share"})
# Seconds (~4 months). A larger t is a broken clock, not a session; it would also make
# the pipeline fire billions of periodic ticks.
MAX_T = 1e7


class EventError(ValueError):
    """An event object that does not satisfy the spec (the message says which field)."""


@dataclass(slots=True)
class Event:
    """Base of all events: ``t`` seconds since session start and the spec ``type``."""

    t: float
    extra: dict[str, Any] = field(default_factory=dict, kw_only=True)

    type: ClassVar[str] = ""

    def fields(self) -> dict[str, Any]:
        """Known fields (beyond t/type) in spec order, without absent optionals."""
        return {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"t": self.t, "type": self.type}
        out.update(self.fields())
        out.update(self.extra)
        return out


def _opt(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


@dataclass(slots=True)
class SessionStart(Event):
    room_id: str = ""
    platform: str = ""
    title: str = ""
    started_at: str = ""
    lang: str = ""

    def fields(self) -> dict[str, Any]:
        return {
            "room_id": self.room_id,
            "platform": self.platform,
            "title": self.title,
            "started_at": self.started_at,
            "lang": self.lang,
        }


@dataclass(slots=True)
class Join(Event):
    viewer_id: str = ""
    name: str | None = None
    tags: tuple[str, ...] | None = None

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"viewer_id": self.viewer_id}
        _opt(out, "name", self.name)
        if self.tags is not None:
            out["tags"] = list(self.tags)
        return out


@dataclass(slots=True)
class Leave(Event):
    viewer_id: str = ""

    def fields(self) -> dict[str, Any]:
        return {"viewer_id": self.viewer_id}


@dataclass(slots=True)
class Chat(Event):
    id: str = ""
    viewer_id: str = ""
    text: str = ""
    name: str | None = None
    reply_to: str | None = None

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "viewer_id": self.viewer_id}
        _opt(out, "name", self.name)
        out["text"] = self.text
        _opt(out, "reply_to", self.reply_to)
        return out


@dataclass(slots=True)
class HostChat(Event):
    id: str = ""
    author: str = "host"
    text: str = ""
    reply_to: str | None = None
    viewer_id: str | None = None

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "author": self.author, "text": self.text}
        _opt(out, "reply_to", self.reply_to)
        _opt(out, "viewer_id", self.viewer_id)
        return out


@dataclass(slots=True)
class Speech(Event):
    start: float = 0.0
    end: float = 0.0
    text: str = ""

    def fields(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class ProductShown(Event):
    product_id: str = ""

    def fields(self) -> dict[str, Any]:
        return {"product_id": self.product_id}


@dataclass(slots=True)
class Order(Event):
    viewer_id: str = ""
    product_id: str = ""
    qty: float = 1
    amount: float = 0

    def fields(self) -> dict[str, Any]:
        return {
            "viewer_id": self.viewer_id,
            "product_id": self.product_id,
            "qty": self.qty,
            "amount": self.amount,
        }


@dataclass(slots=True)
class Engagement(Event):
    """gift, like, follow or share; ``kind`` is the spec type."""

    kind: str = "like"
    viewer_id: str = ""
    count: float | None = None

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"viewer_id": self.viewer_id}
        _opt(out, "count", self.count)
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"t": self.t, "type": self.kind}
        out.update(self.fields())
        out.update(self.extra)
        return out


@dataclass(slots=True)
class Online(Event):
    count: int = 0

    def fields(self) -> dict[str, Any]:
        return {"count": self.count}


@dataclass(slots=True)
class Qoe(Event):
    source: str = "encoder"
    metrics: dict[str, Any] = field(default_factory=dict)

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source}
        out.update(self.metrics)
        return out


@dataclass(slots=True)
class End(Event):
    pass


for _cls, _name in (
    (SessionStart, "session"),
    (Join, "join"),
    (Leave, "leave"),
    (Chat, "chat"),
    (HostChat, "host_chat"),
    (Speech, "speech"),
    (ProductShown, "product"),
    (Order, "order"),
    (Engagement, "engagement"),
    (Online, "online"),
    (Qoe, "qoe"),
    (End, "end"),
):
    _cls.type = _name


# ------------------------------------------------------------------ parsing
def _num(d: dict[str, Any], key: str, required: bool = True, default: float = 0.0) -> Any:
    v = d.get(key)
    if v is None:
        if required:
            raise EventError(f"missing number '{key}'")
        return default
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not _finite(v):
        raise EventError(f"'{key}' is not a finite number")
    return v


def _finite(v: float) -> bool:
    """math.isfinite, but an int too large for a float (10**400) is not finite either."""
    try:
        return math.isfinite(v)
    except OverflowError:
        return False


def _ident(d: dict[str, Any], key: str, required: bool = True) -> str | None:
    v = d.get(key)
    if v is None:
        if required:
            raise EventError(f"missing '{key}'")
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    raise EventError(f"'{key}' is not a string")


def _text(d: dict[str, Any], key: str, required: bool = True) -> str | None:
    v = d.get(key)
    if v is None:
        if required:
            raise EventError(f"missing text '{key}'")
        return None
    if not isinstance(v, str):
        raise EventError(f"'{key}' is not a string")
    return v


_KNOWN_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _split(d: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    """The fields of ``d`` that the spec does not define for its type (usually none)."""
    ks = _KNOWN_SETS.get(known)
    if ks is None:
        ks = _KNOWN_SETS[known] = frozenset(known) | {"t", "type"}
    if d.keys() <= ks:
        return {}
    return {k: v for k, v in d.items() if k not in ks}


def from_dict(d: Any) -> Event:
    """Build the typed event for one decoded JSON object; raise EventError if invalid.

    Unknown types raise ``UnknownType`` (a subclass), so callers can count them apart.
    """
    if not isinstance(d, dict):
        raise EventError("line is not a JSON object")
    t = _num(d, "t")
    if abs(t) > MAX_T:
        raise EventError(f"'t' is out of range (over {MAX_T:.0f} s)")
    typ = d.get("type")
    if not isinstance(typ, str):
        raise EventError("missing 'type'")
    builder = _BUILDERS.get(typ)
    if builder is None:
        raise UnknownType(typ)
    return builder(t, typ, d)


class UnknownType(EventError):
    """A well-formed object whose ``type`` the spec does not define."""

    def __init__(self, typ: str) -> None:
        super().__init__(f"unknown type {typ[:40]!r}")
        self.typ = typ


def _b_session(t: float, typ: str, d: dict[str, Any]) -> Event:
    k = ("room_id", "platform", "title", "started_at", "lang")
    return SessionStart(
        t,
        room_id=_ident(d, "room_id", False) or "",
        platform=_text(d, "platform", False) or "",
        title=_text(d, "title", False) or "",
        started_at=_text(d, "started_at", False) or "",
        lang=_text(d, "lang", False) or "",
        extra=_split(d, k),
    )


def _tags(d: dict[str, Any]) -> tuple[str, ...] | None:
    v = d.get("tags")
    if v is None:
        return None
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise EventError("'tags' is not a list of strings")
    return tuple(v)


def _b_join(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Join(
        t,
        viewer_id=_ident(d, "viewer_id") or "",
        name=_text(d, "name", False),
        tags=_tags(d),
        extra=_split(d, ("viewer_id", "name", "tags")),
    )


def _b_leave(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Leave(t, viewer_id=_ident(d, "viewer_id") or "", extra=_split(d, ("viewer_id",)))


def _b_chat(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Chat(
        t,
        id=_ident(d, "id") or "",
        viewer_id=_ident(d, "viewer_id") or "",
        text=_text(d, "text") or "",
        name=_text(d, "name", False),
        reply_to=_ident(d, "reply_to", False),
        extra=_split(d, ("id", "viewer_id", "name", "text", "reply_to")),
    )


def _b_host_chat(t: float, typ: str, d: dict[str, Any]) -> Event:
    return HostChat(
        t,
        id=_ident(d, "id") or "",
        author=_text(d, "author", False) or "host",
        text=_text(d, "text") or "",
        reply_to=_ident(d, "reply_to", False),
        viewer_id=_ident(d, "viewer_id", False),
        extra=_split(d, ("id", "author", "text", "reply_to", "viewer_id")),
    )


def _b_speech(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Speech(
        t,
        start=_num(d, "start", False, t),
        end=_num(d, "end", False, t),
        text=_text(d, "text") or "",
        extra=_split(d, ("start", "end", "text")),
    )


def _b_product(t: float, typ: str, d: dict[str, Any]) -> Event:
    return ProductShown(
        t, product_id=_ident(d, "product_id") or "", extra=_split(d, ("product_id",))
    )


def _b_order(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Order(
        t,
        viewer_id=_ident(d, "viewer_id") or "",
        product_id=_ident(d, "product_id") or "",
        qty=_num(d, "qty", False, 1),
        amount=_num(d, "amount", False, 0),
        extra=_split(d, ("viewer_id", "product_id", "qty", "amount")),
    )


def _b_engagement(t: float, typ: str, d: dict[str, Any]) -> Event:
    count = d.get("count")
    if count is not None:
        count = _num(d, "count")
    return Engagement(
        t,
        kind=typ,
        viewer_id=_ident(d, "viewer_id", False) or "",
        count=count,
        extra=_split(d, ("viewer_id", "count")),
    )


def _b_online(t: float, typ: str, d: dict[str, Any]) -> Event:
    return Online(t, count=_num(d, "count"), extra=_split(d, ("count",)))


def _b_qoe(t: float, typ: str, d: dict[str, Any]) -> Event:
    metrics: dict[str, Any] = {}
    for k in QOE_KEYS:
        if k in d:
            v = d[k]
            if k == "reconnecting":
                if not isinstance(v, bool):
                    raise EventError("'reconnecting' is not a boolean")
            elif v is not None:
                _num(d, k)
            metrics[k] = v
    return Qoe(
        t,
        source=_text(d, "source", False) or "encoder",
        metrics=metrics,
        extra=_split(d, ("source",) + QOE_KEYS),
    )


def _b_end(t: float, typ: str, d: dict[str, Any]) -> Event:
    return End(t, extra=_split(d, ()))


_BUILDERS = {
    "session": _b_session,
    "join": _b_join,
    "leave": _b_leave,
    "chat": _b_chat,
    "host_chat": _b_host_chat,
    "speech": _b_speech,
    "product": _b_product,
    "order": _b_order,
    "gift": _b_engagement,
    "like": _b_engagement,
    "follow": _b_engagement,
    "share": _b_engagement,
    "online": _b_online,
    "qoe": _b_qoe,
    "end": _b_end,
}
