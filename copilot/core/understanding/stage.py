"""The understanding stage: fills intent, is_question, product_id, lang and signals.

Runs first in the pipeline, on every chat message, in microseconds: normalise, score
intents, find the product (named, inherited from the viewer's previous question, or
on screen), and flag complaints, competitors and purchases for the later stages.
"""

from __future__ import annotations

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Context, Stage
from copilot.core.records import QUESTION_INTENTS, MessageRecord
from copilot.core.understanding.followup import is_elliptical, previous_question
from copilot.core.understanding.intent import STRONG, decide, gather
from copilot.core.understanding.lang import detect, has_cjk
from copilot.core.understanding.normalize import normalize
from copilot.core.understanding.products import ProductIndex
from copilot.core.understanding.scope import defaults_to_screen
from copilot.core.understanding.signals import mentions_competitor

_NAMED = 2.0  # mention strength from which a product counts as named outright


class UnderstandingStage(Stage):
    name = "understand"

    def __init__(self) -> None:
        self._catalog: Catalog | None = None
        self._index: ProductIndex | None = None

    def index_for(self, catalog: Catalog) -> ProductIndex:
        """The product dictionary of ``catalog``, built once per catalog object."""
        if self._index is None or self._catalog is not catalog:
            self._index = ProductIndex(catalog)
            self._catalog = catalog
        return self._index

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        room = ctx.room
        text = normalize(rec.chat.text)
        cjk = has_cjk(text)
        screen = room.product_on_screen
        mention, masked, toks = self.index_for(ctx.catalog).resolve(text, cjk, screen)
        ev = gather(masked, toks, cjk)
        competitor = mentions_competitor(text)
        intent = decide(ev, competitor)
        named = mention.product_id if mention.strength >= _NAMED else None
        variant = mention.product_id if 0 < mention.strength < _NAMED else None

        history = room.recent_messages(rec.viewer_id)
        prev = previous_question(history, rec.t)
        inherited = None
        if prev is not None and is_elliptical(text, cjk):
            own = ev.scores.get(intent, 0.0)
            if intent in ("other_question", "chatter") or (
                intent in QUESTION_INTENTS and own < STRONG
            ):
                intent = prev.intent
            inherited = prev.product_id

        if named is not None:
            product = named
        elif intent in QUESTION_INTENTS or intent in ("praise", "purchase_signal"):
            if variant is not None and intent != "order_status":
                product = variant
            elif inherited is not None:
                product = inherited
            elif defaults_to_screen(intent, text):
                product = screen
            else:
                product = None
        else:
            product = None

        fallback = (
            history[-1].lang if history else (room.lang if room.lang in ("zh", "en") else "zh")
        )
        signals = set()
        if intent == "complaint_stream" or ev.scores.get("complaint_stream", 0.0) >= STRONG:
            signals.add("complaint_stream")
        if intent == "complaint_service" or ev.scores.get("complaint_service", 0.0) >= STRONG:
            signals.add("complaint_service")
        if competitor:
            signals.add("competitor")
        if intent == "purchase_signal":
            signals.add("purchase")

        rec.intent = intent
        rec.is_question = intent in QUESTION_INTENTS
        rec.product_id = product if product in ctx.catalog.by_id else None
        rec.lang = detect(text, cjk, fallback)
        rec.signals = frozenset(signals)
