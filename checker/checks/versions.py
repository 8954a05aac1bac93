"""Several versions of one article checked against each other (the VER family).

The versions are aligned through the source where there is one (each translation's links to the source sentences),
and to the first version otherwise (the aligner on version pairs): either way every version's sentences are grouped
by the sentence of one document, the pivot. Each group is read by every witness (the source, when there is one, and
each version) as the pair checks read a document:

- names by the names check's units and counterparts (checker/checks/names.py: keys, near keys, CLDR territories in
  each locale, acronyms through their expansions, sound keys across scripts);
- numbers and dates by the numbers check's extraction (checker/quantities.py), compared by their normalised values.

A version is the odd one out when it writes, in a group, a name (or a number, a date) that no other witness has in the
group or its neighbours, in the place of one that every other witness has: the source and every other version agree,
it alone differs. That needs two witnesses besides it (the source and a version, or two versions). With two versions
and no source, a disagreement is reported without naming the odd one (nothing says which of the two is right).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Iterable

from ..align import Link
from ..config import Settings
from ..document import Document, Span
from ..names import acronyms, fold, strong_sound, word_sound
from ..quantities import DATE, MONTH, NUMBER, Quantity, same_value
from ..report.model import Finding
from .names import (RARE, _Unit, _skeleton, _zipf, _by_sound, _name_words, _names_of, _same_acronyms, _Side, _sounds_of, _structures, _units, _script_texts,
                    _words_of, _pair)
from .numbers import _by_segment, _match, _value
from ..lang import language

SOURCE_LABEL = "source"


@dataclass(frozen=True)
class Witness:
    """One document of an article: the source or a version. ``label`` is ``source`` or the version's language code
    (``fr``; ``fr-2`` for a second French version); spans of VER findings name it as their side."""

    label: str
    doc: Document
    groups: tuple[tuple[int, ...], ...]
    """For each sentence of the pivot, this document's sentences aligned to it (the pivot's own: itself)."""

    @property
    def is_source(self) -> bool:
        return self.label == SOURCE_LABEL


@dataclass(frozen=True)
class VersionsContext:
    witnesses: tuple[Witness, ...]
    """The pivot first: the source where there is one, else the first version."""
    settings: Settings = field(default_factory=Settings)

    @property
    def has_source(self) -> bool:
        return any(w.is_source for w in self.witnesses)


def groups_of(links: Iterable[Link], n_pivot: int) -> tuple[tuple[int, ...], ...]:
    """The translation-side sentences aligned to each of the ``n_pivot`` source-side sentences of an alignment."""
    out: list[tuple[int, ...]] = [() for _ in range(n_pivot)]
    for link in links:
        for i in link.source:
            out[i] = tuple(link.translation)
    return tuple(out)


def witnesses(source: Document | None, versions, alignments) -> tuple[Witness, ...]:
    """The witnesses of an article: ``versions`` is ``[(label, document)]``; ``alignments`` has one
    :class:`~checker.align.Alignment` per version against the pivot (the source), or, without a source, one per
    version after the first against the first (the pivot). The pivot comes first."""
    pivot = source if source is not None else versions[0][1]
    own = tuple((i,) for i in range(len(pivot.segments)))
    out = [Witness(SOURCE_LABEL, source, own)] if source is not None else [Witness(versions[0][0], pivot, own)]
    rest = versions if source is not None else versions[1:]
    if len(alignments) != len(rest):
        raise ValueError(f"{len(rest)} versions to align to the pivot, {len(alignments)} alignments")
    out += [Witness(label, doc, groups_of(a.links, len(pivot.segments))) for (label, doc), a in zip(rest, alignments)]
    return tuple(out)


class VersionsCheck:
    name = "versions"
    rules = {
        "VER001": "A name one version changes while the source and the other versions agree (SBY became Salvador in "
                  "the French only).",
        "VER002": "A number or date one version changes while the source and the other versions agree (12 became 21 "
                  "in the Spanish only).",
    }

    def run(self, ctx: VersionsContext) -> list[Finding]:
        findings = list(_names(ctx)) + list(_numbers(ctx))
        seen, out = set(), []
        for f in findings:  # a link that joins two pivot sentences is read in both groups
            key = (f.code, f.evidence.get("odd"), tuple((s.side, s.start) for s in f.spans))
            if key not in seen:
                seen.add(key)
                out.append(f)
        return out


def _candidates(ctx: VersionsContext, i: int):
    """(odd witness X, the others, reference R) for the group of pivot sentence ``i``: X a version with sentences in
    the group, the others every other witness that has some; R the first of them (the source where there is one).
    With only two versions and no source, one pair (X the first), whose finding names no odd one."""
    present = [w for w in ctx.witnesses if w.groups[i]]
    versions = [w for w in present if not w.is_source]
    for x in versions:
        others = [w for w in present if w is not x]
        if len(others) >= 2:
            yield x, others, True
        elif len(others) == 1 and not others[0].is_source and x is versions[0] and len(ctx.witnesses) == 2:
            yield x, others, False


def _window(w: Witness, i: int) -> list[int]:
    return sorted({j for k in range(max(0, i - 1), min(len(w.groups), i + 2)) for j in w.groups[k]})


# --- names -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Read:
    side: _Side
    forms: dict[str, dict[str, tuple[str, ...]]]
    """other witness's label -> (folded name of this witness -> the other's acronyms for it)."""
    extra: frozenset = frozenset()
    """The spans of the name words read besides the names check's units (:func:`_add_name_words`)."""

    def is_extra(self, u) -> bool:
        return (u.start, u.end) in self.extra


