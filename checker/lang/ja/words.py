"""Japanese words: MeCab through fugashi, with UniDic's small dictionary (unidic-lite), loaded on first use and kept
per process. Chosen over janome (benchmarks/languages.py --tokenizers): as many of its words are in wordfreq's
Japanese list, at some 25 times janome's speed."""

from __future__ import annotations

import threading
from functools import lru_cache

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _tagger():
    import fugashi
    import unidic_lite

    return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}"')


def version() -> str:
    from importlib.metadata import version as installed

    return f"fugashi-{installed('fugashi')}+unidic-lite-{installed('unidic-lite')}"


def word_spans(run: str) -> list[tuple[int, int]]:
    """(start, end) of each token MeCab finds in ``run``, with offsets into ``run`` as given."""
    out: list[tuple[int, int]] = []
    with _LOCK:
        nodes = [(node.white_space, node.surface) for node in _tagger()(run)]
    pos = 0
    for space, surface in nodes:
        pos += len(space)
        if run.startswith(surface, pos):
            start = pos
        else:  # MeCab keeps the surface as given; should it not, find it
            start = run.find(surface, pos)
            if start < 0:
                continue
        out.append((start, start + len(surface)))
        pos = start + len(surface)
    return out
