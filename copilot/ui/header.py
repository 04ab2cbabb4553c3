"""The top bar: room title, product on screen with prices, online and present counts,
orders, session clock, stream health and the source's connection state."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Incident
from copilot.core.room import RoomState
from copilot.ui import theme
from copilot.ui.display_text import display_text
from copilot.ui.labels import STATE, clock_text, money
from copilot.ui.suggestion_panel import plain_label

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
            display_text(title or catalog.shop_name or "直播间", 80), "dim", False
        )
        prow = QHBoxLayout()
        prow.setSpacing(10)
        self.link = QLabel("")
        self.link.setObjectName("pill")
        self.product = plain_label("尚未上架商品", "product", False)
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
            ("在线", "online"),
            ("在场观众", "present"),
            ("订单", "orders"),
            ("场次时间", "clock"),
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
        set_pill(self.health, "画面 · 正常", "good")
        set_pill(self.conn, "连接中", "warn")

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
            name = display_text(product_id, 40) if product_id else "尚未上架商品"
            self.product.setText(name)
            self.price.setText("")
            self.list_price.setText("")
            self.coupon.setText("")
            return
        if p.link_no is not None:
            set_pill(self.link, f"{p.link_no}号链接", "dim")
            self.link.setStyleSheet(f"background: {theme.ACCENT}; color: white;")
            self.link.show()
        else:
            self.link.hide()
        self.product.setText(display_text(p.name, 60))
        live = p.live_price if p.live_price is not None else p.price
        self.price.setText(f"直播价 {money(live, cur)}")
        listed = p.price is not None and p.live_price is not None and p.price != p.live_price
        self.list_price.setText(f"原价 {money(p.price, cur)}" if listed else "")
        stock = f"库存 {p.stock:,}" if p.stock is not None else ""
        coupon = f"优惠：{display_text(p.coupon, 60)}" if p.coupon else ""
        self.coupon.setText("   ".join(x for x in (coupon, stock) if x))

    def update_source(self, state: str, detail: str) -> None:
        text, tone = STATE.get(state, (display_text(state, 20), "dim"))
        set_pill(self.conn, text, tone)

    def update_incident(self, inc: Incident) -> None:
        key = (inc.start, inc.kind)
        if inc.end is None:
            self.incidents[key] = inc
        else:
            self.incidents.pop(key, None)
        self._show_health()

    def _show_health(self) -> None:
        if not self.incidents:
            set_pill(self.health, "画面 · 正常", "good")
            return
        worst = max(self.incidents.values(), key=lambda i: i.severity == "bad")
        kind = {
            "stall": "卡顿",
            "reconnect": "重连",
            "freeze": "冻结",
            "av_sync": "音画不同步",
            "low_fps": "掉帧",
            "congestion": "网络拥塞",
        }.get(worst.kind, display_text(worst.kind, 16))
        set_pill(self.health, f"画面 · {kind}", "bad" if worst.severity == "bad" else "warn")
