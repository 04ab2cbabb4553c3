# ruff: noqa: E501
"""Structural patterns the phrase lexicons cannot express, and question cues.

Body measurements (160斤, 155/90, 5'6), "有M码吗", "拍了三天了", "问了三遍", "满299减30"…
are patterns with numbers or slots; each rule adds weight to one intent. Question cues
say whether a message asks something at all (吗/呢/A不A/怎么/…, "?", "how/can/is …").
Each kind of rule is searched as one alternation, pruned per text (alternation.py).
"""

from __future__ import annotations

import re

from copilot.core.understanding.alternation import Alternation
from copilot.core.understanding.regex_gate import gated

_N = r"(?:\d+|[一二两三四五六七八九十几好多半]+)"
# a number said exactly (no 几, 好多, 半): "五块卖不", "下单两件"
_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)"
# a coupon or code it is bought with ("w the glow code", "with my coupon"), and what is paid
_WITH_CODE = r"\b(?:w/?|with)\s+(?:the\s+|a\s+|my\s+)?(?:[a-z0-9]+\s+)?(?:code|coupon|voucher)\b"
_PAY = r"(?:how much|what (?:do|would|will) i pay)"
# what an order counts: "两件", "三盒"
_PIECES = "(?:件|个|单|份|盒|箱|套|斤|袋|瓶)"
# has it gone out: "发货没", "发了吗"
_SENT_Q = r"(?:发货没|发了没|发了吗|发货了吗|发出了吗)"
# a model year and the model it names: "2017 silverado", "2021 f150" (not "2019 and", "2024 lol")
# (ASCII digits and the one space normalize() leaves, written out, so that the pre-check
# looks for "2017 " rather than any "201" in a price or an order number)
_YEAR = (
    r"(?:19[5-9][0-9] |20[0-3][0-9] )(?!(?:and|or|to|lol|lmao|haha|was|were|is|im|i|yr|year|years"
    r"|model|version|edition|season|collection|still)\b)[a-z][\w-]*"
)
_SIZE = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d?xl|均码|大码|小码|加大码)"

