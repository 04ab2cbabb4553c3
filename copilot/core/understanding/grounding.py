"""Intent evidence from the shop's own catalog: its spec words, its prices, its link numbers.

The lexicons know how viewers ask about clothes, gadgets or food, but no lexicon knows
every shop: "lumens?", "roast date on these?", "功率多大" ask about a spec because the
catalog on air lists lumens, a roast date and a power rating. So the catalog adds
evidence of its own:

- a word of a product's specs (key or value) that is no other intent's word → ``spec``
  (a topic word: it needs the question form to decide);
- a number that is one of the catalog's prices, in a question ("17 a bag?") → ``price``;
- one of the catalog's coupon codes, said or asked about ("IRON20 works on these?") →
  ``discount`` (in ``code_hits``, questions or not);
- a link number asked about with nothing else asked ("link 4 right?", "9号对吧",
  "实验箱是8号吗") → ``link``;
- a variant's colour, flavour or fit asked about with nothing else asked ("grey 12?",
  "black in L still?", "咖啡色有轿车款吗") → ``stock``: is that one still there.
"""

from __future__ import annotations

import re

from copilot.core.catalog import Catalog
from copilot.core.records import QUESTION_INTENTS
from copilot.core.understanding.lexicon_en import EN_LEXICON
from copilot.core.understanding.matcher import CharMatcher, parse_lexicon
from copilot.core.understanding.normalize import normalize

STRONG_EVIDENCE = 3.0  # intent.STRONG: evidence that says the intent alone
SPEC_WEIGHT = 2.0  # a topic word, like the lexicons' "material"
PRICE_WEIGHT = 2.5
CODE_WEIGHT = 3.0  # a shop's own coupon code says "discount" alone
LINK_WEIGHT = 2.5  # below STRONG: a follow-up ("and link 8?") still inherits its question
VARIANT_WEIGHT = 2.5  # only when nothing else is asked: "is the blue one dimmable" is spec

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z]+")
# CJK runs are cut at these (particles and joiners inside spec values)
_CJK_SPLIT = re.compile(r"[的和与及或、是为有在可]")
# (no age, size, school year or range: "bottle green age 9-10??" asks for stock)
_NUMBER = re.compile(
    r"(?<![\d.])(?<!\d-)(?<!age )(?<!ages )(?<!aged )(?<!size )(?<!grade )(?<!year )"
    r"\d+(?:\.\d+)?(?![\d.])(?!\s*(?:%|折|号|斤|cm|mm|ml|kg|g\b|oz|lb|-\s*\d))"
)


# what a variant pick may carry besides the variant: spaces, "码", "色", "的", "要", "吗"
_PICK_JUNK = re.compile(r"[\s?？!！~。.,，]+|码|色|的|要|吗|呢|吧|\bsize\b|\bpls\b|\bplease\b")


def _pick_keys(catalog: Catalog) -> tuple[frozenset[str], frozenset[str]]:
    """Each variant value as viewers type it: "黑色" as 黑, "US8" as 8 too, no spaces; and
    the names of the attributes, "age" of "age 9-10"."""
    names = {
        _PICK_JUNK.sub("", normalize(str(k))) for p in catalog.products for v in p.variants
        for k in v.attrs
    }  # fmt: skip
    out: set[str] = set()
    for p in catalog.products:
        for v in p.variants:
            for value in v.attrs.values():
                key = _PICK_JUNK.sub("", normalize(str(value)))
                if key and key not in names:
                    out.add(key)
                    if key.startswith("us") and key[2:].isdigit():
                        out.add(key[2:])
    return frozenset(out), frozenset(names - {""})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words too common, or owned by other intents' questions (time: shipping; guarantee: after
# sales), to say "spec" by themselves
_EN_STOP = _words(
    "the and for with from about only than that this your into over under each both also "
    "most more less very just like full high low mid standard option options included "
    "inside outside side good great best one two three four five six seven eight nine ten "
    "hour hours day days week weeks month months year years minute minutes second seconds "
    "time times up to per not but are can will make made use used using any all out off "
    "new its it's other then when what which who how long short big small large medium "
    "top bottom front back left right free gift set sets kit pack piece pieces unit units "
    "approx approximately about around plus extra version type model item items product "
    "warranty guarantee return returns refund shipping delivery price cost size sizes"
)
_ZH_STOP = _words(
    "约 左右 小时 分钟 天 个月 月 年 以上 以下 以内 可以 适合 不会 没有 一个 我们 建议 需要 "
    "包括 包含 大约 支持 不是 就是 所有 每个 每天 一次 左 右 上 下 内 外 款 个 只 件 套 "
    "保修 质保 包邮 退换 退货 价格 尺码"
)


# words of carrier names that are not the carrier ("Royal Mail Tracked 48", "UPS Ground")
_CARRIER_STOP = _words(
    "mail post parcel parcels express tracked ground priority first class delivery home "
    "freight curbside age verified large letter standard advantage cold chain"
)


def _stem(word: str) -> str:
    """A crude English stem, enough to meet "roasted" with "roast" and "lumens" with "lumen"."""
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _other_intent_words() -> frozenset[str]:
    """Words of the English lexicon's phrases for intents other than spec ("order" of
    "my order", "warranty"): a catalog that uses them in a spec does not make them spec."""
    out: set[str] = set()
    for phrase, (intent, _w) in parse_lexicon(EN_LEXICON, ","):
        if intent != "spec":
            out.update(_stem(w) for w in _WORD.findall(phrase))
    return frozenset(out)


_OTHER_WORDS = _other_intent_words()


