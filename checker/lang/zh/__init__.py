"""Chinese (written in simplified or traditional characters)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Chinese(Language):
    code = "zh"
    has_module = True

    # --- writing, sentences and words
    has_case = False
    writes_spaces = False
    script_codes = ("Hani",)
    frequencies_by_lookup = True  # jieba's words, looked up in wordfreq's list (simplified characters)

    def segment_words(self, run: str) -> list[tuple[int, int]]:
        from .words import word_spans

        return word_spans(run)

    @property
    def tokenizer(self) -> str:
        from .words import version

        return version()

    def frequency_key(self, word: str) -> str:
        from .words import simplified

        return word.translate(simplified()).casefold()

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


LANGUAGE = Chinese
