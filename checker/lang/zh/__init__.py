"""Chinese (written in simplified or traditional characters)."""

from __future__ import annotations

import re

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
    transliteration_folds = ((r"\bzh", "j"), (r"\bq", "ch"), (r"\bx", "sh"), (r"\bc(?!h)", "ts"), (r"\bw", "v"),
                             (r"ng\b", "n"))
    """Pinyin as the sound key reads Latin: q and x are ch and sh, c is ts; w mostly writes a v (瓦, 维, 沃)."""
    territory_aliases = {"美国": "US", "英国": "GB", "俄罗斯": "RU", "朝鲜": "KP", "韩国": "KR"}
    territory_abbreviations = {"美": "US", "英": "GB", "俄": "RU", "中": "CN", "韩": "KR", "德": "DE", "法": "FR",
                               "澳": "AU", "日": "JP", "印": "IN", "意": "IT", "加": "CA", "朝": "KP"}

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Runs of the characters Chinese transliterates foreign names with (托卡耶夫, 阿拉木图), the parts of a name
        joined by · (布雷特·卡瓦诺); a common word of those characters (比赛, 努力) is told apart by its frequency."""
        return [m.span() for m in _TRANSLITERATED_RUN.finditer(text)]

    def romanise(self, text: str) -> str:
        """Pinyin without tones, a space between syllables (anyascii: one reading a character): 托卡耶夫 is
        « tuo ka ye fu »."""
        from anyascii import anyascii

        return " ".join(anyascii(ch).lower() for ch in text).strip()

    def variant_key(self, word: str) -> str:
        """The name's syllables as pinyin without tones (anyascii: one reading a character, 托卡耶夫 is tuokayefu): homophones used in transliteration (耶 and 叶, 夫 and 弗) are one."""
        return re.sub(r"[^a-z]", "", self.romanise(word))

    # --- numbers, dates, units (numerals.py)
    numerals = NUMERALS
    # CLDR's wide names are « 星期五 »; news writes « 周五 » as often, and « 星期天 », « 礼拜五 »
    extra_weekdays = {**{"周" + d: i for i, d in enumerate("一二三四五六")}, "周日": 6, "周天": 6, "星期天": 6,
                      **{"礼拜" + d: i for i, d in enumerate("一二三四五六")}, "礼拜天": 6, "礼拜日": 6,
                      **{"週" + d: i for i, d in enumerate("一二三四五六")}, "週日": 6}
    # « 每周四天 » is four days a week, not Thursday
    ambiguous_weekdays = {"周" + d: "天|个|次|年" for d in "一二三四五六日"}

    # --- meaning: negations, disclaimers


TRANSLITERATION = (
    "阿埃艾爱安昂奥澳巴芭拜班邦宝保鲍贝本比彼毕庇宾滨波玻博伯勃布采查柴昌彻楚茨达戴代黛丹道德得登邓迪蒂狄丁东杜敦顿多厄恩"
    "尔法范凡菲费芬丰冯佛弗福夫富盖甘冈高戈哥格葛根贡古圭郭哈海汉翰豪赫亨洪胡华怀惠霍基吉季济加佳贾简杰捷金津久居卡凯坎康"
    "考柯科克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾里理丽利莉力连列林琳玲留龙隆卢鲁路露伦罗洛吕律马玛迈麦曼芒毛梅美门蒙孟米密敏"
    "明摩莫默墨姆穆木那纳娜奈南瑙内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐契乔切钦琼丘让热瑞若萨塞赛桑瑟森沙莎山尚绍舍申圣施"
    "史士什舒斯司丝思松苏索塔泰太坦汤唐陶特提汀通图托瓦万旺威韦维卫温文翁沃乌伍武西希锡夏谢辛欣休修叙雅亚娅牙扬杨耶叶"
    "伊依因英尤于约泽扎詹兹佐俄")
"""The characters of Xinhua's tables for transliterating foreign names into Chinese, as news uses them."""
_CHARS = "[" + TRANSLITERATION + "]"
HOMOPHONES = "也"
"""Common characters that sound as a transliteration character does (也 as 耶, ye): a machine translation writes them
inside a name (托卡也夫 for 托卡耶夫), where they stand between two of the table's characters."""
_WORD = _CHARS + "{2,}(?:[" + HOMOPHONES + "]" + _CHARS + "+)*"
_TRANSLITERATED_RUN = re.compile(_WORD + "(?:[·・‧･]" + _WORD + ")*")


LANGUAGE = Chinese
