"""Alignment quality: strict link F1 of the embedding aligner beside the length-only Gale-Church baseline, on the same
edited documents in the same run.

Documents: NTREX-128 Indonesian sources and their French translations, line-aligned (gold 1-1), each given one edit per
variant on the French side as real translations differ: a sentence dropped (gold 1-0), two adjacent merged (2-1), one
split at a comma (1-2), a sentence from another article inserted (0-1), plus the unedited pair. A predicted link counts
when it equals a gold link exactly (all link kinds, skips included).

    python benchmarks/alignment.py [--docs N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import ntrex_documents  # noqa: E402
from benchmarks.perturb import EDITS, apply, gold_identity, link_f1  # noqa: E402
from checker.align import align  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402


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


def evaluate(cases, method: str, embed=None, params=None):
    totals: dict[str, list[int]] = {}
    for edit, src, tgt, gold in cases:
        al = align(src, tgt, embed=embed, method=method, params=params)
        pred = [(link.source, link.translation) for link in al.links]
        tp, np_, ng = link_f1(pred, gold)
        for key in (edit, "all"):
            t = totals.setdefault(key, [0, 0, 0])
            t[0] += tp
            t[1] += np_
            t[2] += ng
    return {k: (2 * tp / (np_ + ng) if np_ + ng else 0.0) for k, (tp, np_, ng) in totals.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None, help="use the first N documents (default: all 123)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    cases = build_cases(ntrex_documents("id"), ntrex_documents("fr"), args.seed, args.docs)
    embed = EmbeddingCache(get_embedder())
    t0 = time.perf_counter()
    emb = evaluate(cases, "embedding", embed)
    t1 = time.perf_counter()
    gc = evaluate(cases, "length")
    t2 = time.perf_counter()
    print(f"{len(cases)} document pairs from NTREX-128 id-fr; strict link F1 (bar: embedding >= 0.97 on all)")
    print(f"{'edit':<8}{'embedding':>11}{'gale-church':>13}")
    for key in ("none",) + EDITS + ("all",):
        if key in emb:
            print(f"{key:<8}{emb[key]:>11.4f}{gc[key]:>13.4f}")
    print(f"time: embedding aligner {t1 - t0:.1f} s (with {embed.texts_embedded} texts embedded), gale-church {t2 - t1:.2f} s")


if __name__ == "__main__":
    main()
