"""Names: one name spelled several ways in one document (NAME001).

Every word of every name (checker/names.py) is reduced to its key; words that share a key but are written differently
are spellings of one name: « Tokaïev » and « Tokayev ». Different people with similar names have different keys
(Hansen and Hanson) and stay apart; so do two spellings coordinated in one sentence (« Smith dan Smyth »), and in the
translation, spellings that the source itself writes apart. A capital written without its accent (« Ecosse », « Etat ») is French typography, not a variant.

The finding lists every variant with its count and spans and suggests one form: the source's spelling where the source
is consistent, else the majority, else the glossary's form, else the first written.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from typing import Iterable

from anyascii import anyascii

from ..document import SOURCE, TRANSLATION, Document, Span
from ..lang import language
from ..names import (ACRONYM, CAPITAL, HEARD_NEAR, HEARD_SAME, ROMAN, Acronym, Mention, _at_sentence_start, acronyms,
                     fold, heard_likeness, is_acronym, mentions, name_key, runs, SOUND_NEAR, sound_likeness,
                     sounds_alike, strong_sound, word_sound)
from ..ner import recogniser_for
from ..report.model import Finding
from .base import AuditContext, register_check


@register_check
class NamesCheck:
    name = "names"
    rules = {
        "NAME001": "One name spelled several ways in one document (Tokaïev and Tokayev).",
        "NAME002": "A name of the source replaced by another name in its aligned translation (Tiongkok became Japon).",
        "NAME003": "A name in the translation with no counterpart in its aligned source: added (off unless selected).",
    }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src, tgt = _names_of(ctx.source, ctx.settings.ner), _names_of(ctx.translation, ctx.settings.ner)
        src_words = _name_words(src)
        tgt_words = _name_words(tgt)
        terms = ctx.settings.glossary.terms if ctx.settings.glossary else ()
        yield from _variants(ctx.translation, TRANSLATION, tgt_words, src_words,
                             [form for t in terms for form in t.accepted], ctx.source.language)
        yield from _variants(ctx.source, SOURCE, src_words, tgt_words, [t.source for t in terms],
                             ctx.translation.language, apart_only=True)
        yield from _merged(_across(ctx, src, tgt))


def _merged(findings: Iterable[Finding]) -> list[Finding]:
    """One NAME002 finding for a name replaced by the same other name in several sentences (a transliteration the
    check does not know, written all through an article, is one thing to look at), with every span."""
    out: list[Finding] = []
    first: dict[tuple[str, str], int] = {}
    for f in findings:
        if f.code != "NAME002":
            out.append(f)
            continue
        key = (fold(f.evidence["source"]), fold(f.evidence["translation"]))
        if key not in first:
            first[key] = len(out)
            out.append(f)
            continue
        k = first[key]
        evidence = dict(out[k].evidence, occurrences=out[k].evidence.get("occurrences", 1) + 1)
        out[k] = replace(out[k], spans=out[k].spans + f.spans, evidence=evidence)
    return out


@dataclass(frozen=True)
class _Names:
    """A document's names: its mentions, and whether an entity recogniser decided the words opening sentences."""

    doc: Document
    runs: list[Mention]
    """Every run of capitalised words (checker.names.runs), the mentions' raw material."""
    mentions: list[Mention]
    recognised: bool


_READ_ONCE: ContextVar[dict | None] = ContextVar("transcheck_names_read_once", default=None)


@contextmanager
def names_read_once():
    """Within it, each document's names are read (and its entity recogniser run) once: the pair audits of several
    versions of one source and the check across them read the same documents (checker.api.audit_versions). The
    names read are kept only while it lasts. Nested, it keeps the outer one's (a batch worker reads the names of a
    record's documents again for the feed register after its audit)."""
    token = _READ_ONCE.set(_READ_ONCE.get() if _READ_ONCE.get() is not None else {})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def _names_of(doc: Document, ner: str = "spacy") -> _Names:
    memo = _READ_ONCE.get()
    if memo is None:
        return _read_names_of(doc, ner)
    kept = memo.get((id(doc), ner))
    if kept is None or kept[0] is not doc:
        kept = memo[(id(doc), ner)] = (doc, _read_names_of(doc, ner))
    return kept[1]


def _read_names_of(doc: Document, ner: str) -> _Names:
    found = runs(doc)
    recogniser = recogniser_for(ner, doc.language)
    if recogniser is None:
        return _Names(doc, found, mentions(doc, found=found), False)
    spans = [(seg.start + e.start, seg.start + e.end)
             for seg, ents in zip(doc.segments, recogniser.entities([seg.text for seg in doc.segments]))
             for e in ents]
    return _Names(doc, found, mentions(doc, spans, found), True)


def _name_words(names: _Names) -> dict[str, list[tuple[str, Span]]]:
    """key -> [(word as written, its span)] for the words of the document's names (spans without a side yet)."""
    out: dict[str, list[tuple[str, Span]]] = {}
    lang = language(names.doc.language)
    for mention in names.mentions:
        if mention.by_script:
            continue
        for m in re.finditer(r"[^ \u00a0]+", mention.text):
            # (a name cut before a hyphen that a compound shares: « Warren- und Trump-Anhänger »)
            word = re.sub(r"(?:['’]s|['’]|-+)$", "", m.group())
            letters = re.sub(r"[\W\d_]", "", word)
            if len(letters) < 4 or is_acronym(word) or not word[:1].isupper():
                continue
            key = name_key(word)
            if len(key) < 4:
                continue
            start = mention.start + m.start()
            out.setdefault(key, []).append((word, Span("", start, start + len(word), word)))
    script: dict[str, list[tuple[str, Span]]] = {}
    for mention, parts in zip(names.mentions, _script_name_parts(names)):
        for a, b in parts:
            word = mention.text[a:b]
            key = lang.variant_key(word)
            if len(word_sound(word, lang.code)) >= 2 and len(key) >= 2:
                script.setdefault(key, []).append((word, Span("", mention.start + a, mention.start + b, word)))
    # forms that are all words of the language, known to its dictionary and written in its news (wordfreq), are a
    # word's inflections (Arabic « مصممان » and « مصممون », two designers and designers), not a name's spellings;
    # a spelling of a name is rarely both (Ayaspell reads many a short name without its vowels as a word: وربن)
    for key, occurrences in script.items():
        if len({w for w, _ in occurrences}) < 2 or \
                not all(lang.spelled(w) and lang.zipf(w) > 0 for w in {w for w, _ in occurrences}):
            out.setdefault(key, []).extend(occurrences)
    return out


def _script_name_parts(names: _Names) -> list[list[tuple[int, int]]]:
    """For each of the document's mentions, the spans (in its text) of its name words where its language finds names
    by their script (``Language.name_parts``: a glued prefix taken off), nothing for the others; what NAME001 and
    the pair's units read. A prefix the language glues to its words, taken off a word the document writes whole
    elsewhere after another one, was no prefix: Arabic « كازاخية » is Kazakh, not ك (like) before « ازاخية », where
    « الكازاخية » says so; so is one taken off a word written so but for a letter's form (« كافأنو » beside
    « كافانو »), and off the same name spelt another way (« بيرانرز » where « بيرنرز » is kept whole)."""
    lang = language(names.doc.language)
    parts = []
    for i, mention in enumerate(names.mentions):
        if mention.by_script:
            for a, b in lang.name_parts(mention.text):
                whole = a
                while whole > 0 and mention.text[whole - 1].isalpha():
                    whole -= 1
                parts.append((i, mention.text, whole, a, b))
    stripped = {lang.name_fold(text[a:b]) for _, text, _, a, b in parts}
    kept = [text[whole:b] for _, text, whole, a, b in parts if whole < a and lang.name_fold(text[whole:b]) in stripped]
    kept_folded = {lang.name_fold(w) for w in kept}
    kept_keys = {lang.variant_key(w) for w in kept}
    out: list[list[tuple[int, int]]] = [[] for _ in names.mentions]
    for i, text, whole, a, b in parts:
        if whole < a and (lang.name_fold(text[whole:b]) in stripped or (
                lang.variant_key(text[whole:b]) in kept_keys and lang.name_fold(text[a:b]) not in kept_folded)):
            a = whole
        out[i].append((a, b))
    return out


def spellings(doc: Document, ner: str = "spacy") -> dict[str, list[tuple[str, Span]]]:
    """The words of a document's names by key, each as written with its span (side ""): what NAME001 compares within
    one document, and what the feed register (checker/register.py) compares across articles."""
    return _name_words(_names_of(doc, ner))


def same_spelling(a: str, b: str) -> bool:
    """Two forms of a name word that are one spelling: the same but for case, or for the accent of a capital
    (« Ecosse » and « Écosse », French typography)."""
    return _same_but_capital_accent(a, b) or a.casefold() == b.casefold()


def _same_but_capital_accent(a: str, b: str) -> bool:
    """French typography may leave the accent off a capital; a letter of a script without capitals keeps its marks
    (Arabic « إرتن » and « ارتن » are two spellings: NFD writes the hamza as a combining mark)."""
    if not (a[:1].isupper() and b[:1].isupper()):
        return a == b

    def strip_first(w: str) -> str:
        first = "".join(c for c in unicodedata.normalize("NFD", w[:1]) if not unicodedata.combining(c))
        return first + w[1:]

    return strip_first(a) == strip_first(b)


@lru_cache(maxsize=None)
def _together(lang: str) -> re.Pattern:
    """Two names coordinated in one sentence, by the language's coordinators (« dan », « et », "and", "vs")."""
    words = "|".join(map(re.escape, sorted(language(lang).all_coordinators, key=len, reverse=True)))
    return re.compile(r"\W*(?:\w+\W+){0,3}?(?:" + words + r")\W+(?:\w+\W+){0,3}?", re.IGNORECASE)


def _side_by_side(doc: Document, occurrences: list[tuple[str, Span]]) -> bool:
    """Whether two spellings stand together in one sentence, coordinated ("Smith dan Smyth", "Hansen et Hanson"):
    then they name two people."""
    for w1, a in occurrences:
        for w2, b in occurrences:
            if a.start < b.start and unicodedata.normalize("NFC", w1) != unicodedata.normalize("NFC", w2):
                between = doc.text[a.end:b.start]
                if "\n" not in between and _together(doc.language).fullmatch(between):
                    return True
    return False


GIVEN_NAME = 2.5
"""The Zipf frequency (in the language, or in the one its news quotes) from which a spelling is a given name of its
own (Allan 3.6 and Alan 4.4 in English), not a misspelling of one."""


def _other_surnames(doc: Document, occurrences: list[tuple[str, Span]]) -> bool:
    """Whether every occurrence of the spellings is followed by another capitalised word of its name, and no two
    spellings share one: two given names of two people (« Alan Lithgow » and « Allan McGregor », Livingston's
    defender and Rangers' goalkeeper in one NTREX-128 article), not one name spelled two ways (« Kassym-Jomart
    Tokayev » and « Kassym-Jomart Tokaïev » share their surname)."""
    if not language(doc.language).has_case:
        return False
    after: dict[str, set[str]] = {}
    for word, span in occurrences:
        m = re.match(r"[ \u00a0]+(" + CAPITAL + r"[^\W\d_]+(?:['’-][^\W\d_]+)*)", doc.text[span.end:span.end + 60])
        if m is None or is_acronym(m.group(1)):
            return False
        after.setdefault(unicodedata.normalize("NFC", word), set()).add(name_key(m.group(1)))
    # (and each spelling a given name of its own, one the news writes: « Dieggo Enrique » is a misspelt Diego
    # beside « Diego Mendoza », another Diego)
    quoted = language(doc.language).quoted_language or doc.language
    return len(after) >= 2 and all(not (a & b) for a, b in itertools.combinations(after.values(), 2)) and \
        all(max(language(code).zipf(form.casefold()) for code in {doc.language, quoted}) >= GIVEN_NAME
            for form in after)


def _adjective_of(forms: list[str], endings: tuple[str, ...]) -> bool:
    """Whether the forms are one name, and it with an adjective's ending (``Language.name_adjective_endings``) added
    or in place of its last long vowel: أسكتلندا and أسكتلندي."""
    if not endings:
        return False

    def stem(form: str) -> str:
        for ending in sorted(endings, key=len, reverse=True):
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                return form[:-len(ending)]
        return form[:-1] if form.endswith("ا") else form

    return len({stem(f) for f in forms}) == 1


