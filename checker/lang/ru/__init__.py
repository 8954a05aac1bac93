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
    transliteration_folds = ((r"(?<=[a-z]{3})(?:om|em|ym|im|oi|ei|oiu|eiu|ami|iami|akh|iakh)$", ""),)
    """Case endings a Russian name takes (Муном, Ачехе): not sounds of the name."""

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Russian
