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

When no phrase stands in most of the pairs, or the likeliest one holds no other rendering (« suprême » stands in
every pair when one « Cour suprême » of five turns « Tribunal suprême »), phrases written as names are tried in turn
(the longer, the more frequent first; in a term of two pairs, a phrase of one of them), and another rendering must
then be strict: the same words in the same order but one, a noun or an adjective where the language's dictionary
tells (« Parti socialiste » for « Parti travailliste », never « Cour était » for « Cour internationale »), neither
keeping a name of the term or of its source as written (« Trump cherche ») nor rendering a sibling the source names
beside it (« Korea Selatan » beside « Korea Utara »).

A title of a role with a name (« Presiden Trump », MEAN004's business) is no term, and nor are names of people
(NAME001 reports their spellings); a title with a common word that is no name (« Hakim Agung », a Supreme Court
justice, rendered « Cour suprême ») is one.
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
COGNATE = 0.75
"""A word of a rendering is written nearly as a source word (« démocrate », « Demokrat ») at this likeness, the
translation's word cut to the source word's length and two letters more."""
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
            here = [phrases[k] for k in where]
            capital = _capitalised(src, term, [pairs[k] for k in where], s_tok)
            for rank, (majority, rendering) in enumerate(_renderings(here, everywhere)):
                if rendering in reported:
                    continue
                if (rank or not majority) and not (capital and len(rendering) <= len(term) + 2 and all(
                        _named(tgt.text[s:e]) for h in here for s, e in h.get(rendering, ()))):
                    continue  # past the likeliest, only a phrase written as a name like the term's
                others: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
                for k in where:
                    if any(_parts(p) == _parts(rendering) for p in phrases[k]):
                        continue
                    strict = bool(rank or not majority)
                    other = _near(rendering, phrases[k], tlang, strict=strict)
                    if other is not None and strict and (
                            not _same_case(tgt, here, rendering, phrases[k][other], tlang)
                            or _elsewhere(src, term, rendering, other, _written(tgt, here, rendering),
                                          _written(tgt, [phrases[k]], other),
                                          [pairs[q] for q in where if rendering in phrases[q]], pairs[k], s_tok)):
                        continue
                    if other is not None and not _renders_other(rendering, other, pairs[k], s_tok, term):
                        others[other] += phrases[k][other]
                if not others:
                    continue
                reported.add(rendering)
                counts = {rendering: sorted(sp for k in where for p, spans in phrases[k].items()
                                            if _parts(p) == _parts(rendering) for sp in spans)}
                counts.update(others)
                yield _finding(src, tgt, term, where, pairs, counts, glossary)
                break


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
                    joined = " ".join(words)
                    titles = lang.title_spans(joined)
                    if titles and not capitalised:
                        continue  # a title: MEAN004
                    # the words no title covers (« Presiden Trump »: « Trump »; « Hakim Agung »: « Agung »)
                    starts = [joined.index(w, sum(len(x) + 1 for x in words[:p])) for p, w in enumerate(words)]
                    rest = [w for w, b in zip(words, starts) if not any(s <= b < e for s, e, _ in titles)]
                    if capitalised and not any(_content(w, lang) and lang.zipf(w) >= RARE_ZIPF for w in rest):
                        continue  # a person's or a place's name (NAME001), or a title of one (MEAN004)
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


def _renderings(here: list[dict], everywhere: Counter) -> list[tuple[bool, tuple[str, ...]]]:
    """The phrases of the translation that may render a term, the likeliest first: a phrase standing in most of the
    pairs that hold the term (two at least) and in few pairs without it (marked True), the most frequent first and the longest of
    equals (« cour suprême » before « suprême »: when one occurrence of « Cour suprême » turns into « Tribunal
    suprême », « suprême » still stands in every pair, and the longer phrase shows the other rendering). A term held
    by two pairs only has no majority when one of them renders it another way: there, a phrase written with a capital
    that stands in one of the two pairs and nowhere else is a candidate too (« Parti travailliste » and « Parti
    socialiste » for one « Partai Buruh »)."""
    counts = Counter(p for h in here for p in h if len(p) >= 1)
    keyed = []
    for phrase, n in counts.items():
        if len(phrase) == 1 and len(phrase[0]) < 5:
            continue
        if n >= 2 and n >= 0.5 * len(here) and everywhere[phrase] <= n + 1:
            keyed.append(((1, n, len(phrase)), phrase))
        elif n == 1 and len(here) == 2 and everywhere[phrase] == 1 and len(phrase) >= 2:
            keyed.append(((0, n, len(phrase)), phrase))
    return [(key[0] == 1, p) for key, p in sorted(keyed, key=lambda kp: (kp[0], kp[1]), reverse=True)]


def _parts(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words with its hyphenated words split: « maison-blanche » is « maison blanche »."""
    return tuple(p for w in phrase for p in w.split("-") if p)


def _near(rendering: tuple[str, ...], here: dict, lang: Language, strict: bool = False) -> tuple[str, ...] | None:
    """The phrase of ``here`` that is another rendering of the term: as many words as ``rendering`` (or one more or
    one fewer), keeping at least one of its content words and changing at least one, with no more than two changed;
    the rendering's hyphenated words split (« Résidence Blanche » for « Maison-Blanche »). ``strict``: as many words,
    in the same order, one content word changed and no other (« Parti socialiste » for « Parti travailliste »)."""
    whole = _parts(rendering)
    mine = [w for w in whole if _content(w, lang)]
    if strict:
        for phrase in here:
            changed = [(a, b) for a, b in zip(whole, _parts(phrase)) if a != b]
            if len(_parts(phrase)) == len(whole) >= 2 and len(changed) == 1 and _content(changed[0][1], lang) and \
                    _content(changed[0][0], lang) and not changed[0][1].startswith(changed[0][0][:4]):
                return phrase
        return None
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
        # the words kept where they stood first (« Congrès gallois » before « Gallois préfère » for « Parlement
        # gallois »), then the length nearest
        in_place = sum(1 for a, b in zip(whole, phrase) if a == b) + sum(
            1 for a, b in zip(reversed(whole), reversed(phrase)) if a == b)
        key = (kept, in_place, -abs(len(phrase) - len(whole)), phrase)
        if best is None or key > best[0]:
            best = (key, phrase)
    return best[1] if best else None


def _named(written: str) -> bool:
    """Whether a phrase is written as a name: a capital first, words and spaces only (« Parti travailliste », not
    « Galles inquiets de « passer »)."""
    return written[:1].isupper() and all(ch.isalpha() or ch in " -'’" for ch in written)


def _written(tgt: Document, here: list[dict], phrase) -> str:
    """A phrase as the translation writes it, where it stands first."""
    s, e = next(sp for h in here for sp in h.get(phrase, ()))
    return tgt.text[s:e]


def _same_case(tgt: Document, here: list[dict], rendering, spans, lang: Language) -> bool:
    """Whether another rendering is written as a name and keeps the rendering's other words as written, the word it
    changes a noun or an adjective in both where the language's dictionary tells (« Parti socialiste » and « Parti
    travailliste », not « Parti du Pays » and « Assemblée du pays », nor « Cour était » and « Cour internationale »)."""
    first = next(sp for h in here for sp in h.get(rendering, ()))
    mine, theirs = tgt.text[first[0]:first[1]].split(), tgt.text[spans[0][0]:spans[0][1]].split()
    changed = [(a, b) for a, b in zip(mine, theirs) if a != b]
    return _named(" ".join(theirs)) and len(mine) == len(theirs) and len(changed) == 1 and all(
        lang.nominal(w.split("’")[-1].split("'")[-1]) is not False for w in changed[0])


def _capitalised(src: Document, term: tuple[str, ...], links, tokens) -> bool:
    """Whether the source writes the term with a capital (an institution, a party), where it stands first."""
    for link in links:
        for i in link.source:
            toks = tokens[i]
            for q in range(len(toks) - len(term) + 1):
                if tuple(w for _, _, w in toks[q:q + len(term)]) == term:
                    return src.text[toks[q][0]:toks[q][0] + 1].isupper()
    return False


def _elsewhere(src: Document, term, rendering, other, written: str, written_other: str, theirs: list, link,
               tokens) -> bool:
    """Whether two phrases that differ in one word may render something other than the term: either keeps a word
    written with a capital as the term writes it (a name kept, « Willoughby d’un accord »: NAME001's business) or as
    its pair's source writes it outside the term (« Trump cherche »); the rendering's own word is written nearly as a source word outside the term
    (« Cour internationale » beside « Mahkamah Internasional »); or the other's source names a sibling of the term, a
    capitalised phrase sharing one of its words (« Korea Selatan » beside « Korea Utara »)."""
    words = set(term)

    def outside(links):
        return {w for ln in links for i in ln.source for _, _, w in tokens[i] if len(w) >= 3 and w not in words}

    mine, theirs_words = set(_parts(rendering)), set(_parts(other))
    named = {_fold(w) for w in (written + " " + written_other).replace("-", " ").split() if w[:1].isupper()}
    if named & (words | outside(theirs) | outside([link])):
        return True
    changed = [w for w in mine - theirs_words if len(w) >= 4]
    if any(SequenceMatcher(None, w[:len(s) + 2], s).ratio() >= COGNATE for w in changed for s in outside(theirs)):
        return True
    for i in link.source:
        toks = tokens[i]
        for q, (s, e, w) in enumerate(toks):
            if w not in words or tuple(x for _, _, x in toks[q:q + len(term)]) == term or \
                    any(tuple(x for _, _, x in toks[r:r + len(term)]) == term for r in range(max(0, q - len(term) + 1), q + 1)):
                continue
            beside = [toks[r] for r in (q - 1, q + 1) if 0 <= r < len(toks)]
            if src.text[s:s + 1].isupper() and any(src.text[b[0]:b[0] + 1].isupper() for b in beside):
                return True
    return False


def _renders_other(rendering: tuple[str, ...], other: tuple[str, ...], link, tokens, term) -> bool:
    """Whether the words ``other`` has in place of the rendering's render another word of the pair's source, not the
    term: one of them is written nearly as a source word outside the term (« Parti démocrate » beside « Partai
    Demokrat » is the other party, not a second rendering of « Partai Republik »)."""
    changed = [w for w in _parts(other) if w not in _parts(rendering) and len(w) >= 4]
    source = {w for i in link.source for _, _, w in tokens[i] if len(w) >= 4 and w not in term}
    return any(SequenceMatcher(None, w[:len(s) + 2], s).ratio() >= COGNATE for w in changed for s in source)


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
