"""Russian numbers, units, currencies, dates and times of day as news writes them.

CLDR (babel) gives the month names in both cases (« 8 января », « январь »), the weekday names, the separators
(« 20 000 », « 3,5 ») and the units in every plural form (« километров », « миль », « фунтов », « процента »,
« градусов Цельсия »); this table adds the number words in their cases (num2words gives only the nominative), the
scales after digits (« млн », « млрд », « тыс. », « миллиона »), the months after « в » (« в январе »), the weekdays
after « в » (« в среду »), and the currencies as news writes them.
"""

from ..numerals import CM, FOOT, GENERIC, INCH, KG, KM, METRE, MILE, POUND, SCALE, TIMES_HUNDRED

_FORMS = {
    0: "ноль нуля", 1: "один одна одно одного одной одному одним одном одну",
    2: "два две двух двум двумя", 3: "три трёх трех трём трем тремя", 4: "четыре четырёх четырех четырём четырем четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи", 8: "восемь восьми восемью",
    9: "девять девяти девятью", 10: "десять десяти десятью", 11: "одиннадцать одиннадцати",
    12: "двенадцать двенадцати", 13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати",
    15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати",
    18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати",
    40: "сорок сорока", 50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти", 90: "девяносто девяноста", 100: "сто ста", 200: "двести двухсот",
    300: "триста трёхсот трехсот", 400: "четыреста четырёхсот четырехсот", 500: "пятьсот пятисот",
    600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
}
_SCALE_FORMS = {1e3: "тысяча тысячи тысяч тысячу тысячей тысячам тысячами",
                1e6: "миллион миллиона миллионов миллионом миллионам миллионами",
                1e9: "миллиард миллиарда миллиардов миллиардом миллиардам миллиардами",
                1e12: "триллион триллиона триллионов"}


def _words() -> dict[str, object]:
    out: dict[str, object] = {w: v for v, forms in _FORMS.items() for w in forms.split()}
    out.update({w: SCALE for forms in _SCALE_FORMS.values() for w in forms.split()})
    out["сотни"] = TIMES_HUNDRED
    # collective numerals: « мать двоих детей » (a mother of two)
    out.update({"двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5,
                "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7, "восьмеро": 8, "восьмерых": 8,
                "девятеро": 9, "девятерых": 9, "десятеро": 10, "десятерых": 10,
                "полтора": 1.5, "полторы": 1.5, "полутора": 1.5})  # « полтора миллиона »: 1.5 million
    return out  # « семью » is left out: "family" as often as "seven"


# ordinals in every case: stems with the endings of « первый » (stressed on the stem) or of « второй »
_ENDINGS_YY = ("ый", "ая", "ое", "ого", "ой", "ом", "ую", "ые", "ых", "ому", "ым", "ыми")
_ENDINGS_OY = ("ой", "ая", "ое", "ого", "ом", "ую", "ые", "ых", "ому", "ым", "ыми")
_ORDINAL_STEMS = {
    1: ("перв", _ENDINGS_YY), 2: ("втор", _ENDINGS_OY), 4: ("четверт", _ENDINGS_YY), 5: ("пят", _ENDINGS_YY),
    6: ("шест", _ENDINGS_OY), 7: ("седьм", _ENDINGS_OY), 8: ("восьм", _ENDINGS_OY), 9: ("девят", _ENDINGS_YY),
    10: ("десят", _ENDINGS_YY), 11: ("одиннадцат", _ENDINGS_YY), 12: ("двенадцат", _ENDINGS_YY),
    13: ("тринадцат", _ENDINGS_YY), 14: ("четырнадцат", _ENDINGS_YY), 15: ("пятнадцат", _ENDINGS_YY),
    16: ("шестнадцат", _ENDINGS_YY), 17: ("семнадцат", _ENDINGS_YY), 18: ("восемнадцат", _ENDINGS_YY),
    19: ("девятнадцат", _ENDINGS_YY), 20: ("двадцат", _ENDINGS_YY), 30: ("тридцат", _ENDINGS_YY),
    40: ("сороков", _ENDINGS_OY), 50: ("пятидесят", _ENDINGS_YY), 60: ("шестидесят", _ENDINGS_YY),
    70: ("семидесят", _ENDINGS_YY), 80: ("восьмидесят", _ENDINGS_YY), 90: ("девяност", _ENDINGS_YY)}
_THIRD = ("третий", "третья", "третье", "третьего", "третьей", "третьем", "третью", "третьи", "третьих", "третьему",
          "третьим", "третьими")


def _ordinals() -> dict[str, int]:
    """« первый » ... « девяностый » in every case, and after a ten in words (« на сорок пятой минуте »: 45th)."""
    units = {stem + e: v for v, (stem, endings) in _ORDINAL_STEMS.items() for e in endings}
    units.update({w: 3 for w in _THIRD})
    out = dict(units)
    tens = [w for w, v in _words().items() if v in (20, 30, 40, 50, 60, 70, 80, 90) and isinstance(v, int)]
    out.update({f"{ten} {unit}": _words()[ten] + v for ten in tens for unit, v in units.items() if v < 10})
    return out


