"""The last word on every suggestion, from any engine: only catalog truths go out.

Every number must come from the catalog (or the viewer's own question or name);
money, discount, stock and delivery figures must come from the catalog itself;
promises (free, gifts, half price, secret discounts) only when the catalog makes
them; no prompt talk, no insults. A failing sentence is cut out (repair); when
nothing useful is left the suggestion is dropped. Drops are logged with a short,
escaped excerpt only.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from copilot.core.catalog import Catalog, Product
from copilot.core.records import Suggestion
from copilot.core.suggest import lexicon
from copilot.core.suggest.numbers import canon, canon_value, chinese_numeral, numbers_in, numbers_of
from copilot.core.suggest.safe_text import clean, excerpt

log = logging.getLogger("copilot.suggest.guardrails")

MAX_CHARS = 420
CACHE_SIZE = 8192  # verdicts kept per catalog (texts repeat: same answers, same viewers)
CACHE_MAX_CHARS = 2000  # longer texts are checked afresh, never kept
_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
_MONEY_UNIT = r"(?:元|块|rmb|usd|dollars?|bucks|美元|美金)"
# A number in one of these positions states money, a discount, stock or a delivery time;
# each kind must match a number the catalog states in the same kind of position.
_CLAIM_KINDS = {
    "money": re.compile(
        rf"(?:[¥$￥€£]\s*{_NUM})|(?:{_NUM}\s*{_MONEY_UNIT})|(?:{_NUM}\s*(?:卖|拿走|到手|包邮))"
        rf"|(?:(?:卖你|卖|价格?是?|到手|只要|仅需|只需|才|price is|for only|only|costs?|pay)"
        rf"\s*{_NUM})",
        re.IGNORECASE,
    ),
    "percent": re.compile(rf"{_NUM}\s*(?:折|%|％|percent)", re.IGNORECASE),
    "quantity": re.compile(
        rf"{_NUM}\s*(?:件|个|单|份|套|盒|pcs|pieces|units|items|left|in stock)", re.IGNORECASE
    ),
    "duration": re.compile(
        rf"{_NUM}\s*(?:小时|天|日|周|个月|分钟|h\b|hrs?\b|hours?|days?|weeks?|months?|minutes?)",
        re.IGNORECASE,
    ),
}
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*")
_ASCII_WORD = re.compile(r"^[a-z0-9 '*\-]+$")


def _norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold()


def _term_re(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``terms``; an ASCII term only as a whole word. Each branch starts with its
    literal (the word check looks back from its end), so the regex engine can skip
    positions by first character instead of trying every branch at every position."""
    parts = []
    for t in terms:
        t = _norm(t)
        esc = re.escape(t)
        parts.append(rf"{esc}(?<![a-z0-9]{esc})(?![a-z0-9])" if _ASCII_WORD.match(t) else esc)
    return re.compile("|".join(parts))


_PROMISE_RE = _term_re(lexicon.PROMISES)
_FREE_SHIP_RE = _term_re(lexicon.FREE_SHIPPING)
_LEAK_RE = _term_re(lexicon.LEAKS)
_INSULT_RE = _term_re(lexicon.INSULTS)
# Every claim and every counted number needs one of these (in NFKC text): none, no number.
_STR = {str}
_ANY_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")


@dataclass(slots=True)
class Verdict:
    """What the guardrails did: the suggestion to keep (maybe repaired) or None."""

    suggestion: Suggestion | None
    problems: list[str] = field(default_factory=list)

    @property
    def repaired(self) -> bool:
        return self.suggestion is not None and bool(self.problems)


