"""Signals other stages act on: competitor mentions (churn) and complaint flags.

A competitor mention (隔壁 / 别家便宜 / 拼多多 / cheaper on Amazon / the other live)
can come with any intent, so it is detected apart from the intent.
"""

from __future__ import annotations

from copilot.core.understanding.regex_gate import gated

_COMPETITOR = gated(
    r"隔壁|别家|别的家|别人家|其他家|其它家|另一家|别的直播间|其他直播间|别的主播|别的店|其他店|别的店铺|"
    r"拼多多|pdd|淘宝|某宝|天猫|京东|某东|唯品会|1688|得物|闲鱼|某音|快手上|小红书上|官网|线下店|超市|"
    r"盒马|叮咚|美团|山姆|开市客|沃尔玛|屈臣氏|丝芙兰|苏宁|国美|当当|亚马逊|网易严选|旗舰店|专卖店|"
    r"外面(?:才|卖|只要|便宜)|网上(?:才|卖|只要|便宜)|那边(?:才|卖|买|便宜|更)|去那边|别处|别的地方|"
    r"同款.{0,6}(?:便宜|才|只要)|(?:便宜|才).{0,4}同款|"
    r"\b(?:amazon|amzn|temu|shein|walmart|aliexpress|ebay|costco|etsy|target\.com|wish\.com"
    r"|best ?buy|sephora|ulta|home depot|ikea|aldi|trader joes?|kohls|tj ?maxx)\b|"
    r"\b(?:other|another|different)\s+(?:live|stream|streamer|shop|store|seller|site|channel|host|brand|room)\b|"
    r"\b(?:cheaper|less|half price|better price)\s+(?:at|in|from|over at|elsewhere|somewhere)\b|"
    # "cheaper on amazon" names a rival; "a better price on the scarf" asks for a discount
    r"\b(?:cheaper|less|half price|better price)\s+on\s+"
    r"(?!(?:the|this|that|these|those|it|your|ur|a|an|my)\b)|"
    r"\belsewhere\b|\bsomewhere else\b|\bcompetitor"
)


def mentions_competitor(text: str) -> bool:
    return _COMPETITOR.search(text) is not None
