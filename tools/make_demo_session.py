"""Generates the bundled demo session: a 25-minute snack-shop live room, seeded, in the spec format.

Run ``python tools/make_demo_session.py`` to rewrite ``copilot/resources/demo/session.jsonl``
and ``catalog.json``. Viewers join and leave by persona (lurkers, shoppers, impatient
askers, stream-sensitive viewers, bargain hunters); the host answers questions in
batches by speech, the controller replies in chat, and two stream incidents happen.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

from demo_catalog import PRODUCTS, catalog

OUT_DIR = Path(__file__).resolve().parent.parent / "copilot" / "resources" / "demo"
DURATION = 1500.0
SCHEDULE = [
    (0.5, "n1"),
    (232, "n2"),
    (468, "n3"),
    (701, "n4"),
    (934, "n5"),
    (1168, "n6"),
    (1384, "n1"),
]
INCIDENTS = [(612.0, 629.0, "stall"), (1206.0, 1214.0, "reconnect")]
BY_ID = {p["id"]: p for p in PRODUCTS}

FIRST = [
    "爱吃",
    "不吃香菜的",
    "深夜",
    "减肥中的",
    "周末",
    "快乐",
    "元气",
    "佛系",
    "楼下的",
    "加班的",
    "会做饭的",
    "草莓味的",
    "追剧的",
    "晒太阳的",
    "早睡的",
    "路过的",
    "认真的",
]
SECOND = [
    "小鹿",
    "阿May",
    "橘子",
    "团子",
    "大白",
    "猫猫",
    "麦兜",
    "小林",
    "阿杰",
    "糯米",
    "豆包",
    "芋圆",
    "老王",
    "小周",
    "七七",
    "桃子",
    "花卷",
    "阿乐",
    "栗子",
    "年糕",
]

ASK = {
    "price": [
        "{ref}多少钱呀",
        "{ref}现在啥价",
        "{ref}直播间什么价格",
        "这个{ref}到手多少",
        "{ref}价格再说一遍呗",
        "刚进来，{ref}怎么卖的",
        "{ref}几块钱",
    ],
    "discount": [
        "{ref}有优惠券吗",
        "{ref}还能再便宜点不",
        "{ref}有没有满减",
        "券在哪里领啊",
        "{ref}拿两份能不能再优惠点",
        "老粉有没有福利呀",
    ],
    "stock": [
        "{ref}还有货吗",
        "{ref}是不是抢光了",
        "{ref}还有库存不",
        "{ref}补货了吗",
        "{ref}还能拍到吗",
    ],
    "shipping": [
        "{ref}发什么快递",
        "{ref}几天能到啊",
        "{ref}包邮吗",
        "新疆能发吗",
        "今天拍今天发吗",
        "{ref}发顺丰吗",
    ],
    "size": ["一个人吃{ref}买哪个规格", "{ref}一家三口买几份够", "{ref}辣不辣", "{ref}份量大吗"],
    "spec": [
        "{ref}保质期多久",
        "{ref}配料表干净吗",
        "{ref}净含量多少克",
        "{ref}是哪里产的",
        "{ref}有没有添加剂",
    ],
    "usage": ["{ref}孕妇能吃吗", "{ref}怎么吃比较好", "小朋友能吃{ref}吗", "减肥期间能吃{ref}吗"],
    "after_sales": ["{ref}不好吃能退吗", "拆了还能退吗", "{ref}七天无理由吗", "收到压碎了怎么办"],
    "link": ["{ref}是几号链接", "怎么买啊", "链接在哪儿呀", "{ref}上架了吗", "小黄车里哪个是{ref}"],
    "order_status": [
        "我前天拍的还没发货",
        "物流怎么一直不动",
        "后台一直显示待发货都三天了",
        "我的单号查不到啊",
    ],
    "other_question": ["主播明天还播吗", "你们有实体店吗", "几点下播呀", "主播是哪里人"],
}
SAY = {
    "greeting": [
        "来啦来啦",
        "主播晚上好",
        "打卡",
        "又来啦",
        "晚上好呀",
        "刚下班就来了",
        "第一次来，看看",
        "报到",
        "准时蹲直播",
    ],
    "praise": [
        "看着好好吃",
        "这个我回购好几次了",
        "主播好会介绍",
        "上次买的超好吃",
        "馋哭了",
        "包装好精致",
        "我家小孩天天要吃",
        "看饿了",
    ],
    "purchase_signal": [
        "已拍",
        "拍了两件",
        "付好款啦付好款啦",
        "刚拍了{ref}",
        "已付款，快点发货哦",
        "给我妈也拍了一份",
        "拍了，等收货",
    ],
    "complaint_stream": [
        "卡了",
        "画面卡住了",
        "怎么一直在转圈",
        "声音和嘴对不上",
        "黑屏了？",
        "好卡啊",
        "是我网不好还是直播卡",
    ],
    "complaint_service": ["怎么不回我", "问了好几遍了", "主播看看我的问题", "没人理我吗", "又不回"],
    "competitor": ["隔壁直播间便宜好多", "别家才卖一半价", "旗舰店那边更便宜", "我去隔壁看看"],
    "chatter": [
        "哈哈哈",
        "主播今天头发好看",
        "外面下雨了",
        "666",
        "在吃饭边看边买",
        "我家猫也在看",
        "今天人好多",
        "背景音乐叫什么",
        "主播声音好好听",
    ],
}
TAILS = ["", "", "", "？", "~", "呀", "啊", "!!", "？？"]
PITCH = {
    "n1": [
        "每天一小袋，六种坚果果干都配好了，上班带着特别方便",
        "腰果巴旦木榛子核桃都是当季新货，颗颗饱满",
        "办公室抽屉里放一盒，下午饿了拿一袋，比薯条健康多了",
    ],
    "n2": [
        "这个牛肉干是整块后腿肉风干的，撕开能看到肉的纹理",
        "追剧的时候来一根，越嚼越香",
        "原味孜然麻辣三个口味，第一次买的建议孜然",
    ],
    "n3": [
        "全麦吐司早餐配个鸡蛋牛奶，热量低还顶饱",
        "我们的面包是每天现烤现发，不是囤货",
        "切片的，早上拿出来烤一下就很香",
    ],
    "n4": [
        "冻干草莓一口下去是脆的，完全没有加糖",
        "泡酸奶泡燕麦都好吃，小朋友特别喜欢",
        "这一批量不多，喜欢的宝宝抓紧",
    ],
    "n5": [
        "正宗柳州螺蛳粉，酸笋给得很足",
        "晚上加班回家煮一碗，十分钟就能吃上",
        "料包有五个，酸笋腐竹花生一个不少",
    ],
    "n6": [
        "黑芝麻核桃丸一天两颗，办公室下午茶刚刚好",
        "九蒸九晒的黑芝麻，入口很细腻",
        "独立小包装，放包里随时吃一颗",
    ],
}


def short(p: dict) -> str:
    return p["aliases"][0]


def price_text(x: float) -> str:
    return f"{x:g}"


def fact_sentence(p: dict, intent: str, rng: random.Random) -> str | None:
    """A spoken sentence that states the catalog fact answering ``intent`` for ``p``."""
    s = short(p)
    if intent == "price":
        return f"{s}今天直播间{price_text(p['live_price'])}元，原价{price_text(p['price'])}"
    if intent == "discount":
        return f"{s}的福利是{p['coupon']}，先领券再拍"
    if intent == "stock":
        return f"{s}现在还有{p['stock']}份，拍完就没了"
    if intent == "shipping":
        sh = p["shipping"]
        free = "，全国包邮" if sh["free"] else ""
        return f"{s}发{sh['carrier']}，{sh['ships_within_h']}小时内发货{free}"
    if intent == "size" and p.get("size_guide"):
        return p["size_guide"]
    if intent == "spec":
        k, v = rng.choice(list(p["specs"].items()))
        return f"{s}的{k}是{v}"
    if intent == "usage" and p.get("faq"):
        f = rng.choice(p["faq"])
        return f"问{f['q']}的，{f['a']}"
    if intent == "after_sales":
        return f"售后大家放心，{p['after_sales']}"
    if intent == "link":
        return f"{s}是{p['link_no']}号链接，小黄车点开{p['link_no']}号"
    return None


class Session:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.events: list[tuple[float, int, dict]] = []
        self.seq = 0
        self.viewers: list[dict] = []
        self.questions: list[dict] = []

    def add(self, t: float, typ: str, **fields: object) -> dict:
        ev = {"t": round(t, 2), "type": typ, **fields}
        self.events.append((ev["t"], self.seq, ev))
        self.seq += 1
        return ev

    @staticmethod
    def product_at(t: float) -> dict:
        pid = SCHEDULE[0][1]
        for start, p in SCHEDULE:
            if t >= start:
                pid = p
        return BY_ID[pid]

    @staticmethod
    def incident_at(t: float) -> tuple[float, float, str] | None:
        return next((i for i in INCIDENTS if i[0] <= t <= i[1]), None)

    # ------------------------------------------------------------- text
    def ref(self, p: dict) -> str:
        r = self.rng.random()
        if r < 0.5:
            return ""
        if r < 0.65:
            return f"{p['link_no']}号链接"
        if r < 0.75:
            return f"{p['link_no']}号"
        return self.rng.choice(p["aliases"])

    def phrase(self, table: dict, key: str, p: dict) -> str:
        text = self.rng.choice(table[key]).format(ref=self.ref(p))
        if table is ASK and not text.endswith("？"):
            text += self.rng.choice(TAILS)
        return text

    def name(self, i: int) -> str:
        r = self.rng.random()
        if r < 0.12:
            return f"用户{self.rng.randint(100000, 999999)}"
        if r < 0.22:
            return self.rng.choice(["Lily", "momo", "Coco", "Kiki", "Ann"]) + f"_{i % 97}"
        return self.rng.choice(FIRST) + self.rng.choice(SECOND)

    # ------------------------------------------------------------- viewers
    def plan_viewers(self) -> None:
        t, i = 2.0, 0
        while t < DURATION - 20:
            rate = 0.25 + 0.45 * min(1.0, t / 400) + 0.1 * math.sin(t / 130)
            t += self.rng.expovariate(rate)
            i += 1
            self.viewers.append(self.plan_viewer(f"u{i}", t, i))

    def plan_viewer(self, vid: str, t0: float, i: int) -> dict:
        rng = self.rng
        r = rng.random()
        persona = (
            "lurker"
            if r < 0.2
            else "quiet"
            if r < 0.45
            else "shopper"
            if r < 0.82
            else "impatient"
            if r < 0.9
            else "bargain"
            if r < 0.95
            else "fan"
        )
        stay = {
            "lurker": rng.uniform(2.5, 9),
            "quiet": rng.uniform(30, 400),
            "shopper": rng.uniform(90, 700),
            "impatient": rng.uniform(200, 400),
            "bargain": rng.uniform(60, 200),
            "fan": rng.uniform(600, 1400),
        }[persona]
        tags = rng.choice(
            [["new"], ["returning"], ["follower"], ["member"], ["returning", "purchased"], None]
        )
        v = {
            "id": vid,
            "name": self.name(i),
            "join": t0,
            "leave": min(t0 + stay, DURATION - 1),
            "persona": persona,
            "tags": tags,
            "acts": [],
        }
        acts = v["acts"]
        t = t0 + rng.uniform(2, 12)
        if persona != "lurker" and rng.random() < 0.45:
            acts.append((t, "say", "greeting"))
        if persona == "quiet":
            if rng.random() < 0.5:
                acts.append((rng.uniform(t, v["leave"]), "say", rng.choice(["praise", "chatter"])))
        elif persona in ("shopper", "fan"):
            n = rng.randint(1, 3) if persona == "shopper" else rng.randint(4, 9)
            for _ in range(n):
                t += rng.uniform(15, 120)
                if t >= v["leave"]:
                    break
                intent = rng.choice(list(ASK)[:9] + ["price", "shipping", "stock"])
                acts.append((t, "ask", intent))
                if rng.random() < 0.4:
                    acts.append((t + rng.uniform(20, 60), "buy", None))
                if rng.random() < 0.3:
                    acts.append((t + rng.uniform(5, 40), "say", rng.choice(["praise", "chatter"])))
        elif persona == "impatient":
            intent = rng.choice(["order_status", "order_status", "other_question"])
            t += rng.uniform(5, 60)
            acts += [(t, "ask_noreply", intent), (t + rng.uniform(25, 45), "repeat", None)]
            t2 = t + rng.uniform(60, 90)
            acts.append((t2, "say", "complaint_service"))
            v["leave"] = min(v["leave"], t2 + rng.uniform(4, 15))
        elif persona == "bargain":
            acts.append((t + rng.uniform(5, 40), "ask", "discount"))
            t3 = t + rng.uniform(45, 70)
            acts.append((t3, "say", "competitor"))
            v["leave"] = min(v["leave"], t3 + rng.uniform(3, 12))
        return v

    def apply_incidents(self) -> None:
        for start, end, _ in INCIDENTS:
            for v in self.viewers:
                if not (v["join"] < start < v["leave"]):
                    continue
                if self.rng.random() < 0.3:
                    v["acts"].append((start + self.rng.uniform(2, 8), "say", "complaint_stream"))
                if self.rng.random() < 0.2:
                    v["leave"] = min(v["leave"], start + self.rng.uniform(4, end - start + 20))

    def emit_viewers(self) -> None:
        rng = self.rng
        for v in self.viewers:
            join = {"viewer_id": v["id"], "name": v["name"]}
            if v["tags"]:
                join["tags"] = v["tags"]
            self.add(v["join"], "join", **join)
            last_q = None
            for t, kind, arg in sorted(v["acts"], key=lambda a: a[0]):
                if t >= v["leave"] - 0.5:
                    continue
                p = self.product_at(t)
                if kind in ("ask", "ask_noreply"):
                    text = self.phrase(ASK, arg, p)
                    ev = self.chat(t, v, text)
                    last_q = {"ev": ev, "intent": arg, "p": p, "v": v, "reply": kind == "ask"}
                    self.questions.append(last_q)
                elif kind == "repeat" and last_q is not None:
                    self.chat(
                        t, v, rng.choice(["？？", "有人吗", "再问一下，"]) + last_q["ev"]["text"]
                    )
                elif kind == "buy":
                    self.chat(t, v, self.phrase(SAY, "purchase_signal", p))
                    qty = rng.choice([1, 1, 1, 2, 3])
                    self.add(
                        t + rng.uniform(0.5, 4),
                        "order",
                        viewer_id=v["id"],
                        product_id=p["id"],
                        qty=qty,
                        amount=round(p["live_price"] * qty, 2),
                    )
                else:
                    self.chat(t, v, self.phrase(SAY, arg, p))
            if v["persona"] in ("fan", "shopper") and rng.random() < 0.3:
                self.add(v["join"] + rng.uniform(5, 30), "follow", viewer_id=v["id"])
            self.add(v["leave"], "leave", viewer_id=v["id"])

    def chat(self, t: float, v: dict, text: str) -> dict:
        return self.add(t, "chat", id="", viewer_id=v["id"], name=v["name"], text=text)

    # ------------------------------------------------------------- host side
    def emit_host(self) -> None:
        rng = self.rng
        pending = sorted(self.questions, key=lambda q: q["ev"]["t"])
        t = 3.0
        while t < DURATION - 8:
            p = self.product_at(t)
            waiting = [
                q
                for q in pending
                if q["ev"]["t"] < t
                and not q.get("done")
                and q["intent"] not in ("order_status", "other_question")
                and q["p"]["id"] == p["id"]
                and t - q["ev"]["t"] < 240
            ]
            parts: list[str] = []
            if waiting and rng.random() < 0.7:
                intents = list(dict.fromkeys(q["intent"] for q in waiting))[: rng.randint(1, 3)]
                names = [q["v"]["name"] for q in waiting if q["intent"] in intents][:2]
                if names and rng.random() < 0.5:
                    parts.append("看到" + "、".join(names) + "的问题了")
                for intent in intents:
                    s = fact_sentence(p, intent, rng)
                    if s:
                        parts.append(s)
                        for q in waiting:
                            if q["intent"] == intent:
                                q["done"] = True
            if not parts:
                parts.append(rng.choice(PITCH[p["id"]]))
                if rng.random() < 0.4:
                    parts.append(fact_sentence(p, "price", rng) or "")
            text = "，".join(x for x in parts if x)
            dur = min(14.0, 1.5 + len(text) * 0.22)
            if self.incident_at(t) is None or rng.random() < 0.3:
                self.add(t + dur, "speech", start=round(t, 2), end=round(t + dur, 2), text=text)
            t += dur + rng.uniform(3, 12)
        for q in pending:
            if q.get("done") or not q["reply"]:
                continue
            if rng.random() < (0.5 if q["intent"] in ("order_status", "other_question") else 0.2):
                at = q["ev"]["t"] + rng.uniform(4, 25)
                p = q["p"]
                answer = fact_sentence(p, q["intent"], rng) or rng.choice(
                    [
                        "每周二四六晚上八点都播哦",
                        "订单号发客服，马上帮您催",
                        "我们在杭州，有线下门店",
                    ]
                )
                q["done"] = True
                self.add(
                    at,
                    "host_chat",
                    id="",
                    author=rng.choice(["controller", "host"]),
                    text=f"@{q['v']['name']} {answer}",
                    reply_to=q["ev"],
                    viewer_id=q["v"]["id"],
                )

    def emit_room(self) -> None:
        rng = self.rng
        for start, pid in SCHEDULE:
            self.add(start, "product", product_id=pid)
        t = 0.0
        while t < DURATION:
            inc = self.incident_at(t)
            bad = inc is not None and inc[2] == "stall"
            rec = inc is not None and inc[2] == "reconnect"
            enc = {
                "source": "encoder",
                "bitrate_kbps": rng.randint(180, 900) if rec else rng.randint(4200, 4800),
                "fps": 29.9 if not (bad or rec) else round(rng.uniform(11, 19), 1),
                "target_fps": 30,
                "dropped_frames_pct": round(rng.uniform(6, 14) if bad else rng.uniform(0, 0.05), 2),
                "encode_lag_pct": 0.0,
                "render_lag_pct": round(rng.uniform(0, 0.05), 2),
                "congestion": round(rng.uniform(0.55, 0.85) if bad else rng.uniform(0, 0.06), 2),
                "reconnecting": rec,
                "cpu_pct": round(rng.uniform(24, 38), 1),
            }
            self.add(t + 2, "qoe", **enc)
            ply = {
                "source": "player",
                "bitrate_kbps": rng.randint(3900, 4500)
                if not (bad or rec)
                else rng.randint(300, 1200),
                "fps": 29.8 if not bad else round(rng.uniform(4, 12), 1),
                "stall_ms": rng.randint(900, 1900) if (bad or rec) else 0,
                "av_offset_ms": rng.randint(5, 30),
                "latency_ms": rng.randint(1900, 2600),
            }
            if t == 0:
                ply["startup_ms"] = 860
            self.add(t + 1, "qoe", **ply)
            t += 2
        for t in range(5, int(DURATION), 5):
            present = sum(1 for v in self.viewers if v["join"] <= t < v["leave"])
            self.add(t, "online", count=present * 6 + 120 + rng.randint(-15, 15))
        for t in range(7, int(DURATION), 4):
            here = [v for v in self.viewers if v["join"] <= t < v["leave"]]
            if here:
                v = rng.choice(here)
                self.add(t + rng.random(), "like", viewer_id=v["id"], count=rng.randint(1, 30))
            if here and rng.random() < 0.08:
                self.add(t + rng.random(), "gift", viewer_id=rng.choice(here)["id"], count=1)
            if here and rng.random() < 0.04:
                self.add(t + rng.random(), "share", viewer_id=rng.choice(here)["id"])

    def build(self) -> list[dict]:
        self.add(
            0,
            "session",
            room_id="demo-heye-01",
            platform="demo",
            title="禾野良品 周五零食节专场",
            started_at="2026-03-06T20:00:00+08:00",
            lang="zh",
        )
        self.plan_viewers()
        self.apply_incidents()
        self.emit_viewers()
        self.emit_host()
        self.emit_room()
        self.events = [e for e in self.events if e[0] < DURATION - 0.1]
        self.add(DURATION, "end")
        ordered = [ev for _, _, ev in sorted(self.events, key=lambda e: (e[0], e[1]))]
        n_chat = n_host = 0
        for ev in ordered:
            if ev["type"] == "chat":
                n_chat += 1
                ev["id"] = f"m{n_chat}"
            elif ev["type"] == "host_chat":
                n_host += 1
                ev["id"] = f"h{n_host}"
        for ev in ordered:
            if ev["type"] == "host_chat":
                ev["reply_to"] = ev["reply_to"]["id"]
        return ordered


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20260306)
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    events = Session(args.seed).build()
    with open(args.out / "session.jsonl", "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(args.out / "catalog.json", "w", encoding="utf-8") as f:
        json.dump(catalog(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    kinds: dict[str, int] = {}
    for ev in events:
        kinds[ev["type"]] = kinds.get(ev["type"], 0) + 1
    print(f"{len(events)} events → {args.out}: {kinds}")


if __name__ == "__main__":
    main()
