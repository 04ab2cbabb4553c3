"""How a live room talks: greetings, connectors and holding replies in Chinese and English.

Templates only join catalog values with warm words; they add no number of their own.
"""

from __future__ import annotations

ZH = {
    "hi_named": "@{name} 宝宝，",
    "hi": "宝宝，",
    "sorry_wait": "久等啦，",
    "just_said": "刚刚主播也说了，",
    "price": "{label}直播间到手价{live}",
    "price_was": "，原价{price}",
    "coupon": "，还能用{coupon}的券",
    "buy_link": "{link}号链接直接拍就行～",
    "discount": "{label}现在可以用{coupon}，直播价{live}",
    "discount_no_coupon": "{label}直播价{live}已经是今天的优惠价啦",
    "stock_variant": "{attrs}还有{n}件",
    "stock_variant_out": "{attrs}暂时没货了",
    "stock_total": "{label}现在一共还有{n}件，喜欢抓紧拍～",
    "stock_out": "{label}暂时卖空了，补货了第一时间说～",
    "ship_carrier": "{label}发{carrier}",
    "ship_hours": "，付款后{h}小时内发货",
    "ship_free": "，包邮",
    "ship_policy": "运费和偏远地区：{policy}",
    "size": "{guide}",
    "size_more": "{label}的尺码建议：{guide}",
    "spec": "{label}的{key}：{value}",
    "answer": "{value}",
    "after_sales": "{value}",
    "policy_returns": "店铺售后：{value}",
    "link": "{label}在{link}号链接，点{link}号直接拍～",
    "link_price": "{label}是{link}号链接，直播价{live}～",
    "ask_product": "问的是哪一款呀？报一下链接号，马上帮你看～",
    "order": "订单和物流的问题私信客服帮你查，报一下订单号就行～",
    "order_policy": "发货时效：{policy}，没收到的话私信客服帮你查～",
    "hold": "这个我确认一下马上回你，也可以私信客服帮你查～",
    "hold_short": "稍等哈，我问一下马上回你～",
    "sep": "，",
    "end": "～",
    "list_sep": "、",
}

EN = {
    "hi_named": "@{name} ",
    "hi": "Hi! ",
    "sorry_wait": "Sorry for the wait! ",
    "just_said": "Like I just said, ",
    "price": "live price for the {label}: {live}",
    "price_was": " (regular {price})",
    "coupon": ", plus a coupon: {coupon}",
    "buy_link": "Grab it at link {link}!",
    "discount": "coupon for the {label}: {coupon}, and the live price is {live}",
    "discount_no_coupon": "live price for the {label} today: {live}, already our best deal",
    "stock_variant": "{attrs}: {n} left",
    "stock_variant_out": "{attrs} is sold out right now",
    "stock_total": "{n} left of the {label} in total, grab yours!",
    "stock_out": "sold out on the {label} right now, we'll shout when it's restocked",
    "ship_carrier": "we ship the {label} with {carrier}",
    "ship_hours": ", out within {h} hours of payment",
    "ship_free": ", free shipping",
    "ship_policy": "Shipping details: {policy}",
    "size": "{guide}",
    "size_more": "Size guide for the {label}: {guide}",
    "spec": "{key} of the {label}: {value}",
    "answer": "{value}",
    "after_sales": "{value}",
    "policy_returns": "Store policy: {value}",
    "link": "you'll find the {label} at link {link}, tap link {link} to order!",
    "link_price": "the {label}: link {link}, live price {live}!",
    "ask_product": "which item do you mean? Tell me the link number and I'll check!",
    "order": (
        "for order and tracking questions, DM our support with your order number "
        "and they'll check for you!"
    ),
    "order_policy": (
        "Shipping times: {policy}. If it hasn't arrived, DM support and they'll look into it!"
    ),
    "hold": "let me check and come back to you, or DM our support and they'll help!",
    "hold_short": "give me a sec, I'll check and get back to you!",
    "sep": ". ",
    "end": "",
    "list_sep": ", ",
}

SPEC_KEYS_ZH = {
    "material": "材质",
    "weight": "重量",
    "length": "长度",
    "thickness": "厚度",
    "capacity": "容量",
    "insulation": "保温",
    "dimensions": "尺寸",
    "contents": "包含",
    "fill_power": "蓬松度",
    "fill_weight": "充绒量",
    "rise": "腰型",
}


def table(lang: str) -> dict[str, str]:
    return EN if lang == "en" else ZH


def spec_key_label(key: str, lang: str) -> str:
    if lang == "en":
        return key.replace("_", " ")
    return SPEC_KEYS_ZH.get(key.casefold(), key.replace("_", " "))
