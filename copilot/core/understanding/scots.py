# ruff: noqa: E501
"""Scots and Scottish English → plain English, so the English rules read Scottish rooms too.

Viewers in Scottish rooms write "delivery tae Inverness" (to), "watching fae Stornoway"
(from), "dae yous dae kids sizes" (do you do), "it cannae be that dear" (can't), "naebody
answered ma question" (nobody … my), "ma dug wid love that" (would) and praise with "pure
barry" and "braw". The words are rewritten into the English the lexicons know (without
apostrophes, as the lexicons are written); everything else is left as typed. Only words no
other variety uses mark a text: "ma", "wid" and "ye" change only in a text holding one of
them, so Jamaican "wid" (with) and Chinese "ma" stay theirs. It runs before the Jamaican step.
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import phrase_step

# (Scots, English); longer phrases win where one contains another
_PHRASES = [
    # greetings (with a few words of Gaelic) and praise
    ("feasgar math", "good evening"), ("madainn mhath", "good morning"), ("slainte fae", "greetings from"),
    ("ciamar a tha", "how are you"), ("pure barry", "really great"), ("barry", "great"), ("braw", "lovely"),
    # the negatives in -nae
    ("cannae", "cant"), ("canny", "cant"), ("dinnae", "dont"), ("dinny", "dont"), ("isnae", "isnt"),
    ("disnae", "doesnt"), ("wisnae", "wasnt"), ("widnae", "wouldnt"), ("couldnae", "couldnt"),
    ("shouldnae", "shouldnt"), ("didnae", "didnt"), ("havnae", "havent"), ("hasnae", "hasnt"),
    ("willnae", "wont"), ("nae", "no"), ("naebody", "nobody"), ("naw", "no"),
    # words
    ("fae", "from"), ("tae", "to"), ("aboot", "about"), ("yous", "you"), ("youse", "you"),
    ("ye", "you"), ("yer", "your"), ("ma", "my"), ("wid", "would"), ("dae", "do"), ("gie", "give"),
    ("aff", "off"), ("oot", "out"), ("troosers", "trousers"), ("aye", "yes"), ("ken", "know"),
]  # fmt: skip
# words one of which a text must hold for this step to change it (varieties.py), and the
# step: ``to_english(text)`` (lower case) with its Scots words in English
TRIGGERS, to_english = phrase_step(
    _PHRASES,
    r"\b(?:fae|tae|aboot|yous|youse|cannae|dinnae|isnae|disnae|wisnae|widnae|couldnae|"
    r"shouldnae|didnae|havnae|hasnae|willnae|naebody|dae|gie|troosers|barry|braw|"
    r"feasgar|madainn|slainte)\b",
)
