"""The report model and one renderer per output format.

``RENDERERS`` render one report (text, json); ``RECORD_RENDERERS`` render records, the results of a batch or of one
audit (checker/report/records.py), chunk by chunk, so a batch of any size streams to its file.
"""

from .feed import render_feed_json, render_feed_text
from .html import render_html
from .json import render_json
from .junit import render_junit
from .markdown import render_markdown
from .model import SCHEMA_VERSION, Finding, Report, Signature
from .sarif import render_sarif
from .text import render_text

RENDERERS = {"text": render_text, "json": render_json}
RECORD_RENDERERS = {"junit": render_junit, "sarif": render_sarif, "markdown": render_markdown, "html": render_html,
                    "json": render_feed_json, "text": render_feed_text}

__all__ = ["RECORD_RENDERERS", "RENDERERS", "SCHEMA_VERSION", "Finding", "Report", "Signature", "render_html",
           "render_json", "render_junit", "render_markdown", "render_sarif", "render_text"]
