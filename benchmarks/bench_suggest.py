"""Per-question latency of the embedded suggestion engine (with guardrails) on generated questions.

Builds a made-up catalog and a stream of questions of every intent, in Chinese and
English, runs them through a pipeline with the suggestion stage, and prints
p50/p99/max of ``suggest_ms``. Usage: python benchmarks/bench_suggest.py [--questions N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from copilot.core.catalog import catalog_from_dict
from copilot.core.events import Chat, ProductShown, Speech
from copilot.core.pipeline import Pipeline, Stage
from copilot.core.records import QUESTION_INTENTS
from copilot.core.suggest import SuggestionStage

INTENTS = sorted(QUESTION_INTENTS)
ZH = [
    "{n}号多少钱",
    "有券吗",
    "{c}的{s}码还有吗",
    "发什么快递几天到",
    "160斤穿什么码",
    "什么材质",
    "怎么洗",
    "能退吗",
    "几号链接",
    "我的怎么还没发货",
    "主播多高",
    "新疆包邮吗",
]
EN = [
    "how much is link {n}",
    "any coupon?",
    "{c} in {s}?",
    "shipping to Canada?",
    "what size for 5'6",
    "what is it made of",
    "how to wash",
    "whats your return policy",
    "which link",
    "where is my order",
    "where do you ship from",
    "does it run small",
]


def make_catalog(n_products: int, rng: random.Random) -> dict:
    products = []
    for i in range(1, n_products + 1):
        variants = [
            {"sku": f"p{i}-{s}-{c}", "attrs": {"size": s, "color": c}, "stock": rng.randint(0, 60)}
            for s in ("S", "M", "L", "XL")
            for c in ("黑色", "米白", "Navy")
        ]
        products.append(
            {
                "id": f"p{i}",
                "link_no": i,
                "name": f"样品{i}号长袖卫衣",
                "aliases": [f"卫衣{i}", f"hoodie {i}"],
                "price": 100 + 10 * i,
                "live_price": 80 + 10 * i,
                "coupon": f"满{90 + 10 * i}减10",
                "stock": sum(v["stock"] for v in variants),
                "variants": variants,
                "specs": {
                    "material": "棉65%、聚酯纤维35%",
                    "weight": f"约{400 + i}g",
                    "length": "衣长68cm",
                },
                "size_guide": "S码90-105斤，M码105-120斤，L码120-135斤，XL码135-150斤",
                "shipping": {"carrier": "中通", "ships_within_h": 48, "free": i % 2 == 0},
                "after_sales": "7天无理由退换，质量问题包退",
                "faq": [
                    {"q": f"问题{k}会起球吗", "a": f"答案{k}：正常穿不起球，别和粗糙面料摩擦"}
                    for k in range(6)
                ],
            }
        )
    return {
        "shop": {
            "name": "bench",
            "currency": "CNY",
            "policies": {
                "returns": "7天无理由",
                "shipping": "全店48小时内发货",
                "invoice": "可开电子发票",
            },
        },
        "products": products,
    }


class RandomLabels(Stage):
    """Stands in for the understanding stage with random intents and products."""

    name = "understand"

    def __init__(self, rng: random.Random, n_products: int) -> None:
        self.rng, self.n = rng, n_products

    def on_chat(self, rec, ctx):
        rec.intent = self.rng.choice(INTENTS)
        rec.is_question = True
        rec.product_id = self.rng.choice([None] + [f"p{i}" for i in range(1, self.n + 1)] * 4)
        rec.lang = "en" if rec.chat.text.isascii() else "zh"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=20000)
    ap.add_argument("--products", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cat = catalog_from_dict(make_catalog(args.products, rng))
    pipe = Pipeline(cat, [RandomLabels(rng, args.products), SuggestionStage()])
    pipe.feed(ProductShown(0.0, product_id="p1"))
    pipe.feed(Speech(0.5, start=0.0, end=0.5, text="这件卫衣今天直播价很划算"))
    ms = []
    start = time.perf_counter()
    for i in range(args.questions):
        tmpl = rng.choice(ZH if rng.random() < 0.6 else EN)
        text = tmpl.format(
            n=rng.randint(1, args.products),
            c=rng.choice(["黑色", "米白", "navy"]),
            s=rng.choice(["M", "L", "XL"]),
        )
        rec = pipe.feed(
            Chat(
                1.0 + i * 0.01,
                id=f"m{i}",
                viewer_id=f"v{rng.randint(1, 3000)}",
                text=text,
                name=f"viewer{rng.randint(1, 99)}",
            )
        )
        ms.append(rec.suggest_ms)
    wall = time.perf_counter() - start
    ms.sort()
    q = statistics.quantiles(ms, n=100)
    print(f"embedded suggestions: {len(ms)} questions, {args.products} products")
    print(f"suggest_ms p50 {q[49]:.3f}  p90 {q[89]:.3f}  p99 {q[98]:.3f}  max {ms[-1]:.3f}")
    print(f"pipeline with suggestion stage: {len(ms) / wall:,.0f} questions/s")


if __name__ == "__main__":
    main()
