"""Numbers, dates and quantities in a sentence, with their spans and a normalised value.

What a language writes comes from the language layer (checker/lang: its :class:`~checker.lang.numerals.Numerals`
and CLDR's calendar and separators); this module holds the rules, the same for every language:

- digits with the locale's grouping and decimal separators: « 20.000 » and « 3,5 » in Indonesian, « 20 000 » (ordinary,
  no-break or narrow no-break spaces) and « 3,5 » in French, « 20,000 » and « 3.5 » in English, with scale words
  (ribu, juta, miliar; mille, million, milliard; thousand, million, billion; 11m, 5bn);
- number words (enam, dua puluh ribu; six, vingt mille, quatre-vingt-dix; six, twenty thousand);
- percentages, currencies (Rp, $, US$, €, £, USD, tenge, ...) and units (km, mil, mph, kg, ...), with the conversions
  translators make (a mile is 1.6 km);
- numeric ordinals (1er, 2e, 2nd, ke-2);
- dates with month names from CLDR (babel) in each locale (8 janvier, 8 Januari, January 8), Indonesian shorthand
  (Jumat (7/1), (7/1/2022)), weekdays, months alone, times of day (pukul 09.30 WIB, 09h30, 9:30 a.m.);
- any script's digits: full-width (２０２２), Arabic-Indic and Eastern Arabic-Indic (٢٠٢٢, ۲۰۲۲) with the separators of
  their CLDR numbering system (٢٠٬٠٠٠, ٣٫٥);
- numerals written with characters and their myriads (二十万, 两千, 3万, 1.5億, 二〇二二), dates with year, month and
  day marks (2022年1月8日, 九月三十日), times (午後3時, 下午3点半), and units, scales and currencies glued to the figure
  in scripts without spaces (310万人, 80华氏度, 2000亿美元);
- unit and currency names in every plural form from CLDR (babel) besides the language's own tables.

Everything is found in a folded form of the text (NFC; digits of every script as ASCII digits; full-width forms as
ASCII; Arabic tatweel, vowel marks and direction marks left out) and pointed back at the text as read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from .document import nfc_with_offsets
from .lang import Language, language, normalise_code
from .lang.numerals import FOOT, INCH, PERCENT, Numerals

NUMBER, DATE, WEEKDAY, MONTH, TIME = "number", "date", "weekday", "month", "time"
DECADE, FRACTION = "decade", "fraction"  # patterns that give a number
PER_HOUR = "per hour"


@dataclass(frozen=True)
class Quantity:
    kind: str
    """number, date (month, day), weekday (0 = Monday), month (1-12) or time (minutes after midnight)."""
    value: float | tuple
    start: int
    end: int
    text: str
    unit: str | None = None
    """The unit as written, lower-cased (km, mil, inches, %, ...), a currency's ISO code (usd, idr), "ordinal", or
    None for a bare number."""
    soft: bool = False
    """A small count in words ("dua", "les deux", "kedua", "une quarantaine", "deuxième"), a weekday, or a
    conversion in brackets ("6 meter (18 kaki)"): translators add and drop these freely, so one is only reported when the other side has a different value
    in its place."""
    alt: float | None = None
    """Another reading of an ambiguous figure: "1,127" in an Indonesian text written the English way is 1127."""
    match_only: bool = False
    """A word for one ("un", "one", "satu"): an article as often as a number, so it can stand for a 1 on the other
    side but is never reported itself."""
    measure: tuple | None = None
    """What the unit measures and its factor to the dimension's base unit (("length", 1609.34) for a mile), or
    ("currency", code); None for a bare number or an ordinal."""
    alt_measure: tuple | None = None
    """What else the unit may measure (« ポンド », "pounds": money, or a weight): a comparison accepts either."""


# --- folding: what every script writes alike ------------------------------------------------------------------------

_DROPPED = frozenset(map(chr, [0x0640, *range(0x064B, 0x0660), 0x0670, 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                               *range(0x2066, 0x206A)]))
"""Left out of the folded text: Arabic tatweel and vowel marks, direction marks and embeddings."""
_MARKS = frozenset(map(chr, [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
_FOLDED = {"\u3000": " ", "٪": "%"}
"""One character for another: the ideographic space, the Arabic percent sign. The full-width comma stays: « 3，5 » in
Chinese is two numbers, not three and a half."""


_FEET_INCHES = re.compile(r"-(\d{1,2})(?![\d\w])")
_DEGREE = re.compile(r"º(?=[CF](?![^\W\d_]))")
_ARABIC_GROUPS = re.compile(r"(?<=\d)،(?=\d{3}(?!\d))")


def _fold(norm: str, offsets: list[int], separators: dict[str, str]) -> tuple[str, list[int]]:
    """``norm`` with digits of every script as ASCII digits, full-width forms as ASCII (« ２０％ » is « 20% »), the
    other numbering systems' separators as the language's (``separators``: CLDR, « ٫ » and « ٬ »), and the characters
    of :data:`_DROPPED` left out; ``offsets`` follow, so a match still points at the text as read."""
    if norm.isascii():
        return norm, offsets
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(norm):
        if ch in _DROPPED:
            continue
        code = ord(ch)
        if code < 0x80:
            pass
        elif 0xFF01 <= code <= 0xFF5E and code != 0xFF0C:
            ch = chr(code - 0xFEE0)
        elif ch.isdecimal():
            ch = str(unicodedata.decimal(ch))
        elif ch in separators:
            ch = separators[ch]
        else:
            ch = _FOLDED.get(ch, ch)
        out.append(ch)
        offs.append(offsets[i])
    offs.append(offsets[len(norm)])
    folded = "".join(out)
    if "º" in folded:  # « 27 ºC »: the ordinal indicator for the degree sign
        folded = _DEGREE.sub("°", folded)
    if "،" in folded:  # « 30،000 »: the Arabic comma between groups of digits
        folded = _ARABIC_GROUPS.sub(",", folded)
    return folded, offs


def fold(text: str) -> str:
    """The folded form of a word of a table (what :func:`extract` matches against)."""
    text = unicodedata.normalize("NFC", text)
    return _fold(text, list(range(len(text) + 1)), {})[0]


def _fold_numerals(n: Numerals) -> Numerals:
    """A language's tables with every word folded as the text is (Arabic « آلاف » is matched as « الاف »)."""
    changes = {}
    for f in fields(n):
        value = getattr(n, f.name)
        if isinstance(value, Mapping):
            changes[f.name] = {fold(k) if isinstance(k, str) else k: v for k, v in value.items()}
        elif isinstance(value, tuple):
            changes[f.name] = tuple(fold(v) for v in value)
        elif isinstance(value, frozenset):
            changes[f.name] = frozenset(fold(v) for v in value)
    return replace(n, **changes)


# --- the patterns of one language ----------------------------------------------------------------------------------

_SP = r"[ \u00a0\u202f]"
_DIGITS = (r"(?<![\d/])(?<!\d[.,])(?:\d{1,3}(?:(?:[.,]|" + _SP + r")\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d/])")


def _alternatives(words, escape: bool = True) -> str:
    """One regular expression that matches any of ``words``, the longest first; one that never matches for none."""
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(map(re.escape, words) if escape else words) or "(?!)"


def _optional(pieces) -> str:
    return "(?:" + "|".join(pieces) + ")?" if pieces else ""


