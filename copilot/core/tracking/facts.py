"""Which catalog facts a piece of host speech (or a typed reply) states, and so which
waiting questions it answers (spec: "When a question counts as answered").

Matchers are built generically from any catalog: numbers by value and unit class, short
values (carrier) as sound-alike token runs, long texts (size guide, specs, FAQ answers,
after-sales, the returns policy) by token-bigram containment — or, said in other words,
by a measure they hold ("一千六百瓦" = "1600W"), most of their English content words or
Chinese content characters, or one clause of them read out. The product spoken of
follows from names, aliases and link numbers, then from values only one product has;
values several products share are left for the caller to settle (``Statement.ambiguous``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from copilot.core.catalog import Catalog, Product
from copilot.core.tracking.fuzzy import Phrase, bigrams, tokens
from copilot.core.tracking.glossary import english_words
from copilot.core.tracking.numbers import (
    NUMBER_RE,
    TIME_UNITS,
    Num,
    measures,
    measures_in_context,
    normalize,
    numbers,
)

# a time or a percentage is in too many texts (shipping, warranties, discounts, fees) to
# tell one by itself
WEAK_UNITS = TIME_UNITS | {"%"}

# intent → the fact fields that answer it (the spec's intent→fact table)
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "price": frozenset({"live_price", "price"}),
    "discount": frozenset({"coupon", "live_price"}),
    "stock": frozenset({"stock"}),
    "shipping": frozenset({"carrier", "ships_within_h", "free"}),
    "size": frozenset({"size_guide"}),
    "spec": frozenset({"spec", "faq"}),
    "usage": frozenset({"faq"}),
    "after_sales": frozenset({"after_sales"}),
    "link": frozenset({"link_no"}),
}
FIELD_INTENTS: dict[str, tuple[str, ...]] = {}
for _intent, _fields in INTENT_FIELDS.items():
    for _f in _fields:
        FIELD_INTENTS[_f] = (*FIELD_INTENTS.get(_f, ()), _intent)

TEXT_MIN = 0.5  # share of a long text's bigrams a segment must contain
PART_MIN = 0.2  # … and of one clause of a coupon, said with its numbers
FAMILY_MARGIN = 0.15  # within a family, keep matches this close to the best one
ANCHOR_MARGIN = 0.15  # how much better said a text must be to take another's measures
POLICY_MORE = 3  # bigrams more of the returns policy than of any after-sales text read
NAME_MIN = 0.6
# an alias that is a link number ("5号", "一号链接"): read as the link, never as a name
_LINK_NAME = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十]+)\s*号\s*(?:链接)?\s*")
# families of long texts that paraphrase each other across products
_FAMILIES = {"size_guide": "size", "spec": "spec", "faq": "spec", "after_sales": "after"}
_ONE_PRONOUN = re.compile(r"\b(?:this|that|which|the|each|every|any|another|other) $")
_STOCK_CONTEXT = re.compile(
    r"货|库存|剩|备了|总共|一共|只有|stock|left|have|available|units|total|remaining|\bgot\b"
    # "we're down to ninety five choppers" (not a price "down to 21.95")
    r"|\bon the shel(?:f|ves)\b|warehouse|on hand"
    r"|\b(?:we'?re|we are) down to\b|\bdown to (?:the|our) last\b"
)
# what is left, said of one variant ("only nine of the white left", "粉色只剩十二台",
# "番茄的只有三十份", "红豆的还有三十盒": the count alone, not "还有一张三十的券")
_LEFT = re.compile(
    r"\bleft\b|剩|\bremaining\b|库存"
    r"|(?:只|还)有\s*\d+\s*(?:个|件|单|份|盒|袋|条|瓶|台|套|箱|包|支|只|双|棵|盆|束|罐|桶|颗)?(?=\s|$|[,，。!！~])"
)
_COUPON_CUE = re.compile(
    r"减|券|卷|优惠|折|满|补贴|以旧换新|红包|福利|送|off\b|coupon|code|save|discount|bundle|buy\b"
    r"|\bfree\b(?! shipping| delivery)|percent off|%\s*off|voucher|promo"
)  # (a share alone, "百分之百桑蚕丝", "twenty percent perfume oil", is no coupon)
# a dispatch time is said with a word of shipping ("48小时内发", "goes out within 24 hours",
# "顺丰 二十四小时"); a time said without one is of use or care ("二十四小时停车监控", "let
# it dry a full 24 hours", "头一天晚上放冷藏室")
_SHIP_CUE = re.compile(
    # (泡发, 沙发, 头发, 发酵 … are no sending)
    r"(?<!泡)(?<!沙)(?<!头)(?<!开)(?<!出)发(?!泡|酵|霉|芽|热|烧|现|明|型|丝|质)"
    r"|寄|快递|物流|出库|包邮|邮|顺丰|顺风|中通|圆通|申通|韵达|京东|极兔|ship|dispatch|send"
    r"|\bsent\b|\bout\b|deliver|arriv|\bpost|mail|courier|fed ?ex|\bups\b|u s p s|usps|dhl|dpd|evri"
)
# free shipping said as such (not "运费我们出" after a return or "we replace it free")
_FREE_PLAIN = r"(?<!不)包邮|免运费|免邮|free shipping|\bships? free|shipping is free|free delivery"
_FREE_YES = re.compile(
    # (return postage, "质量问题来回运费我们出", is after-sales, not free shipping)
    _FREE_PLAIN + r"|不用.{0,6}运费|(?<!来回)(?<!退货)(?<!寄回)(?<!退回)运费.{0,4}(?:我们出|全免)"
    r"|no shipping (?:fee|cost)"
)
_FREE_PLAIN_RE = re.compile(_FREE_PLAIN)
# "delivery is free on the pjs", "delivery's free", "postage is always free", "free p&p" —
# unless said with a threshold ("over twenty quid is free postage"), the shop's policy
_FREE_SAID = re.compile(
    r"\b(?:delivery|postage|p ?& ?p)(?:'s| is| are) (?:also |always |totally |completely )?free\b"
    r"|(?<!not )(?<!no )\bfree (?:postage|p ?& ?p)\b"
)
_THRESHOLD = re.compile(r"\b(?:over|above|spend|orders? of|minimum|min)\b|满")
# free shipping above an amount ("ship free over 49", "free shipping kicks in at fifty
# dollars", "满99包邮"): the shop's shipping policy, no product's shipping said free
_FREE_OVER = re.compile(
    r"(?:free|包邮|免邮|免运费)\D{0,25}?(?:\bover|\babove|\bkicks in at|\bif you spend"
    r"|\bwhen you spend|\bon orders? (?:over|of|above))\s*[$£€¥]?\s*\d"
    r"|满\s*[$¥]?\d+(?:\.\d+)?\s*(?:元|块|刀|镑)?\s*就?(?:包邮|免邮|免运费)"
    r"|\b(?:over|above|spend)\s*[$£€¥]?\d+(?:\.\d+)?\s*(?:dollars?|bucks|quid|pounds?|gbp)?"
    r"\s*(?:and\s+)?(?:is\s+|it'?s\s+|gets?\s+|for\s+)?(?:free|包邮)"
)
# postage charged ("单拍一件要十二块邮费"), unless for far regions ("新疆西藏要补十块钱邮费"
# is the shop's shipping policy, no product's)
_POSTAGE_DUE = re.compile(r"(?<!不)要[补加]?[\d一二两三四五六七八九十块元刀钱]{1,6}[邮运]费")
_FAR_REGIONS = re.compile(r"偏远|新疆|西藏|青海|内蒙|海南|港澳台|海外")
_FREE_NO = re.compile(
    r"不(?:单独|单拍|单买)?包邮|没有?包邮|运费自理|要.{0,3}运费|shipping is not free|plus shipping"
    r"|shipping costs? extra"
    r"|(?:don'?t|doesn'?t|do not|does not|won'?t) ship (?:for )?free"
    r"|\b(?:they'?re|theyre|it'?s|its|are|is) not free"
    r" (?:by (?:themselves|itself)|on (?:its|their) own)"
    r"|\bpostage\b.{0,30}?(?:\bisn'?t|\bis not|'?s not|\bnot) free"
    r"|(?:not|no|isn'?t) free (?:shipping|delivery|postage)"
    r"|(?:shipping|delivery)\b.{0,30}?(?:\bisn'?t|\bis not|'?s not|\bnot) free"
)


_RECEIPT = re.compile(
    r"(?:签收|收到|收货|到货|拿到|delivery|receiving|arrival|received)\S{0,3}\s*$"
)


_FROM_RECEIPT = re.compile(
    r"\S*\s*(?:hours?|days?)\s+(?:of|after|from)\s+(?:delivery|arrival|receiv)"
)


# a time of use, eating or claiming, not of dispatch: "戴1天都没感觉", "适量1天一只",
# "3天之内吃完", "24小时内找客服补发", "五到七天做好", "send the unboxing video within 48
# hours", "exchange within three days"
_USE_BEFORE = re.compile(
    r"(?:戴|吃|用|喝|泡|放|适量|坚持|这|那|前|头)\s*$"  # (这两天, 头一天: no time of dispatch)
    # (a course's refund window: "退款的话开通48小时内", "超过48小时就不退了")
    r"|(?:开通|激活|超过|退款的话|退货的话)\S{0,2}\s*$"
    r"|(?:photo|picture|pic|video|report|claim|tell us|let us know|contact us|email us|message us"
    r"|exchange|return|replace|refund|send (?:it|am|them) back)s?"
    r"\s+with\s?in\s*$"
)
_USE_AFTER = re.compile(
    r"\S{0,4}?\s*(?:天|小时|个小时|h)\S{0,3}?\s*(?:之?内)?\s*"
    r"(?:找客服|联系客服|拍照|拍个照|拍照片|拍视频|发视频|发照片|发图|吃完|用完|喝完|做好|申请"
    r"|(?:给你|给您)?(?:补发|补|退款|处理|赔|换)"
    r"|(?:一|1)(?:只|次|片|包|袋|颗|粒|罐|杯|根))"
)


# said of the whole shop, not one product ("returns for everything in the shop", "全店七天无理由")
_WHOLE_SHOP = re.compile(
    r"everything in the (?:shop|store)|for everything|(?:whole|entire) (?:shop|store)|shop ?wide"
    r"|store ?wide|all (?:our )?(?:items|products|orders)|everything we sell|any item in"
    r"|\bon anything\b|anything you (?:buy|order)"
    r"|全店|全场|店里所有|所有商品|所有产品|本店所有"
)
# returns named as the topic ("returns are thirty days", "问退货的", "退换货统一说一下",
# "我们家七天无理由"): the shop's terms, though one product's after-sales text says them too
_POLICY_TOPIC = re.compile(
    r"\breturns\b|^\s*return\b|return policy|in general|generally|for the (?:shop|store)"
    r"|问退|退货的话|退货的宝|退换货|退换都|退货统一|统一说|统一跟|我们家|咱家|我们店|店里"
)
# a word of returning or exchanging, in the languages of the rooms
_SEND_BACK = re.compile(
    r"退|换|无理由|售后|质保|保修|包赔|赔|补发|重寄|寄回|没拆|未拆|没开封|未开封|吊牌"
    r"|return|refund|exchange|swap|replace|warrant|guarantee|\bback\b|final sale|unopened|unused"
    r"|unworn|sealed|retur|tukar|kembali|garansi|palit|ibalik"
    r"|rembours|échang|devolu|troca|reembols|badal|wapas|doi tra|hoan",
    re.IGNORECASE,
)


def _no_dispatch_time(text: str, n: Num) -> bool:
    """A time counted from delivery ("签收48小时内", "within 48 hours of delivery"), or of
    use or of a claim rather than of dispatch ("戴1天", "24小时内找客服")."""
    if n.kind not in ("hours", "days"):
        return False
    if _RECEIPT.search(text, max(0, n.start - 8), n.start):
        return True
    if _USE_BEFORE.search(text, max(0, n.start - 24), n.start):
        return True
    said = NUMBER_RE.match(text, n.start)
    if said is not None and _USE_AFTER.match(text, said.end()):
        return True
    return _FROM_RECEIPT.match(text, n.start) is not None


_LINK_DENIED_BEFORE = re.compile(
    r"(?:不是|别拍|not|isnt|isn't|拍到|拍成|(?<!\d)跟|(?<!\d)和)\s*(?:link\s*)?$"
)  # ("和三号气垫一起拍立减二十": another link named for a bundle, not this one's)
_LINK_DENIED_AFTER = re.compile(r"\S{0,3}?\s*(?:号)?\s*(?:链接)?\s*(?:啊|哈)?\s*(?:去了|拍错|不是)")


def _not_this_link(text: str, n: Num) -> bool:
    """A link number said to tell one link from another ("不是一号啊", "拍到四号去了",
    "not link 4"), which states no link."""
    if _LINK_DENIED_BEFORE.search(text, max(0, n.start - 8), n.start):
        return True
    said = NUMBER_RE.match(text, n.start)
    return said is not None and _LINK_DENIED_AFTER.match(text, said.end()) is not None


# "一号链接一共还有三百二十件": a link's stock told, no link given (unless said again)
_LINK_TALLY = re.compile(
    r"\s*号\s*(?:链接|链)(?:一共|总共|(?:还有|还剩|只剩|就剩)(?=\s*[\d一二两三四五六七八九十百几]))"
)


def _tallied_link(text: str, n: Num, nums: list[Num]) -> bool:
    """A link number said only to count what is left in it ("三号链接总共还有两百支")."""
    said = NUMBER_RE.match(text, n.start)
    if said is None or _LINK_TALLY.match(text, said.end()) is None:
        return False
    return sum(1 for m in nums if m.kind == "link" and m.value == n.value) == 1


# the carriers as they are named, and, for the sound-alike name search, the Chinese names
# that are no word of anything else (顺风 and 京东 are)
_CN_CARRIER_NAMES = r"顺丰|中通|圆通|申通|韵达|极兔|德邦|邮政"
_CN_CARRIER = re.compile(_CN_CARRIER_NAMES)
_CARRIERS = (
    r"(?:" + _CN_CARRIER_NAMES + r"|顺风|京东"
    r"|ems|sf|ups|usps|fedex|dhl|dpd|evri|royal mail)"
)
_CARRIER_DENIED = re.compile(
    r"(?:不是|不走|不发|换成?|改成?|改发|\bnot\b|\bno\b|\bisnt\b)\s*(?:走|发)?\s*"
    + _CARRIERS
    + r"|"
    + _CARRIERS
    + r"\s*(?:的话)?\s*(?:发不了|不发|换不了|要补|要加|不行|不了)"
)


_SHIP_SAID = re.compile(_CARRIERS + r"|包邮|免邮|free shipping|ships? free")
_THIS_ONE = re.compile(r"这个|这款|这件|这套|单拍|单买|\bthis one\b")


def _shop_shipping(norm: str) -> bool:
    """Whether shipping is said of the whole shop first ("全店满五十九包邮啊 冷链的走顺丰"),
    not of the product shown ("这个走圆通 … 全店满三十九包邮", "中通发 … 全店都送运费险")."""
    whole = _WHOLE_SHOP.search(norm)
    if whole is None or _THIS_ONE.search(norm):
        return False
    said = _SHIP_SAID.search(norm)
    return said is None or whole.start() <= said.start()


# Chinese carriers by the names an English-speaking host uses (compact, as ``_spelled`` reads)
_CARRIER_NAMES = {
    "顺丰": ("sfexpress", "sf"), "中通": ("zto",), "圆通": ("yto",), "申通": ("sto",),
    "韵达": ("yunda",), "极兔": ("jt", "jandt", "jtexpress"), "京东": ("jd", "jdlogistics"),
    "邮政": ("ems", "chinapost"),
}  # fmt: skip


# words a carrier's name carries beside the name itself ("G4S Courier", "Easy Coach
# parcel", "Nairobi same-day"): hosts say the name alone ("g four s", "easy coach")
_CARRIER_GENERIC = re.compile(
    r"\([^)]*\)|\b(?:courier|couriers|parcel|parcels|express|delivery|deliveries|logistics|"
    r"shipping|service|services|freight|cargo|same[- ]day|next[- ]day)\b",
    re.IGNORECASE,
)
# what is left must still be a name, not a kind of delivery
_NOT_A_NAME = frozenset({"standard", "normal", "local", "free", "economy", "priority",
                         "tracked", "home", "door", "rider", "own", "our", "in", "house",
                         "the", "by"})  # fmt: skip


def _carrier_head(carrier: str) -> str | None:
    """The name in a latin carrier's name ("G4S" of "G4S Courier"), or None when the name
    is all there is, or what is left is not a name."""
    if not carrier.isascii():
        return None
    head = " ".join(_CARRIER_GENERIC.sub(" ", carrier).split())
    words = head.lower().split()
    if not words or head == carrier.strip() or set(words) <= _NOT_A_NAME:
        return None
    return head if len(_compact(head)) >= 3 else None


_ONE_HANZI = re.compile(r"[\u3400-\u9fff]")
# between the carriers of a name that lists several ("Ninja Van / J&T", "A or B")
_CARRIER_SPLIT = re.compile(r"\s*(?:/|;|\+|,|、|，|\bor\b)\s*", re.IGNORECASE)


def _carrier_parts(carrier: str) -> tuple[Phrase, ...]:
    """Each carrier of a name that lists several, by the name a host says ("GIG" of "GIG
    Logistics (other states)"); () for a name of one carrier."""
    parts = [p for p in _CARRIER_SPLIT.split(carrier) if p.strip()]
    if len(parts) < 2:
        return ()
    out = []
    for part in parts:
        name = _carrier_head(part) or " ".join(re.sub(r"\([^)]*\)", " ", part).split())
        if len(_compact(name)) >= 3:
            out.append(Phrase(name))
    return tuple(out)


def _brands(carrier: str) -> list[str]:
    """The Chinese carriers ``carrier`` names ("顺丰" of "順豐速運")."""
    carrier = normalize(carrier)
    return [k for k in _CARRIER_NAMES if k in carrier]


_POUNDS = re.compile(r"(\d)\s*(?:pounds?|quid)\b")
_POUNDS_PENCE = re.compile(r"(\d+) gbp (\d{2})\b(?!\s*(?:p\b|pence|percent|%))")
# a coupon's code: after "code", or a word with digits after "voucher" ("voucher SAPU40")
_CODE = re.compile(r"(?<=code )[a-z0-9]{4,}|(?<=voucher )(?=[a-z]+\d)[a-z0-9]{4,}")
# … or written as codes are anywhere, capitals and digits ("and HXLIVE10 still takes £10 off")
_CAPS_CODE = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z]{2})[A-Z0-9]{5,}\b")


