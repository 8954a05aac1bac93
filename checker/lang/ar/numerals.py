"""Arabic numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month names (« يناير », and the Levant's « كانون الثاني » through the package's
``calendar_locales``), the weekday names (« الجمعة »), the separators of Arabic-Indic digits (« ٫ », « ٬ »), units in
every plural form (« أميال », « ميلاً », « كيلومترات », « بالمائة ») and currency names (« دولار أمريكي »); this table
adds the number words with their genders and cases, the duals that are a count of two (« عامين »), and what news writes
beside CLDR (« دولار », « في المائة », « مليون »). Words are written with their hamza and added without it (« اربعة »); the
text is matched with its vowel marks and tatweel left out (« دولارًا » is « دولارا »).
"""

from ..numerals import (CELSIUS, DEGREE, FAHRENHEIT, FOOT, GENERIC, INCH, KG, KM, KMH, METRE, MILE, MPH, PERCENT, POUND,
                        SCALE, TIMES_HUNDRED, TONNE, PLUS_TEN)

_UNITS = {
    1: ("واحد", "واحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"),
    3: ("ثلاث", "ثلاثة"), 4: ("أربع", "أربعة"), 5: ("خمس", "خمسة"), 6: ("ست", "ستة"), 7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية"), 9: ("تسع", "تسعة"),
}
_TENS = {20: "عشر", 30: "ثلاث", 40: "أربع", 50: "خمس", 60: "ست", 70: "سبع", 80: "ثمان", 90: "تسع"}
_HUNDREDS = {300: "ثلاث", 400: "أربع", 500: "خمس", 600: "ست", 700: "سبع", 800: "ثمان", 900: "تسع"}


def _words() -> dict[str, object]:
    out: dict[str, object] = {w: v for v, forms in _UNITS.items() for w in forms}
    out["واحدا"] = 1  # the accusative: « واحدًا من أصل 4 »
    out["نصف"] = 0.5  # « نصف بوصة »: half an inch
    # « عشرة » alone is 10; after a unit, ten more: « ثلاثة عشر » 13, « ثماني عشرة » 18, « أحد عشر » 11
    out.update({"عشر": PLUS_TEN, "عشرة": PLUS_TEN, "أحد": 1, "إحدى": 1})
    for v, stem in _TENS.items():
        out[stem + "ون"] = out[stem + "ين"] = v  # عشرون, عشرين
    out.update({"مائة": TIMES_HUNDRED, "مئة": TIMES_HUNDRED, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
                "مائتي": 200, "مئتي": 200})
    for v, stem in _HUNDREDS.items():
        out[stem + "مائة"] = out[stem + "مئة"] = v  # ثلاثمائة
    out.update({"ألف": SCALE, "آلاف": SCALE, "ألفا": SCALE, "ألفين": 2000, "ألفان": 2000, "مليون": SCALE,
                "ملايين": SCALE, "مليونا": SCALE, "مليونين": 2e6, "مليار": SCALE, "مليارات": SCALE, "بليون": SCALE,
                "تريليون": SCALE})
    # duals: a count of two (« منذ عامين »: two years ago)
    for dual in ("عامين", "عامان", "سنتين", "سنتان", "يومين", "يومان", "شهرين", "شهران", "أسبوعين", "ساعتين",
                 "دقيقتين", "مرتين", "مرتان", "ضعفين", "هدفين", "هدفان", "نقطتين", "مباراتين", "مباراتان", "حفرتين",
                 "حفرتان", "قدمين", "قدمان", "ميلين", "مترين", "بوصتين", "كيلومترين", "دولارين"):  # two feet, two miles
        out[dual] = 2
        if dual.endswith("ين"):  # with a pronoun the dual loses its ن: « ضعفيها » (its two doubles), « عاميه »
            for pronoun in _PRONOUNS:
                out[dual[:-1] + pronoun] = 2
    out.update({"مليوني": 2e6, "ألفي": 2000, "مليارين": 2e9, "ملياري": 2e9,  # « مليوني دولار »: two million dollars
                "عقدين": 20, "عقدان": 20, "قرنين": 200})  # two decades: twenty years
    return out


