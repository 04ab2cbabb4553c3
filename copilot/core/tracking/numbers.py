"""Numbers as speech recognition writes them: "两百九十九", "二十四小时", "eighty-nine ninety-nine".

``spoken_numbers`` rewrites Chinese and English number words as digits and returns every
number in a text with a rough unit class (money, count, hours, days, link, measure, coupon
terms, bare),
so fact matching can tell "还剩90单" (a stock figure) from "90-115斤" (a size guide).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from copilot.core import numerals
from copilot.core.understanding.trad2simp import TRAD_TO_SIMP
from copilot.core.understanding.varieties import to_english, to_mandarin

_CN_RUN = numerals.CN_RUN
# a lone numeral character counts only before one of these (一个 is not a quantity, 三号 is)
_CN_SINGLE_OK = re.compile(
    r"(?:号|块|元|小时|个小时|天|件|单|套|折|年|个月|周|岁|斤|升|米|瓦|寸|台|箱|盒|袋|罐|瓶|双|张|本|片|颗|档|倍|%|公分|公斤|公里|毫米|厘米|毫升|毫安|克|分钟|秒(?!杀)"
    r"|到(?=[一二两三四五六七八九十])|只(?![要有是能])|条(?!件)|支(?![持付])"
    r")"
)
_CN_IDIOMS = (
    "一一",
    "万一",
    "千万",
    "一下",
    "一点",
    "一起",
    "一直",
    "一定",
    "一样",
    "统一",
    "唯一",
)

# words that begin with 一 and hold no number ("二十一点" is 21:00, so 一点 is not one)
_ONE_WORDS = frozenset({"一起", "一样", "一直", "一定"})

_EN_UNITS = {
    "zero": 0, "nought": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_EN_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

# a coupon's terms ("满299减30", "$10 off"): the threshold and the saving, never a price
_COUPON_AFTER = re.compile(r"\s*(?:元|块|dollars?|bucks?)?\s*(?:减|立减|off\b)")
_COUPON_BEFORE = re.compile(r"(?:满|每满|立减|减|spend|over)\s*[$¥￥]?\s*$")
# a measure's unit, so "一千六百瓦" meets a spec's "1600W" and "two year warranty" a "2-year"
# (German's own words too: "zwei jahre", "vierundzwanzig stunden", "hundertvierzig stück")
_UNITS = {
    "w": "w watt watts 瓦", "v": "v volt volts 伏", "db": "db decibel decibels dezibel 分贝",
    "ml": "ml 毫升", "l": "l liter liters litre litres 升",
    "mm": "mm mil mils millimeter millimeters millimetre millimetres 毫米",
    "qt": "qt qts quart quarts",
    "cm": "cm centimeter centimeters centimetre centimetres zentimeter 厘米 公分",
    "m": "m meter meters metre metres 米",
    "km": "km kilometer kilometers 公里 千米",
    "in": "in inch inches \" 英寸 寸", "kcal": "kcal calories cal 大卡 千卡",
    "ft": "ft feet foot", "chi": "尺", "oz": "oz ounce ounces", "lb": "lb lbs pound pounds 磅",
    "kg": "kg kilo kilos 公斤 千克", "g": "g gram grams gramm 克", "jin": "斤",
    "mg": "mg milligram milligrams 毫克", "mcg": "mcg µg microgram micrograms 微克",
    "iu": "iu", "billion": "billion bn 亿",
    "mah": "mah 毫安 毫安时 milliamp milliamps", "wh": "wh 瓦时 watthours",
    "lm": "lm lumen lumens 流明", "h": "h hr hrs hour hours stunde stunden std 小时 个小时",
    "min": "min mins minute minutes minuten 分钟", "s": "sec secs second seconds sekunden 秒",
    "day": "day days tage tagen werktage werktagen 天", "week": "week weeks wk wks woche wochen",
    "month": "month months monat monate monaten 个月",
    "year": "yr yrs year years jahr jahre jahren 年",
    "deg": "° °c °f ℃ degree degrees grad 度", "%": "% percent prozent", "rpm": "rpm 转",
    "pa": "pa 帕 pascal pascals", "aw": "aw airwatt airwatts",
    "gal": "gal gallon gallons", "gb": "gb", "tb": "tb", "k": "k", "kw": "kw 千瓦",
    "fps": "fps", "shu": "shu scoville scovilles", "gsm": "gsm",
    "sqm": "㎡ m² m2 sqm 平方米 平方 平米 平",
    "piece": "pieces pcs stuck 片 颗 粒",
    "person": "people person persons personen 人 个人", "cup": "cup cups 杯",
}  # fmt: skip
_UNIT_OF = {w: unit for unit, words in _UNITS.items() for w in words.split()}


_IN_NOT_INCHES = (
    r"stock|the|a|an|my|your|our|their|his|her|its|it|total|one|each|every|all|stores?"
    r"|cart|hand|person|time|line|use|case|like|black|white|red|blue|green|pink|grey|gray"
    r"|beige|brown|navy|colou?rs?|shades?|sizes?|\d+"
)


def _alternation(words: list[str]) -> str:
    """One regex alternation of unit words, longest first, each ending at a word boundary
    ("in" is inches unless the words after make it a preposition: "52 in (2P)", "3.8 in
    tall", "6–7.5 in wrists", not "150 in stock", "2 in 1", "20 in total")."""
    return "|".join(
        r"in\b(?!\s*(?:" + _IN_NOT_INCHES + r")\b)"
        if w == "in"
        else "尺(?![码寸子])"  # a Chinese foot, not "尺码"
        if w == "尺"
        else "平(?![时价板台底铺躺安均衡常])"  # square metres ("50到120平"), not "平时"
        if w == "平"
        else re.escape(w) + (r"(?![a-z])" if w[-1].isascii() and w[-1].isalpha() else "")
        for w in sorted(words, key=len, reverse=True)
    )


_UNIT_ALT = _alternation(list(_UNIT_OF))  # every unit word, as one alternation
_UNIT_RE = re.compile(r"\s*-?\s*(" + _UNIT_ALT + ")")
# unit words that also count or size things a price can follow ("3m" a size, "10片" a count)
_NOT_MEASURE_KIND = frozenset({"m", "k", "pa", "pieces", "pcs", "stuck", "片", "颗", "粒"})

_AFTER = [
    ("hours", re.compile(r"\s*(?:个)?(?:小时|钟头|h\b|hrs?\b|hours?\b)")),
    ("days", re.compile(r"\s*(?:天|日|days?\b)")),
    # (not a size said in 号 over a range: "主线一号到一点五号" is fishing line)
    ("link", re.compile(r"\s*号(?!\s*(?:到|至|-|~)\s*\d)")),
    ("money", re.compile(r"\s*(?:块(?!\s*(?:库存|现货))|元|rmb\b|dollars?\b|bucks?\b|usd\b|cny\b"
                         r"|gbp\b|euros?\b)")),
    ("count", re.compile(r"\s*(?:件|单|个(?!人|小时|月)|套|份|只|条|支|瓶|台|箱|盒|袋|包(?!邮)|床"
                         r"|罐|桶|双|张|本|units?\b|pieces?\b|pcs\b|left\b|in stock\b"
                         r"|bags?\b|boxes\b|tins?\b|cans?\b|pairs?\b|sets?\b|packs?\b)")),
    # a measure, or a count of something else than stock: never a price
    ("measure", re.compile(r"\s*(?:×|x\s*\d|\*|\"|'|码|岁|-\s*\d|~|到\s*\d|乘\s*\d|by\s+\d"
                           r"|人|个人|杯|碗|次|档|bowls?\b|servings?\b|times\b|"
                           + _alternation([w for w in _UNIT_OF if w not in _NOT_MEASURE_KIND])
                           + ")")),
    # a body measure, a height or a time of day ("a seventy six chest", "one two eight tall",
    # "seven pm"): never a price
    ("measure", re.compile(r"\s*(?:chest|waist|bust|hips?|inside leg|tall|pm|am|o'?clock)\b")),
    # a share of a fibre, "percent" said once for the list ("eighty percent merino eighteen
    # nylon two elastane")
    ("measure", re.compile(r"\s*(?:nylon|polyester|elastane|spandex|lycra|cotton|wool|merino"
                           r"|cashmere|silk|linen|viscose|rayon|acrylic|polyamide|modal|alpaca"
                           r"|mohair|lyocell|tencel)\b")),
]  # fmt: skip
# any other plural thing counted ("ninety four balls between them"), when nothing before
# says otherwise ("link eleven guys"): no price
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b(?!\s+(?:of|off|per)\b)")
_BEFORE = [
    ("money", re.compile(r"(?:[¥￥$]|价|卖|价格|只要|原价|到手|给到|降到)\s*$")),
    # not "6号链接 199"; "lot seven", as a live auction calls its listings (not "a lot")
    ("link", re.compile(r"(?:link|(?<!号)链接|#|number|no\.|(?<!\ba )\blot)\s*$")),
    # a model's or an alloy's code ("h59黄铜", "k70"; not "r59" rand or "s" dollars)
    ("code", re.compile(r"(?<![a-z])[a-qt-z]$")),
    # a range or a size ("3到5", "45 by 30", "38乘28")
    ("measure", re.compile(r"(?:[-×~*乘]|\d\s*到|\d by)\s*$")),
    # part of a discount code ("use code polo ten", "code p e kit two"): no price, but the
    # coupon's own number ("code dice ten" for DICE10 taking £10 off)
    ("code", re.compile(
        r"\bcode\s+(?:(?!(?:for|and|to|gets?|at|is|then|you|off|saves?)\b)[a-z]+\s+){0,3}$"
    )),
    # an age, a school grade or year ("age seven eight", "grade 3", "year six"): no price
    ("measure", re.compile(
        r"\b(?:ages?|aged|grades?|(?<!this )(?<!last )(?<!next )years?)"
        r"\s*(?:\d+\s*(?:and|to|or|/)?\s*)?$"
    )),
    ("count", re.compile(
        r"(?:剩|库存|还有|一共|备了|(?<!live )(?<!today )(?<!tonight )(?<!now )only|have|brought"
        r"|stocked)\s*(?:就|只有|是)?\s*$"
    )),
]  # fmt: skip


_WATT_HOURS = re.compile(r"watt[- ]hours?")
TIME_UNITS = frozenset({"h", "min", "s", "day", "week", "month", "year"})
_HEADCOUNTS = frozenset({"person", "cup"})  # "two person", "3杯": counts, not a product's measure


_WORD_BEFORE = re.compile(r"([a-z]+|[\u3400-\u9fff]|\d+)\W*$")


# lengths, volumes, weights and long times in one unit each, so "一米五" meets "150cm" and
# "0.9 L" "900ml"
_SCALE = {"mm": ("mm", 1.0), "cm": ("mm", 10.0), "m": ("mm", 1000.0), "km": ("mm", 1e6),
          "ml": ("ml", 1.0), "l": ("ml", 1000.0),
          "gal": ("ml", 3785.41),
          "g": ("g", 1.0), "kg": ("g", 1000.0), "jin": ("g", 500.0),
          "mg": ("g", 0.001),
          # "两年保质期" meets "24个月", "two weeks" "14 days"
          "year": ("month", 12.0), "week": ("day", 7.0)}  # fmt: skip
# two sizes said as one ("200×230cm", "两米乘两米三", "14.8 by 21"): each takes the unit
_PAIR = re.compile(r"(\d+(?:\.\d+)?)\s*(?:×|x|\*|乘|by)\s*(\d+(?:\.\d+)?)")
# … with a unit or a side named between ("1.93m W x 2.55m L", "one point nine three wide by two
# point five five long", "three metres by six")
_SIDED_PAIR = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:(?:mm|cm|m|metres?|meters?|mil|ft|feet|foot|inch(?:es)?|in)\b\s*)?"
    r"(?:(?:w|l|h|d|wide|long|high|deep|tall|width|length)\b\s*)?(?:×|x|\*|乘|by)\s*(\d+(?:\.\d+)?)"
)
# the same said the short way, hundreds first: "one sixty by two thirty" (160 by 230)
_SHORT_PAIR = re.compile(
    r"(?<![\d.] )(?<![\d.])(?:([1-9]) )?(\d{2,3}) by (?:([1-9]) )?(\d{2,3})(?![\d.])"
)
_ABV = re.compile(r"\s*(?:vol|abv|alc)")
# a figure said the short way before its unit ("five twenty five grams" is "5 25 grams")
# … or hundreds first ("fourteen ninety grams" is "14 90 grams", 1490 g)
_SHORT_BEFORE = re.compile(r"(?<![\d.]\s)(?<![\d.])([1-9]\d?) $")
# "twenty five to forty thousand": the thousand said once for both ends
_TO_THOUSAND = re.compile(r"(?<![\d.,])([1-9]\d{0,2}) to ([1-9]\d{0,2}000)(?![\d.,])")
# "a kilo bag", "a litre of it": one of the measure ("half a kilo" is 0.5, said apart)
_ONE_MEASURE = re.compile(r"(?<!half )\ban? (kilo|litre|liter|gallon|quart)\b")


