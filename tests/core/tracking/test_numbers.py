from copilot.core.tracking.numbers import cn_value, measures, normalize, numbers


def kinds(text):
    return [(n.value, n.kind) for n in numbers(normalize(text))]


def test_chinese_numerals_become_digits():
    assert cn_value("两百九十九") == 299
    assert cn_value("一百五") == 150
    assert cn_value("三一六") == 316
    assert normalize("二十四小时发货") == "24小时发货"


def test_idioms_and_lone_numerals_stay_words():
    assert normalize("一下") == "一下"
    assert normalize("一个一个看") == "一个一个看"
    assert normalize("三号") == "3号"


def test_english_number_words():
    assert kinds("we still have one hundred and fifty of these") == [(150.0, "count")]
    assert (89.99, "money") in kinds("it is eighty-nine ninety-nine today")


def test_unit_classes():
    assert kinds("还剩90单") == [(90.0, "count")]
    assert kinds("7号链接") == [(7.0, "link")]
    assert kinds("48小时内发") == [(48.0, "hours")]
    assert all(k == "measure" for _, k in kinds("体重90-115斤"))
    assert kinds("满299减30") == [(299.0, "coupon"), (30.0, "coupon")]
    assert kinds("spend 50 get 10 off") == [(50.0, "coupon"), (10.0, "coupon")]


def test_yuan_and_tenths_as_hosts_say_prices():
    assert kinds("五十九块九") == [(59.9, "money")]
    assert kinds("九块九包邮") == [(9.9, "money")]
    assert kinds("八十九块九毛") == [(89.9, "money")]
    # a count or a link number after the yuan is no tenth
    assert kinds("3块一个") == [(3.0, "money")]
    assert kinds("五十九块九号链接") == [(59.0, "money"), (9.0, "link")]
    # a price for one of something: "一罐" is one can, not a digit of the price
    assert [n.value for n in numbers(normalize("直播间三百六十八一罐"))] == [368.0]
    assert kinds("二十九块九一包") == [(29.9, "money")]
    # two of something: "两袋" is two bags, no tenth of the price and no weight in 两
    assert kinds("今天七十九两袋")[0][0] == 79.0
    assert kinds("到手九十九块两大袋") == [(99.0, "money")]
    assert kinds("二十九块九两份") == [(29.9, "money")]
    # speech writes 块 as its homophone 快 ("三十六快九"); a 快递 after a number stays
    assert kinds("直播间三十六快九") == [(36.9, "money")]
    assert kinds("五快钱") == [(5.0, "money")]
    assert [n.value for n in numbers(normalize("3快递都能发"))] == [3.0]


def test_measures_carry_their_unit():
    from copilot.core.tracking.numbers import measures

    assert measures(normalize("一千六百瓦 十一万转")) == {(1600.0, "w"), (110000.0, "rpm")}
    assert measures(normalize("1600W, 11万转/分钟")) == {(1600.0, "w"), (110000.0, "rpm")}
    # lengths, volumes and weights each in one unit: "0.9 L" is "900ml", "一米五" "150cm"
    assert measures(normalize("point nine liters")) == {(900.0, "ml")}
    assert measures(normalize("一点七五升")) == {(1750.0, "ml")}
    assert measures(normalize("一米五的床")) == measures(normalize("150cm")) == {(1500.0, "mm")}
    assert measures(normalize("一米七五 一百斤")) == {(1750.0, "mm"), (50000.0, "g")}
    assert measures(normalize("1.8m床")) == {(1800.0, "mm")}
    # two sizes said as one: each takes the unit, and the pair is a measure of its own
    assert measures(normalize("被套两米乘两米三")) <= measures(normalize("被套200×230cm"))
    assert measures(normalize("十四点八乘二十一")) == {(14.8, "×21")}
    assert measures(normalize("2-year warranty")) == {(24.0, "month")}  # years are months
    assert measures(normalize("two person tent, 3杯")) == set()  # head counts are no measure
    assert normalize("便宜一点") == "便宜一点"


def test_a_measure_or_a_count_of_something_else_is_never_a_price():
    assert kinds("twenty two cups a day") == [(22.0, "measure")]
    assert kinds("seventy two decibels") == [(72.0, "measure")]
    assert kinds("还剩五十台") == [(50.0, "count")]
    assert kinds("九块九包邮") == [(9.9, "money")]


def test_english_numbers_hosts_say():
    from copilot.core.tracking.numbers import measures

    assert kinds("we've got a hundred and fifty in stock") == [(150.0, "count")]
    assert measures(normalize("150 in stock")) == set()  # "in" is inches only with no word after
    assert measures(normalize("88 x 52 in (2P)")) == {(52.0, "in"), (88.0, "in"), (88.0, "×52")}
    assert measures(normalize("thirty eight point five watt hours")) == {(38.5, "wh")}
    assert measures(normalize("ten thousand milliamp hours")) == {(10000.0, "mah")}
    assert kinds("six hundred packs") == [(600.0, "count")]


