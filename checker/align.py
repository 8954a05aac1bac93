"""Sentence alignment by dynamic programming over 1-1, 1-0, 0-1, 1-2, 2-1 and 2-2 links.

Two scorers share one search:

- ``embedding`` (the default, after Vecalign): a link costs the cosine distance of the embeddings of its (joined)
  sentences, divided by how distant those sentences are on average from the other side's sentences in the same document
  (so a generic sentence that is close to everything does not win), times the number of sentences on each side (so a
  merge has to earn its place), plus a penalty on the length ratio against the document's own ratio. Leaving a sentence
  without a counterpart costs a fixed ``skip_cost``.
- ``length`` (Gale and Church 1993): character lengths only; the baseline the benchmarks print beside the default.

The embedding scorer runs in two passes by default (``AlignParams.two_pass``), after Bertalign and Vecalign, which both
avoid embedding every overlap of sentences. The first pass embeds single sentences only and stands in for each pair of
adjacent sentences with the normalised, length-weighted mean of its two vectors. A forward and a backward search then
give, for every link, the cost of the cheapest whole path through it; the second pass embeds the joined groups of the
merges whose path comes within ``margin`` of the cheapest (those on the path, and those near it in cost), scores them
exactly, and searches again, until no group left as an estimate comes within the margin. The final path uses only
exact scores: wherever the full search's path keeps within the margin of the first estimates, both return the same
links with the same similarities and costs (``two_pass=False`` runs the full search, which embeds every pair of
adjacent sentences on both sides: about three times the characters of the documents).

Each returned :class:`Link` keeps its cosine similarity and its cost.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

ALIGNER_VERSION = "dp-2"
# (source sentences, translation sentences) a link may join.
LINK_TYPES = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))
MERGES = tuple((a, b) for a, b in LINK_TYPES if a and b and a + b > 2)


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
    two_pass: bool = True
    """Embed single sentences first and only the sentence groups that may lie on the cheapest path (the default);
    False embeds every group of adjacent sentences (the full search)."""
    margin: float = 0.5
    """Two-pass only: a group is embedded when the cheapest path through one of its links, scored from the first
    pass's estimates, costs at most this much more than the cheapest path of all."""

    def describe(self) -> str:
        """The settings as the report's signature shows them."""
        text = f"skip={self.skip_cost:g},len={self.length_weight:g},merge={self.merge_cost:g}"
        return text + (f",two-pass={self.margin:g}" if self.two_pass else ",full")


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
    """How a link's sentences are joined before they are embedded as one (the meaning check joins them the same way,
    so the audit's embedding cache serves both)."""
    return " ".join(texts)


Cost = Callable[[int, int, int, int], "float | None"]


def _window(i: int, n: int, m: int, band: int | None) -> tuple[int, int]:
    """The translation positions the search visits in source row ``i``."""
    if band is None or not n or not m:
        return 0, m
    centre = i * m / n
    return max(0, int(centre - band)), min(m, int(centre + band) + 1)


def _forward(n: int, m: int, cost: Cost, band: int | None):
    """The cheapest cost of reaching each cell from (0, 0), and the link that does it."""
    inf = math.inf
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = _window(i, n, m, band)
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
    return best, back


def _backward(n: int, m: int, cost: Cost, band: int | None):
    """The cheapest cost of reaching (n, m) from each cell, over the cells and links that :func:`_forward` visits."""
    inf = math.inf
    rest = [[inf] * (m + 1) for _ in range(n + 1)]
    rest[n][m] = 0.0
    windows = [_window(i, n, m, band) for i in range(n + 1)]
    for i in range(n, -1, -1):
        lo, hi = windows[i]
        row = rest[i]
        for j in range(hi, lo - 1, -1):
            if i == n and j == m:
                continue
            low = inf
            for a, b in LINK_TYPES:
                if i + a > n or j + b > m:
                    continue
                after = rest[i + a][j + b]
                if after == inf:
                    continue
                c = cost(i, j, a, b)
                if c is not None and c + after < low:
                    low = c + after
            row[j] = low
    return rest


def _search(n: int, m: int, cost: Cost, band: int | None) -> list[tuple[int, int, int, int, float]]:
    """Cheapest path from (0, 0) to (n, m); ``cost(i, j, a, b)`` prices the link of source i..i+a-1 with translation
    j..j+b-1, or returns None when it is not allowed. Returns (i, j, a, b, cost) per link, in order."""
    best, back = _forward(n, m, cost, band)
    if best[n][m] == math.inf:  # the band was too narrow for this pair of documents: search everything
        return _search(n, m, cost, None)
    return _trace(n, m, back)


def _trace(n: int, m: int, back) -> list[tuple[int, int, int, int, float]]:
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
    scorer = _Scorer(source, translation, embed, params)
    band = params.band if max(n, m) > 2 * params.band else None
    if params.two_pass:
        path = scorer.two_pass(band)
    else:
        scorer.embed_groups(range(n - 1), range(m - 1))
        path = _search(n, m, scorer.cost, band)
    links = []
    for i, j, a, b, c in path:
        sim = float(scorer.sims[(a, b)][i, j]) if a and b else None
        links.append(Link(tuple(range(i, i + a)), tuple(range(j, j + b)), sim, c))
    return Alignment(tuple(links), "embedding")