def _to_thousand(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    return f"{a}000 to {b}" if a * 1000 < b else m.group(0)


# the dash between a range's ends ("52–62", "五十二到六十二", "five to ten")
_DASH = r"\s*(?:–|—|-|~|～|到|至|\bto\b)\s*"
_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)" + _DASH + r"(\d+(?:\.\d+)?)(?![\d.])")
# a range with its unit at both ends ("28.3 in - 46.5 in", "一米五到一米八" as 1.5米到1.8米)
_UNIT_RANGE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(" + _UNIT_ALT + ")"
    + _DASH + r"(\d+(?:\.\d+)?)\s*-?\s*(" + _UNIT_ALT + ")"
)  # fmt: skip
# a height in feet and inches, as written ("5'2", "5'0\"") or said ("five foot two", "five
# two"): a range of two ("5'2 to 6'2" said "five two to six two", "five foot to six seven")
_FEET = r"([4-7])(?:\s*(?:'|’|′|\bfoot\b|\bfeet\b|\bft\b)\s*(\d|1[01])?|\s(\d|1[01]))(?:\"|”|″)?"
_FEET_RANGE = re.compile(r"(?<![\d.])" + _FEET + _DASH + _FEET + r"(?!\d|\.\d)")
# a range said the short way, hundreds first: "one forty to two hundred pounds" (140–200),
# "one eighty to two ten" (180–210)
_SHORT_RANGE = re.compile(r"(?<![\d.])([1-9]) (\d{2}) to (?:([1-9]) (\d{2})|(\d{3}))(?![\d.])")
# a ratio ("5.2:1", "五点二比一" a gear ratio, "1:1" water to bait): (a, ":b")
_RATIO = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:比|:)\s*(\d+(?:\.\d+)?|[一二两三四五六七八九])(?![\d.])"
    r"|(?<![\d.])(\d+\.\d+) to (1)(?![\d.])"  # "six point two to one": a gear ratio, 6.2:1
)


