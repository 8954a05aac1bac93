"""SARIF 2.1.0: every finding a result with its rule, level, message and the file, line and column of each span
(code-scanning services show them on the files); articles that could not be audited are tool notifications."""

from __future__ import annotations

import json
from typing import Iterable, Iterator
from urllib.parse import quote

from .records import document_of, findings_of, not_run

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(name: str) -> str:
    return quote(name.replace("\\", "/"), safe="/:#@!$&'()*+,;=-._~")


def _region(span: dict) -> dict:
    start_line, start_col = span.get("line", 1), span.get("column", 1)
    text = span["text"]
    end_line = start_line + text.count("\n")
    end_col = (len(text) - text.rfind("\n")) if "\n" in text else start_col + len(text)
    return {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col,
            "charOffset": span["start"], "charLength": span["end"] - span["start"], "snippet": {"text": text}}


def render_sarif(records: Iterable[dict], fail_on: str = "error") -> Iterator[str]:
    from .. import __version__
    from ..checks import all_rules

    rules = [{"id": code, "name": code, "shortDescription": {"text": text},
              "helpUri": "https://transcheck.invalid/docs/rules#" + code.lower()}
             for code, text in all_rules().items()]
    index = {rule["id"]: k for k, rule in enumerate(rules)}
    head = {"$schema": SARIF_SCHEMA, "version": "2.1.0"}
    driver = {"name": "transcheck", "version": __version__, "informationUri": "https://transcheck.invalid/",
              "rules": rules}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "runs": [{"tool": {"driver": '
    yield json.dumps(driver, ensure_ascii=False) + '}, "results": [\n'
    notifications = []
    notes = []  # what did not run on an article, after the articles that could not be audited
    first = True
    for record in records:
        if record["status"] == "error":
            notifications.append({"level": "error", "message": {"text": f"{record['id']}: {record['error']}"}})
            continue
        report = record["report"]
        notes += [{"level": "note", "message": {"text": f"{record['id']}: {line}"}} for line in not_run(report)]
        for where_in, f in findings_of(report):
            locations = [{"physicalLocation": {"artifactLocation": {
                "uri": _uri(document_of(where_in, s["side"]).get("name") or s["side"])}, "region": _region(s)}}
                for s in f["spans"]]
            result = {"ruleId": f["code"], "ruleIndex": index.get(f["code"], -1), "level": LEVELS[f["severity"]],
                      "message": {"text": f["message"]}, "locations": locations,
                      "properties": {"article": record["id"], "severity": f["severity"]}}
            if result["ruleIndex"] < 0:
                del result["ruleIndex"]
            yield ("" if first else ",\n") + json.dumps(result, ensure_ascii=False)
            first = False
    invocation = {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications + notes}
    yield '\n], "invocations": [' + json.dumps(invocation, ensure_ascii=False) + "]}]}\n"
