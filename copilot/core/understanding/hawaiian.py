# ruff: noqa: E501
"""Hawaiian Pidgin (Hawaiʻi Creole English) → English, so the English rules read Hawaiʻi
rooms too.

Viewers of Honolulu shops write "spicy one still get?" (do you still have it), "get
aspartame inside?" (does it have it in it), "li hing flava get??" (is there a li hing
flavour), "how fo make um crispy" (how to make them), "wea my order" (where), "dis li hing
broke da mouth" (this … is delicious), "shoots mahalo aunty" (ok, thank you) and greet with
"aloha from San Diego" (and "howzit", which the Afrikaans step, run before, reads). Pidgin
"get" is "there is / do you have": opening a question, or closing it after a thing ("8 oz
still get"), it asks for stock. The common words are rewritten into the English the
lexicons know; everything else is left as typed. "da", "dat", "wit" and "fo" change only
in a text that holds a word no other variety uses.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Pidgin, English); longer phrases win where one contains another
_PHRASES = [
    ("broke da mouth", "so delicious"), ("ono", "delicious"), ("choke", "lots of"),
    ("shoots", "ok"), ("mahalo", "thank you"), ("aloha from", "hello from"), ("aloha all", "hello all"),
    ("aloha everybody", "hello everybody"), ("aloha aunty", "hello aunty"),
    ("wea", "where"), ("wen", "when"), ("befo", "before"), ("biggah", "bigger"), ("smallah", "smaller"),
    ("flava", "flavor"), ("kine", "kind"), ("small kine", "a little"), ("no can", "cannot"),
    ("how fo", "how to"), ("wat fo", "what for"), ("fo", "for"), ("wit", "with"), ("da", "the"),
    ("dis", "this"), ("dat", "that"), ("dem", "them"), ("hea", "here"), ("brah", "bro"),
    ("bumbye", "later"), ("pau", "finished"), ("grindz", "food"), ("stay", "is"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "get" that asks: opening a question ("get aspartame inside?", "get biggah pack") or
# closing one after a thing ("spicy one still get?", "li hing flava get??") …
_GET_OPENS = re.compile(r"(?:^|(?<=[.!?,] ))(?:still )?get\b(?!\s+(?:it|one|me|um|them|to|mine)\b)")
_GET_CLOSES = re.compile(r"^(.+?)\s+(?:still\s+get\b\s*\?*|get\s*\?+)\s*(?:or\b(.*))?$")
# … but not after a person or a verb that wants it ("what size should i get?")
_NOT_A_THING = frozenset({"i", "we", "u", "you", "she", "he", "they", "to", "can", "could", "will",
                          "would", "should", "must", "gonna", "wanna", "go", "and"})  # fmt: skip
# "get nuts inside?": what the thing holds (a question of what it is made of, not of stock)
_GET_INSIDE = re.compile(r"(?:^|(?<=[.!?,] ))get\s+(\w+(?:\s+\w+)?)\s+inside\b")
# … and "still get X" ("still get da seedless kine")
# (opening the text or a clause: "can i still get the capes" is English)
_STILL_GET = re.compile(r"(?:^|(?<=[.!?,] ))still get\b(?=\s+(?!or\b)\S)")
_MARKERS = gated(
    r"\b(?:broke da mouth|ono|shoots|mahalo|aloha|wea|befo|biggah|smallah|flava|kine|brah|"
    r"bumbye|pau|grindz|how fo)\b|(?:^|[.!?,] )still get\b|\bstill get\s*(?:\?|$|or\b)|\bget\s*\?+|^get\b(?=[^?]*\?)"
)
# words one of which a text must hold for this step to change it (varieties.py): the
# markers' words but the common English ones every marker holds another word beside
# ("how fo", "broke da mouth", "still get … or")
TRIGGERS = words_of(_MARKERS) - {"how", "still", "or", "da", "mouth"}


def to_english(text: str) -> str:
    """``text`` (lower case) with its Pidgin words in English."""
    if not _MARKERS.search(text):
        return text
    if "get" in text:
        text = _GET_INSIDE.sub(r"does it have \1 in it", text)
        text = _STILL_GET.sub("still have", text)
        text = _GET_CLOSES.sub(_closing_get, text, count=1)
        text = _GET_OPENS.sub("do you have", text)
    return _REWRITE(text)


def _closing_get(m: re.Match[str]) -> str:
    words = m.group(1).split()
    if words[0] in _NOT_A_THING or words[-1] in _NOT_A_THING:
        return m.group(0)
    rest = f" or{m.group(2)}" if m.group(2) is not None else ""
    return f"do you still have {m.group(1)}{rest}?"
