"""Calibrate the likely-mistranslation thresholds (MEAN001) on clean human translations: TICO-19 Indonesian-French.

Every line pair of TICO-19 is a sentence and its professional translation. Cut into documents of 15 lines (the size of
a news article), they give two distributions: the cross-lingual similarity of each pair, and its contrast (the
similarity minus the larger of the pair's average similarities to the other document's sentences). Each threshold is
the percentile of its distribution that a clean translation falls below only rarely (0.5% by default); the script
prints both, the share of clean pairs that either one flags, and the distribution by sentence length.

    python benchmarks/calibrate.py [--percentile 0.5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import tico_documents  # noqa: E402
from checker.config import MISTRANSLATION_CONTRAST, MISTRANSLATION_THRESHOLD  # noqa: E402
from checker.document import normalise  # noqa: E402
from checker.embed import get_embedder  # noqa: E402

DOC_SIZE = 15


def main() -> None:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--percentile", type=float, default=0.5)
    args = ap.parse_args()
    emb = get_embedder()
    sims, contrasts, words = [], [], []
    for doc in tico_documents().values():
        for k in range(0, len(doc["id"]) - DOC_SIZE + 1, DOC_SIZE):
            src = [normalise(s) for s in doc["id"][k:k + DOC_SIZE]]
            tgt = [normalise(s) for s in doc["fr"][k:k + DOC_SIZE]]
            m = emb.embed(src) @ emb.embed(tgt).T
            for i in range(DOC_SIZE):
                if min(len(src[i].split()), len(tgt[i].split())) < 3:
                    continue  # MEAN001 does not judge pairs this short
                row = np.delete(m[i], i).mean()
                col = np.delete(m[:, i], i).mean()
                sims.append(m[i, i])
                contrasts.append(m[i, i] - max(row, col))
                words.append(len(src[i].split()))
    sims, contrasts, words = np.array(sims), np.array(contrasts), np.array(words)
    print(f"TICO-19 id-fr, {len(sims)} clean pairs of 3+ words in documents of {DOC_SIZE}; {emb.model}")
    print(f"{'percentile':>10} {'similarity':>11} {'contrast':>9}")
    for p in (0.1, 0.25, 0.5, 1, 2, 5, 10, 50):
        print(f"{p:>10g} {np.percentile(sims, p):>11.4f} {np.percentile(contrasts, p):>+9.4f}")
    print(f"\n{'words':>10} {'pairs':>6} {'sim p0.5':>9} {'sim p50':>8} {'contrast p0.5':>14}")
    for lo, hi in ((3, 8), (8, 15), (15, 25), (25, 40), (40, 1000)):
        sel = (words >= lo) & (words < hi)
        if sel.any():
            print(f"{f'{lo}-{hi - 1}':>10} {sel.sum():>6} {np.percentile(sims[sel], 0.5):>9.4f} "
                  f"{np.median(sims[sel]):>8.4f} {np.percentile(contrasts[sel], 0.5):>+14.4f}")
    t_sim = float(np.percentile(sims, args.percentile))
    t_con = float(np.percentile(contrasts, args.percentile))
    either = float(((sims < t_sim) | (contrasts < t_con)).mean())
    print(f"\nthresholds at the {args.percentile:g}th percentile: similarity {t_sim:.3f}, contrast {t_con:+.3f}; "
          f"clean pairs flagged by either: {either:.2%}")
    print(f"in use (checker/config.py): similarity {MISTRANSLATION_THRESHOLD}, contrast {MISTRANSLATION_CONTRAST:+}")


if __name__ == "__main__":
    main()
