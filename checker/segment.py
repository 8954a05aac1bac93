"""Paragraphs and sentences, per language, with offsets into the text as read.

A rule-based splitter: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with the closing quotes and brackets that follow
it, French « » with or without the space before them) when the next word starts a sentence (a capital letter or a digit,
possibly behind an opening quote or a dash), unless the period belongs to an abbreviation or an initial. A quotation that
spans several sentences is split inside like any text, and its closing « » or ” stays with the sentence it ends, so
``… totalisant 20 000 », a-t-il écrit.`` is never cut off. Datelines (``JAKARTA - …``) and Indonesian date shorthand
(``Jumat (7/1)``) carry no sentence-final punctuation and so never split.

Plain text: every line is a paragraph (news feeds put one paragraph per line). Markdown: blank lines separate paragraphs,
headings and list items are paragraphs of their own, and their markers (``#``, ``-``, ``>``, ``1.``) are outside the
sentence offsets; fenced code and front matter are not prose and are skipped.
"""

from __future__ import annotations

import re

from .document import Segment
from .lang import language as language_of

SPLITTER_VERSION = "rules-3"

_SPACE = " \t\u00a0\u202f\u2009\u3000"
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"  # direction marks of right-to-left text: invisible
_IDEOGRAPHIC_STOPS = "。！？｡‼⁇⁈⁉"
"""Terminators of the scripts that write no spaces: the next sentence follows at once (。他说 …)."""
_TERM = rf"(?P<term>[.．!?…؟{_IDEOGRAPHIC_STOPS}]+)"  # one or more terminators: "." "?!" "..." "…" "。" "؟" "．"
_CLOSE = rf"(?P<close>(?:[ \u00a0\u202f\u2009]?[»”’\"“')\]」』》〉）】〕〗＂＇］｝｣〟〞{_BIDI}])*)"  # closing quotes, brackets
_TERMINAL = re.compile(_TERM + _CLOSE + rf"(?P<space>[{_SPACE}{_BIDI}]*[{_SPACE}]|[{_BIDI}]+)")
"""A terminator followed by a space, or by a direction mark where right-to-left text is glued to the next run
(« نعم.\u200fشكرا »): a sentence may end here."""
_TERMINAL_UNSPACED = re.compile(_TERM + _CLOSE + rf"(?=[^{_SPACE}{_BIDI}])")
"""A terminator with no space after it: a sentence ends here only where the script writes none (。他说, 。「…)."""
# What may stand before the first letter of a sentence: opening quotes, brackets, dashes, spaces, direction marks.
_START = re.compile(rf"[«“„\"‘'(\[¿¡—–\- \u00a0\u202f\u3000「『《〈（【〔〖＂＇［｛｢〝{_BIDI}]*(?P<first>\w)")


def _starts_sentence(char: str) -> bool:
    """Whether a sentence may start with ``char``: a capital or a digit, or a letter of a script without capitals
    (Chinese, Japanese, Arabic)."""
    return char.isupper() or char.isdigit() or (char.isalpha() and not char.islower())


def _wide_punctuation(char: str) -> bool:
    """CJK and full-width punctuation, Arabic comma, semicolon and question mark: a word ends there."""
    return "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uff0f" or "\uff1a" <= char <= "\uff20" or \
        "\uff3b" <= char <= "\uff40" or "\uff5b" <= char <= "\uff65" or char in "\u060c\u061b\u061f"


