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
  (Jumat (7/1), (7/1/2022)), weekdays, months alone, times of day (pukul 09.30 WIB, 09h30, 9:30 a.m.).

Everything is found in the NFC form of the text and pointed back at the text as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .document import nfc_with_offsets
from .lang import Language, language, normalise_code

NUMBER, DATE, WEEKDAY, MONTH, TIME = "number", "date", "weekday", "month", "time"


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
    range: re.Pattern
    bracket: re.Pattern
    joined: re.Pattern


@lru_cache(maxsize=None)
def _tables(code: str) -> _Tables:
    lang = language(code)
    n = lang.numerals
    months, days = lang.months, lang.weekdays
    month = r"(?P<month>" + _alternatives(months) + r")(?![\w])"
    year = r"(?:,?" + _SP + r"+(?P<year>\d{4}))?(?!\d)"
    zones = r"(?:" + _alternatives(n.time_zones) + r")"
    clock_periods = r"(?P<ampm>" + _alternatives(n.clock_periods) + r")(?![\w])"
    day_periods = _alternatives(n.day_periods)
    letters = "".join("|" + _SP + r"?" + re.escape(h) + _SP + r"?(?P<m2>\d{2})?" for h in n.hour_letters[:1])
    flags = re.IGNORECASE  # English capitals are checked after the match (Language.months_capitalised)
    patterns = [
        (DATE, re.compile(r"(?:(?<=\()|(?<=" + _SP + r"\()|(?<=,)" + _SP + r"?)(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                          r"(?:/(?P<year>\d{2,4}))?(?=\)|,)")),
        (DATE, re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2,4})(?![\d/])")),
        (DATE, re.compile(r"(?<!\d)(?P<day>\d{1,2})" + _optional(n.day_suffixes) + _SP + r"+" + month + year,
                          flags)),
        (DATE, re.compile(month + _SP + r"*(?P<day>\d{1,2})" + _optional(map(re.escape, n.month_day_suffixes))
                          + r"(?!\d)" + year, flags)),
        (MONTH, re.compile(r"(?<![\w])" + month + year, flags)),
        (WEEKDAY, re.compile(r"(?<![\w'])(?P<weekday>" + _alternatives(days) + r")(?![\w'])", re.IGNORECASE)),
        (TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})(?::(?P<m1>\d{2})" + letters + r"|\.(?P<m3>\d{2})(?=" + _SP
                          + r"*" + zones + r"))(?![\d\w])(?:" + _SP + r"*" + clock_periods + r")?")),
    ]
    if n.clock_prefixes:
        patterns.append((TIME, re.compile(r"(?:" + _alternatives(n.clock_prefixes) + r")" + _SP
                                          + r"+(?P<h>\d{1,2})[.:](?P<m1>\d{2})(?![\d])", re.IGNORECASE)))
    if n.hour_words and n.hour_prefixes:
        behind = "|".join(r"(?<=" + re.escape(p) + " )" for p in n.hour_prefixes)
        patterns.append((TIME, re.compile(r"(?:" + behind + r")(?P<h>\d{1,2})" + _SP + r"(?:"
                                          + _alternatives(n.hour_words) + r")(?:" + _SP + r"(?P<m2>\d{2}))?(?:"
                                          + _SP + r"(?P<ampm>" + day_periods + r"))?(?![\w])", re.IGNORECASE)))
    patterns.append((TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})" + _SP + r"*" + clock_periods)))
    if n.clock_words:
        patterns.append((TIME, re.compile(r"(?:" + _alternatives(n.clock_words) + r")" + _SP
                                          + r"+(?P<h>\d{1,2})(?![\d.,:])(?:" + _SP + r"+(?P<ampm>" + day_periods
                                          + r")(?![\w]))?", re.IGNORECASE)))
    periods = {k.lower(): v for k, v in {**n.clock_periods, **n.day_periods}.items()}

    between = r"(?:\s+(?:" + _alternatives(n.time_qualifiers) + r"))?" if n.time_qualifiers else ""
    times = re.compile(between + r"\s+(" + _alternatives(n.decades) + r")(?![\w])", re.IGNORECASE) \
        if n.decades else None
    duration = re.compile(between + r"\s+(?:" + "|".join(n.durations) + r")(?![\w])", re.IGNORECASE) \
        if n.durations else None

    units = [u for u in list(n.units) + list(n.currencies_after) if u != "%"]
    scale_words = {w.lower(): f for w, f in n.scales.items()}
    number_words = [w for w, v in n.words.items() if v != "and"]
    joiners = [w for w, v in n.words.items() if v == "and"]
    sep = r"(?:[\s-]+(?:(?:" + "|".join(joiners) + r")[\s-]+)?)" if joiners else r"[\s-]+"
    word = r"(?:" + _alternatives(number_words) + r")"
    return _Tables(
        lang=lang, patterns=patterns, periods=periods,
        currencies_before=sorted(n.currencies_before.items(), key=lambda kv: -len(kv[0])),
        ordinal=re.compile(r"(?:" + "|".join(map(re.escape, n.ordinal_suffixes)) + r")(?![\w])")
        if n.ordinal_suffixes else None,
        scale=re.compile(r"(?:" + _SP + r"?)(" + _alternatives(scale_words) + r")(?![\w])", re.IGNORECASE)
        if scale_words else None,
        unit=re.compile(r"(?:" + _SP + r"?)(%|" + _alternatives(units) + r")(?![\w])", re.IGNORECASE),
        joiner=re.compile(r"(?:" + "|".join(n.currency_joiners) + r")") if n.currency_joiners else None,
        words=re.compile(r"(?<![\w-])" + word + r"(?:" + sep + word + r")*(?![\w-])", re.IGNORECASE)
        if number_words else None,
        times=times, duration=duration,
        fillers=re.compile(r"\s+(?:" + _alternatives(n.scale_fillers) + r")\s+(" + _alternatives(n.word_scales)
                           + r")(?![\w])", re.IGNORECASE) if n.scale_fillers else None,
        articles=re.compile(r"(?<![\w])(?:" + _alternatives(n.one_articles) + r")(?=\s+(?:"
                            + _alternatives(n.singular_decades) + r")(?![\w]))", re.IGNORECASE)
        if n.one_articles and n.singular_decades else None,
        soft=re.compile(r"(?<![\w-])(" + _alternatives(n.soft_words) + r")(?![\w-])", re.IGNORECASE)
        if n.soft_words else None,
        approximate=re.compile(r"(?:" + _alternatives(n.approximate_suffixes) + r")(?![\w])")
        if n.approximate_suffixes else None,
        roman=re.compile(r"(?<![\w])(?P<roman>[IVXLC]+)(?:" + "|".join(map(re.escape, n.roman_ordinal_suffixes))
                         + r")(?![\w])") if n.roman_ordinal_suffixes else None,
        decade=re.compile(r"(?:" + "|".join(r"(?<=" + re.escape(p) + r")" for p in n.decade_prefixes)
                          + r")(?P<yy>\d0)(?:'?s)?(?![\d\w])") if n.decade_prefixes else None,
        range=re.compile(r"\s*(?:" + _alternatives(n.range_words) + r")\s*", re.IGNORECASE),
        bracket=re.compile(r"\s*[(\[]\s*(?:" + _alternatives(n.bracket_words) + r"|)\s*"),
        joined=re.compile(r"\s*(?:" + _alternatives(n.and_words) + r")?\s*"),
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


def _other_reading(figure: str, value: float) -> float | None:
    """Where the decimal symbol is a comma, "1,127" may be written the English way: 1127 as well as 1.127."""
    m = re.fullmatch(r"(\d{1,3}),(\d{3})", figure)
    if not m:
        return None
    whole = float(m.group(1) + m.group(2))
    return whole if value != whole else float(m.group(1) + "." + m.group(2))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract(text: str, lang: str | None) -> list[Quantity]:
    """The quantities of ``text`` (written in ``lang``) in the order they appear, offsets into ``text``."""
    t = _tables(normalise_code(lang))
    n = t.lang.numerals
    norm, offsets = nfc_with_offsets(text)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(kind, value, s, e, unit=None, soft=False, match_only=False, alt=None, measure=None):
        rs, re_ = offsets[s], offsets[e]
        found.append(Quantity(kind, value, rs, re_, text[rs:re_], unit, soft, alt, match_only, measure))
        taken.append((s, e))

    months, days = t.lang.months, t.lang.weekdays
    for kind, pat in t.patterns:
        for m in pat.finditer(norm):
            if _overlaps(taken, m.start(), m.end()):
                continue
            g = m.groupdict()
            if kind == DATE and g.get("a") is not None:
                a, b = int(g["a"]), int(g["b"])
                if t.lang.month_first:
                    a, b = b, a  # month/day
                if not (1 <= a <= 31 and 1 <= b <= 12):
                    continue
                add(DATE, (b, a), m.start(), m.end("b"))
            elif kind == DATE:
                mon = months.get(g["month"].lower())
                day = int(g["day"])
                if not mon or not 1 <= day <= 31 or not _month_ok(g["month"], t.lang):
                    continue
                add(DATE, (mon, day), m.start(), m.end("day") if m.start("day") > m.start("month") else m.end("month"))
            elif kind == MONTH:
                if not _month_ok(g["month"], t.lang):
                    continue
                add(MONTH, months[g["month"].lower()], m.start("month"), m.end("month"))
            elif kind == WEEKDAY:
                word = g["weekday"]
                follows = t.lang.ambiguous_weekdays.get(word.lower())
                if follows is not None and (word[0].islower() or re.match(follows, norm[m.end():])):
                    continue  # « minggu » is also "week"
                add(WEEKDAY, days[word.lower()], m.start(), m.end(), soft=True)
            elif kind == TIME:
                h = int(g["h"])
                minutes = g.get("m1") or g.get("m2") or g.get("m3") or "0"
                mm = int(minutes)
                if h > 24 or mm > 59:
                    continue
                if g.get("ampm") and t.periods.get(g["ampm"].lower()) and h < 12:
                    h += 12  # p.m., siang, sore, malam, du soir
                add(TIME, (h % 12) * 60 + mm, m.start("h") if "h" in g else m.start(), m.end())
            if kind in (DATE, MONTH) and g.get("year"):
                add(NUMBER, float(g["year"]), m.start("year"), m.end("year"))

    # Roman centuries (XIXe siècle) and decades (les années 30, the '80s)
    if t.roman:
        for m in t.roman.finditer(norm):
            value = _roman(m.group("roman"))
            if value and not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(value), m.start(), m.end(), "ordinal")
    if t.decade:
        for m in t.decade.finditer(norm):
            if not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, 1900.0 + int(m.group("yy")), m.start(), m.end())

    # numbers written with digits, with their scale, currency and unit
    for m in re.finditer(_DIGITS, norm):
        s, e = m.start(), m.end()
        if _overlaps(taken, s, e):
            continue
        if s and _in_code(norm, s):
            continue  # part of a name or a code: Covid-19, G20, MH17, F-16, GMT+0100
        value = _parse_digits(m.group(), t.lang)
        if value is None:
            continue
        alt = _other_reading(m.group(), value) if t.lang.decimal_symbol == "," else None
        unit = measure = None
        before = norm[max(0, s - 4):s].lower().rstrip(" \u00a0\u202f")
        for sym, cur in t.currencies_before:
            if before.endswith(sym) and (len(before) == len(sym) or not before[-len(sym) - 1].isalpha()):
                unit, measure = cur, ("currency", cur)
                s = s - (len(norm[max(0, s - 4):s]) - len(before)) - len(sym)
                break
        rest = norm[e:]
        ordinal = t.ordinal.match(rest) if t.ordinal else None
        if ordinal and value.is_integer():
            e += ordinal.end()
            add(NUMBER, value, s, e, "ordinal")
            continue
        scale = t.scale.match(rest) if t.scale else None
        if scale:
            alt = None
            word = scale.group(1).lower()
            if word not in n.glued_scales or unit or not scale.group(0).startswith(" "):
                # a glued abbreviation that is also a unit counts as a scale only after a currency: £5m, but 5m
                factor = None if word in n.glued_scales and word in n.units and not unit else n.scales[word]
                if factor:
                    value *= factor
                    e += scale.end()
                    rest = norm[e:]
        if not unit:
            unit, measure, length = _unit_after(rest, t)
            e += length
        approximate = t.approximate.match(norm[e:]) if t.approximate else None
        if approximate and value < 100:
            add(NUMBER, value, s, e + approximate.end(), unit, True, measure=measure)  # "usia 40-an": in their forties
            continue
        add(NUMBER, value, s, e, unit, alt=alt, measure=measure)

    # numbers written in words
    if t.words:
        for m in _free_matches(t.words, norm, taken):
            value = _words_value(m.group(), n)
            if value is None:
                continue
            phrase = m.group().lower()
            if phrase in n.lone_scales:
                continue  # "des millions", "ribuan", "puluhan ribu": a vague amount, not a number
            unit, measure, length = _unit_after(norm[m.end():], t)
            times = t.times.match(norm[m.end():]) if t.times else None
            if times and not unit:
                # "dua dekade", « deux décennies »: twenty years, a figure; "satu dekade", « un siècle »: soft, as
                # « plusieurs décennies » may stand for it
                add(NUMBER, float(value) * n.decades[times.group(1).lower()], m.start(), m.end() + times.end(),
                    soft=phrase in n.one_words)
                continue
            other = t.fillers.match(norm[m.end():]) if t.fillers else None
            if other and not unit:  # « six autres millions de personnes »
                add(NUMBER, float(value) * n.word_scales[other.group(1).lower()], m.start(), m.end() + other.end())
                continue
            if phrase in n.one_words and not unit:
                add(NUMBER, 1.0, m.start(), m.end(), None, True, True)
                continue
            # small counts in words ("dua tahun", "les deux") come and go in translation; larger ones are figures
            soft = value <= 10 and not any(w in n.word_scales for w in re.split(r"[\s-]+", phrase)) and \
                not (value >= 2 and t.duration and t.duration.match(norm[m.end():]))  # "dua tahun lalu": a figure
            add(NUMBER, float(value), m.start(), m.end() + length, unit, soft and not unit, measure=measure)
    if t.articles:  # "a decade", "a century"
        for m in t.articles.finditer(norm):
            times = t.times.match(norm[m.end():])
            if not _overlaps(taken, m.start(), m.end() + times.end()):
                add(NUMBER, float(n.decades[times.group(1).lower()]), m.start(), m.end() + times.end())
    # approximate amounts and ordinals in words (« une dizaine », « deuxième », « kedua »): reported only when the
    # other side has another value there
    if t.soft:
        for m in t.soft.finditer(norm):
            if not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(n.soft_words[m.group(1).lower()]), m.start(), m.end(), "ordinal", True)
    found.sort(key=lambda q: (q.start, q.end))
    return _ranges_and_conversions(text, found, t)


