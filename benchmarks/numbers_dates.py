"""Numbers and dates: false alarms on clean NTREX-128 Indonesian-French documents, and changes injected into the French.

Clean: every NTREX-128 document as an article pair, audited; a pair of aligned sentences with a number or a date on
either side that gets a NUM or DATE finding is flagged. NTREX-128's references are independent translations of English
articles, and in a few places they really differ (a weekday, a year one adds); those, listed with the evidence in
benchmarks/ntrex_discrepancies.tsv, are counted apart; the other flagged pairs are false alarms (bar: at most 1% of
the pairs with a number or a date).

Injected, one change at a time into a French quantity that matches a value of its aligned source: a digit changed,
an order of magnitude changed (x10), a month or a weekday changed, a number written in words changed, a number deleted.
Found means a NUM or DATE finding on the right span: the changed text in the translation, or, for a deletion, the
source's matching value, in whatever unit (bar: at least 97% of each kind). A figure whose sentence gives the same value
again in another unit (« 16 km (10 milles) ») is not deleted: the value stays said.

Speed: the audit time of the clean run with the numbers check and without it, in the same run.

    python benchmarks/numbers_dates.py [--docs N] [--seed S] [--show]
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
from checker import audit  # noqa: E402
from checker.checks import base as checks_base  # noqa: E402
from checker.embed import get_embedder  # noqa: E402
from checker.lang import language  # noqa: E402
from checker.quantities import DATE, MONTH, NUMBER, WEEKDAY, extract, same_value  # noqa: E402

KINDS = ("digit", "magnitude", "month", "weekday", "word", "delete")
FR_WORDS = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]


def is_number_finding(f) -> bool:
    return f.code.startswith(("NUM", "DATE"))


def candidates(q, kind) -> bool:
    if kind in ("digit", "magnitude", "delete"):
        return q.kind == NUMBER and not q.soft and re.search(r"\d", q.text) is not None and \
            (kind != "magnitude" or q.value != 0)
    if kind == "month":
        return q.kind in (DATE, MONTH) and re.search(r"[^\W\d]{3,}", q.text) is not None
    if kind == "weekday":
        return q.kind == WEEKDAY
    if kind == "word":
        return q.kind == NUMBER and q.text.lower() in FR_WORDS
    return False


def inject(text: str, q, kind: str, rng: random.Random):
    """Returns (new text, start, end of the changed span in the new text)."""
    s, e = q.start, q.end
    piece = text[s:e]
    if kind == "digit":
        digits = [i for i, c in enumerate(piece) if c.isdigit()]
        i = rng.choice(digits)
        new_digit = rng.choice([d for d in "0123456789" if d != piece[i] and not (i == digits[0] and d == "0")])
        new = piece[:i] + new_digit + piece[i + 1:]
    elif kind == "magnitude":  # ten times the figure, written the French way
        m = re.search(r"\d+(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?", piece)
        figure = m.group()
        whole, _, decimals = re.sub(r"[ \u00a0\u202f.]", "", figure).partition(",")
        digits = whole + decimals + "0"
        point = len(whole) + 1
        whole, decimals = digits[:point].lstrip("0") or "0", digits[point:].rstrip("0")
        grouped = re.sub(r"\B(?=(\d{3})+$)", "\u202f", whole) if len(whole) > 4 else whole
        new = piece[:m.start()] + grouped + ("," + decimals if decimals else "") + piece[m.end():]
    elif kind == "month":
        months = language("fr").months
        names = [n for n in months if not n.endswith(".")]
        m = re.search(r"[^\W\d]{3,}", piece)
        cur = m.group().lower()
        repl = rng.choice([n for n in names if months[n] != months.get(cur)])
        new = piece[:m.start()] + repl + piece[m.end():]
    elif kind == "weekday":
        days = language("fr").weekdays
        repl = rng.choice([n for n, v in days.items() if v != q.value])
        new = repl.capitalize() if piece[0].isupper() else repl
    elif kind == "word":
        repl = rng.choice([w for w in FR_WORDS if w != piece.lower()])
        new = repl.capitalize() if piece[0].isupper() else repl
    elif kind == "delete":
        before = text[:s].rstrip(" \u00a0\u202f")
        return before + text[e:], len(before), len(before)
    return text[:s] + new + text[e:], s, s + len(new)


def matched_translation_quantities(report, flagged_spans):
    """The French quantities that the clean audit matched with a value of their aligned source sentences."""
    out = []
    for link in report.alignment.pairs():
        src = [q for i in link.source for q in extract(report.source.segments[i].text, "id") if not q.match_only]
        for j in link.translation:
            seg = report.translation.segments[j]
            found = extract(seg.text, "fr")
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
                    out.append((q, twice))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    src_docs, tgt_docs = ntrex_documents("id"), ntrex_documents("fr")
    ids = list(src_docs)[: args.docs] if args.docs else list(src_docs)
    embedder = CachingEmbedder(get_embedder())
    pairs = {doc_id: (article(src_docs[doc_id])[0], article(tgt_docs[doc_id])[0]) for doc_id in ids}

    # clean run, twice for the timing: embeddings are cached after the first, so the second measures the checks
    for src, tgt in pairs.values():
        audit(src, tgt, "id", "fr", embedder=embedder)
    registry = dict(checks_base._REGISTRY)
    timings = {}
    for label in ("without numbers", "with numbers"):
        checks_base._REGISTRY.clear()
        checks_base._REGISTRY.update({k: v for k, v in registry.items() if label == "with numbers" or k != "numbers"})
        t0 = time.perf_counter()
        reports = {doc_id: audit(src, tgt, "id", "fr", embedder=embedder) for doc_id, (src, tgt) in pairs.items()}
        timings[label] = time.perf_counter() - t0
    checks_base._REGISTRY.clear()
    checks_base._REGISTRY.update(registry)

    known = {tuple(row.split("\t")[:3]) for row in (Path(__file__).parent / "ntrex_discrepancies.tsv")
             .read_text(encoding="utf-8").splitlines()[1:] if row and not row.startswith("#")}
    with_numbers = flagged = discrepancies = 0
    codes: Counter[str] = Counter()
    for doc_id, report in reports.items():
        for link in report.alignment.pairs():
            segs = [(report.source, i) for i in link.source] + [(report.translation, j) for j in link.translation]
            if not any(extract(doc.segments[k].text, doc.language) for doc, k in segs):
                continue
            with_numbers += 1
            spans = [(doc is report.source and "source" or "translation", doc.segments[k].start, doc.segments[k].end)
                     for doc, k in segs]
            hits = [f for f in report.findings if is_number_finding(f) and any(
                sp.side == side and s <= sp.start < e for sp in f.spans for side, s, e in spans)]
            if hits:
                flagged += 1
                real = all((doc_id, f.code, " ".join(f.spans[-1].text.split())) in known for f in hits)
                discrepancies += real
                for f in hits:
                    codes[f.code] += 1
                    if args.show:
                        print(f"clean {doc_id} {f.code} {f.message}{' (a reference discrepancy)' if real else ''}")

    # injections
    found: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    said_twice = 0
    for doc_id, (src, tgt) in pairs.items():
        report = reports[doc_id]
        flagged_spans = {(sp.start, sp.end) for f in report.findings if is_number_finding(f) for sp in f.spans
                         if sp.side == "translation"}
        quantities = matched_translation_quantities(report, flagged_spans)
        src_quantities = [(seg, q) for seg in report.source.segments for q in extract(seg.text, "id")]
        for kind in KINDS:
            cands = [q for q, twice in quantities if candidates(q, kind) and not (kind == "delete" and twice)]
            if kind == "delete":
                said_twice += sum(candidates(q, kind) and twice for q, twice in quantities)
            if not cands:
                continue
            q = rng.choice(cands)
            new_text, s, e = inject(tgt, q, kind, rng)
            tried[kind] += 1
            rep = audit(src, new_text, "id", "fr", embedder=embedder)
            hits = [f for f in rep.findings if is_number_finding(f)]
            if kind == "delete":
                ok = any(f.code in ("NUM002", "NUM001") and any(
                    sp.side == "source" and any(same_value(sq, q) and seg.start + sq.start == sp.start
                                                for seg, sq in src_quantities) for sp in f.spans) for f in hits)
            else:
                ok = any(sp.side == "translation" and sp.start < max(e, s + 1) and s < sp.end
                         for f in hits for sp in f.spans)
            found[kind] += ok
            if args.show and not ok:
                print(f"missed {kind} {doc_id}: « {q.text} » -> « {new_text[s:e]} » "
                      f"{[(f.code, f.message) for f in hits]}")

    print(f"NTREX-128 id-fr, {len(ids)} documents")
    print(f"clean: {with_numbers} aligned pairs with a number or a date, {flagged} with a NUM/DATE finding: "
          f"{flagged / max(with_numbers, 1):.2%}  {dict(codes)}")
    print(f"       of which {discrepancies} where the two references really differ (benchmarks/ntrex_discrepancies.tsv); "
          f"false alarms: {flagged - discrepancies} = {(flagged - discrepancies) / max(with_numbers, 1):.2%} "
          "(bar <= 1%)")
    print(f"\n{'injected':<10}{'tried':>6}{'found':>6}{'recall':>8}  bar >= 97%")
    for kind in KINDS:
        if tried[kind]:
            print(f"{kind:<10}{tried[kind]:>6}{found[kind]:>6}{found[kind] / tried[kind]:>8.1%}")
    total_t, total_f = sum(tried.values()), sum(found.values())
    print(f"{'all':<10}{total_t:>6}{total_f:>6}{total_f / max(total_t, 1):>8.1%}")
    print(f"(deletions: {said_twice} figures whose sentence also gives their value in another unit were not "
          "candidates)")
    w, wo = timings["with numbers"], timings["without numbers"]
    audit_time = w + embedder.seconds * 1.0  # a real audit embeds: the first pass's embedder time
    print(f"\nspeed: checks over {len(ids)} cached documents {wo:.2f} s without the numbers check, {w:.2f} s with it; "
          f"the numbers check adds {(w - wo):.2f} s to {audit_time:.1f} s of audit "
          f"(with {embedder.seconds:.1f} s of embedding): {(w - wo) / audit_time:.1%} (bar <= 10%)")


if __name__ == "__main__":
    main()
