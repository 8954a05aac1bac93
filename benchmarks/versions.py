"""Versions of one article checked against each other (VER001, VER002) on NTREX-128.

Each NTREX-128 document gives an Indonesian source and French, English and Spanish versions (``--versions``), one
sentence per line as the corpus gives them (``segmented``); every version is aligned to the source by the real
aligner (the embedder and checker.align, as an audit does), or, with ``--no-source``, the versions to the first one.
Only the cross-version check runs on them (the pair checks do not change its findings).

Clean: every document as the corpus gives it; every VER finding is a false alarm (bars: at most 0.1 per document, 0.15
without the source). NTREX-128's references are independent translations, and in places they really differ.

Injected, one at a time, in one version drawn at random:

- a name replaced: a name of the version that the aligned source sentence and the other versions have too (the names
  check's counterparts: keys, CLDR territories, acronyms through their expansions) is replaced by a name of the same
  kind from another document in the same language (a country by a country, a surname by a surname: the names
  benchmark's substitutions, benchmarks/names.py); found when a VER001 finding names that version as the odd one and
  points at the replacement (bars: 90 %, 80 % without the source);
- a number changed: a figure of the version whose value the aligned source sentence and the other versions have too
  gets one digit changed (the numbers benchmark's injection, benchmarks/numbers_dates.py); found when a VER002 finding
  names that version and points at the changed figure (bars: 95 %, 80 % without the source).

Candidates are chosen on the clean documents' gold lines (line k of every version is line k of the source); the check
sees only the real alignment.

    python benchmarks/versions.py [--docs N] [--versions fr,en,es] [--no-source] [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cached import CachingEmbedder  # noqa: E402
from benchmarks.data import ntrex_documents  # noqa: E402
from benchmarks.names import kind_of, rare  # noqa: E402
from benchmarks.numbers_dates import inject  # noqa: E402
from checker.align import align  # noqa: E402
from checker.api import make_document  # noqa: E402
from checker.checks.numbers import _by_segment  # noqa: E402
from checker.checks.versions import (VersionsCheck, VersionsContext, Witness, _has, _read_names,  # noqa: E402
                                     witnesses)
from checker.config import Settings  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402
from checker.names import fold, name_key  # noqa: E402
from checker.quantities import NUMBER, same_value  # noqa: E402

BARS = {True: (0.90, 0.95, 0.10), False: (0.80, 0.80, 0.15)}  # with the source: names, numbers, per clean document


class Runner:
    """Segments, aligns (with one embedding cache for the run) and runs the cross-version check."""

    def __init__(self, embedder, with_source: bool):
        self.cache = EmbeddingCache(embedder)
        self.settings = Settings()
        self.with_source = with_source
        self.check = VersionsCheck()
        self.align_seconds = self.check_seconds = 0.0
        self._alignments: dict[tuple[str, str], object] = {}

    def witnesses(self, source: str, src_lang: str, versions: list[tuple[str, str]]) -> tuple[Witness, ...]:
        t0 = time.perf_counter()
        docs = [(lang, make_document(text, lang, segmented=True)) for lang, text in versions]
        src = make_document(source, src_lang, segmented=True) if self.with_source else None
        pivot = src if src is not None else docs[0][1]
        rest = docs if src is not None else docs[1:]
        alignments = []
        for _, doc in rest:
            key = (pivot.text, doc.text)
            if key not in self._alignments:
                self._alignments[key] = align(pivot.sentences, doc.sentences, embed=self.cache,
                                              params=self.settings.align)
            alignments.append(self._alignments[key])
        self.align_seconds += time.perf_counter() - t0
        return witnesses(src, docs, alignments)

    def run(self, ws: tuple[Witness, ...]):
        t0 = time.perf_counter()
        found = self.check.run(VersionsContext(ws, self.settings))
        self.check_seconds += time.perf_counter() - t0
        return found


def gold_witnesses(ws: tuple[Witness, ...]) -> tuple[Witness, ...]:
    n = len(ws[0].doc.segments)
    return tuple(Witness(w.label, w.doc, tuple((i,) for i in range(n))) for w in ws)


def name_candidates(ws: tuple[Witness, ...], label: str):
    """The names of version ``label`` that every other witness has in the same line: (unit, kind)."""
    gold = gold_witnesses(ws)
    reads = _read_names(VersionsContext(gold))
    x = next(w for w in gold if w.label == label)
    others = [w for w in gold if w is not x]
    out = []
    for j, units in enumerate(reads[label].side.units):
        for u in units:
            if all(_has(reads, u, x, y, [j]) for y in others):
                out.append((u, kind_of(x.doc, u)))
    return out


def number_candidates(ws: tuple[Witness, ...], label: str):
    """The figures of version ``label`` whose value every other witness gives in the same line."""
    q = {w.label: _by_segment(w.doc) for w in ws}
    out = []
    for j, qs in enumerate(q[label]):
        for a in qs:
            if a.kind == NUMBER and not a.soft and not a.match_only and any(c.isdigit() for c in a.text) and \
                    all(any(same_value(a, b) for b in q[w.label][j]) for w in ws if w.label != label):
                out.append(a)
    return out


def hit(findings, code: str, label: str, a: int, b: int) -> bool:
    return any(f.code == code and f.evidence.get("odd") == label and
               any(sp.side == label and sp.start < max(b, a + 1) and a < sp.end for sp in f.spans)
               for f in findings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=0, help="the first N documents (default: all 123)")
    ap.add_argument("--source", default="id")
    ap.add_argument("--versions", default="fr,en,es")
    ap.add_argument("--no-source", action="store_true", help="versions only, aligned to the first")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--embeddings", metavar="FILE", help="keep the sentence embeddings in this file between runs")
    args = ap.parse_args()
    langs = args.versions.split(",")
    with_source = not args.no_source
    bars = BARS[with_source]
    rng = random.Random(args.seed)
    corpus = {lang: ntrex_documents(lang) for lang in [args.source] + langs}
    ids = list(corpus[args.source])[: args.docs] if args.docs else list(corpus[args.source])
    embedder = CachingEmbedder(get_embedder(), args.embeddings)
    runner = Runner(embedder, with_source)
    t_start = time.perf_counter()
    texts = {d: {lang: "\n".join(corpus[lang][d]) for lang in [args.source] + langs} for d in ids}
    clean: Counter[str] = Counter()
    clean_ws = {}
    for d in ids:
        ws = runner.witnesses(texts[d][args.source], args.source, [(lang, texts[d][lang]) for lang in langs])
        clean_ws[d] = ws
        found = runner.run(ws)
        for f in found:
            clean[f.code] += 1
            if args.show:
                print(f"clean {d} {f.code} {f.message}")
    embedder.save()  # (the clean documents' sentences: a later run, or one cut short, reuses them)
    # the pool of replacement names per language and kind (the names benchmark's: rare ones, countries, acronyms)
    cands = {d: {lang: name_candidates(clean_ws[d], lang) for lang in langs} for d in ids}
    pool: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for d in ids:
        for lang in langs:
            for u, kind in cands[d][lang]:
                if rare(u.text, lang) or u.territory or u.is_acronym:
                    pool.setdefault((lang, kind), []).append((d, u.text))
    n_tried = n_found = q_tried = q_found = 0
    by_version: Counter[str] = Counter()
    by_version_found: Counter[str] = Counter()
    for d in ids:
        lang = rng.choice(langs)
        versions = [(v, texts[d][v]) for v in langs]
        k = langs.index(lang)
        # a name
        options = [(u, kind) for u, kind in cands[d][lang]]
        in_doc = {fold(u.text) for u, _ in options}
        rng.shuffle(options)
        for unit, kind in options:
            others = sorted({name for dd, name in pool.get((lang, kind), []) if dd != d and fold(name) not in in_doc
                             and name_key(name) != unit.key and fold(name) not in fold(texts[d][lang])})
            if not others:
                continue
            new = rng.choice(others)
            text = texts[d][lang][:unit.start] + new + texts[d][lang][unit.end:]
            edited = versions[:k] + [(lang, text)] + versions[k + 1:]
            found = runner.run(runner.witnesses(texts[d][args.source], args.source, edited))
            ok = hit(found, "VER001", lang, unit.start, unit.start + len(new))
            n_tried += 1
            n_found += ok
            by_version[lang] += 1
            by_version_found[lang] += ok
            if args.show and not ok:
                print(f"missed name {d} {lang}: « {unit.text} » -> « {new} » "
                      f"{[(f.code, f.message) for f in found]}")
            break
        # a number
        figures = number_candidates(clean_ws[d], lang)
        if figures:
            q = rng.choice(figures)
            text, a, b = inject(texts[d][lang], q, "digit", rng, lang, [])
            edited = versions[:k] + [(lang, text)] + versions[k + 1:]
            found = runner.run(runner.witnesses(texts[d][args.source], args.source, edited))
            ok = hit(found, "VER002", lang, a, b)
            q_tried += 1
            q_found += ok
            if args.show and not ok:
                print(f"missed number {d} {lang}: « {q.text} » -> « {text[a:b]} » "
                      f"{[(f.code, f.message) for f in found]}")
    total = time.perf_counter() - t_start
    embedder.save()
    n = len(ids)
    per_doc = sum(clean.values()) / n
    mode = f"source {args.source} + versions {'+'.join(langs)}" if with_source else \
        f"versions {'+'.join(langs)}, no source (aligned to « {langs[0]} »)"
    print(f"\nNTREX-128, {n} documents, {mode}, gold lines, real alignment, seed {args.seed}\n")
    print("| measure | figure | bar | met |")
    print("|---|---|---|---|")
    print(f"| VER findings per clean document | {sum(clean.values())}/{n} = {per_doc:.3f} {dict(clean)} | "
          f"<= {bars[2]} | {'yes' if per_doc <= bars[2] else 'no'} |")
    rate = n_found / max(n_tried, 1)
    print(f"| name replaced in one version: VER001 naming it | {n_found}/{n_tried} = {rate:.1%} "
          f"({', '.join(f'{v} {by_version_found[v]}/{by_version[v]}' for v in langs)}) | >= {bars[0]:.0%} | "
          f"{'yes' if rate >= bars[0] else 'no'} |")
    rate = q_found / max(q_tried, 1)
    print(f"| number changed in one version: VER002 naming it | {q_found}/{q_tried} = {rate:.1%} | "
          f">= {bars[1]:.0%} | {'yes' if rate >= bars[1] else 'no'} |")
    print(f"\ntime: {total:.1f} s in all; alignment {runner.align_seconds:.1f} s (encoder {embedder.seconds:.1f} s), "
          f"cross-version check {runner.check_seconds:.1f} s over {n} clean and {n_tried + q_tried} edited documents")


if __name__ == "__main__":
    main()
