"""The check protocol and registry.

A check is a family of rules: it reads an :class:`AuditContext` (both documents, the alignment, the settings) and yields
:class:`~checker.report.model.Finding` objects. It knows nothing of the CLI or of output formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from ..align import Alignment
from ..config import Settings
from ..document import Document
from ..report.model import Finding
from ..translate.backtranslation import BackTranslation

_REGISTRY: dict[str, type] = {}


@dataclass(frozen=True)
class AuditContext:
    source: Document
    translation: Document
    alignment: Alignment
    settings: Settings
    embed: Callable | None = None
    """The audit's embedding cache (texts -> normalised vectors): sentences the aligner embedded cost nothing again."""
    back_translation: BackTranslation | None = None
    """The translation back-translated into the source language and its scores per link, when a model was there."""


class Check(Protocol):
    name: str
    rules: dict[str, str]
    """Each rule code this check can emit, with its one-line description."""

    def run(self, ctx: AuditContext) -> Iterable[Finding]: ...

    # Optional: ``limits(ctx) -> dict[str, str]``, what of the check cannot run on this pair, and why: a rule code
    # (or ``"*"`` for the whole check) -> one line the report shows ("no word frequencies for « kk »"). A check
    # without it always runs in full. The audit does not run a check whose limits name ``"*"``; the report lists
    # every check with what ran, what did not and why (:func:`limits_of`).


ALL = "*"
"""The key of :meth:`Check.limits` that says the whole check cannot run."""


def limits_of(check: Check, ctx: AuditContext) -> dict[str, str]:
    """What of ``check`` cannot run on this pair, and why (empty for a check that runs in full)."""
    limits = getattr(check, "limits", None)
    return dict(limits(ctx)) if limits is not None else {}


def register_check(cls: type) -> type:
    _REGISTRY[cls.name] = cls
    return cls


def all_checks() -> list[Check]:
    from . import coverage, glossary, language, meaning, names, numbers, polarity, terms, words  # noqa: F401  (they register themselves)

    return [cls() for _, cls in sorted(_REGISTRY.items())]


def all_rules() -> dict[str, str]:
    """Every rule code: the pair checks', the cross-version check's (checker/checks/versions.py) and the feed
    register's (checker/register.py)."""
    from ..register import RULES as FEED_RULES
    from .versions import VersionsCheck

    rules = [(code, text) for check in all_checks() for code, text in check.rules.items()]
    return dict(sorted(rules + list(VersionsCheck.rules.items()) + list(FEED_RULES.items())))
