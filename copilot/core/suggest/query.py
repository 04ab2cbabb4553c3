"""One question with all both engines may use: product, viewer, earlier messages, host speech.

Built from the record and the room before the message joins the room's history, so
``earlier`` holds only what the viewer said before this question.
"""

from __future__ import annotations

from collections.abc import Reversible
from dataclasses import dataclass, field

from copilot.core.catalog import Catalog, Product
from copilot.core.events import Speech
from copilot.core.pipeline import Context
from copilot.core.records import MessageRecord
from copilot.core.suggest.safe_text import safe_name

SPEECH_WINDOW_S = 120.0
EARLIER_MAX = 4
SPEECH_MAX = 3


@dataclass(slots=True)
class Query:
    message_id: str
    text: str
    lang: str
    intent: str
    product: Product | None
    name: str = ""
    raw_name: str = ""
    earlier: list[str] = field(default_factory=list)
    repeat: bool = False
    speech: list[str] = field(default_factory=list)
    on_screen: Product | None = None


def build_query(rec: MessageRecord, ctx: Context) -> Query:
    cat: Catalog = ctx.catalog
    room = ctx.room
    viewer = room.viewers.get(rec.viewer_id)
    raw_name = rec.chat.name or (viewer.name if viewer else None) or ""
    earlier_recs = list(room.by_viewer.get(rec.viewer_id, ()))[-EARLIER_MAX:]
    repeat = any(
        e.is_question and e.intent == rec.intent and e.product_id == rec.product_id and e.waiting
        for e in earlier_recs
    )
    speech = _recent_speech(room.speech, rec.t)
    return Query(
        message_id=rec.id,
        text=rec.chat.text if isinstance(rec.chat.text, str) else "",
        lang="en" if rec.lang == "en" else "zh",
        intent=rec.intent,
        product=cat.product(rec.product_id),
        name=safe_name(raw_name),
        raw_name=raw_name if isinstance(raw_name, str) else "",
        earlier=[e.chat.text for e in earlier_recs if isinstance(e.chat.text, str)],
        repeat=repeat,
        speech=speech,
        on_screen=cat.product(room.product_on_screen),
    )


def _recent_speech(speech: Reversible[Speech], t: float) -> list[str]:
    """The last ``SPEECH_MAX`` speech texts within ``SPEECH_WINDOW_S`` of ``t``, in order."""
    out: list[str] = []
    for s in reversed(speech):
        if t - s.t <= SPEECH_WINDOW_S:
            out.append(s.text)
            if len(out) == SPEECH_MAX:
                break
    out.reverse()
    return out
