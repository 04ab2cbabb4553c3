# ruff: noqa: E501
"""Jamaican Patois and Caribbean English → plain English, so the English rules read
Caribbean rooms too.

Viewers in Jamaican live-selling rooms write "wah di price pon dis" (what is the price
of this), "unu have it inna 30 inch?" (do you have it in 30 inch), "how long fi reach
Mobay" (how long to arrive in Montego Bay), "mi waan di blonde one" (I will take the
blonde one), "26 inch black still deh?" (still there?), "mi order nuh reach" (my order
has not arrived). A question often has no auxiliary: "it shed?", "it good fi locs?" The
common words and shop phrases are rewritten into the English the lexicons and rules know;
everything else is left as typed. "wah", "di" and "mi" are no markers: they are
Singlish and Malaysian ("wah so nice"), Indonesian and Tagalog words ("di toko", "mi
goreng") too. A text with none of the marker words is returned as it is, at the cost of
one search. It runs last, after Gulf Arabizi, whose "fi" (is there) it
would otherwise read as "for".
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Patois, English); longer phrases win where one contains another
_PHRASES = [
    # greetings and praise
    ("wah gwaan", "hello"), ("wha gwaan", "hello"), ("big up from", "hello from"),
    ("bless up from", "hello from"), ("big up", "shout out"), ("bless up", "blessings"),
    ("price sweet", "great price"),
    # asking
    ("wah di price", "what is the price"), ("wha di price", "what is the price"),
    ("how much fi", "how much for"), ("how long fi reach", "how long to arrive in"),
    ("how long fi ship", "how long to ship"), ("how long fi", "how long to"),
    ("unu have", "do you have"), ("unu got", "do you have"), ("yuh have", "do you have"),
    ("still deh", "still available"), ("deh deh", "is there"), ("sell out", "sold out"),
    ("it come wid", "does it come with"), ("it come", "does it come"), ("it shed", "does it shed"),
    ("it slip", "does it slip"), ("it fit", "does it fit"), ("it tangle", "does it tangle"),
    ("it good fi", "is it good for"), ("it good", "is it good"), ("it itchy", "is it itchy"),
    ("it can", "can it"), ("it nuh", "is it not"), ("mi can", "can i"), ("sen it back", "send it back"),
    ("a weh", "where"),
    # buying and orders
    ("mi waan di", "i will take the"), ("mi want di", "i will take the"), ("mi tek", "i will take"),
    ("mi a tek", "i will take"), ("jus order", "just ordered"), ("jus buy", "just bought"),
    ("mi order", "my order"), ("mi waan", "i want"), ("mi want", "i want"), ("mi need", "i need"),
    ("mi like", "i like"), ("mi love", "i love"), ("mi a", "i am"), ("mi did", "i did"),
    ("mi buy", "i bought"), ("mi get", "i got"), ("nuh reach", "has not arrived"), ("neva reach", "has not arrived"),
    ("nuh reach yet", "has not arrived yet"),
    # being ignored
    ("mi ask", "i asked"), ("nobody nah ansa", "nobody answers"), ("nobody nuh ansa", "nobody answers"),
    ("nuh ansa", "no answer"), ("skip mi question", "skipped my question"), ("nuh see mi", "ignoring me"),
    # words
    ("wah di", "what is the"), ("wha di", "what is the"), ("di", "the"), ("pon", "on"), ("dis", "this"), ("dat", "that"),
    ("dem", "them"), ("unu", "you guys"), ("inna", "in"), ("fi", "for"), ("mi head", "my head"),
    ("waan", "want"), ("nuh", "not"), ("deh", "there"), ("tek", "take"), ("seh", "says"),
    ("sen", "send"), ("wid", "with"), ("enuh", ""), ("ansa", "answer"), ("weh", "where"),
    ("yuh", "your"), ("jus", "just"), ("bout", "about"), ("likkle", "little"), ("bredda", "brother"),
    # Trinidad and Tobago: "allyuh", "cyah", "doh", "ent", "it have"
    ("allyuh have", "do you have"), ("allyuh", "you"), ("cyah", "cant"), ("doh", "dont"),
    ("ent answering", "not answering"), ("ent", "isnt"), ("it have", "does it have"),
    ("it does last", "does it last"), ("wha happen", "what happens"), ("wha happening", "what is happening"),
    ("wha time", "what time"), ("wha d", "what is the"), ("wha to", "what to"), ("in meh", "in my"),
    ("wey", "where"), ("d", "the"), ("just buy", "just bought"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
_MARKERS = gated(
    r"\b(?:gwaan|pon|dis|dat|dem|unu|inna|fi|waan|nuh|neva|deh|tek|seh|sen|wid|"
    r"enuh|ansa|weh|yuh|jus|likkle|bredda|allyuh|cyah|doh|ent|wey)\b|\bit (?:have|does last)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Patois words and shop phrases in English."""
    if not _MARKERS.search(text):
        return text
    return _REWRITE(text)
