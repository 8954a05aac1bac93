"""Cross-lingual sentence embeddings: a protocol, a registry and one module per backend."""

from .base import (DEFAULT_CACHE_SIZE, DEFAULT_EMBEDDER, Embedder, EmbeddingCache, available_embedders, get_embedder,
                   register_embedder)

__all__ = ["DEFAULT_CACHE_SIZE", "DEFAULT_EMBEDDER", "Embedder", "EmbeddingCache", "available_embedders",
           "get_embedder", "register_embedder"]