@dataclass(frozen=True)
class _Tables:
    """A language's patterns, compiled once (see :func:`_tables`)."""

    lang: Language
    numerals: Numerals
    """The language's tables, folded."""
    patterns: list
    periods: dict
    currencies_before: list
    ordinal: re.Pattern | None
    scale: re.Pattern | None
    unit: re.Pattern
    joiner: re.Pattern | None
    words: re.Pattern | None
    times: re.Pattern | None
    duration: re.Pattern | None
    fillers: re.Pattern | None
    articles: re.Pattern | None
    soft: re.Pattern | None
    approximate: re.Pattern | None
    roman: re.Pattern | None
    decade: re.Pattern | None
    decade_century: re.Pattern | None
    season: re.Pattern | None
    compound_word: re.Pattern | None
    compound_rest: re.Pattern | None
    one_scale: re.Pattern | None
    idioms: re.Pattern | None
    range: re.Pattern
    bracket: re.Pattern
    joined: re.Pattern
    months: dict
    weekdays: dict
    ambiguous_months: dict
    units: dict
    currencies_after: dict
    separators: dict
    ideographic: re.Pattern | None
    """A run of numeral characters (« 二十万 »)."""
    compound: re.Pattern | None
    """Digits and a smaller myriad after a myriad (« 1億2000万 »)."""
    prefixes: re.Pattern | None
    """Ordinal, percent and unit prefixes, at the end of the text before a number (« 第 », « 百分之 », « 華氏 »)."""
    prefix_kinds: dict
    """Each prefix -> (unit, measure): ("ordinal", None), ("%", PERCENT), or a unit's."""
    vague: re.Pattern | None
    not_numbers: tuple
    counter: re.Pattern | None
    ambiguous_units: dict
    unit_article: re.Pattern | None


def _boundaries(n) -> tuple[str, str]:
    """What must not stand before and after a word: a letter, in scripts that write spaces between words; nothing in
    those that do not, but a Latin letter there too (« 190 miles » in Japanese is not « 190 m »)."""
    return ("", r"(?![A-Za-z])") if n.unspaced else (r"(?<![\w])", r"(?![\w])")  # 190 miles: not « 190 m »


