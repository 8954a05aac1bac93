"""Language identification on NTREX-128 sentences: accuracy and speed of every backend, in one table.

Each backend runs twice: restricted to the languages an Indonesian-French audit expects (id, ms, fr, en) where the
backend allows it, and open (every language it knows). Sentences: a seeded sample from each NTREX-128 language:
Indonesian, French, English, Malay (Indonesian's closest confusable), and the twelve others in the open run. The
id->ms column is the share of Indonesian sentences taken for Malay.

    python benchmarks/langid.py [--per-language N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import DATA  # noqa: E402
from checker.langid import available_langids, get_langid  # noqa: E402

FILES = {"id": "newstest2019-ref.ind.txt", "fr": "newstest2019-ref.fra.txt", "en": "newstest2019-src.eng.txt",
         "ms": "newstest2019-ref.msa.txt", "de": "newstest2019-ref.deu.txt", "es": "newstest2019-ref.spa.txt",
         "pt": "newstest2019-ref.por.txt", "nl": "newstest2019-ref.nld.txt", "tr": "newstest2019-ref.tur.txt",
         "vi": "newstest2019-ref.vie.txt", "tl": "newstest2019-ref.fil.txt", "ru": "newstest2019-ref.rus.txt",
         "kk": "newstest2019-ref.kaz.txt", "ar": "newstest2019-ref.arb.txt", "ja": "newstest2019-ref.jpn.txt",
         "zh": "newstest2019-ref.zho-CN.txt"}
PLAUSIBLE = ("id", "ms", "fr", "en")
MAIN = ("id", "fr", "en")


def sample(lang: str, n: int, rng: random.Random) -> list[str]:
    lines = [l.strip() for l in (DATA / "ntrex128" / FILES[lang]).read_text(encoding="utf-8").splitlines()]
    idx = sorted(rng.sample(range(len(lines)), min(n, len(lines))))
    return [lines[i] for i in idx]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-language", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    data = {lang: sample(lang, args.per_language, rng) for lang in FILES}
    print(f"NTREX-128 sentences, {args.per_language} per language; accuracy per language, Indonesian taken for Malay, "
          "the other 12 languages (open runs), sentences per second")
    head = f"{'backend':<11}{'mode':<11}" + "".join(f"{l:>7}" for l in PLAUSIBLE) + f"{'id->ms':>8}{'others':>8}" \
        f"{'id/fr/en':>10}{'sent/s':>9}"
    print(head)
    for name in available_langids():
        for mode in ("restricted", "open"):
            langs = PLAUSIBLE if mode == "restricted" else None
            backend = get_langid(name, langs)
            backend.detect(["warm up"])
            tested = PLAUSIBLE if mode == "restricted" else tuple(FILES)
            acc, n_sent, secs, id_ms = {}, 0, 0.0, 0.0
            for lang in tested:
                t0 = time.perf_counter()
                got = [g for g, _ in backend.detect(data[lang])]
                secs += time.perf_counter() - t0
                n_sent += len(got)
                acc[lang] = sum(g == lang for g in got) / len(got)
                if lang == "id":
                    id_ms = sum(g == "ms" for g in got) / len(got)
            others = [acc[l] for l in tested if l not in PLAUSIBLE]
            main_acc = sum(acc[l] * len(data[l]) for l in MAIN) / sum(len(data[l]) for l in MAIN)
            row = f"{name:<11}{mode:<11}" + "".join(f"{acc[l]:>7.3f}" for l in PLAUSIBLE) + f"{id_ms:>8.3f}"
            row += f"{(sum(others) / len(others)) if others else float('nan'):>8.3f}{main_acc:>10.4f}{n_sent / secs:>9.0f}"
            print(row, flush=True)


if __name__ == "__main__":
    main()