# a rate's base is no stated measure: "一斤大概五十五颗", "一斤多少钱", "每斤", "per 1 kg" say
# how much comes in one unit, not that the pack holds one
_RATE_BEFORE = re.compile(r"(?:每|per|/)\s*$")
_RATE_AFTER = re.compile(
    r"\s*(?:大概|大约|约|差不多|能有|有|就|才)?\s*"
    r"(?:(?:\d+(?:\.\d+)?(?:\s*(?:到|至|-|~)\s*\d+(?:\.\d+)?)?|[一二两三四五六七八九十百]+)\s*"
    r"[颗个隻只根粒片条块元钱蚊头尾]|多少|几|俩)"
)  # (not "一斤二至一斤半": 1.2 to 1.5 jin)
_RATE_UNITS = frozenset({"jin", "g", "kg", "lb", "oz", "ml", "l"})


# money is no measure: "Rp5.000 min. belanja" (a minimum spend), "$5 min order"
_MONEY_BEFORE = re.compile(r"(?:\brp|\bidr|\brm|\bphp|\busd|[$£€¥₱₹])\s?\.?$")


def _canonical(value: float, unit: str) -> tuple[float, str]:
    base, k = _SCALE.get(unit, (unit, 1.0))
    return (round(value * k, 6), base)


