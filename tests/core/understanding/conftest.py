# ruff: noqa: E501
"""A small catalog of its own (kitchen and outdoor goods) for the understanding tests."""

from __future__ import annotations

import pytest

from copilot.core.catalog import Catalog, catalog_from_dict
from copilot.core.events import Chat
from copilot.core.pipeline import Pipeline
from copilot.core.understanding import UnderstandingStage

CATALOG = {
    "shop": {"name": "山野厨房", "currency": "CNY", "policies": {"returns": "七天无理由"}},
    "products": [
        {
            "id": "k1", "link_no": 7, "name": "铸铁珐琅炖锅", "aliases": ["炖锅", "珐琅锅", "dutch oven"],
            "price": 599, "live_price": 399, "stock": 50,
            "variants": [{"sku": "k1-r", "attrs": {"color": "樱桃红"}, "stock": 20},
                         {"sku": "k1-g", "attrs": {"color": "橄榄绿", "size": "24cm"}, "stock": 30}],
        },
        {
            "id": "k2", "link_no": 8, "name": "加厚羊羔绒冲锋衣", "aliases": ["冲锋衣", "外套", "rain jacket"],
            "price": 499, "live_price": 329, "stock": 80,
            "variants": [{"sku": "k2-m", "attrs": {"size": "M", "color": "藏青"}, "stock": 40},
                         {"sku": "k2-l", "attrs": {"size": "L", "color": "卡其"}, "stock": 40}],
        },
        {
            "id": "k3", "link_no": 12, "name": "Ceramic Pour-Over Coffee Dripper", "aliases": ["dripper", "滤杯"],
            "price": 129, "live_price": 89, "stock": 200,
            "variants": [{"sku": "k3-w", "attrs": {"color": "Sage"}, "stock": 100}],
        },
    ],
}  # fmt: skip


@pytest.fixture
def catalog() -> Catalog:
    return catalog_from_dict(CATALOG)


class Room:
    """Feeds chat lines through a pipeline with only the understanding stage."""

    def __init__(self, catalog: Catalog, screen: str | None = "k1") -> None:
        self.pipeline = Pipeline(catalog, [UnderstandingStage()])
        self.t = 0.0
        self.n = 0
        if screen:
            from copilot.core.events import ProductShown

            self.pipeline.feed(ProductShown(t=0.0, product_id=screen))

    def say(self, text: str, viewer: str = "v1"):  # type: ignore[no-untyped-def]
        self.t += 1.0
        self.n += 1
        rec = self.pipeline.feed(Chat(t=self.t, id=f"m{self.n}", viewer_id=viewer, text=text))
        assert rec is not None
        return rec


@pytest.fixture
def room(catalog: Catalog) -> Room:
    return Room(catalog)
