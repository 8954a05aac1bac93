"""Chinese words: jieba (its own dictionary, with its hidden Markov model for words it does not list, such as
transliterated names), loaded on first use and kept per process."""

from __future__ import annotations

import threading
from functools import lru_cache

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # it announces its dictionary on standard error otherwise
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def version() -> str:
    import jieba

    return f"jieba-{jieba.__version__}"


def word_spans(run: str) -> list[tuple[int, int]]:
    """(start, end) of each token jieba finds in ``run`` (punctuation included; the caller keeps the words)."""
    with _LOCK:
        tokenizer = _tokenizer()
        return [(start, end) for _, start, end in tokenizer.tokenize(run, HMM=True)]


@lru_cache(maxsize=1)
def simplified():
    """wordfreq's character table from traditional to simplified Chinese (its Chinese list is simplified)."""
    from wordfreq.chinese import SIMPLIFIED_MAP

    return SIMPLIFIED_MAP