def _joined(toks: list[str]) -> set[str]:
    """Each run of up to four words written together: a code said in parts ("p e kit two"
    is PEKIT2)."""
    return {"".join(toks[i : i + n]) for n in (1, 2, 3, 4) for i in range(len(toks) - n + 1)}


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.005


def _said_apart(wanted: set[float], said: list[tuple[float, int]]) -> bool:
    """Whether each wanted number is said, each by a figure of its own (``said``: value and
    where its figure starts): "two ninety nine" is 299, or 2 and 99, but never 2 and 299."""
    options = []
    for c in wanted:
        starts = {at for v, at in said if _close(c, v)}
        if not starts:
            return False
        options.append(starts)
    taken: dict[int, int] = {}  # figure start → index of the wanted number it says

    def place(i: int, seen: set[int]) -> bool:  # augmenting path (bipartite matching)
        for at in options[i]:
            if at not in seen:
                seen.add(at)
                if at not in taken or place(taken[at], seen):
                    taken[at] = i
                    return True
        return False

    return all(place(i, set()) for i in range(len(options)))


# a count said roughly: "四百来件", "两百多", "about four hundred", "四百左右"
_ABOUT_UP = re.compile(r"\s*(?:来|多|余|\+|plus\b|odd\b)")
_ABOUT_NEAR_AFTER = re.compile(r"\s*\S?\s*(?:左右|上下)")
_ABOUT_NEAR = re.compile(
    r"(?:大概|大约|约|差不多|将近|接近|about|around|roughly|almost|nearly)\s*$"
)
_ABOUT_OVER = re.compile(r"(?:超过|over|more than)\s*$")


