"""Every language, one row each: sentences, alignment and speed per language, and the sixteen NTREX-128 languages
audited both ways.

Table 1, per target language of an Indonesian source (zh, ja, ar, en, and fr, which must not regress; others with
``--lang``):
- sentence F1: boundary F1 against NTREX-128's gold lines, as benchmarks/segmentation.py measures it (bar >= 0.97);
- alignment F1: strict link F1 of the embedding aligner on NTREX-128 id-X documents given one edit each (a sentence
  dropped, two merged, one split, one inserted from another article, and the unedited pair; benchmarks/perturb.py),
  beside the length-only Gale-Church baseline on the same documents in the same run (bar: embedding >= 0.97). In
  Chinese and Japanese the merged sentences are joined, and a split sentence cut at a 「，」, without a space; in
  Arabic a split sentence is cut at a 「، 」;
- seconds per translation sentence of a whole audit (default checks, back-translation off, the embedder loaded once
  and caching nothing across audits), the languages interleaved document by document so that they share the load of
  the machine, and the ratio to French's (bar: zh, ja, ar at most 1.30).

Table 2, the sixteen NTREX-128 languages (arb, deu, fil, fra, ind, jpn, kaz, msa, nld, por, rus, spa, tur, vie,
zho-CN, eng): each audited as the translation of the Indonesian and as the source of the French, on ``--run-docs``
short documents: the exceptions (bar: none) and what the report says of each check (ran, in part, skipped, failed).

    python benchmarks/languages.py [--lang zh ja ar en fr] [--docs N] [--speed-docs N] [--run-docs N] [--seed S]
    python benchmarks/languages.py --tokenizers      # Japanese: janome against fugashi + unidic-lite, and jieba
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import DATA, NTREX_FILES, article, ntrex_documents  # noqa: E402
from benchmarks.perturb import EDITS, apply, gold_identity, link_f1  # noqa: E402
from benchmarks.segmentation import evaluate as sentence_f1  # noqa: E402
from checker.align import align  # noqa: E402
from checker.config import BackTranslationSettings, Settings  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402
from checker.lang import language  # noqa: E402

DEFAULT = ("zh", "ja", "ar", "en", "fr")
SPEED_BAR = ("zh", "ja", "ar")
SHORT_DOCS = ("euronews-en.153835", "reuters.218882", "rt.com.91337")


def _unspaced_split(sentence: str) -> int | None:
    """A 「，」 near the middle of a Chinese or Japanese sentence (perturb.py's split looks for ", ")."""
    best = None
    for m in re.finditer(r"[，、]", sentence):
        if 8 <= m.start() <= len(sentence) - 8:
            if best is None or abs(m.start() - len(sentence) / 2) < abs(best - len(sentence) / 2):
                best = m.start()
    return best


def _arabic_comma_split(sentence: str) -> int | None:
    """A 「، 」 (the Arabic comma) near the middle of a sentence (perturb.py's split looks for the Latin ", ")."""
    best = None
    for m in re.finditer(r"، (?=\w)", sentence):
        if 25 <= m.start() <= len(sentence) - 25:
            if best is None or abs(m.start() - len(sentence) / 2) < abs(best - len(sentence) / 2):
                best = m.start()
    return best


def edit(kind: str, src: list[str], tgt: list[str], rng: random.Random, foreign: list[str], lang):
    if lang.writes_spaces or kind not in ("merge", "split"):
        out = apply(kind, src, tgt, rng, foreign)
        if out is not None or kind != "split":
            return out
        # no ", " in the whole document (Arabic writes 「، 」): split at that comma (no capital to add)
        cands = [i for i, t in enumerate(tgt) if _arabic_comma_split(t) is not None]
        if not cands:
            return None
        k = rng.choice(cands)
        p = _arabic_comma_split(tgt[k])
        new = tgt[:k] + [tgt[k][:p].rstrip() + ".", tgt[k][p + 1:].strip()] + tgt[k + 1:]
        gold = [((i,), (i if i < k else i + 1,)) for i in range(len(src)) if i != k] + [((k,), (k, k + 1))]
        return new, sorted(gold, key=lambda g: (g[0] or (g[1][0] * 0,), g[1]))
    n = len(src)
    if kind == "merge":
        if n < 2:
            return None
        k = rng.randrange(n - 1)
        new = tgt[:k] + [tgt[k] + tgt[k + 1]] + tgt[k + 2:]
        gold = [((i,), (i if i < k else i - 1,)) for i in range(n) if i not in (k, k + 1)] + [((k, k + 1), (k,))]
    else:
        cands = [i for i, t in enumerate(tgt) if _unspaced_split(t) is not None]
        if not cands:
            return None
        k = rng.choice(cands)
        p = _unspaced_split(tgt[k])
        new = tgt[:k] + [tgt[k][:p] + "。", tgt[k][p + 1:]] + tgt[k + 1:]
        gold = [((i,), (i if i < k else i + 1,)) for i in range(n) if i != k] + [((k,), (k, k + 1))]
    return new, sorted(gold, key=lambda g: (g[0] or (g[1][0] * 0,), g[1]))


def alignment_f1(lang_code: str, docs: int | None, seed: int, embed) -> tuple[float, float, int]:
    """(embedding F1, Gale-Church F1, document pairs) on edited NTREX-128 id-X documents."""
    rng = random.Random(seed)
    lang = language(lang_code)
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents(lang_code)
    ids = list(src_docs)[:docs] if docs else list(src_docs)
    cases = []
    for doc_id in ids:
        src, tgt = src_docs[doc_id], tgt_docs[doc_id]
        foreign = [s for d, lines in tgt_docs.items() if d != doc_id for s in lines]
        cases.append((src, tgt, gold_identity(len(src))))
        for kind in EDITS:
            out = edit(kind, src, tgt, rng, foreign, lang)
            if out:
                cases.append((src, out[0], out[1]))
    scores = []
    for method in ("embedding", "length"):
        tp = np_ = ng = 0
        for src, tgt, gold in cases:
            al = align(src, tgt, embed=embed if method == "embedding" else None, method=method)
            a, b, c = link_f1([(link.source, link.translation) for link in al.links], gold)
            tp, np_, ng = tp + a, np_ + b, ng + c
        scores.append(2 * tp / (np_ + ng) if np_ + ng else 0.0)
    return scores[0], scores[1], len(cases)


def speed(langs: list[str], docs: int, embedder) -> dict[str, tuple[float, int]]:
    """Seconds per translation sentence of whole audits, the languages interleaved document by document."""
    from checker import audit

    settings = Settings(back_translation=BackTranslationSettings(mode="off"))
    src_docs = ntrex_documents("id")
    tgt = {code: ntrex_documents(code) for code in langs}
    ids = list(src_docs)[:docs]
    secs = Counter()
    sentences = Counter()
    for code in langs:  # warm up: each language's tokenizer and tables, loaded once per process
        audit(article(src_docs[ids[0]])[0], article(tgt[code][ids[0]], language(code).sentence_joiner)[0], "id",
              code, embedder=embedder, settings=settings)
    for doc_id in ids:
        source = article(src_docs[doc_id])[0]
        for code in langs:
            text = article(tgt[code][doc_id], language(code).sentence_joiner)[0]
            t0 = time.perf_counter()
            report = audit(source, text, "id", code, embedder=embedder, settings=settings)
            secs[code] += time.perf_counter() - t0
            sentences[code] += len(report.translation.segments)
    return {code: (secs[code] / sentences[code], sentences[code]) for code in langs}


def sixteen(docs: tuple[str, ...], embedder) -> list[tuple[str, str, int, int, Counter, list[str]]]:
    """Each NTREX-128 language as the translation of the Indonesian and as the source of the French."""
    from checker import audit

    settings = Settings(back_translation=BackTranslationSettings(mode="off"))
    rows = []
    for code in NTREX_FILES:
        for direction, (s, t) in (("id->X", ("id", code)), ("X->fr", (code, "fr"))):
            texts = {c: ntrex_documents(c) for c in (s, t)}
            errors, audits, status = [], 0, Counter()
            for doc_id in docs:
                audits += 1
                try:
                    report = audit(article(texts[s][doc_id], language(s).sentence_joiner)[0],
                                   article(texts[t][doc_id], language(t).sentence_joiner)[0], s, t,
                                   embedder=embedder, settings=settings)
                except Exception as exc:  # noqa: BLE001 (counted: the bar is none)
                    errors.append(f"{doc_id}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-3)}")
                    continue
                for run in report.checks:
                    status[f"{run.name}:{run.status}"] += 1
                    for rule, why in run.not_run:
                        status[f"{run.name}:{rule}:{why}"] += 1
            rows.append((code, direction, audits, len(errors), status, errors))
    return rows


def tokenizers() -> None:
    """Japanese: janome against fugashi + unidic-lite (speed, and the share of words wordfreq's list has); jieba."""
    import unicodedata

    import wordfreq

    lines = [line.strip() for line in (DATA / "ntrex128" / NTREX_FILES["ja"]).read_text(encoding="utf-8").splitlines()]
    freq = wordfreq.get_frequency_dict("ja")
    kana_han = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
    print(f"{len(lines)} NTREX-128 Japanese lines")
    print(f"{'tokenizer':<24}{'load s':>8}{'lines/s':>9}{'words':>8}{'in wordfreq':>13}")

    def measure(name, load, tokenize):
        t0 = time.perf_counter()
        tok = load()
        tokenize(tok, "テスト")
        loaded = time.perf_counter() - t0
        t0 = time.perf_counter()
        words = [w for line in lines for w in tokenize(tok, line) if kana_han.search(w)]
        rate = len(lines) / (time.perf_counter() - t0)
        known = sum(unicodedata.normalize("NFKC", w) in freq for w in words) / len(words)
        print(f"{name:<24}{loaded:>8.2f}{rate:>9.0f}{len(words):>8}{known:>13.3f}", flush=True)

    try:
        from janome.tokenizer import Tokenizer

        measure("janome", lambda: Tokenizer(wakati=True), lambda t, s: list(t.tokenize(s)))
    except ImportError:
        print("janome: not installed (pip install janome)")
    import fugashi
    import unidic_lite

    measure("fugashi + unidic-lite", lambda: fugashi.Tagger(f'-d "{unidic_lite.DICDIR}"'),
            lambda t, s: [w.surface for w in t(s)])
    zh = [line.strip() for line in (DATA / "ntrex128" / NTREX_FILES["zh"]).read_text(encoding="utf-8").splitlines()]
    t0 = time.perf_counter()
    lang = language("zh")
    lang.words("测试")
    loaded = time.perf_counter() - t0
    t0 = time.perf_counter()
    words = [w for line in zh for w in lang.words(line) if kana_han.search(w)]
    rate = len(zh) / (time.perf_counter() - t0)
    known = sum(lang.zipf(w) > 0 for w in words) / len(words)
    print(f"{'jieba (Chinese)':<24}{loaded:>8.2f}{rate:>9.0f}{len(words):>8}{known:>13.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", nargs="*", default=list(DEFAULT))
    ap.add_argument("--docs", type=int, default=None, help="alignment: the first N documents (default: all 123)")
    ap.add_argument("--speed-docs", type=int, default=20, help="speed: the first N documents (default 20)")
    ap.add_argument("--run-docs", type=int, default=len(SHORT_DOCS), help="16-language run: short documents each")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--skip", nargs="*", default=[], choices=["sentences", "alignment", "speed", "sixteen"])
    ap.add_argument("--tokenizers", action="store_true", help="only compare the Japanese tokenizers")
    args = ap.parse_args()
    if args.tokenizers:
        tokenizers()
        return
    embedder = get_embedder()
    rows = {code: {} for code in args.lang}
    if "sentences" not in args.skip:
        for code in args.lang:
            rows[code]["sentence"] = sentence_f1(code)[2]
    if "alignment" not in args.skip:
        embed = EmbeddingCache(embedder)
        for code in args.lang:
            rows[code]["align"], rows[code]["gc"], rows[code]["pairs"] = alignment_f1(code, args.docs, args.seed, embed)
    if "speed" not in args.skip:
        langs = list(dict.fromkeys(["fr"] + args.lang))
        for code, (sps, n) in speed(langs, args.speed_docs, embedder).items():
            if code in rows:
                rows[code]["speed"], rows[code]["sentences"] = sps, n
    speed_fr = rows.get("fr", {}).get("speed")
    print("\nNTREX-128, Indonesian sources; bars: sentence F1 >= 0.97, alignment F1 >= 0.97, zh/ja/ar audit time per "
          "sentence <= 1.30 x French's")
    print(f"{'lang':<6}{'sentence F1':>12}{'align F1':>10}{'Gale-Church':>13}{'pairs':>7}{'s/sentence':>12}"
          f"{'x French':>10}")
    for code, row in rows.items():
        def fmt(key, spec):
            return format(row[key], spec) if key in row else "-"
        ratio = f"{row['speed'] / speed_fr:.2f}" if "speed" in row and speed_fr else "-"
        print(f"{code:<6}{fmt('sentence', '.4f'):>12}{fmt('align', '.4f'):>10}{fmt('gc', '.4f'):>13}"
              f"{fmt('pairs', 'd'):>7}{fmt('speed', '.4f'):>12}{ratio:>10}")
    if "speed" not in args.skip:
        print(f"(speed: {args.speed_docs} documents per language, interleaved; French "
              f"{rows.get('fr', {}).get('sentences', '-')} sentences)")
    if "sixteen" not in args.skip:
        docs = SHORT_DOCS[:args.run_docs]
        print(f"\nThe sixteen NTREX-128 languages, {len(docs)} short documents each way ({', '.join(docs)})")
        print(f"{'lang':<6}{'direction':<10}{'audits':>7}{'tracebacks':>11}  checks (ran / in part / skipped / failed)")
        total_errors = 0
        notes = Counter()
        for code, direction, audits, n_errors, status, errors in sixteen(docs, embedder):
            total_errors += n_errors
            per = Counter()
            for key, n in status.items():
                parts = key.split(":", 2)
                if len(parts) == 2:
                    per[parts[1]] += n
                else:
                    notes[f"{parts[0]} {parts[1]}: {parts[2]}"] += n
            print(f"{code:<6}{direction:<10}{audits:>7}{n_errors:>11}  {per['ran']} / {per['partial']} / "
                  f"{per['skipped']} / {per['failed']}")
            for error in errors:
                print("    " + error.replace("\n", "\n    "))
        print(f"tracebacks: {total_errors} (bar: 0)")
        print("what did not run, and why (audits):")
        for note, n in sorted(notes.items()):
            print(f"  {n:>3}  {note}")


if __name__ == "__main__":
    main()
