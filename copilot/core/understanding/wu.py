"""Shanghainese (沪语, Wu) chat words → Mandarin, so one set of rules reads Shanghai rooms.

Viewers there type Shanghainese as they speak it: "青团几钿一盒" (多少钱), "包邮伐" (吗),
"吃了勿欢喜好退伐" (不喜欢 … 可以退吗), "到额辰光化掉了哪能弄" (的时候 … 怎么弄),
"阿拉姆妈控糖额" (我们 … 的), "今朝还有啥新品" (今天). Only words that are Shanghainese
where they stand are touched, and only in a text that has one of the marker words: 伐 only
where it ends a question (步伐 stays), 额 only where it stands for 的 (金额, 额外, 名额
stay), 好 only in 好退/好换/好一道 ("can"). A text with none of the markers is returned as
it is, at the cost of one search.
"""

from __future__ import annotations

import re

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub

# (Shanghainese, Mandarin), longest first where one contains another
_PHRASES = [
    ("减几钿", "减多少"), ("几钿", "多少钱"), ("前日", "前天"),
    ("侬", "你"), ("阿拉", "我们"), ("伊拉", "他们"), ("哪能办", "怎么办"),
    ("哪能", "怎么"), ("啥辰光", "什么时候"), ("辰光", "时候"), ("今朝", "今天"), ("明朝", "明天"),
    ("昨日", "昨天"), ("一眼眼", "一点点"), ("交关", "很"), ("老好", "很好"), ("覅", "不要"),
    ("勿", "不"), ("搿", "这"), ("欢喜", "喜欢"), ("屋里厢", "家里"), ("钞票", "钱"),
    ("钟头", "小时"), ("小囡", "孩子"), ("阿娘", "奶奶"), ("物事", "东西"), ("再会", "再见"),
    ("急煞", "急死"), ("好退", "可以退"), ("好换", "可以换"), ("好一道", "可以一起"),
    ("一道发", "一起发"), ("寻客服", "找客服"), ("嗲额", "好棒"), ("老嗲", "很棒"),
    ("老正宗", "很正宗"), ("老灵", "很好"),
]  # fmt: skip
_REWRITE = phrase_sub(_PHRASES)
# 伐 ends a question ("包邮伐", "有伐 冰袋有伐"): before a space, punctuation, emoji or the end
_ASKS = re.compile(r"伐(?=$|[\s,，.。?？!！~～…]|[\U0001f300-\U0001faff])")
# 额 for 的 ("手工做额", "阿拉姆妈控糖额"), but not in 金额/名额/额外/额度/额头/额定
_OF = re.compile(r"(?<![金名限余超份差总税面配定])额(?![外度头定])")
_MARKERS = gated(r"伐|几钿|侬|阿拉|哪能|辰光|今朝|明朝|一眼眼|交关|覅|勿|搿|屋里厢|伊拉|嗲额|老嗲")


def to_mandarin(text: str) -> str:
    """``text`` (simplified) with its Shanghainese words in Mandarin."""
    if not _MARKERS.search(text):
        return text
    text = _REWRITE(_ASKS.sub("吗", text))
    if "额" in text:
        text = _OF.sub("的", text)
    return text