def test_prices_said_the_american_way():
    # "one twenty nine ninety nine" is $129.99 (and, read otherwise, 1, 29, 99 or 29.99)
    values = [n.value for n in numbers(normalize("retail is one twenty nine ninety nine"))]
    assert 129.99 in values and 129.0 in values
    from copilot.core.tracking.numbers import measures

    assert measures(normalize("five and a half quarts")) == {(5.5, "qt")}
    # "mil" is a millimetre to a shoe and a millilitre to a bottle: both, the text decides
    assert measures(normalize("an eight mil drop")) == {(8.0, "mm"), (8.0, "ml")}
    assert measures(normalize('one point two kilo, 35 kcal, 17" laptop')) == {
        (1200.0, "g"),
        (35.0, "kcal"),
        (17.0, "in"),
    }
    assert normalize("hundred percent soy") == "100 percent soy"  # a scale said alone
    assert normalize("hundreds of people") == "hundreds of people"
    # a homophone of "two" closing the sentence
    assert kinds("the socks are link too") == [(2.0, "link")]
    assert kinds("the link to the socks is up") == []


def test_counts_said_the_short_way_and_american_units():
    from copilot.core.tracking.numbers import measures

    assert (186.0, "count") in kinds("we've got one eighty six left")
    assert measures(normalize("180 air watts")) == {(180.0, "aw")}
    assert measures(normalize("four thousand pascals")) == {(4000.0, "pa")}
    assert measures(normalize("one gallon")) == {(3785.41, "ml")}
    assert measures(normalize("速比五点二比一")) == measures(normalize("5.2:1")) == {(5.2, ":1")}
    # inches before a word, unless the word makes "in" a preposition
    assert measures(normalize("13.8 in across and 3.8 in tall")) == {(13.8, "in"), (3.8, "in")}
    assert measures(normalize("150 in stock")) == measures(normalize("2 in 1")) == set()
    # a range: the pair, and its unit for both ends; a range of small counts is no measure
    assert measures(normalize("适合头围52–62cm")) == {(52.0, "–62"), (520.0, "mm"), (620.0, "mm")}
    assert measures(normalize("头围五十二到六十二都能戴")) == {(52.0, "–62")}
    assert measures(normalize("2-3 rolls")) == set()
    # alcohol by volume is what 度 says of a liquor
    assert (53.0, "deg") in measures(normalize("53%vol")) and measures(normalize("五十三度")) == {
        (53.0, "deg")
    }


def test_one_or_two_pieces_of_a_classifier_are_a_count():
    # "还剩两只" (two left), "就一条" (just one): a count, as stock is said of single pieces
    assert normalize("还剩两只了") == "还剩2只了"
    assert normalize("红色就一条") == "红色就1条"
    assert normalize("蓝的还有三支") == "蓝的还有3支"
    # but 只 as "only", 条件 and 支持/支付 are words, not counts
    assert normalize("只要一只") == "只要1只"
    assert normalize("一条件") == "一条件"
    assert normalize("一支付宝") == "一支付宝"


def test_a_figure_said_digit_by_digit():
    assert "1199" in normalize("tonight one one nine nine only")
    assert "2650" in normalize("live price two six five zero")
    assert normalize("sizes six seven eight nine left") == "sizes 6 7 8 9 left"  # counted


def test_hundreds_left_unsaid_after_a_thousand():
    assert "3499" in normalize("normally three thousand four ninety nine")
    assert "4999" in normalize("four thousand nine ninety nine today")
    assert normalize("three thousand four hundred") == "3400"


def test_dollars_and_cents_said_in_chinese():
    # as hosts of shops pricing in dollars say them: yuan/jiao/fen, or two digits after
    assert normalize("原价二十四块九毛九") == "原价24.99块"
    assert normalize("今天六块九九") == "今天6.99块"
    assert normalize("原价二十六九九 直播间十九九九") == "原价26.99 直播间19.99"
    # a price for one piece, and yuan and tenths, stay as they were
    assert normalize("直播间四十五一瓶") == "直播间45一瓶"
    assert normalize("五十九块九一包") == "59.9块一包"
    assert normalize("一九九九年") == "1999年"


def test_years_meet_months_and_weeks_days():
    assert (
        measures(normalize("两年保质期"))
        == measures(normalize("保质期24个月"))
        == {(24.0, "month")}
    )
    assert measures(normalize("two weeks")) == {(14.0, "day")}


def test_digits_after_the_point_said_one_by_one():
    assert normalize("two point seven five by four point seven five") == "2.75 by 4.75"
    assert normalize("point seven five of an inch") == "0.75 of an inch"
    assert normalize("thirty eight point five") == "38.5"


def test_sizes_said_the_short_way_by_each_other():
    assert (160.0, "×230") in measures(normalize("the one sixty by two thirty"))
    assert (200.0, "×290") in measures(normalize("two hundred by two ninety"))
    assert (80.0, "×150") in measures(normalize("the eighty by one fifty thirty nine"))


