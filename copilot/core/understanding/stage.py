"""The understanding stage: fills intent, is_question, product_id, lang and signals.

Runs first in the pipeline, on every chat message, in microseconds: normalise, score
intents, find the product (named, inherited from the viewer's previous question, or
on screen), and flag complaints, competitors and purchases for the later stages.
Live chat repeats itself (666, 已拍, 多少钱), so the text-only part of the analysis is
kept in a small bounded cache; what depends on the room (screen, history) never is.
"""

from __future__ import annotations

from dataclasses import dataclass

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Context, Stage
from copilot.core.records import QUESTION_INTENTS, MessageRecord
from copilot.core.understanding.followup import is_elliptical, previous_question
from copilot.core.understanding.intent import STRONG, Evidence, decide, gather
from copilot.core.understanding.lang import detect, has_cjk
from copilot.core.understanding.normalize import normalize
from copilot.core.understanding.products import ProductIndex, Term
from copilot.core.understanding.scope import defaults_to_screen
from copilot.core.understanding.signals import mentions_competitor

_FUZZY_WORTH = QUESTION_INTENTS - {"order_status", "other_question"} | {"purchase_signal"}
_NAMED = 2.0  # mention strength from which a product counts as named outright
CACHE_SIZE = 4096
_CACHEABLE_LEN = 64


@dataclass(slots=True, frozen=True)
class Analysis:
    """What the text alone says (independent of room, screen and viewer)."""

    text: str
    cjk: bool
    links: list[str]
    found: list[Term]
    masked: str
    toks: list[str]
    ev: Evidence
    intent: str
    competitor: bool
    elliptical: bool


class UnderstandingStage(Stage):
    name = "understand"

    def __init__(self) -> None:
        self._catalog: Catalog | None = None
        self._index: ProductIndex | None = None
        self._cache: dict[str, Analysis] = {}

    def index_for(self, catalog: Catalog) -> ProductIndex:
        """The product dictionary of ``catalog``, built once per catalog object."""
        if self._index is None or self._catalog is not catalog:
            self._index = ProductIndex(catalog)
            self._catalog = catalog
            self._cache.clear()
        return self._index

    def analyse(self, raw: str, catalog: Catalog) -> Analysis:
        index = self.index_for(catalog)
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        text = normalize(raw)
        cjk = has_cjk(text)
        links, found, masked, toks = index.scan(text, cjk)
        ev = gather(masked, toks, cjk)
        competitor = mentions_competitor(text)
        a = Analysis(
            text, cjk, links, found, masked, toks, ev, decide(ev, competitor), competitor,
            is_elliptical(text, cjk),
        )  # fmt: skip
        if isinstance(raw, str) and len(raw) <= _CACHEABLE_LEN:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[raw] = a
        return a

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        room = ctx.room
        a = self.analyse(rec.chat.text, ctx.catalog)
        ev, intent = a.ev, a.intent
        screen = room.product_on_screen
        index = self.index_for(ctx.catalog)
        mention = index.pick(a.links, a.found, screen)
        if mention.strength == 0.0 and not mention.candidates and intent in _FUZZY_WORTH:
            mention = index.fuzzy(a.masked, a.toks, a.cjk, screen)
        named = mention.product_id if mention.strength >= _NAMED else None
        variant = mention.product_id if 0 < mention.strength < _NAMED else None

        history = room.recent_messages(rec.viewer_id)
        inherited = None
        if a.elliptical:
            prev = previous_question(history, rec.t)
            if prev is not None:
                own = ev.scores.get(intent, 0.0)
                weak = intent in QUESTION_INTENTS and own < STRONG
                if intent in ("other_question", "chatter") or weak:
                    intent = prev.intent
                inherited = prev.product_id

        if named is not None:
            product = named
        elif intent in QUESTION_INTENTS or intent in ("praise", "purchase_signal"):
            if variant is not None and intent != "order_status":
                product = variant
            elif inherited is not None:
                product = inherited
            elif defaults_to_screen(intent, a.text):
                product = screen
            else:
                product = None
        else:
            product = None

        signals = set()
        if intent == "complaint_stream" or ev.scores.get("complaint_stream", 0.0) >= STRONG:
            signals.add("complaint_stream")
        if intent == "complaint_service" or ev.scores.get("complaint_service", 0.0) >= STRONG:
            signals.add("complaint_service")
        if a.competitor:
            signals.add("competitor")
        if intent == "purchase_signal":
            signals.add("purchase")

        room_lang = room.lang if room.lang in ("zh", "en") else "zh"
        fallback = history[-1].lang if history else room_lang
        rec.intent = intent
        rec.is_question = intent in QUESTION_INTENTS
        rec.product_id = product if product in ctx.catalog.by_id else None
        rec.lang = detect(a.text, a.cjk, fallback)
        rec.signals = frozenset(signals)
