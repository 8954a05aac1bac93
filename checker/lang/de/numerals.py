"""German numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month and weekday names, the separators (« 20.000 », « 3,5 ») and the units in every form
(« Kilometer », « Meilen », « Fuß », « Zoll », « Prozent », « Grad Celsius »); num2words gives the number words from one
to ninety-nine written as one word, as German writes them (« einundzwanzig »); this table adds the scales (« Millionen »,
« Mio. », « Mrd. »), the currencies as news writes them, and times (« um 9 Uhr », « 9.30 Uhr »).
"""

from dataclasses import replace

from ..numerals import (AND, CM, DEGREE, GENERIC, KG, KM, KMH, METRE, MILE, MM, MPH, PERCENT, POUND, SCALE,
                        TIMES_HUNDRED, TONNE)


def _words() -> dict[str, object]:
    from num2words import num2words

    out: dict[str, object] = {num2words(i, lang="de").lower(): i for i in range(2, 100)}
    out.update({"ein": 1, "eine": 1, "einer": 1, "einen": 1, "einem": 1, "eins": 1, "null": 0, "hundert": TIMES_HUNDRED,
                "tausend": SCALE, "million": SCALE, "millionen": SCALE, "milliarde": SCALE, "milliarden": SCALE,
                "und": AND})
    for i in range(1, 10):
        out[num2words(i * 100, lang="de").lower()] = i * 100  # zweihundert
        out[num2words(i * 1000, lang="de").lower()] = i * 1000  # zweitausend
    for i in range(2, 100):
        out[num2words(i, lang="de").lower() + "tausend"] = i * 1000  # zwanzigtausend
    out["einhundert"], out["eintausend"], out["hunderttausend"] = 100, 1000, 100000
    for i in range(2, 21):  # « fünfjährige Beratungen »: five years of them
        for ending in ("", "e", "en", "er", "es"):
            out[num2words(i, lang="de").lower() + "jährig" + ending] = i
    return out


SCALES = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "milliarde": 1e9,
          "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12}

NUMERALS = GENERIC.extend(
    words=_words(),
    word_scales={"tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9},
    lone_scales={"tausend", "millionen", "milliarden", "million", "milliarde", "und", "tausende", "hunderte"},
    one_words={"ein", "eine", "einer", "einen", "einem", "eins"},
    scales=SCALES,
    day_suffixes=(r"\.",),
    units={"prozent": PERCENT, "prozentpunkte": PERCENT, "kilo": KG, "tonnen": TONNE, "stundenkilometer": KMH,
           "km/std": KMH, "kilometern": KM, "metern": METRE, "zentimetern": CM, "millimetern": MM, "meilen": MILE,
           "kilometern pro stunde": KMH, "kilometer pro stunde": KMH, "meilen pro stunde": MPH, "grad": DEGREE},
    ambiguous_units={"pfund": POUND},  # pounds sterling, or pounds of weight
    currencies_after={"dollar": "usd", "us-dollar": "usd", "euro": "eur", "pfund": "gbp", "pfund sterling": "gbp",
                      "britische pfund": "gbp", "yen": "jpy", "yuan": "cny", "rubel": "rub", "rupien": "inr",
                      "rupiah": "idr", "tenge": "kzt", "ringgit": "myr"},
    decades={"jahrzehnt": 10, "jahrzehnte": 10, "jahrzehnten": 10, "jahrhundert": 100, "jahrhunderte": 100},
    durations=("jahre?n?", "monate?n?", "wochen?", "tage?n?", "stunden?", "minuten?", "sekunden?", "jahrzehnte?n?"),
    clock_prefixes=("um", "gegen"),
    hour_words=("uhr",),
    hour_prefixes=("um", "gegen", "ab", "bis", "seit", "vor", "nach"),
    time_zones=("Uhr", "Ortszeit", "MESZ", "MEZ"),
    range_words=("bis", "und", "oder"),
    bracket_words=("etwa", "rund", "ca."),
    and_words=("und",),
    hour_periods={"uhr morgens": False, "uhr früh": False, "uhr abends": True, "uhr nachmittags": True},
    soft_words={"zwanzigern": 20, "dreißigern": 30, "vierzigern": 40, "fünfzigern": 50, "sechzigern": 60,
                "siebzigern": 70, "achtzigern": 80, "neunzigern": 90,  # « in den Vierzigern »: in his 40s
                "erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3,
                "vierte": 4, "vierten": 4, "fünfte": 5, "fünften": 5, "dutzend": 12, "dutzende": 12},
)
# « am » is German for "on the" (« BBC Radio 4 am Sonntag »): only the dotted a.m. and p.m. are clock periods here
NUMERALS = replace(NUMERALS, clock_periods={"a.m.": False, "p.m.": True})
