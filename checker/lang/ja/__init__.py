"""Japanese."""

from __future__ import annotations

import unicodedata

from ..base import Language
from .numerals import NUMERALS


class Japanese(Language):
    code = "ja"
    has_module = True

    # --- writing, sentences and words
    has_case = False
    writes_spaces = False
    script_codes = ("Hani", "Hira", "Kana")
    quote_continuation = r"と(?!ころ)|って"  # 「……。」と述べた、「……！」って: the quotation is the verb's object
    frequencies_by_lookup = True  # wordfreq's own Japanese tokenizer needs MeCab's Python binding and ipadic

    def segment_words(self, run: str) -> list[tuple[int, int]]:
        from .words import word_spans

        return word_spans(run)

    @property
    def tokenizer(self) -> str:
        from .words import version

        return version()

    def frequency_key(self, word: str) -> str:
        return unicodedata.normalize("NFKC", word).casefold()

    # --- names

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # CLDR's wide names are « 金曜日 »; news writes « 金曜 » too
    extra_weekdays = {d + "曜": i for i, d in enumerate("月火水木金土日")}

    # --- meaning: negations, disclaimers


LANGUAGE = Japanese
