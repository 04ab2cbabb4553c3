"""The understanding stage: fills intent, is_question, product_id, lang and signals.

Runs first in the pipeline, on every chat message, in microseconds: normalise, score
intents, find the product (named, inherited from the viewer's previous question, or
on screen), and flag complaints, competitors and purchases for the later stages.
Live chat repeats itself (666, 已拍, 多少钱), so the text-only part of the analysis
(everything but screen, history and room) is kept in a small bounded cache from a
text's second sighting on; a text seen once leaves only its string behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Context, Stage
from copilot.core.records import QUESTION_INTENTS, MessageRecord
from copilot.core.understanding.fallback import second_opinion
from copilot.core.understanding.followup import is_elliptical, previous_question
from copilot.core.understanding.intent import STRONG, decide, gather
from copilot.core.understanding.lang import has_cjk, own_lang
from copilot.core.understanding.normalize import normalize
from copilot.core.understanding.products import Mention, ProductIndex, Term
from copilot.core.understanding.scope import TEXT_DEPENDENT, defaults_to_screen
from copilot.core.understanding.signals import mentions_competitor

_FUZZY_WORTH = QUESTION_INTENTS - {"order_status", "other_question"} | {"purchase_signal"}
_NAMED = 2.0  # mention strength from which a product counts as named outright
_PRODUCT_INTENTS = QUESTION_INTENTS | {"praise", "purchase_signal"}
_INTENT_SIGNAL = {
    "complaint_stream": "complaint_stream",
    "complaint_service": "complaint_service",
    "purchase_signal": "purchase",
}
_NO_MENTION = Mention(None, 0.0)
CACHE_SIZE = 4096
SEEN_SIZE = 16384
_CACHEABLE_LEN = 64


@dataclass(slots=True)
class Analysis:
    """What the text alone says (independent of room, screen and viewer)."""

    text: str
    cjk: bool
    links: tuple[str, ...]
    found: tuple[Term, ...]
    masked: str
    toks: tuple[str, ...]
    scores: dict[str, float]  # intent evidence (str → float only: the GC never tracks it)
    intent: str
    competitor: bool
    elliptical: bool
    lang: str | None  # None: the text shows no language (emoji, digits): ask the context
    base_signals: frozenset[str]  # signals whatever the final intent
    signals: frozenset[str]  # signals when the final intent is ``intent``
    fuzzy: tuple[Term, ...] | None = None  # typo-tolerant product terms, found on first need
    scope: dict[str, bool] | None = None  # defaults_to_screen per intent, on first need

    def signals_for(self, intent: str) -> frozenset[str]:
        if intent == self.intent:
            return self.signals
        extra = _INTENT_SIGNAL.get(intent)
        return _signal_set(*self.base_signals, extra) if extra else self.base_signals

    def to_screen(self, intent: str) -> bool:
        """May this message, labelled ``intent``, take the product on screen?"""
        if intent not in TEXT_DEPENDENT:
            return defaults_to_screen(intent, "")
        if self.scope is None:
            self.scope = {}
        hit = self.scope.get(intent)
        if hit is None:
            hit = self.scope[intent] = defaults_to_screen(intent, self.text)
        return hit


_SIGNAL_SETS: dict[tuple[str, ...], frozenset[str]] = {}
# Signals whatever the intent: (strong stream complaint, strong service complaint, competitor).
_BASE_SIGNALS = {
    (stream, service, competitor): tuple(
        name
        for name, on in (
            ("complaint_stream", stream),
            ("complaint_service", service),
            ("competitor", competitor),
        )
        if on
    )
    for stream in (False, True)
    for service in (False, True)
    for competitor in (False, True)
}


def _signal_set(*names: str) -> frozenset[str]:
    """One shared frozenset per combination of signals (not one per message)."""
    got = _SIGNAL_SETS.get(names)
    if got is None:
        got = _SIGNAL_SETS[names] = frozenset(names)
    return got


# a message that is nothing but a link number (masked as §), perhaps asked for
_ONLY_A_LINK = re.compile(
    r"[\s?？!！~。.,，]*(?:要|求|求个|来个|发|上)?[\s§?？!！~。.,，]*§[\s§?？!！~。.,，]*"
)


# "15号是醋吧", "9号链接是麻酱不": which link is which (a link number opens the message)
_LINK_IS = re.compile(
    r"\s*(?:\d{1,3}\s*号|link\s*\d{1,3})\s*(?:链接)?\s*(?:就)?是\s*[^\s吧吗嘛么不]{1,6}\s*"
    r"(?:吧|吗|嘛|么|不)\s*[?？!！~。.,，]*\s*$"
)


def _analysis(raw: str, index: ProductIndex) -> Analysis:
    text = normalize(raw)
    cjk = has_cjk(text)
    links, found, masked, toks = index.scan(text, cjk)
    ev = gather(masked, toks, cjk)
    if links and not ev.scores and _ONLY_A_LINK.fullmatch(masked):
        ev.scores["link"] = STRONG  # "8号链接", "要3号链接": the link, asked for
    elif links and _LINK_IS.match(text) and max(ev.scores.values(), default=0.0) < STRONG:
        # (but "4号是顺丰吗" asks the carrier of link 4)
        ev.scores["link"] = ev.scores.get("link", 0.0) + STRONG
        ev.question = True
    evidence = index.evidence
    if (
        max(ev.scores.values(), default=0.0) < STRONG
        and not links
        and evidence.is_variant_pick(text)
    ):
        ev.scores["stock"] = STRONG  # "黑色M", "燕麦8": is the one I want there
        ev.question = True
    own = evidence.code_hits(toks) if evidence.codes else []
    if ev.question:  # the shop's own words, prices and link numbers (grounding.py)
        own += evidence.hits(masked, toks, cjk, bool(links), ev.scores)
    elif ev.terse and not ev.scores:  # "spring bars included": asks if the catalog knows it
        own += evidence.hits(masked, toks, cjk, bool(links), ev.scores)
        ev.question = any(k in QUESTION_INTENTS for k, _w in own)
    for k, w in own:
        ev.scores[k] = ev.scores.get(k, 0.0) + w
    competitor = mentions_competitor(text)
    scores = ev.scores
    intent = second_opinion(decide(ev, competitor), scores, masked, bool(links))  # unsure
    base = _BASE_SIGNALS[
        scores.get("complaint_stream", 0.0) >= STRONG,
        scores.get("complaint_service", 0.0) >= STRONG,
        competitor,
    ]
    base_signals = _signal_set(*base)
    extra = _INTENT_SIGNAL.get(intent)
    # Tuples, not lists: the cache holds thousands of these, and each tracked object
    # makes the garbage collector's full passes longer.
    return Analysis(
        text, cjk, tuple(links) if links else (), tuple(found) if found else (), masked,
        tuple(toks) if toks else (), scores, intent, competitor,
        is_elliptical(text, cjk), own_lang(text, cjk), base_signals,
        _signal_set(*base, extra) if extra else base_signals,
    )  # fmt: skip


class UnderstandingStage(Stage):
    name = "understand"

    def __init__(self) -> None:
        self._catalog: Catalog | None = None
        self._index: ProductIndex | None = None
        self._cache: dict[str, Analysis] = {}
        self._seen: set[str] = set()

    def index_for(self, catalog: Catalog) -> ProductIndex:
        """The product dictionary of ``catalog``, built once per catalog object."""
        if self._index is None or self._catalog is not catalog:
            self._index = ProductIndex(catalog)
            self._catalog = catalog
            self._cache.clear()
            self._seen.clear()
        return self._index

    def analyse(self, raw: str, catalog: Catalog) -> Analysis:
        """What ``raw`` says by itself (cached for texts that repeat)."""
        index = self.index_for(catalog)
        hit = self._cache.get(raw)
        return hit if hit is not None else self._fresh(raw, index)

    def _fresh(self, raw: str, index: ProductIndex) -> Analysis:
        a = _analysis(raw, index)
        if isinstance(raw, str) and len(raw) <= _CACHEABLE_LEN:
            # Kept from the second sighting on: a text seen once (most of a busy chat)
            # leaves no object behind for the garbage collector to walk, only a string.
            if raw in self._seen:
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.clear()
                self._cache[raw] = a
            else:
                if len(self._seen) >= SEEN_SIZE:
                    self._seen.clear()
                self._seen.add(raw)
        return a

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        catalog = ctx.catalog
        index = self._index
        if catalog is not self._catalog or index is None:
            index = self.index_for(catalog)
        chat = rec.chat
        a = self._cache.get(chat.text)
        if a is None:
            a = self._fresh(chat.text, index)
        room = ctx.room
        intent = a.intent
        screen = room.product_on_screen
        if a.links:
            mention = index.pick(a.links, a.found, screen)
        else:
            mention = index.pick_terms(a.found, screen) if a.found else _NO_MENTION
        if mention.strength == 0.0 and not mention.candidates and intent in _FUZZY_WORTH:
            if a.fuzzy is None:
                a.fuzzy = tuple(index.fuzzy_terms(a.masked, a.toks, a.cjk))
            if a.fuzzy:
                mention = index.pick_terms(a.fuzzy, screen)
        strength = mention.strength
        named = mention.product_id if strength >= _NAMED else None
        variant = mention.product_id if 0 < strength < _NAMED else None

        history = room.by_viewer.get(chat.viewer_id)
        inherited = None
        if a.elliptical and history:
            prev = previous_question(history, chat.t)
            if prev is not None:
                own = a.scores.get(intent, 0.0)
                weak = intent in QUESTION_INTENTS and own < STRONG
                if intent in ("other_question", "chatter") or weak:
                    intent = prev.intent
                inherited = prev.product_id

        product: str | None
        if named is not None:
            product = named
        elif intent in _PRODUCT_INTENTS:
            if variant is not None and intent != "order_status":
                product = variant
            elif inherited is not None:
                product = inherited
            elif a.to_screen(intent):
                product = screen
            else:
                product = None
        else:
            product = None

        rec.intent = intent
        rec.is_question = intent in QUESTION_INTENTS
        rec.product_id = product if product in catalog.by_id else None
        lang = a.lang
        if lang is None:  # no language of its own: the viewer's last one, else the room's
            room_lang = room.lang if room.lang in ("zh", "en") else "zh"
            lang = history[-1].lang if history else room_lang
        rec.lang = lang
        rec.signals = a.signals if intent == a.intent else a.signals_for(intent)
