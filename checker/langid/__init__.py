"""Language identification: a protocol with several backends (checker/langid/backends.py), and telling a document's
language when the user does not say it.

A document's language comes from ``langdetect`` with its seed fixed, so the same text always gets the same answer;
``benchmarks/langid.py`` measures every backend on NTREX-128 sentences.
"""

from __future__ import annotations

import threading

from ..errors import InputError
from .base import LanguageIdentifier, available_langids, get_langid, register_langid  # noqa: F401

_LOCK = threading.Lock()
# langdetect's codes that differ from the two-letter ISO 639-1 codes used everywhere else.
_CODES = {"zh-cn": "zh", "zh-tw": "zh"}


def langdetect_languages() -> frozenset[str]:
    """The languages langdetect has a profile of (its own codes, « zh-cn » and « zh-tw » as « zh »)."""
    import os

    import langdetect

    profiles = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    return frozenset(_CODES.get(name, name) for name in os.listdir(profiles))


def detect_language(text: str, name: str = "input") -> str:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:
        DetectorFactory.seed = 0
        try:
            guesses = detect_langs(text[:20000])
        except LangDetectException:
            guesses = []
    if not guesses or guesses[0].prob < 0.5:
        raise InputError(f"{name}: cannot tell its language; give it with --source-lang / --target-lang")
    code = guesses[0].lang
    return _CODES.get(code, code)
