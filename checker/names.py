"""Names in a document, and the normalised form that tells two spellings of one name apart from two names.

Mentions are found by their capitals, so that they work for any language: runs of capitalised words
(Kassym-Jomart Tokayev, Organisation du Traité de sécurité collective), acronyms (CSTO, OTSC, TASS), with French
elisions (« d’Holly », « l’OTSC ») taken off and a word that only ever stands first in a sentence left out (« Selon »,
« Les »), as are the datelines (« JAKARTA - »). Where an entity recogniser is installed for the language (checker.ner:
spaCy's ``fr_core_news_sm`` for French), a word opening a sentence is a name when it stands inside one of its entities
(« Kavadarkov reçut une passe »).

A name's key follows JRC-Names: other scripts romanised (Токаев -> Tokaev), case and accents folded, and the
transliteration equivalences of news spellings applied (ï/i/y, kh/h, zh/dj/j, ou/u, ck/q/k, ph/f, w/v, doubled letters,
-iev/-yev/-ev), so « Tokaïev », « Tokayev », « Tokaev » and « Токаев » share the key ``tokaev``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .document import Document, nfc_with_offsets
from .lang import language

_CAPITAL = r"[A-ZÀ-ÖØ-Þ\u0400-\u042f]"


@dataclass(frozen=True)
class _Patterns:
    cap_run: re.Pattern
    """A run of capitalised words, behind an elided word (« d’Holly »), with the particles names carry."""
    elided_opening: re.Pattern
    """An elided word opening a sentence (« L’enquête », « C’est », « Qu’il »): not a name."""
    defined_by: re.Pattern
    """What stands between an expansion and its acronym (« (CSTO », « atau CSTO »)."""
    elision: re.Pattern
    minor_words: frozenset[str]


@lru_cache(maxsize=None)
def _patterns(code: str) -> _Patterns:
    lang = language(code)
    elisions = "|".join(f"[{e[0].upper()}{e[0]}]{re.escape(e[1:])}" for e in sorted(lang.elisions, key=len))
    elided = r"(?:(?:" + elisions + r")[’'])?" if elisions else ""
    particles = "|".join(map(re.escape, lang.name_particles))
    capitalised = "|".join(e[0].upper() + e[1:] for e in lang.elisions if len(e) > 1)
    return _Patterns(
        cap_run=re.compile(r"(?<![\w’'\-])" + elided + r"(?P<run>" + _CAPITAL + r"[\w’'\-]*"
                           r"(?:[ \u00a0](?:(?:" + particles + r")[ \u00a0])?" + _CAPITAL + r"[\w’'\-]*)*)"),
        elided_opening=re.compile(r"(?:[A-Z]" + ("|" + capitalised if capitalised else "") + r")['’][a-zà-ÿ]"),
        defined_by=re.compile(r"(?:\s*\(|,?\s+(?:" + "|".join(map(re.escape, lang.definers)) + r")\s+)$"),
        elision=re.compile(r"^(?:" + elisions + r")[’']") if elisions else re.compile(r"(?!)"),
        minor_words=lang.expansion_minor_words,
    )

_DATELINE = r"[A-Z][A-Z .,'’()/-]*[ \u00a0]*[-–—][ \u00a0]*"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class Mention:
    """A name as it stands in a document: offsets into the text as read, and its words."""

    start: int
    end: int
    text: str
    sentence: int

    @property
    def words(self) -> list[str]:
        return [w for w in re.split(r"[ \u00a0]+", self.text) if w]


def fold(text: str) -> str:
    """Case and accents folded, other scripts romanised: the form names are compared in."""
    from anyascii import anyascii

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if any(ord(ch) > 0x24F for ch in text):
        text = anyascii(text)
    return text.lower()


_RULES = [
    (r"dzh|dj|zh|ž", "j"), (r"tch|tsch", "ch"), (r"sch", "sh"), (r"kh", "h"), (r"ck|q", "k"), (r"ph", "f"),
    (r"w", "v"), (r"ou", "u"), (r"y", "i"), (r"c(?=[aou])", "k"),
]


def name_key(word: str) -> str:
    """The normalised form of one word of a name (see the module's docstring)."""
    s = re.sub(r"[^a-z]", "", fold(_POSSESSIVE.sub("", word)))
    for pattern, repl in _RULES:
        s = re.sub(pattern, repl, s)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters
    s = re.sub(r"i+ev(?=a|$)", "ev", s)  # -iev, -yev, -ev
    s = re.sub(r"ii+", "i", s)
    return s


def runs(doc: Document) -> list[Mention]:
    """Every run of capitalised words, the first word of a sentence included, datelines left out: what
    :func:`mentions` chooses from, and where the names check reads a name's structure (« Brett Kavanaugh »)."""
    found: list[Mention] = []
    patterns = _patterns(doc.language)
    for seg in doc.segments:
        norm, offsets = nfc_with_offsets(seg.text)
        for m in patterns.cap_run.finditer(norm):
            start, end = m.start("run"), m.end("run")
            text = norm[start:end].rstrip("’'-")
            end = start + len(text)
            if not text or patterns.elided_opening.match(text):
                continue  # an elided article or pronoun opening a sentence: « L’enquête », « C’est »
            # a dateline: "JAKARTA - ..." at the start of a sentence
            if start == 0 and text.isupper() and re.match(r"[ \u00a0]*[-–—(]", norm[end:]):
                continue
            found.append(Mention(seg.start + offsets[start], seg.start + offsets[end],
                                 seg.text[offsets[start]:offsets[end]], seg.index))
    return found


def mentions(doc: Document, entities: Sequence[tuple[int, int]] | None = None,
             found: list[Mention] | None = None) -> list[Mention]:
    """The names of a document, in order. ``entities``: the spans (document offsets) of a recogniser's entities
    (checker.ner); a word opening a sentence inside one is a name. ``found``: the document's :func:`runs`, when the
    caller has them already."""
    found = runs(doc) if found is None else found
    # A single word that is capitalised only where a sentence starts is an ordinary word ("Selon", "Les", "Ada").
    starts = {seg.start for seg in doc.segments}
    opening = Counter()
    inside = Counter()
    for mention in found:
        if len(mention.words) == 1:
            (opening if _at_sentence_start(doc, mention, starts) else inside)[mention.text.casefold()] += 1
    # ... unless it is a spelling of a name the document writes elsewhere inside a sentence. The first word of a run
    # that opens a sentence ("Selon Aibek Smadiyarov") is judged the same way.
    known = {name_key(w) for m in found
             for w in (m.words[1:] if _at_sentence_start(doc, m, starts) else m.words)}
    out = []
    for m in found:
        if _at_sentence_start(doc, m, starts):
            first = m.words[0]
            if not (inside[first.casefold()] or name_key(first) in known or is_acronym(first) or
                    any(s <= m.start < e for s, e in entities or ())):
                if len(m.words) == 1:
                    continue
                cut = m.text.index(first) + len(first)
                cut += len(m.text[cut:]) - len(m.text[cut:].lstrip(" \u00a0"))
                m = Mention(m.start + cut, m.end, m.text[cut:], m.sentence)
        out.append(m)
    return out


def _at_sentence_start(doc: Document, mention: Mention, starts: set[int]) -> bool:
    if mention.start in starts:
        return True
    # behind an opening quote or an elision at the start of a sentence: « Les ..., "Para ..., L’analyse
    seg_start = doc.segments[mention.sentence].start
    lead = doc.text[seg_start:mention.start]
    return not re.search(r"\w", lead) or re.fullmatch(_DATELINE, lead) is not None


def is_acronym(word: str) -> bool:
    letters = re.sub(r"[^\w]", "", word)
    return len(letters) >= 2 and letters.isupper()


@dataclass(frozen=True)
class Acronym:
    """An acronym a document defines: « Organisation du Traité de sécurité collective (OTSC) », « Organisasi
    Perjanjian Keamanan Kolektif atau CSTO »."""

    text: str
    expansion: str
    sentence: int


ACRONYM = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9]{1,5}(?![\w-])")
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # II, XIV: an ordinal, not an acronym


def acronyms(doc: Document) -> dict[str, Acronym]:
    """The acronyms a document defines, each with its first definition: an acronym written after its expansion, in
    brackets or joined by « ou », « atau », "or" (the expansion: the words before it whose initials spell it, else
    the capitalised words before it), or before its expansion in brackets (« OTSC (Organisation ...) »)."""
    out: dict[str, Acronym] = {}
    patterns = _patterns(doc.language)
    for seg in doc.segments:
        for m in ACRONYM.finditer(seg.text):
            acronym = m.group()
            if acronym in out or ROMAN.fullmatch(acronym) or not re.search(r"[A-Z].*[A-Z]", acronym):
                continue
            expansion = None
            before = patterns.defined_by.search(seg.text[:m.start()])
            after = re.match(r"\s*\(([A-ZÀ-Þ][^()]{3,100})\)", seg.text[m.end():])
            if before:
                expansion = _expansion(seg.text[:before.start()], acronym, patterns)
            elif after and len(after.group(1).split()) >= 2:
                expansion = after.group(1).strip()
            if expansion:
                out[acronym] = Acronym(acronym, expansion, seg.index)
    return out


def _expansion(before: str, acronym: str, patterns: _Patterns) -> str | None:
    """The words at the end of ``before`` that an acronym stands for: the fewest that start with a capital and whose
    initials, minor words left out, spell the acronym; else the run of capitalised words there (a translated
    acronym: « Organisasi Perjanjian Keamanan Kolektif atau CSTO »)."""
    words = re.findall(r"[^\s]+", before)[-12:]
    words = [patterns.elision.sub("", w).strip(",;:«»\"“”") for w in words]
    minor = patterns.minor_words
    letters = acronym.lower()
    for n in range(2, len(words) + 1):
        tail = words[-n:]
        if not tail[0][:1].isupper():
            continue
        initials = "".join(w[0].lower() for w in tail if w and w.casefold() not in minor)
        if initials == letters:
            return " ".join(tail)
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and w.isalpha() or (run and w.casefold() in minor):
            run.insert(0, w)
        else:
            break
    while run and run[0].casefold() in minor:
        run.pop(0)
    return " ".join(run) if len(run) >= 2 else None
