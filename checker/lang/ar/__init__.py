"""Arabic (Modern Standard Arabic, as news writes it)."""

from __future__ import annotations

import re
import unicodedata

from ..base import Language
from .numerals import NUMERALS


class Arabic(Language):
    code = "ar"
    has_module = True

    # --- writing, sentences and words
    has_case = False
    quote_continuation = r"\s*(?:قائلا|قائلًا|قائلاً|قائلة)\b|\s*(?:قال|قالت|تساءل|تساءلت|سأل|سألت|أضاف|أضافت)\s*[.،]"
    """« ..." قائلًا: » and « ...؟" تساءلت. »: a participle of saying, or a verb of saying that ends there, tells who
    said it; a verb that goes on (« ." وقال إن ... », « ." قالت ساندرز إن ... ») starts a sentence of its own, as in
    NTREX-128's twelve such lines."""

    # --- names
    name_prefixes = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك")
    transliteration_folds = ((r"(?<=[a-z])[wy`']+", ""), (r"^[`']", ""), (r"(?<=[a-z]n)j$", "g"), (r"j", "G"),
                             (r"(?<=[a-z])gh", "g"))
    """Inside a word و and ي write long vowels (توكاييف is Tokayev); ع and hamza are no sound of a Latin name; ج
    writes a g as often as a j (مينجا, Menga; جوينيث, Gwyneth): a weak letter of checker.names.WEAK_LETTERS, and
    after ن ending a word the g of an English ng (ويلنج, Wheeling; إيفننج, Evening); غ
    inside a word writes a g (فورتمبرغ, Wuerttemberg), not the English gh that the sound key drops (Leigh)."""
    territory_aliases = {"أمريكا": "US", "امريكا": "US", "بريطانيا": "GB", "روسيا": "RU"}

    native_letters = {"ح": ("h",), "ط": ("t",), "ص": ("s", "c", "z"), "ض": ("d", "z"), "ظ": ("z", "d", "th"),
                      "ق": ("q", "k", "c", "g"), "خ": ("kh", "ch", "h", "j", "x", "k"), "غ": ("g", "r"),
                      "ث": ("th", "t", "s"), "ذ": ("dh", "th", "z", "d")}
    """(« ع », which Arabic names write for a vowel, Ali, علي, is left out: the sound key reads no vowel.)"""
    ambiguous_territory_names = frozenset({"مالي"})  # also "financial"
    name_adjective_endings = ("ي", "ية", "يه", "يين", "يون", "ين", "يا")
    """The nisba and its forms: أسكتلندي, Scottish, of أسكتلندا; كازاخية of كازاخستان's people."""

    def name_fold(self, text: str) -> str:
        return text.translate(_SAME_LENGTH_FOLD)

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Runs of Arabic words rare in Arabic (wordfreq), a prefix (و, ب, ال) taken off: foreign names
        (توكاييف, ألماتي) and names of the region the language does not write often."""
        out: list[tuple[int, int]] = []
        for start, end in self.name_candidates(text):
            if all(self.zipf(form) < NAME_ZIPF for form in self._forms(text[start:end])):
                if out and re.fullmatch(r"\s+", text[out[-1][1]:start]):
                    out[-1] = (out[-1][0], end)
                else:
                    out.append((start, end))
        return out

    def name_candidates(self, text: str) -> list[tuple[int, int]]:
        """The Arabic words of three letters or more, a stray « آ » glued to the word opening a line taken off
        (:meth:`_stray_opening`)."""
        out = []
        for m in _ARABIC_WORD.finditer(text):
            start = m.start() + (not re.search(r"\w", text[:m.start()]) and self._stray_opening(m.group()))
            if len(_bare(text[start:m.end()])) >= 3:
                out.append((start, m.end()))
        return out

    def _stray_opening(self, word: str) -> bool:
        """Whether a word opening a line is a stray « آ » glued to a word the news writes (NTREX-128's Arabic:
        « آسيكون », سيكون, there will be; « آانتخابات », the elections; « آتقول », she says): the word without it is a
        common word of the dictionary, with it none (« آخر », last, and « آمل », I hope, are words; « آمي », Amy, and
        « آير », Ayr, leave too little)."""
        rest = word[1:]
        return word.startswith("آ") and len(_bare(rest)) >= 3 and self.zipf(rest) >= NAME_ZIPF and \
            bool(self.spelled(rest)) and not (self.zipf(word) >= NAME_ZIPF and self.spelled(word))

    def name_parts(self, name: str) -> list[tuple[int, int]]:
        out = []
        for m in _ARABIC_WORD.finditer(name):
            cut = len(m.group()) - len(self.strip_prefix(m.group()))
            out.append((m.start() + cut, m.end()))
        return out

    def name_pieces(self, word: str) -> list[tuple[int, int]]:
        """No piece where the word is common words written without the spaces between them (NTREX-128's Arabic has
        lines such as « منالعقوباتالمفروضة »: « من العقوبات المفروضة »), each of them known to the spelling
        dictionary; where such words hold what no dictionary knows (« أضافهأستاذسزيسلر »: أضافه أستاذ سزيسلر,
        professor Czeisler added), the stretches of three letters or more between them; else the word whole."""
        if len(word) < GLUED_PIECES or self.spelling is None or self.spelled(word):
            return [(0, len(word))]
        return _between_words(word, self._common_glued, self.name_prefixes)

    def _common_glued(self, piece: str) -> bool:
        """A word that stands glued to a name in a line written without spaces: a function word, a word of the
        dictionary that the news writes often, or a long one of the dictionary."""
        if piece in _SHORT_WORDS:
            return True
        if len(piece) < 3:
            return False
        least = GLUED_ZIPF_LONG if len(piece) >= 6 else GLUED_ZIPF + (len(piece) == 3)
        return self.zipf(piece) >= least and bool(self.spelled(piece))

    def common_word(self, word: str) -> bool:
        """A word of the dictionary that the news writes (:data:`NAME_ZIPF`): a piece of a line written without
        spaces (« يرام » of « على ما يرام »), not a name; and words of the dictionary written without the spaces
        between them, every letter in one of them (NTREX-128's « إلىأنهتمإحرازتقدم », « نجحفي », « حيثيخلقان »:
        إلى أنه تم إحراز تقدم, نجح في, حيث يخلقان)."""
        return (self.zipf(word) >= NAME_ZIPF and bool(self.spelled(word))) or self._glued_words(word)

    def _glued_words(self, word: str) -> bool:
        if len(word) < GLUED_PIECES - 1 or self.spelling is None or self.spelled(word):
            return False
        return _split_words(word, self._dictionary_piece) is not None

    def _dictionary_piece(self, piece: str) -> bool:
        """A piece of words glued together: a word of two letters of :data:`_SHORT_WORDS` (or « تم »), a word of
        the dictionary of three letters as frequent as :data:`GLUED_ZIPF`, of four from :data:`NAME_ZIPF` + 1, and
        a longer one the news writes at all: a name read as short words of the dictionary (« كولي بالي »,
        Coulibaly; « سين سبري », Sainsbury; « كاف انو », Kavanaugh) is not glued words."""
        if piece in _SHORT_WORDS or piece == "تم":
            return True
        least = GLUED_ZIPF if len(piece) == 3 else NAME_ZIPF + 1 if len(piece) == 4 else 0.5
        return len(piece) >= 3 and self.zipf(piece) >= least and bool(self.spelled(piece))

    def strip_prefix(self, word: str) -> str:
        """The word without the prefix glued before it (والصين: الصين... صين), where three letters or more are left.
        « ف » and « ك » alone only before a word of the dictionary (« فقال »): a foreign name begins with those letters
        far more often than it takes them as prefixes (« كافانو », Kavanaugh; « فلاديمير »)."""
        for prefix in self.name_prefixes:
            if word.startswith(prefix) and len(_bare(word[len(prefix):])) >= 3:
                if prefix in _WEAK_PREFIXES and self.spelling is not None and not self.spelled(word[len(prefix):]):
                    continue
                return word[len(prefix):]
        return word

    def _forms(self, word: str) -> list[str]:
        return [word] + [word[len(p):] for p in self.name_prefixes
                         if word.startswith(p) and len(_bare(word[len(p):])) >= 3]

    def romanise(self, text: str) -> str:
        """anyascii's letters, an alef inside a word read as the long a it writes (anyascii drops it): « تاس » is
        tas (TASS), not ts, which the sound key would read as one sound."""
        return super().romanise(re.sub(r"(?<=\w)[اآ]", "a", _bare(text)))

    def variant_key(self, word: str) -> str:
        """The name's consonants: long vowels, hamza forms, ta marbuta and ha, alef forms and alef maksura folded
        (توكاييف and توكايف, أحمد and احمد are one)."""
        word = _bare(self.strip_prefix(word)).translate(_FOLD)
        return word[:1] + re.sub("[اوي]", "", word[1:])

    # --- numbers, dates, units (numerals.py)
    hunspell = ("ar",)
    """Ayaspell (Debian's hunspell-ar), with its prefixes and suffixes: it knows « تأخيرات » and « ستضاعف », and not
    the sound of a foreign name (« سزيسلر », « ميكلسون »), which the names check is after."""
    numerals = NUMERALS
    # the Levant's and the Maghreb's month names beside Egypt's « يناير » (CLDR's ar_SY, ar_DZ, ar_MA)
    calendar_locales = ("ar_SY", "ar_DZ", "ar_MA")
    # alone, these are as often words: « مارس » (he practised), « نيسان » (Nissan), « آب » (a father, typed without
    # its hamza), « ماي », « جوان » (Joan); they count as a month after « شهر » (the month of) or « في » (in)
    ambiguous_months = {"مارس": "شهر|في", "نيسان": "شهر|في", "آب": "شهر|في", "ماي": "شهر|في", "أيار": "شهر|في",
                        "جوان": "شهر"}  # جوان: June in Algeria, and Joan
    extra_weekdays = {"الاثنين": 0, "الإثنين": 0, "الأحد": 6, "الاحد": 6, "الأربعاء": 2, "الاربعاء": 2}

    # --- meaning: negations, disclaimers


NAME_ZIPF = 3.0
"""An Arabic word rarer than this (Zipf frequency, wordfreq) may be a name."""
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670\u0671-\u06d3\u0640]+")
_SAME_LENGTH_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ء": None})


def _bare(word: str) -> str:
    """Without short vowels, other marks and tatweel."""
    word = unicodedata.normalize("NFC", word).replace("\u0640", "")
    return "".join(ch for ch in word if not unicodedata.combining(ch))


LANGUAGE = Arabic


GLUED_LINE = 12
"""A word this long with known words in it is a line written without spaces, not a name."""
GLUED_PIECES = 6
"""The shortest word read for a name glued to common words (« منأوفي »: من أوفي, from Ovie)."""
GLUED_ZIPF = 4.5
"""A word of the dictionary of four or five letters this frequent (wordfreq) is read as glued to a name (« أستاذ »),
one of three letters from one more (« حيث », « بعد »); a rarer one may be a piece of the name itself (« النت », the
net, inside « فالنتينو »)."""
GLUED_ZIPF_LONG = 3.0
"""... and one of six letters or more from this frequency (« العقوبات »; Ayaspell, reading a word without its vowels,
knows « برنيان » of « هيبرنيان », Hibernian, which wordfreq does not)."""


def _between_words(word: str, known, prefixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the stretches of ``word`` that are no ``known`` word, where known words cover the rest: the
    split with the fewest letters left unknown, the fewest words at equal cost; the word whole without a known word
    of four letters or more (a name's own letters read as words: « ما » in « ماكغريغور »), or where a stretch of one
    or two letters is left that is not one of ``prefixes`` before a word (« دوران » and an s: « دورانس », Dorrans)."""
    n = len(word)
    best: list[tuple[int, int, int, bool]] = [(0, 0, 0, False)] + [(n + 1, 0, 0, False)] * n  # unknown, words, from
    for k in range(1, n + 1):
        unknown, words, _, _ = best[k - 1]
        best[k] = (unknown + 1, words, k - 1, False)
        for j in range(max(0, k - 14), k - 1):
            if best[j][0] < best[k][0] or (best[j][0] == best[k][0] and best[j][1] + 1 < best[k][1]):
                if known(word[j:k]):
                    best[k] = (best[j][0], best[j][1] + 1, j, True)
    pieces, end, k, found = [], None, n, False
    while k > 0:
        _, _, j, is_word = best[k]
        found |= is_word and k - j >= 4
        if is_word:
            if end is not None:
                pieces.insert(0, (k, end))
                end = None
        elif end is None:
            end = k
        k = j
    if end is not None:
        pieces.insert(0, (0, end))
    # a stretch of one or two letters is a prefix before a word (ل in « فقطلصالح »), or a name's own letters; at
    # either end of a line, a word cut
    if not found or any(b - a < 3 and (b == n or word[a:b] not in prefixes) and
                        not (n >= GLUED_LINE and (a == 0 or b == n)) for a, b in pieces):
        return [(0, n)]
    return [(a, b) for a, b in pieces if b - a >= 3]


def _split_words(word: str, known) -> list[str] | None:
    """``word`` as two to five ``known`` words written together, the fewest; None where it is not."""
    n = len(word)
    best: list[list[str] | None] = [[]] + [None] * n
    for k in range(1, n + 1):
        for j in range(max(0, k - 14), k - 1):
            if best[j] is not None and (best[k] is None or len(best[j]) + 1 < len(best[k])) and known(word[j:k]):
                best[k] = best[j] + [word[j:k]]
    return best[n] if best[n] is not None and 2 <= len(best[n]) <= 5 else None


_WEAK_PREFIXES = ("ف", "ك")
_SHORT_WORDS = frozenset("من في أن إن عن لا ما لم لن قد هو هي إلى على".split())
"""The words of two letters a glued line is read with (and « إلى », « على »): Ayaspell knows many more two-letter
strings, which would split a foreign name (« ماكغريغور ») into pieces."""
