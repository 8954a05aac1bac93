"""German."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class German(Language):
    code = "de"
    has_module = True

    # --- writing, sentences and words
    # « am 2. Oktober », « im 19. Jahrhundert », « in der 28. Minute », « zum 7. Mal », « vor seinem 63. Geburtstag »:
    # an ordinal after an article, a preposition with its article or a possessive, not a sentence's end
    ordinal_period_words = frozenset(
        "am im vom zum zur beim dem den der des die das ein eine einem einen einer eines "
        "sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren "
        "unserer unseres jeden jedem jeder jedes diesem diesen dieser dieses".split())

    # --- names
    capitalises_nouns = True
    noun_endings = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "ität",
                    "tion", "tionen")

    def name_forms(self, word: str) -> tuple[str, ...]:
        """The word, and without the -s of a name's genitive (« Cricks Verhaftung », « Livingstons Sieg »)."""
        low = word.casefold()
        if low.endswith("s") and not low.endswith(("ss", "ß")) and len(low) >= 5:
            return (low, low[:-1])
        return (low,)

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # a month at the head of a compound: « Oktoberanfang », « in der ersten Oktoberhälfte », « Septemberende »
    extra_months = {month.lower() + part: i for i, month in enumerate(
        ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
         "Dezember"), 1) for part in ("anfang", "ende", "mitte", "hälfte", "beginn")}

    # --- meaning: negations, disclaimers


LANGUAGE = German