# (intent, weight, pattern) on normalised text.
_RULES: list[tuple[str, float, str]] = [
    # "在吗" alone asks whether the host is there (a hello), not whether stock is left
    (
        "greeting",
        7.0,
        r"^\s*(?:主播|宝宝|老板)?\s*(?:(?:在吗|在么|在嘛|在不在)\s*[?？!！~。.]*\s*)+$",
    ),
    # "老师好": a hello to the host as a teacher ("老师好逗" is not one)
    ("greeting", 4.0, r"^\s*(?:各位)?老师们?好\s*[!！~。.啊呀]*\s*$"),
    # (before the rest: they begin where broader patterns do, and the first pattern
    # matching at a place wins)
    # "ordered a rug last night when will it ship": an order already placed, asked after
    (
        "order_status",
        7.0,
        r"^\s*(?:i\s+)?(?:ordered|bought|purchased|paid\s+for)\b.{0,40}\bwhen\s+(?:will|does|do|is|are|can)\s+(?:it|they|mine|my|that|this)\b",
    ),
    # "i asked where my order is 20 mins ago and nothing": asked before, no answer since
    (
        "complaint_service",
        7.0,
        r"\b(?:i\s+)?asked\b.{0,60}\b(?:ago|already|earlier|before|twice|again)\b.{0,20}\b(?:and|but|still)\s+(?:nothing|no\s+(?:answer|reply|response)|no\s*one|nobody|crickets)\b",
    ),
    # "how long does it take to come": how long delivery takes
    (
        "shipping",
        3.5,
        r"\bhow long\b.{0,20}\btake\s+to\s+(?:come|get\s+(?:here|to\s+me)|reach|arrive|be\s+delivered)\b",
    ),
    # "lumbar price", "the grey one price?": the price of the thing named
    ("price", 3.0, r"^\s*(?:the\s+)?[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,2}\s+price\s*[?？!]*\s*$"),
    # "L?", "xxl in the hoops?", "3-4 years?", "11.5 EE??", "10.5 left?? white": a size asked
    # for alone is whether it is there
    (
        "stock",
        4.0,
        r"^\s*(?:size\s+)?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{1,2}\s*-\s*\d{1,2}(?:\s*(?:years|yrs|y))?)(?:\s+in\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*[?？]+\s*$"
        # (a number alone, "14?", asks for a link)
        r"|^\s*(?:size\s+\d{1,2}(?:\.5)?|\d{1,2}\.5|\d{1,2}(?=\s*(?:ee|eee|2e|4e|w|wide|left|oos)\b))\s*(?:ee|eee|2e|4e|e|w|wide)?\s*(?:left|oos|available|still)?\s*[?？]+\s*(?:[a-z]+)?\s*$",
    ),
    # "uk 8 pls", "uk 10 mens?", "us 9.5 womens", "any 10s", "10.5 in the grey ones?": a shoe
    # size asked for (a country's size, not shipping to it)
    (
        "stock",
        4.5,
        r"^\s*(?:any\s+|got\s+|have\s+|only\s+\d+\s+pairs\W*any\s+)?(?:uk|us|eu)\s*\d{1,2}(?:\.5)?\s*"
        r"(?:mens|men|ladies|womens|women|wmns|gs|in\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*"
        r"(?:pls|please+|plz|left|still)?\s*[?？!🙏]*\s*$"
        r"|^\s*(?:\w+\s+){0,6}any\s+\d{1,2}(?:\.5)?s\b"
        r"|^\s*(?:\w+\W+){0,3}any\s+(?:uk\s*)?\d{1,2}(?:\.5)?\s*[?？]*\s*$"
        r"|^\s*\d{1,2}(?:\.5)?\s+in\s+the\s+[a-z]+(?:\s+[a-z]+)?\s*[?？]+\s*$"
        r"|^\s*\d{1,2}\.5\s+(?:pls|please+|plz)\s*[?？!]*\s*$",
    ),
    # "will they fit a 4 year old", "my head is massive will they fit", "would it fit under
    # my bed": whether it fits (a body, a space, a thing of theirs) is size
    (
        "size",
        4.5,
        r"\b(?:will|would|does|do|wud|wil)\s+(?:it|they|this|these|that|those|em)\s+fit\b(?!\s+pas\b)",
    ),
    # "wat is US 11 in UK", "uk 9 is what in eu": one country's size in another's
    (
        "size",
        4.5,
        r"\b(?:uk|us|eu)\s*\d{1,2}(?:\.5)?\s+(?:is\s+)?(?:in|to|=|what\s+in)\s+(?:uk|us|eu)\b",
    ),
    # "do they come in wide", "come in half sizes": fits and widths
    (
        "size",
        4.0,
        r"\b(?:come|comes|coming)\s+in\s+(?:a\s+)?(?:wide|narrow|petite|tall|half\s+sizes?|wide\s+fit)\b",
    ),
    # "just ordered the serum, can change address or not": an order placed, changed
    ("order_status", 6.0, r"\bchange\s+(?:my\s+|the\s+)?(?:shipping\s+|delivery\s+)?address\b"),
    # "30ml可以用多久", "50ml每天擦够用多久": how long that size lasts
    (
        "size",
        4.0,
        r"\d+\s*(?:ml|g|克|毫升|片|粒)\S{0,6}(?:用多久|能用多久|够用多久|吃多久|能吃多久)",
    ),
    # "一斤有多少颗", "250克大概多少粒": how many fruits, nuts or sticks to a weight (a size,
    # as a guide gives it; "一斤几只" of crabs asks what they are like)
    (
        "size",
        3.0,
        r"[一两二三四五六七八九十半\d]\s*(?:斤|克|g|公斤|kg|两)\S{0,4}(?:多少|几)\s*(?:颗|粒|根)",
    ),
    # "take 1 grey", "take 2 white 👍": an order placed as the host takes them
    ("purchase_signal", 3.0, r"^\s*take \d+\b(?!.*\?)"),
    # "by不": 包邮 written by its initials (not "baby不哭")
    ("shipping", 3.0, r"(?<![a-z])by(?:不|吗|嘛|么)"),
    # "我问了孕妇能不能用 没人理", "刚才问好久发货 一直不回": asked, and nobody answered
    (
        "complaint_service",
        6.0,
        r"(?:我|刚才|刚刚|之前|前面)问了?.{0,20}(?:没人理|没人回|没回|不回|没人管)",
    ),
    # (before the sizes: one alternation, the first pattern matching at a place wins)
    # "12公分的多少", "1.5米的多少钱": the price of that size
    (
        "price",
        3.5,
        r"\d+(?:\.\d+)?\s*(?:米|m|公分|cm|寸|码|升|l|ml|毫升|克|斤|g)?\s*(?:的多少钱?|的啥价|的什么价)(?!米|厘米|公分|斤|克|毫升|度|瓦)",
    ),
    # "1米2的有吗", "1.8x2的床笠有吗", "有1.2的吗": that size still there
    (
        "stock",
        3.5,
        r"(?:\d+(?:\.\d+)?|\d米\d)\s*(?:[x×*]\s*\d+(?:\.\d+)?)?\s*(?:米|m)?\s*的\S{0,3}(?:有吗|有没|有嘛)|有\s*\d+(?:\.\d+)?\s*(?:米|m)?\s*(?:的吗|的嘛|的么|的没)",
    ),
    # "is the coffin set 19.99 or 29.99": which price
    ("price", 4.0, r"\b\d+\.\d\d\s*(?:or|vs)\s*\$?\d+\.\d\d\b"),
    ("size", 3.0, r"\d{2,3}\s*(?:斤|公斤|kg|cm|厘米|公分)"),
    ("size", 3.0, r"(?<![\d.])1[.米]\s*\d{1,2}(?![\d.])(?!\s*(?:m|米)?\s*(?:的)?\s*床)"),
    ("size", 2.5, r"(?<![\d.])1[4-9]\d\s*[/,，、 ]\s*\d{2,3}(?![\d.])"),
    ("size", 3.0, _SIZE + r"\s*(?:码)?\s*还是\s*" + _SIZE),
    # choosing between two sizes of it: "6mm or 8mm for bad knees", "30g or 100g",
    # "12oz vs 2lb", "40还是45", "00还是01"
    # (one rule per script: a rule with a Chinese character is tried on Chinese text only)
    (
        "size",
        3.0,
        r"(?<![\d.])\d+(?:\.\d+)?\s*[a-z]{0,3}\s*(?:\bor\b|\bvs\.?)\s*\d+(?:\.\d+)?\s*[a-z]{1,6}\b",
    ),
    (
        "size",
        3.0,
        r"(?<![\d.])\d+(?:\.\d+)?\s*(?:寸|码|号|毫米|毫升|升|克|斤)?\s*还是\s*\d+(?![\d.])",
    ),
    ("size", 2.0, r"\d(?:\.\d)?\s*(?:米|m)\s*的?\s*床"),
    ("size", 3.0, r"(?<![\d])[4-6]\s*(?:'|ft|foot|feet)\s*\d{0,2}"),
    ("size", 3.0, r"\b\d{2,3}\s*(?:lbs?|pounds)\b"),
    # "my height 155 use m or l": a body measure, or a choice between two sizes
    ("size", 3.0, r"\bheight\s*(?:is\s*)?1[4-9]\d\b"),
    ("size", 3.0, r"\b(?:xs|s|m|l|xl|xxl|\dxl)\s+or\s+(?:xs|s|m|l|xl|xxl|\dxl)\b(?!\s*[a-z])"),
    # "whats the price w the glow code", "how much would sg be w the code", "2 bags w the
    # code what do i pay": the price after a coupon is the coupon's question
    (
        "discount",
        4.0,
        rf"\b(?:price|cost|{_PAY})\b.{{0,30}}{_WITH_CODE}|{_WITH_CODE}.{{0,20}}\b{_PAY}\b",
    ),
    # "早晨 第一次睇": good morning, as Hong Kong says it (not "早晨起来", the morning)
    ("greeting", 4.0, r"^\s*早晨\s*(?:[!！~。.,， 👋]|$)"),
    # "头痛搽哪里 搽多少", "细路6岁饮多少": how much of it to take or put on is use
    # (from up to four characters before: a broader "什么多少" rule starts there)
    (
        "usage",
        3.5,
        r"[^\s\d]{0,4}(?:吃|喝|饮|涂|搽|抹|冲|泡|喷)\s*(?:多少|几多)(?!钱|米|码|斤|块|号|度)",
    ),
    # "43了零基础 还能学吗": whether a beginner can learn it is use
    ("usage", 3.0, r"零基础|(?:还|能|可以)\s*学\s*(?:吗|嘛|么|不)"),
    # "订单号私信你了 啥时候发", "我上星期买嗰两樽几时寄": an order already placed, asked after
    (
        "order_status",
        7.0,
        r"(?:订单号|单号|我的订单|(?:上星期|上周|上个?礼拜|昨天|前天|上个月|前几天|之前)(?:买|订|拍|下单)(?:的|嗰|𠮶|了)).{0,12}(?:什么时候|啥时候|几时|多久)\s*(?:发|寄|到)",
    ),
    # "3盒150是不是任拣": a price for several is a bundle deal
    (
        "discount",
        3.0,
        r"(?<![\d.])[2-9]\s*(?:盒|件|瓶|支|包|袋|罐)\s*\d{2,4}(?![\d.]|\s*(?:ml|g|克|毫升))",
    ),
    # "老师吹个月光下的凤尾竹吧": asking the host to play or sing is a request to them
    ("other_question", 3.5, r"(?:吹|唱|弹|拉|跳)\s*(?:个|一首|一段|一曲|首)"),
    # "上弦断了能补吗": something broken, and whether it is made good
    ("after_sales", 4.0, r"(?:断|坏|裂|碎)了\s*(?:能|可以|给|怎么)\s*(?:补|换|修|退|赔)"),
    # "二胡那个券还能用吗": whether a coupon still holds
    ("discount", 4.0, r"券\s*(?:还)?\s*(?:能|可以)\s*用"),
    # "present 🙋", "present from medan": answering the room's roll call
    ("greeting", 4.0, r"^\s*present\b(?!\s+(?:for|to|idea|ideas|box|wrap|it|them|this)\b)"),
    (
        "size",
        3.0,
        r"\b(?:a|an|in)\s+(?:xxs|xs|s|m|l|xl|xxl|\d?xl|small|medium|large)\b\s*(?:or|vs)",
    ),
    (
        "stock",
        3.0,
        r"有\s*(?:"
        + _SIZE
        + r"|\S{1,3}色|\S{1,2}码|[2-4]\d(?:\.5)?|\d+(?:\.\d+)?\s*(?:米|m|ml))\s*的?\s*(?:吗|嘛|么|没|不|呢)",
    ),
    ("stock", 3.0, r"\b(?:in|any)\s+(?:xxs|xs|s|m|l|xl|xxl|\d?xl|small|medium|large)\s*\?"),
    # "速比多少", "拉力多少", "采样率多少": how much of a named quantity is a spec, not the
    # price ("这个多少", "一件多少", "到手多少", "运费多少" name no quantity of the thing)
    (
        "spec",
        2.5,
        r"(?<![这那哪一两二三四五六七八九十几每\d])(?<![这那][个款张把套条件双只瓶盒支袋罐台顶片块])"
        r"(?![这那哪一两二三四五六七八九十几每])(?!(?:到手|现在|原价|价格|价钱|运费|邮费|优惠|总共|一共|全部|还剩|库存|定金|尾款|要卖|卖价|单价|完券|用券|券后|领券))"
        r"(?![\u4e00-\u9fff][色号码装套款件个只瓶盒袋包箱罐支条双份])[\u4e00-\u9fff]{2}多少(?![钱块元米r个件套单号])",
    ),
    # an order placed in the past that has not come: "ordered the dryer last week still not
    # here", "whens my order coming, ordered the oil on tuesday"
    (
        "order_status",
        4.0,  # over "i ordered" (a purchase signal) said in the same breath
        r"\b(?:ordered|bought|paid)\b.{0,40}\b(?:still not|still no|still says|not here|not arrived|hasnt"
        r"|havent|yet\b|last (?:week|month|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|days ago"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\bwhens my order|\bwhen is my order"
        r"|\b(?:hasnt|havent|not) (?:shipped|arrived|come)\b.{0,30}\b(?:ordered|bought)"
        r"|\bwhen (?:does|will) .{1,30}\bship\b.{0,20}\bi (?:ordered|bought)",
    ),
    # what I bought, asked after: "我下午拍的沙发什么时候发货", "我买的怎么还没到"
    (
        "order_status",
        7.0,  # over the shipping words it holds ("什么时候发货")
        r"我.{0,6}(?:拍|买|下单|订)的.{0,10}(?:什么时候|啥时候|几时|怎么还没|还没)(?:发|到|寄)",
    ),
    # "怎么加热", "PD怎么量", "怎么选": how to do something with it (but 怎么卖/买/拍/发/退/领/算,
    # 怎么样/办/回事/还没/不回 say other things, and their own words weigh more)
    (
        "usage",
        2.0,
        r"(?:怎么|咋|如何)(?!办|回事|样|还|不|没|卖|买|拍|下单|发|寄|退|换|联系|关注|领|凑|算|上车|回|看|说"
        r"|这么|那么|才|整|处理|兑|[\u4e00-\u9fff]了)[\u4e00-\u9fff]",  # "怎么黑了" a complaint
    ),
    ("discount", 3.0, r"满\s*\d+\s*(?:减|-)\s*\d*"),
    ("discount", 2.0, r"\d+(?:\.\d)?\s*折"),
    ("discount", 3.0, r"\d+\s*%\s*off"),
    (
        "order_status",
        3.0,
        r"(?:拍|买|下单|付款|付)\s*(?:了|的)?\s*(?:都|已经|有)?\s*"
        + _N
        + r"\s*(?:天|周|星期|礼拜|个月)",
    ),
    ("order_status", 2.5, r"(?:都|已经|快)\s*" + _N + r"\s*(?:天|周|星期|礼拜)了"),
    ("order_status", 3.0, r"(?:订单|单号)\s*(?:号)?\s*[:：]?\s*[\w*x]*\d{4,}"),
    ("order_status", 2.0, r"我的.{0,6}(?:发|到|快递|物流|单|货|包裹)"),
    (
        "order_status",
        3.0,
        r"\b(?:ordered|bought|paid|purchased)\b.{0,30}\b(?:ago|last|yesterday|still)\b",
    ),
    ("after_sales", 3.0, r"[七7]\s*天\s*(?:无理由|退|换|可退|包退)"),
    ("complaint_service", 3.0, r"问了?\s*" + _N + r"\s*(?:遍|次|回|分钟|小时)"),
    ("complaint_service", 2.5, _N + r"\s*(?:遍|次)了"),
    # "开的这颗给我", "这件给我留着": this one is mine
    (
        "purchase_signal",
        4.0,
        r"(?:这颗|这个|这件|这条|这只|这对|这串|这款|那颗|那个|刚开的)\S{0,3}给我(?:留|吧|啊|！|!|\s|$)",
    ),
    # "40码有紫红吗": a colour in that size
    ("stock", 4.0, r"\d+\s*码\S{0,2}有\S{1,4}(?:吗|没|嘛|么)"),
    # "手围14拍哪个", "腰围二尺四拍哪个": which one fits that body
    (
        "size",
        4.0,
        r"(?:手围|腰围|臀围|胸围|脚长|头围|身高|体重)\s*\S{1,5}\s*(?:拍|选|买|穿)哪(?:个|款|号)",
    ),
    # "玩黑神话卡不卡", "cad跑得动吗": how it runs a game or a program (not the stream lagging)
    (
        "usage",
        4.0,
        r"(?:玩|跑|打|开|带|用)\S{1,10}(?:卡不卡|卡吗|会卡|卡顿吗|跑得动|带得动|带不带得动)|多少帧|几帧",
    ),
    # "14寸内胆包能装吗", "15.6的书包能放吗": whether it fits in something that size
    (
        "size",
        4.0,
        r"\d+(?:\.\d)?\s*(?:寸|英寸|inch|cm|厘米)?\S{0,6}(?:能放|能装|放得下|装得下|塞得进|塞得下|放得进)",
    ),
    # "有没有打农药", "有没有加糖加盐", "含不含酒精": what is in it, not whether it is in stock
    (
        "spec",
        4.0,
        r"(?:有没有|有木有|有无|含不含|加没加|放没放)\s*(?:打(?:过)?(?:农药|药|蜡|激素)"
        r"|(?:添)?加(?:了)?(?:糖|盐|香精|防腐剂|色素|蔗糖|酒精|味精|添加剂)|含(?:糖|酒精|咖啡因|乳糖)"
        r"|酒精|防腐剂|香精|添加剂|色素|甲醛|荧光剂)",
    ),
    # "一米五八能坐吗", "乳头直径22mm用哪个", "卧室18平 选这个行吗": whether it fits the viewer's
    # own measure (a body, a room, a thing of theirs), asked as "can I / which one"
    (
        "size",
        3.5,
        r"(?:\d+(?:\.\d+)?\s*(?:cm|公分|厘米|斤|kg|公斤|mm|毫米|平(?!方)|平方|米(?!饭|粉))|一米[四五六七八九]|身高|体重|\d{2,3}高)"
        r"\S*\s*\S*?(?:能\S{0,3}(?:吗|不)|能不能|行吗|行不|ok吗|够吗|够不够|够用|选哪|用哪|拍哪|穿哪|合适吗|可以吗)"
        r"|(?:能\S{0,3}(?:吗|不)|能不能|行吗|选哪|用哪|拍哪)\s*\S{0,8}?(?:\d+(?:\.\d+)?\s*(?:cm|公分|厘米|斤|kg|公斤|mm|毫米)|一米[四五六七八九])",
    ),
    # "有没有46-47的": that size in stock
    ("stock", 4.0, r"有(?:没有|木有)\s*\d{2}(?:\s*-\s*\d{2})?\s*(?:码|的)"),
    # "发货了吗 下午拍的": an order already placed, asked after
    ("order_status", 5.0, r"发(?:货)?了(?:吗|没|嘛)\S{0,3}\s*\S{0,6}(?:拍的|买的|下的单|下单的)"),
    # "圆通好慢啊 能换吗": another carrier
    (
        "shipping",
        4.0,
        r"(?:顺丰|圆通|中通|申通|韵达|极兔|邮政|京东|德邦|快递).{0,8}(?:能换|可以换|换个|换成)(?!货|码|尺码|颜色|新)",
    ),
    # "找客服三天了没人回": service has not answered for days
    (
        "complaint_service",
        5.0,
        r"(?:找|问|联系|私信)\s*客服.{0,10}(?:没人回|没人理|不回|没回|没人管|不理)",
    ),
    (
        "complaint_service",
        3.0,
        r"\b(?:asked|said|typed)\b.{0,32}(?:\b(?:\d+|two|three|four|five|several|many|multiple|so many)\s+times|\btwice\b)",
    ),
    (
        "complaint_service",
        3.0,
        r"\b(?:why|y)\s+(?:does\s+|do\s+|is\s+)?(?:no one|nobody|nobody is|u|you|wont you|dont you)\b.{0,12}\b(?:answer|reply|respond|replying|answering)",
    ),
    # how to cook, apply, fit, charge … the product: "怎么煎", "蒸多久", "一天涂几次"
    (
        "usage",
        3.0,
        r"(?:怎么|怎样|如何|咋)\s*(?:煮|蒸|煎|炒|烤|炸|炖|焖|涂|抹|擦|敷|装|拆|冲|泡|喝|吃|保存|存放|放|解冻"
        r"|化冻|清理|充|玩|调|设置|连接|操作|收|用|撬|兑|喷|画|戴|贴|挂|铺|刷|开机|关机)",
    ),
    # "can i bake sourdough in it", "can it cut through bones": doing something with it
    (
        "usage",
        2.0,
        r"^(?:can|could)\s+(?:i|it|you|u|he|she|we|they|(?:my|your|a|an)\s+[a-z]+)\s+(?!return|get|pay|order|buy|exchange|cancel|ship|send"
        r"|have|see|show|tell|ask|do\b|use\s+(?:a|the|my)\s+code)[a-z]+",
    ),
    # "what if it breaks in the post", "if the enamel chips is it covered": after sales
    (
        "after_sales",
        3.0,
        r"\b(?:what if|what happens if|if)\b.{0,24}\b(?:breaks?|broke|broken|leaks?|leaking|cracks?|missing"
        r"|chips?|peels?|peeling|stops working|dies|pops? off|popped off|falls? off|fell off|comes? off|came off|arrives? (?:broken|damaged|melted)|snaps?|doesn?t (?:work|wake up|turn on|charge|start))\b"
        r"|\b(?:is|are) (?:it|that|this|they|these|those) covered\b",
    ),
    # "抗风ok吗", "做藤椒鸡 ok不": is it fine to use it so (the "ok" is no reply)
    ("usage", 2.0, r"(?<![a-z])ok(?:ay)?\s*(?:吗|嘛|么|不|没)"),
    # "is 15 still the rollerball", "is link 4 the big one": which link is which
    ("link", 3.0, r"\bis\s+(?:(?:link\s*|#)\d{1,3}\s+(?:still\s+)?|\d{1,3}\s+still\s+)the\s+[a-z]"),
    # "少了零件咋办", "炸机了咋整": something wrong with what came is after sales
    (
        "after_sales",
        4.0,  # over the "care" or 咋整 said with it
        r"(?:少|缺|坏|碎|漏|断|裂|丢|炸|摔|烂|化|塌|瘪)\S{0,3}了\S{0,4}(?:怎么办|咋办|咋整|怎么整|找谁|管吗|管不管)",
    ),
    (
        "after_sales",
        3.0,
        r"(?:缺|坏|碎|烂|开胶|开线|脱胶)\S{0,3}(?:怎么办|咋办|咋整|怎么整)",
    ),  # "要是缺页咋整"
    # "发热包不热 找谁", "胀袋了咋办", "磁铁掉了能补吗": a fault in what came, and who mends it
    (
        "after_sales",
        4.0,
        r"(?:不热|不转|不亮|不响|打不动|不工作|不加热|不出水|胀袋|胀包|漏气|发霉).{0,8}(?:怎么办|咋办|咋整|找谁|能换|能退|管吗)"
        r"|(?:掉|丢|坏|碎|缺|少)了?\S{0,2}(?:能补|可以补|补发吗|能单买|可以单买|能配)",
    ),
    # "黑色只剩L了吗": is that all that is left ("袜子永远只剩一只" asks nothing)
    ("stock", 3.0, r"只剩\S{0,4}(?:了吗|吗|了没|了么|了嘛)"),
    # "平时38 脚偏宽拍几": the size worn every day, asking which to take
    ("size", 3.5, r"平时(?:穿)?\s*[34]\d(?:\.5)?(?![\d.]|\s*(?:斤|公斤|kg|块|元|岁|度|cm|厘米))"),
    # "xxxl还有没": that size still there
    (
        "stock",
        3.0,
        r"(?<![a-z])(?:xxs|xs|s|m|l|xl|xxl|xxxl|\dxl)\s*(?:码)?\s*(?:还有吗|还有没|还有不|还有嘛|有没有了|还有么)",
    ),
    # "3xl有吗", "3xl全黑有吗": that size (in a colour) on offer
    (
        "stock",
        4.0,
        r"(?<![a-z\d])(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-8]xl)\s*(?:码)?\s*[\u4e00-\u9fff]{0,4}?(?:有吗|有没有|有么|有嘛|有不)\s*[?？]*\s*$",
    ),
    # "上次买的湿巾有一包是干的 咋整": something wrong with what was bought
    (
        "after_sales",
        4.0,
        r"(?:上次|之前|上回|前几天)买的.{0,20}(?:怎么办|咋办|咋整|找谁|能换吗|能退吗)",
    ),
    # "买三送一是真的吗", "送的补充装多大的", "送的是哪个尺寸": the deal and what it throws in
    (
        "discount",
        4.0,
        r"(?<!凑)买\s*[一二两三四五六七八九十\d]\s*送\s*[一二两三\d]|送的\S{0,4}(?:是|多大|哪个|什么|啥|要备注|怎么领|怎么拿)",
    ),
    # "ph多少", "spf多少": a named quantity, not the price
    (
        "spec",
        3.0,
        r"(?<![a-z])(?:ph值|ph多少|ph是多少|ph几|spf多少|spf几|spf值|mah多少|dpi多少|rpm多少|db多少)",
    ),
    # "一家四口吃几天", "三口人买单瓶还是两瓶装的": how much a household needs
    (
        "size",
        3.0,
        r"(?:一家\s*[一二两三四五六七八\d]\s*口|[一二两三四五六七八\d]\s*口人)\S{0,6}(?:吃|用|喝|买|拍|选|够)",
    ),
    # "才36盒？？": that little left
    ("stock", 3.0, r"^\s*(?:才|只有)\s*\d+\s*(?:盒|件|个|台|瓶|套|张|只|支|袋|罐|包|条|双)"),
    ("price", 1.0, r"多少钱|几块钱|啥价|什么价|到手(?:价)?\s*(?:多少|几)"),
    # "买弹簧送保护罩吗": is it thrown in with it
    ("discount", 3.0, r"买\S{1,6}送\S{1,6}(?:吗|嘛|么|不)"),
    # "两件多少钱", "两支怎么算": the price of several (not a pack: "两瓶装的", "四件套")
    (
        "discount",
        3.5,
        r"(?<!\S)(?:拍|买|要)?\s*[两二三四五2-5]\s*(?:个|件|支|罐|盒|瓶|双|条|包|袋|只|份)(?!装|套)\s*(?:一起)?\s*(?:多少钱?|怎么算|什么价|啥价)",
    ),
    # "可以换size吗": exchanging for another size
    ("after_sales", 5.0, r"换\s*(?:size|码|尺码|大一码|小一码|个码|个size|号)"),
    # "送货上门不": delivery to the door
    ("shipping", 1.0, r"送货上门|送上门|上门吗|送到家"),
    # "368还能叠券吗": stacking coupons
    ("discount", 4.0, r"叠券|叠加券|能叠加|可以叠加|叠加优惠|叠加使用|能叠吗|还能叠"),
    # "家里旧电视能换吗": a trade-in
    (
        "discount",
        7.0,
        r"(?<![戴用穿洗])旧(?!了)\S{0,4}(?:能换|可以换|换吗|抵|折价)",
    ),  # over the 能换 of exchanges
    # "155 胸大 能穿吗", "168穿短款会不会短": a height, and whether it fits
    (
        "size",
        3.5,
        r"(?<![\d.])1[4-8]\d(?![\d.])(?:\s*(?:的个子|个子|cm|厘米|公分))?(?!\S{0,2}还有)(?!\S{0,2}有吗).{0,8}(?:能穿|穿|会不会|合适|拍)",
    ),
    # "腰为2尺4": a waist in chi
    ("size", 3.0, r"\d\s*尺\s*\d?"),
    # "一个人喝一个月要拍几盒": how many for a stretch of time
    ("size", 3.5, r"(?:一个月|一年|一季|一周|半年)\S{0,4}(?:拍|买|要)几(?:盒|瓶|袋|包|罐|箱)"),
    # "陈皮几年的": how old it is
    ("spec", 3.0, r"几年(?:的|陈|份)"),
    # "这套价格": the price asked by naming it
    ("price", 3.0, r"^\s*(?:这|那)\S{0,3}(?:价格|价钱)\s*[?？]*\s*$"),
    # "送内胆还有吗", "送的蔬菜还有吗": is the gift still thrown in
    ("discount", 4.0, r"送的?[\u4e00-\u9fffa-z]{1,4}还有(?:吗|嘛|么|没|不)"),
    # "煮一锅饭要多久": how long it takes to cook is how to use it, not delivery
    ("usage", 4.0, r"(?:煮|蒸|炖|烧|焖|烤|炸|热|打)\S{0,5}(?:要多久|多长时间|要几分钟)"),
    # "保质期多长", "shelf life多长": how long it keeps, not how long it is
    ("spec", 1.0, r"(?:保质期|shelf life)\s*(?:多长|多久)"),
    # "ND镜是干嘛的", "这个干啥用的": what it is for
    ("usage", 3.0, r"(?:干嘛|干啥|做啥|做什么)\s*(?:用)?的"),
    # (before the spec below: one alternation, the first pattern matching at a place wins)
    # how long a bottle or a pack lasts is the size to buy ("how long does 1 bottle last",
    # "一瓶能用多久", "500毫升的够吃多久"), not how long the thing holds out
    (
        "size",
        3.5,
        r"\bhow long (?:does|do|will|would) (?:1|one|a|each|the|\d+)\s*(?:[a-z]+\s+)?(?:bottle|jar|bag|tub|box|pack"
        r"|tube|can|vial|pouch|roll|ml|oz|g|ct|count|caps|tabs)s?\b.{0,12}\blast",
    ),
    (
        "size",
        3.5,
        r"(?:一|1|每|这)\s*(?:瓶|罐|袋|包|盒|桶|支|管|箱|卷)\s*(?:\d+\s*(?:包|片|粒|颗|支|袋)\s*)?(?:能|可以|够)?\s*(?:用|吃|喝)\s*(?:多久|几天|多长时间)"
        r"|\d+\s*(?:毫升|ml|克|g|斤|升|l)\s*的?\s*(?:能|可以|够)?\s*(?:用|吃|喝)\s*(?:多久|几天|多长时间)",
    ),
    # "能录多久", "能飞多久", "how long does it last": how long it holds out is a spec
    (
        "spec",
        2.5,
        r"(?:能|可以)\s*[\u4e00-\u9fff]\s*多久|实际\s*(?:能)?\s*[\u4e00-\u9fff]{1,2}\s*多久",
    ),
    (
        "spec",
        2.5,
        r"\bhow\s+long\s+(?:does|do|will|would)\s+(?:[a-z0-9]+\s+){1,3}?(?:last|stay|hold|run|take)\b",
    ),
    # "safe w cats", "will it work for me": whether it suits a use
    (
        "usage",
        2.0,
        r"\bsafe\s+(?:for|w|with|around)\s+[a-z]|\bwill\s+(?:it|this|that|they|these)\s+work\b",
    ),
    # "hello still my order not arrive 3 week!!": an order that has not come, greeted or not
    (
        "order_status",
        2.0,
        r"\b(?:my|the) (?:order|parcel|package|box)\b.{0,25}\b(?:not|never|hasnt|havent|didnt)\b",
    ),
    # "how long to darwin roughly": how long the parcel takes to a place (not "how long to
    # cook", "how long to charge": doing something with it)
    (
        "shipping",
        3.5,
        r"\bhow long (?:to|till|til|until)\s+(?:get to\s+)?(?!(?:get|be|make|use|cook|charge|dry|heat|set|boil|bake|brew|cure|wash|fill|fix|learn|build|assemble|install|see|notice|work|start|apply|wear|soak|steep|ship|deliver|arrive|receive|break|grow|cycle|dissolve|absorb|last|wait|hear|do|go|run|clean|change|replace|heal|kick|fade|dye|grill|smoke|roast|fry|steam|cool|warm|chill|freeze|thaw|settle|sink|float|inflate|pump|fold|open|close|pay|order|reply|answer|respond|restock|refund|return|exchange)\b)[a-z]{3,}\b(?:\s+(?:roughly|approx|about|ish))?\s*\??\s*$",
    ),
    # "got lefty version or not": do you have it (Singlish "got … or not")
    ("stock", 2.5, r"^\s*got\b.{1,30}\b(?:or not|anot|not)\s*\??\s*$"),
    # "1.5hp got or not", "stock still got?": is it there (the thing first)
    ("stock", 2.5, r"\b(?:got (?:or not|anot)|still got)\s*\??\s*$"),
    # "any wide in 11?": that fit in that size
    ("stock", 3.0, r"\bany\s+[a-z]+\s+in\s+(?:size\s+)?\d{1,2}(?:\.5)?\b"),
    # "is the free drop checker still going", "3 for 2 on the balls still going?"
    (
        "discount",
        3.5,
        r"\b(?:free|deal|offer|promo|\d+ for \d+|b\dg\d|bogo|bundle|coupon|code|\d+(?:\.\d+)? thing)\b.{0,30}\bstill (?:going|on|a thing|running|valid|live|got)\b",
    ),
    # "do 450 and ill take it now": haggling
    (
        "discount",
        3.0,
        r"^\s*(?:do|make it|would you do|will you do|can u do)\s+\$?\d+\b.{0,30}\b(?:and|ill|i will|take)\b",
    ),
    # "kasi 2 tin", "nak 3 box", "下了2盒": a count asked for or ordered is a purchase
    (
        "purchase_signal",
        3.0,
        r"\b(?:kasi|bagi|nak|mau)\s*\d+\s*(?:tin|tins|box|boxes|pack|packs|pcs|bottle|bottles|jar|jars)\b",
    ),
    ("purchase_signal", 3.0, r"下了\s*\d+\s*[盒罐个件份包袋瓶只套]|刚下单(?!的)"),
    # "i ordered the steamer on tues when u ship", "when will it come, ordered tues": an order
    # placed on a day, asked after
    (
        "order_status",
        7.0,
        r"\bordered\b.{0,30}?\b(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b"
        r".{0,30}\b(?:when|where|still|yet|not|ship|arrive|come)"
        r"|\b(?:when|where)\b.{0,40}\bordered\s+(?:on\s+)?"
        r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b",
    ),
    # "been waitin 2 weeks for order 58104": an order by its number is asked after
    (
        "order_status",
        3.0,
        r"\b(?:(?:for|my|on|about|with)\s+order|order\s*(?:no\.?|number|#|id))\s*#?\s*\d{4,}\b",
    ),
    # "whats good from peckham", "ay whats good": a hello, not a question
    (
        "greeting",
        4.0,
        r"^\s*(?:ay|yo|oi)?\s*whats good(?:\s+(?:from\s+\w+|everyone|fam|guys|all|chat))?\W*$",
    ),
    # "reel + rod in the cart, done ✅", "2 kits in basket 👍": put in the cart, nothing asked
    # ("cant find it in the basket", "got it in my cart, link 2 right?" ask)
    (
        "purchase_signal",
        4.0,
        r"^(?!.*(?:\?|\bwhere|\bhow\b|\bcan'?t\b|\bcyah?\b|\bdon'?t\b|\bwhich\b|\bfind\b|\bsee\b"
        r"|\bright\b|\bwhat\b)).{0,40}\bin (?:the |my )?(?:cart|basket)\b",
    ),
    # "buy 3 free 1 is it?", "b3g1 work with …", "buy 3 get one free or what was it"
    (
        "discount",
        3.5,
        r"\bbuy\s*(?:\d+|one|two|three|four)\s*(?:get|free|pay|\+)\s*(?:free\s*|for\s*)?"
        r"(?:\d+|one|two|three|a|the\s+\w+)(?:\s*free)?\b|\bb\dg\d\b",
    ),
    # "how much does it purge per swap", "how much do they stretch": how much of a measure,
    # not what it costs ("how much does it cost/go for/run" stay the price)
    (
        "spec",
        3.5,
        r"\bhow much (?:does|do|will|would|can) (?:it|they|this|that|these|those|each one)"
        r" (?!cost|go\b|run\b|sell|retail|come to|set me|charge)[a-z]{4,}",
    ),
    # "how many bags for a 20 long?", "29 gal how many bags": how many to buy for a measure
    (
        "size",
        3.5,
        r"\bhow many (?:bags?|bottles?|packs?|box|boxes|rolls?|tubs?|jars?|tins?|cans|sets|pairs|skeins|balls|sheets|tiles|panels|packets?|spools|yards|metres|meters|fqs|bolts|pcs|pieces)\b.{0,20}\bfor\b"
        r"|\b\d+\s*(?:gal|gallons?|g|l|litres?|liters?|sq ?ft|m2)\b.{0,10}\bhow many\b",
    ),
    # "100w enough for a 29g?", "overkill for a 20 long?", "ok for 29 gal": fit to a measure
    (
        "size",
        3.0,
        r"\b(?:enough|ok|okay|good|overkill|too (?:big|small|much|strong|weak))\s+for\s+(?:a\s+|an\s+|my\s+)?\d+(?![\d.]|\s*(?:yr|yrs|year|years|yo|y/o|month|months|mo|k\b|km|mile|miles|hr|hrs|hour|hours|min|mins|people|ppl|person))",
    ),
    # "do i rinse it first", "do i gotta cycle it first": what to do before use
    ("usage", 3.5, r"\b(?:do|should|must|gotta) (?:i|u|you|we)\b.{0,24}\bfirst\b"),
    # "the heater i got from u in march stopped heating what do i do": a fault
    (
        "after_sales",
        4.0,
        r"\b(?:stopped|quit|stops)\s+(?:working|heating|charging|turning on|spinning|pumping|cooling|holding)\b",
    ),
    # "how much do i dose for a 5 gal": how much to use, not the price
    (
        "usage",
        4.0,
        r"\bhow much (?:do|should|would) (?:i|u|you|we) (?:use|dose|add|put|apply|take|feed|give|mix|pour)\b",
    ),
    # "invert safe?", "is the intake shrimp safe": fine for what lives with it
    (
        "usage",
        3.0,
        r"\b(?:shrimp|invert|inverts|reef|betta|fish|pet|kid|baby|toddler|puppy|kitten)\s+(?:safe|friendly)\b",
    ),
    # "tube burst during delivery how", "will the balls come in the same box as my putter"
    (
        "after_sales",
        3.0,
        r"\b(?:burst|bursted|came open|split open)\b.{0,20}\b(?:delivery|post|arrived|came|shipping|transit|box|parcel)\b|\b(?:arrived|came)\s+(?:burst|split)\b",
    ),
    (
        "shipping",
        3.5,
        r"\b(?:same|one|1)\s+(?:parcel|package|shipment)\b|\bsame box\b|\b(?:ship|send|sent|pack|packed|combine)\w*\b.{0,20}\b(?:one|1)\s+box\b",
    ),
    # "lefty in the irons??", "left handed?": the left-handed one, still there
    ("stock", 1.5, r"(?<!\bim )(?<!\bi am )\bleft[ -]?hand(?:ed)?\b"),
    # "landscape one is A5 or A4": paper sizes
    ("size", 3.0, r"\ba[3-6]\b.{0,8}\bor\b.{0,4}\ba[3-6]\b"),
    # "if marker dry out can change?": can it be exchanged
    ("after_sales", 3.0, r"\bcan (?:i |we )?(?:exchange|return|refund)\b|\bcan change\s*\??\s*$"),
    # "how much is king", "hw much for the queen", "how much was the cooling one queen again":
    # the price of a size ("how much does the queen weigh", "how much bigger is the king" stay)
    (
        "price",
        3.5,
        r"\b(?:how|hw) (?:much|mch) (?:is |for |was |are )?(?:the |a |ur |your )?"
        r"(?:(?!bigger|smaller|longer|wider|heavier|larger|more|less|does|do|will|would)[a-z]+ ){0,3}"
        r"(?:twin|full|queen|king|cal king)\b(?! weigh)",
    ),
    # "ambik 3 how much", "if i get 2 how much": the price of several
    (
        "discount",
        3.5,
        r"\b(?:get|buy|take|ambik|beli)\s+(?:2|3|4|two|three|four)\b.{0,12}\bhow much\b",
    ),
    # "4XL ada?", "white M ada lagi?", "size L ada stock or not" (Malay "ada": is there)
    ("stock", 3.5, r"\bada\b\s*(?:lagi|tak|stock)?\s*(?:or not)?\s*\??\s*$|\bada stock\b"),
    # "beli 2 helai ada kurang tak", "got less?": any discount (Malay "kurang", Singlish "less")
    ("discount", 3.0, r"\b(?:ada|boleh|got|can)\s+(?:kurang|less)\b|\bkurang\s+(?:tak|lagi)\b"),
    # "still waiting reply bout my order", "u still havent answered my question"
    (
        "complaint_service",
        4.0,
        r"\b(?:still\s+)?waiting (?:for )?(?:a |your |ur )?reply\b|\b(?:havent|not|never) (?:answered|replied)\b",
    ),
    # "between S and M help": which of two sizes
    (
        "size",
        3.5,
        r"\bbetween\s+(?:xs|s|m|l|xl|xxl|[1-6]x|[2-6]xl|\d+(?:\.5)?)\s+(?:and|&|n|or)\s+(?:xs|s|m|l|xl|xxl|[1-6]x|[2-6]xl|\d+(?:\.5)?)\b",
    ),
    # "how many days of ice", "how many days does the 65 hold ice": how long it keeps
    # something cold or fresh (a spec), not how long delivery takes
    (
        "spec",
        4.0,
        r"\bhow (?:many days|long)\b.{0,24}\b(?:of ice|holds? (?:ice|the cold|its cold)|keeps? (?:ice|things? cold|it cold))",
    ),
    # "how much height do u need with the lid up": room needed, no price; "how much box does
    # it need", "how much yarn do i need for a blanket": how much of it a job takes
    (
        "size",
        4.0,
        r"\bhow much (?:height|room|space|clearance|depth|width|length)\b"
        r"|\bhow much (?!does|do|is|are|would|will|money|cash|more|extra)[a-z]+(?: [a-z]+)? (?:do|does|would|will|should)"
        r" (?:i|u|you|we|it|they|one) need\b",
    ),
    # "i 158cm 55kg wear M ok?": a height in centimetres
    ("size", 3.0, r"\b1[4-9]\d\s*cm\b"),
    # "where r they made": origin
    (
        "spec",
        3.5,
        r"\bwhere\s+(?:is|are|r)\s+(?:it|they|these|this|those|them)\s+(?:made|from|produced|manufactured)\b",
    ),
    # "can i shower with tabs on", "can i cut them shorter": doing it with the thing
    (
        "usage",
        3.0,
        r"\bcan (?:i|u|you|we) (?:shower|swim|sleep|sweat|bathe|work out|exercise)\s+(?:with|in)\b",
    ),
    ("usage", 2.5, r"\bcan (?:i|u|you|we) (?:cut|trim|shorten|file|dye|resize|adjust)\b"),
    # "if i get 2 can i send one back": returning it
    ("after_sales", 4.0, r"\bsend (?:it|them|one|this|these|that|em) back\b"),
    # "is the live price only tonight", "can i still get the live price": the deal's life
    (
        "discount",
        4.0,
        r"\blive price\b.{0,20}\b(?:only|tonight|end|ends|until|last)\b|\b(?:still|only)\b.{0,20}\blive price\b",
    ),
    # "whats the free ruler thing": a freebie
    ("discount", 3.0, r"\b(?:whats|what is|is) the free\b"),
    # "is 124.99 before or after the code"
    (
        "discount",
        4.0,
        r"\b(?:before|after) (?:or (?:before|after) )?(?:the )?(?:code|coupon|discount|voucher)\b",
    ),
    # "can u do 2 nets for 250": haggling
    ("discount", 4.0, r"\bcan (?:u|you) do\b.{0,20}\bfor \$?\d+"),
    # "my top is 88x100 will the queen work": dimensions and a fit
    ("size", 3.5, r"\b\d{2,3}\s*[x×]\s*\d{2,3}\b.{0,40}\b(?:which|work|fit|need|enough)\b"),
    # "enough for a jelly roll race or do i need 2"
    ("size", 3.0, r"\bdo i need (?:2|3|two|three|another|more)\b"),
    # "womens 9.5 what do i get"
    ("size", 3.5, r"\b(?:mens|womens|kids)\s+\d{1,2}(?:\.5)?\b.{0,20}\b(?:what|which)\b"),
    # "how do u put it on": fitting it
    (
        "usage",
        4.0,
        r"\bhow (?:do|to|should|would) (?:u |you |i )?(?:put|attach|install|fit|mount|wrap|apply)\b",
    ),
    # "is it elbow friendly": fine for a body or a person
    ("usage", 3.0, r"\b(?:elbow|arm|joint|wrist|knee|back|beginner|kid|pet)[ -]friendly\b"),
    # "my order from tonight when does it ship"
    ("order_status", 4.0, r"\bmy order\b.{0,30}\bwhen\b|\bwhen\b.{0,30}\bmy order\b"),
    # "how many subs left at the live price": how many are left, whatever the price
    ("stock", 4.0, r"\bhow many\b(?:\s+[a-z]+){0,2}\s+left\b"),
    # "the follow coupon where do i find it": where to find a code asks for the code
    (
        "discount",
        1.5,
        r"\b(?:coupon|code|voucher|promo)\b.{0,30}\bwhere\b|\bwhere\b.{0,30}\b(?:coupon|code|voucher|promo)\b",
    ),
    # "the audio is like 2 sec behind": sound out of step with the picture
    (
        "complaint_stream",
        4.0,
        r"\b(?:audio|sound|voice|video)\b.{0,20}\b(?:secs?|seconds?)\s+(?:behind|ahead|late)\b",
    ),
    # "springer neck is 42cm which one", "30kg lab … which one", "pup is 5 months which box":
    # a measure and a choice is which size to buy
    (
        "size",
        3.5,
        r"\b\d+(?:\.\d+)?\s*(?:cm|kg|kilos?|lbs?|wks?|weeks?|months?|mos?|yo|yrs?)\b.{0,40}\bwhich\s+(?:one|size|box|pack|bag)\b",
    ),
    # "what level for a 6yo", "which grade is right for my 9 year old", "my son is 8 … what
    # level should i get", "she's 9 but 4ft 10 do i need the long one": a child's age or
    # measure and a choice of level or size is which one to buy
    (
        "size",
        3.5,
        r"\b(?:what|which|wat)\s+(?:level|lvl|grade|stage|age|book|box)\b.{0,30}"
        r"\b(?:\d+\s*(?:yo|y/?o|yrs?|years?|year olds?|months?)\b|\d+(?:st|nd|rd|th)\s+grade"
        r"|kid|son|daughter|child|toddler|grader)",
    ),
    (
        "size",
        3.5,
        r"\b(?:son|daughter|kid|child|boy|girl|she|he)(?:'s|\s+is)\s+(?:an?\s+)?\d+\b.{0,60}"
        r"(?:\b(?:what|which)\s+(?:level|lvl|grade|size|age|one)\b"
        r"|\bwhat\s+(?:do|should)\s+i\s+(?:get|buy|order)\b|\bdo\s+i\s+need\s+the\b"
        r"|\b(?:level|age|size)\s+\w{1,3}\s+or\s+\w{1,3}\b)",
    ),
    # "英一英二有啥区别", "唇泥和唇釉啥区别", "点读版跟音频版啥区别": how two versions or
    # kinds differ is a spec question ("这个跟1号有啥区别", "跟外面的有啥区别", "大衣和刚才
    # 那个有啥区别" compare with another product or shop, left to the lexicon)
    (
        "spec",
        3.5,
        r"^\s*(?!这|那|主播|跟|和|与|问|我)[^\s跟和与]{1,10}(?:和|跟|与)?"
        r"(?![^\s跟和与]{0,6}(?:这个|这款|那款|那个|之前|刚才|上次|号|别家|外面|超市|隔壁|其他|别的|市面))"
        r"[^\s跟和与]{1,10}(?:有)?(?:啥|什么|啥子)?区别(?!对待)",
    ),
    # "adding amber candle to cart", "added 2 to my cart": buying
    ("purchase_signal", 3.0, r"\badd(?:ing|ed)\b.{1,30}\bto\s+(?:my\s+|the\s+)?cart\b"),
    # "送泳帽吗", "送卡不": is it thrown in (not 送到/送货 delivery, not 送人 a gift)
    (
        "discount",
        2.0,
        r"^\s*(?:有|会|还)?送(?!到|货|人|上|达|回|给)[\u4e00-\u9fffa-z]{1,4}(?:吗|嘛|么|不|没)",
    ),
    # a refund not yet come is the state of an order ("退款退了一周还没到账"; "退款多久到账"
    # asks the policy); a service that
    # does not act is a complaint about it ("退款申请三天了客服一直不处理")
    ("order_status", 4.0, r"退款.{0,12}(?:还没|没到|没有到|还不到|不到账)"),
    (
        "complaint_service",
        4.0,
        r"(?:客服|商家).{0,6}(?:不处理|不回|没回|不理|没人理|没人处理|没人管)",
    ),
    # "已拍XL": bought, in that size (拍XL alone asks which size to buy)
    ("purchase_signal", 1.0, r"^\s*(?:已拍|已经拍了|拍了|已下单|下单了)"),
    # "拍两条", "要三盒": an order placed in chat
    (
        "purchase_signal",
        3.0,
        r"^\s*(?:拍|要|买)了?\s*[一两二三四五六七八九十\d]+\s*(?:件|条|个|套|份|盒|箱|瓶|袋|双|单|斤)\s*$",
    ),
    # "券在哪领 找不到": where the coupon is, not the link
    ("discount", 1.0, r"(?:券|卷|coupon)\s*在哪"),
    # "能直接寄给我爸妈吗": where it can be sent
    ("shipping", 3.0, r"寄(?:给|到)"),
    # "按米算的吗", "按斤卖": how the price is counted
    ("price", 3.0, r"按\s*(?:米|斤|个|件|平|只|盒|箱|公斤|克)\s*(?:算|卖|计)"),
    # adverts for followers and jobs
    ("chatter", 4.0, r"涨粉|私信我|刷单|兼职|日结|点我头像|看我头像"),
    # "ok to leave outside", "safe to put in the dishwasher": whether it can be used so
    (
        "usage",
        3.5,
        r"\b(?:ok|okay|safe|fine)\s+to\s+(?:leave|use|put|wash|store|eat|drink|take|wear|give|keep|have)\b",
    ),
    # "dishwasher ok", "carry on ok?": whether it is fine so (not "thats ok", "its ok")
    (
        "usage",
        3.5,
        r"^(?!(?:its|it|thats|that|im|i|all|everything|ok|okay|yes|yeah|sure|alright|is|so|oh|u|you|we|us|me)\b)"
        r"[a-z][a-z ]{2,28} (?:ok|okay)\s*\??\s*$",
    ),
    # "link no for glasses", "oat stout link no. again": the link number asked for
    ("link", 3.5, r"\blink (?:no|number|num|#)\b"),
    # "how many pints does it hold", "what does the ipa glass hold": its capacity
    (
        "spec",
        3.5,
        r"\b(?:how much|how many [a-z]+|what) (?:does|do|will) (?:it|they|the [a-z ]{1,20}) hold\b",
    ),
    # "FOLLOW @cheapvapez4u for 50% off": an advert
    ("chatter", 7.0, r"\bfollow\s+@\w+"),
    # "how much d3 is in it", "how much epa n dha": how much of something it holds
    (
        "spec",
        3.5,
        r"^how much (?!is\b|are\b|for\b|it\b|this\b|that\b|the\b|a\b|\d)[a-z0-9]+(?: [a-z0-9]+)?"
        r"(?: (?:is|are))? (?:in|per)\b|^how much [a-z0-9]+ (?:n|and|&) [a-z0-9]+\s*\??$",
    ),
    ("spec", 2.5, r"^how many [a-z0-9]+\s*\??$"),  # "how many billion", "how many IU"
    # "can i still take it", "does it make u poop", "does it give u fish burps": taking it
    (
        "usage",
        2.5,
        r"\bcan (?:i|u|you|we|my \w+) (?:still |also )?(?:take|use|give|eat|drink|wear)\b(?!\s+\S*\d)",
    ),  # (not "can i still use moonlit8", a code)
    ("usage", 2.5, r"\bdoes (?:it|this|that) (?:make|give) (?:u|you|me|my)\b"),
    # "LAG on the geckos?": the live arrival guarantee of live animals and plants (not the
    # stream lagging)
    (
        "after_sales",
        6.0,
        r"^\s*(?:any\s+|is\s+there\s+(?:a\s+)?|do\s+(?:u|you)\s+(?:do|have|offer)\s+(?:a\s+)?)?lag\s+(?:on|for)\s+(?!(?:my|mine|me|ur|your|our|this|it|stream|live|video|app|the\s+(?:stream|live|video|app))\b)|\blive arrival guarantee\b|\bdoa\s+(?:policy|guarantee)\b",
    ),
    # "what does tigerseye do", "whats labradorite for": what it is used for (not "what size
    # is it for", "what age is it for": those ask who it fits)
    (
        "usage",
        3.0,
        r"^\s*what\s+(?:does|do)\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+do\s*[?!.]*\s*$"
        r"|^(?!.*\b(?:going|go|selling|sell|sold|asking|listed|retails?)\s+for\b)\s*what(?:'?s|\s+is|\s+are)\s+(?!size|age|sizes|ages)(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:good\s+|used\s+)?for\s*[?!.]*\s*$",
    ),
    # "men 10 green left", "XL left": what is left of a variant
    ("stock", 3.0, r"^[\w\s'.#]{1,30}\bleft\s*[?？!]*\s*$"),
    # "is there a carbon plate in it", "is there a 6.5mm in there": what it holds
    (
        "spec",
        3.0,
        r"^is there (?:a|an|any) [a-z0-9. ]{2,24} (?:in|on) (?:it|them|these|this|there)\b",
    ),
    # "is the aero still 109": the price, checked
    ("price", 3.0, r"\bstill\s+[$£€]?\d+(?:\.\d+)?\s*\??\s*$"),
    # "the mixer is link 4 yeah": which link is which
    ("link", 3.0, r"\bis link\s*\d{1,3}\s*(?:yeah|right|yes|correct)?\s*\??\s*$"),
    # "where do i find the £3 coupon": where the coupon is, not the link
    ("discount", 1.0, r"\bwhere\b.{0,24}\b(?:coupon|code|voucher)s?\b"),
    # "X ok?" … and "ok on pavement", "good with dog hair": what it can be used on or with
    ("usage", 2.0, r"\b(?:ok|okay|good|fine)\s+(?:on|w|with)\s+[a-z]"),
    # "metal spatula ok?", "sensitive skin ok?": is it fine to use it so
    ("usage", 2.0, r"\b(?:ok|okay)\s*\?+\s*$"),  # (gated at "o": not a scan of every message)
    # what comes in it ("how many packs in one box", "how many pods come in a box"), not
    # whether a colour comes in stock
    ("spec", 4.0, r"\bhow\s+many\s+[a-z]+\s+(?:in|per|come|comes|does it come|do you get)\b"),
    # "how many quarts", "how long is the blade", "how hot can they go": a measure of it
    (
        "spec",
        2.5,
        r"\bhow\s+many\s+(?:quarts?|qt|inches|cm|mm|liters?|litres?|ml|oz|ounces|watts?|lumens"
        r"|pieces|pcs|sheets|pages|pods|cups|servings|grams|lbs?|pounds|kg|hours\s+of)\b"
        r"|\bhow\s+(?:long|wide|tall|deep|thick|heavy|hot|big)\s+(?:is|are|can)\b",
    ),
    ("usage", 3.0, r"(?:煮|蒸|煎|炒|烤|炸|炖|焖|泡|冲|敷|解冻|化冻)\s*(?:多久|几分钟|多长时间)"),
    ("usage", 3.0, r"一(?:天|周|次)\s*(?:涂|用|吃|喝|擦|抹|敷|冲|泡)\s*(?:几|多少)"),
    ("usage", 2.0, r"(?:能|可以)\s*(?:冲|泡|煮|蒸|炸|烤|躺|坐|骑|磨)"),
    # "推车来了", "炸锅又回来了": a product on stage is no greeting
    ("chatter", 4.0, r"§\s*(?:又|终于)?\s*(?:来了|来啦|回来了)"),
    ("chatter", 4.0, r"加\s*(?:v|vx|wx|微|薇|威|q)|v信|薇信|威信"),  # "加V信 领免费…": an advert
    # "黑色那个多少": a product or a variant, then 多少 alone, asks its price
    ("price", 3.0, r"(?:那个|这个|那款|这款|§|色|款)\s*多少\s*(?:啊|呀|呢)?\s*[?？]*\s*$"),
    # what fits a household: "我家五口人 6L够吗", "5L够一个人用吗"
    (
        "size",
        3.0,
        r"(?:口人|个人|人用).{0,6}(?:够|合适)|够\s*(?:几|\d|[一两三四五六七八九十])\s*(?:个|口)?人",
    ),
    ("link", 2.0, r"第\s*" + _N + r"\s*个"),
    # a link in chat is an advert ("check out my store www…", "加V信"), whatever it says
    (
        "chatter",
        4.0,
        r"(?:www\.|https?://|\w\.(?:com|cn|net|shop|store|example|xyz|biz|ly|io|me|info|top|site|online)/?\b)",
    ),
    ("discount", 3.0, r"\$\s*\d+\s*off\b|\b\d+\s*(?:dollars|bucks)\s+off\b"),
    (
        "link",
        3.0,
        r"§\s*(?:就)?是(?:不是)?\s*(?:主播)?(?:身上|手上|手里|刚才|刚刚|现在|正在讲|讲的|在讲)?\s*"
        r"(?:的)?(?:这|那)(?:件|个|款|条|双|套|一)",
    ),
    ("link", 3.0, r"\b(?:is|isnt)\s+§\s+(?:the\s+)?(?:same|this|that|the one)"),
    # "来两斤", "给我来3袋": taking some (any amount, any unit)
    (
        "purchase_signal",
        3.0,
        r"^\s*(?:给我|我)?(?:再)?来\s*[一两二三四五六七八九十几\d]+\s*[斤箱袋盒根个包份瓶罐条件单套支只]",
    ),
    # "明天能到成都吗", "能寄到新疆不": whether it reaches a place (not whether it can be used)
    ("shipping", 3.0, r"能(?:送|寄|发)?到(?![手货账])\S{2,4}(?:吗|么|嘛|不|没)\s*[?？]?\s*$"),
    # "spend 50 get 10 off": how a threshold offer works
    ("discount", 3.0, r"\bspend\s+\$?\d+\s+(?:and\s+)?(?:get|save)\s+\$?\d+%?\s*off\b"),
    # "how long till it starts working", "when does it kick in": using it, not delivery
    (
        "usage",
        3.5,
        r"\b(?:starts?|starting)\s+(?:to\s+)?work(?:ing)?\b|\bkicks?\s+in\b|\bsee\s+(?:any\s+)?results\b",
    ),
    # "is cod available", "cod to mindanao?": cash on delivery is a way of delivery, not stock
    ("shipping", 1.0, r"\bcod\b"),
    # "have size M?", "got XL in matt black?", "beige 37 still have": that size still there
    (
        "stock",
        4.5,
        r"^\s*(?:still\s+)?(?:have|got)\s+(?:size\s+)?(?:xxs|xs|s|m|l|xl|xxl|\dxl|\d{1,2}(?:\.5)?)"
        r"(?:\s+in\s+[a-z]+(?:\s+[a-z]+)?)?\s*\??\s*$"
        r"|\b(?:xxs|xs|s|m|l|xl|xxl|\dxl|\d{1,2}(?:\.5)?)\s+(?:still\s+)?have\s*\??\s*$",
    ),
    # "if not fit can change size?", "size not fit can change": an exchange, not which size
    (
        "after_sales",
        6.5,
        r"\b(?:not|doesn'?t|dont|don'?t|no)\s+fit\b.{0,25}\b(?:change|exchange|swap|return)\b"
        r"|\b(?:change|exchange|swap)\s+(?:to\s+)?(?:another\s+|other\s+|a\s+|the\s+|my\s+)?size\b",
    ),
    # "do they have gold in 9", "7 in champagne plz", "esmeralda in 11?": a variant in a size
    (
        "stock",
        3.5,
        r"\b(?:do|does)\s+(?:you|u|they|yall|y'all|ya)\s+(?:have|got)\b.{1,20}\bin\s+(?:size\s+)?\d{1,2}(?:\.5)?\b"
        r"|^\s*(?:size\s+)?\d{1,2}(?:\.5)?\s+in\s+[a-z]+(?:\s+[a-z]+)?\s*(?:pl[sz]|please)?\s*[?？!]*\s*$"
        r"|^\s*(?!(?:ships?|shipped|deliver(?:ed|s)?|arrives?|comes?|ready|done|back|out|restock(?:ed)?)\b)"
        r"[a-z]+(?:\s+[a-z]+)?\s+in\s+(?:size\s+)?\d{1,2}(?:\.5)?\s*[?？!]*\s*$",
    ),
    # "took 3 lilac 7", "add 1 silver please", "ok adding the white one", "got 2 packs":
    # claims on live (not one bought last month)
    # (strong enough that a "please" does not make them a question; a "?" still does)
    (
        "purchase_signal",
        6.0,
        r"^(?!.*[?？])(?!.*\b(?:last\s+(?:month|week|year|time|yr)|ago|yesterday|years?)\b)\s*(?:ok\s+|okay\s+|i\s+)?(?:just\s+)?(?:took|add|adding|got)\s+(?:\d+|one|two|three|the)\b"
        # "took 2 days to arrive", "add the link": a time, or the thing asked for, not a claim
        r"(?!\s*(?:days?|weeks?|hours?|hrs?|months?|mins?|minutes?|years?|yrs?|links?|coupons?|"
        r"codes?|vouchers?|questions?|qs|kids?|children|dogs?|cats?)\b)"
        # "popping 2 in the cart", "added 3 to my cart": in the basket
        r"|^(?!.*[?？])\s*(?:(?:just|i)\s+)?(?:popping|popped|put|putting|adding|added)\s+(?:\d+|one|two|three|the\s+\w+)\s+(?:in|into|to)\s+(?:the|my)\s+(?:cart|basket|bag)\b"
        # "claim", "claim 2 scoops plz", "claim deep pink": the live-sale word for "mine"
        r"|^\s*(?:i\s+|ok\s+|okay\s+)?(?:just\s+)?claim(?:ing|ed)?\b(?!.*[?？])(?!\s+(?:the\s+)?(?:code|coupon|voucher|discount|freebie|gift|warranty|refund|insurance|points?)\b)",
    ),
    # "can u do 350", "take 250?", "would you take 300": an offer below the price
    (
        "discount",
        4.0,
        r"^\s*(?:(?:can|could|would|will)\s+(?:u|you|ya)\s+(?:do|take|accept)|(?:would|will)\s+(?:u|you)\s+take|take|do)"
        r"\s+\$?\d{2,5}(?:\.\d\d)?\s*(?:on\s+(?:the|it|this|that)\b.{0,15})?\s*[?？]*\s*$",
    ),
    # "in for 2 spots", "put me in for one", "just won the wemby", "zard mine": claims in a
    # break or an auction
    (
        "purchase_signal",
        3.5,
        r"^\s*(?:i'?m\s+|put\s+me\s+)?in\s+for\s+(?:\d+|a|one|two|three)\b|\b(?:just|i)\s+won\b"
        r"|^(?!.*\b(?:as|like|of|is|was|than|not|or|with|love|loved|hate|wash|washed|wear|use)\s+mine\b)[\w'#]+(?:\s+[\w'#]+){0,3}\s+mine[^\w?？]*$",
    ),
    # "spots??", "slots left?", "is the wemby still up": room in a break, a lot still for sale
    (
        "stock",
        3.5,
        r"^\s*(?:any\s+)?(?:spots|slots)\s*(?:left|open|available)?\s*[?？]+\s*$|\bstill\s+up\s*[?？]*\s*$",
    ),
    # "上午拍的线什么时候发货", "我2号下的单咋还没发", "上个礼拜买的还冇到": an order placed,
    # asked after
    (
        "order_status",
        7.0,
        r"(?:昨天|前天|上午|下午|早上|昨晚|上周|上个?礼拜|上个月|\d+号)\S{0,3}(?:拍|买|下单|下)的\s?\S{0,12}"
        r"(?:什么时候|啥时候|几时|多久|咋还没|怎么还没|还没有?|今天能|明天能|能不能)\S{0,3}(?:发|到)",
    ),
    # "啥时候发货啊 我前天拍的拖把": the same, asked first
    (
        "order_status",
        7.0,
        r"(?:什么时候|啥时候|几时|咋还没|怎么还没)\s*(?:发|到)\S{0,4}\s?(?:我)?"
        r"(?:昨天|前天|昨晚|上周|上个?礼拜|上个月|\d+号)\S{0,3}(?:拍|买|下单|下)的",
    ),
    # "拍了两件咋没减10块": a discount that did not come off
    ("discount", 4.0, r"(?:咋|怎么|为啥|为什么)\s*没(?:减|优惠|便宜|打折)"),
    # "what shade would i be", "shade for olive skin?", "what colour for ginger brows":
    # which shade suits them (a shade guide is a beauty shop's size guide)
    (
        "size",
        3.0,
        r"\b(?:(?:which|what) (?:shade|colou?r|tone)s?\b.{0,20}\b(?:for|would i|should i|do i)\b"
        r"|shade for (?:my )?\w+ (?:skin|undertone)|which shade is best)",
    ),
    # "will it get to texas in time", "arrive in time for the 14th": delivery before a date
    (
        "shipping",
        4.0,
        r"\b(?:get|gets|arrive|arrives|be here|be there|make it|ship)\b.{0,25}\bin time\b",
    ),
    # "free atomizer still there?", "free bakhoor with it?": the gift that comes with it
    (
        "discount",
        3.5,
        r"^\s*(?:is\s+the\s+|any\s+)?free\s+(?!ship|shipping|delivery|returns?|postage|size)[a-z]+"
        r"(?:\s+[a-z]+)?\s+(?:with|still|included|if)\b",
    ),
    # "if i order now when it reach abu dhabi", "need it by thursday": when it arrives
    (
        "shipping",
        3.5,
        r"\bwhen\b.{0,15}\b(?:it|they|will it|does it)\s+(?:reach|arrive|get)\b"
        r"|\bneed\s+(?:it|them|this|these|mine)\s+(?:by|before)\b",
    ),
    # "order 5530 aramex says …": an order of theirs, by its number
    ("order_status", 3.5, r"^\s*(?:my\s+)?order\s*(?:no\.?|number|#)?\s*#?\d{3,}\b"),
    # "added mist to my order": a purchase, not a question about one
    ("purchase_signal", 4.0, r"\badded\b.{1,25}\bto\s+(?:my|the)\s+order\b"),
    # "how many does it feed", "how many meals would we get": how much of it one needs
    (
        "size",
        4.0,
        r"\bhow many (?:people |ppl |of us )?(?:does|would|will|can) (?:it|this|that|one|the \w+|a \w+) (?:feed|serve)"
        r"|\bhow many (?:meals|servings|portions)\b",
    ),
    # "how long does it keep in the fridge", "does it come frozen or fresh": how it keeps
    (
        "spec",
        3.5,
        r"\bhow long (?:does|will|would|do) (?:it|they|this|these|that) keep\b|\b(?:frozen or fresh|fresh or frozen)\b",
    ),
    # "一袋种几亩", "十亩玉米底肥拍几袋", "三十亩地买几瓶": how many to buy for the land
    (
        "size",
        4.0,
        r"(?:几|\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*亩\S{0,8}?(?:拍|买|要|用|备)?\s*几\s*(?:袋|瓶|包|箱|桶|斤)"
        r"|[一1]\s*(?:袋|瓶|包|箱|桶)\S{0,3}(?:种|打|用|施|喷)\S{0,2}几亩",
    ),
    # "兑多少水", "啥时候打效果好": how to use a spray or fertiliser
    (
        "usage",
        4.0,
        r"兑\S{0,3}(?:多少|几)|(?:啥时候|什么时候|几点)(?:打|喷|施|用)(?:药|肥)?\S{0,3}(?:效果|好|合适|最好)",
    ),
    # "i 80kg can wear?", "75kg fit L?": a body weight, and whether it fits
    ("size", 3.0, r"\b\d{2,3}\s*(?:kg|kgs|kilos?)\b.{0,30}\b(?:wear|fit|size)\b"),
    # "能在外面穿吗", "带去海边玩能穿不": whether it can be worn there (no body measure named)
    ("usage", 2.5, r"能\S{1,8}穿(?:吗|不|么|嘛)|能不能\S{1,8}穿"),
    # "still have discount if i get 2", "any voucher left": the offer, not the goods
    (
        "discount",
        1.0,
        r"\b(?:still (?:have|got)|any)\s+(?:\w+\s+)?(?:discounts?|vouchers?|promos?|coupons?|freebies?)\b",
    ),
    # "朗逸2019款有没有版", "思域十代的主驾 有没", "没模具咋整", "有2022款凯美瑞的吗": whether it is made for the
    # viewer's car (its model year or generation), not whether it is in stock
    (
        "size",
        4.0,
        r"(?:(?<!\d)(?:\d{2}|\d{4})\s*款|第?[一二三四五六七八九十\d]{1,2}代).{0,12}?"
        r"(?:有没(?![有货现库])|有没有(?![货现库])|有吗|有版|有模具|能用|能做|能整|能装|能铺|适配|适用)"
        r"|有没有(?:版|模具)|有(?:版|模具)(?:吗|没)|没有?(?:版|模具)"
        r"|有(?<!\d)(?:\d{2}|\d{4})\s*款\S{1,8}的(?:吗|没|么)",
    ),
    # "pads for 2017 silverado 1500 4wd front?", "H11 fit the fogs on a 2015 sierra?",
    # "2016 silverado double cab?": whether it fits the viewer's car or device of that
    # model year ("my 2012 burner still going strong" asks nothing)
    (
        "size",
        4.0,
        rf"\b(?:for|on|fits?|in|to|with|w)\s+(?:(?:a|an|my|the|our|his|her|their)\s+)?{_YEAR}[^?]{{0,60}}\?"
        rf"|^\s*(?:will|would|does|do|can|fit|fits|what|whats|which)\b.{{0,40}}\b(?:for|on|in|to|my|a|an)\s+{_YEAR}"
        rf"|^\s*{_YEAR}(?:\s+[\w.-]+){{0,4}}\s*\?+\s*$",
    ),
    # "一年级孩儿背这个大不大", "三岁孩子背哪个号", "大班用小号的行不行": whether a child of
    # that school year or age can carry or wear it (which size); "一岁能戴吗" stays a use
    (
        "size",
        3.5,
        r"(?:[一二三四五六几]年级|初[一二三]|高[一二三]|初中生?|高中生?|小学生?|幼儿园|[大中小]班"
        r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})岁)\S{0,8}?\s*\S{0,6}?"
        r"(?:能?背(?:吗|不|么|嘛|得了|得下|哪)|[背戴穿]\S{0,3}(?:大不大|小不小)|哪个号|什么号|[大中小]号)",
    ),
    # "pp", "pp?": price please, the whole message
    ("price", 3.0, r"^\s*pp\s*[?!.]*\s*$"),
    # "来晚了 讲到哪了", "来晚了 错过啥了": an arrival, asking what was missed
    ("greeting", 6.0, r"来晚了\S{0,3}\s*(?:讲到哪|说到哪|播到哪|错过(?:啥|什么|了啥|了什么))"),
    # "用久了鼓包咋办", "摔了一下不亮了怎么办": a fault, and what to do about it
    (
        "after_sales",
        4.0,
        r"(?:鼓包|坏了|裂了|破了|开胶|掉漆|不亮|不充电|充不进|没反应|漏水|漏气|断了)"
        r"\S{0,4}(?:咋办|怎么办|咋整|怎么整|找谁)",
    ),
    # "80lb left?", "any 1/4 oz left": what is left of a kind ("on the left?" is a side)
    ("stock", 4.0, r"(?<!the )(?<!my )(?<!your )\bleft\s*[?？]+\s*$|\bany\b.{0,20}\bleft\s*$"),
    # "orchid 剩 how many": how many are left, said half in Chinese
    ("stock", 4.0, r"剩\s*(?:how many|多少|几)"),
    # "wat eyepieces come with": what is in the box
    ("spec", 4.0, r"\b(?:what|wat|wut|which)\b.{0,30}\bcomes? (?:with|w)\s*[?？!]*\s*$"),
    # "微辣的礼盒有冇" (有没有), "10人份的有没有": whether that kind is in stock
    ("stock", 4.0, r"的\s*(?:有没有|有没|有吗|有么|有嘛)\s*[?？啊呀哦]*\s*$"),
    # "打游戏延迟高不高", "玩黑神话卡不卡": the product's lag asked after, not the stream's
    # ("延迟好高", "直播延迟高吗" are the stream)
    (
        "spec",
        4.0,
        r"(?<!直播)(?<!画面)(?<!声音)延迟(?:高不高|大不大|高吗|大吗|高么|严重吗|怎么样)"
        r"|(?:有没有|有)延迟(?:吗|么|嘛)",
    ),
    ("usage", 4.0, r"(?:玩|打|上|跑)\S{1,8}?(?:卡不卡|会不会卡)"),
    # "画面又不动了", "直播又卡住了": the stream, not a parcel that does not move
    ("complaint_stream", 6.0, r"(?:画面|屏幕|直播)\S{0,2}(?:不动|卡住|定住|黑了)"),
    # "五块卖不", "30卖吗", "4500拿了 行不行": an offer of a price
    (
        "discount",
        4.0,
        rf"^\s*{_COUNT}\s*(?:块|元)?\s*卖(?:不|吗|么)"
        rf"|{_COUNT}\s*(?:块|元)\s*(?:我就拍|就拍|我就要|我就买|卖不卖)"
        r"|^\s*\d+\s*(?:块|元)?\s*(?:拿了|我拿|就拿)\s*(?:行不行|行吗|可以吗|中不中)",
    ),
    # "刚问苹果能充多少瓦 又不回": a question asked before, ignored again
    (
        "complaint_service",
        5.0,
        r"(?:刚问|刚才问|问了|问过)\S{0,16}\s*\S{0,6}(?:又不回|又没回|不回我|没人回)",
    ),
    # "5号链接 没看到啊", "乐福鞋 找不到": the listing, not found
    ("link", 3.0, r"§\s*(?:没看到|没看见|找不到|看不到|看不见|没找到)"),
    # "发货没 我下午拍的": whether the viewer's own order has gone out
    (
        "order_status",
        4.0,
        rf"{_SENT_Q}\S{{0,3}}\s*(?:我|俺)\S{{0,6}}(?:拍|买|下单)的"
        rf"|(?:我|俺)\S{{0,6}}(?:拍|买)的\S{{0,3}}\s*{_SENT_Q}",
    ),
    # "现在买是一百九十九吗", "到手是99块吗": the price said back, to be confirmed (not with a
    # coupon or a link, nor a model's number: "领完券是209吗", "3号链接是13吗")
    (
        "price",
        3.0,
        r"^(?!.*(?:券|优惠|减|折|链接|号))"
        r".*是\s*(?:\d{3,}(?:\.\d+)?|\d+\.\d+|\d+\s*(?:块钱?|元)|[一二两三四五六七八九十百千]{2,})"
        r"\s*(?:块钱?|元)?\s*(?:吗|嘛|么|啊\s*[?？])",
    ),
    # "下单两件 谢谢妹子", "19.9挺香 拍两盒": an order placed, counted ("能拍两盒吗",
    # "拍两套多少" ask)
    (
        "purchase_signal",
        3.0,
        rf"下单\s*{_COUNT}\s*{_PIECES}|(?<![能可要想还再先])拍\s*{_COUNT}\s*{_PIECES}"
        r"(?!.*(?:吗|么|嘛|不|行|可以|多少|咋|怎么|对吧|真的假的|送|减|[?？]))",
    ),
    # "宽脚胖脚能穿吗", "高脚背能穿吗": which size fits that foot
    (
        "size",
        4.0,
        r"(?:宽脚|胖脚|脚宽|脚胖|脚肥|高脚背|脚背高|脚背厚|窄脚|脚窄|瘦脚)"
        r"\S{0,4}(?:能穿|穿吗|穿得|合适|怎么选|选哪|拍哪|拍大|拍小)",
    ),
    # "just joined whats this", "just tuned in what'd i miss": an arrival, asking what was missed
    (
        "greeting",
        6.0,
        r"\bjust (?:joined|tuned in|got here|hopped on|hopped in|came in)\b.{0,25}?"
        r"\b(?:what(?:'?d| did) i miss|whats (?:this|going on|happening)|what are we (?:looking at|doing))",
    ),
    # "ok im a 6.5 what do i get": the viewer's own size, and which to get
    (
        "size",
        3.5,
        r"\b(?:im|i'm|i am)\s+(?:a |an |size )?\d{1,2}(?:\.5)?\b.{0,25}?\b(?:what|which)\b"
        r".{0,12}\b(?:get|order|buy|take)\b",
    ),
    # "2 for 25 on these?", "does the 3 for 45 work": a multi-buy offer
    # (a count, then a price: "89 for 1 tin", "19.99 for 3", "3/8 for 22" are no offer)
    ("discount", 3.0, r"(?<![\w/.$£€])[2-9]\s*for\s*[$£€]?\d{2,}(?:\.\d\d)?\b"),
    # "been waitin 10 min for an answer": waiting for the host to answer
    (
        "complaint_service",
        3.0,
        r"\bwaiting\s+(?:\d+|ages|forever|so long|a while)\s*(?:min|mins|minutes|hrs?|hours?)?\s+for\s+(?:an?\s+)?(?:answer|reply|response)\b",
    ),
]

