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


SEVERAL = ("drop", "insert", "merge", "split", "merge-source")


def apply_several(src: list[str], tgt: list[str], rng: random.Random, foreign: list[str], every: int = 4):
    """Several edits in one document, as a translation that really merges and splits sentences: about one sentence in
    ``every`` is dropped, merged with the next (on either side: a source merge is the translation splitting a sentence
    in two), split at a comma, or has a sentence of another article inserted after it. Edits touch separate sentences,
    so every gold link joins at most two sentences a side (the link types of the aligner). Returns (new_src, new_tgt,
    gold_links) or None when the document is too short."""
    n = len(src)
    assert len(tgt) == n
    if n < 4:
        return None
    units: list[tuple[list[str], list[str]]] = []
    k = 0
    while k < n:
        edit = rng.choice(SEVERAL) if rng.random() < 1 / every else None
        pair = k + 1 < n
        if edit == "drop":
            units.append(([src[k]], []))
        elif edit == "insert":
            units += [([src[k]], [tgt[k]]), ([], [rng.choice(foreign)])]
        elif edit == "merge" and pair:
            units.append(([src[k], src[k + 1]], [tgt[k] + " " + tgt[k + 1]]))
            k += 1
        elif edit == "merge-source" and pair:
            units.append(([src[k] + " " + src[k + 1]], [tgt[k], tgt[k + 1]]))
            k += 1
        elif edit == "split" and _split_point(tgt[k]) is not None:
            p = _split_point(tgt[k])
            second = tgt[k][p + 1:].strip()
            units.append(([src[k]], [tgt[k][:p].rstrip() + ".", second[:1].upper() + second[1:]]))
        else:
            units.append(([src[k]], [tgt[k]]))
        k += 1
    new_src, new_tgt, gold = [], [], []
    for s, t in units:
        gold.append((tuple(range(len(new_src), len(new_src) + len(s))),
                     tuple(range(len(new_tgt), len(new_tgt) + len(t)))))
        new_src += s
        new_tgt += t
    if all(len(s) == 1 and len(t) == 1 for s, t in gold):
        return None
    return new_src, new_tgt, gold
