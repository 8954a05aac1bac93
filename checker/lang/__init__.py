"""The language layer: everything transcheck knows about a language, in one place per language.

    checker/lang/base.py        Language: the questions the segmenter and the checks ask, CLDR answers through babel
    checker/lang/numerals.py    Numerals: the tables numbers, dates, units and currencies are read with
    checker/lang/<code>/        one package per language: a Language subclass named by LANGUAGE, with its data

``language("fr")`` gives the French object (built once per process); a language without a package gets the generic
:class:`~checker.lang.base.Language`, which knows what CLDR knows of it and nothing else. Adding a language is one
package here and its tests; nothing else changes (docs/languages.md says how).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from functools import lru_cache

from .base import Language
from .numerals import GENERIC, Numerals

__all__ = ["GENERIC", "Language", "Numerals", "disclaimers", "language", "modules", "normalise_code"]

_LOCK = threading.RLock()


def normalise_code(code: str | None) -> str:
    """The code a language is known by: lower case, without a region or script (« zh-CN » is « zh »)."""
    return re.split(r"[-_]", (code or "").strip().lower())[0] or "und"


@lru_cache(maxsize=1)
def modules() -> tuple[str, ...]:
    """The codes of the languages that have a package here."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg))


@lru_cache(maxsize=None)
def _build(code: str) -> Language:
    if code in modules():
        cls = importlib.import_module(f"{__name__}.{code}").LANGUAGE
        return cls()
    return Language(code)


def language(code: str | None) -> Language:
    """The :class:`Language` of ``code`` (« fr », « zh-CN »); the generic one where there is no package for it."""
    with _LOCK:
        return _build(normalise_code(code))


@lru_cache(maxsize=1)
def disclaimers() -> tuple[str, ...]:
    """The AI-disclaimer patterns of every language that has a package: a disclaimer is often in another language
    than the article's (an English one under a French translation)."""
    return tuple(p for code in modules() for p in language(code).disclaimers)
