"""Meaning: aligned sentences whose cross-lingual similarity is abnormally low, a sign of a mistranslation.

Two readings of "abnormally low", each calibrated on clean human translations (TICO-19, benchmarks/calibrate.py):

- the similarity itself is lower than that of nearly all correct translations;
- the contrast is: a correct translation is more similar to its own source than to the other sentences of the article,
  so a pair that is no closer to each other than to the rest of the article says something else. This catches a
  sentence that drifted to another topic of the same news even where a small embedder scores everything high.

With a back-translation, a third reading: the translation, translated back into the source language, neither shares
the source's character n-grams (chrF) nor its meaning (same-language similarity through the embedder). Where both the
cross-lingual and the back-translation readings say so, MEAN001 is an error; where only the back-translation does,
MEAN002 is a warning. Every finding carries the back-translation and its scores, for the editor to read.
"""

from __future__ import annotations

from typing import Iterable

from ..align import join_sentences
from ..document import SOURCE, TRANSLATION
from ..lang import language
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class MeaningCheck:
    name = "meaning"
    rules = {
        "MEAN001": "Aligned sentences whose cross-lingual similarity is abnormally low (likely mistranslation); an error "
                   "when the back-translation agrees.",
        "MEAN002": "The back-translation of a sentence matches its source neither in wording (chrF) nor in meaning "
                   "(likely mistranslation).",
    }

    def limits(self, ctx: AuditContext) -> dict[str, str]:
        back = ctx.back_translation
        if back is None or back.status != "done":
            return {"MEAN002": "no back-translation (see back_translation for why)"}
        return {}

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        settings = ctx.settings
        src, tgt = ctx.source, ctx.translation
        src_lang, tgt_lang = language(src.language), language(tgt.language)  # words: Chinese writes no spaces
        pairs = ctx.alignment.pairs()
        contrasts = self._contrasts(ctx, pairs) if ctx.embed is not None else [None] * len(pairs)
        back = ctx.back_translation
        bt = settings.back_translation
        index = {id(link): k for k, link in enumerate(ctx.alignment.links)}
        for link, contrast in zip(pairs, contrasts):
            if link.similarity is None:
                continue
            low = link.similarity < settings.mistranslation_threshold
            apart = contrast is not None and contrast < settings.mistranslation_contrast
            scores = back.pairs.get(index[id(link)]) if back is not None else None
            bt_low = (scores is not None and scores.chrf < bt.chrf_threshold and scores.similarity is not None
                      and scores.similarity < bt.similarity_threshold)
            if not (low or apart or bt_low):
                continue
            src_words = sum(src_lang.count_words(src.segments[i].norm) for i in link.source)
            tgt_words = sum(tgt_lang.count_words(tgt.segments[j].norm) for j in link.translation)
            if min(src_words, tgt_words) < settings.min_words_for_meaning:
                continue
            reasons = []
            if low:
                reasons.append(f"similarity {link.similarity:.3f} < {settings.mistranslation_threshold:g}")
            elif apart:
                reasons.append(f"no closer to each other than to the rest of the article: contrast {contrast:+.3f}")
            if bt_low:
                reasons.append(f"back-translation chrF {scores.chrf:.1f} < {bt.chrf_threshold:g} and similarity "
                               f"{scores.similarity:.3f} < {bt.similarity_threshold:g}: « {_clip(scores.text)} »")
            evidence = {"similarity": round(link.similarity, 4),
                        "contrast": None if contrast is None else round(contrast, 4),
                        "threshold": settings.mistranslation_threshold,
                        "contrast_threshold": settings.mistranslation_contrast, "link": link.kind}
            if scores is not None:
                evidence["back_translation"] = scores.to_dict()
                evidence["back_translation_thresholds"] = {"chrf": bt.chrf_threshold,
                                                          "similarity": bt.similarity_threshold}
            code, severity = ("MEAN001", "error" if bt_low else "warning") if (low or apart) else ("MEAN002", "warning")
            yield Finding(code, severity,
                          f"translation {_numbers(link.translation)} may not say what source {_numbers(link.source)} "
                          f"says ({'; '.join(reasons)})",
                          (src.span(SOURCE, link.source[0], link.source[-1]),
                           tgt.span(TRANSLATION, link.translation[0], link.translation[-1])),
                          evidence)

    @staticmethod
    def _contrasts(ctx: AuditContext, pairs) -> list[float | None]:
        """For each pair: its similarity minus the larger of the two averages (source group against the translation's
        other sentences, translation group against the source's other sentences). None when a side has no others."""
        src, tgt = ctx.source.sentences, ctx.translation.sentences
        vs, vt = ctx.embed(src), ctx.embed(tgt)
        groups_s = [join_sentences([src[i] for i in link.source]) for link in pairs]
        groups_t = [join_sentences([tgt[j] for j in link.translation]) for link in pairs]
        gs, gt = ctx.embed(groups_s), ctx.embed(groups_t)
        out: list[float | None] = []
        for k, link in enumerate(pairs):
            others_t = [j for j in range(len(tgt)) if j not in link.translation]
            others_s = [i for i in range(len(src)) if i not in link.source]
            if not others_t or not others_s:
                out.append(None)
                continue
            row = float((vt[others_t] @ gs[k]).mean())
            col = float((vs[others_s] @ gt[k]).mean())
            out.append(link.similarity - max(row, col))
        return out


def _clip(text: str, size: int = 120) -> str:
    return text if len(text) <= size else text[:size - 3] + "..."


def _numbers(indices: tuple[int, ...]) -> str:
    return ("sentence " if len(indices) == 1 else "sentences ") + "+".join(str(i + 1) for i in indices)
