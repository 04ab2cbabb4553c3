# ruff: noqa: E501
"""Which catalog product a message names: link number, name or alias, or a variant.

Built once per catalog from its names, aliases, variant attributes and link numbers
only (nothing shop-specific): full names and aliases, the head noun of a Chinese name
(its last 2–4 characters), distinctive longer pieces of names, distinctive English
name words, and variant values (黑色/黑, 1.8m床/1.8, Cream) that one product alone has.
Typos are tolerated: one wrong character in a Chinese term of 3+ characters, one edit
in an English word of 5+ letters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from copilot.core.catalog import Catalog
from copilot.core.understanding.grounding import CatalogEvidence
from copilot.core.understanding.links import LINK_GATE, LINK_RE, link_number
from copilot.core.understanding.matcher import CharMatcher, TokenMatcher, tokens
from copilot.core.understanding.normalize import normalize

_CJK = re.compile(r"[\u3400-\u9fff]")
# Generic words that name no particular product (English partial-name matching).
_EN_STOP_WORDS = """
    a an the and or of for with in on to by from set piece pcs pc size one new style
    high low long short soft hard light dark big small mini plus extra super ultra
    classic basic premium black white gray grey blue red green pink cream brown beige
    navy down up top bottom wash color colour women men womens mens kids unisex cotton
    wool silk linen leather suede denim cashmere merino polyester nylon steel stainless
    vacuum insulated brushed stretch waterproof warm thermal knit knitted blend organic
    natural real pure cropped hooded fitted slim loose oversized straight rise waist
    neck sleeve sleeves
    code codes price prices link links stock ship shipping order orders deal deals sale
    coupon discount free pack bundle kit game games edition
"""
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
# Short words of every English sentence: an alias that is one of them ("DO" for a Dutch
# oven, "IT") would name the product in "where do i buy"; such an alias is left out.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "with",
        "in",
        "on",
        "to",
        "by",
        "at",
        "as",
        "if",
        "is",
        "it",
        "its",
        "be",
        "am",
        "are",
        "was",
        "do",
        "does",
        "did",
        "go",
        "so",
        "no",
        "not",
        "up",
        "me",
        "my",
        "we",
        "us",
        "you",
        "he",
        "she",
        "i",
        "oh",
        "ok",
        "hi",
        "yes",
        "can",
        "get",
        "got",
        "all",
        "any",
        "out",
        "off",
        "now",
        "new",
        "one",
        "two",
        "how",
        "what",
        "who",
        "why",
        "when",
        "where",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
    ]
)
WORD_MEMO_SIZE = 8192
_SUFFIX_STRIP = ("色", "格", "码", "款", "床", "的")
_NEGATIONS = "不无没非免"


@dataclass(slots=True)
class Term:
    pids: frozenset[str]
    strength: float


@dataclass(slots=True)
class Mention:
    product_id: str | None
    strength: float  # 0 none; 1 variant; 2-3 partial name; 5 alias/name; 9 link number
    candidates: frozenset[str] = frozenset()


def _variant_keys(value: str) -> set[str]:
    v = normalize(value)
    keys = {v}
    base = v
    while base and base.endswith(_SUFFIX_STRIP) and len(base) > 1:
        base = base[:-1]
        keys.add(base)
    num = re.match(r"^(\d+(?:\.\d+)?)\s*(?:m|米|ml|oz|l)?", v)
    if num and "." in num.group(1):
        keys.add(num.group(1))
    if base.endswith("m") and base[:-1].replace(".", "").isdigit():
        keys.add(base[:-1] + "米")
    words = v.split()
    if len(words) > 1 and words[-1].isalpha():
        keys.add(words[-1])  # "burnt orange" is asked for as "orange"
    # Single letters (S/M/L) and one CJK character are too common to identify anything, and
    # so are plain words ("how *long*", "on *high*") when they are a variant's whole value.
    return {
        k
        for k in keys
        if (len(k) >= 2 or (_CJK.match(k) is None and k.isdigit())) and k not in _PLAIN_VARIANTS
    }


_PLAIN_VARIANTS_WORDS = """
    long short high low regular standard normal basic default new one plus big light dark
    classic original
