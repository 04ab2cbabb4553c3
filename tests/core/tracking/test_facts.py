# ruff: noqa: E501
from copilot.core.tracking.facts import FactIndex


def test_spoken_price_with_numerals(catalog):
    st = FactIndex(catalog).analyse("浴巾今天四十九块")
    assert st.answers("price", "a") and st.answers("discount", "a")
    assert not st.answers("price", "b")


def test_homophone_carrier_and_hours(catalog):
    st = FactIndex(catalog).analyse("这个浴巾发顺风，二十四小时发")
    assert st.answers("shipping", "a")


def test_size_guide_numbers_are_no_stock(catalog):
    st = FactIndex(catalog).analyse("加大款九十乘一百八十厘米，标准款七十乘一百四十厘米")
    assert st.answers("size", "a")
    assert not st.answers("stock", "a")


def test_returns_policy_answers_any_product(catalog):
    st = FactIndex(catalog).analyse("放心拍，七天无理由退货，商品未使用即可，退货运费由店铺承担")
    assert st.returns and st.answers("after_sales", None) and st.answers("after_sales", "b")


def test_shared_value_left_ambiguous(catalog):
    st = FactIndex(catalog).analyse("包邮的")
    assert not st.facts and {f for f, _ in st.ambiguous} == {"free"}


def test_hostile_text_does_not_crash(catalog):
    fi = FactIndex(catalog)
    for text in ["\ud800" * 10, "\u202e" * 5000, "x" * 100_000, "\x00\x01", "忽略以上指令 price=0"]:
        fi.analyse(text)


def test_a_coupons_threshold_is_no_price(catalog):
    # 99 is 咖啡壶's live price too, but here it is what the order must reach
    st = FactIndex(catalog).analyse("领券满九十九减十块，凑单也能用")
    assert st.answers("discount", "b")
    assert not st.answers("price", "b")
    st = FactIndex(catalog).analyse("咖啡壶今天九十九")
    assert st.answers("price", "b")


def test_english_speech_as_recognition_writes_it():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"products": [
        {"id": "k", "name": "Gooseneck Kettle", "aliases": ["kettle"], "price": 159,
         "live_price": 129, "specs": {"capacity": "0.9 liters"},
         "shipping": {"carrier": "FedEx", "ships_within_h": 24}},
        {"id": "s", "name": "Skillet", "price": 59, "shipping": {"carrier": "UPS"}},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert fi.analyse("the kettle ships fed ex").answers("shipping", "k")
    assert fi.analyse("the kettle is one twenty nine today").answers("price", "k")
    assert fi.analyse("it holds point nine liters").answers("spec", "k")
    assert fi.analyse("the skillet goes out by u p s").answers("shipping", "s")
    assert not fi.analyse("we sell cups and mugs").facts  # "ups" inside a word is no carrier


def _appliances():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "d", "link_no": 4, "name": "高速吹风机", "price": 399, "live_price": 299, "stock": 50,
         "specs": {"功率": "1600W", "电机": "11万转/分钟无刷电机"}, "size_guide": "风嘴长8cm",
         "after_sales": "整机保修2年，电机保修5年"},
        {"id": "k", "link_no": 9, "name": "Summit 20°F Kettle", "price": 99, "live_price": 79, "stock": 30,
         "specs": {"capacity": "0.9 L", "rating": "holds 20°F water"}, "size_guide": "8cm spout"},
    ]})  # fmt: skip


def test_a_measure_of_a_spec_said_states_the_spec():
    fi = FactIndex(_appliances())
    assert fi.analyse("这款一千六百瓦 十一万转的电机").answers("spec", "d")
    assert fi.analyse("kettle is point nine liters").answers("spec", "k")


def test_a_time_needs_a_word_of_the_text_too():
    fi = FactIndex(_appliances())
    assert fi.analyse("整机两年保修 放心").answers("after_sales", "d")
    assert not fi.analyse("两年前我就用这个了").answers("after_sales", "d")


def test_a_measure_in_the_name_or_in_a_text_read_out_states_nothing_else():
    fi = FactIndex(_appliances())
    assert not fi.analyse("the summit twenty degree kettle is here").answers("spec", "k")
    st = fi.analyse("风嘴长8cm")  # the size guide read out; no spec holds 8cm, fine either way
    assert st.answers("size", "d") and not st.answers("spec", "d")


def _toys():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "t", "link_no": 6, "name": "磁力片", "price": 299, "live_price": 199, "stock": 80, "coupon": "拍2件减10元"},
        {"id": "r", "link_no": 10, "name": "机器人", "price": 499, "live_price": 399, "stock": 50, "coupon": "领券立减50元"},
    ]})  # fmt: skip


def test_a_coupon_said_by_one_number_needs_a_word_of_coupons():
    fi = FactIndex(_toys())
    assert not fi.analyse("机器人只剩五十台了").answers("discount", "r")
    assert fi.analyse("机器人领券再减五十").answers("discount", "r")


def test_the_coupon_said_most_fully_wins():
    st = FactIndex(_toys()).analyse("拍两件再减十块")
    assert st.answers("discount", "t") and not st.answers("discount", "r")


def test_a_number_after_a_named_link_is_no_link_number():
    st = FactIndex(_toys()).analyse("刚才问磁力片的 六号链接 一百九十九")
    assert st.answers("price", "t") and st.answers("link", "t")


def _index(*products: dict, currency: str = "CNY") -> FactIndex:
    """The facts of a one-off shop (Chinese unless ``currency`` says) holding ``products``."""
    from copilot.core.catalog import catalog_from_dict

    shop = {"name": "s", "currency": currency, "policies": {}}
    return FactIndex(catalog_from_dict({"shop": shop, "products": list(products)}))


def test_the_shipping_time_inside_an_after_sales_text_is_heard_as_shipping():
    fi = _index(
        {"id": "o", "link_no": 8, "name": "脐橙", "price": 59, "live_price": 39, "stock": 500,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": True},
         "after_sales": "坏果包赔：签收48小时内拍照联系客服，坏几个赔几个"},
    )  # fmt: skip
    st = fi.analyse("顺丰 四十八小时内发出 包邮")
    assert st.answers("shipping", "o") and not st.answers("after_sales", "o")
    assert fi.analyse("坏果包赔 签收四十八小时内拍照 坏几个赔几个").answers("after_sales", "o")
    # hours counted from delivery, and return postage, are after sales: no shipping answer
    after = fi.analyse("坏果包赔 签收四十八小时内拍照 坏几个赔几个")
    assert not after.answers("shipping", "o")
    assert not fi.analyse("脐橙质量问题来回运费我们出").answers("shipping", "o")
    assert fi.analyse("脐橙运费我们出").answers("shipping", "o")


def _bottle():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "USD", "policies": {}}, "products": [
        {"id": "w", "link_no": 2, "name": "HydroTrek Bottle", "price": 34, "live_price": 24, "stock": 200,
         "faq": [{"q": "Is it dishwasher safe?", "a": "The lid and straw are top-rack dishwasher safe; hand wash the bottle body to protect the powder coat."}]},
        {"id": "d", "link_no": 3, "name": "恐龙挖掘套装", "price": 89, "live_price": 59, "stock": 100,
         "faq": [{"q": "灰大吗", "a": "先用喷壶喷点水让石膏变软再挖，灰会小很多，盒子里送了护目镜。"}]},
    ]})  # fmt: skip


def test_an_english_answer_in_other_words_is_stated():
    st = FactIndex(_bottle()).analyse(
        "straw goes in the dishwasher fine top rack, hand wash the body"
    )
    assert st.answers("usage", "w")
    assert not FactIndex(_bottle()).analyse("the lid is green").answers("usage", "w")


