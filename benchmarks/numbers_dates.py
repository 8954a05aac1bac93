"""Numbers and dates: false alarms on clean NTREX-128 documents, and changes injected into the translation.

A pair of languages at a time (``--source id --target fr``, the default), or the table of every pair the newsroom
publishes (``--all``: Indonesian into French, English, Chinese, Japanese and Arabic; German, Spanish, Russian and
Portuguese into English, NTREX-128's references read against its English original the other way).

Clean: every NTREX-128 document as an article pair, aligned by the real aligner (the embedder and checker.align, as an
audit does) and checked by the numbers check; a pair of aligned sentences with a number or a date on either side that
gets a NUM or DATE finding is flagged. NTREX-128's references are independent translations of English articles, and in
places they really differ (a weekday, a year one adds, a figure mistyped); those, listed with the text of both in
benchmarks/ntrex_discrepancies.tsv (id-fr) and ntrex_discrepancies.<source>-<target>.tsv, are counted apart; the raw
figure is printed first, and a bar met only by setting them apart is not met. The findings per clean document are
printed too (the bar for German, Spanish, Russian and Portuguese sources: at most 0.1).

Injected, one change at a time into a translation quantity that matches a value of its aligned source: a digit
changed, an order of magnitude changed (x10), a month or a weekday changed, a number written in words changed, a
number deleted. Found means a NUM or DATE finding on the right span: the changed text in the translation, or, for a
deletion, the source's matching value, in whatever unit (bars: a digit change 97 %, 95 % for the other sources; a
deletion 95 %). A figure whose sentence gives the same value again in another unit (« 16 km (10 milles) ») is not
deleted: the value stays said.

``--sentences article`` (default) gives each document as an article (headline, then the body as one paragraph) and
lets the segmenter split it, as an audit of a feed does; ``--sentences gold`` gives NTREX-128's own lines, one sentence
each (``segmented=True``), so that the figures do not depend on a segmenter still being built for a language (the
aligner is the real one either way).

Speed: the time of the numbers check against the embedding and alignment of the same documents, and the cost of
reading the quantities of one sentence.

    python benchmarks/numbers_dates.py [--source id --target fr | --all] [--sentences article|gold] [--docs N]
                                       [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cached import CachingEmbedder  # noqa: E402
from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker.align import align  # noqa: E402
from checker.api import make_document  # noqa: E402
from checker.checks.base import AuditContext  # noqa: E402
from checker.checks.numbers import NumbersCheck  # noqa: E402
from checker.config import Settings  # noqa: E402
from checker.embed import EmbeddingCache, get_embedder  # noqa: E402
from checker.lang import language  # noqa: E402
from checker.quantities import DATE, MONTH, NUMBER, WEEKDAY, extract, same_value  # noqa: E402

KINDS = ("digit", "magnitude", "month", "weekday", "word", "delete")
PAIRS = (("id", "fr"), ("id", "en"), ("id", "zh"), ("id", "ja"), ("id", "ar"), ("de", "en"), ("es", "en"),
         ("ru", "en"), ("pt", "en"))
HERE = Path(__file__).resolve().parent
_MONTH_NUMBER = re.compile(r"(\d{1,2}|[〇一二三四五六七八九十]{1,3})(?=\s*月)")
_CJK_MONTHS = "一二三四五六七八九十"


def is_number_finding(f) -> bool:
    return f.code.startswith(("NUM", "DATE"))


def count_words(code: str) -> tuple[list[str], set[str]]:
    """The language's words for 2 to 10: one per value (the replacements) and every form (the candidates)."""
    n = language(code).numerals
    forms = {w: v for w, v in {**n.words, **n.ideographic_digits, **n.ideographic_units}.items()
             if isinstance(v, int) and 2 <= v <= 10}
    first: dict[int, str] = {}
    for w, v in forms.items():
        first.setdefault(v, w)
    return [first[v] for v in sorted(first)], set(forms)


def _value_of(word: str, code: str) -> float | None:
    found = [q for q in extract(word, code) if q.kind == NUMBER]
    return found[0].value if found else None


