"""Names: false alarms of NAME001 on clean NTREX-128 documents, and spelling variants injected into the French.

Clean: every NTREX-128 document, Indonesian source and French translation, as articles; every NAME001 finding is a
false alarm (bar for the name checks: at most 1 per 10 documents).

Injected: in each French document, one occurrence of a name that the document writes at least twice is rewritten with
a transliteration variant of the kind news spellings show (i/y/ï, doubled or single letters, kh/h, ou/u, -ev/-iev/-yev,
an accent); found when a NAME001 finding on the translation lists the rewritten occurrence (bar: at least 95%).

Speed: the names check's time beside the rest of the checks, on the same documents in the same run.

    python benchmarks/names.py [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker import Alignment, Settings, make_document  # noqa: E402
from checker.checks import AuditContext, all_checks  # noqa: E402
from checker.checks.names import NamesCheck, _name_words  # noqa: E402
from checker.names import name_key  # noqa: E402


def variants(word: str) -> list[str]:
    """Transliteration variants of a name word that keep its key."""
    out = set()
    low = word
    for a, b in (("y", "i"), ("i", "y"), ("i", "ï"), ("kh", "h"), ("ou", "u"), ("k", "ck"), ("j", "dj"), ("f", "ph"),
                 ("v", "w")):
        for m in re.finditer(a, low[1:]):
            i = m.start() + 1
            out.add(low[:i] + b + low[i + len(a):])
    for m in re.finditer(r"([bcdfgklmnprstz])(?!\1)", low[1:-1]):
        i = m.start() + 1
        out.add(low[:i + 1] + low[i] + low[i + 1:])  # a doubled letter
    for m in re.finditer(r"([bcdfgklmnprstz])\1", low):
        out.add(low[:m.start()] + low[m.start() + 1:])  # a single one
    for end, alts in (("ev", ("iev", "yev")), ("iev", ("ev", "yev")), ("yev", ("ev", "iev"))):
        if low.endswith(end):
            out.update(low[: -len(end)] + alt for alt in alts)
    for m in re.finditer("e", low[1:]):
        i = m.start() + 1
        out.add(low[:i] + "é" + low[i + 1:])
    key = name_key(word)
    return sorted(v for v in out if v != word and name_key(v) == key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    check = NamesCheck()
    others = [c for c in all_checks() if c.name not in ("names", "meaning", "coverage")]
    clean = Counter()
    t_names = t_other = 0.0
    tried = found = 0
    for doc_id in src_docs:
        src = make_document(article(src_docs[doc_id])[0], "id")
        tgt = make_document(article(tgt_docs[doc_id])[0], "fr")
        ctx = AuditContext(src, tgt, Alignment(tuple()), Settings())
        t0 = time.perf_counter()
        findings = list(check.run(ctx))
        t1 = time.perf_counter()
        for other in others:
            list(other.run(ctx))
        t2 = time.perf_counter()
        t_names += t1 - t0
        t_other += t2 - t1
        for f in findings:
            clean[f.spans[0].side] += 1
            if args.show:
                print(f"clean {doc_id} {f.message}")
        # injection: a name word written at least twice, one occurrence rewritten
        words = _name_words(tgt)
        flagged = {f.evidence["key"] for f in findings}
        cands = [(key, occ) for key, occ in words.items()
                 if len(occ) >= 2 and key not in flagged and variants(occ[0][0])]
        if not cands:
            continue
        key, occ = rng.choice(cands)
        word, span = rng.choice(occ)
        new_word = rng.choice(variants(word))
        text = tgt.text[:span.start] + new_word + tgt.text[span.end:]
        new_tgt = make_document(text, "fr")
        hits = [f for f in check.run(AuditContext(src, new_tgt, Alignment(tuple()), Settings()))
                if f.spans[0].side == "translation" and any(sp.start == span.start for sp in f.spans)]
        tried += 1
        found += bool(hits)
        if args.show and not hits:
            print(f"missed {doc_id}: {word} -> {new_word}")
    n = len(src_docs)
    print(f"NTREX-128 id-fr, {n} documents")
    print(f"clean: {sum(clean.values())} NAME001 findings ({clean['source']} in sources, {clean['translation']} in "
          f"translations): {sum(clean.values()) / n:.3f} per document (bar <= 0.1)")
    print(f"injected spelling variants: {found}/{tried} found: {found / max(tried, 1):.1%} (bar >= 95%)")
    print(f"speed: names check {t_names:.2f} s, the other text checks {t_other:.2f} s on the same documents")


if __name__ == "__main__":
    main()
