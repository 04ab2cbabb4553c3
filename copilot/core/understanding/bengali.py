# ruff: noqa: E501
"""Banglish (Bengali in Latin letters, mixed with English) → English, so the English rules
read Bangladeshi and West Bengal rooms too.

Viewers in Dhaka or Kolkata rooms write "dam koto bhai" (what's the price), "XL ache?"
(do you have XL), "Chittagong e koydin lagbe" (how many days), "2 ta nile kom hobe?" (a
discount for two?), "dhuile rong jabe na to?" (will the colour run when washed), "order
ta ekhono pai nai" (my order has not come), "reply den na keno" (why no reply) and
"3 ta nilam" (I took three). Bengali asks with its verb endings and a few particles (ki,
naki, to), so the common verb forms and phrases are rewritten whole into the English the
lexicons know; everything else is left as typed. Hosts say prices in Bengali numbers
("dui hajar char sho ponchash taka"), which become English number words for the
speech side's number reader. A text needs one of the marker words (no English or other
variety uses them) to be changed; Bengali written in its own script is not read here.
"""

from __future__ import annotations

from copilot.core.understanding.rewrite import ONES, TEENS, TENS, phrase_step

# (Banglish, English); longer phrases win where one contains another
_PHRASES = [
    # price, discount
    ("dam koto", "what is the price"), ("daam koto", "what is the price"), ("dam ki", "what is the price"),
    ("koto taka", "how much"), ("koto dam", "what is the price"), ("price koto", "what is the price"),
    ("koto porbe", "how much"), ("same dam", "same price"), ("koto", "how much"), ("dam", "price"), ("daam", "price"),
    ("koto din", "how many days"), ("koydin", "how many days"), ("koy din", "how many days"),
    ("koto inchi", "how many inches"), ("koto number", "which number"), ("koto no", "which number"),
    ("koybar", "how many times"), ("koto bar", "how many times"),
    ("kom hobe", "any discount"), ("kom hobe na", "any discount"), ("kom korben", "any discount"),
    ("kom koren", "discount please"), ("kom den", "discount please"), ("kome dile", "discount please"),
    ("aro kom", "any discount"), ("nile kom", "if i buy any discount"), ("wholesale rate", "bulk discount"),
    ("combo hobe", "any bundle deal"), ("offer ache", "any offer"), ("discount nai", "any discount"),
    ("discount ache", "any discount"), ("free pabo", "free gift"),
    # stock
    ("ache naki", "do you have it ?"), ("ache ki", "do you have it ?"), ("ache kina", "do you have it"),
    ("ekhono ache", "still have it ?"), ("ache", "do you have it"),
    # (but the English ache stays one: "helps with back ache")
    *((f"{w} ache", f"{w} ache") for w in ("back", "head", "neck", "tooth", "stomach", "tummy", "muscle", "ear", "joint")),
    ("sesh", "sold out"), ("shesh", "sold out"), ("stock nai", "out of stock"),
    # shipping, orders
    ("pathaben", "do you ship"), ("pathan", "do you ship"), ("pathay", "do you ship"),
    ("kobe pabo", "when will it arrive"), ("kalke pabo", "will it arrive tomorrow"), ("pabo to", "will it arrive"),
    ("pabo", "will i get it"), ("lagbe koydin", "how many days"), ("delivery charge", "delivery fee"),
    ("pai nai", "not received"), ("pai ni", "not received"), ("pailam na", "not received"),
    ("ashe nai", "not arrived"), ("ase nai", "not arrived"), ("ashe ni", "not arrived"), ("aseni", "not arrived"),
    ("ekhono", "still"), ("order dilam", "ordered"), ("order korsi", "ordered"), ("order korlam", "ordered"),
    ("amar order", "my order"), ("kivabe order", "how do i order"), ("order kivabe", "how do i order"),
    ("order korte chai kivabe korbo", "how do i order"), ("kobe dibe", "when will i get it"), ("kobe diben", "when will i get it"), ("amar parcel", "my parcel"), ("order korte chai", "want to order"),
    ("refund kobe", "when is my refund"), ("taka ferot", "refund"),
    # how, which, why, when, where
    ("kivabe korbo", "how do i"), ("kibhabe korbo", "how do i"), ("kivabe", "how"), ("kibhabe", "how"),
    ("kemne", "how"), ("kemon kore", "how"), ("kon size nibo", "which size should i get"),
    ("kon size", "which size"), ("kon ta", "which one"), ("konta", "which one"), ("kon", "which"),
    ("keno", "why"), ("kokhon", "when"), ("kobe", "when"), ("kothay", "where"), ("kothai", "where"),
    ("kemon", "how is it"), ("hobe naki", "or"), ("naki", "or ?"),
    ("kokhon dekhaben", "when will you show"), ("dekhaben", "will you show"), ("dekhan", "show me"),
    # use, wash, wear
    ("dhuile", "after washing"), ("dhowa te", "washing"), ("dhoa jabe", "can i wash it"),
    ("dhowa jabe", "can i wash it"), ("rong jabe", "will the color fade"), ("rong uthe", "color fades"),
    ("rong utbe", "will the color fade"), ("pora jabe", "can i wear it"), ("porte parbo", "can i wear it"),
    ("chulkabe", "itchy"), ("gorom lagbe", "will it feel hot"), ("garom lagbe", "will it feel hot"),
    ("gorom", "hot"), ("garom", "hot"), ("thanda", "cold"),
    # after-sales
    ("change kore diben", "can i exchange"), ("change korben", "can i exchange"), ("change hobe", "can i exchange"),
    ("change kora jabe", "can i exchange"), ("ferot diben", "can i return"), ("ferot", "return"),
    ("defect thakle", "if defective"), ("nosto hole", "if damaged"), ("kharap hole", "if defective"),
    ("hole ki korben", "what if it breaks"), ("ki korben", "what will you do"), ("ki korbo", "what should i do"),
    # buying
    ("confirm korlam", "i will take it"), ("confirm koren", "i will take it"), ("confirm korsi", "i will take it"),
    ("nilam", "i bought"), ("nibo", "i will take"), ("nebo", "i will take"),
    ("add koren", "add one for me"), ("add korun", "add one for me"), ("amar order e", "to my cart"),
    # being ignored, the stream
    ("reply den na", "no reply"), ("reply nai", "no reply"), ("reply dey na", "no reply"),
    ("uttor nai", "no reply"), ("uttor den", "reply to me"), ("keu dekhe na", "nobody answers"),
    ("keu answer dey na", "nobody answers"), ("keu reply dey na", "nobody answers"),
    ("jiggesh korlam", "asked already"), ("jigges korlam", "asked already"), ("bolchi", "asked already"),
    ("shunte parchi na", "cant hear"), ("sunte parchi na", "cant hear"), ("awaz ashtese na", "no sound"),
    ("awaj ashe na", "no sound"), ("sound nai", "no sound"), ("jhapsa", "blurry"),
    ("kete jacche", "keeps cutting out"), ("atke jacche", "buffering"), ("bujhtesi na", "cant see"),
    ("onno jaygay kinbo", "will buy elsewhere"), ("onno jaygay", "elsewhere"),
    # praise, greetings
    ("sundor", "beautiful"), ("shundor", "beautiful"), ("joss", "awesome"), ("oshadharon", "amazing"),
    ("bhalo lagse", "love it"), ("valo lagse", "love it"), ("bhalo", "good"), ("valo", "good"),
    ("assalamualaikum", "hello"), ("asalamualaikum", "hello"), ("adab", "hello"), ("nomoskar", "hello"),
    ("shuvo shokal", "good morning"),
    # who it is for, how big
    ("bochor", "years old"), ("baccha", "kid"), ("bachcha", "kid"), ("inchi", "inch"), ("lomba", "long"),
]  # fmt: skip