def month_span(text: str, lang) -> tuple[int, int] | None:
    """Where the month is written in a date's text: a name (« janvier ») or a number before 月."""
    m = re.search(r"[^\W\d]{3,}", text)
    if m and not _MONTH_NUMBER.search(text):
        return m.span()
    m = _MONTH_NUMBER.search(text)
    return m.span() if m else None


def candidates(q, kind, words: set[str]) -> bool:
    if kind in ("digit", "magnitude", "delete"):
        return q.kind == NUMBER and not q.soft and re.search(r"\d", q.text) is not None and \
            (kind != "magnitude" or q.value != 0)
    if kind == "month":
        return q.kind in (DATE, MONTH) and month_span(q.text, None) is not None
    if kind == "weekday":
        return q.kind == WEEKDAY
    if kind == "word":
        return q.kind == NUMBER and q.text.lower() in words
    return False


def inject(text: str, q, kind: str, rng: random.Random, target: str, words: list[str]):
    """Returns (new text, start, end of the changed span in the new text)."""
    lang = language(target)
    s, e = q.start, q.end
    piece = text[s:e]
    if kind == "digit":
        digits = [i for i, c in enumerate(piece) if c.isdigit()]
        i = rng.choice(digits)
        new_digit = rng.choice([d for d in "0123456789" if d != piece[i] and not (i == digits[0] and d == "0")])
        new = piece[:i] + new_digit + piece[i + 1:]
    elif kind == "magnitude":  # ten times the figure, written with the language's separators
        dec = lang.decimal_symbol or "."
        group = "[ \u00a0\u202f" + ("." if dec == "," else ",") + "]"
        m = re.search(r"\d+(?:" + group + r"\d{3})*(?:" + re.escape(dec) + r"\d+)?", piece)
        figure = m.group()
        whole, _, decimals = re.sub(group, "", figure).partition(dec)
        digits = whole + decimals + "0"
        point = len(whole) + 1
        whole, decimals = digits[:point].lstrip("0") or "0", digits[point:].rstrip("0")
        sep = lang.group_symbol if lang.group_symbol and len(lang.group_symbol) == 1 else ","
        grouped = re.sub(r"\B(?=(\d{3})+$)", sep, whole) if len(whole) > 4 else whole
        new = piece[:m.start()] + grouped + (dec + decimals if decimals else "") + piece[m.end():]
    elif kind == "month":
        a, b = month_span(piece, lang)
        cur = piece[a:b]
        if cur.isdigit() or all(ch in _CJK_MONTHS for ch in cur):  # 9月, 九月
            value = int(cur) if cur.isdigit() else (10 if cur == "十" else 10 + _CJK_MONTHS.index(cur[1]) + 1
                                                    if cur.startswith("十") else _CJK_MONTHS.index(cur) + 1)
            choices = [m for m in range(1, 13) if m != value]
            new_month = rng.choice(choices)
            repl = str(new_month) if cur.isdigit() else ("十" + _CJK_MONTHS[new_month - 11] if new_month > 10
                                                        else _CJK_MONTHS[new_month - 1])
        else:
            months = lang.months
            names = [n for n in months if not n.endswith(".")]
            repl = rng.choice([n for n in names if months[n] != months.get(cur.lower())])
            if lang.months_capitalised and cur[:1].isupper():
                repl = repl[:1].upper() + repl[1:]  # "June" -> "April": English months count capitalised
        new = piece[:a] + repl + piece[b:]
    elif kind == "weekday":
        days = lang.weekdays
        repl = rng.choice([n for n, v in days.items() if v != q.value])
        new = repl.capitalize() if piece[0].isupper() else repl
    elif kind == "word":  # another value (« أربع » for « أربعة », « 二 » for « 两 » would be no change)
        repl = rng.choice([w for w in words if w != piece.lower() and _value_of(w, target) != q.value])
        new = repl.capitalize() if piece[0].isupper() else repl
    elif kind == "delete":
        before = text[:s].rstrip(" \u00a0\u202f")
        return before + text[e:], len(before), len(before)
    return text[:s] + new + text[e:], s, s + len(new)