def _non_latin_form(form: str) -> bool:
    return any(ord(ch) > 0x24F for ch in form)


def _apart_across_scripts(forms: list[str], theirs: list[str], lang: str, other_lang: str | None) -> bool:
    """Whether the other document, in another script, writes as many names under the key as these forms are
    (« Alan » and « Allan » where the source writes « Алан » and « Аллан »)."""
    mine = {_non_latin_form(f) for f in forms}
    theirs = [f for f in theirs if _non_latin_form(f) not in mine]  # (the source may quote the name: Paddington)
    if other_lang is None or not theirs:
        return False
    return len(_spelling_groups(theirs, language(other_lang))) >= len(_spelling_groups(forms, language(lang))) >= 2


def _spelling_groups(forms: list[str], lang) -> list[set[str]]:
    """The forms joined where they share a dictionary form (``Language.name_forms``: « Кореей » and « Кореи »)."""
    groups: list[set[str]] = []
    bases: list[set[str]] = []
    for form in forms:
        mine = set(lang.name_forms(form))
        joined = [k for k, b in enumerate(bases) if b & mine]
        group, base = {form}, mine
        for k in reversed(joined):
            group |= groups.pop(k)
            base |= bases.pop(k)
        groups.append(group)
        bases.append(base)
    return groups


def _one_spelling(forms: list[str], lang) -> bool:
    """Whether the forms are one spelling of a name: declined (``Language.name_forms``: « Кореей » and « Кореи »,
    the instrumental and the genitive of « Корея »), or written in two scripts, one form in each (« Festival » and
    « Фестиваль », « Branstad » and « Бранстад »: the name quoted as its own language writes it beside its
    transliteration)."""
    groups = _spelling_groups(forms, lang)
    if len(groups) == 1:
        return True
    by_script: dict[bool, int] = Counter(_non_latin_form(next(iter(g))) for g in groups)
    return len(by_script) == 2 and all(n == 1 for n in by_script.values()) and \
        all(len({_non_latin_form(f) for f in g}) == 1 for g in groups)


def _common_word(form: str, lang: str) -> bool:
    """A word common (Zipf ``COMMON`` or more) in the language or in the one its news quotes (English)."""
    quoted = language(lang).quoted_language
    return any(language(code).zipf(form.casefold()) >= COMMON for code in dict.fromkeys((lang, quoted or lang)))


def _own_word(form: str, lang: str) -> bool:
    """Whether a name's form is a word of the language, known to its spelling dictionary (or, without one, common):
    « Amerika » in Indonesian."""
    known = language(lang).spelled(form.casefold())
    return bool(known) or (known is None and _zipf(lang, form.casefold()) >= COMMON)


def _in_quoted_phrase(doc: Document, span: Span) -> bool:
    """Whether a name word stands in a phrase of the language the document's news quotes (English), as that language
    writes it: the word common in it, and a word beside it common in it, known in lower case to its dictionary (no
    name: « Donald », « James »), and no word of the document's language (its spelling dictionary does not know it;
    without one, it is rare there): « PGA of America », « Make America Great » in an Indonesian text, whose word
    lists count « of » as common."""
    lang = language(doc.language)
    if not lang.quoted_language or not _english(span.text, doc.language):
        return False
    before = re.findall(r"[^\W\d_]+", doc.text[max(0, span.start - 40):span.start].split("\n")[-1])[-1:]
    after = re.findall(r"[^\W\d_]+", doc.text[span.end:span.end + 40].split("\n")[0])[:1]

    def foreign(word: str) -> bool:  # (a word of the quoted language in lower case, not a name: « of », « Make »)
        known = lang.spelled(word.casefold())
        return (known is False or (known is None and _zipf(doc.language, word.casefold()) < RARE)) and \
            bool(quoted.spelled(word.casefold()))

    quoted = language(lang.quoted_language)
    return any(_english(w, doc.language) and foreign(w) for w in before + after)


def _forms(words: list[tuple[str, Span]]) -> Counter:
    return Counter(unicodedata.normalize("NFC", w) for w, _ in words)


def _variants(doc: Document, side: str, words: dict, other: dict, pinned: list[str], other_lang: str | None = None,
              apart_only: bool = False) -> Iterable[Finding]:
    """``other``: the other document's name words (the source's, for the translation); ``pinned``: the glossary's
    forms for this side, which settle a tie; ``apart_only``: the other document tells only which forms are two names
    (the source's spelling is not taken from the translation)."""
    for key, occurrences in words.items():
        forms = _forms(occurrences)
        distinct = list(forms)
        if len(distinct) < 2:
            continue
        if all(_same_but_capital_accent(distinct[0], d) or distinct[0].casefold() == d.casefold() for d in distinct):
            continue
        if len({language(doc.language).typographic_form(d) for d in distinct}) == 1:
            continue  # one spelling, a letter typed two ways (ダレー and ダレ―)
        if _side_by_side(doc, occurrences):
            continue  # two spellings in one sentence ("Smith dan Smyth") are two people
        if _other_surnames(doc, occurrences):
            continue  # two given names, each with its own surname: two people (Alan Lithgow and Allan McGregor)
        if _adjective_of(distinct, language(doc.language).name_adjective_endings):
            continue  # a name and its adjective (أسكتلندا, Scotland; أسكتلندي, Scottish)
        if _one_spelling(distinct, language(doc.language)):
            continue  # one name in two cases (« Кореей », « Кореи »), or quoted as written (« Festival »)
        quoted = {f for f in distinct if all(_in_quoted_phrase(doc, sp) for w, sp in occurrences
                                             if unicodedata.normalize("NFC", w) == f)}
        if quoted and len(distinct) - len(quoted) == 1 and \
                all(_own_word(f, doc.language) for f in distinct if f not in quoted):
            continue  # a name as the language writes it (a word of its own), and as the English phrases it quotes
            # write it (« Amerika » and « topi Make America Great », « PGA of America »)
        if language(doc.language).capitalises_nouns and all(_common_word(f, doc.language) for f in distinct):
            continue  # common words where every noun takes a capital (« Mütter », « Mutter »), or a word and the
            # English one the text quotes (« Amerika » and « Make America Great Again »); elsewhere a common word
            # may be a name's misspelling (« Parti » and « Party »)
        theirs = _forms(other.get(key, []))
        if len(theirs) > 1 and (set(theirs) >= set(distinct) or _apart_across_scripts(distinct, list(theirs),
                                                                                     doc.language, other_lang)):
            continue  # the source writes them apart too: two names, not two spellings (« Alan » and « Allan »,
            # « Алан » and « Аллан »: Alan Lithgow and Allan McGregor)
        if apart_only:
            theirs = Counter()
        if len(theirs) == 1:
            suggestion, basis = next(iter(theirs)), "the source's spelling"
        else:
            order = [unicodedata.normalize("NFC", w) for w, _ in occurrences]
            suggestion = max(distinct, key=lambda f: (forms[f], -order.index(f)))
            tied = [f for f in distinct if forms[f] == forms[suggestion]]
            glossary = [f for f in tied if any(f in re.findall(r"[^\s]+", unicodedata.normalize("NFC", p))
                                               for p in pinned)]
            if len(tied) == 1:
                basis = "the majority"
            elif glossary:
                suggestion, basis = glossary[0], "the glossary"
            else:
                basis = "the first spelling"
        off = [(w, sp) for w, sp in occurrences if unicodedata.normalize("NFC", w) != suggestion]
        on = [(w, sp) for w, sp in occurrences if unicodedata.normalize("NFC", w) == suggestion]
        spans = tuple(Span(side, sp.start, sp.end, doc.text[sp.start:sp.end]) for _, sp in off + on)
        listing = " and ".join(f"« {f} » ({n})" for f, n in sorted(forms.items(), key=lambda kv: -kv[1]))
        yield Finding("NAME001", "warning",
                      f"one name spelled {len(distinct)} ways in the {side}: {listing}; use « {suggestion} » ({basis})",
                      spans,
                      {"key": key, "suggestion": suggestion,
                       "basis": {"the source's spelling": "source", "the majority": "majority",
                                 "the glossary": "glossary"}.get(basis, "first"),
                       "variants": [{"form": f, "count": n,
                                     "spans": [[sp.start, sp.end] for w, sp in occurrences
                                               if unicodedata.normalize("NFC", w) == f]}
                                    for f, n in sorted(forms.items(), key=lambda kv: -kv[1])]})


# --- names across languages ------------------------------------------------------------------------------------------

RARE = 3.0
RARE_EN = 3.5
"""... and rarer than this in English, which news in every language quotes (« Scottish Independent Schools »)."""
COMMON = 4.0
"""... or, where names are compared by their sound across scripts, a word rarer than this whose sound the other
document has (« Widodo »), but not « Barat » or « Sabtu »."""
UNKNOWN = 1.0
"""... and a word rarer than this is one the language does not know: a name, or a misspelling."""
NEAR = 0.75  # the similarity of two keys that are one name in two languages
"""A word of a name is checked across languages when it is rarer than this in its language (Zipf frequency, wordfreq):
« Tokayev », « Almaty », « Smadiyarov », but not « Kementerian » or « Affaires », which a translation translates."""


@dataclass(frozen=True)
class _Unit:
    """A name, or the part of one, whose counterpart is looked for on the other side."""

    text: str
    start: int
    end: int
    sentence: int
    key: str
    territory: tuple[str, ...] = ()  # CLDR territory codes (« Tiongkok » and « Chine » are CN), "lang:en"...
    initials: bool = False  # a territory's initials: AS, A.S., UK
    acronym: Acronym | None = None  # an acronym (not a territory's) with its definition in the document, if any
    undefined: bool = False  # an acronym the document does not define
    sound: str = ""  # its sound key (checker.names.sound_key), to be looked for in another script
    pieces: tuple[str, ...] = ()  # the sound keys of the names a script glued to common words in it (ホルト)
    forms: tuple[str, ...] = ()  # the keys of its other dictionary forms (Language.name_forms: « Cricks », crick)
    runs: tuple[str, ...] = ()  # the sounds of its run of capitalised words said as one (_with_run_sounds)

    @property
    def is_acronym(self) -> bool:
        return self.acronym is not None or self.undefined


