"""Sentence alignment by dynamic programming over 1-1, 1-0, 0-1, 1-2, 2-1 and 2-2 links.

Two scorers share one search:

- ``embedding`` (the default, after Vecalign): a link costs the cosine distance of the embeddings of its (joined)
  sentences, divided by how distant those sentences are on average from the other side's sentences in the same document
  (so a generic sentence that is close to everything does not win), times the number of sentences on each side (so a
  merge has to earn its place), plus a penalty on the length ratio against the document's own ratio. Leaving a sentence
  without a counterpart costs a fixed ``skip_cost``.
- ``length`` (Gale and Church 1993): character lengths only; the baseline the benchmarks print beside the default.

Each returned :class:`Link` keeps its cosine similarity and its cost.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

ALIGNER_VERSION = "dp-1"
# (source sentences, translation sentences) a link may join.
LINK_TYPES = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))


@dataclass(frozen=True)
class AlignParams:
    """Settings of the embedding aligner; the defaults were tuned on TICO-19 documents (benchmarks/tune_alignment.py)
    and are measured on NTREX-128 (benchmarks/alignment.py)."""

    skip_cost: float = 0.9
    length_weight: float = 0.12
    merge_cost: float = 0.1
    merge_scale: float = 1.0
    """A link of a source and b translation sentences costs its distance times 1 + merge_scale * (a * b - 1)."""
    band: int = 40


@dataclass(frozen=True)
class Link:
    source: tuple[int, ...]
    translation: tuple[int, ...]
    similarity: float | None = None
    """Cosine similarity of the joined source and translation sentences (None for a sentence without counterpart)."""
    cost: float = 0.0
    """What the link cost the aligner: lower is better; a skip costs ``skip_cost`` per sentence."""

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.translation)}"

    def to_dict(self) -> dict:
        return {"source": list(self.source), "translation": list(self.translation), "kind": self.kind,
                "similarity": None if self.similarity is None else round(self.similarity, 4),
                "cost": round(self.cost, 4)}


@dataclass(frozen=True)
class Alignment:
    links: tuple[Link, ...]
    method: str = "embedding"

    def pairs(self) -> list[Link]:
        """The links with sentences on both sides."""
        return [link for link in self.links if link.source and link.translation]

    def to_dict(self) -> dict:
        return {"method": self.method, "links": [link.to_dict() for link in self.links]}


def join_sentences(texts: Sequence[str]) -> str:
    """How a link's sentences are joined before they are embedded as one."""
    return " ".join(texts)


def _search(n: int, m: int, cost: Callable[[int, int, int, int], float | None], band: int | None) -> list[tuple[int, int, int, int, float]]:
    """Cheapest path from (0, 0) to (n, m); ``cost(i, j, a, b)`` prices the link of source i..i+a-1 with translation
    j..j+b-1, or returns None when it is not allowed. Returns (i, j, a, b, cost) per link, in order."""
    inf = math.inf
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    slope = m / n if n else 0.0
    for i in range(n + 1):
        if band is not None and n and m:
            centre = i * slope
            lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        else:
            lo, hi = 0, m
        row = best[i]
        for j in range(lo, hi + 1):
            here = row[j]
            if here == inf:
                continue
            for a, b in LINK_TYPES:
                if i + a > n or j + b > m:
                    continue
                c = cost(i, j, a, b)
                if c is None:
                    continue
                total = here + c
                if total < best[i + a][j + b]:
                    best[i + a][j + b] = total
                    back[i + a][j + b] = (a, b, c)
    if best[n][m] == inf:  # the band was too narrow for this pair of documents: search everything
        return _search(n, m, cost, None)
    path = []
    i, j = n, m
    while i or j:
        a, b, c = back[i][j]
        i, j = i - a, j - b
        path.append((i, j, a, b, c))
    return path[::-1]


