"""Numbers, dates and quantities in a sentence, with their spans and a normalised value.

Per language (Indonesian, French and English have full tables; any other language gets the digit-based fallback):

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
    """Normalised unit or currency (km, mile, %, usd, idr, ...), None for a bare number."""
    soft: bool = False
    """A small count in words ("dua", "les deux", "kedua", "une quarantaine", "deuxième"), a weekday, or a
    conversion in brackets ("6 meter (18 kaki)"): translators add and drop these freely, so one is only reported when the other side has a different value
    in its place."""
    alt: float | None = None
    """Another reading of an ambiguous figure: "1,127" in an Indonesian text written the English way is 1127."""
    match_only: bool = False
    """A word for one ("un", "one", "satu"): an article as often as a number, so it can stand for a 1 on the other
    side but is never reported itself."""


# --- tables ---------------------------------------------------------------------------------------------------------

_SCALES = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
    "mille": 1e3, "milles": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e9, "billions": 1e9, "thousand": 1e3, "thousands": 1e3, "trillion": 1e12, "trillions": 1e12,
    "mln": 1e6, "mrd": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3,
}
_FRENCH_SCALES = {"billion": 1e12, "billions": 1e12}  # the French billion is a million millions

# unit -> (dimension, factor to the dimension's base unit)
_UNITS = {
    "%": ("percent", 1), "persen": ("percent", 1), "pour cent": ("percent", 1), "pourcent": ("percent", 1),
    "percent": ("percent", 1), "per cent": ("percent", 1), "pct": ("percent", 1),
    "km": ("length", 1000), "kilometer": ("length", 1000), "kilometre": ("length", 1000),
    "kilomètre": ("length", 1000), "kilometers": ("length", 1000), "kilometres": ("length", 1000),
    "kilomètres": ("length", 1000), "m": ("length", 1), "meter": ("length", 1), "metre": ("length", 1),
    "mètre": ("length", 1), "meters": ("length", 1), "metres": ("length", 1), "mètres": ("length", 1),
    "cm": ("length", 0.01), "mm": ("length", 0.001), "mil": ("length", 1609.34), "mile": ("length", 1609.34),
    "miles": ("length", 1609.34), "milles": ("length", 1609.34), "ft": ("length", 0.3048), "feet": ("length", 0.3048), "foot": ("length", 0.3048),
    "kaki": ("length", 0.3048), "pieds": ("length", 0.3048), "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "inci": ("length", 0.0254), "pouces": ("length", 0.0254),
    "kg": ("mass", 1), "kilogram": ("mass", 1), "kilogramme": ("mass", 1), "kilogrammes": ("mass", 1),
    "kilograms": ("mass", 1), "ton": ("mass", 1000), "tons": ("mass", 1000), "tonnes": ("mass", 1000),
    "tonne": ("mass", 1000), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536), "pon": ("mass", 0.4536),
    "pounds": ("mass", 0.4536), "livres": ("mass", 0.4536),
    "km/h": ("speed", 1), "km/jam": ("speed", 1), "kph": ("speed", 1), "mph": ("speed", 1.60934),
    "km per jam": ("speed", 1), "kilometer per jam": ("speed", 1), "kilomètres par heure": ("speed", 1),
    "kilometres per hour": ("speed", 1), "kilometers per hour": ("speed", 1), "mil per jam": ("speed", 1.60934),
    "miles per hour": ("speed", 1.60934), "miles par heure": ("speed", 1.60934),
    "derajat": ("temperature", "?"), "degrés": ("temperature", "?"), "degrees": ("temperature", "?"),
    "degré": ("temperature", "?"), "degree": ("temperature", "?"),
    "°c": ("temperature", "c"), "°f": ("temperature", "f"), "derajat celsius": ("temperature", "c"),
    "degrés celsius": ("temperature", "c"), "degrees celsius": ("temperature", "c"),
    "derajat fahrenheit": ("temperature", "f"), "degrés fahrenheit": ("temperature", "f"),
    "degrees fahrenheit": ("temperature", "f"),
    "ha": ("area", 1), "hektar": ("area", 1), "hectares": ("area", 1), "hectare": ("area", 1),
    "acres": ("area", 0.4047), "acre": ("area", 0.4047), "are": None,
}
_CURRENCY_BEFORE = {"rp": "idr", "rp.": "idr", "idr": "idr", "us$": "usd", "$": "usd", "usd": "usd", "€": "eur",
                    "eur": "eur", "£": "gbp", "gbp": "gbp", "¥": "jpy", "rm": "myr", "s$": "sgd", "a$": "aud"}
_CURRENCY_AFTER = {"rupiah": "idr", "dolar": "usd", "dollar": "usd", "dollars": "usd", "euro": "eur",
                   "euros": "eur", "livres sterling": "gbp", "livre sterling": "gbp", "pounds sterling": "gbp",
                   "poundsterling": "gbp", "pound sterling": "gbp", "£": "gbp", "€": "eur", "$": "usd", "usd": "usd",
                   "eur": "eur", "tenge": "kzt", "yuan": "cny", "yen": "jpy", "ringgit": "myr", "rubel": "rub",
                   "roubles": "rub", "rubles": "rub", "rupee": "inr", "rupees": "inr", "roupies": "inr"}

_WORDS = {
    "id": {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6,
           "setengah": 0.5,
           "puluh": "x10", "belas": "+10", "ratus": "x100", "ribu": "scale", "juta": "scale", "miliar": "scale",
           "milyar": "scale", "triliun": "scale"},
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
           "cent": "x100", "cents": "x100", "mille": "scale", "million": "scale", "millions": "scale",
           "milliard": "scale", "milliards": "scale", "millier": "scale", "et": "and"},
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": "x100",
           "thousand": "scale", "million": "scale", "millions": "scale", "billion": "scale", "trillion": "scale",
           "and": "and"},
}
_LONE_SCALES = {"ribu", "juta", "miliar", "milyar", "triliun", "millions", "milliards", "million", "milliard",
                "millier", "thousand", "thousands", "billion", "billions", "trillion", "et", "and"}
# Words for one are articles as often as numbers ("un homme", "one of them"): only counted inside a larger number.
_ONE_WORDS = {"un", "une", "one", "satu"}
# decades and centuries counted in words: "satu dekade" is the "10 ans" of the other side
_BETWEEN = r"(?:\s+(?:dernier|dernière|derniers|dernières|prochain|prochaine|prochains|prochaines|last|past|next))?"
_TIMES = re.compile(_BETWEEN + r"\s+(dekade|décennies?|decades?|abad|siècles?|centur(?:y|ies))(?![\w])",
                    re.IGNORECASE)


def _years(times: re.Match) -> int:
    """The years in one decade or century matched by _TIMES."""
    return 100 if times.group(1).lower()[:3] in ("aba", "siè", "cen") else 10


# a count of time ("dua tahun", « trois mois », "two weeks") is a figure however it is written
_DURATION = re.compile(_BETWEEN + r"\s+(?:tahun|bulan|minggu|pekan|hari|jam|menit|detik|dekade|abad|"
                       r"ans?|années?|mois|semaines?|jours?|journées?|heures?|minutes?|secondes?|décennies?|siècles?|"
                       r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))(?![\w])",
                       re.IGNORECASE)
_WORD_SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12, "mille": 1e3,
                "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "millier": 1e3, "thousand": 1e3,
                "billion": 1e9, "trillion": 1e12}

_TIME_WORDS_BEFORE = r"(?:pukul|jam|à|at|vers|sekitar pukul)"
_TIME_ZONES = r"(?:WIB|WITA|WIT|GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|heure locale|local time|waktu setempat)"


@lru_cache(maxsize=None)
def _calendar(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of a locale (CLDR through babel), lower-cased: name -> number."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    try:
        for num, name in get_month_names("wide", locale=lang).items():
            months[name.lower()] = num
        for num, name in get_month_names("abbreviated", locale=lang).items():
            abbr = name.lower().rstrip(".")
            if len(abbr) >= 3:
                months.setdefault(abbr + ".", num)
        for num, name in get_day_names("wide", locale=lang).items():
            days[name.lower()] = num
    except Exception:  # an unknown locale: digits only
        return {}, {}
    if lang == "id":
        days["jum'at"] = 4
        days["ahad"] = 6
        months["agu."] = 8
    if lang in ("en", "id"):
        months["sept."] = 9  # "Sept.", as English news writes it and Indonesian translations copy
    return months, days


# --- extraction -----------------------------------------------------------------------------------------------------

_SP = r"[ \u00a0\u202f]"
_DIGITS = (r"(?<![\d/])(?<!\d[.,])(?:\d{1,3}(?:(?:[.,]|" + _SP + r")\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d/])")


def _parse_digits(s: str, lang: str) -> float | None:
    s = re.sub(_SP, " ", s)
    if " " in s:
        head, _, tail = s.partition(",") if lang != "en" else s.partition(".")
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
        thousands_sep = "," if lang == "en" else "."
        if len(groups) > 2 or (all(len(g) == 3 for g in groups[1:]) and (sep == thousands_sep or lang not in ("en", "id", "fr"))):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


def _other_reading(figure: str, value: float) -> float | None:
    """In an Indonesian or French text, "1,127" may be written the English way: 1127 as well as 1.127."""
    m = re.fullmatch(r"(\d{1,3}),(\d{3})", figure)
    if not m:
        return None
    whole = float(m.group(1) + m.group(2))
    return whole if value != whole else float(m.group(1) + "." + m.group(2))


def _word_pattern(lang: str) -> re.Pattern | None:
    words = _WORDS.get(lang)
    if not words:
        return None
    alternatives = sorted((w for w in words if words[w] != "and"), key=len, reverse=True)
    joiners = [w for w, v in words.items() if v == "and"]
    word = r"(?:" + "|".join(map(re.escape, alternatives)) + r")"
    sep = r"(?:[\s-]+(?:(?:" + "|".join(joiners) + r")[\s-]+)?)" if joiners else r"[\s-]+"
    return re.compile(r"(?<![\w-])" + word + r"(?:" + sep + word + r")*(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _patterns(lang: str):
    months, days = _calendar(lang)
    month_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True)) or "(?!)"
    day_alt = "|".join(sorted(map(re.escape, days), key=len, reverse=True)) or "(?!)"
    month = r"(?P<month>" + month_alt + r")(?![\w])"
    year = r"(?:,?" + _SP + r"+(?P<year>\d{4}))?(?!\d)"
    flags = re.IGNORECASE  # English capitals are checked after the match (_month_ok)
    pats = [
        (DATE, re.compile(r"(?:(?<=\()|(?<=" + _SP + r"\()|(?<=,)" + _SP + r"?)(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                          r"(?:/(?P<year>\d{2,4}))?(?=\)|,)")),
        (DATE, re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2,4})(?![\d/])")),
        (DATE, re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:er|\.)?" + _SP + r"+" + month + year, flags | re.IGNORECASE)),
        (DATE, re.compile(month + _SP + r"*(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)" + year, flags)),
        (MONTH, re.compile(r"(?<![\w])" + month + year, flags)),
        (WEEKDAY, re.compile(r"(?<![\w'])(?P<weekday>" + day_alt + r")(?![\w'])", re.IGNORECASE)),
        (TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})(?::(?P<m1>\d{2})|" + _SP + r"?h" + _SP + r"?(?P<m2>\d{2})?|"
                          r"\.(?P<m3>\d{2})(?=" + _SP + r"*" + _TIME_ZONES + r"))(?![\d\w])"
                          r"(?:" + _SP + r"*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![\w]))?")),
        (TIME, re.compile(_TIME_WORDS_BEFORE + _SP + r"+(?P<h>\d{1,2})[.:](?P<m1>\d{2})(?![\d])", re.IGNORECASE)),
        (TIME, re.compile(r"(?:(?<=à )|(?<=vers )|(?<=dès )|(?<=depuis )|(?<=avant )|(?<=après ))(?P<h>\d{1,2})"
                          + _SP + r"heures?(?:" + _SP + r"(?P<m2>\d{2}))?(?:" + _SP + r"(?P<ampm>du matin|de l['’]"
                          r"après-midi|du soir))?(?![\w])", re.IGNORECASE)),
        (TIME, re.compile(r"(?<![\d.,])(?P<h>\d{1,2})" + _SP + r"*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![\w])")),
        (TIME, re.compile(r"(?:pukul|jam)" + _SP + r"+(?P<h>\d{1,2})(?![\d.,:])(?:" + _SP + r"+(?P<ampm>pagi|siang|sore|"
                          r"malam|dini hari)(?![\w]))?", re.IGNORECASE)),
    ]
    return pats


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract(text: str, lang: str | None) -> list[Quantity]:
    """The quantities of ``text`` in the order they appear, offsets into ``text``."""
    lang = (lang or "").split("-")[0].lower()
    norm, offsets = nfc_with_offsets(text)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(kind, value, s, e, unit=None, soft=False, match_only=False, alt=None):
        rs, re_ = offsets[s], offsets[e]
        found.append(Quantity(kind, value, rs, re_, text[rs:re_], unit, soft, alt, match_only))
        taken.append((s, e))

    months, days = _calendar(lang) if lang else ({}, {})
    for kind, pat in _patterns(lang):
        for m in pat.finditer(norm):
            if _overlaps(taken, m.start(), m.end()):
                continue
            g = m.groupdict()
            if kind == DATE and g.get("a") is not None:
                a, b = int(g["a"]), int(g["b"])
                if lang == "en":
                    a, b = b, a  # month/day
                if not (1 <= a <= 31 and 1 <= b <= 12):
                    continue
                add(DATE, (b, a), m.start(), m.end("b"))
            elif kind == DATE:
                mon = months.get(g["month"].lower())
                day = int(g["day"])
                if not mon or not 1 <= day <= 31 or not _month_ok(g["month"], lang):
                    continue
                add(DATE, (mon, day), m.start(), m.end("day") if m.start("day") > m.start("month") else m.end("month"))
            elif kind == MONTH:
                if not _month_ok(g["month"], lang):
                    continue
                add(MONTH, months[g["month"].lower()], m.start("month"), m.end("month"))
            elif kind == WEEKDAY:
                word = g["weekday"]
                if lang == "id" and word.lower() == "minggu" and (word[0].islower() or re.match(
                        r"\s+(?:lalu|depan|ini|ke|pertama|terakhir|sebelumnya|kemarin)\b", norm[m.end():])):
                    continue  # "minggu" is also "week"
                add(WEEKDAY, days[word.lower()], m.start(), m.end(), soft=True)
            elif kind == TIME:
                h = int(g["h"])
                minutes = g.get("m1") or g.get("m2") or g.get("m3") or "0"
                mm = int(minutes)
                if h > 24 or mm > 59:
                    continue
                if g.get("ampm") and g["ampm"].lower()[:1] in ("p", "s", "m", "d") and h < 12 and \
                        g["ampm"].lower() not in ("pagi", "du matin"):
                    h += 12  # p.m., siang, sore, malam
                add(TIME, (h % 12) * 60 + mm, m.start("h") if "h" in g else m.start(), m.end())
            if kind in (DATE, MONTH) and g.get("year"):
                add(NUMBER, float(g["year"]), m.start("year"), m.end("year"))

    # Roman centuries (XIXe siècle) and decades (les années 30, the '80s)
    for m in re.finditer(r"(?<![\w])(?P<roman>[IVXLC]+)(?:e|è|ème|er)(?![\w])", norm):
        value = _roman(m.group("roman"))
        if value and not _overlaps(taken, m.start(), m.end()):
            add(NUMBER, float(value), m.start(), m.end(), "ordinal")
    for m in re.finditer(r"(?:(?<=années )|(?<=années' )|(?<=the ')|(?<=the ))(?P<yy>\d0)(?:'?s)?(?![\d\w])", norm):
        if not _overlaps(taken, m.start(), m.end()):
            add(NUMBER, 1900.0 + int(m.group("yy")), m.start(), m.end())

    # numbers written with digits, with their scale, currency and unit
    for m in re.finditer(_DIGITS, norm):
        s, e = m.start(), m.end()
        if _overlaps(taken, s, e):
            continue
        if s and _in_code(norm, s):
            continue  # part of a name or a code: Covid-19, G20, MH17, F-16, GMT+0100
        value = _parse_digits(m.group(), lang)
        if value is None:
            continue
        alt = _other_reading(m.group(), value) if lang in ("id", "fr") else None
        unit = None
        before = norm[max(0, s - 4):s].lower().rstrip(" \u00a0\u202f")
        for sym, cur in sorted(_CURRENCY_BEFORE.items(), key=lambda kv: -len(kv[0])):
            if before.endswith(sym) and (len(before) == len(sym) or not before[-len(sym) - 1].isalpha()):
                unit = cur
                s = s - (len(norm[max(0, s - 4):s]) - len(before)) - len(sym)
                break
        rest = norm[e:]
        ordinal = re.match(r"(?:er|re|e|ème|è|st|nd|rd|th)(?![\w])", rest)
        if ordinal and value.is_integer():
            e += ordinal.end()
            add(NUMBER, value, s, e, "ordinal")
            continue
        scale = re.match(r"(?:" + _SP + r"?)(ribu|rb|juta|jt|miliar|milyar|triliun|mille|millions?|milliards?|"
                         r"billions?|thousands?|trillions?|mln|mrd|bn|m|k)(?![\w])", rest, re.IGNORECASE)
        if scale:
            alt = None
            word = scale.group(1).lower()
            if word not in ("m", "k") or unit or not scale.group(0).startswith(" "):
                factor = _FRENCH_SCALES.get(word, _SCALES[word]) if lang == "fr" else _SCALES[word]
                if word == "m" and not unit:
                    factor = None  # 5m with no currency is five metres
                if factor:
                    value *= factor
                    e += scale.end()
                    rest = norm[e:]
        if not unit:
            unit, length = _unit_after(rest)
            e += length
        if re.match(r"-an(?![\w])", norm[e:]) and value < 100:
            add(NUMBER, value, s, e + 3, unit, True)  # "usia 40-an": in their forties
            continue
        add(NUMBER, value, s, e, unit, alt=alt)

    # numbers written in words
    pat = _word_pattern(lang)
    if pat:
        words = _WORDS[lang]
        for m in _free_matches(pat, norm, taken):
            value = _words_value(m.group(), words)
            if value is None:
                continue
            phrase = m.group().lower()
            if phrase in _LONE_SCALES:
                continue  # "des millions", "ribuan", "puluhan ribu": a vague amount, not a number
            unit, length = _unit_after(norm[m.end():])
            times = _TIMES.match(norm[m.end():])
            if times and not unit:
                # "dua dekade", « deux décennies »: twenty years, a figure; "satu dekade", « un siècle »: soft, as
                # « plusieurs décennies » may stand for it
                add(NUMBER, float(value) * _years(times), m.start(), m.end() + times.end(),
                    soft=phrase in _ONE_WORDS)
                continue
            other = re.match(r"\s+autres\s+(millions?|milliards?)(?![\w])", norm[m.end():]) if lang == "fr" else None
            if other and not unit:  # « six autres millions de personnes »
                add(NUMBER, float(value) * _SCALES[other.group(1).lower()], m.start(), m.end() + other.end())
                continue
            if phrase in _ONE_WORDS and not unit:
                add(NUMBER, 1.0, m.start(), m.end(), None, True, True)
                continue
            # small counts in words ("dua tahun", "les deux") come and go in translation; larger ones are figures
            soft = value <= 10 and not any(w in _WORD_SCALES for w in re.split(r"[\s-]+", phrase)) and \
                not (value >= 2 and _DURATION.match(norm[m.end():]))  # "dua tahun lalu": a span of time, a figure
            add(NUMBER, float(value), m.start(), m.end() + length, unit, soft and not unit)
    if lang == "en":  # "a decade", "a century"
        for m in re.finditer(r"(?<![\w])an?(?=\s+(?:decade|century)(?![\w]))", norm, re.IGNORECASE):
            times = _TIMES.match(norm[m.end():])
            if not _overlaps(taken, m.start(), m.end() + times.end()):
                add(NUMBER, float(_years(times)), m.start(), m.end() + times.end())
    # approximate amounts and ordinals in words: reported only when the other side has another value there
    for word_re, table in _soft_words(lang):
        for m in word_re.finditer(norm):
            if not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(table[m.group(1).lower()]), m.start(), m.end(), "ordinal", True)
    # Indonesian "ke-2", "ke 2" ordinals were kept with their digits; "kedua", "ketiga" are soft ordinals
    if lang == "id":
        for m in re.finditer(r"(?<![\w-])ke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?![\w])", norm,
                             re.IGNORECASE):
            if not _overlaps(taken, m.start(), m.end()):
                add(NUMBER, float(_WORDS["id"][m.group(1).lower()]), m.start(), m.end(), "ordinal", True)
    found.sort(key=lambda q: (q.start, q.end))
    return _ranges_and_conversions(text, found)


_RANGE = re.compile(r"\s*(?:-|–|—|hingga|sampai|s\.d\.|s/d|to|à|a|et|and|dan|atau|or|ou)\s*", re.IGNORECASE)
_BRACKET = re.compile(r"\s*[(\[]\s*(?:sekitar|environ|about|around|or|atau|soit|)\s*")


def _ranges_and_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
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
        da, db = unit_dimension(a.unit), unit_dimension(b.unit)
        if da in ("length", "mass") and da == db and _UNITS[a.unit][1] > _UNITS[b.unit][1] and \
                re.fullmatch(r"\s*(?:dan|et|and)?\s*", between):
            # 6 kaki 6 inci: one height
            total = (a.value * _UNITS[a.unit][1] + b.value * _UNITS[b.unit][1]) / _UNITS[b.unit][1]
            out[k - 1:k + 1] = [Quantity(NUMBER, total, a.start, b.end, text[a.start:b.end], b.unit)]
        elif a.unit is None and b.unit not in (None, "ordinal") and _RANGE.fullmatch(between):
            out[k - 1] = replace(a, unit=b.unit)
        elif a.unit not in (None, "ordinal") and _BRACKET.fullmatch(between) and \
                unit_dimension(a.unit) == unit_dimension(b.unit):
            out[k] = replace(b, soft=True)
    return out


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern:
    names = [u for u in list(_UNITS) + list(_CURRENCY_AFTER) if _UNITS.get(u, True)]
    return re.compile(r"(?:" + _SP + r"?)(%|" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                      + r")(?![\w])", re.IGNORECASE)


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


def _unit_after(rest: str) -> tuple[str | None, int]:
    """The unit or currency that follows a number, normalised, and how many characters it takes."""
    m = _unit_pattern().match(rest)
    if not m:
        de = re.match(r"(?:" + _SP + r"+de" + _SP + r"+|" + _SP + r"+d['’])", rest)  # 5 millions de dollars
        if de:
            cur = _unit_pattern().match(rest[de.end():])
            if cur and cur.group(1).lower() in _CURRENCY_AFTER:
                return _CURRENCY_AFTER[cur.group(1).lower()], de.end() + cur.end()
        return None, 0
    word = m.group(1).lower()
    if word in _CURRENCY_AFTER:
        return _CURRENCY_AFTER[word], m.end()
    return word, m.end()


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


_APPROXIMATE = {"fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
                 "en": {"dozen": 12, "dozens": 12}}
_ORDINAL_WORDS = {
    "fr": {"premier": 1, "première": 1, "second": 2, "seconde": 2},
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12},
    "id": {"pertama": 1},
}


@lru_cache(maxsize=None)
def _soft_words(lang: str) -> list[tuple[re.Pattern, dict]]:
    table = dict(_APPROXIMATE.get(lang, {}))
    table.update(_ORDINAL_WORDS.get(lang, {}))
    if lang == "fr":  # deuxième, douzième, vingt-et-unième: the cardinal's stem and -ième
        stems = {"cinq": "cinqu", "neuf": "neuv"}
        for word, value in _WORDS["fr"].items():
            if isinstance(value, (int, float)) and value >= 2:
                table[stems.get(word, word.rstrip("e")) + "ième"] = value
        table.update({"centième": 100, "millième": 1000})
    if not table:
        return []
    alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return [(re.compile(r"(?<![\w-])(" + alt + r")(?![\w-])", re.IGNORECASE), table)]


def _month_ok(word: str, lang: str) -> bool:
    """English month names are capitalised ("may" is a verb); "mars" and "Mei" are fine as they are."""
    return lang != "en" or word[:1].isupper()


def _words_value(phrase: str, words: dict) -> float | None:
    total, current, seen = 0.0, 0.0, False
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
            total += (current or 1) * _WORD_SCALES[token]
            current = 0
        elif v == 20 and words.get(prev) == 4:  # quatre-vingt(s)
            current = current - 4 + 80
        else:
            before = words.get(prev) if prev is not None else None
            if isinstance(before, (int, float)) and (before < 10 or before <= v):
                return None  # two numbers side by side ("deux trois"): not one number
            current += v
        prev = token
    return total + current if seen else None


# --- comparison -----------------------------------------------------------------------------------------------------

def unit_dimension(unit: str | None):
    if unit is None or unit == "ordinal":
        return None
    if unit in _UNITS and _UNITS[unit]:
        return _UNITS[unit][0]
    return "currency"


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
    da, db = unit_dimension(a.unit), unit_dimension(b.unit)
    if da and da == db and da not in ("currency", "percent") and a.unit != b.unit:
        fa, fb = _UNITS[a.unit][1], _UNITS[b.unit][1]
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
    da, db = unit_dimension(a.unit), unit_dimension(b.unit)
    if not da or not db:
        return False
    if da == "currency" or db == "currency":
        return a.unit != b.unit
    return da != db
