"""The report model and one renderer per output format."""

from .json import render_json
from .model import SCHEMA_VERSION, Finding, Report, Signature
from .text import render_text

RENDERERS = {"text": render_text, "json": render_json}

__all__ = ["RENDERERS", "SCHEMA_VERSION", "Finding", "Report", "Signature", "render_json", "render_text"]
