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
    # CLDR's wide names are « 金曜日 »; news writes « 金曜 » too
    extra_weekdays = {d + "曜": i for i, d in enumerate("月火水木金土日")}

    # --- meaning: negations, disclaimers


LANGUAGE = Japanese
