# ruff: noqa: E501
"""Spanish and Spanglish → English phrases, so the English rules read US Latino and Latin
American rooms too.

Viewers there switch language mid-sentence: "cuánto cuesta the pink one" (how much),
"hay en talla 7?" (do you have size 7), "envían a Texas?" (do you ship to), "se congeló"
(it froze), "ya los pedí" (I ordered them), "nadie contesta" (nobody answers). The common
shop phrases are rewritten into the English the lexicons and rules know; everything else
is left as typed. Accents are read as their plain letters (varieties.py strips them
first), so "cuanto" and "cuánto" are one word. A text with none of the marker words is
returned as it is, at the cost of one search.
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub, words_of

# (Spanish, English); longer phrases win where one contains another
_PHRASES = [
    # price and discount
    ("cuanto cuesta", "how much"), ("cuanto cuestan", "how much"), ("cuanto es", "how much"),
    ("cuanto vale", "how much"), ("cuanto sale", "how much"), ("cuanto", "how much"),
    ("a como", "how much"), ("que precio", "what price"), ("precio", "price"),
    ("descuento", "discount"), ("cupon", "coupon"), ("oferta", "deal"), ("rebaja", "discount"),
    # stock
    ("todavia hay", "still have"), ("aun hay", "still have"), ("hay en talla", "do you have size"),
    ("tienen en talla", "do you have size"), ("hay en", "do you have in"), ("tienen en", "do you have in"),
    ("tienen", "do you have"), ("tienes", "do you have"), ("hay", "do you have"),
    ("cuantos quedan", "how many left"), ("cuantas quedan", "how many left"), ("quedan", "left"),
    ("queda", "left"), ("disponible", "available"), ("agotado", "sold out"), ("agotada", "sold out"),
    # size and spec
    ("que talla", "what size"), ("talla", "size"), ("tallas", "sizes"), ("me queda", "fits me"),
    ("que tela", "what fabric"), ("tela", "fabric"), ("de que es", "what is it made of"),
    ("de que material", "what material"), ("tacon", "heel"), ("tacones", "heels"),
    # shipping and orders
    ("envio", "shipping"), ("envios", "shipping"), ("envian a", "do you ship to"), ("envian", "do you ship"),
    ("mandan a", "do you ship to"), ("cuando llega", "when will it arrive"), ("cuanto tarda", "how long does it take"),
    ("llega a tiempo", "arrive in time"), ("mi pedido", "my order"), ("no me ha llegado", "not arrived"),
    ("no ha llegado", "not arrived"), ("no llega", "not arrived"), ("no llego", "not arrived"),
    ("dice delivered", "says delivered"), ("dice entregado", "says delivered"),
    ("ya los pedi", "i ordered"), ("ya lo pedi", "i ordered"), ("ya la pedi", "i ordered"),
    ("ya pedi", "i ordered"), ("lo quiero", "i will take"), ("la quiero", "i will take"),
    ("me lo llevo", "i will take"), ("me la llevo", "i will take"), ("apartame", "i will take"),
    ("apartado", "layaway"),
    # after-sales
    ("devolucion", "return"), ("devolver", "return"), ("cambio", "exchange"), ("garantia", "warranty"),
    # complaints
    ("nadie contesta", "no reply"), ("no me contestan", "no reply"), ("no contestan", "no reply"),
    ("ya pregunte", "asked already"), ("se congelo", "frozen"), ("se traba", "lagging"),
    ("la pantalla se puso negra", "black screen"), ("pantalla negra", "black screen"),
    ("no se escucha", "no sound"), ("se oye bajito", "volume too low"), ("se oye bien bajito", "volume too low"),
    ("no se ve", "cant see"),
    # greetings and praise
    ("hola", "hello"), ("holaa", "hello"), ("holaaa", "hello"), ("buenas noches", "good evening"),
    ("buenas tardes", "good afternoon"), ("buenos dias", "good morning"), ("saludos desde", "greetings from"),
    ("desde", "from"), ("hermosa", "beautiful"), ("hermoso", "beautiful"), ("bonita", "beautiful"),
    ("bonito", "beautiful"), ("preciosa", "beautiful"), ("precioso", "beautiful"), ("que linda", "beautiful"),
    ("que lindo", "beautiful"), ("gracias", "thanks"),
    # words
    ("q numero", "what number"), ("que numero", "what number"), ("numero", "number"), ("cual", "which"),
    ("donde", "where"), ("cuando", "when"), ("para", "for"), ("en", "in"), ("si compro", "if i buy"),
    ("compro", "buy"), ("ya lo compre", "just bought it"), ("lo compre", "bought it"), ("compre", "i bought"),
    ("cuanto pesa", "how heavy is it"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
_MARKERS = gated(
    r"\bhay\s+(?:en|de|mas|talla)\b|\b(?:cuanto|cuesta|cuestan|precio|descuento|cupon|oferta|rebaja|todavia|tienen|"
    r"tienes|quedan|queda|disponible|agotado|agotada|talla|tallas|tela|tacon|tacones|envio|"
    r"envios|envian|mandan|llega|tarda|pedido|pedi|quiero|llevo|apartame|apartado|devolucion|"
    r"devolver|garantia|contesta|contestan|pregunte|congelo|traba|pantalla|escucha|oye|hola|"
    r"holaa|holaaa|buenas|buenos|saludos|hermosa|hermoso|bonita|bonito|preciosa|precioso|"
    r"linda|lindo|gracias|compre)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case, accents stripped) with its Spanish shop phrases in English."""
    if not _MARKERS.search(text):
        return text
    return _REWRITE(text)
