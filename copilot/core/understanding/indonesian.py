# ruff: noqa: E501
"""Indonesian and Malay chat words → English, so the English rules read those rooms too.

Viewers in Indonesian and Malaysian rooms (TikTok Shop, Shopee live) write short, casual
Bahasa with English words and shop slang: "brp kak" (how much), "ready L?" (L in stock?),
"ukuran apa" (what size), "bahannya adem ga" (is the fabric breathable?), "ongkir ke
medan" (shipping to Medan), "udah co" (checked out), "kok ga dijawab" (no reply). The
common question words, verbs and shop words are rewritten into the English the lexicons
and rules know; forms of address (kak) are dropped and a closing "ga"/"gak" asks, as does
one before a condition ("panas ga kalo dipake"). "-nya" (the, its) comes off any word
("harganya", "ciputnya"), body measures ("bb 58 tb 150"), "12rb" and "M apa L" are read,
and "kali" between two numbers is the x of a measure. A text with none of the marker words
is returned as it is, at the cost of one search.
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
    ("blm dikirim", "not shipped"), ("belum dikirim", "not shipped"), ("belum ship", "not shipped"),
    ("blm ship", "not shipped"), ("dikemas terus", "still not shipped"),
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
    # more of each, as rooms write them: colloquial spellings (pesenan, dapet, dipake) and
    # the passive "di-" verbs of care and use (disetrika, dicuci)
    ("dapet bonus", "get a freebie"), ("dapat bonus", "get a freebie"), ("bonus apa", "what freebie"),
    ("dapet potongan", "discount"), ("dapat potongan", "discount"), ("promo", "discount"),
    ("kuota", "quota"), ("gratis", "free"), ("grosir", "bulk discount"),
    ("kehabisan", "sold out"), ("sisa", "left"), ("restok", "restock"),
    ("dikirim hari ini", "shipped today"), ("dikirim dari", "ships from"), ("kirim dari", "ships from"),
    ("dari kota mana", "from which city"), ("dr kota mana", "from which city"), ("pengiriman", "delivery"),
    ("kurir", "courier"), ("ekspedisi", "courier"), ("digabung", "combined"), ("dikirim", "shipped"),
    ("pesenan", "my order"), ("orderan", "my order"), ("paket aku", "my parcel"), ("paketku", "my parcel"),
    ("paket", "parcel"), ("nyasar", "got lost"), ("ilang", "lost"), ("hilang", "lost"),
    ("dibatalin", "cancelled"), ("dibatalkan", "cancelled"), ("resi ga gerak", "tracking not moving"),
    ("ga gerak", "not moving"), ("menunggu pembayaran", "awaiting payment"), ("udah tf", "already paid"),
    ("udh tf", "already paid"), ("sudah tf", "already paid"), ("udah bayar", "already paid"),
    ("sudah bayar", "already paid"), ("blm sampe", "not arrived"), ("belum sampai", "not arrived"),
    ("tinggi badan", "height"), ("tinggi aku", "my height"), ("tinggiku", "my height"),
    ("aku tinggi", "my height"), ("tinggi", "height"), ("berat badan", "weight"),
    ("lingkar dada", "chest size"), ("ld", "chest size"), ("lingkar pinggang", "waist size"),
    ("lingkar", "circumference"), ("kegedean", "too big"), ("kependekan", "too short"), ("anak", "kid"),
    ("beratnya", "weight"), ("berat", "weight"), ("panas", "hot"), ("gerah", "stuffy"),
    ("tebal", "thick"), ("tebel", "thick"), ("tipis", "thin"), ("termasuk", "included"),
    ("awet", "durable"), ("tahan lama", "long lasting"), ("wangi", "scented"),
    ("perlu disetrika", "need ironing"), ("disetrika", "ironed"), ("setrika", "iron"),
    ("dicuci", "washed"), ("cuci", "wash"), ("dipake", "worn"), ("dipakai", "worn"),
    ("pake", "use"), ("pakai", "use"), ("cuci gmn", "how to wash"), ("cuci gimana", "how to wash"),
    ("cara", "how to"), ("panjang", "length"), ("lebar", "width"), ("warna", "colour"), ("naik motor", "riding a motorbike"), ("ngiket", "tie"),
    ("iket", "tie"), ("peniti", "pins"), ("busui", "breastfeeding"), ("menyusui", "breastfeeding"),
    ("kondangan", "a wedding party"), ("ngantor", "the office"), ("kerja", "work"),
    ("diganti", "replaced"), ("ganti", "replace"), ("garansi", "warranty"), ("rusak", "damaged"),
    ("cacat", "defective"), ("ga sesuai", "not as described"), ("tidak sesuai", "not as described"),
    ("takut rusak", "to keep it intact"), ("biar ga rusak", "to keep it intact"),
    ("biar gak rusak", "to keep it intact"), ("co skrg", "checking out now"),
    ("co sekarang", "checking out now"), ("no link", "link number"), ("nomor keranjang", "link number"), ("buka link", "open the link"),
    ("ga bisa2", "doesn't work"), ("ga bisa dibuka", "doesn't open"),
    ("otw co", "checking out"), ("otw checkout", "checking out"), ("langsung co", "checked out"),
    ("langsung checkout", "checked out"), ("dah co", "checked out"), ("udah checkout", "checked out"),
    ("udh checkout", "checked out"), ("sudah checkout", "checked out"), ("udah ambil", "already took"),
    ("udh ambil", "already took"), ("aku ambil", "i will take"), ("pencet keranjang", "clicked the basket"),
    ("dicuekin", "ignored"), ("dicuekin terus", "ignored again"), ("dilewatin", "skipped"),
    ("dilewat", "skipped"), ("diskip", "ignored"), ("ga dibales", "no reply"), ("gak dibales", "no reply"),
    ("nanya", "asked"), ("jawabnya", "the reply"), ("kok lama", "so slow"), ("lama bgt", "so slow"),
    ("gambar", "picture"), ("buram", "blurry"), ("suara", "sound"), ("ga kedengeran", "can't hear"),
    ("gak kedengeran", "can't hear"), ("ga kedengaran", "can't hear"), ("nge freeze", "freezes"),
    ("hadir", "present"), ("mantap", "great"), ("mantul", "great"), ("keren", "cool"), ("bagus", "nice"),
    ("cakep", "pretty"), ("cantik", "pretty"), ("seru", "fun"), ("lucu", "cute"),
    ("live lagi kapan", "when is the next live"), ("kapan live lagi", "when is the next live"),
    ("brp x brp", "what dimensions"), ("berapa x berapa", "what dimensions"), ("masih", "still"),
    ("kenapa", "why"), ("lapis", "layers"), ("nota", "receipt"), ("kwitansi", "receipt"), ("faktur", "invoice"),
    # a number asked of a spec, a time or a count, not of a price: "spf brp", "jam brp",
    # "brp kali seminggu"
    ("spf brp", "what spf"), ("spf berapa", "what spf"), ("ph brp", "what ph"), ("ph berapa", "what ph"),
    ("jam brp", "what time"), ("jam berapa", "what time"), ("brp jam", "how many hours"),
    ("berapa jam", "how many hours"), ("brp kali", "how many times"), ("berapa kali", "how many times"),
    ("brp bulan", "how many months"), ("berapa bulan", "how many months"), ("tiap brp jam", "how often"),
    ("kali seminggu", "times a week"), ("kali sehari", "times a day"), ("jd brp", "bundle price"),
    ("jadi brp", "bundle price"), ("jadi berapa", "bundle price"), ("bundling", "bundle deal"),
    # skin, ingredients, expiry, before or after
    ("kandungan", "ingredients"), ("kulit berminyak", "oily skin"), ("kulit kering", "dry skin"),
    ("kulit sensitif", "sensitive skin"), ("berjerawat", "acne"), ("jerawat", "acne"),
    ("kulit kombinasi", "combination skin"), ("expired kapan", "when does it expire"),
    ("exp kapan", "when does it expire"), ("kadaluarsa", "expiry"), ("kedaluwarsa", "expiry"),
    ("sblm", "before"), ("sebelum", "before"), ("sesudah", "after"), ("setelah", "after"),
    ("stlh", "after"), ("atau", "or"), ("di muka", "on the face"), ("muka", "face"),
    # ordered, not yet shipped or arrived, checked out
    ("pesen", "ordered"), ("kemarin", "yesterday"), ("kmrn", "yesterday"), ("dikirim2", "shipped"),
    ("blm dikirim2", "not shipped"), ("nyampe2", "arrived"), ("blm nyampe2", "not arrived"),
    ("belum nyampe", "not arrived"), ("blm nyampe", "not arrived"), ("msh dikemas", "still not shipped"),
    ("masih dikemas", "still not shipped"), ("dikemas", "being packed"), ("ku co", "i checked out"),
    ("masuk keranjang", "added to cart"),
    # broken on arrival, sent back, sold out, no reply, the stream down
    ("pecah", "broken"), ("pas sampe", "on arrival"), ("pas nyampe", "on arrival"),
    ("dibalikin", "returned"), ("balikin", "return"), ("abis ya", "sold out?"), ("udah abis", "sold out"),
    ("ga bales2", "no reply"), ("ga bales", "no reply"), ("gak bales", "no reply"),
    ("ga direspon", "no reply"), ("gak direspon", "no reply"), ("nanya dr tadi", "asked already"),
    ("nanya dari tadi", "asked already"), ("komplain", "complained"), ("live mati", "stream down"),
    ("ngeblur", "blurry"), ("layar", "screen"), ("enak bgt", "so good"), ("mulus bgt", "so smooth"),
    ("sampai jumpa", "bye"),
    # words
    ("yg", "the"), ("yang", "the"), ("buat", "for"), ("untuk", "for"),
    ("bisa", "can"), ("apa", "what"), ("kapan", "when"), ("kalo", "if"), ("klo", "if"),
    ("kalau", "if"), ("dr", "from"), ("dari", "from"), ("aku", "i"), ("saya", "i"),
    ("udah", "already"), ("udh", "already"), ("sudah", "already"), ("dah", "already"),
    ("blm", "not yet"), ("belum", "not yet"), ("mau", "want"), ("beli", "buy"), ("ini", "this"),
    ("itu", "that"), ("ama", "and"), ("sama", "and"), ("juga", "too"), ("jg", "too"),
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
_ADDRESS = re.compile(
    r"(?<!\s)\s*\b(?:kak|kakak|ka|sis)\b"
)  # "brp kak": the viewer addresses the host
_ASKS = re.compile(r"(?<!\s)\s+(?:ga|gak|nggak|ngga|engga|enggak|gk|tidak)\s*([?？]*)\s*$")
_MARKERS = gated(
    r"\b(?:kak|kakak|brp|berapa|berapaan|gak|ga|nggak|engga|ukuran|bahannya|bahan|ongkir|dikirim|"
    r"kirim|msh|masih|pesanan|resi|harga|hrg|gmn|gimana|bgt|banget|cocok|muat|luntur|tuker|tukar|"
    r"udah|udh|sudah|blm|belum|yg|dong|nih|sih|kok|aja|aku|kalo|nyampe|tinggal|stok|keranjang|"
    r"halo|assalamualaikum|bisa|ada|diskon|ribu|ratus|puluh|belas|juta|nomor|burem|ngelag|"
    r"videonya|suaranya|pesenan|paket|hadir|mantap|dicuekin|dilewatin|nanya|gambar|gambarnya|"
    r"buram|harganya|ongkirnya|ukurannya|dipake|dipakai|disetrika|dicuci|busui|garansi|"
    r"kalau|dapet|dapat|kenapa|gerah|panas|cuci|dah|kandungan|kulit|pesen|kemarin|kmrn|"
    r"sblm|sebelum|sesudah|setelah|layar|jumpa|bundling|abis|pecah)\b|patah2|putus2|muter2|dikirim2|nyampe2|ngeblur"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


# digits with an Indonesian scale ("219 ribu", "1 juta 190 ribu"), as speech writes them
_DIGIT_SCALE = re.compile(r"\b(\d+)\s+juta(?:\s+(\d+)\s+ribu)?\b|\b(\d+)\s+ribu\b")


def _scaled(m: re.Match[str]) -> str:
    if m.group(3) is not None:
        return str(int(m.group(3)) * 1000)
    return str(int(m.group(1)) * 1_000_000 + int(m.group(2) or 0) * 1000)


# "-nya" (the/its) on a word: "harganya", "ongkirnya", "ukuran nya", "ciputnya" (a
# product's name); not the words that only end so
_NYA = re.compile(r"\b([a-z]{2,}?)\s?nya\b")
_NOT_NYA = frozenset(
    {"pu", "ha", "ta", "na", "berta", "dita", "ke", "sa", "ma", "ba", "pe", "ti", "dia"}
)
# "M apa L" (M or L), "bb 70" (body weight), "3x nanya" (asked three times), "12rb" (12,000)
_SIZE_OR = re.compile(r"\b(xs|s|m|l|xl|xxl|\dxl)\s+apa\s+(?=(?:xs|s|m|l|xl|xxl|\dxl)\b)")
_BODY_WEIGHT = re.compile(r"\bbb\s*(?=\d)|\bberat badan\s*(?=\d)")
_BODY_HEIGHT = re.compile(r"\btb\s*(?=1\d\d\b)")
_TIMES_ASKED = re.compile(r"\b(\d+)\s?x\s+(?:nanya|tanya)\b")
_RB = re.compile(r"\b(\d+)\s?rb(?:\s?an)?\b")
# "panas ga kalo dipake seharian": a "not?" before the condition or the reason asks too
_ASKS_MID = re.compile(
    r"\s+(?:ga|gak|nggak|ngga|gk|tidak)\s*(?=,|\b(?:kak|kakak|kalo|klo|kalau|takut|soalnya|buat|untuk)\b"
    r"|(?:ini|itu|ya|sih|nih)\s*[?？!]*\s*$)"
)


# "seratus delapan puluh kali tujuh puluh lima senti": "kali" (times) between two numbers
# is the "x" of a measure (180 x 75 cm)
_NUM = "|".join((*ONES, *TEENS, *TENS, "hundred", "thousand", r"\d+"))
_BY = re.compile(rf"\b((?:{_NUM}))\s+kali\s+(?=(?:{_NUM})\b)")


def _stem(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1) in _NOT_NYA else m.group(1)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Indonesian and Malay shop words in English."""
    if not _MARKERS.search(text):
        return text
    text = _ASKS.sub(r"?\1", _ADDRESS.sub("", _ASKS_MID.sub("? ", text)))
    if "nya" in text:
        text = _NYA.sub(_stem, text)
    if "ribu" in text or "juta" in text:
        text = _DIGIT_SCALE.sub(_scaled, text)
    if "rb" in text:
        text = _RB.sub(lambda m: m.group(1) + "000", text)
    if " apa " in text:
        text = _SIZE_OR.sub(r"\1 or ", text)
    if "bb" in text or "berat badan" in text:
        text = _BODY_WEIGHT.sub("i weigh ", text)
    if "tb" in text:
        text = _BODY_HEIGHT.sub("height ", text)
    if "x" in text:
        text = _TIMES_ASKED.sub(r"asked \1 times", text)
    text = _REWRITE(text)
    return _BY.sub(r"\1 x ", text) if "kali" in text else text
