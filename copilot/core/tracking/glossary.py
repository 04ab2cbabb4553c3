"""Chinese words of host speech in English, to meet a catalog written in English.

In Malaysian, Singaporean and overseas Chinese rooms the shop writes its catalog in
English while the host answers in Mandarin ("孕妇哺乳期都可以用 没有a醇 没有水杨酸"
is the FAQ answer "No retinol, no salicylic acid … pregnant and breastfeeding mummies
can use it"). The words below are the ones such answers are made of: who may use a
thing, skin and body, materials, ingredients, care, damage, returns and delivery. They
only add English words to what a segment is heard to say; a Chinese catalog is matched
as before.
"""

from __future__ import annotations

import re

# Chinese → English words (stems are cut by the caller); longer terms first in the
# alternation, so "敏感肌" is read before "敏感"
_TERMS = {
    # who and what for
    "孕妇": "pregnant", "怀孕": "pregnant", "孕期": "pregnant pregnancy", "哺乳": "breastfeeding",
    "喂奶": "breastfeeding", "宝宝": "baby", "婴儿": "baby infant", "新生儿": "newborn",
    "小朋友": "kids children", "小孩": "kids children", "儿童": "kids children",
    "老人": "elderly", "男生": "men", "女生": "women", "医生": "doctor", "过敏": "allergic allergy",
    "敏感肌": "sensitive skin", "敏感": "sensitive", "油皮": "oily skin", "干皮": "dry skin",
    "混油": "combination oily", "混合": "combination", "痘": "acne", "闷痘": "acne pore clogging",
    "黄皮": "yellow undertone", "白皙": "fair", "小麦色": "tan", "肤色": "skin tone",
    "皮肤": "skin", "嘴唇": "lips", "唇": "lips", "眼周": "eye", "眼睛": "eyes", "头发": "hair",
    "脸": "face", "脖子": "neck", "手": "hands", "脚": "feet",
    # skincare and food contents
    "烟酰胺": "niacinamide", "玻尿酸": "hyaluronic", "神经酰胺": "ceramide", "视黄醇": "retinol",
    "a醇": "retinol", "水杨酸": "salicylic", "果酸": "aha", "精油": "essential oils",
    "香精": "fragrance", "香味": "scent fragrance", "无香": "fragrance free unscented",
    "酒精": "alcohol", "防腐剂": "preservatives", "氧化锌": "zinc oxide", "角鲨烷": "squalane",
    "维他命": "vitamin", "维生素": "vitamin", "荷荷巴油": "jojoba", "积雪草": "centella",
    "泛醇": "panthenol", "胶原": "collagen", "防晒": "sunscreen spf", "防水": "waterproof water",
    "控油": "sebum oil control", "哑光": "matte", "保湿": "moisturising hydrating",
    "卸妆": "makeup remover cleansing", "二次清洁": "wash again cleanser", "洗面奶": "cleanser",
    "面霜": "cream", "精华": "serum", "爽肤水": "toner", "粉扑": "puff", "刷子": "brush",
    "卡粉": "cakey", "搓泥": "pill pilling", "起皮": "flaky", "氧化": "oxidises oxidise",
    "色号": "shade", "试色": "swatch", "糖": "sugar", "盐": "salt", "蛋": "egg", "奶": "milk",
    "素": "vegetarian vegan", "全素": "vegan", "清真": "halal", "猪油": "lard", "坚果": "nuts",
    "麸质": "gluten", "咖啡因": "caffeine", "保质期": "shelf life", "冷藏": "fridge refrigerate",
    "冰箱": "fridge", "常温": "room temperature",
    # cooking and eating
    "蒸": "steam steamed", "加热": "reheat heat", "解冻": "thaw defrost", "冷冻": "freezer frozen",
    "变硬": "harden hard", "硬": "hard", "软": "soft", "脆": "crispy crunchy", "甜": "sweet",
    "咸": "salty savoury", "辣": "spicy", "牛油": "butter", "黄油": "butter", "花生": "peanut",
    "绿豆": "mung bean", "糯米": "glutinous rice", "椰浆": "coconut milk", "芝麻": "sesame",
    "麦芽糖": "maltose", "密封": "airtight sealed", "吃斋": "vegetarian",
    "蛋奶素": "vegetarian egg milk",
    # materials and make
    "纯棉": "cotton", "棉": "cotton", "真皮": "leather genuine", "牛皮": "leather cowhide",
    "羊毛": "wool", "丝": "silk", "不锈钢": "stainless steel", "铝": "aluminium aluminum",
    "塑料": "plastic", "玻璃": "glass", "陶瓷": "ceramic", "木": "wood wooden", "竹": "bamboo",
    "硅胶": "silicone", "橡胶": "rubber", "乳胶": "latex", "手工": "handmade hand",
    "进口": "imported", "韩国": "korea korean", "日本": "japan japanese", "台湾": "taiwan",
    "中国": "china", "美国": "usa american", "法国": "france french", "马来西亚": "malaysia",
    "新加坡": "singapore", "泰国": "thailand",
    # use and care
    "机洗": "machine wash", "手洗": "hand wash", "洗碗机": "dishwasher", "微波炉": "microwave",
    "烤箱": "oven", "晾干": "dry", "暴晒": "sun", "充电": "charge charging", "电池": "battery",
    "按摩": "massage", "温水": "lukewarm warm water", "冲掉": "rinse",
    "乳化": "emulsify emulsifying",
    "刺痛": "sting stinging", "红": "red redness", "停用": "stop using",
    # damage, returns, delivery
    "退货": "return", "退款": "refund", "退": "return refund", "换货": "exchange",
    "换": "exchange replace replacement", "补寄": "replacement resend",
    "补发": "replacement resend",
    "免费": "free", "运费": "shipping fee", "拆封": "opened sealed",
    "没拆": "sealed unopened", "未拆": "sealed unopened", "开封": "opened",
    "没开封": "sealed unopened",
    "漏": "leaking leak", "破": "broken damaged cracked", "坏": "damaged broken",
    "碎": "broken cracked",
    "压扁": "crushed", "融化": "melted melt", "化掉": "melted", "寄错": "wrong", "拍照": "photo",
    "照片": "photo", "开箱": "unboxing", "视频": "video", "客服": "cs customer service",
    "保修": "warranty", "质保": "warranty", "卫生": "hygiene", "工作天": "working days",
    "工作日": "working days", "送货": "delivery deliver", "配送": "delivery", "冷链": "cold chain",
    "飞机": "flight plane cabin", "手提": "hand carry cabin",
}  # fmt: skip
_WORDS = {k: tuple(v.split()) for k, v in _TERMS.items()}
_ANY = re.compile("|".join(sorted(map(re.escape, _TERMS), key=len, reverse=True)))


def english_words(text: str) -> list[str]:
    """The English words of the Chinese terms in ``text`` (none when it has none)."""
    return [w for m in _ANY.finditer(text) for w in _WORDS[m.group(0)]]