def _across(ctx: AuditContext, src_names: _Names, tgt_names: _Names) -> Iterable[Finding]:
    """NAME002: per aligned pair, a name of the source with no counterpart in the translation while a name of the
    translation has none in the source. Counterparts are found through the names' keys and near keys (« Kazakhstan »
    and « kazakhes », « Makedonia » and « Macédoine »), CLDR territory and language names in both locales (« Tiongkok »
    and « Chine », « Inggris » and « anglais »), a territory's initials (AS, UK), acronyms matched through their
    expansions (CSTO and OTSC) and the glossary. A new name is one that no source sentence of the pair or its
    neighbours has (a name may move to the next sentence). A name of several words that keeps a word on both sides
    shows which of its words changed (« Brett Kavanaugh », « Brett Betfred »)."""
    src, tgt = ctx.source, ctx.translation
    if src.language == tgt.language:
        return
    source, translation = _sides(src, tgt, src_names, tgt_names)
    s_acronyms, t_acronyms = source.acronyms, translation.acronyms
    # a country's initials in the source stand for it where either document names that country somewhere; where
    # neither does, they count as gone only when another country came in: « TV » is not Cape Verde (« Tanjung
    # Verde ») in an article about television
    everywhere = list(range(len(tgt.segments)))
    named = {c for units in source.units for u in units if not u.initials for c in u.territory}
    unsure = {(u.start, u.end) for units in source.units for u in units
              if u.initials and not named & set(u.territory) and not translation.has(u, everywhere, ())}
    # and so do the translation's where neither document names their country: « AI » is not the Åland Islands in
    # an article about artificial intelligence (« ИИ »), unless a country of the source went where they stand
    named |= {c for units in translation.units for u in units if not u.initials for c in u.territory}
    t_unsure = {(u.start, u.end) for units in translation.units for u in units
                if u.initials and not named & set(u.territory)}
    terms = ctx.settings.glossary.terms if ctx.settings.glossary else ()
    # what the glossary accepts for a name, on the other side
    to_target: dict[str, tuple[str, ...]] = {}
    to_source: dict[str, tuple[str, ...]] = {}
    for t in terms:
        to_target[fold(t.source)] = to_target.get(fold(t.source), ()) + t.accepted
        for a in t.accepted:
            to_source[fold(a)] = to_source.get(fold(a), ()) + (t.source,)
    links = ctx.alignment.links
    # an acronym and the other language's for the same thing: CSTO (« Organisasi Perjanjian Keamanan Kolektif ») and
    # OTSC (« Organisation du Traité de sécurité collective »)
    minor = language(src.language).expansion_minor_words | language(tgt.language).expansion_minor_words
    for a, b in _same_acronyms(s_acronyms, t_acronyms, links, minor):
        to_target[fold(a.text)] = to_target.get(fold(a.text), ()) + (b.text, b.expansion)
        to_source[fold(b.text)] = to_source.get(fold(b.text), ()) + (a.text, a.expansion)
    for k, link in enumerate(links):
        if not (link.source and link.translation):
            continue  # a sentence without counterpart is the coverage check's
        window = [i for nb in links[max(0, k - 1):k + 2] for i in nb.source]
        t_window = [j for nb in links[max(0, k - 1):k + 2] for j in nb.translation]
        # (the sounds of the translation's words near it are its rivals: a source name that one of them sounds more
        # like is that one's counterpart)
        # (where a script glues names to words, the names of its own sentence: Celesio, written as the source
        # writes it, is the counterpart of « Celesio », not 韦斯特罗斯, which sounds a little like it)
        t_rivals = _sounds_in(translation, t_window) if not translation.glued else \
            _name_rivals(tgt, translation, link.translation)
        # (and a name of a neighbouring source sentence that its own translation writes is that one's)
        claimed = {i: _sounds_in(translation, nb.translation) for nb in links[max(0, k - 1):k + 2] if nb is not link
                   for i in nb.source if i not in link.source}
        added = [u for j in link.translation for u in translation.units[j]
                 if not source.has(u, window, to_source.get(fold(u.text), ()), t_rivals, claimed)]
        if not added:
            continue
        # only a name that stands where another went is reported: a name dropped or added alone is too often a
        # translator's choice (a first name added, a country said as an adjective). A source name found only in a
        # neighbouring sentence still counts as gone from this one when a new name stands here.
        # (where a script glues names, the sounds of the names of the source sentence, each a rival only where it is
        # the very sound a word of the translation has and the name looked for only near it: 基尔南, krn, written
        # for Kiernan, is not the Craiglang, krkrn, that the sentence names too)
        s_rivals = _sounds_in(source, link.source) if not source.glued else \
            frozenset(u.sound for i in link.source for u in source.units[i] if u.sound and not u.territory)

        def gone_from(u, js):
            return not translation.has(u, js, to_target.get(fold(u.text), ()), s_rivals, exact_rivals=True)

        s_units = [u for i in link.source for u in source.units[i]]
        # (an acronym the source does not define may be its language's own: PBB for ONU, DNA for ADN)
        mine = [u for u in s_units if not u.undefined and gone_from(u, link.translation)]
        if not any(u.territory and (u.start, u.end) not in unsure for u in mine):
            added = [u for u in added if (u.start, u.end) not in t_unsure]
            if not added:
                continue
        # a name the source writes more often in the pair than the translation does (« Wasilla » twice, once), or a
        # country written less often while another country came in (« Rusia » twice, « russe » and « Danemark »)
        t_units = [u for j in link.translation for u in translation.units[j]]
        written = Counter(_identity(u) for u in t_units)
        new_country = any(b.territory for b in added)
        for ident, n in Counter(_identity(u) for u in s_units).items():
            gone = [u for u in s_units if _identity(u) == ident]
            times = written[ident]
            if gone[0].territory:
                # (a country's initials may stand for several: AS is the United States, États-Unis, among others)
                times = max(times, sum(bool(_places(u.territory) & _places(gone[0].territory)) for u in t_units))
            elif not gone[0].is_acronym:
                # counted as written, not only as names: inside a compound (« anti-Erdogan ») or a run the check
                # does not read as a name (« d’Oliver Cromwell »)
                n = max(n, sum(_written(source.raw[i], gone[0]) for i in link.source))
                times = max(times, sum(_written(translation.raw[j], gone[0]) for j in link.translation))
            if translation.sounds is not None and gone[0].sound and not gone[0].territory:
                # across scripts, the translation writes it in its own letters: counted by its sound (« Rockies »
                # twice, « ロッキーズ » once beside another name)
                times = max(times, sum(not u.territory and sounds_alike(gone[0].sound, u.sound) for u in t_units))
            if n > times and (times or (new_country and gone[0].territory)) and \
                    not any(_identity(u) == ident for u in mine):
                mine.append(gone[-1])
        # a name of several words that keeps a word on both sides shows which word changed (« Brett Kavanaugh »
        # became « Brett Betfred »), even a word common in the source's language (« Pep Guardiola »)
        pairs = _by_structure([r for i in link.source for r in source.structures[i]],
                              [r for j in link.translation for r in translation.structures[j]],
                              [b for b in added if not b.is_acronym], lambda u, js=link.translation: gone_from(u, js))
        # those gone from the neighbouring sentences too first
        lost = sorted((u for u in mine if not any(_overlap(u, a) for a, _ in pairs) and
                       ((u.start, u.end) not in unsure or new_country)),
                      key=lambda u: not gone_from(u, t_window))
        pairs += _pair(lost, [b for b in added if not any(b is pb for _, pb in pairs)], src, tgt)
        # a name the translation writes as the original of another in brackets after it, which no source name has and
        # the one before does not sound like: 库恩斯（Chris 比约恩）, the original of « Coons » changed
        pairs += _in_other_glosses(tgt, [u for j in link.translation for u in translation.units[j]], s_units,
                                   [b for b in added if not any(b is pb for _, pb in pairs)])
        for a, b in pairs:
            spans = (Span(SOURCE, a.start, a.end, a.text), Span(TRANSLATION, b.start, b.end, b.text))
            yield Finding("NAME002", "error", f"the source's « {a.text} » became « {b.text} » in the translation",
                          spans, {"source": a.text, "translation": b.text,
                                  "territory": list(a.territory) or None})
        for b in added:
            if any(b is pb for _, pb in pairs) or b.undefined:
                continue
            yield Finding("NAME003", "warning", f"« {b.text} » in the translation is not in the source",
                          (Span(TRANSLATION, b.start, b.end, b.text),)
                          + tuple(src.span(SOURCE, i) for i in link.source),
                          {"translation": b.text, "territory": list(b.territory) or None})


def _sides(src: Document, tgt: Document, src_names: _Names, tgt_names: _Names) -> tuple["_Side", "_Side"]:
    """Both documents as NAME002 reads them."""
    s_keys = [_words_of(seg.text, src.language) for seg in src.segments]
    t_keys = [_words_of(seg.text, tgt.language) for seg in tgt.segments]
    # where one side writes names in a script without capitals, names are looked for by their sound too (Tokayev
    # and トカエフ)
    by_sound = _by_sound(src.language) or _by_sound(tgt.language)
    # a name common in the source language (« Palu », « Widodo » in Indonesian) counts when the translation writes it
    # too; on the translation's side, only names rare in its language count
    s_acronyms, t_acronyms = acronyms(src), acronyms(tgt)
    # (names of several words said as one only where a script glues them: Kenny Miller, ケニーマイラー, or where its
    # language finds names by their script, which glues prefixes to them (Arabic); between two languages that
    # space their words and capitalise their names, « Clyde, Hartlepool, Falkirk » said as one sounds like any name)
    glued = any(language(code).names_by_script or not language(code).writes_spaces
                for code in (src.language, tgt.language))
    s_named, t_named = _named_inside(src_names), _named_inside(tgt_names)
    s_said: list[dict[str, set[str]]] = [{} for _ in src.segments]
    t_said: list[dict[str, set[str]]] = [{} for _ in tgt.segments]
    s_sounds = [_sounds_of(seg.text, src.language, glued, s_named, said)
                for seg, said in zip(src.segments, s_said)] if by_sound else None
    t_sounds = [_sounds_of(seg.text, tgt.language, glued, t_named, said)
                for seg, said in zip(tgt.segments, t_said)] if by_sound else None
    shared = set().union(*t_keys) | ({"~" + strong_sound(sound) for sounds in t_sounds for sound in sounds}
                                     if by_sound else set())
    s_units = _units(src_names, s_acronyms, shared)
    if by_sound and glued:
        s_units = _with_run_sounds(s_units, src_names)
    source = _Side(src.language, s_keys, [fold(seg.text) for seg in src.segments],
                   s_units, _structures(src_names), s_sounds, _script_texts(src),
                   s_acronyms, glued, tuple(seg.text for seg in src.segments), s_said, tgt.language)
    t_units = _units(tgt_names, t_acronyms)
    texts = _without_unheard_glosses(tgt, t_units)
    if texts is not None:  # (a gloss that is not the name it follows is no counterpart of a source name)
        t_keys = [_words_of(text, tgt.language) for text in texts]
        t_said = [{} for _ in texts]
        t_sounds = [_sounds_of(text, tgt.language, glued, t_named, said)
                    for text, said in zip(texts, t_said)] if by_sound else None
    texts = texts or [seg.text for seg in tgt.segments]
    translation = _Side(tgt.language, t_keys, [fold(text) for text in texts], t_units, _structures(tgt_names),
                        t_sounds, _script_texts(tgt), t_acronyms, glued, tuple(texts), t_said, src.language)
    return source, translation


NATIVE_INSIDE = 8
"""The longest word with a name inside it whose letters of the language's own (``Language.native_letters``) still
tell it is no transliteration of the name (« المرشح », the candidate, is no Morrisey)."""

RIVAL_NEAR = 0.85
"""Where a script glues names, the likeness (checker.names.sound_likeness) below which a source name's match in the
translation is another source name's where that one sounds exactly like it (``exact_rivals`` of :meth:`_Side.has`):
a nearer match is the name's own, written as the other's is (any rival, tried, lost names that the translation
writes: « Northamptonshire », 北安普敦郡, beside Rushden)."""

RUN_NEAR = 0.9
"""The likeness (checker.names.sound_likeness) from which a run of capitalised words said as one is written in the
other script (_with_run_sounds)."""


def _with_run_sounds(units: list[list[_Unit]], names: _Names) -> list[list[_Unit]]:
    """Each name word of a run of capitalised words with the sounds of the run's two or three words around it said
    as one, where the other script glues a name's words (« Paul Barreira », قالبولباريرا, said Paul Barreira, in
    NTREX-128's Arabic; Kenny Miller, ケニーマイラー): the word is written there though no word of the other side
    sounds like it alone. (Its neighbours need not be names worth looking for: « Paul » opening a sentence.)"""
    lang = names.doc.language
    out: list[list[_Unit]] = []
    for sent_units in units:
        new: list[_Unit] = []
        for u in sent_units:
            run = next((r for r in names.runs if r.start <= u.start and u.end <= r.end and " " in r.text), None)
            if run is None or u.territory or u.is_acronym or not u.sound:
                new.append(u)
                continue
            words = [(run.start + m.start(), run.start + m.end(), m.group())
                     for m in re.finditer(r"[^ \u00a0]+", run.text)]
            k = next((i for i, (a, b, _) in enumerate(words) if a <= u.start < b), None)
            if k is None:
                new.append(u)
                continue
            sounds = [word_sound(_POSSESSIVE_RE.sub("", w), lang) for _, _, w in words]
            extra = tuple(dict.fromkeys("".join(sounds[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)
                                        if i <= k < i + n))
            new.append(replace(u, runs=tuple(x for x in extra if x)))
        out.append(new)
    return out


_GLOSS = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]?[ \u3000]*[（(][ \u3000]*"
                    r"([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .’'-]*?)[ \u3000]*[）)]")
"""A name in Latin letters in brackets, the original of the name before it, a character of the name's kind between
them or none: 库恩斯（Chris Coons）, 埃文郡（Avon）."""


