"""The embedded engine: instant, offline replies built only from catalog values.

Each intent has a handful of ways to answer; the best goes first. Catalog values
are quoted verbatim (the size guide, the FAQ answer, the policy as written) and each
suggestion lists the fact paths it states. Questions the catalog cannot answer get
an honest holding reply, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from copilot.core.catalog import Catalog, Product, Variant
from copilot.core.records import Suggestion
from copilot.core.suggest import matching, phrases
from copilot.core.suggest.numbers import canon_value
from copilot.core.suggest.query import Query

CURRENCY_SIGNS = {
    "CNY": "¥",
    "RMB": "¥",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "HKD": "HK$",
}
_REGION_WORDS = (
    "新疆",
    "西藏",
    "香港",
    "澳门",
    "台湾",
    "港澳台",
    "海外",
    "国外",
    "偏远",
    "运费",
    "alaska",
    "hawaii",
    "canada",
    "international",
    "overseas",
    "abroad",
    "uk",
    "europe",
    "shipping cost",
)
BODY_CACHE_SIZE = 4096  # recent questions whose answers are kept (asked again: no work)
BODY_CACHE_CHARS = 300  # longer questions are answered afresh, never kept
_POLICY_WORDS = {
    "invoice": ("发票", "开票", "invoice", "receipt"),
    "returns": ("退货", "退换", "换货", "退款", "无理由", "return", "refund", "exchange"),
    "shipping": ("发货", "快递", "物流", "几天到", "ship", "deliver", "carrier"),
}


class EmbeddedEngine:
    """Catalog-grounded suggestions for one catalog; ``suggest`` is pure and fast."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._body_cache: dict[tuple[object, ...], list[tuple[str, list[str]]]] = {}
        self.sign = CURRENCY_SIGNS.get(catalog.currency.upper(), "")
        self.code = "" if self.sign else catalog.currency.upper()
        self._handlers: dict[str, Callable[[Query, Product], list[tuple[str, list[str]]]]] = {
            "price": self._price,
            "discount": self._discount,
            "stock": self._stock,
            "shipping": self._shipping,
            "size": self._size,
            "spec": self._spec,
            "usage": self._usage,
            "after_sales": self._after_sales,
            "link": self._link,
            "other_question": self._other,
            "order_status": self._order,
        }

    # -- formatting
    def money(self, v: float | None) -> str:
        c = canon_value(v) if v is not None else None
        if c is None:
            return ""
        return f"{self.sign}{c}" if self.sign else f"{c} {self.code}".strip()

    def label(self, p: Product, lang: str, question: str = "") -> str:
        """A short name for the product in the viewer's language (their own word for it first)."""
        names = [p.name, *p.aliases]
        q = question.casefold()
        for alias in p.aliases:
            ok_script = alias.isascii() == (lang == "en")
            if (
                ok_script
                and len(alias) >= 2
                and alias.casefold() in q
                and not _demonstrative(alias)
            ):
                return alias
        if lang == "en":
            ascii_names = [n for n in names if n.isascii()]
            if ascii_names and len(ascii_names[0]) <= 30:
                return ascii_names[0]
            short = [n for n in ascii_names[1:] if not _demonstrative(n)]
            return short[0] if short else p.name
        cjk = [n for n in names if not n.isascii() and not _demonstrative(n)]
        if cjk and len(cjk[0]) <= 10:
            return cjk[0]
        return min(cjk[1:] or cjk or [p.name], key=len)

    # -- entry point
    def suggest(self, q: Query) -> list[Suggestion]:
        t = phrases.table(q.lang)
        if q.intent not in self._handlers:
            return []
        if len(q.text) > BODY_CACHE_CHARS:
            bodies = self._bodies(q)
        else:  # bodies depend on no more than this key: the same question, the same bodies
            earlier = tuple(q.earlier) if q.intent == "stock" else ()
            pid = q.product.id if q.product is not None else None
            key = (q.intent, pid, q.lang, q.text, earlier)
            bodies = self._cached_bodies(key, q)
        out: list[Suggestion] = []
        hi = t["hi_named"].format(name=q.name) if q.name else t["hi"]
        for i, (body, facts) in enumerate(bodies[:3]):
            prefix = hi
            if i == 0 and q.repeat:
                prefix += t["sorry_wait"]
            elif i == 0 and facts and self._host_just_said(q, facts):
                prefix += t["just_said"]
            if not prefix.endswith(", "):
                body = _cap_first(body, q.lang)
            out.append(Suggestion(prefix + body + _end(body, t), list(facts)))
        return out

    def _bodies(self, q: Query) -> list[tuple[str, list[str]]]:
        """The answers to ``q`` (before greeting the viewer), best first."""
        p = q.product
        return self._no_product(q) if p is None else self._handlers[q.intent](q, p)

    def _cached_bodies(self, key: tuple[object, ...], q: Query) -> list[tuple[str, list[str]]]:
        got = self._body_cache.get(key)
        if got is None:
            got = self._body_cache[key] = self._bodies(q)
            if len(self._body_cache) > BODY_CACHE_SIZE:
                del self._body_cache[next(iter(self._body_cache))]  # the oldest goes
        return got

    def _host_just_said(self, q: Query, facts: list[str]) -> bool:
        if not q.speech:
            return False
        said = " ".join(q.speech).casefold()
        for f in facts:
            v = self.catalog.fact(f)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                v = canon_value(v)
            if isinstance(v, str) and len(v) >= 2 and v.casefold() in said:
                return True
        return False

    # -- per intent: each returns [(body, facts)] best first
    def _price(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab = phrases.table(q.lang), self.label(p, q.lang, q.text)
        pid = p.id
        if p.live_price is None and p.price is None:
            return self._hold(q)
        live = p.live_price if p.live_price is not None else p.price
        live_path = f"{pid}.live_price" if p.live_price is not None else f"{pid}.price"
        body = t["price"].format(label=lab, live=self.money(live))
        facts = [live_path]
        if p.price is not None and p.live_price is not None and p.price > p.live_price:
            body += t["price_was"].format(price=self.money(p.price))
            facts.append(f"{pid}.price")
        first = (
            body + (t["coupon"].format(coupon=p.coupon) if p.coupon else ""),
            facts + ([f"{pid}.coupon"] if p.coupon else []),
        )
        out = [first, (body, facts)]
        if p.link_no is not None:
            out.append(
                (
                    t["price"].format(label=lab, live=self.money(live))
                    + t["sep"]
                    + t["buy_link"].format(link=p.link_no),
                    [live_path, f"{pid}.link_no"],
                )
            )
        return out

    def _discount(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab, pid = phrases.table(q.lang), self.label(p, q.lang, q.text), p.id
        live = p.live_price if p.live_price is not None else p.price
        live_path = f"{pid}.live_price" if p.live_price is not None else f"{pid}.price"
        out: list[tuple[str, list[str]]] = []
        if p.coupon and live is not None:
            out.append(
                (
                    t["discount"].format(label=lab, coupon=p.coupon, live=self.money(live)),
                    [f"{pid}.coupon", live_path],
                )
            )
        if p.coupon:
            out.append((_coupon_only(t, lab, p.coupon), [f"{pid}.coupon"]))
        if live is not None:
            out.append(
                (t["discount_no_coupon"].format(label=lab, live=self.money(live)), [live_path])
            )
        return out or self._hold(q)

    def _stock(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab, pid = phrases.table(q.lang), self.label(p, q.lang, q.text), p.id
        variants = matching.named_variants(q.text, p)
        if not variants:
            for earlier in reversed(q.earlier):
                variants = matching.named_variants(earlier, p)
                if variants:
                    break
        parts, facts = [], []
        for v in variants[:3]:
            if v.stock is None:
                continue
            idx = p.variants.index(v)
            key = "stock_variant" if v.stock > 0 else "stock_variant_out"
            parts.append(t[key].format(attrs=_attrs(v, q.lang), n=v.stock))
            facts.append(f"{pid}.variants.{idx}.stock")
        total: tuple[str, list[str]] | None = None
        if p.stock is not None:
            key = "stock_total" if p.stock > 0 else "stock_out"
            total = (t[key].format(label=lab, n=p.stock), [f"{pid}.stock"])
        out: list[tuple[str, list[str]]] = []
        if parts and total:
            out.append((t["list_sep"].join(parts) + t["sep"] + total[0], facts + total[1]))
        if total:
            out.append(total)
        if parts:
            out.append((t["list_sep"].join(parts), facts))
        return out or self._hold(q)

    def _shipping(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab, pid = phrases.table(q.lang), self.label(p, q.lang, q.text), p.id
        ship = p.shipping
        carrier, hours, free = ship.get("carrier"), ship.get("ships_within_h"), ship.get("free")
        body, facts = "", []
        if isinstance(carrier, str) and carrier:
            body, facts = (
                t["ship_carrier"].format(label=lab, carrier=carrier),
                [f"{pid}.shipping.carrier"],
            )
        if isinstance(hours, (int, float)) and not isinstance(hours, bool):
            body = body or (lab if q.lang != "en" else f"the {lab}")
            body += t["ship_hours"].format(h=canon_value(hours))
            facts.append(f"{pid}.shipping.ships_within_h")
        if free is True and body:
            body += t["ship_free"]
            facts.append(f"{pid}.shipping.free")
        policy = self.catalog.policies.get("shipping")
        out: list[tuple[str, list[str]]] = []
        regional = policy and any(w in matching.norm(q.text) for w in _REGION_WORDS)
        if body and regional:
            out.append(
                (
                    body + t["sep"] + t["ship_policy"].format(policy=policy),
                    facts + ["shop.policies.shipping"],
                )
            )
        if body:
            out.append((body, facts))
        if policy and not regional:
            out.append((t["ship_policy"].format(policy=policy), ["shop.policies.shipping"]))
        return out or self._hold(q)

    def _size(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab, pid = phrases.table(q.lang), self.label(p, q.lang, q.text), p.id
        out: list[tuple[str, list[str]]] = []
        if p.size_guide:
            out.append((t["size"].format(guide=p.size_guide), [f"{pid}.size_guide"]))
            out.append(
                (t["size_more"].format(label=lab, guide=p.size_guide), [f"{pid}.size_guide"])
            )
        out.extend(self._answers(q, p, faq_weight=1.0, min_score=0.5)[:1])
        return out or self._hold(q)

    def _answers(
        self,
        q: Query,
        p: Product,
        faq_weight: float,
        min_score: float = -1.0,
        faq_only: bool = False,
    ) -> list[tuple[str, list[str]]]:
        t, lab = phrases.table(q.lang), self.label(p, q.lang, q.text)
        ranked = matching.rank_answers(q.text, p, faq_weight=faq_weight)
        if faq_only and any(".faq." in c.path for c in ranked):
            ranked = [c for c in ranked if ".faq." in c.path]
        out = []
        for c in ranked[:3]:
            if c.score <= min_score:
                continue
            if ".specs." in c.path:
                key = phrases.spec_key_label(c.label, q.lang)
                out.append((t["spec"].format(label=lab, key=key, value=c.value), [c.path]))
            else:
                out.append((t["answer"].format(value=c.value), [c.path]))
        return out

    def _spec(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        return self._answers(q, p, faq_weight=1.0) or self._hold(q)

    def _usage(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        return self._answers(q, p, faq_weight=3.0, faq_only=True) or self._hold(q)

    def _after_sales(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t = phrases.table(q.lang)
        out: list[tuple[str, list[str]]] = []
        if p.after_sales:
            out.append((t["after_sales"].format(value=p.after_sales), [f"{p.id}.after_sales"]))
        returns = self.catalog.policies.get("returns")
        if returns:
            out.append((t["policy_returns"].format(value=returns), ["shop.policies.returns"]))
        return out or self._hold(q)

    def _link(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        t, lab, pid = phrases.table(q.lang), self.label(p, q.lang, q.text), p.id
        if p.link_no is None:
            return self._hold(q)
        out = [(t["link"].format(label=lab, link=p.link_no), [f"{pid}.link_no"])]
        live = p.live_price if p.live_price is not None else p.price
        if live is not None:
            path = f"{pid}.live_price" if p.live_price is not None else f"{pid}.price"
            out.append(
                (
                    t["link_price"].format(label=lab, link=p.link_no, live=self.money(live)),
                    [f"{pid}.link_no", path],
                )
            )
        return out

    def _other(self, q: Query, p: Product) -> list[tuple[str, list[str]]]:
        policy = self._policy_answer(q)
        if policy:
            return [policy, *self._hold(q)]
        best = matching.rank_answers(q.text, p)
        if best and best[0].score >= 1.0 and ".faq." in best[0].path:
            return [(best[0].value, [best[0].path]), *self._hold(q)]
        return self._hold(q)

    def _order(self, q: Query, p: Product | None) -> list[tuple[str, list[str]]]:
        t = phrases.table(q.lang)
        out: list[tuple[str, list[str]]] = [(t["order"], [])]
        policy = self.catalog.policies.get("shipping")
        if policy:
            out.append((t["order_policy"].format(policy=policy), ["shop.policies.shipping"]))
        return out

    def _policy_answer(self, q: Query) -> tuple[str, list[str]] | None:
        text = matching.norm(q.text)
        for key, words in _POLICY_WORDS.items():
            value = self.catalog.policies.get(key)
            if value and any(w in text for w in words):
                return (value, [f"shop.policies.{key}"])
        return None

    def _no_product(self, q: Query) -> list[tuple[str, list[str]]]:
        t = phrases.table(q.lang)
        if q.intent == "order_status":
            return self._order(q, None)
        policy_key = {"after_sales": "returns", "shipping": "shipping"}.get(q.intent)
        value = self.catalog.policies.get(policy_key) if policy_key else None
        if value:
            return [(value, [f"shop.policies.{policy_key}"]), (t["ask_product"], [])]
        policy = self._policy_answer(q)
        if policy:
            return [policy, *self._hold(q)]
        if q.intent == "other_question":
            return self._hold(q)
        return [(t["ask_product"], []), *self._hold(q)[:1]]

    def _hold(self, q: Query) -> list[tuple[str, list[str]]]:
        t = phrases.table(q.lang)
        return [(t["hold"], []), (t["hold_short"], [])]


def _coupon_only(t: dict[str, str], label: str, coupon: str) -> str:
    if t is phrases.EN:
        return f"coupon for the {label}: {coupon}"
    return f"{label}下单可以用{coupon}"


def _attrs(v: Variant, lang: str) -> str:
    vals = [x for x in v.attrs.values() if x]
    if lang == "en":
        return " ".join(vals)
    return "".join(x + ("码" if x.isascii() and len(x) <= 4 and x.isalpha() else "") for x in vals)


def _cap_first(body: str, lang: str) -> str:
    if lang == "en" and body[:1].islower():
        return body[0].upper() + body[1:]
    return body


def _end(body: str, t: dict[str, str]) -> str:
    return "" if body.endswith(("～", "!", "?", ".", "！", "。", "？")) else t["end"]


def _demonstrative(name: str) -> bool:
    """Aliases such as "那件黑色的" or "black one" point at a product; they do not name it."""
    n = name.casefold()
    return n.startswith(("那", "这")) or n.endswith(("的", " one"))
