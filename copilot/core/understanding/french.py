# ruff: noqa: E501
"""French and Québec franglais → English phrases and number words, so the English rules
and the speech side's number reader read French rooms too.

Québec viewers write "c combien les bottes" (how much), "y'en reste-tu en 7?" (any left
in 7?), "ça ship-tu à Gatineau?" (do you ship to), "le lien svp" (the link please), "j'ai
pris les noires en 8" (I took): the Québec question particle "-tu" after a verb turns a
statement into a yes/no question, and is read as a question mark. Hosts say prices as
French numbers, dollars then cents: "cent quatre-vingt-neuf quatre-vingt-dix-neuf" is
189.99, which this step writes as English number words ("one hundred eighty nine ninety
nine") for the English reader. Accents are read as their plain letters (varieties.py
strips them first). A text with none of the marker words is returned as it is, at the
cost of one search. Words English shares ("est" as in 7pm EST, "duvet") are no markers and
are left as they are.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import ONES, TEENS, TENS, phrase_sub, words_of

_FR_ONES = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TEENS = ("onze", "douze", "treize", "quatorze", "quinze", "seize")
_FR_TENS = ("dix", "vingt", "trente", "quarante", "cinquante", "soixante")


def _number_words() -> list[tuple[str, str]]:
    """French number words as English ones, 1–99 and the hundreds and thousands."""
    out = list(zip(_FR_ONES, ONES, strict=True)) + [("une", "one")]
    out += list(zip(_FR_TEENS, TEENS[:6], strict=True))
    out += [(f"dix {fr}", TEENS[i + 6]) for i, fr in enumerate(_FR_ONES[6:])]  # 17–19
    out += list(zip(_FR_TENS, TENS[:6], strict=True))
    for fr, en in zip(_FR_TENS[1:], TENS[1:6], strict=True):  # 21–69
        out += [(f"{fr} et un", f"{en} one"), (f"{fr} et une", f"{en} one")]
        out += [(f"{fr} {o}", f"{en} {e}") for o, e in zip(_FR_ONES, ONES, strict=True)]
    for base, en in (("soixante", "seventy"), ("quatre vingt", "ninety")):  # 70–79, 90–99
        out += [(f"{base} dix", en), (f"{base} et onze", f"{en} one")]
        out += [(f"{base} {t}", f"{en} {e}") for t, e in zip(_FR_TEENS, ONES, strict=False)]
        out += [
            (f"{base} dix {o}", f"{en} {e}") for o, e in zip(_FR_ONES[6:], ONES[6:], strict=True)
        ]
    out += [("quatre vingt", "eighty"), ("quatre vingts", "eighty")]  # 80–89
    out += [(f"quatre vingt {o}", f"eighty {e}") for o, e in zip(_FR_ONES, ONES, strict=True)]
    out += [("cent", "one hundred"), ("cents", "hundred"), ("mille", "one thousand")]
    for o, e in zip(_FR_ONES[1:], ONES[1:], strict=True):
        out += [(f"{o} cent", f"{e} hundred"), (f"{o} cents", f"{e} hundred")]
        out += [(f"{o} mille", f"{e} thousand")]
    return out


# (French, English); longer phrases win where one contains another
_PHRASES = _number_words() + [
    # price and discount
    ("c'est combien", "how much"), ("cest combien", "how much"), ("c combien", "how much"),
    ("ca coute combien", "how much"), ("combien ca coute", "how much"), ("combien coute", "how much"),
    ("combien de paires", "how many pairs"), ("y reste combien", "how many left"),
    ("il en reste combien", "how many left"), ("combien de jours", "how many days"),
    ("combien de temps", "how long"), ("ca prend combien de temps", "how long does it take"),
    ("jusqu'a combien", "rated to what temperature"), ("combien", "how much"),
    ("quel prix", "what price"), ("le prix", "the price"), ("prix regulier", "regular price"),
    ("prix", "price"), ("en special", "on sale"), ("en solde", "on sale"), ("rabais", "discount"),
    ("code promo", "promo code"), ("gratuit avec", "free with"), ("gratuite avec", "free with"),
    # stock
    ("y'en reste", "any left"), ("y en reste", "any left"), ("il en reste", "any left"),
    ("il nous en reste", "we have left"), ("en reste", "left"), ("reste", "left"),
    ("dispo", "available"), ("disponible", "available"), ("disponibles", "available"),
    ("en rupture", "sold out"), ("rupture", "sold out"), ("vous avez", "do you have"),
    ("avez vous", "do you have"), ("y'a", "is there"), ("il y a", "there is"),
    ("va revenir", "restock"), ("vont revenir", "restock"), ("en tout", "in total"), ("au total", "in total"),
    # size
    ("quelle grandeur", "what size"), ("quelle taille", "what size"), ("quelle pointure", "what size"),
    ("grandeur", "size"), ("taille", "size"), ("pointure", "shoe size"), ("je porte du", "i wear"),
    ("jporte du", "i wear"), ("je prends quoi", "what size should i get"), ("jprends quoi", "what size should i get"),
    ("ca fit grand", "runs big"), ("ca fit petit", "runs small"), ("fit grand", "runs big"),
    ("fit petit", "runs small"), ("ca fit", "does it fit"), ("ca rentre", "will it fit"),
    ("p ou g", "s or l"), ("longueur", "length"), ("largeur", "width"),
    # spec
    ("c'est fait ou", "where is it made"), ("fait ou", "made where"), ("fabrique ou", "made where"),
    ("de la vraie", "real"), ("du vrai", "real"), ("fourrure", "fur"),
    ("synthetique", "synthetic"), ("laine", "wool"), ("impermeable", "waterproof"), ("chaud", "warm"),
    ("poche", "pocket"), ("s'enleve", "removable"), ("amovible", "removable"), ("doublure", "lining"),
    ("semelle", "sole"), ("cuir", "leather"), ("matiere", "material"), ("c'est quoi", "what is"),
    ("c quoi", "what is"), ("fait en", "made of"),
    # usage
    ("se lave a la machine", "machine washable"), ("lavable a la machine", "machine washable"),
    ("a la machine", "in the machine"), ("lavable", "washable"), ("on la lave comment", "how to wash"),
    ("on le lave comment", "how to wash"), ("laver", "wash"), ("lave", "wash"), ("comment on", "how do you"),
    ("comment", "how"), ("enlever", "remove"), ("enleve", "remove"), ("ca grip", "does it grip"),
    ("sur la glace", "on ice"), ("ca pique", "is it itchy"), ("retrecit", "shrink"), ("secheuse", "dryer"),
    ("peau sensible", "sensitive skin"), ("utiliser", "use"), ("toute seule", "by herself"),
    ("tout seul", "by himself"),
    # shipping
    ("livraison gratuite", "free shipping"), ("livraison est gratuite", "shipping is free"),
    ("livraison", "shipping"), ("vous livrez", "do you ship"), ("livrez", "ship"), ("livrer", "deliver"),
    ("ca ship", "do you ship"), ("expedier", "ship"), ("expedition", "shipping"), ("ramasser", "pick up"),
    ("cueillette", "pickup"), ("dans les", "within"), ("on envoie par", "we ship by"), ("envoie", "ship"),
    ("frais de port", "shipping cost"), ("aux states", "to the us"), ("gratuit", "free"), ("gratuite", "free"),
    # link
    ("quel numero de lien", "which link"), ("quel # de lien", "which link"), ("c'etait quel lien", "which link was it"),
    ("quel lien", "which link"), ("numero de lien", "link number"), ("lien numero", "link"),
    ("le lien", "the link"), ("lien", "link"), ("numero", "number"),
    # after-sales
    ("echanger", "exchange"), ("echange", "exchange"), ("retourner", "return"), ("retour", "return"),
    ("retours", "returns"), ("garantie", "warranty"), ("garantis", "warranty"), ("rembourse", "refund"),
    ("remboursement", "refund"), ("si je l'aime pas", "if i dont like it"),
    # orders
    ("ma commande", "my order"), ("mon colis", "my package"), ("ma livraison", "my delivery"),
    ("pas arrivee", "not arrived"), ("pas arrive", "not arrived"), ("toujours pas", "still not"),
    ("numero de suivi", "tracking number"), ("# de suivi", "tracking number"), ("suivi", "tracking"),
    ("en traitement", "processing"), ("j'attends encore", "still waiting for"),
    # buying
    ("j'ai pris", "i took"), ("jai pris", "i took"), ("j'en ai pris", "i took"), ("pris", "took"),
    ("j'ai achete", "i bought"), ("jai achete", "i bought"), ("achete", "bought"),
    ("je viens de commander", "just ordered"), ("jviens de commander", "just ordered"),
    ("j'ai commande", "i ordered"), ("g commande", "i ordered"), ("commandees", "ordered"),
    ("commandee", "ordered"), ("ajoute au panier", "added to cart"), ("ajoute", "added"),
    ("je le prends", "i will take it"), ("je la prends", "i will take it"), ("je les prends", "i will take them"),
    # the stream
    ("le son coupe", "sound cutting out"), ("pu de son", "no sound"), ("plus de son", "no sound"),
    ("pas de son", "no sound"), ("image gelee", "frozen"), ("gelee", "frozen"), ("gele", "frozen"),
    ("pixelise", "pixelated"), ("ecran noir", "black screen"), ("ca lag", "lagging"), ("ca bug", "glitching"),
    # being ignored
    ("que je demande", "i keep asking"), ("personne repond", "nobody answers"),
    ("personne me repond", "nobody answers"), ("vous repondez jamais", "you never answer"),
    ("toujours pas de reponse", "still no answer"), ("pas de reponse", "no answer"),
    # greetings, praise, thanks
    ("bonsoir de", "good evening from"), ("bonjour de", "hello from"), ("allo de", "hello from"),
    ("salut de", "hi from"), ("bonsoir", "good evening"), ("bonjour", "hello"), ("allo", "hello"),
    ("salut", "hi"), ("premiere fois ici", "first time here"), ("trop beau", "so beautiful"),
    ("trop belle", "so beautiful"), ("trop beaux", "so beautiful"), ("magnifique", "gorgeous"),
    ("les meilleures", "the best"), ("les meilleurs", "the best"), ("j'adore", "i love it"),
    ("adore", "love"), ("parfaites", "perfect"), ("parfait", "perfect"), ("merci", "thanks"),
    ("bonne soiree", "good night"),
    # the question particle, read with its verb
    ("c'est tu", "is it"), ("cest tu", "is it"), ("sont tu", "are they"), ("va tu", "will it"),
    ("on peut tu", "can i"), ("peut tu", "can it"), ("peux tu", "can you"), ("pouvez vous", "can you"),
    ("pouvez tu", "can you"), ("vous avez tu", "do you have"), ("y'a tu", "is there"),
    ("ca fit tu", "does it fit"), ("ca pique tu", "is it itchy"), ("ca grip tu", "does it grip"),
    ("s'enleve tu", "is it removable"), ("ca rentre tu", "will it fit"), ("est ce que", "do"),
    ("est ce qu'il", "does it"), ("c'est du", "is it"),
    # words
    ("hier", "yesterday"), ("encore", "still"), ("deja", "again"), ("gratuits", "free"),
    ("gratuitement", "free"), ("entrepot", "warehouse"), ("quelle temperature", "what temperature"),
    ("jusqu'a", "down to"), ("lache", "breaks"), ("brise", "breaks"), ("si", "if"), ("ou", "or"),
    ("a vie", "for life"), ("garanties", "warranty"), ("garanti", "warranty"), ("pendant", "for"),
    ("svp", "please"), ("s'il vous plait", "please"), ("boutique physique", "physical store"),
    ("facture", "invoice"), ("la prochaine live", "the next live"), ("c'est quand", "when is it"),
    ("quand", "when"), ("pis", "and"), ("avec", "with"), ("pour", "for"), ("heures", "hours"),
    ("heure", "hour"), ("jours", "days"), ("semaines", "weeks"), ("mois", "months"), ("ans", "years"),
    ("centimetres", "centimeters"), ("pieds", "feet"), ("pouces", "inches"), ("livres", "pounds"),
    ("grammes", "grams"), ("litres", "liters"), ("degres", "degrees"), ("moins", "minus"),
    ("piasses", "dollars"), ("piastres", "dollars"), ("et demi", "and a half"), ("et demie", "and a half"),
    ("virgule", "point"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")  # "quatre-vingt-dix", "reste-tu"
# "y'en reste tu", "ça pique tu?": the Québec question particle after a verb (not "tu" the
# subject: "tu peux", "tu es")
_TU = re.compile(
    r"(?<=[a-z'])\s+tu\b(?!\s+(?:es|as|peux|veux|vas|fais|sais|dois|mets|me|m'|t'|l'|ne|n'|mesures|prends)\b)"
)
_MARKERS = gated(
    r"\b(?:combien|lien|dispo|disponible|disponibles|livraison|livrez|grandeur|commande|"
    r"colis|achete|svp|merci|bonjour|bonsoir|allo|salut|c'est|cest|y'en|j'ai|jai|reste|"
    r"rabais|garantie|echanger|retourner|lavable|laver|secheuse|fourrure|laine|"
    r"impermeable|pis|vous|avec|quel|quelle|heures|piasses|soixante|quarante|"
    r"cinquante|vingt|trente|fait|fois|demande|demandent|porte|jporte|prends|jprends|quoi|trop|"
    r"lave|pique|sur|glace|coupe|gelee|pixelise|livres|pieds|pouces|centimetres|pu|ou|pris|"
    r"ajoute|panier|commander|jviens|viens|commandees|retours|gratuits|peut|sont)\b"
)
# "ça fait 3 fois que je demande" (asked three times), "ça fait 10 min que je demande"
_ASKED = re.compile(r"\bca fait (\d+|deux|trois|quatre|cinq|dix) fois que (?:je |j'|j)demande")
_ASKED_AGO = re.compile(r"\bca fait (\d+)\s*(min|mins|minutes|heures?) que (?:je |j'|j)demande")
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case, accents stripped) with its French shop phrases and number
    words in English."""
    if not _MARKERS.search(text):
        return text
    if "-" in text:
        text = _HYPHEN.sub(" ", text)
    if "demande" in text:
        text = _ASKED.sub(r"asked \1 times", text)
        text = _ASKED_AGO.sub(r"asked \1 \2 ago and nothing", text)
    text = _REWRITE(text)  # (its phrases read "c'est tu", "sont tu" with their verb)
    return _TU.sub(" ?", text) if " tu" in text else text
