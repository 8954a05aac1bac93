"""Language identification: a protocol with several backends (checker/langid/backends.py), and telling a document's
language when the user does not say it.

A document's language comes from ``langdetect`` with its seed fixed, so the same text always gets the same answer;
``benchmarks/langid.py`` measures every backend on NTREX-128 sentences.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from ..errors import InputError
from .base import LanguageIdentifier, available_langids, get_langid, register_langid  # noqa: F401

_LOCK = threading.Lock()
# langdetect's codes that differ from the two-letter ISO 639-1 codes used everywhere else.
_CODES = {"zh-cn": "zh", "zh-tw": "zh"}


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


def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in the language (wordfreq), 0 for a language wordfreq has no list for."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0


@lru_cache(maxsize=None)
def wordfreq_knows(*langs: str) -> bool:
    """Whether wordfreq has a word list for every one of the languages (it reads its data folder to tell)."""
    from wordfreq import available_languages

    known = available_languages()
    return all(lang in known for lang in langs)
