"""JUnit XML (the Jenkins/Ant schema CI tools read): one test case per article; each finding at or above --fail-on is
a failure of it, the findings below are listed in its system-out; an article that could not be audited is an error."""

from __future__ import annotations

import re
from typing import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from .records import counts, fails, findings_of, location, not_run, reaches

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", value))


def _attr(value: str) -> str:
    return quoteattr(_INVALID_XML.sub("\ufffd", value))


def render_junit(records: Iterable[dict], fail_on: str = "error") -> Iterator[str]:
    total = counts(records, fail_on)
    head = (f'tests="{total["articles"]}" failures="{total["failed"]}" errors="{total["errors"]}"')
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<testsuites name="transcheck" {head}>\n'
    yield f'  <testsuite name="transcheck" {head}>\n'
    for record in records:
        rid = record["id"]
        if record["status"] == "error":
            yield f'    <testcase classname="transcheck" name={_attr(rid)} status="error">\n'
            yield f'      <error type="InputError" message={_attr(record["error"])}>{_text(record["error"])}</error>\n'
            yield "    </testcase>\n"
            continue
        report = record["report"]
        status = "failed" if fails(record, fail_on) else "passed"
        yield f'    <testcase classname="transcheck" name={_attr(rid)} status="{status}">\n'
        below = not_run(report)
        for where_in, f in findings_of(report):
            where = ", ".join(location(where_in, s) for s in f["spans"])
            if reaches(f["severity"], fail_on):
                body = f"{f['severity']} {f['code']} at {where}\n" + "\n".join(
                    f"{s['side']}: {s['text']}" for s in f["spans"])
                yield (f'      <failure type={_attr(f["code"])} message={_attr(f["code"] + ": " + f["message"])}>'
                       f'{_text(body)}</failure>\n')
            else:
                below.append(f"{f['severity']} {f['code']} {f['message']} ({where})")
        if below:
            yield f"      <system-out>{_text(chr(10).join(below))}</system-out>\n"
        yield "    </testcase>\n"
    yield "  </testsuite>\n</testsuites>\n"