def _without_unheard_glosses(doc: Document, units: list[list[_Unit]]) -> list[str] | None:
    """Each sentence of a document whose language finds names by their script with the Latin glosses in brackets
    that do not sound like the name they follow blanked out; None where there is none. Chinese news writes the
    original after a transliterated name (格温妮丝·帕特罗（Gwyneth Paltrow）); where the name before it is another
    (施罗德（Gwyneth Paltrow）: Schröder), the gloss is no counterpart of the source's Paltrow, which the
    translation replaced."""
    if not language(doc.language).names_by_script:
        return None
    out, changed = [], False
    for seg in doc.segments:
        text = seg.text
        for u in units[seg.index]:
            if not u.sound or u.territory or not _non_latin(u.text):
                continue
            m = _GLOSS.match(doc.text, u.end, seg.end)
            if m is None:
                continue
            words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", m.group(1))
            heard = [word_sound(w, doc.language) for w in words]
            heard += ["".join(heard[k:k + n]) for n in (2, 3) for k in range(len(heard) - n + 1)]
            if any(sounds_alike(mine, other, False) for mine in (u.sound,) + u.pieces for other in heard if other):
                continue
            a, b = m.start(1) - seg.start, m.end(1) - seg.start
            text = text[:a] + " " * (b - a) + text[b:]
            changed = True
        out.append(text)
    return out if changed else None


_BRACKETED = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]?[ \u3000]*[（(]([^（()）\n]*)[）)]")
"""Brackets right after a name, a character of the name's kind between them or none, and what they hold."""


def _in_other_glosses(doc: Document, units: list[_Unit], s_units: list[_Unit],
                      added: list[_Unit]) -> list[tuple[_Unit, _Unit]]:
    """NAME002 pairs from brackets that a script which finds names by their sound writes after a name for its
    original (库恩斯（Chris Coons）): where they hold one name that no source name has (``added``) and none that
    sounds like the name before them, that one is the original changed, and the source name the one before sounds
    like is the name replaced (库恩斯（Chris 比约恩）: the source's Coons); or where one word of the name before them
    (its words joined by a middle dot) is a name that no source name has, and they hold a source name that none of
    its words sounds like, that word replaced it (格雷厄姆·Willoughby（Graham Dorrans）: Dorrans)."""
    if not added or not language(doc.language).names_by_script:
        return []
    out = []
    for before in units:
        if not before.sound or before.territory:
            continue
        m = _BRACKETED.match(doc.text, before.end)
        if m is None:
            continue
        inside = [u for u in units if m.start(1) <= u.start and u.end <= m.end(1)]
        held = [u.sound for u in inside if u.sound]
        heard = (before.sound,) + before.pieces
        new = [u for u in inside if any(u is b for b in added)]
        if len(new) == 1 and not any(sounds_alike(mine, other, False) for mine in heard for other in held):
            lost = _written_by_one(s_units, heard, held)
        else:
            # (one word of the name before them, its words joined by a middle dot)
            parts = [before]
            while (previous := next((u for u in units if u.end <= parts[0].start and
                                     re.fullmatch(r"\s*[·•・]\s*", doc.text[u.end:parts[0].start])), None)):
                parts.insert(0, previous)
            new = [u for u in parts if any(u is b for b in added)]
            lost = _written_by_one(s_units, held, [mine for u in parts for mine in (u.sound,) + u.pieces if mine])
        if len(new) == 1 and lost is not None:
            out.append((lost, new[0]))
    return out


def _written_by_one(units: list[_Unit], sounds, other_sounds) -> _Unit | None:
    """The one name of ``units`` (not a territory) that one of ``sounds`` sounds like and none of ``other_sounds``;
    None where there is none or several."""
    found = [u for u in units if u.sound and not u.territory and
             any(sounds_alike(u.sound, sound, False) for sound in sounds) and
             not any(sounds_alike(u.sound, sound, False) for sound in other_sounds)]
    return found[0] if len(found) == 1 else None


def _named_inside(names: _Names) -> frozenset[str]:
    """The words a document capitalises inside a sentence (casefolded): a name, where a common word opens a
    sentence (« Trump » opening one is still Trump where the document writes « said Trump » elsewhere)."""
    starts = {seg.start for seg in names.doc.segments}
    lang = language(names.doc.language)
    words = {_POSSESSIVE_RE.sub("", w) for run in names.runs
             for k, w in enumerate(re.findall(r"[^ \u00a0]+", run.text))
             if k or run.start not in starts and re.search(r"\w", names.doc.text[
                 names.doc.segments[run.sentence].start:run.start])}
    # (with their dictionary forms: « Уэйд » opening a sentence is the « Уэйда » written inside another)
    return frozenset(f for w in words for f in (w.casefold(),) + lang.name_forms(w))


def _common_keys(text: str, lang: str) -> set[str]:
    """The keys of a sentence's words written in lower case that are common in the language (Zipf ``COMMON`` or
    more): ordinary words, which a name only a letter or a few consonants away from is not (« dewan », council, is
    no « Deval »; « seperti », like, no « Sportsound »)."""
    language_ = language(lang)
    if language_.names_by_script or not language_.has_case:
        return set()
    return {name_key(w) for w in re.findall(r"[^\W\d_]+", text)
            if w[:1].islower() and len(w) >= 4 and language_.zipf(w) >= COMMON}


@dataclass(frozen=True, eq=False)
class _Side:
    """One document's sentences as the names check reads them: the keys of every word, the folded text, the names."""

    lang: str
    keys: list[set[str]]
    folded: list[str]
    units: list[list[_Unit]]
    structures: list[list[tuple[_Unit, ...]]]
    sounds: list[set[str]] | None = None
    """The sound keys of the words of each sentence that may be names, where names are compared across scripts."""
    texts: list[str] | None = None
    """Each sentence as its language folds names (``Language.name_fold``), where it finds names by their script."""
    acronyms: dict[str, Acronym] | None = None
    """The acronyms the document defines (checker.names.acronyms)."""
    glued: bool = True
    """Whether one of the two languages writes no spaces, so that a name may stand glued to a word (in katakana):
    a sound inside another's is then the same name (checker.names.sounds_alike)."""
    raw: tuple[str, ...] = ()
    """Each sentence as written."""
    said: list[dict[str, set[str]]] | None = None
    """For each sentence, the words behind each of its :attr:`sounds`."""
    other_lang: str = ""
    """The language of the other side, whose names are looked for here."""

    @cached_property
    def unit_sounds(self) -> list[set[str]]:
        """The sound keys of each sentence's names, and of names of two or three words said as one (Brett
        Kavanaugh, ブレットカバノー)."""
        out: list[set[str]] = []
        for units in self.units:
            sounds = {u.sound for u in units if u.sound}
            for k in range(len(units) - 1):
                if units[k + 1].start - units[k].end <= 1 and units[k].sound and units[k + 1].sound:
                    sounds.add(units[k].sound + units[k + 1].sound)
            out.append(sounds)
        return out

    def has(self, unit: _Unit, sentences: list[int], glossary_forms: tuple[str, ...],
            rivals: frozenset[str] | set[str] = frozenset(),
            claimed: dict[int, frozenset[str]] | None = None, exact_rivals: bool = False) -> bool:
        """Whether ``unit``, a name of the other side, has a counterpart in these sentences. Where names are compared
        across scripts, a name written in a script without capitals is looked for among this side's names by its
        sound, and a name of this side's among the words of that script that may be names. ``rivals``: the sounds
        of the words beside ``unit`` on its side that may be names; between two scripts that space their words, a
        word here that one of them sounds more like is that one's counterpart, not ``unit``'s (« Ферик » is Furyk's,
        not Brookline's; « Роджерс » Rogers', not Geiger's). ``claimed``: for a neighbouring sentence of this side,
        the sounds of its own counterpart on the other side; a name there that one of them sounds like as much is that
        sentence's, unless it is ``unit``'s own sound (the translation names in both sentences who the source names in
        one: 罗纳尔多 for « Dia » and for « Ronaldo »): 布雷特 (Brett, brt) beside « kata Kavadarkov » is no piece of the
        Vladimir (brtmr) of the sentence before, which its translation writes. ``exact_rivals``: where a script glues
        names, a rival counts only where it is the sound of this side's word itself and ``unit`` sounds less like it
        than :data:`RIVAL_NEAR`."""
        if self.sounds is not None and unit.sound and not unit.territory and not unit.is_acronym:
            # (a name of one consonant, « Уэйд » and Wayde, t, is found by it where names are capitalised words, and
            # so is one whose other consonant is weak, « Ачехе » and Aceh, sh and s; where a script glues them to
            # other words, one consonant would be found anywhere)
            # (where a script glues names to words, its sounds are too loose to tell which name a word is: the rivals
            # are then the names of the other side's sentence alone, :func:`_name_rivals`)
            mine = (unit.sound,) + unit.pieces
            others = [r for r in rivals if r not in mine]
            for sound in mine:
                for i, other in {(i, other) for i in sentences for other in self.sounds[i]}:
                    if not (sounds_alike(sound, other, self.glued) or
                            (min(len(sound), len(other)) == 1 and not self.glued and
                             sound_likeness(sound, other, True) >= SOUND_NEAR)):
                        continue
                    likeness = sound_likeness(sound, other, not self.glued)
                    if claimed and i in claimed and any(
                            c not in mine and sounds_alike(c, other, self.glued) and
                            sound_likeness(c, other, not self.glued) >= likeness for c in claimed[i]):
                        continue
                    if not any(sound_likeness(r, other, not self.glued) > likeness and sounds_alike(r, other, self.glued)
                               and (not (self.glued and exact_rivals) or (r == other and likeness < RIVAL_NEAR))
                               for r in others) and \
                            (sound != unit.sound or
                             self._heard_alike(unit.text, self.said[i].get(other, ()), sound != other and
                                               (sound in other or other in sound))):
                        return True
            # (or by a word that sounds like it vowels and all, where its consonants are written otherwise:
            # Wilhelm, ヴィルヘルム; Hampden, ハムデン; unless the word is a rival's own sound: アイブロックス is
            # Ibrox's, not Ladbrokes')
            if any(self._heard_same(unit.text, words) for i in sentences for other, words in self.said[i].items()
                   if other not in others):
                return True
            # (or by its run of capitalised words said as one, as the other script glued them, the same sound:
            # قالبولباريرا, « kata Paul Barreira »; a run with a word replaced keeps most of its sound, so that a
            # near one is not enough: Brett Kavanaugh, 布雷特·皮特曼)
            if any(sound_likeness(run, other) >= RUN_NEAR or (self.glued and len(run) >= 4 and run in other)
                   for run in unit.runs for i in sentences for other in self.sounds[i] if len(other) >= len(run) - 1):
                return True
            # (and one of one consonant by a word of that script of that one consonant alone, which its language
            # does not know: Bough, بوف; Cooke, 库克; Diddy, ディディ)
            if len(unit.sound) == 1 and any(strong_sound(unit.sound) in self.single_sounds[i] for i in sentences):
                return True
            # a word of a script without capitals that sounds like a word this side writes in lower case is that
            # word's loanword, not a name added (スポイラー, spoiler; フォーボール, fourball; ボギー, bogey): the same
            # consonants where it has two, near ones from three
            if _non_latin(unit.text) and any(
                    sound == other if min(len(sound), len(other)) <= 2 else sounds_alike(sound, other, False)
                    for sound in mine if len(sound) >= 2 for i in sentences for other in self.lower_sounds[i]):
                return True
        if self.texts is not None and unit.territory and \
                any(stem in self.texts[i] for stem in _territory_stems(self.lang, unit.territory) for i in sentences):
            return True
        return _has_counterpart(unit, [self.keys[i] for i in sentences], [self.folded[i] for i in sentences],
                                [u for i in sentences for u in self.units[i]], self.lang, [glossary_forms],
                                set().union(*(self.common[i] for i in sentences)) if sentences else set())

    def _latin_and_native(self, name: str, word: str):
        """Of a name of the other side and a word of this one, in two scripts: the one in Latin letters, the other,
        and the language of the other's script."""
        if _non_latin(name):
            return word, name, language(self.other_lang)
        return name, word, language(self.lang)

    def _heard_same(self, name: str, words) -> bool:
        """Whether a name of the other side and one of these words, one in Latin letters and the other in a script
        that writes its vowels, read alike (:data:`checker.names.HEARD_SAME`) as the script's language would write
        the name (``Language.latin_readings``)."""
        for word in words:
            if _non_latin(name) == _non_latin(word):
                continue
            latin, native, lang_ = self._latin_and_native(name, word)
            readings = lang_.latin_readings(latin)
            if readings and any(heard_likeness(said, lang_.reading(native)) >= HEARD_SAME for said in readings):
                return True
        return False

    def _heard_alike(self, name: str, words, inside: bool = False) -> bool:
        """Whether a name of the other side may be one of these words, whose consonants are near its own: where
        both are in Latin letters across a script without capitals, spelled alike; else where the word's language
        writes letters in its own words that write a Latin name only for some of its letters
        (``Language.native_letters``), the name has them (« مرشح », candidate, is no Morrisey), and where it says how
        it writes a name of Latin letters (``Language.latin_readings``), the two read alike vowels and all
        (:data:`checker.names.HEARD_NEAR`: Yandhi, yandi, is no ナイト, naito; a word of the language's dictionary,
        ``Language.common_word``, only where they read alike, :data:`checker.names.HEARD_SAME`: トラック, toraku, a
        loanword, is no Tellis, terisu, 0.67 alike). ``inside``: the name's consonants are inside the word's."""
        if not words:
            return True
        for word in words:
            if self.glued and not _non_latin(name) and not _non_latin(word):
                # (two names in Latin letters, one quoted in a script without capitals, are one where they are
                # spelled alike, not where their consonants are: Moliwood is no Merriweather, Browne no Palin)
                a, b = name_key(name), name_key(word)
                if a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= NEAR:
                    return True
                continue
            if _non_latin(name) == _non_latin(word):
                return True
            latin, native, lang_ = self._latin_and_native(name, word)
            # (a word the name is only inside, of more than a prefix and a name, may be words glued together
            # whose other letters are no part of it: « حققميكلسون », حقق ميكلسون, achieved Mickelson)
            if lang_.native_letters and (not inside or len(native) <= NATIVE_INSIDE):
                letters = anyascii(latin).casefold()
                if any(ch in lang_.native_letters and not any(x in letters for x in lang_.native_letters[ch])
                       for ch in native):
                    continue
            readings = lang_.latin_readings(latin)
            if not readings:
                return True
            reading = lang_.reading(native)
            # (a word the language's dictionary knows as a common word, a loanword, reads as the name itself or is
            # none: ビジネス, business, is no Berners, 0.58 alike; ハート, heart, is Hart)
            near = HEARD_SAME if lang_.common_word(native) else HEARD_NEAR
            if any(heard_likeness(said, reading, inside) >= near for said in readings):
                return True
        return False

    @cached_property
    def lower_sounds(self) -> list[set[str]]:
        """The sound keys of each sentence's foreign words in lower case, of four letters or more, where the language
        writes capitals: words its spelling dictionary does not know (without one, rare in it: Zipf below
        :data:`RARE`), as the English words an Indonesian text writes (« spoiler », « fourball », « bogey »), which
        a script without capitals writes as loanwords. (Its own words are left out: their sounds are as many as a
        language's words, and one of them sounds like many a name, « menemukan » like マニトバ.)"""
        language_ = language(self.lang)
        if self.sounds is None or not language_.has_case:
            return [set() for _ in self.raw]

        def foreign(word: str) -> bool:
            known = language_.spelled(word)
            return known is False or (known is None and language_.zipf(word) < RARE)

        return [{word_sound(w, self.lang) for w in re.findall(r"(?<![\w’'-])[^\W\d_A-Z]{4,}(?![\w’'-])", text)
                 if w[:1].islower() and foreign(w)} - {""} for text in self.raw]

    @cached_property
    def single_sounds(self) -> list[set[str]]:
        """The sounds of one consonant of each sentence's name words where its language finds names by their script
        (``Language.name_candidates``), of the words it does not know as common ones (Zipf below :data:`COMMON`, not
        in its dictionaries): 库克, Cooke; بوف, Bough. (Its words of one consonant that it knows are many: Arabic على, فيه.)"""
        language_ = language(self.lang)
        out: list[set[str]] = []
        for text in self.raw:
            found: set[str] = set()
            for a, b in language_.name_candidates(text) or ():
                for c, d in language_.name_parts(text[a:b]):
                    word = text[a + c:a + d]
                    sound = word_sound(word, self.lang)
                    if len(sound) == 1 and language_.listed_zipf(word) < COMMON and \
                            not language_.common_word(word) and not language_.spelled(word):
                        found.add(strong_sound(sound))
            out.append(found)
        return out

    @cached_property
    def common(self) -> list[set[str]]:
        """The keys of each sentence's common words in lower case (:func:`_common_keys`)."""
        return [_common_keys(text, self.lang) for text in self.raw]