class Auditor:
    """The part of an audit the numbers check needs: both documents segmented, aligned by the real aligner over the
    embedder, and the numbers check run on them. (The other checks do not change its findings; leaving them out keeps
    the benchmark about numbers, and lets it run for languages whose other checks are still being built.)"""

    def __init__(self, embedder, segmented: bool):
        self.embedder, self.segmented = embedder, segmented
        self.check, self.settings = NumbersCheck(), Settings()
        self.align_seconds = self.check_seconds = 0.0

    def __call__(self, src: str, tgt: str, s: str, t: str):
        t0 = time.perf_counter()
        source = make_document(src, s, name="source", segmented=self.segmented)
        translation = make_document(tgt, t, name="translation", segmented=self.segmented)
        cache = EmbeddingCache(self.embedder)
        alignment = align(source.sentences, translation.sentences, embed=cache, params=self.settings.align)
        t1 = time.perf_counter()
        ctx = AuditContext(source, translation, alignment, self.settings, cache)
        findings = sorted(self.check.run(ctx), key=lambda f: f.sort_key())
        self.align_seconds += t1 - t0
        self.check_seconds += time.perf_counter() - t1
        return ctx, findings


def matched_translation_quantities(ctx, flagged_spans, source_lang: str, target_lang: str):
    """The translation's quantities that the clean audit matched with a value of their aligned source sentences."""
    out = []
    for link in ctx.alignment.pairs():
        src = [q for i in link.source for q in extract(ctx.source.segments[i].text, source_lang) if not q.match_only]
        for j in link.translation:
            seg = ctx.translation.segments[j]
            found = extract(seg.text, target_lang)
            for q in found:
                q = replace(q, start=seg.start + q.start, end=seg.start + q.end)
                if q.match_only or (q.start, q.end) in flagged_spans:
                    continue
                partner = next((p for p in src if same_value(p, q)), None)
                if partner is not None:
                    src.remove(partner)
                    # the sentence gives the value twice ("16 km (10 milles)"): deleting one leaves it said
                    twice = any(other.start != q.start - seg.start and same_value(other, q) and not other.match_only
                                for other in found)
                    out.append((q, twice, partner.soft))
    return out


def discrepancies_file(s: str, t: str) -> Path:
    return HERE / ("ntrex_discrepancies.tsv" if (s, t) == ("id", "fr") else f"ntrex_discrepancies.{s}-{t}.tsv")


def known_discrepancies(s: str, t: str) -> set[tuple[str, str, str]]:
    path = discrepancies_file(s, t)
    if not path.exists():
        return set()
    return {tuple(row.split("\t")[:3]) for row in path.read_text(encoding="utf-8").splitlines()[1:]
            if row and not row.startswith("#")}


