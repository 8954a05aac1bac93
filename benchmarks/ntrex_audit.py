"""Audit all 123 NTREX-128 Indonesian-French documents in one process: false alarms and speed.

Each document becomes a pair of articles (headline on its own line, body sentences joined by a space), segmented by
transcheck itself, aligned and checked. NTREX-128's translations are professional and complete, so every finding is a
false alarm. Prints:

- false alarms: MEAN001 per aligned pair (bar: at most 1%), COV001 and COV002 per aligned pair (bar: at most 1 in 200);
- encoder work: the characters sent to the sentence encoder per document, against the characters of the two documents
  (bar: at most 1.3x), counted at the encoder itself, so every stage's texts are in (the aligner's, the checks');
- speed: documents per second, the share of wall time spent outside the encoder and where it goes (per stage), peak
  memory, and what the names check adds to the rest of the audit (bar: at most 20%).

``--code DIR`` imports ``checker`` from another tree (a git worktree of main, say), so one script measures both in the
same run; ``--findings FILE`` writes every finding, one per line, to compare two trees' with ``diff``.

    python benchmarks/ntrex_audit.py [--docs N] [--show] [--code DIR] [--findings FILE] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class TimedEmbedder:
    """Wraps an embedder and adds up the time spent inside it, and the texts and characters it was sent."""

    def __init__(self, inner):
        self.inner = inner
        self.name, self.model = inner.name, inner.model
        self.seconds = 0.0
        self.texts = 0
        self.chars = 0

    def embed(self, texts):
        t = time.perf_counter()
        out = self.inner.embed(texts)
        self.seconds += time.perf_counter() - t
        self.texts += len(texts)
        self.chars += sum(len(text) for text in texts)
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--show", action="store_true", help="print every finding")
    ap.add_argument("--code", help="import checker from this tree instead (e.g. a git worktree of main)")
    ap.add_argument("--findings", help="write every finding to this file, one JSON line each")
    ap.add_argument("--threads", type=int, help="the encoder's threads (default: the engine's own, all cores); 1 "
                    "keeps the figures steady on a shared machine, where a multi-threaded engine waits for its "
                    "descheduled threads")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, str(Path(args.code).resolve()))
    import checker
    from benchmarks.data import article, ntrex_documents
    from checker import audit
    from checker.checks.base import all_checks
    from checker.embed import get_embedder

    def own(module: str) -> bool:
        """Whether ``checker.<module>`` is in the tree imported: an editable install of another tree would otherwise
        fill in the modules an older tree lacks (and register its checks into the older tree's audit)."""
        import importlib.util

        spec = importlib.util.find_spec(f"checker.{module}")
        return spec is not None and spec.origin is not None and \
            Path(spec.origin).resolve().is_relative_to(Path(checker.__file__).resolve().parent)

    Profile = None
    if own("profile"):  # a tree from before the profile has none
        from checker.profile import Profile
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    ids = list(src_docs)[: args.docs] if args.docs else list(src_docs)
    embedder = TimedEmbedder(get_embedder(**({"threads": args.threads} if args.threads else {})))
    embedder.embed(["warm-up"])  # load the model outside the timed loop
    embedder.seconds, embedder.texts, embedder.chars = 0.0, 0, 0
    names_seconds = [0.0]
    names_class = type(next(c for c in all_checks() if c.name == "names"))
    check_names = names_class.run

    def timed_names(self, ctx):  # the names check's share of each audit (its entity recogniser's loading included)
        t = time.perf_counter()
        out = list(check_names(self, ctx))
        names_seconds[0] += time.perf_counter() - t
        return out

    names_class.run = timed_names
    profile = Profile() if Profile else None
    # the checks of issue 14 (terms, words, polarity; coverage inside links): their share of the audit
    new_seconds = [0.0]

    def timed(fn):
        def run(*a, **k):
            t = time.perf_counter()
            out = list(fn(*a, **k))
            new_seconds[0] += time.perf_counter() - t
            return out
        return run

    if all(own(f"checks.{name}") for name in ("polarity", "terms", "words")):  # a tree from before them has none
        from checker.checks import coverage, polarity, terms, words

        for cls in (terms.TermsCheck, words.WordsCheck, polarity.PolarityCheck):
            cls.run = timed(cls.run)
        coverage._inside_links = timed(coverage._inside_links)
    codes: Counter[str] = Counter()
    serious: Counter[str] = Counter()
    pairs = links = doc_chars = 0
    lines = []
    t0, cpu0 = time.perf_counter(), time.process_time()
    for doc_id in ids:
        src, _ = article(src_docs[doc_id])
        tgt, _ = article(tgt_docs[doc_id])
        doc_chars += len(src) + len(tgt)
        report = audit(src, tgt, "id", "fr", embedder=embedder, source_name=doc_id,
                       **({"profile": profile} if profile else {}))
        pairs += len(report.alignment.pairs())
        links += len(report.alignment.links)
        for f in report.findings:
            codes[f.code] += 1
            serious[f.code] += f.severity != "info"
            lines.append(json.dumps({"doc": doc_id, "code": f.code, "severity": f.severity, "message": f.message,
                                     "spans": [[s.side, s.start, s.end] for s in f.spans]}, ensure_ascii=False))
            if args.show:
                print(f"{doc_id} {f.code} {f.message}\n    " + "\n    ".join(s.text[:150] for s in f.spans))
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.findings:
        Path(args.findings).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"checker from {Path(checker.__file__).parent.parent}; aligner "
          f"{report.signature.aligner}")
    print(f"NTREX-128 id-fr: {len(ids)} documents, {links} links, {pairs} aligned pairs (all findings are false alarms)")
    print(f"{'rule':<8}{'findings':>9}{'per pair':>10}  bar")
    for code, bar in (("MEAN001", 0.01), ("COV001", 1 / 200), ("COV002", 1 / 200)):
        rate = codes[code] / max(pairs, 1)
        print(f"{code:<8}{codes[code]:>9}{rate:>10.4f}  <= {bar:.4f} {'ok' if rate <= bar else 'ABOVE'}")
    print(f"all findings: {sum(codes.values())} ({', '.join(f'{c} {k}' for c, k in sorted(codes.items()))})")
    print(f"\nencoder: {embedder.texts} texts, {embedder.chars} characters for documents of {doc_chars}: "
          f"{embedder.chars / doc_chars:.2f}x (bar <= 1.3x), {embedder.chars / len(ids):.0f} per document")
    outside = (wall - embedder.seconds) / wall
    print(f"speed: {len(ids) / wall:.2f} documents/s, wall {wall:.1f} s, encoder {embedder.seconds:.1f} s, "
          f"outside the encoder {outside:.1%}, peak memory {peak_mb:.0f} MB; CPU {cpu:.1f} s "
          f"({len(ids) / cpu:.2f} documents per CPU second), encoder threads {args.threads or 'default'}, load average "
          f"{os.getloadavg()[0]:.2f} at the end")
    if profile:
        rest = {k: v for k, v in profile.seconds.items() if k != "encoder"}
        print("outside the encoder, per stage: " + ", ".join(
            f"{k} {v:.1f} s ({v / wall:.1%})" for k, v in sorted(rest.items(), key=lambda kv: -kv[1]) if v >= 0.05))
    print(f"names check: {names_seconds[0]:.1f} s, adding {names_seconds[0] / (wall - names_seconds[0]):.1%} to the "
          "rest of the audit (bar <= 20%)")
    if new_seconds[0]:
        print(f"issue 14's checks (terms, words, polarity, coverage inside links; Hunspell loading included): "
              f"{new_seconds[0]:.1f} s, adding {new_seconds[0] / (wall - new_seconds[0]):.1%} to the rest of the "
              "audit")
    errors_warnings = sum(serious.values())
    print(f"errors and warnings: {errors_warnings} = {errors_warnings / len(ids):.3f} per document (bar <= 0.3) "
          f"{dict(sorted((c, n) for c, n in serious.items() if n))}")


if __name__ == "__main__":
    main()