_BRACKETED_LATIN = re.compile(r"[（(][^()（）\u0250-\uffff]*[A-Za-z][^()（）\u0250-\uffff]*[）)]")


def _name_rivals(doc: Document, side: _Side, sentences) -> frozenset[str]:
    """The sounds of the names of these sentences of a side (its units, and two beside each other as one:
    ブレットカバノー), where a script glues names to words: the rivals of :meth:`_Side.has`, which are not every word
    that may be a name there. A name and the Latin gloss in brackets after it (帕特罗（Gwyneth Paltrow）) are one name
    written twice: the Latin one is no rival (nor is one in brackets a little further: 霍顿·米夫林·哈考特出版社（Houghton
    Mifflin Harcourt）)."""
    glossed: set[tuple[int, int]] = set()
    for i in sentences if language(doc.language).names_by_script else ():
        seg = doc.segments[i]
        for m in _BRACKETED_LATIN.finditer(seg.text):
            glossed.update((u.start, u.end) for u in side.units[i]
                           if seg.start + m.start() <= u.start < seg.start + m.end())
    out: set[str] = set()
    for i in sentences:
        units = [u for u in side.units[i] if u.sound and (u.start, u.end) not in glossed]
        out.update(u.sound for u in units)
        out.update(a.sound + b.sound for a, b in zip(units, units[1:])
                   if b.start - a.end <= 1 and not re.search(r"[^\w·・‧･＝= ]", doc.text[a.end:b.start]))
    return frozenset(out)


def _sounds_in(side: _Side, sentences) -> frozenset[str]:
    """The sounds of the words of these sentences of a side that may be names (none where names are not compared
    by their sound)."""
    return frozenset() if side.sounds is None else frozenset(s for i in sentences for s in side.sounds[i])


def _non_latin(word: str) -> bool:
    return any(ord(ch) > 0x24F for ch in word)


def _zipf(lang: str, word: str) -> float:
    """A word's frequency in the language: looked up in its list as it is where the language writes no capitals
    (a Latin word quoted in Japanese), which needs no tokenizer."""
    language_ = language(lang)
    return language_.listed_zipf(word) if language_.names_by_script else language_.zipf(word)


def _english(word: str, lang: str) -> bool:
    """A common word of the language the text quotes titles in (English), or the plural of one (« Troopers »,
    « Headmasters » in a French text)."""
    quoted = language(language(lang).quoted_language or lang)
    low = word.casefold()
    forms = [low] + ([low[:-1]] if low.endswith("s") else []) + ([low[:-2]] if low.endswith("es") else [])
    return any(quoted.zipf(f) >= RARE_EN for f in forms)