def _ideographic(char: str) -> bool:
    """A character of the scripts that write no spaces between sentences (Han, kana)."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or \
        "\U00020000" <= char <= "\U0003134f"


def paragraphs(text: str, markdown: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's prose, trimmed of surrounding whitespace and Markdown block markers."""
    spans: list[tuple[int, int]] = []
    if not markdown:
        for m in re.finditer(r"[^\r\n]+", text):
            _add_trimmed(spans, text, m.start(), m.end())
        return spans

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*(?:\r\n|\n|\r|$)", text) if m.end() > m.start()]
    in_fence = False
    current: list[int] | None = None  # [start, end] of the paragraph being built
    for idx, (start, end) in enumerate(lines):
        line = text[start:end].rstrip("\r\n")
        stripped = line.strip()
        if idx == 0 and stripped == "---":
            in_fence = "front"
            continue
        if in_fence == "front":
            if stripped in ("---", "..."):
                in_fence = False
            continue
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            if current:
                _add_trimmed(spans, text, *current)
                current = None
            continue
        if in_fence:
            continue
        if not stripped:
            if current:
                _add_trimmed(spans, text, *current)
                current = None
            continue
        marker = re.match(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+", line)
        body_start = start + (marker.end() if marker else 0)
        line_end = start + len(line)
        if marker and not line.lstrip().startswith(">"):
            # A heading or a list item is a paragraph of its own.
            if current:
                _add_trimmed(spans, text, *current)
                current = None
            if line.lstrip().startswith("#"):
                line_end = start + len(line.rstrip().rstrip("#"))
            if current is None:
                current = [body_start, line_end]
            continue
        if current is None:
            current = [body_start, line_end]
        else:
            current[1] = line_end
    if current:
        _add_trimmed(spans, text, *current)
    return spans


def _trimmable(char: str) -> bool:
    return char.isspace() or char in "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\ufeff"


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, by the rules of ``language`` (its abbreviations, what
    continues a sentence after a closing quote)."""
    end = len(text) if end is None else end
    lang = language_of(language)
    abbreviations = lang.all_abbreviations
    continuation = re.compile(lang.quote_continuation) if lang.quote_continuation else None
    cuts: set[int] = set()
    matches = [(m, True) for m in _TERMINAL.finditer(text, start, end)]
    matches += [(m, False) for m in _TERMINAL_UNSPACED.finditer(text, start, end)]
    for m, spaced in matches:
        nxt = _START.match(text, m.end(), end)
        if not nxt:
            continue
        first = nxt.group("first")
        if not _starts_sentence(first):
            continue
        term, close = m.group("term"), m.group("close")
        if not spaced and not (set(term) & set(_IDEOGRAPHIC_STOPS) or _ideographic(first)):
            continue  # "3.5", "weather.com": a sentence that follows a period is spaced, unless unspaced script
        if not close and _ELLIPSIS.fullmatch(term) and not (first.isupper() or first.isdigit()):
            continue  # 好奇心重......它们不会, مستمرًا... هو اليوم: before a letter without case, an ellipsis is a pause
        if term in (".", "．") and not close and _is_abbreviation(text, start, m.start(), first, abbreviations):
            continue
        if term == "." and not close and lang.ordinal_period_words and _ordinal_period(text, start, m.start(), nxt, lang):
            continue
        cut = _cut(text, start, m)
        if close and cut == m.end("close") and continuation and continuation.match(text, cut, end):
            continue  # 「……。」と述べた, “……。”他说。: the quotation goes on as the object of a verb of saying
        cuts.add(cut)
    out: list[tuple[int, int]] = []
    pos = start
    for cut in sorted(cuts) + [end]:
        _add_trimmed(out, text, pos, cut)
        pos = cut
    return out


def _cut(text: str, floor: int, m: re.Match) -> int:
    """Where the sentence ended by ``m`` ends: after its closing quotes. A double quote after the terminator closes a
    quotation only when one is open (``_quote_open``) and the next quote is not shaped to close (``_next_quote_closes``);
    otherwise it opens the next sentence (« 。"我看到… », « 。“至于… », « ! " لم »). A ” always closes."""
    for i in range(m.end("term"), m.end("close")):
        if text[i] in _AMBIGUOUS_QUOTES and _opens_sentence(text, i) and \
                (_next_quote_closes(text, i, len(text)) or not _quote_open(text, floor, i)):
            return i
    return m.end("close")


def _next_quote_closes(text: str, i: int, end: int) -> bool:
    """Whether the next double quote after the one at ``i`` is shaped to close a quotation: a ”, or a quote glued to
    the word or the terminator before it and not to a word after it. The quote at ``i`` then opens the quotation that
    one closes, whatever a quote left unpaired before says (NTREX-128 Arabic « قالت "أوه، ماذا؟ لا، لم أفعل! " لم أفصح
    عن تلك الوثيقة." », Chinese « 直入球门右侧。"阿奎罗正在经受脚伤的困扰，“ 曼城队经理 »). Where the next quote opens a
    quotation of its own (Vietnamese « tồi tệ hơn. " Tổng thống ...: "Tôi »), what is open decides."""
    after = _NEXT_QUOTE.search(text, i + 1, end)
    if not after:
        return False
    j = after.start()
    if text[j] == "”":
        return True
    return text[j - 1] not in _SPACE and (j + 1 == end or not (text[j + 1].isalnum() or text[j + 1] in "「『《（(‘["))


_AMBIGUOUS_QUOTES = "\"“＂"
_NEXT_QUOTE = re.compile(r"[\"“”＂]")
_ELLIPSIS = re.compile(r"…+|\.{2,}|．{2,}")


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the double quote at ``i`` may open the next sentence: glued to a letter, a digit or an opening bracket
    (« 。"我看到 », « ."Next »), or standing apart between spaces (Arabic « ! " لم »). One glued to the terminator with
    a space after (« ." Next ») or followed by another closing quote (« ."" ») closes."""
    pos = i + 1
    if pos < len(text) and text[pos] in _SPACE and i > 0 and text[i - 1] in _SPACE:
        while pos < len(text) and text[pos] in _SPACE:
            pos += 1
    return pos < len(text) and (text[pos].isalnum() or text[pos] in "「『《（(‘[")


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether a double quotation is open at ``end``, reading the paragraph from ``start``: ” closes one; “ opens one,
    or closes the one open (Chinese text often closes with “: « "……非常不错。“他说 »); a straight or full-width quote
    opens or closes. Trusting ” puts the reading back in step after a quote left unpaired."""
    open_ = False
    for ch in text[start:end]:
        if ch == "”":
            open_ = False
        elif ch in _AMBIGUOUS_QUOTES:
            open_ = not open_
    return open_


def _is_abbreviation(text: str, floor: int, dot: int, following: str, abbreviations: set[str]) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    begin = dot
    while begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in "«“\"'(‘[" and \
            not _ideographic(text[begin - 1]) and not _wide_punctuation(text[begin - 1]):
        begin -= 1
    word = text[begin:dot]
    if not word:
        return False
    low = word.lower()
    if low in abbreviations:
        return True
    if len(word) == 1 and word.isalpha() and not word.islower():
        # An initial: "Kassym-Jomart K. Tokayev", "J. K. Rowling", Arabic « د. » (Dr.), Japanese « マーフィー J. ポール »
        # (the name goes on in katakana); a Latin capital before a word of an alphabet without capitals ends a sentence
        # (Arabic « ... على A. يبين », a grade).
        return not (word.isupper() and following.isalpha() and not following.isupper() and not following.islower()
                    and not _ideographic(following))
    if re.fullmatch(r"(?:\w\.)+\w", word) and len(word) <= 7 and not following.isdigit():
        # Dotted acronyms (U.S., S.H.) before a capitalised word; "U.S. President" is far more common than a
        # sentence ending in one.
        return word[-1].isupper() or low in abbreviations
    if following.isdigit() and word[-1].isdigit():
        return True  # "3. 5" lists and ordinals "1. Januar"
    return False


_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))(?:(?P<word>[^\W\d_]+)\s+)?(?:(?P<adjective>[^\W\d_]+)\s+)?"
                            r"(?P<number>\d{1,3})$")
_WORD_AFTER = re.compile(r"[^\W\d_]+\.?")


def _ordinal_period(text: str, floor: int, dot: int, nxt: re.Match, lang) -> bool:
    """Whether the period at ``dot`` closes an ordinal written as a number and a period (German « am 2. Oktober »,
    « in der 28. Minute »): after one of the language's :attr:`~checker.lang.base.Language.ordinal_period_words`, or a
    day's number before a month name (« (29. September) »)."""
    m = _NUMBER_BEFORE.search(text[max(floor, dot - 40):dot])
    if not m:
        return False
    words = [w for w in (m.group("word"), m.group("adjective")) if w]
    if words and (words[-1].lower() in lang.ordinal_period_words or (
            len(words) == 2 and words[0].lower() in lang.ordinal_period_words and words[1].islower())):
        return True  # « im 1. Weltkrieg », « im neuen 17. Bezirk »
    after = _WORD_AFTER.match(text, nxt.start("first"))
    if not after or int(m.group("number")) > 31:
        return False
    following = after.group().lower()
    return following in lang.months or following.rstrip(".") in lang.months


def segment(text: str, language: str | None = None, *, markdown: bool = False, segmented: bool = False) -> tuple[Segment, ...]:
    """Split a document into sentences.

    ``segmented=True`` keeps the input's own segmentation: every non-empty line is one segment.
    """
    out: list[Segment] = []
    if segmented:
        for para, m in enumerate(re.finditer(r"[^\r\n]+", text)):
            spans: list[tuple[int, int]] = []
            _add_trimmed(spans, text, m.start(), m.end())
            for s, e in spans:
                out.append(Segment(len(out), s, e, text[s:e], para))
        return tuple(out)
    for para, (p_start, p_end) in enumerate(paragraphs(text, markdown=markdown)):
        for s, e in split_sentences(text, p_start, p_end, language):
            out.append(Segment(len(out), s, e, text[s:e], para))
    return tuple(out)
