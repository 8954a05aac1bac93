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
    quote_continuation = r"[ \u3000]*[^。！？，,：:“”\"「」\n]{0,12}?(?<![的知味])(?:说|道|称|问|报道)。"
    """「……。”他说。: a short clause of the speaker and a verb of saying, ended there, tells who said it (NTREX-128:
    他说。, 这位投资银行家补充道。, CNN报道。); one that goes on (他说，……, 他还表示，……) starts a sentence of its own."""
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
    transliteration_folds = ((r"\b[jq]", "G"), (r"\bx", "H"), (r"\bc(?!h)", "ts"), (r"\bg", "k"), (r"\bw", "W"),
                             (r"ng\b", "n"))
    """Pinyin as the sound key reads Latin: j and q write a g or k as often as a j or ch (加 jia for Ga, 基 ji for
    Ki), x writes an h as often as an s or sh (希 xi for Hi, 希伯尼安, Hibernian; 西 xi for Si: ``H``), c is ts, g
    is always hard, and w writes both a w and a v (威 wei for Willoughby, 维 wei for
    Vinnie): the weak letters of checker.names.WEAK_LETTERS."""
    territory_aliases = {"美国": "US", "英国": "GB", "俄罗斯": "RU", "朝鲜": "KP", "韩国": "KR", "印尼": "ID"}
    territory_abbreviations = {"美": "US", "英": "GB", "俄": "RU", "中": "CN", "韩": "KR", "德": "DE", "法": "FR",
                               "澳": "AU", "日": "JP", "印": "IN", "意": "IT", "加": "CA", "朝": "KP"}

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Runs of the characters Chinese transliterates foreign names with (托卡耶夫, 阿拉木图), the parts of a name
        joined by · (布雷特·卡瓦诺), brought to the words jieba finds in the sentence (:meth:`_to_words`); a common
        word of those characters (比赛, 努力) is told apart by its frequency."""
        runs = [m.span() for m in _TRANSLITERATED_RUN.finditer(text)]
        if not runs:
            return runs
        from .words import tags, word_spans

        tokens, table = word_spans(text), tags()
        out: list[tuple[int, int]] = []
        for a, b in runs:
            span = self._to_words(text, a, b, tokens, table)
            if span is None:
                continue
            if out and span[0] < out[-1][1]:  # a name taken whole reached the next run: one span
                before = out.pop()
                span = (before[0], max(span[1], before[1]))
            out.extend(_at_places(text, *span, tokens, table))
        return out

    def _to_words(self, text: str, a: int, b: int, tokens, table) -> tuple[int, int] | None:
        """A run of transliteration characters as the sentence's words have it. A word across its edge:
        - a common word in jieba's dictionary (:data:`COMMON_CUT`) is cut off (« 于 » of 对于, « 法 » of 法官), and a
          run inside one is no name (万英 of 万英镑);
        - a name in the dictionary is taken whole when it adds one character, not a suffix (撒切尔, 伊丽莎白; not
          亚利桑那州, 切尔西队; nor 印度 of 印度尼西亚, whose misspelling 印度尼希亚 the dictionary does not list and
          would read otherwise);
        - a word the dictionary does not list leaves the run as it is.
        Then a very common word at either end (博士, 太太, 高于), a quantity before (多万), and 于 and 让 alone are
        taken off. None where less than two characters are left."""
        def kind(word: str) -> str | None:
            tag = table.get(word)
            if tag is None:
                return None
            return "name" if tag in NAME_TAGS else "common" if self.listed_zipf(word) >= COMMON_CUT else None

        def suffix(added: str) -> bool:
            return bool(added) and all(ch in NAME_SUFFIXES for ch in added)

        def one_more(added: str) -> bool:  # what a name jieba lists adds: one character, not a suffix
            return len(added) <= 1 and not suffix(added)

        for s, e in tokens:
            if e <= a or s >= b or (s >= a and e <= b):
                continue
            k = kind(text[s:e])
            if s <= a and b <= e:  # the run inside one word
                if k == "common" and not suffix(text[b:e]):
                    return None
                if table.get(text[s:e]) == "nt" and s < a and b < e and not suffix(text[b:e]):
                    return None  # inside an institution's name (高法 of 最高法院, the Supreme Court)
                if k == "name" and one_more(text[s:a] + text[b:e]):
                    a, b = s, e
                continue
            if s < a:  # a word across the run's start
                a = e if k == "common" else s if k == "name" and one_more(text[s:a]) else a
            elif not suffix(text[b:e]):  # across its end (叙利亚人: the people of a place, kept)
                # (a name not a place's that begins two characters or more into the run is another name glued to
                # it: 伯纳斯顿｜丰田, Burnaston and Toyota; a place, 落基｜山脉, is :func:`_at_places`')
                glued = k == "name" and s - a >= 2 and e - s >= 2 and table[text[s:e]] != "ns"
                b = s if k == "common" or glued else e if k == "name" and one_more(text[b:e]) else b
        inside = [(s, e) for s, e in tokens if a <= s and e <= b]

        def strip(s: int, e: int, first: bool) -> bool:
            word = text[s:e]
            return (e - s == 1 and word in FUNCTION_CHARACTERS) or (e - s >= 2 and kind(word) == "common" and (
                self.listed_zipf(word) > COMMON_EDGE or (first and table[word].startswith("m"))))

        while inside and inside[0][0] == a and b - inside[0][1] >= 2 and strip(*inside[0], True):
            a = inside.pop(0)[1]
        while inside and inside[-1][1] == b and inside[-1][0] - a >= 2 and strip(*inside[-1], False):
            b = inside.pop()[0]
        return (a, b) if b - a >= 2 else None

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
    "伊依因英尤于约泽扎詹兹佐俄灵落卜蓬易诸")
"""The characters of Xinhua's tables for transliterating foreign names into Chinese, as news uses them (卜 of 伊德利卜,
Idlib; 蓬 of 蓬佩奥, Pompeo; 易 of 圣路易斯, St. Louis; 诸 of 马萨诸塞, Massachusetts)."""
_CHARS = "[" + TRANSLITERATION + "]"
HOMOPHONES = "也"
"""Common characters that sound as a transliteration character does (也 as 耶, ye): a machine translation writes them
inside a name (托卡也夫 for 托卡耶夫), where they stand between two of the table's characters."""
_WORD = _CHARS + "{2,}(?:[" + HOMOPHONES + "]" + _CHARS + "+)*"
_TRANSLITERATED_RUN = re.compile(_WORD + "(?:[·・‧･]" + _WORD + ")*")
def _at_places(text: str, a: int, b: int, tokens, table) -> list[tuple[int, int]]:
    """A name span cut where it glues a place jieba lists to what follows or precedes it: the place and the rest
    apart (西弗吉尼亚｜威灵, West Virginia and Wheeling; 落基｜山脉, the Rockies and the mountains), where the rest is
    no name jieba lists (佐科威多多 stays whole); a last character that begins a word beyond the span is no part of
    the name jieba lists before it (洛基｜山 of 洛基｜山队, the Rockies' team; 印尼｜龙 of 印尼｜龙目岛, Lombok in
    Indonesia; but 威洛比, Willoughby, stays whole)."""
    inside = [(s, e) for s, e in tokens if a <= s and e <= b]

    def tag(span):
        return table.get(text[span[0]:span[1]])

    def named(span):
        return span[1] - span[0] >= 2 and tag(span) in NAME_TAGS

    def words(spans):  # words jieba lists, none of them a name
        return bool(spans) and all(tag(t) is not None and not named(t) for t in spans)

    first = inside[0] if inside and inside[0][0] == a else None
    last = inside[-1] if inside and inside[-1][1] == b else None
    if first and named(first) and first[1] < b:
        if b - first[1] == 1 and (text[b - 1] in NAME_SUFFIXES or
                                  any(s == b - 1 and e > b and tag((s, e)) for s, e in tokens)):
            return [first]  # (a suffix, or the beginning of a word beyond: 山队, 龙目岛)
        if tag(first) == "ns" and b - first[1] >= 2 and len(inside) > 1 and inside[1][0] == first[1] and sum(
                e - s for s, e in inside[1:]) == b - first[1] and words(inside[1:]):
            return [first, (first[1], b)]
    if last and named(last) and tag(last) == "ns" and last[0] - a >= 2 and inside[0][0] == a and sum(
            e - s for s, e in inside[:-1]) == last[0] - a and words(inside[:-1]):
        return [(a, last[0]), last]
    return [(a, b)]


NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
"""jieba's tags of names: of people (nr; nrt, transliterated; nrfg), places (ns), organisations (nt), others (nz)."""
NAME_SUFFIXES = "州市县郡队杯人岛语城省湾河山湖党部报奖区国港"
"""What a name jieba lists adds after the transliterated name (亚利桑那州, 切尔西队, 莱德杯): not part of its sound."""
FUNCTION_CHARACTERS = "于让"
"""Characters of the table that are common words alone (于, at; 让, let) and stand beside a name (高于斯皮思)."""
COMMON_CUT = 3.0
"""The Zipf frequency from which a word the dictionary lists, not as a name, is common (提出 5.5, 法官 4.6): where
jieba's own words are rarer (对赛 of 对赛波夫, 威灵) it may have cut a name wrongly, and the run is kept."""
COMMON_EDGE = 4.0
"""The Zipf frequency above which a common word at a run's end is taken off (博士 5.0, 太太 4.5; 多多 of 佐科威多多,
4.0, stays)."""


LANGUAGE = Chinese
