"""Results of audits as records, the shape every multi-article format reads.

A record is one JSON line of a batch: ``{"id", "status": "ok", "metadata", "fails", "summary", "report"}`` with the
JSON report (docs/json-report.md), or ``{"id", "status": "error", "metadata", "error"}`` for an article that could not
be audited. A single audit is a batch of one record. The report is a pair's, or, for several translations of one
source audited together, the versions report (``"kind": "versions"``: its pairs' reports under ``pairs``, the
cross-version findings under ``findings``); :func:`findings_of` and :func:`location` read both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..config import SEVERITIES

RANK = {s: i for i, s in enumerate(SEVERITIES)}


def record_of(report, fail_on: str = "error", rid: str | None = None) -> dict:
    """The record of one audit: a pair's :class:`~checker.report.model.Report` or a
    :class:`~checker.report.model.VersionsReport` (named after its source, else its first version)."""
    data = report.to_dict()
    if is_versions(data):
        name = (report.source or report.versions[0][1]).name or "versions"
    else:
        name = report.translation.name or "translation"
    return {"id": rid or name, "status": "ok", "metadata": {},
            "fails": report.fails(fail_on), "summary": data["summary"], "report": data}


def is_versions(report: dict) -> bool:
    """Whether a JSON report is the versions report of several translations (else a pair's)."""
    return report.get("kind") == "versions"


def document_of(report: dict, side: str) -> dict:
    """The document a span's side names: ``source`` or ``translation`` in a pair's report; ``source`` or a version's
    label (``fr``) in a versions report."""
    if not is_versions(report):
        return report[side]
    if side == "source":
        return report["source"] or {}
    return next((v for v in report["versions"] if v["label"] == side), {})


def findings_of(report: dict) -> list[tuple[dict, dict]]:
    """Every finding of a report with the report its spans point into: a pair's findings with it; in a versions
    report, each pair's findings with that pair's report, then the cross-version findings with the versions report."""
    if not is_versions(report):
        return [(report, f) for f in report["findings"]]
    return [(pair, f) for pair in report["pairs"].values() for f in pair["findings"]] + \
        [(report, f) for f in report["findings"]]


class Journal:
    """The records of a journal file, read afresh on each iteration (renderers may go over them twice)."""

    def __init__(self, path: Path):
        self.path = path

    def __iter__(self) -> Iterator[dict]:
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def reaches(severity: str, fail_on: str) -> bool:
    return fail_on != "never" and RANK[severity] >= RANK[fail_on]


def location(report: dict, span: dict) -> str:
    """``file:line:column`` of a span."""
    doc = document_of(report, span["side"])
    return f"{doc.get('name') or span['side']}:{span.get('line', '?')}:{span.get('column', '?')}"


def fails(record: dict, fail_on: str) -> bool:
    """Whether an audited article has a finding at ``fail_on`` (decided when rendering: the records keep the
    findings, so one batch can be rendered at another threshold)."""
    return record["status"] == "ok" and any(reaches(f["severity"], fail_on) for _, f in findings_of(record["report"]))


def checks_summary(report: dict) -> str:
    """One line of what the checks did: ``ran coverage, language, ...; partial: ...; skipped: glossary (...)``."""
    def one(run: dict) -> str:
        reasons = "; ".join(n["reason"] if n["rule"] == "*" else f"{n['rule']}: {n['reason']}" for n in run["not_run"])
        return f"{run['name']} ({reasons})" if reasons else run["name"]

    groups = [(label, [one(r) for r in report.get("checks", []) if r["status"] == status])
              for status, label in (("ran", "ran"), ("partial", "ran in part"), ("skipped", "skipped"),
                                    ("failed", "failed"))]
    return "; ".join(f"{label}: {', '.join(items)}" for label, items in groups if items)


def not_run(report: dict) -> list[str]:
    """One line per rule or check that did not run on the article, and why (of every pair, for several versions)."""
    if is_versions(report):
        return list(dict.fromkeys(line for pair in report["pairs"].values() for line in not_run(pair)))
    return [f"{run['name']} {'check' if n['rule'] == '*' else n['rule']} {run['status'] if n['rule'] == '*' else 'not run'}: "
            f"{n['reason']}" for run in report.get("checks", []) for n in run["not_run"]]


def counts(records, fail_on: str) -> dict:
    out = {"articles": 0, "failed": 0, "errors": 0, "error": 0, "warning": 0, "info": 0}
    for record in records:
        out["articles"] += 1
        if record["status"] == "error":
            out["errors"] += 1
            continue
        out["failed"] += fails(record, fail_on)
        for sev in SEVERITIES:
            out[sev] += record["summary"][sev]
    return out


def side_by_side(report: dict) -> tuple[list[str], list[dict], list[list[tuple[list[tuple[int, bool]], bool]]]]:
    """The versions of a versions report side by side, as the text and HTML views show them: the column labels
    (``source`` first, where there is one), their documents, and one row per sentence of the pivot holding, for each
    column, ``(sentences, aligned)``: the sentences shown in that cell, each as ``(index, aligned to this row)``, and
    whether the column has a sentence aligned to this row at all. Each sentence is shown once: one aligned to two pivot
    sentences is shown in the first row (an empty cell with ``aligned`` below it: "as above"); a version's sentences
    aligned to none (added) come in the row before the next aligned one, and after the last row."""
    src = report["source"]
    docs = ([src] if src is not None else []) + report["versions"]
    labels = (["source"] if src is not None else []) + [v["label"] for v in report["versions"]]
    groups = {label: report["alignment"].get(label) for label in labels}
    shown: dict[str, set] = {label: set() for label in labels}
    rows_n = len(docs[0]["segments"])
    rows = []
    for i in range(rows_n):
        row = []
        for label, doc in zip(labels, docs):
            aligned = [i] if groups[label] is None else list(groups[label][i])
            fresh = [j for j in aligned if j not in shown[label]]
            upto = len(doc["segments"]) - 1 if i == rows_n - 1 else max(fresh, default=-1)
            todo = sorted(set(fresh) | {j for j in range(upto + 1) if j not in shown[label]})
            shown[label].update(todo)
            row.append(([(j, j in aligned) for j in todo], bool(aligned)))
        rows.append(row)
    return labels, docs, rows


def column_spans(report: dict) -> Iterator[tuple[str, dict, dict, bool]]:
    """Every finding's spans in a versions report, by the column of :func:`side_by_side` they fall in: ``(column,
    span, finding, across versions)``, the findings across versions first, then each pair's (a pair's translation
    spans fall in its version's column, its source spans in the source's)."""
    for f in report["findings"]:
        for s in f["spans"]:
            yield s["side"], s, f, True
    for label, pair in report["pairs"].items():
        for f in pair["findings"]:
            for s in f["spans"]:
                yield ("source" if s["side"] == "source" else label), s, f, False