def run_pair(s: str, t: str, args, embedder) -> dict:
    rng = random.Random(args.seed)
    src_docs, tgt_docs = ntrex_documents(s), ntrex_documents(t)
    ids = list(src_docs)[: args.docs] if args.docs else list(src_docs)
    gold = args.sentences == "gold"
    pairs = {doc_id: (("\n".join(src_docs[doc_id]), "\n".join(tgt_docs[doc_id])) if gold else
                      (article(src_docs[doc_id])[0], article(tgt_docs[doc_id])[0])) for doc_id in ids}
    auditor = Auditor(embedder, gold)
    embedded_before = embedder.seconds
    reports = {doc_id: auditor(src, tgt, s, t) for doc_id, (src, tgt) in pairs.items()}
    clean = {"embed": embedder.seconds - embedded_before, "align": auditor.align_seconds,
             "check": auditor.check_seconds}

    known = known_discrepancies(s, t)
    with_numbers = flagged = discrepancies = findings = real_findings = 0
    sentences = 0
    codes: Counter[str] = Counter()
    shown = []
    for doc_id, (ctx, found) in reports.items():
        findings += len(found)
        for link in ctx.alignment.pairs():
            segs = [(ctx.source, i) for i in link.source] + [(ctx.translation, j) for j in link.translation]
            if not any(extract(doc.segments[k].text, doc.language) for doc, k in segs):
                continue
            with_numbers += 1
            spans = [(doc is ctx.source and "source" or "translation", doc.segments[k].start, doc.segments[k].end)
                     for doc, k in segs]
            hits = [f for f in found if is_number_finding(f) and any(
                sp.side == side and st <= sp.start < en for sp in f.spans for side, st, en in spans)]
            if hits:
                flagged += 1
                real = all((doc_id, f.code, " ".join(f.spans[-1].text.split())) in known for f in hits)
                discrepancies += real
                for f in hits:
                    codes[f.code] += 1
                    if args.show:
                        src_text = " ".join(ctx.source.segments[i].text for i in link.source)
                        tgt_text = " ".join(ctx.translation.segments[j].text for j in link.translation)
                        shown.append(f"clean {doc_id}\t{f.code}\t{' '.join(f.spans[-1].text.split())}\t{f.message}"
                                     f"{' (a reference discrepancy)' if real else ''}\n    S: {src_text}\n"
                                     f"    T: {tgt_text}")
        real_findings += sum((doc_id, f.code, " ".join(f.spans[-1].text.split())) in known for f in found)
        sentences += len(ctx.source.segments) + len(ctx.translation.segments)

    # injections
    target_words, target_forms = count_words(t)
    found_k: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    said_twice = soft_partner = 0
    misses = []
    for doc_id, (src, tgt) in pairs.items():
        ctx, found = reports[doc_id]
        flagged_spans = {(sp.start, sp.end) for f in found if is_number_finding(f) for sp in f.spans
                         if sp.side == "translation"}
        quantities = matched_translation_quantities(ctx, flagged_spans, s, t)
        src_quantities = [(seg, q) for seg in ctx.source.segments for q in extract(seg.text, s)]
        for kind in KINDS:
            cands = [q for q, twice, soft in quantities if candidates(q, kind, target_forms) and
                     not (kind == "delete" and (twice or soft))]
            if kind == "delete":
                said_twice += sum(candidates(q, kind, target_forms) and twice for q, twice, _ in quantities)
                soft_partner += sum(candidates(q, kind, target_forms) and soft and not twice
                                    for q, twice, soft in quantities)
            if not cands:
                continue
            q = rng.choice(cands)
            new_text, a, b = inject(tgt, q, kind, rng, t, target_words)
            tried[kind] += 1
            _, new_found = auditor(src, new_text, s, t)
            hits = [f for f in new_found if is_number_finding(f)]
            if kind == "delete":
                ok = any(f.code in ("NUM002", "NUM001") and any(
                    sp.side == "source" and any(same_value(sq, q) and seg.start + sq.start == sp.start
                                                for seg, sq in src_quantities) for sp in f.spans) for f in hits)
            else:
                ok = any(sp.side == "translation" and sp.start < max(b, a + 1) and a < sp.end
                         for f in hits for sp in f.spans)
            found_k[kind] += ok
            if args.show and not ok:
                misses.append(f"missed {kind} {doc_id}: « {q.text} » -> « {new_text[a:b]} » "
                              f"{[(f.code, f.message) for f in hits]}")

    # the cost of reading one sentence's quantities (tables built already)
    texts = [seg.text for ctx, _ in reports.values() for doc in (ctx.source, ctx.translation) for seg in doc.segments]
    t0 = time.perf_counter()
    for text, doc_lang in zip(texts, [d.language for ctx, _ in reports.values() for d in (ctx.source, ctx.translation)
                                      for _ in d.segments]):
        extract(text, doc_lang)
    per_sentence = (time.perf_counter() - t0) / max(len(texts), 1)

    return dict(pair=f"{s}-{t}", docs=len(ids), with_numbers=with_numbers, flagged=flagged,
                discrepancies=discrepancies, findings=findings, real_findings=real_findings, codes=dict(codes),
                tried=tried, found=found_k, said_twice=said_twice, soft_partner=soft_partner, clean=clean, per_sentence=per_sentence,
                shown=shown, misses=misses, sentences=sentences)