@lru_cache(maxsize=None)
def _tables(code: str) -> _Tables:
    lang = language(code)
    n = _fold_numerals(lang.numerals)
    months = {fold(k): v for k, v in lang.months.items()}
    days = {fold(k): v for k, v in lang.weekdays.items()}
    start, end = _boundaries(n)
    gap = _SP + ("*" if n.unspaced else "+")
    month = r"(?P<month>" + _alternatives(months) + r")" + end
    year = r"(?:,?" + _SP + r"+(?P<year>\d{4}))?(?!\d)"
    zones = r"(?:" + _alternatives(n.time_zones) + r")"
    clock_periods = r"(?P<ampm>" + _alternatives(n.clock_periods) + r")" + end
    day_periods = _alternatives(n.day_periods)
    letters = "".join("|" + _SP + r"?" + re.escape(h) + _SP + r"?(?P<m2>\d{2})?" for h in n.hour_letters[:1])
    # no letter after a time, unless it opens a clock period ("5.30pm")
    after_time = r"(?!\d)" if n.unspaced else r"(?!\d)(?!(?!" + _alternatives(n.clock_periods) + r")\w)"
    ideo_digits = "".join(n.ideographic_digits)
    ideo_all = ideo_digits + "".join(n.ideographic_units) + "".join(n.ideographic_scales)
    small = r"\d{1,2}" + (r"|[" + ideo_digits + "".join(n.ideographic_units) + r"]{1,3}" if ideo_digits else "")
    flags = re.IGNORECASE  # English capitals are checked after the match (Language.months_capitalised)
    patterns = []
    if n.ymd_marks:  # 2022年1月8日, 2018 年 9 月 30 日, 九月三十日, 1月
        y, mo, d = n.ymd_marks
        patterns.append((DATE, re.compile(r"(?:(?P<year>\d{4}|[" + ideo_digits + r"]{4})" + _SP + "*" + y + _SP
                                          + r"*)?(?<![\d.])(?P<mon>" + small + r")" + _SP + "*" + mo + r"(?:" + _SP
                                          + r"*(?P<day>" + small + r")" + _SP + "*" + d + r")?")))
    if n.decade_marks:  # 80年代, 上世纪八十年代, 20 世纪 30 年代
        century = r"(?:(?P<c>\d{1,2}" + (r"|[" + ideo_all + r"]{1,3}" if ideo_all else "") + r")" + _SP + r"*(?:" + "|".join(n.century_marks or ["(?!)"]) \
            + r")" + _SP + r"*)?"
        patterns.append((DECADE, re.compile(century + r"(?<![\d.])(?P<yy>\d0" + (r"|[" + ideo_all + r"]{1,3}" if ideo_all else "") + r")" + _SP + r"*(?:"
                                            + "|".join(n.decade_marks) + r")")))
    if n.fraction_marks:  # 五分之一: a fifth
        patterns.append((FRACTION, re.compile(r"(?P<den>\d+|[" + ideo_all + r"]+)(?:" + "|".join(n.fraction_marks)
                                              + r")(?P<num>\d+|[" + ideo_all + r"]+)")))
    patterns += [
        (DATE, re.compile(r"(?:(?<=\()|(?<=" + _SP + r"\()|(?<=,)" + _SP + r"?)(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                          r"(?:/(?P<year>\d{2,4}))?(?=\)|,)")),
        (DATE, re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2,4})(?![\d/])")),
        (DATE, re.compile(r"(?<!\d)(?<!\d[-–])(?P<day>\d{1,2})" + _optional(n.day_suffixes) + gap + month + year,
                          flags)),  # « 4-1 de febrero » is a score in February
        (DATE, re.compile(start + r"(?P<dayword>" + _alternatives(n.day_words) + r")" + _optional(n.day_suffixes)
                          + gap + month + year, flags)),  # « الأول من أكتوبر »
        (DATE, re.compile(month + _SP + r"*(?P<day>\d{1,2})" + _optional(map(re.escape, n.month_day_suffixes))
                          + r"(?!\d|[.,]\d)" + year, flags)),  # « im Juli 2,7 Prozent »
        (MONTH, re.compile(start + month + year, flags)),
        (WEEKDAY, re.compile(("" if n.unspaced else r"(?<![\w'])") + r"(?P<weekday>" + _alternatives(days) + r")"
                             + ("" if n.unspaced else r"(?![\w'])"), re.IGNORECASE)),
    ]
    before = r"(?:(?P<pre>" + _alternatives(n.clock_periods_before) + r")" + _SP + r"*)?" \
        if n.clock_periods_before else ""
    patterns.append((TIME, re.compile(before + r"(?<![\d.,])(?P<h>\d{1,2})(?::(?P<m1>\d{2})" + letters
                                      + r"|\.(?P<m3>\d{2})(?=" + _SP + r"*(?:" + zones + "|" + _alternatives(n.clock_periods)
                                      + r")))" + after_time + r"(?:"
                                      + _SP + r"*" + clock_periods + r")?")))
    if n.second_marks:  # 3分35秒: the 3:35 of a match
        patterns.append((TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})" + _SP + r"*(?:" + "|".join(n.minute_marks)
                                          + r")" + _SP + r"*(?P<m2>\d{1,2})" + _SP + r"*(?:" + "|".join(n.second_marks)
                                          + r")")))
    if n.hour_marks:  # 午後3時, 7時55分, 下午3点半, 早上 5 点
        patterns.append((TIME, re.compile(before + r"(?<![\d.,])(?P<h>" + small + r")" + _SP + r"*(?:"
                                          + "|".join(n.hour_marks) + r")(?:" + _SP + r"*(?P<m2>\d{1,2}|[" + ideo_all
                                          + r"]{1,3})" + _SP + r"*(?:" + "|".join(n.minute_marks or ["(?!)"])
                                          + r")|(?P<half>" + _alternatives(n.half_hour) + r"))?")))
    if n.clock_prefixes:
        patterns.append((TIME, re.compile(r"(?:" + _alternatives(n.clock_prefixes) + r")" + _SP
                                          + r"+(?P<h>\d{1,2})[.:](?P<m1>\d{2})(?![\d])", re.IGNORECASE)))
    if n.hour_words and n.hour_prefixes:
        behind = "|".join(r"(?<=" + re.escape(p) + " )" for p in n.hour_prefixes)
        patterns.append((TIME, re.compile(r"(?:" + behind + r")(?P<h>\d{1,2})" + _SP + r"(?:"
                                          + _alternatives(n.hour_words) + r")(?:" + _SP + r"(?P<m2>\d{2}))?(?:"
                                          + _SP + r"(?P<ampm>" + day_periods + r"))?" + end, re.IGNORECASE)))
    patterns.append((TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})" + _SP + r"*" + clock_periods)))
    # the words for an hour, 1 to 12: numbers (« enam », « una »), and ordinals (« السادسة ») after a clock word
    hours = [w for w, v in n.words.items() if isinstance(v, (int, float)) and 1 <= v <= 12]
    hour_ordinals = [w for w, v in n.soft_words.items() if isinstance(v, (int, float)) and 1 <= v <= 12]
    if n.hour_periods:  # « 7 утра », « las 7 de la mañana », « a la una de la tarde », "six in the morning"
        patterns.append((TIME, re.compile(r"(?<![\w\d.,])(?:(?P<h>\d{1,2})(?:[.:](?P<m1>\d{2}))?|(?P<hw>"
                                          + _alternatives(hours)
                                          + r"))(?:" + _SP + r"+(?:"
                                          + _alternatives(n.hour_words) + r"))?" + _SP + r"+(?P<ampm>"
                                          + _alternatives(n.hour_periods) + r")(?![\w])", re.IGNORECASE)))
    if n.clock_words:  # « pukul 6 », « pukul 6 pagi »; in words with the part of the day only: « pukul enam pagi »,
        # « الساعة السادسة صباحا » (the hour an ordinal)
        proclitic = r"(?:" + _alternatives(n.proclitics) + r")?" if n.proclitics else ""
        patterns.append((TIME, re.compile(r"(?:" + _alternatives(n.clock_words) + r")" + _SP
                                          + r"+(?:(?P<h>\d{1,2})(?![\d.,:])(?:" + _SP + r"+(?P<ampm>" + day_periods
                                          + r")" + end + r")?|" + proclitic + r"(?P<hw>"
                                          + _alternatives(hours + hour_ordinals) + r")" + _SP + r"+(?P<ampm2>"
                                          + day_periods + r")" + end + r")", re.IGNORECASE)))
    periods = {fold(k.lower()): v for k, v in {**n.clock_periods, **n.day_periods, **n.clock_periods_before,
                                              **n.hour_periods}.items()}

    between = r"(?:\s+(?:" + _alternatives(n.time_qualifiers) + r"))?" if n.time_qualifiers else ""
    times = re.compile(between + r"\s+(" + _alternatives(n.decades) + r")(?![\w])", re.IGNORECASE) \
        if n.decades else None
    duration = re.compile(between + r"\s+(?:" + "|".join(n.durations) + r")(?![\w])", re.IGNORECASE) \
        if n.durations else None

    cldr_units, cldr_prefixes = lang.cldr_units
    cldr_after, cldr_before = lang.cldr_currencies
    units_table = {fold(k): v for k, v in {**cldr_units, **n.units}.items()}
    currencies_after = {fold(k): v for k, v in {**cldr_after, **n.currencies_after}.items()}
    currencies_before = {fold(k): v for k, v in {**cldr_before, **n.currencies_before}.items()}
    for word in currencies_after:
        units_table.pop(word, None)  # « pfund », « ポンド »: the package says it is money
    units = [u for u in list(units_table) + list(currencies_after) if u != "%"]
    scale_words = {w.lower(): f for w, f in n.scales.items()}
    number_words = [w for w, v in n.words.items() if v != "and"]
    joiners = [w for w, v in n.words.items() if v == "and"]
    glued = r"|(?:" + _alternatives(n.glued_joiners) + r")(?=\w)" if n.glued_joiners else ""
    sep = r"(?:[\s-]+(?:(?:" + "|".join(joiners) + r")[\s-]+" + glued + r")?)" if joiners or glued else r"[\s-]+"
    word = r"(?:" + _alternatives(number_words) + r")"
    proclitics = r"(?:" + _alternatives(n.proclitics) + r")?" if n.proclitics else ""
    prefixes = {**{fold(p): ("ordinal", None) for p in n.ordinal_prefixes},
                **{fold(p): ("%", PERCENT) for p in n.percent_prefixes},
                **{fold(p.lower()): (p.lower(), m) for p, m in {**cldr_prefixes, **n.unit_prefixes}.items()},
                **{fold(p): (PER_HOUR, None) for p in n.per_hour_prefixes}}
    myriads = [w for w in scale_words if w[-1:] in n.ideographic_scales]
    return _Tables(
        lang=lang, numerals=n, patterns=patterns, periods=periods,
        currencies_before=sorted(currencies_before.items(), key=lambda kv: -len(kv[0])),
        ordinal=re.compile(r"(?:" + "|".join(map(re.escape, n.ordinal_suffixes)) + r")(?![\w])")
        if n.ordinal_suffixes else None,
        scale=re.compile(r"(?:" + _SP + r"?)" + (r"(?:" + _alternatives(n.scale_infixes) + r")?" if n.scale_infixes
                                                  else "") + r"(" + _alternatives(scale_words) + r")" + end,
                         re.IGNORECASE) if scale_words else None,
        unit=re.compile(r"(?:" + _SP + r"?" + ("" if n.unspaced else "|-") + r")(%|" + _alternatives(units) + r")" + end,
                        re.IGNORECASE),  # "a two-foot brim", "a 5-mile run"
        joiner=re.compile(r"(?:" + "|".join(n.currency_joiners) + r")") if n.currency_joiners else None,
        # « four-day », "six-month": a count glued to its unit of time by a hyphen
        words=re.compile(r"(?<![\w-])" + proclitics + r"(?P<num>" + word + r"(?:" + sep + word + r")*)(?![\w])(?!-"
                         + r"(?!(?:" + "|".join(list(n.durations) + [re.escape(u) for u in units if u[:1].isalpha()])
                         + r")(?![\w]))" + r")",
                         re.IGNORECASE) if number_words else None,
        times=times, duration=duration,
        fillers=re.compile(r"\s+(?:" + _alternatives(n.scale_fillers) + r")\s+(" + _alternatives(n.word_scales)
                           + r")(?![\w])", re.IGNORECASE) if n.scale_fillers else None,
        articles=re.compile(r"(?<![\w])(?:" + _alternatives(n.one_articles) + r")(?=\s+(?:"
                            + _alternatives(n.singular_decades) + r")(?![\w]))", re.IGNORECASE)
        if n.one_articles and n.singular_decades else None,
        # with an enclitic of the language: « keduanya » (both of them, or its second), « ketiganya »
        soft=re.compile(("" if n.unspaced else r"(?<![\w-])") + proclitics + r"(?P<num>"
                        + _alternatives({**n.soft_words, **n.centuries, **n.hour_parts}) + r")"
                        + ("" if n.unspaced else r"(?:" + _alternatives(lang.clitics) + r")?(?![\w])"),  # fifth-floor
                        re.IGNORECASE) if n.soft_words or n.centuries or n.hour_parts else None,
        approximate=re.compile(r"(?:" + _alternatives(n.approximate_suffixes) + r")" + end)
        if n.approximate_suffixes else None,
        roman=re.compile("|".join(
            ([r"(?<![\w])(?P<roman>[IVXLC]+)(?:" + "|".join(map(re.escape, n.roman_ordinal_suffixes)) + r")(?![\w])"]
             if n.roman_ordinal_suffixes else [])
            + ([r"(?<![\w])(?:" + _alternatives(n.roman_prefixes) + r")" + _SP + r"+(?P<roman2>[IVXLC]+)(?![\w])"]
               if n.roman_prefixes else []))) if n.roman_ordinal_suffixes or n.roman_prefixes else None,
        decade=re.compile(r"(?:" + "|".join(r"(?<=" + re.escape(p[:-1] + sp) + r")" if p.endswith(" ") else
                                            r"(?<=" + re.escape(p) + r")"
                                            for p in n.decade_prefixes for sp in " \u00a0\u202f")
                          + r")(?P<yy>\d0)" + (r"(?:" + "|".join(n.decade_suffixes) + r")" if n.decade_suffixes
                                                 else r"(?:'?s)?") + r"(?![\d\w])(?![.,]\d)")
        if n.decade_prefixes else None,
        decade_century=re.compile("|".join(n.decade_centuries), re.IGNORECASE) if n.decade_centuries else None,
        season=re.compile(r"(?<![\w])(?:" + _alternatives(n.season_codes) + r")(?P<yy>\d{2})(?![\w])")
        if n.season_codes else None,
        one_scale=re.compile(r"(?<![\w])(?:" + _alternatives(n.one_scale_after) + r")" + _SP + r"+$", re.IGNORECASE)
        if n.one_scale_after else None,
        compound_word=re.compile(r"(?<![\w-])(?P<num>" + _alternatives(n.compound_prefixes) + r")(?P<rest>[^\W\d_]{3,})",
                                 re.IGNORECASE) if n.compound_prefixes else None,
        compound_rest=re.compile(r"(?:" + "|".join(n.compound_counts) + r")", re.IGNORECASE) if n.compound_counts
        else re.compile(r"(?!)"),
        idioms=re.compile(r"(?<![\w])(?:" + "|".join(n.idioms) + r")(?![\w])", re.IGNORECASE) if n.idioms else None,
        range=re.compile(r"\s*(?:" + _alternatives(n.range_words) + r")\s*", re.IGNORECASE),
        bracket=re.compile(r"\s*[(\[（]\s*(?:" + _alternatives(n.bracket_words) + r"|)\s*"),
        joined=re.compile(r"\s*(?:" + _alternatives(n.and_words) + r")?\s*"),
        months=months, weekdays=days,
        ambiguous_months={fold(k): re.compile(r"(?:" + p + r")" + _SP + r"*$") for k, p in lang.ambiguous_months.items()},
        units=units_table, currencies_after=currencies_after,
        separators=lang.numbering_separators,
        ideographic=re.compile(r"[" + ideo_all + r"]+") if ideo_all else None,
        compound=re.compile(r"(?P<sp>" + _SP + r"*)(?P<fig>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:" + _SP
                            + r"*(?P<scale>" + _alternatives(scale_words) + r"))?") if myriads else None,
        prefixes=re.compile(r"(?:" + _alternatives(prefixes) + r")" + _SP + r"?$", re.IGNORECASE) if prefixes else None,
        prefix_kinds=prefixes,
        vague=re.compile(r"(?:" + _alternatives(n.vague_before) + r")$") if n.vague_before else None,
        not_numbers=tuple(sorted(n.not_numbers, key=len, reverse=True)),
        counter=re.compile(_SP + r"*(?:" + "|".join(n.counters) + r")") if n.counters else None,
        ambiguous_units={k.lower(): v for k, v in n.ambiguous_units.items()},
        unit_article=re.compile(r"(?<![\w])(?<!half )(?:" + _alternatives(n.unit_articles) + r")(?=" + _SP + r"(?:"
                                + _alternatives(u for u in units_table if len(u) >= 3 and u.isalpha()) + r")(?![\w]))",
                                re.IGNORECASE) if n.unit_articles else None,
    )


