# ruff: noqa: E501
"""Taglish (Tagalog mixed with English) → English phrases, so the English rules read
Philippine chat too.

Viewers in Philippine rooms (Shopee, TikTok, Facebook live selling) write English with
Tagalog question words, verbs and particles: "magkano po" (how much), "meron pa ba" (still
have?), "pwede ba sa sensitive skin" (can I use it on…), "ilang araw sa cebu" (how many
days), "di nyo sinasagot" (you don't answer), "pa mine po" (I'll take it); Cebu's Bisaya
too: "pila" (how much), "naa pa pink?" (still have), "unsaon pag laba" (how to wash). The common ones
are rewritten into the English the lexicons and rules know, and the politeness particle
"po" is dropped; everything else is left as typed. A text with none of the marker words
(po, magkano, pwede, yung, nyo, …) is returned as it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Taglish, English); longer phrases win where one contains another
_PHRASES = [
    # price
    ("magkano", "how much"), ("magkno", "how much"), ("mgkano", "how much"),
    ("mgkno", "how much"), ("magkanu", "how much"), ("hm po", "how much"),
    ("hm na", "how much"), ("hm ulit", "how much again"), ("presyo", "price"),
    # stock
    ("meron pa ba", "still have"), ("meron pa bang", "still have"), ("meron bang", "do you have"), ("meron pa", "still have"), ("meron ba", "do you have"),
    ("meron", "do you have"), ("mayroon pa", "still have"), ("available pa", "still available"),
    ("may stock pa", "still in stock"), ("ubos na", "sold out"), ("wala nang stock", "sold out"),
    ("ilan pa", "how many left"), ("ilan na lang", "how many left"),
    # usage
    ("paano gamitin", "how to use"), ("pano gamitin", "how to use"),
    ("paano gagamitin", "how to use"), ("pano gagamitin", "how to use"),
    ("pano i apply", "how to apply"), ("paano i apply", "how to apply"),
    ("pwede ko gamitin", "can i use it"), ("pwede gamitin", "can i use it"),
    ("pwede ba sa", "can i use it for"), ("pwede sa", "can i use it for"),
    ("pde sa", "can i use it for"), ("pwede ba pang", "can i use it for"),
    ("pwede pang", "can i use it for"), ("pwede isabay", "can i use it with"),
    ("pde isabay", "can i use it with"), ("isabay sa", "use with"),
    ("gamitin", "use"), ("gamit", "use"), ("masakit ba", "does it sting"),
    ("mahapdi ba", "does it sting"), ("ilang beses", "how often"),
    # after-sales
    ("ipa return", "return"), ("ibalik", "return"), ("pwede palit", "can i exchange"),
    ("pwede pa palit", "can i exchange"), ("papalitan", "exchange"), ("palitan", "exchange"),
    ("sira", "broken"), ("basag", "broken"), ("may sira", "broken"),
    # shipping
    ("ilang araw", "how many days"), ("ilang days", "how many days"),
    ("kelan dating", "when will it arrive"), ("kailan dating", "when will it arrive"),
    ("kelan darating", "when will it arrive"), ("kailan darating", "when will it arrive"),
    ("kelan ma ship", "when will it ship"), ("kailan ma ship", "when will it ship"),
    ("kelan ship", "when will it ship"), ("libre shipping", "free shipping"),
    ("libreng shipping", "free shipping"), ("libre sf", "free shipping"),
    # complaints about the host and the stream, an order asked after, a claim
    ("di nyo pa sinasagot", "no one answered"),
    ("di pa rin nasasagot", "still no answer"), ("di pa nasasagot", "still no answer"),
    ("hindi nasasagot", "no answer"), ("di nasasagot", "no answer"),
    ("nag freeze", "keeps freezing"), ("nagfreeze", "keeps freezing"),
    ("ang tagal mag load", "keeps buffering"), ("tagal mag load", "keeps buffering"),
    ("sa order ko", "my order"), ("order ko", "my order"),
    ("nag mine na ko", "i will take"), ("nag mine", "i will take"), ("checkout na ko", "i will take"),
    ("nag checkout na", "i will take"),
    # spec and size
    ("saan gawa", "where is it made"), ("saan po gawa", "where is it made"),
    ("gawa sa", "made of"), ("gaano katagal bago maubos", "how long does it last"),
    ("gano katagal bago maubos", "how long does it last"), ("gaano katagal", "how long"), ("gano katagal", "how long"),
    ("gaano kalaki", "how big"), ("gano kalaki", "how big"), ("gaano kahaba", "how long is"),
    ("gaano kabigat", "how heavy"), ("ilang ml", "how many ml"), ("ilang piraso", "how many pieces"),
    ("piraso", "pieces"), ("malagkit ba", "is it sticky"), ("nakaka dry ba", "does it dry"),
    ("anong size", "what size"), ("anong sukat", "what size"), ("sukat", "size"),
    ("anong kulay", "what color"), ("kulay", "color"), ("anong shade", "which shade"),
    ("kasya ba", "will it fit"), ("kasya", "fits"),
    # discount
    ("b1t1", "buy one get one"), ("may discount", "any discount"), ("may voucher", "any voucher"),
    ("may freebie", "any freebie"), ("libre", "free"), ("pakibawasan", "discount"),
    ("tawad", "discount"),
    # purchase
    ("pa mine", "i will take"), ("pa-mine", "i will take"), ("na mine", "i bought"),
    ("mine po", "i will take"), ("na checkout", "checked out"), ("nag checkout", "checked out"),
    ("nag order na", "ordered"), ("naka order na", "ordered"), ("order na ako", "ordered"),
    # complaints
    ("di nyo nasagot", "no reply"), ("di nyo sinasagot", "no reply"), ("hindi nyo sinasagot", "no reply"),
    ("di nyo pa ni-reply", "no reply"), ("di nyo pa nireply", "no reply"),
    ("di pa nirereply", "no reply"), ("wala pa rin sagot", "no reply"), ("wala pang sagot", "no reply"),
    ("walang sumasagot", "no reply"), ("sagutin nyo naman", "reply to me"), ("sagutin nyo", "reply to me"),
    ("pansinin nyo", "reply to me"), ("kanina pa ko nagtatanong", "asked already"),
    ("kanina pa ako nagtatanong", "asked already"), ("paulit ulit na tanong", "asked already"),
    ("ayaw mag load", "won't load"), ("nag loloading", "buffering"), ("naglologding", "buffering"),
    ("walang sound", "no sound"), ("walang tunog", "no sound"), ("walang audio", "no sound"),
    ("malabo", "blurry"), ("putol putol", "lagging"),
    # order status
    ("di pa dumadating", "not arrived"), ("hindi pa dumadating", "not arrived"),
    ("di pa dumating", "not arrived"), ("hindi pa dumating", "not arrived"),
    ("pano i cancel", "how to cancel"), ("paano i cancel", "how to cancel"),
    ("pano mag cancel", "how to cancel"), ("paano mag cancel", "how to cancel"),
    # greetings and praise
    ("magandang gabi", "good evening"), ("magandang umaga", "good morning"),
    ("magandang hapon", "good afternoon"), ("gud eve", "good evening"), ("gud pm", "good evening"),
    ("gud am", "good morning"), ("ang ganda", "so beautiful"), ("ganda", "beautiful"),
    ("ang bango", "smells so good"), ("mabango", "smells good"), ("ang kinis", "so smooth"),
    # "link five hindi link six", "iba yung link one": which link it is not
    ("hindi", "not"), ("iba yung", "not"), ("iba ung", "not"), ("wag", "don't"), ("huwag", "don't"),
    # pronouns and question words
    ("yung", "the"), ("ung", "the"), ("sya", "it"), ("siya", "it"),
    ("nyan", "it"), ("niyan", "it"), ("nito", "it"), ("ito", "this"), ("eto", "this"),
    ("ano", "what"), ("anong", "what"), ("saan", "where"), ("paano", "how"), ("pano", "how"),
    ("kelan", "when"), ("kailan", "when"), ("ilang", "how many"), ("ilan", "how many"),
    ("pwede", "can"), ("pwde", "can"), ("pde", "can"), ("puwede", "can"),
    # Bisaya (Cebuano): "pila" how much, "naa pa" still have, "unsaon pag" how to, "asa" where
    ("pila days", "how many days"), ("pila ka", "how many"), ("pila", "how much"), ("naa pa", "still have"),
    ("naa pay", "still have"), ("naa bay less", "any discount"), ("naa bay", "do you have any"), ("naa ba", "do you have"), ("naa", "have"),
    ("unsaon pag", "how to"), ("unsaon", "how"), ("unsa oras", "what time"), ("unsa", "what"), ("asa", "where"),
    ("nganong", "why"), ("dili mo ko tubagon", "you dont answer me"), ("wala gihapon tubag", "still no answer"),
    ("tubag", "answer"), ("wala pa abot", "not arrived yet"), ("abot", "arrive"), ("dili", "not"),
    ("kaayo", "very"), ("nindot", "beautiful"), ("gwapa", "beautiful"), ("gwapo", "beautiful"),
    ("ganahan ko", "i like"), ("palihug", "please"), ("kumusta", "hello"), ("salamat", "thanks"),
    ("palit", "buy"), ("grabe ka barato", "so cheap"), ("mas barato", "cheaper price"), ("barato", "cheap"), ("sukod", "measurements"), ("labhan", "wash"), ("laba", "wash"),
    ("plantsa", "iron"), ("limpyo", "clean"), ("ilisan", "exchange"), ("mohaum", "fit"),
    # greetings, days, what is left, my order, nobody answering, delicious
    ("maayong gabii", "good evening"), ("maayong buntag", "good morning"), ("maayong hapon", "good afternoon"),
    ("pila ka adlaw", "how many days"), ("adlaw", "days"), ("natitira", "left"), ("natira", "left"),
    ("akong order", "my order"), ("walang pumapansin", "nobody answers me"),
    ("ayaw nyo ko pansinin", "you keep ignoring me"), ("walang reply", "no reply"),
    ("sagutin mo naman ako", "answer me please"), ("lami kaayo", "so delicious"), ("lami", "delicious"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
# "ba" asks a yes/no question wherever it stands ("legit ba", "meron ba kayo")
_BA = re.compile(r"(?<!\s)\s+ba\b")
# "po" (politeness) goes first, so "pwede po sa" reads as "pwede sa"
_PO = re.compile(r"(?<!\s)\s*\bpo\b")
# "soap hm", "hilod!! hm": how much, said last (alone, "hm" is a sound, and stays)
_HM = re.compile(r"(?<=\S)\s+hm\s*([?？!！.~]*)\s*$")
# "mine 2 packs", "mine unscented 2": a claim on live-selling streams
_MINE = re.compile(
    r"^mine(?= \d| \S+ \d+\s*$| (?!(?:is|was|are|came|arrived|broke|has|got|too|also|lol|haha|"
    r"na|pa|po|ba|yung|ung|the|my|lasted|still|never|didnt|hasnt|looks|fits|fit|works|work|stopped|"
    r"smells|took|needs|just|only|and|from|says)\b)\S+(?: \S+){0,3}\s*$)"
)
# "hm po", "hm yung voltmax", "hm cable": how much, said first in a short text (alone, or
# before a sentence, "hm let me think", "hm" stays a sound)
_HM_FIRST = re.compile(
    r"^hm(?= (?!(?:ok|okay|lol|haha|idk|yeah|yes|no|nice|so|i|interesting|let|well|maybe)\b)"
    r"\S+(?: \S+){0,2}\s*[?？!]*$)"
)
# "may black?", "may a55 po?", "may lightning ba": do you have it?
_MAY_Q = re.compile(
    r"^may (?!(?:i|we|you|u|be|as|all|the|\d{4}|freebie|free|discount|less|promo|voucher|sale|cod)\b)"
    r"(\S+)(?: po| ba)*\s*\?*\s*$"
)
# the "please" a claim ends with
_PLEASE = re.compile(r"\s+please\b")
# "may XL pa?", "may tinted pa po": still have it?
_MAY_PA = re.compile(r"^may ((?:\S+ ){0,2}?\S+) pa\b")
_MARKERS = gated(
    r"\b(?:po|magkano|magkno|mgkano|mgkno|magkanu|meron|mayroon|pwede|pwde|pde|puwede|ilang|ilan|"
    r"gaano|gano|paano|pano|kelan|kailan|saan|anong|nyo|niyo|yung|ung|naman|kasi|sya|siya|nyan|"
    r"niyan|mamsh|mars|bago|sana|talaga|grabe|kanina|hindi|nag|pag|nung|ang|ng|ba|wala|walang|"
    r"dito|tapos|pang|lang|pa|mag|ayaw|ganda|mabango|b1t1|libre|gamitin|sagutin|dumating|pila|naa|"
    r"unsaon|unsa|asa|nganong|tubag|tubagon|abot|dili|kaayo|nindot|gwapa|gwapo|ganahan|palihug|"
    r"kumusta|salamat|palit|barato|sukod|labhan|plantsa|limpyo|ilisan|mohaum|maayong|adlaw|natitira|"
    r"natira|akong|pumapansin|sumasagot|lami)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS) | {"hm", "mine", "may"}  # the live-selling forms read before the gate


def to_english(text: str) -> str:
    """``text`` (lower case) with its Tagalog question words, verbs and particles in English."""
    if "hm" in text:
        text = _HM_FIRST.sub("how much", _HM.sub(r" how much\1", text))
    if text.startswith("mine "):
        text = _MINE.sub("i will take", text)
    if text.startswith("may "):
        text = _MAY_Q.sub(r"do you have \1?", text)
    if not _MARKERS.search(text):
        return text
    out = _REWRITE(_MAY_PA.sub(r"still have \1", _PO.sub("", text)))
    if " ba" in out:
        out = _BA.sub("?", out)
    if out.startswith("i will take") and " please" in out:
        out = _PLEASE.sub("", out)  # a claim, "mine navy L-XL palihug", asks nothing
    return out
