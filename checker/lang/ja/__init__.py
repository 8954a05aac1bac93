"""Japanese."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import language
from ..base import Language
from .numerals import NUMERALS


class Japanese(Language):
    code = "ja"
    has_module = True

    # --- writing, sentences and words
    has_case = False
    writes_spaces = False
    script_codes = ("Hani", "Hira", "Kana")
    quote_continuation = (r"と(?!ころ)|って"
                          r"|(?:(?!次の)[^。！？、「」『』\n]){0,25}?(?:言|語|述べ|話|嘆|尋ね|答え|付け加え|説明)"
                          r"(?:った|いた|した|する|た|る|う|す|っている|ている|している)。")
    """「……。」と述べた、「……！」って: the quotation is the verb's object. 「……。」ペロシは言った。: a short clause
    of the speaker and a verb of saying, ended there, tells who said it (NTREX-128: nine such lines, against none that
    starts a sentence; 彼女は続けた。, 次のように述べた and the passive 言われた do introduce one, and are not read)."""
    frequencies_by_lookup = True  # wordfreq's own Japanese tokenizer needs MeCab's Python binding and ipadic

    def segment_words(self, run: str) -> list[tuple[int, int]]:
        from .words import word_spans

        return word_spans(run)

    @property
    def tokenizer(self) -> str:
        from .words import version

        return version()

    def frequency_key(self, word: str) -> str:
        return unicodedata.normalize("NFKC", word).casefold()

    # --- names
    transliteration_folds = ((r"(?<=n)gu\b", "g"),)
    """Katakana as the sound key reads Latin: ング ends a name's ng (ホイーリング, Wheeling). (ワ writes a v too,
    イワノフ for Ivanov, but reading it as the weak w of checker.names.WEAK_LETTERS found fewer substitutions on
    NTREX-128: benchmarks/names.py.)"""
    territory_aliases = {"米国": "US", "アメリカ": "US", "英国": "GB", "豪州": "AU", "北朝鮮": "KP"}
    """(CLDR's name of the United States is « アメリカ合衆国 »; news writes « アメリカ » and « 米国 » far more often.)"""
    territory_abbreviations = {"米": "US", "英": "GB", "露": "RU", "中": "CN", "韓": "KR", "独": "DE", "仏": "FR",
                               "豪": "AU", "日": "JP", "印": "IN", "伊": "IT", "加": "CA", "朝": "KP"}

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Katakana runs, the parts of a name joined by ・ or ＝ (カシム＝ジョマルト・トカエフ): foreign names, and
        loanwords, which the names check tells apart by their frequency in Japanese."""
        return [m.span() for m in _KATAKANA_RUN.finditer(text)
                if len(re.sub(r"[ー・＝=･]", "", m.group())) >= 2]

    def name_pieces(self, word: str) -> list[tuple[int, int]]:
        """A loanword written before or after a name peeled off (ヘッドコーチ｜ホルト, ゴールキーパー｜アランマクレガー):
        katakana writes them glued together; and the word for a place's kind after a place's name, however rare
        (コリア―｜カウンティ, Collier County; :data:`PLACE_KINDS`)."""
        out: list[tuple[int, int]] = []
        for a, b in _peel(word, self.listed_zipf):
            piece = word[a:b].translate(_DASHES)
            kind = next((k for k in PLACE_KINDS if piece.endswith(k) and len(piece) - len(k) >= 2), None)
            out += [(a, b - len(kind)), (b - len(kind), b)] if kind else [(a, b)]
        return out

    def typographic_form(self, word: str) -> str:
        """A long vowel typed with a dash (― or －) after a kana is the long-vowel mark ー (ダレ― is ダレー)."""
        return word.translate(_DASHES)

    def common_word(self, word: str) -> bool:
        """janome's reading: every token a dictionary noun that is not a proper noun (名詞,固有名詞), one of them of
        three kana or more: a loanword (スポークスマン, ブルペン+シーズン), not a name. A name janome does not know is
        an unknown word, which it tags as a proper noun (トカエフ)."""
        return _common_word(word)

    def romanise(self, text: str) -> str:
        # a doubled consonant (ッ) and a long vowel (ー) are how katakana varies, not a sound of the name
        return super().romanise(re.sub(r"[ッｯー]", "", unicodedata.normalize("NFKC", text.translate(_DASHES))))

    def reading(self, word: str) -> str:
        """Katakana as romaji, a small kana read with the one before it (フューリク is fyuriku, ティ ti, ジョ jo), long
        vowels and doubled consonants left out as :meth:`romanise` leaves them."""
        return kana_reading(word)

    def latin_readings(self, latin: str) -> tuple[str, ...]:
        """e2k's katakana for a name in Latin letters as English says it (a small RNN trained on Wiktionary and
        JMdict, shipped inside the package), read by :meth:`reading` (Furyk is フリーク, furiku; Pelosi ペロージ,
        peroji), and the name's letters as spelled, as katakana writes names of other languages (Sutopo, ストポ;
        Tornillo, トルニヨ)."""
        return _latin_readings(latin)

    def variant_key(self, word: str) -> str:
        """Katakana folded as transliteration varies: long-vowel marks and doubled consonants dropped, small kana
        as large ones, ヴ as ブ (トカーエフ and トカエフ, ヴァイオリン and バイオリン are one)."""
        word = unicodedata.normalize("NFKC", word.translate(_DASHES))
        for a, b in _KANA_FOLDS:
            word = word.replace(a, b)
        return word.translate(_SMALL_KANA)

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # CLDR's wide names are « 金曜日 »; news writes « 金曜 » too
    extra_weekdays = {d + "曜": i for i, d in enumerate("月火水木金土日")}

    # --- meaning: negations, disclaimers


_KANA = r"[ァ-ヺヽヾーｦ-ﾟ]+(?:[―－](?![―－])[ァ-ヺヽヾーｦ-ﾟ]*)*"
_KATAKANA_RUN = re.compile(_KANA + r"(?:[・＝=･]" + _KANA + ")*")
"""(a dash after kana, ― or －, is a long vowel typed with the wrong key: ダレ―選手, モラ―氏, and before more kana
too, コリア―カウンティ, Collier County in NTREX-128's cnn.304400, the only kana on both sides of one there; a dash
between two words is doubled, ――)"""
_DASHES = str.maketrans("―－", "ーー")
PLACE_KINDS = ("カウンティ", "ストリート", "アベニュー", "スクエア")
"""Katakana words for a kind of place that follow its name, glued to it (ピネラスカウンティ, Pinellas County), rarer
than the loanwords :func:`_peel` takes off."""
_KANA_FOLDS = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴュ", "ビュ"), ("ヴ", "ブ"), ("ー", ""),
               ("ッ", ""), ("ヂ", "ジ"), ("ヅ", "ズ"), ("ヰ", "イ"), ("ヱ", "エ"), ("ヲ", "オ"))
_SMALL_KANA = str.maketrans("ァィゥェォャュョヮヵヶ", "アイウエオヤユヨワカケ")


_NOT_OPENING = frozenset("ァィゥェォャュョヮッーヵヶ")
"""Kana no word opens with."""
LOANWORD_ZIPF = 3.5
"""A katakana word at least this frequent in Japanese (wordfreq) is a loanword where it is glued to a name."""


def _peel(run: str, zipf) -> list[tuple[int, int]]:
    """(start, end) of the pieces of a katakana run: the longest frequent words of three kana or more peeled off
    either end while a piece of two kana or more is left."""
    start, end = 0, len(run)
    pieces: list[tuple[int, int]] = []
    tail: list[tuple[int, int]] = []
    peeled = True
    while peeled:
        peeled = False
        for k in range(end - 2, start + 2, -1):  # the longest frequent word opening the rest
            if zipf(run[start:k]) >= LOANWORD_ZIPF and run[k] not in _NOT_OPENING:
                pieces.append((start, k))
                start, peeled = k, True
                break
        for k in range(start + 2, end - 2):  # the longest frequent word closing it
            if zipf(run[k:end]) >= LOANWORD_ZIPF and run[k] not in _NOT_OPENING:
                tail.insert(0, (k, end))
                end, peeled = k, True
                break
    return pieces + [(start, end)] + tail


@lru_cache(maxsize=1)
def _tokenizer():
    from janome.tokenizer import Tokenizer  # its dictionary ships inside the package

    return Tokenizer()


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    if language("ja").listed_zipf(word) >= LOANWORD_ZIPF:
        return True
    tokens = list(_tokenizer().tokenize(word))
    return bool(tokens) and all(t.node_type == "SYS_DICT" and "固有名詞" not in t.part_of_speech for t in tokens) and \
        any(len(t.surface) >= 3 for t in tokens)


LANGUAGE = Japanese


_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


@lru_cache(maxsize=1 << 14)
def kana_reading(word: str) -> str:
    """Kana as Hepburn-like romaji (see :meth:`Japanese.reading`)."""
    from anyascii import anyascii

    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", word.translate(_DASHES)):
        if ch in "ーッ・＝= ":
            continue
        before = out[-1] if out else ""
        if ch in _SMALL_Y and len(before) >= 2 and before[-1] in "aiueo":
            base = before[:-1]
            out[-1] = base + ("" if base in ("sh", "ch", "j") else "y") + _SMALL_Y[ch]
        elif ch in _SMALL_VOWEL and before and before[-1] in "aiueo":
            out[-1] = ("w" if before in ("u", "wu") else before[:-1]) + _SMALL_VOWEL[ch]
        elif ch in _SMALL_Y:
            out.append("y" + _SMALL_Y[ch])
        elif ch in _SMALL_VOWEL:
            out.append(_SMALL_VOWEL[ch])
        else:
            out.append(re.sub(r"[^a-z]", "", anyascii(ch).lower()))
    return "".join(out)


@lru_cache(maxsize=1)
def _e2k():
    from e2k import C2K  # its models ship inside the package

    return C2K()


@lru_cache(maxsize=4096)
def _latin_readings(latin: str) -> tuple[str, ...]:
    from anyascii import anyascii

    letters = re.sub(r"[^a-z]", "", anyascii(latin).lower())
    return (kana_reading(_e2k()(letters)), letters) if letters else ()
