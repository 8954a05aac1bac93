"""Names: false alarms on clean NTREX-128 documents, spelling variants and substitutions injected into the French.

Clean: every NTREX-128 document, Indonesian source and French translation, one sentence per line as the corpus gives
them, aligned line to line (the gold alignment: this measures the names check, not the aligner); every NAME finding is
a false alarm (bar for the name checks: at most 1 per 10 documents).

Injected spelling variants: in each French document, one occurrence of a name that the document writes at least twice
is rewritten with a transliteration variant of the kind news spellings show (i/y/ï, doubled or single letters, kh/h,
ou/u, -ev/-iev/-yev, an accent); found when a NAME001 finding on the translation lists the rewritten occurrence (bar:
at least 95%).

Injected substitutions: in each French document, one name that the source has too (a rare capitalised word, or a
country) is replaced by a name of the same kind from another document (a country by a country; a surname, the last word
of a name of several words, by another; any other name word by another); found when a NAME002 finding points at the
replacement (bar: at least 90%). Acronyms apart: in each French document with an acronym the source has too (or an
equivalent: OTSC for CSTO), one is replaced by another document's acronym, counted apart for acronyms the source
defines (« Organisasi Perjanjian Keamanan Kolektif (CSTO) ») and the others. NAME003 (a name added alone) is off
by default; the table shows what selecting it adds on both counts.

Speed: the names check's time beside the rest of the checks, on the same documents in the same run.

    python benchmarks/names.py [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import ntrex_documents  # noqa: E402
from checker import Alignment, Settings, make_document  # noqa: E402
from checker.align import Link  # noqa: E402
from checker.checks import AuditContext, all_checks  # noqa: E402
from checker.checks.names import (NamesCheck, _has_counterpart, _name_words, _names_of,  # noqa: E402
                                  _units, _words_of)
from checker.names import acronyms, fold, mentions, name_key  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402


def variants(word: str) -> list[str]:
    """Transliteration variants of a name word that keep its key."""
    out = set()
    low = word
    for a, b in (("y", "i"), ("i", "y"), ("i", "ï"), ("kh", "h"), ("ou", "u"), ("k", "ck"), ("j", "dj"), ("f", "ph"),
                 ("v", "w")):
        for m in re.finditer(a, low[1:]):
            i = m.start() + 1
            out.add(low[:i] + b + low[i + len(a):])
    for m in re.finditer(r"([bcdfgklmnprstz])(?!\1)", low[1:-1]):
        i = m.start() + 1
        out.add(low[:i + 1] + low[i] + low[i + 1:])  # a doubled letter
    for m in re.finditer(r"([bcdfgklmnprstz])\1", low):
        out.add(low[:m.start()] + low[m.start() + 1:])  # a single one
    for end, alts in (("ev", ("iev", "yev")), ("iev", ("ev", "yev")), ("yev", ("ev", "iev"))):
        if low.endswith(end):
            out.update(low[: -len(end)] + alt for alt in alts)
    for m in re.finditer("e", low[1:]):
        i = m.start() + 1
        out.add(low[:i] + "é" + low[i + 1:])
    key = name_key(word)
    return sorted(v for v in out if v != word and name_key(v) == key)


DEFAULT = Settings()


def gold(n: int) -> Alignment:
    return Alignment(tuple(Link((i,), (i,)) for i in range(n)), method="gold")


def substitution_candidates(src, tgt, units_src, units_tgt):
    """The French name units that have their counterpart in the aligned source sentence: (unit, kind)."""
    out = []
    for j, units in enumerate(units_tgt):
        for u in units:
            if _has_counterpart(u, [_words_of(src.segments[j].text)], [fold(src.segments[j].text)],
                                units_src[j], "id", []):
                out.append((u, kind_of(tgt, u)))
    return out


def kind_of(doc, unit) -> str:
    if unit.is_acronym:
        return "acronym"
    if unit.territory:
        return "territory"
    mention = next((m for m in mentions(doc) if m.start <= unit.start < m.end), None)
    if mention is not None and len(mention.words) > 1 and unit.end == mention.end:
        return "surname"
    return "name"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    check = NamesCheck()
    others = [c for c in all_checks() if c.name not in ("names", "meaning", "coverage")]
    clean = Counter()
    opt_in: Counter[str] = Counter()
    t_names = t_other = 0.0
    tried = found = 0
    docs = {}
    pool: dict[str, list[tuple[str, str]]] = {}  # kind -> [(document, name)]
    for doc_id in src_docs:
        src = make_document("\n".join(src_docs[doc_id]), "id", segmented=True)
        tgt = make_document("\n".join(tgt_docs[doc_id]), "fr", segmented=True)
        docs[doc_id] = (src, tgt)
        s_keys = set().union(*(_words_of(seg.text) for seg in src.segments))
        t_keys = set().union(*(_words_of(seg.text) for seg in tgt.segments))
        units_src = _units(_names_of(src), acronyms(src), t_keys)
        units_tgt = _units(_names_of(tgt), acronyms(tgt), s_keys)
        cands = substitution_candidates(src, tgt, units_src, units_tgt)
        docs[doc_id] += (cands,)
        # replacements: names rare in French and in English (a surname, a town), not « Sénat » or « Open »
        for u, kind in cands:
            if all(zipf_frequency(part.casefold(), lang) < 3.0 for part in re.split(r"[-’' ]", u.text) if part
                   for lang in ("fr", "en")) or u.territory or u.is_acronym:
                pool.setdefault(kind, []).append((doc_id, u.text))
    for doc_id, (src, tgt, _) in docs.items():
        ctx = AuditContext(src, tgt, gold(len(src.segments)), Settings())
        t0 = time.perf_counter()
        everything = list(check.run(ctx))
        findings = [f for f in everything if DEFAULT.wants(f.code)]
        t1 = time.perf_counter()
        for other in others:
            list(other.run(ctx))
        t2 = time.perf_counter()
        t_names += t1 - t0
        t_other += t2 - t1
        for f in everything:
            if DEFAULT.wants(f.code):
                clean[(f.code, f.spans[0].side)] += 1
            else:
                opt_in[f.code] += 1
            if args.show:
                print(f"clean {doc_id} {f.code} {f.message}")
        # injection: a name word written at least twice, one occurrence rewritten
        words = _name_words(_names_of(tgt))
        flagged = {f.evidence["key"] for f in findings if f.code == "NAME001"}
        cands = [(key, occ) for key, occ in words.items()
                 if len(occ) >= 2 and key not in flagged and variants(occ[0][0])]
        if not cands:
            continue
        key, occ = rng.choice(cands)
        word, span = rng.choice(occ)
        new_word = rng.choice(variants(word))
        text = tgt.text[:span.start] + new_word + tgt.text[span.end:]
        new_tgt = make_document(text, "fr", segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code == "NAME001" and f.spans[0].side == "translation" and
                any(sp.start == span.start for sp in f.spans)]
        tried += 1
        found += bool(hits)
        if args.show and not hits:
            print(f"missed {doc_id}: {word} -> {new_word}")
    # substitutions
    s_tried = s_found = s_found_opt = 0
    by_kind: Counter[str] = Counter()
    by_kind_found: Counter[str] = Counter()
    acronym_subs: Counter[str] = Counter()
    acronym_found: Counter[str] = Counter()
    for doc_id, (src, tgt, all_cands) in docs.items():
        cands = [(u, kind) for u, kind in all_cands if kind != "acronym"]
        if not cands:
            continue
        unit, kind = rng.choice(cands)
        in_doc = {fold(u.text) for u, _ in cands}
        others_of_kind = sorted({name for d, name in pool.get(kind, []) if d != doc_id and
                                 fold(name) not in in_doc and name_key(name) != unit.key})
        if not others_of_kind:
            continue
        new = rng.choice(others_of_kind)
        text = tgt.text[:unit.start] + new + tgt.text[unit.end:]
        new_tgt = make_document(text, "fr", segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code in ("NAME002", "NAME003") and any(sp.side == "translation" and
                                                             sp.start <= unit.start < sp.end for sp in f.spans)]
        s_tried += 1
        s_found += any(f.code == "NAME002" for f in hits)
        s_found_opt += bool(hits)
        by_kind[kind] += 1
        by_kind_found[kind] += any(f.code == "NAME002" for f in hits)
        if args.show and not any(f.code == "NAME002" for f in hits):
            print(f"missed substitution {doc_id}: {unit.text} -> {new} {[f.code for f in hits]}")
    # acronyms: one of the translation's replaced by another document's; those the source defines apart from the
    # others (an acronym the source does not define may be its language's own, PBB for ONU, and is not reported)
    acronym_pool = sorted({u.text for _, _, c in docs.values() for u, kind in c if kind == "acronym"})
    for doc_id, (src, tgt, all_cands) in docs.items():
        cands = [u for u, kind in all_cands if kind == "acronym"]
        if not cands:
            continue
        unit = rng.choice(cands)
        defined = acronyms(src)
        how = "defined" if unit.text in defined or any(sorted(a) == sorted(unit.text) for a in defined) or \
            unit.acronym is not None else "undefined"
        new = rng.choice([a for a in acronym_pool if a != unit.text and a not in tgt.text])
        new_tgt = make_document(tgt.text[:unit.start] + new + tgt.text[unit.end:], "fr", segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code == "NAME002" and any(sp.side == "translation" and sp.start <= unit.start < sp.end
                                               for sp in f.spans)]
        acronym_subs[how] += 1
        acronym_found[how] += bool(hits)
        if args.show and not hits:
            print(f"missed acronym substitution ({how}) {doc_id}: {unit.text} -> {new}")
    n = len(src_docs)
    total = sum(clean.values())
    print(f"NTREX-128 id-fr, {n} documents, aligned line to line")
    print(f"clean: {total} name findings {dict(sorted(clean.items()))}: {total / n:.3f} per document (bar <= 0.1)")
    print(f"injected spelling variants: {found}/{tried} found: {found / max(tried, 1):.1%} (bar >= 95%)")
    print(f"injected substitutions: {s_found}/{s_tried} found by NAME002: {s_found / max(s_tried, 1):.1%} "
          "(bar >= 90%); " + ", ".join(f"{k} {by_kind_found[k]}/{by_kind[k]}" for k in sorted(by_kind)))
    print("injected acronym substitutions found by NAME002: " + ", ".join(
        f"{how} in the source {acronym_found[how]}/{acronym_subs[how]}" for how in ("defined", "undefined")) +
        " (an acronym the source does not define is not reported: it may be its language's own)")
    print(f"with the opt-in NAME003 (a name added alone) selected: {sum(opt_in.values())} more on clean documents, "
          f"{(total + sum(opt_in.values())) / n:.3f} per document; substitutions found by NAME002 or NAME003: "
          f"{s_found_opt}/{s_tried} = {s_found_opt / max(s_tried, 1):.1%}")
    print(f"speed: names check {t_names:.2f} s, the other text checks {t_other:.2f} s on the same documents")


if __name__ == "__main__":
    main()
