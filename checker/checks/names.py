"""Names: one name spelled several ways in one document (NAME001).

Every word of every name (checker/names.py) is reduced to its key; words that share a key but are written differently
are spellings of one name: « Tokaïev » and « Tokayev ». Different people with similar names have different keys
(Hansen and Hanson) and stay apart; so do two spellings coordinated in one sentence (« Smith dan Smyth »), and in the
translation, spellings that the source itself writes apart. A capital written without its accent (« Ecosse », « Etat ») is French typography, not a variant.

The finding lists every variant with its count and spans and suggests one form: the source's spelling where the source
is consistent, else the majority, else the first written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

from ..document import SOURCE, TRANSLATION, Document, Span
from ..names import is_acronym, mentions, name_key
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class NamesCheck:
    name = "names"
    rules = {
        "NAME001": "One name spelled several ways in one document (Tokaïev and Tokayev).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src_words = _name_words(ctx.source)
        tgt_words = _name_words(ctx.translation)
        yield from _variants(ctx.translation, TRANSLATION, tgt_words, src_words)
        yield from _variants(ctx.source, SOURCE, src_words, {})


def _name_words(doc: Document) -> dict[str, list[tuple[str, Span]]]:
    """key -> [(word as written, its span)] for the words of the document's names (spans without a side yet)."""
    out: dict[str, list[tuple[str, Span]]] = {}
    for mention in mentions(doc):
        for m in re.finditer(r"[^ \u00a0]+", mention.text):
            word = re.sub(r"(?:['’]s|['’])$", "", m.group())
            letters = re.sub(r"[\W\d_]", "", word)
            if len(letters) < 4 or is_acronym(word) or not word[:1].isupper():
                continue
            key = name_key(word)
            if len(key) < 4:
                continue
            start = mention.start + m.start()
            out.setdefault(key, []).append((word, Span("", start, start + len(word), word)))
    return out


def _same_but_capital_accent(a: str, b: str) -> bool:
    def strip_first(w: str) -> str:
        first = "".join(c for c in unicodedata.normalize("NFD", w[:1]) if not unicodedata.combining(c))
        return first + w[1:]

    return strip_first(a) == strip_first(b)


_TOGETHER = re.compile(r"\W*(?:\w+\W+){0,3}?(?:dan|serta|dengan|melawan|et|avec|contre|and|with|vs\.?|versus|&|,)"
                       r"\W+(?:\w+\W+){0,3}?", re.IGNORECASE)


def _side_by_side(doc: Document, occurrences: list[tuple[str, Span]]) -> bool:
    """Whether two spellings stand together in one sentence, coordinated ("Smith dan Smyth", "Hansen et Hanson"):
    then they name two people."""
    for w1, a in occurrences:
        for w2, b in occurrences:
            if a.start < b.start and unicodedata.normalize("NFC", w1) != unicodedata.normalize("NFC", w2):
                between = doc.text[a.end:b.start]
                if "\n" not in between and _TOGETHER.fullmatch(between):
                    return True
    return False


def _forms(words: list[tuple[str, Span]]) -> Counter:
    return Counter(unicodedata.normalize("NFC", w) for w, _ in words)


def _variants(doc: Document, side: str, words: dict, other: dict) -> Iterable[Finding]:
    for key, occurrences in words.items():
        forms = _forms(occurrences)
        distinct = list(forms)
        if len(distinct) < 2:
            continue
        if all(_same_but_capital_accent(distinct[0], d) or distinct[0].casefold() == d.casefold() for d in distinct):
            continue
        if _side_by_side(doc, occurrences):
            continue  # two spellings in one sentence ("Smith dan Smyth") are two people
        theirs = _forms(other.get(key, []))
        if len(theirs) > 1 and set(theirs) >= set(distinct):
            continue  # the source writes them apart too: two names, not two spellings
        if len(theirs) == 1:
            suggestion, basis = next(iter(theirs)), "the source's spelling"
        else:
            order = [unicodedata.normalize("NFC", w) for w, _ in occurrences]
            suggestion = max(distinct, key=lambda f: (forms[f], -order.index(f)))
            tie = sum(1 for f in distinct if forms[f] == forms[suggestion]) > 1
            basis = "the first spelling" if tie else "the majority"
        off = [(w, sp) for w, sp in occurrences if unicodedata.normalize("NFC", w) != suggestion]
        on = [(w, sp) for w, sp in occurrences if unicodedata.normalize("NFC", w) == suggestion]
        spans = tuple(Span(side, sp.start, sp.end, doc.text[sp.start:sp.end]) for _, sp in off + on)
        listing = " and ".join(f"« {f} » ({n})" for f, n in sorted(forms.items(), key=lambda kv: -kv[1]))
        yield Finding("NAME001", "warning",
                      f"one name spelled {len(distinct)} ways in the {side}: {listing}; use « {suggestion} » ({basis})",
                      spans,
                      {"key": key, "suggestion": suggestion,
                       "basis": {"the source's spelling": "source", "the majority": "majority"}.get(basis, "first"),
                       "variants": [{"form": f, "count": n,
                                     "spans": [[sp.start, sp.end] for w, sp in occurrences
                                               if unicodedata.normalize("NFC", w) == f]}
                                    for f, n in sorted(forms.items(), key=lambda kv: -kv[1])]})
