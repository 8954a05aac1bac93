"""The batch's own JSON and text views of its records (jsonl is the journal itself)."""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from .model import SCHEMA_VERSION
from .records import counts, fails, findings_of


def render_feed_json(records: Iterable[dict], fail_on: str = "error") -> Iterator[str]:
    """``{"schema_version", "fail_on", "summary", "articles": [record, ...]}``, written record by record."""
    total = counts(records, fail_on)
    yield (f'{{"schema_version": "{SCHEMA_VERSION}", "fail_on": {json.dumps(fail_on)}, '
           f'"summary": {json.dumps(total)}, "articles": [\n')
    for n, record in enumerate(records):
        yield ("" if n == 0 else ",\n") + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def render_feed_text(records: Iterable[dict], fail_on: str = "error") -> Iterator[str]:
    """One line per article, then the totals."""
    for record in records:
        if record["status"] == "error":
            yield f"ERROR  {record['id']}: {record['error']}\n"
            continue
        s = record["summary"]
        verdict = "FAIL " if fails(record, fail_on) else "ok   "
        codes = sorted({f["code"] for _, f in findings_of(record["report"])})
        yield (f"{verdict}  {record['id']}: {s['error']} errors, {s['warning']} warnings, {s['info']} infos"
               + (f" ({', '.join(codes)})" if codes else "") + "\n")
    total = counts(records, fail_on)
    yield (f"\n{total['articles']} articles, {total['failed']} failed at --fail-on {fail_on}, {total['errors']} could "
           f"not be audited\n")
