"""Findings and the report of one audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..align import Alignment
from ..config import SEVERITIES
from ..document import SIDES, Document, Span
from ..translate.backtranslation import BackTranslation

SCHEMA_VERSION = "1.5"
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    code: str
    """Stable rule code: a family prefix and a number (COV001, MEAN001, ...). docs/rules.md documents each."""
    severity: str
    message: str
    spans: tuple[Span, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self):
        if self.severity not in _RANK:
            raise ValueError(f"unknown severity {self.severity!r}")

    def sort_key(self):
        first = self.spans[0] if self.spans else None
        return (SIDES.index(first.side) if first else 2, first.start if first else 0, self.code, self.message)

    def to_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "spans": [s.to_dict() for s in self.spans], "evidence": self.evidence}


@dataclass(frozen=True)
class CheckRun:
    """What one check did in an audit: ``ran`` (every rule), ``partial`` (some rules could not run on this pair),
    ``skipped`` (none could), or ``failed`` (it stopped on an error of its own; the audit went on without it)."""

    name: str
    status: str
    rules: tuple[str, ...]
    """The rules that ran."""
    not_run: tuple[tuple[str, str], ...] = ()
    """(rule code, or ``*`` for the whole check; why it did not run)."""

    def to_dict(self) -> dict:
        return {"name": self.name, "status": self.status, "rules": list(self.rules),
                "not_run": [{"rule": rule, "reason": why} for rule, why in self.not_run]}

    def describe(self) -> str:
        """One line: ``language (LANG003 not run: no word frequencies for « kk »)``."""
        if not self.not_run:
            return self.name
        reasons = "; ".join(why if rule == "*" else f"{rule}: {why}" for rule, why in self.not_run)
        return f"{self.name} ({reasons})"


@dataclass(frozen=True)
class Signature:
    """What produced a report, so it can be reproduced (after sacreBLEU's signatures)."""

    version: str
    languages: tuple[str, str]
    segmenter: str
    aligner: str
    embedder: str
    thresholds: tuple[tuple[str, float], ...]
    back_translation: str = "none"
    """The back-translation backend, model, revision and decoding settings, or ``none``."""
    ner: str = "none"
    """The entity recognisers' models, source's and translation's (``none+fr_core_news_sm-3.8.0``)."""
    words: str = "rules+rules"
    """What found the words, source's and translation's: ``rules`` (a regular expression) or a tokenizer
    (``rules+jieba-0.42.1``)."""

    def __str__(self) -> str:
        parts = [f"transcheck:{self.version}", f"langs:{self.languages[0]}-{self.languages[1]}",
                 f"seg:{self.segmenter}", f"words:{self.words}", f"align:{self.aligner}", f"embed:{self.embedder}",
                 f"bt:{self.back_translation}", f"ner:{self.ner}"]
        parts += [f"{k}:{v:g}" for k, v in self.thresholds]
        return "|".join(parts)

    def to_dict(self) -> dict:
        return {"version": self.version, "source_lang": self.languages[0], "target_lang": self.languages[1],
                "segmenter": self.segmenter, "aligner": self.aligner, "embedder": self.embedder,
                "back_translation": self.back_translation, "ner": self.ner, "words": self.words,
                "thresholds": dict(self.thresholds), "string": str(self)}


@dataclass(frozen=True)
class Report:
    source: Document
    translation: Document
    alignment: Alignment
    findings: tuple[Finding, ...]
    signature: Signature
    back_translation: BackTranslation | None = None
    checks: tuple[CheckRun, ...] = ()
    """Every check, in name order: what ran, what did not, and why."""

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in reversed(SEVERITIES)}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def fails(self, fail_on: str = "error") -> bool:
        """Whether a finding reaches ``fail_on`` (a severity, or ``never``)."""
        if fail_on == "never":
            return False
        return any(_RANK[f.severity] >= _RANK[fail_on] for f in self.findings)

    def to_dict(self) -> dict:
        def doc(d: Document, side: str) -> dict:
            return {"side": side, "name": d.name, "language": d.language, "characters": len(d.text),
                    "segments": [{"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                                  "text": s.text} for s in d.segments]}

        back = self.back_translation or BackTranslation.skipped("not asked for")
        alignment = self.alignment.to_dict()
        for k, link in enumerate(alignment["links"]):
            scores = back.pairs.get(k)
            link["back_translation"] = scores.to_dict() if scores else None
        translation = doc(self.translation, "translation")
        if back.status == "done":
            for seg, text in zip(translation["segments"], back.sentences):
                seg["back_translation"] = text
        return {"schema_version": SCHEMA_VERSION, "signature": self.signature.to_dict(),
                "summary": {"findings": len(self.findings), **self.counts()},
                "source": doc(self.source, "source"), "translation": translation,
                "alignment": alignment, "back_translation": back.to_dict(),
                "checks": [c.to_dict() for c in self.checks],
                "findings": [self._finding_dict(f) for f in self.findings]}

    def _finding_dict(self, finding: Finding) -> dict:
        """A finding with each span's line and column (1-based, in characters) for tools that point at files."""
        out = finding.to_dict()
        for span in out["spans"]:
            text = (self.source if span["side"] == "source" else self.translation).text
            span["line"] = text.count("\n", 0, span["start"]) + 1
            span["column"] = span["start"] - (text.rfind("\n", 0, span["start"]) + 1) + 1
        return out


@dataclass(frozen=True)
class VersionsReport:
    """Several versions of one article audited together: each version against the source as one pair audit (its
    :class:`Report`), and the findings across versions (the VER family, checker/checks/versions.py). Without a source,
    no pair is audited: the versions are aligned to the first one and only compared with each other."""

    source: Document | None
    versions: tuple[tuple[str, Document], ...]
    """(label, document) for each version, in the order given; the label is the language code (``fr``), made unique
    (``fr-2``) where two versions share a language. VER findings' spans name these labels (or ``source``) as side."""
    reports: tuple[tuple[str, Report], ...]
    """(label, the pair's report) for each version, where there is a source; empty without one."""
    groups: tuple[tuple[str, tuple[tuple[int, ...], ...]], ...]
    """(label, the sentences aligned to each sentence of the pivot): the source where there is one, else the first
    version (whose own groups are its sentences one by one)."""
    findings: tuple[Finding, ...]
    """The findings across versions."""
    signature: str = ""

    def document(self, label: str) -> Document:
        if label == "source" and self.source is not None:
            return self.source
        return dict(self.versions)[label]

    @property
    def pivot(self) -> str:
        return "source" if self.source is not None else self.versions[0][0]

    def all_findings(self) -> list[Finding]:
        return [f for _, r in self.reports for f in r.findings] + list(self.findings)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in reversed(SEVERITIES)}
        for f in self.all_findings():
            out[f.severity] += 1
        return out

    def fails(self, fail_on: str = "error") -> bool:
        if fail_on == "never":
            return False
        return any(_RANK[f.severity] >= _RANK[fail_on] for f in self.all_findings())

    def to_dict(self) -> dict:
        def doc(d: Document, label: str) -> dict:
            return {"label": label, "name": d.name, "language": d.language, "characters": len(d.text),
                    "segments": [{"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                                  "text": s.text} for s in d.segments]}

        return {"schema_version": SCHEMA_VERSION, "kind": "versions", "signature": self.signature,
                "summary": {"findings": len(self.all_findings()), "cross_version": len(self.findings),
                            **self.counts()},
                "source": doc(self.source, "source") if self.source is not None else None,
                "versions": [doc(d, label) for label, d in self.versions],
                "pivot": self.pivot,
                "alignment": {label: [list(g) for g in groups] for label, groups in self.groups},
                "pairs": {label: r.to_dict() for label, r in self.reports},
                "findings": [self._finding_dict(f) for f in self.findings]}

    def _finding_dict(self, finding: Finding) -> dict:
        out = finding.to_dict()
        for span in out["spans"]:
            text = self.document(span["side"]).text
            span["line"] = text.count("\n", 0, span["start"]) + 1
            span["column"] = span["start"] - (text.rfind("\n", 0, span["start"]) + 1) + 1
        return out
