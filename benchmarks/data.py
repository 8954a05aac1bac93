"""Loading the shared corpora for benchmarks: NTREX-128 documents and TICO-19 lines.

The corpora live in ``../shared/data`` beside the repository (override with ``TRANSCHECK_DATA``). NTREX-128 is CC BY-SA 4.0
(Federmann, Kocmi, Xin 2022), TICO-19 is CC0.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TRANSCHECK_DATA", ROOT.parent / "shared" / "data"))
NTREX_FILES = {"id": "newstest2019-ref.ind.txt", "fr": "newstest2019-ref.fra.txt", "en": "newstest2019-src.eng.txt",
               "ms": "newstest2019-ref.msa.txt", "zh": "newstest2019-ref.zho-CN.txt", "ja": "newstest2019-ref.jpn.txt",
               "ar": "newstest2019-ref.arb.txt", "de": "newstest2019-ref.deu.txt", "es": "newstest2019-ref.spa.txt",
               "ru": "newstest2019-ref.rus.txt", "pt": "newstest2019-ref.por.txt", "nl": "newstest2019-ref.nld.txt",
               "tr": "newstest2019-ref.tur.txt", "vi": "newstest2019-ref.vie.txt", "kk": "newstest2019-ref.kaz.txt",
               "fil": "newstest2019-ref.fil.txt"}


def ntrex_documents(lang: str) -> "OrderedDict[str, list[str]]":
    """NTREX-128 documents in one language: document id -> its lines (gold sentences), in corpus order."""
    ids = (DATA / "ntrex128" / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (DATA / "ntrex128" / NTREX_FILES[lang]).read_text(encoding="utf-8").splitlines()
    assert len(ids) == len(lines), (len(ids), len(lines))
    docs: OrderedDict[str, list[str]] = OrderedDict()
    for doc_id, line in zip(ids, lines):
        docs.setdefault(doc_id.split("\t")[0], []).append(line.strip())
    return docs


def article(lines: list[str]) -> tuple[str, list[int]]:
    """A document's text as an article: the headline on its own line, the body as one paragraph of its sentences joined
    by a space. Returns the text and the gold sentence-end offsets."""
    text, ends = lines[0], [len(lines[0])]
    if len(lines) > 1:
        text += "\n"
        for i, line in enumerate(lines[1:]):
            if i:
                text += " "
            text += line
            ends.append(len(text))
    return text, ends


def tico_lines(lang: str) -> list[str]:
    return (DATA / "tico19" / f"tico19.{lang}").read_text(encoding="utf-8").splitlines()


def tico_documents(langs: tuple[str, ...] = ("id", "fr")) -> "OrderedDict[str, dict[str, list[str]]]":
    """TICO-19 lines grouped into documents by their origin URL: url -> {lang: lines}."""
    meta = (DATA / "tico19" / "tico19.meta.tsv").read_text(encoding="utf-8").splitlines()[1:]
    texts = {lang: tico_lines(lang) for lang in langs}
    docs: OrderedDict[str, dict[str, list[str]]] = OrderedDict()
    for i, row in enumerate(meta):
        url = row.split("\t")[2]
        doc = docs.setdefault(url, {lang: [] for lang in langs})
        for lang in langs:
            doc[lang].append(texts[lang][i].strip())
    return docs