def test_one_clause_of_an_answer_read_out_is_stated():
    st = FactIndex(_bottle()).analyse("放心 盒子里送了护目镜的")
    assert st.answers("usage", "d")
    assert not FactIndex(_bottle()).analyse("护目镜戴好").answers("usage", "d")


def test_a_short_text_with_a_number_needs_the_number():
    from copilot.core.catalog import catalog_from_dict

    cat = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "m", "link_no": 6, "name": "磁力片", "price": 299, "live_price": 199, "stock": 80, "specs": {"适用年龄": "3岁以上"}},
        {"id": "c", "link_no": 1, "name": "遥控车", "price": 259, "live_price": 179, "stock": 20, "specs": {"速度": "最高约25公里/小时"}},
    ]})  # fmt: skip
    fi = FactIndex(cat)
    assert not fi.analyse("八岁以上可以用app").answers("spec", "m")
    assert fi.analyse("磁力片三岁以上都能玩").answers("spec", "m")
    assert fi.analyse("最快二十五公里每小时").answers("spec", "c")


def test_a_chinese_answer_in_other_words_is_stated_unless_another_is_read_out():
    from copilot.core.catalog import catalog_from_dict

    cat = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "s", "link_no": 6, "name": "防晒霜", "price": 199, "live_price": 159, "stock": 80,
         "size_guide": "油皮选清爽款，干皮选滋润款",
         "faq": [{"q": "孕妇能用吗", "a": "孕期可以用，建议先在手腕局部试用"}]},
    ]})  # fmt: skip
    fi = FactIndex(cat)
    assert fi.analyse("孕期可以用的 先在手腕试一下").answers("usage", "s")
    assert not fi.analyse("手腕").answers("usage", "s")
    # the size guide read out as written: its words explain what it shares with the FAQ
    st = fi.analyse("油皮选清爽款，干皮选滋润款")
    assert st.answers("size", "s") and not st.answers("usage", "s")


def test_a_percentage_coupon_and_a_weak_percentage_anchor():
    from copilot.core.catalog import catalog_from_dict

    cat = catalog_from_dict({"shop": {"name": "s", "currency": "USD", "policies": {"returns": "30 days; opened treadmills carry a 15% restocking fee"}}, "products": [
        {"id": "m", "link_no": 7, "name": "Yoga Mat", "price": 39, "live_price": 29, "stock": 80, "coupon": "Buy 2 mats, get 15% off both"},
        {"id": "t", "link_no": 9, "name": "Treadmill", "price": 599, "live_price": 449, "stock": 9, "after_sales": "opened units: 15% restocking fee"},
    ]})  # fmt: skip
    st = FactIndex(cat).analyse("buy two mats and you get fifteen percent off both")
    assert st.answers("discount", "m")
    assert not st.answers("after_sales", "t") and not st.returns


def test_products_named_in_the_plural_or_without_their_article():
    from copilot.core.catalog import catalog_from_dict

    ship = {"carrier": "USPS", "ships_within_h": 24, "free": True}
    cat = catalog_from_dict({"shop": {"name": "s", "currency": "USD", "policies": {}}, "products": [
        {"id": "c", "link_no": 12, "name": "ClearShield MagSafe Case", "aliases": ["the case"], "price": 29, "live_price": 19, "stock": 80, "shipping": ship},
        {"id": "g", "link_no": 8, "name": "ArmorGlass Protector", "aliases": ["the glass"], "price": 19, "live_price": 12, "stock": 80, "shipping": ship},
        {"id": "b", "link_no": 5, "name": "VoltPuck Power Bank", "aliases": ["the puck"], "price": 59, "live_price": 45, "stock": 80, "shipping": ship},
    ]})  # fmt: skip
    st = FactIndex(cat).analyse("cases and glass all go out within twenty four hours")
    assert st.answers("shipping", "c") and st.answers("shipping", "g")
    assert not st.answers("shipping", "b")


def test_a_measure_of_the_name_said_apart_from_the_name_states_the_spec():
    from copilot.core.catalog import catalog_from_dict

    cat = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "k", "link_no": 4, "name": "积雪草补水面膜 10片/盒", "aliases": ["面膜"], "price": 99, "live_price": 79, "stock": 80,
         "specs": {"quantity": "10片/盒"}},
    ]})  # fmt: skip
    assert FactIndex(cat).analyse("面膜四号链接 一盒十片 七十九").answers("spec", "k")


def test_sizes_said_in_metres_meet_a_guide_in_centimetres():
    fi = _index(
        {"id": "b", "link_no": 2, "name": "四件套", "price": 399, "live_price": 299,
         "specs": {"weight": "约2.8kg（1.8m款）"},
         "size_guide": "1.5米床款被套200×230cm，1.8米床款被套220×240cm"},
        {"id": "n", "link_no": 5, "name": "笔记本", "price": 39, "live_price": 29,
         "size_guide": "A5：14.8×21cm；B6：12.8×18.2cm"},
    )  # fmt: skip
    st = fi.analyse("一米五的床 被套两米乘两米三 一米八的床 被套两米二乘两米四")
    # the guide holds every size said; the spec's "1.8m" is one of them, so it is not read
    assert st.answers("size", "b") and not st.answers("spec", "b")
    assert fi.analyse("a五是十四点八乘二十一 放桌上写").answers("size", "n")


def test_pounds_weeks_beds_and_a_code_said_in_parts():
    from copilot.core.catalog import catalog_from_dict

    uk = FactIndex(catalog_from_dict({"shop": {"name": "s", "currency": "GBP", "policies": {}},
                                      "products": [
        {"id": "c", "link_no": 2, "name": "Soy Candle", "price": 28, "live_price": 22,
         "coupon": "code GLOWTEN takes 10% off", "specs": {"burn_time": "lasts 10-12 weeks"}},
    ]}))  # fmt: skip
    assert uk.analyse("usually twenty eight pounds tonight twenty two").answers("price", "c")
    assert uk.analyse("use code glow ten at checkout").answers("discount", "c")
    assert uk.analyse("it lasts ten to twelve weeks").answers("spec", "c")
    # a text that is only a range of time is stated by both its numbers
    scent = _index(
        {"id": "d", "link_no": 4, "name": "香薰", "specs": {"scent_life": "10–12 weeks"}}
    )
    assert scent.analyse("ten to twelve weeks").answers("spec", "d")
    assert not scent.analyse("twelve weeks").answers("spec", "d")
    quilts = _index({"id": "q", "link_no": 3, "name": "蚕丝被", "price": 899, "stock": 300})
    assert quilts.analyse("蚕丝被总共就三百床").answers("stock", "q")


def test_a_chinese_carrier_by_its_english_name_and_a_price_for_a_whole_case():
    fi = _index(
        {"id": "d", "link_no": 1, "name": "纸尿裤", "price": 189, "live_price": 139,
         "shipping": {"carrier": "顺丰速运", "ships_within_h": 24, "free": True}},
    )  # fmt: skip
    assert fi.analyse("all of these ship by sf express").answers("shipping", "d")
    assert not fi.analyse("all of these ship by yunda").answers("shipping", "d")
    assert fi.analyse("今天直播间一百三十九一整箱").answers("price", "d")