def align(source: Sequence[str], translation: Sequence[str], *, embed=None, method: str = "embedding",
          params: AlignParams | None = None) -> Alignment:
    """Align two lists of sentences.

    ``embed`` is a callable from a list of texts to an array of L2-normalised vectors (an
    :class:`~checker.embed.EmbeddingCache`, or an embedder's ``embed``); when it is None the default embedder is built.
    ``method="length"`` runs the Gale-Church baseline instead and needs no embedder.
    """
    source, translation = list(source), list(translation)
    if method == "length":
        return gale_church(source, translation)
    if method != "embedding":
        raise ValueError(f"unknown alignment method {method!r} (embedding or length)")
    params = params or AlignParams()
    n, m = len(source), len(translation)
    if not n or not m:
        return Alignment(tuple([Link((i,), ()) for i in range(n)] + [Link((), (j,)) for j in range(m)]))
    if embed is None:
        from .embed import EmbeddingCache, get_embedder

        embed = EmbeddingCache(get_embedder())

    import numpy as np

    src_groups = {1: source, 2: [join_sentences(source[i:i + 2]) for i in range(n - 1)]}
    tgt_groups = {1: translation, 2: [join_sentences(translation[j:j + 2]) for j in range(m - 1)]}
    vectors = embed(src_groups[1] + src_groups[2] + tgt_groups[1] + tgt_groups[2])
    vs = {1: vectors[:n], 2: vectors[n:2 * n - 1]}
    vt = {1: vectors[2 * n - 1:2 * n - 1 + m], 2: vectors[2 * n - 1 + m:]}
    sims = {(a, b): vs[a] @ vt[b].T for a in (1, 2) for b in (1, 2) if len(vs[a]) and len(vt[b])}
    # How far each group is, on average, from the other side's sentences: the yardstick of Vecalign's normalisation.
    spread_s = {a: 1.0 - (vs[a] @ vt[1].T).mean(axis=1) for a in (1, 2) if len(vs[a])}
    spread_t = {b: 1.0 - (vt[b] @ vs[1].T).mean(axis=1) for b in (1, 2) if len(vt[b])}

    len_s = np.array([len(s) for s in source], dtype=float)
    len_t = np.array([len(t) for t in translation], dtype=float)
    ratio = len_t.sum() / max(len_s.sum(), 1.0)
    cum_s = np.concatenate([[0.0], np.cumsum(len_s)])
    cum_t = np.concatenate([[0.0], np.cumsum(len_t)])

    def cost(i: int, j: int, a: int, b: int) -> float | None:
        if a == 0 or b == 0:
            return params.skip_cost
        sim = sims[(a, b)][i, j]
        spread = 0.5 * (spread_s[a][i] + spread_t[b][j])
        c = (1.0 - sim) / max(spread, 1e-6) * (1.0 + params.merge_scale * (a * b - 1))
        ls = cum_s[i + a] - cum_s[i]
        lt = cum_t[j + b] - cum_t[j]
        c += params.length_weight * abs(math.log((lt + 10.0) / (ratio * ls + 10.0)))
        if a + b > 2:
            c += params.merge_cost
        return float(c)

    band = params.band if max(n, m) > 2 * params.band else None
    links = []
    for i, j, a, b, c in _search(n, m, cost, band):
        sim = float(sims[(a, b)][i, j]) if a and b else None
        links.append(Link(tuple(range(i, i + a)), tuple(range(j, j + b)), sim, c))
    return Alignment(tuple(links), "embedding")


# Gale & Church (1993): priors of the link types and the variance of the length difference.
_GC_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (1, 2): 0.089 / 2, (2, 1): 0.089 / 2, (2, 2): 0.011}
_GC_VARIANCE = 6.8


def gale_church(source: Sequence[str], translation: Sequence[str]) -> Alignment:
    """The length-only baseline: character lengths, normalised by the document's length ratio."""
    source, translation = list(source), list(translation)
    n, m = len(source), len(translation)
    ls = [len(s) for s in source]
    lt = [len(t) for t in translation]
    ratio = (sum(lt) / sum(ls)) if sum(ls) and sum(lt) else 1.0

    def cost(i: int, j: int, a: int, b: int) -> float:
        l1 = sum(ls[i:i + a])
        l2 = sum(lt[j:j + b]) / ratio
        mean = (l1 + l2) / 2
        if mean == 0:
            delta = 0.0
        else:
            delta = (l2 - l1) / math.sqrt(mean * _GC_VARIANCE)
        tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Phi(|delta|))
        return -math.log(_GC_PRIORS[(a, b)]) - math.log(max(tail, 1e-300))

    links = [Link(tuple(range(i, i + a)), tuple(range(j, j + b)), None, c)
             for i, j, a, b, c in _search(n, m, cost, 40 if max(n, m) > 80 else None)]
    return Alignment(tuple(links), "length")
