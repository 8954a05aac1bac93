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
    # the Levant's and the Maghreb's month names beside Egypt's « يناير » (CLDR's ar_SY, ar_DZ, ar_MA)
    calendar_locales = ("ar_SY", "ar_DZ", "ar_MA")
    # alone, these are as often words: « مارس » (he practised), « نيسان » (Nissan), « آب » (a father, typed without
    # its hamza), « ماي », « جوان » (Joan); they count as a month after « شهر » (the month of) or « في » (in)
    ambiguous_months = {"مارس": "شهر|في", "نيسان": "شهر|في", "آب": "شهر|في", "ماي": "شهر|في", "أيار": "شهر|في",
                        "جوان": "شهر"}  # جوان: June in Algeria, and Joan
    extra_weekdays = {"الاثنين": 0, "الإثنين": 0, "الأحد": 6, "الاحد": 6, "الأربعاء": 2, "الاربعاء": 2}

    # --- meaning: negations, disclaimers


LANGUAGE = Arabic