@lru_cache(maxsize=None)
def _places(codes: tuple[str, ...]) -> frozenset[str]:
    """Territory codes, a language's (« lang:ru ») with the territory CLDR gives it as likeliest where that is its
    namesake (RU): « Russian » in a translation stands for « России » as often as for « русский »; English is not
    the United States' alone (« 英語 » replaced by « 米国 » is a change)."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    out = set(codes)
    for code in codes:
        if code.startswith("lang:"):
            parts = (likely.get(code[5:]) or "").split("_")
            if len(parts) > 1 and parts[-1] == code[5:].upper():
                out.add(parts[-1])
    return frozenset(out)


def _written(text: str, unit: _Unit) -> int:
    """How many times a sentence writes a name word (``unit``'s key or one of its other forms' keys), each part of a
    word with a hyphen or an apostrophe counted (« anti-Erdogan », « d’Erdogan »)."""
    keys = {unit.key, *unit.forms}
    return sum(name_key(part) in keys for part in re.findall(r"[^\W\d_]+", text) if len(part) >= 2)


def _identity(unit: _Unit):
    return frozenset(c for c in unit.territory if not c.startswith("lang:")) or unit.key


def _overlap(a: _Unit, b: _Unit) -> bool:
    return a.start < b.end and b.start < a.end


def _by_structure(s_names: list[tuple[_Unit, ...]], t_names: list[tuple[_Unit, ...]], added: list[_Unit],
                  gone) -> list[tuple[_Unit, _Unit]]:
    """(source word, translation word) where a name of the source and one of the translation share a word (the
    anchor: « Brett ») and a new word of the translation's name stands where a word of the source's is ``gone``, on
    the same side of the anchor, the nearest to the same distance from it."""
    out: list[tuple[_Unit, _Unit]] = []
    for t in t_names:
        for b in added:
            jb = next((j for j, w in enumerate(t) if w.start == b.start), None)
            if jb is None or any(b is pb for _, pb in out):
                continue
            for s in s_names:
                anchors = [(i, j) for i, a in enumerate(s) for j, w in enumerate(t)
                           if len(a.key) >= 3 and a.key == w.key and j != jb]
                if not anchors:
                    continue
                i0, j0 = min(anchors, key=lambda ij: abs(ij[1] - jb))
                want = i0 + jb - j0
                # (a country stands for no name but a country: « Sénat des États-Unis » is no « Senat Dianne
                # Feinstein » whose surname changed, as in _pair)
                candidates = [i for i, a in enumerate(s)
                              if (i - i0) * (jb - j0) > 0 and a.text[:1].isupper() and not is_acronym(a.text) and
                              (a.territory or not b.territory) and
                              len(re.sub(r"[\W\d_]", "", a.text)) >= 3 and
                              all(i != ai for ai, _ in anchors) and not any(_overlap(a, pa) for pa, _ in out) and
                              gone(a)]
                if candidates:
                    out.append((s[min(candidates, key=lambda i: abs(i - want))], b))
                    break
    return out


def _same_acronyms(source: dict[str, Acronym], translation: dict[str, Acronym], links,
                   minor: frozenset[str] = frozenset()) -> list[tuple[Acronym, Acronym]]:
    """Pairs of acronyms, one a side, that stand for the same thing: their letters in another order (NATO and OTAN:
    the expansion's words reordered), defined in sentences aligned together, or with expansions of which at least two
    words, and half of the shorter's, are near each other across the languages (« Organisasi » and « Organisation »,
    « Kolektif » and « collective »)."""
    aligned = {(i, j) for link in links for i in link.source for j in link.translation}
    return [(a, b) for a in source.values() for b in translation.values()
            if a.text != b.text and (sorted(a.text) == sorted(b.text) or (a.sentence, b.sentence) in aligned or
                                     _same_expansion(a.expansion, b.expansion, minor))]


def _same_expansion(a: str, b: str, minor: frozenset[str]) -> bool:
    def words(text: str) -> list[str]:
        return [name_key(w).replace("c", "k") for w in re.findall(r"[^\W\d_]+", text)
                if len(w) >= 3 and w.casefold() not in minor]

    shorter, longer = sorted((words(a), words(b)), key=len)
    near = sum(any(k == w or (len(k) >= 5 and k[:5] == w[:5]) or
                   SequenceMatcher(None, k, w, autojunk=False).ratio() >= NEAR for w in longer) for k in shorter)
    return near >= 2 and 2 * near >= len(shorter)


def _pair(lost: list[_Unit], added: list[_Unit], src: "Document | list[Document]",
          tgt: Document) -> list[tuple[_Unit, _Unit]]:
    """Each lost name with the new one that stands in its place: a country for a country, then the nearest by its
    place in the sentence; an acronym for an acronym. A country that came where a name went is no name's
    replacement: a translator adds countries (« Sportsound » became 体育之声 beside « 英国 », which says BST in words;
    « Republikan », the party, beside « 米国 »). A name's place is where its middle stands in its sentence, from 0 to
    1 (« Amerika » near the end of its sentence is the フランス near the end of the translation's, not the 北朝鮮 that
    opens it). ``src`` is the lost names' document, or one document per lost name (the versions check's, whose lost
    names come from several versions)."""
    def place(u: _Unit, doc: Document) -> float:
        seg = doc.segments[u.sentence]
        return ((u.start + u.end) / 2 - seg.start) / max(len(seg.text), 1)

    src_docs = src if isinstance(src, list) else [src] * len(lost)
    free, out = list(added), []
    for a, a_doc in zip(lost, src_docs):
        if not free:
            break
        # an acronym stands only for an acronym: one of the other language's may be its expansion, said in words
        candidates = [b for b in free if a.is_acronym == b.is_acronym and (a.territory or not b.territory)]
        if not candidates:
            continue
        b = min(candidates,
                key=lambda b: (bool(a.territory) != bool(b.territory), abs(place(a, a_doc) - place(b, tgt))))
        free.remove(b)
        out.append((a, b))
    return out


def _units(names: _Names, defined: dict[str, Acronym], shared: set[str] = frozenset()) -> list[list[_Unit]]:
    """The names of each sentence worth looking for on the other side: territories (and their initials: AS),
    acronyms (``defined``: the document's definitions of them), and capitalised words that are rare in the language,
    or that the other document writes too (``shared``: keys, and sound keys behind « ~ » where names are compared
    across scripts; « Palu » is common in Indonesian news, but a name all the same)."""
    doc, found = names.doc, names.mentions
    lang = language(doc.language)
    patterns = _territory_patterns(doc.language)
    initials = _territory_initials(doc.language)
    out: list[list[_Unit]] = [[] for _ in doc.segments]
    # a country opening a sentence is a name all the same (« Suriah 'siap' ... »), which mentions() cannot tell
    # and so is a word opening a sentence that is rare in the language (« Kavadarkov reçut une passe ») where no
    # entity recogniser decided it, or that the language does not know at all (« Liupanshui a ajouté »)
    by_name = _territories(doc.language)
    script = lang.names_by_script
    starts = {seg.start for seg in doc.segments}
    if script:
        _script_units(names, shared, out)
    for seg in doc.segments if not script else ():
        # (behind an opening quote too: « "Moliwood" merupakan ... »)
        first = re.match(r"[\"'“‘«„\s]*([^\W\d_]+(?:[ -]" + CAPITAL + r"[^\W\d_]+)*)", seg.text)
        start = seg.start + first.start(1) if first else seg.start
        if first and first.group(1)[:1].isupper() and not any(m.start == start for m in found):
            word = first.group(1).split(" ")[0]
            # (a territory or its language declined: « Китайского фермера », of a Chinese farmer)
            codes = by_name.get(fold(first.group(1))) or by_name.get(fold(word)) or \
                next((by_name[f] for f in map(fold, lang.nominatives(word)) if f in by_name), None)
            if codes:
                word = first.group(1) if fold(first.group(1)) in by_name else word
                out[seg.index].append(_Unit(word, start, start + len(word), seg.index, _key(word, lang),
                                            territory=codes))
            # (where an entity recogniser decided, a word the language does not know: « Elin réalisa », which
            # French's small model leaves out; and one its morphological dictionary reads as a proper name:
            # « Лондондерри: машина врезалась в дом »)
            elif (not names.recognised and not _by_sound(doc.language) or lang.zipf(word.casefold()) < UNKNOWN or
                  (lang.zipf(word.casefold()) < RARE and (_unknown_to_dictionary(word, lang) or
                                                          lang.proper_name(word)))) and \
                    _worth_looking_for(_bare(word, doc.language), doc.language, shared) and \
                    not _opening_word(word, lang, shared):
                out[seg.index].append(_Unit(word, start, start + len(word), seg.index, _key(word, lang)))
    for mention in found:
        if mention.by_script:
            continue  # (_script_units)
        taken: list[tuple[int, int]] = []
        folded = fold(mention.text)
        for name, code, pattern in patterns:
            if name not in folded:
                continue
            for m in pattern.finditer(folded):
                if len(folded) == len(mention.text):  # offsets carry over when folding kept the length
                    start, end = mention.start + m.start(), mention.start + m.end()
                    if not any(s < end and start < e for s, e in taken):
                        taken.append((start, end))
                        out[mention.sentence].append(_Unit(mention.text[m.start():m.end()], start, end,
                                                           mention.sentence, name_key(name), territory=code))
        # a territory declined (« Мексики », « Северной Кореи », « Соединенных Штатов »): its words in the
        # nominative, or one word read as any of its dictionary forms, are one of its names; so is one whose
        # romanised letters are more than its own (« США », ssha), which the patterns above cannot place
        spans = [(mention.start + m.start(), mention.start + m.end(), m.group())
                 for m in re.finditer(r"[^ \u00a0]+", mention.text)]
        for n in (3, 2, 1):
            for i in range(len(spans) - n + 1):
                start, end = spans[i][0], spans[i + n - 1][1]
                if any(s < end and start < e for s, e in taken):
                    continue
                words_ = [_POSSESSIVE_RE.sub("", w) for _, _, w in spans[i:i + n]]
                forms = [" ".join(fold(w) for w in combination)
                         for combination in itertools.product(*(lang.nominatives(w)[:3] for w in words_))]
                if n == 1:
                    forms += [fold(f) for f in lang.name_forms(words_[0])]
                code = next((by_name[f] for f in forms if f in by_name), None)
                if code:
                    taken.append((start, end))
                    text = mention.text[start - mention.start:end - mention.start]
                    out[mention.sentence].append(_Unit(text, start, end, mention.sentence,
                                                       name_key(next(f for f in forms if f in by_name)),
                                                       territory=code))
        words = [_POSSESSIVE_RE.sub("", w) for w in mention.words]
        if lang.quoted_language and len(words) >= 2 and \
                sum(_english(w, lang.code) and _zipf(lang.code, w.casefold()) < RARE for w in words) * 2 >= len(words):
            continue  # an English title the text quotes (« State Troopers », « Scottish Independent Schools »)
        # a name of several words inside a sentence, each rarer than COMMON in the language, is a person's or a
        # place's, word by word, though a word of it is a word of the language too (« Risa Kusuma », « Sutopo Purwo
        # Nugroho »: kusuma, a flower; a title, « Presiden », or a common word, « Kota », is no such name)
        whole = len(words) >= 2 and lang.has_case and not lang.capitalises_nouns and \
            not _at_sentence_start(doc, mention, starts) and \
            all(len(w) >= 3 and not w.isupper() and _zipf(lang.code, w.casefold()) < COMMON and
                not _english(w, lang.code) for w in words)
        for m in re.finditer(r"[^ \u00a0]+", mention.text):
            start = mention.start + m.start()
            word = _POSSESSIVE_RE.sub("", m.group())
            end = start + len(word)
            if any(s < end and start < e for s, e in taken):
                continue
            # (acronyms and a territory's initials are found below, wherever they stand)
            if word.isupper() or _PLURAL_ACRONYM.fullmatch(word):
                continue
            if _worth_looking_for(word, doc.language, shared) or (whole and len(word) >= 4):
                out[mention.sentence].append(_Unit(word, start, end, mention.sentence, _key(word, lang),
                                                   territory=_territory_of_stem(doc.language, fold(word))))
                continue
            # a name of capitalised words joined by hyphens, one of them common (« Лонг-Лартин », Long Lartin;
            # « Могольон-Рим », Mogollon Rim): each of the others is a name (not where every noun is capitalised:
            # « Livingston-Spielern » is Livingston's players, « Pro-Trump-Tirade » a tirade)
            joined = not lang.capitalises_nouns and re.fullmatch(CAPITAL + r"\w*(?:[-‐]" + CAPITAL + r"\w*)+", word)
            for part in re.finditer(r"[^-‐]+", word) if joined else ():
                if _worth_looking_for(part.group(), doc.language, shared):
                    out[mention.sentence].append(_Unit(part.group(), start + part.start(), start + part.end(),
                                                       mention.sentence, _key(part.group(), lang)))
    # a territory's initials, wherever they stand: « Presiden A.S. Donald Trump », « persaingan dagang AS-Tiongkok »;
    # other acronyms, with the document's definition of each where it gives one (« Organisation du Traité de
    # sécurité collective (OTSC) »)
    latin_initials, latin_acronym, latin_plural = (_LATIN_INITIALS, _LATIN_ACRONYM, _LATIN_PLURAL) if script else \
        (_INITIALS, ACRONYM, _PLURAL_ACRONYM)
    for seg in doc.segments:
        for m in latin_initials.finditer(seg.text):
            letters = m.group().replace(".", "")
            if letters in initials:
                out[seg.index].append(_Unit(m.group(), seg.start + m.start(), seg.start + m.end(), seg.index, letters,
                                            territory=initials[letters], initials=True))
        plurals = [(m, m.group(1)) for m in latin_plural.finditer(seg.text)]
        for m, word in [(m, m.group()) for m in latin_acronym.finditer(seg.text)] + plurals:
            if word in initials or ROMAN.fullmatch(word) or not re.search(r"[A-Z].*[A-Z]", word) or \
                    (m.start() == 0 and re.match(r"\s*[-–—]", seg.text[m.end():])):  # a dateline: « BBC - »
                continue
            # (a plural, « MWPs », is the acronym MWP)
            out[seg.index].append(_Unit(m.group(), seg.start + m.start(), seg.start + m.end(), seg.index, word,
                                        acronym=defined.get(word), undefined=word not in defined))
    for k, units in enumerate(out):
        out[k] = sorted((replace(u, sound=word_sound(u.text, doc.language),
                                 pieces=u.pieces + _other_sound(u, lang), forms=_other_keys(u, lang))
                         for u in units), key=lambda u: u.start)
    return out


_INITIALS = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z]{2,4}(?![\w]))")
_PLURAL_ACRONYM = re.compile(r"(?<![\w.-])([A-Z][A-Z0-9]{1,5})s(?![\w-])")  # MWPs: the acronym MWP
_LATIN_INITIALS = re.compile(r"(?<![A-Za-z0-9.])(?:(?:[A-Z]\.){2,}|[A-Z]{2,4}(?![A-Za-z0-9]))")
_LATIN_ACRONYM = re.compile(r"(?<![A-Za-z0-9.-])[A-Z][A-Z0-9]{1,5}(?![A-Za-z0-9-])")
_LATIN_PLURAL = re.compile(r"(?<![A-Za-z0-9.-])([A-Z][A-Z0-9]{1,5})s(?![A-Za-z0-9-])")
"""Initials and acronyms inside a text of another script, where letters of that script may touch them (« AMは »)."""


def _by_sound(lang: str) -> bool:
    """Whether names of this language are compared with another's by their sound (a script other than Latin)."""
    return language(lang).names_by_script or not language(lang).latin_script


def _script_texts(doc: Document) -> list[str] | None:
    lang = language(doc.language)
    if not lang.names_by_script:
        return None
    return [lang.name_fold(unicodedata.normalize("NFC", seg.text)) for seg in doc.segments]


def _script_units(names: _Names, shared: set[str], out: list[list[_Unit]]) -> None:
    """The units of a document whose language finds its names by their script: territories by their CLDR names in
    that script (カザフスタン, 哈萨克斯坦, كازاخستان), then each word of its names (``Language.name_parts``) that is rare
    in the language and unknown to its spelling dictionary where it has one (Arabic's knows « تأخيرات », delays, and
    not « سزيسلر »), or whose sound the other document has (``shared``)."""
    doc = names.doc
    lang = language(doc.language)
    table = _script_territories(doc.language)
    script_parts = _script_name_parts(names)
    for seg in doc.segments:
        text = lang.name_fold(unicodedata.normalize("NFC", seg.text))
        if len(text) != len(seg.text):
            text = seg.text
        taken: list[tuple[int, int]] = []
        # a territory inside a name or a loanword of the script is not one (タイ in ネクタイ, 马里 in 马里兰)
        inside = [(a, b) for a, b in lang.name_spans(text)]
        parts = {(a + c + e, a + c + f) for a, b in inside for c, d in lang.name_parts(text[a:b])
                 for e, f in lang.name_pieces(text[a + c:a + d])}
        for name, codes in table:
            for m in re.finditer(re.escape(name), text):
                a, b = m.span()
                if any(s < b and a < e for s, e in taken) or not _whole(text, a, b, lang) or \
                        any(s <= a and b <= e and (s, e) != (a, b) for s, e in inside) and (a, b) not in parts:
                    continue
                taken.append((a, b))
                if name not in lang.ambiguous_territory_names:
                    out[seg.index].append(_Unit(seg.text[a:b], seg.start + a, seg.start + b, seg.index,
                                                name, territory=codes))
        for mention, mention_parts in zip(names.mentions, script_parts):
            if mention.sentence != seg.index:
                continue
            for a, b in mention_parts:
                word = mention.text[a:b]
                start = mention.start + a
                end = start + len(word)
                if any(s < end - seg.start and start - seg.start < e for s, e in taken):
                    continue
                sound = word_sound(word, lang.code)
                # the pieces of a word glued to a loanword (ヘッドコーチ｜ホルト): a name where one of them is
                spans = lang.name_pieces(word)
                pieces = [word[c:d] for c, d in spans]
                names_in = [piece for piece in pieces if not lang.common_word(piece)] \
                    if spans != [(0, len(word))] else pieces
                # (a word of the dictionary whole is none, where a prefix was taken off it: Arabic « التقطته », it
                # caught him, is no ال before « تقطته »)
                glued = mention.text[next((k for k in range(a, -1, -1)
                                           if k == 0 or not mention.text[k - 1].isalpha()), a):b]
                # (nor are words of the dictionary glued together where the prefix is one of them: Arabic « الذيوصل »,
                # الذي وصل, is no ال before « ذيوصل »)
                if len(sound) >= 2 and names_in and not (glued != word and lang.common_word(glued)) and \
                        ("~" + strong_sound(sound) in shared or (lang.listed_zipf(word) < RARE and not lang.common_word(word)
                                                                 and not lang.spelled(word) and
                                                                 not (glued != word and lang.spelled(glued)))):
                    out[seg.index].append(_Unit(word, start, end, seg.index, lang.variant_key(word), sound=sound,
                                                pieces=tuple(word_sound(piece, lang.code) for piece in names_in
                                                             if spans != [(0, len(word))])))


def _whole(text: str, a: int, b: int, lang) -> bool:
    """Whether text[a:b] stands as a word of its own where the language writes spaces (Arabic: a prefix before it,
    an adjective's ending after it allowed); always in a script written without spaces."""
    if not lang.name_prefixes:
        return True
    start = a
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = b
    while end < len(text) and text[end].isalpha():
        end += 1
    return (start == a or text[start:a] in lang.name_prefixes) and \
        (end == b or text[b:end] in lang.name_adjective_endings)


@lru_cache(maxsize=None)
def _script_territories(lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """A language's own names for territories (CLDR's, its ``territory_aliases``) and for the languages of
    :func:`_territory_table` (英語, الإنجليزية), as its name finder folds them, the longest first."""
    language_ = language(lang)
    out: dict[str, tuple[str, ...]] = {}

    def add(name: str, code: str) -> None:
        name = language_.name_fold(unicodedata.normalize("NFC", name))
        if len(name) >= 2:
            out[name] = tuple(dict.fromkeys(out.get(name, ()) + (code,)))

    for code, name in language_.territory_names.items():
        if code.isalpha() and len(code) == 2 and code not in ("EU", "EZ", "UN", "QO", "ZZ"):
            add(name, code)
    for name, code in language_.territory_aliases.items():
        add(name, code)
    for code in ("en", "fr", "de", "es", "it", "ru", "zh", "ja", "ar", "id", "ms", "nl", "pt"):
        if code in language_.language_names:
            add(language_.language_names[code], "lang:" + code)
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=None)
def _territory_stems(lang: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """What stands for a territory in a script written without capitals, adjectives included: the first half of
    its names (カザフ of カザフスタン, 哈萨克 of 哈萨克斯坦, كازاخ of كازاخستان, the article ال off), and its
    one-character abbreviations (米 for the United States)."""
    language_ = language(lang)
    out = []
    for name, theirs in _script_territories(lang):
        if set(theirs) & set(codes):
            bare = name[2:] if name_prefixes_article(language_, name) else name
            out.append(bare[:max(3 if language_.name_prefixes else 2, (len(bare) + 1) // 2)])
    out += [a for a, code in language_.territory_abbreviations.items() if code in codes]
    return tuple(dict.fromkeys(out))


def name_prefixes_article(language_, name: str) -> bool:
    """Whether a territory's name opens with the language's article, a prefix of two letters (Arabic ال)."""
    return any(len(p) == 2 and name.startswith(p) and len(name) > 4 for p in language_.name_prefixes)


def _sounds_of(text: str, lang: str, glued: bool = True, named: frozenset[str] | None = None,
               said: dict[str, set[str]] | None = None) -> set[str]:
    """The sound keys of the words of a sentence that may be names: where the language finds names by their
    script, its name candidates (and the words a name finder missed that « · » joins to one: :func:`_joined_sounds`)
    and the Latin words it quotes; elsewhere its capitalised words. Between two scripts that space their words
    acronyms are left out (« ФБР », FBI, is no sound of Varela's); where one does not, a Latin acronym is
    transliterated (TASS, 塔斯社, タス通信, تاس) and kept. And so, where ``named`` is given (the words its document capitalises
    inside a sentence, casefolded: :func:`_named_inside`), is a word common in the language (and known in lower
    case to its spelling dictionary, where it has one: « Charles » is common in Indonesian news, and a name), or one
    its morphological dictionary reads as no name (``Language.proper_name``), that is capitalised only because it
    opens the sentence (« После », after, is no Bashar; « Председатель », chairman, no Brexiteers; « Вдохновленный »,
    inspired, no Dechambeau)."""
    language_ = language(lang)
    out: set[str] = set()
    opening = re.match(r"[\W\d_]*", text).end() if named is not None and language_.has_case else -1
    candidates = language_.name_candidates(text)

    def add(sound: str, word: str) -> None:
        out.add(sound)
        if said is not None and sound:
            said.setdefault(sound, set()).add(word)

    for a, b in candidates or ():
        add(word_sound(text[a:b], lang), text[a:b])
        for c, d in language_.name_parts(text[a:b]):
            add(word_sound(text[a + c:a + d], lang), text[a + c:a + d])
            for e, f in language_.name_pieces(text[a + c:a + d]):
                add(word_sound(text[a + c + e:a + c + f], lang), text[a + c + e:a + c + f])
    if candidates:
        out.update(_joined_sounds(text, lang, candidates))
    run: list[tuple[str, str]] = []
    for m in re.finditer(r"(?P<latin>[A-Za-z\u00c0-\u024f\u0400-\u04ff]+(?:[’'-][A-Za-z\u00c0-\u024f\u0400-\u04ff]+)*)|"
                         r"[^\sA-Za-z\u00c0-\u024f\u0400-\u04ff]+", text):
        word = m.group()
        if m.group("latin") is None or not (candidates is not None or word[:1].isupper()) or \
                (is_acronym(word) and len(word) <= 6 and not glued) or \
                (m.start() == opening and (language_.zipf(word.casefold()) >= RARE and
                                           language_.spelled(word.casefold()) is not False or
                                           language_.proper_name(word) is False) and
                 not any(f in named for f in (word.casefold(),) + language_.name_forms(word))):
            run = []
            continue
        sound = word_sound(word, lang)
        add(sound, word)
        add(_lemma_sound(word, language_), word)
        # (and each capitalised word of a name joined by hyphens: « Лонг-Лартин », Long Lartin)
        parts = re.split(r"[-‐]", word)
        if len(parts) > 1 and candidates is None:
            for part in parts:
                if part[:1].isupper() and len(part) >= 3:
                    add(_lemma_sound(part, language_), part)
        # a name of several words as one sound, as katakana glues them (Kenny Miller, ケニーマイラー)
        run.append((sound, word))
        if len(run) >= 2 and glued:
            add("".join(x for x, _ in run[-3:]), " ".join(w for _, w in run[-3:]))
            add("".join(x for x, _ in run[-2:]), " ".join(w for _, w in run[-2:]))
    return {sound for sound in out if sound}


_NAME_JOINERS = "·・‧･＝="
_JOINED_WORD_CHARS = 4
"""The most characters of the words beside a name joiner that :func:`_joined_sounds` reads as the part of the name
a script's name finder missed (a given name: 艾别克, Aibek)."""


def _joined_sounds(text: str, lang: str, candidates: list[tuple[int, int]]) -> set[str]:
    """The sounds of the part of a name joined by « · » to a name candidate of a script without capitals that its
    name finder did not take (艾别克 of 艾别克·斯马迪亚罗夫, Aibek Smadiyarov: 别 is no character of Xinhua's tables):
    the words on the other side of the joiner, one, two, as long as they make :data:`_JOINED_WORD_CHARS` characters
    at most (艾别克, not 发言人艾别克), alone and with the candidate."""
    covered = [(a, b) for a, b in candidates]

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in covered)

    spans = None
    out: set[str] = set()
    for a, b in candidates:
        for joiner, step in ((a - 1, -1), (b, 1)):
            if not 0 <= joiner < len(text) or text[joiner] not in _NAME_JOINERS:
                continue
            beside = joiner + step
            if not 0 <= beside < len(text) or inside(beside) or not text[beside].isalpha():
                continue
            if spans is None:
                spans = language(lang).word_spans(text)
            words = sorted((s, e) for s, e in spans if (e <= joiner if step < 0 else s > joiner))
            if step < 0:
                words.reverse()
            edge = beside
            for s, e in words:
                if (e != edge + 1 if step < 0 else s != edge) or not text[s:e].isalpha() or \
                        any(inside(i) for i in range(s, e)):
                    break
                lo, hi = (s, joiner) if step < 0 else (joiner + 1, e)
                if hi - lo > _JOINED_WORD_CHARS:
                    break
                out.add(word_sound(text[lo:hi], lang))
                out.add(word_sound(text[lo:hi] + text[a:b] if step < 0 else text[a:b] + text[lo:hi], lang))
                edge = s - 1 if step < 0 else e
    return out


def _bare(word: str, lang: str) -> str:
    """The word without a clitic where what is left is a common word (« Bahaslah »: « Bahas »)."""
    language_ = language(lang)
    for clitic in language_.clitics:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3 and \
                language_.zipf(word[:-len(clitic)].casefold()) >= RARE:
            return word[:-len(clitic)]
    return word


def _structures(names: _Names) -> list[list[tuple[_Unit, ...]]]:
    """The names of several words of each sentence, word by word, the first word of a sentence included: where a
    name's structure shows (« Brett Kavanaugh » and « Brett Betfred »)."""
    out: list[list[tuple[_Unit, ...]]] = [[] for _ in names.doc.segments]
    for run in names.runs:
        words = []
        for m in re.finditer(r"[^ \u00a0]+", run.text):
            word = _POSSESSIVE_RE.sub("", m.group())
            start = run.start + m.start()
            words.append(_Unit(word, start, start + len(word), run.sentence, name_key(word)))
        if len(words) >= 2:
            out[run.sentence].append(tuple(words))
    return out


def _worth_looking_for(word: str, lang: str, shared: set[str]) -> bool:
    """A capitalised word of four letters or more, not an acronym nor a common English word, and rare in the
    language or written by the other document too."""
    letters = re.sub(r"[\W\d_]", "", word)
    parts = [part for part in re.split(r"[-’']", word) if part]
    language_ = language(lang)
    if language_.capitalises_nouns and name_key(word) not in shared and \
            (any(language_.zipf(part.casefold()) >= RARE or language_.compound(part) or
                 part.casefold().endswith(language_.noun_endings or ("\0",)) for part in parts)):
        return False  # a noun (« Überflutungen », « Klimavorhersage ») that the other side does not write
    return len(letters) >= 4 and word[:1].isupper() and not word.isupper() and \
        not any(_english(part, lang) for part in parts) and \
        (name_key(word) in shared or all(_zipf(lang, part.casefold()) < RARE for part in parts) or
         (len(word_sound(word, lang)) >= 3 and "~" + strong_sound(word_sound(word, lang)) in shared and
          all(_zipf(lang, part.casefold()) < COMMON for part in parts)))


def _opening_word(word: str, language_, shared: set[str]) -> bool:
    """Whether a capitalised word opening a sentence is the common word its spelling dictionary knows in lower case
    (« Kendati », although), which the other document does not write: no name, whatever its sound is like."""
    return language_.zipf(word.casefold()) >= RARE and bool(language_.spelled(word.casefold())) and \
        name_key(word) not in shared


def _unknown_to_dictionary(word: str, language_) -> bool:
    """Whether the language's spelling dictionary, where it has one, knows none of the word's parts, in any case: a
    name (« Elin » opening a French sentence), where a common word written with a capital is one the dictionary
    knows (« Cependant »)."""
    if language_.names_by_script or language_.capitalises_nouns:
        return False
    parts = [part for part in re.split(r"[-’']", word) if part]
    return all(language_.spelled(part) is False for part in parts)


_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
_VOWELS = frozenset("aeiou")


def _has_counterpart(unit: _Unit, words: list[set[str]], folded: list[str], units: list[_Unit], lang: str,
                     glossary: list, common: set[str] = frozenset()) -> bool:
    """``common``: the keys of the sentences' common words in lower case (:func:`_common_keys`), which a name is
    only where it is one of them, not where it is a letter or a few consonants away."""
    keys = set().union(*words) if words else set()
    if unit.territory:
        theirs, initials = _territory_forms(unit.territory, lang)
        if any(_places(u.territory) & _places(unit.territory) for u in units):
            return True
        if initials & keys:
            return True
        if any(n in text and re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", text)
               for n in theirs for text in folded):
            return True
        # (a word of another name of that side is no likeness of this one: « Yunnan » is not an adjective of
        # « Yunani », Greece, nor « Corée » of « Corée du Sud » one of « Korea Utara »)
        # (a country's one-word adjective or language, « Chinese », stays one)
        loose = keys - {name_key(w) for u in units
                        if not u.territory or (not _places(u.territory) & _places(unit.territory) and " " in u.text)
                        for w in re.split(r"[ \u00a0-]+", u.text)}
        if any(len(k) >= 4 and _one_edit(k, name_key(n)) for n in theirs for k in loose - common):
            return True
        # an adjective: « kazakhes », « russe », « chinois »
        # (three letters are enough where a vowel follows in both, « russe » and « Rusia », not « dengan » and
        # « Denmark »)
        stems = {name_key(n)[:4] for n in theirs} | {unit.key[:4]}
        if any(k[:4] in stems or any(len(st) == 4 and k[:3] == st[:3] and k[3] in _VOWELS and st[3] in _VOWELS
                                     for st in stems)
               for k in loose if len(k) >= 4):
            return True
    if unit.key in keys or any(k in keys for k in unit.forms if len(k) >= 4):
        return True
    if any(fold(f) in text for forms in glossary for f in forms for text in folded):
        return True
    if unit.is_acronym:
        return False
    # a near key: a letter more or less, another ending (« Kazakhstan », « kazakhe »; « Makedonia », « Macédoniens »)
    # (a loose likeness only with a word that is not a common one: « Albence » is not « agence »)
    n = len(unit.key)
    for k in keys:
        if n >= 5 and len(k) >= 5 and (k[:5] == unit.key[:5] or
                                       (k not in common and (_one_edit(k, unit.key) or
                                        (SequenceMatcher(None, k, unit.key, autojunk=False).ratio() >= NEAR and
                                         _zipf(lang, k) < RARE)))):
            return True
    # the consonants, c and k as one: « Makedonia », « Macédoine », « macédonien »
    mine = _skeleton(unit.key)
    return len(mine) >= 4 and any(len(sk) >= 4 and (sk.startswith(mine) or mine.startswith(sk))
                                  for sk in map(_skeleton, keys - common))


def _skeleton(key: str) -> str:
    key = key.replace("c", "k")
    return key[:1] + re.sub(r"[aeiouy]", "", key[1:])


def _initials(name: str, skip: tuple[str, ...] = ()) -> str:
    """The initials of a territory's name of several words, ``skip`` left out (« of the »)."""
    words = [w for w in re.split(r"[ -]+", name) if w and w not in skip]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b)))


def _words_of(text: str, lang: str | None = None) -> set[str]:
    """The keys of every word of a sentence, in any case: a name may stand there as an adjective or in lower case.
    In a script without capitals, its Latin words only (MWP, Brett Kavanaugh), which letters of that script may
    touch."""
    if lang is not None and language(lang).names_by_script:
        dotted = {m.replace(".", "") for m in re.findall(r"(?<![A-Za-z])(?:[A-Z]\.){2,}", text)}
        words = re.findall(r"[A-Za-z\u00c0-\u024f]+(?:[-’'][A-Za-z\u00c0-\u024f]+)*", text)
        words += [part for w in words if "-" in w for part in w.split("-")]
        upper = re.findall(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,5})s?(?![A-Za-z0-9])", text)
        return dotted | {name_key(w) for w in words if len(w) >= 2} | set(upper) | {w.lower() for w in upper}
    dotted = {m.replace(".", "") for m in re.findall(r"\b(?:[A-Z]\.){2,}", text)}  # A.S., U.K.
    words = re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", text)
    words += [part for w in words if re.search(r"[’']", w) for part in re.split(r"[’']", w)]  # « d’Ariana »
    if lang is None or not language(lang).capitalises_nouns:  # (the words of a name joined by hyphens, which are
        # names word by word where nouns are not all capitalised: « Rhein-Neckar-Arena », see _units)
        words += [part for w in words if "-" in w for part in w.split("-")]
    upper = re.findall(r"\b([A-Z][A-Z0-9]{1,5})s?\b", text)  # MWP, MWPs, HER2
    lemmas = {name_key(f) for w in words if lang is not None and w[:1].isupper() for f in language(lang).name_forms(w)}
    return dotted | {name_key(w) for w in words if len(w) >= 2} | lemmas | set(upper) | {w.lower() for w in upper}


