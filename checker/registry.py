"""A registry of named backend factories: embedders, translators, language identifiers. A backend module registers
its factory under a name when it is imported; the built-in ones are imported on the first lookup, so that heavy
imports wait until a backend is asked for."""

from __future__ import annotations

from typing import Callable


class Registry:
    def __init__(self, kind: str, load_builtin: Callable[[], None]):
        self.kind = kind
        """What a backend is, for messages: "embedder", "translation backend"."""
        self._load_builtin = load_builtin
        self._factories: dict[str, Callable] = {}

    def register(self, name: str) -> Callable:
        """A decorator that registers a factory under ``name``."""
        def deco(factory: Callable) -> Callable:
            self._factories[name] = factory
            return factory

        return deco

    def names(self) -> list[str]:
        self._load_builtin()
        return sorted(self._factories)

    def factory(self, name: str) -> Callable:
        """The factory of ``name``; ValueError naming the available ones when there is none."""
        self._load_builtin()
        try:
            return self._factories[name]
        except KeyError:
            raise ValueError(f"unknown {self.kind} {name!r}; available: {', '.join(self.names())}") from None
