"""A learnt second opinion for the questions the rules cannot place.

The rules know thousands of phrasings, but a viewer in a new shop asks in words no rule
has met ("is the grip tacky or dry", "一条够不够两个人吃"), and the rules then say only
"some other question" (``other_question``) or guess ``spec`` from a catalog word. For
exactly those messages, and only while no intent has strong evidence, a linear model
over the message's character n-grams says which question it is; its reading is taken
when it is sure enough, and never to make a question none ("are you married" stays a
question even where the model leans to praise). The model (multinomial logistic
regression, binary char n-grams of 1-3 within words, the same features as
scikit-learn's ``char_wb`` analyser) was trained by ``scripts/train_intent_fallback.py``
on the labelled shops in ``tests/fixtures/shops`` (our own material, not the evaluation
set) and ships as a small JSON file of its non-negligible weights; reading it costs
nothing until the first uncertain message.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from copilot.core.records import QUESTION_INTENTS

MODEL = ("resources", "models", "intent_fallback.json")
# the rules' readings a second opinion may replace, and the evidence below which it may
ASKS_AGAIN = frozenset({"other_question", "spec"})
WEAK = 2.0
SURE = 0.4  # the model's probability from which its reading is taken


def ngrams(text: str) -> set[str]:
    """Character n-grams (1-3) of each whitespace-separated word padded with a space on
    both sides, as scikit-learn's ``char_wb`` analyser makes them."""
    out: set[str] = set()
    for word in text.split():
        w = f" {word} "
        size = len(w)
        for n in (1, 2, 3):
            if n > size:
                break
            out.update(w[i : i + n] for i in range(size - n + 1))
    return out


class Model:
    """Classes, biases and per-n-gram sparse weights ((class index, weight), …)."""

    def __init__(self, data: dict[str, object]) -> None:
        self.classes: list[str] = list(data["classes"])  # type: ignore[call-overload]
        self.bias: list[float] = [float(b) for b in data["bias"]]  # type: ignore[attr-defined]
        weights: dict[str, list[list[float]]] = data["weights"]  # type: ignore[assignment]
        self.weights = {g: tuple((int(k), float(w)) for k, w in row) for g, row in weights.items()}

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable class of ``text`` (normalised, lower case) and its probability."""
        scores = list(self.bias)
        get = self.weights.get
        # (in a fixed order: summed in a set's order, which changes with the interpreter's
        # string hashing, two near-equal classes could swap from one run to the next)
        for g in sorted(ngrams(text)):
            row = get(g)
            if row is not None:
                for k, w in row:
                    scores[k] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = scores.index(top)
        return self.classes[best], exp[best] / sum(exp)


@lru_cache(maxsize=1)
def model() -> Model:
    path = resources.files("copilot").joinpath(*MODEL)
    return Model(json.loads(path.read_text(encoding="utf-8")))


def second_opinion(
    intent: str, scores: dict[str, float], masked: str, named_link: bool = False
) -> str:
    """``intent``, or the model's reading where the rules were unsure of it; ``named_link``:
    the message names a link number (product names and link numbers are one mark, §, to
    the model, so it may say "link" only where a link was named)."""
    if intent not in ASKS_AGAIN or max(scores.values(), default=0.0) >= WEAK:
        return intent
    if masked.count("§") > 1:
        # two things named ("是台灯还是落地灯", "3号还是5号"): product names and link numbers
        # are one mark to the model, so it cannot tell a choice of products from one of links
        return intent
    got, p = model().predict(masked)
    if got == "link" and not named_link:
        return intent
    # the rules saw a question: the model may say which, not that it is none
    return got if p >= SURE and got in QUESTION_INTENTS else intent
