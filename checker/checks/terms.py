"""Terms: one source term rendered several ways in one translation (TERM001), what translation QA tools call
inconsistency in target (Xbench).

The source's terms are the phrases it repeats in two aligned pairs or more: runs of capitalised words (an institution:
« Persatuan Wartawan Indonesia »), the expansions of the acronyms it defines (checker.names.acronyms), and phrases of
two to four words one of which is rare in the language (a procedure: « hak interpelasi »). A term's rendering is the
phrase of the translation that stands in most of the translations of the pairs that hold the term, at least two, and
seldom elsewhere. Where a pair holds the term but not that rendering, the phrase of its translation that differs from
the rendering in some of its words and keeps the others (« droit d'interprétation » for « droit d'interpellation »,
« Association des guerriers indonésiens » for « Union des journalistes indonésiens ») is another rendering of the
term: the finding lists every rendering with its count and spans, and suggests one: the glossary's accepted form when
a glossary entry holds the term, else the majority.

Terms that hold a title of a role (« Presiden Trump », MEAN004's business) are left out, and so are names of people
(NAME001 reports their spellings).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Iterable

from ..document import SOURCE, TRANSLATION, Document, Span
from ..glossary import find
from ..lang import Language, language
from ..names import acronyms
from ..report.model import Finding
from .base import AuditContext, register_check

MAX_TERM = 4
"""The longest source term, in words."""
MAX_RENDERING = 6
"""The longest rendering, in words."""
NEAR_WORD = 0.7
"""A one-word rendering has another when a word of the pair is this close to it, letter by letter
(« interprétation » for « interpellation »)."""
RARE_ZIPF = 3.5
"""A lower-case phrase of the source is a term when one of its words is rarer than this in the language."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _tokens(doc: Document, index: int, lang: Language) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of sentence ``index``, offsets into the document; an elided word (« l’ ») split off."""
    seg = doc.segments[index]
    out = []
    for s, e in lang.word_spans(seg.text):
        word = seg.text[s:e]
        cut = max(word.rfind("'"), word.rfind("’"))
        if 0 < cut <= 6 and cut < len(word) - 1:
            out.append((seg.start + s, seg.start + s + cut + 1, _fold(word[:cut + 1])))
            s += cut + 1
            word = word[cut + 1:]
        out.append((seg.start + s, seg.start + e, _fold(word)))
    return out


def _content(word: str, lang: Language) -> bool:
    return len(word) >= 3 and word not in lang.minor_words and not word.endswith("'") and lang.zipf(word) < 6.0