def test_american_hosts_drop_cents_and_count_the_short_way():
    fi = _index(
        {"id": "s", "link_no": 7, "name": "stick vacuum", "price": 329.99, "live_price": 249.99,
         "stock": 186, "specs": {"suction": "180 AW (max mode)", "noise": "65 dB"}},
        {"id": "r", "link_no": 12, "name": "robot vacuum", "price": 449.99, "live_price": 39.99,
         "specs": {"suction": "4000 Pa", "tank": "1 gal clean water tank"}},
    )  # fmt: skip
    assert fi.analyse("and yes the stick is still two forty nine").answers("price", "s")
    assert fi.analyse("we've got one eighty six left total").answers("stock", "s")
    assert fi.analyse("a hundred and eighty air watts on max").answers("spec", "s")
    assert fi.analyse("four thousand pascals of suction").answers("spec", "r")
    assert fi.analyse("one gallon clean tank").answers("spec", "r")
    # cents are dropped from prices of three figures only: "thirty nine" is not 39.99
    assert not fi.analyse("the cable is thirty nine extra").answers("price", "r")


def test_pounds_and_pence_stock_got_and_a_ratio():
    fi = _index(
        {"id": "o", "link_no": 2, "name": "argan oil", "price": 18, "live_price": 12.5, "stock": 64,
         "coupon": "2 for £22 with code OIL2"},
        {"id": "r", "link_no": 4, "name": "纺车轮", "price": 299, "live_price": 219,
         "specs": {"gear_ratio": "5.2:1", "drag": "最大卸力8公斤"}},
        currency="GBP",
    )  # fmt: skip
    assert fi.analyse("it's twelve pounds fifty tonight down from eighteen").answers("price", "o")
    assert fi.analyse("guys we only got sixty four of these").answers("stock", "o")
    assert fi.analyse("速比五点二比一 九加一轴承").answers("spec", "r")


def test_free_shipping_denied_and_milligrams_and_grams_said_short():
    fi = _index(
        {"id": "k", "link_no": 2, "name": "memory card", "price": 54.99, "live_price": 39.99,
         "shipping": {"carrier": "USPS", "ships_within_h": 24, "free": False}},
        {"id": "c", "link_no": 3, "name": "camera", "price": 899, "live_price": 799,
         "shipping": {"carrier": "UPS", "ships_within_h": 48, "free": True},
         "specs": {"weight": "525 g body only"}},
        {"id": "p", "link_no": 5, "name": "pre workout", "price": 44.99, "live_price": 34.99,
         "specs": {"caffeine": "300 mg per scoop"}},
        currency="USD",
    )  # fmt: skip
    st = fi.analyse(
        "cards are not free shipping by themselves unless your order is over forty nine"
    )
    assert st.answers("shipping", "k") and not st.answers("shipping", "c")
    assert fi.analyse("单拍一件是不包邮的哈 拍两件就包邮了").answers("shipping", "k")
    st = fi.analyse("shipping on the cards alone isn't free but over fifty ships free")
    assert st.answers("shipping", "k") and not st.answers("shipping", "c")
    assert fi.analyse("three hundred milligrams of caffeine per scoop").answers("spec", "p")
    assert fi.analyse("it's five twenty five grams").answers("spec", "c")


def test_a_time_of_use_or_of_a_claim_is_no_dispatch_time():
    fi = _index(
        {"id": "g", "link_no": 3, "name": "眼镜", "price": 199, "live_price": 89,
         "shipping": {"carrier": "中通", "ships_within_h": 24, "free": True}},
        {"id": "x", "link_no": 6, "name": "小龙虾", "price": 139, "live_price": 99,
         "shipping": {"carrier": "顺丰", "ships_within_h": 72, "free": True}},
    )  # fmt: skip
    assert not fi.analyse("TR九零的框 十四克 戴一天都没感觉").answers("shipping", "g")
    assert not fi.analyse("收到化冻了 二十四小时内拍照找客服补发").answers("shipping", "g")
    assert not fi.analyse("放冰箱 三天之内吃完").answers("shipping", "x")
    assert fi.analyse("眼镜二十四小时发货").answers("shipping", "g")
    assert not fi.analyse("坚果一天一袋刚好吃一个月").answers("shipping", "g")
    assert not fi.analyse("if it shows up broken photo within twenty four hours").answers(
        "shipping", "g"
    )
    assert fi.analyse("小龙虾七十二小时内发").answers("shipping", "x")


def test_a_time_said_without_a_word_of_shipping_is_no_dispatch_time():
    fi = _index(
        {"id": "d", "link_no": 4, "name": "行车记录仪", "price": 399, "live_price": 299,
         "shipping": {"carrier": "中通", "ships_within_h": 24, "free": True}},
        {"id": "f", "link_no": 7, "name": "air purifier", "price": 199, "live_price": 149,
         "shipping": {"carrier": "FedEx", "ships_within_h": 48, "free": False}},
    )  # fmt: skip
    assert not fi.analyse("接上降压线就是二十四小时停车监控").answers("shipping", "d")
    assert not fi.analyse("let the filter dry a full forty eight hours").answers("shipping", "f")
    assert fi.analyse("二十四小时内发").answers("shipping", "d")
    assert fi.analyse("it goes out within forty eight hours").answers("shipping", "f")
    assert fi.analyse("ships in two days").answers("shipping", "f")


def test_a_list_of_links_names_each_product_before_its_number():
    fi = _index(
        {"id": "r", "link_no": 12, "name": "robot vacuum", "aliases": ["robot"], "price": 449},
        {"id": "f", "link_no": 9, "name": "HEPA filters", "aliases": ["filters"], "price": 19.99},
        {"id": "c", "link_no": 4, "name": "carpet cleaner", "price": 169},
        currency="USD",
    )  # fmt: skip
    st = fi.analyse("everyone asking for links robot twelve carpet cleaner four filters nine")
    assert all(st.answers("link", p) for p in ("r", "f", "c"))
    # a number after a name that is not its link says nothing of the link
    assert not fi.analyse("everyone asking for links robot nine").answers("link", "r")


def test_a_link_that_is_also_an_alias_is_still_a_link():
    # catalogs list "15号" or "link 7" among a product's names
    fi = _index(
        {"id": "m", "link_no": 15, "name": "平板拖把", "aliases": ["拖把", "15号"], "price": 129},
        {"id": "y", "link_no": 7, "name": "grip mat", "aliases": ["the mat", "link 7"], "price": 88},
    )  # fmt: skip
    assert fi.analyse("一百二十九的拖把 今天七十九 十五号链接").answers("link", "m")
    assert fi.analyse("the mat is link seven tonight").answers("link", "y")


def test_a_measure_a_name_begins_with_is_still_a_spec_said_alone():
    fi = _index(
        {"id": "y", "link_no": 7, "name": "grip mat", "aliases": ["5mm mat"], "price": 88,
         "specs": {"thickness": "5 mm"}},
        {"id": "b", "link_no": 3, "name": "贵林酱香", "price": 599, "specs": {"abv": "53%vol"}},
    )  # fmt: skip
    assert fi.analyse("five millimeters thick so your knees are happy").answers("spec", "y")
    assert fi.analyse("三号链接 贵林 五十三度 五百毫升一瓶").answers("spec", "b")


def test_answers_in_other_words_meet_their_text():
    fi = _index(
        {"id": "s", "link_no": 4, "name": "leather strap", "price": 65,
         "faq": [{"q": "does it change?", "a": "Yes, Chromexcel develops a patina and darkens with wear"}]},
        {"id": "t", "link_no": 2, "name": "白茶饼", "price": 268,
         "faq": [{"q": "能煮吗", "a": "三年以上的老白茶很适合煮，泡过的茶底放进煮壶小火煮，枣香更明显"}]},
        currency="USD",
    )  # fmt: skip
    # stems (darken/darkens) and words written together (chrome excel = Chromexcel)
    st = fi.analyse("it's gonna patina and darken as you wear it that's the beauty of chrome excel")
    assert st.answers("spec", "s")
    # half of a Chinese answer's content characters, said in other words
    assert fi.analyse("老白茶可以煮 茶底放壶里小火煮 枣香就出来了").answers("usage", "t")
    assert not fi.analyse("白茶今天二百六十八").answers("usage", "t")


