"""Chinese (written in simplified or traditional characters)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Chinese(Language):
    code = "zh"
    has_module = True

    # --- writing, sentences and words

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Chinese
