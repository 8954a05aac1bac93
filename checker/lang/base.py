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
from functools import cached_property

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

SPELLING_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
"""Where Hunspell dictionaries are looked for (Debian installs its ``hunspell-<lang>`` packages there)."""

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
    negation_particles: frozenset[str] = frozenset()
    """Words of ``negations`` that negate only with a partner after them (French « ne », « n’ »: « ne ... pas »;
    alone it is the expletive « ne » of « avant qu’il ne parte »): :meth:`negation_spans` leaves them out."""
    negation_partners: frozenset[str] = frozenset()
    """Words that negate only after a particle (« ne ... plus », « n’ ... personne »), not alone (« plus grand »)."""
    negation_idioms: tuple[str, ...] = ()
    """Regular expressions of phrases whose negation word does not turn the statement around (« tidak hanya »: not
    only; « paling tidak »: at least; « sans doute »; « n’est-ce pas »): their negation words are not counted."""
    implicit_negations: tuple[str, ...] = ()
    """Regular expressions of words that carry a negation without a negation word (« impossible », « refuser »,
    « gagal »): a side that has one is not said to have lost or gained a negation."""
    titles: dict[str, tuple[str, ...]] = {}
    """The titles of roles, by a concept shared by every language (``governor``, ``governor_candidate``,
    ``vice_president``), each with regular expressions of how this language writes it (lower-cased text, whole
    words): « calon gubernur », « candidat au poste de gouverneur ». Two languages' tables make a bilingual title
    table (checker.lang.titles); a concept's more specific forms come first."""
    hunspell: tuple[str, ...] = ()
    """Hunspell dictionaries to spell-check this language with, by name, looked for in :data:`SPELLING_DIRS`
    (Debian's ``hunspell-fr``, ``hunspell-id``, ``hunspell-en-us`` install them); default: the code, then any
    regional dictionary of it (``fr``, ``fr_FR``)."""
    compound_prefixes: tuple[str, ...] = ()
    """Prefixes that make words a dictionary may lack (« anti », « néo »: « antinavires »)."""
    plural_suffixes: tuple[str, ...] = ()
    """How this language marks a plural on a word (French -s, -x): a source word given one is half-translated
    (« calegs »)."""
    doubled_words: frozenset[str] = frozenset()
    """Words that stand twice in a row in correct text (« nous nous », « vous vous »), lower-cased."""
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

    # --- spelling ------------------------------------------------------------------------------------------------

    @cached_property
    def spelling(self):
        """The language's Hunspell dictionary read by spylls, loaded on first use (seconds: French takes about 4);
        None where no dictionary is installed or spylls is missing."""
        from pathlib import Path

        names = self.hunspell or (self.code,)
        for folder in SPELLING_DIRS:
            folder = Path(folder)
            if not folder.is_dir():
                continue
            found = [folder / name for name in names if (folder / f"{name}.dic").is_file()]
            if not self.hunspell:
                found += sorted(p.with_suffix("") for p in folder.glob(f"{self.code}_*.dic"))
            for path in found:
                if (path.with_suffix(".aff")).is_file():
                    try:
                        from spylls.hunspell import Dictionary
                    except ImportError:
                        return None
                    return Dictionary.from_files(str(path))
        return None

    @cached_property
    def _spelled(self) -> dict[str, bool]:
        return {}

    def spelled(self, word: str) -> bool | None:
        """Whether the dictionary knows ``word`` (as written, or lower-cased); None without a dictionary."""
        known = self._spelled.get(word)
        if known is None:
            dictionary = self.spelling
            if dictionary is None:
                return None
            word = word.replace("’", "'")
            try:
                known = bool(dictionary.lookup(word) or (word[:1].isupper() and dictionary.lookup(word.lower())))
            except Exception:  # spylls on an odd word: unknown rather than a crash
                known = False
            self._spelled[word] = known
        return known

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is a word of this language: the Hunspell dictionary knows it, or wordfreq has it at Zipf
        3 or more (common words the dictionary lacks; wordfreq alone cannot tell a rare word from a name, « tanis »),
        or it is one of :attr:`compound_prefixes` before a known word (« antinavires »). Without a dictionary, a Zipf
        frequency of 1.5 or more."""
        low = word.casefold()
        dictionary = self.spelling is not None
        floor = 3.0 if dictionary else 1.5
        if self.zipf(low) >= floor or (dictionary and self.spelled(word)):
            return True
        for prefix in self.compound_prefixes:
            rest = low[len(prefix):].lstrip("-")
            if low.startswith(prefix) and len(rest) >= 4 and (self.zipf(rest) >= floor or
                                                             (dictionary and self.spelled(rest))):
                return True
        return False

    @cached_property
    def _negation_idiom(self) -> re.Pattern | None:
        if not self.negation_idioms:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(self.negation_idioms) + r")(?![\w-])", re.IGNORECASE)

    def negation_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word of ``text`` that negates: the words of :attr:`negations` (a clitic taken off:
        « bukanlah »), a particle (« ne ») only as the sign of a partner after it, a partner (« plus ») only after a
        particle; none inside :attr:`negation_idioms`."""
        idioms = [m.span() for m in self._negation_idiom.finditer(text)] if self._negation_idiom else []
        out = []
        particle = False
        for s, e in self.word_spans(text):
            if any(a <= s < b for a, b in idioms):
                continue
            for part in re.split(r"['’]", text[s:e].casefold()):
                if part not in self.negations:
                    part = next((part[:-len(c)] for c in self.clitics
                                 if part.endswith(c) and part[:-len(c)] in self.negations), part)
                if part in self.negation_particles:
                    particle = True
                elif part in self.negation_partners:
                    if particle:
                        out.append((s, e))
                        particle = False
                elif part in self.negations:
                    out.append((s, e))
                    particle = False
        return out

    @cached_property
    def _titles(self) -> list[tuple[str, re.Pattern]]:
        return [(concept, re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])"))
                for concept, forms in self.titles.items()]

    def title_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, concept) of each title of a role in ``text`` (see :attr:`titles`), in order; a stretch of
        text may hold several concepts (« président du parti »: a chairman and a president)."""
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: keep offsets right
            low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        return sorted((m.start(), m.end(), concept) for concept, pattern in self._titles
                      for m in pattern.finditer(low))

    @cached_property
    def _implicit_negation(self) -> re.Pattern | None:
        if not self.implicit_negations:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(self.implicit_negations) + r")(?![\w-])", re.IGNORECASE)

    def has_implicit_negation(self, text: str) -> bool:
        """Whether ``text`` holds a word of :attr:`implicit_negations`."""
        return self._implicit_negation is not None and self._implicit_negation.search(text) is not None

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
