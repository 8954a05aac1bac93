"""Indonesian numbers, units, currencies, dates and times of day as news writes them."""

from ..numerals import (CELSIUS, DEGREE, FAHRENHEIT, FOOT, GENERIC, HECTARE, INCH, KG, KM, KMH, METRE, MILE, MPH,
                        PERCENT, PLUS_TEN, POUND, SCALE, TIMES_HUNDRED, TIMES_TEN, TONNE)

WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6, "setengah": 0.5,
         "puluh": TIMES_TEN, "belas": PLUS_TEN, "ratus": TIMES_HUNDRED, "ribu": SCALE, "juta": SCALE, "miliar": SCALE,
         "milyar": SCALE, "triliun": SCALE}
SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
_ORDINAL_STEMS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")

NUMERALS = GENERIC.extend(
    words=WORDS,
    word_scales=SCALES,
    lone_scales=SCALES,
    one_words={"satu"},
    scales={**SCALES, "rb": 1e3, "jt": 1e6},
    approximate_suffixes=("-an",),
    units={"persen": PERCENT, "kilometer": KM, "meter": METRE, "mil": MILE, "kaki": FOOT, "inci": INCH,
           "kilogram": KG, "ton": TONNE, "pon": POUND, "km/jam": KMH, "km per jam": KMH, "kilometer per jam": KMH,
           "mil per jam": MPH, "derajat": DEGREE, "derajat celsius": CELSIUS, "derajat fahrenheit": FAHRENHEIT,
           "hektar": HECTARE},
    currencies_after={"rupiah": "idr", "dolar": "usd", "euro": "eur", "poundsterling": "gbp", "pound sterling": "gbp",
                      "tenge": "kzt", "yuan": "cny", "yen": "jpy", "ringgit": "myr", "rubel": "rub", "rupee": "inr"},
    decades={"dekade": 10, "abad": 100},
    durations=("tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "dekade", "abad"),
    clock_prefixes=("pukul", "jam", "sekitar pukul"),
    clock_words=("pukul", "jam"),
    day_periods={"pagi": False, "siang": True, "sore": True, "malam": True, "dini hari": False},
    time_zones=("waktu setempat",),
    range_words=("hingga", "sampai", "s.d.", "s/d", "dan", "atau"),
    bracket_words=("sekitar", "atau"),
    and_words=("dan",),
    # « pertama », and « kedua », « ketiga »: ordinals in words; soft
    soft_words={"pertama": 1, **{"ke" + w: WORDS[w] for w in _ORDINAL_STEMS}},
    hour_parts={"seperempat jam": 15, "setengah jam": 30},  # « pada tanda seperempat jam »: « 15分過ぎ »
)
