"""Back-translation speed and memory: transformers float32 against CTranslate2 int8, length-sorted batches against one
sentence at a time, a cached re-translation against the first, and the audit's time outside translation and embedding.

The model is a full-size Marian with the OPUS-MT dimensions (6+6 layers, width 512, 8 heads, feed-forward 2048, a
vocabulary of 60,000) and random weights: no translation weights can be fetched here, and speed does not depend on
the weights. Every decoding has a fixed output length (min = max), so each configuration does the same work. Each
configuration runs in its own process, on the same NTREX-128 French sentences, and reports its peak memory.

    python benchmarks/back_translation.py [--sentences 500] [--length 24] [--beam 2] [--docs 8]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
warnings.filterwarnings("ignore")

from benchmarks.data import article, ntrex_documents  # noqa: E402

THREADS = os.cpu_count() or 1


def sentences(n: int) -> list[str]:
    lines = [line for doc in ntrex_documents("fr").values() for line in doc]
    return lines[:n]


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args) -> dict:
    """One configuration, measured in this process."""
    from checker.translate import CachedTranslator, Decoding, TranslationCache, get_translator

    texts = sentences(args.sentences)
    batch = 1 if args.child == "transformers-single" else 16
    decoding = Decoding(beam_size=args.beam, max_length=args.length, min_length=args.length, batch_size=batch,
                        sort_by_length=batch > 1)
    backend = "ctranslate2" if args.child.startswith("ctranslate2") else "transformers"
    folder = args.folder + ("-ct2" if backend == "ctranslate2" else "")
    translator = get_translator(backend, model=folder, source_lang="fr", target_lang="id", decoding=decoding,
                                threads=THREADS)
    translator.translate(texts[:4])  # warm-up: first calls allocate
    if args.child == "cached":
        with tempfile.TemporaryDirectory() as tmp:
            cached = CachedTranslator(translator, TranslationCache(Path(tmp) / "c.sqlite"))
            t = time.perf_counter()
            cached.translate(texts)
            first = time.perf_counter() - t
            cached = CachedTranslator(translator, TranslationCache(Path(tmp) / "c.sqlite"))  # a new audit, same cache
            t = time.perf_counter()
            cached.translate(texts)
            second = time.perf_counter() - t
        return {"first": first, "second": second, "peak_mb": peak_mb()}
    if args.child == "audit":
        return audit_overhead(args, translator)
    t = time.perf_counter()
    out = translator.translate(texts)
    seconds = time.perf_counter() - t
    assert len(out) == len(texts)
    return {"seconds": seconds, "per_s": len(texts) / seconds, "peak_mb": peak_mb()}


class Timed:
    """Adds up the time spent inside a translator's translate or an embedder's embed."""

    def __init__(self, inner, method: str):
        self.inner, self.method, self.seconds = inner, method, 0.0
        for attr in ("name", "model", "revision", "source_lang", "target_lang", "decoding"):
            if hasattr(inner, attr):
                setattr(self, attr, getattr(inner, attr))
        setattr(self, method, self._call)

    def _call(self, texts):
        t = time.perf_counter()
        out = getattr(self.inner, self.method)(texts)
        self.seconds += time.perf_counter() - t
        return out


def audit_overhead(args, translator) -> dict:
    from checker import audit
    from checker.embed import get_embedder

    embedder = Timed(get_embedder(), "embed")
    timed = Timed(translator, "translate")
    src, tgt = ntrex_documents("id"), ntrex_documents("fr")
    warm, *ids = list(src)[: args.docs + 1]
    # One audit first, untimed: it loads what every audit then shares (the embedder, langdetect's profiles, wordfreq).
    audit(article(src[warm])[0], article(tgt[warm])[0], "id", "fr", embedder=embedder, translator=timed)
    embedder.seconds = timed.seconds = 0.0
    t = time.perf_counter()
    for doc_id in ids:
        audit(article(src[doc_id])[0], article(tgt[doc_id])[0], "id", "fr", embedder=embedder, translator=timed)
    wall = time.perf_counter() - t
    return {"wall": wall, "translate": timed.seconds, "embed": embedder.seconds, "docs": len(ids),
            "peak_mb": peak_mb()}


def run_child(config: str, args) -> dict:
    cmd = [sys.executable, __file__, "--child", config, "--folder", args.folder, "--sentences", str(args.sentences),
           "--length", str(args.length), "--beam", str(args.beam), "--docs", str(args.docs)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"{config} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=500)
    ap.add_argument("--length", type=int, default=24, help="output tokens per sentence (fixed)")
    ap.add_argument("--beam", type=int, default=2)
    ap.add_argument("--docs", type=int, default=8, help="NTREX-128 documents audited for the overhead")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return

    from checker.translate.ct2 import convert
    from checker.translate.random_model import build_random_marian

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        corpus = [line for doc in ntrex_documents("fr").values() for line in doc]
        corpus += [line for doc in ntrex_documents("id").values() for line in doc]
        folder = build_random_marian(Path(tmp) / "opus-mt-size", corpus, "fr", "id", dims="opus-mt",
                                     vocab_size=60000, pieces=8000)
        convert(str(folder), str(folder) + "-ct2", quantization="int8")
        print(f"built a random-weight Marian (OPUS-MT dimensions, vocabulary 60,000) and its int8 conversion in "
              f"{time.perf_counter() - t:.0f} s; {args.sentences} NTREX-128 French sentences, beam {args.beam}, "
              f"{args.length} output tokens each, {THREADS} threads\n")
        args.folder = str(folder)
        hf = run_child("transformers-sorted", args)
        single = run_child("transformers-single", args)
        ct2 = run_child("ctranslate2-sorted", args)
        cached = run_child("cached", args)
        overhead = run_child("audit", args)

    rows = [("transformers float32, length-sorted batches of 16", hf),
            ("transformers float32, one sentence at a time", single),
            ("CTranslate2 int8, length-sorted batches of 16", ct2)]
    print(f"{'configuration':<52}{'sent/s':>9}{'seconds':>9}{'peak MB':>9}")
    for name, r in rows:
        print(f"{name:<52}{r['per_s']:>9.2f}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}")
    print()
    print(f"CTranslate2 int8 / transformers float32 (batched):        {ct2['per_s'] / hf['per_s']:.2f}x   (bar 2x)")
    print(f"length-sorted batches / one at a time (transformers):     {hf['per_s'] / single['per_s']:.2f}x   (bar 1.5x)")
    ratio = cached["first"] / cached["second"]
    print(f"cached re-translation / first (transformers, same {args.sentences}): {cached['first']:.1f} s -> "
          f"{cached['second'] * 1000:.1f} ms = {ratio:.0f}x   (bar 50x), peak {cached['peak_mb']:.0f} MB")
    outside = overhead["wall"] - overhead["translate"] - overhead["embed"]
    print(f"audit of {overhead['docs']} NTREX-128 id-fr documents with the transformers backend: {overhead['wall']:.1f} s, "
          f"translation {overhead['translate']:.1f} s, embedding {overhead['embed']:.1f} s, outside both "
          f"{outside:.1f} s = {100 * outside / overhead['wall']:.1f}%   (bar 10%), peak {overhead['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
