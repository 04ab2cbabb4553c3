"""Train the learnt second opinion (copilot/core/understanding/fallback.py) on our shops.

Reads every labelled shop in tests/fixtures/shops (catalog.json + messages.tsv, written
by people who had not seen the code; never the evaluation set), turns each message into
the normalised, product-masked text the rules see, and fits a multinomial logistic
regression on binary character n-grams (scikit-learn, ``pip install scikit-learn``).
Weights too small to change a reading are dropped, and the rest are written to
copilot/resources/models/intent_fallback.json.

``--hold-out shop,shop`` first trains without those shops and prints, on them, the
intent accuracy of the rules alone and of the rules with the second opinion, so the
gain is measured on shops the model never saw.

Usage: python scripts/train_intent_fallback.py [--hold-out a,b,c] [--no-write]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.core.catalog import load_catalog  # noqa: E402
from copilot.core.understanding import fallback  # noqa: E402
from copilot.core.understanding import stage as stage_module  # noqa: E402

SHOPS = ROOT / "tests" / "fixtures" / "shops"
OUT = ROOT.joinpath("copilot", *fallback.MODEL)
C = 0.3  # inverse regularisation (chosen on held-out rounds: 0.3 and 4 read alike)
PRUNE = 0.15  # weights below this (absolute) are dropped (0.05: 4x the file, same readings)


def rows(shops: list[Path]) -> list[dict[str, object]]:
    """One row per labelled message: shop, gold intent, rules-only reading, masked text."""
    out: list[dict[str, object]] = []
    keep = stage_module.second_opinion
    stage_module.second_opinion = lambda intent, scores, masked, link=False: intent  # rules
    try:
        for shop in shops:
            catalog = load_catalog(str(shop / "catalog.json"))
            st = stage_module.UnderstandingStage()
            with open(shop / "messages.tsv", encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    a = st.analyse(row["text"], catalog)
                    out.append(dict(shop=shop.name, gold=row["intent"], rule=a.intent,
                                    scores=dict(a.scores), masked=a.masked,
                                    link=bool(a.links)))  # fmt: skip
    finally:
        stage_module.second_opinion = keep
    return out


def fit(train: list[dict[str, object]]) -> fallback.Model:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [str(r["masked"]) for r in train]
    vec = CountVectorizer(analyzer="char_wb", ngram_range=(1, 3), min_df=2, binary=True)
    x = vec.fit_transform(texts)
    analyse = vec.build_analyzer()
    for t in texts[:500]:  # our featuriser is the one the model was fitted on
        assert fallback.ngrams(t) == set(analyse(t)), t
    lr = LogisticRegression(C=C, max_iter=1000, tol=1e-4).fit(x, [r["gold"] for r in train])
    weights: dict[str, list[list[float]]] = {}
    for gram, j in vec.vocabulary_.items():
        row = [[k, round(float(w), 3)] for k, w in enumerate(lr.coef_[:, j]) if abs(w) >= PRUNE]
        if row:
            weights[gram] = row
    return fallback.Model(
        {
            "classes": [str(c) for c in lr.classes_],
            "bias": [round(float(b), 3) for b in lr.intercept_],
            "weights": weights,
        }
    )


def accuracy(model: fallback.Model, test: list[dict[str, object]]) -> tuple[float, float]:
    """Intent accuracy of the rules alone and with the second opinion."""
    alone = sum(r["rule"] == r["gold"] for r in test)
    fallback.model.cache_clear()
    keep = fallback.model
    fallback.model = lambda: model  # type: ignore[assignment]
    try:
        both = sum(
            fallback.second_opinion(str(r["rule"]), r["scores"], str(r["masked"]), bool(r["link"]))  # type: ignore[arg-type]
            == r["gold"]
            for r in test
        )
    finally:
        fallback.model = keep  # type: ignore[assignment]
    return alone / len(test), both / len(test)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold-out", default="", help="comma-separated shop names to test on")
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    args = ap.parse_args(argv)
    shops = sorted(p for p in SHOPS.iterdir() if (p / "messages.tsv").exists())
    data = rows(shops)
    held = set(filter(None, args.hold_out.split(",")))
    if held:
        test = [r for r in data if r["shop"] in held]
        model = fit([r for r in data if r["shop"] not in held])
        alone, both = accuracy(model, test)
        print(f"held out {sorted(held)} ({len(test)} messages): intent {alone:.3f} by the "
              f"rules alone, {both:.3f} with the second opinion")  # fmt: skip
    if not args.no_write:
        model = fit(data)
        weights = {g: [list(kw) for kw in row] for g, row in sorted(model.weights.items())}
        payload = {"classes": model.classes, "bias": model.bias, "weights": weights}
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n",
                       encoding="utf-8")  # fmt: skip
        n = sum(len(r) for r in model.weights.values())
        print(f"wrote {OUT.relative_to(ROOT)}: {len(data)} messages from {len(shops)} shops, "
              f"{len(model.weights)} n-grams, {n} weights")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