def _read_names(ctx: VersionsContext) -> dict[str, _Read]:
    by_sound = any(_by_sound(w.doc.language) for w in ctx.witnesses)
    names = {w.label: _names_of(w.doc, ctx.settings.ner) for w in ctx.witnesses}
    keys = {w.label: [_words_of(seg.text, w.doc.language) for seg in w.doc.segments] for w in ctx.witnesses}
    sounds = {w.label: [_sounds_of(seg.text, w.doc.language) for seg in w.doc.segments] if by_sound else None
              for w in ctx.witnesses}
    defined = {w.label: acronyms(w.doc) for w in ctx.witnesses}
    quantities = {w.label: _by_segment(w.doc) for w in ctx.witnesses}
    out = {}
    for w in ctx.witnesses:
        # a name common in its language (« Palu ») counts where another witness writes it too
        shared = set().union(*(k for o in ctx.witnesses if o is not w for k in keys[o.label]))
        if by_sound:
            shared |= {"~" + strong_sound(s) for o in ctx.witnesses if o is not w for snds in sounds[o.label]
                       for s in snds}
        units = _units(names[w.label], defined[w.label], shared)
        extra: set = set()
        _add_name_words(w.doc, names[w.label], units, extra)
        _drop_units_of_measure(units, quantities[w.label])
        side = _Side(w.doc.language, keys[w.label], [fold(seg.text) for seg in w.doc.segments],
                     units, _structures(names[w.label]), sounds[w.label], _script_texts(w.doc), defined[w.label],
                     raw=tuple(seg.text for seg in w.doc.segments))
        out[w.label] = _Read(side, {}, frozenset(extra))
    minor_of = {w.label: language(w.doc.language).expansion_minor_words for w in ctx.witnesses}
    for w in ctx.witnesses:
        for o in ctx.witnesses:
            if o is w:
                continue
            links = [Link(a, b) for a, b in zip(w.groups, o.groups)]
            forms: dict[str, tuple[str, ...]] = {}
            for a, b in _same_acronyms(defined[w.label], defined[o.label], links,
                                       minor_of[w.label] | minor_of[o.label]):
                forms[fold(a.text)] = forms.get(fold(a.text), ()) + (b.text, b.expansion)
            # an acronym and its letters in another order, the other language's (NATO and OTAN, EU and UE, DNA
            # and ADN), defined or not, or its plural (MWPs and MWP), or one made of the other language's words for
            # the same (TEPT for PTSD, CPF for FWC: :func:`_kin_acronyms`)
            mine = {u.text for row in out[w.label].side.units for u in row if u.is_acronym}
            theirs = {u.text for row in out[o.label].side.units for u in row if u.is_acronym}
            for a in mine:
                for b in theirs:
                    if a != b and (sorted(a) == sorted(b) or a.removesuffix("s") == b.removesuffix("s") or
                                   _kin_acronyms(a, b)):
                        forms[fold(a)] = forms.get(fold(a), ()) + (b,)
            out[w.label].forms[o.label] = forms
    return out