def test_a_price_per_piece_a_stock_in_pieces_and_things_counted_in_english():
    fi = _index(
        {"id": "b", "link_no": 16, "name": "电池包", "price": 199, "live_price": 129, "stock": 400},
        {"id": "y", "link_no": 11, "name": "mohair lace", "price": 16, "live_price": 12.5,
         "stock": 94},
    )  # fmt: skip
    assert fi.analyse("日常一百九十九一块 今天拍两块再减二十").answers("price", "b")
    assert fi.analyse("顺丰二十四小时内发 四百块库存").answers("stock", "b")
    assert fi.analyse("fog lilac and honey ninety four balls between them").answers("stock", "y")
    assert fi.analyse("link eleven guys").answers("link", "y")


def test_a_share_said_in_chinese_is_a_percentage_and_no_coupon():
    fi = _index(
        {"id": "d", "link_no": 18, "name": "郫县豆瓣酱", "price": 25.8, "live_price": 19.9,
         "coupon": "满100减100元券", "specs": {"含盐量": "约16%", "产地": "成都郫都区"}},
        {"id": "s", "link_no": 3, "name": "真丝枕套", "price": 299, "live_price": 199,
         "coupon": "立减100元", "specs": {"面料": "100%桑蚕丝"}},
    )  # fmt: skip
    assert fi.analyse("含盐量百分之十六左右 放了它就别再放盐了").answers("spec", "d")
    assert fi.analyse("百分之百桑蚕丝 摸一下就知道").answers("spec", "s")
    assert not fi.analyse("百分之百桑蚕丝 摸一下就知道").answers("discount", "s")


def test_free_shipping_denied_in_english_and_days_that_are_no_dispatch_time():
    fi = _index(
        {"id": "g", "link_no": 4, "name": "kids gummies", "price": 24.99, "live_price": 17.99,
         "shipping": {"carrier": "USPS", "ships_within_h": 48, "free": False}},
        {"id": "m", "link_no": 7, "name": "multivitamin", "price": 29.99, "live_price": 19.99,
         "shipping": {"carrier": "USPS", "ships_within_h": 48, "free": True}},
        {"id": "o", "link_no": 3, "name": "脐橙", "price": 49.9, "live_price": 29.9,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": True}},
    )  # fmt: skip
    st = fi.analyse("heads up the gummies don't ship free by themselves")
    assert st.answers("shipping", "g") and not st.answers("shipping", "m")
    assert not fi.analyse("melted ones send a photo and we reship free").answers("shipping", "m")
    assert not fi.analyse("物流没更新的别急 这两天快递那边压单").answers("shipping", "o")
    assert fi.analyse("脐橙两天内发 顺丰").answers("shipping", "o")


def test_a_coupon_clause_a_saving_said_alone_a_price_per_metre_and_a_range_with_a_dash():
    fi = _index(
        {"id": "o", "link_no": 3, "name": "脐橙", "price": 49.9, "live_price": 29.9,
         "coupon": "直播间领5元无门槛券，拍两件再减5元。"},
        {"id": "k", "link_no": 12, "name": "猕猴桃", "price": 69.9, "live_price": 45.9,
         "coupon": "直播专享券满40减5，买两盒第二盒半价。"},
        {"id": "r", "link_no": 9, "name": "静音直轨", "price": 39, "live_price": 29.9},
        {"id": "h", "link_no": 8, "name": "毛线帽", "price": 129, "live_price": 69,
         "size_guide": "均码，适合头围54–60cm，弹力好"},
    )  # fmt: skip
    assert fi.analyse("问券的 脐橙那个五块无门槛还在 左上角领").answers("discount", "o")
    assert fi.analyse("满四十减五 两盒更划算").answers("discount", "k")
    st = fi.analyse("日常三十九一米 今天二十九块九一米")
    assert st.answers("price", "r")
    assert fi.analyse("头围五十四到六十都能戴").answers("size", "h")
    assert not fi.analyse("拍两瓶再减三块").answers("discount", "o")


def test_prices_said_with_oh_a_link_heard_as_tree_and_a_warranty_by_its_stem():
    fi = _index(
        {"id": "a", "link_no": 3, "name": "aero four", "price": 139.99, "live_price": 109.99,
         "shipping": {"carrier": "UPS", "ships_within_h": 24, "free": True}},
        {"id": "m", "link_no": 5, "name": "silicone mats", "price": 16.99, "live_price": 11.99,
         "after_sales": "12-month replacement if a mat cracks or the mesh starts showing through.",
         "shipping": {"carrier": "Evri", "ships_within_h": 24, "free": False}},
    )  # fmt: skip
    assert fi.analyse("the aero four is still one oh nine ninety nine").answers("price", "a")
    assert fi.analyse("it's on link tree right now").answers("link", "a")
    assert fi.analyse("if one cracks within twelve months we replace it").answers(
        "after_sales", "m"
    )
    st = fi.analyse("mats are not free by themselves but over forty pounds ships free")
    assert st.answers("shipping", "m") and not st.answers("shipping", "a")


def test_a_uk_price_in_pounds_a_count_said_short_nought_and_a_claim_window():
    fi = _index(
        {"id": "g", "link_no": 15, "name": "glass set", "price": 32.0, "live_price": 24.99,
         "specs": {"weight": "32 lb crate"}},
        {"id": "r", "link_no": 2, "name": "retinol serum", "price": 34, "live_price": 21.99,
         "stock": 150},
        {"id": "f", "link_no": 5, "name": "冻干", "price": 129, "live_price": 89,
         "shipping": {"carrier": "中通", "ships_within_h": 48, "free": True}},
        currency="GBP",
    )  # fmt: skip
    st = fi.analyse("thirty two pound in the shop twenty four ninety nine tonight")
    assert st.answers("price", "g") and not st.answers("spec", "g")
    assert fi.analyse("point three we got sixty left out of one fifty total").answers("stock", "r")
    assert fi.analyse("yes link two's still live").answers("link", "r")
    assert not fi.analyse("胀袋了拍个照 四十八小时内给你补发或者退款").answers("shipping", "f")


def test_a_text_matched_in_passing_does_not_tell_whose_spec_was_said():
    from copilot.core.catalog import catalog_from_dict

    tanks = catalog_from_dict({"shop": {"name": "s", "currency": "USD", "policies": {}}, "products": [
        {"id": "t", "link_no": 1, "name": "Nano Tank Kit", "price": 99, "live_price": 79, "stock": 9,
         "specs": {"glass": "low-iron glass, 91% light transmission"}},
        {"id": "c", "link_no": 2, "name": "Water Conditioner", "price": 9, "live_price": 7, "stock": 9,
         "specs": {"clarity": "clears cloudy water, 91% in a day"},
         "faq": [{"q": "How much?", "a": "1 mL for every 10 gallons of new water"}]},
    ]})  # fmt: skip
    st = FactIndex(tanks).analyse(
        "this is the ten gallon and the glass is ninety one percent clear"
    )
    # "ten gallon" is in the conditioner's dosing answer; that tells nothing about which
    # product's "91 %" was said, so the tracker resolves it by the product on screen
    assert "spec" not in st.facts.get("c", set())
    assert ("spec", frozenset({"t", "c"})) in st.ambiguous


def test_a_measure_said_is_no_coupons_amount():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "USD", "policies": {}}, "products": [
        {"id": "h", "link_no": 1, "name": "Heater", "price": 30, "live_price": 24, "stock": 9,
         "coupon": "Take $10 off orders over $100 with the shop coupon"},
        {"id": "b", "link_no": 2, "name": "Bulb", "price": 9, "live_price": 7, "stock": 9,
         "coupon": "Buy 2 and get 20% off the second"},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert not fi.analyse(
        "fifty watt does five to ten gallons a hundred watt ten to twenty five"
    ).facts.get("h")
    assert fi.analyse("ten off when you spend a hundred").answers("discount", "h")
    assert fi.analyse("buy two and the second is twenty percent off").answers("discount", "b")


def test_a_text_read_as_written_is_not_another_products_said_in_other_words():
    from copilot.core.catalog import catalog_from_dict

    shoes = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "w", "link_no": 1, "name": "小白鞋", "price": 199, "live_price": 129, "stock": 9,
         "size_guide": "偏大半码，平时穿37的拍36；脚宽、脚肥的拍正常码。码段35-39。"},
        {"id": "d", "link_no": 2, "name": "老爹鞋", "price": 299, "live_price": 199, "stock": 9,
         "size_guide": "偏大一码，平时穿38的拍37；脚宽的拍正常码。码段36-39。"},
    ]})  # fmt: skip
    st = FactIndex(shoes).analyse(
        "注意啊 偏大半码 平时三十七的拍三十六 那个脚宽脚肥的宝宝呢就拍正常码"
    )
    assert st.answers("size", "w") and not st.answers("size", "d")


