"""Catalog loading and fact paths."""

from pathlib import Path

import pytest

from copilot.core.catalog import CatalogError, catalog_from_dict, load_catalog

FIXTURE = Path(__file__).parent.parent / "fixtures" / "tiny_catalog.json"


def test_fact_paths_resolve():
    c = load_catalog(str(FIXTURE))
    assert c.fact("n1.shipping.carrier") == "中通"
    assert c.fact("n1.live_price") == 89
    assert c.fact("n1.faq.0.a") == "可以吃，无添加"
    assert c.fact("shop.policies.returns") == "未拆封7天无理由退货"
    assert c.fact("n9.price") is None
    assert c.fact("n1.faq.7.a") is None
    assert c.by_link[2].id == "n2"


def test_a_broken_catalog_says_why(tmp_path):
    bad = tmp_path / "c.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid JSON"):
        load_catalog(str(bad))
    with pytest.raises(CatalogError, match="no id"):
        catalog_from_dict({"products": [{"name": "x"}]})
    with pytest.raises(CatalogError, match="cannot read"):
        load_catalog(str(tmp_path / "missing.json"))
