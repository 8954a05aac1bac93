"""The JSON report: ``schema_version`` 1.5, described by ``schema.json`` beside this file and docs/json-report.md."""

from __future__ import annotations

import json

from .model import Report


def render_json(report: Report, color: bool = False) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
