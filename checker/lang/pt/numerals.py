"""Portuguese numbers, units, currencies, dates and times of day as news writes them, in Portugal and in Brazil.

CLDR (babel) gives the month and weekday names (« setembro », « sexta-feira »), the separators and the units in every
form (« quilômetros », « milhas », « pés », « polegadas », « por cento », « graus Fahrenheit »); num2words gave the
number words (kept as a literal table) (« dezasseis » and « dezesseis », « duzentos »); this table adds the scales of
both variants (« 2,4 milhões », « 1,5 mil milhões » in Portugal, « 1,5 bilhão » in Brazil), « 29 de setembro », the
currencies as news writes them, the European spellings CLDR's Brazilian locale lacks (« quilómetros ») and times
(« às 9 da manhã », « 19h30 »).

Two scales: Brazil's « bilhão » is a thousand millions (1e9), Portugal's « bilião » a million millions (1e12), and
Portugal writes a thousand millions « mil milhões » (NTREX-128's Portuguese is European: « 2,8 mil milhões de
libras », never « bilhão »). The two spellings differ, so each is read as its variant means it.
"""

from ..numerals import AND, DEGREE, GENERIC, KG, KM, KMH, PERCENT, POUND, SCALE, SQUARE_KM, TONNE


# Generated with num2words (`num2words(i, lang="pt")` and `lang="pt_BR"` for 2 to 20, the tens and the hundreds: the
# two differ on 16, 17 and 19, « dezasseis » and « dezesseis »; 21 to 29 are « vinte e um » ..., read through « e »;
# tests/test_numbers_languages.py checks it against num2words): literal, so that importing costs nothing. The
# feminine forms (« duas », « duzentas ») and Brazil's « quatorze » are added by hand below.
_NUM2WORDS = {"dois": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezasseis": 16, "dezassete": 17,
    "dezoito": 18, "dezanove": 19, "dezesseis": 16, "dezessete": 17, "dezenove": 19, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
    "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
    "oitocentos": 800, "novecentos": 900}

_FEMININE = {"duas": 2, "duzentas": 200, "trezentas": 300, "quatrocentas": 400, "quinhentas": 500,
             "seiscentas": 600, "setecentas": 700, "oitocentas": 800, "novecentas": 900}

_SCALES = {"mil": 1e3, "milhão": 1e6, "milhões": 1e6,
           "bilhão": 1e9, "bilhões": 1e9, "trilhão": 1e12, "trilhões": 1e12,  # Brazil
           "bilião": 1e12, "biliões": 1e12}  # Portugal (a thousand millions is « mil milhões »)


def _words() -> dict[str, object]:
    out: dict[str, object] = {**_NUM2WORDS, **_FEMININE}
    out.update({"um": 1, "uma": 1, "zero": 0, "cento": 100, "quatorze": 14, "e": AND})
    out.update({word: SCALE for word in _SCALES})
    return out


_DAY_PERIODS = {"da manhã": False, "da tarde": True, "da noite": True, "da madrugada": False}

NUMERALS = GENERIC.extend(
    words=_words(),
    word_scales=_SCALES,
    lone_scales={*_SCALES, "e", "milhares", "centenas", "dezenas"},  # « milhões de pessoas »: a vague amount
    one_words={"um", "uma"},
    scales={"mil milhões": 1e9, **_SCALES},  # « 2,8 mil milhões », « 1,5 bilhão », « 20 mil »
    day_suffixes=(r"\s+de", r"\.?º\s+de"),  # « 29 de setembro », « 1º de janeiro »
    units={"quilos": KG, "quilo": KG, "toneladas": TONNE, "tonelada": TONNE, "pontos percentuais": PERCENT,
           "ponto percentual": PERCENT, "graus": DEGREE, "grau": DEGREE,
           # Portugal's spelling (CLDR's pt_PT), beside the Brazilian « quilômetros » of CLDR's pt
           "quilómetro": KM, "quilómetros": KM, "quilómetro por hora": KMH, "quilómetros por hora": KMH,
           "quilómetro quadrado": SQUARE_KM, "quilómetros quadrados": SQUARE_KM},
    ambiguous_units={"libras": POUND, "libra": POUND},  # pounds sterling, or pounds of weight
    currencies_after={"dólar": "usd", "dólares": "usd", "dólares americanos": "usd", "dólares norte-americanos": "usd",
                      "euro": "eur", "euros": "eur", "libra": "gbp", "libras": "gbp", "libras esterlinas": "gbp",
                      "libra esterlina": "gbp", "iene": "jpy", "ienes": "jpy", "yuan": "cny", "yuans": "cny",
                      "rublo": "rub", "rublos": "rub", "rupia": "inr", "rupias": "inr", "rupias indonésias": "idr",
                      "rupia indonésia": "idr", "real": "brl", "reais": "brl", "tenge": "kzt", "ringgit": "myr"},
    currency_joiners=(r"\s+de\s+",),  # « 5 milhões de dólares »
    decades={"década": 10, "décadas": 10, "século": 100, "séculos": 100},
    durations=("anos?", "meses", "mês", "semanas?", "dias?", "horas?", "minutos?", "segundos?", "décadas?",
               "séculos?"),
    time_qualifiers=("últimos", "últimas", "próximos", "próximas", "passados", "passadas"),
    decade_prefixes=("anos ", "década de "),  # « anos 80 », « década de 80 »
    hour_periods=_DAY_PERIODS,  # « às 9 da manhã », « três da tarde »
    hour_words=("horas", "hora"),
    hour_prefixes=("às", "pelas", "das"),  # « às 9 horas »
    hour_letters=("h",),  # « às 19h30 », « 21h »
    ordinal_suffixes=(".º", ".ª", "º", "ª"),  # « 5.º lugar », « 12ª vez »
    roman_prefixes=("século", "séculos"),  # « o século XIX »
    clock_prefixes=("às", "pelas", "das", "até às"),  # « às 17:30 »
    clock_words=("às",),  # « às 9 »
    day_periods=_DAY_PERIODS,
    time_zones=("hora local",),
    range_words=("a", "e", "ou", "até", "e os", "e as", "aos", "às"),  # « entre os 27 e os 30 graus », « das 9 às 17 »
    bracket_words=("cerca de", "aproximadamente", "por volta de", "uns", "umas"),
    and_words=("e",),
    # « primeiro-ministro », « primeira-ministra »: the prime minister, not a first; « segundo » is "according to"
    # as often as a second: neither is here
    soft_words={"segunda": 2, "terceiro": 3, "terceira": 3, "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5,
                "dúzia": 12, "dúzias": 12, "dezena": 10, "vintena": 20, "centena": 100},
)
