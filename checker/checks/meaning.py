"""Meaning: aligned sentences whose cross-lingual similarity is abnormally low, a sign of a mistranslation."""

from __future__ import annotations

from typing import Iterable

from ..document import SOURCE, TRANSLATION
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class MeaningCheck:
    name = "meaning"
    rules = {
        "MEAN001": "Aligned sentences whose cross-lingual similarity is abnormally low (likely mistranslation).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        threshold = ctx.settings.mistranslation_threshold
        min_words = ctx.settings.min_words_for_meaning
        for link in ctx.alignment.pairs():
            if link.similarity is None or link.similarity >= threshold:
                continue
            src_words = sum(len(ctx.source.segments[i].norm.split()) for i in link.source)
            tgt_words = sum(len(ctx.translation.segments[j].norm.split()) for j in link.translation)
            if min(src_words, tgt_words) < min_words:
                continue
            s = f"source {_numbers(link.source)}"
            t = f"translation {_numbers(link.translation)}"
            yield Finding("MEAN001", "warning",
                          f"{t} may not say what {s} says (similarity {link.similarity:.3f} < {threshold:g})",
                          (ctx.source.span(SOURCE, link.source[0], link.source[-1]),
                           ctx.translation.span(TRANSLATION, link.translation[0], link.translation[-1])),
                          {"similarity": round(link.similarity, 4), "threshold": threshold, "link": link.kind})


def _numbers(indices: tuple[int, ...]) -> str:
    return ("sentence " if len(indices) == 1 else "sentences ") + "+".join(str(i + 1) for i in indices)
