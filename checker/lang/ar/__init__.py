"""Arabic (Modern Standard Arabic, as news writes it)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Arabic(Language):
    code = "ar"
    has_module = True

    # --- writing, sentences and words

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Arabic
