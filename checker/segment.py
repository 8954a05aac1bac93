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

SPLITTER_VERSION = "rules-1"

_SPACE = " \t\u00a0\u202f\u2009"
_TERMINAL = re.compile(
    r"(?P<term>[.!?…]+)"  # one or more terminators: "." "?!" "..." "…"
    r"(?P<close>(?:[ \u00a0\u202f\u2009]?[»”’\"')\]])*)"  # closing quotes/brackets, French » after a space
    r"(?P<space>[ \t\u00a0\u202f\u2009]+)"
)
# What may stand before the first letter of a sentence: opening quotes, brackets, dashes, spaces.
_START = re.compile(r"[«“„\"‘'(\[¿¡—–\- \u00a0\u202f]*(?P<first>\w)")

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


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, by the rules of ``language`` (its abbreviations)."""
    end = len(text) if end is None else end
    abbreviations = language_of(language).all_abbreviations
    cuts: list[int] = []
    for m in _TERMINAL.finditer(text, start, end):
        nxt = _START.match(text, m.end(), end)
        if not nxt:
            continue
        first = nxt.group("first")
        if not (first.isupper() or first.isdigit()):
            continue
        if m.group("term") == "." and not m.group("close") and _is_abbreviation(text, start, m.start(), first, abbreviations):
            continue
        cuts.append(m.end("close"))
    out: list[tuple[int, int]] = []
    pos = start
    for cut in cuts + [end]:
        _add_trimmed(out, text, pos, cut)
        pos = cut
    return out


def _is_abbreviation(text: str, floor: int, dot: int, following: str, abbreviations: set[str]) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    begin = dot
    while begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in "«“\"'(‘[":
        begin -= 1
    word = text[begin:dot]
    if not word:
        return False
    low = word.lower()
    if low in abbreviations:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Kassym-Jomart K. Tokayev", "J. K. Rowling"
    if re.fullmatch(r"(?:\w\.)+\w", word) and len(word) <= 7 and not following.isdigit():
        # Dotted acronyms (U.S., S.H.) before a capitalised word; "U.S. President" is far more common than a
        # sentence ending in one.
        return word[-1].isupper() or low in abbreviations
    if following.isdigit() and word[-1].isdigit():
        return True  # "3. 5" lists and ordinals "1. Januar"
    return False


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
