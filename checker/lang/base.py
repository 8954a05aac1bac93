"""What transcheck knows about one language: the :class:`Language` object the segmenter and the checks ask.

A language module (``checker/lang/<code>/``) subclasses :class:`Language` and sets what is particular to it: its
abbreviations, clitics, words for numbers and units (:class:`~checker.lang.numerals.Numerals`), the words that join
two names or define an acronym, the disclaimers its news sites append to machine translations, its word tokenizer.
What CLDR knows comes from babel, for every locale CLDR has, module or not: month and weekday names, the decimal and
group symbols, the order of day and month in a short date, territory and language names. A language without a module
gets this class as it is: CLDR data where CLDR has the locale, and generic rules otherwise.

Checks never test a language code; they ask the object (``language(doc.language).clitics``).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .numerals import GENERIC, Numerals

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word in a script that writes spaces between words: letters, with inner apostrophes and hyphens."""

COMMON_ABBREVIATIONS = frozenset({"dr", "prof", "no", "nos", "vs", "st", "ir", "jr", "sr", "p", "pp", "vol", "art",
                                  "fig", "cf", "ca", "approx", "tel", "gen", "col", "lt", "capt", "sgt", "mt", "ft"})
"""Abbreviations that close with a period inside a sentence in news of any Latin-script language."""

NAME_PARTICLES = ("de", "du", "des", "la", "le", "van", "von", "bin", "al", "el")
"""Lower-case words inside a person's name (Charles de Gaulle, Ursula von der Leyen, Mohamed bin Salman): names
keep them in every language that quotes them."""

GENERIC_COORDINATORS = ("vs.", "vs", "versus", "&", ",")
"""What stands between two names coordinated in one sentence, in any language (« Smith vs Smyth »)."""

GENERIC_DEFINERS = ("alias",)
"""What joins an expansion and its acronym in news of any language."""

FOREIGN_MINOR_WORDS = frozenset(NAME_PARTICLES) | {"del", "der", "und"}
"""Function words of the names and titles every language quotes (Banco del Sur, Bund der Steuerzahler)."""


