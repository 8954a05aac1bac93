"""The spaCy backend: a language's installed pipeline, its entity recogniser only (the parser, lemmatiser and
morphologiser are not loaded: names need the entities alone)."""

from __future__ import annotations

import importlib.util
import sys
from typing import Sequence

from . import Entity, RecogniserUnavailable, register_recogniser



def _import_spacy():
    """spaCy, imported without torch unless torch is in the process already (back-translation): spaCy's thinc
    imports torch, when it is installed, for layers these pipelines do not use, which costs some 300 MB and a
    second or two at start. torch stays importable afterwards."""
    if "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  (``import torch`` raises ImportError meanwhile)
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


class SpacyRecogniser:
    name = "spacy"

    def __init__(self, language: str, package: str):
        spacy = _import_spacy()

        self.language = language
        self._nlp = spacy.load(package, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                                                 "senter", "tagger"])
        self.model = f"{package}-{self._nlp.meta.get('version', '?')}"

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [[Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in self._nlp.pipe(list(texts), batch_size=64)]


@register_recogniser("spacy")
def _spacy(language: str) -> SpacyRecogniser:
    if importlib.util.find_spec("spacy") is None:
        raise RecogniserUnavailable("spaCy is not installed")
    from ..lang import language as language_of

    for package in language_of(language).spacy_packages:
        if importlib.util.find_spec(package) is not None:
            return SpacyRecogniser(language, package)
    raise RecogniserUnavailable(f"no spaCy pipeline installed for {language!r}")