def _key(word: str, lang) -> str:
    """A name word's key under its likeliest dictionary form (``Language.name_forms``: « Пеппу » is « Пеппа »,
    pepa, as Peppa is)."""
    return name_key(lang.name_forms(word)[0])


def _other_keys(unit: _Unit, lang) -> tuple[str, ...]:
    """The keys of a name word's other dictionary forms (a German genitive: « Cricks », crick)."""
    if unit.territory or unit.is_acronym or " " in unit.text:
        return ()
    return tuple(k for k in dict.fromkeys(name_key(f) for f in lang.name_forms(unit.text)) if k != unit.key)


def _other_sound(unit: _Unit, lang) -> tuple[str, ...]:
    """The sound of a unit's dictionary form where it is not the unit's own (a name word declined), of each
    part of a word with a hyphen (« Пунта-Эухения », Punta Eugenia), and of the name without an ending that a
    translation translates (``Language.translated_name_endings``, of the language and of the one its news quotes:
    Worcestershire, 伍斯特郡)."""
    if unit.territory or unit.is_acronym or " " in unit.text:
        return ()
    sounds = [_lemma_sound(unit.text, lang)]
    parts = [part for part in re.split(r"[-‐]", unit.text) if part]
    if len(parts) > 1:
        sounds += [_lemma_sound(part, lang) for part in parts]
    quoted = language(lang.quoted_language) if lang.quoted_language else lang
    for ending in dict.fromkeys(lang.translated_name_endings + quoted.translated_name_endings):
        if unit.text.casefold().endswith(ending) and len(unit.text) - len(ending) >= 4:
            sounds.append(word_sound(unit.text[:-len(ending)], lang.code))
    own = word_sound(unit.text, lang.code)
    return tuple(sound for sound in dict.fromkeys(sounds) if sound != own and len(sound) >= 2)


