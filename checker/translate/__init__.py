"""Back-translation: translators behind a protocol (transformers, ctranslate2, precomputed), the model registry, a
persistent cache, and the scores of a back-translation against the source."""

from .base import (Decoding, Translator, TranslatorUnavailable, available_translators, get_translator,
                   register_translator)
from .backtranslation import BackTranslation, PairScores, back_translate, score
from .cache import CachedTranslator, TranslationCache

__all__ = ["BackTranslation", "CachedTranslator", "Decoding", "PairScores", "TranslationCache", "Translator",
           "TranslatorUnavailable", "available_translators", "back_translate", "get_translator",
           "register_translator", "score"]
