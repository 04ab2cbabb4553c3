"""Generates large synthetic sessions (spec section 1) for throughput and memory benchmarks.

The room behaves like a busy live room: viewers join and leave, most messages are
greetings, praise and chatter, about a quarter are questions; the host presents the
catalog's products in turn, states their facts aloud every few seconds (price,
carrier, stock, link number) and replies in chat to some questions, so waiting queues
stay realistic. Texts vary (names, numbers, products, filler), as real chat does. The
phrases are our own, written for load, not for accuracy; a fixed seed keeps the output
identical run to run.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import deque
from typing import Any

ZH_Q = [
    "{n}号链接多少钱",
    "{name}现在什么价",
    "这个有优惠券吗",
    "{name}还有货吗",
    "M码还有吗",
    "发什么快递",
    "几天能到{city}",
    "{name}什么材质的",
    "敏感肌能用吗",
    "可以七天无理由吗",
    "我的订单还没发货",
    "怎么买",
    "{n}号怎么拍",
    "能便宜点吗",
    "{name}保质期多久",
    "{w}斤穿什么码",
    "包邮吗",
    "{name}多重",
]
ZH_OTHER = [
    "主播好",
    "来啦来啦",
    "好看",
    "已拍",
    "拍了{k}件",
    "卡了",
    "怎么不回我",
    "隔壁更便宜",
    "哈哈哈",
    "{name}真不错",
    "支持主播",
    "晚上好",
    "刚下班",
    "{city}的来报到",
    "666",
    "爱啦爱啦",
    "冲冲冲",
    "蹲一个{name}",
]
EN_Q = [
    "how much is link {n}",
    "any coupon?",
    "ship to {city}?",
    "is the {name} in stock",
    "what size for {w} lbs",
    "which link",
    "is it waterproof",
]
EN_OTHER = ["hi from {city}", "love it", "just ordered", "so laggy", "lol", "nice {name}"]
CITIES = ["广州", "成都", "杭州", "沈阳", "Texas", "Ohio", "Toronto", "上海", "西安"]
ROOM_SIZE = 400  # viewers present in a steady state
FILLER = ["", "", "", "？", "呀", "啊", "!!", "~", " 谢谢", " 在线等", "🙏", "😂"]


def _catalog(path: str | None) -> list[dict[str, Any]]:
    if not path:
        return [
            {
                "id": f"p{i}",
                "link_no": i,
                "name": f"商品{i}",
                "live_price": 99 + i,
                "stock": 100,
                "shipping": {"carrier": "顺丰"},
            }
            for i in range(1, 6)
        ]
    with open(path, encoding="utf-8") as f:
        return list(json.load(f)["products"])


def _speech(p: dict[str, Any], rng: random.Random) -> str:
    ship = p.get("shipping") or {}
    facts = [
        f"{p.get('link_no')}号链接{p.get('name')}",
        f"直播间价格{p.get('live_price')}元" if p.get("live_price") is not None else "",
        f"{ship.get('carrier')}发货" if ship.get("carrier") else "",
        f"还有{p.get('stock')}件" if p.get("stock") is not None else "",
    ]
    rng.shuffle(facts)
    return "家人们" + "，".join(x for x in facts if x)


def make(n_events: int, seed: int = 7, lang: str = "zh", catalog: str | None = None):
    rng = random.Random(seed)
    products = _catalog(catalog)
    q_texts, o_texts = (ZH_Q, ZH_OTHER) if lang == "zh" else (EN_Q, EN_OTHER)
    yield {
        "t": 0,
        "type": "session",
        "room_id": "bench",
        "platform": "sim",
        "title": "bench",
        "started_at": "2026-11-25T20:00:00+08:00",
        "lang": lang,
    }
    t, mid, hid, vid_next, n = 0.0, 0, 0, 0, 1
    present: list[str] = []
    questions: deque[str] = deque(maxlen=200)
    on_screen = products[0]
    next_speech, next_switch = 8.0, 300.0
    while n < n_events - 1:
        t += rng.expovariate(70.0)
        n += 1
        ts = round(t, 3)
        if t >= next_switch:
            on_screen = rng.choice(products)
            next_switch = t + 300.0
            yield {"t": ts, "type": "product", "product_id": on_screen["id"]}
            continue
        if t >= next_speech:
            next_speech = t + rng.uniform(6.0, 14.0)
            yield {
                "t": ts,
                "type": "speech",
                "start": round(t - 3, 3),
                "end": ts,
                "text": _speech(on_screen, rng),
            }
            continue
        r = rng.random()
        crowd = len(present) / ROOM_SIZE  # joins and leaves balance around ROOM_SIZE
        if r < 0.06 / max(crowd, 0.5) or not present:
            vid_next += 1
            present.append(f"v{vid_next}")
            yield {"t": ts, "type": "join", "viewer_id": f"v{vid_next}", "name": f"观众{vid_next}"}
        elif r < 0.115 or (r < 0.12 and crowd > 1):
            i = rng.randrange(len(present))
            present[i], present[-1] = present[-1], present[i]
            yield {"t": ts, "type": "leave", "viewer_id": present.pop()}
        elif r < 0.125:
            yield {"t": ts, "type": "online", "count": len(present) * 3}
        elif r < 0.135:
            yield {
                "t": ts,
                "type": "qoe",
                "source": "encoder",
                "fps": 30,
                "target_fps": 30,
                "dropped_frames_pct": 0.0,
            }
        elif r < 0.145 and questions:
            hid += 1
            yield {
                "t": ts,
                "type": "host_chat",
                "id": f"h{hid}",
                "author": "controller",
                "text": "宝宝看一下置顶哦",
                "reply_to": questions.popleft(),
            }
        else:
            mid += 1
            vid = rng.choice(present)
            is_q = rng.random() < 0.27
            p = rng.choice(products) if rng.random() < 0.3 else on_screen
            text = rng.choice(q_texts if is_q else o_texts).format(
                n=p.get("link_no"),
                name=str(p.get("name", ""))[:4],
                city=rng.choice(CITIES),
                w=rng.randint(90, 180),
                k=rng.randint(1, 4),
            ) + rng.choice(FILLER)
            if is_q:
                questions.append(f"m{mid}")
            yield {
                "t": ts,
                "type": "chat",
                "id": f"m{mid}",
                "viewer_id": vid,
                "name": f"观众{vid[1:]}",
                "text": text,
            }
    yield {"t": round(t, 3), "type": "end"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--catalog", help="catalog JSON whose products the host presents")
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for ev in make(a.events, a.seed, a.lang, a.catalog):
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
