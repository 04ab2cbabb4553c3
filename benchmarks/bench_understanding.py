# ruff: noqa: E501
"""Throughput of the understanding stage alone (messages per second on one core).

Messages are generated from the stage's own test phrasings with random link numbers,
names and noise; the product on screen changes now and then, as in a real session.

    python benchmarks/bench_understanding.py [--messages 200000]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time

from copilot.core.catalog import catalog_from_dict
from copilot.core.events import Chat, ProductShown
from copilot.core.pipeline import Pipeline
from copilot.core.understanding import UnderstandingStage
from copilot.runtime import tune_gc

CATALOG = {
    "shop": {"name": "bench"},
    "products": [
        {"id": f"p{i}", "link_no": i, "name": name, "aliases": aliases,
         "variants": [{"sku": f"p{i}-a", "attrs": {"size": "M", "color": color}}]}
        for i, (name, aliases, color) in enumerate(
            [("加绒连帽卫衣", ["卫衣", "hoodie"], "燕麦"), ("高腰阔腿裤", ["阔腿裤", "pants"], "黑色"),
             ("不锈钢保温杯", ["保温杯", "tumbler"], "樱粉"), ("真丝枕套", ["枕套", "pillowcase"], "香槟"),
             ("Merino Wool Beanie", ["beanie", "毛线帽"], "Forest"), ("陶瓷马克杯", ["马克杯", "mug"], "奶白")],
            start=1,
        )
    ],
}  # fmt: skip

TEMPLATES = [
    "{n}号多少钱", "{a}还有货吗", "这个包邮吗", "主播好", "哈哈哈哈哈", "已拍一件M码", "卡了卡了", "怎么不回我",
    "{a}什么材质", "160斤穿什么码", "能便宜点吗 老粉了", "我的快递到哪了", "几号链接", "好好看 爱了",
    "how much is link {n}", "is the {a} in stock?", "hi from texas", "lol", "just ordered!", "laggy",
    "what size for 5'6 140lbs", "can i return it", "where is my order", "love it", "M码呢", "這件還有嗎",
    "ＨＯＷ ＭＵＣＨ？？", "隔壁才卖99 走了", "{a}能机洗吗", "宝宝们 {n}号几天到", "omg so cute 😍😍",
]  # fmt: skip


def messages(n: int, seed: int = 7, unique: bool = False) -> list[str]:
    rnd = random.Random(seed)
    aliases = [a for p in CATALOG["products"] for a in p["aliases"]]  # type: ignore[index]
    out = []
    for _ in range(n):
        t = rnd.choice(TEMPLATES).format(n=rnd.randint(1, 8), a=rnd.choice(aliases))
        if rnd.random() < 0.1:
            t += rnd.choice(["!!", "？？", " 😂", "~~", " 宝", " pls"])
        if unique:  # defeat the repeat cache: every text distinct
            t += f" {rnd.choice('宝亲哦呀~')}{len(out)}"
        out.append(t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    ap_runs = args.runs
    for unique in (False, True):
        texts = messages(args.messages, unique=unique)
        rates = [run(texts, unique) for _ in range(ap_runs)]
        kind = "all texts distinct" if unique else "chat-like repeats"
        print(
            f"understanding ({kind}): median {statistics.median(rates):,.0f} msgs/s over {ap_runs} runs"
        )


def run(texts: list[str], unique: bool) -> float:
    catalog = catalog_from_dict(CATALOG)
    stage = UnderstandingStage()
    pipe = Pipeline(catalog, [])  # the room and context only: time the stage itself
    ctx, room = pipe.ctx, pipe.room
    chats = [
        Chat(t=i * 0.01, id=f"m{i}", viewer_id=f"v{i % 5000}", text=s) for i, s in enumerate(texts)
    ]
    from copilot.core.records import MessageRecord

    gc.collect()  # the previous run's garbage is not this run's cost
    tune_gc()  # as every copilot command runs
    # Only the stage is timed: the room's own bookkeeping (which the stage reads for
    # follow-ups) runs between the timed calls.
    clock = time.perf_counter
    dt = 0.0
    for i, chat in enumerate(chats):
        if i % 20_000 == 0:
            room.apply(ProductShown(t=chat.t, product_id=f"p{(i // 20_000) % 6 + 1}"))
        rec = MessageRecord(chat)
        t0 = clock()
        stage.on_chat(rec, ctx)
        dt += clock() - t0
        room.add_message(rec)
    kind = "all texts distinct" if unique else "chat-like repeats"
    print(f"  {kind}: {len(chats):,} messages in {dt:.2f} s = {len(chats) / dt:,.0f} msgs/s")
    return len(chats) / dt


if __name__ == "__main__":
    main()
