"""Sichuan-Chongqing and Northeastern chat words read as the Mandarin the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.dialects import to_mandarin


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("有没得大号的", "stock"),
        ("还有莫得黑色", "stock"),
        ("这个好多钱", "price"),
        ("整三袋 给我留到", "purchase_signal"),
        ("来两盒", "purchase_signal"),
        ("后天能到哈尔滨不", "shipping"),
        ("我屋在山头 送得到不", "shipping"),
        # Hunan
        ("拍哒三袋", "purchase_signal"),
        ("开哒以后能放好久", "spec"),
        ("好多前一瓶", "price"),
        ("我上个礼拜买的还冇到", "order_status"),
        ("问了半天冇人港", "complaint_service"),
        # Sichuan-Chongqing: 好多 after a verb of amount asks how much, 啷个/咋个 how
        ("买三罐能便宜好多", "discount"),
        ("满两百减好多", "discount"),
        ("一斤有好多颗", "size"),
        ("昨天拍的啷个还没发", "order_status"),
        ("收到漏气了咋个整", "after_sales"),
        ("单买一罐by不", "shipping"),
        ("之前问发啥快递 一直不回", "complaint_service"),
        # Minnan: 偌济/若济 how much, 敢有 is there, 无 closing a question
        ("这双板鞋偌济钱", "price"),
        ("41码黑色敢有", "stock"),
        ("满两双包邮无", "shipping"),
        # Sichuan 有好 + a quality asks how much of it; 没得 closing a clause
        ("特辣的有好辣 我吃得辣", "spec"),
        ("有骨头没得 我娃娃五岁", "spec"),
        # Shaanxi: 咧 closing a clause, 额 I, 咋 how, 撒 what, 嫽 fine
        ("拍咧", "purchase_signal"),
        ("额也拍咧 下回还来", "purchase_signal"),
        ("嫽扎咧", "praise"),
        ("咋下单 点哪", "link"),
        ("调料包里有撒", "spec"),
        # Shandong 杠 very, 稀罕 like; Guizhou 哪样 what, 嘞 of, V得不 can one V, 找哪个 whom
        ("恁家的炖锅杠赛", "praise"),
        ("关注了领哪样券", "discount"),
        ("上回买嘞滤杯裂了 找哪个", "after_sales"),
        ("红酸汤有好辣 我妈一点辣都吃不得", "spec"),
        # Tianjin 嘛价 what price, 老几位 everyone, 介个 this, 倍儿 very
        ("冲锋衣嘛价", "price"),
        ("老几位晚上好", "greeting"),
        # Hakka 仰般 how, 爱毋爱 need or not, N摆 N times, 涯 I, 夜晡 evening
        ("珐琅锅仰般洗 爱毋爱先泡水", "usage"),
        ("问咗三摆 冇人睬涯", "complaint_service"),
        ("夜晡好", "greeting"),
        # Beijing 多儿钱 how much, 甭 no need, 倍儿 very
        ("这点心匣子多儿钱啊", "price"),
        ("驴打滚多儿钱一盒", "price"),
    ],
)
def test_dialect_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_dialect_words_are_rewritten_only_where_they_are_dialect() -> None:
    assert to_mandarin("这个贼香") == "这个很香"
    assert to_mandarin("啥子味道") == "什么味道"
    assert to_mandarin("一条多沉") == "一条多重"
    assert to_mandarin("一包用得到好久") == "一包用得到多久"
    assert to_mandarin("等好久了") == "等好久了"  # a long wait, not "how long"
    assert to_mandarin("好多钱一袋") == "多少钱一袋"
    assert to_mandarin("今晚花了好多钱") == "今晚花了好多钱"  # spent a lot, not "how much"
    assert to_mandarin("整体不错") == "整体不错"  # 整 before no amount
    assert to_mandarin("有没有黑色") == "有没有黑色"
    assert to_mandarin("直接恰还是蒸一下") == "直接吃还是蒸一下"
    assert to_mandarin("这个有货无") == "这个有货吗"
    assert to_mandarin("一无所有") == "一无所有"  # 无 closing no question
    assert to_mandarin("恰好两盒") == "恰好两盒"  # 恰好: just right, no eating
    assert to_mandarin("拍哒 萌萌哒") == "拍了 萌萌哒"  # 萌萌哒 is no "done"
    assert to_mandarin("等好久了") == "等好久了"
    assert to_mandarin("拍两罐能少好多") == "拍两罐能少多少"
    assert to_mandarin("好多人在问") == "好多人在问"  # many people, no "how many"
    assert to_mandarin("比外面便宜好多") == "比外面便宜好多"  # much cheaper, no question
    assert to_mandarin("你们在哪点") == "你们在哪里"
    assert to_mandarin("额家四口人") == "我家四口人"
    assert to_mandarin("余额也不够") == "余额也不够"  # 余额: a balance, no "I"
    assert to_mandarin("主播喝一口撒") == "主播喝一口撒"  # a closing particle, no "what"
    assert to_mandarin("有好大一块肉") == "有好大一块肉"  # a big piece, no "how big"
    assert to_mandarin("微辣嘞小娃娃吃得不") == "微辣的小娃娃能吃吗"
    assert to_mandarin("好嘞 马上拍") == "好嘞 马上拍"  # 嘞 closing: all right
    assert to_mandarin("介个倍儿好") == "这个很好"
    assert to_mandarin("泡几多摆") == "泡几多次"
    assert to_mandarin("摆件 下摆 天涯") == "摆件 下摆 天涯"  # 摆, 涯 after no number, in a word


def test_is_cod_available_asks_delivery_not_stock(room) -> None:  # type: ignore[no-untyped-def]
    assert room.say("is cod available?").intent == "shipping"


def test_an_offer_still_there_asks_the_discount(room) -> None:  # type: ignore[no-untyped-def]
    assert room.say("still have the coupon if i buy 3?").intent == "discount"
    assert room.say("still have the black one?").intent == "stock"