def test_chinese_feet_hundreds_first_digit_runs_and_ba_xian():
    assert normalize("l码是两尺到两尺二") == "l码是2尺到2.2尺"
    assert (2.2, "chi") in measures(normalize("腰围2尺2"))
    assert not measures(normalize("42尺码"))
    assert (1490.0, "g") in measures(normalize("fourteen ninety grams give or take"))
    assert normalize("en one seven oh nine two class a") == "en 17092 class a"
    assert normalize("八巴仙 off") == "8% off"
    assert normalize("1,490 g ± 50 g") == "1490 g ± 50 g"
    assert "200,300" in normalize("有200，300两种")  # a Chinese list of two stays two


def test_thousands_with_dots_and_money_that_is_no_measure():
    # Indonesia and Vietnam write thousands with dots, after a currency or in two groups
    assert (
        normalize("voucher Rp5.000 min. belanja Rp75.000") == "voucher rp5000 min. belanja rp75000"
    )
    assert normalize("1.250.000đ") == "1250000d" and normalize("75.000đ") == "75000d"
    assert normalize("1.490 g") == "1.490 g"  # one group alone stays a decimal
    # an amount followed by "min." (a minimum spend) is money, no minutes
    assert not measures(normalize("Rp5.000 min. belanja"))
    assert kinds("Rp5.000 min. belanja") == [(5000.0, "money")]
    assert (5.0, "min") in measures(normalize("wait 5 min"))


def test_a_model_number_then_its_link_and_a_count_brought():
    assert kinds("十三一号链接还能拍") == [(13.0, "bare"), (1.0, "link")]
    assert kinds("二十一号链接") == [(21.0, "link")]
    assert kinds("we only brought ninety five of these") == [(95.0, "count")]


def test_a_digit_run_stops_where_the_next_figure_begins():
    # "four nine nine" then the same price said in full: no 4,994
    assert normalize("tonight four nine nine four hundred ninety nine") == "tonight 499 499"
    assert normalize("one two nine nine") == "1299"


def test_a_price_said_with_live_only_is_no_count():
    assert kinds("normal 259 live only 149")[-1] == (149.0, "bare")
    assert kinds("only 12 left")[-1] == (12.0, "count")


def test_one_unit_as_a_rate_is_no_measure_said():
    assert (500.0, "g") not in measures(normalize("一斤大概四十颗"))
    assert (500.0, "g") not in measures(normalize("一斤多少钱"))
    assert (500.0, "g") in measures(normalize("一斤装的"))
    assert (500.0, "g") in measures(normalize("一斤二到一斤半"))  # 1.2 to 1.5 jin


def test_an_abbreviation_spelled_out_is_written_whole():
    assert (450.0, "fps") in measures(normalize("rated to four fifty F P S"))
    assert normalize("is it a b s plastic") == "is it abs plastic"
    assert "u s p s" in normalize("ships u s p s")  # the carrier's matcher knows it so


def test_a_short_price_leaves_the_count_after_it():
    # "eleven ninety two pack": 11.90, then two packs (but "ninety two packs left" is 92)
    assert normalize("live eleven ninety two pack") == "live 11 90 2 pack"
    assert normalize("we have ninety two packs left") == "we have 92 packs left"
    assert normalize("link two thirty seven sets") == "link 2 37 sets"
    assert normalize("one fifty one boxes") == "1 51 boxes"


def test_a_share_of_a_fibre_is_no_price():
    # "percent" said once for a composition list: the shares after it are no amounts
    got = dict(kinds("eighty percent merino eighteen nylon two elastane"))
    assert got[18.0] == "measure" and got[2.0] == "measure"
    assert dict(kinds("only eighteen tonight"))[18.0] != "measure"


def test_a_thousand_said_once_for_a_range_and_one_of_a_measure():
    # "twenty five to forty thousand scoville": both ends in thousands ("500 to 1000" stays)
    assert (25000.0, "shu") in measures(normalize("twenty five to forty thousand scoville"))
    assert normalize("five hundred to one thousand") == "500 to 1000"
    # "a kilo bag": one kilo ("half a kilo" is not one)
    assert (1000.0, "g") in measures(normalize("a kilo bag"))
    assert (1000.0, "g") not in measures(normalize("half a kilo"))


def test_a_lone_chinese_digit_before_a_range_or_after_a_threshold_is_a_number():
    assert normalize("全套一到二十一号") == "全套1到21号"
    assert normalize("满五级的领十五块券") == "满5级的领15块券"
    assert normalize("一到家就拆了") == "一到家就拆了"  # "as soon as", no number


def test_a_lone_chinese_digit_before_a_measure_unit_is_a_number():
    assert normalize("磁条每米吸力两公斤以上") == "磁条每米吸力2公斤以上"
    assert normalize("各加四公分") == "各加4公分"
    assert normalize("三毫米 五克 三分钟") == "3毫米 5克 3分钟"
    assert normalize("一秒杀光") == "一秒杀光"  # a flash sale, no second


def test_a_price_for_one_square_metre():
    assert normalize("日常九十八一平米 直播间六十九一平") == "日常98一平米 直播间69一平"
