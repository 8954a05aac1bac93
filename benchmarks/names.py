"""Names: false alarms on clean NTREX-128 documents, spelling variants and substitutions injected into the translation.

A pair of languages at a time (``--source id --target fr``, the default; ``--all`` for every row of PAIRS): Indonesian
sources with French, English, Chinese, Japanese and Arabic translations, and German, Spanish and Russian sources with
the English original as their translation (NTREX-128's references read the other way).

Clean: every NTREX-128 document, source and translation, one sentence per line as the corpus gives
them, aligned line to line (the gold alignment: this measures the names check, not the aligner); every NAME finding is
a false alarm (bar for the name checks: at most 1 per 10 documents).

Injected spelling variants: in each translation, one occurrence of a name that the document writes at least twice
is rewritten with a transliteration variant of the kind news spellings show: in Latin letters i/y/ï, doubled or single
letters, kh/h, ou/u, -ev/-iev/-yev, an accent; in katakana a long-vowel mark added or dropped, small kana as large
ones, ヴ and ブ; in hanzi a homophone among the characters of transliteration (耶 and 叶); in Arabic a long vowel added
or dropped, hamza and alef forms, ta marbuta and ha, alef maksura and ya. In a script without capitals the name must
be one the source has too (its sound is in the source), so that loanwords are not counted as names. Found when a
NAME001 finding on the translation lists the rewritten occurrence (bar: at least 95% for French, 90% elsewhere).

Injected substitutions: in each translation, one name that the source has too (a rare capitalised word, or a
country) is replaced by a name of the same kind from another document (a country by a country; a surname, the last word
of a name of several words, by another; any other name word by another); found when a NAME002 finding points at the
replacement (bar: at least 90% for French, 80% elsewhere). Acronyms apart: in each translation with an acronym the source has too (or an
equivalent: OTSC for CSTO), one is replaced by another document's acronym, counted apart for acronyms the source
defines (« Organisasi Perjanjian Keamanan Kolektif (CSTO) ») and the others. NAME003 (a name added alone) is off
by default; the table shows what selecting it adds on both counts.

Speed: the names check's time beside the rest of the checks, on the same documents in the same run.

The references' own slips: a clean finding listed in benchmarks/ntrex_slips.tsv (document, rule, the text of its last
span; each row checked against the English original: a reference that spells one name two ways, or writes another
name than the English) is a real finding; the figure without them is printed beside the raw one.

    python benchmarks/names.py [--source id --target fr | --all] [--seed S] [--show]
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

from benchmarks.data import ntrex_documents  # noqa: E402
from checker import Alignment, Settings, make_document  # noqa: E402
from checker.align import Link  # noqa: E402
from checker.checks import AuditContext, all_checks  # noqa: E402
from checker.checks.names import (NamesCheck, _by_sound, _name_words, _names_of, _sides, _sounds_of,  # noqa: E402
                                  _units)
from checker.lang import language  # noqa: E402
from checker.lang.zh import TRANSLITERATION  # noqa: E402
from checker.names import acronyms, fold, mentions, name_key, sounds_alike, word_sound  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

PAIRS = [("id", "fr"), ("id", "en"), ("id", "zh"), ("id", "ja"), ("id", "ar"), ("de", "en"), ("es", "en"),
         ("ru", "en")]
BARS = {"fr": (0.1, 0.95, 0.90)}  # names per clean document (at most), variants found, substitutions found
DEFAULT_BARS = (0.1, 0.90, 0.80)


def variants(word: str, lang: str = "fr") -> list[str]:
    """Transliteration variants of a name word that keep its key."""
    if language(lang).names_by_script:
        key = language(lang).variant_key(word)
        return sorted(v for v in set(_script_variants(word)) if v != word and language(lang).variant_key(v) == key)
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


_LONG = "ー"
_SMALL = "ァィゥェォャュョッー"
_KANA_SWAPS = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"), ("ィ", "イ"), ("ェ", "エ"),
               ("ォ", "オ"), ("ァ", "ア"), ("ュ", "ユ"))
_ARABIC_SWAPS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ا", "أ"), ("ا", "إ"), ("ي", "يي"), ("يي", "ي"), ("و", "وو"))


def _script_variants(word: str):
    """Spellings of a name in katakana, hanzi or Arabic script as transliteration varies them."""
    if re.search(r"[ァ-ヺ]", word):
        for i in range(1, len(word) + 1):
            if word[i - 1] not in "ーッン・＝" and word[i:i + 1] not in _SMALL:
                yield word[:i] + _LONG + word[i:]  # a long vowel
        for i, ch in enumerate(word):
            if ch == _LONG:
                yield word[:i] + word[i + 1:]  # or none
        for a, b in _KANA_SWAPS:
            for m in re.finditer(a, word):
                yield word[:m.start()] + b + word[m.end():]  # ヴ as ブ, a small kana as a large one
            if a.startswith("ヴ"):
                for m in re.finditer(b, word):
                    yield word[:m.start()] + a + word[m.end():]
    elif re.search(r"[\u4e00-\u9fff]", word):
        from anyascii import anyascii

        for i, ch in enumerate(word):
            for other in _HOMOPHONES.get(anyascii(ch).lower(), ()):
                if other != ch:
                    yield word[:i] + other + word[i + 1:]
    elif re.search(r"[\u0621-\u064a]", word):
        for a, b in _ARABIC_SWAPS:
            for m in re.finditer(a, word):
                if m.start() or a in "أإآا":
                    yield word[:m.start()] + b + word[m.end():]
        for i in range(1, len(word) - 1):
            if word[i] in "اوي":
                yield word[:i] + word[i + 1:]  # a long vowel dropped
            elif word[i - 1] not in "اوي":
                yield word[:i] + "ا" + word[i:]  # or added
        if word.endswith("ة"):
            yield word[:-1] + "ه"
        if word.endswith("ه"):
            yield word[:-1] + "ة"
        if word.endswith("ي"):
            yield word[:-1] + "ى"


def _homophones() -> dict[str, tuple[str, ...]]:
    from anyascii import anyascii

    out: dict[str, list[str]] = {}
    for ch in TRANSLITERATION:
        out.setdefault(anyascii(ch).lower(), []).append(ch)
    return {k: tuple(v) for k, v in out.items() if len(v) > 1}


_HOMOPHONES = _homophones()

DEFAULT = Settings()
SLIPS = Path(__file__).resolve().parent / "ntrex_slips.tsv"


def references_own() -> set[tuple[str, str, str]]:
    """(document, rule, text of the last span) of the findings that are the references' own slips."""
    return {tuple(row.split("\t")[:3]) for row in SLIPS.read_text(encoding="utf-8").splitlines()[1:]
            if row and not row.startswith("#")}