@register_check
class TermsCheck:
    name = "terms"
    rules = {
        "TERM001": "One source term rendered several ways in one translation (inconsistency in target).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src, tgt = ctx.source, ctx.translation
        if src.language == tgt.language:
            return
        slang, tlang = language(src.language), language(tgt.language)
        pairs = ctx.alignment.pairs()
        if len(pairs) < 2:
            return
        s_tok = {i: _tokens(src, i, slang) for link in pairs for i in link.source}
        t_tok = {j: _tokens(tgt, j, tlang) for link in pairs for j in link.translation}
        terms = _source_terms(src, pairs, s_tok, slang)
        # the translation's phrases, per pair: folded phrase -> its spans
        phrases = []
        for link in pairs:
            here: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
            for j in link.translation:
                toks = t_tok[j]
                for n in range(1, MAX_RENDERING + 1):
                    for k in range(len(toks) - n + 1):
                        words = tuple(w for _, _, w in toks[k:k + n])
                        if _content(words[0], tlang) and _content(words[-1], tlang):
                            here[words].append((toks[k][0], toks[k + n - 1][1]))
            phrases.append(here)
        everywhere = Counter(p for here in phrases for p in here)
        glossary = ctx.settings.glossary
        reported: set[tuple[str, ...]] = set()
        for term, where in terms.items():
            if len(where) < 2:
                continue
            rendering = _rendering([phrases[k] for k in where], everywhere)
            if rendering is None or rendering in reported:
                continue
            others: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
            for k in where:
                if any(_parts(p) == _parts(rendering) for p in phrases[k]):
                    continue
                other = _near(rendering, phrases[k], tlang)
                if other is not None:
                    others[other] += phrases[k][other]
            if not others:
                continue
            reported.add(rendering)
            counts = {rendering: sorted(sp for k in where for p, spans in phrases[k].items()
                                        if _parts(p) == _parts(rendering) for sp in spans)}
            counts.update(others)
            yield _finding(src, tgt, term, where, pairs, counts, glossary)


def _source_terms(src: Document, pairs, tokens, lang: Language) -> dict[tuple[str, ...], list[int]]:
    """The source's terms, each with the pairs (indices into ``pairs``) that hold it."""
    expansions = {tuple(_fold(w) for w in lang.words(a.expansion)) for a in acronyms(src).values()}
    found: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for k, link in enumerate(pairs):
        for i in link.source:
            toks = tokens[i]
            text = src.text
            for n in range(2, MAX_TERM + 1):
                for q in range(len(toks) - n + 1):
                    span = toks[q:q + n]
                    words = tuple(w for _, _, w in span)
                    if not (_content(words[0], lang) and _content(words[-1], lang)):
                        continue
                    written = [text[s:e] for s, e, _ in span]
                    capitalised = all(w[:1].isupper() or w.casefold() in lang.minor_words for w in written) and \
                        q > 0
                    rare = all(w[:1].islower() for w in written) and any(
                        _content(w, lang) and lang.zipf(w) < RARE_ZIPF for w in words)
                    if not (capitalised or rare or words in expansions):
                        continue
                    if lang.title_spans(" ".join(words)):
                        continue  # a title: MEAN004
                    if capitalised and not any(_content(w, lang) and lang.zipf(w) >= RARE_ZIPF for w in words):
                        continue  # a person's or a place's name: NAME001
                    found[words].add(k)
    # a term inside a longer term that stands in the same pairs is the longer one's part
    out = {}
    for words, where in found.items():
        if any(len(o) > len(words) and found[o] == where and _inside(words, o) for o in found):
            continue
        out[words] = sorted(where)
    return out


def _inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _rendering(here: list[dict], everywhere: Counter) -> tuple[str, ...] | None:
    """The phrase of the translation that stands in most of the pairs that hold the term (two at least), and in few
    pairs without it; the longest of equals."""
    counts = Counter(p for h in here for p in h if len(p) >= 1)
    best = None
    for phrase, n in counts.items():
        if n < 2 or n < 0.5 * len(here) or everywhere[phrase] > n + 1:
            continue
        if len(phrase) == 1 and len(phrase[0]) < 5:
            continue
        key = (n, len(phrase), phrase)
        if best is None or key > best[0]:
            best = (key, phrase)
    return best[1] if best else None


def _parts(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words with its hyphenated words split: « maison-blanche » is « maison blanche »."""
    return tuple(p for w in phrase for p in w.split("-") if p)


def _near(rendering: tuple[str, ...], here: dict, lang: Language) -> tuple[str, ...] | None:
    """The phrase of ``here`` that is another rendering of the term: as many words as ``rendering`` (or one more or
    one fewer), keeping at least one of its content words and changing at least one, with no more than two changed;
    the rendering's hyphenated words split (« Résidence Blanche » for « Maison-Blanche »)."""
    whole = _parts(rendering)
    mine = [w for w in whole if _content(w, lang)]
    best = None
    for phrase in here:
        # the rendering's hyphenated words split, not the phrase's (« nord-coréen » is an adjective)
        if abs(len(phrase) - len(whole)) > 1 or _parts(phrase) == whole:
            continue  # the rendering itself, hyphenated or not (« Maison-Blanche », « Maison Blanche »)
        theirs = [w for w in phrase if _content(w, lang)]
        if len(mine) == 1 == len(theirs) == len(phrase) and theirs[0] != mine[0]:
            a, b = sorted((mine[0], theirs[0]), key=len)
            if b.startswith(a) and len(b) - len(a) <= 2:
                continue  # the same word, inflected (« républicain », « républicains »)
            ratio = SequenceMatcher(None, mine[0], theirs[0]).ratio()
            if ratio >= NEAR_WORD and (best is None or (ratio,) > best[0][:1]):
                best = ((ratio,), phrase)
            continue
        kept = sum(1 for w in mine if w in theirs)
        changed = len(mine) - kept
        if not kept or not changed or changed > 2 or len(theirs) != len(mine):
            continue
        if phrase[0] != whole[0] and phrase[-1] != whole[-1] and len(mine) > 1 and changed == len(mine):
            continue
        key = (kept, -abs(len(phrase) - len(whole)), phrase)
        if best is None or key > best[0]:
            best = (key, phrase)
    return best[1] if best else None


def _finding(src: Document, tgt: Document, term, where, pairs, counts, glossary) -> Finding:
    written = {}
    for phrase, spans in counts.items():
        s, e = spans[0]
        written[phrase] = tgt.text[s:e]
    # the source term as written, at its first occurrence
    first = pairs[where[0]]
    s_text = " ".join(src.segments[i].text for i in first.source)
    source_form = " ".join(term)
    hits = find(source_form, src.segments[first.source[0]].text)
    source_spans = []
    for k in where:
        for i in pairs[k].source:
            seg = src.segments[i]
            for s, e in find(source_form, seg.text):
                source_spans.append(Span(SOURCE, seg.start + s, seg.start + e, seg.text[s:e]))
    if hits:
        seg = src.segments[first.source[0]]
        source_form = seg.text[hits[0][0]:hits[0][1]]
    del s_text
    renderings = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[1][0]))
    suggestion, basis = written[renderings[0][0]], "majority"
    if glossary is not None:
        for entry in glossary.terms:
            if find(entry.source, source_form):
                accepted = [written[p] for p, _ in renderings if any(find(f, written[p]) for f in entry.accepted)]
                if accepted:
                    suggestion, basis = accepted[0], "glossary"
                break
    if basis == "majority" and len(renderings) > 1 and len(renderings[0][1]) == len(renderings[1][1]):
        basis = "first"
        suggestion = written[min(counts, key=lambda p: counts[p][0])]
    listed = ", ".join(f"« {written[p]} » ({len(spans)})" for p, spans in renderings)
    spans = tuple(Span(TRANSLATION, s, e, tgt.text[s:e]) for p, sp in renderings for s, e in sp)
    return Finding("TERM001", "warning",
                   f"« {source_form} » is rendered {len(renderings)} ways: {listed}; suggested « {suggestion} » "
                   f"({basis})", spans + tuple(source_spans),
                   {"term": source_form,
                    "renderings": [{"text": written[p], "count": len(sp),
                                    "spans": [{"start": s, "end": e} for s, e in sp]} for p, sp in renderings],
                    "suggestion": suggestion, "basis": basis})
