"""The feed's name register (FEED001) on NTREX-128's Indonesian-French documents as a feed.

The 123 documents (the headline, then the body as one paragraph: benchmarks/data.py) are one feed, audited by the real
batch (checker.batch.Batch, ``--jobs`` workers, back-translation off: no model here) into a journal, then the
register pass (checker.register.apply: the records added to a fresh SQLite register, FEED001 given to the records,
the journal rewritten), as ``transcheck batch`` does.

- Untouched: the feed as the corpus gives it; every FEED001 is a false alarm (bar: none).
- Changed: ``--changed`` articles (default 10), drawn at random, each get one name's spelling changed all through
  its translation: a word of a name (the names check's words) whose key at least two other articles write, the rarest
  in French and not a common French word in any article (a proper name, not « Samedi » opening a sentence, nor
  « Sselon », a typo of NTREX's French, beside the feed's « Selon »), each name in one article
  only (respelt in two of the four articles that write it, the new form is no minority), respelt by a transliteration variant that keeps its key (a doubled
  letter more or less, y/i, w/v, k/ck, ph/f, ou/u: « Kavanaugh » -> « Kavvanaugh »). Found when that article gets a
  FEED001 finding for the new form with a span on it (bar: >= 95 %); FEED001 on the other articles are counted apart.
- Time: the register's cost against the batch's, in the same run: the pass after the batch plus what the workers do
  for it (``article_names`` on every article, with the names check's names at hand, as in a worker right after its
  audit), against the batch's wall time (bar: under 5 %). Both batches run in full, without an embedding cache
  carried between them: each is what a daily run costs.

    python benchmarks/register.py [--docs N] [--changed 10] [--jobs 2] [--seed S] [--show] [--embeddings FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import article, ntrex_documents  # noqa: E402

VARIANTS = [(r"(?<=\w)y", "i"), (r"(?<=\w)i(?=\w)", "y"), (r"w", "v"), (r"(?<=\w)v", "w"), (r"ck", "k"),
            (r"(?<=[aeiou])k", "ck"), (r"ph", "f"), (r"ou", "u"), (r"([bcdfglmnprst])\1", r"\1"),
            (r"(?<=[aeiou])([bdfglmnprst])(?=[aeiou])", r"\1\1")]
COMMON = 4.0
"""A word this common in French (Zipf, wordfreq) is no name to respell: « Vendredi » opening a sentence."""
"""Respellings that keep a name's key (checker.names.name_key), tried in turn: the first that applies wins."""