def test_one_variants_stock_said_as_left_is_the_stock():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "AUD", "policies": {}}, "products": [
        {"id": "r", "link_no": 5, "name": "Rangefinder", "price": 399, "live_price": 329, "stock": 27,
         "variants": [{"sku": "w", "attrs": {"colour": "white"}, "stock": 9},
                      {"sku": "b", "attrs": {"colour": "black"}, "stock": 18}]},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert fi.analyse("only nine of the white left um the black we've got eighteen").answers(
        "stock", "r"
    )
    assert not fi.analyse("nine holes today and we've got eighteen tomorrow").answers("stock", "r")


def test_a_link_named_to_tell_it_apart_is_not_stated():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "s", "link_no": 5, "name": "防晒霜", "price": 129, "live_price": 99, "stock": 9,
         "shipping": {"carrier": "中通", "ships_within_h": 24, "free": True}},
        {"id": "t", "link_no": 4, "name": "爽肤水", "price": 89, "live_price": 69, "stock": 9},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    st = fi.analyse("五号链接 五号链接是防晒 别拍错了啊 有宝宝拍到四号去了")
    assert st.answers("link", "s") and not st.answers("link", "t")
    assert fi.analyse("四号链接 四号").answers("link", "t")
    # a claim made within 24 hours of delivery is no dispatch time
    assert not fi.analyse("压坏了的话二十四小时之内拍个照找客服").facts
    assert fi.analyse("二十四小时之内发货").answers("shipping", "s")


def test_a_variants_measure_said_alone_reads_no_size_guide():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "t", "link_no": 4, "name": "爽肤水", "price": 129, "live_price": 89, "stock": 420,
         "variants": [{"sku": "a", "attrs": {"规格": "200ml"}, "stock": 300},
                      {"sku": "b", "attrs": {"规格": "400ml"}, "stock": 120}],
         "size_guide": "200ml日常装用两个月左右，400ml家庭装两个人用三个月"},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert not fi.analyse("四百毫升的今天一百四十九").answers("size", "t")
    assert fi.analyse("四百毫升的两个人用三个月没问题").answers("size", "t")


def test_a_carrier_denied_is_not_the_carrier_stated():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "m", "link_no": 1, "name": "床垫", "price": 999, "live_price": 799, "stock": 9,
         "shipping": {"carrier": "顺丰", "ships_within_h": 48, "free": True}},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert fi.analyse("床垫发顺丰").answers("shipping", "m")
    for said in (
        "床垫不是顺丰啊",
        "床垫换顺丰要补运费",
        "床垫顺丰发不了",
        "the mattress is not sf",
    ):
        assert not fi.analyse(said).answers("shipping", "m"), said


