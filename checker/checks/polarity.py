"""Meaning turned around: a negation lost or added (MEAN003), a role's title changed into another (MEAN004).

MEAN003. Each aligned pair's negation words, by the language layer (``Language.negation_spans``: « tidak », « belum »,
« tanpa »; « ne ... pas », « jamais », « sans »; idioms such as « tidak hanya » and « non seulement » left out): when one
side negates and the other does not, and the other side holds no word that negates without a negation word
(``Language.implicit_negations``: « impossible », « gagal », « peu »), the pair is a candidate. Translators say a
negation in other words often enough (« belum terjawab » is « attendent encore des réponses ») that the words alone
would flag some 5% of clean pairs; so the candidate is put to the embedder: the negation words are taken out of the
side that has them, and the finding is reported only when that makes the two sides closer: by more than
``NEGATION_MARGIN`` for a negation lost, at all for one added (``ADDED_MARGIN``; calibrated together on TICO-19's
parallel pairs, ``python benchmarks/calibrate_polarity.py``, and NTREX-128's clean ones).

MEAN004. Titles of roles by a concept each language writes its own way (``Language.titles``: ``governor:candidate`` is
« calon gubernur » and « candidat au poste de gouverneur »): a title of the source whose concept the translation does
not have, where the translation has another title of the same family that the source does not (« calon gubernur »
became « le gouverneur », « ketua » became « président », « wakil presiden » became « président »).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..align import join_sentences
from ..document import SOURCE, TRANSLATION, Document, Span
from ..lang import Language, language
from ..report.model import Finding
from .base import AuditContext, register_check

NEGATION_MARGIN = 0.006
"""A negation lost: how much closer the two sides must come once the source's negation words are taken out. Translators
often say the source's negation in other words (« tidak bergejala », « asymptomatiques »; « tidak menyentuh »,
« éviter de toucher »), so a lost negation needs a margin: with :data:`ADDED_MARGIN`, the smallest of those tried at
which at most 1% of the clean pairs are flagged both on TICO-19's parallel id-fr lines (0.52%; the words alone flag
3.5%; ``python benchmarks/calibrate_polarity.py``) and on NTREX-128's 1,940 clean id-fr pairs (0.72%;
``python benchmarks/ai_errors.py --kinds negation``). TICO-19 alone would allow 0.002 (0.92%), which flags 1.5% of
NTREX-128's news, where translators paraphrase more (« tidak peduli », « se fichent de »)."""
MIN_WORDS = 2
"""The fewest words a side may have for MEAN003 (MEAN001 asks for ``min_words_for_meaning``, 3 by default): « Dia
bebas. » against « Il n’est pas libre. » is as plain a negation added as a long sentence's, and the similarity test
still decides."""
ADDED_MARGIN = 0.0
"""A negation added: the translation negates where the source has neither a negation word nor a word that negates
without one. Clean translations do that far less often than they lose one (TICO-19's parallel id-fr lines: 10 pairs in
2,712, 86 lost), so any gain at all from taking the translation's negation out is enough."""


def strip_negation(text: str, lang: Language) -> str:
    """``text`` without its negation words (and the particles that go with them: « n’a pas » -> « a »)."""
    spans = lang.negation_spans(text)
    out = text
    for s, e in reversed(spans):
        out = out[:s] + out[e:]
    if lang.negation_particles:
        particles = "|".join(map(re.escape, sorted(lang.negation_particles, key=len, reverse=True)))
        out = re.sub(r"(?<![\w-])(?:" + particles + r")(?:['’]|\s+)(?=\w)", "", out, flags=re.IGNORECASE)
    return " ".join(out.split())