def _rate_base(norm: str, m: re.Match[str], u: re.Match[str]) -> bool:
    """Whether the weight or volume at ``m`` (unit ``u``) is a rate's base."""
    if float(m.group(0)) != 1.0 or _UNIT_OF[u.group(1)] not in _RATE_UNITS:
        return False  # ("每100克含糖6克" says both: a catalog writes it so too)
    return bool(
        _RATE_BEFORE.search(norm, max(0, m.start() - 5), m.start())
        or _RATE_AFTER.match(norm, u.end())
    )


def measures_in_context(norm: str) -> set[tuple[float, str, str]]:
    """(value, unit, the word or character just before the number) of every measure in an
    already ``normalize``d text: "summit 20°f" gives (20.0, "deg", "summit"). Lengths are
    in mm, volumes in ml, weights in g; "a×b" also gives (a, "×b") whatever its unit."""
    out: set[tuple[float, str, str]] = set()
    if "hour" in norm:
        norm = _WATT_HOURS.sub("watthours", norm)  # "38.5 watt hours" is no 38.5 W
    for m in NUMBER_RE.finditer(norm):
        u = _UNIT_RE.match(norm, m.end())
        if (
            u is not None
            and _UNIT_OF[u.group(1)] not in _HEADCOUNTS
            and not _MONEY_BEFORE.search(norm, max(0, m.start() - 5), m.start())
            and not _rate_base(norm, m, u)
        ):
            before = _WORD_BEFORE.search(norm, max(0, m.start() - 24), m.start())
            word = before.group(1) if before is not None else ""
            unit = _UNIT_OF[u.group(1)]
            out.add((*_canonical(float(m.group(0)), unit), word))
            if unit == "%" and _ABV.match(norm, u.end()):  # "53%vol" is what 五十三度 says
                out.add((float(m.group(0)), "deg", word))
            short = _SHORT_BEFORE.search(norm, max(0, m.start() - 4), m.start())
            if short is not None and len(m.group(0)) == 2 and m.group(0)[0] != "0":
                out.add((*_canonical(float(short.group(1) + m.group(0)), unit), ""))
            if u.group(1) in ("mil", "mils"):  # "a hundred mil refill": millilitres too
                out.add((float(m.group(0)), "ml", word))
    if "×" in norm or "x" in norm or "*" in norm or "乘" in norm or "by" in norm:
        for m in _PAIR.finditer(norm):
            a, b = float(m.group(1)), float(m.group(2))
            out.add((a, f"×{b:g}", ""))
            u = _UNIT_RE.match(norm, m.end())
            if u is not None and _UNIT_OF[u.group(1)] not in _HEADCOUNTS:
                out.add((*_canonical(a, _UNIT_OF[u.group(1)]), ""))
        for m in _SIDED_PAIR.finditer(norm):
            out.add((float(m.group(1)), f"×{float(m.group(2)):g}", ""))
        for m in _SHORT_PAIR.finditer(norm):
            (h1, a1, h2, b1) = m.groups()
            if (h1 or h2) and len(a1) + bool(h1) <= 3 and len(b1) + bool(h2) <= 3:
                a, b = float((h1 or "") + a1), float((h2 or "") + b1)
                out.add((a, f"×{b:g}", ""))
    # a range ("头围52–62cm", "五十二到六十二"): the pair itself, and the unit for both ends
    for m in _RANGE.finditer(norm):
        a, b = float(m.group(1)), float(m.group(2))
        if a < b:
            if b >= 10 or not b.is_integer():  # "一到两根", "2-3 days" are in too many texts
                out.add((a, f"–{b:g}", ""))
            u = _UNIT_RE.match(norm, m.end())
            if u is not None and _UNIT_OF[u.group(1)] not in _HEADCOUNTS:
                out.add((*_canonical(a, _UNIT_OF[u.group(1)]), ""))
    if " to " in norm:
        for m in _SHORT_RANGE.finditer(norm):
            h1, a1, h2, b1, b3 = m.groups()
            a, b = float(h1 + a1), float(h2 + b1 if h2 else b3)
            if a < b:
                out.add((a, f"–{b:g}", ""))
                u = _UNIT_RE.match(norm, m.end())
                if u is not None and _UNIT_OF[u.group(1)] not in _HEADCOUNTS:
                    out.add((*_canonical(a, _UNIT_OF[u.group(1)]), ""))
                    out.add((*_canonical(b, _UNIT_OF[u.group(1)]), ""))
    for m in _UNIT_RANGE.finditer(norm):
        a, b = float(m.group(1)), float(m.group(3))
        same = _UNIT_OF[m.group(2)] == _UNIT_OF[m.group(4)]
        if a < b and same and (b >= 10 or not b.is_integer()):
            out.add((a, f"–{b:g}", ""))
    for m in _FEET_RANGE.finditer(norm):
        ft1, in1, in1b, ft2, in2, in2b = m.groups()
        a = 12 * int(ft1) + int(in1 or in1b or 0)
        b = 12 * int(ft2) + int(in2 or in2b or 0)
        if a < b:
            out.add((float(a), f"ft–{b}", ""))
    if "比" in norm or ":" in norm or " to 1" in norm:
        for m in _RATIO.finditer(norm):
            first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            ratio = numerals.CN_DIGITS.get(second) or float(second)
            out.add((float(first), f":{ratio:g}", ""))
    return out


def measures(norm: str) -> set[tuple[float, str]]:
    """(value, unit) of every number with a unit in an already ``normalize``d text."""
    return {(v, u) for v, u, _w in measures_in_context(norm)}


