"""The shop's catalog (spec section 2): the only source of facts a suggestion may state.

Loading is lenient about optional fields and strict about identity (every product
needs an id); ``fact(path)`` resolves the spec's fact paths such as
``p1.shipping.carrier`` or ``shop.policies.returns``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


class CatalogError(ValueError):
    """The catalog cannot be used (the message says why and where)."""


@dataclass(slots=True)
class Variant:
    sku: str
    attrs: dict[str, str]
    stock: int | None


@dataclass(slots=True)
class Product:
    id: str
    link_no: int | None
    name: str
    aliases: list[str]
    price: float | None
    live_price: float | None
    coupon: str | None
    stock: int | None
    variants: list[Variant]
    specs: dict[str, str]
    size_guide: str | None
    shipping: dict[str, Any]
    after_sales: str | None
    faq: list[dict[str, str]]
    raw: dict[str, Any] = field(repr=False)


@dataclass(slots=True)
class Catalog:
    shop_name: str
    currency: str
    policies: dict[str, str]
    products: list[Product]
    raw: dict[str, Any] = field(repr=False)
    by_id: dict[str, Product] = field(init=False, repr=False)
    by_link: dict[int, Product] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {p.id: p for p in self.products}
        self.by_link = {p.link_no: p for p in self.products if p.link_no is not None}

    def product(self, product_id: str | None) -> Product | None:
        return self.by_id.get(product_id) if product_id else None

    def fact(self, path: str) -> Any:
        """Value at a fact path (``p1.shipping.carrier``, ``shop.policies.returns``,
        ``p1.faq.0.a``), or None when the catalog has no such fact."""
        head, _, rest = path.partition(".")
        node: Any = self.raw.get("shop") if head == "shop" else self.by_id.get(head)
        if isinstance(node, Product):
            node = node.raw
        for part in rest.split(".") if rest else []:
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node


def _s(v: Any) -> str | None:
    return v if isinstance(v, str) else None


def _n(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return v


def _product(d: Any, i: int) -> Product:
    if not isinstance(d, dict):
        raise CatalogError(f"products[{i}] is not an object")
    pid = d.get("id")
    if isinstance(pid, int) and not isinstance(pid, bool):
        pid = str(pid)
    if not isinstance(pid, str) or not pid:
        raise CatalogError(f"products[{i}] has no id")
    link = d.get("link_no")
    if isinstance(link, str) and link.isdigit():
        link = int(link)
    variants = []
    for v in d.get("variants") or []:
        if isinstance(v, dict):
            attrs = {str(k): str(x) for k, x in (v.get("attrs") or {}).items()}
            st = _n(v.get("stock"))
            variants.append(
                Variant(str(v.get("sku", "")), attrs, int(st) if st is not None else None)
            )
    specs = {str(k): str(x) for k, x in (d.get("specs") or {}).items()}
    faq = [
        {"q": str(f.get("q", "")), "a": str(f.get("a", ""))}
        for f in d.get("faq") or []
        if isinstance(f, dict)
    ]
    stock = _n(d.get("stock"))
    ship_raw = d.get("shipping")
    ship: dict[str, Any] = ship_raw if isinstance(ship_raw, dict) else {}
    return Product(
        id=pid,
        link_no=link if isinstance(link, int) and not isinstance(link, bool) else None,
        name=_s(d.get("name")) or pid,
        aliases=[a for a in d.get("aliases") or [] if isinstance(a, str) and a],
        price=_n(d.get("price")),
        live_price=_n(d.get("live_price")),
        coupon=_s(d.get("coupon")),
        stock=int(stock) if stock is not None else None,
        variants=variants,
        specs=specs,
        size_guide=_s(d.get("size_guide")),
        shipping=ship,
        after_sales=_s(d.get("after_sales")),
        faq=faq,
        raw=d,
    )


def catalog_from_dict(d: Any) -> Catalog:
    if not isinstance(d, dict):
        raise CatalogError("the catalog is not a JSON object")
    shop_raw = d.get("shop")
    shop: dict[str, Any] = shop_raw if isinstance(shop_raw, dict) else {}
    products = d.get("products")
    if not isinstance(products, list):
        raise CatalogError("the catalog has no 'products' list")
    policies = {str(k): str(v) for k, v in (shop.get("policies") or {}).items()}
    return Catalog(
        shop_name=_s(shop.get("name")) or "",
        currency=_s(shop.get("currency")) or "CNY",
        policies=policies,
        products=[_product(p, i) for i, p in enumerate(products)],
        raw=d,
    )


def load_catalog(path: str) -> Catalog:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise CatalogError(f"cannot read catalog {path}: {e.strerror or e}") from None
    except ValueError as e:
        raise CatalogError(f"catalog {path} is not valid JSON: {e}") from None
    return catalog_from_dict(data)


def empty_catalog() -> Catalog:
    return catalog_from_dict({"shop": {}, "products": []})