_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


# Rules written in Chinese characters and the others are two separate alternations.
_ZH_BITS = sum(1 << i for i, r in enumerate(_RULES) if _CJK_CHAR.search(r[2]) is not None)
_OTHER_BITS = (1 << len(_RULES)) - 1 - _ZH_BITS
_ALL = Alternation([(p, (intent, w)) for intent, w, p in _RULES], [_ZH_BITS, _OTHER_BITS])
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9']")


def rule_hits(text: str, has_cjk: bool) -> list[tuple[str, float]]:
    """(intent, weight) of every structural rule matching ``text``."""
    bits = _ALL.candidates(text)
    if not bits:
        return []
    out = _ALL.hits(text, bits, _ZH_BITS) if has_cjk and bits & _ZH_BITS else []
    if bits & _OTHER_BITS and _LATIN_OR_DIGIT.search(text):
        out += _ALL.hits(text, bits, _OTHER_BITS)
    return out


_ZH_Q = gated(
    r"\?|吗|嘛|(?<![这那多要怎甚])么|呢|(?:怎么|怎|咋|啥|什么|哪|谁|多少)(?!都|也|这么|那么|懂|样都)|几|是否|能不能|可不可以|可以不|"
    r"有没有|是不是|会不会|要不要|用不用|够不够|行不行|好不好|对不对|多久|多重|多大|多高|多长|多宽|多厚|多粗|多钱|多辣|多咸|多甜|多酸|"
    r"对吧|是吧|没错吧|求|请问|想问|报一下|说一下|说下|讲一下|讲讲|介绍一下|介绍下|告诉我|麻烦|呗\s*$|问下|问一下|问问|想知道|还是(?!.*吧)|"
    # A不A (好不好) and a trailing 不/没 (有货没), written to start at 不/没 so the
    # first-character gate applies: the character before is checked looking back.
    r"(?:不|没)(?<=([^\s\d])(?:不|没))\1|(?<=[^\s])(?:不|没|没有)\s*(?:$|[,.!~]|啊|呀|哈|呢)"
    # and a 不 or 没(有) closing a clause that more text follows ("能打墙不 水泥墙那种",
    # "有骨头没有 我娃娃五岁"), not "我不 …", "还没 …", nor 没 before a product named
    # ("夏天没 § 活不了")
    r"|(?<=[^\s我你他她也都就还可要并绝才又真再先])(?:不|没有|没)\s+(?=[^\s§])"
)
_EN_Q = gated(
    r"\?|\b(?:or not|anot)\s*(?:,|$)|\bwhich is\b|\bwill (?:it|this|that|they|these|those)\b|\bhow (?:r|are) (?:they|these|those)\b"
    r"|^(?:how|what|whats|wats|when|whens|where|wheres|which|who|whos|why|is|isnt|are|arent|do|does|doesnt|did|"
    r"can|cant|could|will|would|should|any|may|hows|wat|wut|r|u|anything|got any|have you|has it)\b|"
    r"\b(?:how much|how many|how long|how to|how do|what about|wondering|question|pls|please|plz|"
    r"tell me|lmk|let me know|is it|is this|is there|are there|do you|do u|can you|can u|can i)\b"
    # after a word that opens a message: "wait does the aria have …", "lol does the warranty
    # cover that", "ok is it waterproof"
    r"|\b(?:wait|ok|okay|so|hey|lol|lmao|haha|omg|btw|also|sorry|hmm|um|uh)\s*[,.!]*\s+"
    r"(?:does|do|is|are|can|could|will|did|how|what|which|where|when)\s+"
    r"(?:it|its|this|that|these|those|the|a|an|u|you|yall|they|i|we|he|she|mine)\b"
    # "would a small do", "would it fit a 2019"
    r"|\bwould\s+(?:a|an|the|it|this|that|they|these|those|mine)\s+(?:\w+\s+)?(?:do|fit|work|be ok)\b"
    # "men can wear", "pregnant can use": Thai and Singapore English ask with a final "can"
    r"|\bcan\s+(?:wear|use)\s*$"
    # after an opening word: "ok whats it cost i missed it", "omg whats the price again"
    r"|\bwhats\s+(?:it|the)\b"
    # a question after a statement, unpunctuated: "my mom wears a 7 what size should i order"
    r"|\b(?:what|which|where|when|how)\s+(?:\w+\s+)?should\s+(?:i|we|she|he)\b"
    # a question opening the next sentence: "beautiful watch! whats shipping to austria" (not
    # "wow. what a deal")
    r"|[!.]\s*(?:how|whats|when|where|which|why|what(?!\s+an?\b)|is|are|does|do|can|will)\s+\w"
)
# a tag question: "the sleeping bag was 149 right", "link 4 correct?", "safe or nah" (but
# "thats right", "you're right" agree)
_TAGS = ("right", "correct", "or nah", "or no", "or not")
_AGREE = ("thats", "youre", "all", "so", "exactly", "yes", "r", "ur")


