"""Edits that make a clean line-aligned document pair look like a real translation: a sentence dropped, two merged, one
split, one inserted from another article. Each returns the edited translation and the gold links."""

from __future__ import annotations

import random
import re

EDITS = ("drop", "merge", "split", "insert")


def gold_identity(n: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [((i,), (i,)) for i in range(n)]


def _split_point(sentence: str) -> int | None:
    """A comma or conjunction near the middle where the sentence can become two."""
    best = None
    for m in re.finditer(r", (?=\w)", sentence):
        if 25 <= m.start() <= len(sentence) - 25:
            if best is None or abs(m.start() - len(sentence) / 2) < abs(best - len(sentence) / 2):
                best = m.start()
    return best


def apply(edit: str, src: list[str], tgt: list[str], rng: random.Random, foreign: list[str]):
    """Apply one edit to ``tgt`` (line-aligned with ``src``). Returns (new_tgt, gold_links) or None if not applicable."""
    n = len(src)
    assert len(tgt) == n
    if edit == "drop":
        k = rng.randrange(n)
        new = tgt[:k] + tgt[k + 1:]
        gold = [((i,), (i if i < k else i - 1,)) for i in range(n) if i != k] + [((k,), ())]
    elif edit == "merge":
        if n < 2:
            return None
        k = rng.randrange(n - 1)
        new = tgt[:k] + [tgt[k] + " " + tgt[k + 1]] + tgt[k + 2:]
        gold = [((i,), (i if i < k else i - 1,)) for i in range(n) if i not in (k, k + 1)] + [((k, k + 1), (k,))]
    elif edit == "split":
        cands = [i for i, t in enumerate(tgt) if _split_point(t) is not None]
        if not cands:
            return None
        k = rng.choice(cands)
        p = _split_point(tgt[k])
        first, second = tgt[k][:p].rstrip() + ".", tgt[k][p + 1:].strip()
        second = second[:1].upper() + second[1:]
        new = tgt[:k] + [first, second] + tgt[k + 1:]
        gold = [((i,), (i if i < k else i + 1,)) for i in range(n) if i != k] + [((k,), (k, k + 1))]
    elif edit == "insert":
        k = rng.randrange(n + 1)
        new = tgt[:k] + [rng.choice(foreign)] + tgt[k:]
        gold = [((i,), (i if i < k else i + 1,)) for i in range(n)] + [((), (k,))]
    else:
        raise ValueError(edit)
    return new, sorted(gold, key=lambda g: (g[0] or (g[1][0] * 0,), g[1]))


def link_f1(pred: list[tuple[tuple[int, ...], tuple[int, ...]]], gold: list[tuple[tuple[int, ...], tuple[int, ...]]]):
    p, g = set(pred), set(gold)
    tp = len(p & g)
    return tp, len(p), len(g)