class Guardrails:
    """Checks suggestions against one catalog (numbers and text precomputed once)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.catalog_numbers = numbers_of(catalog.raw)
        self.claims = _catalog_claims(catalog)
        texts = {_norm(x) for x in _strings(catalog.raw) if len(x) >= 6}
        self.quotes = sorted(texts, key=len, reverse=True)
        self.catalog_text = _norm(_all_text(catalog.raw))
        # a promise term the catalog itself says may be repeated (the regex finds terms only)
        self.catalog_promises = {t for t in map(_norm, lexicon.PROMISES) if t in self.catalog_text}
        self.ships_free = {p.id: bool(p.shipping.get("free")) for p in catalog.products}
        self.policy_free = bool(_FREE_SHIP_RE.search(_norm(" ".join(catalog.policies.values()))))
        # Verdicts depend only on the text and this (unchanging) catalog: cache them.
        self._look = lru_cache(maxsize=CACHE_SIZE)(self._first_look)
        self._name_problem = lru_cache(maxsize=CACHE_SIZE)(self._uncached_name_problem)
        self._fact_ok = lru_cache(maxsize=CACHE_SIZE)(self._uncached_fact_ok)
        self._facts = lru_cache(maxsize=CACHE_SIZE)(self._uncached_facts)
        self._recheck = lru_cache(maxsize=CACHE_SIZE)(self._problem_with)
        self._numbers = lru_cache(maxsize=CACHE_SIZE)(_frozen_numbers)

    def _unquote(self, t: str) -> str:
        """The text without verbatim catalog passages (quoting a policy is not a promise)."""
        for q in self.quotes:
            if q in t:
                t = t.replace(q, " ")
        return t

    # -- individual checks on NFKC text ``n`` and its casefold ``t``: the problem or ""
    def _number_problem(self, n: str, t: str, allowed_soft: set[str]) -> str:
        if not _ANY_NUMERAL.search(n):
            return ""
        for kind, pattern in _CLAIM_KINDS.items():
            for m in pattern.finditer(t):
                raw = next(g for g in m.groups() if g)
                if not _claim_values(raw) <= self.claims[kind]:
                    return f"{kind}_not_in_catalog"
        if not numbers_in(n) <= self.catalog_numbers | allowed_soft:
            return "number_not_in_catalog"
        return ""

    def _promise_problem(self, t: str, product: Product | None) -> str:
        for m in _PROMISE_RE.finditer(t):
            if m.group(0) not in self.catalog_promises:
                return "promise_not_in_catalog"
        if _FREE_SHIP_RE.search(t) and _FREE_SHIP_RE.search(self._unquote(t)):
            free = self.ships_free.get(product.id) if product else None
            if not (free or (free is None and self.policy_free)):
                return "free_shipping_not_in_catalog"
        return ""

    def sentence_problem(self, text: str, allowed: set[str], product: Product | None) -> str:
        n = unicodedata.normalize("NFKC", text)
        t = n.casefold()
        if _LEAK_RE.search(t):
            return "prompt_talk"
        if _INSULT_RE.search(t):
            return "insult"
        return self._number_problem(n, t, allowed) or self._promise_problem(t, product)

    def name_problem(self, name: str) -> str:
        """Why a viewer's name cannot be repeated in a reply ("" when it can)."""
        if len(name) > CACHE_MAX_CHARS:
            return self._uncached_name_problem(name)
        return self._name_problem(name)

    def _uncached_name_problem(self, name: str) -> str:
        return self.sentence_problem(name, numbers_in(name), None)

    def _first_look(self, raw: str, product_id: str | None) -> tuple[str, str, frozenset[str]]:
        """The cleaned text, its problem counting catalog numbers only, and its numbers the
        catalog lacks. Viewer numbers only widen what is allowed, so a text that passes
        here passes with any; otherwise the verdict depends on them only through which of
        those lacking numbers they supply."""
        text = clean(raw)[:MAX_CHARS]
        problem = self.sentence_problem(text, set(), self.catalog.product(product_id))
        lacking = frozenset(numbers_in(text) - self.catalog_numbers) if problem else frozenset()
        return text, problem, lacking

    def _problem_with(self, text: str, product_id: str | None, allowed: frozenset[str]) -> str:
        return self.sentence_problem(text, set(allowed), self.catalog.product(product_id))

    def _viewer_numbers(self, text: str) -> frozenset[str]:
        """Numbers the viewer said (question or name): a reply may repeat them."""
        if len(text) > CACHE_MAX_CHARS:
            return _frozen_numbers(text)
        return self._numbers(text)

    def check(
        self,
        sug: Suggestion,
        question: str = "",
        name: str = "",
        product_id: str | None = None,
        message_id: str = "",
        required: str = "",
    ) -> Verdict:
        """Keep, repair (cut failing sentences) or drop one suggestion.

        ``required`` is text the suggestion must still contain after a repair (its
        answer); a repair that loses it drops the suggestion.
        """
        raw = sug.text if isinstance(sug.text, str) else ""
        product = self.catalog.product(product_id)
        pid = product.id if product is not None else None
        look = self._first_look if len(raw) > CACHE_MAX_CHARS else self._look
        text, whole, lacking = look(raw, pid)
        problems: list[str] = []
        if whole in ("prompt_talk", "insult"):  # found before numbers: no viewer number helps
            problems.append(whole)
            return self._drop(sug, problems, message_id)
        if whole:
            allowed = self._viewer_numbers(question or "") | self._viewer_numbers(name or "")
            if allowed & lacking:
                recheck = self._problem_with if len(raw) > CACHE_MAX_CHARS else self._recheck
                whole = recheck(text, pid, allowed & lacking)
            if whole:
                text = self._repair(text, set(allowed), product, problems)
                if not text or (required and required not in text) or len(text) < 4:
                    return self._drop(sug, problems or [whole], message_id)
                log.info("suggestion repaired (%s) for %s", ",".join(problems), message_id)
        facts = self._known_facts(sug.facts)
        if len(facts) != len(sug.facts):
            problems.append("unknown_fact_path")
        return Verdict(Suggestion(text, facts, sug.engine), problems)

    def _repair(
        self, text: str, allowed: set[str], product: Product | None, problems: list[str]
    ) -> str:
        """The text without its failing sentences (their problems go to ``problems``)."""
        kept = []
        for s in _SENTENCE.findall(text):
            p = self.sentence_problem(s, allowed, product)
            if p:
                problems.append(p)
            else:
                kept.append(s)
        return "".join(kept).strip()

    def _known_facts(self, paths: list[str]) -> list[str]:
        """The fact paths this catalog has, each once, order kept."""
        key = tuple(paths)
        if len(key) <= 8 and set(map(type, key)) <= _STR and max(map(len, key), default=0) < 200:
            return list(self._facts(key))  # the engine states the same few paths again and again
        return list(self._uncached_facts(key))

    def _uncached_facts(self, paths: tuple[object, ...]) -> tuple[str, ...]:
        return tuple(
            f
            for f in dict.fromkeys(paths)
            if isinstance(f, str) and len(f) < 200 and self._fact_ok(f)
        )

    def _uncached_fact_ok(self, path: str) -> bool:
        return self.catalog.fact(path) is not None

    def _drop(self, sug: Suggestion, problems: list[str], message_id: str) -> Verdict:
        log.warning(
            "suggestion dropped (%s) engine=%s message=%s text=%s",
            ",".join(problems),
            sug.engine,
            excerpt(message_id, 24),
            excerpt(sug.text if isinstance(sug.text, str) else repr(sug.text)),
        )
        return Verdict(None, problems)

    def filter(
        self,
        sugs: list[Suggestion],
        question: str = "",
        name: str = "",
        product_id: str | None = None,
        message_id: str = "",
    ) -> list[Suggestion]:
        """The suggestions that pass (repaired where possible), order kept."""
        out = []
        for s in sugs:
            v = self.check(s, question, name, product_id, message_id)
            if v.suggestion is not None:
                out.append(v.suggestion)
        return out


