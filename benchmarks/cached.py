"""An embedder wrapper for benchmarks that audit many variants of the same documents: a text is embedded once per run,
and the time spent inside the embedder is added up."""

from __future__ import annotations

import pickle
import time
from pathlib import Path


class CachingEmbedder:
    def __init__(self, inner, path=None):
        """``path``: a file that keeps the embeddings between runs (optional; written by :meth:`save`)."""
        self.inner = inner
        self.name, self.model = inner.name, inner.model
        self._cache: dict[str, object] = {}
        self.seconds = 0.0
        self.texts = 0
        self.path = path
        if path is not None and Path(path).exists():
            with open(path, "rb") as fh:
                stored = pickle.load(fh)
            if stored.get("model") == self.model:
                self._cache.update(stored["vectors"])

    def save(self) -> None:
        if self.path is not None:
            with open(self.path, "wb") as fh:
                pickle.dump({"model": self.model, "vectors": self._cache}, fh)

    def embed(self, texts):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            t0 = time.perf_counter()
            for text, vec in zip(missing, self.inner.embed(missing)):
                self._cache[text] = vec
            self.seconds += time.perf_counter() - t0
            self.texts += len(missing)
        return np.stack([self._cache[t] for t in texts])