_PRONOUNS = ("ه", "ها", "هما", "هم")
"""Pronouns glued to a noun (its, their)."""

_ORDINALS = {1: ("أول", "أولى", "حادي", "حادية", "واحد"), 2: ("ثاني", "ثانية", "ثان"), 3: ("ثالث", "ثالثة"),
             4: ("رابع", "رابعة"), 5: ("خامس", "خامسة"), 6: ("سادس", "سادسة"), 7: ("سابع", "سابعة"),
             8: ("ثامن", "ثامنة"), 9: ("تاسع", "تاسعة"), 10: ("عاشر", "عاشرة")}
_DECADES = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين", 80: "ثمانين",
            90: "تسعين"}


def _ordinals() -> dict[str, float]:
    """« الخامس », « الثانية عشرة » (12th), « السابعة والأربعين » (47th), « العشرين » (20th), and the decades of a
    century: « الثمانينيات » and « ثمانينيات القرن العشرين » are the 1980s."""
    out: dict[str, float] = {}
    for v, forms in _ORDINALS.items():
        for form in forms:
            for article in ("ال", ""):
                out[article + form] = v
                if v < 10:
                    out[article + form + " عشر"] = out[article + form + " عشرة"] = v + 10
                    for tens, word in _DECADES.items():
                        out[article + form + " وال" + word] = out[article + form + " و" + word] = v + tens
    out.pop("واحد")  # one, not first
    for tens, word in _DECADES.items():
        out["ال" + word] = tens
        out["ال" + word[:-2] + "ون"] = tens
    for tens, word in _DECADES.items():
        decade = word[:-2] + "ينيات"  # ثمانينيات
        for article in ("ال", ""):
            out[article + decade] = 1900 + tens
            for century, c in (("العشرين", 1900), ("الماضي", 1900), ("الحادي والعشرين", 2000),
                               ("الواحد والعشرين", 2000)):
                out[article + decade + " القرن " + century] = c + tens
    out.pop("الحادي والعشرين", None)
    return out


def _centuries() -> dict[str, int]:
    """« القرن العشرين » (the 20th century), « القرن الحادي والعشرين », « القرن الواحد والعشرين » (the 21st)."""
    return {"القرن " + form: 20 + v for v, forms in ((0, ("العشرين",)), (1, ("الحادي والعشرين", "الواحد والعشرين")))
            for form in forms}


def _days() -> dict[str, int]:
    """An ordinal with its article as the day before a month, after a preposition: « في الأول من أكتوبر » (on October
    1st); not after a noun (« الأسبوع الأول من أكتوبر »: the first week of October)."""
    return {before + " " + w: int(v) for w, v in _ordinals().items() if w.startswith("ال") and " القرن " not in w
            and float(v).is_integer() and 1 <= v <= 31
            for before in ("في", "وفي", "منذ", "حتى", "بحلول", "قبل", "بعد", "يوم")}


def _without_hamza(table: dict) -> dict:
    """Each word also as it is often typed, with a bare alef (« اربعة » for « أربعة »)."""
    out = dict(table)
    for word, value in table.items():
        bare = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
        out.setdefault(bare, value)
    return out


