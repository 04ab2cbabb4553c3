# ruff: noqa: E501
"""Vietnamese (typed without tones, in chat shorthand) → English, so the English rules and
the speech side read Vietnamese rooms too.

Viewers in Vietnamese rooms (TikTok, Facebook live) type without diacritics and in
shorthand: "gia bn c" (how much, sis), "con hang ko" (still in stock?), "da dau xai dc
ko" (oily skin, can I use it?), "chot 2 chai" (I take two), "ship ve Ha Noi may ngay";
hosts speak full Vietnamese, whose numbers recognition writes as words: "ba trăm hai mươi
chín nghìn" is 329,000, "một trăm tám lăm nghìn" 185,000, "hai trăm chín chín k" 299,000,
"giỏ hàng số hai" is link 2. Accents are read as plain letters first (varieties.py), the
common shop phrases are rewritten into English and number runs into digits; everything
else is left as typed. A text with none of the marker words is returned as it is, at the
cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# letters only Vietnamese writes (ơ, ư, ă, đ and the tones under and over them): a text
# holding one is Vietnamese whatever its words (varieties.py looks before it strips accents)
LETTERS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# (Vietnamese without tones, English); longer phrases win where one contains another
_PHRASES = [
    # price
    ("gia bao nhieu", "how much"), ("bao nhieu tien", "how much"), ("bao nhieu", "how much"),
    ("gia bn", "how much"), ("bn", "how much"), ("gia sao", "how much"), ("gia goc", "original price"),
    ("gia live", "live price"), ("gia lai", "live price"), ("gia", "price"),
    # discount
    ("ma giam gia", "discount code"), ("ma giam", "discount code"), ("giam gia", "discount"),
    ("co tang gi", "any free gift"), ("tang kem", "free gift"), ("qua tang", "free gift"),
    ("freeship", "free shipping"), ("sale ko", "any sale?"), ("giam them", "extra off"),
    # stock
    ("con hang khong", "still in stock?"), ("con hang ko", "still in stock?"), ("con hang hong", "still in stock?"),
    ("con hang", "in stock"), ("het hang", "sold out"), ("con nhieu ko", "how many left?"),
    ("con ban ko", "still selling?"), ("con ko", "still have?"), ("con hong", "still have?"),
    ("con khong", "still have?"),
    # usage, skin, shade
    ("xai duoc khong", "can i use it?"), ("xai dc ko", "can i use it?"), ("xai dc hem", "can i use it?"),
    ("dung duoc khong", "can i use it?"), ("dung dc ko", "can i use it?"), ("xai chung", "use with"),
    ("dung chung", "use with"), ("xai", "use"), ("da nhay cam", "sensitive skin"), ("da dau", "oily skin"),
    ("da kho", "dry skin"), ("da hon hop", "combination skin"), ("da mun", "acne skin"), ("mun", "acne"),
    ("ba bau", "pregnant"), ("me bau", "pregnant"), ("lay tone nao", "which shade"), ("tone nao", "which shade"),
    ("lay mau nao", "which shade"), ("mau nao", "which shade"), ("lay loai nao", "which one"),
    ("bao lau", "how long"),
    # spec
    ("xuat xu", "origin"), ("thanh phan", "ingredients"), ("hsd", "expiry"), ("han dung", "expiry"),
    ("chong nuoc", "waterproof"), ("che phu", "coverage"), ("that ko", "genuine?"), ("hang that", "genuine"),
    # shipping and orders
    ("ship ve", "ship to"), ("giao ve", "deliver to"), ("may ngay", "how many days"), ("giao hang", "delivery"),
    ("giao chua", "delivered yet?"), ("chua thay giao", "not delivered yet"), ("chua toi", "not arrived"),
    ("chua nhan duoc", "not received"), ("don cua e", "my order"), ("don e dat", "my order"),
    ("check don", "check my order"), ("don hang", "order"),
    # link
    ("gio hang so", "link"), ("trong gio hang", "in the cart"), ("gio hang", "cart"), ("lam sao dat hang", "how to order"),
    ("dat hang", "order"), ("mua o dau", "where to buy"), ("link so", "link"),
    # purchase
    ("chot don", "i will take"), ("chot", "i will take"), ("da dat", "ordered"), ("da ck", "paid"),
    ("chuyen khoan roi", "paid"), ("lay e", "i will take"),
    # after-sales
    ("doi tra", "return"), ("doi dc ko", "can i exchange?"), ("doi duoc khong", "can i exchange?"),
    ("tra dc ko", "can i return?"), ("tra lai", "return"), ("be chai", "broken bottle"), ("bao hanh", "warranty"),
    # complaints
    ("ko ai tl", "no reply"), ("ko ai rep", "no reply"), ("khong ai tra loi", "no reply"),
    ("rep ng khac ma ko rep e", "you reply to others not me"), ("hoi may lan", "asked many times"),
    ("mat tieng", "no sound"), ("tieng bi re", "sound crackling"), ("hinh bi mo", "blurry"),
    ("dung hinh", "frozen"), ("bi lag", "lagging"),
    # greetings and praise
    ("xin chao", "hello"), ("chao ca nha", "hello everyone"), ("chao", "hello"), ("vo roi", "joined"),
    ("den roi", "here"), ("dep qua", "so beautiful"), ("dep xiu", "so beautiful"), ("de thuong", "cute"),
    ("xinh", "pretty"), ("dep", "beautiful"),
    # spoken loanwords as recognition writes them
    ("se rum", "serum"), ("pe hat", "ph"), ("vitamin xe", "vitamin c"), ("trong lai", "on live"),
    ("lay sai tone", "wrong shade exchange"), ("chua ai goi xac nhan", "no confirmation yet"),
    ("co can", "do i need"), ("co ban tren", "do you sell on"), ("co xuat hoa don", "invoice"),
    ("hoa don", "invoice"), ("mua 2", "buy 2"), ("mua hai", "buy 2"), ("co bot", "discount"),
    ("hoi", "asked"), ("lan r", "times already"), ("lan roi", "times already"),
    ("ib", "message"), ("rep", "reply"), ("tl", "reply"),
    # words
    ("duoc", "can"), ("phan tram", "percent"), ("phay", "point"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "dc" (được) is "can", but not in a product's "DC pump", "dc motor", "DC 12V"
_CAN = re.compile(
    r"\bdc\b(?!\s*(?:motor|pump|fan|power|inverter|brushless|volts?|v\b|adapter|charger"
    r"|charging|input|output|silent|jack|cable|cord|\d))"
)
# a closing "không?" ("ko", "hong", "hem", "k") asks a yes/no question, and the address
# and softening words that end a clause ("c", "s", "chi", "shop", "nha", "vay", "z") go
_ASKS = re.compile(
    r"(?<=\S)\s+(?:ko|khong|hong|hem|k)\b(?=(?:\s+(?:c|s|chi|shop|nha|ha|vay|v|z|a))*\s*[?？!.,]*\s*$)"
)
_SOFT = re.compile(
    r"(?<=\S)(?:\s+(?:c|s|chi|shop|oi|nha|nhe|ha|vay|v|z|a|ne|ghe))+(?=\s*[?？!.,]*\s*$)"
)

# numbers as hosts say them: the units, the tens (mươi, chục), hundreds, thousands
_UNITS = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5,
          "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}  # fmt: skip
_SCALES = {"muoi": 10, "chuc": 10, "tram": 100, "nghin": 1000, "ngan": 1000, "trieu": 1_000_000}
_NUM_WORD = (
    r"(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|chuc|tram|nghin|ngan|trieu|linh|le)"
)
# a run of number words holding a scale word ("ba tram hai muoi chin nghin"), or one unit
# before a counter ("tam muoi sau chai", "hai ngay", "so bon")
_RUN = re.compile(rf"\b{_NUM_WORD}(?:\s+{_NUM_WORD})*\b")
_COUNTED = re.compile(
    r"\b(?:so|link)\s+(khong|mot|hai|ba|bon|nam|sau|bay|tam|chin)\b"
    r"|\b(mot|hai|ba|bon|nam|sau|bay|tam|chin)(?=\s+(?:ngay|tuan|thang|nam|chai|hu|cay|tuyp|giot|phut|tieng|gio|lan|ml)\b)"
)


def _value(words: list[str]) -> int | None:
    """The number a run of Vietnamese number words says, or None when it says none."""
    if not any(w in _SCALES for w in words):
        return None
    total = current = 0
    unit: int | None = None
    after_tens = after_hundred = False
    for w in words:
        if w in ("linh", "le"):
            continue
        if w in _UNITS:
            u = _UNITS[w]
            if after_tens:
                current, unit, after_tens = current + u, None, False
            elif unit is not None and after_hundred:
                current, unit = current + unit * 10 + u, None  # "tram tam lam": 85
            else:
                unit = u
            continue
        scale = _SCALES[w]
        if scale == 10:
            current += (unit if unit is not None else 1) * 10
            after_tens = True
        elif scale == 100:
            current += (unit if unit is not None else 1) * 100
            after_hundred, after_tens = True, False
        else:
            total += (current + (unit or 0)) * scale
            current, after_hundred, after_tens = 0, False, False
        unit = None
    return total + current + (unit or 0)


def _run(m: re.Match[str]) -> str:
    words = m.group(0).split()
    v = _value(words)
    return m.group(0) if v is None else str(v)


# "ba phẩy ba" (3.3); "299 k" (299,000); "hai năm" (two years), "ba ngày" (three days)
_DECIMAL = re.compile(
    r"\b(khong|mot|hai|ba|bon|nam|sau|bay|tam|chin|\d+) phay (khong|mot|hai|ba|bon|nam|sau|bay|tam|chin|\d+)\b"
)
_THOUSANDS = re.compile(r"\b(\d+) k\b")
_TIME_UNITS = {"ngay": "days", "tuan": "weeks", "thang": "months", "nam": "years", "tieng": "hours",
               "gio": "hours", "phut": "minutes"}  # fmt: skip
_TIMES = re.compile(r"\b(\d+(?:\.\d+)?) (ngay|tuan|thang|nam|tieng|gio|phut)\b")


def _digit(w: str) -> str:
    return w if w.isdigit() else str(_UNITS[w])


def _counted(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return f"link {_UNITS[m.group(1)]}"
    return str(_UNITS[m.group(2)])


# shorthand and words only Vietnamese chat has ("ko", "con", "ship", "tone" are other
# languages' words too: they are read only in a text these, or its tones, show Vietnamese)
_MARKERS = gated(
    r"\b(?:bn|dc|duoc|xai|chot|khong|hok|nhieu|hsd|nhay|muoi|chuc|tram|nghin|ngan|trieu|"
    r"freeship|nhe|vay|giao|giam|doi tra|chao|xinh|dep|roi|tieng|hinh)\b"
    r"|\bcon (?:hang|ko|k|hong|ban|tone|nhieu)\b|\bko (?:c|s|shop|chi|ha|ai)\b"
    r"|\bda (?:dau|kho|ngam|nhay|hon|mun|trang|dat|ck)\b|\b(?:lay|xai) (?:tone|mau|loai|sai)\b"
    r"|\bgia (?:sao|bn|goc|live|lai|nhieu)\b|\bco (?:tang|can|chua|ban|xuat|ma|bot)\b"
    r"|\b(?:dat|gio) hang\b|\bmua (?:\d|mot|hai|ba)\b.{0,12}\b(?:ko|bn|khong)\b"
    r"|\bhoi \d+ lan\b|\bthanh phan\b|\bsao shop\b|\bshop oi\b|\bchi oi\b"
    r"|\bdon (?:e|cua e|ma)\b|\bchua (?:toi|giao|nhan|thay)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str, sure: bool = False) -> str:
    """``text`` (lower case, accents stripped) with its Vietnamese shop words in English
    and its spoken numbers in digits; ``sure``: it was typed with Vietnamese letters."""
    if not sure and not _MARKERS.search(text):
        return text
    text = _RUN.sub(_run, text)
    if " phay " in text:
        text = _DECIMAL.sub(lambda m: f"{_digit(m.group(1))}.{_digit(m.group(2))}", text)
    text = _COUNTED.sub(_counted, text)
    if " k" in text:
        text = _THOUSANDS.sub(lambda m: f"{int(m.group(1)) * 1000}", text)
    text = _TIMES.sub(lambda m: f"{m.group(1)} {_TIME_UNITS[m.group(2)]}", text)
    text = _ASKS.sub("?", text)
    text = _SOFT.sub("", text)
    if "dc" in text:
        text = _CAN.sub("can", text)
    return _REWRITE(text)
