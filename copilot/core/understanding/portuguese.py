# ruff: noqa: E501
"""Brazilian Portuguese → English phrases and number words, so the English rules and the
speech side's number reader read Brazilian rooms too.

Viewers there write short and abbreviated: "qnt custa?" (how much), "tem no P?" (do you
have it in S), "frete pra SP?" (shipping to São Paulo), "uso 42 qual tamanho pego" (I wear
42, which size), "manda o link", "quero o azul M!!" (I'll take the blue M), "ja comprei",
"meu pedido não chegou" (my order has not arrived). Hosts say prices as reais and
centavos: "cento e vinte e nove e noventa" is 129.90, which this step writes as English
number words ("one hundred twenty nine ninety") for the English reader; the "e" (and)
between number words goes. Accents are read as their plain letters (varieties.py strips
them first). A text with none of the marker words is returned as it is, at the cost of
one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import ONES, TEENS, TENS, phrase_sub, words_of

_PT_ONES = ("um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove")
_PT_TEENS = ("onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
             "dezenove")  # fmt: skip
_PT_TENS = ("dez", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
            "noventa")  # fmt: skip
_PT_HUNDREDS = ("cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
                "setecentos", "oitocentos", "novecentos")  # fmt: skip
_NUMBERS = [
    *zip(_PT_ONES, ONES, strict=True), ("uma", "one"), ("duas", "two"), ("quatorze", "fourteen"),
    *zip(_PT_TEENS, TEENS, strict=True), *zip(_PT_TENS, TENS, strict=True), ("cem", "one hundred"),
    *zip(_PT_HUNDREDS, (f"{o} hundred" for o in ONES), strict=True),
    ("duzentas", "two hundred"), ("trezentas", "three hundred"), ("quinhentas", "five hundred"),
    ("mil", "thousand"), ("centimetros", "centimeters"), ("horas", "hours"),
    ("dias", "days"), ("dias uteis", "business days"),
]  # fmt: skip
# (Portuguese, English); longer phrases win where one contains another
_PHRASES = _NUMBERS + [
    # price and discount
    ("quanto custa", "how much"), ("qnt custa", "how much"), ("qnto custa", "how much"),
    ("quanto e", "how much is"), ("quanto fica", "how much is"), ("quanto ta", "how much is it"),
    ("qnto ta", "how much is it"), ("qnt ta", "how much is it"), ("qnt", "how much"), ("qnto", "how much"),
    ("quanto", "how much"), ("vlr", "price"), ("valor", "price"), ("preco", "price"),
    ("cupom", "coupon"), ("desconto", "discount"), ("promocao", "promo"), ("levando", "if i buy"),
    ("no pix", "paying by pix"),
    # stock
    ("ainda tem", "still have"), ("tem ainda", "still have"), ("tem no", "do you have in"),
    ("tem na cor", "do you have in color"), ("tem na", "do you have in"), ("tem", "is there"),
    ("acabou", "sold out"), ("esgotou", "sold out"), ("esgotado", "sold out"), ("ainda", "still"),
    # size
    ("qual tamanho", "what size"), ("qual numero", "what size"), ("qual numeracao", "what size"),
    ("tamanho", "size"), ("numeracao", "size"), ("qual pego", "which size should i get"),
    ("uso", "i wear"), ("veste bem", "fits well"), ("veste", "fits"), ("fica grande", "runs big"),
    ("fica pequeno", "runs small"), ("fica comprido", "too long"), ("comprido", "long"),
    ("busto", "bust"), ("cintura", "waist"), ("quadril", "hips"), ("baixinha", "petite"),
    # spec
    ("amassa", "does it wrinkle"), ("desbota", "does it fade"), ("tecido", "fabric"),
    ("linho", "linen"), ("algodao", "cotton"), ("transparente", "see through"), ("forro", "lining"),
    ("estica", "stretchy"),
    # usage
    ("da pra usar", "can i wear"), ("pode usar", "can i wear"), ("pode lavar", "can i wash"),
    ("lavar", "wash"), ("maquina", "machine"), ("usar", "wear"), ("como usar", "how to wear"),
    # shipping
    ("frete gratis", "free shipping"), ("frete pra", "shipping to"), ("frete", "shipping"),
    ("entregam em", "do you ship to"), ("entrega", "delivery"), ("chega em quanto tempo", "how long to arrive"),
    ("quantos dias pra", "how many days to"), ("demora pra chegar", "how long to arrive"),
    ("qual transportadora", "which courier"), ("transportadora", "courier"),
    # link
    ("manda o link", "send the link"), ("qual link", "which link"), ("qual o link", "which link"),
    # after-sales
    ("trocar", "exchange"), ("troca", "exchange"), ("trocam", "exchange"), ("devolver", "return"),
    ("devolucao", "return"), ("defeito", "defect"), ("se nao servir", "if it doesnt fit"),
    ("garantia", "warranty"), ("ajustam", "do alterations"),
    # orders
    ("meu pedido", "my order"), ("ainda nao chegou", "still not arrived"), ("nao chegou", "not arrived"),
    ("rastreio", "tracking"), ("codigo de rastreio", "tracking number"), ("ta parado", "stuck"),
    ("nao confirmou", "not confirmed"),
    # buying
    ("quero o", "i will take the"), ("quero a", "i will take the"), ("quero", "i will take"),
    ("ja comprei", "just bought"), ("comprei", "bought"), ("peguei", "i got"),
    ("acabei de pagar", "just paid"), ("paguei", "paid"), ("vou pegar", "i will take"),
    # the stream
    ("ta travando", "lagging"), ("travando", "lagging"), ("travou", "frozen"), ("congelou", "frozen"),
    ("tela preta", "black screen"), ("som ta atrasado", "audio out of sync"), ("sem som", "no sound"),
    # being ignored
    ("responde minha pergunta", "answer my question"), ("respondam", "answer me"),
    ("ja perguntei", "asked already"), ("ninguem responde", "nobody answers"), ("vc pula", "you skip me"),
    ("e nada", "and nothing"), ("vezes", "times"),
    # greetings, praise
    ("boa noite", "good evening"), ("boa tarde", "good afternoon"), ("bom dia", "good morning"),
    ("oi", "hi"), ("oii", "hi"), ("ola", "hello"), ("cheguei", "im here"), ("primeira vez aqui", "first time here"),
    ("assistindo de", "watching from"), ("lindo", "beautiful"), ("linda", "beautiful"),
    ("lindos", "beautiful"), ("lindas", "beautiful"), ("amei", "love it"), ("perfeito", "perfect"),
    ("maravilhoso", "gorgeous"), ("tchau", "bye"),
    # words
    ("aceita pix", "do you accept pix payment"), ("parcela", "installments"), ("nota fiscal", "invoice"),
    ("tenho", "i have"), ("sou", "i am"), ("vcs", "you"), ("vc", "you"), ("mt", "very"), ("muito", "very"), ("pra", "for"), ("com", "with"),
    ("tbm", "too"), ("hj", "today"), ("pfv", "please"), ("por favor", "please"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES, whole_words=True)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
# "one hundred e twenty e nine": the "and" between the parts of a number goes
_AND = re.compile(rf"\b({_NUMBER_WORD}) e (?={_NUMBER_WORD}\b)")
# "noventa e seis por cento" (96 %), not "sai por cento e vinte" (for 120)
_PERCENT = re.compile(rf"\b({_NUMBER_WORD}) por one hundred\b")
# "1,58" (a height), "129,90" (a price): the decimal comma
_DECIMAL_COMMA = re.compile(r"\b(\d{1,4}),(\d{1,2})\b(?!,\d)")
# "tem 40?", "tem GG?": a size in stock (a plain "tem" asks "is there": "tem cupom?")
_TEM_SIZE = re.compile(r"\btem (?=(?:\d{2}|pp|p|m|g|gg|xg|xgg|eg|u)\b)")
# "ja perguntei 3x": asked three times
_TIMES = re.compile(r"\bja perguntei (\d+) ?x\b")
_MARKERS = gated(
    r"\b(?:quanto|qnt|qnto|vlr|valor|preco|cupom|desconto|tem|frete|tamanho|numeracao|uso|"
    r"veste|amassa|desbota|tecido|pra|usar|lavar|entrega|entregam|chega|demora|transportadora|"
    r"troca|trocar|trocam|devolver|pedido|chegou|rastreio|quero|comprei|peguei|paguei|travando|"
    r"travou|congelou|responde|respondam|perguntei|ninguem|noite|bom|oii|ola|cheguei|lindo|linda|"
    r"amei|vcs|vc|tbm|hj|pfv|tchau|parcela|ainda|cintura|quadril|busto|reais|cento|duzentos|"
    r"trezentos|quinhentos|noventa|oitenta|setenta|sessenta|cinquenta|quarenta|trinta|vinte|"
    r"gente|dias|horas|dois|tres|cinco|oito|nove|dez|quinze|tenho|sou|fica|mt|muito|baixinha)\b"
)
# words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = words_of(_MARKERS)


def to_english(text: str) -> str:
    """``text`` (lower case, accents stripped) with its Portuguese shop phrases and number
    words in English."""
    if not _MARKERS.search(text):
        return text
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    if "tem " in text:
        text = _TEM_SIZE.sub("do you have ", text)
    if "perguntei" in text:
        text = _TIMES.sub(r"asked \1 times", text)
    text = _REWRITE(text)
    if " por one hundred" in text:
        text = _PERCENT.sub(r"\1 percent", text)
    return _AND.sub(r"\1 ", text) if " e " in text else text
