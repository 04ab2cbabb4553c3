"""Traditional → simplified Chinese, character by character, as a str.translate table.

Uses OpenCC's character table (package ``opencc-python-reimplemented``, Apache-2.0)
when it is installed; otherwise a built-in table of the characters common in shop chat.
"""

from __future__ import annotations

import os

# Pairs "traditional simplified" of characters frequent in live-commerce chat.
_BUILTIN = (
    "這这個个們们麼么嗎吗號号鏈链結结價价錢钱貨货發发點点還还碼码樣样買买賣卖頭头實实麵面說说話话問问題题與与對对於于來来時时"
    "間间應应該该為为從从車车現现過过後后會会單单開开關关購购無无優优週周變变體体顏颜質质純纯運运費费險险換换寶宝簡简長长寬宽"
    "輕轻鬆松彈弹襪袜褲裤裝装務务達达讓让給给謝谢別别邊边網网頓顿聲声畫画閃闪線线載载緩缓衝冲幾几處处顯显愛爱絕绝華华麗丽歡欢"
    "報报滿满減减領领訂订遞递郵邮順顺豐丰圓圆韻韵塊块雙双魚鱼黃黄條条襯衬絨绒紡纺織织圍围裡里裏里溫温層层機机乾干燙烫膚肤適适"
    "婦妇兒儿嬰婴試试準准緊紧釐厘賬账維维證证電电壞坏縐绉紋纹誰谁獎奖區区紅红綠绿藍蓝櫃柜貴贵髮发飯饭貓猫媽妈聽听見见響响亂乱"
    "雲云涼凉熱热凍冻觸触隻只萬万億亿檔档盤盘鍋锅壺壶燈灯視视臺台灣湾門门廣广東东陽阳蘭兰廈厦鄭郑內内遼辽寧宁龍龙陝陕漲涨滯滞"
    "戶户樂乐"
)


def _opencc_pairs() -> dict[str, str]:
    try:
        import opencc
    except ImportError:
        return {}
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    pairs: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                trad, _, simp = line.rstrip("\n").partition("\t")
                simp = simp.split(" ")[0]
                if len(trad) == 1 and len(simp) == 1 and trad != simp:
                    pairs[trad] = simp
    except OSError:
        return {}
    return pairs


def _table() -> dict[int, str]:
    pairs = {_BUILTIN[i]: _BUILTIN[i + 1] for i in range(0, len(_BUILTIN) - 1, 2)}
    pairs.update(_opencc_pairs())
    return {ord(k): v for k, v in pairs.items()}


TRAD_TO_SIMP: dict[int, str] = _table()