def respell(word: str) -> str | None:
    from checker.checks.names import same_spelling
    from checker.names import name_key

    for pattern, repl in VARIANTS:
        for m in re.finditer(pattern, word[1:]):
            new = word[:1 + m.start()] + m.expand(repl) + word[1 + m.end():]
            if new != word and name_key(new) == name_key(word) and not same_spelling(new, word):
                return new
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=0, help="the first N documents (default: all 123)")
    ap.add_argument("--changed", type=int, default=10, help="articles given a minority spelling")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--show", action="store_true", help="print every finding and every miss")
    ap.add_argument("--embeddings", metavar="FILE",
                    help="keep the sentence embeddings in this file between runs (benchmarks/cached.py): the batches "
                         "then run in this process (--jobs 1), and a warm file makes them shorter, so the register's "
                         "share of their time larger")
    args = ap.parse_args()

    from checker.api import make_document
    from checker.batch import Article, Batch
    from checker.checks.names import names_read_once, spellings
    from checker.config import Settings
    from checker.lang import language
    from checker.register import Register, apply, article_names

    src_docs, fr_docs = ntrex_documents("id"), ntrex_documents("fr")
    ids = list(fr_docs)[:args.docs or None]
    texts = {d: (article(src_docs[d])[0], article(fr_docs[d])[0]) for d in ids}
    settings = Settings()
    cached = None
    if args.embeddings:
        from benchmarks.cached import CachingEmbedder
        from checker.embed import get_embedder
        from checker.embed.base import register_embedder

        cached = CachingEmbedder(get_embedder(), args.embeddings)
        register_embedder("bench-cached")(lambda **_: cached)
        settings, args.jobs = Settings(embedder="bench-cached"), 1

    # which articles write which name words (the names check's words, as the batch's workers will see them)
    words: dict[str, dict[str, set[str]]] = {}
    for d in ids:
        for key, occ in spellings(make_document(texts[d][1], "fr"), settings.ner).items():
            for w, _ in occ:
                words.setdefault(d, {}).setdefault(key, set()).add(w)
    articles_of: dict[str, set[str]] = {}
    for d, keys in words.items():
        for key in keys:
            articles_of.setdefault(key, set()).add(d)

    fr = language("fr")
    rng = random.Random(args.seed)
    changes: dict[str, tuple[str, str, str]] = {}  # article -> (key, old form, new form)
    taken: set[str] = set()  # a name respelt in one article only: in two of four, the new form is no minority
    for d in rng.sample(ids, len(ids)):
        if len(changes) == args.changed:
            break
        options = []
        for key, forms in words.get(d, {}).items():
            if len(articles_of[key]) < 3 or len(forms) != 1 or key in taken:
                continue
            (form,) = forms
            if any(fr.zipf(f.casefold()) >= COMMON for dd in articles_of[key] for f in words[dd][key]):
                # a word of the language, capitalised where it opens a sentence (« Vendredi »), no name; nor the
                # typo of one that the other articles write as the word (« Sselon » beside their « Selon »)
                continue
            new = respell(form)
            if new and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", texts[d][1]):
                options.append((fr.zipf(form.casefold()), key, form, new))
        if options:
            _, key, form, new = min(options)
            changes[d] = (key, form, new)
            taken.add(key)

    def feed(changed: bool) -> list[Article]:
        out = []
        for d in ids:
            src, tgt = texts[d]
            if changed and d in changes:
                _, form, new = changes[d]
                tgt = re.sub(r"(?<!\w)" + re.escape(form) + r"(?!\w)", new, tgt)
            out.append(Article(d, src, tgt, "id", "fr"))
        return out

    # what the workers do for the register, per article: article_names with the names at hand
    worker_seconds = {}
    for changed in (False, True):
        total = 0.0
        for a in feed(changed):
            s, t = make_document(a.source, "id"), make_document(a.translation, "fr")
            # as in a worker (checker/batch.py): within names_read_once, the audit's names check read them first
            with names_read_once():
                spellings(s, settings.ner), spellings(t, settings.ner)
                t0 = time.perf_counter()
                article_names(s, t, settings.ner)
                total += time.perf_counter() - t0
        worker_seconds[changed] = total

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for changed in (False, True):
            journal = Path(tmp) / f"audit-{int(changed)}.jsonl"
            t0 = time.perf_counter()
            Batch(settings, jobs=args.jobs).run(feed(changed), journal)
            batch_seconds = time.perf_counter() - t0
            with Register(Path(tmp) / f"names-{int(changed)}.sqlite") as register:
                done = apply(journal, register, settings)
            import json

            found = {}
            for line in journal.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                found[record["id"]] = [f for f in record["report"]["findings"] if f["code"] == "FEED001"] \
                    if record["status"] == "ok" else []
            results[changed] = (batch_seconds, done, found)
    if cached is not None:
        cached.save()

    n = len(ids)
    _, _, clean = results[False]
    clean_n = sum(len(v) for v in clean.values())
    _, _, dirty = results[True]
    hits, misses, severities = [], [], []
    for d, (key, form, new) in changes.items():
        match = [f for f in dirty[d] if f["evidence"]["form"] == new and f["spans"]
                 and all(s["text"] == new for s in f["spans"])]
        (hits if match else misses).append(d)
        if match:
            ev = match[0]["evidence"]
            severities.append((match[0]["severity"], ev["majority"]["articles"], ev["articles_with_name"]))
        elif args.show:
            print(f"missed {d}: « {form} » -> « {new} » ({len(articles_of[key])} articles write {key})")
    others = [(d, f) for d, fs in dirty.items() for f in fs if not (d in changes and f["evidence"]["form"] ==
                                                                     changes[d][2])]
    if args.show:
        for d, fs in clean.items():
            for f in fs:
                print(f"untouched {d}: {f['severity']} {f['message']}")
        for d, f in others:
            print(f"changed feed, other {d}: {f['severity']} {f['message']}")
        for d, (key, form, new) in changes.items():
            print(f"changed {d}: « {form} » -> « {new} » ({len(articles_of[key])} articles)")

    print(f"\nNTREX-128 id-fr, {n} articles as a feed, {len(changes)} given a minority spelling, seed {args.seed}, "
          f"--jobs {args.jobs}\n")
    print("| measure | figure | bar | met |")
    print("|---|---|---|---|")
    recall = len(hits) / len(changes) if changes else 0.0
    print(f"| minority spellings found (FEED001 on the article, the new form, its spans) | {len(hits)}/{len(changes)}"
          f" = {recall:.0%} | >= 95 % | {'yes' if recall >= 0.95 else 'no'} |")
    print(f"| FEED001 on the untouched feed | {clean_n} ({clean_n / n:.3f} per article) | none | "
          f"{'yes' if clean_n == 0 else 'no'} |")
    print(f"| FEED001 on the changed feed's other articles | {len(others)} | (none) | "
          f"{'yes' if not others else 'no'} |")
    for changed, label in ((False, "untouched"), (True, "changed")):
        batch_seconds, done, _ = results[changed]
        cost = done.seconds + worker_seconds[changed]
        print(f"| register, {label} feed: pass {done.seconds:.2f} s + workers {worker_seconds[changed]:.2f} s "
              f"against the batch {batch_seconds:.1f} s | {cost / batch_seconds:.2%} | < 5 % | "
              f"{'yes' if cost / batch_seconds < 0.05 else 'no'} |")
    sev = {}
    for s, _, _ in severities:
        sev[s] = sev.get(s, 0) + 1
    shares = ", ".join(f"{m}/{t}" for _, m, t in severities)
    print(f"\nfound: {sev}; majority articles / articles writing the name: {shares}")


if __name__ == "__main__":
    main()
