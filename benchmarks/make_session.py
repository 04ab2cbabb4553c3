"""Generates large synthetic sessions (spec section 1) for throughput and memory benchmarks.

The phrases are our own, written for load, not for accuracy; a fixed seed keeps the
output identical run to run.
"""

from __future__ import annotations

import argparse
import json
import random

ZH = [
    "主播好",
    "来了来了",
    "{n}号链接多少钱",
    "这个有优惠券吗",
    "M码还有吗",
    "发什么快递",
    "几天能到",
    "什么材质的",
    "敏感肌能用吗",
    "可以七天无理由吗",
    "我的订单还没发货",
    "怎么买",
    "好看",
    "已拍",
    "卡了",
    "怎么不回我",
    "隔壁更便宜",
    "哈哈哈",
    "160斤穿什么码",
]
EN = [
    "hi from Texas",
    "how much is link {n}",
    "any coupon?",
    "ship to Canada?",
    "love it",
    "just ordered",
    "so laggy",
    "is it waterproof",
    "which link",
]


def make(n_events: int, seed: int = 7, lang: str = "zh"):
    rng = random.Random(seed)
    phrases = ZH if lang == "zh" else EN
    yield {
        "t": 0,
        "type": "session",
        "room_id": "bench",
        "platform": "sim",
        "title": "bench",
        "started_at": "2026-11-25T20:00:00+08:00",
        "lang": lang,
    }
    t, mid, vid_next, present = 0.0, 0, 0, []
    for _ in range(n_events - 2):
        t += rng.expovariate(70.0)
        r = rng.random()
        if r < 0.06 or not present:
            vid_next += 1
            vid = f"v{vid_next}"
            present.append(vid)
            yield {"t": round(t, 3), "type": "join", "viewer_id": vid, "name": f"观众{vid_next}"}
        elif r < 0.11:
            vid = present.pop(rng.randrange(len(present)))
            yield {"t": round(t, 3), "type": "leave", "viewer_id": vid}
        elif r < 0.12:
            yield {"t": round(t, 3), "type": "product", "product_id": f"p{rng.randint(1, 5)}"}
        elif r < 0.14:
            yield {"t": round(t, 3), "type": "online", "count": len(present) * 3}
        elif r < 0.15:
            yield {
                "t": round(t, 3),
                "type": "qoe",
                "source": "encoder",
                "fps": 30,
                "target_fps": 30,
                "dropped_frames_pct": 0.0,
            }
        elif r < 0.155:
            yield {
                "t": round(t, 3),
                "type": "speech",
                "start": round(t - 2, 3),
                "end": round(t, 3),
                "text": "三号链接现在两百九十九，顺丰包邮",
            }
        else:
            mid += 1
            vid = rng.choice(present)
            text = rng.choice(phrases).format(n=rng.randint(1, 5))
            yield {
                "t": round(t, 3),
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
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for ev in make(a.events, a.seed, a.lang):
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