def _kin_acronyms(a: str, b: str) -> bool:
    """Whether two acronyms of three letters or more share half their letters or more, two at least, in any order:
    one language's acronym for what the other's stands for, its words translated and reordered (« TEPT » for
    PTSD, « CPF » for FWC, « DPE » for ECD), as an acronym put for another seldom does (UEFA for BPPT). One letter
    changed, added or dropped in place is no translation (MSP for MWP)."""
    a, b = a.removesuffix("s"), b.removesuffix("s")
    if min(len(a), len(b)) < 3:
        return False
    if SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size >= \
            max(len(a), len(b)) - 1 or (len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1):
        return False
    common = sum((Counter(a) & Counter(b)).values())
    return common >= 2 and 2 * common >= min(len(a), len(b))


def _add_name_words(doc: Document, names, units: list[list], extra: set) -> None:
    """Besides the units the names check looks for across a pair (names rare in the language), every word of the
    document's names (the words NAME001 compares: « Birmingham », « Johnson », which English knows too well for a
    pair check to look for them): between versions of one article, a name every other version writes is evidence.
    Their spans go into ``extra``: such a word counts as new only where it is rare in its language, and as lost only
    where every other witness writes its very key and the version has it nowhere near."""
    starts = [seg.start for seg in doc.segments]
    for key, occurrences in _name_words(names).items():
        for word, span in occurrences:
            j = bisect_right(starts, span.start) - 1
            if any(u.start < span.end and span.start < u.end for u in units[j]):
                continue
            units[j].append(_Unit(word, span.start, span.end, j, key, sound=word_sound(word, doc.language)))
            extra.add((span.start, span.end))
    for row in units:
        row.sort(key=lambda u: u.start)


def _drop_units_of_measure(units: list[list], quantities: list[list[Quantity]]) -> None:
    """A word the numbers layer reads as the unit or currency of a quantity (« 100 millones de USD », « 2 miliar
    Dolar ») is no name: one version writes the currency's code where the others write its name or sign."""
    for j, row in enumerate(units):
        measured = [q for q in quantities[j] if q.unit and q.unit != "ordinal"]
        if measured:
            row[:] = [u for u in row if not any(q.start <= u.start and u.end <= q.end for q in measured)]


def _keyed(key: str, keys: set[str]) -> bool:
    """Whether a sentence's word keys hold ``key``, or the same word as another language writes it: of six letters or
    more, the same first four consonants, c and k as one (« Sekretaris », « Secrétaire », « Secretaría »)."""
    if key in keys:
        return True
    mine = _skeleton(key)
    return len(key) >= 6 and len(mine) >= 4 and any(len(k) >= 6 and _skeleton(k)[:4] == mine[:4] for k in keys)


def _rare_fails(u, lang: str) -> bool:
    """Whether a name word is too common in its language to count as a name new in one version."""
    return any(_zipf(lang, part.casefold()) >= RARE for part in re.split(r"[-’' ]", u.text) if part)


def _has(reads: dict[str, _Read], unit, owner: Witness, other: Witness, sentences: list[int]) -> bool:
    """Whether ``unit``, a name of ``owner``, has a counterpart among these sentences of ``other``."""
    if not sentences:
        return False
    forms = reads[owner.label].forms.get(other.label, {}).get(fold(unit.text), ())
    side = reads[other.label].side
    if side.has(unit, sentences, forms):
        return True
    # a name adapted to the other language (« Rocosas » and « Rockies »): the same sound key, of three consonants or
    # more, and the same first letter; or said in full where the other shortens it (« Livingston » for « Livi »)
    if unit.is_acronym or unit.territory:
        return False
    return any((len(unit.sound) >= 3 and v.sound == unit.sound and v.key[:1] == unit.key[:1]) or
               (min(len(v.key), len(unit.key)) >= 4 and not v.is_acronym and
                (v.key.startswith(unit.key) or unit.key.startswith(v.key)))
               for j in sentences for v in side.units[j])


