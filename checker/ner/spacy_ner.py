"""The spaCy backend: a language's installed pipeline, its entity recogniser only (the parser, lemmatiser and
morphologiser are not loaded: names need the entities alone)."""

from __future__ import annotations

import importlib.util
import sys
from typing import Sequence

from . import Entity, RecogniserUnavailable, register_recogniser

PIPELINES = {
    "fr": ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"),
    "de": ("de_core_news_sm", "de_core_news_md", "de_core_news_lg"),
    "es": ("es_core_news_sm", "es_core_news_md", "es_core_news_lg"),
    "it": ("it_core_news_sm", "it_core_news_md", "it_core_news_lg"),
    "pt": ("pt_core_news_sm", "pt_core_news_md", "pt_core_news_lg"),
    "nl": ("nl_core_news_sm", "nl_core_news_md", "nl_core_news_lg"),
    "ru": ("ru_core_news_sm", "ru_core_news_md", "ru_core_news_lg"),
    "zh": ("zh_core_web_sm", "zh_core_web_md", "zh_core_web_lg"),
    "ja": ("ja_core_news_sm", "ja_core_news_md", "ja_core_news_lg"),
}
"""The spaCy pipelines with an entity recogniser per language, the first installed one is used."""


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
    for package in PIPELINES.get(language, ()):
        if importlib.util.find_spec(package) is not None:
            return SpacyRecogniser(language, package)
    raise RecogniserUnavailable(f"no spaCy pipeline installed for {language!r}")