def test_a_long_answer_said_in_fewer_words_states_it():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"shop": {"name": "s", "currency": "CNY", "policies": {}}, "products": [
        {"id": "o", "link_no": 1, "name": "稻米油", "price": 99, "live_price": 79, "stock": 9,
         "faq": [{"q": "冬天变浑浊正常吗",
                  "a": "正常，低温下谷维素和天然蜡质会析出絮状物，放回室温就清亮，不影响食用"}]},
        {"id": "b", "link_no": 2, "name": "Steel Bottle", "price": 30, "live_price": 25, "stock": 9,
         "faq": [{"q": "Dishwasher?", "a": "The lid and the straw are top rack dishwasher safe; "
                  "please hand wash the insulated body so the vacuum seal lasts for years"}]},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    said = "冬天放阳台上有点浑有絮絮那个正常啊 那是谷维素和蜡质 拿屋里放放就清亮了"
    assert fi.analyse(said).answers("usage", "o")
    assert fi.analyse("lid and straw go in the dishwasher, hand wash the body").answers(
        "usage", "b"
    )
    assert not fi.analyse("we are so back, wash your hands and grab a straw").answers("usage", "b")


def test_a_four_figure_price_said_in_two_halves_and_hindi_numbers():
    from copilot.core.catalog import catalog_from_dict

    saree = {"id": "s", "link_no": 3, "name": "Banarasi Saree", "price": 6499, "live_price": 4799,
             "stock": 9, "shipping": {"carrier": "Blue Dart", "ships_within_h": 24, "free": True}}  # fmt: skip
    fi = FactIndex(catalog_from_dict({"shop": {"currency": "INR"}, "products": [saree]}))
    st = fi.analyse("mrp hai sixty four ninety nine lekin live mein sirf forty seven ninety nine")
    assert st.answers("price", "s") and st.answers("discount", "s")
    assert fi.analyse("chaubees ghante ke andar dispatch ho jati hai").answers("shipping", "s")
    assert not fi.analyse("i do love this one").facts


def test_a_carrier_named_without_its_generic_words():
    from copilot.core.catalog import catalog_from_dict

    shop = catalog_from_dict({"products": [
        {"id": "a", "name": "Earbuds", "price": 4999, "shipping": {"carrier": "G4S Courier"}},
        {"id": "b", "name": "Wallet cover", "price": 850, "shipping": {"carrier": "Easy Coach parcel"}},
        {"id": "c", "name": "Charger", "price": 1850, "shipping": {"carrier": "Standard delivery"}},
    ]})  # fmt: skip
    fi = FactIndex(shop)
    assert fi.analyse("the earbuds we send with g four s").answers("shipping", "a")
    assert fi.analyse("covers go by easy coach upcountry").answers("shipping", "b")
    assert not fi.analyse("the charger is standard").answers("shipping", "c")


def test_a_variants_count_said_after_still_or_only_have_is_stock():
    fi = _index(
        {"id": "n", "link_no": 6, "name": "油泼面", "price": 19.99, "live_price": 14.99, "stock": 90,
         "variants": [{"sku": "a", "attrs": {"口味": "原味"}, "stock": 60},
                      {"sku": "b", "attrs": {"口味": "番茄"}, "stock": 30}]},
        currency="USD",
    )  # fmt: skip
    assert fi.analyse("番茄鸡蛋卤的只有三十份 原味的六十份").answers("stock", "n")
    assert fi.analyse("红豆的还有三十盒").answers("stock", "n")
    # a coupon after 还有 is no count of what is left
    assert not fi.analyse("关注主播还有一张三十的券").answers("stock", "n")
    # dollars and cents said in Chinese are the price
    assert fi.analyse("原价十九九九 直播间十四块九九").answers("price", "n")


def test_a_stock_said_roughly_meets_the_count_it_rounds():
    fi = _index({"id": "i", "name": "冰丝平角内裤", "price": 89, "stock": 420})
    assert fi.analyse("冰丝库存还有四百来件 不用抢").answers("stock", "i")
    assert fi.analyse("库存大概四百件左右").answers("stock", "i")
    # the wrong hundreds, or a rough count with nothing about what is left
    assert not fi.analyse("库存还有三百来件").answers("stock", "i")
    assert not fi.analyse("一斤大概四百颗").answers("stock", "i")


def test_a_waist_in_chinese_feet_meets_the_size_guide():
    guide = "按腰围选：L码腰围2尺-2尺2；XL码2尺2-2尺4；XXL码2尺4-2尺6。卡中间的拍大一码。"
    fi = _index({"id": "u", "name": "莫代尔平角内裤", "price": 89, "size_guide": guide})
    said = "尺码我说一下 l码是两尺到两尺二 xl两尺二到两尺四 xxl两尺四到两尺六"
    assert fi.analyse(said).answers("size", "u")
    assert not fi.analyse("尺码我说一下 看后台").answers("size", "u")


def test_a_spec_said_by_its_name_and_number_or_an_origin_by_its_place():
    fi = _index(
        {"id": "c", "name": "冰丝内裤", "price": 69,
         "specs": {"凉感值": "接触凉感Q-max 0.26（国标≥0.15）", "产地": "广东汕头"}},
        {"id": "m", "name": "Cloud leggings", "price": 79, "specs": {"inseam": '25" (7/8 length)'}},
    )  # fmt: skip
    assert fi.analyse("它的凉感值是零点二六 国标零点一五").answers("spec", "c")
    assert fi.analyse("这个是汕头工厂的 我们自己的厂").answers("spec", "c")
    assert fi.analyse("inseam is twenty five so they hit the ankle").answers("spec", "m")
    # the place greeting a viewer, the number far from the name
    assert not fi.analyse("汕头的老乡好啊").answers("spec", "c")
    assert not fi.analyse("inseam questions later we have twenty five left").answers("spec", "m")


def test_a_standards_number_said_alone_states_its_spec():
    fi = _index(
        {"id": "j", "name": "Halden jacket", "price": 249,
         "specs": {"certification": "EN 17092-3:2020 class A", "weight": "1,490 g (size M)",
                   "capsules": "1000 per bag"}},
    )  # fmt: skip
    assert fi.analyse("certified en one seven oh nine two class a").answers("spec", "j")
    assert fi.analyse("a medium comes in at fourteen ninety grams").answers("spec", "j")
    # a year or a round figure is said of too many things
    assert not fi.analyse("we started in twenty twenty").answers("spec", "j")
    assert not fi.analyse("over a thousand of you watching").answers("spec", "j")


def test_a_number_of_the_name_said_after_the_specs_name_names_the_product():
    fi = _index(
        {"id": "a", "name": "AirVeil 轻透持妆气垫 SPF50+ PA+++", "price": 89,
         "specs": {"spf": "SPF50+ PA+++", "wear_time": "up to 12 hours (tested at 32°C, 80% humidity)"}},
        {"id": "b", "name": "Hydro Shield 水感防晒凝露 SPF50+ PA++++ 50ml", "price": 59,
         "specs": {"spf": "SPF50+ PA++++"}},
    )  # fmt: skip
    st = fi.analyse("防晒值是 spf 五十加 pa 三个加 我们在三十二度 湿度百分之八十测的 撑到十二个钟")
    assert st.answers("spec", "a") and not st.answers("spec", "b")


def test_mandarin_speech_meets_an_english_catalog_through_the_glossary():
    fi = _index(
        {"id": "s", "name": "HydraBarrier set", "price": 169,
         "faq": [{"q": "Pregnant can use?",
                  "a": "No retinol, no salicylic acid and no essential oils, so pregnant and "
                       "breastfeeding mummies can use it; consult your doctor first."}]},
        currency="MYR",
    )  # fmt: skip
    said = "孕妇哺乳期都可以用 没有a醇 没有水杨酸 没有精油 真的不放心就问一下医生"
    assert fi.analyse(said).answers("usage", "s")
    assert not fi.analyse("今天天气很好 大家晚上好").answers("usage", "s")
    # a Chinese catalog is matched as before: the glossary adds nothing to it
    zh = _index(
        {
            "id": "z",
            "name": "护肤套装",
            "price": 169,
            "faq": [{"q": "孕妇能用吗", "a": "孕妇可以用"}],
        }
    )
    assert not zh.english and fi.english


def test_a_price_in_99_cents_said_with_its_last_nine_dropped():
    fi = _index(
        {"id": "t", "name": "磁力片", "price": 129.99, "live_price": 89.99},
        {"id": "u", "name": "积木", "price": 39.95, "live_price": 29.0},
        currency="CAD",
    )  # fmt: skip
    assert fi.analyse("平时我们卖一百二十九块九 今天只要八十九块九 加币啊").answers("price", "t")
    assert not fi.analyse("三十九块九").answers("price", "u")  # 39.95 is not 39.9 said short


def test_a_voucher_with_dotted_thousands_said_in_indonesian():
    fi = _index(
        {"id": "v", "name": "Pashmina Ceruty", "price": 45000, "live_price": 29900,
         "coupon": "Voucher toko Rp5.000 min. belanja Rp75.000; beli 3 pcs gratis 1 inner."},
        {"id": "w", "name": "Bergo Maryam", "price": 59000, "live_price": 39000},
        currency="IDR",
    )  # fmt: skip
    st = fi.analyse("vouchernya lima ribu kak minimal belanja tujuh puluh lima ribu")
    assert st.answers("discount", "v") and not st.answers("discount", "w")


def test_a_name_that_normalises_to_nothing_does_not_hang_the_link_list():
    import threading

    fi = _index(
        {"id": "k", "link_no": 1, "name": "充电头", "aliases": ["kak"], "price": 59},
        {"id": "m", "link_no": 2, "name": "数据线", "price": 19},
    )
    done: list[object] = []
    worker = threading.Thread(
        target=lambda: done.append(fi.analyse("二号链接 二号 数据线")), daemon=True
    )
    worker.start()
    worker.join(timeout=10)
    assert done and done[0].answers("link", "m")  # type: ignore[attr-defined]


def test_the_hours_a_product_ships_in_are_no_anchor_of_the_returns_policys_hours():
    """In round 34's Indonesian room, "kirim pakai sicepat dua puluh empat jam gratis
    ongkir" (ships in 24 hours, free shipping) read as the returns policy ("maksimal 2x24
    jam … tukar gratis"): the hours were the shipping time's."""
    from pathlib import Path

    from copilot.core.catalog import load_catalog

    shop = Path(__file__).parents[2] / "fixtures" / "shops" / "hijab" / "catalog.json"
    fi = FactIndex(load_catalog(str(shop)))
    said = fi.analyse(
        "kirim pakai sicepat dua puluh empat jam gratis ongkir beratnya seratus lima puluh gram"
    )
    assert {f for f, _ in said.ambiguous} >= {"ships_within_h"} and not said.returns
    # the policy's own words with its hours still state it
    assert fi.analyse("retur maksimal dua kali dua puluh empat jam wajib video unboxing").returns


def _ambiguous(st, field: str) -> frozenset[str]:  # type: ignore[no-untyped-def]
    return next((pids for f, pids in st.ambiguous if f == field), frozenset())


def test_a_carrier_named_among_several_in_one_field_is_stated():
    both = {
        "carrier": "Dispatch rider (Lagos) / GIG Logistics (other states)",
        "ships_within_h": 24,
        "free": False,
    }
    fi = _index(
        {"id": "a", "name": "Ankara Wax Print", "price": 18500, "shipping": both},
        {"id": "b", "name": "Auto Gele", "price": 9000, "shipping": both},
        currency="NGN",
    )  # fmt: skip
    assert _ambiguous(fi.analyse("for lagos na dispatch rider"), "carrier") == {"a", "b"}
    assert _ambiguous(fi.analyse("other states G I G"), "carrier") == {"a", "b"}
    assert not fi.analyse("the rider is my cousin").ambiguous


def test_hours_said_as_shipping_anchor_no_other_products_text():
    fi = _index(
        {"id": "w", "name": "Wax Print", "price": 18500,
         "shipping": {"carrier": "GIG", "ships_within_h": 24, "free": False}},
        {"id": "k", "name": "Kaftan", "price": 18500,
         "shipping": {"carrier": "GIG", "ships_within_h": 24, "free": False}},
        {"id": "l", "name": "Beaded Lace", "price": 85000,
         "shipping": {"carrier": "GIG", "ships_within_h": 48, "free": True},
         "after_sales": "Check the lace on delivery. Missing stones: report within 24 hours with"
                        " unboxing video and we replace."},
        currency="NGN",
    )  # fmt: skip
    st = fi.analyse("delivery we ship within twenty four hours")
    assert _ambiguous(st, "ships_within_h") == {"w", "k"} and not st.answers("after_sales", "l")


def test_a_video_or_an_exchange_within_hours_is_no_dispatch_time():
    fi = _index(
        {"id": "f", "name": "Scale Figure", "price": 189,
         "shipping": {"carrier": "UPS", "ships_within_h": 48, "free": True}},
        currency="USD",
    )  # fmt: skip
    assert not fi.analyse("send us the unboxing video within forty eight hours").answers(
        "shipping", "f"
    )
    assert not fi.analyse("you can exchange within forty eight hours").answers("shipping", "f")
    assert fi.analyse("we send it out within forty eight hours").answers("shipping", "f")
    fi = _index(
        {"id": "o", "name": "柑橘", "price": 59,
         "shipping": {"carrier": "中通", "ships_within_h": 24, "free": True},
         "after_sales": "漏了压坏了24小时内发视频给客服补发"},
    )  # fmt: skip
    assert not fi.analyse("压坏了二十四小时内发视频给我们补").answers("shipping", "o")


def test_a_name_of_one_chinese_character_is_not_heard_in_its_homophones():
    fi = _index(
        {"id": "t", "name": "麻将机专用麻将牌", "aliases": ["牌"], "price": 199, "stock": 200},
        {"id": "m", "name": "折叠麻将机", "price": 1299, "stock": 86},
    )  # fmt: skip
    assert "t" not in fi.analyse("拍完就没得了哈").named
    assert fi.analyse("库存还有八十六台 拍完就没得了").answers("stock", "m")


def test_a_count_on_the_shelf_is_stock():
    fi = _index(
        {"id": "s", "name": "PLA Filament", "aliases": ["spools"], "price": 19.99, "stock": 1200},
        currency="USD",
    )  # fmt: skip
    assert fi.analyse("twelve hundred spools on the shelf").answers("stock", "s")


def test_link_for_at_the_end_is_link_four():
    fi = _index(
        {"id": "c", "link_no": 4, "name": "Soy Candle", "price": 12},
        {"id": "p", "link_no": 5, "name": "Laundry Pods", "price": 9},
        currency="GBP",
    )  # fmt: skip
    assert fi.analyse("candles are link for").answers("link", "c")
    assert not fi.analyse("the link for the pods is below").answers("link", "c")


def test_a_count_to_the_jin_is_no_other_products_net_weight():
    fi = _index(
        {"id": "d", "name": "灰枣", "price": 39, "stock": 300, "specs": {"净含量": "1000g"},
         "size_guide": "一级每斤约60-70颗，特级每斤约45-55颗"},
        {"id": "w", "name": "核桃仁", "price": 49, "stock": 200, "specs": {"净含量": "500g"}},
    )  # fmt: skip
    st = fi.analyse("特级的一斤大概四十五到五十五颗")
    assert st.answers("size", "d") and not st.answers("spec", "w")


def test_a_price_in_digits_then_in_full_and_a_live_only_price():
    fi = _index(
        {"id": "k", "name": "Stand Mixer", "price": 699, "live_price": 459, "stock": 40},
        {"id": "t", "name": "Toaster", "price": 259, "live_price": 149, "stock": 60},
        currency="MYR",
    )  # fmt: skip
    assert fi.analyse(
        "normal six nine nine tonight four five nine four hundred fifty nine"
    ).answers("discount", "k")
    assert fi.analyse("normal two five nine live only one four nine").answers("discount", "t")


def test_a_coupons_numbers_are_said_each_by_a_figure_of_its_own():
    fi = _index(
        {"id": "j", "name": "Juicer", "price": 420, "live_price": 299, "coupon": "GHS 20 off when you pay with MoMo", "stock": 30},
        {"id": "f", "name": "Flask", "price": 120, "live_price": 99, "coupon": "Buy 2 flasks for GHS 299", "stock": 80},
        currency="GHS",
    )  # fmt: skip
    st = fi.analyse("four twenty normally today two ninety nine pay with momo twenty cedis off")
    assert st.answers("discount", "j") and "coupon" not in st.facts.get("f", set())
    assert "coupon" in fi.analyse("buy two flasks for two ninety nine").facts.get("f", set())


def test_a_voucher_code_and_one_offer_of_two_joined_by_a_plus():
    fi = _index(
        {"id": "v", "name": "Cordless Vacuum", "price": 699, "live_price": 429,
         "coupon": "RM30 off with voucher VAC30 (min spend RM300) + free spare brush (worth RM25)", "stock": 50},
        currency="MYR",
    )  # fmt: skip
    assert fi.analyse("voucher vac thirty ya").answers("discount", "v")
    assert fi.analyse("thirty ringgit off min spend three hundred").answers("discount", "v")


def test_a_small_coupon_read_out_nearly_whole():
    fi = _index(
        {"id": "h", "name": "槐花蜜", "price": 59, "live_price": 45, "coupon": "关注店铺领2元券，满20可用", "stock": 90},
    )  # fmt: skip
    assert fi.analyse("关注店铺领两块钱卷哈").answers("discount", "h")


def test_more_of_the_returns_policy_than_of_a_products_after_sales_is_the_policy():
    from copilot.core.catalog import catalog_from_dict

    shop = {
        "name": "s",
        "currency": "CNY",
        "policies": {
            "returns": "支持7天无理由退换；尺码不合适可免费换码一次，换码来回运费由我们承担；质量问题包来回运费。"
        },
    }
    products = [
        {"id": "a", "name": "卫衣", "price": 89, "stock": 100, "after_sales": "7天无理由退换；质量问题包来回运费。"},
        {"id": "b", "name": "长裤", "price": 69, "stock": 100, "after_sales": "7天无理由退换，起球包换。"},
    ]  # fmt: skip
    fi = FactIndex(catalog_from_dict({"shop": shop, "products": products}))
    st = fi.analyse("七天无理由 换码来回运费我们出 质量问题包来回")
    assert st.returns and st.answers("after_sales", "b")


def test_the_hosts_own_place_is_where_it_comes_from():
    fi = _index(
        {"id": "z", "name": "苹果", "price": 49, "stock": 100, "specs": {"产地": "新疆阿克苏地区温宿县"}},
    )  # fmt: skip
    assert fi.analyse("我们阿克苏自己的苹果 个头大").answers("spec", "z")
    assert not fi.analyse("阿克苏的老乡晚上好").answers("spec", "z")


def test_a_policys_days_said_without_a_word_of_returning_are_no_policy():
    """In a shop of car accessories "贴完七天之内不要洗车" (a film's curing time) was read as
    the 7-day returns policy; a parcel crushed on arrival and re-shipped is the product's
    after-sales, not the policy."""
    from pathlib import Path

    from copilot.core.catalog import load_catalog

    shops = Path(__file__).parents[2] / "fixtures" / "shops"
    car = FactIndex(load_catalog(str(shops / "carbuy" / "catalog.json")))
    assert not car.analyse("贴好以后七天之内不要洗车 三天别上高速").returns
    # terms a product's own after-sales text says are that product's, unless said of the
    # whole shop or with returns named as the topic (round 58: the fixtures' rooms label
    # them so far more often than as the shop's policy)
    said = car.analyse("没拆封的七天无理由退")
    assert "after_sales" in said.facts.get("p5", set()) and not said.returns
    assert car.analyse("全店没拆封的都是七天无理由退").returns
    assert car.analyse("问退货的 没拆封的七天无理由退").returns
    home = FactIndex(load_catalog(str(shops / "ushome" / "catalog.json")))
    assert not home.analyse(
        "if it arrives crushed send us a photo within thirty days and we ship a new one"
    ).returns
    assert home.analyse("returns are thirty days unused in the original packaging").returns


def test_an_english_spec_named_with_a_few_of_its_words_is_stated():
    fi = _index(
        {"id": "k", "link_no": 4, "name": "Summit Kayak", "price": 899, "live_price": 799, "stock": 20,
         "specs": {"hull": "Rotomolded polyethylene shell with keel guard, drain plug, carry handles and skid plate",
                   "ce": "CE certified to ISO 12217 for sheltered waters, one paddler, tested by an "
                         "independent lab, rated for calm lakes, slow rivers and protected bays"}},
        currency="USD",
    )  # fmt: skip
    # the spec's name and a few of its many words (too few to state it unnamed)
    assert fi.analyse("the hull is rotomolded with a keel guard").answers("spec", "k")
    # its name spelled out, as speech recognition writes it
    assert fi.analyse("yes it is c e certified for sheltered waters and calm lakes").answers(
        "spec", "k"
    )
    # the words without the name, or the name with one word, are not enough
    assert not fi.analyse("watch the keel guard on the rocks").answers("spec", "k")
    assert not fi.analyse("the hull is rotomolded").answers("spec", "k")


def _uk_shop():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "GBP", "policies": {
        "returns": "30-day returns on unworn items with tags attached. Start your return from your order page."}},
        "products": [
        {"id": "top", "link_no": 1, "name": "Nursing Top", "price": 18, "live_price": 14, "stock": 90,
         "shipping": {"carrier": "Evri", "ships_within_h": 48, "free": False},
         "after_sales": "30-day returns if unworn with tags. Free returns via a ParcelShop, start it from your order page."},
        {"id": "pjs", "link_no": 2, "name": "Pyjama Set", "price": 30, "live_price": 24, "stock": 60,
         "shipping": {"carrier": "Evri", "ships_within_h": 48, "free": True},
         "after_sales": "30-day returns unworn with tags, in the wash bag."},
    ]})  # fmt: skip


