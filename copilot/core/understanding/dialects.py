"""Sichuan-Chongqing, Northeastern (东北), Henan (河南), Hunan (湖南), Shaanxi (陕西), Ningxia
and Gansu (宁夏, 甘肃), Shandong (山东), Guizhou (贵州), Yunnan (云南), Tianjin (天津), Beijing
(北京), Wuhan (武汉), Hakka (客家) and Minnan (闽南, 台语, 潮汕) chat words → Mandarin, so one
set of rules reads those rooms too.

Viewers write their dialect as they speak it: "有没得微辣的" (有没有), "好多钱一袋" (多少钱),
"一罐吃得到好久" (多久), "啥子区别" (什么); "贼好吃" (很好吃), "一条多沉" (多重), "整两斤"
(来两斤); "中不中" (行不行), "恁家" (你家), "俺夜儿个拍的" (我昨天拍的); "这双偌济钱包邮无"
(多少钱, 包邮吗), "42码敢有" (有没有), "试饮装按怎领" (怎么), "458有影无" (真的吗);
"有骨头没得" (有没有), "特辣的有好辣" (有多辣),
"腊肉在好多号" (几号), "每支好多毫升" (多少毫升); "额家四口人" (我家), "调料包里有撒" (有啥),
"头茬撒价" (啥价), "还么发货" (没发货), "嫽扎咧" (太好了), "拍咧" (拍了); "恁家的饺子杠好吃"
(很好吃), "用哪样鱼好" (什么), "上回买嘞" (的), "还吃得不" (还能吃吗); "茶汤嘛价" (什么价),
"介个倍儿好" (这个很好); "点心匣子多儿钱" (多少钱), "甭问了" (不用); "么样煮" (怎么煮),
"比么样" (怎么样); "腌面仰般整" (怎么), "爱毋爱浸水" (要不要), "问咗三摆" (三次). Only words
that are dialect where they stand are touched: 好久 only after 到 ("等好久了" stays), 好多钱
not after a verb ("花了好多钱" stays), 贼 only before a word it intensifies, 整 only before an
amount, 无 only closing a question, 有好辣 only closing a clause, 额 only before a word of
family or self ("额度" stays), 咧 only closing a clause, 摆 (times) only after a number, 涯 (I)
not in 天涯, 么样 not in 怎么样, 么 (not) only between 还, 都, 也 or 在 and a verb, 撒 (what)
not in 撒花, 不 (a question: "小砖是6号不") only closing and not after 才, 就, 都 or a pronoun
("我才不"). A text with none of the marker words is returned as it is, at the cost of one
search.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.core.understanding.regex_gate import gated
from copilot.core.understanding.rewrite import phrase_sub

# (dialect, Mandarin), longest first where one contains another
_PHRASES = [
    ("有没得", "有没有"), ("有莫得", "有没有"), ("莫得", "没有"), ("没得", "没有"),
    ("啥子", "什么"),
    ("得到好久", "得到多久"), ("到好久", "到多久"),
    ("巴适", "舒服"), ("娃儿", "孩子"), ("我屋", "我家"), ("送得到", "能送到"),
    # 啷个 / 咋个 "how" (咋个整 "what to do"), 哪点 "where", 屋头 "at home", 要得 "all right",
    # 莫哄 "don't fool", 晓得 "know"
    ("啷个整", "怎么办"), ("咋个整", "怎么办"), ("啷个", "怎么"), ("咋个", "怎么"),
    ("哪点", "哪里"), ("屋头", "家里"), ("要得不", "可以吗"), ("要得嘛", "可以吗"),
    ("莫哄", "别骗"), ("晓得", "知道"),
    ("都安逸", "都舒服"), ("好安逸", "好舒服"),
    ("多沉", "多重"), ("嘎嘎", "很"), ("贼拉", "很"),
    # Henan: 中 is "all right" when it asks or answers, 恁 is "you", 俺 "I", 夜儿个 "yesterday"
    ("中不中", "行不行"), ("可中", "可以"), ("恁家", "你家"), ("恁们", "你们"), ("恁", "你"),
    ("俺们", "我们"), ("俺", "我"), ("夜儿个", "昨天"), ("夜个", "昨天"), ("弄啥嘞", "干什么"),
    ("弄啥哩", "干什么"), ("得劲", "舒服"), ("不孬", "不错"),
    # Hunan (长沙话): 么子 "what", 好多前 "how much" (前 for 钱), 冇人港 "nobody answers"
    # (cantonese.py has made 冇人 没人 by then),
    # 伢子 "child", 娭毑 "granny", 别个 "others", 放好久 "keeps how long"
    ("么子", "什么"), ("好多前", "多少钱"), ("没人港", "没人回"),
    ("伢子", "孩子"), ("娭毑", "奶奶"), ("别个", "别人"), ("放好久", "放多久"),
    ("存好久", "存多久"), ("用好久", "用多久"), ("好久退", "多久退"), ("好久到", "多久到"),
    ("好久发", "多久发"),
    # Minnan (闽南话, 台语, Teochew): 偌济/若济 "how much", 敢有 "is there", 歹势 "sorry"
    ("偌济钱", "多少钱"), ("若济钱", "多少钱"), ("偌济", "多少"), ("若济", "多少"),
    ("敢有", "有没有"), ("歹势", "不好意思"), ("阿嬷", "奶奶"), ("阿公", "爷爷"),
    # … 按怎 "how" ("试饮装按怎领"), 有影无 "really?" ("458有影无")
    ("按怎", "怎么"), ("有影无", "真的吗"),
    # Shaanxi (关中话): 嫽 "fine", 咥 "eat", 谝 "chat" (咋 "how" the lexicons know as it is)
    ("嫽扎咧", "太好了"), ("嫽扎了", "太好了"), ("嫽得很", "好得很"), ("嫽", "好"), ("咥", "吃"),
    ("谝", "聊"),
    # Shandong: 杠 "very" (杠赛 "great", 板正 "neat"), 稀罕 "like", 明儿 "tomorrow",
    # 夜来 "yesterday"
    ("杠赛", "很棒"), ("杠好", "很好"), ("杠板正", "很好"), ("稀罕", "喜欢"), ("明儿见", "明天见"),
    ("明儿", "明天"), ("夜来", "昨天"),
    # Guizhou: 哪样 "what", 得不得 "all right or not", 好久上 "when does it go up", 找哪个 "whom"
    ("哪样", "什么"), ("得不得", "行不行"), ("好久上", "什么时候上"),
    # Yunnan: 板扎 "great"
    ("板扎", "很棒"),
    # Tianjin: 嘛 "what" (嘛价 "what price", 介是嘛 "what is this"), 介 "this", 倍儿 "very",
    # 老几位 "everyone", 哏儿 "funny"
    ("嘛价", "什么价"), ("嘛时候", "什么时候"), ("介是嘛", "这是什么"), ("介是", "这是"),
    ("介个", "这个"), ("介么", "这么"), ("介口音", "这口音"), ("倍儿", "很"), ("老几位", "大家"),
    ("哏儿", "好玩"),
    # Beijing: 多儿钱 "how much", 甭 "no need", 得嘞 "all right", 倍儿 as in Tianjin
    ("多儿钱", "多少钱"), ("甭", "不用"), ("得嘞", "好的"),
    # Hakka (客家话): 仰般 "how", 爱毋爱 "need or not", 系毋系 "is it", 毋 "not", 朝晨
    # "morning", 夜晡 "evening"
    ("仰般", "怎么"), ("爱毋爱", "要不要"), ("爱唔爱", "要不要"), ("系毋系", "是不是"),
    ("会毋会", "会不会"), ("有毋有", "有没有"), ("毋", "不"), ("朝晨", "早上"), ("夜晡", "晚上"),
]  # fmt: skip
# Minnan 无 closing a question is 吗 ("包邮无", "会跌倒无"; 毫无, 全无 stay)
_ASKS = re.compile(r"(?<=[\u4e00-\u9fff])(?<![毫全并从虚有])无(?=\s*[?？]*\s*$)")
_REWRITE = phrase_sub(_PHRASES)
# 好多钱 asks the price ("好多钱一袋"), but "花了好多钱" spent a lot
_HOW_MUCH = re.compile(r"(?<![了花用赚挣省亏])好多钱")
# 好多 is "how much/many" after a verb of amount and before a measure word or the end
# ("能少好多", "拍3件减好多", "一斤有好多根"); "好多人在问", "好多颜色" stay
_HOW_MANY = re.compile(
    r"(?<=[少减惠有放要买拍差送用在是])好多"
    r"(?=[根个袋斤块天克只颗瓶盒包份粒片]|比例|合适|\s|$|[?？嘛哦喃呢啊])"
)
# … and 在好多号 asks which link ("腊肉在好多号"; "有好多号可以选" stays); before a unit, or
# closing after a quantity's name, it asks how much ("每支好多毫升", "度数好多", "酒量好多";
# "好多人" stays)
_WHICH_NO = re.compile(r"(?<=[在是])好多(?=号)")
_HOW_MUCH_OF = re.compile(
    r"好多(?=毫升|ml|克|公斤|度)|(?<=[数量价重长宽高])好多(?=\s*[?？嘛啊呀哦]*\s*$)"
)
# Wuhan 么样 is "how" ("么样煮" 怎么煮, "么样搞" 怎么办, "跟周黑鸭比么样" 怎么样; 怎么样,
# 什么样, 这么样 stay)
_HOW_WH = re.compile(r"(?<![怎什这那多要])么样(搞|弄)?")
# … and 么时候 "when" ("豆皮么时候上"; 什么时候, 那么时候 stay)
_WHEN_WH = re.compile(r"(?<![怎什这那多要])么时候")
# 贼 (very) before a word it intensifies: "贼香", "贼便宜", "贼好吃"
_VERY = re.compile(r"贼(?=[好香鲜甜嫩便贵大多快慢棒辣软脆])")
# 整 (get) before an amount: "整两斤", "整3袋" (a purchase, "来两斤")
_GET = re.compile(r"整(?=\s*[一两二三四五六七八九十几\d]+\s*[斤箱袋盒根个包份瓶罐条])")
# Hunan 哒 after a verb is 了 ("拍哒两盒", "下单哒", "开哒盖子"; 么么哒, 萌萌哒 stay)
_DONE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![么萌棒美乖帅酷爱哒嘿])哒")
# Hunan 恰 is "eat" ("直接恰", "冇恰完"; 恰好, 恰当 stay)
_EAT = re.compile(r"(?<!恰)恰(?![好当巧似如恰])")
# Sichuan 有好 + a quality closing a clause asks how much of it ("特辣的有好辣"; "有好大一块"
# stays)
_HOW = re.compile(r"有好(?=[辣咸甜重大长宽厚高粗细硬软酸麻远深]\s*(?:[?？哦嘛呀啊喃]|\s|$))")
# Shaanxi 额 "I" before a word of family or self ("额家", "额妈", "额也拍了"; 金额的, 额度 stay)
_I = re.compile(r"(?<![金余限面份定超数配总差])额(?=[家妈爸娃们也就都还想要的])")
# Shaanxi and Ningxia 撒 "what" closing a question after 有/干/弄/说/送/是 ("调料包里有撒",
# "买三盒送撒"), or before a price, a difference, a time ("头茬撒价", "有撒区别"; "喝一口撒",
# "撒花" stay)
_WHAT = re.compile(r"(?<=[有干弄说送是])撒(?=\s*(?:[?？呢]|\s|$))|撒(?=价|区别|时候|意思)")
# Ningxia and Gansu 么 before a verb is 没 ("还么发货", "都么人理", "现在么到"; 怎么, 那么 stay)
_NOT_YET = re.compile(r"(?<=[还都也在])么(?=[发到人收回])")
# Northern and Sichuan 不 closing a question is 吗 ("稻花香是1号链接不", "小砖是6号不", "有货不";
# "我才不", "就不", "一点都不" stay)
_ASKS_BU = re.compile(
    r"(?<=[\u4e00-\u9fff\d])(?<![才就偏还都也可并决绝我你他她])不(?=\s*[?？]*\s*$)"
)
# Guizhou 嘞 before a word is 的 ("上回买嘞面上", "微辣嘞小娃娃"; "好嘞" closing stays)
_OF = re.compile(r"(?<=[\u4e00-\u9fff])嘞(?=[\u4e00-\u9fff])")
# Guizhou and Sichuan V得不 closing a question is 能V吗 ("还吃得不", "小娃娃吃得不")
_CAN_V = re.compile(r"([吃喝用穿洗放戴])得不(?=\s*(?:[?？]|\s|$))")
# … and 找哪个 closing it is 找谁 ("烂了一半 找哪个")
_WHOM = re.compile(r"找哪个(?=\s*(?:[?？]|\s|$))")
# Shaanxi 咧 closing a clause is 了 ("拍咧", "肉夹馍来咧")
_DONE_SX = re.compile(r"(?<=[\u4e00-\u9fff])咧(?=\s*(?:[!！~。.,，?？]|\s|$))")
# Hakka 摆 after a number is "times" ("几多摆", "问咗三摆"; 摆放, 摆件 stay)
_TIMES = re.compile(r"(?<=[一二两三四五六七八九十几多少\d])摆")
# … and 涯 is "I" ("涯坐月", "冇人睬涯"; 天涯, 生涯 stay)
_I_HAKKA = re.compile(r"(?<![天生无际])涯")
_MARKERS = gated(
    r"没得|莫得|啥子|好久|巴适|安逸|娃儿|我屋|送得到|多沉|嘎嘎|贼|整|中不中|可中|恁|俺|夜儿个|夜个"
    r"|弄啥|得劲|不孬|么子|好多|人港|伢子|娭毑|别个|哒|恰|啷个|咋个|哪点|屋头|要得|莫哄|晓得"
    r"|偌济|若济|敢有|歹势|阿嬷|阿公|按怎|有影无|无\s*[?？]*\s*$|有好|额|撒|咧|嫽|咥|谝|杠|稀罕|明儿|夜来"
    r"|哪样|得不|嘞|找哪个|嘛价|嘛时候|介是|介个|介么|介口音|倍儿|老几位|哏儿|多儿钱|甭|得嘞|仰般|毋|朝晨|夜晡|摆|涯|么样|么时候|[还都也在]么[发到人收回]|板扎|不\s*[?？]*\s*$"
)


def _how(m: re.Match[str]) -> str:
    if m.group(1):
        return "怎么办"  # 么样搞
    after = m.string[m.end() : m.end() + 1]
    return "怎么" if "\u4e00" <= after <= "\u9fff" else "怎么样"  # 么样煮 / 比么样


# the rewrites that stand only where the context says so, each tried only when its
# word is in the text: (word, where it is dialect, its Mandarin)
_IN_CONTEXT: list[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    ("哒", _DONE, "了"), ("恰", _EAT, "吃"), ("无", _ASKS, "吗"), ("有好", _HOW, "有多"),
    ("额", _I, "我"), ("撒", _WHAT, "啥"), ("么", _NOT_YET, "没"), ("咧", _DONE_SX, "了"),
    ("嘞", _OF, "的"),
    ("得不", _CAN_V, r"能\1吗"), ("找哪个", _WHOM, "找谁"), ("摆", _TIMES, "次"),
    ("涯", _I_HAKKA, "我"), ("么样", _HOW_WH, _how), ("么时候", _WHEN_WH, "什么时候"),
    ("不", _ASKS_BU, "吗"),
]  # fmt: skip


def to_mandarin(text: str) -> str:
    """``text`` (simplified) with its dialect words in Mandarin."""
    if not _MARKERS.search(text):
        return text
    text = _VERY.sub("很", _GET.sub("来", text))
    for word, where, mandarin in _IN_CONTEXT:
        if word in text:
            text = where.sub(mandarin, text)
    if "好多" in text:
        text = _HOW_MANY.sub("多少", _HOW_MUCH.sub("多少钱", _WHICH_NO.sub("几", text)))
        text = _HOW_MUCH_OF.sub("多少", text)
    return _REWRITE(text)
