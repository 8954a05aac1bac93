"""German."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class German(Language):
    code = "de"
    has_module = True

    # --- writing, sentences and words

    # --- names
    capitalises_nouns = True
    noun_endings = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "ität",
                    "tion", "tionen")

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = German
