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
    # a month after « в » is in the prepositional (« в январе »), a weekday after « в » in the accusative
    # (« в среду »), and after « до », « с » in the genitive (« до среды »): CLDR lists the other cases
    extra_months = {m: i for i, m in enumerate(("январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
                                                "августе", "сентябре", "октябре", "ноябре", "декабре"), 1)}
    # and after « к » in the dative (« к январю »: by January)
    extra_months.update({m: i for i, m in enumerate(("январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю",
                                                     "августу", "сентябрю", "октябрю", "ноябрю", "декабрю"), 1)})
    # and the adjectives of months: « июньский саммит » (the June summit), « на ноябрьских выборах »
    extra_months.update({stem + ending: i for i, stem in enumerate(
        ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск", "сентябрьск",
         "октябрьск", "ноябрьск", "декабрьск"), 1)
        for ending in ("ий", "ая", "ое", "ие", "ого", "ой", "их", "им", "ую", "ом", "ому", "ими")})
    extra_weekdays = {"среду": 2, "пятницу": 4, "субботу": 5, "среды": 2, "пятницы": 4, "субботы": 5,
                      "понедельника": 0, "вторника": 1, "четверга": 3, "воскресенья": 6}

    # --- meaning: negations, disclaimers


LANGUAGE = Russian
