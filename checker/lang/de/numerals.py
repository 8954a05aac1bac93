"""German numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month and weekday names, the separators (« 20.000 », « 3,5 ») and the units in every form
(« Kilometer », « Meilen », « Fuß », « Zoll », « Prozent », « Grad Celsius »); num2words gave the number words from two
to ninety-nine written as one word, as German writes them (« einundzwanzig »), kept here as a literal table; this table adds the scales (« Millionen »,
« Mio. », « Mrd. »), the currencies as news writes them, and times (« um 9 Uhr », « 9.30 Uhr »).
"""

from dataclasses import replace

from ..numerals import (AND, CM, DEGREE, GENERIC, KG, KM, KMH, METRE, MILE, MM, MPH, PERCENT, POUND, SCALE,
                        TIMES_HUNDRED, TONNE)


# Generated with num2words (`num2words(i, lang="de")` for 2 to 99, the hundreds, the thousands and 2 to 99 thousand;
# tests/test_numbers_languages.py checks it against num2words): literal, so that importing the language costs nothing.
_NUM2WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "einundzwanzig": 21, "zweiundzwanzig": 22, "dreiundzwanzig": 23,
    "vierundzwanzig": 24, "fünfundzwanzig": 25, "sechsundzwanzig": 26, "siebenundzwanzig": 27, "achtundzwanzig": 28,
    "neunundzwanzig": 29, "dreißig": 30, "einunddreißig": 31, "zweiunddreißig": 32, "dreiunddreißig": 33,
    "vierunddreißig": 34, "fünfunddreißig": 35, "sechsunddreißig": 36, "siebenunddreißig": 37, "achtunddreißig": 38,
    "neununddreißig": 39, "vierzig": 40, "einundvierzig": 41, "zweiundvierzig": 42, "dreiundvierzig": 43,
    "vierundvierzig": 44, "fünfundvierzig": 45, "sechsundvierzig": 46, "siebenundvierzig": 47, "achtundvierzig": 48,
    "neunundvierzig": 49, "fünfzig": 50, "einundfünfzig": 51, "zweiundfünfzig": 52, "dreiundfünfzig": 53,
    "vierundfünfzig": 54, "fünfundfünfzig": 55, "sechsundfünfzig": 56, "siebenundfünfzig": 57, "achtundfünfzig": 58,
    "neunundfünfzig": 59, "sechzig": 60, "einundsechzig": 61, "zweiundsechzig": 62, "dreiundsechzig": 63,
    "vierundsechzig": 64, "fünfundsechzig": 65, "sechsundsechzig": 66, "siebenundsechzig": 67, "achtundsechzig": 68,
    "neunundsechzig": 69, "siebzig": 70, "einundsiebzig": 71, "zweiundsiebzig": 72, "dreiundsiebzig": 73,
    "vierundsiebzig": 74, "fünfundsiebzig": 75, "sechsundsiebzig": 76, "siebenundsiebzig": 77, "achtundsiebzig": 78,
    "neunundsiebzig": 79, "achtzig": 80, "einundachtzig": 81, "zweiundachtzig": 82, "dreiundachtzig": 83,
    "vierundachtzig": 84, "fünfundachtzig": 85, "sechsundachtzig": 86, "siebenundachtzig": 87, "achtundachtzig": 88,
    "neunundachtzig": 89, "neunzig": 90, "einundneunzig": 91, "zweiundneunzig": 92, "dreiundneunzig": 93,
    "vierundneunzig": 94, "fünfundneunzig": 95, "sechsundneunzig": 96, "siebenundneunzig": 97, "achtundneunzig": 98,
    "neunundneunzig": 99, "einhundert": 100, "eintausend": 1000, "zweihundert": 200, "zweitausend": 2000,
    "dreihundert": 300, "dreitausend": 3000, "vierhundert": 400, "viertausend": 4000, "fünfhundert": 500,
    "fünftausend": 5000, "sechshundert": 600, "sechstausend": 6000, "siebenhundert": 700, "siebentausend": 7000,
    "achthundert": 800, "achttausend": 8000, "neunhundert": 900, "neuntausend": 9000, "zehntausend": 10000,
    "elftausend": 11000, "zwölftausend": 12000, "dreizehntausend": 13000, "vierzehntausend": 14000,
    "fünfzehntausend": 15000, "sechzehntausend": 16000, "siebzehntausend": 17000, "achtzehntausend": 18000,
    "neunzehntausend": 19000, "zwanzigtausend": 20000, "einundzwanzigtausend": 21000, "zweiundzwanzigtausend": 22000,
    "dreiundzwanzigtausend": 23000, "vierundzwanzigtausend": 24000, "fünfundzwanzigtausend": 25000,
    "sechsundzwanzigtausend": 26000, "siebenundzwanzigtausend": 27000, "achtundzwanzigtausend": 28000,
    "neunundzwanzigtausend": 29000, "dreißigtausend": 30000, "einunddreißigtausend": 31000,
    "zweiunddreißigtausend": 32000, "dreiunddreißigtausend": 33000, "vierunddreißigtausend": 34000,
    "fünfunddreißigtausend": 35000, "sechsunddreißigtausend": 36000, "siebenunddreißigtausend": 37000,
    "achtunddreißigtausend": 38000, "neununddreißigtausend": 39000, "vierzigtausend": 40000,
    "einundvierzigtausend": 41000, "zweiundvierzigtausend": 42000, "dreiundvierzigtausend": 43000,
    "vierundvierzigtausend": 44000, "fünfundvierzigtausend": 45000, "sechsundvierzigtausend": 46000,
    "siebenundvierzigtausend": 47000, "achtundvierzigtausend": 48000, "neunundvierzigtausend": 49000,
    "fünfzigtausend": 50000, "einundfünfzigtausend": 51000, "zweiundfünfzigtausend": 52000,
    "dreiundfünfzigtausend": 53000, "vierundfünfzigtausend": 54000, "fünfundfünfzigtausend": 55000,
    "sechsundfünfzigtausend": 56000, "siebenundfünfzigtausend": 57000, "achtundfünfzigtausend": 58000,
    "neunundfünfzigtausend": 59000, "sechzigtausend": 60000, "einundsechzigtausend": 61000,
    "zweiundsechzigtausend": 62000, "dreiundsechzigtausend": 63000, "vierundsechzigtausend": 64000,
    "fünfundsechzigtausend": 65000, "sechsundsechzigtausend": 66000, "siebenundsechzigtausend": 67000,
    "achtundsechzigtausend": 68000, "neunundsechzigtausend": 69000, "siebzigtausend": 70000,
    "einundsiebzigtausend": 71000, "zweiundsiebzigtausend": 72000, "dreiundsiebzigtausend": 73000,
    "vierundsiebzigtausend": 74000, "fünfundsiebzigtausend": 75000, "sechsundsiebzigtausend": 76000,
    "siebenundsiebzigtausend": 77000, "achtundsiebzigtausend": 78000, "neunundsiebzigtausend": 79000,
    "achtzigtausend": 80000, "einundachtzigtausend": 81000, "zweiundachtzigtausend": 82000,
    "dreiundachtzigtausend": 83000, "vierundachtzigtausend": 84000, "fünfundachtzigtausend": 85000,
    "sechsundachtzigtausend": 86000, "siebenundachtzigtausend": 87000, "achtundachtzigtausend": 88000,
    "neunundachtzigtausend": 89000, "neunzigtausend": 90000, "einundneunzigtausend": 91000,
    "zweiundneunzigtausend": 92000, "dreiundneunzigtausend": 93000, "vierundneunzigtausend": 94000,
    "fünfundneunzigtausend": 95000, "sechsundneunzigtausend": 96000, "siebenundneunzigtausend": 97000,
    "achtundneunzigtausend": 98000, "neunundneunzigtausend": 99000}


