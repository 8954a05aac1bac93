"""A persistent cache of translations: a SQLite database keyed by model, revision, languages, decoding settings and
the sentence, so that a re-audit translates nothing again.

Several processes may read and write one database at once (a batch with ``--jobs``): SQLite's write-ahead log, a busy
timeout, and ``INSERT OR IGNORE`` (two processes translating one sentence write the same row; the first one stays).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Sequence

from .base import Translator


def default_path() -> Path:
    if os.environ.get("TRANSCHECK_CACHE"):
        return Path(os.environ["TRANSCHECK_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "transcheck" / "translations.sqlite"


class TranslationCache:
    def __init__(self, path: str | Path | None = None, timeout: float = 60.0):
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, model TEXT, revision TEXT, "
                         "langs TEXT, decoding TEXT, sentence TEXT, output TEXT)")

    @staticmethod
    def key(translator: Translator, sentence: str) -> str:
        parts = (translator.name, translator.model, translator.revision, translator.source_lang,
                 translator.target_lang, translator.decoding.key(), sentence)
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def get(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for k in range(0, len(keys), 500):
            chunk = list(keys[k:k + 500])
            rows = self._db.execute(f"SELECT key, output FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                                    chunk)
            found.update(rows.fetchall())
        return found

    def put(self, translator: Translator, rows: Sequence[tuple[str, str, str]]) -> None:
        """Store (key, sentence, output) rows in one transaction."""
        langs = f"{translator.source_lang}-{translator.target_lang}"
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(key, translator.model, translator.revision, langs, translator.decoding.key(), sentence, output)
                 for key, sentence, output in rows])

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        self._db.close()


class CachedTranslator:
    """A translator that asks its cache first and translates only the sentences it has never seen."""

    def __init__(self, translator: Translator, cache: TranslationCache):
        self.inner, self.cache = translator, cache
        for attr in ("name", "model", "revision", "source_lang", "target_lang", "decoding"):
            setattr(self, attr, getattr(translator, attr))
        self.hits = self.misses = 0

    def translate(self, texts: Sequence[str]) -> list[str]:
        keys = [self.cache.key(self.inner, t) for t in texts]
        found = self.cache.get(list(dict.fromkeys(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        self.hits += len(texts) - sum(1 for k in keys if k not in found)
        self.misses += len(missing)
        if missing:
            outputs = self.inner.translate(missing)
            new = [(self.cache.key(self.inner, t), t, o) for t, o in zip(missing, outputs)]
            self.cache.put(self.inner, new)
            found.update((k, o) for k, _, o in new)
        return [found[k] for k in keys]
