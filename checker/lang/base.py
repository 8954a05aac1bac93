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

import math
import re
import unicodedata
from functools import cached_property, lru_cache

from . import numerals as _n
from .numerals import GENERIC, Numerals

WORD = r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*"
"""A word in a script that writes spaces between words: letters and the marks that combine with them (Arabic
harakat, decomposed accents), with inner apostrophes and hyphens (``regex`` syntax)."""

SCRIPT_GROUPS = {"Hans": ("Hani",), "Hant": ("Hani",), "Jpan": ("Hani", "Hira", "Kana"), "Kore": ("Hang", "Hani")}
"""CLDR's script codes that stand for several Unicode scripts (ISO 15924: Japanese is Han, Hiragana and Katakana)."""

CODE_ALIASES = {"fil": ("tl",), "tl": ("fil",), "he": ("iw",), "iw": ("he",), "id": ("in",), "nb": ("no",),
                "no": ("nb",)}
"""Other codes one language goes by (Filipino is « fil », and « tl » to language identifiers trained on Tagalog)."""

BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Invisible marks that set the direction of right-to-left text (LRM, RLM, ALM, embeddings and isolates)."""


@lru_cache(maxsize=None)
def _pattern(expr: str):
    """A compiled ``regex`` pattern (its Unicode properties: scripts, marks), imported on first use."""
    import regex

    return regex.compile(expr)

COMMON_ABBREVIATIONS = frozenset({"dr", "prof", "no", "nos", "vs", "st", "ir", "jr", "sr", "p", "pp", "vol", "art",
                                  "fig", "cf", "ca", "approx", "tel", "gen", "col", "lt", "capt", "sgt", "mt", "ft"})
"""Abbreviations that close with a period inside a sentence in news of any Latin-script language."""

NAME_PARTICLES = ("de", "del", "du", "des", "la", "le", "van", "von", "bin", "al", "el")
"""Lower-case words inside a person's or a place's name (Charles de Gaulle, Ursula von der Leyen, Mohamed bin Salman,
Corea del Norte, Ciudad del Este): names keep them in every language that quotes them."""

GENERIC_COORDINATORS = ("vs.", "vs", "versus", "&", ",")
"""What stands between two names coordinated in one sentence, in any language (« Smith vs Smyth »)."""

GENERIC_DEFINERS = ("alias",)
"""What joins an expansion and its acronym in news of any language."""

SPELLING_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
"""Where Hunspell dictionaries are looked for (Debian installs its ``hunspell-<lang>`` packages there)."""

FOREIGN_MINOR_WORDS = frozenset(NAME_PARTICLES) | {"del", "der", "und"}
"""Function words of the names and titles every language quotes (Banco del Sur, Bund der Steuerzahler)."""

CLDR_UNITS = {
    "concentr-percent": _n.PERCENT, "length-kilometer": _n.KM, "length-meter": _n.METRE, "length-centimeter": _n.CM,
    "length-millimeter": _n.MM, "length-mile": _n.MILE, "length-yard": _n.YARD, "length-foot": _n.FOOT,
    "length-inch": _n.INCH, "mass-kilogram": _n.KG, "mass-gram": _n.GRAM, "mass-tonne": _n.TONNE,
    "mass-pound": _n.POUND, "mass-ounce": _n.OUNCE, "speed-kilometer-per-hour": _n.KMH, "speed-mile-per-hour": _n.MPH,
    "temperature-celsius": _n.CELSIUS, "temperature-fahrenheit": _n.FAHRENHEIT, "temperature-generic": _n.DEGREE,
    "area-hectare": _n.HECTARE, "area-acre": _n.ACRE, "area-square-kilometer": _n.SQUARE_KM,
    "area-square-mile": _n.SQUARE_MILE, "volume-liter": _n.LITRE, "volume-gallon": _n.GALLON}
"""The CLDR units news counts in, and what each measures (checker/lang/numerals.py)."""

CLDR_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "IDR", "KZT", "MYR", "RUB", "INR", "AUD", "CAD", "CHF", "HKD",
                   "SGD", "KRW", "SAR", "AED", "EGP", "TRY", "BRL", "MXN", "ZAR", "NGN", "PHP", "VND", "THB")
"""The currencies whose CLDR names and symbols every language's tables get."""