def _parse_digits(s: str, lang: Language) -> float | None:
    """A figure's value by the language's decimal symbol (CLDR); where CLDR does not know the language, groups of
    three digits after one separator are thousands."""
    decimal = lang.decimal_symbol
    s = re.sub(_SP, " ", s)
    if " " in s:
        head, _, tail = s.partition("." if decimal == "." else ",")
        s = head.replace(" ", "") + ("." + tail if tail else "")
        try:
            return float(s)
        except ValueError:
            return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        other = "," if dec == "." else "."
        s = s.replace(other, "").replace(dec, ".")
    elif dots or commas:
        sep = "." if dots else ","
        groups = s.split(sep)
        thousands_sep = "," if decimal == "." else "."
        if len(groups) > 2 or (all(len(g) == 3 for g in groups[1:]) and (sep == thousands_sep or decimal is None)):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


def _other_reading(figure: str, value: float, lang: Language) -> float | None:
    """A figure with one separator before three digits reads two ways: « 1,127 » where the decimal symbol is a comma
    may be written the English way (1127 as well as 1.127), and « 20.000 » where it is a period may be written the
    Indonesian way (Arabic news writes both)."""
    sep = lang.decimal_symbol
    if sep not in (",", "."):
        return None
    m = re.fullmatch(r"(\d{1,3})" + re.escape(sep) + r"(\d{3})", figure)
    if not m:
        return None
    whole = float(m.group(1) + m.group(2))
    return whole if value != whole else float(m.group(1) + "." + m.group(2))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract(text: str, lang: str | None) -> list[Quantity]:
    """The quantities of ``text`` (written in ``lang``) in the order they appear, offsets into ``text``."""
    t = _tables(normalise_code(lang))
    n = t.numerals
    norm, offsets = nfc_with_offsets(text)
    norm, offsets = _fold(norm, offsets, t.separators)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(kind, value, s, e, unit=None, soft=False, match_only=False, alt=None, measure=None, other=None):
        rs, re_ = offsets[s], offsets[e]
        while re_ > rs and text[re_ - 1] in _MARKS:
            re_ -= 1  # a direction mark left out after the match is not part of it
        found.append(Quantity(kind, value, rs, re_, text[rs:re_], unit, soft, alt, match_only, measure, other))
        taken.append((s, e))

    months, days = t.months, t.weekdays
    for kind, pat in t.patterns:
        for m in pat.finditer(norm):
            if _overlaps(taken, m.start(), m.end()):
                continue
            g = m.groupdict()
            if kind == DECADE:  # 80年代: the 1980s; 20世纪30年代: the 1930s
                yy, c = _small_value(g["yy"], n), _small_value(g.get("c"), n)
                if yy is None or yy % 10 or yy >= 100 or (g.get("c") and not c):
                    continue
                add(NUMBER, float((c - 1) * 100 + yy if c else 1900 + yy), m.start(), m.end())
                continue
            if kind == FRACTION:  # 五分之一: 20 %; « satu dari lima » says it too: it stands for a 20 % only
                den, num = _small_value(g["den"], n), _small_value(g["num"], n)
                if not den or not num or num >= den:
                    continue
                add(NUMBER, round(100.0 * num / den, 1), m.start(), m.end(), "%", True, True, measure=PERCENT)
                # and its two numbers, which a translation may keep (« 1 dari 4 pemain », « 4人中1人 »)
                add(NUMBER, float(den), m.start("den"), m.end("den"), None, True)
                add(NUMBER, float(num), m.start("num"), m.end("num"), None, True, num == 1)
                continue
            if kind == DATE and g.get("mon") is not None:  # 2022年1月8日, 九月三十日, 1月
                mon = _small_value(g["mon"], n)
                day = _small_value(g["day"], n) if g.get("day") else None
                if not mon or not 1 <= mon <= 12 or (day is not None and not 1 <= day <= 31):
                    continue
                if day is None:
                    add(MONTH, mon, m.start("mon"), m.end())
                else:
                    add(DATE, (mon, day), m.start("mon"), m.end())
                if g.get("year"):
                    add(NUMBER, float(_small_value(g["year"], n) or 0), m.start("year"), m.end("year"))
                continue
            if kind == DATE and g.get("a") is not None:
                a, b = int(g["a"]), int(g["b"])
                if t.lang.month_first:
                    a, b = b, a  # month/day
                if not (1 <= a <= 31 and 1 <= b <= 12):
                    continue
                add(DATE, (b, a), m.start(), m.end("b"))
            elif kind == DATE:
                mon = months.get(g["month"].lower())
                day = int(g["day"]) if g.get("day") else n.day_words[g["dayword"].lower()]
                if not mon or not 1 <= day <= 31 or not _month_ok(g["month"], t.lang):
                    continue
                add(DATE, (mon, day), m.start(), m.end("day") if g.get("day") and m.start("day") > m.start("month")
                    else m.end("month"))
            elif kind == MONTH:
                if not _month_ok(g["month"], t.lang):
                    continue
                behind = t.ambiguous_months.get(g["month"].lower())
                if behind is not None and not g.get("year") and not behind.search(norm, 0, m.start()):
                    continue  # Arabic « مارس » alone is "he practised" as often as March
                add(MONTH, months[g["month"].lower()], m.start("month"), m.end("month"))
            elif kind == WEEKDAY:
                word = g["weekday"]
                follows = t.lang.ambiguous_weekdays.get(word.lower())
                if follows is not None and (word[0].islower() or re.match(follows, norm[m.end():])):
                    continue  # « minggu » is also "week"
                add(WEEKDAY, days[word.lower()], m.start(), m.end(), soft=True)
            elif kind == TIME:
                h = _small_value(g["h"], n) if g.get("h") else \
                    (n.soft_words.get(g["hw"].lower()) or _words_value(g["hw"].lower(), n)) if g.get("hw") else None
                minutes = g.get("m1") or g.get("m2") or g.get("m3")
                mm = 30 if g.get("half") else _small_value(minutes, n) if minutes else 0
                if h is None or mm is None or h > 24 or mm > 59:
                    continue
                period = g.get("ampm") or g.get("ampm2") or g.get("pre")
                if h == 1 and g.get("h") and not g["h"].isdigit() and not (period or minutes or g.get("half")):
                    continue  # 一点: "a little" as often as one o'clock
                if period and t.periods.get(period.lower()) and h < 12:
                    h += 12  # p.m., siang, sore, malam, du soir, 午後, 下午
                h = int(h)
                add(TIME, (h % 12) * 60 + mm, m.start("h") if g.get("h") else m.start(), m.end())
            if kind in (DATE, MONTH) and g.get("year"):
                add(NUMBER, float(g["year"]), m.start("year"), m.end("year"))

    # decades (les années 30, the '80s, « los años 30 del siglo XX ») and Roman centuries (XIXe siècle)
    if t.decade:
        for m in t.decade.finditer(norm):
            if not _overlaps(taken, m.start(), m.end()):
                century = t.decade_century.match(norm, m.end()) if t.decade_century else None
                hundreds = _roman(century.group("roman")) if century else None
                end = century.end() if hundreds else m.end()
                # (or the figure as written, where the prefix is an article too: « llegar a los 10 » centímetros)
                add(NUMBER, 100.0 * (hundreds - 1 if hundreds else 19) + int(m.group("yy")), m.start(), end,
                    alt=float(m.group("yy")))
    if t.season:  # SS19: spring-summer 2019
        for m in t.season.finditer(norm):
            if not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, 2000.0 + int(m.group("yy")), m.start(), m.end())
    if t.roman:
        for m in t.roman.finditer(norm):
            g = m.groupdict()
            value = _roman(g.get("roman") or g.get("roman2"))
            if value and not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(value), m.start(), m.end(), "ordinal")

    if n.slash_scores:  # « со счетом 2/1 »: a score of two numbers, not a date
        for m in re.finditer(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)", norm):
            # the leader's figure first (« 5/4 »); a fraction is smaller than one (« 220 2/3 иннингах »)
            if int(m.group(1)) > int(m.group(2)) and not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(m.group(1)), m.start(1), m.end(1))
                add(NUMBER, float(m.group(2)), m.start(2), m.end(2))
    # numbers written with digits, with their scale, currency and unit
    for m in re.finditer(_DIGITS, norm):
        s, e = m.start(), m.end()
        if _overlaps(taken, s, e):
            continue
        loose = False
        if s and _in_code(norm, s, n.hyphenated_counts):
            if not _after_lower_word(norm, s):
                continue  # part of a name or a code: Covid-19, G20, MH17, F-16, GMT+0100
            # « pada par-3 lubang ke-16 », where the language does not say that a lower-case word, a hyphen and
            # digits are a count: a count or a code, soft either way
            loose = True
        value = _parse_digits(m.group(), t.lang)
        if value is None:
            continue
        alt = _other_reading(m.group(), value, t.lang)
        unit = measure = other = None
        before = norm[max(0, s - 4):s].lower().rstrip(" \u00a0\u202f")
        for sym, cur in t.currencies_before:
            if before.endswith(sym) and (len(before) == len(sym) or not before[-len(sym) - 1].isalpha()):
                unit, measure = cur, ("currency", cur)
                s = s - (len(norm[max(0, s - 4):s]) - len(before)) - len(sym)
                break
        prefix = t.prefixes.search(norm, max(0, s - 8), s) if t.prefixes and not unit else None
        per_hour = False
        if prefix:  # 第3, 百分之20, 華氏80度, 时速200公里
            unit, measure = t.prefix_kinds[prefix.group().rstrip(" \u00a0\u202f").lower()]
            if unit == PER_HOUR:
                unit, per_hour = None, True
            elif unit != "ordinal":
                s = prefix.start()
        rest = norm[e:]
        if value <= 10 and value.is_integer() and not unit and t.counter and t.counter.match(rest):
            # 1人, 1週間: seorang, seminggu (a word for one); 2人, 3つ: a small count, as « les deux » is
            add(NUMBER, value, s, e, None, True, value == 1)
            continue
        ordinal = t.ordinal.match(rest) if t.ordinal else None
        if (ordinal or unit == "ordinal") and value.is_integer():
            e += ordinal.end() if ordinal else 0
            add(NUMBER, value, s, e, "ordinal")
            continue
        scale = t.scale.match(rest) if t.scale else None
        if scale:
            word = scale.group(1).lower()
            if word not in n.glued_scales or unit or not scale.group(0).startswith(" "):
                # a glued abbreviation that is also a unit counts as a scale only after a currency: £5m, but 5m
                factor = None if word in n.glued_scales and word in t.units and not unit else n.scales[word]
                if factor:
                    alt = None
                    value *= factor
                    e += scale.end()
                    if t.compound:  # 1億2000万: the smaller myriads that follow
                        value, e = _compound(norm, e, value, factor, t)
                    rest = norm[e:]
        if not unit:
            unit, measure, length, other = _unit_after(rest, t)
            e += length
            inches = _FEET_INCHES.match(norm, e) if measure == FOOT else None
            if inches:  # a 6-foot-6 forward
                value, e, unit, measure = value * 12 + int(inches.group(1)), inches.end(), "in", INCH
            if per_hour and measure and measure[0] == "length":
                measure = ("speed", measure[1] / 1000)  # 每小时 85 英里: 85 mph
        elif prefix and measure and measure[0] == "temperature":  # 華氏80度: the degrees are Fahrenheit's
            _, after, length, _ = _unit_after(rest, t)
            e += length if after and after[0] == "temperature" else 0
        approximate = t.approximate.match(norm[e:]) if t.approximate else None
        if approximate and value < 100:
            add(NUMBER, value, s, e + approximate.end(), unit, True, measure=measure, other=other)  # "usia 40-an": in their forties
            continue
        add(NUMBER, value, s, e, unit, loose and not unit, alt=alt, measure=measure, other=other)

    # numbers written with numeral characters: 二十万, 两千, 二〇二二
    if t.ideographic:
        for m in _free_matches(t.ideographic, norm, taken):
            s, e = m.span()
            run = m.group()
            if any(_within(norm, w, s) for w in t.not_numbers) or \
                    (t.vague and t.vague.search(norm, max(0, s - 4), s)) or \
                    any(norm.startswith(v, e) for v in n.vague_after):
                continue  # 十分 (very), 数千 (several thousand), 十几 (ten-odd)
            prefix = t.prefixes.search(norm, max(0, s - 8), s) if t.prefixes else None
            kind_unit, kind_measure = t.prefix_kinds[prefix.group().rstrip(" \u00a0\u202f").lower()] if prefix \
                else (None, None)
            value = _ideographic_value(run, n)
            if value is None and kind_unit == "%" and len(run) == 1 and run in n.ideographic_units:
                value = float(n.ideographic_units[run])  # 百分之百: 100 %
            if value is None:
                continue
            if kind_unit == "ordinal":  # 第三
                add(NUMBER, float(value), s, e, "ordinal", True)
                continue
            unit, measure, length, other = _unit_after(norm[e:], t)
            if not float(value).is_integer() and len(run) == 1 and unit is None:
                continue  # 半 alone: 半岛 (a peninsula), 半决赛 (a semi-final)
            if kind_unit == PER_HOUR:
                if measure and measure[0] == "length":
                    measure = ("speed", measure[1] / 1000)
            elif kind_unit is not None and (unit is None or kind_measure[0] == "temperature"):
                unit, measure, s = kind_unit, kind_measure, prefix.start()
            if value == 1 and len(run) == 1 and unit is None:
                add(NUMBER, 1.0, s, e, None, True, True)  # 一: "a" as often as "one"
                continue
            soft = value <= 10 and not any(ch in n.ideographic_scales for ch in run)
            add(NUMBER, float(value), s, e + length, unit, soft and unit is None, measure=measure, other=other)

    # approximate amounts and ordinals in words (« une dizaine », « deuxième », « kedua »): reported only when the
    # other side has another value there
    if t.soft:
        for m in t.soft.finditer(norm):
            if not _overlaps(taken, m.start("num"), m.end()):
                word = m.group("num").lower()
                century, minutes = n.centuries.get(word), n.hour_parts.get(word)
                if minutes:  # « setengah jam »: half an hour, and 30 minutes
                    add(NUMBER, minutes / 60, m.start("num"), m.end(), None, True, alt=float(minutes))
                    continue
                add(NUMBER, float(century or n.soft_words[word]), m.start("num"), m.end(), "ordinal", True,
                    alt=100.0 * (century - 1) if century else None)  # the 21st century: the 2000s too
    # a number that opens a compound word: « двухметровый » (two-metre), « пятидневную » (five-day)
    if t.compound_word:
        for m in _free_matches(t.compound_word, norm, taken):
            value, rest = n.compound_prefixes[m.group("num").lower()], m.group("rest").lower()
            measure = t.units.get("-" + rest)
            if measure is not None:
                add(NUMBER, float(value), m.start(), m.end(), rest, False, measure=measure)
            elif t.compound_rest.match(rest):
                add(NUMBER, float(value), m.start(), m.end(), None, value <= 10)
    # numbers written in words
    if t.words:
        for m in _free_matches(t.words, norm, taken):
            phrase = m.group("num").lower()
            value = _words_value(phrase, n)
            ws = m.start("num")
            if value is None and len(phrase) == len(m.group("num")):
                # words side by side that are not one number are several (« satu dua »: a one-two, « 1、2 »;
                # « tiga empat »: three or four); the last goes on below, with what follows it
                pieces = _word_pieces(phrase, n)
                if len(pieces) < 2:
                    continue
                for ps, pe, v in pieces[:-1]:
                    word = phrase[ps:pe]
                    if word not in n.lone_scales:
                        add(NUMBER, float(v), ws + ps, ws + pe, None, v <= 10, word in n.one_words)
                ps, _, value = pieces[-1]
                phrase, ws = phrase[ps:], ws + ps
            if value is None:
                continue
            if phrase in n.lone_scales:
                if phrase in n.word_scales and t.one_scale and t.one_scale.search(norm, max(0, ws - 20), ws):
                    add(NUMBER, n.word_scales[phrase], ws, m.end())  # « свыше тысячи »: over a thousand
                continue  # "des millions", "ribuan", "puluhan ribu": a vague amount, not a number
            unit, measure, length, other = _unit_after(norm[m.end():], t)
            times = t.times.match(norm[m.end():]) if t.times else None
            if times and not unit:
                # "dua dekade", « deux décennies »: twenty years, a figure; "satu dekade", « un siècle »: soft, as
                # « plusieurs décennies » may stand for it
                add(NUMBER, float(value) * n.decades[times.group(1).lower()], ws, m.end() + times.end(),
                    soft=phrase in n.one_words or phrase in n.loose_words)
                continue
            other = t.fillers.match(norm[m.end():]) if t.fillers else None
            if other and not unit:  # « six autres millions de personnes »
                add(NUMBER, float(value) * n.word_scales[other.group(1).lower()], ws, m.end() + other.end())
                continue
            if phrase in n.one_words and not unit:
                add(NUMBER, 1.0, ws, m.end(), None, True, True)
                continue
            # small counts in words ("dua tahun", "les deux") come and go in translation; larger ones are figures
            soft = value <= 10 and not any(w in n.word_scales for w in re.split(r"[\s-]+", phrase)) and \
                not (value >= 2 and t.duration and t.duration.match(norm[m.end():]))  # "dua tahun lalu": a figure
            soft = soft or phrase in n.loose_words  # "a couple of days": two or so
            # a word for a fraction alone is a share too: « نصف » (half), « setengah », 50 persen
            add(NUMBER, float(value), ws, m.end() + length, unit, soft and not unit, measure=measure,
                other=other, alt=100.0 * value if 0 < value < 1 and not unit else None)
    if t.unit_article:  # "about a mile away": one mile, said loosely
        for m in _free_matches(t.unit_article, norm, taken):
            unit, measure, length, other = _unit_after(norm[m.end():], t)
            if measure and measure[0] != "currency":
                add(NUMBER, 1.0, m.start(), m.end() + length, unit, True, measure=measure, other=other)
    if t.articles:  # "a decade", "a century"
        for m in t.articles.finditer(norm):
            times = t.times.match(norm[m.end():])
            if not _overlaps(taken, m.start(), m.end() + times.end()):
                add(NUMBER, float(n.decades[times.group(1).lower()]), m.start(), m.end() + times.end())
    if t.idioms:  # "100 percent certain": sure, not a share
        for m in t.idioms.finditer(norm):
            s, e = offsets[m.start()], offsets[m.end()]
            found = [replace(q, soft=True) if s <= q.start and q.end <= e else q for q in found]
    found.sort(key=lambda q: (q.start, q.end))
    return _ranges_and_conversions(text, found, t)


