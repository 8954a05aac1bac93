"""The maintained libraries for numbers and dates against checker.quantities, on NTREX-128's line-aligned references.

NTREX-128 gives each English sentence beside its translation in every language, so a number read in a translation can
be checked against the English original without hand labels: for each line pair, the values read from the English
(checker.quantities, English, which a reader of English news can verify) are matched against the values each method
reads from the translation, as multisets. Recall: the share of the English values a method finds in the translation;
precision: the share of the values it reads that are in the English. Neither is 100 % even for a perfect reader (the
references add, drop and convert figures), but the methods are compared on the same lines. Dates the same way, as
(month, day). Speed: microseconds per sentence after the library is loaded, and the load time.

Methods (each where it supports the language):
- digits: ASCII digits and their separators only, the baseline;
- checker.quantities: what transcheck uses;
- cn2an (Chinese): ``cn2an.transform(text, "cn2an")``, then the digits;
- Recognizers-Text (Microsoft, ``recognizers-text-suite``: Chinese, Japanese, English, Spanish): ``recognize_number``;
- text2num (German, Spanish, English): ``alpha2digit``, then the digits;
- dateparser (every language, dates only): ``search_dates``.
pint is compared for what it would bring, unit conversion: its factors for the units transcheck converts, against the
tables of checker/lang/numerals.py.

    pip install 'transcheck[numeral-libraries]'   # the libraries compared (a method whose library is missing is skipped)
    python benchmarks/numeral_libraries.py [--lines N]
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import ntrex_documents  # noqa: E402
from checker.quantities import DATE, NUMBER, extract  # noqa: E402

LANGS = ("zh", "ja", "ar", "de", "es", "ru")
_FIGURE = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


def digits(text: str, lang: str) -> list[float]:
    from checker.quantities import _parse_digits  # the same reading of separators as the checker's
    from checker.lang import language

    out = []
    for m in _FIGURE.finditer(text):
        v = _parse_digits(m.group(), language(lang))
        if v is not None:
            out.append(v)
    return out


def ours(text: str, lang: str) -> list[float]:
    return [q.value for q in extract(text, lang) if q.kind == NUMBER and not q.match_only]


def _cn2an(text: str, lang: str) -> list[float]:
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            text = cn2an.transform(text, "cn2an")
        except Exception:  # cn2an raises on some inputs
            pass
    return digits(text, lang)


_CULTURES = {"zh": "Chinese", "ja": "Japanese", "en": "English", "es": "Spanish"}


def _recognizers(text: str, lang: str) -> list[float]:
    from recognizers_number import Culture, recognize_number

    out = []
    for r in recognize_number(text, getattr(Culture, _CULTURES[lang])):
        try:
            out.append(float(r.resolution["value"]))
        except (TypeError, ValueError, KeyError):
            continue
    return out


def _text2num(text: str, lang: str) -> list[float]:
    from text_to_num import alpha2digit

    try:
        text = alpha2digit(text, lang)
    except Exception:
        pass
    return digits(text, lang)


NUMBER_METHODS = {
    "digits": (None, digits, LANGS),
    "checker.quantities": (None, ours, LANGS),
    "cn2an": ("cn2an", _cn2an, ("zh",)),
    "Recognizers-Text": ("recognizers_number", _recognizers, ("zh", "ja", "es")),
    "text2num": ("text_to_num", _text2num, ("de", "es")),
}


def our_dates(text: str, lang: str) -> list[tuple]:
    return [q.value for q in extract(text, lang) if q.kind == DATE]


def _dateparser(text: str, lang: str) -> list[tuple]:
    from dateparser.search import search_dates

    try:
        found = search_dates(text, languages=[lang], settings={"REQUIRE_PARTS": ["day", "month"]}) or []
    except Exception:
        return []
    return [(d.month, d.day) for _, d in found]


DATE_METHODS = {"checker.quantities": (None, our_dates), "dateparser": ("dateparser.search", _dateparser)}


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def score(reference: list, found: list, equal) -> tuple[int, int, int]:
    """(matched, len(reference), len(found)) as multisets."""
    left = list(found)
    matched = 0
    for r in reference:
        k = next((i for i, f in enumerate(left) if equal(r, f)), None)
        if k is not None:
            matched += 1
            left.pop(k)
    return matched, len(reference), len(found)


def load(module: str | None) -> float | None:
    """Seconds to import ``module``; None when it is not installed."""
    if module is None:
        return 0.0
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            importlib.import_module(module)
        except ImportError:
            return None
    return time.perf_counter() - t0


def lines(lang: str, limit: int | None) -> list[tuple[str, str]]:
    en, other = ntrex_documents("en"), ntrex_documents(lang)
    pairs = [(a, b) for k in en for a, b in zip(en[k], other[k])]
    return pairs[:limit] if limit else pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=None, help="the first N lines of each language (default: all 1,997)")
    args = ap.parse_args()
    print("numbers: recall / precision against the English original's values, µs per sentence (load time)")
    print(f"{'lang':<5}{'method':<20}{'recall':>8}{'precision':>11}{'µs/sent':>9}{'load s':>8}")
    for lang in LANGS:
        data = lines(lang, args.lines)
        reference = [ours(en, "en") for en, _ in data]
        for name, (module, fn, langs) in NUMBER_METHODS.items():
            if lang not in langs:
                continue
            loaded = load(module)
            if loaded is None:
                print(f"{lang:<5}{name:<20}  not installed: pip install 'transcheck[numeral-libraries]'")
                continue
            fn(data[0][1], lang)  # first call: a library's own tables
            t0 = time.perf_counter()
            found = [fn(text, lang) for _, text in data]
            per = (time.perf_counter() - t0) / len(data) * 1e6
            m = Counter()
            for ref, got in zip(reference, found):
                a, b, c = score(ref, got, _same)
                m["matched"] += a
                m["ref"] += b
                m["found"] += c
                m["precise"] += score(got, ref, _same)[0]
            print(f"{lang:<5}{name:<20}{m['matched'] / max(m['ref'], 1):>8.1%}"
                  f"{m['precise'] / max(m['found'], 1):>11.1%}{per:>9.0f}{loaded:>8.2f}")
    print("\ndates (month, day): recall / precision against the English original's dates")
    print(f"{'lang':<5}{'method':<20}{'recall':>8}{'precision':>11}{'µs/sent':>9}{'load s':>8}")
    for lang in LANGS:
        data = [(en, text) for en, text in lines(lang, args.lines) if our_dates(en, "en")] or lines(lang, 1)
        reference = [our_dates(en, "en") for en, _ in data]
        for name, (module, fn) in DATE_METHODS.items():
            loaded = load(module)
            if loaded is None:
                print(f"{lang:<5}{name:<20}  not installed: pip install 'transcheck[numeral-libraries]'")
                continue
            fn(data[0][1], lang)
            t0 = time.perf_counter()
            found = [fn(text, lang) for _, text in data]
            per = (time.perf_counter() - t0) / len(data) * 1e6
            m = Counter()
            for ref, got in zip(reference, found):
                a, b, c = score(ref, got, lambda x, y: x == y)
                m["matched"] += a
                m["ref"] += b
                m["found"] += c
                m["precise"] += score(got, ref, lambda x, y: x == y)[0]
            print(f"{lang:<5}{name:<20}{m['matched'] / max(m['ref'], 1):>8.1%}"
                  f"{m['precise'] / max(m['found'], 1):>11.1%}{per:>9.0f}{loaded:>8.2f}  ({len(data)} lines with an "
                  "English date)")
    print("\nunit conversion: pint's factors against checker/lang/numerals.py's")
    try:
        t0 = time.perf_counter()
        import pint

        registry = pint.UnitRegistry()
        loaded = time.perf_counter() - t0
        from checker.lang import numerals as n

        checks = {"mile": (n.MILE, "meter"), "foot": (n.FOOT, "meter"), "inch": (n.INCH, "meter"),
                  "yard": (n.YARD, "meter"), "pound": (n.POUND, "kilogram"), "ounce": (n.OUNCE, "kilogram"),
                  "acre": (n.ACRE, "hectare"), "mile / hour": (n.MPH, "kilometer / hour"),
                  "gallon": (n.GALLON, "liter"), "square_mile": (n.SQUARE_MILE, "hectare")}
        worst = 0.0
        for unit, (ours_factor, base) in checks.items():
            theirs = registry.Quantity(1, unit).to(base).magnitude
            worst = max(worst, abs(theirs - ours_factor[1]) / theirs)
        print(f"pint (load {loaded:.2f} s): {len(checks)} factors, the largest difference {worst:.3%} (matching "
              "allows 8 %)")
    except ImportError:
        print("pint is not installed")


if __name__ == "__main__":
    main()
