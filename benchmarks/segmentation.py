"""Sentence splitting against the gold boundaries of NTREX-128.

Each document becomes an article (headline on its own line, the body's sentences joined by a space, or by nothing in
Chinese and Japanese, as they are written); a predicted sentence end is correct when it falls on a gold one. Prints
boundary precision, recall and F1 per language: the six of the bar first (id, fr, en, zh, ja, ar), then NTREX-128's
ten others for information. Two columns say where the gold lines themselves differ from their punctuation: ``multi``,
the gold lines the splitter cuts when given that line alone (a translator wrote two sentences, 。 and all, for one of
the English original), and ``unended``, the gold lines of a body (the headline and the last line aside) that end
without a sentence's punctuation (。 . ? ! ؟ …), which no splitter that reads punctuation can end. ``ceiling`` is the F1
of a splitter right at every boundary that punctuation shows: those unended lines' ends missed, and each sentence end
that a gold line's own punctuation shows inside it (outside quotations) a false positive (:func:`ceiling`).

    python benchmarks/segmentation.py [--show-errors N] [--lang CODE ...] [--library pysbd|sentencex]
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


_OPENERS, _CLOSERS = "「『《〈（【〔〖([", "」』》〉）】〕〗)]"
_STOPS = ".!?。！？؟"


def revealed_inside(line: str, lang: str) -> int:
    """How many sentence ends the punctuation of one gold line shows inside it: a terminator outside every quotation
    and bracket, followed by a sentence's start (for spaced scripts: a space, then a capital, a digit or a letter of a
    script without capitals; a period after an abbreviation or a single letter is none; in Chinese and Japanese a
    period only before a space or a han/kana character). Terminators inside a quotation are not counted, which leaves
    the ceiling generous."""
    spec = language(lang)
    count = depth = 0
    double = False
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch == "”":
            double = False
        elif ch in "“\"＂":
            double = not double
        if ch not in _STOPS:
            i += 1
            continue
        j = i
        while j < n and line[j] in _STOPS + "…":
            j += 1
        inside = depth > 0 or double
        k = j
        while k < n and line[k] in "”’\"'」』》）)]":
            if line[k] in _CLOSERS:
                depth = max(0, depth - 1)
            elif line[k] in "”\"":
                double = False
            k += 1
        spaces = len(line[k:]) - len(line[k:].lstrip(" \u00a0\u3000"))
        nxt = re.match(r"[«“„\"‘'(\[「『《（]*(\w)", line[k + spaces:])
        if not inside and nxt:
            first = nxt.group(1)
            ends = first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())
            word = re.search(r"\w*$", line[:i]).group().lower()
            period = set(line[i:j]) == {"."}
            if period and (word in spec.all_abbreviations or (len(word) == 1 and word.isalpha())):
                ends = False
            if spec.writes_spaces:
                ends = ends and spaces > 0
            elif period and not spaces and not ("\u3040" <= first <= "\u9fff"):
                ends = False  # 3.5, LiverpoolFC.com
            count += ends
        i = j
    return count


def ceiling(lang: str) -> float:
    """The F1 of a splitter that is right at every boundary punctuation shows: the gold ends of body lines without a
    sentence's punctuation (``unended``) are missed, and every end that a gold line's own punctuation shows inside it
    (:func:`revealed_inside`) is a false positive."""
    gold = unended = forced = 0
    for lines in ntrex_documents(lang).values():
        gold += len(lines)
        unended += sum(not TERMINATORS.search(line) for line in lines[1:-1])
        forced += sum(revealed_inside(line, lang) for line in lines)
    tp = gold - unended
    return 2 * tp / (2 * tp + forced + unended)


def _library_ends(name: str):
    """A splitter of a library as a function (text, lang) -> sentence ends, run on each paragraph as ours is: pysbd
    (no Indonesian) or sentencex, when installed (``pip install pysbd sentencex``; neither is a dependency)."""
    from checker.segment import paragraphs

    if name == "pysbd":
        import pysbd

        def split(text: str, lang: str) -> list[str]:
            return pysbd.Segmenter(language=lang, clean=False).segment(text)
    else:
        import sentencex

        def split(text: str, lang: str) -> list[str]:
            return list(sentencex.segment(lang, text))

    def ends(text: str, lang: str) -> set[int]:
        out: set[int] = set()
        for start, end in paragraphs(text):
            pos = start
            for sentence in split(text[start:end], lang):
                found = text.find(sentence.strip(), pos, end)
                if sentence.strip() and found >= 0:
                    pos = found + len(sentence.strip())
                    out.add(pos)
        return out

    return ends


def evaluate(lang: str, show: int = 0, splitter=None) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    shown = 0
    for lines in ntrex_documents(lang).values():
        text, gold = article(lines, language(lang).sentence_joiner)
        gold_set = set(gold)
        pred = splitter(text, lang) if splitter else {s.end for s in segment(text, lang)}
        tp += len(pred & gold_set)
        fp += len(pred - gold_set)
        fn += len(gold_set - pred)
        if shown < show:
            for off in sorted(pred ^ gold_set):
                kind = "extra" if off in pred else "missed"
                shown_text = f"{text[max(0, off - 50):off]}|{text[off:off + 30]}".replace("\n", "⏎")
                print(f"  {lang} {kind}: …{shown_text}…")
                shown += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--lang", nargs="*", default=None, help="only these languages (default: all sixteen)")
    ap.add_argument("--library", choices=("pysbd", "sentencex"), help="measure a library's splitter instead of ours")
    args = ap.parse_args()
    langs = args.lang or list(BAR) + [code for code in NTREX_FILES if code not in BAR]
    if args.library:
        splitter = _library_ends(args.library)
        print(f"{args.library}: {'lang':<6}{'precision':>11}{'recall':>9}{'F1':>8}")
        for lang in langs:
            try:
                p, r, f, _ = evaluate(lang, args.show_errors, splitter)
            except (ValueError, KeyError) as exc:  # a language the library does not know
                print(f"{args.library}: {lang:<6}  not supported ({str(exc)[:60]})")
                continue
            print(f"{args.library}: {lang:<6}{p:>11.4f}{r:>9.4f}{f:>8.4f}", flush=True)
        return
    print(f"{'lang':<6}{'gold':>6}{'precision':>11}{'recall':>9}{'F1':>8}{'multi':>7}{'unended':>9}{'ceiling':>9}  "
          "bar F1>=0.97 (id fr en zh ja ar)")
    for lang in langs:
        p, r, f, n = evaluate(lang, args.show_errors)
        multi, unended = gold_limits(lang)
        verdict = ("ok" if f >= 0.97 else "BELOW") if lang in BAR else "(information)"
        print(f"{lang:<6}{n:>6}{p:>11.4f}{r:>9.4f}{f:>8.4f}{multi:>7}{unended:>9}{ceiling(lang):>9.4f}  {verdict}",
              flush=True)


if __name__ == "__main__":
    main()