def print_pair(r: dict, args) -> None:
    s, t = r["pair"].split("-")
    w, fl, dis = r["with_numbers"], r["flagged"], r["discrepancies"]
    print(f"\n== NTREX-128 {r['pair']}, {r['docs']} documents, sentences: {args.sentences}")
    for line in r["shown"]:
        print(line)
    for line in r["misses"]:
        print(line)
    print(f"clean: {w} aligned pairs with a number or a date, {fl} with a NUM/DATE finding: {fl / max(w, 1):.2%}  "
          f"{r['codes']}")
    print(f"       of which {dis} where the two references really differ ({discrepancies_file(s, t).name}); "
          f"false alarms: {fl - dis} = {(fl - dis) / max(w, 1):.2%} (bar <= 1%, met only by the raw figure)")
    print(f"       {r['findings']} findings = {r['findings'] / max(r['docs'], 1):.3f} per document "
          f"({(r['findings'] - r['real_findings']) / max(r['docs'], 1):.3f} without the listed discrepancies)")
    print(f"\n{'injected':<10}{'tried':>6}{'found':>6}{'recall':>8}")
    for kind in KINDS:
        if r["tried"][kind]:
            print(f"{kind:<10}{r['tried'][kind]:>6}{r['found'][kind]:>6}{r['found'][kind] / r['tried'][kind]:>8.1%}")
    total_t, total_f = sum(r["tried"].values()), sum(r["found"].values())
    print(f"{'all':<10}{total_t:>6}{total_f:>6}{total_f / max(total_t, 1):>8.1%}")
    print(f"(deletions: {r['said_twice']} figures whose sentence also gives their value in another unit were not "
          f"candidates, nor {r['soft_partner']} whose source says them as a small count in words, « dua » for « 2人 »: "
          "a count in words is never reported missing, in any language)")
    c = r["clean"]
    base = c["align"]  # the aligner's time includes the embedding
    print(f"speed: the numbers check took {c['check']:.2f} s over the {r['docs']} clean documents, against "
          f"{base:.1f} s of embedding and alignment ({c['embed']:.1f} s embedding): {c['check'] / max(base, 1e-9):.1%} "
          f"of that (the other checks not counted); reading one sentence's quantities: "
          f"{r['per_sentence'] * 1e6:.0f} µs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="id")
    ap.add_argument("--target", default="fr")
    ap.add_argument("--all", action="store_true", help="every pair: " + ", ".join("-".join(p) for p in PAIRS))
    ap.add_argument("--sentences", choices=("article", "gold"), default="article")
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--embedding-cache", type=Path, default=None,
                    help="keep the embeddings in this file between runs (the embedding time then counts only new texts)")
    args = ap.parse_args()
    embedder = CachingEmbedder(get_embedder(), path=args.embedding_cache)
    results = []
    for s, t in (PAIRS if args.all else [(args.source, args.target)]):
        r = run_pair(s, t, args, embedder)
        print_pair(r, args)
        results.append(r)
        embedder.save()
        sys.stdout.flush()
    if len(results) > 1:
        print(f"\n== summary (sentences: {args.sentences}, seed {args.seed})")
        print(f"{'pair':<7}{'pairs':>7}{'flagged':>9}{'raw':>8}{'apart':>8}{'per doc':>9}{'digit':>8}{'delete':>8}"
              f"{'all':>8}{'injected':>10}")
        for r in results:
            w = max(r["with_numbers"], 1)
            rec = {k: r["found"][k] / r["tried"][k] if r["tried"][k] else float("nan") for k in KINDS}
            tot = sum(r["found"].values()) / max(sum(r["tried"].values()), 1)
            print(f"{r['pair']:<7}{r['with_numbers']:>7}{r['flagged']:>9}{r['flagged'] / w:>8.2%}"
                  f"{(r['flagged'] - r['discrepancies']) / w:>8.2%}{r['findings'] / max(r['docs'], 1):>9.3f}"
                  f"{rec['digit']:>8.1%}{rec['delete']:>8.1%}{tot:>8.1%}{sum(r['tried'].values()):>10}")


if __name__ == "__main__":
    main()
