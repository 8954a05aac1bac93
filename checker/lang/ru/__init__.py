"""Russian."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Russian(Language):
    code = "ru"
    has_module = True

    # --- writing, sentences and words

    # --- names
    latin_script = False

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Russian
