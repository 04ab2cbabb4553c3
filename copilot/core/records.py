"""What the pipeline knows about each chat message and each viewer.

Stages fill these records in place (understanding sets intent, tracking sets
answered_at, …); the window and the replay report read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copilot.core.events import Chat

QUESTION_INTENTS = frozenset(
    {
        "price",
        "discount",
        "stock",
        "shipping",
        "size",
        "spec",
        "usage",
        "after_sales",
        "order_status",
        "link",
        "other_question",
    }
)
OTHER_INTENTS = frozenset(
    {"greeting", "praise", "purchase_signal", "complaint_stream", "complaint_service", "chatter"}
)
INTENTS = QUESTION_INTENTS | OTHER_INTENTS
CHURN_REASONS = ("competitor", "unanswered", "experience", "not_target", "fatigue")


@dataclass(slots=True)
class Suggestion:
    """One proposed reply; ``facts`` are the catalog fact paths its text relies on."""

    text: str
    facts: list[str] = field(default_factory=list)
    engine: str = "embedded"

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "facts": list(self.facts)}


@dataclass(slots=True)
class MessageRecord:
    chat: Chat
    intent: str = "chatter"
    is_question: bool = False
    product_id: str | None = None
    lang: str = "zh"
    signals: frozenset[str] = frozenset()
    answered_at: float | None = None
    answered_by: str | None = None
    answer_ref: str | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    suggest_ms: float | None = None

    @property
    def id(self) -> str:
        return self.chat.id

    @property
    def viewer_id(self) -> str:
        return self.chat.viewer_id

    @property
    def t(self) -> float:
        return self.chat.t

    @property
    def waiting(self) -> bool:
        return self.is_question and self.answered_at is None

    def mark_answered(self, t: float, by: str, ref: str) -> bool:
        """Settle this question once; return False if it was already answered."""
        if self.answered_at is not None:
            return False
        self.answered_at, self.answered_by, self.answer_ref = t, by, ref
        return True


@dataclass(slots=True)
class ViewerRecord:
    viewer_id: str
    name: str | None = None
    tags: set[str] = field(default_factory=set)
    joined_at: float | None = None
    left_at: float | None = None
    present: bool = False
    messages: int = 0
    questions: int = 0
    last_message_at: float | None = None
    orders: int = 0
    engagement: int = 0
    flags: set[str] = field(default_factory=set)
    churn_reason: str | None = None
    risk: float = 0.0
    peak_risk: float = 0.0
    risk_at_leave: float | None = None

    @property
    def display_name(self) -> str:
        return self.name or self.viewer_id
