"""Why a viewer left (spec "Churn reasons"), decided at the moment they leave.

Precedence when several apply: competitor, unanswered, experience, not_target, fatigue.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_TARGET_S = 10.0


@dataclass(slots=True)
class ViewerNotes:
    """What the tracking stage remembers about a present viewer beyond the room's record."""

    acted: bool = False  # said or did anything (chat, like, gift, follow, share, order)
    competitor: bool = False  # said they will buy elsewhere
    competitor_at: float | None = None  # when they last did
    complained_service: bool = False  # complained about being ignored
    complained_at: float | None = None  # when they last did
    complained_stream_at: float | None = None  # last complaint about the stream
    asked: int = 0  # questions asked
    repeats: int = 0  # questions asked while another was still waiting
    answered: int = 0  # questions of theirs the host has answered
    content_at: float | None = None  # last praise or purchase message


def churn_reason(
    notes: ViewerNotes | None,
    waiting: int,
    joined_at: float | None,
    left_at: float,
    stream_trouble: bool,
) -> str:
    """The spec's churn reason for a viewer leaving at ``left_at``."""
    n = notes or ViewerNotes()
    if n.competitor:
        return "competitor"
    if waiting or n.complained_service:
        return "unanswered"
    if stream_trouble or n.complained_stream_at is not None:
        return "experience"
    stayed = left_at - joined_at if joined_at is not None else None
    if stayed is not None and stayed <= NOT_TARGET_S and not n.acted:
        return "not_target"
    return "fatigue"
