"""The language-identifier protocol and its registry."""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, Sequence

_REGISTRY: dict[str, Callable[..., "LanguageIdentifier"]] = {}


class LanguageIdentifier(Protocol):
    name: str

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """For each text, its most likely language (ISO 639-1, or "und") and a confidence from 0 to 1."""


def register_langid(name: str) -> Callable:
    def deco(factory):
        _REGISTRY[name] = factory
        return factory

    return deco


def available_langids() -> list[str]:
    from . import backends  # noqa: F401

    return sorted(_REGISTRY)


def get_langid(name: str, languages: Iterable[str] | None = None) -> LanguageIdentifier:
    """Build a backend; ``languages`` restricts it to the plausible ones where the backend allows."""
    from . import backends  # noqa: F401

    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown language identifier {name!r}; available: {', '.join(sorted(_REGISTRY))}") from None
    try:
        return factory(languages)
    except ImportError as exc:
        raise ValueError(f"the {name} language identifier needs a package that is not installed ({exc.name}): "
                         "pip install 'transcheck[langid]'") from None
