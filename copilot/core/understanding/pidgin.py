# ruff: noqa: E501
"""Nigerian Pidgin → English phrases, so the English rules read West African chat too.

Viewers in Nigerian and Ghanaian rooms write English with Pidgin verbs and particles: "e
dey?" (in stock?), "wetin be the price" (what is), "e remain how many" (how many left),
"abeg reduce am" (please lower it), "e never reach me" (not arrived), "una no dey answer"
(you don't reply), "I don order" (I ordered), "e don hang" (it froze). The common ones are
rewritten into the English the lexicons and rules know; everything else is left as typed.
A text with none of the marker words (dey, abeg, wetin, una, sabi, "e go", "don order", …)
is returned as it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Pidgin, English); longer phrases win where one contains another
_PHRASES = [
    # stock
    ("e dey for", "do you have"), ("e still dey", "still in stock"), ("e remain how many", "how many left"),
    ("how many remain", "how many left"), ("e remain", "left"),
    # price and discount
    ("wetin be the price", "what is the price"), ("how much be", "how much is"),
    ("last price", "best price discount"), ("how much last", "best price discount"),
    ("hw much last", "best price discount"),
    ("reduce am", "discount"), ("reduce price", "discount"), ("reduce the price", "discount"),
    # shipping and orders
    ("e go take reach", "does it take to ship to"), ("e go reach", "will it arrive"),
    ("go reach me", "will arrive"), ("e never reach", "not arrived"), ("never reach me", "not arrived"),
    ("never reach", "not arrived"), ("no dey work", "not working"), ("never arrive", "not arrived"),
    ("never call me", "haven't contacted me"), ("e fit reach", "can it arrive"),
    ("fit reach", "can arrive"), ("bring am back", "return it"), ("fit return", "can return"),
    ("i don order", "i ordered"), ("don order", "ordered"), ("i don buy", "i bought"),
    ("don buy", "bought"), ("i don pay", "i paid"), ("don pay", "paid"),
    # complaints
    ("nobody answer", "no reply"), ("nobody dey answer", "no reply"), ("una no dey answer", "no reply"),
    ("u no dey answer", "no reply"), ("you no dey answer", "no reply"), ("no dey reply", "no reply"),
    ("una no dey reply", "no reply"), ("e don hang", "frozen"), ("don hang", "frozen"),
    ("no clear", "not clear"), ("i no fit see", "i can't see"), ("no fit hear", "can't hear"),
    # usage
    ("i no sabi", "i don't know how to"), ("how e dey work", "how does it work"),
    ("how una dey", "how do you"), ("e go fit", "will it fit"), ("no go show", "won't show"),
    ("how i go", "how do i"), ("how we go", "how do we"), ("fall comot", "fall off"),
    ("comot", "come off"), ("una get", "do you have"), ("e get", "does it have"),
    ("no dey clear", "not clear"), ("no dey", "does not"), ("no match", "don't match"),
    ("se e be", "is it"), ("dey use send", "use to ship"),
    ("u dey use", "do you use"), ("make e no", "so it doesn't"), ("e no too", "is it not too"),
    ("e too", "is it too"), ("i go pick", "should i pick"), ("i go buy", "should i buy"),
    ("i go take", "should i take"), ("i go get", "should i get"),
    ("reduce small", "can you do lower price"), ("reduce am small", "can you do lower price"),
    ("una dey", "do you"), ("i order on", "i ordered on"), ("i pay since", "i paid days ago"),
    # words
    ("wetin be", "what is"), ("wetin", "what"), ("abeg", "please"), ("biko", "please"),
    ("una", "you"), ("oya", "come on"), ("omo", "wow"), ("e fine", "it's beautiful"),
    ("see as e fine", "so beautiful"), ("abi", "or"), ("nko", "what about"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "e dey?", "kit dey?", "250 density still dey?": is it in stock (a question ending on dey)
_DEY_ASKED = re.compile(r"\b(?:e |still )?dey\s*\?|\bstill dey\s*$")
# "ginger 24 inch remain?": any left
_REMAIN_ASKED = re.compile(r"\bremain\s*\?")
# "58k final?", "23.5k last?": is that the last price (bargaining; "so 49.99 final?" asks
# what the price is)
_LAST_ASKED = re.compile(r"\b(\d+(?:\.\d+)?k) (?:last|final)\s*\?")
# "u fit sew am", "pregnant woman fit wear am": fit before a verb is "can"
_CAN = re.compile(r"\bfit (?=(?:sew|wear|use|wash|send|change|carry|pay|buy|deliver|ship|do|make|cook"
                  r"|collect|pick|iron|adjust|dye|bleach)\b)")  # fmt: skip
# "e get pocket?" asks what it has, "e get silver?" whether that colour is in stock
_IT_GETS_COLOUR = re.compile(r"\be get (?=(?:other |another |any )?(?:colou?rs?|sizes?|black|white|red|blue"
                             r"|green|pink|yellow|purple|gr[ae]y|brown|silver|gold|orange|cream|navy)\b)")  # fmt: skip
# "my husband na XXL e get?": is it there (a question ending on "e get")
_IT_GETS_ASKED = re.compile(r"\be get\s*\?")
# "e big?", "e strong?": is it (an adjective asked about)
_IT_IS = re.compile(r"(?:^|(?<=[.!?,] ))e (?=(?:big|small|strong|heavy|light|original|legit|thick|thin|soft|hard"
                    r"|loud|long|short|tight|loose|bright|durable|sweet|hot|fast|slow)\b)")  # fmt: skip
# "3 for 2 na which code", "the blue na which link": which code is 3 for 2
_NA_WHICH = re.compile(r"^(.+?) na which (\w+)(.*?)\s*\?*\s*$")
# "u get black?", "you get 4 burner?": do you have (a question that starts so)
_YOU_GET = re.compile(r"^\s*(?:u|you) get\b(?=.*\?)")
# "bleach am", "make am burgundy": am is "it" after a verb (not "i am")
_AM = re.compile(r"(?<!\bi)(?<!\bi')(?<=[a-z]) am\b")
_MARKERS = gated(
    r"\b(?:dey|abeg|wetin|una|sabi|oya|abi|omo|biko|wahala|sha)\b"
    r"|\b(?:don|never) (?:order|buy|pay|ask|reach|hang)\b|\be (?:go|don|never|remain|fine)\b"
    r"|\bno (?:go|fit|clear)\b|\bremain\s*\?|\bhow much last\b|\blast price\b|\breduce am\b"
    r"|\bhw much last\b|\dk ?(?:last|final)\s*\?|\b(?:e|una) get\b|\bcomot\b|\bse e be\b|\bna which\b|\be no too\b|\bi go (?:pick|buy|take|get)\b|\bnko\b"
    r"|\bfit (?:sew|wear|reach|bring|return|cook)\b|\bnever (?:arrive|call)\b|\breduce small\b"
    r"|^\s*(?:u|you) get\b|" + _IT_IS.pattern
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case) with its Pidgin words and verbs in English."""
    if not _MARKERS.search(text):
        return text
    if "dey" in text:
        text = _DEY_ASKED.sub(" in stock?", text)
    if "remain" in text:
        text = _REMAIN_ASKED.sub("left?", text)
    text = _LAST_ASKED.sub(r"\1 best price discount?", _CAN.sub("can ", text))
    text = _IT_GETS_COLOUR.sub(
        "do you have ", _IT_IS.sub("is it ", _IT_GETS_ASKED.sub("in stock?", text))
    )
    if " na which " in text:
        text = _NA_WHICH.sub(r"which \2 is \1\3?", text)
    text = _REWRITE(_YOU_GET.sub("do you have", text))
    if " am" in text:
        text = _AM.sub(" it", text)
    return text
