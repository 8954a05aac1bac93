"""Japanese."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Japanese(Language):
    code = "ja"
    has_module = True

    # --- writing, sentences and words

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Japanese
