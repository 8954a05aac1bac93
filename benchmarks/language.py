"""Language checks on NTREX-128 Indonesian-to-X documents: false alarms on clean documents, and injected faults, one
table per target language (French, English, Chinese, Japanese, Arabic by default).

Clean: every document pair as articles (a Chinese or Japanese body's sentences joined without a space, as written);
every LANG finding is a false alarm (bar: at most 1 per 20 documents, 0.05 per document).

Injected into the translation, one fault per document and kind, in a sentence of at least 6 words:
- english: the sentence replaced by its English original (NTREX-128's source) -> LANG001 on it (bar 98%); for an
  English target, by its French reference instead ("french"), another language of the same script (information);
- indonesian: the sentence replaced by an Indonesian sentence of another article -> LANG001 on it (bar 98%);
- copied: the sentence replaced by its aligned Indonesian source, untranslated -> LANG002 on it (bar 98%);
- word: one common word of the sentence (in the target's tokenizer's words) replaced by a word of its Indonesian
  source that the target language does not have -> LANG003 on that word, or LANG005 when the word ends in one of the
  source's clitics (« sepupunya », « bukanlah »: a source word kept, with its clitic) (bar 80%).

    python benchmarks/language.py [--target fr en zh ja ar] [--docs N] [--seed S] [--show] [--embedding-cache FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cached import CachingEmbedder  # noqa: E402
from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker import audit  # noqa: E402
from checker.embed import get_embedder  # noqa: E402
from checker.lang import language  # noqa: E402

KINDS = {"english": ("LANG001",), "indonesian": ("LANG001",), "copied": ("LANG002",), "word": ("LANG003", "LANG005")}
BARS = {"english": 98, "indonesian": 98, "copied": 98, "word": 80}


def long_enough(line: str, lang) -> bool:
    return lang.count_words(line) >= 6


def inject_word(line: str, source: str, lang, rng: random.Random) -> tuple[str, str] | None:
    """The line with one of its common words replaced by an Indonesian word of its source that the target lacks."""
    ind = language("id")
    own = [(s, e) for s, e in lang.word_spans(line) if e - s >= (5 if lang.writes_spaces else 2)
           and not any(c.isupper() for c in line[s:e]) and lang.zipf(line[s:e]) >= 3.0]
    borrowed = [w for w in ind.words(source) if len(w) >= 5 and w.islower() and lang.zipf(w) < 1.5
                and ind.zipf(w) >= 3.0]
    if not own or not borrowed:
        return None
    s, e = rng.choice(own)
    word = rng.choice(borrowed)
    space = "" if lang.writes_spaces else " "  # a Latin word inside a Chinese sentence stands between spaces
    return line[:s] + space + word + space + line[e:], word


def run(target: str, args, embedder) -> tuple[Counter, Counter, Counter, float, int]:
    rng = random.Random(args.seed)
    lang = language(target)
    joiner = lang.sentence_joiner
    ids_docs, tgt_docs = ntrex_documents("id"), ntrex_documents(target)
    other_docs = ntrex_documents("fr" if target == "en" else "en")
    doc_ids = list(ids_docs)[:args.docs] if args.docs else list(ids_docs)
    clean = Counter()
    tried, found = Counter(), Counter()
    all_id = [(d, line) for d, lines in ids_docs.items() for line in lines]
    t0 = time.perf_counter()
    for doc_id in doc_ids:
        src_lines, tgt_lines = ids_docs[doc_id], tgt_docs[doc_id]
        src = article(src_lines)[0]
        report = audit(src, article(tgt_lines, joiner)[0], "id", target, embedder=embedder)
        for f in report.findings:
            if f.code.startswith("LANG"):
                clean[f.code] += 1
                if args.show:
                    print(f"clean {target} {doc_id} {f.code} {f.message}: {f.spans[-1].text[:100]}")
        candidates = [k for k in range(1, len(tgt_lines)) if long_enough(tgt_lines[k], lang)]
        if not candidates:
            continue
        for kind, code in KINDS.items():
            k = rng.choice(candidates)
            lines = list(tgt_lines)
            target_word = None
            if kind == "english":
                lines[k] = other_docs[doc_id][k]
            elif kind == "indonesian":
                lines[k] = rng.choice([line for d, line in all_id if d != doc_id and len(line.split()) >= 6])
            elif kind == "copied":
                lines[k] = src_lines[k]
            else:
                out = inject_word(lines[k], src_lines[k], lang, rng)
                if out is None:
                    continue
                lines[k], target_word = out
            text, ends = article(lines, joiner)
            start, end = ends[k] - len(lines[k]), ends[k]
            tried[kind] += 1
            rep = audit(src, text, "id", target, embedder=embedder)
            hits = [f for f in rep.findings if f.code in code and any(
                sp.side == "translation" and sp.start < end and start < sp.end and
                (target_word is None or sp.text == target_word) for sp in f.spans)]
            found[kind] += bool(hits)
            if args.show and not hits:
                print(f"missed {target} {kind} {doc_id}: {lines[k][:100]} {[f.code for f in rep.findings]}")
    return clean, tried, found, time.perf_counter() - t0, len(doc_ids)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", nargs="*", default=["fr", "en", "zh", "ja", "ar"])
    ap.add_argument("--docs", type=int, default=None, help="the first N documents (default: all 123)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--embedding-cache", default=None,
                    help="keep the embeddings in this file between runs (benchmarks/numbers_dates.py takes the same)")
    args = ap.parse_args()
    embedder = CachingEmbedder(get_embedder(), args.embedding_cache)
    for target in args.target:
        clean, tried, found, secs, n = run(target, args, embedder)
        print(f"\nNTREX-128 id-{target}, {n} documents ({secs:.0f} s)")
        print(f"clean: {sum(clean.values())} LANG findings {dict(clean)}: {sum(clean.values()) / n:.3f} per document "
              f"(bar <= 0.05)")
        print(f"{'injected':<12}{'tried':>6}{'found':>7}{'recall':>8}  bar")
        for kind in KINDS:
            label = "french" if kind == "english" and target == "en" else kind
            bar = "(information)" if label == "french" else f">= {BARS[kind]}%"
            print(f"{label:<12}{tried[kind]:>6}{found[kind]:>7}{found[kind] / max(tried[kind], 1):>8.1%}  {bar}",
                  flush=True)
        embedder.save()


if __name__ == "__main__":
    main()
