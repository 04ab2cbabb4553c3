# ruff: noqa: E501
"""German chat (and German mixed with English) → English, so the English rules read German
and Austrian rooms too.

Viewers write "wie viel kostet das light set?" (how much), "gibt es das auch in silber"
(do you have), "noch da?" (still available), "Versand nach Österreich möglich?" (shipping),
"hab letzte woche bestellt, immer noch nix da" (ordered, not arrived), "schon wieder
ruckelt das bild" (lagging), "keiner antwortet" (nobody answers) and greet with "moin" or
"n'abend aus Dresden". The common words are rewritten into the English the lexicons know
(accents are read plain before: "grosse", "zuruck"). It runs before every other step, as
German words are other languages' words too (Swahili "bei" is a price, Patois "dem" is
"them"), and it needs two German words in a text to change it: "das" or "die" alone
stay English. Number words become English ones first (german_numbers.py), so a host's
"heute nur neunundachtzig euro auf link vier" is a price and a link, and one number word
("hundertvierzig", "zwei") is German enough.
"""

from __future__ import annotations

import re

from copilot.core.understanding import german_numbers
from copilot.core.understanding.rewrite import phrase_sub

# (German, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("wie viel kostet", "how much is"), ("wieviel kostet", "how much is"), ("was kostet", "how much is"),
    ("wie viel", "how much"), ("wieviel", "how much"), ("wie viele", "how many"), ("wie viel liter", "how many liters"),
    ("wie viel stuck", "how many pieces"), ("wie viel prozent", "what percent"), ("kostet", "costs"),
    ("live preis", "live price"), ("preis", "price"), ("rabatt", "discount"), ("gutschein", "coupon"),
    ("geht da noch was", "can you do better price"),
    # stock
    ("gibt es das", "do you have it"), ("gibt es die", "do you have it"), ("gibt es den", "do you have it"),
    ("gibts das", "do you have it"), ("gibts die", "do you have it"), ("gibts den", "do you have it"),
    ("gibt es", "is there"), ("gibts", "is there"), ("habt ihr noch", "do you still have"),
    ("habt ihr", "do you have"), ("noch da", "still available"), ("auch da", "available"),
    ("ausverkauft", "sold out"),
    # shipping and orders
    ("versand nach", "shipping to"), ("versand", "shipping"), ("lieferzeit", "delivery time"),
    ("liefert ihr", "do you deliver"), ("verschickt ihr", "do you ship"), ("kostenlos", "free"),
    ("wie lange dauert", "how long does it take"), ("wie lang dauert", "how long does it take"),
    ("wie lange", "how long"), ("wie lang", "how long"), ("bestellt", "ordered"), ("gekauft", "bought"),
    ("genommen", "bought"), ("in den warenkorb", "added to cart"), ("warenkorb", "cart"), ("bezahlt", "paid"),
    ("meine bestellung", "my order"), ("bestellung", "order"), ("paket", "package"),
    ("immer noch nix da", "still not arrived"), ("immer noch nicht da", "still not arrived"),
    ("noch nicht da", "not arrived yet"), ("storno", "cancel order"),
    # after-sales
    ("ruckgabe", "return"), ("zuruckschicken", "send back"), ("umtauschen", "exchange"),
    ("beschadigt", "damaged"), ("garantie", "warranty"), ("rechnung", "invoice"),
    # size, spec, usage
    ("welche grosse", "what size"), ("grosse", "size"), ("passt das", "will it fit"), ("passt", "fits"),
    ("fallt der gross oder klein aus", "does it run big or small"), ("gross oder klein", "big or small"),
    ("wie schwer", "how heavy"), ("wasserdicht", "waterproof"), ("zugelassen", "approved"),
    ("waschbar", "washable"), ("waschmaschine", "washing machine"), ("wie lade ich", "how do i charge"),
    ("kann man", "can you"), ("kann ich", "can i"), ("funktioniert das mit", "does it work with"),
    # the stream, being ignored
    ("ruckelt", "lagging"), ("bild hangt", "video frozen"), ("bild schwarz", "black screen"),
    ("asynchron", "out of sync"), ("keiner antwortet", "nobody answers"), ("gefragt", "asked"),
    ("2x gefragt", "asked twice"), ("3x gefragt", "asked three times"), ("zum dritten mal gefragt", "asked three times"),
    ("beantwortet ihr nur", "you only answer"), ("mich nicht", "not me"),
    ("antwort", "answer"), ("warum", "why"),
    # greetings and praise
    ("hallo aus", "hello from"), ("gruesse aus", "greetings from"), ("grusse aus", "greetings from"),
    ("moin", "hello"), ("servus", "hello"), ("n'abend", "good evening"), ("nabend", "good evening"),
    ("guten abend", "good evening"), ("tschuss", "bye"), ("bis nachstes mal", "see you next time"),
    ("danke", "thanks"), ("geil", "awesome"), ("mega", "awesome"),
    # words
    ("ist", "is"), ("und", "and"), ("oder", "or"), ("mit", "with"), ("ohne", "without"), ("fur", "for"),
    ("bei", "at"), ("dem", "the"), ("den", "the"), ("der", "the"), ("aus", "from"), ("auch", "also"),
    ("noch", "still"), ("nochmal", "again"), ("bitte", "please"), ("ich", "i"), ("mein", "my"),
    ("meine", "my"), ("meinen", "my"), ("ihr", "you"), ("nicht", "not"), ("schon", "already"),
    ("hab", "i have"), ("das", "it"), ("wie", "how"), ("wann", "when"), ("wo ist", "where is"), ("kam", "came"),
    # a room's everyday questions and complaints, as German chat writes them
    ("gekostet", "cost"), ("rabattcode", "discount code"), ("gratis dabei", "included free"),
    ("noch genug da", "still in stock"), ("noch viele da", "still in stock"), ("noch welche da", "any left"),
    ("welche farben", "what colors"), ("welche nummer", "which link number"), ("welcher link", "which link"),
    ("wann ist es da", "when will it arrive"), ("wann is es da", "when will it arrive"),
    ("wie schnell kommt", "how fast will it arrive"), ("paketdienst", "courier"), ("verschickt", "shipped"),
    ("wo bleibt", "where is"), ("zeigt seit", "shows nothing since"), ("storno moglich", "can i cancel my order"),
    ("heut", "today"), ("heute", "today"), ("bestell", "order"), ("im warenkorb", "in my cart"),
    ("im korb", "in my cart"), ("zahlen", "pay"), ("bezahlen", "pay"), ("rechnung auf firma", "company invoice"),
    ("was wenn", "what if"), ("was passiert wenn", "what happens if"), ("bricht", "breaks"),
    ("kaputt", "broken"), ("verbeult", "dented"), ("abplatzt", "chips off"),
    ("wie funktioniert", "how does it work"), ("geht der mit", "does it work with"),
    ("geht die mit", "does it work with"), ("geht das mit", "does it work with"), ("tauglich", "suitable"),
    ("taugt die fur", "is it good for"), ("taugt der fur", "is it good for"), ("taugt das fur", "is it good for"),
    ("wie breit", "how wide"), ("wie gross", "how big"), ("wie hoch", "how tall"), ("wie lang ist", "how long is"),
    ("zu gross", "too big"), ("zu klein", "too small"), ("passt die", "will it fit"), ("passt der", "will it fit"),
    ("reicht", "enough"), ("personen", "people"),
    ("wie viel watt", "how many watts"), ("wie viel grad", "how many degrees"),
    ("kein ton", "no sound"), ("ton ist weg", "no sound"), ("ton weg", "no sound"), ("lauter", "louder"),
    ("hor kaum was", "cant hear"), ("schwarzes bild", "black screen"), ("bild friert", "video freezes"),
    ("friert", "freezes"),
    ("mal gefragt", "times asked"), ("ich frag", "im asking"), ("zum 2. mal", "for the 2nd time"),
    ("zum 3. mal", "for the 3rd time"), ("zum 4. mal", "for the 4th time"), ("zum 5. mal", "for the 5th time"),
    ("ignoriert ihr mich", "are you ignoring me"), ("ignoriert", "ignored"),
    ("liest hier uberhaupt jemand", "does anyone even read"), ("liest hier jemand", "does anyone read"),
    ("guten tag", "good day"), ("guten morgen", "good morning"), ("gute arbeit", "good job"),
    ("schone", "beautiful"), ("schoen", "beautiful"), ("toll", "great"), ("tolle", "great"),
    ("tollen", "great"), ("sieht", "looks"), ("echt", "really"), ("macht spass", "is fun"),
    ("welche", "which"), ("welcher", "which"), ("welches", "which"), ("welchem", "which"), ("wenn", "if"),
    ("nach", "after"), ("jahr", "year"), ("woche", "week"), ("letzte woche", "last week"), ("tage", "days"),
    ("tagen", "days"), ("darin", "in it"), ("backen", "bake"), ("muss man", "do you have to"),
    ("muss ich", "do i have to"), ("nen", "a"), ("ob", "whether"), ("geht", "works"), ("hat", "has"),
    ("sind", "are"), ("nur", "only"), ("nix", "nothing"), ("nichts", "nothing"), ("was nun", "what now"),
    ("die", "the"), ("ton", "sound"), ("gut", "good"), ("gute", "good"), ("komma", "point"),
    ("wir haben", "we have"), ("insgesamt", "in total"), ("auf lager", "in stock"), ("vorrat", "stock"),
    ("ubrig", "left"), ("nur noch", "only"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# words only German uses (a text needs two of them, or one of the first, to be German)
_SURE = frozenset({
    "kostet", "gibt", "gibts", "versand", "lieferzeit", "bestellt", "gekauft", "rabatt",
    "gutschein", "warenkorb", "moin", "tschuss", "ruckelt", "keiner", "antwortet", "ruckgabe",
    "umtauschen", "wieviel", "nochmal", "bestellung",
    "preis", "gekostet", "rechnung", "servus", "guten", "wann", "welche", "welcher", "welchem",
    "heut", "heute", "genug", "kommt", "frag", "gefragt", "lauter", "warum", "bild", "verschickt",
    "paketdienst", "rabattcode", "tauglich", "taugt", "kaputt", "reicht", "personen", "bezahlen",
    "uberhaupt", "jemand", "nichts", "durfen", "muss", "wieder", "dabei", "letzte", "woche",
    "genommen", "schone", "sieht", "zeigt", "darin",
})  # fmt: skip
_LIKELY = frozenset({
    "ich", "nicht", "noch", "wie", "viel", "das", "der", "und", "oder", "ist", "mit", "fur",
    "bei", "aus", "auch", "kann", "hab", "schon", "danke", "bitte", "passt", "meine", "mein",
    "ihr", "habt", "warum", "grosse", "hallo", "wenn", "nach", "hat", "sind", "nur", "ob", "doch",
    "mal", "geht", "ganz", "eine", "einen", "nen", "jahr", "wir", "euch", "gut", "gute", "den",
    "dem", "sein", "zu", "ton", "weg",
})  # fmt: skip
# words one of which a text must hold for this step to change it
TRIGGERS = _SURE | _LIKELY | german_numbers.WORDS
_WORD = re.compile(r"[a-z']+")


def to_english(text: str) -> str:
    """``text`` (lower case, accents read plain) with its German words in English."""
    words = set(_WORD.findall(text))
    if not (words & _SURE or len(words & _LIKELY) >= 2 or words & german_numbers.WORDS):
        return text
    return _REWRITE(german_numbers.to_english(text))