def _within(norm: str, word: str, s: int) -> bool:
    """Whether ``word`` is written in ``norm`` across position ``s`` (« 统一 » around its « 一 »)."""
    at = norm.find(word, max(0, s - len(word) + 1), s + len(word))
    return at != -1 and at <= s < at + len(word)


def _small_value(s: str | None, n) -> int | None:
    """A number of a date or a time, in digits or numeral characters (« 8 », « 三十 »)."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    value = _ideographic_value(s, n)
    return int(value) if value is not None and float(value).is_integer() else None


def _ideographic_value(run: str, n) -> float | None:
    """The value of numeral characters: « 二十万 » 200000, « 一亿二千万 » 120000000, « 两千 » 2000, « 二〇二二 » 2022
    (digits alone, read one by one: a year); None for what is not one number (« 三四 »: three or four; « 万 » alone)."""
    digits, units, scales = n.ideographic_digits, n.ideographic_units, n.ideographic_scales
    if all(ch in digits for ch in run):
        if len(run) == 1:
            return float(digits[run])
        if len(run) == 4 or any(digits[ch] == 0 for ch in run):
            return float("".join(str(digits[ch]) for ch in run))  # 二〇二二
        return None  # 三四: three or four
    if run[0] in scales or (run[0] in units and units[run[0]] != 10):
        return None  # 万一 (in case), 千万 (by all means), 百姓: not counted from their first character
    total = section = 0.0
    number = None
    biggest = 0.0
    for ch in run:
        if ch in digits:
            if number is not None and digits[ch] != 0 and number != 0:
                return None  # two digits side by side
            number = digits[ch]
        elif ch in units:
            section += (1 if number is None else number) * units[ch]
            number = None
        else:
            factor = scales[ch]
            group = section + (number or 0)
            if factor > biggest:
                total = (total + (group or 1)) * factor
                biggest = factor
            else:
                total += (group or 1) * factor
            section, number = 0.0, None
    return total + section + (number or 0)


def _compound(norm: str, e: int, value: float, factor: float, t: _Tables) -> tuple[float, int]:
    """After a myriad (« 1億 »), the figures with a smaller one that complete it (« 2000万 », « 1 万 5 千 », and
    « 5,000 » glued to it)."""
    n = t.numerals
    while True:
        m = t.compound.match(norm, e)
        if not m:
            return value, e
        figure, scale = float(m.group("fig").replace(",", "")), m.group("scale")
        smaller = n.scales.get(scale, 0) if scale else 1
        if smaller >= factor or (not scale and (m.group("sp") or figure >= factor or factor < 1e4)):
            return value, e
        value += figure * smaller
        e = m.end()
        factor = smaller
        if not scale:
            return value, e


def _ranges_and_conversions(text: str, found: list[Quantity], t: _Tables) -> list[Quantity]:
    """A range shares its unit ("1 hingga 4 inci": both are inches); a conversion in brackets after a measure
    ("6 meter (18 kaki)", "800 kph (497 mph)") is a companion that a translation may leave out."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if a.kind != NUMBER or b.kind != NUMBER:
            continue
        between = text[a.end:b.start]
        if a.unit is None and b.unit is None and re.fullmatch(r"\s*[-–~〜～]\s*", between) and \
                re.fullmatch(r"1\d{3}|20\d{2}", a.text) and re.fullmatch(r"\d{2}", b.text) and \
                a.value % 100 < b.value:
            out[k] = replace(b, value=a.value - a.value % 100 + b.value)  # 1950-53: 1950 to 1953
            continue
        da, db = unit_dimension(a), unit_dimension(b)
        if da in ("length", "mass") and da == db and a.measure[1] > b.measure[1] and t.joined.fullmatch(between):
            # 6 kaki 6 inci: one height
            total = (a.value * a.measure[1] + b.value * b.measure[1]) / b.measure[1]
            out[k - 1:k + 1] = [Quantity(NUMBER, total, a.start, b.end, text[a.start:b.end], b.unit,
                                         measure=b.measure)]
        elif a.unit is None and b.unit not in (None, "ordinal") and t.range.fullmatch(between):
            out[k - 1] = replace(a, unit=b.unit, measure=b.measure)
        elif a.unit not in (None, "ordinal") and t.bracket.fullmatch(between) and \
                unit_dimension(a) == unit_dimension(b):
            out[k] = replace(b, soft=True)
    return out


