"""Spanish numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month and weekday names, the separators and the units in every form (« kilómetros », « millas »,
« pies », « pulgadas », « por ciento », « grados Fahrenheit »); num2words gave the number words (kept as a literal table) (« veintiuno »,
« doscientos »); this table adds the scales (« millones », « mil millones »), « 8 de enero », « enero de 2019 », the
currencies as news writes them and times (« a las 9 de la mañana »).
"""

from ..numerals import AND, GENERIC, KG, POUND, SCALE


# Generated with num2words (`num2words(i, lang="es")` for 2 to 29, the tens and the hundreds, with the feminine
# hundreds; tests/test_numbers_languages.py checks it against num2words): literal, so that importing costs nothing.
_NUM2WORDS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidós": 22, "veintitrés": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
    "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
    "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900}


def _words() -> dict[str, object]:
    out: dict[str, object] = dict(_NUM2WORDS)
    out.update({"uno": 1, "una": 1, "un": 1, "cero": 0, "cien": 100, "ciento": 100, "mil": SCALE, "millón": SCALE,
                "millones": SCALE, "billón": SCALE, "billones": SCALE, "y": AND, "veintiún": 21, "veintidós": 22,
                "veintitrés": 23, "veintiséis": 26, "mitad": 0.5})  # « la mitad »: half
    return out


def _days() -> dict[str, int]:
    """A day's number in words before its month (« para el uno de octubre », « el primero de mayo »)."""
    out = {w: v for w, v in _NUM2WORDS.items() if v <= 31}
    out.update({"uno": 1, "primero": 1, "veintiún": 21, "treinta y uno": 31})
    return out


_ORDINAL_UNITS = {"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "séptim": 7, "octav": 8,
                  "noven": 9}
_ORDINAL_TENS = {"décim": 10, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50,
                 "sexagésim": 60, "septuagésim": 70, "octogésim": 80, "nonagésim": 90}


def _compound_ordinals() -> dict[str, int]:
    """Ordinals in two words, each with its gender's ending (« trigésimo sexto », « trigésima sexta », and the
    « trigésimo sexta reunión » news writes too): soft, as the one-word ordinals are."""
    return {f"{tens}{a} {unit}{b}": t + u for tens, t in _ORDINAL_TENS.items() for unit, u in _ORDINAL_UNITS.items()
            for a in "oa" for b in "oa"}


NUMERALS = GENERIC.extend(
    words=_words(),
    word_scales={"mil": 1e3, "millón": 1e6, "millones": 1e6, "billón": 1e12, "billones": 1e12},
    lone_scales={"mil", "millón", "millones", "billón", "billones", "y", "miles", "cientos", "decenas"},
    one_words={"uno", "una", "un"},
    scales={"mil millones": 1e9, "millardos": 1e9, "millardo": 1e9, "mil": 1e3, "millón": 1e6, "millones": 1e6,
            "billón": 1e12, "billones": 1e12},  # the Spanish billón is a million millions
    day_suffixes=(r"\s+de",),  # « 8 de enero »
    day_words=_days(),
    units={"kilos": KG, "kilo": KG, "puntos porcentuales": ("percent", 1)},
    ambiguous_units={"libras": POUND, "libra": POUND},  # pounds sterling, or pounds of weight
    currencies_after={"dólar": "usd", "dólares": "usd", "euro": "eur", "euros": "eur", "libra": "gbp",
                      "libras": "gbp", "libras esterlinas": "gbp", "yenes": "jpy", "yen": "jpy", "yuanes": "cny",
                      "yuan": "cny", "rublos": "rub", "rupias": "inr", "rupias indonesias": "idr", "tenge": "kzt",
                      "ringgit": "myr"},
    currency_joiners=(r"\s+de\s+",),  # « 5 millones de dólares »
    decades={"década": 10, "décadas": 10, "siglo": 100, "siglos": 100},
    durations=("años?", "meses", "mes", "semanas?", "días?", "horas?", "minutos?", "segundos?", "décadas?", "siglos?"),
    time_qualifiers=("últimos", "últimas", "próximos", "próximas", "pasados", "pasadas"),
    decade_prefixes=("años ", "los "),
    decade_centuries=(r"\s+del\s+siglo\s+(?P<roman>[IVXLC]+)(?![\w])",),  # « los años 30 del siglo XX »
    hour_periods={"de la mañana": False, "de la tarde": True, "de la noche": True, "de la madrugada": False},
    hour_letters=("h",),  # « a partir de las 6 h »
    ordinal_suffixes=(".ª", ".º", "ª", "º", ".er", "er", ".a", ".o"),  # « la 5.ª planta », « 12.ª vez »
    roman_prefixes=("siglo", "siglos"),  # « el siglo XIX »
    clock_prefixes=("a las", "a la", "sobre las", "hacia las"),
    clock_words=("a las", "a la"),
    day_periods={"de la mañana": False, "de la tarde": True, "de la noche": True, "de la madrugada": False},
    time_zones=("hora local",),
    range_words=("a", "y", "o", "hasta"),
    bracket_words=("unos", "unas", "aproximadamente", "alrededor de"),
    and_words=("y",),
    # « primera ministra », « Primer Ministro »: the prime minister, not a first
    soft_words={"primero": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
                "tercer": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "docena": 12, "docenas": 12,
                "decena": 10, "veintena": 20, "centenar": 100, "centenares": 100,
                **{tens + e: v for tens, v in _ORDINAL_TENS.items() for e in "oa"},  # « décimo », « vigésima »
                **_compound_ordinals()},  # « su trigésimo sexta reunión »: her 36th meeting
)
