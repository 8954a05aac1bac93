"""Russian."""

from __future__ import annotations

from functools import lru_cache

from ..base import Language
from .numerals import NUMERALS


@lru_cache(maxsize=None)
def _morph():
    """pymorphy3's analyser with its OpenCorpora dictionary (the ``pymorphy3-dicts-ru`` package), loaded once per
    process (a tenth of a second); kept here, not on the Language, so that a Language stays picklable."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1 << 14)
def _parses(word: str):
    return _morph().parse(word)


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's grammemes of proper names (OpenCorpora's tags)."""


class Russian(Language):
    code = "ru"
    has_module = True

    # --- writing, sentences and words

    # --- names
    latin_script = False
    transliteration_folds = ((r"(?<=[a-z]{3})(?:om|em|ym|im|oi|ei|oiu|eiu|ami|iami|akh|iakh)$", ""),
                             (r"^ev(?=[^aeiouy])", "eu"), (r"v", "W"), (r"kh", "H"))
    """Case endings a Russian name takes (Муном, Ачехе): not sounds of the name; the « Ев » that writes a Greek
    or Latin Eu before a consonant (« Евроскептик », Eurosceptic; « Евгений », Eugene; « Евфрат », Euphrates); the
    « в » that writes a w as often as a v (« Вудс », Woods; « Дарвин », Darwin: a weak ``W``), and the « х » that
    writes an h as often as a kh (« Хэмилтон », Hamilton; « Ачех », Aceh: a weak ``H``)."""
    territory_aliases = {"США": "US", "Штаты": "US", "Америка": "US", "Британия": "GB", "Северная Корея": "KP",
                         "Южная Корея": "KR", "Соединенное Королевство": "GB"}
    """What Russian news writes for a territory beside CLDR's names (« Соединенные Штаты », « КНДР »)."""

    def name_forms(self, word: str) -> tuple[str, ...]:
        """The lemmas pymorphy3 reads ``word`` as (its dictionary, and its guesses for names it lacks: « Пэйлина »
        may be « пэйлина » or the genitive of « пэйлин »), and the word itself."""
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return (word.casefold(),)
        return tuple(dict.fromkeys([p.normal_form.replace("ё", "е") for p in _parses(word)] + [word.casefold()]))

    def proper_name(self, word: str) -> bool | None:
        """Whether pymorphy3's likeliest reading of ``word`` is a proper name (its Name, Surn, Patr, Geox, Orgn or Trad
        grammemes: « Лондондерри », « Бруклине »), or it does not know the word (« Эйлид »)."""
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return None
        parses = _parses(word)
        return not parses or not parses[0].is_known or bool(_PROPER & parses[0].tag.grammemes)

    def nominatives(self, word: str) -> tuple[str, ...]:
        """Each reading of ``word`` pymorphy3 gives, put in the nominative, gender and number kept."""
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return (word.casefold(),)
        out = []
        for parse in _parses(word)[:4]:
            number = {"plur"} if "plur" in parse.tag else set()
            inflected = parse.inflect({"nomn"} | number) if "nomn" not in parse.tag else parse
            if inflected is not None:
                out.append(inflected.word.replace("ё", "е"))
        return tuple(dict.fromkeys(out + [word.casefold()]))

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