class _Scorer:
    """The costs of the embedding aligner's links. Pairs of adjacent sentences start as estimates from their members'
    vectors; :meth:`embed_groups` replaces estimates by the embeddings of the joined sentences."""

    def __init__(self, source: list[str], translation: list[str], embed, params: AlignParams):
        import numpy as np

        self.source, self.translation, self.embed, self.params = source, translation, embed, params
        n, m = len(source), len(translation)
        vectors = embed(source + translation)
        len_s = np.array([len(s) for s in source], dtype=float)
        len_t = np.array([len(t) for t in translation], dtype=float)
        self.vs = {1: vectors[:n], 2: self._estimates(vectors[:n], len_s)}
        self.vt = {1: vectors[n:], 2: self._estimates(vectors[n:], len_t)}
        self.exact_s, self.exact_t = [False] * (n - 1), [False] * (m - 1)
        ratio = len_t.sum() / max(len_s.sum(), 1.0)
        cum_s = np.concatenate([[0.0], np.cumsum(len_s)])
        cum_t = np.concatenate([[0.0], np.cumsum(len_t)])
        # the length penalty of each link type, (n - a + 1) x (m - b + 1): as the full search has always computed it,
        # in double precision, added to the distance in single precision
        self.length_penalty = {}
        for a, b in LINK_TYPES:
            if a and b and n >= a and m >= b:
                ls = (cum_s[a:] - cum_s[:-a])[:, None]
                lt = (cum_t[b:] - cum_t[:-b])[None, :]
                quotient = (lt + 10.0) / (ratio * ls + 10.0)
                penalty = [params.length_weight * abs(math.log(q)) for q in quotient.ravel().tolist()]
                self.length_penalty[(a, b)] = np.array(penalty, dtype=np.float32).reshape(quotient.shape)
        self._score()

    @staticmethod
    def _estimates(vectors, lengths):
        """The vector of each pair of adjacent sentences, estimated as the normalised mean of its two sentences',
        weighted by their lengths (the encoder mean-pools its tokens)."""
        import numpy as np

        if len(vectors) < 2:
            return vectors[:0].copy()
        w = lengths.astype(np.float32)[:, None]
        est = vectors[:-1] * w[:-1] + vectors[1:] * w[1:]
        return est / np.maximum(np.linalg.norm(est, axis=1, keepdims=True), 1e-12)

    def embed_groups(self, src: Sequence[int], tgt: Sequence[int]) -> int:
        """Embed the joined pairs of sentences starting at these source and translation positions (those not embedded
        yet); returns how many were."""
        src = [i for i in src if not self.exact_s[i]]
        tgt = [j for j in tgt if not self.exact_t[j]]
        if not src and not tgt:
            return 0
        texts = [join_sentences(self.source[i:i + 2]) for i in src] + \
                [join_sentences(self.translation[j:j + 2]) for j in tgt]
        vectors = self.embed(texts)
        for k, i in enumerate(src):
            self.vs[2][i] = vectors[k]
            self.exact_s[i] = True
        for k, j in enumerate(tgt):
            self.vt[2][j] = vectors[len(src) + k]
            self.exact_t[j] = True
        self._score()
        return len(src) + len(tgt)

    def _score(self) -> None:
        import numpy as np

        vs, vt, p = self.vs, self.vt, self.params
        self.sims = {(a, b): vs[a] @ vt[b].T for a in (1, 2) for b in (1, 2) if len(vs[a]) and len(vt[b])}
        # How far each group is, on average, from the other side's sentences: the yardstick of Vecalign's normalisation.
        spread_s = {a: 1.0 - (vs[a] @ vt[1].T).mean(axis=1) for a in (1, 2) if len(vs[a])}
        spread_t = {b: 1.0 - (vt[b] @ vs[1].T).mean(axis=1) for b in (1, 2) if len(vt[b])}
        self.costs = {}
        for (a, b), sim in self.sims.items():
            spread = 0.5 * (spread_s[a][:, None] + spread_t[b][None, :])
            c = (1.0 - sim) / np.maximum(spread, 1e-6) * (1.0 + p.merge_scale * (a * b - 1))
            c = c + self.length_penalty[(a, b)]
            if a + b > 2:
                c = c + p.merge_cost
            self.costs[(a, b)] = c
        self._tables = {k: c.tolist() for k, c in self.costs.items()}

    def cost(self, i: int, j: int, a: int, b: int) -> float:
        if a == 0 or b == 0:
            return self.params.skip_cost
        return self._tables[(a, b)][i][j]

    def two_pass(self, band: int | None) -> list[tuple[int, int, int, int, float]]:
        """Search on the estimates, embed the groups whose links come within the margin of the cheapest path, search
        again; until every group within the margin is embedded. The path then holds exact scores only."""
        import numpy as np

        n, m = len(self.source), len(self.translation)
        while True:
            best, back = _forward(n, m, self.cost, band)
            if best[n][m] == math.inf:
                band = None
                continue
            rest = np.array(_backward(n, m, self.cost, band))
            reach = np.array(best)
            limit = best[n][m] + self.params.margin
            want_s: set[int] = set()
            want_t: set[int] = set()
            for a, b in MERGES:
                if (a, b) not in self.costs:
                    continue
                through = reach[:n - a + 1, :m - b + 1] + self.costs[(a, b)] + rest[a:, b:]
                rows, cols = np.nonzero(through <= limit)
                if a == 2:
                    want_s.update(int(i) for i in rows if not self.exact_s[i])
                if b == 2:
                    want_t.update(int(j) for j in cols if not self.exact_t[j])
            if not self.embed_groups(sorted(want_s), sorted(want_t)):
                return _trace(n, m, back)
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
