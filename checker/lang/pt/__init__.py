"""Portuguese (Portugal and Brazil)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Portuguese(Language):
    code = "pt"
    has_module = True

    # --- writing, sentences and words

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # CLDR's abbreviations « mar. », « set. » and « dez. » are the sea, a tennis set and ten at a sentence's end:
    # months only with a day
    ambiguous_months = {"mar.": "(?!)", "set.": "(?!)", "dez.": "(?!)"}

    # --- meaning: negations, disclaimers


LANGUAGE = Portuguese
