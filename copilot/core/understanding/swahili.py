# ruff: noqa: E501
"""Kenyan, Tanzanian and Ugandan chat (Swahili, Sheng and Luganda mixed with English) →
English, so the English rules and the speech side read East African rooms too.

Viewers in Nairobi rooms write "bei ni ngapi" (how much), "cover ya A14 iko?" (is it
there?), "mnatuma eldoret?" (do you deliver to), "boss punguza kiasi" (lower it a bit),
"nimeuliza mara tatu" (I asked three times), "nimechukua 2" (I took two), and in Kampala
"fan eno meka nnyabo" (how much, madam); hosts say their
prices in Swahili numbers, whose scale word comes first: "elfu mbili mia sita hamsini" is
2,650 ("two thousand six hundred fifty"), "mia nne tisini na tisa" is 499. The common
words are rewritten into the English the lexicons, rules and number reader know;
everything else is left as typed. A text with none of the marker words is returned as it
is, at the cost of one search.
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import ONES, TEENS, TENS, phrase_sub, words_of

# (Swahili or Sheng, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("bei ni ngapi", "how much"), ("bei gani", "what price"), ("ni ngapi", "how much"), ("ni how much", "how much"),
    ("bei yake", "the price"), ("bei ya", "price of"), ("bei", "price"), ("ngapi hii", "how much"),
    ("punguza", "discount"), ("punguzia", "discount"), ("mnapunguza", "discount"), ("mtapunguza", "discount"),
    ("tunakuondolea", "we take off"), ("bure", "free"),
    # stock
    ("bado iko", "still in stock"), ("bado ziko", "still in stock"), ("zimebaki ngapi", "how many left"),
    ("zimebaki", "left"), ("imebaki", "left"), ("zimeisha", "sold out"), ("imeisha", "sold out"),
    ("mko na", "do you have"), ("mnayo", "do you have"), ("iko", "in stock"), ("ziko", "in stock"),
    ("kuna", "is there"), ("hakuna", "no"), ("chache", "few"),
    # shipping and orders
    ("mnatuma", "do you deliver to"), ("tunatuma", "we deliver"), ("nitumie", "send me"), ("tuma", "send"),
    ("inafika lini", "when will it arrive"), ("itafika lini", "when will it arrive"), ("lini", "when"),
    ("naeza pata leo", "can i get it today"), ("naeza pata", "can i get it"), ("leo", "today"),
    ("kesho", "tomorrow"), ("sijapata", "not received"), ("hamjanitumia", "not sent yet"),
    ("nilituma pesa", "i paid"), ("nimetuma pesa", "i paid"), ("nimelipa", "i paid"),
    ("nimeorder", "i ordered"), ("nimechukua", "i took"), ("nimeshika", "i took"), ("nimeadd", "i added"),
    ("nikichukua", "if i take"), ("ukichukua", "if you take"), ("nikiorder", "if i order"), ("ukiorder", "if you order"),
    ("kwa cart", "to cart"),
    # after-sales
    ("ikiharibika", "if it breaks"), ("mnabadilisha", "exchange"), ("tunabadilisha", "we exchange"),
    ("badilisha", "exchange"), ("unarudisha", "you return"), ("rudisha", "return"),
    # usage, size and spec
    ("naeza", "can i"), ("naweza", "can i"), ("inaeza", "it can"), ("tumia", "use"),
    ("nifanye aje", "what do i do"), ("aje", "how"), ("vipi", "how"),
    ("itafit", "will it fit"), ("inaingia", "fits"), ("ni kubwa", "is it big"), ("kubwa", "big"),
    ("ndogo", "small"), ("madogo", "small"), ("inachaji", "does it charge"), ("inacharge", "does it charge"),
    ("itacharge", "will it charge"), ("itachaji", "will it charge"), ("ama", "or"), ("ya ukweli", "genuine"),
    ("pamoja", "together"), ("mara ngapi", "how many times"),
    # complaints
    ("nimeuliza", "asked already"), ("hakuna jibu", "no reply"), ("umeniignore", "ignored me"),
    ("mmeniignore", "ignored me"), ("mnajibu wengine tu", "you only reply to others"),
    ("jibu swali yangu", "answer my question"), ("inakwama", "lagging"), ("imekwama", "frozen"),
    # greetings, praise, words
    ("niaje", "hello"), ("mambo", "hello"), ("habari", "hello"), ("sasa boss", "hello boss"), ("wasee", "guys"),
    ("poa sana", "very nice"), ("poa", "nice"), ("sana", "very"), ("hii", "this"), ("hizi", "these"),
    ("ile", "that"), ("yangu", "my"), ("wapi", "where"), ("gani", "which"), ("saa ngapi", "what time"),
    ("mnakaa wapi", "where are you located"), ("nataka", "i want"), ("ngapi", "how many"),
    # Luganda (Kampala rooms): "eno meka" how much, "zisigaddeyo mmeka" how many left
    ("eno meka", "how much is this"), ("sente meka", "how much"), ("meka", "how much"),
    ("zisigaddeyo mmeka", "how many left"), ("zisigaddeyo", "any left"), ("mmeka", "how many"),
    ("kiri wa", "where is"), ("mukkiriza", "do you accept"), ("ojja kutuusa", "will you deliver"), ("mwattu", "please"),
    ("ssebo", "sir"), ("nnyabo", "madam"), ("webale nnyo", "thank you so much"), ("webale", "thanks"),
    ("gyebale", "hello"), ("oli otya", "how are you"), ("nkwagala", "i love it"),
]  # fmt: skip
# numbers as hosts say them, into English number words the number reader knows: the
# scale word comes first ("mia tatu" is three hundred, "elfu mbili" two thousand) and "na"
# joins a unit to its ten ("tisini na tisa" is ninety-nine)
_UNITS = list(
    zip(("moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"), ONES, strict=True)
)
_TENS = list(
    zip(
        (
            "kumi",
            "ishirini",
            "thelathini",
            "arobaini",
            "hamsini",
            "sitini",
            "sabini",
            "themanini",
            "tisini",
        ),
        TENS,
        strict=True,
    )
)
# a time's noun comes before its number: "miezi sita" is six months, "masaa matatu" three
# hours (with the number agreeing with the noun's class)
_CLASS_FORMS = [("mawili", "two"), ("matatu", "three"), ("manne", "four"), ("matano", "five"),
                ("miwili", "two"), ("mitatu", "three"), ("minne", "four"), ("mitano", "five")]  # fmt: skip
_TIMES = [("miezi", "months"), ("siku", "days"), ("masaa", "hours"), ("wiki", "weeks"),
          ("miaka", "years")]  # fmt: skip
_NUMBERS = [
    *((f"{n} {w}", f"{e} {ne}") for n, ne in _TIMES for w, e in _UNITS + _CLASS_FORMS),
    *((f"{n} {t}", f"{te} {ne}") for n, ne in _TIMES for t, te in _TENS),
    *((f"kumi na {w}", TEENS[i]) for i, (w, _e) in enumerate(_UNITS)),
    *((f"{t} na {w}", f"{te} {e}") for t, te in _TENS[1:] for w, e in _UNITS),
    *((f"mia {w}", f"{e} hundred") for w, e in _UNITS),
    *((f"elfu {w}", f"{e} thousand") for w, e in _UNITS),
    *((f"elfu {t}", f"{te} thousand") for t, te in _TENS),
    ("elfu", "thousand"), *_TENS, *_UNITS,
    *_CLASS_FORMS, ("mwaka mzima", "one year"), ("mwaka", "year"), ("miezi", "months"),
    ("mwezi", "month"), ("siku", "days"), ("masaa", "hours"), ("saa", "hours"), ("wiki", "weeks"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES + _NUMBERS, whole_words=True)
_MARKERS = gated(
    r"\b(?:bei|ngapi|iko|ziko|mko|mnayo|kuna|hakuna|punguza|punguzia|mnapunguza|mtapunguza|"
    r"tunakuondolea|bure|zimebaki|imebaki|zimeisha|imeisha|mnatuma|tunatuma|nitumie|lini|"
    r"kesho|sijapata|hamjanitumia|nilituma|nimetuma|nimelipa|nimeorder|nimechukua|nimeshika|"
    r"nimeadd|nikichukua|ukichukua|nikiorder|ukiorder|ikiharibika|mnabadilisha|tunabadilisha|"
    r"badilisha|unarudisha|rudisha|naeza|naweza|inaeza|tumia|aje|vipi|itafit|inaingia|kubwa|"
    r"ndogo|madogo|inachaji|inacharge|itacharge|itachaji|nimeuliza|umeniignore|"
    r"mmeniignore|mnajibu|inakwama|imekwama|niaje|mambo|habari|wasee|poa|hizi|yangu|"
    r"wapi|gani|nataka|elfu|hamsini|tisini|ishirini|thelathini|arobaini|sitini|sabini|"
    r"themanini|miezi|mwezi|mwaka|siku|masaa|meka|mmeka|zisigaddeyo|kiri|ojja|mwattu|ssebo|mukkiriza|"
    r"nnyabo|webale|gyebale|otya|nkwagala)\b"
)
# ("mia", "ama", "leo", "sana" and "hii" are names, Spanish and English words too ("hii
# from kanpur"): rewritten, but only in a text another marker shows to be Swahili)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Swahili and Sheng shop words and numbers in English."""
    if not _MARKERS.search(text):
        return text
    return _REWRITE(text)
