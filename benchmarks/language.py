"""Language checks on NTREX-128 Indonesian-French documents: false alarms on clean documents, and injected faults.

Clean: every document pair as articles; every LANG finding is a false alarm (bar: at most 1 per 20 documents).

Injected into the French, one fault per document and kind, in a sentence of at least 6 words:
- english: the sentence replaced by its English original (NTREX-128's source) -> LANG001 on it (bar 98%);
- indonesian: the sentence replaced by an Indonesian sentence of another article -> LANG001 on it (bar 98%);
- copied: the sentence replaced by its aligned Indonesian source, untranslated -> LANG002 on it (bar 98%);
- word: one common French word of the sentence replaced by a word of its Indonesian source that French does not have
  -> LANG003 on that word (bar 80%).

    python benchmarks/language.py [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cached import CachingEmbedder  # noqa: E402
from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker import audit  # noqa: E402
from checker.embed import get_embedder  # noqa: E402

KINDS = {"english": "LANG001", "indonesian": "LANG001", "copied": "LANG002", "word": "LANG003"}


def main() -> None:
    from wordfreq import zipf_frequency

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ids_docs, fr_docs, en_docs = ntrex_documents("id"), ntrex_documents("fr"), ntrex_documents("en")
    embedder = CachingEmbedder(get_embedder())
    clean = Counter()
    tried, found = Counter(), Counter()
    all_id = [(d, line) for d, lines in ids_docs.items() for line in lines]
    for doc_id in ids_docs:
        src_lines, fr_lines = ids_docs[doc_id], fr_docs[doc_id]
        src = article(src_lines)[0]
        report = audit(src, article(fr_lines)[0], "id", "fr", embedder=embedder)
        for f in report.findings:
            if f.code.startswith("LANG"):
                clean[f.code] += 1
                if args.show:
                    print(f"clean {doc_id} {f.code} {f.message}: {f.spans[-1].text[:100]}")
        candidates = [k for k in range(1, len(fr_lines)) if len(fr_lines[k].split()) >= 6]
        if not candidates:
            continue
        for kind, code in KINDS.items():
            k = rng.choice(candidates)
            lines = list(fr_lines)
            target_word = None
            if kind == "english":
                lines[k] = en_docs[doc_id][k]
            elif kind == "indonesian":
                lines[k] = rng.choice([line for d, line in all_id if d != doc_id and len(line.split()) >= 6])
            elif kind == "copied":
                lines[k] = src_lines[k]
            else:
                fr_words = [m for m in re.finditer(r"(?<![\w’'-])[a-zàâçéèêëîïôûùüÿœ]{5,}(?![\w’'-])", lines[k])
                            if zipf_frequency(m.group(), "fr") >= 3.0]
                id_words = [w for w in re.findall(r"(?<![\w-])[a-z]{5,}(?![\w-])", src_lines[k])
                            if zipf_frequency(w, "fr") < 1.5 and zipf_frequency(w, "id") >= 3.0]
                if not fr_words or not id_words:
                    continue
                m = rng.choice(fr_words)
                target_word = rng.choice(id_words)
                lines[k] = lines[k][:m.start()] + target_word + lines[k][m.end():]
            text, ends = article(lines)
            start = ends[k] - len(lines[k])
            end = ends[k]
            tried[kind] += 1
            rep = audit(src, text, "id", "fr", embedder=embedder)
            hits = [f for f in rep.findings if f.code == code and any(
                sp.side == "translation" and sp.start < end and start < sp.end and
                (target_word is None or sp.text == target_word) for sp in f.spans)]
            found[kind] += bool(hits)
            if args.show and not hits:
                print(f"missed {kind} {doc_id}: {lines[k][:100]} {[f.code for f in rep.findings]}")
    n = len(ids_docs)
    print(f"NTREX-128 id-fr, {n} documents")
    print(f"clean: {sum(clean.values())} LANG findings {dict(clean)}: {sum(clean.values()) / n:.3f} per document "
          f"(bar <= 0.05)")
    print(f"\n{'injected':<12}{'tried':>6}{'found':>7}{'recall':>8}  bar")
    for kind, bar in (("english", 98), ("indonesian", 98), ("copied", 98), ("word", 80)):
        print(f"{kind:<12}{tried[kind]:>6}{found[kind]:>7}{found[kind] / max(tried[kind], 1):>8.1%}  >= {bar}%")


if __name__ == "__main__":
    main()