# a choice between two short things: "aluminum or carbon", "pau ferro or maple board"
_NOT_A_CHOICE = frozenset(
    [
        "it",
        "i",
        "u",
        "you",
        "me",
        "my",
        "we",
        "they",
        "lol",
        "lmao",
        "love",
        "hate",
        "not",
        "no",
        "yes",
        "yeah",
        "nah",
        "now",
        "never",
    ]
)  # "love it or hate it", "now or never lol": no choice asked of the host
_EITHER = re.compile(r"^[a-z0-9.,§ ]{1,24}\bor\b[a-z0-9.§ ]{1,24}(?:, which is better)?$")


def _choice(text: str) -> bool:
    """A choice between two short things ("aluminum or carbon", "cork or foam, which is
    better?"), not "love it or hate it"."""
    end = text.rstrip(" ?.!")
    words = end.split()
    return (
        _EITHER.match(end) is not None
        and len(words) <= 8
        and _NOT_A_CHOICE.isdisjoint(words)
        and not end.startswith("or ")
    )


def _tag_question(text: str) -> bool:
    end = text.rstrip(" ?.!")
    words = end.split()
    if _choice(text):
        return True
    if not end.endswith(_TAGS):
        return False
    return len(words) > 1 and (words[-1] != "right" and words[-1] != "correct"
                               or words[-2] not in _AGREE)  # fmt: skip


