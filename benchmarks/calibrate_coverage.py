"""Calibrate COV003 (a clause left out of a 1-1 pair) on clean human translations: TICO-19 Indonesian-French, line by
line. A pair whose translation is short for its source (under PARTIAL_LENGTH of it, by the corpus's length ratio) is a
candidate; the gain is how much closer the source comes to the translation with one of its clauses taken out (the
best clause). Prints the share of all clean pairs flagged at each gain threshold (checker/checks/coverage.py,
CLAUSE_GAIN: at most 1%). The lines of the three TICO-19 documents whose French is another text are left out
(``benchmarks.data.TICO_FR_NOT_PARALLEL``).

    python benchmarks/calibrate_coverage.py [--lines N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import tico_pairs  # noqa: E402
from checker.checks.coverage import (CLAUSE_GAIN, MIN_CLAUSE_WORDS, PARTIAL_LENGTH, SHORT_GAIN,  # noqa: E402
                                     SHORT_GAIN_LENGTH, SHORT_LENGTH, clauses, without)
from checker.embed import get_embedder  # noqa: E402


def main() -> None:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=None)
    args = ap.parse_args()
    pairs = tico_pairs("id", "fr")  # the parallel lines: not the three documents whose French is another text
    pairs = pairs[: args.lines] if args.lines else pairs
    ratio = sum(len(t) for _, t in pairs) / sum(len(s) for s, _ in pairs)
    emb = get_embedder()
    short = [(s, t) for s, t in pairs if len(t) < PARTIAL_LENGTH * ratio * len(s)]
    gains = []
    flagged = 0  # by the whole rule: the gain, a smaller gain when shorter, or the length alone
    for s, t in short:
        length = len(t) / (ratio * len(s))
        cands = [without(s, c) for c in clauses(s)]
        gain = None
        if cands:
            v = emb.embed([s, t] + cands)
            gain = max(float(v[k] @ v[1]) for k in range(2, len(v))) - float(v[0] @ v[1])
            gains.append(gain)
        flagged += (length < SHORT_LENGTH and len(s.split()) >= 2 * MIN_CLAUSE_WORDS) or (gain is not None and (
            gain > CLAUSE_GAIN or (length < SHORT_GAIN_LENGTH and gain > SHORT_GAIN)))
    g = np.array(gains)
    print(f"TICO-19 id-fr: {len(pairs)} clean pairs, {len(short)} short for their source, {len(g)} with a clause")
    print(f"{'gain >':>8}{'clean pairs flagged':>22}")
    for m in (0.0, 0.002, 0.004, 0.006, 0.008, 0.01, 0.015, 0.02, 0.03, 0.04):
        mark = "  <- CLAUSE_GAIN" if abs(m - CLAUSE_GAIN) < 1e-9 else ""
        print(f"{m:>8.3f}{(g > m).sum() / len(pairs):>22.2%}{mark}")
    print(f"the whole rule (the gain; over {SHORT_GAIN} under {SHORT_GAIN_LENGTH} of the length; any under "
          f"{SHORT_LENGTH}): {flagged / len(pairs):.2%} of the clean pairs flagged")


if __name__ == "__main__":
    main()