def gold(n: int) -> Alignment:
    return Alignment(tuple(Link((i,), (i,)) for i in range(n)), method="gold")


def substitution_candidates(source, tgt, units_tgt):
    """The translation's name units that have their counterpart in the aligned source sentence: (unit, kind)."""
    out = []
    by_script = language(tgt.language).names_by_script
    for j, units in enumerate(units_tgt):
        for u in units:
            if not source.has(u, [j], ()):
                continue
            # in a script without capitals, a word whose sound a source name has (not a loanword like ボール
            # whose sound is a capitalised word's)
            if by_script and not u.territory and not u.is_acronym and \
                    not any(sounds_alike(u.sound, su.sound) for su in source.units[j] if not su.territory):
                continue
            out.append((u, kind_of(tgt, u)))
    return out


def kind_of(doc, unit) -> str:
    if unit.is_acronym:
        return "acronym"
    if unit.territory:
        return "territory"
    mention = next((m for m in mentions(doc) if m.start <= unit.start < m.end), None)
    parts = language(doc.language).name_parts(mention.text) if mention is not None and mention.by_script else None
    if mention is not None and (len(parts) if parts is not None else len(mention.words)) > 1 and \
            unit.end == mention.end:
        return "surname"
    return "name"


def rare(text: str, lang: str) -> bool:
    """A replacement name: rare in the translation's language (and in English, which every language quotes)."""
    if language(lang).names_by_script:
        return language(lang).listed_zipf(text) < 3.0
    return all(zipf_frequency(part.casefold(), code) < 3.0 for part in re.split(r"[-’' ]", text) if part
               for code in dict.fromkeys((lang, "en")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="id")
    ap.add_argument("--target", default="fr")
    ap.add_argument("--all", action="store_true", help="every pair of PAIRS, and a summary table")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    pairs = PAIRS if args.all else [(args.source, args.target)]
    rows = [run(s, t, args.seed, args.show) for s, t in pairs]
    if len(rows) > 1:
        print("\n| pair | name findings per clean document (without the references' slips) | spelling variants "
              "found | substitutions found by NAME002 | names check / other text checks (s) |")
        print("|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['pair']} | {r['clean']:.3f} ({r['clean_apart']:.3f}; bar <= {r['bars'][0]}) | "
                  f"{r['found']}/{r['tried']} = "
                  f"{r['found'] / max(r['tried'], 1):.1%} (bar >= {r['bars'][1]:.0%}) | {r['s_found']}/{r['s_tried']} = "
                  f"{r['s_found'] / max(r['s_tried'], 1):.1%} (bar >= {r['bars'][2]:.0%}) | "
                  f"{r['t_names']:.2f} / {r['t_other']:.2f} |")


def run(source: str, target: str, seed: int, show: bool) -> dict:
    def draw(kind: str, doc_id: str) -> random.Random:
        # a draw of its own per kind and document (as benchmarks/ai_errors.py): a change that finds more or fewer
        # variants leaves the substitutions drawn as they were
        return random.Random(f"{seed}:{kind}:{doc_id}")

    bars = BARS.get(target, DEFAULT_BARS) if source == "id" else DEFAULT_BARS
    src_docs, tgt_docs = ntrex_documents(source), ntrex_documents(target)
    by_script = _by_sound(source) or _by_sound(target)
    check = NamesCheck()
    others = [c for c in all_checks() if c.name not in ("names", "meaning", "coverage")]
    clean = Counter()
    own = references_own()
    clean_own = 0
    opt_in: Counter[str] = Counter()
    t_names = t_other = 0.0
    failed: dict[str, str] = {}
    tried = found = 0
    docs = {}
    pool: dict[str, list[tuple[str, str, frozenset]]] = {}  # kind -> [(document, name, its territory codes)]
    source_sounds = {}
    for doc_id in src_docs:
        src = make_document("\n".join(src_docs[doc_id]), source, segmented=True)
        tgt = make_document("\n".join(tgt_docs[doc_id]), target, segmented=True)
        docs[doc_id] = (src, tgt)
        src_side, _ = _sides(src, tgt, _names_of(src), _names_of(tgt))
        # the translation's units as the source's are found: a name common in its language counts where the other
        # document writes it too
        s_shared = set().union(*src_side.keys) | ({"~" + snd for snds in src_side.sounds for snd in snds}
                                                  if by_script else set())
        units_tgt = _units(_names_of(tgt), acronyms(tgt), s_shared)
        cands = substitution_candidates(src_side, tgt, units_tgt)
        docs[doc_id] += (cands,)
        source_sounds[doc_id] = set().union(*(_sounds_of(seg.text, source) for seg in src.segments))
        # replacements: names rare in the translation's language and in English (a surname, a town), not « Sénat »
        # or « Open »
        for u, kind in cands:
            if rare(u.text, target) or u.territory or u.is_acronym:
                pool.setdefault(kind, []).append((doc_id, u.text, frozenset(u.territory)))
    for doc_id, (src, tgt, _) in docs.items():
        ctx = AuditContext(src, tgt, gold(len(src.segments)), Settings())
        t0 = time.perf_counter()
        everything = list(check.run(ctx))
        findings = [f for f in everything if DEFAULT.wants(f.code)]
        t1 = time.perf_counter()
        for other in others:
            try:
                list(other.run(ctx))
            except Exception as exc:  # another check that cannot run for this language yet: timed until it fails
                failed[other.name] = f"{type(exc).__name__}: {exc}"[:80]
        t2 = time.perf_counter()
        t_names += t1 - t0
        t_other += t2 - t1
        for f in everything:
            listed = (doc_id, f.code, f.spans[-1].text) in own
            if DEFAULT.wants(f.code):
                clean[(f.code, f.spans[0].side)] += 1
                clean_own += listed
            else:
                opt_in[f.code] += 1
            if show:
                print(f"clean {doc_id} {f.code} {f.message}" + (" (the reference's own: ntrex_slips.tsv)"
                                                                 if listed else ""))
        # injection: a name word written at least twice, one occurrence rewritten
        words = _name_words(_names_of(tgt))
        flagged = {f.evidence["key"] for f in findings if f.code == "NAME001"}
        # (in a script without capitals, a name the source has too, by its sound: not a loanword)
        cands = [(key, occ) for key, occ in words.items()
                 if len(occ) >= 2 and key not in flagged and variants(occ[0][0], target) and
                 (not language(target).names_by_script or
                  any(sounds_alike(word_sound(occ[0][0], target), snd) for snd in source_sounds[doc_id]))]
        if not cands:
            continue
        rng = draw("variant", doc_id)
        key, occ = rng.choice(cands)
        word, span = rng.choice(occ)
        new_word = rng.choice(variants(word, target))
        text = tgt.text[:span.start] + new_word + tgt.text[span.end:]
        new_tgt = make_document(text, target, segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code == "NAME001" and f.spans[0].side == "translation" and
                any(sp.start == span.start for sp in f.spans)]
        tried += 1
        found += bool(hits)
        if show and not hits:
            print(f"missed {doc_id}: {word} -> {new_word}")
    # substitutions
    s_tried = s_found = s_found_opt = 0
    by_kind: Counter[str] = Counter()
    by_kind_found: Counter[str] = Counter()
    acronym_subs: Counter[str] = Counter()
    acronym_found: Counter[str] = Counter()
    for doc_id, (src, tgt, all_cands) in docs.items():
        cands = [(u, kind) for u, kind in all_cands if kind != "acronym"]
        if not cands:
            continue
        rng = draw("substitution", doc_id)
        unit, kind = rng.choice(cands)
        in_doc = {fold(u.text) for u, _ in cands}
        # (another name of the same country is no substitution: « U.K. » for « Britain », « United States » for
        # « U.S. »)
        others_of_kind = sorted({name for d, name, codes in pool.get(kind, []) if d != doc_id and
                                 fold(name) not in in_doc and name_key(name) != unit.key and
                                 not codes & set(unit.territory)})
        if not others_of_kind:
            continue
        new = rng.choice(others_of_kind)
        text = tgt.text[:unit.start] + new + tgt.text[unit.end:]
        new_tgt = make_document(text, target, segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code in ("NAME002", "NAME003") and any(sp.side == "translation" and
                                                             sp.start <= unit.start < sp.end for sp in f.spans)]
        s_tried += 1
        s_found += any(f.code == "NAME002" for f in hits)
        s_found_opt += bool(hits)
        by_kind[kind] += 1
        by_kind_found[kind] += any(f.code == "NAME002" for f in hits)
        if show and not any(f.code == "NAME002" for f in hits):
            print(f"missed substitution {doc_id} (line {unit.sentence}): {unit.text} -> {new} "
                  f"{[f.code for f in hits]}")
    # acronyms: one of the translation's replaced by another document's; those the source defines apart from the
    # others (an acronym the source does not define may be its language's own, PBB for ONU, and is not reported)
    acronym_pool = sorted({u.text for _, _, c in docs.values() for u, kind in c if kind == "acronym"})
    for doc_id, (src, tgt, all_cands) in docs.items():
        cands = [u for u, kind in all_cands if kind == "acronym"]
        if not cands:
            continue
        rng = draw("acronym", doc_id)
        unit = rng.choice(cands)
        defined = acronyms(src)
        how = "defined" if unit.text in defined or any(sorted(a) == sorted(unit.text) for a in defined) or \
            unit.acronym is not None else "undefined"
        choices = [a for a in acronym_pool if a != unit.text and a not in tgt.text]
        if not choices:
            continue
        new = rng.choice(choices)
        new_tgt = make_document(tgt.text[:unit.start] + new + tgt.text[unit.end:], target, segmented=True)
        hits = [f for f in check.run(AuditContext(src, new_tgt, gold(len(src.segments)), Settings()))
                if f.code == "NAME002" and any(sp.side == "translation" and sp.start <= unit.start < sp.end
                                               for sp in f.spans)]
        acronym_subs[how] += 1
        acronym_found[how] += bool(hits)
        if show and not hits:
            print(f"missed acronym substitution ({how}) {doc_id}: {unit.text} -> {new}")
    n = len(src_docs)
    total = sum(clean.values())
    print(f"\nNTREX-128 {source}-{target}, {n} documents, aligned line to line")
    print(f"clean: {total} name findings {dict(sorted(clean.items()))}: {total / n:.3f} per document "
          f"(bar <= {bars[0]}); of which {clean_own} the references' own slips (benchmarks/ntrex_slips.tsv): "
          f"{(total - clean_own) / n:.3f} per document without them")
    print(f"injected spelling variants: {found}/{tried} found: {found / max(tried, 1):.1%} (bar >= {bars[1]:.0%})")
    print(f"injected substitutions: {s_found}/{s_tried} found by NAME002: {s_found / max(s_tried, 1):.1%} "
          f"(bar >= {bars[2]:.0%}); " + ", ".join(f"{k} {by_kind_found[k]}/{by_kind[k]}" for k in sorted(by_kind)))
    print("injected acronym substitutions found by NAME002: " + ", ".join(
        f"{how} in the source {acronym_found[how]}/{acronym_subs[how]}" for how in ("defined", "undefined")) +
        " (an acronym the source does not define is not reported: it may be its language's own)")
    print(f"with the opt-in NAME003 (a name added alone) selected: {sum(opt_in.values())} more on clean documents, "
          f"{(total + sum(opt_in.values())) / n:.3f} per document; substitutions found by NAME002 or NAME003: "
          f"{s_found_opt}/{s_tried} = {s_found_opt / max(s_tried, 1):.1%}")
    print(f"speed: names check {t_names:.2f} s, the other text checks {t_other:.2f} s on the same documents" +
          "".join(f"; {name} failed ({why})" for name, why in sorted(failed.items())))
    return {"pair": f"{source}-{target}", "clean": total / n, "clean_apart": (total - clean_own) / n, "found": found,
            "tried": tried, "s_found": s_found,
            "s_tried": s_tried, "t_names": t_names, "t_other": t_other, "bars": bars}


if __name__ == "__main__":
    main()