def _free_matches(pat: re.Pattern, norm: str, taken: list[tuple[int, int]]):
    """The pattern's matches that overlap no span taken already; after an overlap the search starts again where the
    taken span ends ("1,7 juta empat tahun": « juta » is the figure's, « empat » a number of its own)."""
    pos = 0
    while True:
        m = pat.search(norm, pos)
        if m is None:
            return
        hit = [e for s, e in taken if s < m.end() and m.start() < e]
        if hit:
            pos = max(max(hit), m.start() + 1)
            continue
        yield m
        pos = m.end()


def _unit_after(rest: str, t: _Tables) -> tuple[str | None, tuple | None, int, tuple | None]:
    """The unit or currency that follows a number (normalised: a currency's code), what it measures, how many
    characters it takes, and what else it may measure (« ポンド »: money or a weight)."""
    m = t.unit.match(rest)
    if not m:
        de = t.joiner.match(rest) if t.joiner else None  # 5 millions de dollars
        if de:
            cur = t.unit.match(rest[de.end():])
            if cur and cur.group(1).lower() in t.currencies_after:
                word = cur.group(1).lower()
                code = t.currencies_after[word]
                return code, ("currency", code), de.end() + cur.end(), t.ambiguous_units.get(word)
        return None, None, 0, None
    word = m.group(1).lower()
    if word in t.currencies_after:
        code = t.currencies_after[word]
        return code, ("currency", code), m.end(), t.ambiguous_units.get(word)
    return word, t.units[word], m.end(), t.ambiguous_units.get(word)