@dataclass(frozen=True, slots=True)
class Num:
    value: float
    kind: str  # money | count | hours | days | link | measure | coupon | code | bare
    start: int


def cn_value(run: str) -> int | None:
    """Value of a run of Chinese numerals ("两百九十九" → 299, "三一六" → 316)."""
    return numerals.cn_value(run, max_len=20)


_CN_DECIMAL = re.compile(r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)")
_WAN = re.compile(r"(\d+(?:\.\d+)?)\s*万(?![\d零〇一二两三四五六七八九])")


def _cn_decimal(m: re.Match[str]) -> str:
    whole = cn_value(m.group(1))
    if whole is None:
        return m.group(0)
    return f"{whole}." + "".join(str(numerals.CN_DIGITS.get(c, 0)) for c in m.group(2))


# counting words after "一" (one can, one set …): "四百五十九一套" is 459 a set
_CLASSIFIER = re.compile(
    "整?[罐套件盒个瓶包袋台只条支双斤份箱桶片张把本副对杯颗根枚串顶辆部款组提听块米]|平(?:米|方)?(?![时常])"
)


def _counted(text: str, at: int) -> bool:
    """A counting word at ``at``, or one after 大/小 ("两大袋", "一小罐")."""
    return bool(
        _CLASSIFIER.match(text, at)
        or (text[at : at + 1] in ("大", "小") and _CLASSIFIER.match(text, at + 1))
    )


# "一米五", "两米三": a length in metres and tenths, as beds and heights are said
_CN_METRE = re.compile(
    "([一二两三四五六七八九])米([一二三四五六七八九])([零〇一二三四五六七八九](?!米))?"
    # (a number after it is another when it has its own 十/百/千: "一米七一百四十斤")
    "(?![十百千零〇]|[一二两三四五六七八九](?![米十百千]))"
)


def _cn_metre(m: re.Match[str]) -> str:
    d = numerals.CN_DIGITS
    cm = f"{d[m.group(3)]}" if m.group(3) else ""  # "一米七五": 1.75
    return f"{d[m.group(1)]}.{d[m.group(2)]}{cm}米"


# "两尺二", "三尺": a waist in Chinese feet and tenths, as underwear sizes are said
_CN_CHI = re.compile("([一二两三四五六七八九])尺(?![码寸子])([一二三四五六七八九](?![十百千]))?")


def _cn_chi(m: re.Match[str]) -> str:
    d = numerals.CN_DIGITS
    return f"{d[m.group(1)]}.{d[m.group(2)]}尺" if m.group(2) else f"{d[m.group(1)]}尺"


_CHI_TENTHS = re.compile(r"(?<![\d.])(\d)尺(\d)(?![\d.])")  # "2尺2" as written: 2.2尺


# tens and units, then two digits: dollars and cents ("十九九九" 19.99, "二十六九九" 26.99)
_CN_CENTS = re.compile(
    "([二三四五六七八九]?十[一二三四五六七八九])([零〇一二三四五六七八九])([零〇一二三四五六七八九])"
)


_AFTER_LETTERS = re.compile(r"[a-z] ?$")