def _said_near(reads: dict[str, _Read], unit, x: Witness, y: Witness, i: int) -> bool:
    """Whether witness ``y`` has ``unit``, a name of version ``x`` in the group of pivot sentence ``i``, in that
    group, or in a neighbouring one where ``x`` itself has it not: a name said in the next sentence, or moved there.
    (Where ``x`` writes it in the neighbouring group too, as ``y`` does, the one of this group is new: « Grèce » for
    North Macedonia beside the sentence on Greece.)"""
    if _has(reads, unit, x, y, list(y.groups[i])):
        return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(y.groups) and y.groups[k] and set(y.groups[k]) - set(y.groups[i]) and \
                _has(reads, unit, x, y, sorted(set(y.groups[k]) - set(y.groups[i]))) and \
                not (x.groups[k] and set(x.groups[k]) - set(x.groups[i]) and
                     _has(reads, unit, x, x, sorted(set(x.groups[k]) - set(x.groups[i])))):
            return True
    return False


def _names(ctx: VersionsContext) -> Iterable[Finding]:
    reads = _read_names(ctx)
    n = len(ctx.witnesses[0].groups)
    for i in range(n):
        for x, others, odd in _candidates(ctx, i):
            units_x = [u for j in x.groups[i] for u in reads[x.label].side.units[j]]
            rx = reads[x.label]
            # (a name that another witness writes in a neighbouring group moved, or was said there: not new)
            new = [u for u in units_x if not any(_said_near(reads, u, x, y, i) for y in others)
                   and not (rx.is_extra(u) and _rare_fails(u, x.doc.language))]
            if not new:
                continue
            # a name every other witness has, and this version not: any of them may have it as a name of its own
            # (« Comisión » where the others write common words, « Komisi », « Commission »)
            lost, owners = [], []
            # where the version writes a territory no other witness has, a territory every other one names must be
            # named in it too, not only said by an adjective (« Les Macédoniens ... République de Grèce » where the
            # others write North Macedonia)
            territories = {c for u in new if u.territory for c in u.territory if not c.startswith("lang:")}
            own = {c for u in units_x for c in u.territory}
            # (a common word of a name, « Trump », « State », that the version writes in a neighbouring sentence is
            # lost all the same where a name rare in its language stands new in its place and no other name is lost;
            # where names are found by their capitals: in a script without them, a rare word is no name enough)
            rare_new = not language(x.doc.language).names_by_script and \
                any(not rx.is_extra(u) and not u.is_acronym for u in new)
            near, near_owners = [], []
            for r in others:
                rest_r = [y for y in others if y is not r]
                for j in r.groups[i]:
                    for u in reads[r.label].side.units[j]:
                        named = territories and u.territory and not set(u.territory) & own
                        if (_has(reads, u, r, x, list(x.groups[i])) and not named and not _fewer(reads, u, x, others, i)) \
                                or not all(_has(reads, u, r, y, _window(y, i)) for y in rest_r):
                            continue
                        if reads[r.label].is_extra(u) and \
                                not all(_keyed(u.key, k) for y in rest_r for k in [set().union(
                                    *(reads[y.label].side.keys[jj] for jj in _window(y, i)))]):
                            continue
                        said = reads[r.label].is_extra(u) and _has(reads, u, r, x, _window(x, i))
                        into, into_owners = (near, near_owners) if said else (lost, owners)
                        if any(_has(reads, l, o, r, [j]) for l, o in zip(into, into_owners)):
                            continue  # the same name, already read in another witness
                        into.append(u)
                        into_owners.append(r)
            if not lost and rare_new:
                lost, owners = near, near_owners
            ref = others[0]
            for a, b in _pair(lost, new, [o.doc for o in owners], x.doc):
                r = owners[lost.index(a)]
                readings = {}
                for y in others:
                    readings[y.label] = (_reading(r, a.text, a.start, a.end, True) if y is r else
                                         _closest(reads, a, r, y, _window(y, i)))
                readings[x.label] = _reading(x, b.text, b.start, b.end, False)
                yield _finding("VER001", "name", x, odd, ref, readings[ref.label]["text"] or a.text, b.text,
                               readings, ctx)


