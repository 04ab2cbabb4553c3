"""A small made-up shop for the suggestion tests (a tea and kitchen store, CNY and USD)."""

from __future__ import annotations

import copy

from copilot.core.catalog import Catalog, catalog_from_dict
from copilot.core.events import Chat
from copilot.core.records import MessageRecord

SHOP = {
    "shop": {
        "name": "山茶小铺",
        "currency": "CNY",
        "policies": {
            "returns": "签收后7天内未拆封可退，拆封后食品不退不换",
            "shipping": "满59包邮，偏远地区（新疆、西藏）不发货，付款后36小时内发出",
            "invoice": "订单完成后在订单详情里申请电子发票",
        },
    },
    "products": [
        {
            "id": "t1",
            "link_no": 6,
            "name": "明前龙井礼盒装",
            "aliases": ["龙井", "绿茶", "那盒绿的"],
            "price": 268,
            "live_price": 188,
            "coupon": "满150减15",
            "stock": 320,
            "variants": [
                {"sku": "t1-100", "attrs": {"size": "100g", "color": "青瓷"}, "stock": 200},
                {"sku": "t1-250", "attrs": {"size": "250g", "color": "青瓷"}, "stock": 0},
                {"sku": "t1-100r", "attrs": {"size": "100g", "color": "朱红"}, "stock": 120},
            ],
            "specs": {
                "origin": "杭州西湖产区",
                "shelf_life": "18个月，密封冷藏更香",
                "weight": "净含量100g",
            },
            "size_guide": "100g约可冲泡33次，250g适合全家一起喝",
            "shipping": {"carrier": "京东快递", "ships_within_h": 36, "free": True},
            "after_sales": "未拆封7天可退，茶叶受潮包换",
            "faq": [
                {"q": "怎么泡好喝", "a": "80度左右的水，先温杯再投茶，第一泡10秒出汤"},
                {"q": "孕妇能喝吗", "a": "绿茶含咖啡因，孕期建议少喝或者先问问医生"},
            ],
        },
        {
            "id": "t2",
            "link_no": 9,
            "name": "Cast Iron Teapot",
            "aliases": ["teapot", "iron pot", "black one"],
            "price": 59.5,
            "live_price": 42.9,
            "coupon": None,
            "stock": 12,
            "variants": [],
            "specs": {"material": "enamelled cast iron, stainless infuser", "capacity": "0.9 L"},
            "size_guide": None,
            "shipping": {"carrier": "UPS", "ships_within_h": 72, "free": False},
            "after_sales": "30-day returns on unused pots",
            "faq": [
                {"q": "can it go on the stove", "a": "Yes, gas and induction are fine on low heat"}
            ],
        },
    ],
}


def catalog(currency: str = "CNY") -> Catalog:
    d = copy.deepcopy(SHOP)
    d["shop"]["currency"] = currency
    return catalog_from_dict(d)


def record(
    text: str,
    intent: str,
    product_id: str | None = "t1",
    lang: str = "zh",
    name: str | None = "小满",
    t: float = 10.0,
    mid: str = "m1",
    viewer: str = "v1",
) -> MessageRecord:
    rec = MessageRecord(Chat(t, id=mid, viewer_id=viewer, text=text, name=name))
    rec.intent, rec.is_question, rec.product_id, rec.lang = intent, True, product_id, lang
    return rec