class CatalogEvidence:
    """The catalog-grounded evidence of one catalog (built once per catalog)."""

    def __init__(self, catalog: Catalog) -> None:
        en: set[str] = set()
        zh: set[str] = set()
        for p in catalog.products:
            for key, value in p.specs.items():
                text = normalize(f"{key.replace('_', ' ')} {value}")
                for w in _WORD.findall(text.replace("-", " ")):
                    s = _stem(w)
                    # a word of a name too ("incline" of "… Incline Treadmill") still asks
                    # about the spec when nothing else is asked
                    if len(w) >= 3 and not ({s, w} & (_EN_STOP | _OTHER_WORDS)):
                        en.add(s)
                for run in _CJK_RUN.findall(text):
                    for piece in _CJK_SPLIT.split(run):
                        if 2 <= len(piece) <= 4 and piece not in _ZH_STOP:
                            zh.add(piece)
        ven: set[str] = set()
        vzh: set[str] = set()
        for p in catalog.products:
            for v in p.variants:
                for value in v.attrs.values():
                    text = normalize(str(value))
                    ven.update(w for w in _WORD.findall(text) if len(w) >= 3
                               and w not in _EN_STOP and w not in _OTHER_WORDS)  # fmt: skip
                    vzh.update(r for r in _CJK_RUN.findall(text) if 2 <= len(r) <= 5)
        self.variant_words = frozenset(ven)
        self.picks, self.pick_names = _pick_keys(catalog)
        self.pick_max = max(map(len, self.picks | self.pick_names), default=0)
        self.variant_terms: CharMatcher[str] = CharMatcher((t, t) for t in vzh - zh)
        # each stem as viewers may type it, so a message is checked by set lookups alone
        self.en_words = frozenset(
            w for s in en for w in (s, s + "s", s + "es", s + "ed", s + "d", s + "ing")
        )
        self.zh_terms: CharMatcher[str] = CharMatcher((t, t) for t in zh)
        # coupon codes viewers type back ("IRON20 works on these?", "CAMPLIVE says invalid")
        self.codes = frozenset(
            w
            for p in catalog.products
            if p.coupon
            for w in re.findall(r"(?<=code )[a-z0-9]{4,}", normalize(p.coupon))
        )
        # the shop's own carriers ("sendle takes forever to WA", "qxpress??"): a courier no
        # lexicon knows is still the shipping asked about
        self.carriers = frozenset(
            w
            for p in catalog.products
            if isinstance((p.shipping or {}).get("carrier"), str)
            for w in _WORD.findall(normalize(p.shipping["carrier"]))
            if len(w) >= 3 and w not in _CARRIER_STOP and w not in _EN_STOP
        )
        self.prices = frozenset(
            float(v)
            for p in catalog.products
            for v in (p.price, p.live_price)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
        )

    def hits(
        self,
        masked: str,
        toks: list[str],
        has_cjk: bool,
        named_link: bool,
        scores: dict[str, float],
    ) -> list[tuple[str, float]]:
        """(intent, weight) evidence this catalog adds to a question's own."""
        out: list[tuple[str, float]] = []
        # a spec word only matters while no intent has strong evidence of its own
        settled = "spec" in scores or any(s >= STRONG_EVIDENCE for s in scores.values())
        spec = not settled and not self.en_words.isdisjoint(toks)
        if not spec and not settled and has_cjk and self.zh_terms:
            spec = bool(self.zh_terms.scan(masked))
        if spec:
            out.append(("spec", SPEC_WEIGHT))
        asked = settled or spec or any(k in QUESTION_INTENTS for k in scores)
        if not asked and self._names_a_variant(masked, toks, has_cjk):
            out.append(("stock", VARIANT_WEIGHT))
        if "shipping" not in scores and self.carriers and not self.carriers.isdisjoint(toks):
            out.append(("shipping", STRONG_EVIDENCE))
        if self.prices and any(float(m.group(0)) in self.prices for m in _NUMBER.finditer(masked)):
            out.append(("price", PRICE_WEIGHT))
        # any hint of another question ("21号多少") leaves the link alone
        if named_link and not out and not any(k in QUESTION_INTENTS for k in scores):
            out.append(("link", LINK_WEIGHT))
        return out

    def _names_a_variant(self, masked: str, toks: list[str], has_cjk: bool) -> bool:
        if not self.variant_words.isdisjoint(toks):
            return True
        return has_cjk and bool(self.variant_terms) and bool(self.variant_terms.scan(masked))

    def is_variant_pick(self, text: str) -> bool:
        """The whole message is a variant of the catalog ("M码", "黑色M", "燕麦8", "粉色4T",
        "navy L"): a viewer typing the one they want, asking if it is there. Digits alone
        ("1", "666") are no pick: rooms type them to cheer or to count themselves in."""
        if not self.picks or len(text) > 40:
            return False
        rest = _PICK_JUNK.sub("", text)
        if not rest or rest.isdigit():
            return False
        value = False  # ("color" alone asks which there are)
        while rest:
            for n in range(min(len(rest), self.pick_max), 0, -1):
                if rest[:n] in self.picks or rest[:n] in self.pick_names:
                    value = value or rest[:n] in self.picks
                    rest = rest[n:]
                    break
            else:
                return False
        return value

    def code_hits(self, toks: list[str]) -> list[tuple[str, float]]:
        """A coupon code of this catalog in any message ("the FOLD50 code says invalid")."""
        if self.codes and not self.codes.isdisjoint(toks):
            return [("discount", CODE_WEIGHT)]
        return []
