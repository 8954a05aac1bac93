"""French numbers, units, currencies, dates and times of day as news writes them."""

from ..numerals import (ACRE, AND, CELSIUS, DEGREE, FAHRENHEIT, FOOT, GENERIC, HECTARE, INCH, KG, KM, KMH, METRE, MILE,
                        MPH, PERCENT, POUND, SCALE, TIMES_HUNDRED, TONNE)

WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "cent": TIMES_HUNDRED, "cents": TIMES_HUNDRED, "mille": SCALE, "million": SCALE, "millions": SCALE,
         "milliard": SCALE, "milliards": SCALE, "millier": SCALE, "et": AND}
WORD_SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "millier": 1e3}


def _ordinals() -> dict[str, float]:
    """« deuxième », « douzième », « vingtième »: the cardinal's stem and -ième."""
    stems = {"cinq": "cinqu", "neuf": "neuv"}
    out: dict[str, float] = {}
    for word, value in WORDS.items():
        if isinstance(value, (int, float)) and value >= 2:
            out[stems.get(word, word.rstrip("e")) + "ième"] = value
    return out


NUMERALS = GENERIC.extend(
    words=WORDS,
    word_scales=WORD_SCALES,
    # « mille » alone is a thousand; « des millions » is a vague amount
    lone_scales={"millions", "milliards", "million", "milliard", "millier", "et"},
    one_words={"un", "une"},
    vigesimal=True,
    scale_fillers=("autres",),  # « six autres millions de personnes »
    scales={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
            "billion": 1e12, "billions": 1e12},  # the French billion is a million millions
    ordinal_suffixes=("er", "re", "e", "ème", "è"),
    day_suffixes=("er",),
    units={"pour cent": PERCENT, "pourcent": PERCENT, "kilomètre": KM, "kilomètres": KM, "mètre": METRE,
           "mètres": METRE, "milles": MILE, "mile": MILE, "miles": MILE, "pieds": FOOT, "pouces": INCH,
           "kilogramme": KG, "kilogrammes": KG, "tonne": TONNE, "tonnes": TONNE, "livres": POUND,
           "kilomètres par heure": KMH, "miles par heure": MPH, "degré": DEGREE, "degrés": DEGREE,
           "degrés celsius": CELSIUS, "degrés fahrenheit": FAHRENHEIT, "hectare": HECTARE, "hectares": HECTARE,
           "acre": ACRE, "acres": ACRE},
    currencies_after={"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "livres sterling": "gbp",
                      "livre sterling": "gbp", "tenge": "kzt", "yuan": "cny", "yen": "jpy", "ringgit": "myr",
                      "roubles": "rub", "roupies": "inr", "rupiah": "idr"},
    currency_joiners=(r"\s+de\s+", r"\s+d['’]"),  # « 5 millions de dollars », « 2 milliards d’euros »
    decades={"décennie": 10, "décennies": 10, "siècle": 100, "siècles": 100},
    durations=("ans?", "années?", "mois", "semaines?", "jours?", "journées?", "heures?", "minutes?", "secondes?",
               "décennies?", "siècles?"),
    time_qualifiers=("dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "prochains",
                     "prochaines"),
    decade_prefixes=("années ", "années' "),
    roman_ordinal_suffixes=("e", "è", "ème", "er"),
    clock_prefixes=("à", "vers"),
    hour_words=("heure", "heures"),
    hour_prefixes=("à", "vers", "dès", "depuis", "avant", "après"),
    hour_letters=("h",),
    day_periods={"du matin": False, "de l'après-midi": True, "de l’après-midi": True, "du soir": True},
    # « six heures du matin »: the hour in words, with the part of the day
    hour_periods={"du matin": False, "de l'après-midi": True, "de l’après-midi": True, "du soir": True},
    time_zones=("heure locale",),
    range_words=("à", "a", "et", "ou"),
    bracket_words=("environ", "soit"),
    and_words=("et",),
    soft_words={"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
                "premier": 1, "première": 1, "second": 2, "seconde": 2, **_ordinals(),
                "centième": 100, "millième": 1000},
    # « vous protéger du soleil à 100 % » (completely), « sûr à 100 % », « 100 % certain »: a degree, no quantity
    idioms=(r"à\s+(?:100|cent)\s*(?:%|pour\s*cent)",
            r"(?:100|cent)\s*(?:%|pour\s*cent)\s+(?:sûre?s?|certaine?s?|convaincue?s?|d['’]accord|fiables?)"),
    season_codes=("PE", "AH"),  # « un défilé PE19 » (printemps-été 2019): "their SS19 collection"
)