def _cn_to_digits(text: str) -> str:
    if "米" in text:
        text = _CN_METRE.sub(_cn_metre, text)  # "一米八的床" → 1.8米的床
    if "尺" in text:
        text = _CN_CHI.sub(_cn_chi, text)  # "两尺二" → 2尺2
    if "点" in text:
        text = _CN_DECIMAL.sub(_cn_decimal, text)  # "一点七五升" → 1.75升

    def sub(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(run) <= 2:
            around = text[max(0, m.start() - 1) : m.end() + 1]
            if any(idiom in around and run in idiom for idiom in _CN_IDIOMS):
                return run
        if len(run) > 1 and run[-1] == "一" and text[m.end() - 1 : m.end() + 1] in _ONE_WORDS:
            # "减十五一起用", "九十九一样": the number, then 一起/一样 (a word, no digit)
            w = cn_value(run[:-1])
            if w is not None:
                return f"{w}一"
        if (
            len(run) == 1
            and run not in "十百千万亿"
            and not _CN_SINGLE_OK.match(text, m.end())
            # "满四十减五", "再送三", "满五级": a coupon's saving, gift or threshold said alone
            and not (m.start() > 0 and text[m.start() - 1] in "减送返满")
            # "ipx四", "s七", "us 五": the digit of a model, a rating or a size, said after
            # its letters
            and not _AFTER_LETTERS.search(text, max(0, m.start() - 2), m.start())
        ):
            return run
        v = cn_value(run)
        if v is None and len(run) > 2 and run[0] in numerals.CN_DIGITS:
            # "us 八三十九": a size (8), then what it is in another system (39)
            w = cn_value(run[1:])
            if w is not None and _AFTER_LETTERS.search(text, max(0, m.start() - 2), m.start()):
                return f"{numerals.CN_DIGITS[run[0]]} {w}"
        if v is None and (cents := _CN_CENTS.fullmatch(run)):
            whole = cn_value(cents.group(1))  # "二十六九九": 26.99, as dollars are said
            if whole is not None:
                d = numerals.CN_DIGITS
                return f"{whole}.{d[cents.group(2)]}{d[cents.group(3)]}"
        split = v is None or len(run) == 2 and run[0] in numerals.CN_DIGITS  # "块九一包"
        if (
            split
            and len(run) > 1
            and run[-1] in "一两"
            and run != "一两"
            and _counted(text, m.end())
        ):
            # "三百六十八一罐": 368 for one can, "七十九两袋" 79 for two bags, not a list of digits
            # ("一两块" is one or two)
            w = cn_value(run[:-1])
            return run if w is None else f"{w}{run[-1]}"
        if v is None and len(run) > 1 and text.startswith("号", m.end()):
            # "十三一号链接": the model (13), then link 1
            w = cn_value(run[:-1])
            if w is not None and run[-1] in numerals.CN_DIGITS:
                return f"{w} {numerals.CN_DIGITS[run[-1]]}"
        return run if v is None else str(v)

    return _CN_RUN.sub(sub, text)


_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
# "one oh nine" (109), as prices are said; "nine oh one" (901)
_OH = re.compile(rf"\b({_DIGIT_WORD}) oh ({_DIGIT_WORD})\b")
# a figure said digit by digit, three to six of them ("two six five zero" is 2,650)
# ("oh" is a zero inside: "en one seven oh nine two" is EN 17092)
# (the run stops before a word that heads the next figure: "four five nine four hundred
# fifty nine" is 459 said twice)
_DIGIT_RUN = re.compile(
    rf"\b(?:{_DIGIT_WORD}|zero)(?:[ -](?:{_DIGIT_WORD}|zero|oh)){{2,5}}\b"
    r"(?![ -](?:hundred|thousand|million)\b)"
)


# a tens or teens word after a run: its last digit heads the next figure said the short way
# ("five six one ten to one twenty five" is 5'6 and 110 to 125)
_TENS_NEXT = re.compile(
    r"[ -](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)


def _digit_run(m: re.Match[str]) -> str:
    words = re.split(r"[ -]", m.group(0))
    last = ""
    if _TENS_NEXT.match(m.string, m.end()) and words[-1] not in ("zero", "oh"):
        if len(words) <= 3:
            return m.group(0)  # two digits left are no run
        words, last = words[:-1], " " + words[-1]
    digits = [_EN_UNITS[w] for w in words]
    steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
    if steps in ({1}, {-1}):
        return m.group(0)  # "six seven eight nine": sizes counted, not a figure
    return "".join(map(str, digits)) + last


def _en_to_digits(text: str) -> str:
    """Rewrite runs of English number words as digits; "point" joins a decimal part."""
    if " " in text:
        text = _DIGIT_RUN.sub(_digit_run, text)  # "one one nine nine" (1,199), digit by digit
    if " oh " in text:
        text = _OH.sub(lambda m: f"{_EN_UNITS[m.group(1)]}0{_EN_UNITS[m.group(2)]}", text)
    out: list[str] = []
    pos = 0
    words = list(_EN_WORD.finditer(text))
    i = 0
    while i < len(words):
        value, j, used = _en_run(words, i, text)
        if used:
            out.append(text[pos : words[i].start()])
            out.append(value)
            pos = words[j - 1].end()
            i = j
        else:
            i += 1
    out.append(text[pos:])
    return "".join(out)


def _en_number(w: str) -> int | None:
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in _EN_TENS and parts[1] in _EN_UNITS:
        return _EN_TENS[parts[0]] + _EN_UNITS[parts[1]]
    if w in _EN_UNITS:
        return _EN_UNITS[w]
    if w in _EN_TENS:
        return _EN_TENS[w]
    return None


# what a price's tail never swallows: "eleven ninety two pack" is 11.90 and two packs
_COUNTED_AFTER = frozenset({
    "pack", "packs", "jar", "jars", "box", "boxes", "bottle", "bottles", "piece", "pieces",
    "pcs", "set", "sets", "tin", "tins", "bag", "bags", "unit", "units", "pair", "pairs", "tub",
    "tubs",
})  # fmt: skip


def _en_run(words: list[re.Match[str]], i: int, text: str) -> tuple[str, int, bool]:
    total = current = 0
    j = i
    seen = False
    # the tens of a price said the short way ("eleven | ninety"): a units word after them
    # that counts what follows belongs to the count (not after a link number: "link two
    # thirty seven sets" is link 2 and 37 sets)
    tail = (
        i > 0
        and _en_number(words[i - 1].group(0)) is not None
        and (i < 2 or words[i - 2].group(0) not in ("link", "number", "no"))
    )
    while j < len(words):
        w = words[j].group(0)
        if j > i and text[words[j - 1].end() : words[j].start()].strip(" -") != "":
            break
        n = _en_number(w)
        if n is not None:
            if total and 0 < current < 10 and n >= 20 and n % 10 == 0:
                current = current * 100 + n  # "three thousand four ninety nine": 3,499
            elif seen and current % 100 != 0 and current % 10 == 0 and n < 10:
                if (
                    tail
                    and j + 1 < len(words)
                    and words[j + 1].group(0) in _COUNTED_AFTER
                    # ("one fifty one boxes" is 151 boxes: one box would be singular)
                    and not (n == 1 and words[j + 1].group(0).endswith(("s", "es")))
                    and text[words[j].end() : words[j + 1].start()].strip() == ""
                ):
                    break
                current += n
            elif seen and current and n >= 10 and current % 100 != 0:
                break  # "eighty nine ninety nine": two numbers
            elif seen and current and current % 100 != 0 and n < 10:
                break
            else:
                current += n
            seen = True
        elif w == "a" and not seen and j + 1 < len(words) and words[j + 1].group(0) in _EN_SCALE:
            seen = True  # "a hundred and fifty": the scale multiplies one
        elif w in _EN_SCALE and not seen and j == i:
            current, seen = _EN_SCALE[w], True  # "hundred percent", "thousand mah"
        elif w in _EN_SCALE and seen:
            current = (current or 1) * _EN_SCALE[w]
            if w != "hundred":  # "one million four hundred fifty thousand"
                total, current = total + current, 0
        elif w == "and" and seen and current >= 100:
            pass
        else:
            break
        j += 1
    if not seen:
        return "", i, False
    while j > i and words[j - 1].group(0) == "and":
        j -= 1
    return str(total + current), j, True


_IU = re.compile(r"(\d) i (?:u|you)\b")
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")
# thousands with dots, as Indonesia and Vietnam write them: after a currency ("Rp75.000",
# "75.000đ") or in two groups or more ("1.000.000"); "1.490 g" alone stays a decimal
_DOT_THOUSANDS = re.compile(
    r"(?:(?<=rp)|(?<=rp\s)|(?<=rp\.)|(?<=idr)|(?<=idr\s))\d{1,3}(?:\.\d{3})+(?![\d.])"
    r"|(?<![\d,.])\d{1,3}(?:\.\d{3})+(?=\s?(?:đ|₫|vnd)\b)"
    r"|(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?![\d.])",
    re.IGNORECASE,
)
# a decimal comma before a measure's unit or a currency: "1,35 kg", "−0,8 bar", "19,90 €"
_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:€|eur\b|euro|kg\b|g\b|mm\b|cm\b|m\b|l\b|bar\b|%))",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"(?:100|百)分之\s*(\d+(?:\.\d+)?)")
_AND_A_HALF = re.compile(r"\b(\d+) and a half\b")
_LINK_TREE = re.compile(r"\blink tree\b")
_DIGIT_S = re.compile(r"(\d)'s\b")
_LINK_TOO = re.compile(r"\blink (?:too|to)\s*[.!]*\s*$")
_LINK_FOR = re.compile(r"\blink (?:for|fore)\s*[.!]*\s*$")


