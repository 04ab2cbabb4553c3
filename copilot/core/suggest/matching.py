"""Finding the catalog entry a question is about: variants it names, the FAQ or spec it asks.

Character bigrams (Chinese) and words (English) are compared after the product's own
names are removed from the question, so "羽绒服会钻绒吗" matches the FAQ about 钻绒,
not every FAQ that happens to repeat the product name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from copilot.core.catalog import Product, Variant

MATCH_CHARS = 600
_WORD = re.compile(r"[a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff]+")
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "it",
        "this",
        "that",
        "does",
        "do",
        "can",
        "you",
        "your",
        "i",
        "me",
        "my",
        "to",
        "of",
        "and",
        "or",
        "for",
        "in",
        "on",
        "with",
        "what",
        "how",
        "any",
        "have",
        "has",
        "be",
        "are",
        "will",
        "would",
        "there",
        "link",
        "much",
        "many",
    ]
)
_STOP_BIGRAMS = frozenset(
    [
        "这个",
        "那个",
        "还有",
        "有没",
        "没有",
        "可以",
        "能不",
        "不能",
        "怎么",
        "什么",
        "多少",
        "一下",
        "请问",
        "主播",
        "宝宝",
        "链接",
        "这款",
        "那款",
        "是不",
        "不是",
        "吗吗",
        "的吗",
        "了吗",
        "号的",
        "我想",
        "想问",
    ]
)
# Extra words that point at a spec key (keys are free-form in catalogs, these are the usual).
SPEC_HINTS: dict[str, tuple[str, ...]] = {
    "shelf_life": (
        "保质期",
        "过期",
        "放多久",
        "能放",
        "shelf life",
        "expire",
        "expiry",
        "best before",
    ),
    "origin": ("产地", "哪里产", "哪产", "原产", "origin", "made in", "where is it from"),
    "ingredients": ("配料", "成分", "添加剂", "ingredient", "additive"),
    "battery": ("续航", "电池", "充电", "battery", "charge"),
    "power": ("功率", "瓦数", "power", "watt"),
    "color": ("颜色", "色差", "colour", "color"),
    "material": (
        "材质",
        "面料",
        "什么料",
        "成分",
        "纯棉",
        "含棉",
        "羊毛",
        "material",
        "fabric",
        "made of",
        "cotton",
        "wool",
    ),
    "weight": ("多重", "重量", "重不重", "几斤", "克重", "weight", "heavy", "weigh"),
    "length": ("多长", "长度", "衣长", "裤长", "long", "length"),
    "thickness": ("厚", "薄", "thick", "thin", "warm enough"),
    "capacity": ("容量", "多大", "毫升", "capacity", "oz", "ml", "how big"),
    "insulation": ("保温", "保冷", "多久", "insulat", "hot", "cold", "how long"),
    "dimensions": ("尺寸", "多宽", "多大", "size of", "dimension", "wide", "width"),
    "contents": ("几件", "包含", "包括", "有什么", "what's in", "include", "contents", "pieces"),
    "fill_power": ("蓬松", "fill power", "loft"),
    "fill_weight": ("充绒", "绒量", "fill weight", "how much down"),
    "rise": ("腰", "高腰", "rise", "waist"),
}
_SIZE_TOKEN = re.compile(r"(?<![a-z'’])(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)(?![a-z])")


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold()


@lru_cache(maxsize=4096)
def grams(text: str) -> frozenset[str]:
    """Character bigrams of CJK runs plus lowercase words (stop words removed; long text cut)."""
    t = norm(text[:MATCH_CHARS])
    out = {w for w in _WORD.findall(t) if w not in _STOP_WORDS and len(w) > 1}
    for run in _CJK.findall(t):
        out.update(
            b for b in (run[i : i + 2] for i in range(len(run) - 1)) if b not in _STOP_BIGRAMS
        )
        if len(run) == 1:
            out.add(run)
    return frozenset(out)


def strip_names(question: str, product: Product) -> str:
    q = norm(question[:MATCH_CHARS])
    for n in sorted([product.name, *product.aliases], key=len, reverse=True):
        if n:
            q = q.replace(norm(n), " ")
    return q


def overlap(q: frozenset[str], target: frozenset[str]) -> float:
    """Share of the target's grams found in the question, favouring specific targets."""
    if not q or not target:
        return 0.0
    hit = len(q & target)
    return hit / (len(target) ** 0.5) if hit else 0.0


@dataclass(slots=True)
class Candidate:
    """A catalog answer to a spec/usage question: its fact path, label and verbatim value."""

    path: str
    label: str
    value: str
    score: float


def rank_answers(question: str, product: Product, *, faq_weight: float = 1.0) -> list[Candidate]:
    """Spec values and FAQ answers of ``product`` ranked by how well they match the question."""
    q_text = strip_names(question, product)
    q = grams(q_text)
    out: list[Candidate] = []
    for i, f in enumerate(product.faq):
        if not f.get("a"):
            continue
        s = overlap(q, grams(f.get("q", ""))) * 1.2 + overlap(q, grams(f["a"])) * 0.3
        out.append(Candidate(f"{product.id}.faq.{i}.a", f.get("q", ""), f["a"], s * faq_weight))
    for key, value in product.specs.items():
        if not value:
            continue
        hints = SPEC_HINTS.get(key.casefold(), ())
        s = 1.5 if any(norm(h) in q_text for h in hints) else 0.0
        s += overlap(q, grams(key.replace("_", " "))) + overlap(q, grams(value)) * 0.5
        out.append(Candidate(f"{product.id}.specs.{key}", key, value, s))
    out.sort(key=lambda c: -c.score)
    return out


def _attr_forms(value: str) -> list[str]:
    v = norm(value).strip()
    forms = [v]
    if len(v) > 1 and v.endswith("色"):
        forms.append(v[:-1])
    return forms


def _mentions(q: str, value: str) -> bool:
    for form in _attr_forms(value):
        if not form:
            continue
        if re.fullmatch(r"[a-z0-9]+", form):
            if re.search(rf"(?<![a-z0-9'’]){re.escape(form)}(?![a-z0-9])", q):
                return True
        elif form in q:
            return True
    return False


def named_variants(text: str, product: Product) -> list[Variant]:
    """Variants whose every attribute the text names, if it names any attribute at all."""
    q = norm(strip_names(text, product))
    named: dict[str, set[str]] = {}
    for v in product.variants:
        for k, val in v.attrs.items():
            if _mentions(q, val):
                named.setdefault(k, set()).add(val)
    if not named:
        return []
    return [v for v in product.variants if all(v.attrs.get(k) in vals for k, vals in named.items())]


def size_tokens(text: str) -> set[str]:
    return set(_SIZE_TOKEN.findall(norm(text)))
