"""Sentence splitting against the gold boundaries of NTREX-128.

Each document becomes an article (headline on its own line, the body's sentences joined by a space, or by nothing in
Chinese and Japanese, as they are written); a predicted sentence end is correct when it falls on a gold one. Prints
boundary precision, recall and F1 per language: the six of the bar first (id, fr, en, zh, ja, ar), then NTREX-128's
ten others for information. Two columns say where the gold lines themselves differ from their punctuation: ``multi``,
the gold lines the splitter cuts when given that line alone (a translator wrote two sentences, 。 and all, for one of
the English original), and ``unended``, the gold lines of a body (the headline and the last line aside) that end
without a sentence's punctuation (。 . ? ! ؟ …), which no splitter that reads punctuation can end.

    python benchmarks/segmentation.py [--show-errors N] [--lang CODE ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import NTREX_FILES, article, ntrex_documents  # noqa: E402
from checker.lang import language  # noqa: E402
from checker.segment import segment  # noqa: E402

BAR = ("id", "fr", "en", "zh", "ja", "ar")


TERMINATORS = re.compile(r"[.!?…。！？؟][\W]*$")


def gold_limits(lang: str) -> tuple[int, int]:
    """(gold lines the splitter cuts on their own, body lines that end without a sentence's punctuation)."""
    multi = unended = 0
    for lines in ntrex_documents(lang).values():
        multi += sum(len(segment(line, lang)) > 1 for line in lines)
        unended += sum(not TERMINATORS.search(line) for line in lines[1:-1])
    return multi, unended


def evaluate(lang: str, show: int = 0) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    shown = 0
    for lines in ntrex_documents(lang).values():
        text, gold = article(lines, language(lang).sentence_joiner)
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
    ap.add_argument("--lang", nargs="*", default=None, help="only these languages (default: all sixteen)")
    args = ap.parse_args()
    langs = args.lang or list(BAR) + [code for code in NTREX_FILES if code not in BAR]
    print(f"{'lang':<6}{'gold':>6}{'precision':>11}{'recall':>9}{'F1':>8}{'multi':>7}{'unended':>9}  "
          "bar F1>=0.97 (id fr en zh ja ar)")
    for lang in langs:
        p, r, f, n = evaluate(lang, args.show_errors)
        multi, unended = gold_limits(lang)
        verdict = ("ok" if f >= 0.97 else "BELOW") if lang in BAR else "(information)"
        print(f"{lang:<6}{n:>6}{p:>11.4f}{r:>9.4f}{f:>8.4f}{multi:>7}{unended:>9}  {verdict}", flush=True)


if __name__ == "__main__":
    main()
