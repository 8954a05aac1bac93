"""How a language writes numbers, dates, units and currencies: the :class:`Numerals` each language module fills.

checker/quantities.py reads these tables and nothing else about a language. :data:`GENERIC` holds what is written the
same way in news of every language (symbols, abbreviations, time zones); a language's table extends it::

    NUMERALS = GENERIC.extend(words={"satu": 1, ...}, scales={"ribu": 1e3, ...}, units={"persen": PERCENT, ...})

Month and weekday names, decimal and group symbols and the order of day and month are CLDR's (babel), on the
:class:`~checker.lang.base.Language` itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Mapping

# unit dimensions and the factor to the dimension's base unit (metre, kilogram, km/h, hectare)
PERCENT = ("percent", 1)
KM, METRE, CM, MM = ("length", 1000), ("length", 1), ("length", 0.01), ("length", 0.001)
MILE, FOOT, INCH = ("length", 1609.34), ("length", 0.3048), ("length", 0.0254)
KG, TONNE, POUND = ("mass", 1), ("mass", 1000), ("mass", 0.4536)
KMH, MPH = ("speed", 1), ("speed", 1.60934)
DEGREE, CELSIUS, FAHRENHEIT = ("temperature", "?"), ("temperature", "c"), ("temperature", "f")
HECTARE, ACRE = ("area", 1), ("area", 0.4047)
SQUARE_KM, SQUARE_MILE = ("area", 100), ("area", 258.999)
GRAM, OUNCE = ("mass", 0.001), ("mass", 0.02835)
YARD = ("length", 0.9144)
LITRE, GALLON = ("volume", 1), ("volume", 3.785)

# what a number word stands for besides a value
TIMES_TEN, PLUS_TEN, TIMES_HUNDRED, SCALE, AND = "x10", "+10", "x100", "scale", "and"


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Numerals:
    """Words for numbers and quantities in one language (lower-case), merged with :data:`GENERIC`'s by ``extend``."""

    # numbers in words
    words: Mapping[str, object] = field(default_factory=dict)
    """Number words: a value, or TIMES_TEN (« puluh »), PLUS_TEN (« belas »), TIMES_HUNDRED (« ratus », "hundred"),
    SCALE (« ribu », « mille », "thousand": its factor in ``word_scales``), AND (« et », "and" inside a number)."""
    word_scales: Mapping[str, float] = field(default_factory=dict)
    lone_scales: frozenset[str] = frozenset()
    """Words that alone are a vague amount (« millions », "thousand"), not a number."""
    one_words: frozenset[str] = frozenset()
    """Words for one that are articles as often (« un », "one"): they stand for a 1 on the other side only."""
    slash_scores: bool = False
    """A figure, a slash and a figure are two numbers, a score (Russian « со счетом 2/1 », the golf « 5/4 »), where the
    language writes no dates so."""
    compound_prefixes: Mapping[str, int] = field(default_factory=dict)
    """Numbers that open a compound word (Russian « двух- »: « двухметровый », two-metre; « пяти- »: « пятидневную »,
    five-day), read where the rest is a unit of ``units`` written after a hyphen (« -метровый ») or one of
    ``compound_counts``."""
    compound_counts: tuple[str, ...] = ()
    """Regular expressions of what, after one of ``compound_prefixes``, makes the word a count (« дневн », « летн »)."""
    one_scale_after: tuple[str, ...] = ()
    """Words after which a scale word of ``lone_scales`` counts one of it (Russian « свыше тысячи »: over a thousand,
    where « тысячи » alone is thousands)."""
    loose_words: frozenset[str] = frozenset()
    """Number words said loosely ("a couple": two or so): soft however they are used ("a couple of days", "the next
    couple of decades")."""
    unit_articles: tuple[str, ...] = ()
    """Articles that count one of the unit after them ("a mile away", "an inch"): soft, as a translation writes the
    converted figure (« 1,6 km ») or nothing."""
    one_articles: tuple[str, ...] = ()
    """Articles that count one decade or century ("a decade"), before one of ``singular_decades``."""
    singular_decades: tuple[str, ...] = ()
    vigesimal: bool = False
    """Twenty after four is eighty (« quatre-vingts »)."""
    scale_fillers: tuple[str, ...] = ()
    """Words between a number and its scale (« six autres millions »)."""

    # after digits
    scales: Mapping[str, float] = field(default_factory=dict)
    """Scale words after digits (« 20 ribu », « 3 milliards », "11m")."""
    glued_scales: frozenset[str] = frozenset()
    """Scale abbreviations that count only glued to the figure or after a currency ("11m", "£5k")."""
    ordinal_suffixes: tuple[str, ...] = ()
    """After digits: « 1er », « 2e », "2nd"."""
    day_words: Mapping[str, int] = field(default_factory=dict)
    """Words for a day before its month (Arabic « الأول من أكتوبر »: the first of October) -> the day."""
    day_suffixes: tuple[str, ...] = ()
    """Regular expressions after a day's number written before its month: « 1er janvier », « 8. Januar »."""
    month_day_suffixes: tuple[str, ...] = ()
    """After a day's number written after its month: "January 8th"."""
    approximate_suffixes: tuple[str, ...] = ()
    """After a number: about so many (« usia 40-an »: in their forties)."""

    # units and currencies
    units: Mapping[str, tuple] = field(default_factory=dict)
    """Unit as written (lower-case) -> (dimension, factor to the dimension's base unit)."""
    currencies_before: Mapping[str, str] = field(default_factory=dict)
    """A currency written before the figure (« Rp », "$") -> ISO 4217, lower-case."""
    currencies_after: Mapping[str, str] = field(default_factory=dict)
    """A currency written after the figure (« rupiah », « dollars ») -> ISO 4217, lower-case."""
    ambiguous_units: Mapping[str, tuple] = field(default_factory=dict)
    """A unit or currency as written -> what else it may measure (« ポンド »: pounds sterling, or pounds of weight;
    "pounds"): a comparison accepts either reading."""
    currency_joiners: tuple[str, ...] = ()
    """Regular expressions between a figure and its currency (« 5 millions de dollars »)."""

    # spans of time
    decades: Mapping[str, int] = field(default_factory=dict)
    """Words for a decade or a century -> the years in it (« dekade »: 10, "centuries": 100)."""
    durations: tuple[str, ...] = ()
    """Regular expressions of units of time counted in words (« tahun », « mois », "weeks"): a count of them is a
    figure, however it is written."""
    time_qualifiers: tuple[str, ...] = ()
    """Words between a count and its unit of time (« deux dernières décennies », "two past decades")."""
    hour_parts: Mapping[str, int] = field(default_factory=dict)
    """A part of an hour in words -> its minutes (« seperempat jam »: 15): read as the part of an hour (0.25, as
    « ربع ساعة » is) and its minutes (« 15分 »); soft."""
    centuries: Mapping[str, int] = field(default_factory=dict)
    """Words for a century -> its number (« القرن الحادي والعشرين »: 21); soft, as ordinals in words are, and standing
    for its first years too (« awal tahun 2000 », the early 2000s)."""
    decade_prefixes: tuple[str, ...] = ()
    """What stands before a decade written with two digits (« années 30 », "the '80s")."""
    decade_suffixes: tuple[str, ...] = ()
    """Regular expressions one of which must follow a decade's two digits (English "the 80s", "the '80s": "the 20
    members" is no decade); without them the suffix is optional (« les années 30 »)."""
    season_codes: tuple[str, ...] = ()
    """Letters glued before the last two digits of a year that name a season of it (fashion's « SS19 »: spring-summer
    2019)."""
    idioms: tuple[str, ...] = ()
    """Regular expressions of idioms that hold a number but count nothing ("100 percent certain": sure): a number
    inside one is soft, said or not by the other side."""
    decade_centuries: tuple[str, ...] = ()
    """Regular expressions after a decade that name its century in Roman numerals, in a group ``roman`` (« los años 30
    del siglo XX »: the 1930s)."""
    roman_prefixes: tuple[str, ...] = ()
    """Words before a Roman numeral that make it a century (« siglo XIX »)."""
    roman_ordinal_suffixes: tuple[str, ...] = ()
    """After a Roman numeral: a century (« XIXe siècle »)."""

    # times of day
    clock_prefixes: tuple[str, ...] = ()
    """Words before a time written h.mm or h:mm (« pukul 09.30 », "at 9:30")."""
    clock_words: tuple[str, ...] = ()
    """Words that make a bare number an hour (« pukul 9 »)."""
    hour_words: tuple[str, ...] = ()
    """Words after a bare hour (« 9 heures »), counted behind one of ``hour_prefixes``."""
    hour_prefixes: tuple[str, ...] = ()
    hour_letters: tuple[str, ...] = ()
    """A letter between hours and minutes (« 09h30 »)."""
    hour_periods: Mapping[str, bool] = field(default_factory=dict)
    """Words after an hour (digits or words, with or without ``hour_words``) that make it a time of day without a word
    before it (« 7 утра », « las 7 de la mañana », "six in the morning") -> whether they mean afternoon or evening."""
    day_periods: Mapping[str, bool] = field(default_factory=dict)
    """Words after an hour -> whether they mean afternoon or evening (12 hours added to an hour before 12)."""
    clock_periods: Mapping[str, bool] = field(default_factory=dict)
    """Like ``day_periods``, after any time written with digits ("9 pm", "9:30 a.m.")."""
    time_zones: tuple[str, ...] = ()

    # ranges and conversions
    range_words: tuple[str, ...] = ()
    """Between the two ends of a range: « 1 hingga 4 inci » (both are inches)."""
    bracket_words: tuple[str, ...] = ()
    """Opening a conversion in brackets: « 6 meter (sekitar 18 kaki) »."""
    and_words: tuple[str, ...] = ()
    """Joining the parts of one measure: « 6 kaki dan 6 inci »."""

    # words that count as ordinals or approximate amounts: reported only where the other side has another value
    soft_words: Mapping[str, float] = field(default_factory=dict)

    hyphenated_counts: bool = False
    """A lower-case word, a hyphen and digits are a word and a number ("a par-3 hole", "1-of-4", "under-21"), not a
    code such as « Covid-19 » or « F-16 »."""

    # scripts without spaces between words, and numerals written with characters (Chinese, Japanese)
    unspaced: bool = False
    """Words are written without spaces between them (Chinese, Japanese): a scale, unit, currency or counter follows
    a figure with no boundary (« 3万人 », « 80华氏度 »), and a month or a weekday needs none around it."""
    ideographic_digits: Mapping[str, int] = field(default_factory=dict)
    """Characters for the digits (« 〇 », « 一 » ... « 九 », « 两 »): « 二〇二二 » is 2022, « 三 » is 3."""
    ideographic_units: Mapping[str, int] = field(default_factory=dict)
    """Characters that multiply the digit before them within a group of four (« 十 », « 百 », « 千 »)."""
    ideographic_scales: Mapping[str, float] = field(default_factory=dict)
    """Characters for the myriads (« 万 », « 亿 », « 億 », « 兆 »): « 二十万 » is 200,000."""
    vague_before: tuple[str, ...] = ()
    """Before a number in characters, words that make it a vague amount (« 数千 », « 几十 »: several thousand)."""
    vague_after: tuple[str, ...] = ()
    """After a number in characters, words that make it vague (« 十几 »: ten-odd)."""
    not_numbers: tuple[str, ...] = ()
    """Words that begin with a numeral character but are not numbers (« 十分 »: very; « 万一 »: in case)."""
    ordinal_prefixes: tuple[str, ...] = ()
    """Before a number: an ordinal (« 第3 », « 第三 »)."""
    percent_prefixes: tuple[str, ...] = ()
    """Before a number: a percentage (« 百分之二十 »: 20 %)."""
    unit_prefixes: Mapping[str, tuple] = field(default_factory=dict)
    """Before a number: what it measures, whatever unit follows (« 華氏80度 »: 80 °F)."""
    counters: tuple[str, ...] = ()
    """Regular expressions of counters after a small figure: with 1 it is a word for one (« 1人 », « 1週間 »: an
    Indonesian « seorang », « seminggu »), which stands for a 1 on the other side only; with 2 to 10 a small count
    (« 2人 », « 3つ »), soft as « les deux » is."""
    per_hour_prefixes: tuple[str, ...] = ()
    """Before a number: a length after it is a speed (« 时速200公里 », « 每小时 85 英里 », « 時速40マイル »)."""
    scale_infixes: tuple[str, ...] = ()
    """Between a figure and its scale: about that many (« 550多万 »: more than 5.5 million)."""
    fraction_marks: tuple[str, ...] = ()
    """Between the denominator and the numerator of a fraction written before it (« 五分之一 »: a fifth, 20 %)."""
    decade_marks: tuple[str, ...] = ()
    """Regular expressions after a decade's two digits (« 80年代 », « 八十年代 »: the 1980s)."""
    century_marks: tuple[str, ...] = ()
    """Regular expressions after a century's number before a decade (« 20世纪30年代 »: the 1930s)."""
    second_marks: tuple[str, ...] = ()
    """After the seconds of a time in minutes and seconds (« 3分35秒 » is the 3:35 of a match)."""
    ymd_marks: tuple[str, ...] = ()
    """Regular expressions after a year, a month and a day written with numbers (« 2022年1月8日 »: 年, 月, 日)."""
    hour_marks: tuple[str, ...] = ()
    """Regular expressions after the hour of a time written with numbers (« 7時 », « 3点 »)."""
    minute_marks: tuple[str, ...] = ()
    """After the minutes of such a time (« 7時55分 »)."""
    half_hour: tuple[str, ...] = ()
    """After the hour: half past (« 3点半 »)."""
    clock_periods_before: Mapping[str, bool] = field(default_factory=dict)
    """Words before a time -> whether they mean afternoon or evening (« 午後3時 », « 下午3点 »)."""
    glued_joiners: tuple[str, ...] = ()
    """Joiners glued to the next number word: Arabic « خمسة وعشرون » (25), units before tens."""
    proclitics: tuple[str, ...] = ()
    """Letters glued before a number word (Arabic « و », « ب », « ال »: « والثلاثة » is "and the three")."""

    def __post_init__(self):
        for f in fields(self):  # frozen all the way down: tables are shared by every audit of a process
            value = getattr(self, f.name)
            if isinstance(value, Mapping) and not isinstance(value, MappingProxyType):
                object.__setattr__(self, f.name, _frozen(value))
            elif isinstance(value, (set, list)):
                object.__setattr__(self, f.name, (frozenset if f.type.startswith("frozenset") else tuple)(value))

    def extend(self, **changes) -> "Numerals":
        """These tables with ``changes`` added: mappings merged (the change wins), tuples and sets joined, other
        values replaced."""
        out = {}
        for f in fields(self):
            if f.name not in changes:
                continue
            old, new = getattr(self, f.name), changes.pop(f.name)
            if isinstance(old, Mapping):
                new = _frozen({**old, **new})
            elif isinstance(old, tuple):
                new = tuple(dict.fromkeys(old + tuple(new)))
            elif isinstance(old, frozenset):
                new = old | frozenset(new)
            out[f.name] = new
        if changes:
            raise TypeError(f"unknown fields of Numerals: {', '.join(changes)}")
        return replace(self, **out)