def _fewer(reads: dict[str, _Read], unit, x: Witness, others: list[Witness], i: int) -> bool:
    """Whether version ``x`` writes ``unit`` (a name of another witness, written the same way in ``x``) fewer times in
    the group of pivot sentence ``i`` than every other witness does: one of its mentions replaced (« Arizona » twice
    in the source and the other versions, once beside « Sinovation » in this one)."""
    def count(w: Witness) -> int:
        return sum(v.key == unit.key for j in w.groups[i] for v in reads[w.label].side.units[j])

    mine = count(x)
    return mine >= 1 and all(count(y) > mine for y in others)


def _similar(a, b) -> float:
    if a.territory and set(a.territory) & set(b.territory):
        return 1.0
    if a.key == b.key:
        return 1.0
    score = SequenceMatcher(None, a.key, b.key, autojunk=False).ratio()
    if a.sound and b.sound:
        score = max(score, SequenceMatcher(None, a.sound, b.sound, autojunk=False).ratio())
    return score


def _closest(reads, unit, owner: Witness, y: Witness, sentences: list[int]) -> dict:
    """How witness ``y`` writes ``unit`` (a name of ``owner``): the name of its sentences that is the most like it,
    or, where none is, the sentences themselves."""
    side = reads[y.label].side
    candidates = [v for j in sentences for v in side.units[j]]
    best = max(candidates, key=lambda v: _similar(unit, v), default=None)
    if best is not None and (_similar(unit, best) >= 0.5 or len(candidates) == 1):
        return _reading(y, best.text, best.start, best.end, True)
    return _sentences_reading(y, sentences)


# --- numbers and dates -----------------------------------------------------------------------------------------------


def _family(q: Quantity) -> str:
    return "number" if q.kind == NUMBER else "date"


def _numbers(ctx: VersionsContext) -> Iterable[Finding]:
    quantities = {w.label: _by_segment(w.doc) for w in ctx.witnesses}

    def of(w: Witness, sentences) -> list[Quantity]:
        return [q for j in sentences for q in quantities[w.label][j]]

    def figures(qs: list[Quantity]) -> list[Quantity]:
        return [q for q in qs if not q.match_only]

    def left(mine: list[Quantity], theirs: list[Quantity]) -> list[Quantity]:
        """What of ``mine`` the other witness's quantities leave unmatched, as multisets (« 33, 34 et 39 » and
        « 34, 34 et 39 » differ by one 33), by the numbers check's matching."""
        return _match(mine, theirs)[0]

    n = len(ctx.witnesses[0].groups)
    for i in range(n):
        for x, others, odd in _candidates(ctx, i):
            mine = of(x, x.groups[i])
            unmatched = [{id(q) for q in left(mine, of(y, y.groups[i]))} for y in others]
            new = [q for q in mine if not (q.soft or q.match_only) and all(id(q) in u for u in unmatched)
                   and not _unit_left_out(q, mine, [of(y, y.groups[i]) for y in others])]
            if not new:
                continue
            ref, rest = others[0], others[1:]
            # a value every other witness gives in the group, in figures or words (a word for one, an article as
            # often as a number, is no evidence), and this version not (where it writes a new figure, its articles
            # stand for no number)
            theirs = of(ref, ref.groups[i])
            gone = {id(q) for q in left(figures(theirs), figures(mine))}
            agreed = set.intersection(*[{id(q) for q in figures(theirs)} -
                                        {id(q) for q in left(figures(theirs), figures(of(y, y.groups[i])))}
                                        for y in rest]) if rest else {id(q) for q in figures(theirs)}
            lost = [q for q in figures(theirs) if id(q) in gone and id(q) in agreed]
            free = list(new)
            for a in lost:
                kin = [b for b in free if _family(a) == _family(b) and
                       (a.kind == b.kind or {a.kind, b.kind} <= {DATE, MONTH})]
                if not kin:
                    continue
                b = min(kin, key=lambda b: abs(_place(a, lost) - _place(b, new)))
                free.remove(b)
                # of equal values (« 34, 34 et 39 » for « 33, 34 et 39 »), the one that stands where the lost one does
                twins = [c for c in figures(mine) if same_value(c, b)]
                b = min(twins, key=lambda c: abs(_place(c, figures(mine)) - _place(a, figures(theirs))))
                readings = {ref.label: _reading(ref, a.text, a.start, a.end, True, _value(a))}
                for y in rest:
                    theirs = [p for p in of(y, y.groups[i]) if same_value(a, p) and not p.match_only]
                    readings[y.label] = _reading(y, theirs[0].text, theirs[0].start, theirs[0].end, True,
                                                 _value(theirs[0]))
                readings[x.label] = _reading(x, b.text, b.start, b.end, False, _value(b))
                yield _finding("VER002", _family(a), x, odd, ref, a.text, b.text, readings, ctx, kind=a.kind)


