"""Chinese numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month and weekday names (« 一月 », « 星期五 »), the units in every form (« 公里 », « 英里 »,
« 华氏度 », « 公顷 ») and the currency names (« 美元 », « 英镑 », « 日元 »); this table adds the numeral characters and
their myriads, the year-month-day marks, times, and what news writes beside CLDR (« 元 », « 亿美元 » through the
scales, « 周五 » in the package).
"""

from ..numerals import (CELSIUS, FAHRENHEIT, GENERIC, INCH, KG, KM, METRE, MILE, PERCENT, POUND, SQUARE_KM, TONNE)

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9, "半": 0.5}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MYRIADS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}


def _scales() -> dict[str, float]:
    """After digits: « 3万 », « 1.5亿 », « 5千万 », « 3百 »."""
    out: dict[str, float] = {u: float(v) for u, v in UNITS.items()}
    for m, f in MYRIADS.items():
        out[m] = f
        for u, v in UNITS.items():
            out[u + m] = v * f  # 千万: ten million
    out["万亿"] = out["萬億"] = 1e12
    return out


NUMERALS = GENERIC.extend(
    unspaced=True,
    ideographic_digits=DIGITS,
    ideographic_units=UNITS,
    ideographic_scales=MYRIADS,
    scales=_scales(),
    # 数千 (several thousand), 几十 (a few dozen), 上万 (tens of thousands), 成千上万; 十几 (ten-odd)
    vague_before=("数", "几", "幾", "好几", "上", "成"),
    vague_after=("几", "幾", "来"),
    not_numbers=("零售", "零食", "零件", "零星", "零钱", "零部件", "一些", "一直", "一起", "一样", "一切", "一般", "一定", "一致", "一旦", "一向", "统一", "唯一", "之一",
                 "十分", "十足", "万一", "千万", "万万", "一一", "三明治", "九龙", "四川", "三星", "五角大楼", "八卦",
                 "十字", "百货", "百姓", "百科", "万岁", "千克", "三角", "两岸", "七上八下", "五颜六色", "四处",
                 "乱七八糟", "一带一路", "三峡", "四国", "九州", "四球", "四球二人赛", "十指"),
    # 四球: golf's fourball, 四球二人赛 its foursomes; 十指 (« 十指关 »: a goalkeeper's hands)
    counters=("名", "个", "位", "天", "周", "次", "种", "家", "条", "只", "件", "场", "年(?!代)", "人", "倍", "国"),
    ordinal_prefixes=("第",),
    soft_words={"首次": 1, "首位": 1, "首个": 1, "首场": 1},  # the first (time): « pertama (kalinya) »
    percent_prefixes=("百分之",),
    unit_prefixes={"华氏": FAHRENHEIT, "華氏": FAHRENHEIT, "摄氏": CELSIUS, "攝氏": CELSIUS},
    per_hour_prefixes=("时速", "時速", "每小时", "每小時", "风速", "風速"),
    scale_infixes=("多", "余", "餘"),
    fraction_marks=("分之",),
    decade_marks=("年代",),
    century_marks=("世纪", "世紀"),
    second_marks=("秒",),
    ymd_marks=("年", "月", "[日号號]"),
    hour_marks=("[点點](?!钟头)(?:钟|鐘)?", "时(?![间候期代])"),
    minute_marks=("分(?!钟)",),
    half_hour=("半",),
    clock_periods_before={"上午": False, "早上": False, "清晨": False, "凌晨": False, "中午": True, "下午": True,
                          "傍晚": True, "晚上": True, "晚间": True, "夜间": True},
    approximate_suffixes=("多岁",),
    units={"公里": KM, "千米": KM, "米": METRE, "英里": MILE, "英寸": INCH, "公斤": KG, "吨": TONNE, "公吨": TONNE,
           "磅": POUND, "平方公里": SQUARE_KM, "个百分点": PERCENT, "百分点": PERCENT},
    currencies_after={"美元": "usd", "美金": "usd", "元": "cny", "人民币": "cny", "欧元": "eur",
                      "英镑": "gbp", "镑": "gbp", "日元": "jpy", "日圆": "jpy", "印尼盾": "idr", "卢比": "inr",
                      "卢布": "rub", "坚戈": "kzt", "林吉特": "myr", "令吉": "myr", "港元": "hkd", "港币": "hkd",
                      "澳元": "aud", "加元": "cad", "新元": "sgd", "韩元": "krw"},
    range_words=("至", "到", "~", "〜", "～", "—"),
    bracket_words=("约", "即"),
    and_words=("又",),
)
