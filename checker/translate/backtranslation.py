"""Back-translation: the translation translated back into the source language, scored against the original.

Per aligned pair: chrF, BLEU and TER of the back-translation against the source sentences (sacreBLEU, sentence level),
and the similarity of the two in one language through the embedder. Per document: the same metrics at corpus level,
each with sacreBLEU's signature so the score can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..align import Alignment, join_sentences
from ..document import Document

# sacreBLEU tokenizers for languages written without spaces between words.
_BLEU_TOKENIZE = {"zh": "zh", "ja": "char", "ko": "char", "th": "char"}


@dataclass(frozen=True)
class PairScores:
    link: int
    """Index of the link in the alignment."""
    text: str
    """The back-translation of the link's translation sentences."""
    chrf: float
    bleu: float
    ter: float
    similarity: float | None
    """Cosine similarity of source and back-translation through the embedder (same language)."""

    def to_dict(self) -> dict:
        return {"text": self.text, "chrf": round(self.chrf, 2), "bleu": round(self.bleu, 2), "ter": round(self.ter, 2),
                "similarity": None if self.similarity is None else round(self.similarity, 4)}


@dataclass(frozen=True)
class BackTranslation:
    status: str
    """``done``, or ``skipped`` (then ``reason`` says why)."""
    reason: str | None = None
    backend: str | None = None
    model: str | None = None
    revision: str | None = None
    decoding: str | None = None
    sentences: tuple[str | None, ...] = ()
    """The back-translation of each translation sentence (None where a precomputed file has none)."""
    pairs: dict[int, PairScores] = field(default_factory=dict)
    """Scores per link index, for links with sentences on both sides and a back-translation."""
    document: dict = field(default_factory=dict)
    """Corpus-level chrF, BLEU and TER over the scored pairs, with their sacreBLEU signatures."""

    @classmethod
    def skipped(cls, reason: str) -> "BackTranslation":
        return cls("skipped", reason)

    def signature(self) -> str:
        if self.status != "done":
            return "none"
        return f"{self.backend}:{self.model}@{self.revision}({self.decoding})"

    def to_dict(self) -> dict:
        return {"status": self.status, "reason": self.reason, "backend": self.backend, "model": self.model,
                "revision": self.revision, "decoding": self.decoding, "document": self.document}


def back_translate(translation: Document, translator) -> tuple[str | None, ...]:
    """Translate every sentence of ``translation`` with ``translator`` (whose target is the source language)."""
    return tuple(translator.translate(translation.sentences))


def score(source: Document, translation: Document, alignment: Alignment, sentences: Sequence[str | None],
          embed: Callable | None = None) -> tuple[dict[int, PairScores], dict]:
    """Score each aligned pair's back-translation against its source sentences, and the whole document."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    tokenize = _BLEU_TOKENIZE.get(source.language, "13a")
    bleu_s, chrf, ter = BLEU(tokenize=tokenize, effective_order=True), CHRF(), TER()
    scored: list[tuple[int, str, str]] = []
    for k, link in enumerate(alignment.links):
        if not (link.source and link.translation):
            continue
        parts = [sentences[j] for j in link.translation]
        if any(p is None for p in parts):
            continue
        scored.append((k, join_sentences([source.sentences[i] for i in link.source]), join_sentences(parts)))
    sims: list[float | None] = [None] * len(scored)
    if embed is not None and scored:
        refs = embed([ref for _, ref, _ in scored])
        hyps = embed([hyp for _, _, hyp in scored])
        sims = [float(r @ h) for r, h in zip(refs, hyps)]
    pairs = {k: PairScores(k, hyp, chrf.sentence_score(hyp, [ref]).score, bleu_s.sentence_score(hyp, [ref]).score,
                           ter.sentence_score(hyp, [ref]).score, sim)
             for (k, ref, hyp), sim in zip(scored, sims)}
    document: dict = {}
    if scored:
        hyps, refs = [h for _, _, h in scored], [[r for _, r, _ in scored]]
        bleu = BLEU(tokenize=tokenize)
        for name, metric in (("chrf", chrf), ("bleu", bleu), ("ter", ter)):
            document[name] = round(metric.corpus_score(hyps, refs).score, 2)
            document[f"{name}_signature"] = str(metric.get_signature())
        document["pairs"] = len(scored)
    return pairs, document