def _lemma_sound(word: str, lang) -> str:
    """The sound key of a name word's likeliest dictionary form (« Евроскептиков »: « евроскептик », brskbtk)."""
    form = lang.name_forms(word)[0]
    return word_sound(form, lang.code) if form != word.casefold() else word_sound(word, lang.code)


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded CLDR territory (and language) names of a locale -> their codes, the longest first (« Amerika Serikat »
    before « Amerika »)."""
    out: dict[str, tuple[str, ...]] = {}
    for code, names in _territory_table(lang).items():
        for name in names:
            out[name] = out.get(name, ()) + (code,)
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=4096)
def _territory_of_stem(lang: str, word: str) -> tuple[str, ...]:
    """The territory a capitalised word (folded) stands for as the beginning of its one-word name, five letters at
    least: a people or a language (« Kazakh » of Kazakhstan, « Afghan » of Afghanistan), which a script without
    capitals writes with the territory's own stem (カザフ, 哈萨克, كازاخ). Nothing where two territories begin so."""
    if len(word) < 5:
        return ()
    codes = {code for name, theirs in _territories(lang).items() if " " not in name and "-" not in name
             and name.startswith(word) and len(name) > len(word) for code in theirs}
    return tuple(codes) if len(codes) == 1 else ()


@lru_cache(maxsize=None)
def _territory_patterns(lang: str) -> list[tuple[str, tuple[str, ...], re.Pattern]]:
    """(folded name, its codes, a pattern for it as a whole word), the longest first."""
    return [(name, codes, re.compile(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])"))
            for name, codes in _territories(lang).items()]


@lru_cache(maxsize=None)
def _territory_forms(codes: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A country's folded names in ``lang`` and in English (which many news sites write too: China, Cina), and its
    initials in either (AS for Amerika Serikat, UK for the United Kingdom)."""
    tables = _territory_tables(lang)
    skip = _initials_skip(lang)
    names = tuple(n for code in codes for table in tables for n in table.get(code, ()))
    return names, frozenset(_initials(n, skip) for n in names) - {""}


@lru_cache(maxsize=None)
def _territory_initials(lang: str) -> dict[str, tuple[str, ...]]:
    """The initials of territory names of several words, in the language and in English -> their codes: AS and US
    are the United States, UK the United Kingdom."""
    out: dict[str, tuple[str, ...]] = {}
    skip = _initials_skip(lang)
    for table in _territory_tables(lang):
        for code, names in table.items():
            for name in names:
                letters = _initials(name, skip)
                if len(letters) >= 2 and code[:5] != "lang:":
                    out[letters] = tuple(dict.fromkeys(out.get(letters, ()) + (code,)))
    return out


def _territory_tables(lang: str) -> tuple[dict[str, tuple[str, ...]], ...]:
    """The territory tables of the language and of the one its news quotes (English: China, Cina)."""
    quoted = language(lang).quoted_language
    return (_territory_table(lang), _territory_table(quoted or lang))


def _initials_skip(lang: str) -> tuple[str, ...]:
    quoted = language(lang).quoted_language
    return language(lang).territory_initials_skip + (language(quoted).territory_initials_skip if quoted else ())


@lru_cache(maxsize=None)
def _territory_table(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded CLDR territory names of a locale (and language names: « Inggris » is England and English) by their
    codes."""
    territories = language(lang).territory_names
    table: dict[str, tuple[str, ...]] = {}
    # a language's name stands for its country as often as not: « Inggris » is England and English (« anglais »)
    languages = language(lang).language_names
    for code in ("en", "fr", "de", "es", "it", "ru", "zh", "ja", "ar", "id", "ms", "nl", "pt"):
        if code in languages and len(languages[code]) >= 4:
            table["lang:" + code] = (fold(languages[code]),)
    for code, name in territories.items():
        if not code.isalpha() or len(code) != 2 or code in ("EU", "EZ", "UN", "QO", "ZZ"):
            continue
        forms = {fold(name)} | {fold(alias) for alias, c in language(lang).territory_aliases.items()
                                if c == code and not language(lang).names_by_script}
        # "Inggris Raya" is also "Inggris"; « Royaume-Uni » stays whole
        first = fold(name).split(" ")[0]
        if " " in name and len(first) >= 5 and code in ("GB", "US"):
            forms.add(first)
        table[code] = tuple(f for f in forms if len(f) >= 4)
    return table
