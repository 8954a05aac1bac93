"""Sentence splitting against the gold boundaries of NTREX-128.

Each document becomes an article (headline on its own line, the body's sentences joined by a space); a predicted sentence
end is correct when it falls on a gold one. Prints boundary precision, recall and F1 per language.

    python benchmarks/segmentation.py [--show-errors N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker.segment import segment  # noqa: E402


def evaluate(lang: str, show: int = 0) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    shown = 0
    for lines in ntrex_documents(lang).values():
        text, gold = article(lines)
        gold_set = set(gold)
        pred = {s.end for s in segment(text, lang)}
        tp += len(pred & gold_set)
        fp += len(pred - gold_set)
        fn += len(gold_set - pred)
        if shown < show:
            for off in sorted(pred ^ gold_set):
                kind = "extra" if off in pred else "missed"
                print(f"  {lang} {kind}: …{text[max(0, off - 50):off]}|{text[off:off + 30]}…")
                shown += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    print(f"{'lang':<6}{'gold':>6}{'precision':>11}{'recall':>9}{'F1':>8}  bar F1>=0.97")
    for lang in ("id", "fr", "en"):
        p, r, f, n = evaluate(lang, args.show_errors)
        print(f"{lang:<6}{n:>6}{p:>11.4f}{r:>9.4f}{f:>8.4f}  {'ok' if f >= 0.97 else 'BELOW'}")


if __name__ == "__main__":
    main()
