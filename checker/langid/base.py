"""The language-identifier protocol and its registry."""

from __future__ import annotations

from typing import Iterable, Protocol, Sequence

from ..registry import Registry

UNDETERMINED = "und"
"""BCP 47's code for a language not determined: what a sentence too short or too mixed to identify is given."""


class LanguageIdentifier(Protocol):
    name: str

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """For each text, its most likely language (ISO 639-1, or "und") and a confidence from 0 to 1."""


def _load_builtin() -> None:
    from . import backends  # noqa: F401  (they register themselves)


_REGISTRY = Registry("language identifier", _load_builtin)


register_langid = _REGISTRY.register
"""A decorator that registers a backend's factory under a name."""
available_langids = _REGISTRY.names


def get_langid(name: str, languages: Iterable[str] | None = None) -> LanguageIdentifier:
    """Build a backend; ``languages`` restricts it to the plausible ones where the backend allows."""
    factory = _REGISTRY.factory(name)
    try:
        return factory(languages)
    except ImportError as exc:
        raise ValueError(f"the {name} language identifier needs a package that is not installed ({exc.name}): "
                         "pip install 'transcheck[langid]'") from None