"""
_PLAIN_VARIANTS = frozenset(_PLAIN_VARIANTS_WORDS.split())


_PACK_TAIL = re.compile(r"[一二两三四五六七八九十百]+[\u4e00-\u9fff]?装$|装$")


def _without_pack_size(name: str) -> str:
    """The name without a trailing pack size ("…洁面乳120毫升" → "…洁面乳", "…面膜10片装",
    "…两罐装"): a Chinese name ends with what the thing is, unless a quantity follows it."""
    digit = re.search(r"\d", name)
    if digit and len(_CJK.findall(name[: digit.start()])) >= 3:
        name = name[: digit.start()]
    return _PACK_TAIL.sub("", name.strip()) or name


MODIFIER = 1.5  # a word of an English name or alias that is not its head noun
# where an English name's head noun ends: "Chair Mat for Carpet", "Footrest with Rollers"
_NAME_TAIL = frozenset(["for", "with", "in", "of", "from", "by"])


def _head_word(words: list[str]) -> str | None:
    """The head noun of an English name or alias: its last content word before "for",
    "with" … ("mat" of "clear chair mat for carpet and hard floors"); None for a name of one
    content word or none (every word then names it as before)."""
    core: list[str] = []
    for w in words:
        if w in _NAME_TAIL and core:
            break
        core.append(w)
    content = _content_words(core)
    if not content or len(_content_words(words)) < 2:
        return None
    return content[-1]


def _content_words(words: list[str]) -> list[str]:
    """The words of an English name that can name it: no stop word, three letters or more."""
    return [w for w in words if w not in _EN_STOP and len(w) >= 3]


class ProductIndex:
    """Name/alias/variant dictionary of one catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.evidence = CatalogEvidence(catalog)
        self.by_link = {n: p.id for n, p in catalog.by_link.items()}
        self.ids = frozenset(p.id for p in catalog.products)
        terms: dict[str, dict[str, float]] = {}

        def add(term: str, pid: str, strength: float) -> None:
            term = term.strip()
            if not term or term.isdigit():
                return
            slot = terms.setdefault(term, {})
            slot[pid] = max(slot.get(pid, 0.0), strength)

        for p in catalog.products:
            for full in [p.name, *p.aliases]:
                n = normalize(full)
                if n and n not in _FUNCTION_WORDS:
                    add(n, p.id, 5.0)
                    if n.startswith(("the ", "a ")):  # alias "the 2p": viewers say "2p"
                        add(n.split(" ", 1)[1], p.id, 5.0)
            self._partials(normalize(p.name), p.id, add)
            for a in p.aliases:
                self._partials(normalize(a), p.id, add, alias=True)
        variant: dict[str, set[str]] = {}
        for p in catalog.products:
            for v in p.variants:
                for val in v.attrs.values():
                    for k in _variant_keys(val):
                        variant.setdefault(k, set()).add(p.id)
        cjk_entries: list[tuple[str, Term]] = []
        en_entries: list[tuple[str, Term]] = []
        for term, owners in terms.items():
            best = max(owners.values())
            top = frozenset(pid for pid, s in owners.items() if s == best)
            if best < 5.0 and len(owners) > 1:
                continue  # a partial piece shared by several products names none of them
            entry = Term(top, best)
            (cjk_entries if _CJK.search(term) else en_entries).append((term, entry))
        for k, pids in variant.items():
            if k in terms:
                continue
            entry = Term(frozenset(pids), 1.0)
            char_level = _CJK.search(k) is not None or any(c.isdigit() for c in k)
            (cjk_entries if char_level else en_entries).append((k, entry))
        self.cjk: CharMatcher[Term] = CharMatcher(cjk_entries)
        self.en: TokenMatcher[Term] = TokenMatcher(en_entries)
        self.has_cjk_terms, self.has_en_terms = bool(self.cjk), bool(self.en)
        # Typo tolerance tables.
        self.cjk_fuzzy: dict[tuple[int, str], Term] = {}
        for term, entry in cjk_entries:
            if entry.strength >= 3.0 and len(term) >= 3 and _CJK.search(term):
                # a three-character name keeps its last (what the thing is): "宝宝霜" with
                # its 霜 slipped would be any "宝宝…"
                for i in range(len(term) - 1 if len(term) == 3 else len(term)):
                    self.cjk_fuzzy.setdefault((len(term), term[:i] + "\0" + term[i + 1 :]), entry)
        self.fuzzy_lens = sorted({ln for ln, _ in self.cjk_fuzzy}, reverse=True)
        self.fuzzy_chars = frozenset(c for _, key in self.cjk_fuzzy for c in key if c != "\0")
        # One substituted character leaves a bigram or a skip-bigram of the term intact:
        # a single regex search over those rules out almost every message cheaply.
        grams: set[str] = set()
        for term, entry in cjk_entries:
            if entry.strength >= 3.0 and len(term) >= 3 and _CJK.search(term):
                for i in range(len(term) - 1):
                    grams.add(re.escape(term[i : i + 2]))
                    if i + 2 < len(term):
                        grams.add(re.escape(term[i]) + "." + re.escape(term[i + 2]))
        self.fuzzy_gate = re.compile("|".join(sorted(grams))) if grams else None
        self.en_fuzzy: dict[str, Term] = {}
        self._word_memo: dict[str, Term | None] = {}  # chat words repeat: each looked up once
        for term, entry in en_entries:
            if " " not in term and len(term) >= 5 and entry.strength >= 2.0:
                for i in range(len(term)):
                    self.en_fuzzy.setdefault(term[:i] + term[i + 1 :], entry)
                self.en_fuzzy.setdefault(term, entry)

    @staticmethod
    def _partials(name: str, pid: str, add, alias: bool = False) -> None:  # type: ignore[no-untyped-def]
        cjk = "".join(ch for ch in _without_pack_size(name) if _CJK.match(ch))
        if len(cjk) >= 3 and not alias:
            # Head noun: a Chinese product name ends with what the thing is (…羽绒服).
            # …unless it ends on a negated word ("…火锅底料 清汤不辣", "…18K玫瑰金 无钻"): its
            # "不辣" is a descriptor, and viewers ask "辣不辣"
            for ln in (2, 3, 4, 5) if cjk[-2] not in _NEGATIONS else ():
                if ln < len(cjk):
                    add(cjk[-ln:], pid, 3.0 if ln >= 3 else 2.5)
        for w in tokens(name):
            # a model code ("2p", "x7", "s20"): names the product like a word of its own
            if len(w) >= 2 and not w.isalpha() and not w.isdigit() and w.isalnum():
                add(w, pid, 3.0)
        words = [w for w in tokens(name) if w.isalpha()]
        head = _head_word(words)
        for w in _content_words(words):
            # a word that only says which kind ("floor" of "floor mat", "desk" of "Under-Desk
            # Footrest", "floors" of "Chair Mat for … Hard Floors") names the product
            # faintly: "will the wheels scratch my wood floors" asks of the chair on screen
            strength = (2.0 if not alias else 3.0) if w == head else MODIFIER
            add(w, pid, strength)
        for a, b in zip(words, words[1:], strict=False):
            if a not in _EN_STOP or b not in _EN_STOP:
                add(f"{a} {b}", pid, 4.0)

    def _link_sub(self, found: list[str]):  # type: ignore[no-untyped-def]
        def sub(m: re.Match[str]) -> str:
            raw = next((g for g in m.groups() if g), None)
            n = link_number(raw) if raw else None
            pid = self.by_link.get(n) if n is not None else None
            if pid is None:
                return m.group(0)
            if pid not in found:
                found.append(pid)
            return " § "

        return sub

    def link_numbers(self, text: str) -> list[str]:
        """Products referred to by link number ("3号链接", "link 3", "#3"), in text order."""
        found: list[str] = []
        LINK_RE.sub(self._link_sub(found), text)
        return found

    def scan(self, text: str, has_cjk: bool) -> tuple[list[str], list[Term], str, list[str]]:
        """Screen-independent part of resolution: link-number products, name/alias/variant
        terms found, and the text and tokens with the naming words masked (so "link 3" or
        a product called …Cotton Set does not count as intent evidence)."""
        links: list[str] = []
        if self.by_link and LINK_GATE.search(text):
            masked = LINK_RE.sub(self._link_sub(links), text)
        else:
            masked = text
        found: list[Term] = []
        if has_cjk and self.has_cjk_terms:
            hits = self.cjk.scan(masked)
            if hits:
                parts, last = [], 0
                for a, b, vals in hits:
                    found.extend(vals)
                    if max(v.strength for v in vals) >= MODIFIER:
                        parts.append(masked[last:a])
                        parts.append(" § ")
                        last = b
                parts.append(masked[last:])
                masked = "".join(parts)
        toks = tokens(masked)
        if toks and self.has_en_terms:
            for a, b, vals in self.en.scan(toks):
                found.extend(vals)
                if max(v.strength for v in vals) >= MODIFIER:
                    toks[a:b] = ["§"] * (b - a)
        return links, found, masked, toks

    @staticmethod
    def pick(links: Sequence[str], found: Sequence[Term], screen: str | None) -> Mention:
        """The product named, preferring the one on screen when the naming is ambiguous."""
        if links:
            return Mention(screen if len(links) > 1 and screen in links else links[0], 9.0)
        return ProductIndex._pick(found, screen)

    def resolve(
        self, text: str, has_cjk: bool, screen: str | None
    ) -> tuple[Mention, str, list[str]]:
        links, found, masked, toks = self.scan(text, has_cjk)
        return self.pick(links, found, screen), masked, toks

    def fuzzy(self, masked: str, toks: list[str], has_cjk: bool, screen: str | None) -> Mention:
        """A product named with a typo (run only when nothing matched exactly and it matters)."""
        return self._pick(self.fuzzy_terms(masked, toks, has_cjk), screen)

    def fuzzy_terms(self, masked: str, toks: Sequence[str], has_cjk: bool) -> list[Term]:
        """The screen-independent part of ``fuzzy``: terms named with one typo."""
        return self._fuzzy(masked[:80], toks[:30], has_cjk)

    @staticmethod
    def pick_terms(found: Sequence[Term], screen: str | None) -> Mention:
        """The product ``found`` terms name, preferring the one on screen when ambiguous."""
        return ProductIndex._pick(found, screen)

    def mention(self, text: str, toks: list[str], has_cjk: bool, screen: str | None) -> Mention:
        """The product ``text`` names, if any, preferring the one on screen when ambiguous."""
        return self.resolve(text, has_cjk, screen)[0]

    @staticmethod
    def _pick(found: Sequence[Term], screen: str | None) -> Mention:
        if not found:
            return Mention(None, 0.0)
        if len(found) == 1 and len(found[0].pids) == 1:  # the usual case, same answer
            for pid in found[0].pids:
                if found[0].strength < 2.0 and screen is not None:  # see below
                    return Mention(screen, found[0].strength)
                return Mention(pid, found[0].strength)
        score: dict[str, float] = {}
        for t in found:
            share = t.strength / len(t.pids)
            for pid in t.pids:
                score[pid] = score.get(pid, 0.0) + share + (0.01 if pid == screen else 0.0)
        best = max(score, key=lambda k: score[k])
        strength = max(t.strength for t in found if best in t.pids)
        tied = frozenset(k for k, s in score.items() if abs(s - score[best]) < 0.02)
        if len(tied) > 1:
            if screen in tied:
                return Mention(screen, strength, tied)
            return Mention(None, 0.0, tied)
        # a variant alone (a colour, a size) or a word of its kind is the faintest mention:
        # while a product is on screen the viewer most often means that one, which may well
        # come in it too
        if strength < 2.0 and screen is not None:
            return Mention(screen, strength)
        return Mention(best, strength)

    def _fuzzy(self, text: str, toks: Sequence[str], has_cjk: bool) -> list[Term]:
        out: list[Term] = []
        if has_cjk and self.cjk_fuzzy and self.fuzzy_gate and self.fuzzy_gate.search(text):
            n = len(text)
            chars = self.fuzzy_chars
            for ln in self.fuzzy_lens:
                for i in range(0, n - ln + 1):
                    window = text[i : i + ln]
                    if window[0] not in chars and window[-1] not in chars:
                        continue
                    for j in range(ln):
                        t = self.cjk_fuzzy.get((ln, window[:j] + "\0" + window[j + 1 :]))
                        if t is not None:
                            out.append(t)
                            break
                if out:
                    return out
        memo = self._word_memo
        for w in toks:
            if len(w) < 4 or not w.isalpha():
                continue
            if w in memo:
                t = memo[w]
            else:
                t = self._fuzzy_word(w)
                if len(memo) >= WORD_MEMO_SIZE:
                    memo.clear()
                memo[w] = t
            if t is not None:
                out.append(t)
        return out

    def _fuzzy_word(self, w: str) -> Term | None:
        """The term ``w`` spells with at most one letter dropped or added, if any."""
        t = self.en_fuzzy.get(w)
        if t is None:
            for i in range(len(w)):
                t = self.en_fuzzy.get(w[:i] + w[i + 1 :])
                if t is not None:
                    break
        return t