# an abbreviation spelled out, three letters or more ("f p s", "i b o"), written whole (not
# "u s p s", which the carriers' matchers know as said)
_SPELLED = re.compile(r"(?<!\b[a-z] )\b[a-z](?: [a-z]){2,}\b")


def _spelled(m: re.Match[str]) -> str:
    s = m.group(0)
    return s if s == "u s p s" else s.replace(" ", "")


def normalize(text: str) -> str:
    """NFKC, case-folded, with spoken numbers written as digits."""
    if "," in text:  # "1,490 g", "$1,299" (an ASCII comma only: "200，300" lists two)
        text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)  # "5,2 L", "4,95 €", as Europe writes them
    if "." in text:  # "Rp5.000", "1.000.000"
        text = _DOT_THOUSANDS.sub(lambda m: m.group(0).replace(".", ""), text)
    t = unicodedata.normalize("NFKC", text).casefold()
    t = to_english(t)  # "chaubees ghante", "ilang araw"
    if not t.isascii():  # "順豐" is "顺丰", and written Cantonese ("四十八個鐘") is Mandarin
        t = to_mandarin(t.translate(TRAD_TO_SIMP), "係" in t)
    if "–" in t or "—" in t:
        t = t.replace("–", "-").replace("—", "-")  # "54–60cm" is a range, as "54-60cm"
    if "万" in t:
        t = _WAN.sub(lambda m: f"{float(m.group(1)) * 10000:g}", t)  # "11万转" → 110000转
    if "巴仙" in t:
        t = t.replace("巴仙", "%")  # "八巴仙 off": per cent, as Singapore and Malaysia say it
    if "快" in t:
        t = _KUAI.sub("块", t)  # "三十六快九": speech writes 块 as its homophone 快
    t = _cn_to_digits(t)
    if "尺" in t:
        t = _CHI_TENTHS.sub(r"\1.\2尺", t)
    if "分之" in t:
        t = _PER_CENT.sub(r"\1%", t)  # "百分之十六" → 16%
    if "块" in t or "元" in t:
        t = _YUAN_JIAO.sub(_yuan_jiao, t)  # "59块九" → 59.9块
    if any("a" <= c <= "z" for c in t):
        t = _en_to_digits(t)
        t = _POINT.sub(_point, t)  # "38 point 5" → 38.5, "2 point 7 5" → 2.75
        if "air watt" in t:
            t = _AIR_WATTS.sub("airwatts", t)  # "180 air watts" is 180 AW, no 180 W
        if "half" in t:
            t = _AND_A_HALF.sub(r"\1.5", t)  # "five and a half quarts" → 5.5
        if "000" in t and " to " in t:
            t = _TO_THOUSAND.sub(_to_thousand, t)  # "25 to 40000" → 25000 to 40000
        if "a " in t:
            t = _ONE_MEASURE.sub(r"1 \1", t)  # "a kilo bag" → 1 kilo bag
        if "'s" in t:
            t = _DIGIT_S.sub(r"\1", t)  # "link three's still live": no seconds
        if "link" in t:
            t = _LINK_TOO.sub("link 2", t)  # "socks are link too": a homophone at the end
            t = _LINK_FOR.sub("link 4", t)  # "candles are link for" (but "link for the serum")
            t = _LINK_TREE.sub("link 3", t)  # "it's on link tree right now"
        t = _LEADING_POINT.sub(_leading_point, t)  # "point 9 liters" → 0.9
        if " i " in t:
            t = _IU.sub(r"\1 iu", t)  # "2000 i you of d3", as speech writes IU
        t = _SPELLED.sub(_spelled, t)  # "four fifty f p s" → "4 50 fps"
    return t


