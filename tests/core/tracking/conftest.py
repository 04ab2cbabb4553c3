"""A small shop of our own (not the dev set) for the tracking tests."""

import pytest

from copilot.core.catalog import catalog_from_dict


@pytest.fixture
def catalog():
    return catalog_from_dict(
        {
            "shop": {"policies": {"returns": "七天无理由退货，商品未使用即可，退货运费由店铺承担"}},
            "products": [
                {
                    "id": "a",
                    "link_no": 7,
                    "name": "竹纤维速干浴巾",
                    "aliases": ["浴巾", "towel"],
                    "price": 89,
                    "live_price": 49,
                    "coupon": "满60减8",
                    "stock": 320,
                    "specs": {"material": "竹纤维混纺，克重450g"},
                    "size_guide": "标准款七十乘一百四十厘米，加大款九十乘一百八十厘米",
                    "shipping": {"carrier": "顺丰", "ships_within_h": 24, "free": True},
                    "after_sales": "收到有破损直接联系客服补发",
                    "faq": [{"q": "掉毛吗", "a": "第一次洗前用温水泡半小时，之后基本不掉毛"}],
                },
                {
                    "id": "b",
                    "link_no": 8,
                    "name": "陶瓷手冲咖啡壶",
                    "aliases": ["咖啡壶", "kettle"],
                    "price": 129,
                    "live_price": 99,
                    "coupon": "满99减10",
                    "stock": 45,
                    "specs": {"material": "高白瓷，釉下彩"},
                    "shipping": {"carrier": "京东物流", "ships_within_h": 48, "free": True},
                    "faq": [],
                },
            ],
        }
    )
