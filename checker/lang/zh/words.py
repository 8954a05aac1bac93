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
    return list(_word_spans(run))


@lru_cache(maxsize=4096)
def _word_spans(run: str) -> tuple[tuple[int, int], ...]:
    # kept per process: the names check asks for the words of a sentence several times
    with _LOCK:
        tokenizer = _tokenizer()
        return tuple((start, end) for _, start, end in tokenizer.tokenize(run, HMM=True))


@lru_cache(maxsize=1)
def tags() -> dict[str, str]:
    """jieba's dictionary as its part-of-speech tagger reads it: word -> tag (« nr », a person's name; « ns », a
    place; « v », a verb), read once per process. A word jieba finds by its hidden Markov model is not in it."""
    out: dict[str, str] = {}
    with _LOCK:
        dictionary = _tokenizer().get_dict_file()
    with dictionary:
        for line in dictionary:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                out[parts[0]] = parts[2]
    return out


@lru_cache(maxsize=1)
def simplified():
    """wordfreq's character table from traditional to simplified Chinese (its Chinese list is simplified)."""
    from wordfreq.chinese import SIMPLIFIED_MAP

    return SIMPLIFIED_MAP
