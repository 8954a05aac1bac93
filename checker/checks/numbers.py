"""Numbers, dates and quantities that changed, vanished or appeared between an aligned source and translation.

Each side's quantities (checker/quantities.py) are matched as multisets: « 20.000 », « 20 ribu », « 20 000 » and
« vingt mille » are one value, « 1 mil » and « 1,5 km » one distance. What is left over is first offered to the
neighbouring links of the alignment (a number that moved to the next sentence is not a change), then reported: a
leftover on each side of the same kind is a change, a leftover alone vanished or appeared. Soft quantities (small
counts in words, weekdays, bracketed conversions) are reported only as changes: translators add and drop them freely.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..document import SOURCE, TRANSLATION, Document, Span
from ..quantities import DATE, MONTH, NUMBER, TIME, Quantity, extract, same_value, unit_changed, unit_dimension
from ..report.model import Finding
from .base import AuditContext, register_check

def _family(q: Quantity) -> str:
    return "NUM" if q.kind == NUMBER else "DATE"


@register_check
class NumbersCheck:
    name = "numbers"
    rules = {
        "NUM001": "A number differs between source and translation (20.000 became 2 000).",
        "NUM002": "A number of the source is missing from the translation.",
        "NUM003": "A number of the translation is not in the source.",
        "NUM004": "The same number with another currency or unit (Rp became $, km became kg).",
        "DATE001": "A date, weekday, month or time differs between source and translation.",
        "DATE002": "A date, weekday, month or time of the source is missing from the translation.",
        "DATE003": "A date, weekday, month or time of the translation is not in the source.",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src_q = _by_segment(ctx.source)
        tgt_q = _by_segment(ctx.translation)
        links = ctx.alignment.links
        left: list[tuple[list[Quantity], list[Quantity]]] = []
        said: list[list[Quantity]] = []  # per link, the quantities both sides have
        findings: list[Finding] = []
        for link in links:
            s = [q for i in link.source for q in src_q[i]]
            t = [q for j in link.translation for q in tgt_q[j]]
            s_left, t_left, matched = _match(s, t)
            s_left, t_left = _unit_left_out(s_left, t_left, s, t)
            for a, b in matched:
                if unit_changed(a, b):
                    findings.append(Finding("NUM004", "error",
                                            f"« {a.text} » became « {b.text} »: same number, another currency or unit",
                                            (_span(SOURCE, a), _span(TRANSLATION, b)),
                                            {"source": _value(a), "translation": _value(b)}))
            left.append((s_left, t_left))
            said.append([a for a, _ in matched])
        # a number that moved to a neighbouring link of the alignment is not a change (across a sentence left alone)
        for k in range(len(left)):
            for nb in _neighbours(links, k):
                    s_rest, t_rest, _ = _match(left[k][0], left[nb][1], articles=False)
                    left[k] = (s_rest, left[k][1])
                    left[nb] = (left[nb][0], t_rest)
        for link, (s_left, t_left), both in zip(links, left, said):
            if not (link.source and link.translation):
                continue  # a sentence without counterpart is reported whole by the coverage check
            findings.extend(_report(s_left, t_left, both))
        return findings


def _neighbours(links, k: int) -> list[int]:
    out = []
    for step in (-1, 1):
        nb = k + step
        if 0 <= nb < len(links):
            out.append(nb)
            if not (links[nb].source and links[nb].translation) and 0 <= nb + step < len(links):
                out.append(nb + step)
    return out


def _by_segment(doc: Document) -> list[list[Quantity]]:
    out = []
    for seg in doc.segments:
        qs = extract(seg.text, doc.language)
        out.append([replace(q, start=seg.start + q.start, end=seg.start + q.end) for q in qs])
    return out


def _match(s: list[Quantity], t: list[Quantity], articles: bool = True):
    """Pair equal quantities, each with the equal one at the nearest relative position (when a sentence says "April"
    twice, the one that stands where the source's stands is its partner). A word for one ("un", "satu": an article as
    often as a number) stands for a bare 1 only, never for a measure ("1 mil"), and only in its own sentence
    (``articles``: False for the neighbours). Returns the leftovers of each side and the pairs."""
    t_free = list(t)
    s_left, pairs = [], []
    # figures first, then small counts in words, then words for one: « kedua ... dua hari » and « seconds pendant
    # deux jours » pair « dua » with « deux »; first each with one of its sort (an ordinal with an ordinal, a figure
    # with a figure), then across (« dua kali ... Perang Dunia Kedua »: « Kedua » is « الثانية », whatever « dua »
    # became)
    order = sorted(s, key=lambda q: (q.match_only, q.soft))
    first = []
    for a in order:
        equal = [k for k, b in enumerate(t_free) if same_value(a, b) and _may_pair(a, b, articles)
                 and (a.unit == "ordinal") == (b.unit == "ordinal") and a.soft == b.soft]
        if not equal:
            first.append(a)
            continue
        k = min(equal, key=lambda k: (a.match_only != t_free[k].match_only,
                                      abs(_relative(a, s) - _relative(t_free[k], t))))
        pairs.append((a, t_free.pop(k)))
    for a in first:
        equal = [k for k, b in enumerate(t_free) if same_value(a, b) and _may_pair(a, b, articles)]
        if not equal:
            s_left.append(a)
            continue
        # a word for one is only a last resort: "une défaite de 1-0" pairs the source's 1 with the figure
        k = min(equal, key=lambda k: (a.match_only != t_free[k].match_only, a.soft != t_free[k].soft,
                                      (a.unit == "ordinal") != (t_free[k].unit == "ordinal"),
                                      abs(_relative(a, s) - _relative(t_free[k], t))))
        pairs.append((a, t_free.pop(k)))
    s_left.sort(key=lambda q: q.start)
    return s_left, t_free, pairs


def _unit_left_out(s_left: list[Quantity], t_left: list[Quantity], s: list[Quantity], t: list[Quantity]):
    """Leftovers of a link where one side writes a bare figure for the other's measure: in the unit of the measure
    before it in its own sentences (« entre 2 y 5 centímetros ..., con posibilidad de llegar a los 10 » for "up to 4
    inches"), or as the other side's temperature in the other scale (« widespread 80s » for « 27 ºC »). They say
    the same: neither is reported. Returns the leftovers without them."""
    s_left, t_left = list(s_left), list(t_left)
    for mine, theirs, own in ((s_left, t_left, s), (t_left, s_left, t)):
        for q in list(mine):
            if q.kind != NUMBER or q.unit or q.measure or q.match_only:
                continue
            before = [p for p in own if p.kind == NUMBER and p.measure and p.measure[0] != "currency"
                      and p.start < q.start]
            values = [v for v in (q.value, q.alt) if v is not None]  # « los 10 »: 10 (or the 1910s)
            elided = [replace(q, value=v, alt=None, unit=before[-1].unit, measure=before[-1].measure,
                              alt_measure=before[-1].alt_measure) for v in values] if before else []
            partner = next((p for p in theirs if p.kind == NUMBER and p.measure and (
                any(same_value(r, p) for r in elided) or any(_other_scale(v, p) for v in values))), None)
            if partner is not None:
                mine.remove(q)
                theirs.remove(partner)
    return s_left, t_left


def _other_scale(v: float, p: Quantity) -> bool:
    """Whether a bare figure ``v`` is the temperature ``p`` in the other scale (80 for 27 °C: Fahrenheit)."""
    if unit_dimension(p) != "temperature":
        return False
    scale = p.measure[1]
    near = max(1.5, 0.1 * abs(p.value))
    return (scale in ("c", "?") and abs((v - 32) * 5 / 9 - p.value) <= near) or \
        (scale in ("f", "?") and abs(v * 9 / 5 + 32 - p.value) <= near * 9 / 5)


def _may_pair(a: Quantity, b: Quantity, articles: bool) -> bool:
    """A quantity that only stands for another (a word for one, a fraction) pairs in its own sentence only, and a word
    for one with a bare number only; a fraction (« 五分之一 ») with a percentage."""
    if not (a.match_only or b.match_only):
        return True
    if not articles:
        return False
    return not (a.unit or b.unit) or unit_dimension(a) == unit_dimension(b) == "percent"


def _relative(q: Quantity, group: list[Quantity]) -> float:
    """Where ``q`` stands among the quantities of its side, from 0 (first) to 1 (last)."""
    return group.index(q) / (len(group) - 1) if len(group) > 1 else 0.5


def _report(s_left: list[Quantity], t_left: list[Quantity], both: list[Quantity] = ()) -> Iterable[Finding]:
    """``both``: the quantities the two sides of the link share. One said again, or said once where the other side
    says it twice (« Nord Stream 2 », then « le gazoduc Nord Stream 2 »), may still be a change's partner, but is
    not reported missing or added: the link says that value on both sides."""
    for family in ("NUM", "DATE"):
        s = [q for q in s_left if _family(q) == family]
        t = [q for q in t_left if _family(q) == family]
        # a leftover on each side of the same kind is a change
        s = [q for q in s if not q.match_only]
        t = [q for q in t if not q.match_only]
        for a in list(s):
            same_kind = [b for b in t if (b.kind == a.kind or (family == "DATE" and {a.kind, b.kind} <= {DATE, MONTH}))
                         and not (a.soft and b.soft and _sort(a) != _sort(b))]
            # two soft quantities, one a bracketed conversion (« (18 feet) ») and one a loose amount (« Centenares »),
            # or a share and a whole (« primera mitad », "first-half"), say different things: neither changed into the
            # other (an ordinal and a count may: « kedua » is both "second" and "both", « les deux »)
            if not same_kind:
                continue
            # its likeliest partner: an ordinal for an ordinal, a figure for a figure, then the nearest in place
            b = min(same_kind, key=lambda b: ((a.unit == "ordinal") != (b.unit == "ordinal"), a.soft != b.soft,
                                              abs(_relative(a, s_left) - _relative(b, t_left))))
            s.remove(a)
            t.remove(b)
            code = "NUM001" if family == "NUM" else "DATE001"
            yield Finding(code, "error", f"{a.kind} « {a.text} » in the source became « {b.text} » in the translation",
                          (_span(SOURCE, a), _span(TRANSLATION, b)),
                          {"source": _value(a), "translation": _value(b), "kind": a.kind})
        for a in s:
            if not a.soft and not _said(a, both):
                code, sev = ("NUM002", "error") if family == "NUM" else ("DATE002", "warning")
                yield Finding(code, sev, f"{a.kind} « {a.text} » of the source is missing from the "
                                         "translation", (_span(SOURCE, a),), {"source": _value(a), "kind": a.kind})
        for b in t:
            if not b.soft and not _said(b, both):
                code, sev = ("NUM003", "error") if family == "NUM" else ("DATE003", "warning")
                yield Finding(code, sev, f"{b.kind} « {b.text} » of the translation is not in the source",
                              (_span(TRANSLATION, b),), {"translation": _value(b), "kind": b.kind})


def _sort(q: Quantity) -> tuple:
    """What sort of thing a soft quantity says: a measure or not, and a number's share or whole."""
    if q.kind != NUMBER:
        return (q.measure is None,)
    return (q.measure is None, 0 < q.value < 1)


def _said(q: Quantity, both: list[Quantity]) -> bool:
    return any(same_value(q, p) for p in both)


def _span(side: str, q: Quantity) -> Span:
    return Span(side, q.start, q.end, q.text)


def _value(q: Quantity):
    if q.kind == NUMBER:
        v = int(q.value) if float(q.value).is_integer() else q.value
        return {"value": v, "unit": q.unit} if q.unit else {"value": v}
    if q.kind == DATE:
        return {"month": q.value[0], "day": q.value[1]}
    if q.kind == TIME:
        return {"minutes_past_12h": q.value}
    return {"value": q.value}
