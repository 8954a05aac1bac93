"""Alignment quality: strict link F1 of the embedding aligner (two-pass, and the full search it stands in for) beside
the length-only Gale-Church baseline, on the same edited documents in the same run, and the characters each sends to
the encoder.

Documents: NTREX-128 Indonesian sources and their French translations, line-aligned (gold 1-1), each given one edit per
variant on the French side as real translations differ: a sentence dropped (gold 1-0), two adjacent merged (2-1), one
split at a comma (1-2), a sentence from another article inserted (0-1), plus the unedited pair. A predicted link counts
when it equals a gold link exactly (all link kinds, skips included).

A second table, ``several``: each document edited in several places at once (synthetic: about one sentence in four
dropped, merged with the next on either side, split at a comma, or followed by an inserted sentence), two variants per
document, for translations that really merge and split.

Characters: for each document pair, the distinct texts one alignment asks the encoder for (a fresh cache per pair, as
in one audit), against the characters of the two documents' sentences.

``--code DIR`` imports ``checker`` from another tree (a git worktree of main, say): its aligner is measured the same
way (a tree without the two-pass search runs its full search only).

    python benchmarks/alignment.py [--docs N] [--seed S] [--code DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.data import ntrex_documents  # noqa: E402
from benchmarks.perturb import EDITS, apply, apply_several, gold_identity, link_f1  # noqa: E402


def build_cases(src_docs, tgt_docs, seed: int, limit: int | None):
    rng = random.Random(seed)
    ids = list(src_docs)[:limit] if limit else list(src_docs)
    all_fr = [s for d in tgt_docs.values() for s in d]
    cases = []
    for doc_id in ids:
        src, tgt = src_docs[doc_id], tgt_docs[doc_id]
        foreign = [s for d, lines in tgt_docs.items() if d != doc_id for s in lines] or all_fr
        cases.append(("none", src, tgt, gold_identity(len(src))))
        for edit in EDITS:
            out = apply(edit, src, tgt, rng, foreign)
            if out:
                cases.append((edit, src, out[0], out[1]))
    return cases


def build_several(src_docs, tgt_docs, seed: int, limit: int | None, variants: int = 2):
    rng = random.Random(seed)
    ids = list(src_docs)[:limit] if limit else list(src_docs)
    cases = []
    for doc_id in ids:
        foreign = [s for d, lines in tgt_docs.items() if d != doc_id for s in lines]
        for _ in range(variants):
            out = apply_several(src_docs[doc_id], tgt_docs[doc_id], rng, foreign)
            if out:
                cases.append(("several", *out))
    return cases


class Recorder:
    """The distinct texts one alignment asks for; the vectors come from the run's shared cache."""

    def __init__(self, cache):
        self.cache = cache
        self.texts: set[str] = set()

    def __call__(self, texts):
        self.texts.update(texts)
        return self.cache(texts)


def evaluate(cases, method: str, embed=None, params=None):
    """F1 per edit kind (and "all"), and the characters asked of the encoder against the documents'."""
    from checker.align import align

    totals: dict[str, list[int]] = {}
    asked = chars = 0
    for edit, src, tgt, gold in cases:
        recorder = Recorder(embed) if embed is not None else None
        al = align(src, tgt, embed=recorder, method=method, params=params)
        pred = [(link.source, link.translation) for link in al.links]
        tp, np_, ng = link_f1(pred, gold)
        for key in (edit, "all"):
            t = totals.setdefault(key, [0, 0, 0])
            t[0] += tp
            t[1] += np_
            t[2] += ng
        if recorder is not None:
            asked += sum(len(t) for t in recorder.texts)
        chars += sum(map(len, src)) + sum(map(len, tgt))
    f1 = {k: (2 * tp / (np_ + ng) if np_ + ng else 0.0) for k, (tp, np_, ng) in totals.items()}
    return f1, asked / chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None, help="use the first N documents (default: all 123)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--code", help="import checker from this tree instead (e.g. a git worktree of main)")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, str(Path(args.code).resolve()))
    import checker
    from checker.align import AlignParams
    from checker.embed import EmbeddingCache, get_embedder

    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    cases = build_cases(src_docs, tgt_docs, args.seed, args.docs)
    several = build_several(src_docs, tgt_docs, args.seed, args.docs)
    embed = EmbeddingCache(get_embedder())
    methods = [("full search", AlignParams(two_pass=False))] if "two_pass" in AlignParams.__dataclass_fields__ else \
        [("full search", AlignParams())]
    if "two_pass" in AlignParams.__dataclass_fields__:
        methods.append(("two-pass", AlignParams()))
    print(f"checker from {Path(checker.__file__).parent.parent}")
    for title, group in (("one edit per document", cases), ("several edits per document (synthetic)", several)):
        results, seconds = [], []
        for _, params in methods:
            t0 = time.perf_counter()
            results.append(evaluate(group, "embedding", embed, params))
            seconds.append(time.perf_counter() - t0)
        gc, _ = evaluate(group, "length")
        print(f"\n{len(group)} document pairs from NTREX-128 id-fr, {title}; strict link F1 (bar: embedding >= 0.97 "
              f"on all)" if group is cases else f"\n{len(group)} document pairs from NTREX-128 id-fr, {title}; "
              f"strict link F1")
        print(f"{'edit':<9}" + "".join(f"{name:>13}" for name, _ in methods) + f"{'gale-church':>13}")
        keys = ("none",) + EDITS + ("all",) if group is cases else ("several",)
        for key in keys:
            if key in gc:
                print(f"{key:<9}" + "".join(f"{f1[key]:>13.4f}" for f1, _ in results) + f"{gc[key]:>13.4f}")
        print(f"{'chars':<9}" + "".join(f"{ratio:>12.2f}x" for _, ratio in results) + f"{'0':>13}"
              "   (characters asked of the encoder per pair, against the two documents')")
        print("time: " + ", ".join(f"{name} {s:.1f} s" for (name, _), s in zip(methods, seconds)))
    print(f"\n{embed.texts_embedded} texts embedded in all (each once per run)")


if __name__ == "__main__":
    main()
