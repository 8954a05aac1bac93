"""Tune the embedding aligner's costs on TICO-19 (never on NTREX-128, which measures them).

TICO-19 Indonesian-French lines, grouped by origin and cut into documents of 15 lines, get the same edits as the
alignment benchmark; a grid over skip, length and merge costs prints the best settings by strict link F1.

    python benchmarks/tune_alignment.py [--docs N]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.alignment import build_cases, evaluate  # noqa: E402
from benchmarks.data import tico_documents  # noqa: E402
from checker.align import AlignParams  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402


def tico_chunks(size: int = 15):
    src, tgt = {}, {}
    for url, doc in tico_documents().items():
        for k in range(0, len(doc["id"]) - size + 1, size):
            key = f"{url}#{k}"
            src[key], tgt[key] = doc["id"][k:k + size], doc["fr"][k:k + size]
    return src, tgt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    args = ap.parse_args()
    src, tgt = tico_chunks()
    # spread the sample over the whole corpus, not the first source only
    keys = list(src)[:: max(1, len(src) // args.docs)][: args.docs]
    cases = build_cases({k: src[k] for k in keys}, {k: tgt[k] for k in keys}, 7, None)
    embed = EmbeddingCache(get_embedder())
    results = []
    grid = itertools.product((0.8, 0.9, 1.0, 1.1), (0.12, 0.25, 0.4, 0.6), (0.1, 0.2, 0.3), (1.0,))
    for skip, lw, mc, ms in grid:
        params = AlignParams(skip_cost=skip, length_weight=lw, merge_cost=mc, merge_scale=ms)
        f, _ = evaluate(cases, "embedding", embed, params)
        results.append((f["all"], f, params))
    results.sort(key=lambda r: -r[0])
    print(f"{len(cases)} TICO-19 document pairs; best settings by strict link F1")
    for score, f, p in results[:8]:
        per = " ".join(f"{k}={v:.3f}" for k, v in f.items() if k != "all")
        print(f"F1={score:.4f} skip={p.skip_cost} length={p.length_weight} merge={p.merge_cost} scale={p.merge_scale}  {per}")
    print("gale-church baseline:", f"{evaluate(cases, 'length')[0]['all']:.4f}")


if __name__ == "__main__":
    main()