# 快 (quick) between an amount and its tenths or 钱 is 块 misheard ("三十六快九", "五快钱");
# "3快递" stays
_KUAI = re.compile(r"(?<=[\d一二两三四五六七八九十百])快(?=[1-9一二两三四五六七八九]|钱)")
_YUAN_JIAO = re.compile(
    r"(\d+)\s*(块|元)(?:([0-9])([0-9])(?=\D|$)|([1-9一二两三四五六七八九])(?:(?:毛|角)([一二三四五六七八九])分?|毛|角)?)"
    r"(?![\d.十百千万块元个件号套份只条支瓶袋盒罐片颗粒斤克米天小大点折码岁分秒度%])(?!包(?!邮))"
)


def _yuan_jiao(m: re.Match[str]) -> str:
    """A price said as yuan and tenths: "五十九块九" is 59.9, "一块五" 1.5."""
    d = numerals.CN_DIGITS
    if m.group(3):  # "9块99": 9.99, as dollars and cents are said
        return f"{m.group(1)}.{m.group(3)}{m.group(4)}{m.group(2)}"
    tenth, cent = m.group(5), m.group(6)
    cents = d[cent] if cent else ""  # "二十四块九毛九": 24.99
    return f"{m.group(1)}.{d.get(tenth, tenth)}{cents}{m.group(2)}"


_AIR_WATTS = re.compile(r"air[- ]?watts?")
# "38 point 5", "two point seven five" (2.75: the digits after the point, one by one)
_POINT = re.compile(r"\b(\d+) point (\d(?: \d)+\b(?! \d)|\d+)\b")
_LEADING_POINT = re.compile(r"(?<![\d.])(?:\b0 )?\bpoint (\d(?: \d)+\b(?! \d)|\d+)\b")


def _point(m: re.Match[str]) -> str:
    return f"{m.group(1)}.{m.group(2).replace(' ', '')}"


def _leading_point(m: re.Match[str]) -> str:
    return f"0.{m.group(1).replace(' ', '')}"


def _kind(t: str, m: re.Match[str]) -> str:
    before = t[max(0, m.start() - 16) : m.start()]
    if _COUPON_AFTER.match(t, m.end()) or _COUPON_BEFORE.search(before):
        return "coupon"
    if _MONEY_BEFORE.search(before):  # "Rp5.000 min. belanja": an amount, whatever follows
        return "money"
    for kind, rx in _AFTER:
        if rx.match(t, m.end()):
            # ("一点五号", "零点四号": a line's or a needle's size, no link)
            return "measure" if kind == "link" and "." in m.group(0) else kind
    for kind, rx in _BEFORE:
        if rx.search(before):
            return kind
    return "count" if _PLURAL_AFTER.match(t, m.end()) else "bare"


_FROM_BEFORE = re.compile(r"\b(?:from|was|were|normally|usually|down|drops?|dropped)\s*$")


def numbers(norm: str) -> list[Num]:
    """Every number in an already ``normalize``d text, with its unit class.

    Two numbers in a row ("89 99", as "eighty nine ninety nine") also yield the
    decimal reading 89.99, and two of two figures the four-figure one, 8999.
    """
    out: list[Num] = []
    prev: re.Match[str] | None = None
    ranged: int | None = None  # where the last bare number is, which may begin a range
    short = ""  # "1 29" read the short way (129), so "1 29 99" can be 129.99
    for m in NUMBER_RE.finditer(norm):
        try:
            v = float(m.group(0))
        except ValueError:
            continue
        here = _kind(norm, m)
        if (
            here == "bare"
            and prev is not None
            and norm[prev.end() : m.start()] == " to "
            and ranged is not None
            and out[ranged].value < v
            and not _FROM_BEFORE.search(norm, max(0, prev.start() - 12), prev.start())
        ):
            # "a uk eight to fourteen", "forty to fifty": a range of sizes, no prices
            # ("from forty nine to fifty nine" may be a price said again)
            out[ranged] = Num(out[ranged].value, "measure", out[ranged].start)
            here = "measure"
        out.append(Num(v, here, m.start()))
        ranged = len(out) - 1 if here == "bare" else None
        cents = prev is not None and norm[prev.end() : m.start()] == " " and len(m.group(0)) == 2
        if short and cents:  # "one twenty nine ninety nine": 129.99
            out.append(Num(float(f"{short}.{m.group(0)}"), "money", m.start()))
        short = ""
        if (
            prev is not None
            and norm[prev.end() : m.start()] in (" ", " and ", " point ", ".")
            and "." not in prev.group(0)
            and len(m.group(0)) == 2
        ):
            out.append(Num(float(f"{prev.group(0)}.{m.group(0)}"), "money", prev.start()))
            if len(prev.group(0)) == 1 and prev.group(0) != "0" and norm[prev.end()] == " ":
                # "one twenty nine": a price said the short way, 129 ("one eighty six
                # left": a count)
                short = f"{prev.group(0)}{m.group(0)}"
                kind = here if here in ("count", "bare") else "money"  # "one fifty total"
                out.append(Num(float(short), kind, prev.start()))
            elif len(prev.group(0)) == 2 and prev.group(0)[0] != "0" and norm[prev.end()] == " ":
                # "sixty four ninety nine": a four-figure price said in two halves, 6499
                out.append(Num(float(f"{prev.group(0)}{m.group(0)}"), "money", prev.start()))
        prev = m
    return out
