"""Japanese."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..base import Language
from .numerals import NUMERALS


class Japanese(Language):
    code = "ja"
    has_module = True

    # --- writing, sentences and words

    # --- names
    territory_aliases = {"米国": "US", "英国": "GB", "豪州": "AU", "北朝鮮": "KP"}
    territory_abbreviations = {"米": "US", "英": "GB", "露": "RU", "中": "CN", "韓": "KR", "独": "DE", "仏": "FR",
                               "豪": "AU", "日": "JP", "印": "IN", "伊": "IT", "加": "CA", "朝": "KP"}

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Katakana runs, the parts of a name joined by ・ or ＝ (カシム＝ジョマルト・トカエフ): foreign names, and
        loanwords, which the names check tells apart by their frequency in Japanese."""
        return [m.span() for m in _KATAKANA_RUN.finditer(text)
                if len(re.sub(r"[ー・＝=･]", "", m.group())) >= 2]

    def common_word(self, word: str) -> bool:
        """janome's reading: every token a dictionary noun that is not a proper noun (名詞,固有名詞), one of them of
        three kana or more: a loanword (スポークスマン, ブルペン+シーズン), not a name. A name janome does not know is
        an unknown word, which it tags as a proper noun (トカエフ)."""
        return _common_word(word)

    def romanise(self, text: str) -> str:
        # a doubled consonant (ッ) and a long vowel (ー) are how katakana varies, not a sound of the name
        return super().romanise(re.sub(r"[ッｯー]", "", unicodedata.normalize("NFKC", text)))

    def variant_key(self, word: str) -> str:
        """Katakana folded as transliteration varies: long-vowel marks and doubled consonants dropped, small kana
        as large ones, ヴ as ブ (トカーエフ and トカエフ, ヴァイオリン and バイオリン are one)."""
        word = unicodedata.normalize("NFKC", word)
        for a, b in _KANA_FOLDS:
            word = word.replace(a, b)
        return word.translate(_SMALL_KANA)

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS

    # --- meaning: negations, disclaimers


_KATAKANA_RUN = re.compile(r"[ァ-ヺヽヾーｦ-ﾟ]+(?:[・＝=･][ァ-ヺヽヾーｦ-ﾟ]+)*")
_KANA_FOLDS = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴュ", "ビュ"), ("ヴ", "ブ"), ("ー", ""),
               ("ッ", ""), ("ヂ", "ジ"), ("ヅ", "ズ"), ("ヰ", "イ"), ("ヱ", "エ"), ("ヲ", "オ"))
_SMALL_KANA = str.maketrans("ァィゥェォャュョヮヵヶ", "アイウエオヤユヨワカケ")


@lru_cache(maxsize=1)
def _tokenizer():
    from janome.tokenizer import Tokenizer  # its dictionary ships inside the package

    return Tokenizer()


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    tokens = list(_tokenizer().tokenize(word))
    return bool(tokens) and all(t.node_type == "SYS_DICT" and "固有名詞" not in t.part_of_speech for t in tokens) and \
        any(len(t.surface) >= 3 for t in tokens)


LANGUAGE = Japanese
