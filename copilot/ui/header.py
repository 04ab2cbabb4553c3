"""The top bar: room title, product on screen with prices, online and present counts,
orders, session clock, stream health and the source's connection state."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Incident
from copilot.core.room import RoomState
from copilot.ui import theme
from copilot.ui.display_text import display_text
from copilot.ui.labels import clock_text, money, state_label
from copilot.ui.suggestion_panel import plain_label
from copilot.ui.words import t, t_or

PILL_COLORS = {"good": theme.GOOD, "warn": theme.WARN, "bad": theme.BAD, "dim": theme.BORDER}


def _stat(title: str) -> tuple[QWidget, QLabel]:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    t = QLabel(title)
    t.setObjectName("dim")
    v = QLabel("—")
    v.setObjectName("big")
    lay.addWidget(t)
    lay.addWidget(v)
    return box, v


def set_pill(label: QLabel, text: str, tone: str) -> None:
    label.setText(text)
    color = PILL_COLORS.get(tone, theme.BORDER)
    label.setStyleSheet(f"background: {color}; color: white;")


class Header(QFrame):
    def __init__(self, catalog: Catalog, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.catalog = catalog
        self._product_id: str | None = "\0"
        self.incidents: dict[tuple[float, str], Incident] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 10, 16, 10)
        grid.setHorizontalSpacing(28)
        # left: room and product
        left = QVBoxLayout()
        left.setSpacing(2)
        self.room = plain_label(
            display_text(title or catalog.shop_name or t("head.room"), 80), "dim", False
        )
        prow = QHBoxLayout()
        prow.setSpacing(10)
        self.link = QLabel("")
        self.link.setObjectName("pill")
        self.product = plain_label(t("head.no_product"), "product", False)
        self.price = plain_label("", "price", False)
        self.list_price = plain_label("", "dim", False)
        prow.addWidget(self.link)
        prow.addWidget(self.product)
        prow.addWidget(self.price)
        prow.addWidget(self.list_price)
        prow.addStretch(1)
        self.coupon = plain_label("", "dim", False)
        left.addWidget(self.room)
        left.addLayout(prow)
        left.addWidget(self.coupon)
        grid.addLayout(left, 0, 0)
        grid.setColumnStretch(0, 1)
        # right: figures
        col = 1
        for title_text, attr in (
            (t("head.online"), "online"),
            (t("head.present"), "present"),
            (t("head.orders"), "orders"),
            (t("head.clock"), "clock"),
        ):
            box, value = _stat(title_text)
            setattr(self, attr, value)
            grid.addWidget(box, 0, col)
            col += 1
        status = QVBoxLayout()
        status.setSpacing(6)
        self.health = QLabel("")
        self.health.setObjectName("pill")
        self.conn = QLabel("")
        self.conn.setObjectName("pill")
        status.addWidget(self.health)
        status.addWidget(self.conn)
        grid.addLayout(status, 0, col)
        set_pill(self.health, t("head.health_ok"), "good")
        set_pill(self.conn, *state_label("connecting"))

    def update_room(self, room: RoomState, session_t: float) -> None:
        self.online.setText(f"{room.online:,}" if room.online else "—")
        self.present.setText(f"{room.present:,}")
        self.orders.setText(f"{room.orders:,}")
        self.clock.setText(clock_text(session_t))
        if room.product_on_screen != self._product_id:
            self._product_id = room.product_on_screen
            self._show_product(room.product_on_screen)

    def _show_product(self, product_id: str | None) -> None:
        p = self.catalog.product(product_id)
        cur = self.catalog.currency
        if p is None:
            self.link.hide()
            name = display_text(product_id, 40) if product_id else t("head.no_product")
            self.product.setText(name)
            self.price.setText("")
            self.list_price.setText("")
            self.coupon.setText("")
            return
        if p.link_no is not None:
            set_pill(self.link, t("head.link", n=p.link_no), "dim")
            self.link.setStyleSheet(f"background: {theme.ACCENT}; color: white;")
            self.link.show()
        else:
            self.link.hide()
        self.product.setText(display_text(p.name, 60))
        live = p.live_price if p.live_price is not None else p.price
        self.price.setText(t("head.live_price", price=money(live, cur)))
        listed = p.price is not None and p.live_price is not None and p.price != p.live_price
        self.list_price.setText(t("head.list_price", price=money(p.price, cur)) if listed else "")
        stock = t("head.stock", n=f"{p.stock:,}") if p.stock is not None else ""
        coupon = t("head.coupon", text=display_text(p.coupon, 60)) if p.coupon else ""
        self.coupon.setText("   ".join(x for x in (coupon, stock) if x))

    def update_source(self, state: str, detail: str) -> None:
        text, tone = state_label(state)
        set_pill(self.conn, display_text(text, 20), tone)

    def update_incident(self, inc: Incident) -> None:
        key = (inc.start, inc.kind)
        if inc.end is None:
            self.incidents[key] = inc
        else:
            self.incidents.pop(key, None)
        self._show_health()

    def _show_health(self) -> None:
        if not self.incidents:
            set_pill(self.health, t("head.health_ok"), "good")
            return
        worst = max(self.incidents.values(), key=lambda i: i.severity == "bad")
        kind = t_or(f"qoe.{worst.kind}", display_text(worst.kind, 16))
        set_pill(
            self.health, t("head.health", kind=kind), "bad" if worst.severity == "bad" else "warn"
        )
