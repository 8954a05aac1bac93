"""Named-entity recognisers: a protocol with a registry, and a spaCy backend (checker/ner/spacy_ner.py).

The names check finds names by their capitals in every language (checker/names.py); what capitals cannot tell is
whether the word that opens a sentence is a name (« Kavadarkov reçut une passe ») or an ordinary word (« Selon »,
« Collaborez »). Where a recogniser is installed for the language (``fr-core-news-sm`` for French, a dependency of
transcheck), it decides: a word opening a sentence is a name when it stands inside one of the recogniser's entities.
Languages without one (Indonesian has no offline model) keep the capitals-only rules.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, Sequence

from ..registry import Registry

NER_BACKENDS = ("spacy", "none")
"""``spacy``: a spaCy pipeline where one is installed for the language; ``none``: capitals only."""


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    """The recogniser's own label: PER, LOC, ORG, MISC (spaCy's French), PERSON, GPE (its English)."""


class EntityRecogniser(Protocol):
    name: str
    language: str
    model: str
    """The model and its version, for the report's signature: ``fr_core_news_sm-3.8.0``."""

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """For each text, its entities with character offsets into it."""


class RecogniserUnavailable(Exception):
    """No model of this backend is installed for the language."""


def _load_builtin() -> None:
    from . import spacy_ner  # noqa: F401  (it registers itself)


_REGISTRY = Registry("entity recogniser", _load_builtin)
_LOCK = threading.Lock()


register_recogniser = _REGISTRY.register
"""A decorator that registers a backend's factory under a name."""
available_recognisers = _REGISTRY.names


def get_recogniser(name: str, language: str) -> EntityRecogniser:
    """Build a backend for ``language``; RecogniserUnavailable when it has no model for it."""
    return _REGISTRY.factory(name)(language)


@lru_cache(maxsize=None)
def recogniser_for(name: str, language: str) -> EntityRecogniser | None:
    """The recogniser ``name`` for ``language``, loaded once per process; None for ``none`` or where the backend has
    no model for the language."""
    if name == "none":
        return None
    with _LOCK:
        try:
            return get_recogniser(name, language)
        except RecogniserUnavailable:
            return None
