"""Build the back-translator an audit's settings ask for: which backend, which model, with the cache around it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .base import Translator, TranslatorUnavailable, get_translator
from .cache import CachedTranslator, TranslationCache
from .models import resolve

_LOADED: dict[tuple, Translator] = {}


def load_translator(settings, from_lang: str, to_lang: str) -> Translator:
    """The translator from ``from_lang`` (the translation's language) into ``to_lang`` (the source's) that
    ``settings`` (:class:`~checker.config.BackTranslationSettings`) describe, kept per process. Raises
    :class:`TranslatorUnavailable` with the reason when there is none."""
    if settings.mode == "off":
        raise TranslatorUnavailable("back-translation is turned off")
    key = (settings, from_lang, to_lang)
    if key in _LOADED:
        return _LOADED[key]
    if settings.backend == "precomputed":
        return get_translator("precomputed", model=settings.model, source_lang=from_lang, target_lang=to_lang)
    found = resolve(from_lang, to_lang, settings.model, settings.backend)
    options = {"model": str(found.path) if Path(found.path).exists() else found.model_id,
               "source_lang": from_lang, "target_lang": to_lang, "decoding": settings.decoding,
               "device": settings.device}
    translator = get_translator(found.backend, **options)
    if settings.cache != "":
        try:
            translator = CachedTranslator(translator, TranslationCache(settings.cache))
        except (OSError, sqlite3.Error) as exc:  # an unwritable cache slows a re-audit down, it does not stop it
            import sys

            print(f"transcheck: warning: translation cache unavailable ({exc}); translating without it",
                  file=sys.stderr)
    _LOADED[key] = translator
    return translator