_LATIN_ABBREVIATION = re.compile(r"[A-Za-z]{1,3}\.?")
"""A short unit name in Latin letters (« in », « mi », « ft »): too often a word of its own to count without the
package's say-so."""


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
    writes_spaces: bool = True
    """Whether spaces separate words. Where they do not (Chinese, Japanese), :meth:`segment_words` finds the words of
    a run of the language's own script, and an article's sentences follow each other without a space."""
    script_codes: tuple[str, ...] = ()
    """The scripts the language is written in, as ISO 15924 codes (Latn, Cyrl, Arab, Hani, Hira, Kana); default:
    CLDR's likely script for the language (:attr:`scripts`)."""

    # --- sentences
    abbreviations: frozenset[str] = frozenset()
    """Abbreviations that close with a period before a name or a number (lower-cased, without the final period);
    the common ones are added (:data:`COMMON_ABBREVIATIONS`)."""

    ordinal_period_words: frozenset[str] = frozenset()
    """Where the language writes ordinals as a number and a period (German « am 2. Oktober », « im 19. Jahrhundert »,
    « in der 28. Minute », « zum 7. Mal »): the words (lower-cased) after which such a number is an ordinal, not a
    sentence's end. Where it is set, a day's number and its period before a month name (« (29. September) ») are
    one too."""

    quote_continuation: str | None = None
    """A regular expression of what, right after a quotation closed by a sentence's punctuation, continues the same
    sentence (Japanese 「……。」と述べた): no sentence boundary there."""

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
    negation_restrictives: frozenset[str] = frozenset()
    """Words that end a particle's reach with no negation (« ne ... que »: only, « n’auront lieu que dans cinq
    semaines »): a partner after them (« plus » further on) is no partner of that particle."""
    PARTNER_REACH = 6
    """A particle's partner comes within this many words of it (« ne le lui a plus »), or it is none."""
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
    nominal_parts: tuple[str, ...] = ()
    """The parts of speech (the ``po:`` field of the Hunspell dictionary's morphology) of nouns and adjectives, and
    :attr:`verbal_parts` those of verbs, by prefix: :meth:`nominal` reads them. Empty where the dictionary carries no
    parts of speech."""
    verbal_parts: tuple[str, ...] = ()
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
    name_adjective_endings: tuple[str, ...] = ()
    """Endings that make an adjective or a people of a name where names are found by their script (Arabic « ي »,
    « ية »: أسكتلندي of أسكتلندا): a name with one of them, or with it in place of its last long vowel, is that
    name, not another spelling of it."""
    ambiguous_territory_names: frozenset[str] = frozenset()
    """CLDR territory names that are also common words of the language (Arabic مالي, Mali, is "financial"): a
    counterpart where the other side names the territory, never a name of its own."""
    translated_name_endings: tuple[str, ...] = ()
    """Endings of this language's place names that a translation into another script may translate as a word
    (English -shire: Worcestershire is 伍斯特郡, Worcester and « county »), lower-cased: the name without one is
    looked for too."""

    def name_forms(self, word: str) -> tuple[str, ...]:
        """The dictionary forms a name word may be an inflection of, lower-cased, the likeliest first: the
        nominative of a declined name (Russian « Кореей » and « Кореи » are both « корея », « Пэйлина » may be
        « пэйлин »). Two words of a name that share one are one name in two cases, not two spellings; a territory is
        looked up under them. The default: the word itself."""
        return (word.casefold(),)

    def nominatives(self, word: str) -> tuple[str, ...]:
        """``word`` in the nominative, its gender and number kept, lower-cased, for each way it may be read, the
        likeliest first (Russian « Северной » -> « северная », « Соединенных Штатов » word by word -> « соединенные
        штаты », « Соединенным » -> « соединенные » or « соединенное »): how a territory of several words is listed.
        The default: the word itself."""
        return (word.casefold(),)

    def name_fold(self, text: str) -> str:
        """``text`` with the letters one name is written with in several ways made one, character for character
        (offsets carry over): Arabic alef and hamza forms, ta marbuta. The default: as it is."""
        return text

    def typographic_form(self, word: str) -> str:
        """``word`` with the characters that write one letter typed as another made that letter (a Japanese long
        vowel typed with a dash, ダレ― for ダレー): two forms of a name that are equal so are one spelling, not two.
        The default: the word itself."""
        return word

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

    def proper_name(self, word: str) -> bool | None:
        """Whether the language's morphological dictionary reads a capitalised word as a proper name (a person's, a
        place's) or does not know it at all: a name where it opens a sentence (Russian « Лондондерри: ... »). None,
        the default, where the language has no such dictionary."""
        return None

    def romanise(self, text: str) -> str:
        """``text`` in lower-case Latin letters, for comparing names across scripts (anyascii: Токаев is tokaev,
        トカエフ tokaefu, 托卡耶夫 tuokayefu, توكاييف twkyyf)."""
        from anyascii import anyascii

        return anyascii(text).lower()

    native_letters: dict[str, tuple[str, ...]] = {}
    """Letters of the language's script that its own words write and that write a name of Latin letters only for
    these letters of it (Arabic « ح » for an h: Ahmad, أحمد; « ق » for a q, k, c or g): a word with one of them is
    no transliteration of a name without them, however near their consonant keys (« مرشح », candidate, is no
    Morrisey; « فريق », team, no Furyk). Empty by default."""

    def reading(self, word: str) -> str | None:
        """A name written in the language's script, read with its vowels in lower-case Latin letters, where the
        script writes them (katakana: フューリク is fyuriku), to be compared with :meth:`latin_readings`. None, the
        default."""
        return None

    def latin_readings(self, latin: str) -> tuple[str, ...]:
        """A name in Latin letters as the language may write it in its own script, each read as :meth:`reading`
        reads that (how Japanese writes an English name: Furyk, フリーク, furiku; and a name read as spelled,
        Sutopo, ストポ). Empty by default: the language does not say, and names are compared by their consonants
        alone (checker.names.sound_key)."""
        return ()

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
    ambiguous_months: dict[str, str] = {}
    """A month name that is also an ordinary word (Arabic « مارس », "he practised"), and a pattern of what stands
    just before it when, alone (without a day), it is the month (« شهر », « في »)."""
    calendar_locales: tuple[str, ...] = ()
    """Other CLDR locales whose month names this language's news writes too (Arabic: ar_SY's « كانون الثاني » beside
    « يناير »)."""

    def __init__(self, code: str | None = None):
        if code is not None:
            self.code = code

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code this language goes by: its own, then its aliases (:data:`CODE_ALIASES`)."""
        return (self.code,) + CODE_ALIASES.get(self.code, ())

    def __repr__(self) -> str:
        return f"<Language {self.code}{'' if self.has_module else ' (generic)'}>"

    # --- words ---------------------------------------------------------------------------------------------------

    def word_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word of ``text``: letters (and their combining marks) by a regular expression; in a
        language that writes no spaces, the runs of its own script through :meth:`segment_words` (its tokenizer),
        and the words of other scripts inside them (a Latin name in a Chinese sentence) by the expression."""
        word = _pattern(WORD)
        if self.writes_spaces:
            return [m.span() for m in word.finditer(text)]
        spans: list[tuple[int, int]] = []
        pos = 0
        letter = _pattern(r"\p{L}")
        for run in self._unspaced_run.finditer(text):
            spans += [m.span() for m in word.finditer(text, pos, run.start())]
            base = run.start()
            spans += [(base + s, base + e) for s, e in self.segment_words(run.group())
                      if letter.search(text, base + s, base + e)]
            pos = run.end()
        spans += [m.span() for m in word.finditer(text, pos)]
        return spans

    def words(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.word_spans(text)]

    def count_words(self, text: str) -> int:
        """How long ``text`` is in words: its tokens between spaces where the language spaces its words (numbers
        count), the words of :meth:`word_spans` where it does not (a Chinese sentence has no space, and many words)."""
        return len(text.split()) if self.writes_spaces else len(self.word_spans(text))

    def segment_words(self, run: str) -> list[tuple[int, int]]:
        """(start, end) of each word of ``run``, a stretch of the language's own script with no space in it, where the
        language writes no spaces. The generic answer is one character a word; a package gives its tokenizer."""
        return [(k, k + 1) for k in range(len(run))]

    tokenizer: str = "rules"
    """What finds the words (for the report's signature): ``rules`` (the expression), or a tokenizer and its
    version."""

    @cached_property
    def _unspaced_run(self):
        classes = "".join(rf"\p{{scx={code}}}" for code in self.scripts)
        return _pattern(f"[{classes}]+")

    @property
    def sentence_joiner(self) -> str:
        """What stands between two sentences of a paragraph: a space, or nothing where words are not spaced."""
        return " " if self.writes_spaces else ""

    @cached_property
    def scripts(self) -> tuple[str, ...]:
        """The ISO 15924 codes of the Unicode scripts the language is written in (Japanese: Hani, Hira, Kana)."""
        codes = self.script_codes
        if not codes:
            from babel.core import get_global

            likely = get_global("likely_subtags").get(self.code) or ""
            parts = likely.split("_")
            codes = (parts[1],) if len(parts) > 1 and len(parts[1]) == 4 else ()
        return tuple(dict.fromkeys(s for code in codes for s in SCRIPT_GROUPS.get(code, (code,))))

    def script_share(self, text: str) -> tuple[float, int]:
        """The share of the letters of ``text`` written in the language's scripts, and how many letters it has
        (1.0 where the language's scripts are not known)."""
        letters = len(_pattern(r"\p{L}").findall(text))
        if not letters or not self.scripts:
            return 1.0, letters
        classes = "".join(rf"\p{{scx={code}}}" for code in self.scripts)
        own = len(_pattern(f"[{classes}]").findall(text))
        return own / letters, letters

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

    frequencies_by_lookup: bool = False
    """Whether :meth:`zipf` looks a word up in wordfreq's list itself instead of through wordfreq's tokenizer: for a
    language whose words this package's tokenizer finds (wordfreq would need MeCab for Japanese). A language whose
    wordfreq tokenizer needs a package that is not installed is looked up this way too."""

    def frequency_key(self, word: str) -> str:
        """The form of a word its frequency is looked up under in wordfreq's list (lower case; a package may fold
        more: Chinese is listed in simplified characters, Japanese in NFKC)."""
        return word.casefold()

    @cached_property
    def _frequency_list(self) -> dict[str, float]:
        from wordfreq import get_frequency_dict

        try:
            return get_frequency_dict(self.frequency_code)
        except LookupError:
            return {}

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency in the language (wordfreq), 0 where wordfreq has no list for it."""
        if not self.has_word_frequencies:
            return 0.0
        if not self.frequencies_by_lookup:
            from wordfreq import zipf_frequency

            try:
                return zipf_frequency(word, self.frequency_code)
            except LookupError:
                return 0.0
            except ImportError:  # wordfreq's tokenizer for the language needs a package not installed here
                self.frequencies_by_lookup = True
        freq = self._frequency_list.get(self.frequency_key(word), 0.0)
        return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0

    COMPLETION_ZIPF = 3.0
    """The words :meth:`completion` completes a beginning into: those wordfreq has this often or more."""

    @cached_property
    def _completions(self) -> dict[str, str]:
        """Each beginning (3 letters or more) of the language's common words, with the most frequent word it begins."""
        floor = 10 ** (self.COMPLETION_ZIPF - 9)
        out: dict[str, str] = {}
        for word, freq in sorted(self._frequency_list.items(), key=lambda kv: -kv[1]):
            if freq < floor:
                break
            if not word.isalpha():
                continue
            for n in range(3, len(word) - 1):
                out.setdefault(word[:n], word)
        return out

    def completion(self, word: str) -> str | None:
        """The most frequent common word of the language (wordfreq, Zipf ``COMPLETION_ZIPF`` or more) that ``word``
        begins and that is two letters longer at least: what a word cut short was (« dange » -> « danger »)."""
        if not self.has_word_frequencies:
            return None
        return self._completions.get(self.frequency_key(word))

    # --- spelling ------------------------------------------------------------------------------------------------

    @property
    def spelling(self):
        """The language's Hunspell dictionary, read by Hunspell itself (through the ``chunspell`` binding: a fifth
        of a second and about 13 MB for French), loaded on first use and kept once per process; None where no
        dictionary is installed or the binding is missing."""
        return _hunspell(self._spelling_path) if self._spelling_path else None

    @cached_property
    def _spelling_path(self) -> str | None:
        """The first of :attr:`hunspell`'s dictionaries installed (its path without the .aff and .dic suffixes)."""
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
                    return str(path)
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
            plain = word.replace("’", "'")
            try:
                known = bool(dictionary.spell(plain) or (plain[:1].isupper() and dictionary.spell(plain.lower())))
            except Exception:  # Hunspell on a word its dictionary's encoding cannot write: unknown, not a crash
                known = False
            self._spelled[word] = known
        return known

    def nominal(self, word: str) -> bool | None:
        """Whether ``word`` can be a noun or an adjective and is no form of a verb, by the Hunspell dictionary's
        morphology (« supérieure », « Comité »: True; « était », « indiqué », a participle: False); None where the
        dictionary does not know the word or carries no parts of speech."""
        dictionary = self.spelling
        if dictionary is None or not self.nominal_parts:
            return None
        plain = word.replace("’", "'")
        try:
            readings = dictionary.analyze(plain) or (dictionary.analyze(plain.lower()) if plain[:1].isupper() else ())
        except Exception:  # a word the dictionary's encoding cannot write
            return None
        parts = [[f[3:] for f in r.split() if f.startswith("po:")] for r in readings]
        if not any(parts):
            return None
        return any(any(p in self.nominal_parts for p in ps) and not any(p.startswith(self.verbal_parts) for p in ps)
                   for ps in parts)

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
        particle, within :attr:`PARTNER_REACH` words and no restrictive (« que ») between; none inside
        :attr:`negation_idioms`."""
        idioms = [m.span() for m in self._negation_idiom.finditer(text)] if self._negation_idiom else []
        out = []
        particle = None  # how many words ago a particle was read, while it waits for its partner
        for s, e in self.word_spans(text):
            if any(a <= s < b for a, b in idioms):
                continue
            if particle is not None:
                particle += 1
                if particle > self.PARTNER_REACH:
                    particle = None
            for part in re.split(r"['’]", text[s:e].casefold()):
                if part not in self.negations:
                    part = next((part[:-len(c)] for c in self.clitics
                                 if part.endswith(c) and part[:-len(c)] in self.negations), part)
                if part in self.negation_particles:
                    particle = 0
                elif part in self.negation_restrictives:
                    particle = None
                elif part in self.negation_partners:
                    if particle is not None:
                        out.append((s, e))
                        particle = None
                elif part in self.negations:
                    out.append((s, e))
                    particle = None
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

    def implicit_negation_count(self, text: str) -> int:
        """How many words of :attr:`implicit_negations` ``text`` holds."""
        return len(self._implicit_negation.findall(text)) if self._implicit_negation is not None else 0

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
        for locale in self._calendar_cldr:
            from babel.dates import get_month_names

            for context in ("format", "stand-alone"):  # Russian « 8 января », « январь »
                for num, name in get_month_names("wide", context=context, locale=locale).items():
                    out.setdefault(name.lower(), num)
            for num, name in get_month_names("abbreviated", locale=locale).items():
                abbr = name.lower().rstrip(".")
                if len(abbr) >= 3:
                    out.setdefault(abbr + ".", num)
        out.update(self.extra_months)
        return out

    @cached_property
    def _calendar_cldr(self) -> list:
        """The locales month names are read from: the language's, then :attr:`calendar_locales`."""
        from babel import Locale

        out = [self._cldr] if self._cldr is not None else []
        for code in self.calendar_locales:
            try:
                out.append(Locale.parse(code))
            except Exception:  # babel raises several kinds for a locale it does not know
                continue
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
    def numbering_separators(self) -> dict[str, str]:
        """The decimal and group symbols of the locale's other numbering systems (CLDR: Arabic-Indic digits write
        « ٫ » and « ٬ ») -> the symbol the language writes with Latin digits; empty where CLDR does not know it."""
        if self._cldr is None:
            return {}
        latn = self._cldr.number_symbols.get("latn", {})
        dec, group = latn.get("decimal", "."), latn.get("group", ",")
        out = {}
        for system, symbols in self._cldr.number_symbols.items():
            if system == "latn":
                continue
            for key, target in (("decimal", dec), ("group", group)):
                sym = symbols.get(key)
                if sym and sym not in (dec, group) and len(sym) == 1:
                    out.setdefault(sym, target)
        return out

    @cached_property
    def cldr_units(self) -> tuple[dict[str, tuple], dict[str, tuple]]:
        """Units as CLDR writes them in this locale (every plural form of the long names; the short ones that are not
        a Latin abbreviation), lower-cased -> what they measure: those written after the number (« 公里 », « أميال »,
        « километров ») and those written before it (« 華氏 » of « 華氏 80 度 »)."""
        after: dict[str, tuple] = {}
        before: dict[str, tuple] = {}
        if self._cldr is None:
            return after, before
        patterns = self._cldr._data.get("unit_patterns", {})
        for unit, measure in CLDR_UNITS.items():
            for length in ("long", "short", "narrow"):
                for form, pattern in dict(patterns.get(unit, {}).get(length, {})).items():
                    if form == "per" or not isinstance(pattern, str) or "{0}" not in pattern:
                        continue
                    head, _, tail = (part.strip(" \u00a0\u202f\u200e\u200f") for part in pattern.partition("{0}"))
                    for word, table in ((tail, after), (head, before)):
                        if not word or not re.search(r"[^\W\d_]|[%°٪]", word) or \
                                (length != "long" and (_LATIN_ABBREVIATION.fullmatch(word) or len(word) < 2)):
                            continue  # « in », « mi »; Arabic « م » (also a year's « 2018 م »), Russian « г » (год)
                        if table is before and tail and unit != "temperature-fahrenheit" and \
                                unit != "temperature-celsius":
                            continue  # a word before the figure names the unit only for a temperature scale
                        table.setdefault(word.lower(), measure)
        return after, before

    @cached_property
    def cldr_currencies(self) -> tuple[dict[str, str], dict[str, str]]:
        """Currencies as CLDR names them in this locale (every plural form) and their symbols, lower-cased -> ISO 4217
        lower-cased: those written after the figure (« 美元 », « dólares estadounidenses », « $US ») and the symbols
        with a currency sign, which may stand before it (« US$ », « JP¥ »). Symbols that are Latin letters alone
        (« JPY ») are left to the generic codes."""
        after: dict[str, str] = {}
        before: dict[str, str] = {}
        if self._cldr is None:
            return after, before
        plural = self._cldr._data.get("currency_names_plural", {})
        for code in CLDR_CURRENCIES:
            names = [self._cldr.currencies.get(code)] + list(dict(plural.get(code, {})).values())
            for name in names:
                if name:
                    after.setdefault(name.lower(), code.lower())
            symbol = self._cldr.currency_symbols.get(code)
            if symbol and not re.fullmatch(r"[A-Za-z]+", symbol):
                after.setdefault(symbol.lower(), code.lower())
                if any(unicodedata.category(c) == "Sc" for c in symbol):  # « US$ » may stand before; « 元 » not
                    before.setdefault(symbol.lower(), code.lower())
        return after, before

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
def _hunspell(path: str):
    """The Hunspell dictionary at ``path`` (without its .aff and .dic suffixes), or None without the binding. Kept
    here, not on the Language, so that a Language stays picklable (the C++ object is not)."""
    try:
        from hunspell import Hunspell
    except ImportError:
        return None
    folder, _, name = path.rpartition("/")
    return Hunspell(name, hunspell_data_dir=folder)


@lru_cache(maxsize=None)
def _frequency_list(code: str) -> dict[str, float]:
    from wordfreq import available_languages, get_frequency_dict

    return get_frequency_dict(code) if code in available_languages() else {}


def _listed_zipf(code: str, word: str) -> float:
    import math

    frequency = _frequency_list(code).get(word, 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
