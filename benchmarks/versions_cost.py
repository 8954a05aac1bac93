"""What auditing the versions of one article together costs, against auditing them as pairs (issue 16's bar: a source
with four translations audited together costs no more than the four pair audits plus 10 %, in time and peak memory).

On NTREX-128 documents, an Indonesian source with four versions (``--versions``, default fr, en, es, pt), the corpus
lines as sentences (``segmented``), back-translation off, the real embedder and every check:

- pairs: four ``checker.api.audit`` calls, one per version, as four ``transcheck audit SOURCE TRANSLATION`` would do
  (the model loaded once; each call segments the source and embeds its sentences again);
- pairs, shared cache: the same four calls given one embedding cache (what a batch worker does: the source's
  sentences are embedded once);
- together: one ``checker.api.audit_versions`` call, the four pair audits plus the cross-version check (VER).

Each document is audited once before the measurement (the lazily loaded word lists, pipelines and dictionaries are
loaded by then, in every mode alike), then each mode ``--repeat`` times, the modes in turn; a mode's time is its
fastest run. Peak memory is Python's traced peak (tracemalloc, numpy's arrays included) above what was allocated
before the call, with the four pair reports kept as the grouped call keeps them, in a separate pass (tracing slows
the code it measures).

    nice -n 5 python benchmarks/versions_cost.py [--docs N (4)] [--versions fr,en,es,pt] [--repeat R (2)]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import ntrex_documents  # noqa: E402
from checker.api import audit, audit_versions  # noqa: E402
from checker.config import BackTranslationSettings, Settings  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402

BAR = 1.10


def pairs(source, versions, settings, embedder):
    return [audit(source, text, "id", lang, settings=settings, embedder=embedder, segmented=True)
            for lang, text in versions]


def pairs_shared(source, versions, settings, embedder):
    cache = EmbeddingCache(embedder)
    return [audit(source, text, "id", lang, settings=settings, embedder=cache, segmented=True)
            for lang, text in versions]


def together(source, versions, settings, embedder):
    return audit_versions(source, versions, "id", settings=settings, embedder=embedder, segmented=True)


MODES = {"pairs": pairs, "pairs, shared cache": pairs_shared, "together": together}


def peak(fn, *args) -> float:
    """Traced peak (MB) of one call above what was allocated before it, its result kept until the end."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    result = fn(*args)
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del result
    return (top - base) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=4, help="the first N documents (default 4)")
    ap.add_argument("--versions", default="fr,en,es,pt")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    langs = args.versions.split(",")
    corpus = {lang: ntrex_documents(lang) for lang in ["id"] + langs}
    ids = list(corpus["id"])[: args.docs]
    settings = Settings(back_translation=BackTranslationSettings(mode="off"))
    embedder = get_embedder()
    seconds = {m: 0.0 for m in MODES}
    memory = {m: 0.0 for m in MODES}
    rows = []
    for d in ids:
        source = "\n".join(corpus["id"][d])
        versions = [(lang, "\n".join(corpus[lang][d])) for lang in langs]
        together(source, versions, settings, embedder)  # warm-up: what loads lazily is loaded for every mode
        best = {m: float("inf") for m in MODES}
        for _ in range(args.repeat):
            for m, fn in MODES.items():
                t0 = time.perf_counter()
                fn(source, versions, settings, embedder)
                best[m] = min(best[m], time.perf_counter() - t0)
        mem = {m: peak(fn, source, versions, settings, embedder) for m, fn in MODES.items()}
        for m in MODES:
            seconds[m] += best[m]
            memory[m] = max(memory[m], mem[m])
        rows.append((d, len(corpus["id"][d]), best, mem))
        print(f"{d}: {len(corpus['id'][d])} sentences, " + ", ".join(f"{m} {best[m]:.2f} s {mem[m]:.1f} MB"
                                                                     for m in MODES), file=sys.stderr, flush=True)
    print(f"\nNTREX-128, {len(ids)} documents, source id + {len(langs)} versions ({'+'.join(langs)}), segmented, "
          f"back-translation off, fastest of {args.repeat} runs\n")
    print("| document | sentences | pairs s | pairs shared-cache s | together s | together/pairs | "
          "pairs MB | together MB | together/pairs |")
    print("|---|---|---|---|---|---|---|---|---|")
    for d, n, best, mem in rows:
        print(f"| {d} | {n} | {best['pairs']:.2f} | {best['pairs, shared cache']:.2f} | {best['together']:.2f} | "
              f"{best['together'] / best['pairs']:.2f}x | {mem['pairs']:.1f} | {mem['together']:.1f} | "
              f"{mem['together'] / mem['pairs']:.2f}x |")
    t_ratio = seconds["together"] / seconds["pairs"]
    t_shared = seconds["together"] / seconds["pairs, shared cache"]
    m_ratio = memory["together"] / memory["pairs"]
    print("\n| measure | pairs | together | ratio | bar | met |\n|---|---|---|---|---|---|")
    print(f"| time, {len(ids)} documents | {seconds['pairs']:.2f} s | {seconds['together']:.2f} s | {t_ratio:.2f}x | "
          f"<= {BAR:.2f}x | {'yes' if t_ratio <= BAR else 'no'} |")
    print(f"| time against pairs sharing one cache | {seconds['pairs, shared cache']:.2f} s | "
          f"{seconds['together']:.2f} s | {t_shared:.2f}x | (no bar) | |")
    print(f"| peak traced memory, largest document | {memory['pairs']:.1f} MB | {memory['together']:.1f} MB | "
          f"{m_ratio:.2f}x | <= {BAR:.2f}x | {'yes' if m_ratio <= BAR else 'no'} |")


if __name__ == "__main__":
    main()
