# ruff: noqa: E501
"""Scots, Scottish English and Geordie → plain English, so the English rules read Scottish and
Tyneside rooms too.

Viewers in Scottish rooms write "delivery tae Inverness" (to), "watching fae Stornoway"
(from), "dae yous dae kids sizes" (do you do), "it cannae be that dear" (can't), "naebody
answered ma question" (nobody … my), "ma dug wid love that" (would) and praise with "pure
barry" and "braw". The words are rewritten into the English the lexicons know (without
apostrophes, as the lexicons are written); everything else is left as typed. Only words no
other variety uses mark a text: "ma", "wid" and "ye" change only in a text holding one of
them, so Jamaican "wid" (with) and Chinese "ma" stay theirs. It runs before the Jamaican step.
Newcastle viewers write "hoo much is the 95 shirt" (how), "how much wi the code" (with),
"gannin to get one for wor keeper" (going … our), "whey aye" (yes) and praise with "canny
shirt that"; "canny" is "can't" only before a verb ("canny wait"), Geordie "nice" before
anything else. "gan" and "nee" change only beside another of these words ("orh nee" is a
Teochew dessert, "gan" Indonesian for "boss").
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import phrase_step

# (Scots, English); longer phrases win where one contains another
_PHRASES = [
    # greetings (with a few words of Gaelic) and praise
    ("feasgar math", "good evening"), ("madainn mhath", "good morning"), ("slainte fae", "greetings from"),
    ("ciamar a tha", "how are you"), ("pure barry", "really great"), ("barry", "great"), ("braw", "lovely"),
    # the negatives in -nae
    ("cannae", "cant"), ("dinnae", "dont"), ("isnae", "isnt"),
    ("disnae", "doesnt"), ("wisnae", "wasnt"), ("widnae", "wouldnt"), ("couldnae", "couldnt"),
    ("shouldnae", "shouldnt"), ("didnae", "didnt"), ("havnae", "havent"), ("hasnae", "hasnt"),
    ("willnae", "wont"), ("nae", "no"), ("naebody", "nobody"), ("naw", "no"),
    # words
    ("fae", "from"), ("tae", "to"), ("aboot", "about"), ("yous", "you"), ("youse", "you"),
    ("ye", "you"), ("yer", "your"), ("ma", "my"), ("wid", "would"), ("dae", "do"), ("gie", "give"),
    ("aff", "off"), ("oot", "out"), ("troosers", "trousers"), ("aye", "yes"), ("ken", "know"),
    # canny: "can't" before a verb, Geordie "nice" before anything else
    ("canny wait", "cant wait"), ("canny be", "cant be"), ("canny get", "cant get"),
    ("canny find", "cant find"), ("canny see", "cant see"), ("canny believe", "cant believe"),
    ("canny afford", "cant afford"), ("canny dae", "cant do"), ("canny do", "cant do"),
    ("canny hear", "cant hear"), ("canny go", "cant go"), ("canny wear", "cant wear"),
    ("canny", "nice"), ("dinny", "dont"),
    # Geordie
    ("hoo much", "how much"), ("hoo many", "how many"), ("hoo lang", "how long"), ("hoo", "how"),
    ("wi", "with"), ("nee", "no"), ("gan", "go"), ("gannin", "going"), ("howay", "come on"),
    ("whey aye", "yes"), ("bairn", "child"), ("bairns", "children"), ("wor", "our"),
    ("divvent", "dont"), ("alreet", "alright"), ("aalreet", "alright"), ("me da", "my dad"),
    ("me mam", "my mum"), ("hinny", "love"), ("owt", "anything"), ("nowt", "nothing"),
]  # fmt: skip
# words one of which a text must hold for this step to change it (varieties.py), and the
# step: ``to_english(text)`` (lower case) with its Scots words in English
TRIGGERS, to_english = phrase_step(
    _PHRASES,
    r"\b(?:fae|tae|aboot|yous|youse|cannae|dinnae|isnae|disnae|wisnae|widnae|couldnae|"
    r"shouldnae|didnae|havnae|hasnae|willnae|naebody|dae|gie|troosers|barry|braw|"
    r"feasgar|madainn|slainte|canny|hoo|gannin|howay|whey aye|bairns?|divvent|alreet|aalreet|"
    r"hinny)\b",
)