@register_check
class PolarityCheck:
    name = "polarity"
    rules = {
        "MEAN003": "A negation of the source lost in its translation, or one added that the source does not have.",
        "MEAN004": "The title of a role changed into another (a candidate for governor called the governor).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src, tgt = ctx.source, ctx.translation
        slang, tlang = language(src.language), language(tgt.language)
        pairs = ctx.alignment.pairs()
        alone_s = set(range(len(src.segments))) - {i for link in pairs for i in link.source}
        alone_t = set(range(len(tgt.segments))) - {j for link in pairs for j in link.translation}
        for link in pairs:
            s_text = join_sentences([src.segments[i].text for i in link.source])
            t_text = join_sentences([tgt.segments[j].text for j in link.translation])
            s_first, t_first = src.segments[link.source[0]].start, tgt.segments[link.translation[0]].start
            if slang.negations and tlang.negations:
                finding = _negation(ctx, link, s_text, t_text, slang, tlang, s_first, t_first)
                if finding and not _moved(finding, link, src, tgt, slang, tlang, alone_s, alone_t):
                    yield finding
            if slang.titles and tlang.titles:
                yield from _titles(link, s_text, t_text, slang, tlang, s_first, t_first, src, tgt)


def _offsets(doc: Document, indices: tuple[int, ...]) -> list[tuple[int, int]]:
    """For each sentence of a link, where its text starts in the joined text and in the document."""
    out, pos = [], 0
    for i in indices:
        out.append((pos, doc.segments[i].start))
        pos += len(doc.segments[i].text) + 1
    return out


def _span(side: str, doc: Document, indices: tuple[int, ...], s: int, e: int) -> Span:
    joined, start = max((o for o in _offsets(doc, indices) if o[0] <= s), key=lambda o: o[0])
    begin = start + s - joined
    return Span(side, begin, begin + e - s, doc.text[begin:begin + e - s])


def explained(s_text: str, t_text: str, lost: bool, slang: Language, tlang: Language) -> bool:
    """Whether a word that negates without a negation word explains a negation the translation lost (a word of the
    kind in the translation: « gagal » for « tidak berhasil ») or added (more of them in the source than in the
    translation: « kesulitan » for « ne parvient pas »; where the translation renders the source's own, « dibantah »
    by « démentie », it explains no other negation of the translation)."""
    if lost:
        return tlang.has_implicit_negation(t_text)
    return slang.implicit_negation_count(s_text) > tlang.implicit_negation_count(t_text)


def _negation(ctx, link, s_text, t_text, slang, tlang, s_first, t_first) -> Finding | None:
    src, tgt = ctx.source, ctx.translation
    s_neg, t_neg = slang.negation_spans(s_text), tlang.negation_spans(t_text)
    if bool(s_neg) == bool(t_neg):
        return None
    lost = bool(s_neg)
    if explained(s_text, t_text, lost, slang, tlang):
        return None
    if min(len(s_text.split()), len(t_text.split())) < MIN_WORDS:
        return None
    gain, margin = None, NEGATION_MARGIN if lost else ADDED_MARGIN
    if ctx.embed is not None:
        s_norm = join_sentences([src.segments[i].norm for i in link.source])
        t_norm = join_sentences([tgt.segments[j].norm for j in link.translation])
        a, b = (strip_negation(s_norm, slang), t_norm) if lost else (s_norm, strip_negation(t_norm, tlang))
        v = ctx.embed([s_norm, t_norm, a, b])  # the pair itself was embedded by the aligner: two new texts
        gain = float(v[2] @ v[3] - v[0] @ v[1])
        if gain <= margin:
            return None
    words = [(s_text if lost else t_text)[x:y] for x, y in (s_neg if lost else t_neg)]
    quoted = ", ".join(f"« {w} »" for w in words)
    if lost:
        message = f"source {_numbers(link.source)} negates ({quoted}); translation {_numbers(link.translation)} " \
                  "does not: a negation lost?"
        spans = tuple(_span(SOURCE, src, link.source, x, y) for x, y in s_neg) + \
            (tgt.span(TRANSLATION, link.translation[0], link.translation[-1]),)
    else:
        message = f"translation {_numbers(link.translation)} negates ({quoted}); source {_numbers(link.source)} " \
                  "does not: a negation added?"
        spans = (src.span(SOURCE, link.source[0], link.source[-1]),) + \
            tuple(_span(TRANSLATION, tgt, link.translation, x, y) for x, y in t_neg)
    return Finding("MEAN003", "warning", message, spans,
                   {"direction": "lost" if lost else "added", "negations": words,
                    "similarity_gain": None if gain is None else round(gain, 4), "margin": margin})


def _moved(finding: Finding, link, src: Document, tgt: Document, slang, tlang, alone_s: set, alone_t: set) -> bool:
    """Whether the negation a pair lost (or gained) stands in a sentence beside it that the aligner left alone: the
    translator split the sentence (« ..., namun tidak dibuat untuk menghangatkan kepala. » for « ... un ananas. »
    and « Mais ces pièces n’ont pas été imaginées pour vous tenir chaud. »), or joined two."""
    lost = finding.evidence["direction"] == "lost"
    doc, lang, alone, side = (tgt, tlang, alone_t, link.translation) if lost else (src, slang, alone_s, link.source)
    return any(k in alone and lang.negation_spans(doc.segments[k].text) for k in (side[0] - 1, side[-1] + 1))


def _family(concept: str) -> str:
    return concept.split(":")[0]


def _titles(link, s_text, t_text, slang, tlang, s_first, t_first, src, tgt) -> Iterable[Finding]:
    s_titles, t_titles = slang.title_spans(s_text), tlang.title_spans(t_text)
    if not s_titles or not t_titles:
        return
    s_concepts = {c for _, _, c in s_titles}
    t_concepts = {c for _, _, c in t_titles}
    reported = set()
    for s, e, concept in s_titles:
        if concept in t_concepts or concept in reported:
            continue
        # a title of the same family in the translation that the source does not have
        other = next(((ts, te, tc) for ts, te, tc in t_titles
                      if tc not in s_concepts and _family(tc) == _family(concept)), None)
        if other is None:
            continue
        # a more specific title of the source that covers this one (« calon gubernur » covers « gubernur »)
        ts, te, tc = other
        reported.add(concept)
        yield Finding("MEAN004", "warning",
                      f"« {s_text[s:e]} » ({concept}) in source {_numbers(link.source)} is « {t_text[ts:te]} » "
                      f"({tc}) in translation {_numbers(link.translation)}: the title changed?",
                      (_span(SOURCE, src, link.source, s, e), _span(TRANSLATION, tgt, link.translation, ts, te)),
                      {"source_title": s_text[s:e], "source_concept": concept, "translation_title": t_text[ts:te],
                       "translation_concept": tc})


def _numbers(indices: tuple[int, ...]) -> str:
    return ("sentence " if len(indices) == 1 else "sentences ") + "+".join(str(i + 1) for i in indices)