# Bengali numbers, which hosts say in full ("dui hajar char sho ponchash", "chobbish ghonta");
# "ek", "tin", "char", "at", "sat" and "shat" are English words too and count only before
# a hundred, a thousand or a unit
_UNITS = [
    ("sho", "hundred"),
    ("hajar", "thousand"),
    ("ghonta", "hours"),
    ("ghontay", "hours"),
    ("din", "days"),
]
_TENS_AND_TEENS = [
    ("dosh", TENS[0]),
    ("egaro", TEENS[0]),
    ("baro", TEENS[1]),
    ("tero", TEENS[2]),
    ("choddo", TEENS[3]),
    ("ponero", TEENS[4]),
    ("sholo", TEENS[5]),
    ("sotero", TEENS[6]),
    ("atharo", TEENS[7]),
    ("unish", TEENS[8]),
    ("bish", TENS[1]),
    ("tirish", TENS[2]),
    ("trish", TENS[2]),
    ("chollish", TENS[3]),
    ("ponchash", TENS[4]),
    ("shaat", TENS[5]),
    ("sottor", TENS[6]),
    ("ashi", TENS[7]),
    ("nobboi", TENS[8]),
]
_COMPOUNDS = [
    ("ekush", "twenty one"),
    ("baish", "twenty two"),
    ("teish", "twenty three"),
    ("chobbish", "twenty four"),
    ("pochish", "twenty five"),
    ("chabbish", "twenty six"),
    ("satash", "twenty seven"),
    ("athash", "twenty eight"),
    ("untrish", "twenty nine"),
    ("batrish", "thirty two"),
    ("poytrish", "thirty five"),
    ("chhotrish", "thirty six"),
    ("biyallish", "forty two"),
    ("chuallish", "forty four"),
    ("poytallish", "forty five"),
    ("chhechollish", "forty six"),
    ("atchollish", "forty eight"),
    ("unponchash", "forty nine"),
    ("pochpanno", "fifty five"),
    ("unshat", "fifty nine"),
    ("poyshotti", "sixty five"),
    ("unosottor", "sixty nine"),
    ("pochattor", "seventy five"),
    ("unashi", "seventy nine"),
    ("pochashi", "eighty five"),
    ("chhiyashi", "eighty six"),
    ("unnobboi", "eighty nine"),
    ("pochanobboi", "ninety five"),
    ("niranobboi", "ninety nine"),
    ("dedsho", "one hundred fifty"),
    ("derso", "one hundred fifty"),
    ("arai sho", "two hundred fifty"),
    ("poune", "three quarters"),
]
_PLAIN_ONES = [
    ("dui", ONES[1]),
    ("panch", ONES[4]),
    ("pach", ONES[4]),
    ("choy", ONES[5]),
    ("noy", ONES[8]),
]
_SHARED_ONES = [
    ("ek", ONES[0]),
    ("tin", ONES[2]),
    ("char", ONES[3]),
    ("sat", ONES[6]),
    ("saat", ONES[6]),
    ("at", ONES[7]),
    ("aat", ONES[7]),
]
_NUMBERS = [
    *_TENS_AND_TEENS, *_COMPOUNDS, *_PLAIN_ONES,
    *((f"{b} {u}", f"{e} {v}") for b, e in _SHARED_ONES for u, v in _UNITS),
    *_UNITS,
]  # fmt: skip
_MARKERS = (
    r"\b(?:koto|koydin|koybar|ache|hobe|naki|keno|kivabe|kibhabe|kemne|kokhon|kobe|kothay|kothai|"
    r"konta|lagbe|diben|pabo|nibo|nebo|nilam|dilam|korbo|korlam|korsi|koren|korun|pathaben|pathan|"
    r"ekhono|sundor|shundor|joss|dhuile|dhowa|dhoa|chulkabe|gorom|garom|ferot|jiggesh|bolchi|"
    r"jhapsa|jacche|bujhtesi|parchi|ashtese|jaygay|bochor|baccha|bachcha|inchi|lomba|hajar|"
    r"ghonta|ghontay|ponchash|chollish|nobboi|chobbish|dedsho|assalamualaikum|asalamualaikum|adab|"
    r"nomoskar|oshadharon|dekhaben|dekhan|kharap|nosto|thakle|korben|keu|nile)\b"
)
TRIGGERS, to_english = phrase_step(_PHRASES + _NUMBERS, _MARKERS)
