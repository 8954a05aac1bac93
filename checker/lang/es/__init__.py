"""Spanish."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Spanish(Language):
    code = "es"
    has_module = True

    # --- writing, sentences and words

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # CLDR's abbreviations « mar. » and « may. » are the sea and Theresa May at a sentence's end: months only with a day
    ambiguous_months = {"mar.": "(?!)", "may.": "(?!)"}

    # --- meaning: negations, disclaimers


LANGUAGE = Spanish
