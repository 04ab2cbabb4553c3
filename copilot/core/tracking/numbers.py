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

_CN_RUN = numerals.CN_RUN
# a lone numeral character counts only before one of these (一个 is not a quantity, 三号 is)
_CN_SINGLE_OK = re.compile(r"(?:号|块|元|小时|个小时|天|件|单|套|折)")
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

_EN_UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_EN_SCALE = {"hundred": 100, "thousand": 1000}
_EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

# a coupon's terms ("满299减30", "$10 off"): the threshold and the saving, never a price
_COUPON_AFTER = re.compile(r"\s*(?:元|块|dollars?|bucks?)?\s*(?:减|立减|off\b)")
_COUPON_BEFORE = re.compile(r"(?:满|每满|立减|减|spend|over)\s*[$¥￥]?\s*$")
_AFTER = [
    ("hours", re.compile(r"\s*(?:个)?(?:小时|钟头|h\b|hrs?\b|hours?\b)")),
    ("days", re.compile(r"\s*(?:天|日|days?\b)")),
    ("link", re.compile(r"\s*号")),
    ("money", re.compile(r"\s*(?:块|元|rmb\b|dollars?\b|bucks?\b|usd\b|cny\b)")),
    ("count", re.compile(r"\s*(?:件|单|个|套|份|只|条|支|瓶"
                         r"|units?\b|pieces?\b|pcs\b|left\b|in stock\b)")),
    ("measure", re.compile(r"\s*(?:cm|mm|ml|kg|g\b|斤|公斤|克|米|%|度|℃|°|×|x\s*\d|\*"
                           r"|in\b|oz\b|lb|\"|'|码|寸|岁|分钟|秒|-\s*\d|~|到\s*\d)")),
]  # fmt: skip
_BEFORE = [
    ("money", re.compile(r"(?:[¥￥$]|价|卖|价格|只要|原价|到手|给到|降到)\s*$")),
    ("link", re.compile(r"(?:link|链接|#|number|no\.)\s*$")),
    ("measure", re.compile(r"(?:[-×~*]|\d\s*到)\s*$")),  # a range: "3到5"
    ("count", re.compile(r"(?:剩|库存|还有|一共|备了|only|have)\s*(?:就|只有|是)?\s*$")),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Num:
    value: float
    kind: str  # money | count | hours | days | link | measure | coupon | bare
    start: int


def cn_value(run: str) -> int | None:
    """Value of a run of Chinese numerals ("两百九十九" → 299, "三一六" → 316)."""
    return numerals.cn_value(run, max_len=20)


def _cn_to_digits(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(run) <= 2:
            around = text[max(0, m.start() - 1) : m.end() + 1]
            if any(idiom in around and run in idiom for idiom in _CN_IDIOMS):
                return run
        if len(run) == 1 and run not in "十百千万亿" and not _CN_SINGLE_OK.match(text, m.end()):
            return run
        v = cn_value(run)
        return run if v is None else str(v)

    return _CN_RUN.sub(sub, text)


def _en_to_digits(text: str) -> str:
    """Rewrite runs of English number words as digits; "point" joins a decimal part."""
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


def _en_run(words: list[re.Match[str]], i: int, text: str) -> tuple[str, int, bool]:
    total = current = 0
    j = i
    seen = False
    while j < len(words):
        w = words[j].group(0)
        if j > i and text[words[j - 1].end() : words[j].start()].strip(" -") != "":
            break
        n = _en_number(w)
        if n is not None:
            if seen and current % 100 != 0 and current % 10 == 0 and n < 10:
                current += n
            elif seen and current and n >= 10 and current % 100 != 0:
                break  # "eighty nine ninety nine": two numbers
            elif seen and current and current % 100 != 0 and n < 10:
                break
            else:
                current += n
            seen = True
        elif w in _EN_SCALE and seen:
            current = (current or 1) * _EN_SCALE[w]
            if w == "thousand":
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


def normalize(text: str) -> str:
    """NFKC, case-folded, with spoken numbers written as digits."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _cn_to_digits(t)
    if "块" in t or "元" in t:
        t = _YUAN_JIAO.sub(_yuan_jiao, t)  # "59块九" → 59.9块
    if any("a" <= c <= "z" for c in t):
        t = _en_to_digits(t)
        t = _LEADING_POINT.sub(r"0.\1", t)  # "point 9 liters" → 0.9
    return t


_YUAN_JIAO = re.compile(
    r"(\d+)\s*(块|元)([1-9一二两三四五六七八九])(?:毛|角)?"
    r"(?![\d.十百千万块元个件号套份只条支瓶袋盒罐片颗粒斤克米天小点折码岁分秒度%])(?!包(?!邮))"
)


def _yuan_jiao(m: re.Match[str]) -> str:
    """A price said as yuan and tenths: "五十九块九" is 59.9, "一块五" 1.5."""
    tenth = m.group(3)
    digit = numerals.CN_DIGITS.get(tenth, tenth)
    return f"{m.group(1)}.{digit}{m.group(2)}"


_LEADING_POINT = re.compile(r"(?<![\d.])(?:\b0 )?\bpoint (\d+)\b")


def _kind(t: str, m: re.Match[str]) -> str:
    before = t[max(0, m.start() - 8) : m.start()]
    if _COUPON_AFTER.match(t, m.end()) or _COUPON_BEFORE.search(before):
        return "coupon"
    for kind, rx in _AFTER:
        if rx.match(t, m.end()):
            return kind
    for kind, rx in _BEFORE:
        if rx.search(before):
            return kind
    return "bare"


def numbers(norm: str) -> list[Num]:
    """Every number in an already ``normalize``d text, with its unit class.

    Two numbers in a row ("89 99", as "eighty nine ninety nine") also yield the
    decimal reading 89.99.
    """
    out: list[Num] = []
    prev: re.Match[str] | None = None
    for m in NUMBER_RE.finditer(norm):
        try:
            v = float(m.group(0))
        except ValueError:
            continue
        out.append(Num(v, _kind(norm, m), m.start()))
        if (
            prev is not None
            and norm[prev.end() : m.start()] in (" ", " and ", " point ", ".")
            and "." not in prev.group(0)
            and len(m.group(0)) == 2
        ):
            out.append(Num(float(f"{prev.group(0)}.{m.group(0)}"), "money", prev.start()))
            if len(prev.group(0)) == 1 and prev.group(0) != "0" and norm[prev.end()] == " ":
                # "one twenty nine": a price said the short way, 129
                out.append(Num(float(f"{prev.group(0)}{m.group(0)}"), "money", prev.start()))
        prev = m
    return out