def _in_code(norm: str, s: int, hyphen_words: bool = False) -> bool:
    """Whether the digits at ``s`` continue a code or a name (G20, MH17, Covid-19, F-16, GMT+0100) rather than
    standing alone; a number glued to a lower-case word ("usia13") is a typo and counts, and so does one after a
    letter of a script without capitals (« 约3人 », « 第3 », « عام2016 »)."""
    prev = norm[s - 1]
    if prev == "-" and re.search(r"\d-?[^\W\d_]{1,3}-$", norm[max(0, s - 8):s]):
        return False  # after a number's case ending: « став 1-х-4-х игроков » (one of four)
    if prev == "-" and re.match(r"(?:19|20)\d\d(?!\d)", norm[s:s + 5]) and re.search(r"[^\W\d_]{4}-$", norm[:s]):
        return False  # a year inside a compound: « Sommer-2019-Kollektion », « Euro-2016 »
    if prev in "-+/" and s > 1 and norm[s - 2].isalpha():
        word = re.search(r"[^\W\d_]+$", norm[:s - 1])
        if prev == "-" and hyphen_words and word and word.group().islower() and len(word.group()) >= 2:
            return False  # "a par-3", "1-of-4", "under-21": a word, then a number
        return not norm[max(0, s - 3):s].lower().endswith("ke-")
    if prev.isalpha() and not (prev.isupper() or prev.islower()):
        return False
    if prev.isalpha():
        word = re.search(r"[^\W\d_]+$", norm[:s])
        return not (word and word.group().islower() and len(word.group()) >= 3)
    return False