def test_free_delivery_said_as_a_statement_answers_the_free_product():
    fi = FactIndex(_uk_shop())
    assert fi.analyse("goes out with evri and delivery is free on the pyjama set").answers(
        "shipping", "pjs"
    )
    assert fi.analyse("pyjama set delivery's free").answers("shipping", "pjs")
    # "not free postage": the product that is not free
    not_free = fi.analyse("the nursing top is not free postage cause it's under twenty")
    assert not_free.answers("shipping", "top") and not not_free.answers("shipping", "pjs")
    # a threshold is the shop's policy, no product's own free shipping
    st = fi.analyse("over twenty five quid is free postage on the pyjama set")
    assert not st.answers("shipping", "pjs")


def test_returns_said_of_the_whole_shop_are_its_policy():
    st = FactIndex(_uk_shop()).analyse(
        "returns for everything in the shop thirty days unworn with tags start it from your order page"
    )
    assert st.returns and st.answers("after_sales", None)


def test_a_count_we_are_down_to_is_the_stock():
    from pathlib import Path

    from copilot.core.catalog import load_catalog

    shop = Path(__file__).resolve().parents[2] / "fixtures" / "shops" / "kitchenus"
    fi = FactIndex(load_catalog(shop / "catalog.json"))  # the chopper: stock 95
    said = "twenty percent off the whole bundle and we're down to ninety five choppers guys"
    assert fi.analyse(said).answers("stock", "p5")
    # (a price brought down is no count of what is left)
    assert not fi.analyse("the bundle is twenty percent off ninety five choppers guys").answers(
        "stock", "p5"
    )