def _unit_left_out(q: Quantity, mine: list[Quantity], theirs: list[list[Quantity]]) -> bool:
    """Whether a bare figure says, in the unit of the measure before it in its sentences (« entre 2 y 5 centímetros
    ..., con posibilidad de llegar a los 10 »), or in degrees the others write, what every other witness says."""
    if q.unit or q.measure:
        return False
    # degrees of an unnamed scale, where every other witness writes them and this version only the figure
    # (« widespread 80s » where the others write « 26 degrés »): the figure in one scale or the other
    if all(any(t.measure and t.measure[1] == "?" and
               same_value(replace(q, unit="?", measure=t.measure, alt_measure=None), t) for t in group)
           for group in theirs):
        return True
    before = [p for p in mine if p.measure and p.start < q.start]
    if not before:
        return False
    p = before[-1]
    measured = replace(q, unit=p.unit, measure=p.measure, alt_measure=p.alt_measure)
    return all(any(same_value(measured, t) for t in group) for group in theirs)


def _place(q: Quantity, group: list[Quantity]) -> float:
    return group.index(q) / (len(group) - 1) if len(group) > 1 else 0.5


# --- findings --------------------------------------------------------------------------------------------------------


def _reading(w: Witness, text: str, start: int, end: int, agrees: bool, value=None) -> dict:
    out = {"text": text, "spans": [[start, end]], "agrees": agrees}
    if value is not None:
        out["value"] = value
    return out


def _sentences_reading(w: Witness, sentences: list[int]) -> dict:
    """A witness whose own word for the reading could not be picked out: its sentences, which have it."""
    span = w.doc.span(w.label, sentences[0], sentences[-1]) if sentences else None
    return {"text": None, "spans": [[span.start, span.end]] if span else [], "agrees": True}


def _finding(code: str, what: str, x: Witness, odd: bool, ref: Witness, theirs: str, mine: str, readings: dict,
             ctx: VersionsContext, kind: str | None = None) -> Finding:
    docs = {w.label: w.doc for w in ctx.witnesses}
    spans = []
    for label, r in readings.items():
        for a, b in r["spans"]:
            spans.append(Span(label, a, b, docs[label].text[a:b]))
    agreeing = [label for label, r in readings.items() if r["agrees"]]
    who = " and ".join(("the source" if label == SOURCE_LABEL else f"« {label} »") for label in agreeing)
    noun = "a name" if what == "name" else f"a {kind or what}"
    if odd:
        message = (f"the « {x.label} » version writes « {mine} » where {who} write{'' if len(agreeing) > 1 else 's'} "
                   f"« {theirs} »")
        severity = "error"
    else:
        message = f"the versions disagree on {noun}: « {ref.label} » writes « {theirs} », « {x.label} » « {mine} »"
        severity = "warning"
    evidence = {"what": what, "odd": x.label if odd else None, "agreeing": agreeing if odd else [],
                "readings": readings}
    if kind:
        evidence["kind"] = kind
    # the odd version's span first: renderers point at it
    spans.sort(key=lambda s: s.side != x.label)
    return Finding(code, severity, message, tuple(spans), evidence)
