"""Audit all 123 NTREX-128 Indonesian-French documents in one process: false alarms and speed.

Each document becomes a pair of articles (headline on its own line, body sentences joined by a space), segmented by
transcheck itself, aligned and checked. NTREX-128's translations are professional and complete, so every finding is a
false alarm. Prints:

- false alarms: MEAN001 per aligned pair (bar: at most 1%), COV001 and COV002 per aligned pair (bar: at most 1 in 200);
- speed: documents per second, the share of wall time spent outside the embedder (bar: at most 15%), peak memory,
  and what the names check adds to the rest of the audit (bar: at most 20%).

    python benchmarks/ntrex_audit.py [--docs N] [--show]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker import audit  # noqa: E402
from checker.checks.names import NamesCheck  # noqa: E402
from checker.embed import get_embedder  # noqa: E402


class TimedEmbedder:
    """Wraps an embedder and adds up the time spent inside it."""

    def __init__(self, inner):
        self.inner = inner
        self.name, self.model = inner.name, inner.model
        self.seconds = 0.0
        self.texts = 0

    def embed(self, texts):
        t = time.perf_counter()
        out = self.inner.embed(texts)
        self.seconds += time.perf_counter() - t
        self.texts += len(texts)
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--show", action="store_true", help="print every finding")
    args = ap.parse_args()
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    ids = list(src_docs)[: args.docs] if args.docs else list(src_docs)
    embedder = TimedEmbedder(get_embedder())
    embedder.embed(["warm-up"])  # load the model outside the timed loop
    embedder.seconds = 0.0
    names_seconds = [0.0]
    check_names = NamesCheck.run

    def timed_names(self, ctx):  # the names check's share of each audit (its entity recogniser's loading included)
        t = time.perf_counter()
        out = list(check_names(self, ctx))
        names_seconds[0] += time.perf_counter() - t
        return out

    NamesCheck.run = timed_names
    # the checks of issue 14 (terms, words, polarity; coverage inside links): their share of the audit
    from checker.checks import coverage, polarity, terms, words

    new_seconds = [0.0]

    def timed(fn):
        def run(*a, **k):
            t = time.perf_counter()
            out = list(fn(*a, **k))
            new_seconds[0] += time.perf_counter() - t
            return out
        return run

    for cls in (terms.TermsCheck, words.WordsCheck, polarity.PolarityCheck):
        cls.run = timed(cls.run)
    coverage._inside_links = timed(coverage._inside_links)
    codes: Counter[str] = Counter()
    serious: Counter[str] = Counter()
    pairs = links = 0
    t0 = time.perf_counter()
    for doc_id in ids:
        src, _ = article(src_docs[doc_id])
        tgt, _ = article(tgt_docs[doc_id])
        report = audit(src, tgt, "id", "fr", embedder=embedder, source_name=doc_id)
        pairs += len(report.alignment.pairs())
        links += len(report.alignment.links)
        for f in report.findings:
            codes[f.code] += 1
            serious[f.code] += f.severity != "info"
            if args.show:
                print(f"{doc_id} {f.code} {f.message}\n    " + "\n    ".join(s.text[:150] for s in f.spans))
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"NTREX-128 id-fr: {len(ids)} documents, {links} links, {pairs} aligned pairs (all findings are false alarms)")
    print(f"{'rule':<8}{'findings':>9}{'per pair':>10}  bar")
    for code, bar in (("MEAN001", 0.01), ("COV001", 1 / 200), ("COV002", 1 / 200)):
        rate = codes[code] / max(pairs, 1)
        print(f"{code:<8}{codes[code]:>9}{rate:>10.4f}  <= {bar:.4f} {'ok' if rate <= bar else 'ABOVE'}")
    outside = (wall - embedder.seconds) / wall
    print(f"\nspeed: {len(ids) / wall:.2f} documents/s, wall {wall:.1f} s, embedder {embedder.seconds:.1f} s "
          f"({embedder.texts} texts), outside the embedder {outside:.1%} (bar <= 15%), peak memory {peak_mb:.0f} MB")
    print(f"names check: {names_seconds[0]:.1f} s, adding {names_seconds[0] / (wall - names_seconds[0]):.1%} to the "
          "rest of the audit (bar <= 20%)")
    print(f"issue 14's checks (terms, words, polarity, coverage inside links; Hunspell loading included): "
          f"{new_seconds[0]:.1f} s, adding {new_seconds[0] / (wall - new_seconds[0]):.1%} to the rest of the audit "
          "(bar <= 10%)")
    errors_warnings = sum(serious.values())
    print(f"errors and warnings: {errors_warnings} = {errors_warnings / len(ids):.3f} per document (bar <= 0.3) "
          f"{dict(sorted((c, n) for c, n in serious.items() if n))}")


if __name__ == "__main__":
    main()