def _frozen_numbers(text: str) -> frozenset[str]:
    return frozenset(numbers_in(text))


def _all_text(obj: object) -> str:
    if isinstance(obj, dict):
        return " ".join(_all_text(v) for v in obj.values())
    if isinstance(obj, list):
        return " ".join(_all_text(v) for v in obj)
    return obj if isinstance(obj, str) else ""


def _claim_values(raw: str) -> frozenset[str]:
    """The number a claim states; single Chinese digits count here ("一块钱" is a price)."""
    return _cached_claim_values(raw) if len(raw) <= 40 else _read_claim(raw)


def _read_claim(raw: str) -> frozenset[str]:
    got = numbers_in(raw)
    if got:
        return frozenset(got)
    v = chinese_numeral(raw)
    if v is not None:
        return frozenset({str(v)})
    c = canon(raw.replace(",", ""))
    return frozenset({c} if c is not None else {raw})


_cached_claim_values = lru_cache(maxsize=4096)(_read_claim)


def _catalog_claims(catalog: Catalog) -> dict[str, set[str]]:
    """Per kind of claim, the numbers the catalog states in that role."""
    out: dict[str, set[str]] = {k: set() for k in _CLAIM_KINDS}
    text = _norm(_all_text(catalog.raw))
    for kind, pattern in _CLAIM_KINDS.items():
        for m in pattern.finditer(text):
            out[kind] |= _claim_values(next(g for g in m.groups() if g))
    for p in catalog.products:
        for v in (p.price, p.live_price):
            if v is not None and canon_value(v) is not None:
                out["money"].add(canon_value(v) or "")
        out["money"] |= numbers_in(p.coupon or "")
        stocks = [p.stock, *(v.stock for v in p.variants)]
        out["quantity"] |= {str(s) for s in stocks if s is not None}
        h = p.shipping.get("ships_within_h")
        if isinstance(h, (int, float)) and not isinstance(h, bool):
            out["duration"].add(canon_value(h) or "")
    return out


def _strings(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return [obj] if isinstance(obj, str) else []