def _about(text: str, n: Num, target: float) -> bool:
    """A count of 20 or more said roughly meets the stock it rounds: "四百来件" and "两百多"
    are 400–499 and 200–299, "about 400" and "四百左右" within a tenth, "over 400" up to a
    quarter more."""
    m = NUMBER_RE.match(text, n.start)
    if m is None or n.value < 20 or not n.value.is_integer():
        return False
    v = int(n.value)
    step = 10 ** (len(str(v)) - len(str(v).rstrip("0")))
    if step > 1 and _ABOUT_UP.match(text, m.end()):
        return v <= target < v + step
    before = text[max(0, n.start - 12) : n.start]
    if _ABOUT_NEAR.search(before) or _ABOUT_NEAR_AFTER.match(text, m.end()):
        return abs(target - v) <= 0.1 * v
    if _ABOUT_OVER.search(before):
        return v < target <= 1.25 * v
    return False


def _amounts(p: Product, nums: list[Num]) -> list[Num]:
    """The numbers said that meet the product's price or live price."""
    values = [v for v in (p.price, p.live_price) if v is not None]
    return [
        n for n in nums
        if n.kind in ("money", "bare") and any(_price_said(n.value, v) for v in values)
    ]  # fmt: skip


def _price_said(said: float, price: float) -> bool:
    """The price, or the price of three figures or more with its cents dropped ("two forty
    nine" for 249.99; "三十九" may well be another product's 39.9), or a price in 0.99 said
    with its last nine dropped ("八十九块九" for 89.99, as dollar rooms say it in Mandarin)."""
    return (
        _close(said, price)
        or (said >= 100 and said.is_integer() and 0 < price - said < 1)
        or (_close(price - said, 0.09) and _close(said * 10 % 10, 9))
    )


def _phrase_numbers(text: str) -> set[float]:
    return {n.value for n in numbers(normalize(text))}


# (not ``_CLAUSE_SPLIT``: a coupon's clauses keep their decimals, "29.9", and colons whole)
# (nor after an abbreviation: "min. belanja Rp75.000" is one clause)
# (and "+" joins two offers: "RM40 off with voucher SAPU40 (min spend RM400) + free filter")
_PART_SPLIT = re.compile(
    r"[，,；;。]|\s\+\s|(?<=[a-z0-9])(?<!\bmin)(?<!\bmax)(?<!\bmaks)(?<!\bno)\. "
)


def _coupon_parts(text: str) -> list[tuple[set[float], Phrase]]:
    """Each clause of a coupon with several ("领5元无门槛券，拍两件再减5元"), with its
    numbers: one clause said, numbers and words, is the coupon said."""
    clauses = [c for c in _PART_SPLIT.split(text) if c.strip()]
    if len(clauses) < 2:
        return []
    parts = [(_phrase_numbers(c), Phrase(c)) for c in clauses]
    return [(n, ph) for n, ph in parts if n]


@dataclass(slots=True)
class _ProductFacts:
    product: Product
    names: list[Phrase]
    hanzi_names: frozenset[str]  # names of one Chinese character ("球"), met as written
    name_texts: list[str]
    carrier: Phrase | None
    carrier_compact: str  # latin carrier name without spaces ("fedex"), to meet "fed ex"
    carrier_names: tuple[str, ...]  # the carrier's other name ("顺丰" is "sf express")
    carrier_brand: Phrase | None  # "顺丰" of "顺丰速运", "G4S" of "G4S Courier": said alone
    # each of several carriers ("Dispatch rider (Lagos) / GIG Logistics (other states)"):
    # a host names the one that applies
    carrier_parts: tuple[Phrase, ...]
    coupon: Phrase | None
    coupon_numbers: set[float]
    coupon_parts: list[tuple[set[float], Phrase]]  # per clause of a coupon with several
    coupon_measures: set[float]  # its numbers said with a unit or a share ("20% off")
    codes: frozenset[str]  # the coupon's codes ("GIFTME"), said letter by word or whole
    texts: list[tuple[str, Phrase]]  # (field, phrase) for long texts
    anchors: list[frozenset[tuple[float, str]]]  # per text: its measures ("1600瓦", "2-year")
    name_measures: frozenset[tuple[float, str, str]]  # (value, unit, word before) in names
    # the measures of its variants ("50ml", "1.5米") and of its names: said alone, they name
    # the thing offered, not its size guide's advice
    own_measures: frozenset[tuple[float, str]]
    words: list[frozenset[str]]  # per text: its English content words
    chars: list[frozenset[str]]  # per text: its Chinese content characters
    # the words and characters of its variants ("核桃", "white"): in a count of what is
    # left ("核桃的还有二百袋 豆沙二百") they name what is counted, not a spec listing them
    variant_words: frozenset[str]
    variant_chars: frozenset[str]
    clauses: list[list[set[tuple[str, str]]]]  # per text: token pairs of each longer clause
    # index in ``texts`` → fields of the same product whose text contains that phrase
    inside: dict[int, set[str]]
    keys: dict[int, Phrase]  # per spec text: its name ("含盐量", "max torque")
    key_numbers: dict[int, frozenset[str]]  # per spec text: the numbers of its value
    # … and those the product's name holds too, when no other product holds them ("MGO
    # 263+" of "… UMF10+ MGO263+ 500g"): said after the spec's name, they state it ("m g o是
    # 263以上"); filled by the FactIndex, which sees every product
    value_numbers: dict[int, frozenset[str]]
    places: dict[int, frozenset[str]]  # per origin spec: its place names
    name_toks: list[list[str]]


@dataclass(slots=True)
class Statement:
    """What one segment states: fact fields per product, and the shop's returns policy."""

    facts: dict[str, set[str]] = field(default_factory=dict)
    returns: bool = False
    named: set[str] = field(default_factory=set)
    # (field, products) stated by a value several products share, with no name to tell
    ambiguous: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def resolve(self, field_name: str, product_id: str) -> None:
        self.facts.setdefault(product_id, set()).add(field_name)

    def answers(self, intent: str, product_id: str | None) -> bool:
        if intent == "after_sales" and self.returns:
            return True
        wanted = INTENT_FIELDS.get(intent)
        if not wanted or product_id is None:
            return False
        return bool(self.facts.get(product_id, set()) & wanted)

    def answered_keys(self) -> set[tuple[str, str | None]]:
        """(intent, product) pairs this statement answers, except the returns policy."""
        out: set[tuple[str, str | None]] = set()
        for pid, fields in self.facts.items():
            for f in fields:
                for intent in FIELD_INTENTS.get(f, ()):
                    out.add((intent, pid))
        return out

    def __bool__(self) -> bool:
        return bool(self.facts) or self.returns or bool(self.ambiguous)


