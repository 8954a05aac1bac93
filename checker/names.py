"""Names in a document, and the normalised form that tells two spellings of one name apart from two names.

Mentions are found without a language model, so that they work for any language: runs of capitalised words
(Kassym-Jomart Tokayev, Organisation du Traité de sécurité collective), acronyms (CSTO, OTSC, TASS), with French
elisions (« d’Holly », « l’OTSC ») taken off and a word that only ever stands first in a sentence left out (« Selon »,
« Les »), as are the datelines (« JAKARTA - »).

A name's key follows JRC-Names: other scripts romanised (Токаев -> Tokaev), case and accents folded, and the
transliteration equivalences of news spellings applied (ï/i/y, kh/h, zh/dj/j, ou/u, ck/q/k, ph/f, w/v, doubled letters,
-iev/-yev/-ev), so « Tokaïev », « Tokayev », « Tokaev » and « Токаев » share the key ``tokaev``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .document import Document, nfc_with_offsets

_CAP_RUN = re.compile(r"(?<![\w’'\-])(?:(?:[dDlL]|[qQ]u|[jJ]usqu)[’'])?(?P<run>[A-ZÀ-ÖØ-Þ\u0400-\u042f]" + r"[\w’'\-]*"
                      r"(?:[ \u00a0](?:(?:de|du|des|la|le|van|von|bin|al|el)[ \u00a0])?"
                      r"[A-ZÀ-ÖØ-Þ\u0400-\u042f][\w’'\-]*)*)")
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


def mentions(doc: Document) -> list[Mention]:
    """The names of a document, in order."""
    found: list[Mention] = []
    for seg in doc.segments:
        norm, offsets = nfc_with_offsets(seg.text)
        for m in _CAP_RUN.finditer(norm):
            start, end = m.start("run"), m.end("run")
            text = norm[start:end].rstrip("’'-")
            end = start + len(text)
            if not text or re.match(r"(?:[A-Z]|Qu|Jusqu)['’][a-zà-ÿ]", text):
                continue  # an elided article or pronoun opening a sentence: « L’enquête », « C’est »
            # a dateline: "JAKARTA - ..." at the start of a sentence
            if start == 0 and text.isupper() and re.match(r"[ \u00a0]*[-–—(]", norm[end:]):
                continue
            found.append(Mention(seg.start + offsets[start], seg.start + offsets[end],
                                 seg.text[offsets[start]:offsets[end]], seg.index))
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
            if not (inside[first.casefold()] or name_key(first) in known or is_acronym(first)):
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