def _words() -> dict[str, object]:
    out: dict[str, object] = dict(_NUM2WORDS)
    out.update({"ein": 1, "eine": 1, "einer": 1, "einen": 1, "einem": 1, "eins": 1, "null": 0, "hundert": TIMES_HUNDRED,
                "tausend": SCALE, "million": SCALE, "millionen": SCALE, "milliarde": SCALE, "milliarden": SCALE,
                "und": AND, "einhundert": 100, "eintausend": 1000, "hunderttausend": 100000,
                "hälfte": 0.5, "anderthalb": 1.5, "eineinhalb": 1.5})  # « fast die Hälfte in Aceh »: more than half of them
    for word, i in list(_NUM2WORDS.items()):  # « fünfjährige Beratungen »: five years of them
        if 2 <= i <= 20:
            for ending in ("", "e", "en", "er", "es"):
                out[word + "jährig" + ending] = i
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
                # ordinals in every ending (« achte », « achten » are verbs as often: left out)
                **{stem + e: v for stem, v in (("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5),
                                              ("sechst", 6), ("siebt", 7), ("neunt", 9), ("zehnt", 10))
                   for e in ("e", "en", "er", "es", "em")},
                "dutzend": 12, "dutzende": 12,
                # « die ersten beiden Löcher »: the opening two holes
                "beide": 2, "beiden": 2, "beider": 2},
)
# « am » is German for "on the" (« BBC Radio 4 am Sonntag »): only the dotted a.m. and p.m. are clock periods here
NUMERALS = replace(NUMERALS, clock_periods={"a.m.": False, "p.m.": True})