class Language:
    """One language's knowledge. Subclasses override the class attributes; CLDR data is read once, on first use."""

    code: str = "und"
    """ISO 639-1 (or 639-3 where there is no 639-1 code)."""
    locale: str | None = None
    """The CLDR locale babel reads for this language (default: ``code``)."""
    has_module: bool = False
    """Whether a module of checker/lang describes this language (False for the generic fallback)."""

    # --- writing
    has_case: bool = True
    """Whether the script has capitals, which tell names and sentence starts."""

    # --- sentences
    abbreviations: frozenset[str] = frozenset()
    """Abbreviations that close with a period before a name or a number (lower-cased, without the final period);
    the common ones are added (:data:`COMMON_ABBREVIATIONS`)."""

    # --- words
    clitics: tuple[str, ...] = ()
    """Suffixes glued to a word that a name or a borrowed word may carry (Indonesian -nya, -lah)."""
    elisions: tuple[str, ...] = ()
    """Elided words glued before a name with an apostrophe (French d’, l’, qu’, jusqu’), lower-cased."""
    name_particles: tuple[str, ...] = NAME_PARTICLES
    coordinators: tuple[str, ...] = ()
    """Words that coordinate two names (« dan », « et », "and"): two spellings side by side are two people."""
    acronym_definers: tuple[str, ...] = ()
    """Words that join an expansion and its acronym (« atau », « ou », "or")."""
    minor_words: frozenset[str] = frozenset()
    """Function words an acronym leaves out of its expansion's initials (« Organisation du Traité ... »)."""
    territory_initials_skip: tuple[str, ...] = ()
    """Words a territory's initials leave out (« of the »: United States of America is USA)."""
    negations: frozenset[str] = frozenset()
    """Words that turn a statement around (« tidak », « ne ... pas », "not")."""
    disclaimers: tuple[str, ...] = ()
    """Regular expressions of the disclaimers news sites append to machine translations, written in this language."""
    quoted_language: str | None = "en"
    """The language this language's news quotes titles and phrases in untranslated (English, for most); None for
    English itself."""
    spacy_pipelines: tuple[str, ...] = ()
    """spaCy packages with an entity recogniser for this language, the first installed one is used (default: spaCy's
    own names, ``<code>_core_news_sm`` ... ``<code>_core_web_lg``)."""
    wordfreq: str | None = None
    """wordfreq's code for this language (default: ``code``)."""

    # --- names (checker/names.py, checker/checks/names.py)
    latin_script: bool = True
    """Whether the language writes its names in Latin letters; where one side of a pair does not (Russian), names
    are compared across the two scripts by their sound too (checker.names.sound_key)."""
    capitalises_nouns: bool = False
    """Whether every noun takes a capital (German): a capitalised word is then a name only where the other side
    writes it too, or where it is neither a word the language knows nor a compound of two (Klimavorhersage)."""
    noun_endings: tuple[str, ...] = ()
    """Endings only common nouns take (German -ung, -heit, -schaft), where every noun is capitalised."""
    name_prefixes: tuple[str, ...] = ()
    """Letters glued before a word that a name may carry (Arabic و, ب, ل, ال): taken off before names are compared,
    the longest first."""
    transliteration_folds: tuple[tuple[str, str], ...] = ()
    """Regular-expression rewrites of :meth:`romanise`'s output that bring this language's transliteration to the
    generic sound key of checker.names (pinyin's q and x are ch and sh), applied in order."""
    territory_aliases: dict[str, str] = {}
    """Names this language's news writes for a territory beside CLDR's, -> the CLDR code (米国: US)."""

    territory_abbreviations: dict[str, str] = {}
    """One-character abbreviations news writes for a territory (Japanese 米 for the United States, 露 for Russia),
    -> the CLDR code: a counterpart of the territory where the other side names it, never a name of its own."""
    ambiguous_territory_names: frozenset[str] = frozenset()
    """CLDR territory names that are also common words of the language (Arabic مالي, Mali, is "financial"): a
    counterpart where the other side names the territory, never a name of its own."""

    def name_fold(self, text: str) -> str:
        """``text`` with the letters one name is written with in several ways made one, character for character
        (offsets carry over): Arabic alef and hamza forms, ta marbuta. The default: as it is."""
        return text

    def compound(self, word: str) -> bool:
        """Whether ``word`` is two words the language knows written as one (Klima|vorhersage, with a linking s:
        Versammlungs|mitglieder), by wordfreq."""
        low = word.casefold()
        for k in range(3, len(low) - 2):
            head, tail = low[:k], low[k:]
            if self.zipf(tail) >= 3.0 and (self.zipf(head) >= 3.0 or
                                           (head.endswith("s") and self.zipf(head[:-1]) >= 3.0) or
                                           self.compound(head)):
                return True
        return False

    @cached_property
    def names_by_script(self) -> bool:
        """Whether :meth:`name_spans` finds this language's names (a script without capitals)."""
        return self.name_spans("") is not None

    def name_spans(self, text: str) -> list[tuple[int, int]] | None:
        """Where the names of ``text`` stand when its script has no capitals to tell them (katakana runs,
        transliterated hanzi, rare Arabic words): (start, end) of each, in order. None, the default: names are
        found by their capitals (checker.names)."""
        return None

    def name_parts(self, name: str) -> list[tuple[int, int]]:
        """(start, end) of the words of a name found by :meth:`name_spans` (カシム＝ジョマルト・トカエフ has three)."""
        return [m.span() for m in re.finditer(r"[^\s・＝=·‧･]+", name)]

    def name_pieces(self, word: str) -> list[tuple[int, int]]:
        """(start, end) of the pieces of one word of a name (:meth:`name_parts`) that stand for a name apart, where
        a script glues a name to a common word: by default the word whole."""
        return [(0, len(word))]

    def name_candidates(self, text: str) -> list[tuple[int, int]] | None:
        """Where a name of another script may stand in ``text``: :meth:`name_spans` and the common words that may be
        names too (ترامب, Trump, is a common Arabic word), compared by sound with the other side's names. None, the
        default: the words of the text."""
        return self.name_spans(text)

    def common_word(self, word: str) -> bool:
        """Whether the language's tagger reads a word found by :meth:`name_spans` as common words rather than a
        name (Japanese スポークスマン, a loanword); False by default, where there is no tagger."""
        return False

    def romanise(self, text: str) -> str:
        """``text`` in lower-case Latin letters, for comparing names across scripts (anyascii: Токаев is tokaev,
        トカエフ tokaefu, 托卡耶夫 tuokayefu, توكاييف twkyyf)."""
        from anyascii import anyascii

        return anyascii(text).lower()

    def variant_key(self, word: str) -> str:
        """What two spellings of one name found by :meth:`name_spans` share (トカエフ and トカーエフ): by default its
        romanised letters. Names found by their capitals use checker.names.name_key instead."""
        return re.sub(r"[^a-z]", "", self.romanise(word))

    def listed_zipf(self, word: str) -> float:
        """The Zipf frequency of ``word`` as wordfreq's list has it, without tokenizing (for a script written without
        spaces, where a name is one entry of the list or none); 0 where the list has no such entry."""
        return _listed_zipf(self.frequency_code, word)

    # --- numbers, dates, units
    numerals: Numerals = GENERIC
    """Words for numbers, scales, units, currencies, ordinals, times of day (checker/lang/numerals.py)."""
    extra_months: dict[str, int] = {}
    """Month names CLDR does not list (lower-cased): « agu. », « sept. »."""
    extra_weekdays: dict[str, int] = {}
    """Weekday names CLDR does not list (0 is Monday): « jum'at », « ahad »."""
    ambiguous_weekdays: dict[str, str] = {}
    """A weekday name that is also an ordinary word, and a pattern of what follows it when it is the word (« minggu
    lalu »: last week)."""
    months_capitalised: bool = False
    """Month names count only when capitalised (English "May" is a month, "may" a verb)."""

    def __init__(self, code: str | None = None):
        if code is not None:
            self.code = code

    def __repr__(self) -> str:
        return f"<Language {self.code}{'' if self.has_module else ' (generic)'}>"

    # --- words ---------------------------------------------------------------------------------------------------

    def word_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word of ``text``."""
        return [m.span() for m in WORD.finditer(text)]

    def words(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.word_spans(text)]

    @cached_property
    def all_abbreviations(self) -> frozenset[str]:
        return COMMON_ABBREVIATIONS | self.abbreviations

    @property
    def spacy_packages(self) -> tuple[str, ...]:
        return self.spacy_pipelines or tuple(f"{self.code}_core_{kind}_{size}" for kind in ("news", "web")
                                             for size in ("sm", "md", "lg"))

    @cached_property
    def all_coordinators(self) -> tuple[str, ...]:
        return self.coordinators + GENERIC_COORDINATORS

    @cached_property
    def definers(self) -> tuple[str, ...]:
        """What joins an expansion and its acronym: the language's words and the generic ones."""
        return tuple(dict.fromkeys(self.acronym_definers + GENERIC_DEFINERS))

    @cached_property
    def expansion_minor_words(self) -> frozenset[str]:
        """The words an acronym's initials leave out in this language's text: its own, those of the language its
        news quotes (Ministry of Defence), and those of foreign names (Banco del Sur)."""
        from . import language

        quoted = language(self.quoted_language).minor_words if self.quoted_language else frozenset()
        return self.minor_words | quoted | FOREIGN_MINOR_WORDS

    @property
    def frequency_code(self) -> str:
        return self.wordfreq or self.code

    @cached_property
    def has_word_frequencies(self) -> bool:
        """Whether wordfreq has a word list for this language."""
        from wordfreq import available_languages

        return self.frequency_code in available_languages()

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency in the language (wordfreq), 0 where wordfreq has no list for it."""
        from wordfreq import zipf_frequency

        try:
            return zipf_frequency(word, self.frequency_code)
        except LookupError:
            return 0.0

    # --- CLDR ----------------------------------------------------------------------------------------------------

    @cached_property
    def _cldr(self):
        """babel's Locale, or None where CLDR has no such locale."""
        from babel import Locale

        if self.code == "und":
            return None  # babel would read "und" as CLDR's root locale
        try:
            return Locale.parse(self.locale or self.code)
        except Exception:  # babel raises several kinds for a code it does not know
            return None

    @cached_property
    def months(self) -> dict[str, int]:
        """Month names (wide, and abbreviated with their period, of 3 letters or more), lower-cased -> 1-12."""
        out: dict[str, int] = {}
        if self._cldr is not None:
            from babel.dates import get_month_names

            for num, name in get_month_names("wide", locale=self._cldr).items():
                out[name.lower()] = num
            for num, name in get_month_names("abbreviated", locale=self._cldr).items():
                abbr = name.lower().rstrip(".")
                if len(abbr) >= 3:
                    out.setdefault(abbr + ".", num)
        out.update(self.extra_months)
        return out

    @cached_property
    def weekdays(self) -> dict[str, int]:
        """Weekday names, lower-cased -> 0 (Monday) to 6."""
        out: dict[str, int] = {}
        if self._cldr is not None:
            from babel.dates import get_day_names

            for num, name in get_day_names("wide", locale=self._cldr).items():
                out[name.lower()] = num
        out.update(self.extra_weekdays)
        return out

    @cached_property
    def decimal_symbol(self) -> str | None:
        """The decimal separator (CLDR), None where CLDR does not know the locale."""
        if self._cldr is None:
            return None
        from babel.numbers import get_decimal_symbol

        return get_decimal_symbol(self._cldr)

    @cached_property
    def group_symbol(self) -> str | None:
        if self._cldr is None:
            return None
        from babel.numbers import get_group_symbol

        return get_group_symbol(self._cldr)

    @cached_property
    def month_first(self) -> bool:
        """Whether a short date writes the month before the day (1/8 is January 8th), by CLDR's short date format."""
        if self._cldr is None:
            return False
        pattern = self._cldr.date_formats["short"].pattern
        return 0 <= pattern.find("M") < pattern.find("d")

    @cached_property
    def territory_names(self) -> dict[str, str]:
        """CLDR territory code -> its name in this language."""
        return dict(self._cldr.territories) if self._cldr is not None else {}

    @cached_property
    def language_names(self) -> dict[str, str]:
        """ISO 639 code -> the language's name in this language (CLDR)."""
        return dict(self._cldr.languages) if self._cldr is not None else {}

    @cached_property
    def english_name(self) -> str:
        from babel import Locale

        return self._cldr.get_display_name(Locale("en")) if self._cldr is not None else self.code


@lru_cache(maxsize=None)
def _frequency_list(code: str) -> dict[str, float]:
    from wordfreq import available_languages, get_frequency_dict

    return get_frequency_dict(code) if code in available_languages() else {}


def _listed_zipf(code: str, word: str) -> float:
    import math

    frequency = _frequency_list(code).get(word, 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
