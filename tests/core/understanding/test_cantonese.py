"""Written Cantonese reads as Mandarin: Hong Kong and Guangdong viewers and hosts."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.understanding.cantonese import to_mandarin
from copilot.core.understanding.normalize import normalize


@pytest.mark.parametrize(
    ("said", "mandarin"),
    [
        ("有冇貨", "有没有货"),
        ("孕婦食唔食得", "孕妇吃不吃得"),
        ("呢個幾多錢", "这个多少钱"),
        ("係咪日本嘅", "是不是日本的"),
        ("點煲先好飲", "怎么煲先好饮"),
        ("問咗兩次都冇人覆", "问了两次都没人回"),
        ("已落單 兩包", "已下单 两包"),
        ("幾耐到 聽日收唔收到", "多久到 明天收不收到"),
        ("花膠係三號link", "花胶是三号link"),
        ("買三對有冇平啲", "买三对有没有便宜点"),
        ("爛咗點退", "烂了怎么退"),
        ("快點拍啦", "快点拍啦"),  # 快点: hurry, no "how"
        ("呢款好鹹咩", "这款好咸吗"),  # 咩 closing a question
        ("買一斤送咩", "买一斤送什么"),  # after a verb: what
        ("用電飯煲點整", "用电饭煲怎么弄"),
        ("我屋企冇焗爐", "我家没有焗炉"),
        ("二號鏈接上咗未", "二号链接上了没"),
    ],
)
def test_cantonese_words_read_as_mandarin(said: str, mandarin: str) -> None:
    assert normalize(said) == mandarin


@pytest.mark.parametrize(
    "text", ["食品安全", "系列产品", "点赞关注", "一定要买", "覆盖面积", "关系很好"]
)
def test_mandarin_text_is_left_alone(text: str) -> None:
    assert to_mandarin(text) == text


def test_cantonese_questions_get_their_intents(room) -> None:  # type: ignore[no-untyped-def]
    assert room.say("有冇貨呀").intent == "stock"
    assert room.say("幾錢呀", viewer="v2").intent == "price"
    assert room.say("點解淨係覆佢唔覆我", viewer="v3").intent == "complaint_service"
    assert room.say("買兩個有冇平啲", viewer="v4").intent == "discount"
    assert room.say("第一百單仲有冇得減", viewer="v5").intent == "discount"
    assert room.say("三包有冇送嘢", viewer="v6").intent == "discount"


def test_cantonese_host_speech_states_facts() -> None:
    maw = {"id": "m", "link_no": 3, "name": "花膠", "price": 598, "live_price": 468, "stock": 85,
           "shipping": {"carrier": "順豐速運", "ships_within_h": 48, "free": True}}  # fmt: skip
    shop = catalog_from_dict({"shop": {"name": "s", "currency": "HKD"}, "products": [maw]})
    fi = FactIndex(shop)
    st = fi.analyse("花膠我哋用順風寄 四十八個鐘之內出貨 買一件已經免運")
    assert st.answers("shipping", "m")
    assert fi.analyse("花膠係三號link 三號呀").answers("link", "m")
    assert fi.analyse("原價五百九十八蚊 今日四百六十八").answers("price", "m")