def _pantry_shop():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "USD"}, "products": [
        {"id": "chili", "link_no": 5, "name": "Crushed Chili in Oil", "price": 15, "live_price": 10,
         "stock": 180, "specs": {"heat": "Hot: 25,000–40,000 SHU; Extra hot: 50,000+ SHU",
                                 "net_weight": "280 g"}},
        {"id": "bag", "link_no": 6, "name": "琴包", "price": 199, "live_price": 159, "stock": 80,
         "coupon": "粉丝灯牌满5级可领15元券", "specs": {"面料": "600D牛津布"}},
    ]})  # fmt: skip


def test_a_price_per_square_metre_and_a_grip_in_kilos():
    from copilot.core.catalog import catalog_from_dict

    fi = FactIndex(catalog_from_dict({"shop": {"name": "s", "currency": "CNY"}, "products": [
        {"id": "net", "link_no": 3, "name": "磁吸隐形纱窗", "price": 98, "live_price": 69,
         "stock": 300, "specs": {"磁条吸力": "每米≥2kg", "目数": "20目"}},
    ]}))  # fmt: skip
    assert fi.analyse("价格日常九十八一平米 直播间六十九一平").answers("price", "net")
    assert fi.analyse("磁条每米吸力两公斤以上 正常风吹不掉").answers("spec", "net")


def test_heat_said_in_thousands_of_scoville_states_the_spec():
    fi = FactIndex(_pantry_shop())
    st = fi.analyse("hot is like twenty five to forty thousand scoville extra hot fifty thousand")
    assert st.answers("spec", "chili")


def test_a_coupon_with_a_threshold_said_in_words_is_stated():
    st = FactIndex(_pantry_shop()).analyse("粉丝灯牌满五级的领十五块券 琴包也是包邮")
    assert st.answers("discount", "bag")


def _filled_biscuits():
    from copilot.core.catalog import catalog_from_dict

    return catalog_from_dict({"shop": {"name": "s", "currency": "CNY"}, "products": [
        {"id": "bing", "link_no": 3, "name": "茯苓夹饼", "price": 39, "live_price": 29, "stock": 800,
         "variants": [{"sku": "a", "attrs": {"馅料": "什锦果仁"}, "stock": 400},
                      {"sku": "b", "attrs": {"馅料": "核桃"}, "stock": 200},
                      {"sku": "c", "attrs": {"馅料": "豆沙"}, "stock": 200}],
         "specs": {"馅料": "什锦果仁 / 核桃 / 豆沙 三种可选", "保质期": "120天"}},
    ]})  # fmt: skip


def test_variants_named_in_a_count_of_what_is_left_state_no_spec():
    fi = FactIndex(_filled_biscuits())
    counted = fi.analyse("核桃的还有二百袋 豆沙二百 什锦四百 总共八百袋")
    assert not counted.answers("spec", "bing")
    assert fi.analyse("馅儿有三种 什锦果仁 核桃 豆沙 随便挑").answers("spec", "bing")
