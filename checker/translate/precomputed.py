"""The ``precomputed`` backend: back-translations made elsewhere (an MT service in the pipeline), read from a file.

Two forms:

- plain text, one line per translation sentence, in the order transcheck splits the translation (see
  ``transcheck audit --format json``: ``translation.segments``), or the order of a ``--segmented`` file;
- JSONL, one object per sentence: ``{"sentence": "<translation sentence>", "back_translation": "<its translation>"}``,
  matched by the sentence text (whitespace and Unicode normalised), in any order; sentences not in the file get none.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from ..io import read_text
from .base import Decoding, register_translator


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@register_translator("precomputed")
class PrecomputedTranslator:
    name = "precomputed"

    def __init__(self, model: str, source_lang: str, target_lang: str, decoding: Decoding | None = None, **_):
        self.model = str(model)
        text = read_text(model)
        self.revision = f"{len(text)}c"
        self.source_lang, self.target_lang = source_lang, target_lang
        self.decoding = decoding or Decoding()
        lines = [line for line in text.splitlines()]
        while lines and not lines[-1].strip():
            lines.pop()
        self.keyed: dict[str, str] | None = None
        if Path(model).suffix == ".jsonl" or (lines and lines[0].lstrip().startswith("{")):
            self.keyed = {}
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    sentence = record.get("sentence", record.get("text"))
                    back = record["back_translation"]
                except (ValueError, KeyError, AttributeError):
                    raise InputError(f"{model}:{n}: expected a JSON object with \"sentence\" and "
                                     f"\"back_translation\"") from None
                if not isinstance(sentence, str) or not isinstance(back, str):
                    raise InputError(f"{model}:{n}: \"sentence\" and \"back_translation\" must be strings")
                self.keyed[_key(sentence)] = back
        self.lines = lines

    def translate(self, texts: Sequence[str]) -> list[str | None]:
        if self.keyed is not None:
            return [self.keyed.get(_key(t)) for t in texts]
        if len(texts) != len(self.lines):
            raise InputError(f"{self.model}: {len(self.lines)} lines of back-translation, but the translation has "
                             f"{len(texts)} sentences (give one line per sentence, or JSONL keyed by sentence)")
        return [line.strip() for line in self.lines]
