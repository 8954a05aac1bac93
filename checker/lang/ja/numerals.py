"""Japanese numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month and weekday names (« 1月 », « 金曜日 »), the units in every form (« キロメートル »,
« マイル », « インチ », « パーセント », « 華氏 80 度 ») and currency names (« 米ドル », « 日本円 »); this table adds the
numeral characters and their myriads, the year-month-day marks, times, and what news writes beside CLDR (« ドル »,
« 円 », « キロ », « 億ドル » through the scales, « 金曜 » in the package).
"""

from ..numerals import CELSIUS, CM, FAHRENHEIT, GENERIC, KM, MILE, MM, PERCENT, POUND

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "半": 0.5}
UNITS = {"十": 10, "百": 100, "千": 1000}
MYRIADS = {"万": 1e4, "萬": 1e4, "億": 1e8, "憶": 1e8, "兆": 1e12}  # 憶: a common slip for 億


def _scales() -> dict[str, float]:
    """After digits: « 310万 », « 1.5億 », « 3千万 », « 5千 »."""
    out: dict[str, float] = {u: float(v) for u, v in UNITS.items()}
    for m, f in MYRIADS.items():
        out[m] = f
        for u, v in UNITS.items():
            out[u + m] = v * f
    return out


NUMERALS = GENERIC.extend(
    unspaced=True,
    ideographic_digits=DIGITS,
    ideographic_units=UNITS,
    ideographic_scales=MYRIADS,
    scales=_scales(),
    vague_before=("数", "何", "幾"),  # 数千人 (several thousand), 何百 (hundreds)
    vague_after=("数", "余"),  # 十数人 (ten-odd)
    not_numbers=("十分", "十字", "万一", "一一", "九州", "四国", "三菱", "五輪", "七夕", "八百屋", "万歳", "千葉",
                 "百貨", "千円札", "一か八か", "零細", "一度", "二度と", "一気", "一方", "一部", "一番", "一緒", "一般", "一応",
                 "一体", "一層", "一切", "一致", "一時", "一見", "一生", "一斉", "一環", "一員", "一連", "一面"),
    counters=("人", "名", "週", "か月", "ヶ月", "カ月", "ヵ月", "日", "つ", "回", "度", "周", "世代", "件", "時間",
              "分", "年", "社", "台", "本", "枚", "杯", "軒", "匹", "頭", "倍", "組", "か国", "カ国"),
    ordinal_prefixes=("第",),
    # first, in words (« 初めて », « 最初の »: « pertama kalinya »), and a football team's eleven (« 同じイレブン »: the
    # same Livi 11): soft, as « pertama » is
    soft_words={"初めて": 1, "最初": 1, "イレブン": 11},
    unit_prefixes={"華氏": FAHRENHEIT, "摂氏": CELSIUS},
    per_hour_prefixes=("時速", "毎時", "風速", "最大風速"),
    scale_infixes=("余",),
    # 3分の2: two thirds; 5人に1人, 10人のうち9人, 10人中9人: one in five (20 %), the count said twice
    fraction_marks=("分の", r"人(?:に|のうち|の中|中)(?=(?:\d+|[〇一二三四五六七八九十百千]+)人)"),
    decade_marks=("年代",),
    century_marks=("世紀",),
    second_marks=("秒",),
    ymd_marks=("年", "月", "日"),
    hour_marks=("時(?![間代期点])",),
    minute_marks=("分(?![の間])",),
    half_hour=("半",),
    clock_periods_before={"午前": False, "朝": False, "午後": True, "夜": True, "夕方": True},
    units={"マイルズ": MILE, "キロ": KM, "センチ": CM, "ミリ": MM, "パーセントポイント": PERCENT},
    ambiguous_units={"ポンド": POUND},  # 28億ポンド (money), 550ポンドの豚 (a weight)
    approximate_suffixes=("代",),  # 30代: in their thirties; 10代: teenagers
    currencies_after={"ドル": "usd", "米ドル": "usd", "円": "jpy", "ユーロ": "eur", "ポンド": "gbp",
                      "英ポンド": "gbp", "元": "cny", "人民元": "cny", "ルピア": "idr", "ルーブル": "rub",
                      "ルピー": "inr", "テンゲ": "kzt", "リンギット": "myr", "豪ドル": "aud", "香港ドル": "hkd",
                      "ウォン": "krw"},
    range_words=("から", "~", "〜", "～", "‐"),
    bracket_words=("約",),
)