GENERIC = Numerals(
    scales={"mln": 1e6, "mrd": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3},
    glued_scales={"m", "k"},
    # English ordinal suffixes stay in translations of English news of every language (« abad ke-125th »)
    ordinal_suffixes=("st", "nd", "rd", "th"),
    day_suffixes=(r"\.",),
    month_day_suffixes=("st", "nd", "rd", "th"),
    units={"%": PERCENT, "pct": PERCENT, "km": KM, "m": METRE, "cm": CM, "mm": MM, "ft": FOOT, "kg": KG,
           "lb": POUND, "lbs": POUND, "km/h": KMH, "kph": KMH, "mph": MPH, "°c": CELSIUS, "°f": FAHRENHEIT,
           "ha": HECTARE},
    currencies_before={"rp": "idr", "rp.": "idr", "idr": "idr", "us$": "usd", "$": "usd", "usd": "usd", "€": "eur",
                       "eur": "eur", "£": "gbp", "gbp": "gbp", "¥": "jpy", "rm": "myr", "s$": "sgd", "a$": "aud"},
    currencies_after={"£": "gbp", "€": "eur", "$": "usd", "usd": "usd", "eur": "eur"},
    clock_periods={"a.m.": False, "p.m.": True, "am": False, "pm": True},
    time_zones=("WIB", "WITA", "WIT", "GMT", "UTC", "BST", "EST", "EDT", "PST", "PDT", "CET", "CEST"),
    range_words=("-", "–", "—"),
    # fashion's seasons, kept as they are in news of every language: "their SS19 collection", « коллекции SS19 »
    season_codes=("SS", "AW", "FW"),
)
"""What news of every language writes alike: unit symbols, currency signs and codes, scale abbreviations (11m, 5bn),
a.m. and p.m., English ordinal suffixes (2nd, 125th), time zones."""
