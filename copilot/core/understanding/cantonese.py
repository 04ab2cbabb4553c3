"""Written Cantonese → Mandarin words, so one set of rules reads Hong Kong, Guangdong and
Malaysian Chinese chat too.

Viewers there type Cantonese as it is spoken: "有冇貨" (有没有货), "食唔食得" (吃不吃得),
"幾多隻一斤" (多少只一斤), "係咪日本菇" (是不是日本菇), "點煲" (怎么煲). The lexicons and
rules are written in Mandarin, so these words are rewritten first, on simplified text
(after traditional → simplified). Only words that are Cantonese, or Cantonese in the
place they stand, are touched: 食 only before 得/唔/咗 ("食品" stays), 点 only before a
verb of use or of buying ("点退", "点拍"; "点赞", "快点买" stay), 系 only in 系咪/唔系
("系列" stays). A text with none of the marker words is returned as it is, at the cost of
one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub

# (Cantonese, Mandarin), longest first where one contains another
_WORDS = [
    ("系唔系", "是不是"), ("系咪", "是不是"), ("系米", "是不是"), ("唔系", "不是"),
    ("都系", "都是"), ("就系", "就是"), ("仲系", "还是"), ("真定假", "真还是假"),
    ("有冇", "有没有"), ("冇人", "没人"), ("冇得", "没有"), ("冇", "没有"),
    ("食唔食得", "吃不吃得"), ("饮唔饮得", "喝不喝得"), ("食得", "吃得"), ("饮得", "喝得"),
    ("食咗", "吃了"), ("直接食", "直接吃"), ("点食", "怎么吃"), ("可以食", "可以吃"),
    ("点解", "为什么"), ("点样", "怎么样"), ("点算", "怎么办"), ("点整", "怎么弄"),
    ("几多钱", "多少钱"), ("几钱", "多少钱"), ("几多", "多少"), ("几耐", "多久"),
    ("几大", "多大"), ("几长", "多长"), ("几重", "多重"), ("几时", "什么时候"),
    ("边度", "哪里"), ("边个", "哪个"), ("边款", "哪款"), ("边只", "哪只"),
    ("屋企", "家"), ("剩返", "剩下"), ("咗未", "了没"), ("落咗单", "下单了"), ("𠮶款", "那款"),
    ("买𠮶", "买的那"), ("买嗰", "买的那"), ("𠮶", "那"),
    ("咩", "什么"), ("乜嘢", "什么"), ("嘢", "东西"), ("嘅", "的"), ("咗", "了"),
    ("喺", "在"), ("嚟", "来"), ("佢哋", "他们"), ("佢", "他"), ("睇", "看"), ("俾", "给"),
    ("啲", "些"), ("呢个", "这个"), ("呢款", "这款"), ("嗰个", "那个"), ("咁", "这么"),
    ("唔啱", "不对"), ("啱", "对"), ("唔该", "谢谢"), ("多谢", "谢谢"), ("唔", "不"),
    ("仲有", "还有"), ("仲未", "还没"), ("仲", "还"),
    ("冇人覆", "没人回"), ("唔覆", "不回"), ("覆我", "回我"), ("覆佢", "回他"),
    ("已落单", "已下单"), ("落单", "下单"), ("已落", "已下单"),
    ("琴日", "昨天"), ("听日", "明天"), ("今日", "今天"), ("前日", "前天"), ("郁过", "动过"),
    ("而家", "现在"), ("返来", "回来"), ("平d", "便宜点"), ("平些", "便宜点"), ("平啲", "便宜点"),
    ("好靓", "好漂亮"),
    ("揾", "找"), ("攞", "拿"), ("畀", "给"), ("噉", "这样"), ("哋", "们"),
    ("个钟头", "个小时"), ("个钟", "个小时"), ("连结", "链接"),
    ("浸", "泡"), ("饮唔饮", "喝不喝"), ("食唔食", "吃不吃"),
    # "融晒" (all melted), "碎晒", "卖晒": 晒 after a verb is "all of it"
    ("融晒", "化了"), ("溶晒", "化了"), ("碎晒", "碎了"), ("烂晒", "烂了"), ("坏晒", "坏了"),
    ("卖晒", "卖完了"), ("最平", "最便宜"),
    ("我个单", "我的单"), ("我张单", "我的单"), ("细路", "小孩"), ("一齐", "一起"),
]  # fmt: skip
# 点 before a verb of use is "how" ("点煲", "点浸先香", "点保存"); elsewhere it is not
_USE_VERBS = "煲|浸|发|保存|煮|用|洗|弄|买|寄|冲|泡|蒸|炖|处理|食|退|换|拍|穿|落单|加热|翻热|解冻"
_HOW = re.compile(rf"(?<![一有几快慢多少早晚差])点(?={_USE_VERBS})")
# 咩 closing a question is 吗 ("好肥咩"); after a verb it is "what" ("做咩", "食咩")
_ASKS = re.compile(r"(?<![做有系是讲食买睇饮乜送要加拣用煮整叫揾])咩(?=\s|[?？!！~]|$)")
_IS = re.compile(r"(?<![关联体维派直父母星水根])系(?![列统数带])")
_FREE_POST = re.compile(r"免运(?!费)")
_DOLLARS = re.compile(r"(?<=[\d一二两三四五六七八九十百千万])蚊")
_REWRITE = phrase_sub(_WORDS)
# words no Mandarin text holds: a text without any is left alone
_MARKERS = gated(
    r"[冇唔咩嘅咗喺嚟佢啲嘢乜睇俾噉咁啱揾哋嗰𠮶畀攞]|点整|屋企|剩返|几多|几耐|几钱|点解|点算|点样|系咪|系米"
    r"|仲有|仲未|落单|已落|琴日|听日|呢个|呢款|平d|个钟|免运(?!费)|连结|[\d一二两三四五六七八九十百千]蚊"
    rf"|点(?:{_USE_VERBS})"
    r"|边度|边个|[融溶碎烂坏卖]晒|最平|我个单|我张单|细路|一齐"
)


def to_mandarin(text: str, cantonese: bool = False) -> str:
    """``text`` (simplified) with its written Cantonese words in Mandarin; ``cantonese``
    when the text as written already told (係, the copula, is 系 once simplified)."""
    if not (cantonese or _MARKERS.search(text)):
        return text
    text = _HOW.sub("怎么", text)
    text = _DOLLARS.sub("块", text)  # "五百九十八蚊": dollars
    text = _FREE_POST.sub("免运费", text)  # "免運": free shipping
    if "咩" in text:
        text = _ASKS.sub("吗", text)
    text = _REWRITE(text)
    return _IS.sub("是", text)  # "花膠係三號link": 係 (系 once simplified) is 是
