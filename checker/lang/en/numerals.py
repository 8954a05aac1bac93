"""English numbers, units, currencies, dates and times of day as news writes them."""

from ..numerals import (ACRE, AND, CELSIUS, DEGREE, FAHRENHEIT, FOOT, GENERIC, HECTARE, INCH, KG, KM, KMH, METRE, MILE,
                        MPH, PERCENT, POUND, SCALE, TIMES_HUNDRED, TONNE)

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": TIMES_HUNDRED, "thousand": SCALE,
         "million": SCALE, "millions": SCALE, "billion": SCALE, "trillion": SCALE, "and": AND, "half": 0.5,
         "couple": 2}  # "the next couple of decades": « las próximas dos décadas »

NUMERALS = GENERIC.extend(
    words=WORDS,
    word_scales={"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12},
    lone_scales={"thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "and"},
    one_words={"one"},
    loose_words={"couple"},
    idioms=(r"(?:a\s+|one\s+)?(?:100|hundred)\s*(?:%|percent|per\s+cent)\s+(?:certain|sure|confident|positive|"
            r"committed|behind|right|correct|wrong|honest|serious|healthy|fit|ready)",),  # "she's 100 percent certain"
    one_articles=("a", "an"),  # "a decade", "a century"
    unit_articles=("a", "an"),  # "about a mile away"
    singular_decades=("decade", "century"),
    scales={"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
            "trillion": 1e12, "trillions": 1e12},
    units={"an inch": INCH, "a mile": MILE, "a foot": FOOT, "a metre": METRE, "a meter": METRE,  # "half an inch"
           "percent": PERCENT, "per cent": PERCENT, "kilometer": KM, "kilometre": KM, "kilometers": KM,
           "kilometres": KM, "meter": METRE, "metre": METRE, "meters": METRE, "metres": METRE, "mile": MILE,
           "miles": MILE, "feet": FOOT, "foot": FOOT, "inch": INCH, "inches": INCH, "kilogram": KG, "kilograms": KG,
           "ton": TONNE, "tons": TONNE, "tonne": TONNE, "tonnes": TONNE, "pounds": POUND,
           "kilometres per hour": KMH, "kilometers per hour": KMH, "miles per hour": MPH, "degree": DEGREE,
           "degrees": DEGREE, "degrees celsius": CELSIUS, "degrees fahrenheit": FAHRENHEIT, "hectare": HECTARE,
           "hectares": HECTARE, "acre": ACRE, "acres": ACRE},
    currencies_after={"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pounds sterling": "gbp",
                      "pound sterling": "gbp", "tenge": "kzt", "yuan": "cny", "yen": "jpy", "ringgit": "myr",
                      "rubles": "rub", "roubles": "rub", "rupee": "inr", "rupees": "inr", "rupiah": "idr"},
    decades={"decade": 10, "decades": 10, "century": 100, "centuries": 100},
    durations=("years?", "months?", "weeks?", "days?", "hours?", "minutes?", "seconds?", "decades?",
               "centur(?:y|ies)"),
    time_qualifiers=("last", "past", "next", "of"),  # "a couple of decades"
    hour_parts={"quarter-hour": 15, "quarter of an hour": 15, "half-hour": 30, "half an hour": 30,
                "three quarters of an hour": 45},  # "on the quarter-hour mark": « en el minuto 15 »
    decade_prefixes=("the '", "the ", "early ", "late ", "mid-", "mid "),
    hyphenated_counts=True,
    decade_suffixes=("'s", "s"),  # "the 80s"; "the 20 members" is no decade
    day_suffixes=("st", "nd", "rd", "th"),  # "30th September"
    hour_periods={"in the morning": False, "in the afternoon": True, "in the evening": True, "at night": True},
    ambiguous_units={"pounds": ("currency", "gbp"), "pound": ("currency", "gbp")},  # money, or a weight
    clock_prefixes=("at",),
    time_zones=("local time",),
    range_words=("to", "and", "or"),
    bracket_words=("about", "around", "or"),
    and_words=("and",),
    soft_words={"dozen": 12, "dozens": 12, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                # "the biennial event": « cada dos años »; "their initial meeting": « их первый саммит »
                "biennial": 2, "triennial": 3, "initial": 1},
)