def _ranges_and_conversions(text: str, found: list[Quantity], t: _Tables) -> list[Quantity]:
    """A range shares its unit ("1 hingga 4 inci": both are inches); a conversion in brackets after a measure
    ("6 meter (18 kaki)", "800 kph (497 mph)") is a companion that a translation may leave out."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if a.kind != NUMBER or b.kind != NUMBER:
            continue
        between = text[a.end:b.start]
        if a.unit is None and b.unit is None and re.fullmatch(r"\s*[-–]\s*", between) and \
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


def _unit_after(rest: str, t: _Tables) -> tuple[str | None, tuple | None, int]:
    """The unit or currency that follows a number (normalised: a currency's code), what it measures, and how many
    characters it takes."""
    n = t.lang.numerals
    m = t.unit.match(rest)
    if not m:
        de = t.joiner.match(rest) if t.joiner else None  # 5 millions de dollars
        if de:
            cur = t.unit.match(rest[de.end():])
            if cur and cur.group(1).lower() in n.currencies_after:
                code = n.currencies_after[cur.group(1).lower()]
                return code, ("currency", code), de.end() + cur.end()
        return None, None, 0
    word = m.group(1).lower()
    if word in n.currencies_after:
        code = n.currencies_after[word]
        return code, ("currency", code), m.end()
    return word, n.units[word], m.end()


def _in_code(norm: str, s: int) -> bool:
    """Whether the digits at ``s`` continue a code or a name (G20, MH17, Covid-19, F-16, GMT+0100) rather than
    standing alone; a number glued to a lower-case word ("usia13") is a typo and counts."""
    prev = norm[s - 1]
    if prev in "-+/" and s > 1 and norm[s - 2].isalpha():
        return not norm[max(0, s - 3):s].lower().endswith("ke-")
    if prev.isalpha():
        word = re.search(r"[^\W\d_]+$", norm[:s])
        return not (word and word.group().islower() and len(word.group()) >= 3)
    return False


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


def _words_value(phrase: str, n) -> float | None:
    total, current, seen = 0.0, 0.0, False
    words = n.words
    prev = None
    for token in re.split(r"[\s-]+", phrase.lower()):
        if not token:
            continue
        v = words.get(token)
        if v is None:
            return None
        if v == "and":
            continue
        seen = True
        if v == "x10":
            current = (current or 1) * 10
        elif v == "+10":
            current = (current or 1) + 10
        elif v == "x100":
            current = (current or 1) * 100
        elif v == "scale":
            total += (current or 1) * n.word_scales[token]
            current = 0
        elif v == 20 and n.vigesimal and words.get(prev) == 4:  # quatre-vingt(s)
            current = current - 4 + 80
        else:
            before = words.get(prev) if prev is not None else None
            if isinstance(before, (int, float)) and (before < 10 or before <= v):
                return None  # two numbers side by side ("deux trois"): not one number
            current += v
        prev = token
    return total + current if seen else None


# --- comparison -----------------------------------------------------------------------------------------------------

def unit_dimension(q: Quantity) -> str | None:
    """What ``q`` measures: length, mass, speed, temperature, area, percent, currency; None for a bare number."""
    return q.measure[0] if q.measure else None


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
    da, db = unit_dimension(a), unit_dimension(b)
    if da and da == db and da not in ("currency", "percent") and a.unit != b.unit:
        fa, fb = a.measure[1], b.measure[1]
        if da == "temperature":  # "?" is degrees of an unnamed scale: Celsius or Fahrenheit, whichever fits
            def celsius(v, f):
                return [v] if f == "c" else [(v - 32) * 5 / 9] if f == "f" else [v, (v - 32) * 5 / 9]
            return any(abs(ca - cb) <= max(1.5, 0.1 * abs(ca)) for ca in celsius(a.value, fa)
                       for cb in celsius(b.value, fb))
        va, vb = a.value * fa, b.value * fb
        return abs(va - vb) <= 0.08 * max(abs(va), abs(vb))  # translators round converted figures: 1 mile, 1,5 km
    return False


def unit_changed(a: Quantity, b: Quantity) -> bool:
    """Same number, but a different currency or an unconvertible unit."""
    da, db = unit_dimension(a), unit_dimension(b)
    if not da or not db:
        return False
    if da == "currency" or db == "currency":
        return a.unit != b.unit
    return da != db
