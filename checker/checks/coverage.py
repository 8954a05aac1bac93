"""Coverage: sentences of the source left out of the translation, and sentences of the translation with no source.

An added sentence that matches a known boilerplate pattern (``Settings.boilerplate``, the disclaimers news sites append
to machine translations) is reported as information, not as an error."""

from __future__ import annotations

import re
from typing import Iterable

from ..document import SOURCE, TRANSLATION
from ..lang import language
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class CoverageCheck:
    name = "coverage"
    rules = {
        "COV001": "A source sentence has no counterpart in the translation (omitted).",
        "COV002": "A translation sentence has no counterpart in the source (added).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        for link in ctx.alignment.links:
            if link.source and not link.translation:
                i = link.source[0]
                seg = ctx.source.segments[i]
                yield Finding("COV001", "error",
                              f"source sentence {i + 1} has no counterpart in the translation: omitted?",
                              (ctx.source.span(SOURCE, i),),
                              {"source_sentence": i, "cost": round(link.cost, 4),
                               "words": language(ctx.source.language).count_words(seg.norm)})
            elif link.translation and not link.source:
                j = link.translation[0]
                seg = ctx.translation.segments[j]
                known = next((p for p in ctx.settings.boilerplate if re.search(p, seg.norm, re.IGNORECASE)), None)
                severity, what = ("info", "known boilerplate, added") if known else ("error", "added?")
                yield Finding("COV002", severity,
                              f"translation sentence {j + 1} has no counterpart in the source: {what}",
                              (ctx.translation.span(TRANSLATION, j),),
                              {"translation_sentence": j, "cost": round(link.cost, 4),
                               "words": language(ctx.translation.language).count_words(seg.norm),
                               "boilerplate": known})
