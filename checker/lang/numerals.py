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
    decade_prefixes: tuple[str, ...] = ()
    """What stands before a decade written with two digits (« années 30 », "the '80s")."""
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
)
"""What news of every language writes alike: unit symbols, currency signs and codes, scale abbreviations (11m, 5bn),
a.m. and p.m., English ordinal suffixes (2nd, 125th), time zones."""
