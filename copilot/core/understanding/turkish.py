# ruff: noqa: E501
"""Turkish mixed into English → English, so the English rules read Turkish rooms too.

Diaspora and tourist viewers of Istanbul shops write "peştemal ne kadar abla" (how much,
sis), "terracotta renk var mı" (do you have), "sage green kaldı mı" (any left), "kargo
Almanya'ya kaç gün" (shipping, how many days), "indirim var mı" (any discount), "aldım 3
tane" (I bought) and greet with "merhaba". The common words are rewritten into the English
the lexicons know (accents are read plain before: "var mi", "kac gun"); everything else is
left as typed. A text needs one of the marker words to be changed.
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import phrase_step

# (Turkish, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("ne kadar", "how much"), ("kac para", "how much"), ("fiyati ne", "what is the price"), ("fiyat", "price"),
    ("indirim var mi", "any discount"), ("indirim", "discount"), ("kampanya", "deal"), ("kupon", "coupon"),
    # stock
    ("var mi", "do you have"), ("var mi hala", "still have"), ("kaldi mi", "any left"), ("stokta", "in stock"),
    ("kac tane kaldi", "how many left"), ("tukendi mi", "sold out?"), ("tukendi", "sold out"),
    # shipping and orders
    ("kargo ne zaman", "when does it ship"), ("kargo", "shipping"), ("kac gun", "how many days"),
    ("ne zaman gelir", "when will it arrive"), ("gelmedi", "not arrived"), ("siparisim", "my order"),
    ("siparis", "order"), ("aldim", "i bought"), ("siparis verdim", "i ordered"),
    # size, spec, after-sales
    ("kac gram", "how many grams"), ("kac cm", "how many cm"), ("hangi beden", "what size"), ("beden", "size"),
    ("boyut", "size"), ("iade", "return"), ("garanti", "warranty"), ("nasil kullanilir", "how to use"),
    # asking, greetings, praise
    ("cevap vermiyorsun", "you dont answer"), ("cevap yok", "no answer"), ("cevap ver", "answer me"),
    ("linki nerde", "where is the link"), ("linki nerede", "where is the link"), ("link nerde", "where is the link"),
    ("nerde", "where"), ("nerede", "where"), ("ne zaman", "when"), ("merhaba", "hello"), ("selam", "hello"),
    ("herkese", "everyone"), ("iyi aksamlar", "good evening"), ("gunaydin", "good morning"),
    ("tesekkurler", "thanks"), ("tesekkur ederim", "thank you"), ("cok guzel", "so beautiful"),
    ("guzel", "beautiful"), ("masallah", "beautiful"), ("harika", "amazing"), ("gorusuruz", "bye"),
    ("abla", "sis"), ("abi", "bro"), ("neden", "why"),
]  # fmt: skip
# words one of which a text must hold for this step to change it (varieties.py), and the
# step: ``to_english(text)`` (lower case) with its Turkish words in English
TRIGGERS, to_english = phrase_step(
    _PHRASES,
    r"\b(?:kadar|kac|fiyati|indirim|kampanya|mi|kaldi|stokta|tukendi|kargo|gelmedi|siparisim|"
    r"siparis|aldim|beden|boyut|iade|cevap|nerde|nerede|zaman|merhaba|herkese|aksamlar|"
    r"gunaydin|tesekkurler|tesekkur|guzel|masallah|harika|gorusuruz|abla)\b",
)