SCALES = {"ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليار": 1e9,
          "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9, "تريليون": 1e12}

SCALES = _without_hamza(SCALES)

NUMERALS = GENERIC.extend(
    words=_without_hamza(_words()),
    word_scales=SCALES,
    lone_scales={"آلاف", "الاف", "ملايين", "مليارات", "مليون", "مليار"},
    one_words={"واحد", "واحدة", "أحد", "إحدى"},
    scales=SCALES,
    proclitics=("و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول"),
    glued_joiners=("و",),  # « خمسة وعشرون »: 25
    units=_without_hamza({"في المائة": PERCENT, "في المئة": PERCENT, "بالمائة": PERCENT, "بالمئة": PERCENT, "المائة": PERCENT,
           "بالمية": PERCENT, "نقطة مئوية": PERCENT,
           "كيلو متر": KM, "كيلو مترا": KM, "كيلو مترات": KM, "كيلو متر في الساعة": KMH,
           "كيلو مترا في الساعة": KMH, "كيلومتر": KM, "كيلومترا": KM, "كيلومترات": KM, "كم": KM, "كلم": KM, "متر": METRE, "مترا": METRE,
           "أمتار": METRE, "ميل": MILE, "ميلا": MILE, "أميال": MILE, "قدم": FOOT, "قدما": FOOT, "أقدام": FOOT,
           "بوصة": INCH, "بوصات": INCH, "إنش": INCH, "كيلوغرام": KG, "كيلوجرام": KG, "كجم": KG, "كغ": KG,
           "كيلو": KG, "طن": TONNE, "أطنان": TONNE, "رطل": POUND, "رطلا": POUND, "أرطال": POUND,
           "درجة": DEGREE, "درجات": DEGREE, "درجة مئوية": CELSIUS, "درجات مئوية": CELSIUS,
           "درجة فهرنهايت": FAHRENHEIT, "درجات فهرنهايت": FAHRENHEIT, "درجة فهرنهايتية": FAHRENHEIT,
           "كيلومترا في الساعة": KMH, "كيلومتر في الساعة": KMH, "كم/ساعة": KMH, "كم في الساعة": KMH,
           "ميلا في الساعة": MPH, "ميل في الساعة": MPH}),
    currencies_after=_without_hamza({"دولار": "usd", "دولارا": "usd", "دولارات": "usd", "دولار أمريكي": "usd", "يورو": "eur",
                      "جنيه إسترليني": "gbp", "جنيها إسترلينيا": "gbp", "جنيه": "gbp", "جنيها": "gbp",
                      "جنيهات": "gbp", "إسترليني": "gbp", "ين": "jpy", "ين ياباني": "jpy", "يوان": "cny",
                      "روبية": "idr", "روبية إندونيسية": "idr", "روبل": "rub", "تينغ": "kzt", "تنغ": "kzt",
                      "رينغيت": "myr", "ريال": "sar", "درهم": "aed"}),
    currency_joiners=(r"\s+من\s+",),  # « 5 ملايين من الدولارات »
    decades={"عقد": 10, "عقود": 10, "قرن": 100, "قرون": 100},
    durations=("عاما", "عام", "أعوام", "سنة", "سنوات", "شهرا", "شهر", "أشهر", "أسابيع", "أسبوعا", "أيام", "يوما",
               "ساعات", "ساعة", "دقائق", "دقيقة", "عقود", "قرون"),
    day_suffixes=(r"\s+من",),  # « 30 من سبتمبر »
    ambiguous_units={"كيلو": KM},  # a kilogram, or a kilometre (« 300 كيلو »)
    clock_prefixes=("الساعة",),
    clock_words=("الساعة",),
    clock_periods={"صباحا": False, "صباح": False, "مساء": True, "مساءا": True, "ظهرا": True, "فجرا": False,
                   "ليلا": True},
    day_periods={"صباحا": False, "مساء": True, "ظهرا": True, "ليلا": True, "بعد الظهر": True, "من بعد الظهر": True},
    time_zones=("بالتوقيت المحلي", "بتوقيت غرينتش", "بتوقيت"),
    range_words=("إلى", "و", "أو", "حتى"),
    bracket_words=("حوالي", "أي", "نحو"),
    and_words=("و",),
    soft_words=_without_hamza(_ordinals()),
    centuries=_without_hamza(_centuries()),
    day_words=_without_hamza(_days()),
    unit_articles=("بعد", "مسافة"),  # « على بعد ميل »: a mile away
)
