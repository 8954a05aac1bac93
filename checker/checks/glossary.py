"""Glossary: the translation of a glossary term, and terms that must not be translated (GLOS001, GLOS002).

For each aligned pair whose source sentences contain a glossary term, the translation sentences must contain one of
its accepted target forms (GLOS001), or, for a do-not-translate term, the term itself (GLOS002). Only runs when a
glossary is given (``--glossary FILE`` or ``Settings(glossary=...)``).
"""

from __future__ import annotations

from typing import Iterable

from ..document import SOURCE, TRANSLATION, Span
from ..glossary import find
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class GlossaryCheck:
    name = "glossary"
    rules = {
        "GLOS001": "A glossary term of the source is not translated with one of its accepted target forms.",
        "GLOS002": "A do-not-translate term of the source does not stand unchanged in the translation.",
    }

    def limits(self, ctx: AuditContext) -> dict[str, str]:
        return {} if ctx.settings.glossary is not None else {"*": "no glossary given (--glossary)"}

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        glossary = ctx.settings.glossary
        if glossary is None:
            return
        src, tgt = ctx.source, ctx.translation
        for link in ctx.alignment.pairs():
            first, last = src.segments[link.source[0]], src.segments[link.source[-1]]
            t_first, t_last = tgt.segments[link.translation[0]], tgt.segments[link.translation[-1]]
            s_text = src.text[first.start:last.end]
            t_text = tgt.text[t_first.start:t_last.end]
            for term in glossary.terms:
                hits = find(term.source, s_text)
                if not hits:
                    continue
                if any(find(form, t_text) for form in term.accepted):
                    continue
                s, e = hits[0]
                spans = (Span(SOURCE, first.start + s, first.start + e, s_text[s:e]),
                         Span(TRANSLATION, t_first.start, t_last.end, t_text))
                note = f" ({term.note})" if term.note else ""
                if term.do_not_translate:
                    yield Finding("GLOS002", "error", f"« {term.source} » is not to be translated, but the "
                                  f"translation does not carry it{note}", spans,
                                  {"term": term.source, "note": term.note})
                else:
                    forms = " or ".join(f"« {f} »" for f in term.targets)
                    verb = "written" if term.targets == (term.source,) else "translated as"
                    yield Finding("GLOS001", "error", f"« {s_text[s:e]} » should be {verb} {forms}{note}",
                                  spans, {"term": term.source, "accepted": list(term.targets), "note": term.note})