# a terse request names a thing and the one topic wanted: "hoodie price", "link 7 price",
# "price for the set", "code pls" (but "great price" praises: see intent.gather)
_REQUEST_WORDS = frozenset({"price", "prices", "link", "code", "codes", "sizes"})
_FOR_THE_THING = frozenset({"on", "for", "of", "pls", "please", "§"})


def terse_request(toks: list[str]) -> bool:
    words = [t for t in toks if t[0].isalnum() or t == "§"]  # § a product named
    if len(words) < 2:
        return False
    if words[0] in _REQUEST_WORDS and (words[1] in _FOR_THE_THING or words[1].isdigit()):
        return len(words) <= 6  # "price on the terracotta one", "link for the burner please"
    return len(words) <= 4 and words[-1] in _REQUEST_WORDS  # "knife price" ("prices are …" no)


def is_question_like(text: str, has_cjk: bool) -> bool:
    """Does the message ask something (by its form, whatever it asks about)?"""
    if has_cjk and _ZH_Q.search(text):
        return True
    plain = text.replace("'", "")
    return _EN_Q.search(plain) is not None or _tag_question(plain)


# A yes/no question about a thing, not about the host or the room ("is it hardcover",
# "does the sofa recline", "是精装的吗", "能折叠吗"): in a shop's live room such a
# question is far likelier to ask about the product than anything else.
_EN_THING_Q = re.compile(
    r"^(?:is|isnt|are|arent|does|doesnt|do|can|will|would|could|has|have)\s+"
    r"(?:it|its|this|that|these|those|they|them|the|a|an)\b"
)
_ZH_THING_Q = re.compile(
    # 吗 closing any clause ("是原切吗 不要合成的"), 是…的吗, A不A, A还是B
    # (a product named is masked as " § ": "熟普还是生普" reads " § 还是生普")
    r"(?:吗|嘛|么)\s*(?:[?？!！~。.,，]|\s|$)|是.{1,6}的吗|(\S)[不没]\1|\S\s?还是\s?\S"
    # a trailing 不 asks too ("防水不 工地经常下雨", "能打墙不")
    r"|[^\s不我你他她也都就还可要并绝才又真再先]不\s*(?:[?？!！~。.,，]|\s|$)"
    # and 有…没(有) closing a clause ("有骨头没有 我娃娃五岁")
    r"|有\S{1,8}没有?\s*(?:[?？!！~。.,，]|\s|$)"
)
_TO_HOST = re.compile(r"主播|你|您|小姐姐|老板|\b(?:you|u|ur|your|yall)\b")