def _after_lower_word(norm: str, s: int) -> bool:
    """Whether the digits at ``s`` follow a lower-case word of two letters or more and a hyphen (« par-3 »)."""
    word = re.search(r"[^\W\d_]+-$", norm[:s])
    return word is not None and len(word.group()) >= 3 and word.group()[:-1].islower()


def _roman(numeral: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total if 0 < total < 40 and len(numeral) <= 6 else None


def _month_ok(word: str, lang: Language) -> bool:
    """Where months count only capitalised (English "may" is a verb); « mars » and « Mei » are fine as they are."""
    return not lang.months_capitalised or word[:1].isupper()


def _word_pieces(phrase: str, n) -> list[tuple[int, int, float]]:
    """The numbers of a run of number words that is not one number, the longest first from the left: (start, end,
    value) of each in ``phrase``; none where a word has no value of its own."""
    tokens = [m.span() for m in re.finditer(r"[^\s-]+", phrase)]
    pieces = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            value = _words_value(phrase[tokens[i][0]:tokens[j - 1][1]], n)
            if value is not None:
                pieces.append((tokens[i][0], tokens[j - 1][1], value))
                i = j
                break
        else:
            return []
    return pieces


def _words_value(phrase: str, n) -> float | None:
    total, current, seen = 0.0, 0.0, False
    biggest = 0.0
    words = n.words
    prev = None
    for token in re.split(r"[\s-]+", phrase.lower()):
        if not token:
            continue
        v = words.get(token)
        joined = False
        if v is None:
            joiner = next((j for j in n.glued_joiners if token.startswith(j) and token[len(j):] in words), None)
            if joiner is None:
                return None
            v, joined = words[token[len(joiner):]], True  # « خمسة وعشرون »: five and twenty
        if v == "and":
            continue
        seen = True
        if v == "x10":
            current = (current or 1) * 10
        elif v == "+10":
            current = current + 10  # « tiga belas »: 13; Arabic « عشر » alone: 10
        elif v == "x100":
            current = (current or 1) * 100
        elif v == "scale":
            factor = n.word_scales[token]
            if factor > biggest and total:
                # a larger scale after a smaller one multiplies all before it: « dois mil milhões », « mil e
                # quinhentos milhões », « dos mil millones » (a thousand millions)
                total = (total + current) * factor
            else:
                total += (current or 1) * factor
            biggest = max(biggest, factor)
            current = 0
        elif v == 20 and n.vigesimal and words.get(prev) == 4:  # quatre-vingt(s)
            current = current - 4 + 80
        else:
            before = words.get(prev) if prev is not None else None
            if isinstance(before, (int, float)) and (before < 10 or before <= v) and not joined:
                return None  # two numbers side by side ("deux trois"): not one number
            current += v
        prev = token
    return total + current if seen else None


# --- comparison -----------------------------------------------------------------------------------------------------

def unit_dimension(q: Quantity) -> str | None:
    """What ``q`` measures: length, mass, speed, temperature, area, percent, currency; None for a bare number."""
    return q.measure[0] if q.measure else None


def _measures(q: Quantity) -> list[tuple]:
    return [m for m in (q.measure, q.alt_measure) if m]


def same_value(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities say the same: equal values (any form), or the same measure in converted units."""
    if a.kind != b.kind:
        return False
    if a.kind != NUMBER:
        return a.value == b.value
    for va in (a.value, a.alt):
        for vb in (b.value, b.alt):
            if va is not None and vb is not None and abs(va - vb) <= 1e-9 * max(1.0, abs(va)):
                return True
    for ma in _measures(a):
        for mb in _measures(b):
            # the same unit written two ways (« pon », "pound") converts nothing: only another unit is rounded
            if ma[0] == mb[0] and ma[0] not in ("currency", "percent") and \
                    (ma != mb or (ma[0] == "temperature" and a.unit != b.unit)) and \
                    _converted(a.value, ma[1], b.value, mb[1], ma[0]):
                return True
    return False


def _converted(va: float, fa, vb: float, fb, dimension: str) -> bool:
    """Whether ``va`` of a unit with factor ``fa`` is about ``vb`` of one with factor ``fb``."""
    if dimension == "temperature":  # "?" is degrees of an unnamed scale: Celsius or Fahrenheit, whichever fits
        # (and degrees Fahrenheit may be a difference: « 11 graus » for a 20-degree difference, 20 × 5/9)
        def celsius(v, f):
            return [v] if f == "c" else [(v - 32) * 5 / 9, v * 5 / 9] if f == "f" else \
                [v, (v - 32) * 5 / 9, v * 5 / 9]
        return any(abs(ca - cb) <= max(1.5, 0.1 * abs(ca)) for ca in celsius(va, fa) for cb in celsius(vb, fb))
    a, b = va * fa, vb * fb
    if abs(a - b) <= 0.08 * max(abs(a), abs(b)):  # translators round converted figures: 1 mile, 1,5 km
        return True
    # 7 cm for 3 inches (7.6 cm), « casi dos kilómetros » for a mile (1.6 km): a conversion rounded to the precision
    # it is written in, within 25 %
    return abs(a - b) <= 0.25 * max(abs(a), abs(b)) and (
        abs(a / fb - vb) <= _half_step(vb) or abs(b / fa - va) <= _half_step(va))


def _half_step(v: float) -> float:
    """Half the last place a figure is written to: 0.5 for 3, 0.05 for 7.5."""
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    decimals = len(text.partition(".")[2])
    return 0.5 * 10 ** -decimals + 1e-9


def unit_changed(a: Quantity, b: Quantity) -> bool:
    """Same number, but a different currency or an unconvertible unit (under every reading of an ambiguous one)."""
    ma, mb = _measures(a), _measures(b)
    if not ma or not mb:
        return False

    def changed(x, y):
        if x[0] == "currency" or y[0] == "currency":
            return x != y
        if x[0] == y[0] and x[1] != y[1] and "?" not in (x[1], y[1]) and a.value == b.value:
            return True  # « 10 km » for "10 miles", « 80 °C » for 80 °F: the same figure in another unit
        return x[0] != y[0]
    return all(changed(x, y) for x in ma for y in mb)
