# ruff: noqa: E501
"""Whether a question without a named product is about the item on screen or the shop.

"包邮吗" and "快递到上海要几天" ask about the product being shown; "你家一般用哪家快递",
"青海包不包邮",
"退的钱几天能回来" or "where is my order" ask about the shop or an order, so they get no
product. Questions that are not about goods at all (主播哪里人) get none either,
unless they point at the item ("能试一下这件吗").
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated

# Abroad and the remote states: whether the shop ships there at all.
_FAR = r"\b(?:international\w*|overseas|canada|the uk|australia|mexico|europe|hawaii|alaska)\b"
# Asked of the shop as a whole (policies, shop-wide offers, destinations).
_SHOP_WIDE = gated(
    r"你们家|你家|你们店|店里|店铺|全店|本店|全场|你们这|你们的|所有|新人|新客|首单|第一次买|无门槛|叠加|"
    r"通用|偏远|运费谁|谁出|退款|退钱|退的钱|到账|售后电话|客服电话|退货地址|寄回|政策|规则|"
    # remote and overseas destinations ask whether the shop ships there at all; an ordinary
    # city ("快递到上海要几天") asks how long the product on screen takes
    r"新疆|西藏|青海|内蒙|宁夏|甘肃|海南|香港|澳门|台湾|港澳台|海外|国外|国际|偏远地区|"
    r"\b(?:your|ur|the)\s+(?:shop|store|policy|policies)\b|\byou guys\b|\bdo (?:you|u) (?:guys|take|offer|do)\b|"
    r"\bship(?:ping)? to\b|\bpolicy\b|\bstore ?wide\b|\bsite ?wide\b|\bfirst time buyer|\bfirst order|"
    r"\bnew customer|\bwho pays|\bhow long do i have|\bfree returns\b|\bcarrier do you\b|\bwhat carrier\b|"
    + _FAR
)
# A destination in the lower 48 states ("how long to ship to texas"): like an ordinary city
# in China, it asks how long the product on screen takes, not whether the shop ships there.
_DOMESTIC = gated(
    r"\b(?:texas|tx|california|cali|florida|new york|ny|nyc|ohio|georgia|illinois|chicago|"
    r"michigan|arizona|nevada|oregon|washington|seattle|colorado|utah|virginia|carolina|"
    r"jersey|nj|boston|massachusetts|pennsylvania|philly|tennessee|kentucky|indiana|iowa|"
    r"kansas|missouri|minnesota|wisconsin|alabama|louisiana|oklahoma|arkansas|idaho|montana|"
    r"dakota|nebraska|maryland|connecticut|maine|vermont|delaware|the us|the states|la|dc)\b"
)
_ABROAD = gated(_FAR)
# Points at the item being shown (paying for it in instalments, "能分期吗", is about it too).
_DEICTIC = gated(
    r"这|那件|那个|那款|那条|它|身上|手上|试|上身|展示|细节|背面|正面|侧面|转一圈|特写|颜色|色|款|码|分期|"
    r"\b(?:this|it|that|these|those|the back|the front|try|model|color|colour|one)\b"
)
_PRODUCT_QUESTIONS = frozenset(
    {"price", "discount", "stock", "shipping", "size", "spec", "usage", "after_sales", "link"}
)
_PRODUCT_SOCIAL = frozenset({"praise", "purchase_signal"})


# Intents whose answer depends on the wording (the others' never does).
TEXT_DEPENDENT = frozenset({"discount", "shipping", "after_sales", "other_question"})


def defaults_to_screen(intent: str, text: str) -> bool:
    """May a message with this intent and no named product take the product on screen?"""
    if intent in _PRODUCT_QUESTIONS:
        policy_like = intent in ("discount", "shipping", "after_sales")
        if intent == "shipping" and _DOMESTIC.search(text) and not _ABROAD.search(text):
            return True
        return not (policy_like and _SHOP_WIDE.search(text))
    if intent == "other_question":
        return _DEICTIC.search(text) is not None and _SHOP_WIDE.search(text) is None
    return intent in _PRODUCT_SOCIAL