def asks_about_a_thing(text: str, has_cjk: bool) -> bool:
    """A yes/no question whose subject is a thing (the product), not the host (any "you"
    or 主播 in it makes it a question to the host)."""
    if _TO_HOST.search(text):
        return False
    if has_cjk:
        if _ZH_THING_Q.search(text) is not None:
            return True
        end = text.rstrip(" ?？")  # a trailing 没 ("打蜡没", "有货没有")
        return end.endswith(("没", "没有")) and len(end.removesuffix("有")) > 1
    return _EN_THING_Q.search(text.replace("'", "")) is not None or _choice(text)


# What it can be used for, on or by ("能切瓷砖吗", "能打墙不", "can my 8 yr old do it",
# "will it work w my ysl bottle", "safe w cats"): a question of use, where "is it solid
# wood" or "是牛油的吗" asks what the thing is.
_ZH_ABLE = re.compile(r"能|可以|适合|行不行|行吗|行不")
_EN_ABLE = re.compile(
    r"^(?:can|could)\s+(?:i|it|you|u|he|she|we|they|my|your|this|these|a|an)\b"
    r"|\bwill\s+(?:it|this|that|they|these)\s+work\b|\b(?:safe|ok|okay)\s+(?:for|w|with|around)\b"
)


def asks_what_it_can_do(text: str, has_cjk: bool) -> bool:
    if has_cjk and _ZH_ABLE.search(text) is not None:
        return True
    return _EN_ABLE.search(text.replace("'", "")) is not None
