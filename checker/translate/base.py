"""The translator protocol, its registry, and what every backend shares.

A translator turns sentences of one language into another. transcheck uses one to back-translate: the translation is
translated back into the source language and read against the original. Backends register a factory under a name
(``transformers``, ``ctranslate2``, ``precomputed``); ``get_translator(name, ...)`` builds one. Heavy imports (torch,
transformers, ctranslate2) happen inside the backends, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence, runtime_checkable

from ..registry import Registry


class TranslatorUnavailable(Exception):
    """No translator can be built (no model folder, no network, a missing package): the audit goes on without one."""


@dataclass(frozen=True)
class Decoding:
    """How a model decodes. Part of the cache key: other settings, other back-translations."""

    beam_size: int = 4
    """Beams of the beam search (the OPUS-MT models' own setting); 1 is greedy and fastest."""
    max_length: int = 256
    """The most tokens a back-translation may have."""
    min_length: int = 0
    """The fewest tokens (with max_length, a fixed output length, as benchmarks use)."""
    batch_size: int = 16
    """Sentences per batch; batches are sorted by length so that little padding is computed."""
    sort_by_length: bool = True

    def __post_init__(self):
        if self.beam_size < 1 or self.max_length < 1 or self.batch_size < 1 or self.min_length < 0:
            raise ValueError("beam_size, max_length and batch_size must be at least 1, min_length at least 0")
        if self.min_length > self.max_length:
            raise ValueError("min_length cannot exceed max_length")

    def key(self) -> str:
        """What changes the output (not the batching)."""
        return f"beam={self.beam_size},max={self.max_length},min={self.min_length}"


@runtime_checkable
class Translator(Protocol):
    name: str
    """Registry name of the backend."""
    model: str
    """The model (hub id or folder) the output comes from."""
    revision: str
    """A fingerprint of the model's files (a hub commit, or a hash of the folder's config and weights)."""
    source_lang: str
    target_lang: str
    decoding: Decoding

    def translate(self, texts: Sequence[str]) -> list[str]:
        """One translation per text, in order."""


def _load_builtin() -> None:
    from . import ct2, hf, precomputed  # noqa: F401  (they register themselves)


_REGISTRY = Registry("translation backend", _load_builtin)


register_translator = _REGISTRY.register
"""A decorator that registers a backend's factory under a name."""
available_translators = _REGISTRY.names


def get_translator(name: str, **options) -> Translator:
    """Build a translator of backend ``name``; raises :class:`TranslatorUnavailable` with the reason when it cannot."""
    return _REGISTRY.factory(name)(**options)


def batches(lengths: Sequence[int], decoding: Decoding) -> list[list[int]]:
    """Indices grouped into batches of ``decoding.batch_size``; by length when ``sort_by_length``, so that each batch
    pads little."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i]) if decoding.sort_by_length else list(range(len(lengths)))
    return [order[k:k + decoding.batch_size] for k in range(0, len(order), decoding.batch_size)]


# Language codes per model family. NLLB-200 uses FLORES-200 codes; M2M100 and Marian use ISO 639-1 (Marian's
# multilingual models select the target with a >>xxx<< token, in ISO 639-1 or 639-3).
FLORES = {
    "ar": "arb_Arab", "de": "deu_Latn", "en": "eng_Latn", "es": "spa_Latn", "fr": "fra_Latn", "hi": "hin_Deva",
    "id": "ind_Latn", "it": "ita_Latn", "ja": "jpn_Jpan", "kk": "kaz_Cyrl", "ko": "kor_Hang", "ms": "zsm_Latn",
    "nl": "nld_Latn", "pt": "por_Latn", "ru": "rus_Cyrl", "th": "tha_Thai", "tr": "tur_Latn", "uk": "ukr_Cyrl",
    "vi": "vie_Latn", "zh": "zho_Hans",
}
ISO639_3 = {
    "ar": "ara", "de": "deu", "en": "eng", "es": "spa", "fr": "fra", "hi": "hin", "id": "ind", "it": "ita", "ja": "jpn",
    "kk": "kaz", "ko": "kor", "ms": "zsm", "nl": "nld", "pt": "por", "ru": "rus", "th": "tha", "tr": "tur", "uk": "ukr",
    "vi": "vie", "zh": "zho",
}


def flores_code(lang: str) -> str:
    try:
        return FLORES[lang]
    except KeyError:
        raise TranslatorUnavailable(f"no NLLB (FLORES-200) code known for language {lang!r}") from None


def marian_target_token(vocab: dict[str, int], lang: str) -> str | None:
    """The >>xx<< token a multilingual Marian model wants for target ``lang``; None for a one-target model."""
    if not any(t.startswith(">>") and t.endswith("<<") for t in vocab):
        return None
    for code in (lang, ISO639_3.get(lang, "")):
        if f">>{code}<<" in vocab:
            return f">>{code}<<"
    raise TranslatorUnavailable(f"this multilingual Marian model has no target token for {lang!r}")
