# ruff: noqa: E501
"""Indonesian and Malay chat words → English, so the English rules read those rooms too.

Viewers in Indonesian and Malaysian rooms (TikTok Shop, Shopee live) write short, casual
Bahasa with English words and shop slang: "brp kak" (how much), "ready L?" (L in stock?),
"ukuran apa" (what size), "bahannya adem ga" (is the fabric breathable?), "ongkir ke
medan" (shipping to Medan), "udah co" (checked out), "kok ga dijawab" (no reply). The
common question words, verbs and shop words are rewritten into the English the lexicons
and rules know; forms of address (kak) are dropped and a closing "ga"/"gak" asks. A text
with none of the marker words is returned as it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import ONES, TEENS, TENS, phrase_sub, words_of

# (Bahasa, English); longer phrases win where one contains another
_PHRASES = [
    # price, discount
    ("brp hari", "how many days"), ("berapa hari", "how many days"), ("brp lama", "how long"),
    ("berapa lama", "how long"), ("brp meter", "how many meters"), ("berapa meter", "how many meters"),
    ("brp cm", "how many cm"), ("berapa cm", "how many cm"), ("ukuran brp", "what size"),
    ("ukuran berapa", "what size"), ("ukuran apa", "what size"), ("tinggal brp", "how many left"),
    ("tinggal berapa", "how many left"), ("sisa brp", "how many left"), ("sisa berapa", "how many left"),
    ("brp", "how much"), ("berapa", "how much"), ("berapaan", "how much"), ("hrg", "price"),
    ("harga", "price"), ("spill harga", "price"), ("harga grosir", "bulk discount"),
    ("bisa kurang", "discount"), ("kurangin", "discount"), ("diskon", "discount"), ("potongan", "discount"),
    # stock
    ("msh ada", "still have"), ("masih ada", "still have"), ("ada ga", "do you have"),
    ("ada gak", "do you have"), ("ready", "in stock"),
    ("stok", "stock"), ("tinggal", "left"), ("habis", "sold out"),
    # shipping and orders
    ("gratis ongkir", "free shipping"), ("ongkir", "shipping cost"), ("kirim pake apa", "which courier"),
    ("pake kurir apa", "which courier"), ("dikirim kapan", "when will it ship"), ("kapan dikirim", "when will it ship"),
    ("kirim ke", "ship to"), ("nyampe", "arrive"), ("sampai", "arrive"), ("sampe", "arrive"),
    ("blm ada resi", "no tracking number"), ("belum ada resi", "no tracking number"),
    ("blm dikirim", "not shipped"), ("belum dikirim", "not shipped"), ("dikemas terus", "still not shipped"),
    ("resi", "tracking number"), ("pesanan aku", "my order"), ("pesanan", "my order"),
    # size
    ("ukuran", "size"), ("muat", "fit"), ("kepanjangan", "too long"), ("kekecilan", "too small"),
    ("kebesaran", "too big"), ("pas ga", "does it fit"), ("pas gak", "does it fit"),
    # spec
    ("bahannya", "material"), ("bahan nya", "material"), ("bahan", "material"), ("kainnya", "fabric"),
    ("kain", "fabric"), ("adem", "breathable"), ("luntur", "fade"), ("nerawang", "see through"),
    ("kaku", "stiff"), ("licin", "slippery"), ("gatel", "itchy"), ("gatal", "itchy"),
    # usage
    ("cara cucinya", "how to wash"), ("cara nyucinya", "how to wash"), ("cara cuci", "how to wash"),
    ("cara nyuci", "how to wash"), ("nyetrikanya", "ironing"), ("nyetrika", "ironing"),
    ("cara pakai", "how to use"), ("cara pake", "how to use"), ("cocok buat", "suitable for"),
    ("cocok untuk", "suitable for"), ("cocok ga", "is it suitable"), ("cocok gak", "is it suitable"),
    ("gmn", "how"), ("gimana", "how"), ("bagaimana", "how"),
    # after-sales
    ("bisa tuker", "can i exchange"), ("bisa tukar", "can i exchange"), ("tuker", "exchange"),
    ("tukar", "exchange"), ("retur", "return"),
    # link and purchase
    ("cara belinya", "how to buy"), ("cara beli", "how to buy"), ("keranjang", "link"),
    ("udah co", "checked out"), ("udh co", "checked out"), ("sudah co", "checked out"),
    ("checkout ya", "checked out"), ("keep ya", "i will take"),
    # complaints
    ("jawab dong", "reply to me"), ("ga dijawab", "no reply"), ("gak dijawab", "no reply"),
    ("ga dijawab2", "no reply"), ("di skip", "ignored"), ("dr tadi nanya", "asked already"),
    ("dari tadi nanya", "asked already"), ("patah2", "lagging"), ("putus2", "cutting out"),
    ("ngelag", "lagging"), ("burem", "blurry"), ("muter2", "buffering"),
    # greetings and praise
    ("assalamualaikum", "hello"), ("halo", "hello"), ("baru gabung", "just joined"),
    ("baru dateng", "just joined"), ("baru masuk", "just joined"), ("salam dr", "greetings from"),
    ("cantik bgt", "so pretty"), ("bagus bgt", "so nice"),
    # words
    ("yg", "the"), ("yang", "the"), ("buat", "for"), ("untuk", "for"),
    ("bisa", "can"), ("apa", "what"), ("kapan", "when"),
]  # fmt: skip
# numbers as hosts say them ("dua ratus sembilan belas ribu" is 219,000), into English
# number words the speech side reads; units and "nomor" (number) with them
_DIGITS = list(
    zip(
        ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"),
        ONES,
        strict=True,
    )
)
_NUMBERS = [
    *((f"{w} belas", TEENS[i]) for i, (w, _e) in enumerate(_DIGITS)),
    *((f"{w} puluh", TENS[i]) for i, (w, _e) in enumerate(_DIGITS)),
    *((f"{w} ratus", f"{e} hundred") for w, e in _DIGITS),
    *((f"{w} ribu", f"{e} thousand") for w, e in _DIGITS),
    *((f"{w} juta", f"{e} million") for w, e in _DIGITS),
    ("sebelas", "eleven"), ("sepuluh", "ten"), ("seratus", "one hundred"), ("seribu", "one thousand"),
    ("sejuta", "one million"), ("ratus", "hundred"), ("ribu", "thousand"), ("juta", "million"),
    ("hari ini", "today"), ("minggu ini", "this week"), ("bulan ini", "this month"), ("koma", "point"), ("persen", "percent"), ("nomor", "number"), ("hari", "days"), ("jam", "hours"),
    ("minggu", "weeks"), ("bulan", "months"), ("senti", "cm"), ("gram", "grams"), *_DIGITS,
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES + _NUMBERS, whole_words=True)
# "adem ga", "luntur gak kak": a closing "not?" asks a yes/no question
_ADDRESS = re.compile(r"(?<!\s)\s*\b(?:kak|kakak|ka)\b")  # "brp kak": the viewer addresses the host
_ASKS = re.compile(r"(?<!\s)\s+(?:ga|gak|nggak|ngga|engga|enggak|gk|tidak)\s*([?？]*)\s*$")
_MARKERS = gated(
    r"\b(?:kak|kakak|brp|berapa|berapaan|gak|ga|nggak|engga|ukuran|bahannya|bahan|ongkir|dikirim|"
    r"kirim|msh|masih|pesanan|resi|harga|hrg|gmn|gimana|bgt|banget|cocok|muat|luntur|tuker|tukar|"
    r"udah|udh|sudah|blm|belum|yg|dong|nih|sih|kok|aja|aku|kalo|nyampe|tinggal|stok|keranjang|"
    r"halo|assalamualaikum|bisa|ada|diskon|ribu|ratus|puluh|belas|juta|nomor|burem|ngelag|"
    r"videonya|suaranya)\b|patah2|putus2|muter2"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


# digits with an Indonesian scale ("219 ribu", "1 juta 190 ribu"), as speech writes them
_DIGIT_SCALE = re.compile(r"\b(\d+)\s+juta(?:\s+(\d+)\s+ribu)?\b|\b(\d+)\s+ribu\b")


def _scaled(m: re.Match[str]) -> str:
    if m.group(3) is not None:
        return str(int(m.group(3)) * 1000)
    return str(int(m.group(1)) * 1_000_000 + int(m.group(2) or 0) * 1000)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Indonesian and Malay shop words in English."""
    if not _MARKERS.search(text):
        return text
    text = _ASKS.sub(r"?\1", _ADDRESS.sub("", text))
    if "ribu" in text or "juta" in text:
        text = _DIGIT_SCALE.sub(_scaled, text)
    return _REWRITE(text)