SCALES = {w: f for f, forms in _SCALE_FORMS.items() for w in forms.split()}
SCALES.update({"тыс.": 1e3, "тыс": 1e3, "млн": 1e6, "млн.": 1e6, "млрд": 1e9, "млрд.": 1e9, "трлн": 1e12})
# « 25-тысячная толпа »: a crowd of 25,000
SCALES.update({"-тысячн" + e: 1e3 for e in ("ая", "ую", "ой", "ый", "ое", "ого", "ые", "ых")})
SCALES.update({"-миллионн" + e: 1e6 for e in ("ая", "ую", "ой", "ый", "ое", "ого", "ые", "ых")})

NUMERALS = GENERIC.extend(
    words=_words(),
    word_scales={w: f for f, forms in _SCALE_FORMS.items() for w in forms.split()},
    lone_scales={"тысячи", "тысяч", "миллионы", "миллионов", "миллиарды", "миллиардов", "тысяча", "миллион",
                 "миллиард", "сотни"},
    slash_scores=True,  # « победив ... со счетом 2/1 »: dates are written « 29.09.2018 »
    compound_prefixes={"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
                       "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "двадцати": 20, "тридцати": 30,
                       "сорока": 40, "пятидесяти": 50, "ста": 100},
    # « пятидневную зарплату » (five days' pay), « двухлетний », « трехчасовой », « пятиэтажный »
    compound_counts=(r"(?:дневн|летн|недельн|месячн|часов|минутн|секундн|этажн|кратн)\w*$",),
    # the genitive singular after these is one thousand (« свыше тысячи »), the plural alone thousands
    one_scale_after=("свыше", "более", "больше", "менее", "меньше", "около", "порядка", "почти", "до", "из"),
    one_words={"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"},
    scales=SCALES,
    units={"процент": ("percent", 1), "процента": ("percent", 1), "процентов": ("percent", 1), "кило": KG,
           **{"-килограммов" + e: KG for e in ("ый", "ое", "ая", "ого", "ую", "ой")},
           **{"-метров" + e: METRE for e in ("ый", "ое", "ая", "ого", "ую", "ой")},
           **{"-километров" + e: KM for e in ("ый", "ое", "ая", "ого", "ую", "ой")},
           # the prepositional and dative plurals CLDR leaves out: « в 27 метрах »
           "метрах": METRE, "километрах": KM, "сантиметрах": CM, "милях": MILE, "футах": FOOT, "дюймах": INCH,
           "метрам": METRE, "километрам": KM, "милям": MILE, "м": METRE, "килограммов": KG,
           "килограмма": KG, "килограмм": KG, "граммов": ("mass", 0.001), "тонн": ("mass", 1000), "тонны": ("mass", 1000)},
    ambiguous_units={"фунтов": POUND, "фунта": POUND, "фунт": POUND},  # pounds sterling, or pounds of weight
    currencies_after={"доллар": "usd", "доллара": "usd", "долларов": "usd", "долл.": "usd", "евро": "eur",
                      "фунт": "gbp", "фунта": "gbp", "фунтов": "gbp", "фунтов стерлингов": "gbp",
                      "фунта стерлингов": "gbp", "рубль": "rub", "рубля": "rub", "рублей": "rub", "руб.": "rub",
                      "иен": "jpy", "иены": "jpy", "юаней": "cny", "юаня": "cny", "рупий": "inr", "тенге": "kzt",
                      "ринггитов": "myr"},
    decades={"десятилетие": 10, "десятилетия": 10, "десятилетий": 10, "век": 100, "века": 100, "веков": 100},
    durations=("лет", "года?", "году", "месяц(?:а|ев)?", "недел[ьиюя]", "недель", "дн(?:я|ей)", "день", "час(?:а|ов)?",
               "минут[ыу]?", "секунд[ыу]?", "десятилети[йяе]"),
    hyphenated_counts=True,  # « Северный поток-2 » (but « Су-27 » is a name)
    day_suffixes=("-го", "-е"),  # « 29-го сентября »
    # « 7 утра », « 3 часа дня » (but « два дня » is two days)
    hour_periods={"утра": False, "вечера": True, "ночи": False, "часа дня": True, "часов дня": True},
    decade_marks=(r"-[ехм]" + "\\s+" + r"год(?:ы|ах|ов|ам)", r"-х"),  # « в 30-е годы », « в 80-х »
    roman_ordinal_suffixes=(" века", " веке", " век", " веков"),  # « в XIX веке »
    decade_prefixes=(),
    clock_prefixes=("в", "около"),
    hour_words=("часов", "часа", "час"),
    hour_prefixes=("в", "около", "до", "после", "с"),
    day_periods={"утра": False, "дня": True, "вечера": True, "ночи": False},
    time_zones=("по местному времени", "по московскому времени", "мск"),
    range_words=("до", "и", "или"),
    bracket_words=("около", "примерно", "или"),
    and_words=("и",),
    soft_words={**_ordinals(), "дюжина": 12,
                # « за сутки »: over 24 hours
                "сутки": 24, "суток": 24, "суткам": 24, "сутками": 24, "сутках": 24,
                "биеннале": 2},  # « игравший на биеннале »: playing in the biennial event
)
