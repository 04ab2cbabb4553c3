# ruff: noqa: E501
"""Romanised Hindi and Urdu → English phrases, so the English rules read Indian and
Pakistani chat too.

Viewers in Indian rooms type Hindi in Latin letters mixed with English: "ye kurti kitne
ka h" (how much), "XL mein milega?" (available in XL?), "COD available hai?", "order kiya
tha abhi tak nahi aaya" (ordered … not arrived), "dho sakte h?" (can I wash it); in
Pakistani rooms the same language is spelled the Urdu way ("stitched milay ga?", "kitni
dafa poochun", "off white bacha hai?"). The
common question words and verbs are rewritten into the English the lexicons and rules
know; everything else is left as typed. A text with none of the marker words (kya,
kitne, nahi, milega, …) is returned as it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Hinglish, English); longer phrases win where one contains another
_PHRASES = [
    ("kitne ka", "how much"), ("kitne ki", "how much"), ("kitne ke", "how much"),
    ("kitna ka", "how much"), ("price kya", "price"), ("kya price", "price"), ("ka rate", "price"),
    ("rate kya", "price"), ("kitne ka padega", "how much"), ("kitne me padega", "how much"),
    ("kitne din me", "how many days"), ("kitne din mein", "how many days"), ("kitne din", "how many days"),
    ("kab tak aayega", "how many days"), ("kab aayega", "how many days"), ("kab milega", "how many days"),
    ("kitne bache", "how many left"), ("kitne piece", "how many left"), ("kitna stock", "how many left"),
    ("mein milega", "available"), ("me milega", "available"), ("milega", "available"),
    ("milegi", "available"), ("mil jayega", "available"),
    ("kaise kare", "how do i use"), ("kaise karu", "how do i use"),
    ("kaise bheje", "how do i send"), ("kaise", "how"),
    ("dho sakte", "machine wash"), ("dho skte", "machine wash"), ("dhone pe", "washing"),
    ("dhulai", "washing"), ("pehen sakte", "can i wear"), ("pehen sakti", "can i wear"),
    ("badal doge", "exchange"), ("badal denge", "exchange"), ("badal do", "exchange"),
    ("wapas", "return"), ("thoda kam", "discount"), ("kam karo", "discount"),
    ("kam hoga", "discount"), ("kuch kam", "discount"),
    ("reply nahi", "no reply"), ("reply hi nahi", "no reply"), ("koi reply nahi", "no reply"),
    ("reply to karo", "reply to me"), ("reply karo", "reply to me"), ("jawab nahi", "no reply"),
    ("kab se puch", "asked already"), ("awaz nhi", "no sound"), ("awaz nahi", "no sound"),
    ("awaaz nahi", "no sound"), ("aawaz nahi", "no sound"),
    ("le liya", "bought"), ("le liye", "bought"), ("book kar diya", "ordered"),
    ("order kar diya", "ordered"), ("order ho gaye", "ordered"), ("order ho gaya", "ordered"),
    ("order kiya", "ordered"), ("abhi tak nahi aaya", "not arrived"), ("nahi aaya", "not arrived"),
    ("nhi aaya", "not arrived"), ("nahi hua", "not shipped"), ("mera order", "my order"),
    ("dikhao", "show me"), ("dikha do", "show me"), ("dikhaiye", "show me"),
    ("asli h ya nakli", "is it real"), ("asli hai", "is it real"), ("asli h", "is it real"),
    ("saath me aayega", "comes with it"), ("sath me aayega", "comes with it"),
    ("match karega", "goes with"), ("achha lagega", "goes with"),
    ("toot gaya", "broken"), ("toot jaye", "broken"), ("paisa kat gaya", "money deducted"),
    ("payment fail", "payment failed"), ("kitna bhari", "how heavy"), ("kitni lambi", "how long is"),
    ("lambai kitni", "how long is"), ("kitna lamba", "how long is"), ("hai ya", "or"), ("h ya", "or"),
    ("hai kya", "?"), ("h kya", "?"), ("namaste", "hello"), ("hlo", "hello"),
    ("cod available", "cash on delivery"), ("cod milega", "cash on delivery"),
    # asking: "... sakte hai kya", "... hai na?", which one, what is in it, is it good for
    ("sakte hai kya", "can i ?"), ("sakte h kya", "can i ?"), ("sakte hai", "can i"), ("sakte h", "can i"),
    ("daal sakte hai kya", "can i use it ?"), ("de sakte hai", "can i give it"), ("kha sakte hai", "can i eat it"),
    ("skte hai", "can i"), ("kha sakte", "can i eat it"), ("de sakte", "can i give it"), ("daal sakte", "can i use it"),
    ("toh nahi hai na", "it has none right ?"), ("hai na", "right ?"), ("h na", "right ?"),
    ("konsa lu", "which size should i get"), ("konsa pack lu", "which size should i get"),
    ("pack lu", "pack should i get"), ("kaunsa lu", "which size should i get"),
    ("konsa lena", "which size should i get"), ("konsa", "which"),
    ("kaunsa", "which"), ("kya kya hai", "what is in it"), ("isme kya", "what is in it"),
    ("acha hai", "is it good"), ("achha hai", "is it good"), ("thik hai kya", "is it ok"),
    ("ke liye thik hai", "is it ok for"), ("ke liye acha hai", "is it good for"), ("ke liye", "for"),
    ("kitne din chalega", "how long does it last"), ("kitna chalega", "how long does it last"),
    ("kitna dalna hai", "how much should i use"), ("kitna daalna hai", "how much should i use"),
    ("kab daalna hai", "when to use it"), ("kaise check kare", "how to check"),
    ("kitne cup banenge", "how many cups does it make"), ("kitne log", "how many people"),
    ("rate btao", "price"), ("rate batao", "price"), ("price batao", "price"), ("price btao", "price"),
    ("prise", "price"), ("mehnga", "expensive"), ("sasta", "cheap"), ("bulk rate", "bulk discount"),
    ("ship karte ho", "do you ship"), ("bhejte ho", "do you ship"), ("charge lagega", "is there a charge"),
    # buying, orders, after-sales
    ("book karo", "i will take"), ("book kar do", "i will take"), ("booked", "bought"),
    ("aaya nahi abhi tak", "not arrived yet"), ("atka hai", "stuck"), ("toot ke aaya", "arrived broken"),
    ("kharab nikla", "arrived spoiled"), ("fake nikla", "turned out fake"), ("paisa wapas", "refund"),
    # the stream, being ignored
    ("voice cut ho rahi", "voice cutting out"), ("awaz cut", "sound cutting out"), ("atak raha", "buffering"),
    ("atak rahi", "buffering"), ("baar pucha", "times asked"), ("bar pucha", "times asked"),
    ("question dekho", "see my question"), ("replies hi nahi", "no reply"),
    # greetings
    ("jai shree krishna", "hello"), ("jai shri krishna", "hello"), ("ram ram", "hello"),
    ("sat sri akal", "hello"), ("radhe radhe", "hello"),
    # the bare question words, after every phrase above that holds one: "kitne mah"
    # (how many mAh), "kitne baje" (what time); "kab" (when) only with its verb
    # ("kab dikhaoge"), as "kab" is a name too; not "kitna" (how much), which before a
    # quality asks how much of it ("kitna oily hai"), not a price
    ("kitne", "how many"), ("kitni baar", "how many times"), ("kitna lagega", "how much"),
    ("kitna padega", "how much"), ("kitne lagenge", "how much"),
    ("kitne baje", "what time"), ("kab dikhaoge", "when will you show"), ("dikhaoge", "will you show"),
    ("dikhayenge", "will you show"), ("ka matlab kya", "what does it mean"), ("kya hota h", "what is"),
    ("kya hota hai", "what is"), ("kaise karte h", "how do i"), ("kaise karte hai", "how do i"),
    # does it work, does it come with, will it break
    ("kaam karta hai", "does it work"), ("kaam karta h", "does it work"), ("kaam karega", "will it work"),
    ("box me", "in the box"), ("box mein", "in the box"),
    ("kharab hoga", "will it get damaged"), ("ho jata hai", "does it become"), ("ho jata h", "does it become"),
    # not working, not showing, nobody answers
    ("open nahi ho raha", "link not working"), ("open nhi ho rha", "link not working"),
    ("nahi ho raha", "not working"), ("nhi ho rha", "not working"), ("dikha raha hai", "shows"),
    ("dikha rha", "shows"), ("bata nhi rha", "no reply"), ("bata nahi raha", "no reply"),
    ("se puch raha", "asked already"), ("se puch rha", "asked already"), ("reply do", "reply to me"),
    # buying more than one, too dear, say it again
    ("lene pe", "if i buy"), ("le lu to", "if i buy"), ("lu to", "if i buy"), ("le li", "bought"),
    ("price bolo", "price pls"), ("fir se bolo", "again pls"),
    ("phir se bolo", "again pls"), ("price fir se", "price pls again"), ("price phir se", "price pls again"), ("cancel kaise", "how to cancel my order"),
    ("gst bill", "gst invoice"), ("gst bill milega", "need gst invoice"), ("bill milega", "need invoice"),
    ("pasand aaya", "love it"), ("bahut sahi", "very good"), ("kya baat hai", "wow"), ("mast", "awesome"),
    ("bolo price", "price pls"), ("combo milega", "any bundle deal"), ("kitni der", "how long"), ("se le lunga", "will buy elsewhere"),
    ("abhi tak", "still"), ("ab tak", "so far"),
    # will it heat up, lag, wear out; drop it; how long it lasts
    ("garam hota", "gets hot"), ("garam ho", "gets hot"), ("lag aayega", "will it lag"),
    ("kharab to nahi hoga", "is it durable"), ("kharab to nahi", "is it durable"), ("mota", "thick"),
    ("gir jaye", "drop test"), ("chalti hai", "does it last"), ("chalta hai", "does it last"),
    ("kitne din chalti", "how long does it last"), ("full charge hota", "to fully charge"),
    *((f"{n} {w}", f"if i buy {n}") for n in ("2", "3", "4", "5", "do", "teen") for w in ("lu to", "le lu to", "lene pe", "lenge to", "lo to", "lun to", "pair lun to")),
    # Urdu spellings and words of Pakistani rooms: "milay ga" (available), "pooch rahi"
    # (asking), "bacha hai" (any left), "kya farq hai" (the difference), "AOA" (hello)
    ("assalam o alaikum", "hello"), ("asalam o alaikum", "hello"), ("assalamu alaikum", "hello"),
    ("aoa", "hello"), ("salaam", "hello"), ("salam", "hello"),
    ("milay ga", "available"), ("milay gi", "available"), ("mile ga", "available"), ("milti hain", "available"),
    ("ho ga", "will it"), ("ho jaye ga", "will it"), ("aye ga", "will it come"), ("aaye ga", "will it come"),
    ("kitni dafa", "how many times"), ("dafa", "times"),
    ("pooch rahi", "asked already"), ("pooch raha", "asked already"), ("pooch rahi hun", "asked already"),
    ("se pooch", "asked already"), ("poochun", "ask"), ("pooch", "ask"), ("jawab do", "reply to me"),
    ("jawab hi nahi", "no reply"), ("ignore kyun", "ignoring me"), ("ignore kyu", "ignoring me"),
    ("bacha hai", "still have"), ("bachi hai", "still have"), ("bache hain", "still have"), ("bacha", "left"),
    ("kya farq", "what is the difference"), ("farq", "difference"), ("kis type", "what type"),
    ("kon sa", "which"), ("kaun sa", "which"), ("kyun", "why"), ("kyu", "why"), ("wapis", "return"),
    ("wazan", "weight"), ("kitne lambay", "how long is"), ("lambay", "long"),
    ("tracking nahi mili", "no tracking"), ("nahi mili", "not received"), ("nahi mila", "not received"),
    ("kar liye", "done"), ("kar diye", "done"), ("order kar diye", "ordered"),
    ("cart mein add", "added to cart"), ("cart me add", "added to cart"), ("nazar nahi", "cant see"),
    ("pohanchay ga", "will it arrive"), ("pohnchay ga", "will it arrive"), ("pahunchega", "will it arrive"),
    ("kab tak", "how long until"), ("dete ho", "do you offer"), ("bana dete", "can you make"),
    ("free milti", "free with"), ("free hain", "come free"), ("galti se", "by mistake"),
    ("change ho jaye ga", "can i exchange"), ("pyare", "lovely"), ("pyara", "lovely"), ("pyari", "lovely"),
    ("dhone se", "after washing"), ("kaise lagate", "how to put on"), ("kaise karein", "how to"),
    ("buy kaise", "how to buy"), ("din pehle", "days ago"), ("days pehle", "days ago"),
    ("hafta pehle", "a week ago"),
]  # fmt: skip
# numbers and units as hosts say them ("chaubees ghante", "saat din", "gyarah sau"); "do"
# (two) and "teen" (three) only before a unit, where they cannot be English
_UNITS = [
    ("ghante", "hours"),
    ("ghanton", "hours"),
    ("din", "days"),
    ("saal", "years"),
    ("mahine", "months"),
    ("sau", "hundred"),
    ("hazaar", "thousand"),
    ("hazar", "thousand"),
]
_NUMBERS = [
    ("ek", "one"), ("char", "four"), ("chaar", "four"), ("paanch", "five"), ("panch", "five"),
    ("chhe", "six"), ("chhah", "six"), ("saat", "seven"), ("aath", "eight"), ("nau", "nine"),
    ("das", "ten"), ("gyarah", "eleven"), ("barah", "twelve"), ("terah", "thirteen"),
    ("chaudah", "fourteen"), ("pandrah", "fifteen"), ("solah", "sixteen"), ("satrah", "seventeen"),
    ("atharah", "eighteen"), ("unnis", "nineteen"), ("bees", "twenty"), ("ikkis", "twenty one"),
    ("bais", "twenty two"), ("teis", "twenty three"), ("chaubees", "twenty four"),
    ("chaubis", "twenty four"), ("pachchis", "twenty five"), ("pachees", "twenty five"),
    ("tees", "thirty"), ("chalis", "forty"), ("pachas", "fifty"), ("pachaas", "fifty"),
    ("unchaas", "forty nine"), ("unchas", "forty nine"), ("sattar", "seventy"), ("assi", "eighty"),
    ("nabbe", "ninety"), ("ninyanve", "ninety nine"),
    ("gyaarah", "eleven"), ("baarah", "twelve"), ("athara", "eighteen"), ("unees", "nineteen"),
    ("ikkees", "twenty one"), ("chhabbis", "twenty six"), ("chabbis", "twenty six"),
    ("sattais", "twenty seven"), ("atthais", "twenty eight"), ("untis", "twenty nine"),
    ("iktis", "thirty one"), ("battis", "thirty two"), ("taintis", "thirty three"),
    ("chauntis", "thirty four"), ("paintis", "thirty five"), ("chhattis", "thirty six"),
    ("saintis", "thirty seven"), ("adtis", "thirty eight"), ("untalis", "thirty nine"),
    ("chaalees", "forty"), ("iktalis", "forty one"), ("bayalis", "forty two"),
    ("taintalis", "forty three"), ("chavalis", "forty four"), ("paintalis", "forty five"),
    ("chhiyalis", "forty six"), ("saintalis", "forty seven"), ("adtalis", "forty eight"),
    ("ikyavan", "fifty one"), ("bavan", "fifty two"), ("tirpan", "fifty three"),
    ("chauvan", "fifty four"), ("pachpan", "fifty five"), ("chhappan", "fifty six"),
    ("sattavan", "fifty seven"), ("atthavan", "fifty eight"), ("unsath", "fifty nine"),
    ("iksath", "sixty one"), ("basath", "sixty two"), ("tirsath", "sixty three"),
    ("chausath", "sixty four"), ("painsath", "sixty five"), ("chhiyasath", "sixty six"),
    ("sadsath", "sixty seven"), ("adsath", "sixty eight"), ("unhattar", "sixty nine"),
    ("ikhattar", "seventy one"), ("bahattar", "seventy two"), ("tihattar", "seventy three"),
    ("chauhattar", "seventy four"), ("pachhattar", "seventy five"), ("chhihattar", "seventy six"),
    ("sathattar", "seventy seven"), ("athhattar", "seventy eight"), ("unasi", "seventy nine"),
    ("ikyasi", "eighty one"), ("bayasi", "eighty two"), ("tirasi", "eighty three"),
    ("chaurasi", "eighty four"), ("pachasi", "eighty five"), ("chhiyasi", "eighty six"),
    ("sattasi", "eighty seven"), ("athasi", "eighty eight"), ("navasi", "eighty nine"),
    ("ikyanve", "ninety one"), ("banve", "ninety two"), ("tiranve", "ninety three"),
    ("chauranve", "ninety four"), ("pachanve", "ninety five"), ("pachaanve", "ninety five"),
    ("chhiyanve", "ninety six"), ("sattanve", "ninety seven"), ("atthanve", "ninety eight"),
    ("ninnyanve", "ninety nine"),
    # "dedh sau" 150, "dhai sau" 250, "saade chaar sau" 450
    ("dedh sau", "one hundred fifty"), ("dhai sau", "two hundred fifty"),
    *((f"saade {h} sau", f"{e} hundred fifty") for h, e in (("teen", "three"), ("chaar", "four"), ("char", "four"), ("paanch", "five"), ("chhe", "six"), ("saat", "seven"), ("aath", "eight"), ("nau", "nine"))),
    *((f"{h} {u}", f"{e} {v}") for h, e in (("do", "two"), ("teen", "three")) for u, v in _UNITS),
    *_UNITS,
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES + _NUMBERS, whole_words=True)
_MARKERS = gated(
    r"\b(?:kya|kitne|kitna|kitni|nahi|nhi|milega|milegi|dikhao|chahiye|lagega|aayega|aaya|"
    r"bhejo|sakte|skte|padega|kaise|kab|wala|wali|liya|liye|diya|karo|batao|bolo|hoga|hai|"
    r"mein|mera|meri|namaste|hlo|sirf|sau|hazaar|ghante|gyarah|barah|chaudah|pandrah|chaubees|unchaas|"
    r"konsa|kaunsa|isme|btao|chalega|prise|mehnga|sasta|pucha|atak|nikla|jai|bhaiya|didi|"
    r"adtalis|chausath|pachaanve|pachanve|atharah|sakte|dikhaoge|dikhayenge|karta|karega|"
    r"jata|raha|rha|puch|lene|pasand|mast|sahi|baat|gst|lu|lunga|garam|"
    r"mota|jaye|chalti|chalta|aoa|salaam|salam|assalam|asalam|assalamu|milay|milti|ga|dafa|"
    r"pooch|poochun|jawab|kyun|kyu|bacha|bachi|bache|farq|kis|kon|kaun|wapis|wazan|lambay|mili|mila|"
    r"diye|nazar|pohanchay|pohnchay|pahunchega|dete|bana|hain|galti|pyare|pyara|pyari|dhone|lun)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


# "hi" inside a Hindi sentence is "only, at all" ("call hi nahi ki", "pehli shaadi pe hi
# toot jati hain"), no hello; a hello opens the message or greets someone
_EMPHATIC_HI = re.compile(r"(?<=\w)\s+hi\b(?!\s*(?:everyone|all|guys|from|bhai|didi|baji|ji)\b)")


def to_english(text: str) -> str:
    """``text`` (lower case) with its romanised Hindi question words and verbs in English."""
    if not _MARKERS.search(text):
        return text
    text = _REWRITE(text)  # (first: "reply hi nahi" is a phrase)
    return _EMPHATIC_HI.sub("", text) if " hi" in text else text
