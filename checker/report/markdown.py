"""Markdown: a summary for a pull-request comment. The counts, a table of the articles that failed or could not be
audited, and their findings (the first ``limit``; the rest are counted)."""

from __future__ import annotations

from typing import Iterable, Iterator

from .records import counts, fails, findings_of, location, not_run, reaches


def _cell(text: str, size: int = 160) -> str:
    text = " ".join(str(text).split())
    if len(text) > size:
        text = text[:size - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("`", "'")


def render_markdown(records: Iterable[dict], fail_on: str = "error", limit: int = 50) -> Iterator[str]:
    total = counts(records, fail_on)
    passed = total["articles"] - total["failed"] - total["errors"]
    verdict = "❌" if total["failed"] or total["errors"] else "✅"
    yield f"## {verdict} transcheck: {total['articles']} article{'s' if total['articles'] != 1 else ''}\n\n"
    yield (f"{passed} passed, {total['failed']} failed (a finding at `--fail-on {fail_on}`), {total['errors']} could "
           f"not be audited. Findings: {total['error']} errors, {total['warning']} warnings, {total['info']} infos.\n\n")
    skipped: dict[str, int] = {}
    for record in records:
        if record["status"] == "ok":
            for line in not_run(record["report"]):
                skipped[line] = skipped.get(line, 0) + 1
    if skipped:
        yield "Not run: " + "; ".join(f"{_cell(line)} ({n} article{'s' if n != 1 else ''})"
                                      for line, n in sorted(skipped.items())) + ".\n\n"
    if not total["failed"] and not total["errors"]:
        return
    yield "| article | severity | rule | finding | where |\n|---|---|---|---|---|\n"
    shown = hidden = 0
    for record in records:
        if record["status"] == "error":
            rows = [("error", "—", f"could not be audited: {record['error']}", "")]
        elif fails(record, fail_on):
            report = record["report"]
            rows = [(f["severity"], f["code"], f["message"], ", ".join(location(where_in, s) for s in f["spans"]))
                    for where_in, f in findings_of(report) if reaches(f["severity"], fail_on)]
        else:
            continue
        for severity, code, message, where in rows:
            if shown >= limit:
                hidden += 1
                continue
            shown += 1
            yield f"| {_cell(record['id'], 60)} | {severity} | {code} | {_cell(message)} | {_cell(where, 80)} |\n"
    if hidden:
        yield f"\n… and {hidden} more (see the full report).\n"
