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
    # CLDR's wide names are « 星期五 »; news writes « 周五 » as often, and « 星期天 », « 礼拜五 »
    extra_weekdays = {**{"周" + d: i for i, d in enumerate("一二三四五六")}, "周日": 6, "周天": 6, "星期天": 6,
                      **{"礼拜" + d: i for i, d in enumerate("一二三四五六")}, "礼拜天": 6, "礼拜日": 6,
                      **{"週" + d: i for i, d in enumerate("一二三四五六")}, "週日": 6}
    # « 每周四天 » is four days a week, not Thursday
    ambiguous_weekdays = {"周" + d: "天|个|次|年" for d in "一二三四五六日"}

    # --- meaning: negations, disclaimers


LANGUAGE = Chinese
