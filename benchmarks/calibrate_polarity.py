"""Calibrate MEAN003 (a negation lost or added) on clean human translations: TICO-19 Indonesian-French, line by line.

A clean pair whose negation words disagree (one side negates, the other has no negation word nor a word that negates
without one) is a candidate; MEAN003 reports it only when taking the negation words out of the side that has them
brings the two sides closer, by more than a margin: one for a negation lost (NEGATION_MARGIN), one for a negation added
(ADDED_MARGIN; clean translations add one far less often than they say the source's in other words). This prints the
candidates of each direction, the share of all clean pairs that would be flagged at each margin for a lost negation with
the added one's margin beside, and the 99th percentile of the gain among candidates: the margins are set so that at
most 1% of clean pairs are flagged, here and on NTREX-128's clean id-fr pairs (``benchmarks/ai_errors.py --kinds
negation``; checker/checks/polarity.py). The lines of the three TICO-19 documents whose French is another text are left
out (``benchmarks.data.TICO_FR_NOT_PARALLEL``).

    python benchmarks/calibrate_polarity.py [--lines N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import tico_pairs  # noqa: E402
from checker.checks.polarity import ADDED_MARGIN, MIN_WORDS, NEGATION_MARGIN, explained, strip_negation  # noqa: E402
from checker.embed import get_embedder  # noqa: E402
from checker.lang import language  # noqa: E402


def candidates(pairs, slang, tlang):
    """(source, translation, lost) for the pairs whose negation words disagree and that no implicit negation
    explains."""
    for s, t in pairs:
        a, b = slang.negation_spans(s), tlang.negation_spans(t)
        if bool(a) == bool(b) or min(len(s.split()), len(t.split())) < MIN_WORDS:
            continue
        lost = bool(a)
        if explained(s, t, lost, slang, tlang):
            continue
        yield s, t, lost


def gains(embedder, items, slang, tlang):
    out = []
    for s, t, lost in items:
        a, b = (strip_negation(s, slang), t) if lost else (s, strip_negation(t, tlang))
        v = embedder.embed([s, t, a, b])
        out.append(float(v[2] @ v[3] - v[0] @ v[1]))
    return out


def main() -> None:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=None)
    args = ap.parse_args()
    slang, tlang = language("id"), language("fr")
    pairs = tico_pairs("id", "fr")  # the parallel lines: not the three documents whose French is another text
    pairs = pairs[: args.lines] if args.lines else pairs
    items = list(candidates(pairs, slang, tlang))
    g = np.array(gains(get_embedder(), items, slang, tlang))
    lost = np.array([x[2] for x in items], dtype=bool)
    print(f"TICO-19 id-fr: {len(pairs)} clean pairs, {len(items)} ({len(items) / len(pairs):.2%}) whose negation words "
          f"disagree: {lost.sum()} a negation lost, {(~lost).sum()} added")
    print(f"gain from taking the negation out, among them: median {np.median(g):+.4f}, 95th {np.percentile(g, 95):+.4f}, "
          f"99th {np.percentile(g, 99):+.4f}")
    added = (g[~lost] > ADDED_MARGIN).sum()
    print(f"added, gain > ADDED_MARGIN {ADDED_MARGIN}: {added} pairs ({added / len(pairs):.2%} of all)")
    print(f"{'lost margin':>12}{'lost flagged':>14}{'with the added':>16}")
    for m in (0.0, 0.002, 0.004, 0.006, 0.007, 0.008, 0.01):
        mark = "  <- NEGATION_MARGIN" if abs(m - NEGATION_MARGIN) < 1e-9 else ""
        n_lost = (g[lost] > m).sum()
        print(f"{m:>12.3f}{n_lost / len(pairs):>14.2%}{(n_lost + added) / len(pairs):>16.2%}{mark}")

if __name__ == "__main__":
    main()