class FactIndex:
    """Fact matchers for one catalog; ``analyse`` tells what a segment states."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.products = [self._prepare(p) for p in catalog.products]
        # a number of the name counts for a spec said by its name only when no other product
        # holds it ("MGO 263" is one honey's; "SPF50" of two sunscreens names one of them)
        digits = [
            {i: {t for t in pf.texts[i][1].toks if t[0].isdigit()} for i in pf.keys}
            for pf in self.products
        ]
        holders: dict[str, int] = {}
        for pf, mine in zip(self.products, digits, strict=True):
            for t in {t for ph in pf.name_toks for t in ph}.union(*mine.values()):
                holders[t] = holders.get(t, 0) + 1
        for pf, mine in zip(self.products, digits, strict=True):
            pf.value_numbers = {
                i: pf.key_numbers[i] | {t for t in nums if holders[t] == 1}
                for i, nums in mine.items()
            }
        written = " ".join(ph.text for pf in self.products for _f, ph in pf.texts)
        self.english = len(_LATIN_LETTER.findall(written)) > 3 * len(_CJK_CHARS.findall(written))
        ret = catalog.policies.get("returns")
        self.returns = Phrase(ret) if ret else None
        self.returns_anchors = frozenset(measures(normalize(ret))) if ret else frozenset()
        # the sizes products come in ("6 in", "500g"), whichever product's
        self.own_measures = frozenset().union(*(pf.own_measures for pf in self.products))
        # exact name/alias strings, longest first, to blank out before reading numbers
        # (a name that normalises to almost nothing, "GaN" once, is no span to look for)
        names = {
            k: pf.product.id
            for pf in self.products
            for n in pf.name_texts
            if len(n) > 1 and len(k := normalize(n)) > 1
        }
        # (a link said as a name, "5号", stays: it is read as the link it is, and "5号链接 128"
        # blanked to "链接 128" would make 128 a link, "1号链接" blanked out of "11号链接" 1)
        self._name_spans = sorted(
            ((k, v) for k, v in names.items() if not _LINK_NAME.fullmatch(k)),
            key=lambda kv: -len(kv[0]),
        )

    @staticmethod
    def _prepare(p: Product) -> _ProductFacts:
        name_texts = [p.name, *p.aliases]
        variant_texts = [str(a) for v in p.variants for a in v.attrs.values()]
        # an alias "the case" is also said "case" (and, plural, "cases")
        name_texts += [
            a.split(" ", 1)[1] for a in p.aliases if a.lower().startswith(("the ", "a "))
        ]
        texts: list[tuple[str, Phrase]] = []
        keys: dict[int, Phrase] = {}
        name_toks = [tokens(n) for n in name_texts]
        if p.size_guide:
            texts.append(("size_guide", Phrase(p.size_guide)))
        for key, v in p.specs.items():
            ph = Phrase(v)
            if (
                len(ph.toks) <= 3
                and not any(c.isdigit() for c in v)
                and any(_sub(ph.toks, nt) for nt in name_toks)
            ):
                # "高腰" inside the product's own name: naming it is no statement (a count
                # or a measure, "10片", is: the full name is blanked out before matching)
                continue
            keys[len(texts)] = Phrase(key.replace("_", " "))
            texts.append(("spec", ph))
        for entry in p.faq:
            if entry.get("a"):
                texts.append(("faq", Phrase(entry["a"])))
        if p.after_sales:
            texts.append(("after_sales", Phrase(p.after_sales)))
        inside: dict[int, set[str]] = {}
        for i, (f, ph) in enumerate(texts):
            for g, other in texts:
                if g != f and other is not ph and ph.score(other.toks, other.grams) >= TEXT_MIN:
                    inside.setdefault(i, set()).add(g)
        carrier = p.shipping.get("carrier")
        brands = _brands(carrier) if isinstance(carrier, str) else []
        brand = brands[0] if brands and brands[0] != normalize(str(carrier)) else None
        if brand is None and isinstance(carrier, str):
            brand = _carrier_head(carrier)
        coupon = normalize(p.coupon) if p.coupon else ""
        coupon_nums = numbers(coupon)
        name_words = {w for n in name_texts for w in _content_words(n)}
        # the shipping time in a text ("48小时内拍照") is heard as shipping
        ship: set[tuple[float, str]] = set()
        h = p.shipping.get("ships_within_h")
        if isinstance(h, (int, float)) and not isinstance(h, bool):
            ship = {(float(h), "h"), (h / 24.0, "day")}
        return _ProductFacts(
            product=p,
            # (a name of one Chinese character, "牌", is one sound, heard in every "拍": it
            # names its product where the character itself is written)
            # ("1号链接" named by any "号链接" said)
            names=[
                Phrase(n)
                for n in name_texts
                if not _ONE_HANZI.fullmatch(n.strip()) and not _LINK_NAME.fullmatch(n)
            ],  # fmt: skip
            hanzi_names=frozenset(n.strip() for n in name_texts if _ONE_HANZI.fullmatch(n.strip())),
            name_texts=name_texts,
            carrier=Phrase(carrier) if isinstance(carrier, str) and carrier else None,
            carrier_compact=_compact(carrier) if isinstance(carrier, str) else "",
            # "顺丰速运" and "顺丰" are both "sf express"; the brand alone is said too
            carrier_names=tuple(n for k in brands for n in _CARRIER_NAMES[k])
            + ((_compact(brand),) if brand and brand.isascii() and _compact(brand) else ()),
            carrier_brand=Phrase(brand) if brand else None,
            carrier_parts=_carrier_parts(carrier) if isinstance(carrier, str) else (),
            coupon=Phrase(p.coupon) if p.coupon else None,
            coupon_numbers={n.value for n in coupon_nums},
            coupon_parts=_coupon_parts(p.coupon) if p.coupon else [],
            coupon_measures={n.value for n in coupon_nums if n.kind == "measure"},
            codes=frozenset(_CODE.findall(coupon))
            | {c.lower() for c in _CAPS_CODE.findall(p.coupon or "")},
            texts=texts,
            anchors=[frozenset(measures(normalize(ph.text)) - ship) for _f, ph in texts],
            # a measure of the name said as in the name ("Summit 20°F …") names the product
            # (not one the name begins with, "5mm mat": nothing tells that from the measure
            # said alone, and the name itself is blanked out before measures are read)
            name_measures=frozenset(
                c for n in name_texts for c in measures_in_context(normalize(n)) if c[2]
            ),
            own_measures=frozenset(
                m for t in [*name_texts, *variant_texts] for m in measures(normalize(t))
            ),
            words=[_content_words(ph.text) - name_words for _f, ph in texts],
            chars=[_content_chars(ph.text) for _f, ph in texts],
            variant_words=frozenset().union(*(_content_words(a) for a in variant_texts)),
            variant_chars=frozenset().union(*(_content_chars(a) for a in variant_texts)),
            clauses=[_clauses(ph.text) for _f, ph in texts],
            inside=inside,
            keys=keys,
            # (not one in its names: "SPF50+" of "… 气垫 SPF50+" names the product)
            key_numbers={
                i: frozenset(t for t in texts[i][1].toks if t[0].isdigit())
                - {t for nt in name_toks for t in nt}
                for i in keys
            },
            value_numbers={},
            places={
                i: _places(texts[i][1].text) for i, k in keys.items() if _ORIGIN_KEY.search(k.text)
            },
            name_toks=name_toks,
        )

    # ------------------------------------------------------------------ analysis
    def analyse(self, text: str) -> Statement:
        norm = normalize(text[:4000])
        toks = tokens(norm, normalized=True)
        # (a carrier's name is no sound-alike of a product's: "也是顺丰" is no "石笋")
        if _CN_CARRIER.search(norm):
            plain = tokens(_CN_CARRIER.sub(" ", norm), normalized=True)
            named = self._named(plain, bigrams(plain))
        else:
            named = self._named(toks, bigrams(toks))
        full_toks = toks
        named |= {pf.product.id for pf in self.products if any(c in norm for c in pf.hanzi_names)}
        one = [_singular(t) for t in toks]  # "cases and chargers ship …" names the case
        if one != toks:
            named |= self._named(one, bigrams(one))
        bare = norm  # without product names: "316不锈钢保温杯" states no material
        for span, _pid in self._name_spans:
            if span in bare:
                bare = _blank(bare, span)
        toks = tokens(bare, normalized=True)
        grams = bigrams(toks)
        said = self._money_words(bare)  # the numbers' positions are in this text
        nums = numbers(said)
        # the numbers of the whole text, names and all, where links may be said
        whole = (
            numbers(norm) if ("号" in norm or "链" in norm or "link" in norm or "#" in norm) else []
        )
        if bare != norm and whole:
            # a link said as a name ("15号", "link 7", "5号沙发" as aliases) is still a link
            have = {n.value for n in nums if n.kind == "link"}
            nums += [n for n in whole if n.kind == "link" and n.value not in have]
        # "七号链接 不是一号啊", "有宝宝拍到四号去了": a link named to be told apart is not stated
        nums = [n for n in nums if n.kind != "link" or not _not_this_link(said, n)]
        for n in nums:
            if n.kind == "link":
                p = self.catalog.by_link.get(int(n.value)) if n.value.is_integer() else None
                if p is not None:
                    named.add(p.id)
        nums = [n for n in nums if n.kind != "link" or not _tallied_link(said, n, nums)]
        # "签收四十八小时内拍照", "戴一天", "photo within 48 hours": no time of dispatch
        ship_ctx = bool(_SHIP_CUE.search(norm))
        nums = [
            n
            for n in nums
            if n.kind not in ("hours", "days") or (ship_ctx and not _no_dispatch_time(said, n))
        ]
        stock_ctx = bool(_STOCK_CONTEXT.search(norm))
        cue = bool(_COUPON_CUE.search(norm))
        # (the "no" first: "not free shipping by themselves" holds "free shipping")
        due = bool(_POSTAGE_DUE.search(norm))
        free = -1 if _FREE_NO.search(norm) else (1 if _FREE_YES.search(norm) else 0)
        if _FAR_REGIONS.search(norm) and (due or free < 0) and not _THIS_ONE.search(norm):
            # far regions' postage ("新疆西藏要补十块钱邮费", "新疆西藏那边是不包邮的 其他地方
            # 全包邮"): the shop's policy (not "单拍洗车液不包邮 … 新疆西藏青海补十五块运费")
            free = 0
        elif due:
            free = -1
        if free == 1 and _SEND_BACK.search(norm) and not _FREE_PLAIN_RE.search(norm):
            free = 0  # "包退换 运费我们出", "we replace it free": the return's postage, after-sales
        if not free and _FREE_SAID.search(norm) and not _THRESHOLD.search(norm):
            free = 1
        if free == 1 and _FREE_OVER.search(norm):
            free = 0

        # a carrier denied ("不是顺丰啊", "顺丰发不了", "换顺丰要补运费", "not ups") is not the
        # carrier stated: it is read without those words
        ctoks, cgrams = toks, grams
        if _CARRIER_DENIED.search(bare):
            ctoks = tokens(_CARRIER_DENIED.sub(" ", bare), normalized=True)
            cgrams = bigrams(ctoks)
        # a code said in parts ("p e kit two": PEKIT2), with "code" said names and all ("code
        # dice ten": DICE10, though "dice" names another product; not "clear head low alcohol
        # lager" for the code CLEARHEAD)
        joined = _joined(full_toks if "code" in norm or "voucher" in norm else toks)
        cands: dict[str, set[str]] = {}  # field → products
        coupons: dict[int, set[str]] = {}  # how much of a coupon was said → products
        # ("this one ships …": a pronoun's "one" is no "link 1" of a coupon; "five ninety nine"
        # is $5.99, not a coupon's $5 off)
        money_at = {n.start: n.value for n in nums if n.kind == "money"}
        offered = [
            n for n in nums
            if not (n.value == 1 and _ONE_PRONOUN.search(said, 0, n.start))
            and not (n.start in money_at and n.value == int(money_at[n.start]) != money_at[n.start])
        ]  # fmt: skip
        for pf in self.products:
            for f in self._numeric_fields(pf.product, nums, stock_ctx, norm, said):
                cands.setdefault(f, set()).add(pf.product.id)
            if pf.carrier is not None and (
                pf.carrier.score(ctoks, cgrams) >= 0.99
                or _spelled(pf.carrier_compact, ctoks)
                or any(other in ctoks or _spelled(other, ctoks) for other in pf.carrier_names)
                or pf.carrier_brand is not None
                and pf.carrier_brand.score(ctoks, cgrams) >= 0.99
                or any(
                    part.score(ctoks, cgrams) >= 0.99 or _spelled(_compact(part.text), ctoks)
                    for part in pf.carrier_parts
                )
            ):
                cands.setdefault("carrier", set()).add(pf.product.id)
            if pf.coupon is not None:
                got = self._coupon(pf, offered, toks, grams, cue, joined)
                if got:
                    coupons.setdefault(got, set()).add(pf.product.id)
            fr = pf.product.shipping.get("free")
            if free and isinstance(fr, bool) and (fr is (free > 0)):
                cands.setdefault("free", set()).add(pf.product.id)
        if coupons:  # "拍两件再减十块" is "拍2件减10元" more than it is "立减10元"
            cands["coupon"] = coupons[max(coupons)]
        # (measures as the money words leave them: "thirty two pound" in a shop selling in
        # pounds is a price, no weight)
        # the hours a product ships within, said as such, are no anchor of the returns
        # policy's own hours ("dikirim dalam dua puluh empat jam" is no "2x24 jam" to report)
        shipping_hours = frozenset(
            m
            for pf in self.products
            if pf.product.id in cands.get("ships_within_h", ())
            for h in [float(pf.product.shipping["ships_within_h"])]
            for m in ((h, "h"), (h / 24.0, "day"))
        )
        text_hits, returns = self._texts(
            bare, toks, grams, measures_in_context(said), shipping_hours, stock_ctx
        )
        for f, pid in text_hits:
            cands.setdefault(f, set()).add(pid)

        if whole and ("link" in norm or "链接" in norm):
            for pid in self._listed_links(norm, whole):
                cands.setdefault("link_no", set()).add(pid)
                named.add(pid)
        if not named and _shop_shipping(norm):
            # "全店满五十九包邮啊 冷链的走顺丰冷运 常温的走中通": the shop's shipping, said of
            # the whole shop, no product's carrier, free shipping or dispatch time
            for f in ("carrier", "free", "ships_within_h"):
                cands.pop(f, None)
        st = Statement(returns=returns, named=named)
        # one amount said of a named product, or in a coupon said, is not also another's
        # price: "the PE kit … for ten pound" is the kit's live price, not the skirt's
        # regular ten; "the second bundle's eight pound with code PEKIT2" the kit's coupon
        # (unless another of its amounts is said too: "这个盒子原价128 今天69 跟1号一起拍")
        couponed = cands.get("coupon", set())
        # a number said (where, what) → the products it is said of
        claimed: dict[tuple[int, float], set[str]] = {}
        priced = "price" in cands or "live_price" in cands
        for pf in self.products if priced else ():
            pid = pf.product.id
            if pid in named:
                for n in _amounts(pf.product, nums):
                    claimed.setdefault((n.start, n.value), set()).add(pid)
            if pid in couponed:
                for n in nums:
                    if n.value in pf.coupon_numbers:
                        claimed.setdefault((n.start, n.value), set()).add(pid)
        shared = []
        for f, pids in cands.items():
            keep = pids & named
            if not keep:  # the value itself tells which product, when only one has it
                if (
                    f in ("price", "live_price")
                    and claimed
                    and all(
                        claimed.get((n.start, n.value), {p}) - {p}
                        for p in pids
                        for n in _amounts(self.catalog.by_id[p], nums)
                    )
                ):
                    continue
                if len(pids) == 1:
                    keep = pids
                else:
                    shared.append((f, pids))
                    continue
            for pid in keep:
                st.facts.setdefault(pid, set()).add(f)
        # "原价699，今天459": 699 tells whose 459 it is (a text matched in passing tells
        # nothing: "this is the ten gallon" is in another product's dosing answer)
        implied = {pid for pid, fs in st.facts.items() if fs - set(_FAMILIES)}
        # ("原价六十九块九 直播间四十九块九": the one product whose two prices they both are)
        both = cands.get("price", set()) & cands.get("live_price", set())
        if len(both) == 1:
            implied |= both
        for f, pids in shared:
            keep = pids & implied
            if keep:
                for pid in keep:
                    st.resolve(f, pid)
            else:
                st.ambiguous.append((f, frozenset(pids)))
        return st

    def _listed_links(self, norm: str, whole: list[Num]) -> set[str]:
        """Products whose link number follows their name in a list of links ("everyone
        asking for links the stick is seven robot twelve filters nine")."""
        nums = [n for n in whole if n.value.is_integer()]
        out = set()
        for span, pid in self._name_spans:
            link = self.catalog.by_id[pid].link_no
            at = norm.find(span)
            while at >= 0 and link is not None:
                end = at + len(span)
                after = next((n for n in nums if n.start >= end), None)
                if after is not None and after.start - end <= 4 and after.value == link:
                    out.add(pid)
                    break
                at = norm.find(span, end)
        return out

    def _money_words(self, text: str) -> str:
        """In a shop selling in pounds, "twenty two pounds" is a price, not a weight."""
        if self.catalog.currency == "GBP" and ("pound" in text or "quid" in text):
            # "twelve pounds fifty" is £12.50
            return _POUNDS_PENCE.sub(r"\1.\2 gbp", _POUNDS.sub(r"\1 gbp", text))
        return text

    def _named(self, toks: list[str], grams: set[tuple[str, str]]) -> set[str]:
        out = set()
        for pf in self.products:
            for ph in pf.names:
                s = ph.score(toks, grams)
                if (len(ph.toks) <= 3 and s >= 1.0) or (len(ph.toks) > 3 and s >= NAME_MIN):
                    out.add(pf.product.id)
                    break
        return out

    @staticmethod
    def _numeric_fields(
        p: Product, nums: list[Num], stock_ctx: bool, norm: str, said: str
    ) -> list[str]:
        out = []
        for fname, v in (("price", p.price), ("live_price", p.live_price)):
            if v is not None and any(
                n.kind in ("money", "bare") and _price_said(n.value, v) for n in nums
            ):
                out.append(fname)
        total = p.stock is not None and any(
            (n.kind == "count" or (n.kind == "bare" and stock_ctx))
            and (
                _close(n.value, p.stock)
                or n.kind == "count"
                and stock_ctx
                and _about(said, n, p.stock)
            )
            for n in nums
        )
        # one variant's stock: "only nine of the white left"
        variant = bool(_LEFT.search(norm)) and any(
            isinstance(v.stock, (int, float)) and not isinstance(v.stock, bool)
            and _close(n.value, v.stock) and n.kind in ("count", "bare")
            for v in p.variants for n in nums
        )  # fmt: skip
        if total or variant:
            out.append("stock")
        if p.link_no is not None and any(
            n.kind == "link" and _close(n.value, p.link_no) for n in nums
        ):
            out.append("link_no")
        h = p.shipping.get("ships_within_h")
        if (
            isinstance(h, (int, float))
            and not isinstance(h, bool)
            and any(
                (n.kind == "hours" and _close(n.value, h))
                or (n.kind == "days" and _close(n.value * 24, h))
                for n in nums
            )
        ):
            out.append("ships_within_h")
        return out

    @staticmethod
    def _coupon(
        pf: _ProductFacts,
        nums: list[Num],
        toks: list[str],
        grams: set[tuple[str, str]],
        cue: bool,
        joined: set[str],
    ) -> int:
        """How much of the coupon the segment says: its numbers (0 = not said, 9 = its
        words); one number alone ("五十台", "link three") needs a word of coupons too."""
        assert pf.coupon is not None
        if pf.coupon.score(toks, grams) >= 0.8:
            return 9
        if pf.codes and not pf.codes.isdisjoint(joined):  # "code gift me" = GIFTME
            return 9
        if pf.coupon_numbers:
            # (a measure said, "100 watt", "10 gallons", is no coupon's "$10 off $100"
            # unless the coupon says that number with a unit or a share too: "20% off")
            values = [
                (n.value, n.start) for n in nums if n.kind not in ("link", "hours", "days")
                and (n.kind != "measure" or n.value in pf.coupon_measures)
            ]  # fmt: skip
            # (several numbers say a coupon by themselves unless all are small counts:
            # "buy 2 get the 3rd free" needs a word of it with the 2 and 3)
            if _said_apart(pf.coupon_numbers, values) and (
                len(pf.coupon_numbers) > 1 and max(pf.coupon_numbers) >= 10 or cue
            ):
                return len(pf.coupon_numbers)
            if cue:
                for part, ph in pf.coupon_parts:  # one clause said: "五块无门槛还在"
                    # (an amount, not a count: "buy two get the third free" says nothing;
                    # and some of the clause's words with it, or a second amount of it:
                    # "voucher lima ribu minimal belanja tujuh puluh lima ribu")
                    # (a small amount too when most of the clause is said: "关注店铺领三块钱卷")
                    words = ph.score(toks, grams)
                    if (
                        (max(part) >= 5 or words >= TEXT_MIN)
                        and _said_apart(part, values)
                        and (words >= PART_MIN or len(part) > 1 and min(part) >= 10)
                    ):
                        return len(part)
        return 0

    def _texts(
        self,
        text: str,
        toks: list[str],
        grams: set[tuple[str, str]],
        said_in_context: set[tuple[float, str, str]],
        shipping_hours: frozenset[tuple[float, str]] = frozenset(),
        stock_ctx: bool = False,
    ) -> tuple[list[tuple[str, str]], bool]:
        said = {(v, u) for v, u, _w in said_in_context}
        scored: list[tuple[str, str, float]] = []  # (field, pid, score)
        pairs: dict[tuple[str, str], int] = {}  # (field, pid) read as written → pairs said
        written_pairs: dict[tuple[str, int], int] = {}  # (pid, text) → the same, per text
        said_words = _said_words(toks)
        if self.english and _CJK_CHARS.search(text):  # Mandarin said of an English catalog
            said_words |= {_stem(w) for w in english_words(text)}
        said_chars = set(_CJK_CHARS.findall(text))
        from_said = bool(_FROM.search(text))  # "…工厂的", "产自…": an origin may be said
        no_said = bool(_NEGATION.search(text))
        found: list[list[tuple[int, str, float]]] = []  # per product: the texts said
        written: list[bool] = []  # per product: were its texts said as written
        for pf in self.products:
            mine = []
            loose = []
            words, chars = said_words, said_chars
            if stock_ctx:
                words, chars = words - pf.variant_words, chars - pf.variant_chars
            for i, (f, ph) in enumerate(pf.texts):
                s = ph.score(toks, grams)
                if s >= TEXT_MIN:  # said as written: in how many of its pairs
                    written_pairs[(pf.product.id, i)] = len(ph.grams & grams)
                if s >= TEXT_MIN and not _numbers_said(ph, toks):
                    s = 0.0  # "八岁以上" is not the spec "3岁以上"
                if (
                    s >= TEXT_MIN
                    and not no_said
                    and len(ph.toks) <= SHORT_TEXT
                    and _NEGATED.match(ph.text)
                ):
                    s = 0.0  # "双摄像头" is no "无摄像头": a short "no …" needs a "no" said
                if s >= TEXT_MIN and len(ph.toks) <= 3 and _compared(ph.text, text):
                    s = 0.0  # "比特级的大一圈" says what it is bigger than, not that it is 特级
                if s >= TEXT_MIN:
                    mine.append((i, f, s))
                    continue
                # said in other words: its words, its characters, or one clause of it
                s = max(
                    _word_share(pf.words[i], words) if words else 0.0,
                    _char_share(pf.chars[i], chars) if chars else 0.0,
                    TEXT_MIN if _clause_said(pf.clauses[i], grams) else 0.0,
                )
                if s < TEXT_MIN and i in pf.keys and _named_value(pf, i, toks, text, from_said):
                    s = TEXT_MIN
                if s < TEXT_MIN and i in pf.keys and _named_words(pf, i, toks, said_words):
                    s = TEXT_MIN
                if s >= TEXT_MIN:
                    loose.append((i, f, s))
            found.append(mine or loose)  # a text read out as written explains the words it shares
            written.append(bool(mine))
        # … and another product's text sharing those words in other words is not said: "偏大半码
        # 平时穿37的拍36" read out is one shoe's size guide, not the next one's "偏大一码，平时穿38
        # 的拍37" that shares more of its few characters
        fams = {
            _FAMILIES[f] for mine, w in zip(found, written, strict=True) if w for _i, f, _s in mine
        }
        if fams:
            for k, w in enumerate(written):
                if not w:
                    found[k] = [(i, f, s) for i, f, s in found[k] if _FAMILIES[f] not in fams]
        # the sizes of every text said, whichever product's: the size guide's "长180cm" read
        # out is no answer about a spec holding "1.8m", of this product or another (times
        # and percentages, in every policy, count for their own product only)
        sizes = {
            a for pf, mine in zip(self.products, found, strict=True) for i, _f, _s in mine
            for a in pf.anchors[i] if a[1] not in WEAK_UNITS
        }  # fmt: skip
        # texts stated by a measure the segment holds (unless a text said holds it too, or
        # it is said as in the product's name: "summit twenty degree …")
        anchored: list[tuple[list[tuple[int, str, float]], int, str, frozenset, bool, float]] = []
        # (what is left of each size, "twenty eight of the six inch", "五百克的剩下不多了",
        # counts the sizes products come in: no text is stated by them)
        variants = self.own_measures if stock_ctx else frozenset()
        for pf, mine in zip(self.products, found, strict=True):
            if not said:
                break
            read = sizes.union(*(pf.anchors[i] for i, _f, _s in mine))
            mine_said = {(v, u) for v, u, w in said_in_context - pf.name_measures} - variants
            for i, (f, ph) in enumerate(pf.texts):
                # (the hours a product ships in, said as such, anchor no text: "ship within
                # twenty four hours" is no "report within 24 hours" of another's after-sales)
                shared = (pf.anchors[i] & mine_said) - shipping_hours
                if not shared or shared <= read:
                    continue
                key = pf.keys.get(i)
                score = ph.score(toks, grams)
                if (
                    score < TEXT_MIN
                    # "含盐量百分之十六" states the spec 含盐量: 约16% by its name
                    and (
                        _anchored(
                            shared,
                            ph,
                            toks,
                            grams,
                            said_words,
                            # "五十毫升日常三百二十九": a variant named, no guide read
                            by_measure=f != "size_guide" or not shared <= pf.own_measures,
                        )  # fmt: skip
                        or key is not None
                        and _anchored(shared, key, toks, grams, said_words)
                    )
                ):
                    anchored.append((mine, i, f, frozenset(shared), _full(pf, i, said), score))
        for mine, i, f, shared, full, score in anchored:
            # the text holding more of the measures said is the one read: a size guide's
            # eight sizes, not the spec that holds one of them (unless every measure of that
            # spec is said: "五十克大概二百八十粒" states "每50克约280粒" read in the guide too)
            if full or not any(
                shared < other
                # … and of the texts holding the same measures, the one whose words are
                # said: "出风长度啊中楷是三厘米" is the spec 出锋长度, not the guides and the
                # FAQ that hold 3 cm too
                or (other == shared and s > score + ANCHOR_MARGIN)
                for _m, _i, _f, other, _b, s in anchored
            ):
                mine.append((i, f, TEXT_MIN))
        for pf, mine in zip(self.products, found, strict=True):
            hit_fields = {f for _i, f, _s in mine}
            for i, f, s in mine:
                # a spec quoted inside the size guide being read out is not a spec answer
                # (unless every measure of it is said, as above)
                inside = pf.inside.get(i, set()) & (hit_fields - {f})
                if not inside or _full(pf, i, said):
                    scored.append((f, pf.product.id, s))
                    if (pf.product.id, i) in written_pairs:
                        pairs[(f, pf.product.id)] = written_pairs[(pf.product.id, i)]
        ret_score = self.returns.score(toks, grams) if self.returns is not None else 0.0
        # "returns thirty days unused", "七天无理由": the policy's own measure and word (and a
        # word of sending back: "贴完七天之内不要洗车" is no policy)
        if (
            self.returns is not None
            and ret_score < TEXT_MIN
            and _SEND_BACK.search(text)
            and _anchored(
                (self.returns_anchors & said) - shipping_hours,
                self.returns,
                toks,
                grams,
                said_words,
            )
        ):
            ret_score = TEXT_MIN
        best: dict[str, float] = {}
        for f, _pid, s in scored:
            fam = _FAMILIES[f]
            best[fam] = max(best.get(fam, 0.0), s)
        if ret_score >= TEXT_MIN:
            best["after"] = max(best.get("after", 0.0), ret_score)
        hits = [(f, pid) for f, pid, s in scored if s >= best[_FAMILIES[f]] - FAMILY_MARGIN]
        # a longer text said in more of its pairs than the best-scoring one is read too: "产地
        # 就是宁夏中卫忠宁县" says "宁夏中卫市中宁县" though all of a shorter "宁夏中宁" is in it
        most: dict[str, int] = {}
        for f, pid in hits:
            most[_FAMILIES[f]] = max(most.get(_FAMILIES[f], 0), pairs.get((f, pid), 0))
        hits += [
            (f, pid) for f, pid, _s in scored
            if (f, pid) not in hits and pairs.get((f, pid), 0) > most.get(_FAMILIES[f], 1 << 30)
        ]  # fmt: skip
        returns = ret_score >= TEXT_MIN and ret_score >= best.get("after", 0.0) - FAMILY_MARGIN
        # terms said while a product's own after-sales text is read as said ("没拆的七天无理由
        # 质量问题拍照找客服") are that product's: the shop's policy only when they are said of
        # the whole shop or say clearly more of the policy
        own = max((s for f, _pid, s in scored if f == "after_sales"), default=0.0)
        if returns and own >= TEXT_MIN and ret_score < own + FAMILY_MARGIN:
            returns = bool(_WHOLE_SHOP.search(text) or _POLICY_TOPIC.search(text))
        if not returns and self.returns is not None and "after" in best:
            returns = self._policy_read(hits, grams)
            # "returns for everything in the shop thirty days unworn": terms said of the whole
            # shop are its policy, however like one product's after-sales text they sound
            if not returns and _WHOLE_SHOP.search(text) and _SEND_BACK.search(text):
                returns = True
                hits = [(f, pid) for f, pid in hits if f != "after_sales"]
        elif returns and (_WHOLE_SHOP.search(text) or _POLICY_TOPIC.search(text)):
            # "退货统一说一下 七天无理由 没拆封没用过的", "returns for the whole shop thirty days
            # unworn": the shop's terms, not each product's after-sales text that says them too
            # (unless that text is clearly more of what was said)
            hits = [
                (f, pid) for f, pid, s in scored
                if (f, pid) in hits and (f != "after_sales" or s >= ret_score + FAMILY_MARGIN)
            ]  # fmt: skip
        return hits, returns

    def _policy_read(self, hits: list[tuple[str, str]], grams: set[tuple[str, str]]) -> bool:
        """Whether a segment read as a product's after-sales says clearly more of the shop's
        returns policy: "七日无理由 换码来回运费我哋出 质量问题包来回" is the policy's "7天无理由
        … 换码来回运费由我们承担；质量问题包来回运费", though its short share of that long
        text loses to one product's "7天无理由退换 … 质量问题包来回运费"."""
        assert self.returns is not None
        said = [
            len(ph.grams & grams)
            for pf in self.products
            for f, ph in pf.texts
            if f == "after_sales" and ("after_sales", pf.product.id) in hits
        ]
        return bool(said) and len(self.returns.grams & grams) >= max(said) + POLICY_MORE


def _named_value(pf: _ProductFacts, i: int, toks: list[str], text: str, from_said: bool) -> bool:
    """A spec said by its name and, right after it, a number of its value ("凉感值是零点二六"
    states "凉感值: Q-max 0.26"; "inseam is twenty five" states "inseam: 25\"") or just
    before it ("thirty six experiments"), a number of four digits or more, no year and no
    round figure ("EN 17092" said), or an origin by its place with a word that says where
    from ("汕头工厂的" states "产地: 广东汕头"; "阆中的老乡好啊" greets a viewer) or as the
    host's own ("我们若羌县")."""
    places = pf.places.get(i)
    # ("我们若羌县", "我们吐鲁番葡萄沟的": the host's own place is where it comes from)
    if places and any(p in text and (from_said or "我们" + p in text) for p in places):
        return True
    own = pf.key_numbers[i]
    if any(_CODE_NUMBER.fullmatch(t) for t in own.intersection(toks)):
        return True  # a standard's or a model's number: "en one seven oh nine two"
    nums = pf.value_numbers[i]  # (the name's numbers too, after the spec's name)
    if not nums or nums.isdisjoint(toks):
        return False
    return any(
        not (
            nums.isdisjoint(toks[end : end + KEY_GAP])
            # … or the number just before it: "thirty six experiments" states "experiments:
            # 36 experiments, one per week" (not a number of the name: "ten colors" of the
            # "Gel Pen Set, 10 Colors" names it)
            and own.isdisjoint(toks[max(0, start - 1) : start])
        )
        for start, end in _key_said(pf.keys[i], toks)
    )


_LATIN_HEAD = re.compile(r"\s*([A-Za-z]{2,})\s*[\u3400-\u9fff]")


def _key_said(key: Phrase, toks: list[str]) -> list[tuple[int, int]]:
    """Where a spec's name is said (start, end in ``toks``): whole, or by its latin head
    alone, whole or spelled ("MGO含量" said "mgo是514", "m g o是263")."""
    n = len(key.toks)
    out = [(j, j + n) for j in range(len(toks) - n + 1) if toks[j : j + n] == key.toks]
    m = _LATIN_HEAD.match(key.text)
    if m is not None:
        head = m.group(1).lower()
        for j in range(len(toks)):
            joined = ""
            for k in range(j, min(j + len(head), len(toks))):
                joined += toks[k]
                if joined == head:
                    out.append((j, k + 1))
                if not head.startswith(joined):
                    break
    return out


def _named_words(pf: _ProductFacts, i: int, toks: list[str], said_words: set[str]) -> bool:
    """An English spec said by its name and a good part of its words in other words: "the
    base has a load leg and the rigid latch" states "base: Load leg + rigid LATCH
    connectors, 5-position recline …" (named, a weaker share of the words than
    ``_word_share`` asks of a text said without its name)."""
    key = pf.keys[i].toks
    if not said_words or not key or not all(k.isascii() for k in key):
        return False
    if not _sub(key, toks) and not (len(key) == 1 and _spelled(key[0], toks)):
        return False  # ("f a a approved": the name spelled out)
    words = pf.words[i] - {_stem(k) for k in key}
    n = len((words & said_words) - _SIZING_WORDS)
    return n >= NAMED_MIN and n >= NAMED_SHARE * len(words)


NAMED_MIN, NAMED_SHARE = 2, 0.25  # of a named spec's words, said (see _named_words)
# a number of four or more digits that is no year and no round figure ("1000粒", "5000 mAh"
# are said of many things): said, it names its spec by itself
_CODE_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{4,}(?<!00)")
KEY_GAP = 3  # tokens from a spec's name to its number: "凉感值 是 0.26", "inseam is 25"
# names of a spec that tell where a thing comes from, and words that say it
_ORIGIN_KEY = re.compile(r"产地|原产|产区|产自|origin|made.?in|country|provenance", re.I)
_FROM = re.compile(r"产地|产自|产的|原产|来自|工厂|厂|基地|源头|进口|种的|出的|发源|地里|之乡")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
# characters of an origin that name no place ("福建泉州自有工厂", "国内工厂生产")
_NOT_PLACE = frozenset("自有工厂生产本地国内原料进口设计组装中央直发的和")


def _places(value: str) -> frozenset[str]:
    """The place names of an origin, as each pair of its Chinese characters (latin names are
    left out: "we ship to canada" is no origin "Made in Canada")."""
    out: set[str] = set()
    for run in _CJK_RUN.findall(normalize(value)):
        out.update(
            run[k : k + 2] for k in range(len(run) - 1) if not _NOT_PLACE & set(run[k : k + 2])
        )
    return frozenset(out)


def _anchored(
    shared: frozenset[tuple[float, str]],
    ph: Phrase,
    toks: list[str],
    grams: set[tuple[str, str]],
    said_words: set[str],
    by_measure: bool = True,
) -> bool:
    """A long text stated by a measure it holds: "一千六百瓦" states "功率: 1600W". A time
    or a percentage ("2 years", "48 hours", "15%") is in too many texts to tell by itself:
    it also needs a word of the text ("2 year *warranty*", "thirty days *unused*"; the
    segment's ``said_words``, stemmed) or, in Chinese, a pair of its characters
    ("七天*无理由*")."""
    if not shared:
        return False
    if by_measure and any(u not in WEAK_UNITS for _v, u in shared):
        return True
    digits = [t for t in ph.toks if t[0].isdigit()]
    if len(digits) >= 2 and set(digits) <= set(toks):  # "10–12 weeks": every number said
        return True
    if any(not ({a, b} & _PLAIN_SYLLABLES or a[0].isdigit() or b[0].isdigit())
           for a, b in ph.grams & grams):  # fmt: skip
        return True
    return not _content_words(ph.text).isdisjoint(said_words)  # stems: "cracks" says "crack"


_LATIN_WORD = re.compile(r"[a-z]{4,}")
# characters around any time ("24小时内", "七天以上", "发出"): a pair of them says nothing
_PLAIN_SYLLABLES = frozenset(tokens("小时内以上下左右的了可天年月个周分钟秒之前后就都是在有发到给"))
_PLAIN_WORDS = frozenset(
    ["with", "from", "that", "this", "your", "have", "will", "they", "them", "than", "then",
     "what", "when", "into", "only", "about", "days", "hours", "years", "months", "weeks",
     "year", "month", "week", "hour", "within", "after", "before", "more", "less", "just",
     "like", "also", "some", "most", "very", "been", "were", "there", "their", "which",
     "would", "could", "should", "does", "doesnt", "dont", "over", "under", "each", "both",
     "much", "many", "make", "made", "even", "well", "good", "great", "best", "yes", "sure",
     "okay", "yeah", "here", "where", "because", "guys", "everyone", "people", "want",
     "need", "really", "right", "still", "other", "same", "come", "comes", "back"]
)  # fmt: skip


CLAUSE_PAIRS = 4  # a clause this long (token pairs) can be stated by itself …
CLAUSE_MIN = 0.6  # … when a segment holds this share of its pairs
_CLAUSE_SPLIT = re.compile(r"[，,。.;；!！?？、：:（）()]+")


def _clauses(text: str) -> list[set[tuple[str, str]]]:
    out = []
    for part in _CLAUSE_SPLIT.split(text):
        grams = bigrams(tokens(part))
        if len(grams) >= CLAUSE_PAIRS:
            out.append(grams)
    return out if len(out) > 1 else []  # a one-clause text is judged whole


def _clause_said(clauses: list[set[tuple[str, str]]], grams: set[tuple[str, str]]) -> bool:
    """One clause of a longer text said nearly as written ("送了护目镜" of "…灰会小很多，
    盒子里送了护目镜"): hosts read out the part of an answer that matters."""
    for c in clauses:
        n = len(c & grams)
        if n >= CLAUSE_PAIRS and n >= CLAUSE_MIN * len(c):
            return True
    return False


SHORT_TEXT = 6  # tokens: a text this short is its numbers ("3岁以上", "1.5 L")


def _full(pf: _ProductFacts, i: int, said: set[tuple[float, str]]) -> bool:
    """Whether a text's two or more measures (no times or shares) are all said, and they are
    not just the sizes the product comes in ("500ml / 750ml" said names the variants)."""
    strong = {a for a in pf.anchors[i] if a[1] not in WEAK_UNITS}
    return len(strong) >= 2 and strong <= said and not strong <= pf.own_measures


def _blank(text: str, span: str) -> str:
    """``text`` with a name blanked out; a name beginning or ending with a figure ("9块9",
    "9.9" for the 9.9 offer) is no part of a longer number ("原价39块9", "19.9")."""
    if not (span[0].isdigit() or span[-1].isdigit()):
        return text.replace(span, " ")
    before = r"(?<![\d.])" if span[0].isdigit() else ""
    after = r"(?![\d])" if span[-1].isdigit() else ""
    return re.sub(before + re.escape(span) + after, " ", text)


def _compared(value: str, text: str) -> bool:
    """Whether a short Chinese value is said only as what something is compared with."""
    at = [m.start() for m in re.finditer(re.escape(value), text)] if "比" in text else []
    return bool(at) and all(text[k - 1 : k] == "比" for k in at)


_NEGATED = re.compile(r"\s*(?:[无不没非免]|(?:no|non|not|without)\b)", re.I)
_NEGATION = re.compile(r"[无不没非免]|\b(?:no|non|not|without|never)\b|n't\b")


def _numbers_said(ph: Phrase, toks: list[str]) -> bool:
    """A short text with numbers is stated only with one of them ("4.0L" said as "四升")."""
    if len(ph.toks) > SHORT_TEXT:
        return True
    nums = [t for t in ph.toks if t[0].isdigit()]
    return not nums or any(t in toks or _whole(t) in toks for t in nums)


def _whole(num: str) -> str:
    """ "4.0" as "4"; other tokens as they are."""
    return num[: -len(".0")] if num.endswith(".0") and num[:-2].isdigit() else num


CHARS_MIN = 5  # a Chinese text said in other words: this many of its content characters …
CHARS_SHARE = 0.45  # … and this share of them
_CJK_CHARS = re.compile(r"[\u3400-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# characters too common to tell one answer from another
_COMMON_CHARS = frozenset(
    "的了是在有和就都也还要会可以这那个一不我你他她它们吗呢吧啊哦把被给让对很太更最能用等"
)


def _content_chars(text: str) -> frozenset[str]:
    """The distinct Chinese content characters of a text (as written: a sound would meet
    too many other characters)."""
    return frozenset(_CJK_CHARS.findall(normalize(text))) - _COMMON_CHARS


def _char_share(chars: frozenset[str], said: set[str]) -> float:
    """Share of a Chinese text's content characters a segment says (0 below ``CHARS_MIN``
    or ``CHARS_SHARE``; at least ``TEXT_MIN`` above them): "孕期可以用的 先在手腕试一下"
    says "孕期可以用，建议先在手腕局部试用"."""
    n = len(chars & said)
    share = n / len(chars) if chars else 0.0
    return max(share, TEXT_MIN) if n >= CHARS_MIN and share >= CHARS_SHARE else 0.0


WORDS_MIN = 3  # an English text paraphrased: this many of its content words …
WORDS_SHARE = 0.4  # … and this share of them (hosts say a long answer in fewer words)


def _stem(word: str) -> str:
    """A word without its plain English ending: "darkens", "darkened", "darkening" and
    "darken" meet (both sides are cut alike, so rough cuts are harmless)."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


# words a size guide read out shares with any spec of fit ("slim fit", "size up", "tall"):
# they do not state a named spec
_SIZING_WORDS = frozenset(
    _stem(w) for w in ("size", "sizes", "fit", "fits", "slim", "oversized", "tall", "petite",
                       "small", "medium", "large", "regular", "relaxed", "loose", "tight")
)  # fmt: skip


def _content_words(text: str) -> frozenset[str]:
    words = _LATIN_WORD.findall(normalize(text))
    return frozenset(_stem(w) for w in words if w not in _PLAIN_WORDS)


def _said_words(toks: list[str]) -> set[str]:
    """The English content words of a segment, stemmed, with each pair of words also
    written together ("chrome excel" says "Chromexcel")."""
    words = [t if t.isascii() and t.isalpha() else "" for t in toks]
    out = {_stem(w) for w in words if len(w) >= 4}
    out.update(_stem(a + b) for a, b in zip(words, words[1:], strict=False) if a and b)
    return out


def _word_share(words: frozenset[str], said: set[str]) -> float:
    """Share of an English text's content words a segment says (0 below ``WORDS_MIN`` or
    ``WORDS_SHARE``; at least ``TEXT_MIN`` above them):
    "straw goes in the dishwasher fine top rack, hand wash the body" says "The lid and straw
    are top-rack dishwasher safe; hand wash the bottle body …" in other words."""
    if len(words) < WORDS_MIN:
        return 0.0
    n = len(words & said)
    share = n / len(words)
    return max(share, TEXT_MIN) if n >= WORDS_MIN and share >= WORDS_SHARE else 0.0


def _singular(word: str) -> str:
    if len(word) > 3 and word[-1] == "s" and word[-2] != "s" and word.isascii():
        return word[:-1]
    return word


def _compact(name: str) -> str:
    """A latin name as one lower-case word ("FedEx" → "fedex"); "" for other scripts."""
    word = re.sub(r"[^a-z0-9]", "", name.lower())
    return word if len(word) >= 3 and word.isascii() and re.search(r"[a-z]", word) else ""


def _spelled(word: str, toks: list[str]) -> bool:
    """``word`` said in pieces, as speech recognition writes it: "fed ex", "u p s"."""
    if not word:
        return False
    for i in range(len(toks)):
        joined = ""
        for j in range(i, min(i + 4, len(toks))):
            joined += toks[j]
            if joined == word and j > i:
                return True
            if not word.startswith(joined):
                break
    return False


def _sub(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1)) if n else False
