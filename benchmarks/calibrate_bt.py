"""What MEAN002's thresholds do, measured without a translation model (none can be fetched here).

A back-translation is compared with its source in one language. Two stand-ins on NTREX-128 Indonesian:

- "says something else": the back-translation is another sentence of the same article (a sentence that drifted to
  another part of the story). MEAN002 should flag these: the share flagged is its recall on them.
- "correct, worded differently": the Malay translation of the same English sentence stands in for an imperfect but
  correct back-translation (Malay shares most words with Indonesian and differs in spelling and vocabulary, so it is a
  harder case than a real Indonesian back-translation). The share flagged is a pessimistic false-alarm rate.

    python benchmarks/calibrate_bt.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from sacrebleu.metrics import CHRF  # noqa: E402

from benchmarks.data import ntrex_documents  # noqa: E402
from checker.config import BACK_TRANSLATION_CHRF, BACK_TRANSLATION_SIMILARITY  # noqa: E402
from checker.embed import get_embedder  # noqa: E402


def main() -> None:
    rng = random.Random(5)
    ids, ms = ntrex_documents("id"), ntrex_documents("ms")
    chrf = CHRF()
    pairs = {"says something else (another sentence of the article)": [],
             "correct, worded differently (Malay for Indonesian)": []}
    for doc_id, lines in ids.items():
        for k, line in enumerate(lines):
            if len(line.split()) < 3:
                continue
            others = [j for j in range(len(lines)) if j != k and len(lines[j].split()) >= 3]
            if others:
                pairs["says something else (another sentence of the article)"].append((line, lines[rng.choice(others)]))
            pairs["correct, worded differently (Malay for Indonesian)"].append((line, ms[doc_id][k]))
    embedder = get_embedder()
    measured = {}
    print(f"thresholds: chrF < {BACK_TRANSLATION_CHRF:g} and similarity < {BACK_TRANSLATION_SIMILARITY:g} "
          f"(both must hold)\n")
    print(f"{'stand-in for the back-translation':<56}{'pairs':>6}{'chrF p5/p50/p95':>20}{'sim p5/p50/p95':>22}"
          f"{'flagged':>9}")
    for name, rows in pairs.items():
        src = embedder.embed([a for a, _ in rows])
        bt = embedder.embed([b for _, b in rows])
        sims = np.einsum("ij,ij->i", src, bt)
        scores = np.array([chrf.sentence_score(b, [a]).score for a, b in rows])
        flagged = np.mean((scores < BACK_TRANSLATION_CHRF) & (sims < BACK_TRANSLATION_SIMILARITY))
        c5, c50, c95 = np.percentile(scores, [5, 50, 95])
        s5, s50, s95 = np.percentile(sims, [5, 50, 95])
        print(f"{name:<56}{len(rows):>6}{f'{c5:.0f}/{c50:.0f}/{c95:.0f}':>20}{f'{s5:.3f}/{s50:.3f}/{s95:.3f}':>22}"
              f"{100 * flagged:>8.1f}%")
        measured[name] = (scores, sims)
    (bad_c, bad_s), (good_c, good_s) = measured.values()
    print("\nother thresholds: flagged 'says something else' / flagged 'correct, worded differently'")
    sim_grid = (0.84, 0.86, 0.88, 0.90)
    print(f"{'chrF <':>8}" + "".join(f"{f'sim < {s:g}':>18}" for s in sim_grid))
    for c in (20, 25, 30, 35):
        cells = []
        for t in sim_grid:
            recall = np.mean((bad_c < c) & (bad_s < t))
            false = np.mean((good_c < c) & (good_s < t))
            cells.append(f"{100 * recall:5.1f}% / {100 * false:4.1f}%")
        print(f"{c:>8}" + "".join(f"{cell:>18}" for cell in cells))


if __name__ == "__main__":
    main()
